# Golden command-line cases (tests/cli/cases/*): exit code, stdout, optionally stderr.
add_test(NAME cli_golden COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/run.sh $<TARGET_FILE:ctrend_cli>)
# Output write errors: /dev/full, a closed pipe (with and without SIGPIPE), plot onto a full device.
add_test(NAME cli_write_errors COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/write_errors.sh $<TARGET_FILE:ctrend_cli>)
