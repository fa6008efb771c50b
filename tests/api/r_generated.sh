#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# r_generated.sh SOURCE_ROOT LIBCTREND BUILD_INCLUDE_DIR
# Builds bindings/R/ctrend/src/api_generated.c alone into a shared object with R CMD SHLIB
# (in a temporary directory, never in the source tree) and runs tests/api/test_r_generated.R.
set -eu
SRC="$1"; LIB="$2"; BINC="$3"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cp "$SRC/tests/api/r_init.c" "$SRC/bindings/R/ctrend/src/api_generated.c" "$WORK/"
LIBDIR="$(cd "$(dirname "$LIB")" && pwd)"
cd "$WORK"
PKG_CPPFLAGS="-I$SRC/include -I$BINC" PKG_LIBS="$LIB -Wl,-rpath,$LIBDIR" \
  R CMD SHLIB -o ctrend_api_test.so r_init.c api_generated.c > shlib.log 2>&1 || { cat shlib.log; exit 1; }
Rscript --vanilla "$SRC/tests/api/test_r_generated.R" "$WORK/ctrend_api_test.so" \
  "$SRC/bindings/R/ctrend/R/api_generated.R"
