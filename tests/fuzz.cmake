# tests/fuzz.cmake — fuzz targets tests/fuzz/fuzz_<target>.c.
#
# Ordinary builds (gcc or clang, any sanitizer setting): each target is linked with
# tests/fuzz/replay_main.c into fuzz_replay_<target>, and the ctest `fuzz_replay_<target>`
# runs it over tests/fuzz/corpus/<target>/ and tests/fuzz/regressions/<target>/, so every seed
# and every crash ever found is re-checked in every build (and under ASan/UBSan in .ci/run).
#
# With -DCTREND_FUZZ=ON (clang only; used by tests/fuzz/run.sh, which also compiles the library
# with -fsanitize=fuzzer-no-link,address,undefined) the targets are instead linked with
# libFuzzer into fuzz_<target>. The timed fuzz runs are NOT ctests: scripts/ci-hardening runs them.
option(CTREND_FUZZ "Build libFuzzer targets (clang; see tests/fuzz/run.sh)" OFF)

file(GLOB CTREND_FUZZ_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/fuzz_*.c)
foreach(src ${CTREND_FUZZ_SOURCES})
  get_filename_component(stem ${src} NAME_WE)
  string(REPLACE "fuzz_" "" target ${stem})
  if(CTREND_FUZZ)
    add_executable(fuzz_${target} ${src})
    target_link_options(fuzz_${target} PRIVATE -fsanitize=fuzzer,address,undefined)
    target_compile_options(fuzz_${target} PRIVATE -fsanitize=fuzzer,address,undefined)
  else()
    add_executable(fuzz_replay_${target} ${src} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/replay_main.c)
    target_compile_options(fuzz_replay_${target} PRIVATE ${CTREND_WARNINGS})
    add_test(NAME fuzz_replay_${target} COMMAND fuzz_replay_${target}
      ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus/${target}
      ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/regressions/${target})
    set(_t fuzz_replay_${target})
  endif()
  if(CTREND_FUZZ)
    set(_t fuzz_${target})
  endif()
  target_compile_definitions(${_t} PRIVATE _POSIX_C_SOURCE=200809L
    CTREND_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  target_include_directories(${_t} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/fuzz ${CMAKE_CURRENT_SOURCE_DIR})
  target_link_libraries(${_t} PRIVATE ctrend_static m)
endforeach()
