# cmake/plot.cmake — the optional figure renderer libctrend-figure (lib/figure/render/,
# include/ctrend-figure.h), with PLplot's cairo devices.
# CTREND_PLOT: AUTO (default: build it when PLplot is found), ON (required), OFF.
# Debian: apt-get install libplplot-dev plplot-driver-cairo (the cairo driver gives the
# svgcairo/pngcairo/pdfcairo devices). libctrend itself never links PLplot: it holds the
# figure specification (lib/figure/, ctrend/figure.h) that the renderer draws.
#   ctrend-figure         shared, links libctrend: for the Python binding and C programs
#   ctrend_figure_static  static, links ctrend_static: for the CLI (`ctrend plot`,
#                         `ctrend check --figures/--report`)
# Without PLplot bin/plot_render.c says what to install.
set(CTREND_PLOT AUTO CACHE STRING "Build libctrend-figure (and 'ctrend plot') with PLplot: AUTO, ON or OFF")
set_property(CACHE CTREND_PLOT PROPERTY STRINGS AUTO ON OFF)
set(CTREND_HAVE_PLOT OFF)
if(NOT CTREND_PLOT STREQUAL "OFF")
  find_package(PkgConfig QUIET)
  if(PkgConfig_FOUND)
    pkg_check_modules(PLPLOT QUIET IMPORTED_TARGET plplot)
  endif()
  if(PLPLOT_FOUND)
    set(CTREND_HAVE_PLOT ON)
    add_library(ctrend_figure_objects OBJECT lib/figure/render/render.c)
    set_target_properties(ctrend_figure_objects PROPERTIES
      POSITION_INDEPENDENT_CODE ON C_VISIBILITY_PRESET hidden)
    target_compile_definitions(ctrend_figure_objects PRIVATE _POSIX_C_SOURCE=200809L)
    target_compile_options(ctrend_figure_objects PRIVATE ${CTREND_WARNINGS})
    target_include_directories(ctrend_figure_objects PRIVATE
      ${PROJECT_SOURCE_DIR}/include ${PROJECT_BINARY_DIR}/include)
    target_link_libraries(ctrend_figure_objects PRIVATE PkgConfig::PLPLOT)

    add_library(ctrend_figure SHARED $<TARGET_OBJECTS:ctrend_figure_objects>)
    add_library(ctrend::figure ALIAS ctrend_figure)
    set_target_properties(ctrend_figure PROPERTIES OUTPUT_NAME ctrend-figure
      VERSION ${PROJECT_VERSION} SOVERSION ${PROJECT_VERSION_MAJOR} C_VISIBILITY_PRESET hidden)
    target_include_directories(ctrend_figure PUBLIC
      $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
      $<BUILD_INTERFACE:${PROJECT_BINARY_DIR}/include>
      $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
    target_link_libraries(ctrend_figure PUBLIC ctrend PRIVATE PkgConfig::PLPLOT m)

    add_library(ctrend_figure_static STATIC $<TARGET_OBJECTS:ctrend_figure_objects>)
    set_target_properties(ctrend_figure_static PROPERTIES OUTPUT_NAME ctrend-figure)
    target_link_libraries(ctrend_figure_static PUBLIC ctrend_static PkgConfig::PLPLOT m)

    target_compile_definitions(ctrend_cli PRIVATE CTREND_HAVE_PLOT)
    target_link_libraries(ctrend_cli PRIVATE ctrend_figure_static)
    install(TARGETS ctrend_figure LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
    install(FILES include/ctrend-figure.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
    message(STATUS "libctrend-figure: PLplot ${PLPLOT_VERSION} found")
  elseif(CTREND_PLOT STREQUAL "ON")
    message(FATAL_ERROR "CTREND_PLOT=ON but PLplot was not found (pkg-config plplot); "
                        "Debian: apt-get install libplplot-dev plplot-driver-cairo")
  else()
    message(STATUS "libctrend-figure: PLplot not found, plotting disabled "
                   "(apt-get install libplplot-dev plplot-driver-cairo)")
  endif()
endif()
