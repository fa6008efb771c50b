/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_backtest.c — rolling-origin backtests: window arithmetic by hand, point scores vs R
 * (tests/data/score/backtest_ref.R: baselines and Poisson GLMs refitted at each origin),
 * probabilistic scores vs the score kernels, ranking, errors. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "test_util.h"
#include "getters.h"
#include <ctrend.h>

#define FIX "tests/data/score/"
#define NS 48

static double Y[NS];

static void load_series(void)
{
    char *txt = ctrend_test_slurp(FIX "backtest_series.txt", NULL);
    assert_non_null(txt);
    char *p = txt, *e;
    for (size_t i = 0; i < NS; ++i) {
        Y[i] = strtod(p, &e);
        assert_true(e != p);
        p = e;
    }
    free(txt);
    assert_nan(Y[29]);
}

static void test_window_arithmetic(void **state)
{
    (void)state;
    size_t no;
    /* n 24, initial 12, h 3, step 2: origins t = 12, 14, 16, 18, 20 (t = 22 would need
     * months 22..24, past the end): floor((24 - 12 - 3)/2) + 1 = 5 */
    assert_int_equal(ctrend_backtest_origins(24, 12, 3, 2, &no), CTREND_OK);
    assert_int_equal(no, 5);
    /* exactly initial + h: one origin */
    assert_int_equal(ctrend_backtest_origins(15, 12, 3, 1, &no), CTREND_OK);
    assert_int_equal(no, 1);
    /* step 1: n - initial - h + 1 */
    assert_int_equal(ctrend_backtest_origins(48, 24, 3, 1, &no), CTREND_OK);
    assert_int_equal(no, 22);
    /* step larger than the remainder */
    assert_int_equal(ctrend_backtest_origins(20, 12, 3, 100, &no), CTREND_OK);
    assert_int_equal(no, 1);
    assert_int_equal(ctrend_backtest_origins(14, 12, 3, 1, &no), CTREND_ESHORT);
    assert_int_equal(ctrend_backtest_origins(0, 1, 1, 1, &no), CTREND_ESHORT);
    assert_int_equal(ctrend_backtest_origins(SIZE_MAX, SIZE_MAX, 2, 1, &no), CTREND_ESHORT);
    assert_int_equal(ctrend_backtest_origins(24, 0, 3, 1, &no), CTREND_EINVAL);
    assert_int_equal(ctrend_backtest_origins(24, 12, 0, 1, &no), CTREND_EINVAL);
    assert_int_equal(ctrend_backtest_origins(24, 12, 3, 0, &no), CTREND_EINVAL);
    assert_int_equal(ctrend_backtest_origins(24, 12, 3, 1, NULL), CTREND_EINVAL);

    /* which months are forecast: the handle reports t_i, and the "last" baseline's points
     * show which month was the last seen: series 0,1,2,...: point at origin i = t_i - 1 */
    double ramp[24];
    for (size_t i = 0; i < 24; ++i) ramp[i] = (double)i;
    ctrend_backtest *bt;
    assert_int_equal(ctrend_backtest_new(ramp, 24, 12, 3, 2, 10, 1, &bt), CTREND_OK);
    assert_int_equal(ctrend_backtest_n_origins(bt), 5);
    size_t t;
    for (size_t i = 0; i < 5; ++i) {
        assert_int_equal(ctrend_backtest_origin(bt, i, &t), CTREND_OK);
        assert_int_equal(t, 12 + 2 * i);
    }
    assert_int_equal(ctrend_backtest_origin(bt, 5, &t), CTREND_ERANGE);
    assert_int_equal(ctrend_backtest_origin(NULL, 0, &t), CTREND_EINVAL);
    assert_int_equal(ctrend_backtest_add_baseline(bt, CTREND_BASELINE_LAST, 0, NULL, NULL), CTREND_OK);
    double pts[15];
    size_t need;
    assert_int_equal(ctrend_backtest_points(bt, 0, NULL, 0, &need), CTREND_OK);
    assert_int_equal(need, 15);
    assert_int_equal(ctrend_backtest_points(bt, 0, pts, 14, &need), CTREND_ERANGE);
    assert_int_equal(ctrend_backtest_points(bt, 1, pts, 15, &need), CTREND_ERANGE);
    assert_int_equal(ctrend_backtest_points(bt, 0, pts, 15, &need), CTREND_OK);
    for (size_t i = 0; i < 5; ++i)
        for (size_t j = 0; j < 3; ++j) assert_close(pts[i * 3 + j], (double)(11 + 2 * i), 0, 0);
    /* errors: forecasting months t..t+2 of the ramp from y[t-1]: |error| = 1, 2, 3 */
    double v;
    assert_int_equal(ctrend_backtest_score(bt, 0, CTREND_BT_MAE, &v), CTREND_OK);
    assert_close(v, 2, 1e-15, 0);
    assert_int_equal(ctrend_backtest_score(bt, 0, CTREND_BT_RMSE, &v), CTREND_OK);
    assert_close(v, sqrt(14.0 / 3), 1e-15, 0);
    assert_int_equal(ctrend_backtest_score(bt, 0, CTREND_BT_N, &v), CTREND_OK);
    assert_close(v, 15, 0, 0);
    /* per lead: |error| = lead exactly, 5 forecasts each */
    for (size_t lead = 1; lead <= 3; ++lead) {
        assert_int_equal(ctrend_backtest_score_lead(bt, 0, lead, CTREND_BT_MAE, &v), CTREND_OK);
        assert_close(v, (double)lead, 0, 0);
        assert_int_equal(ctrend_backtest_score_lead(bt, 0, lead, CTREND_BT_RMSE, &v), CTREND_OK);
        assert_close(v, (double)lead, 1e-15, 0);
        assert_int_equal(ctrend_backtest_score_lead(bt, 0, lead, CTREND_BT_N, &v), CTREND_OK);
        assert_close(v, 5, 0, 0);
    }
    assert_int_equal(ctrend_backtest_score_lead(bt, 0, 0, CTREND_BT_MAE, &v), CTREND_ERANGE);
    assert_int_equal(ctrend_backtest_score_lead(bt, 0, 4, CTREND_BT_MAE, &v), CTREND_ERANGE);
    assert_int_equal(ctrend_backtest_score_lead(bt, 1, 1, CTREND_BT_MAE, &v), CTREND_ERANGE);
    assert_int_equal(ctrend_backtest_score_lead(bt, 0, 1, 8, &v), CTREND_EINVAL);
    assert_int_equal(ctrend_backtest_score_lead(NULL, 0, 1, 0, &v), CTREND_EINVAL);
    ctrend_backtest_free(bt);
    /* a lead whose only observation is missing: NaN score, N = 0 */
    const double gap[4] = {1, 2, 3, NAN};
    assert_int_equal(ctrend_backtest_new(gap, 4, 2, 2, 1, 10, 0, &bt), CTREND_OK);
    assert_int_equal(ctrend_backtest_add_baseline(bt, CTREND_BASELINE_LAST, 0, NULL, NULL), CTREND_OK);
    assert_int_equal(ctrend_backtest_score_lead(bt, 0, 1, CTREND_BT_MAE, &v), CTREND_OK);
    assert_close(v, 1, 0, 0);
    assert_int_equal(ctrend_backtest_score_lead(bt, 0, 2, CTREND_BT_MAE, &v), CTREND_OK);
    assert_nan(v);
    assert_int_equal(ctrend_backtest_score_lead(bt, 0, 2, CTREND_BT_N, &v), CTREND_OK);
    assert_close(v, 0, 0, 0);
    ctrend_backtest_free(bt);
}

