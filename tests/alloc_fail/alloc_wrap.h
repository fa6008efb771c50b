/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * alloc_wrap.h — allocation-failure injection for tests/alloc_fail (linked with
 * -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=free, see tests/alloc_fail.cmake).
 *
 * Every malloc/calloc/realloc/free call made from code linked statically into the test
 * (libctrend's objects and the test itself; not libcsv, GSL or cmocka, which are shared
 * libraries) goes through the wrappers below. They
 *   - count allocation calls and fail the N-th one (af_arm(N, persistent)): one-shot fails only
 *     the N-th call; persistent fails the N-th and every later one (the harder clean-up path);
 *   - keep the number of live blocks, so a test can assert that a failed call leaked nothing
 *     even without LeakSanitizer (the sanitizer build runs LSan on top).
 */
#ifndef CTREND_ALLOC_WRAP_H
#define CTREND_ALLOC_WRAP_H

#include <stddef.h>

/* Fail the n-th allocation call from now (1-based); n = 0 disarms. Resets the counters. */
void af_arm(size_t n, int persistent);
/* Allocation calls seen since af_arm (failed ones included). */
size_t af_calls(void);
/* Number of injected failures since af_arm. */
size_t af_failures(void);
/* Blocks currently live (allocated through the wrappers and not yet freed). */
long af_live(void);

#endif
