/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_rolling.c — rolling sums/means and cumulative sums.
 *
 * Known answers:
 *   tests/data/transforms/rolling_pandas.inc  pandas 1.5.3 rolling(w, min_periods, center)
 *                                            .sum()/.mean() and cumsum()  (rolling_pandas.py)
 *   tests/data/transforms/rolling_zoo.inc     R 4.2.2 zoo 1.8-11 rollapply(partial = TRUE,
 *                                            align = "right"/"center"), cross-checked against
 *                                            rollmean/rollsum(fill = NA)  (rolling_zoo.R)
 *   The descriptive reference files (roll3, roll12 = zoo::rollmeanr) are checked in
 *   test_change.c together with the % changes of the same files.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "test_util.h"
#include <ctrend.h>

#include "data/transforms/rolling_pandas.inc"
#include "data/transforms/rolling_zoo.inc"

static const double *const zoo_inputs[] = {px_0, px_1, px_2, px_3, px_4, px_5};
static const size_t zoo_input_n[] = {12, 1, 2, 6, 3, 8};

/* NaN where want is NaN, else |got-want| <= rtol*|want| (exact for want = 0). */
static void assert_same(const double *got, const double *want, size_t n, double rtol)
{
    for (size_t t = 0; t < n; ++t) {
        if (isnan(want[t])) {
            if (!isnan(got[t])) print_error("t=%zu: got %.17g, want NaN\n", t, got[t]);
            assert_nan(got[t]);
        } else {
            assert_close(got[t], want[t], rtol, 0.0);
        }
    }
}

static int run(int is_mean, const double *x, size_t n, size_t w, int align, size_t minp,
               double *out)
{
    return is_mean ? ctrend_rolling_mean(x, n, w, align, minp, out)
                   : ctrend_rolling_sum(x, n, w, align, minp, out);
}

static void test_against_pandas(void **state)
{
    (void)state;
    for (size_t c = 0; c < PD_NCASES; ++c) {
        const struct pd_case *k = &pd_cases[c];
        double out[16];
        assert_int_equal(run(k->is_mean, k->x, k->n, k->window, k->align, k->min_periods, out),
                         CTREND_OK);
        assert_same(out, k->want, k->n, 1e-14);
    }
}

static void test_against_zoo(void **state)
{
    (void)state;
    for (size_t c = 0; c < ZOO_NCASES; ++c) {
        const struct zoo_case *k = &zoo_cases[c];
        const double *x = zoo_inputs[k->input];
        const size_t n = zoo_input_n[k->input];
        double out[16];
        assert_int_equal(run(k->is_mean, x, n, k->window, k->align, k->min_periods, out),
                         CTREND_OK);
        assert_same(out, k->want, n, 1e-14);
    }
}

/* Even windows: pandas centres one month earlier than zoo. x = (1..10)^2, w = 4.
 * pandas center=True: out[2] = (1+4+9+16)/4 = 7.5 (window t-2..t+1), out[9] = NaN.
 * zoo align="center": out[1] = 7.5 (window t-1..t+2), out[8] = out[9] = NaN.
 * (Both printed by pandas 1.5.3 and zoo 1.8-11.) Odd w = 3: both give out[1] = 14/3. */
static void test_even_window_alignment(void **state)
{
    (void)state;
    double x[10], p[10], z[10];
    for (size_t i = 0; i < 10; ++i) x[i] = (double)((i + 1) * (i + 1));
    assert_int_equal(ctrend_rolling_mean(x, 10, 4, CTREND_ALIGN_CENTRED, 0, p), CTREND_OK);
    assert_int_equal(ctrend_rolling_mean(x, 10, 4, CTREND_ALIGN_CENTRED_ZOO, 0, z), CTREND_OK);
    assert_nan(p[0]); assert_nan(p[1]);
    assert_close(p[2], 7.5, 0, 0);
    assert_close(p[8], 73.5, 0, 0); /* x[6..9] = 49+64+81+100 = 294, /4 */
    assert_nan(p[9]);
    assert_nan(z[0]);
    assert_close(z[1], 7.5, 0, 0);
    assert_close(z[7], 73.5, 0, 0);
    assert_nan(z[8]); assert_nan(z[9]);
    assert_same(z + 1, p + 2, 8, 0); /* zoo = pandas shifted one month earlier */
    assert_int_equal(ctrend_rolling_mean(x, 10, 3, CTREND_ALIGN_CENTRED, 0, p), CTREND_OK);
    assert_int_equal(ctrend_rolling_mean(x, 10, 3, CTREND_ALIGN_CENTRED_ZOO, 0, z), CTREND_OK);
    assert_close(p[1], 14.0 / 3.0, 1e-15, 0);
    for (size_t t = 0; t < 10; ++t) {
        if (isnan(p[t])) assert_nan(z[t]);
        else assert_close(z[t], p[t], 0, 0);
    }
    /* w = 2 centred (pandas) is the trailing window t-1..t. */
    assert_int_equal(ctrend_rolling_sum(x, 10, 2, CTREND_ALIGN_CENTRED, 0, p), CTREND_OK);
    assert_int_equal(ctrend_rolling_sum(x, 10, 2, CTREND_ALIGN_TRAILING, 0, z), CTREND_OK);
    assert_same(p, z, 10, 0);
}

