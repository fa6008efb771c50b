# tests/api.cmake — the one API definition (api/ctrend_api.h) against the headers and the
# generated bindings (included by tests/CMakeLists.txt).
#  api_definition     bindings/gen/check_api.py: names, types, values, roles, stale generated
#                     files, functions bound in neither language (bindings/gen/unbound.txt)
#  api_check_drift    the check above fails on each kind of drift (mutations of a copy)
#  api_signatures     the C compiler compares every signature and enum value (tests/api/check_def.c)
#  api_python_generated  _api_generated.py prototypes and argument checks against libctrend
#  api_r_generated    the generated R wrappers, built alone, against R's own results
find_program(CTREND_API_PYTHON3 NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(CTREND_API_PYTHON3)
  add_test(NAME api_definition
    COMMAND ${CTREND_API_PYTHON3} ${PROJECT_SOURCE_DIR}/bindings/gen/check_api.py)
  add_test(NAME api_check_drift
    COMMAND ${CTREND_API_PYTHON3} ${PROJECT_SOURCE_DIR}/tests/api/test_check_api.py
            ${PROJECT_SOURCE_DIR})
  set_tests_properties(api_definition api_check_drift PROPERTIES
    ENVIRONMENT "PYTHONDONTWRITEBYTECODE=1")
  if(NOT CTREND_SANITIZE)
    add_test(NAME api_python_generated
      COMMAND ${CTREND_API_PYTHON3} ${PROJECT_SOURCE_DIR}/tests/api/test_py_generated.py
              ${PROJECT_SOURCE_DIR} $<TARGET_FILE:ctrend>)
    set_tests_properties(api_python_generated PROPERTIES ENVIRONMENT "PYTHONDONTWRITEBYTECODE=1")
  endif()
else()
  message(WARNING "api_definition tests skipped: /usr/bin/python3 not found")
endif()

add_executable(test_api_def ${PROJECT_SOURCE_DIR}/tests/api/check_def.c)
target_include_directories(test_api_def PRIVATE ${PROJECT_SOURCE_DIR}/api)
target_compile_options(test_api_def PRIVATE ${CTREND_WARNINGS})
target_link_libraries(test_api_def PRIVATE ctrend_static m)
add_test(NAME api_signatures COMMAND test_api_def)

find_program(CTREND_API_R NAMES R)
find_program(CTREND_API_RSCRIPT NAMES Rscript)
if(CTREND_API_R AND CTREND_API_RSCRIPT AND NOT CTREND_SANITIZE)
  add_test(NAME api_r_generated
    COMMAND sh ${PROJECT_SOURCE_DIR}/tests/api/r_generated.sh ${PROJECT_SOURCE_DIR}
            $<TARGET_FILE:ctrend> ${PROJECT_BINARY_DIR}/include)
endif()
