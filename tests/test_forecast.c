/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_forecast.c — 12-month forecasts against forecast_R.csv (reference_r.R: Poisson mean,
 * Wald 95% CI of the mean, quasi-Poisson CI, plug-in qpois / qnbinom 95% PIs, OLS t PIs), the
 * simulated predictive interval against R's stochastic bootstrap PI (loose), seeds, sizes.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "test_util.h"
#include "ref_util.h"
#include "ref_models.h"
#include <ctrend.h>
#include <pthread.h>

#define H 12

static void want_col(const refcase *c, const char *col, double *out)
{
    char path[256];
    snprintf(path, sizeof path, REF_DIR "%s/forecast_R.csv", c->dataset);
    assert_int_equal(ref_csv_column(path, "model_id", c->id, NULL, NULL, col, out, H), H);
}

static double maxrel = 0.0;
static void close_all(const double *got, const double *want, double rtol)
{
    for (size_t i = 0; i < H; ++i) {
        const double r = fabs(got[i] - want[i]) / fmax(fabs(want[i]), 1e-300);
        if (want[i] != 0 && r > maxrel) maxrel = r;
        assert_close(got[i], want[i], rtol, 0);
    }
}

static void test_forecast_reference(void **state)
{
    (void)state;
    for (size_t c = 0; c < REF_NCASES; ++c) {
        const refcase *rc = &REF_CASES[c];
        double y[1000], want[H], lo[H], hi[H], mean[H];
        size_t n;
        ctrend_design *d = ref_design(rc, y, &n, 1);
        ctrend_model_opts *o = tight_opts();
        ctrend_model *m = NULL;
        ctrend_forecast *f = NULL;
        assert_int_equal(ctrend_model_fit(o, CTREND_FAMILY_POISSON, d, y, n, &m, NULL), CTREND_OK);
        assert_int_equal(ctrend_forecast_new(m, H, 10000, 20240101u, &f, NULL), CTREND_OK);
        assert_int_equal(ctrend_forecast_vector(f, CTREND_FV_MEAN, mean, H, NULL), CTREND_OK);
        want_col(rc, "pois_mean", want);
        close_all(mean, want, 1e-6);
        assert_int_equal(ctrend_forecast_interval(f, CTREND_FI_MEAN, 0.95, lo, hi, ctrend_forecast_horizon(f), NULL), CTREND_OK);
        want_col(rc, "pois_mean_lo95", want);
        close_all(lo, want, 1e-6);
        want_col(rc, "pois_mean_hi95", want);
        close_all(hi, want, 1e-6);
        assert_int_equal(ctrend_forecast_interval(f, CTREND_FI_PLUGIN, 0.95, lo, hi, ctrend_forecast_horizon(f), NULL), CTREND_OK);
        want_col(rc, "pois_pi_lo95_plugin", want);
        close_all(lo, want, 0);
        want_col(rc, "pois_pi_hi95_plugin", want);
        close_all(hi, want, 0);
        /* simulated PI incl. parameter uncertainty vs R's (different RNG) bootstrap PI */
        assert_int_equal(ctrend_forecast_interval(f, CTREND_FI_PREDICTIVE, 0.95, lo, hi, ctrend_forecast_horizon(f), NULL), CTREND_OK);
        want_col(rc, "pois_pi_lo95_boot", want);
        for (size_t i = 0; i < H; ++i) assert_close(lo[i], want[i], 0.03, 2);
        want_col(rc, "pois_pi_hi95_boot", want);
        for (size_t i = 0; i < H; ++i) assert_close(hi[i], want[i], 0.03, 2);
        ctrend_forecast_free(f);
        ctrend_model_free(m);

        assert_int_equal(ctrend_model_fit(o, CTREND_FAMILY_QUASIPOISSON, d, y, n, &m, NULL), CTREND_OK);
        assert_int_equal(ctrend_forecast_new(m, H, 0, 1, &f, NULL), CTREND_OK);
        assert_int_equal(ctrend_forecast_interval(f, CTREND_FI_MEAN, 0.95, lo, hi, ctrend_forecast_horizon(f), NULL), CTREND_OK);
        want_col(rc, "quasi_mean_lo95", want);
        close_all(lo, want, 1e-6);
        want_col(rc, "quasi_mean_hi95", want);
        close_all(hi, want, 1e-6);
        assert_int_equal(ctrend_forecast_interval(f, CTREND_FI_PREDICTIVE, 0.95, lo, hi, ctrend_forecast_horizon(f), NULL),
                         CTREND_EUNSUPPORTED);
        ctrend_forecast_free(f);
        ctrend_model_free(m);
        ctrend_model_opts_free(o);
        ctrend_design_free(d);
    }
    print_message("forecast max rel diff vs R: %.3g\n", maxrel);
}

