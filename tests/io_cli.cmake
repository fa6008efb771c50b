# Input sources and the docs/io.md examples through the CLI (tests/io_cli/run.sh).
add_test(NAME io_cli COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/io_cli/run.sh $<TARGET_FILE:ctrend_cli>)