static void test_edges(void **state)
{
    (void)state;
    double out[4] = {-1, -1, -1, -1};
    /* n = 0: nothing to do, NULL pointers accepted */
    assert_int_equal(ctrend_rolling_mean(NULL, 0, 3, CTREND_ALIGN_TRAILING, 0, NULL), CTREND_OK);
    assert_int_equal(ctrend_rolling_sum(NULL, 0, 3, CTREND_ALIGN_CENTRED, 0, NULL), CTREND_OK);
    assert_int_equal(ctrend_rolling_cumsum(NULL, 0, NULL), CTREND_OK);
    /* window > n, default min_periods: nothing is complete */
    const double x3[3] = {4, 1, 6};
    assert_int_equal(ctrend_rolling_sum(x3, 3, 12, CTREND_ALIGN_TRAILING, 0, out), CTREND_OK);
    assert_nan(out[0]); assert_nan(out[1]); assert_nan(out[2]);
    /* a huge window does not overflow the index arithmetic */
    assert_int_equal(ctrend_rolling_sum(x3, 3, SIZE_MAX, CTREND_ALIGN_CENTRED, 1, out), CTREND_OK);
    for (size_t t = 0; t < 3; ++t) assert_close(out[t], 11.0, 0, 0);
    assert_int_equal(ctrend_rolling_sum(x3, 3, SIZE_MAX, CTREND_ALIGN_TRAILING, 1, out),
                     CTREND_OK);
    assert_close(out[0], 4.0, 0, 0); assert_close(out[1], 5.0, 0, 0); assert_close(out[2], 11.0, 0, 0);
    /* all-missing window is NaN even with min_periods 1 (missing is never zero) */
    const double nn[3] = {NAN, NAN, 2};
    assert_int_equal(ctrend_rolling_sum(nn, 3, 2, CTREND_ALIGN_TRAILING, 1, out), CTREND_OK);
    assert_nan(out[0]); assert_nan(out[1]); assert_close(out[2], 2.0, 0, 0);
    /* all zeros: exactly zero */
    const double z[4] = {0, 0, 0, 0};
    assert_int_equal(ctrend_rolling_mean(z, 4, 2, CTREND_ALIGN_TRAILING, 0, out), CTREND_OK);
    assert_nan(out[0]);
    for (size_t t = 1; t < 4; ++t) assert_true(out[t] == 0.0);
    /* a window of zeros after huge counts is exactly 0, not a rounding residue */
    const double hz[4] = {1e9 + 0.3, 0.7, 0, 0};
    assert_int_equal(ctrend_rolling_sum(hz, 4, 2, CTREND_ALIGN_TRAILING, 0, out), CTREND_OK);
    assert_true(out[3] == 0.0);
}