static void test_seed_and_samples(void **state)
{
    (void)state;
    const refcase *rc = &REF_CASES[0];
    double y[1000];
    size_t n, need = 0;
    ctrend_design *d = ref_design(rc, y, &n, 1);
    ctrend_model *m = NULL;
    ctrend_forecast *f1 = NULL, *f2 = NULL, *f3 = NULL;
    assert_int_equal(ctrend_model_fit(NULL, CTREND_FAMILY_POISSON, d, y, n, &m, NULL), CTREND_OK);
    ctrend_design_free(d); /* the model keeps its own copy */
    assert_int_equal(ctrend_forecast_new(m, 3, 500, 42, &f1, NULL), CTREND_OK);
    assert_int_equal(ctrend_forecast_new(m, 3, 500, 42, &f2, NULL), CTREND_OK);
    assert_int_equal(ctrend_forecast_new(m, 3, 500, 43, &f3, NULL), CTREND_OK);
    assert_int_equal(ctrend_forecast_samples(f1, NULL, 0, &need), CTREND_OK);
    assert_int_equal(need, 1500);
    double *a = malloc(1500 * sizeof *a), *b = malloc(1500 * sizeof *b);
    assert_int_equal(ctrend_forecast_samples(f1, a, 1499, NULL), CTREND_ERANGE);
    assert_int_equal(ctrend_forecast_samples(f1, a, 1500, NULL), CTREND_OK);
    assert_int_equal(ctrend_forecast_samples(f2, b, 1500, NULL), CTREND_OK);
    assert_memory_equal(a, b, 1500 * sizeof *a);
    assert_int_equal(ctrend_forecast_samples(f3, b, 1500, NULL), CTREND_OK);
    assert_true(memcmp(a, b, 1500 * sizeof *a) != 0);
    for (size_t k = 0; k < 1500; ++k) assert_true(a[k] >= 0 && a[k] == floor(a[k]));
    /* type-7 quantile of the stored samples, by hand for horizon 0 */
    double q[3], sorted[500];
    memcpy(sorted, a, sizeof sorted);
    for (size_t i = 1; i < 500; ++i) /* insertion sort */
        for (size_t j = i; j > 0 && sorted[j - 1] > sorted[j]; --j) {
            const double t = sorted[j]; sorted[j] = sorted[j - 1]; sorted[j - 1] = t;
        }
    assert_int_equal(ctrend_forecast_quantile(f1, CTREND_FI_PREDICTIVE, 0.1, q, ctrend_forecast_horizon(f1), NULL), CTREND_OK);
    const double pos = 0.1 * 499, fr = pos - floor(pos);
    assert_close(q[0], (1 - fr) * sorted[(size_t)pos] + fr * sorted[(size_t)pos + 1], 1e-12, 0);
    /* 80% interval nested in the 95% one */
    double lo80[3], hi80[3], lo95[3], hi95[3];
    assert_int_equal(ctrend_forecast_interval(f1, CTREND_FI_PREDICTIVE, 0.8, lo80, hi80, ctrend_forecast_horizon(f1), NULL), CTREND_OK);
    assert_int_equal(ctrend_forecast_interval(f1, CTREND_FI_PREDICTIVE, 0.95, lo95, hi95, ctrend_forecast_horizon(f1), NULL), CTREND_OK);
    for (size_t i = 0; i < 3; ++i) assert_true(lo95[i] <= lo80[i] && hi80[i] <= hi95[i]);
    assert_int_equal(ctrend_forecast_interval(f1, CTREND_FI_PLUGIN, 0.8, lo80, hi80, ctrend_forecast_horizon(f1), NULL), CTREND_OK);
    int32_t mon = 0;
    assert_int_equal(ctrend_forecast_month(f1, 0, &mon), CTREND_OK);
    assert_int_equal(mon, month_of("2021-01"));
    assert_int_equal(ctrend_forecast_month(f1, 2, &mon), CTREND_OK);
    assert_int_equal(mon, month_of("2021-03"));
    assert_int_equal(ctrend_forecast_month(f1, 3, &mon), CTREND_ERANGE);
    assert_int_equal(ctrend_forecast_month(NULL, 0, &mon), CTREND_EINVAL);
    /* arrays out (docs/api.md section 2): size query, too small, NULL pair member */
    size_t nq = 0;
    assert_int_equal(ctrend_forecast_interval(f1, CTREND_FI_PLUGIN, 0.8, NULL, NULL, 0, &nq), CTREND_OK);
    assert_int_equal(nq, 3);
    nq = 0;
    assert_int_equal(ctrend_forecast_quantile(f1, CTREND_FI_PREDICTIVE, 0.5, NULL, 0, &nq), CTREND_OK);
    assert_int_equal(nq, 3);
    assert_int_equal(ctrend_forecast_interval(f1, CTREND_FI_PLUGIN, 0.8, lo80, hi80, 2, NULL), CTREND_ERANGE);
    assert_int_equal(ctrend_forecast_quantile(f1, CTREND_FI_PLUGIN, 0.5, q, 2, NULL), CTREND_ERANGE);
    assert_int_equal(ctrend_forecast_interval(f1, CTREND_FI_PLUGIN, 0.8, lo80, NULL, 3, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_forecast_quantile(f1, CTREND_FI_MEAN, 0.5, q, 3, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_forecast_horizon(f1), 3);
    assert_int_equal(ctrend_forecast_n_sims(f1), 500);
    /* argument errors */
    assert_int_equal(ctrend_forecast_interval(f1, CTREND_FI_PLUGIN, 1.0, lo80, hi80, ctrend_forecast_horizon(f1), NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_forecast_interval(f1, 99, 0.9, lo80, hi80, ctrend_forecast_horizon(f1), NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_forecast_quantile(f1, CTREND_FI_PLUGIN, 0.0, q, ctrend_forecast_horizon(f1), NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_forecast_vector(f1, CTREND_FV_MEAN, q, 2, NULL), CTREND_ERANGE);
    assert_int_equal(ctrend_forecast_vector(f1, 99, q, 3, NULL), CTREND_EINVAL);
    ctrend_forecast *bad = NULL;
    assert_int_equal(ctrend_forecast_new(m, 0, 10, 1, &bad, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_forecast_new(NULL, 3, 10, 1, &bad, NULL), CTREND_EINVAL);
    ctrend_forecast_free(NULL);
    free(a);
    free(b);
    ctrend_forecast_free(f1);
    ctrend_forecast_free(f2);
    ctrend_forecast_free(f3);
    ctrend_model_free(m);
}

/* threads: independent fits + forecasts give the same numbers as a serial run */
typedef struct job { const double *y; size_t n; double out[4 * 100]; int st; } job;

static void *run_job(void *arg)
{
    job *j = arg;
    ctrend_design *d = NULL;
    ctrend_model *m = NULL;
    ctrend_forecast *f = NULL;
    ctrend_model_opts *o = NULL;
    j->st = ctrend_design_new(2007 * 12, j->n, &d);
    if (!j->st) j->st = ctrend_design_add_trend(d);
    if (!j->st) j->st = ctrend_design_add_fourier(d, 2);
    if (!j->st) j->st = ctrend_model_opts_new(&o);
    if (!j->st) j->st = ctrend_model_fit(o, CTREND_FAMILY_NEGBIN, d, j->y, j->n, &m, NULL);
    if (!j->st) j->st = ctrend_forecast_new(m, 4, 100, 99, &f, NULL);
    if (!j->st) j->st = ctrend_forecast_samples(f, j->out, 400, NULL);
    ctrend_forecast_free(f);
    ctrend_model_free(m);
    ctrend_model_opts_free(o);
    ctrend_design_free(d);
    return NULL;
}

static void test_threads(void **state)
{
    (void)state;
    double y[1000];
    size_t n;
    ctrend_design *d = ref_design(&REF_CASES[0], y, &n, 1);
    ctrend_design_free(d);
    job serial = {y, n, {0}, 0};
    run_job(&serial);
    assert_int_equal(serial.st, CTREND_OK);
    job jobs[4];
    pthread_t th[4];
    for (size_t k = 0; k < 4; ++k) {
        jobs[k].y = y;
        jobs[k].n = n;
        jobs[k].st = -1;
        assert_int_equal(pthread_create(&th[k], NULL, run_job, &jobs[k]), 0);
    }
    for (size_t k = 0; k < 4; ++k) {
        pthread_join(th[k], NULL);
        assert_int_equal(jobs[k].st, CTREND_OK);
        assert_memory_equal(jobs[k].out, serial.out, sizeof serial.out);
    }
}

/* simulated predictive means track the model mean for every family */
static void test_sim_mean_all_families(void **state)
{
    (void)state;
    double y[1000];
    size_t n;
    ctrend_design *d = ref_design(&REF_CASES[6], y, &n, 1); /* ldeaths: large counts */
    for (int fam = 0; fam < 4; ++fam) {
        ctrend_model *m = NULL;
        ctrend_forecast *f = NULL;
        assert_int_equal(ctrend_model_fit(NULL, fam, d, y, n, &m, NULL), CTREND_OK);
        assert_int_equal(ctrend_forecast_new(m, H, 4000, 11, &f, NULL), CTREND_OK);
        double mean[H], sm[H], lo[H], hi[H], plo[H], phi[H];
        ctrend_forecast_vector(f, CTREND_FV_MEAN, mean, H, NULL);
        ctrend_forecast_vector(f, CTREND_FV_SIM_MEAN, sm, H, NULL);
        ctrend_forecast_interval(f, CTREND_FI_PREDICTIVE, 0.8, lo, hi, ctrend_forecast_horizon(f), NULL);
        ctrend_forecast_interval(f, CTREND_FI_PLUGIN, 0.8, plo, phi, ctrend_forecast_horizon(f), NULL);
        for (size_t i = 0; i < H; ++i) {
            assert_close(sm[i], mean[i], 0.03, 0);
            /* parameter uncertainty widens the interval (up to Monte-Carlo noise) */
            assert_true(hi[i] - lo[i] >= 0.9 * (phi[i] - plo[i]));
        }
        ctrend_forecast_free(f);
        ctrend_model_free(m);
    }
    ctrend_design_free(d);
}


/* An intercept-only Poisson fit to n months of the constant count mu: its forecast mean is
 * mu (to rounding) and its parameter uncertainty is tiny (se = 1/sqrt(n mu)). */
static ctrend_model *constant_fit(double mu, size_t n, ctrend_design **d)
{
    double y[8];
    for (size_t i = 0; i < n; ++i) y[i] = mu;
    ctrend_model *m = NULL;
    ctrend_model_opts *o = NULL;
    assert_int_equal(ctrend_model_opts_new(&o), CTREND_OK);
    assert_int_equal(ctrend_design_new(2020 * 12, n, d), CTREND_OK);
    ctrend_error err;
    const int rc = ctrend_model_fit(o, CTREND_FAMILY_POISSON, *d, y, n, &m, &err);
    if (rc) fprintf(stderr, "mu %g: %s\n", mu, err.message);
    assert_int_equal(rc, CTREND_OK);
    ctrend_model_opts_free(o);
    return m;
}

/* #11: plug-in quantiles equal R's qpois for means up to 1e12 (qpois_large_R.txt, made by
 * qpois_large_R.R): 0.1 wrapped at 2^32, printed inf above, and was 1 558 low at 1e8. */
static void test_qpois_large(void **state)
{
    (void)state;
    FILE *fp = fopen("tests/data/models/qpois_large_R.txt", "r");
    assert_non_null(fp);
    static const double probs[7] = {0.001, 0.025, 0.1, 0.5, 0.9, 0.975, 0.999};
    char line[512];
    assert_non_null(fgets(line, sizeof line, fp)); /* header */
    int rows = 0;
    double mu, want[7];
    while (fscanf(fp, "%lf %lf %lf %lf %lf %lf %lf %lf", &mu, &want[0], &want[1], &want[2],
                  &want[3], &want[4], &want[5], &want[6]) == 8) {
        ctrend_design *d = NULL;
        ctrend_model *m = constant_fit(mu, 3, &d);
        ctrend_forecast *f = NULL;
        assert_int_equal(ctrend_forecast_new(m, 1, 0, 1, &f, NULL), CTREND_OK);
        double mean, q;
        ctrend_forecast_vector(f, CTREND_FV_MEAN, &mean, 1, NULL);
        assert_close(mean, mu, 1e-13, 0);
        for (int k = 0; k < 7; ++k) {
            assert_int_equal(ctrend_forecast_quantile(f, CTREND_FI_PLUGIN, probs[k], &q, ctrend_forecast_horizon(f), NULL), CTREND_OK);
            if (q != want[k]) fprintf(stderr, "mu %.0f p %.3f: got %.0f, R %.0f\n", mu, probs[k], q, want[k]);
            assert_true(q == want[k]);
        }
        ctrend_forecast_free(f);
        ctrend_model_free(m);
        ctrend_design_free(d);
        ++rows;
    }
    fclose(fp);
    assert_int_equal(rows, 10);
}

/* #6: simulations at means where gsl_ran_poisson never returns (above ~4.9e9) or wraps
 * (2^32) finish and are Poisson: sample mean mu and variance mu (1 + 1/n) (the Poisson
 * count plus the parameter draw: var(exp(eta*)) = mu^2 se^2 = mu/n), within 6 standard errors. */
static void test_huge_mean_simulation(void **state)
{
    (void)state;
    static const double mus[] = {5e9, 3e12, 8e15};
    for (size_t c = 0; c < sizeof mus / sizeof mus[0]; ++c) {
        const double mu = mus[c];
        const size_t n = 3, S = 20000;
        ctrend_design *d = NULL;
        ctrend_model *m = constant_fit(mu, n, &d);
        ctrend_forecast *f = NULL;
        assert_int_equal(ctrend_forecast_new(m, 1, S, 7, &f, NULL), CTREND_OK);
        static double x[20000];
        assert_int_equal(ctrend_forecast_samples(f, x, S, NULL), CTREND_OK);
        double s1 = 0, s2 = 0;
        for (size_t s = 0; s < S; ++s) {
            assert_true(x[s] == floor(x[s]) && x[s] > 0.5 * mu);
            s1 += x[s];
        }
        const double mean = s1 / (double)S;
        for (size_t s = 0; s < S; ++s) s2 += (x[s] - mean) * (x[s] - mean);
        const double var = s2 / (double)(S - 1), v = mu * (1.0 + 1.0 / (double)n);
        assert_true(fabs(mean - mu) < 6.0 * sqrt(v / (double)S));
        assert_true(fabs(var / v - 1.0) < 6.0 * sqrt(2.0 / (double)S));
        ctrend_forecast_free(f);
        ctrend_model_free(m);
        ctrend_design_free(d);
    }
}

/* #6: refusals, each before any long work: no residual df (the TTP 'arrests' series: two
 * months, intercept + trend), a mean beyond 2^53, the horizon and draw limits. */
static void test_forecast_limits(void **state)
{
    (void)state;
    ctrend_design *d = NULL;
    ctrend_model *m = NULL;
    ctrend_forecast *f = NULL;
    /* datasets/ttp_2022.csv, arrests: 1 in 2022-01, 10 in 2022-04 */
    const double arrests[4] = {1, NAN, NAN, 10};
    assert_int_equal(ctrend_design_new(24264, 4, &d), CTREND_OK);
    assert_int_equal(ctrend_design_add_trend(d), CTREND_OK);
    assert_int_equal(ctrend_model_fit(NULL, CTREND_FAMILY_POISSON, d, arrests, 4, &m, NULL), CTREND_OK);
    assert_int_equal(ctrend_forecast_new(m, 12, 10000, 1, &f, NULL), CTREND_ESHORT);
    assert_null(f);
    ctrend_model_free(m);
    /* x1000 a month: 12 months on, exp(eta) ~ 1e46 */
    const double boom[4] = {1, 1000, 1000000, 1000000000};
    assert_int_equal(ctrend_model_fit(NULL, CTREND_FAMILY_POISSON, d, boom, 4, &m, NULL), CTREND_OK);
    assert_int_equal(ctrend_forecast_new(m, 12, 0, 1, &f, NULL), CTREND_ELIMIT);
    assert_int_equal(ctrend_forecast_new(m, 2, 0, 1, &f, NULL), CTREND_OK); /* 1e15 < 2^53 */
    ctrend_forecast_free(f);
    f = NULL;
    assert_int_equal(ctrend_forecast_new(m, 3, 0, 1, &f, NULL), CTREND_ELIMIT); /* 1e18 */
    ctrend_model_free(m);
    ctrend_design_free(d);
    m = constant_fit(7, 3, &d);
    assert_int_equal(ctrend_forecast_max_horizon(), CTREND_FORECAST_MAX_HORIZON);
    assert_true(ctrend_forecast_max_draws() == CTREND_FORECAST_MAX_DRAWS);
    assert_true(ctrend_forecast_max_mean() == 9007199254740992.0);
    assert_int_equal(ctrend_forecast_new(m, 1201, 0, 1, &f, NULL), CTREND_ELIMIT);
    assert_int_equal(ctrend_forecast_new(m, SIZE_MAX, 0, 1, &f, NULL), CTREND_ELIMIT);
    assert_int_equal(ctrend_forecast_new(m, 100, 1000001, 1, &f, NULL), CTREND_ELIMIT);
    assert_int_equal(ctrend_forecast_new(m, 1, SIZE_MAX, 1, &f, NULL), CTREND_ELIMIT);
    assert_null(f);
    assert_int_equal(ctrend_forecast_new(m, 1200, 1000, 1, &f, NULL), CTREND_OK); /* 1.2e6 draws */
    ctrend_forecast_free(f);
    ctrend_model_free(m);
    ctrend_design_free(d);
}

/* a backtest window: fit on rows 0..119 of the full design, forecast 12 months: identical to
 * the fresh design of that window (R: the reference fits every window with trend 1..n) */
static void test_window_fit(void **state)
{
    (void)state;
    double y[1000];
    size_t n;
    ctrend_design *d = ref_design(&REF_CASES[0], y, &n, 1), *w = NULL, *fresh = NULL;
    assert_int_equal(ctrend_design_window(d, 0, 120, &w), CTREND_OK);
    assert_int_equal(ctrend_design_new(2007 * 12, 120, &fresh), CTREND_OK);
    ctrend_design_add_trend(fresh);
    ctrend_design_add_fourier(fresh, 2);
    ctrend_design_add_step(fresh, 2014 * 12 + 5, NULL);
    ctrend_model *m1 = NULL, *m2 = NULL;
    assert_int_equal(ctrend_model_fit(NULL, CTREND_FAMILY_POISSON, w, y, 120, &m1, NULL), CTREND_OK);
    assert_int_equal(ctrend_model_fit(NULL, CTREND_FAMILY_POISSON, fresh, y, 120, &m2, NULL), CTREND_OK);
    ctrend_forecast *f1 = NULL, *f2 = NULL;
    assert_int_equal(ctrend_forecast_new(m1, H, 50, 3, &f1, NULL), CTREND_OK);
    assert_int_equal(ctrend_forecast_new(m2, H, 50, 3, &f2, NULL), CTREND_OK);
    double a[H * 50], b[H * 50];
    ctrend_forecast_vector(f1, CTREND_FV_MEAN, a, H, NULL);
    ctrend_forecast_vector(f2, CTREND_FV_MEAN, b, H, NULL);
    assert_memory_equal(a, b, H * sizeof *a);
    ctrend_forecast_samples(f1, a, H * 50, NULL);
    ctrend_forecast_samples(f2, b, H * 50, NULL);
    assert_memory_equal(a, b, sizeof a);
    ctrend_forecast_free(f1);
    ctrend_forecast_free(f2);
    ctrend_model_free(m1);
    ctrend_model_free(m2);
    ctrend_design_free(w);
    ctrend_design_free(fresh);
    ctrend_design_free(d);
}

int main(void)
{
    ctrend_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_forecast_reference),
        cmocka_unit_test(test_seed_and_samples),
        cmocka_unit_test(test_threads),
        cmocka_unit_test(test_window_fit),
        cmocka_unit_test(test_sim_mean_all_families),
        cmocka_unit_test(test_qpois_large),
        cmocka_unit_test(test_huge_mean_simulation),
        cmocka_unit_test(test_forecast_limits),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
