# `ctrend check --report` in a browser (tests/report/check_report.py): the seed-004 page parsed,
# opened by headless Chromium (screenshot kept in the build dir: report_artefacts/seed_004.png),
# its DOM checked (cards, counts, figures, filter, search) and an injection test.
# Chromium missing: reported as skipped (exit 77), except on CI where scripts/test installs it.
find_program(CTREND_REPORT_PYTHON NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(NOT CTREND_REPORT_PYTHON)
  find_program(CTREND_REPORT_PYTHON NAMES python3)
endif()
if(CTREND_REPORT_PYTHON)
  add_test(NAME report_browser COMMAND ${CTREND_REPORT_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/report/check_report.py
           $<TARGET_FILE:ctrend_cli> ${CMAKE_BINARY_DIR}/report_artefacts)
  set_tests_properties(report_browser PROPERTIES WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                       SKIP_RETURN_CODE 77 TIMEOUT 600)
  if(CTREND_SANITIZE)
    set_tests_properties(report_browser PROPERTIES ENVIRONMENT
      "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_SOURCE_DIR}/plot/lsan.supp:print_suppressions=0")
  endif()
endif()
