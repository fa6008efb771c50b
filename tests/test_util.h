/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_util.h — shared helpers for the cmocka test programs.
 * Include after <stdarg.h> <stddef.h> <setjmp.h> <stdint.h> <cmocka.h>.
 */
#ifndef CTREND_TEST_UTIL_H
#define CTREND_TEST_UTIL_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* |got - want| <= atol + rtol*|want|; fails on NaN in either (a NaN never compares equal). */
#define assert_close(got, want, rtol, atol)                                                    \
    do {                                                                                       \
        const double g_ = (got), w_ = (want);                                                  \
        if (isnan(g_ - w_) || !(fabs(g_ - w_) <= (atol) + (rtol) * fabs(w_))) {                \
            print_error("%s = %.17g, want %.17g (rtol %g, atol %g)\n", #got, g_, w_,          \
                        (double)(rtol), (double)(atol));                                       \
            fail();                                                                            \
        }                                                                                      \
    } while (0)

#define assert_nan(x) assert_true(isnan(x))

/* A time limit of s seconds as the test should assert it: under memcheck (tests/valgrind.sh
 * sets CTREND_SKIP_HUGE, and runs nproc jobs at once) code runs 20-50x slower (valgrind
 * manual, "Memcheck ... 20 to 30 times"), so there the limit is 50 s per second; in the
 * ASan+UBSan build (GCC defines __SANITIZE_ADDRESS__) 10 s per second: the ASan manual
 * gives a typical 2x, and UBSan's checks with malloc-heavy code measured 8x here (an NB fit
 * of 12 000 months x 81 columns: 1.15 s native, 9.1 s sanitized). A loop that never ends
 * still fails it; the native runs keep the promised bound. */
#if defined(__SANITIZE_ADDRESS__)
#define CTREND_TEST_SANITIZER_SLOWDOWN 10.0
#else
#define CTREND_TEST_SANITIZER_SLOWDOWN 1.0
#endif
static inline double ctrend_test_time_bound(double s)
{
    return getenv("CTREND_SKIP_HUGE") ? 50.0 * s : CTREND_TEST_SANITIZER_SLOWDOWN * s;
}

/* Read a whole file into a NUL-terminated malloc'd buffer (test fixtures only). */
static inline char *ctrend_test_slurp(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    fseek(fp, 0, SEEK_END);
    long n = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, fp) != (size_t)n) { free(buf); buf = NULL; }
    fclose(fp);
    if (buf) { buf[n] = '\0'; if (len) *len = (size_t)n; }
    return buf;
}

#endif
