# Golden command-line cases (tests/cli/cases/*): exit code, stdout, optionally stderr.
add_test(NAME cli_golden COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/run.sh $<TARGET_FILE:ctrend_cli>)
