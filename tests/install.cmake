# Install into a temporary prefix and build a consumer with pkg-config and find_package(ctrend).
if(NOT CTREND_SANITIZE)
  add_test(NAME install_consumer COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/install/run.sh ${PROJECT_BINARY_DIR})
endif()
