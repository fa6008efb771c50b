# tests/r.cmake — the R package's testthat suite as a ctest test (r_bindings): installs a copy of
# bindings/R/ctrend into <build>/R-quick/lib against this build's libctrend.so and runs testthat.
# The full R CMD build / R CMD check runs in scripts/test-bindings. Skipped without R or in
# sanitizer builds (R itself is not ASan-instrumented).
find_program(CTREND_R_PROGRAM R)
find_program(CTREND_BASH bash)
if(CTREND_SANITIZE)
  message(STATUS "r_bindings test skipped in the sanitizer build")
elseif(CTREND_R_PROGRAM AND CTREND_BASH)
  add_test(NAME r_bindings
    COMMAND ${CTREND_BASH} ${PROJECT_SOURCE_DIR}/bindings/R/check.sh --quick ${PROJECT_BINARY_DIR})
  set_tests_properties(r_bindings PROPERTIES DEPENDS abi_exports)
else()
  message(STATUS "r_bindings test skipped: R not found")
endif()
