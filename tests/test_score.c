/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_score.c — scores against R (tests/data/score/make_fixtures.R), brute force and hand
 * arithmetic. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "test_util.h"
#include <ctrend.h>

#define FIX "tests/data/score/"

/* Split a CSV line in place into at most cap fields; returns the count. */
static size_t split_csv(char *line, char **f, size_t cap)
{
    size_t k = 0;
    char *p = line;
    while (k < cap) {
        f[k++] = p;
        char *c = strchr(p, ',');
        if (!c) break;
        *c = '\0';
        p = c + 1;
    }
    return k;
}

static void test_crps_dist_vs_r(void **state)
{
    (void)state;
    char *txt = ctrend_test_slurp(FIX "crps_dist.csv", NULL);
    assert_non_null(txt);
    size_t rows = 0;
    double maxrel = 0;
    char *save = NULL;
    char *line = strtok_r(txt, "\n", &save); /* header */
    while ((line = strtok_r(NULL, "\n", &save)) != NULL) {
        char *f[5];
        assert_int_equal(split_csv(line, f, 5), 5);
        const double y = strtod(f[1], NULL), mu = strtod(f[2], NULL);
        const double theta = strtod(f[3], NULL), want = strtod(f[4], NULL);
        double got = NAN;
        if (strcmp(f[0], "pois") == 0) {
            assert_int_equal(ctrend_score_crps_poisson(y, mu, &got), CTREND_OK);
            /* the NB series with theta = inf must agree (it delegates) */
            double g2 = NAN;
            assert_int_equal(ctrend_score_crps_nbinom(y, mu, INFINITY, 0, 0, &g2), CTREND_OK);
            assert_close(g2, got, 0, 0);
        } else {
            assert_int_equal(ctrend_score_crps_nbinom(y, mu, theta, 0, 0, &got), CTREND_OK);
        }
        /* measured max relative difference 1.7e-14 (R's sums run over up to 2e6 terms);
         * the acceptance bound is 1e-11 relative. */
        assert_close(got, want, 1e-11, 0);
        const double rel = fabs(got - want) / fmax(fabs(want), 1e-300);
        if (want > 1e-10 && rel > maxrel) maxrel = rel;
        ++rows;
    }
    free(txt);
    assert_true(rows >= 30);
    print_message("crps_dist: %zu rows, max relative difference to R %.3g\n", rows, maxrel);
}

/* Second reference for the NB: scoringRules' closed form evaluated in R (2F1 by numerical
 * integration), for the moderate-mu rows. Measured agreement ~1e-14 (8e-14 for the smallest
 * CRPS); the bound is 1e-12 relative. */
static void test_crps_nbinom_vs_closed_form(void **state)
{
    (void)state;
    char *txt = ctrend_test_slurp(FIX "crps_nb_closed.csv", NULL);
    assert_non_null(txt);
    size_t rows = 0;
    char *save = NULL;
    char *line = strtok_r(txt, "\n", &save);
    while ((line = strtok_r(NULL, "\n", &save)) != NULL) {
        char *f[4];
        assert_int_equal(split_csv(line, f, 4), 4);
        double v;
        assert_int_equal(ctrend_score_crps_nbinom(strtod(f[0], NULL), strtod(f[1], NULL),
                                                  strtod(f[2], NULL), 0, 0, &v),
                         CTREND_OK);
        assert_close(v, strtod(f[3], NULL), 1e-12, 0);
        ++rows;
    }
    free(txt);
    assert_int_equal(rows, 10);
}

