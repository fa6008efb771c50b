# tests/abi.cmake — checks of the C ABI (included by tests/CMakeLists.txt).
#  abi_exports     nm -D of libctrend.so == the CTREND_API declarations in include/ (nothing else)
#  abi_cxx_header  <ctrend.h> compiles as C++11 with -Wall -Wextra -Wpedantic -Werror, links, runs
#  abi_concurrency the same work from 4 threads at once == a serial run (pthreads)
find_program(CTREND_NM NAMES nm)
find_program(CTREND_PYTHON3 NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(NOT CTREND_PYTHON3)
  find_program(CTREND_PYTHON3 NAMES python3)
endif()
if(CTREND_NM AND CTREND_PYTHON3)
  add_test(NAME abi_exports
    COMMAND ${CTREND_PYTHON3} ${PROJECT_SOURCE_DIR}/tests/abi/check_exports.py
            ${PROJECT_SOURCE_DIR} $<TARGET_FILE:ctrend> ${CTREND_NM})
else()
  message(WARNING "abi_exports test skipped: nm or python3 not found")
endif()

include(CheckLanguage)
check_language(CXX)
if(CMAKE_CXX_COMPILER)
  enable_language(CXX)
  add_executable(test_abi_cxx ${PROJECT_SOURCE_DIR}/tests/abi/cxx_header.cpp)
  set_target_properties(test_abi_cxx PROPERTIES CXX_STANDARD 11 CXX_STANDARD_REQUIRED ON
    CXX_EXTENSIONS OFF)
  target_compile_options(test_abi_cxx PRIVATE -Wall -Wextra -Wpedantic -Werror)
  target_link_libraries(test_abi_cxx PRIVATE ctrend)
  add_test(NAME abi_cxx_header COMMAND test_abi_cxx)
else()
  message(WARNING "abi_cxx_header test skipped: no C++ compiler")
endif()

add_executable(test_abi_concurrency ${PROJECT_SOURCE_DIR}/tests/abi/concurrency.c)
target_compile_definitions(test_abi_concurrency PRIVATE _POSIX_C_SOURCE=200809L
  CTREND_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
target_compile_options(test_abi_concurrency PRIVATE ${CTREND_WARNINGS})
target_include_directories(test_abi_concurrency PRIVATE ${PROJECT_SOURCE_DIR}/tests)
target_link_libraries(test_abi_concurrency PRIVATE ctrend cmocka::cmocka Threads::Threads m)
add_test(NAME abi_concurrency COMMAND test_abi_concurrency)
set_tests_properties(abi_concurrency PROPERTIES WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})

# Optional: the concurrency test under valgrind's helgrind (data-race detector); slow, so off
# by default: cmake -DCTREND_HELGRIND=ON. Any reported race fails the test.
option(CTREND_HELGRIND "Also run abi_concurrency under valgrind --tool=helgrind" OFF)
find_program(CTREND_VALGRIND valgrind)
if(CTREND_HELGRIND AND CTREND_VALGRIND AND NOT CTREND_SANITIZE)
  add_test(NAME abi_helgrind
    COMMAND ${CTREND_VALGRIND} --tool=helgrind --error-exitcode=9
            --suppressions=${PROJECT_SOURCE_DIR}/tests/abi/helgrind.supp $<TARGET_FILE:test_abi_concurrency>)
  set_tests_properties(abi_helgrind PROPERTIES WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endif()
