# `ctrend plot` tests (tests/plot/check_plot.py): formats valid, golden image, errors.
# With PLplot absent (CTREND_HAVE_PLOT OFF, see cmake/plot.cmake) the figure tests are
# reported as skipped and plot_unavailable checks the command's message and exit status 1.
find_program(CTREND_PLOT_PYTHON NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(NOT CTREND_PLOT_PYTHON)
  find_program(CTREND_PLOT_PYTHON NAMES python3)
endif()
if(CTREND_HAVE_PLOT AND CTREND_PLOT_PYTHON)
  add_test(NAME plot COMMAND ${CTREND_PLOT_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/plot/check_plot.py
           $<TARGET_FILE:ctrend_cli>)
else()
  # shown by ctest as "Not Run (Disabled)"
  add_test(NAME plot COMMAND ${CMAKE_COMMAND} -E echo "plot: skipped (no PLplot or no python3)")
  set_tests_properties(plot PROPERTIES DISABLED TRUE)
endif()
if(NOT CTREND_HAVE_PLOT)
  add_test(NAME plot_unavailable COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/plot/unavailable.sh
           $<TARGET_FILE:ctrend_cli>)
endif()
set_tests_properties(plot PROPERTIES WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
if(CTREND_SANITIZE)
  set_tests_properties(plot PROPERTIES ENVIRONMENT
    "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_SOURCE_DIR}/plot/lsan.supp:print_suppressions=0")
endif()
