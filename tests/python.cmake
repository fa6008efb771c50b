# tests/python.cmake — the Python binding's pytest suite as a ctest test (python_bindings).
# Runs under Debian's /usr/bin/python3 against this build's libctrend.so (CTREND_LIB). Skipped
# when pytest is missing, and in sanitizer builds (an ASan-instrumented libctrend cannot be
# dlopen'ed by an uninstrumented interpreter); scripts/test-bindings runs it in CI too.
set(CTREND_PYTEST_PYTHON /usr/bin/python3)
if(CTREND_SANITIZE)
  message(STATUS "python_bindings test skipped in the sanitizer build")
elseif(EXISTS ${CTREND_PYTEST_PYTHON})
  execute_process(COMMAND ${CTREND_PYTEST_PYTHON} -c "import pytest"
                  RESULT_VARIABLE CTREND_HAVE_PYTEST OUTPUT_QUIET ERROR_QUIET)
  if(CTREND_HAVE_PYTEST EQUAL 0)
    add_test(NAME python_bindings
      COMMAND ${CTREND_PYTEST_PYTHON} -m pytest -p no:cacheprovider -q
              ${PROJECT_SOURCE_DIR}/bindings/python/tests)
    set_tests_properties(python_bindings PROPERTIES WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
      ENVIRONMENT "CTREND_LIB=$<TARGET_FILE:ctrend>;PYTHONDONTWRITEBYTECODE=1"
      DEPENDS r_bindings)  # test_docs.py runs the R example with the package r_bindings installs
  else()
    message(STATUS "python_bindings test skipped: ${CTREND_PYTEST_PYTHON} has no pytest")
  endif()
endif()
