# SIGINT/SIGTERM during long CLI work: exit 130/143 within 1 s, nothing that looks complete
# on stdout, temporary files removed (tests/cli/interrupt.py; issue 18).
find_program(CTREND_INTERRUPT_PYTHON NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(CTREND_INTERRUPT_PYTHON)
  add_test(NAME cli_interrupt COMMAND ${CTREND_INTERRUPT_PYTHON}
           ${CMAKE_CURRENT_SOURCE_DIR}/cli/interrupt.py $<TARGET_FILE:ctrend_cli>)
endif()