static void test_point_scores_vs_r(void **state)
{
    (void)state;
    load_series();
    ctrend_backtest *bt;
    assert_int_equal(ctrend_backtest_new(Y, NS, 24, 3, 2, 500, 99, &bt), CTREND_OK);
    assert_int_equal(ctrend_backtest_n_origins(bt), 11);
    assert_int_equal(ctrend_backtest_add_baseline(bt, CTREND_BASELINE_LAST, 0, NULL, NULL), CTREND_OK);
    assert_int_equal(ctrend_backtest_add_baseline(bt, CTREND_BASELINE_MEAN, 6, NULL, NULL), CTREND_OK);
    assert_int_equal(ctrend_backtest_add_baseline(bt, CTREND_BASELINE_SEASONAL, 0, NULL, NULL),
                     CTREND_OK);
    int32_t jan18;
    assert_int_equal(ctrend_month_make(2018, 1, &jan18), CTREND_OK);
    ctrend_design *d1, *d2;
    assert_int_equal(ctrend_design_new(jan18, NS, &d1), CTREND_OK);
    assert_int_equal(ctrend_design_add_trend(d1), CTREND_OK);
    assert_int_equal(ctrend_design_clone(d1, &d2), CTREND_OK);
    assert_int_equal(ctrend_design_add_fourier(d2, 1), CTREND_OK);
    ctrend_model_opts *o;
    assert_int_equal(ctrend_model_opts_new(&o), CTREND_OK);
    assert_int_equal(ctrend_model_opts_set_double(o, CTREND_OPT_EPSILON, 1e-12), CTREND_OK);
    assert_int_equal(ctrend_model_opts_set_int(o, CTREND_OPT_MAXIT, 100), CTREND_OK);
    assert_int_equal(ctrend_backtest_add_model(bt, "pois_trend", d1, CTREND_FAMILY_POISSON, o, NULL),
                     CTREND_OK);
    assert_int_equal(
        ctrend_backtest_add_model(bt, "pois_trend_fourier", d2, CTREND_FAMILY_POISSON, o, NULL),
        CTREND_OK);
    assert_int_equal(ctrend_backtest_n_models(bt), 5);
    assert_string_equal(tg_backtest_model_name(bt, 1), "mean6");

    char *txt = ctrend_test_slurp(FIX "backtest_ref.csv", NULL);
    assert_non_null(txt);
    char *save = NULL;
    char *line = strtok_r(txt, "\n", &save);
    size_t rows = 0;
    double maxrel = 0;
    while ((line = strtok_r(NULL, "\n", &save)) != NULL) {
        char *c = strchr(line, ',');
        assert_non_null(c);
        *c = '\0';
        size_t idx = 99;
        for (size_t i = 0; i < ctrend_backtest_n_models(bt); ++i)
            if (strcmp(tg_backtest_model_name(bt, i), line) == 0) idx = i;
        if (strcmp(line, "pois_trend_w18") == 0) {
            /* a sliding 18-month window: its own backtest handle */
            ctrend_backtest *bw;
            assert_int_equal(ctrend_backtest_new(Y, NS, 24, 3, 2, 50, 99, &bw), CTREND_OK);
            assert_int_equal(ctrend_backtest_set_window(bw, 25), CTREND_EINVAL); /* > initial */
            assert_int_equal(ctrend_backtest_set_window(bw, 18), CTREND_OK);
            assert_int_equal(ctrend_backtest_add_model(bw, line, d1, CTREND_FAMILY_POISSON, o, NULL),
                             CTREND_OK);
            assert_int_equal(ctrend_backtest_set_window(bw, 0), CTREND_EINVAL); /* too late */
            char *p = c + 1, *e;
            const int metrics[4] = {CTREND_BT_MAE, CTREND_BT_RMSE, CTREND_BT_MSLE, CTREND_BT_N};
            for (size_t k = 0; k < 4; ++k) {
                const double want = strtod(p, &e);
                p = e + 1;
                double got;
                assert_int_equal(ctrend_backtest_score(bw, 0, metrics[k], &got), CTREND_OK);
                assert_close(got, want, 1e-8, 0);
                maxrel = fmax(maxrel, fabs(got - want) / fabs(want));
            }
            ctrend_backtest_free(bw);
            ++rows;
            continue;
        }
        assert_true(idx < 5);
        char *p = c + 1, *e;
        const int metrics[4] = {CTREND_BT_MAE, CTREND_BT_RMSE, CTREND_BT_MSLE, CTREND_BT_N};
        for (size_t k = 0; k < 4; ++k) {
            const double want = strtod(p, &e);
            p = e + 1;
            double got;
            assert_int_equal(ctrend_backtest_score(bt, idx, metrics[k], &got), CTREND_OK);
            /* GLM refits: R's glm and ctrend's IRLS both converge to 1e-12; 1e-8 relative */
            assert_close(got, want, 1e-8, 0);
            maxrel = fmax(maxrel, fabs(got - want) / fabs(want));
        }
        ++rows;
    }
    free(txt);
    assert_int_equal(rows, 6);
    print_message("backtest point scores vs R: max relative difference %.3g\n", maxrel);

    /* ranking by MAE: fourier < seasonal < last < pois_trend < mean6 (R numbers above) */
    size_t order[5], k;
    assert_int_equal(ctrend_backtest_rank(bt, CTREND_BT_MAE, NULL, 0, &k), CTREND_OK);
    assert_int_equal(k, 5);
    assert_int_equal(ctrend_backtest_rank(bt, CTREND_BT_MAE, order, 4, &k), CTREND_ERANGE);
    assert_int_equal(ctrend_backtest_rank(bt, CTREND_BT_MAE, order, 5, &k), CTREND_OK);
    const size_t want_order[5] = {4, 2, 0, 3, 1};
    for (size_t i = 0; i < 5; ++i) assert_int_equal(order[i], want_order[i]);
    /* every probabilistic score is finite and coverage in [0, 1] */
    for (size_t i = 0; i < 5; ++i) {
        double v;
        for (int m = 0; m < CTREND_BT_METRIC_COUNT; ++m) {
            assert_int_equal(ctrend_backtest_score(bt, i, m, &v), CTREND_OK);
            assert_true(isfinite(v));
        }
        assert_int_equal(ctrend_backtest_score(bt, i, CTREND_BT_COV90, &v), CTREND_OK);
        assert_true(v >= 0 && v <= 1);
    }
    /* COV90 ranks by distance from 0.9 */
    assert_int_equal(ctrend_backtest_rank(bt, CTREND_BT_COV90, order, 5, &k), CTREND_OK);
    double prev = -1;
    for (size_t i = 0; i < 5; ++i) {
        double v;
        ctrend_backtest_score(bt, order[i], CTREND_BT_COV90, &v);
        assert_true(fabs(v - 0.9) >= prev);
        prev = fabs(v - 0.9);
    }
    assert_int_equal(ctrend_backtest_rank(bt, CTREND_BT_N, order, 5, &k), CTREND_EINVAL);
    assert_int_equal(ctrend_backtest_rank(bt, 99, order, 5, &k), CTREND_EINVAL);

    /* the model's points are what a direct fit + forecast at an origin gives (origin 3) */
    double pts[33];
    assert_int_equal(ctrend_backtest_points(bt, 4, pts, 33, NULL), CTREND_OK);
    ctrend_design *dw;
    ctrend_model *mod;
    ctrend_forecast *fc;
    assert_int_equal(ctrend_design_window(d2, 0, 30, &dw), CTREND_OK);
    assert_int_equal(ctrend_model_fit(o, CTREND_FAMILY_POISSON, dw, Y, 30, &mod, NULL), CTREND_OK);
    assert_int_equal(ctrend_forecast_new(mod, 3, 0, 0, &fc, NULL), CTREND_OK);
    double mean[3];
    assert_int_equal(ctrend_forecast_vector(fc, CTREND_FV_MEAN, mean, 3, NULL), CTREND_OK);
    for (size_t j = 0; j < 3; ++j) assert_close(pts[3 * 3 + j], mean[j], 1e-14, 0);
    ctrend_forecast_free(fc);
    ctrend_model_free(mod);
    ctrend_design_free(dw);

    /* reproducible: a second backtest with the same seed gives identical scores */
    ctrend_backtest *bt2;
    assert_int_equal(ctrend_backtest_new(Y, NS, 24, 3, 2, 500, 99, &bt2), CTREND_OK);
    assert_int_equal(ctrend_backtest_add_model(bt2, "pois_trend_fourier", d2,
                                               CTREND_FAMILY_POISSON, o, NULL),
                     CTREND_OK);
    assert_int_equal(ctrend_backtest_add_baseline(bt2, CTREND_BASELINE_CONFLICTOLOGY, 0, NULL, NULL),
                     CTREND_OK);
    double a, b;
    ctrend_backtest_score(bt, 4, CTREND_BT_CRPS, &a);
    ctrend_backtest_score(bt2, 0, CTREND_BT_CRPS, &b);
    assert_close(a, b, 0, 0);
    ctrend_backtest_score(bt, 4, CTREND_BT_IGN, &a);
    ctrend_backtest_score(bt2, 0, CTREND_BT_IGN, &b);
    assert_close(a, b, 0, 0);
    ctrend_backtest_free(bt2);

    /* errors of add_model */
    assert_int_equal(ctrend_backtest_add_model(bt, "pois_trend", d1, CTREND_FAMILY_POISSON, o, NULL),
                     CTREND_EDUPLICATE);
    ctrend_design *dshort;
    assert_int_equal(ctrend_design_new(jan18, 40, &dshort), CTREND_OK);
    assert_int_equal(ctrend_backtest_add_model(bt, "x", dshort, CTREND_FAMILY_POISSON, o, NULL),
                     CTREND_EINVAL);
    assert_int_equal(ctrend_backtest_add_model(bt, "", d1, CTREND_FAMILY_POISSON, o, NULL),
                     CTREND_EINVAL);
    assert_int_equal(ctrend_backtest_add_model(bt, "x", NULL, CTREND_FAMILY_POISSON, o, NULL),
                     CTREND_EINVAL);
    assert_int_equal(ctrend_backtest_n_models(bt), 5);
    ctrend_design_free(dshort);
    ctrend_model_opts_free(o);
    ctrend_design_free(d1);
    ctrend_design_free(d2);
    ctrend_backtest_free(bt);
}

