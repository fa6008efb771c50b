/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fuzz.h — shared declarations for the fuzz targets in tests/fuzz/fuzz_<target>.c.
 *
 * Each target defines LLVMFuzzerTestOneInput. It is linked two ways:
 *  - with clang -fsanitize=fuzzer,address,undefined by tests/fuzz/run.sh (libFuzzer's main);
 *  - with replay_main.c in every ordinary build (tests/fuzz.cmake), which feeds it each file of
 *    tests/fuzz/corpus/<target>/ and tests/fuzz/regressions/<target>/, so a crash once found
 *    stays a regression test in every build, sanitizer or not.
 * A target checks the library's promises itself and calls FUZZ_CHECK on a broken one; that
 * aborts, which both libFuzzer and ctest report as a failure.
 */
#ifndef CTREND_FUZZ_H
#define CTREND_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_CHECK(cond)                                                                       \
    do {                                                                                       \
        if (!(cond)) {                                                                         \
            fprintf(stderr, "%s:%d: broken promise: %s\n", __FILE__, __LINE__, #cond);         \
            abort();                                                                           \
        }                                                                                      \
    } while (0)

#endif
