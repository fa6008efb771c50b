# cmake/plot.cmake — optional plotting for the CLI (`ctrend plot`), with PLplot.
# CTREND_PLOT: AUTO (default: build it when PLplot is found), ON (required), OFF.
# Debian: apt-get install libplplot-dev plplot-driver-cairo (the cairo driver gives the
# svgcairo/pngcairo/pdfcairo devices). Only the ctrend_cli target links PLplot; the library
# keeps GSL and libcsv only. Without PLplot bin/plot_render.c compiles to a stub and
# `ctrend plot` explains what to install.
set(CTREND_PLOT AUTO CACHE STRING "Build 'ctrend plot' with PLplot: AUTO, ON or OFF")
set_property(CACHE CTREND_PLOT PROPERTY STRINGS AUTO ON OFF)
set(CTREND_HAVE_PLOT OFF)
if(NOT CTREND_PLOT STREQUAL "OFF")
  find_package(PkgConfig QUIET)
  if(PkgConfig_FOUND)
    pkg_check_modules(PLPLOT QUIET IMPORTED_TARGET plplot)
  endif()
  if(PLPLOT_FOUND)
    set(CTREND_HAVE_PLOT ON)
    target_compile_definitions(ctrend_cli PRIVATE CTREND_HAVE_PLOT)
    target_link_libraries(ctrend_cli PRIVATE PkgConfig::PLPLOT)
    message(STATUS "ctrend plot: PLplot ${PLPLOT_VERSION} found")
  elseif(CTREND_PLOT STREQUAL "ON")
    message(FATAL_ERROR "CTREND_PLOT=ON but PLplot was not found (pkg-config plplot); "
                        "Debian: apt-get install libplplot-dev plplot-driver-cairo")
  else()
    message(STATUS "ctrend plot: PLplot not found, plotting disabled "
                   "(apt-get install libplplot-dev plplot-driver-cairo)")
  endif()
endif()
