/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_numfmt.c — the CLI's shortest round-trip number text (bin/numfmt.c, Ryu).
 *
 * References: the edge-case texts below are Python 3's repr (shortest round-trip, David Gay's
 * dtoa mode 0) written out by hand in the %g layout; the 10^6 random doubles are checked here
 * for strtod round trip and against 0.1's "%.15g, %.16g, %.17g until strtod reads it back"
 * text, and by tests/numfmt_repr.py against Python's repr digit for digit
 * (`test_numfmt --dump FILE` writes them). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numfmt.h"

static uint64_t splitmix(uint64_t *s)
{
    uint64_t z = (*s += UINT64_C(0x9E3779B97F4A7C15));
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    return z ^ (z >> 31);
}

/* The i-th test double: edge cases first, then random bit patterns (every exponent alike) and
 * values shaped like the CLI's output (ratios and means of counts). */
static double sample(uint64_t *s, size_t i)
{
    static const double edge[] = {5e-324, 1e-323, 4.9406564584124654e-323, 2.2250738585072009e-308,
                                  2.2250738585072014e-308, DBL_MAX, 1e23, 9007199254740991.0,
                                  9007199254740992.0, 9007199254740993.0, 1e15, 1e16, 1e-5,
                                  0.1, 0.3, 2.0 / 3.0, 1e22, 5e-310, 123456789012345678.0};
    const size_t n_edge = sizeof edge / sizeof *edge;
    if (i < n_edge) return edge[i];
    if (i < n_edge + 700) { /* powers of ten 1e-350 .. 1e349 (0 and inf dropped below) */
        char b[16];
        snprintf(b, sizeof b, "1e%d", (int)(i - n_edge) - 350);
        return strtod(b, NULL);
    }
    const uint64_t r = splitmix(s);
    double x;
    if (i % 2) {
        memcpy(&x, &r, sizeof x);
    } else {
        const double a = (double)(r % 100000), b = (double)(1 + (r >> 20) % 999);
        x = (i % 4) ? (a / b - 1.0) * 100.0 : a / b;
    }
    return x;
}

/* 0.1's text: first of %.15g, %.16g, %.17g that strtod reads back; integers below 1e15 plainly. */
static void old_text(double x, char *buf, size_t cap)
{
    if (x == floor(x) && fabs(x) < 1e15) {
        snprintf(buf, cap, "%.0f", x);
        return;
    }
    for (int p = 15; p <= 17; ++p) {
        snprintf(buf, cap, "%.*g", p, x);
        if (strtod(buf, NULL) == x) return;
    }
}

static size_t sig_digits(const char *s)
{
    size_t n = 0, lead = 1, zeros = 0;
    for (; *s && *s != 'e'; ++s) {
        if (*s < '0' || *s > '9') continue;
        if (*s == '0' && lead) continue;
        lead = 0;
        if (*s == '0') ++zeros;
        else { n += zeros + 1; zeros = 0; }
    }
    return n;
}

static void test_known_texts(void **state)
{
    (void)state;
    static const struct { double x; const char *text; } cases[] = {
        {0.0, "0"}, {-0.0, "-0"}, {1.0, "1"}, {-42.0, "-42"}, {0.1, "0.1"}, {0.3, "0.3"},
        {2.0 / 3.0, "0.6666666666666666"}, {5e-324, "5e-324"} /* 0.1: 4.94065645841247e-324 */,
        {1e-5, "1e-05"}, {1.5e-4, "0.00015"}, {1e15, "1e+15"}, {1e16, "1e+16"},
        {9007199254740992.0, "9007199254740992"}, {9007199254740993.0, "9007199254740992"},
        {DBL_MAX, "1.7976931348623157e+308"}, {1e23, "1e+23"},
        {123456789012345.6, "123456789012345.6"}, {-12.5, "-12.5"}, {INFINITY, "inf"},
        {-INFINITY, "-inf"}, {100.0 / 3.0, "33.333333333333336"}, {1e21, "1e+21"},
        {999999999999999.0, "999999999999999"}, {0.001, "0.001"}, {1.25e-5, "1.25e-05"},
    };
    char buf[CLI_NUM_MAX];
    for (size_t i = 0; i < sizeof cases / sizeof *cases; ++i) {
        const size_t n = cli_num_format(cases[i].x, buf);
        assert_int_equal(n, strlen(buf));
        if (strcmp(buf, cases[i].text)) fprintf(stderr, "%.17g: got %s want %s\n", cases[i].x, buf, cases[i].text);
        assert_string_equal(buf, cases[i].text);
    }
}

/* 10^6 doubles: every text reads back bit for bit, is at most 17 digits, and equals 0.1's
 * text whenever 0.1's had no more digits (0.1's was then shortest too). Under memcheck
 * (tests/valgrind.sh sets CTREND_SKIP_HUGE) the first 10^5 of the same stream: memcheck looks
 * for memory errors, which the first 10^5 reach as well as 10^6 (the same code paths; the
 * normal and ASan runs keep the 10^6). */
static void test_round_trip(void **state)
{
    (void)state;
    uint64_t seed = 20180618;
    size_t tested = 0, longer_before = 0;
    const size_t n_doubles = getenv("CTREND_SKIP_HUGE") ? 100000 : 1000000;
    char buf[CLI_NUM_MAX], old[64];
    for (size_t i = 0; tested < n_doubles; ++i) {
        const double x = sample(&seed, i);
        if (!isfinite(x)) continue;
        ++tested;
        cli_num_format(x, buf);
        const double back = strtod(buf, NULL);
        if (memcmp(&back, &x, sizeof x)) fprintf(stderr, "%a -> %s\n", x, buf);
        assert_memory_equal(&back, &x, sizeof x);
        old_text(x, old, sizeof old);
        const size_t nd = sig_digits(buf), od = sig_digits(old);
        assert_true(nd <= 17 && nd <= od);
        if (nd < od) ++longer_before;
        else assert_string_equal(buf, old);
    }
    fprintf(stderr, "# %zu doubles; 0.1's text was longer than shortest for %zu\n", tested,
            longer_before);
}

/* --dump FILE: "bits digits exp10" per double, for tests/numfmt_repr.py. */
static int dump(const char *path)
{
    FILE *fp = fopen(path, "w");
    if (!fp) return 1;
    uint64_t seed = 20180618;
    size_t tested = 0;
    for (size_t i = 0; tested < 1000000; ++i) {
        const double x = sample(&seed, i);
        uint64_t bits, d;
        int32_t e;
        if (cli_num_decimal(x, &d, &e)) continue;
        ++tested;
        memcpy(&bits, &x, sizeof bits);
        fprintf(fp, "%016llx %llu %d\n", (unsigned long long)bits, (unsigned long long)d, (int)e);
    }
    return fclose(fp) ? 1 : 0;
}

int main(int argc, char **argv)
{
    if (argc == 3 && !strcmp(argv[1], "--dump")) return dump(argv[2]);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_known_texts),
        cmocka_unit_test(test_round_trip),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
