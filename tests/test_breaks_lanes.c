/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_breaks_lanes.c — the breaks bootstrap on the lane path (lib/models/breaks.c,
 * lane_model) against the same bootstrap fitted one replicate and one candidate at a time
 * (the 0.1 way, ctrend__breaks_set_lanes(opts, 0)): the p-value is a count of replicates
 * whose sup-LR reaches the data's, so both ways must give it bit for bit, on every thread
 * count, for Poisson and quasi-Poisson, on level and level + slope breaks, on real series
 * (UCDP GED Pakistan, ../shared/reference) and on series whose replicates leave the lane
 * path (zeros: all-zero replicates and separated candidates fall back to the one-by-one
 * fit, whose failure drops them as before). The negative binomial never takes the lanes
 * (its profile is not a Poisson likelihood): same numbers by construction, checked too.
 * And the reason for the path: the default search (199 replicates) over all 396 months
 * of the UCDP series is refused one by one (2.95e7 row fits > 2e7) and answers on the lanes.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "test_util.h"
#include "ref_util.h"
#include <ctrend.h>

/* lib/models/models_internal.h (internal): the bootstrap one by one (0) or on the lanes (1). */
void ctrend__breaks_set_lanes(ctrend_model_opts *opts, int on);

typedef struct outcome {
    int status;
    double lr, p;
    int32_t month;
} outcome;

static outcome run(int family, const ctrend_design *d, const double *y, size_t n, int kind, size_t min_seg,
                   size_t n_boot, uint64_t seed, size_t threads, int lanes)
{
    outcome o = {0, NAN, NAN, 0};
    ctrend_model_opts *op = NULL;
    assert_int_equal(ctrend_model_opts_new(&op), CTREND_OK);
    assert_int_equal(ctrend_model_opts_set_int(op, CTREND_OPT_MIN_SEGMENT, (int64_t)min_seg), CTREND_OK);
    assert_int_equal(ctrend_model_opts_set_int(op, CTREND_OPT_N_BOOT, (int64_t)n_boot), CTREND_OK);
    assert_int_equal(ctrend_model_opts_set_int(op, CTREND_OPT_SEED, (int64_t)seed), CTREND_OK);
    assert_int_equal(ctrend_model_opts_set_int(op, CTREND_OPT_N_THREADS, (int64_t)threads), CTREND_OK);
    ctrend__breaks_set_lanes(op, lanes);
    ctrend_breaks *b = NULL;
    o.status = ctrend_breaks_fit(op, family, d, y, n, kind, &b, NULL);
    if (!o.status) {
        ctrend_breaks_scalar(b, CTREND_BS_LR, &o.lr);
        ctrend_breaks_scalar(b, CTREND_BS_PVALUE, &o.p);
        ctrend_breaks_month(b, &o.month);
    }
    ctrend_breaks_free(b);
    ctrend_model_opts_free(op);
    return o;
}

/* Replicates: n, a fifth under memcheck (tests/valgrind.sh sets CTREND_SKIP_HUGE). */
static size_t boots(size_t n) { return getenv("CTREND_SKIP_HUGE") ? (n + 4) / 5 : n; }

/* Lanes on 1 and 3 threads (an uneven split of the models) against one by one on 1
 * thread: status, LR, month, p. */
static void same_both_ways(const char *what, int family, const ctrend_design *d, const double *y, size_t n,
                           int kind, size_t min_seg, size_t n_boot, uint64_t seed)
{
    n_boot = boots(n_boot);
    const outcome serial = run(family, d, y, n, kind, min_seg, n_boot, seed, 1, 0);
    assert_int_equal(serial.status, CTREND_OK);
    for (size_t t = 1; t <= 3; t += 2) {
        const outcome lane = run(family, d, y, n, kind, min_seg, n_boot, seed, t, 1);
        if (lane.status != serial.status || memcmp(&lane.p, &serial.p, sizeof lane.p) ||
            memcmp(&lane.lr, &serial.lr, sizeof lane.lr) || lane.month != serial.month) {
            print_error("%s (%zu threads): lanes %d p=%.17g lr=%.17g, one by one %d p=%.17g lr=%.17g\n", what, t,
                        lane.status, lane.p, lane.lr, serial.status, serial.p, serial.lr);
            fail();
        }
    }
}

static size_t ucdp(const char *metric, const char *from, const char *to, double *y, size_t cap)
{
    return ref_csv_column(REF_DIR "pak_ucdp_ged/data.csv", NULL, NULL, from, to, metric, y, cap);
}

