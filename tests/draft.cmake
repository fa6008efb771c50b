# `ctrend claims draft` / `claims compare` (tests/draft/check_draft.py): the seed-004 draft against
# datasets/claims/seed_004.claims (>= 90% of quotes, >= 70% of claims; the measured values must
# match docs/factcheck.md), every seed drafts and parses, seed 002's mojibake, periods, aliases.
# The seeds are not in the repository: CTREND_SEEDS_DIR (default ../shared/seeds beside the
# source tree); without them the seed cases are skipped and the rest still runs.
set(CTREND_SEEDS_DIR "${PROJECT_SOURCE_DIR}/../shared/seeds" CACHE PATH "seed reports for the draft test")
find_program(CTREND_DRAFT_PYTHON NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(NOT CTREND_DRAFT_PYTHON)
  find_program(CTREND_DRAFT_PYTHON NAMES python3)
endif()
if(CTREND_DRAFT_PYTHON)
  add_test(NAME claims_draft COMMAND ${CTREND_DRAFT_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/draft/check_draft.py
           $<TARGET_FILE:ctrend_cli> ${CTREND_SEEDS_DIR})
  set_tests_properties(claims_draft PROPERTIES WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endif()
if(CTREND_SANITIZE AND CTREND_DRAFT_PYTHON)
  # the docs example writes a report: PLplot's fontconfig/ltdl allocations (tests/plot/lsan.supp)
  set_tests_properties(claims_draft PROPERTIES ENVIRONMENT
    "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_SOURCE_DIR}/plot/lsan.supp:print_suppressions=0")
endif()
