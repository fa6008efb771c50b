# The CLI's number formatting (bin/numfmt.c) is compiled into its test; Python's repr is the
# independent reference for the 10^6 shortest decimals.
target_sources(test_numfmt PRIVATE ${PROJECT_SOURCE_DIR}/bin/numfmt.c)
target_include_directories(test_numfmt PRIVATE ${PROJECT_SOURCE_DIR}/bin)
add_test(NAME numfmt_repr COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/numfmt_repr.py
         $<TARGET_FILE:test_numfmt>)