static void test_real_series(void **state)
{
    (void)state;
    double y[400];
    /* 2007-2020 events with trend + 2 Fourier pairs (test_breaks.c's design against R) */
    const size_t n = ucdp("events_all", "2007-01", "2020-12", y, 400);
    assert_int_equal(n, 168);
    ctrend_design *d = NULL;
    assert_int_equal(ctrend_design_new(2007 * 12, n, &d), CTREND_OK);
    assert_int_equal(ctrend_design_add_trend(d), CTREND_OK);
    assert_int_equal(ctrend_design_add_fourier(d, 2), CTREND_OK);
    same_both_ways("events 2007-2020, Poisson level", CTREND_FAMILY_POISSON, d, y, n, CTREND_BREAK_LEVEL, 12, 19, 7);
    same_both_ways("events 2007-2020, quasi-Poisson level+slope", CTREND_FAMILY_QUASIPOISSON, d, y, n,
                   CTREND_BREAK_LEVEL_SLOPE, 12, 19, 8);
    /* min_segment 60: 49 candidates; 80 (9 candidates) under memcheck, where these three NB
     * searches took 70 s of the program's 100 (the NB one-by-one search itself is test_breaks') */
    same_both_ways("events 2007-2020, negative binomial (never on the lanes)", CTREND_FAMILY_NEGBIN, d, y, n,
                   CTREND_BREAK_LEVEL, getenv("CTREND_SKIP_HUGE") ? 80 : 60, 3, 9);
    ctrend_design_free(d);
    /* the TTP's events 2015-2021, trend only: small counts, many zeros */
    const size_t m = ucdp("events_ttp", "2015-01", "2021-12", y, 400);
    assert_int_equal(m, 84);
    assert_int_equal(ctrend_design_new(2015 * 12, m, &d), CTREND_OK);
    assert_int_equal(ctrend_design_add_trend(d), CTREND_OK);
    same_both_ways("TTP events 2015-2021, Poisson", CTREND_FAMILY_POISSON, d, y, m, CTREND_BREAK_LEVEL, 6, 49, 3);
    same_both_ways("TTP events 2015-2021, quasi-Poisson", CTREND_FAMILY_QUASIPOISSON, d, y, m, CTREND_BREAK_LEVEL,
                   6, 49, 4);
    ctrend_design_free(d);
}

/* A sparse series: replicates drawn from a mean of ~0.3 a month are often all zero before
 * or after a candidate (separated: the lanes decline it, the one-by-one fit refuses it),
 * sometimes all zero (the base fit fails: the replicate does not count). */
static void test_sparse_replicates(void **state)
{
    (void)state;
    enum { N = 48 };
    double y[N];
    for (size_t i = 0; i < N; ++i) y[i] = (i * 7 % 11 == 0) ? 1.0 : 0.0;
    y[40] = 2.0;
    ctrend_design *d = NULL;
    assert_int_equal(ctrend_design_new(2018 * 12, N, &d), CTREND_OK);
    same_both_ways("sparse, Poisson", CTREND_FAMILY_POISSON, d, y, N, CTREND_BREAK_LEVEL, 6, 99, 11);
    same_both_ways("sparse, quasi-Poisson", CTREND_FAMILY_QUASIPOISSON, d, y, N, CTREND_BREAK_LEVEL, 6, 99, 12);
    /* more than one block of replicates (256; not under memcheck) */
    if (!getenv("CTREND_SKIP_HUGE"))
        same_both_ways("sparse, 260 replicates", CTREND_FAMILY_POISSON, d, y, N, CTREND_BREAK_LEVEL_SLOPE, 16, 260, 13);
    ctrend_design_free(d);
}

/* The default search over the whole UCDP series: 396 months x 373 candidates x 200 profiles
 * = 2.95e7 row fits, above 2e7 one by one, within 1e8 on the lanes. The observed LR of
 * events_all (4874, a break in 2007-03) is never reached by a replicate of the no-break
 * model: p = 1 / (199 + 1) = 0.005. */
static void test_default_search_answers(void **state)
{
    (void)state;
    double y[400];
    const size_t n = ucdp("events_all", "1989-01", "2021-12", y, 400);
    assert_int_equal(n, 396);
    ctrend_design *d = NULL;
    assert_int_equal(ctrend_design_new(1989 * 12, n, &d), CTREND_OK);
    assert_int_equal(ctrend_design_add_trend(d), CTREND_OK);
    const outcome serial = run(CTREND_FAMILY_POISSON, d, y, n, CTREND_BREAK_LEVEL, 12, 199, 20240101, 1, 0);
    assert_int_equal(serial.status, CTREND_ELIMIT);
    if (!getenv("CTREND_SKIP_HUGE")) { /* ~1 s natively; minutes under memcheck */
        const outcome lane = run(CTREND_FAMILY_POISSON, d, y, n, CTREND_BREAK_LEVEL, 12, 199, 20240101, 0, 1);
        assert_int_equal(lane.status, CTREND_OK);
        assert_int_equal(lane.month, 2007 * 12 + 2);
        assert_true(lane.lr > 4874 && lane.lr < 4875);
        assert_true(lane.p == 1.0 / 200.0);
    }
    ctrend_design_free(d);
}

int main(void)
{
    ctrend_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_real_series),
        cmocka_unit_test(test_sparse_replicates),
        cmocka_unit_test(test_default_search_answers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