static void test_crps_poisson_by_hand(void **state)
{
    (void)state;
    double v;
    /* mu = 0: the point mass at 0, CRPS = |y| */
    assert_int_equal(ctrend_score_crps_poisson(7, 0, &v), CTREND_OK);
    assert_close(v, 7, 0, 0);
    /* y = 0, mu small: CRPS = sum_k (1 - F(k))^2 ~ (1 - e^-mu)^2 + ...; for mu = 1e-3
     * P(X>0) = 1 - e^-0.001 = 9.995001666e-4, P(X>1) ~ 5e-7: CRPS ~ 9.99000583e-7 */
    assert_int_equal(ctrend_score_crps_poisson(0, 1e-3, &v), CTREND_OK);
    const double s0 = -expm1(-1e-3), s1 = s0 - 1e-3 * exp(-1e-3);
    assert_close(v, s0 * s0 + s1 * s1, 1e-9, 0);
    /* errors */
    assert_int_equal(ctrend_score_crps_poisson(NAN, 1, &v), CTREND_EINVAL);
    assert_int_equal(ctrend_score_crps_poisson(1, NAN, &v), CTREND_EINVAL);
    assert_int_equal(ctrend_score_crps_poisson(1, INFINITY, &v), CTREND_EINVAL);
    assert_int_equal(ctrend_score_crps_poisson(1, 1, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_score_crps_poisson(-1, 1, &v), CTREND_EDOMAIN);
    assert_int_equal(ctrend_score_crps_poisson(1, -1, &v), CTREND_EDOMAIN);
    /* Far above the mean (y = 5e9, mu = 3e9: 36 500 sd): F(y) = 1 and f(y) = 0, so the closed
     * form is (y - mu) - mu e^-2mu (I0(2mu) + I1(2mu)), and with z = 2mu = 6e9 the Bessel
     * asymptotics e^-z (I0 + I1)(z) = 2/sqrt(2 pi z) (1 - 1/(8z) + O(z^-2)) give
     * 2e9 - 3e9 * 1.030062e-5 = 1 999 969 098.1 (hand arithmetic). 0.1 asked EUNSUPPORTED
     * here (GSL's unsigned-int cdf); the tails of lib/dist have no such limit. */
    assert_int_equal(ctrend_score_crps_poisson(5e9, 3e9, &v), CTREND_OK);
    assert_close(v, 2e9 - 3e9 * 2.0 / sqrt(2 * 3.14159265358979323846 * 6e9) * (1 - 1 / 4.8e10), 1e-12, 0);
}

static void test_crps_nbinom_edges(void **state)
{
    (void)state;
    double v;
    assert_int_equal(ctrend_score_crps_nbinom(3, 0, 2, 0, 0, &v), CTREND_OK);
    assert_close(v, 3, 0, 0);
    /* mu/theta below 2^-53: a point mass at 0 */
    assert_int_equal(ctrend_score_crps_nbinom(3, 1e-20, 2, 0, 0, &v), CTREND_OK);
    assert_close(v, 3, 0, 0);
    /* huge theta approaches Poisson */
    double vp;
    assert_int_equal(ctrend_score_crps_nbinom(9, 6.5, 1e9, 0, 0, &v), CTREND_OK);
    assert_int_equal(ctrend_score_crps_poisson(9, 6.5, &vp), CTREND_OK);
    assert_close(v, vp, 1e-7, 0);
    /* truncation tolerance: a loose tol changes the result by less than its bound */
    double loose;
    assert_int_equal(ctrend_score_crps_nbinom(40, 37.5, 0.6, 1e-8, 0, &loose), CTREND_OK);
    assert_int_equal(ctrend_score_crps_nbinom(40, 37.5, 0.6, 0, 0, &v), CTREND_OK);
    assert_close(loose, v, 0, 2e-8 * (40 + 1000));
    /* mu = 1e9 with theta = 1: the bulk is ~4e10 wide -> unsupported (documented) */
    assert_int_equal(ctrend_score_crps_nbinom(1e9, 1e9, 1, 0, 0, &v), CTREND_EUNSUPPORTED);
    /* term cap */
    assert_int_equal(ctrend_score_crps_nbinom(5, 1e4, 2.5, 0, 10, &v), CTREND_EUNSUPPORTED);
    /* errors */
    assert_int_equal(ctrend_score_crps_nbinom(NAN, 1, 1, 0, 0, &v), CTREND_EINVAL);
    assert_int_equal(ctrend_score_crps_nbinom(1, 1, 0, 0, 0, &v), CTREND_EINVAL);
    assert_int_equal(ctrend_score_crps_nbinom(1, 1, NAN, 0, 0, &v), CTREND_EINVAL);
    assert_int_equal(ctrend_score_crps_nbinom(1, 1, 1, NAN, 0, &v), CTREND_EINVAL);
    assert_int_equal(ctrend_score_crps_nbinom(1, 1, 1, 0, 0, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_score_crps_nbinom(-1, 1, 1, 0, 0, &v), CTREND_EDOMAIN);
    assert_int_equal(ctrend_score_crps_nbinom(1, -1, 1, 0, 0, &v), CTREND_EDOMAIN);
    assert_int_equal(ctrend_score_crps_nbinom(INFINITY, 1, 1, 0, 0, &v), CTREND_EDOMAIN);
    assert_close(ctrend_score_crps_tol_default(), CTREND_SCORE_CRPS_TOL, 0, 0);
    assert_int_equal(ctrend_score_crps_max_terms_default(), CTREND_SCORE_CRPS_MAX_TERMS);
}

/* Brute-force O(m^2) sample CRPS. */
static double crps_brute(double y, const double *x, size_t m, int fair)
{
    double e1 = 0, pair = 0;
    for (size_t i = 0; i < m; ++i) {
        e1 += fabs(x[i] - y);
        for (size_t j = 0; j < m; ++j) pair += fabs(x[i] - x[j]);
    }
    const double dm = (double)m;
    return e1 / dm - pair / (2 * (fair ? dm * (dm - 1) : dm * dm));
}

static void test_sample_scores_vs_r(void **state)
{
    (void)state;
    char *txt = ctrend_test_slurp(FIX "sample_scores.txt", NULL);
    assert_non_null(txt);
    char *save = NULL;
    size_t cases = 0;
    double maxrel = 0;
    for (char *line = strtok_r(txt, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (line[0] == '#') continue;
        char *p = line, *e;
        double h[9];
        for (size_t i = 0; i < 9; ++i) { h[i] = strtod(p, &e); assert_true(e != p); p = e; }
        const double y = h[0];
        const size_t m = (size_t)h[1];
        double *x = malloc(m * sizeof *x);
        assert_non_null(x);
        for (size_t i = 0; i < m; ++i) { x[i] = strtod(p, &e); assert_true(e != p); p = e; }
        double v;
        assert_int_equal(ctrend_score_crps_sample(y, x, m, 0, &v), CTREND_OK);
        assert_close(v, h[2], 1e-12, 1e-12);
        assert_close(v, crps_brute(y, x, m, 0), 1e-9, 1e-12);
        if (fabs(h[2]) > 0) maxrel = fmax(maxrel, fabs(v - h[2]) / fabs(h[2]));
        if (m > 1) {
            assert_int_equal(ctrend_score_crps_sample(y, x, m, 1, &v), CTREND_OK);
            assert_close(v, h[3], 1e-12, 1e-12);
            assert_close(v, crps_brute(y, x, m, 1), 1e-9, 1e-12);
        } else {
            assert_int_equal(ctrend_score_crps_sample(y, x, m, 1, &v), CTREND_EINVAL);
        }
        assert_int_equal(ctrend_score_ignorance_sample(y, x, m, 1.0, &v), CTREND_OK);
        assert_close(v, h[4], 1e-12, 0);
        assert_int_equal(ctrend_score_ignorance_sample(y, x, m, -1.0, &v), CTREND_OK); /* default */
        assert_close(v, h[4], 1e-12, 0);
        assert_int_equal(ctrend_score_ignorance_sample(y, x, m, 0.5, &v), CTREND_OK);
        assert_close(v, h[5], 1e-12, 0);
        double q05, q95;
        assert_int_equal(ctrend_score_quantile_sample(x, m, 0.05, &q05), CTREND_OK);
        assert_int_equal(ctrend_score_quantile_sample(x, m, 0.95, &q95), CTREND_OK);
        assert_close(q05, h[6], 1e-12, 0);
        assert_close(q95, h[7], 1e-12, 0);
        assert_int_equal(ctrend_score_interval(y, q05, q95, 0.9, &v), CTREND_OK);
        assert_close(v, h[8], 1e-9, 0);
        free(x);
        ++cases;
    }
    free(txt);
    assert_int_equal(cases, 7);
    print_message("sample scores: %zu cases, max relative CRPS difference to R %.3g\n", cases,
                  maxrel);
}

static void test_crps_sample_mean_and_errors(void **state)
{
    (void)state;
    /* two rows, one NaN observation skipped */
    const double y[3] = {1, NAN, 4};
    const double s[9] = {0, 1, 2, /* NaN row: never read */ -5, -5, -5, 4, 4, 10};
    double v;
    size_t used = 99;
    assert_int_equal(ctrend_score_crps_sample_mean(y, 3, s, 3, 0, &v, &used), CTREND_OK);
    assert_int_equal(used, 2);
    /* hand: row 1 {0,1,2}, y=1: E|X-y| = 2/3, pair sum = 2*(1+2+1) = 8, /(2*9) = 4/9 -> 2/9.
     *       row 2 {4,4,10}, y=4: E|X-y| = 2, pair sum = 2*(0+6+6) = 24 /18 = 4/3 -> 2/3. */
    assert_close(v, (2.0 / 9 + 2.0 / 3) / 2, 1e-14, 0);
    const double ynan[2] = {NAN, NAN};
    assert_int_equal(ctrend_score_crps_sample_mean(ynan, 2, s, 3, 0, &v, &used), CTREND_EEMPTY);
    assert_nan(v);
    assert_int_equal(ctrend_score_crps_sample_mean(y, 0, s, 3, 0, &v, NULL), CTREND_EEMPTY);
    assert_int_equal(ctrend_score_crps_sample_mean(y, 3, s, 0, 0, &v, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_score_crps_sample_mean(y, 3, s, 1, 1, &v, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_score_crps_sample_mean(NULL, 3, s, 3, 0, &v, NULL), CTREND_EINVAL);
    const double sbad[6] = {0, NAN, 2, 1, 1, 1};
    assert_int_equal(ctrend_score_crps_sample_mean(y, 2, sbad, 3, 0, &v, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_score_crps_sample(1, s, 3, 2, &v), CTREND_EINVAL);
    assert_int_equal(ctrend_score_crps_sample(NAN, s, 3, 0, &v), CTREND_EINVAL);
    assert_int_equal(ctrend_score_crps_sample(1, s, 0, 0, &v), CTREND_EINVAL);
    assert_int_equal(ctrend_score_crps_sample(1, sbad, 3, 0, &v), CTREND_EINVAL);
    /* single sample: CRPS = |x - y| */
    const double one = 1e9;
    assert_int_equal(ctrend_score_crps_sample(0, &one, 1, 0, &v), CTREND_OK);
    assert_close(v, 1e9, 0, 0);
    /* all-zero ensemble and y = 0: perfect */
    const double zeros[4] = {0, 0, 0, 0};
    assert_int_equal(ctrend_score_crps_sample(0, zeros, 4, 1, &v), CTREND_OK);
    assert_close(v, 0, 0, 0);
    /* larger random ensemble vs brute force (unsorted, with ties) */
    double big[301];
    uint64_t st = 88172645463325252ULL;
    for (size_t i = 0; i < 301; ++i) {
        st ^= st << 13; st ^= st >> 7; st ^= st << 17;
        big[i] = (double)(st % 40);
    }
    assert_int_equal(ctrend_score_crps_sample(17, big, 301, 0, &v), CTREND_OK);
    assert_close(v, crps_brute(17, big, 301, 0), 1e-12, 0);
    assert_int_equal(ctrend_score_crps_sample(17, big, 301, 1, &v), CTREND_OK);
    assert_close(v, crps_brute(17, big, 301, 1), 1e-12, 0);
}

static void test_ignorance_bins(void **state)
{
    (void)state;
    size_t b;
    const double vals[] = {0, 0.49, 0.5, 1, 2, 2.5, 3, 5, 6, 10, 11, 25, 26, 50, 51,
                           100, 101, 250, 251, 500, 501, 1000, 1000.5, 1001, 1e9};
    const size_t want[] = {0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 6,
                           6, 7, 7, 8, 8, 9, 9, 10, 10, 10};
    for (size_t i = 0; i < sizeof vals / sizeof vals[0]; ++i) {
        assert_int_equal(ctrend_score_ign_bin(vals[i], &b), CTREND_OK);
        assert_int_equal(b, want[i]);
    }
    assert_int_equal(ctrend_score_ign_bin(NAN, &b), CTREND_EINVAL);
    assert_int_equal(ctrend_score_ign_bin(-0.1, &b), CTREND_EDOMAIN);
    assert_int_equal(ctrend_score_ign_bin(1, NULL), CTREND_EINVAL);
    double e[CTREND_SCORE_IGN_NBINS];
    assert_int_equal(ctrend_score_ign_edges(e), CTREND_OK);
    assert_close(e[10], 1000.5, 0, 0);
    assert_int_equal(ctrend_score_ign_edges(NULL), CTREND_EINVAL);
    /* constructed ensemble: 6 samples, 3 in y's bin [3,5], alpha = 1:
     * p = (3 + 1)/(6 + 11) = 4/17, IGN = log2(17/4) = 2.0874628412503395 */
    const double x[6] = {3, 4, 5, 0, 2000, 12};
    double v;
    assert_int_equal(ctrend_score_ignorance_sample(4, x, 6, 1.0, &v), CTREND_OK);
    assert_close(v, log2(17.0 / 4.0), 1e-15, 0);
    /* alpha = 0 and an empty bin: +inf (documented) */
    assert_int_equal(ctrend_score_ignorance_sample(60, x, 6, 0.0, &v), CTREND_OK);
    assert_true(isinf(v) && v > 0);
    /* alpha = 0 and all samples in the bin: 0 bits */
    assert_int_equal(ctrend_score_ignorance_sample(0, x + 3, 1, 0.0, &v), CTREND_OK);
    assert_close(v, 0, 0, 0);
    assert_close(ctrend_score_ign_alpha_default(), 1.0, 0, 0);
    assert_close(ctrend_score_ign_floor_default(), 1e-10, 0, 0);
    assert_int_equal(ctrend_score_ign_nbins(), CTREND_SCORE_IGN_NBINS);
    /* errors */
    assert_int_equal(ctrend_score_ignorance_sample(-1, x, 6, 1, &v), CTREND_EDOMAIN);
    const double neg[2] = {1, -2};
    assert_int_equal(ctrend_score_ignorance_sample(1, neg, 2, 1, &v), CTREND_EDOMAIN);
    const double nan2[2] = {1, NAN};
    assert_int_equal(ctrend_score_ignorance_sample(1, nan2, 2, 1, &v), CTREND_EINVAL);
    assert_int_equal(ctrend_score_ignorance_sample(NAN, x, 6, 1, &v), CTREND_EINVAL);
    assert_int_equal(ctrend_score_ignorance_sample(1, x, 0, 1, &v), CTREND_EINVAL);
    assert_int_equal(ctrend_score_ignorance_sample(1, x, 6, NAN, &v), CTREND_EINVAL);
    /* mean over rows, NaN y skipped */
    const double ys[3] = {4, NAN, 0};
    const double rows[6] = {3, 3, 7, 7, 0, 1}; /* rows of 2: {3,3} {7,7} {0,1} */
    size_t used;
    assert_int_equal(ctrend_score_ignorance_sample_mean(ys, 3, rows, 2, 1.0, &v, &used),
                     CTREND_OK);
    assert_int_equal(used, 2);
    /* row 1: (2+1)/13, row 3: (1+1)/13 */
    assert_close(v, (log2(13.0 / 3) + log2(13.0 / 2)) / 2, 1e-15, 0);
    assert_int_equal(ctrend_score_ignorance_sample_mean(ys + 1, 1, rows, 2, 1, &v, &used),
                     CTREND_EEMPTY);
    const double yneg[1] = {-3};
    assert_int_equal(ctrend_score_ignorance_sample_mean(yneg, 1, rows, 2, 1, &v, &used),
                     CTREND_EDOMAIN);
    assert_int_equal(ctrend_score_ignorance_sample_mean(ys, 1, nan2, 2, 1, &v, &used),
                     CTREND_EINVAL);
    assert_int_equal(ctrend_score_ignorance_sample_mean(NULL, 1, rows, 2, 1, &v, &used),
                     CTREND_EINVAL);
}

static void test_ignorance_dist_vs_r(void **state)
{
    (void)state;
    char *txt = ctrend_test_slurp(FIX "ignorance_dist.csv", NULL);
    assert_non_null(txt);
    char *save = NULL;
    size_t rows = 0;
    char *line = strtok_r(txt, "\n", &save);
    while ((line = strtok_r(NULL, "\n", &save)) != NULL) {
        char *f[4];
        assert_int_equal(split_csv(line, f, 4), 4);
        const double y = strtod(f[0], NULL), mu = strtod(f[1], NULL);
        const double th = strtod(f[2], NULL), want = strtod(f[3], NULL);
        double v;
        if (isinf(th)) assert_int_equal(ctrend_score_ignorance_poisson(y, mu, 0, &v), CTREND_OK);
        else assert_int_equal(ctrend_score_ignorance_nbinom(y, mu, th, 0, &v), CTREND_OK);
        /* the 1.4e-15-bit case (P(bin) = 1 - 1e-15) needs an absolute bound */
        assert_close(v, want, 1e-9, 1e-12);
        ++rows;
    }
    free(txt);
    assert_int_equal(rows, 11);
    double v;
    assert_int_equal(ctrend_score_ignorance_poisson(0, 0, 0, &v), CTREND_OK);
    assert_close(v, 0, 0, 0);
    assert_int_equal(ctrend_score_ignorance_poisson(3, 0, 0.25, &v), CTREND_OK);
    assert_close(v, 2, 0, 0); /* floored at 1/4 -> 2 bits */
    assert_int_equal(ctrend_score_ignorance_poisson(3, 1e9, 0, &v), CTREND_OK);
    assert_close(v, -log2(1e-10), 1e-15, 0);
    assert_int_equal(ctrend_score_ignorance_poisson(3, 1, 1, &v), CTREND_EINVAL);
    assert_int_equal(ctrend_score_ignorance_poisson(NAN, 1, 0, &v), CTREND_EINVAL);
    assert_int_equal(ctrend_score_ignorance_poisson(-3, 1, 0, &v), CTREND_EDOMAIN);
    assert_int_equal(ctrend_score_ignorance_poisson(3, INFINITY, 0, &v), CTREND_EDOMAIN);
    assert_int_equal(ctrend_score_ignorance_nbinom(3, 1, -1, 0, &v), CTREND_EINVAL);
    assert_int_equal(ctrend_score_ignorance_nbinom(3, 1, 1, 0, NULL), CTREND_EINVAL);
}

static void test_point_scores_vs_r(void **state)
{
    (void)state;
    const double y[8] = {0, 3, NAN, 12, 250, 1, 0, 7};
    const double p[8] = {0.5, 2, 99, 15.2, 180, 1, 3.3, 7.7};
    char *txt = ctrend_test_slurp(FIX "point_scores.csv", NULL);
    assert_non_null(txt);
    char *nl = strchr(txt, '\n');
    assert_non_null(nl);
    char *f[4];
    assert_int_equal(split_csv(nl + 1, f, 4), 4);
    double v;
    size_t used;
    assert_int_equal(ctrend_score_mae(y, p, 8, &v, &used), CTREND_OK);
    assert_close(v, strtod(f[0], NULL), 1e-14, 0);
    assert_int_equal(used, (size_t)strtod(f[3], NULL));
    assert_int_equal(ctrend_score_rmse(y, p, 8, &v, &used), CTREND_OK);
    assert_close(v, strtod(f[1], NULL), 1e-14, 0);
    assert_int_equal(ctrend_score_msle(y, p, 8, &v, NULL), CTREND_OK);
    assert_close(v, strtod(f[2], NULL), 1e-14, 0);
    free(txt);
    /* n = 1 by hand, huge counts */
    const double yb = 1e9, pb = 1e9 + 10;
    assert_int_equal(ctrend_score_rmse(&yb, &pb, 1, &v, NULL), CTREND_OK);
    assert_close(v, 10, 0, 0);
    /* errors */
    assert_int_equal(ctrend_score_mae(y, p, 0, &v, &used), CTREND_EEMPTY);
    assert_int_equal(used, 0);
    assert_nan(v);
    assert_int_equal(ctrend_score_mae(NULL, p, 8, &v, NULL), CTREND_EINVAL);
    const double pn[2] = {1, NAN};
    assert_int_equal(ctrend_score_mae(y, pn, 2, &v, NULL), CTREND_EINVAL);
    const double yneg[1] = {-2};
    assert_int_equal(ctrend_score_msle(yneg, p, 1, &v, NULL), CTREND_EDOMAIN);
    const double yinf[1] = {INFINITY};
    assert_int_equal(ctrend_score_rmse(yinf, p, 1, &v, NULL), CTREND_EINVAL);
}

static void test_interval_and_coverage(void **state)
{
    (void)state;
    double v;
    /* hand: [2, 10], level 0.9 (alpha 0.1): inside -> width 8; y = 0 -> 8 + 20*2 = 48;
     * y = 13 -> 8 + 20*3 = 68 */
    assert_int_equal(ctrend_score_interval(5, 2, 10, 0.9, &v), CTREND_OK);
    assert_close(v, 8, 0, 0);
    assert_int_equal(ctrend_score_interval(0, 2, 10, 0.9, &v), CTREND_OK);
    assert_close(v, 48, 1e-15, 0);
    assert_int_equal(ctrend_score_interval(13, 2, 10, 0.9, &v), CTREND_OK);
    assert_close(v, 68, 1e-15, 0);
    /* level 0.5 (alpha 0.5): y = 13 -> 8 + 4*3 = 20 */
    assert_int_equal(ctrend_score_interval(13, 2, 10, 0.5, &v), CTREND_OK);
    assert_close(v, 20, 1e-15, 0);
    assert_int_equal(ctrend_score_interval(1, 3, 2, 0.9, &v), CTREND_EINVAL);
    assert_int_equal(ctrend_score_interval(1, 0, 2, 1.0, &v), CTREND_EINVAL);
    assert_int_equal(ctrend_score_interval(1, 0, 2, 0.0, &v), CTREND_EINVAL);
    assert_int_equal(ctrend_score_interval(NAN, 0, 2, 0.9, &v), CTREND_EINVAL);
    assert_int_equal(ctrend_score_interval(1, 0, NAN, 0.9, &v), CTREND_EINVAL);
    assert_int_equal(ctrend_score_interval(1, 0, 2, 0.9, NULL), CTREND_EINVAL);

    const double y[5] = {5, 0, NAN, 13, 10};
    const double lo[5] = {2, 2, NAN, 2, 2};
    const double hi[5] = {10, 10, NAN, 10, 10};
    size_t used;
    assert_int_equal(ctrend_score_interval_mean(y, lo, hi, 5, 0.9, &v, &used), CTREND_OK);
    assert_int_equal(used, 4);
    assert_close(v, (8 + 48 + 68 + 8) / 4.0, 1e-15, 0);
    assert_int_equal(ctrend_score_coverage(y, lo, hi, 5, &v, &used), CTREND_OK);
    assert_close(v, 0.5, 0, 0); /* 5 and 10 (closed bound) covered; 0 and 13 not */
    assert_int_equal(ctrend_score_coverage(y + 2, lo, hi, 1, &v, &used), CTREND_EEMPTY);
    assert_int_equal(ctrend_score_interval_mean(y + 2, lo, hi, 1, 0.9, &v, &used),
                     CTREND_EEMPTY);
    assert_int_equal(ctrend_score_coverage(y, lo + 2, hi, 1, &v, &used), CTREND_EINVAL);
    assert_int_equal(ctrend_score_coverage(y, hi, lo, 1, &v, &used), CTREND_EINVAL);
    assert_int_equal(ctrend_score_coverage(NULL, lo, hi, 1, &v, &used), CTREND_EINVAL);
    assert_int_equal(ctrend_score_interval_mean(y, lo, hi, 5, 2, &v, &used), CTREND_EINVAL);
    assert_int_equal(ctrend_score_interval_mean(y, hi, lo, 1, 0.9, &v, &used), CTREND_EINVAL);
    /* quantile errors and n = 1, 2 */
    const double q2[2] = {4, 2};
    assert_int_equal(ctrend_score_quantile_sample(q2, 2, 0.25, &v), CTREND_OK);
    assert_close(v, 2.5, 0, 0); /* h = 0.25: 2 + 0.25*(4-2) */
    assert_int_equal(ctrend_score_quantile_sample(q2, 1, 0.9, &v), CTREND_OK);
    assert_close(v, 4, 0, 0);
    assert_int_equal(ctrend_score_quantile_sample(q2, 2, 1.0, &v), CTREND_OK);
    assert_close(v, 4, 0, 0);
    assert_int_equal(ctrend_score_quantile_sample(q2, 0, 0.5, &v), CTREND_EINVAL);
    assert_int_equal(ctrend_score_quantile_sample(q2, 2, 1.5, &v), CTREND_EINVAL);
    assert_int_equal(ctrend_score_quantile_sample(lo + 2, 1, 0.5, &v), CTREND_EINVAL);
}

int main(void)
{
    ctrend_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_crps_dist_vs_r),
        cmocka_unit_test(test_crps_nbinom_vs_closed_form),
        cmocka_unit_test(test_crps_poisson_by_hand),
        cmocka_unit_test(test_crps_nbinom_edges),
        cmocka_unit_test(test_sample_scores_vs_r),
        cmocka_unit_test(test_crps_sample_mean_and_errors),
        cmocka_unit_test(test_ignorance_bins),
        cmocka_unit_test(test_ignorance_dist_vs_r),
        cmocka_unit_test(test_point_scores_vs_r),
        cmocka_unit_test(test_interval_and_coverage),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
