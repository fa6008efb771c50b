# Golden command-line cases (tests/cli/cases/*): exit code, stdout, optionally stderr.
add_test(NAME cli_golden COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/run.sh $<TARGET_FILE:ctrend_cli>)
# Output write errors: /dev/full, a closed pipe (with and without SIGPIPE), plot onto a full device.
add_test(NAME cli_write_errors COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/write_errors.sh $<TARGET_FILE:ctrend_cli>)
# The CLI under allocation failure (LD_PRELOAD failmalloc: the k-th allocation fails, every k):
# identical output or nothing printed with exit 2 "out of memory". Not with the sanitizers
# (their runtime must come first in the process).
if(CMAKE_SYSTEM_NAME STREQUAL "Linux" AND NOT CTREND_SANITIZE)
  add_library(ctrend_failmalloc MODULE ${CMAKE_CURRENT_SOURCE_DIR}/cli/failmalloc.c)
  target_link_libraries(ctrend_failmalloc PRIVATE ${CMAKE_DL_LIBS})
  add_test(NAME cli_alloc_sweep COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/alloc_sweep.sh
           $<TARGET_FILE:ctrend_cli> $<TARGET_FILE:ctrend_failmalloc>)
endif()
# `ctrend plot` under allocation failure: every allocation made by ctrend's own code
# (FAILMALLOC_CALLER=main), the figure identical or exit 2 "out of memory" with no file.
if(CMAKE_SYSTEM_NAME STREQUAL "Linux" AND NOT CTREND_SANITIZE AND CTREND_HAVE_PLOT)
  add_test(NAME cli_alloc_sweep_plot COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/alloc_sweep_plot.sh
           $<TARGET_FILE:ctrend_cli> $<TARGET_FILE:ctrend_failmalloc>)
  set_tests_properties(cli_alloc_sweep_plot PROPERTIES TIMEOUT 1200)
endif()