/* The probabilistic columns equal the score kernels applied pair by pair. */
static void test_scores_match_kernels(void **state)
{
    (void)state;
    load_series();
    enum { INIT = 36, H = 2, STEP = 3, M = 200 };
    size_t no;
    assert_int_equal(ctrend_backtest_origins(NS, INIT, H, STEP, &no), CTREND_OK);
    assert_int_equal(no, 4); /* t = 36, 39, 42, 45 */
    ctrend_backtest *bt;
    assert_int_equal(ctrend_backtest_new(Y, NS, INIT, H, STEP, M, 5, &bt), CTREND_OK);
    assert_int_equal(ctrend_backtest_add_baseline(bt, CTREND_BASELINE_MEAN, 4, "m4", NULL), CTREND_OK);
    static double draws[4 * H * M];
    double pts[4 * H], yv[4 * H], lo[4 * H], hi[4 * H];
    double crps = 0, ign = 0;
    for (size_t i = 0; i < no; ++i) {
        const size_t t = INIT + i * STEP;
        ctrend_baseline_opts *bo = NULL;
        assert_int_equal(ctrend_baseline_opts_new(&bo), CTREND_OK);
        assert_int_equal(ctrend_baseline_opts_set_int(bo, CTREND_BASELINE_OPT_KIND, CTREND_BASELINE_MEAN), CTREND_OK);
        assert_int_equal(ctrend_baseline_opts_set_int(bo, CTREND_BASELINE_OPT_K, 4), CTREND_OK);
        assert_int_equal(ctrend_baseline_opts_set_int(bo, CTREND_BASELINE_OPT_N_SAMPLES, M), CTREND_OK);
        assert_int_equal(ctrend_baseline_opts_set_int(bo, CTREND_BASELINE_OPT_SEED, (int64_t)(5 + i)), CTREND_OK);
        assert_int_equal(ctrend_baseline_forecast(bo, Y, t, H, pts + i * H, H, draws + i * H * M,
                                                  H * M, NULL),
                         CTREND_OK);
        ctrend_baseline_opts_free(bo);
        for (size_t j = 0; j < H; ++j) {
            const size_t pr = i * H + j;
            yv[pr] = Y[t + j];
            double v;
            assert_int_equal(ctrend_score_crps_sample(yv[pr], draws + pr * M, M, 0, &v), CTREND_OK);
            crps += v;
            assert_int_equal(ctrend_score_ignorance_sample(yv[pr], draws + pr * M, M, 1.0, &v),
                             CTREND_OK);
            ign += v;
            assert_int_equal(ctrend_score_quantile_sample(draws + pr * M, M, 0.05, &lo[pr]),
                             CTREND_OK);
            assert_int_equal(ctrend_score_quantile_sample(draws + pr * M, M, 0.95, &hi[pr]),
                             CTREND_OK);
        }
    }
    double is90, cov, v;
    assert_int_equal(ctrend_score_interval_mean(yv, lo, hi, 4 * H, 0.9, &is90, NULL), CTREND_OK);
    assert_int_equal(ctrend_score_coverage(yv, lo, hi, 4 * H, &cov, NULL), CTREND_OK);
    assert_int_equal(ctrend_backtest_score(bt, 0, CTREND_BT_CRPS, &v), CTREND_OK);
    assert_close(v, crps / (4 * H), 1e-13, 0);
    assert_int_equal(ctrend_backtest_score(bt, 0, CTREND_BT_IGN, &v), CTREND_OK);
    assert_close(v, ign / (4 * H), 1e-13, 0);
    assert_int_equal(ctrend_backtest_score(bt, 0, CTREND_BT_IS90, &v), CTREND_OK);
    assert_close(v, is90, 1e-13, 0);
    assert_int_equal(ctrend_backtest_score(bt, 0, CTREND_BT_COV90, &v), CTREND_OK);
    assert_close(v, cov, 0, 0);

    /* per-lead CRPS averages back to the overall CRPS (4 forecasts per lead) */
    double l1, l2;
    assert_int_equal(ctrend_backtest_score_lead(bt, 0, 1, CTREND_BT_CRPS, &l1), CTREND_OK);
    assert_int_equal(ctrend_backtest_score_lead(bt, 0, 2, CTREND_BT_CRPS, &l2), CTREND_OK);
    assert_close((l1 + l2) / 2, crps / (4 * H), 1e-13, 0);
    /* the same draws fed as external forecasts give the same table row */
    assert_int_equal(ctrend_backtest_add_forecasts(bt, "ext", pts, 4 * H, draws, 4 * H * M, NULL),
                     CTREND_OK);
    for (int m = 0; m < CTREND_BT_METRIC_COUNT; ++m) {
        double a, b;
        ctrend_backtest_score(bt, 0, m, &a);
        ctrend_backtest_score(bt, 1, m, &b);
        assert_close(a, b, 1e-15, 0);
    }
    /* errors of add_forecasts: the lengths are input lengths and must be exactly
     * n_origins*h = 4*H and 4*H*M (1.0; a longer buffer was accepted as a capacity in 0.1) */
    ctrend_error err;
    assert_int_equal(ctrend_backtest_add_forecasts(bt, "e2", pts, 4 * H - 1, draws, 4 * H * M, &err),
                     CTREND_EINVAL);
    assert_int_equal(err.code, CTREND_EINVAL);
    assert_non_null(strstr(err.message, "this backtest needs"));
    assert_int_equal(ctrend_backtest_add_forecasts(bt, "e2", pts, 4 * H + 1, draws, 4 * H * M, &err),
                     CTREND_EINVAL);
    assert_int_equal(ctrend_backtest_add_forecasts(bt, "e2", pts, 4 * H, draws, 4 * H * M - 1, &err),
                     CTREND_EINVAL);
    assert_int_equal(ctrend_backtest_add_forecasts(bt, "e2", pts, 4 * H, draws, 4 * H * M + 1, &err),
                     CTREND_EINVAL);
    assert_int_equal(ctrend_backtest_n_models(bt), 2); /* nothing added */
    assert_int_equal(ctrend_backtest_add_forecasts(bt, "ext", pts, 4 * H, draws, 4 * H * M, NULL),
                     CTREND_EDUPLICATE);
    assert_int_equal(ctrend_backtest_add_forecasts(bt, NULL, pts, 4 * H, draws, 4 * H * M, NULL),
                     CTREND_EINVAL);
    const double keep = draws[7];
    draws[7] = NAN;
    assert_int_equal(ctrend_backtest_add_forecasts(bt, "e2", pts, 4 * H, draws, 4 * H * M, NULL),
                     CTREND_EINVAL);
    draws[7] = -1;
    assert_int_equal(ctrend_backtest_add_forecasts(bt, "e2", pts, 4 * H, draws, 4 * H * M, &err),
                     CTREND_EINVAL);
    /* draw 7 of M = 200 per pair belongs to pair 0 = origin 0, lead 1 */
    assert_non_null(strstr(err.message, "e2: origin 0 lead 1"));
    draws[7] = keep;
    /* all forecasts missing -> nothing to score */
    double nanpts[4 * H];
    for (size_t i = 0; i < 4 * H; ++i) nanpts[i] = NAN;
    assert_int_equal(ctrend_backtest_add_forecasts(bt, "e3", nanpts, 4 * H, draws, 4 * H * M, &err),
                     CTREND_EEMPTY);
    assert_int_equal(err.code, CTREND_EEMPTY);
    assert_string_equal(err.message, "e3: no forecast could be scored");
    /* success clears the record */
    assert_int_equal(ctrend_backtest_add_forecasts(bt, "e4", pts, 4 * H, draws, 4 * H * M, &err),
                     CTREND_OK);
    assert_int_equal(err.code, CTREND_OK);
    assert_string_equal(err.message, "");
    assert_int_equal(ctrend_backtest_n_models(bt), 3);
    ctrend_backtest_free(bt);
}