static void test_errors(void **state)
{
    (void)state;
    const double x[3] = {1, 2, 3};
    double out[3] = {-7, -7, -7};
    double xi[3] = {1, INFINITY, 3};
    assert_int_equal(ctrend_rolling_mean(x, 3, 0, CTREND_ALIGN_TRAILING, 0, out), CTREND_EINVAL);
    assert_int_equal(ctrend_rolling_mean(x, 3, 2, CTREND_ALIGN_TRAILING, 3, out), CTREND_EINVAL);
    assert_int_equal(ctrend_rolling_mean(x, 3, 2, 3, 0, out), CTREND_EINVAL);
    assert_int_equal(ctrend_rolling_mean(x, 3, 2, -1, 0, out), CTREND_EINVAL);
    assert_int_equal(ctrend_rolling_mean(NULL, 3, 2, CTREND_ALIGN_TRAILING, 0, out), CTREND_EINVAL);
    assert_int_equal(ctrend_rolling_sum(x, 3, 2, CTREND_ALIGN_TRAILING, 0, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_rolling_sum(xi, 3, 2, CTREND_ALIGN_TRAILING, 0, xi), CTREND_EINVAL);
    assert_int_equal(ctrend_rolling_sum(xi, 3, 2, CTREND_ALIGN_TRAILING, 0, out), CTREND_EDOMAIN);
    xi[1] = -INFINITY;
    assert_int_equal(ctrend_rolling_mean(xi, 3, 2, CTREND_ALIGN_CENTRED, 1, out), CTREND_EDOMAIN);
    for (size_t t = 0; t < 3; ++t) assert_close(out[t], -7.0, 0, 0); /* untouched on error */
    assert_int_equal(ctrend_rolling_cumsum(NULL, 3, out), CTREND_EINVAL);
    assert_int_equal(ctrend_rolling_cumsum(x, 3, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_rolling_cumsum(xi, 3, xi), CTREND_EINVAL);
    assert_int_equal(ctrend_rolling_cumsum(xi, 3, out), CTREND_EDOMAIN);
    for (size_t t = 0; t < 3; ++t) assert_close(out[t], -7.0, 0, 0);
}

/* splitmix64 (Steele, Lea & Flood 2014): deterministic test data from an explicit seed. */
static uint64_t splitmix64(uint64_t *s)
{
    uint64_t z = (*s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}
static double unif(uint64_t *s) { return (double)(splitmix64(s) >> 11) * 0x1.0p-53; }

/* 10^5 values: non-integer values up to 1e9, integer counts ~1e9, small counts, runs of
 * zeros and NaN holes. Every output of the O(n) kernel must agree with a fresh per-window
 * sum (long double, so the reference is more accurate than either double method) to
 * 4 eps of the window's sum of |x| — i.e. no drift whatever the position in the series. */
static void test_no_drift(void **state)
{
    (void)state;
    enum { NDRIFT = 100000 };
    /* static, not malloc'ed: a failing assertion longjmps out of the test, and heap buffers
     * would then leak (reported by LSan/valgrind on top of the real failure) */
    static double x[NDRIFT], out[NDRIFT];
    const size_t n = NDRIFT;
    uint64_t seed = 20240101;
    for (size_t i = 0; i < n; ++i) {
        const double u = unif(&seed);
        if (u < 0.05) x[i] = NAN;
        else if (u < 0.10) x[i] = 0.0;
        else if (u < 0.40) x[i] = 1e9 * unif(&seed);            /* huge, non-integer */
        else if (u < 0.60) x[i] = 1e9 + (double)(splitmix64(&seed) % 1000); /* huge counts */
        else x[i] = (double)(splitmix64(&seed) % 50);
        if (i % 5000 >= 4990) x[i] = 0.0;                        /* runs of zeros */
    }
    const size_t windows[] = {3, 12, 1000};
    const int aligns[] = {CTREND_ALIGN_TRAILING, CTREND_ALIGN_CENTRED, CTREND_ALIGN_CENTRED_ZOO};
    double worst = 0.0;
    for (size_t wi = 0; wi < 3; ++wi) {
        for (size_t ai = 0; ai < 3; ++ai) {
            const size_t w = windows[wi];
            assert_int_equal(ctrend_rolling_sum(x, n, w, aligns[ai], 1, out), CTREND_OK);
            const size_t before = aligns[ai] == CTREND_ALIGN_TRAILING ? w - 1
                                : aligns[ai] == CTREND_ALIGN_CENTRED ? w / 2 : (w - 1) / 2;
            for (size_t t = 0; t < n; ++t) {
                const size_t lo = t >= before ? t - before : 0;
                const size_t hi = t + (w - 1 - before) + 1 < n ? t + (w - 1 - before) + 1 : n;
                long double s = 0, sa = 0;
                size_t cnt = 0;
                for (size_t j = lo; j < hi; ++j) {
                    if (isnan(x[j])) continue;
                    s += x[j]; sa += fabs(x[j]); ++cnt;
                }
                if (cnt == 0) { assert_nan(out[t]); continue; }
                const double err = fabs(out[t] - (double)s);
                if (sa == 0) assert_true(out[t] == 0.0);
                else {
                    const double rel = err / (double)sa;
                    if (rel > worst) worst = rel;
                    assert_true(rel <= 4 * 2.220446049250313e-16);
                }
            }
        }
    }
    print_message("rolling sum vs per-window long double sum, 1e5 values: max |err|/sum|x| = %.3g\n",
                  worst);
}

static void test_cumsum(void **state)
{
    (void)state;
    double out[12];
    assert_int_equal(ctrend_rolling_cumsum(px_0, 12, out), CTREND_OK);
    assert_same(out, pd_cumsum_px0, 12, 0);
    assert_int_equal(ctrend_rolling_cumsum(px_5, 8, out), CTREND_OK);
    assert_same(out, pd_cumsum_px5, 8, 0);
    const double lead[3] = {NAN, 1e9, 0.5}; /* a leading hole: NaN, then the total starts */
    assert_int_equal(ctrend_rolling_cumsum(lead, 3, out), CTREND_OK);
    assert_nan(out[0]); assert_close(out[1], 1e9, 0, 0); assert_close(out[2], 1e9 + 0.5, 0, 0);
}

int main(void)
{
    ctrend_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_against_pandas),
        cmocka_unit_test(test_against_zoo),
        cmocka_unit_test(test_even_window_alignment),
        cmocka_unit_test(test_edges),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_no_drift),
        cmocka_unit_test(test_cumsum),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
