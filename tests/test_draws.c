/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_draws.c — lib/draws.c: ordering integer draws by counting / radix passes gives the very
 * array gsl_sort gives, and the type-7 quantile equals gsl_stats_quantile_from_sorted_data bit
 * for bit (0.1's forecast path); the seed fold is 0.1's. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "test_util.h"
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>

#include "../lib/draws_internal.h"

/* n draws of kind k: 0 small Poisson counts (counting pass), 1 counts spread over 2^40 (radix
 * passes), 2 Gaussian reals (gsl_sort), 3 constant. */
static void fill(double *x, size_t n, int kind, gsl_rng *r)
{
    for (size_t i = 0; i < n; ++i) {
        switch (kind) {
        case 0: x[i] = (double)gsl_ran_poisson(r, 37.5); break;
        case 1: x[i] = 1e15 + floor(gsl_rng_uniform(r) * 1099511627776.0); break;
        case 2: x[i] = gsl_ran_gaussian(r, 3.0); break;
        default: x[i] = 7; break;
        }
    }
}

static void test_order_and_quantiles_as_gsl(void **state)
{
    (void)state;
    enum { N = 5001 };
    static double a[N], b[N];
    static const double probs[] = {0.0, 0.025, 0.1, 0.5, 0.8, 0.975, 0.999, 1.0};
    static const size_t sizes[] = {1, 2, 3, 10, 999, N};
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    ctrend__sort_ws ws = {0};
    for (int kind = 0; kind < 4; ++kind) {
        for (size_t z = 0; z < sizeof sizes / sizeof sizes[0]; ++z) {
            const size_t n = sizes[z];
            fill(a, n, kind, r);
            memcpy(b, a, n * sizeof *a);
            assert_int_equal(ctrend__sort_draws(a, n, &ws), 0);
            gsl_sort(b, 1, n);
            assert_memory_equal(a, b, n * sizeof *a);
            for (size_t k = 0; k < sizeof probs / sizeof probs[0]; ++k) {
                const double got = ctrend__quantile_sorted(a, n, probs[k]);
                const double want = gsl_stats_quantile_from_sorted_data(b, 1, n, probs[k]);
                assert_memory_equal(&got, &want, sizeof got);
            }
        }
    }
    ctrend__sort_ws_free(&ws);
    ctrend__sort_ws_free(&ws); /* twice: a no-op */
    gsl_rng_free(r);
}

static void test_seed_fold(void **state)
{
    (void)state;
    assert_int_equal(ctrend__seed_fold(0x0000000500000007ULL), 2);    /* 5 ^ 7 */
    assert_int_equal(ctrend__seed_fold(20240101u), 20240101u);        /* below 2^32: itself */
    assert_int_equal(ctrend__seed_fold(UINT64_MAX), 0);               /* 0xffffffff ^ 0xffffffff */
    gsl_rng *a = ctrend__rng_new(42), *b = gsl_rng_alloc(gsl_rng_mt19937);
    gsl_rng_set(b, 42);
    for (int i = 0; i < 100; ++i) assert_int_equal(gsl_rng_get(a), gsl_rng_get(b));
    gsl_rng_free(a);
    gsl_rng_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_order_and_quantiles_as_gsl),
        cmocka_unit_test(test_seed_fold),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