static void test_zero_baseline_by_hand(void **state)
{
    (void)state;
    /* zero baseline, all draws 0: CRPS = y, IS90 = 0 + 20 y, coverage = share of zeros,
     * IGN = -log2((m+1)/(m+11)) for y = 0 and -log2(1/(m+11)) otherwise */
    const double y[6] = {0, 2, 0, 3, 0, 5};
    ctrend_backtest *bt;
    assert_int_equal(ctrend_backtest_new(y, 6, 2, 1, 1, 9, 0, &bt), CTREND_OK);
    /* origins t = 2, 3, 4, 5 -> forecast y[2..5] = 0, 3, 0, 5 */
    assert_int_equal(ctrend_backtest_add_baseline(bt, CTREND_BASELINE_ZERO, 0, NULL, NULL), CTREND_OK);
    double v;
    ctrend_backtest_score(bt, 0, CTREND_BT_CRPS, &v);
    assert_close(v, 2, 1e-15, 0);
    ctrend_backtest_score(bt, 0, CTREND_BT_MAE, &v);
    assert_close(v, 2, 1e-15, 0);
    ctrend_backtest_score(bt, 0, CTREND_BT_IS90, &v);
    assert_close(v, 40, 1e-13, 0);
    ctrend_backtest_score(bt, 0, CTREND_BT_COV90, &v);
    assert_close(v, 0.5, 0, 0);
    ctrend_backtest_score(bt, 0, CTREND_BT_IGN, &v);
    assert_close(v, (2 * log2(20.0 / 10) + 2 * log2(20.0)) / 4, 1e-14, 0);
    ctrend_backtest_score(bt, 0, CTREND_BT_MSLE, &v);
    assert_close(v, (log1p(3.0) * log1p(3.0) + log1p(5.0) * log1p(5.0)) / 4, 1e-14, 0);
    assert_string_equal(tg_backtest_model_name(bt, 0), "zero");
    {
        const char *nm = "untouched";
        assert_int_equal(ctrend_backtest_model_name(bt, 1, &nm), CTREND_ERANGE);
        assert_string_equal(nm, "untouched"); /* nothing written on failure */
        assert_int_equal(ctrend_backtest_model_name(NULL, 0, &nm), CTREND_EINVAL);
        assert_int_equal(ctrend_backtest_model_name(bt, 0, NULL), CTREND_EINVAL);
    }
    assert_int_equal(ctrend_backtest_score(bt, 1, CTREND_BT_MAE, &v), CTREND_ERANGE);
    assert_int_equal(ctrend_backtest_score(bt, 0, 8, &v), CTREND_EINVAL);
    assert_int_equal(ctrend_backtest_score(bt, 0, -1, &v), CTREND_EINVAL);
    assert_string_equal(ctrend_backtest_metric_name(CTREND_BT_IS90), "IS90");
    assert_null(ctrend_backtest_metric_name(8));
    assert_int_equal(ctrend_backtest_metric_count(), CTREND_BT_METRIC_COUNT);
    /* baselines that cannot run: seasonal needs 12 months of training */
    ctrend_error err;
    assert_int_equal(ctrend_backtest_add_baseline(bt, CTREND_BASELINE_SEASONAL, 0, NULL, &err),
                     CTREND_ESHORT);
    assert_int_equal(err.code, CTREND_ESHORT);
    assert_non_null(strstr(err.message, "seasonal: origin 0"));
    assert_int_equal(ctrend_backtest_add_baseline(bt, CTREND_BASELINE_MEAN, 3, NULL, NULL),
                     CTREND_ESHORT);
    assert_int_equal(ctrend_backtest_add_baseline(bt, 9, 0, NULL, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_backtest_add_baseline(bt, CTREND_BASELINE_ZERO, 0, NULL, NULL),
                     CTREND_EDUPLICATE);
    assert_int_equal(ctrend_backtest_add_baseline(bt, CTREND_BASELINE_ZERO, 0, "", NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_backtest_add_baseline(NULL, CTREND_BASELINE_ZERO, 0, NULL, NULL),
                     CTREND_EINVAL);
    /* a model that cannot be fitted at origin 0 (all-zero training window) */
    const double z[8] = {0, 0, 0, 0, 3, 4, 1, 2};
    ctrend_backtest *bz;
    assert_int_equal(ctrend_backtest_new(z, 8, 4, 2, 1, 5, 0, &bz), CTREND_OK);
    ctrend_design *d;
    assert_int_equal(ctrend_design_new(2020 * 12, 8, &d), CTREND_OK);
    assert_int_equal(ctrend_backtest_add_model(bz, "pois", d, CTREND_FAMILY_POISSON, NULL, &err),
                     CTREND_EALLZERO);
    assert_int_equal(err.code, CTREND_EALLZERO);
    assert_non_null(strstr(err.message, "pois: origin 0 (training months 0..3): fit failed"));
    /* a status without a message of its own gets ctrend_strerror's text */
    assert_int_equal(ctrend_backtest_add_baseline(bz, 9, 0, NULL, &err), CTREND_EINVAL);
    assert_string_equal(err.message, ctrend_strerror(CTREND_EINVAL));
    assert_int_equal(ctrend_backtest_n_models(bz), 0);
    ctrend_design_free(d);
    ctrend_backtest_free(bz);
    ctrend_backtest_free(bt);
    ctrend_backtest_free(NULL);
    assert_int_equal(ctrend_backtest_n_models(NULL), 0);
    assert_int_equal(ctrend_backtest_n_origins(NULL), 0);
}

static void test_new_errors(void **state)
{
    (void)state;
    const double y[5] = {1, 2, NAN, 4, 5};
    ctrend_backtest *bt = (ctrend_backtest *)1;
    assert_int_equal(ctrend_backtest_new(y, 5, 3, 2, 1, 10, 0, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_backtest_new(NULL, 5, 3, 2, 1, 10, 0, &bt), CTREND_EINVAL);
    assert_null(bt);
    assert_int_equal(ctrend_backtest_new(y, 5, 3, 2, 1, 0, 0, &bt), CTREND_EINVAL);
    assert_int_equal(ctrend_backtest_new(y, 5, 0, 2, 1, 10, 0, &bt), CTREND_EINVAL);
    assert_int_equal(ctrend_backtest_new(y, 5, 3, 0, 1, 10, 0, &bt), CTREND_EINVAL);
    assert_int_equal(ctrend_backtest_new(y, 5, 3, 2, 0, 10, 0, &bt), CTREND_EINVAL);
    assert_int_equal(ctrend_backtest_new(y, 5, 4, 2, 1, 10, 0, &bt), CTREND_ESHORT);
    assert_int_equal(ctrend_backtest_new(y, 0, 1, 1, 1, 10, 0, &bt), CTREND_ESHORT);
    const double neg[3] = {1, -1, 2};
    assert_int_equal(ctrend_backtest_new(neg, 3, 1, 1, 1, 10, 0, &bt), CTREND_EDOMAIN);
    const double inf[3] = {1, INFINITY, 2};
    assert_int_equal(ctrend_backtest_new(inf, 3, 1, 1, 1, 10, 0, &bt), CTREND_EDOMAIN);
    /* n = 2, initial 1, h 1: one origin; huge counts */
    const double big[2] = {1e9, 1e9 + 5e4};
    assert_int_equal(ctrend_backtest_new(big, 2, 1, 1, 1, 100, 0, &bt), CTREND_OK);
    assert_int_equal(ctrend_backtest_add_baseline(bt, CTREND_BASELINE_LAST, 0, NULL, NULL), CTREND_OK);
    double v;
    ctrend_backtest_score(bt, 0, CTREND_BT_MAE, &v);
    assert_close(v, 5e4, 1e-15, 0);
    ctrend_backtest_free(bt);
    /* every forecast month missing -> CTREND_EEMPTY */
    const double gap[4] = {1, 2, NAN, NAN};
    assert_int_equal(ctrend_backtest_new(gap, 4, 2, 2, 1, 10, 0, &bt), CTREND_OK);
    assert_int_equal(ctrend_backtest_add_baseline(bt, CTREND_BASELINE_LAST, 0, NULL, NULL), CTREND_EEMPTY);
    ctrend_backtest_free(bt);
}

/* Every family runs through the backtest; Gaussian draws may be negative (first bin). */
static void test_other_families(void **state)
{
    (void)state;
    load_series();
    ctrend_backtest *bt;
    assert_int_equal(ctrend_backtest_new(Y, NS, 30, 2, 4, 300, 11, &bt), CTREND_OK);
    ctrend_design *d;
    assert_int_equal(ctrend_design_new(2018 * 12, NS, &d), CTREND_OK);
    assert_int_equal(ctrend_design_add_trend(d), CTREND_OK);
    assert_int_equal(ctrend_design_add_fourier(d, 1), CTREND_OK);
    const int fam[3] = {CTREND_FAMILY_NEGBIN, CTREND_FAMILY_QUASIPOISSON, CTREND_FAMILY_GAUSSIAN};
    const char *nm[3] = {"negbin", "quasi", "gauss"};
    for (size_t i = 0; i < 3; ++i) {
        ctrend_error err;
        const int rc = ctrend_backtest_add_model(bt, nm[i], d, fam[i], NULL, &err);
        if (rc != CTREND_OK) print_message("%s\n", err.message);
        assert_int_equal(rc, CTREND_OK);
        double v;
        for (int m = 0; m < CTREND_BT_METRIC_COUNT; ++m) {
            assert_int_equal(ctrend_backtest_score(bt, i, m, &v), CTREND_OK);
            if (m != CTREND_BT_MSLE) assert_true(isfinite(v));
        }
        assert_int_equal(ctrend_backtest_score(bt, i, CTREND_BT_N, &v), CTREND_OK);
        assert_close(v, 10, 0, 0); /* 5 origins x 2 leads, month 29 is not among them */
    }
    ctrend_design_free(d);
    ctrend_backtest_free(bt);
}

int main(void)
{
    ctrend_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_window_arithmetic),
        cmocka_unit_test(test_point_scores_vs_r),
        cmocka_unit_test(test_scores_match_kernels),
        cmocka_unit_test(test_zero_baseline_by_hand),
        cmocka_unit_test(test_new_errors),
        cmocka_unit_test(test_other_families),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
