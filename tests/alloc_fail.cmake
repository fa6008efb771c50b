# tests/alloc_fail.cmake — the allocation-failure injection test (tests/alloc_fail/).
# Its own target, not the tests/test_*.c glob, because it links with --wrap'ed allocators:
# every malloc/calloc/realloc/free call from libctrend's (static) objects goes through
# tests/alloc_fail/alloc_wrap.c, which can fail the N-th one. Not supported by the linker on
# macOS/Windows, so it is registered only where GNU ld / lld are used.
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
  add_executable(test_alloc_fail alloc_fail/alloc_fail_main.c alloc_fail/alloc_wrap.c)
  target_compile_definitions(test_alloc_fail PRIVATE _POSIX_C_SOURCE=200809L
    CTREND_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  target_compile_options(test_alloc_fail PRIVATE ${CTREND_WARNINGS})
  target_include_directories(test_alloc_fail PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}
    ${CMAKE_CURRENT_SOURCE_DIR}/alloc_fail)
  target_link_libraries(test_alloc_fail PRIVATE ctrend_static libcsv::libcsv GSL::gsl cmocka::cmocka m)
  target_link_options(test_alloc_fail PRIVATE
    "LINKER:--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=free,--wrap=csv_init"
    "LINKER:--wrap=gsl_multifit_linear_alloc,--wrap=gsl_multifit_linear_free"
    "LINKER:--wrap=gsl_rng_alloc,--wrap=gsl_rng_free,--wrap=gsl_root_fsolver_alloc,--wrap=gsl_root_fsolver_free")
  add_test(NAME alloc_fail COMMAND test_alloc_fail)
  set_tests_properties(alloc_fail PROPERTIES WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endif()
