#!/usr/bin/env bash
# bindings/R/check.sh — build, check and test the ctrend R package against a libctrend build tree.
#
#   bindings/R/check.sh [--quick] BUILD_DIR
#
# Default: R CMD build (tarball) + R CMD check --no-manual (runs the testthat suite) + install into
# the private library BUILD_DIR/R-library (nothing is installed system-wide). Prints testthat's
# summary line. --quick: install from a copy of the sources and run testthat only (ctest).
# Works offline. The package finds libctrend through CTREND_LIB=BUILD_DIR/libctrend.so.
set -euo pipefail
QUICK=0
if [ "${1:-}" = "--quick" ]; then QUICK=1; shift; fi
BUILD_DIR="$(cd "${1:?usage: check.sh [--quick] BUILD_DIR}" && pwd)"
PKG_SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")/ctrend" && pwd)"
export CTREND_LIB="$BUILD_DIR/libctrend.so"
export _R_CHECK_FORCE_SUGGESTS_=false R_LIBS_USER="" LANG=C.UTF-8
[ -f "$CTREND_LIB" ] || { echo "check.sh: $CTREND_LIB not built" >&2; exit 1; }

if [ "$QUICK" = 1 ]; then
  WORK="$BUILD_DIR/R-quick"
  rm -rf "$WORK" && mkdir -p "$WORK/lib"
  cp -R "$PKG_SRC" "$WORK/ctrend"          # never build inside the source tree
  rm -f "$WORK"/ctrend/src/*.o "$WORK"/ctrend/src/*.so "$WORK"/ctrend/src/Makevars
  R CMD INSTALL --preclean --no-test-load -l "$WORK/lib" "$WORK/ctrend" > "$WORK/install.log" 2>&1 ||
    { cat "$WORK/install.log"; exit 1; }
  cd "$WORK/ctrend/tests"
  R_LIBS="$WORK/lib" Rscript --vanilla testthat.R 2>&1 | tee "$WORK/testthat.log" | tail -n 20
  grep -q "FAIL 0 " "$WORK/testthat.log"
  exit 0
fi

WORK="$BUILD_DIR/R-check"
LIB="$BUILD_DIR/R-library"
rm -rf "$WORK" && mkdir -p "$WORK" "$LIB"
cd "$WORK"
R CMD build --no-manual "$PKG_SRC" > build.log 2>&1 || { cat build.log; exit 1; }
TARBALL="$(ls ctrend_*.tar.gz | head -n 1)"
if ! R CMD check --no-manual "$TARBALL" > check.log 2>&1; then
  cat check.log
  [ -f ctrend.Rcheck/tests/testthat.Rout.fail ] && tail -n 60 ctrend.Rcheck/tests/testthat.Rout.fail
  exit 1
fi
grep -E "^Status:" check.log
if grep -qE "^Status: .*(WARNING|ERROR)" check.log; then cat check.log; exit 1; fi
grep -E "\[ FAIL [0-9]+ \| WARN [0-9]+ \| SKIP [0-9]+ \| PASS [0-9]+ \]" ctrend.Rcheck/tests/testthat.Rout | tail -n 1
R CMD INSTALL -l "$LIB" "$TARBALL" > install.log 2>&1 || { cat install.log; exit 1; }
# the installed package loads with no variable set (rpath to the build tree)
env -u CTREND_LIB R_LIBS="$LIB" Rscript --vanilla -e 'library(ctrend); cat("R package ctrend", ct_version(), "installed in", find.package("ctrend"), "\n")'
