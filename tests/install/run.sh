#!/usr/bin/env bash
# tests/install/run.sh BUILD_DIR — install into a temporary prefix, then build and run a
# consumer through pkg-config and through the exported CMake package (find_package(ctrend)).
set -euo pipefail
build="$1"
here="$(cd "$(dirname "$0")" && pwd)"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
libdir="$(dirname "$(find "$prefix" -name ctrend.pc | head -1)")"
libdir="${libdir%/pkgconfig}"
export PKG_CONFIG_PATH="$libdir/pkgconfig"
cc -o "$prefix/consumer_pc" "$here/consumer.c" $(pkg-config --cflags --libs ctrend) -lm
LD_LIBRARY_PATH="$libdir" "$prefix/consumer_pc"
cmake -S "$here" -B "$prefix/cbuild" -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$prefix/cbuild" >/dev/null
LD_LIBRARY_PATH="$libdir" "$prefix/cbuild/consumer_cmake"
test -x "$prefix/bin/ctrend" && "$prefix/bin/ctrend" --version
echo "2 passed, 0 failed"
