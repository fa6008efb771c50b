/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * concurrency.c — concurrent use of libctrend: the same work run from 4 threads at once must give
 * bit-identical results to a serial run (no mutable global state, no hidden shared scratch).
 *
 * Each job writes its results into a caller-owned array of doubles. Every job is run once
 * serially to get the expected array; then N_THREADS threads run all jobs N_ROUNDS times at
 * the same time and compare with memcmp (bit-identical, NaN patterns included). Jobs cover:
 * month parsing/formatting, building a private frame and reading it back, and reading one
 * shared frame from every thread (frames are documented as safe for concurrent readers).
 * transforms on private frames, Poisson / quasi-Poisson / NB fits with a seeded simulated
 * forecast, the claim checker, and a threaded batch fit. When a module lands, its job is added to JOBS below.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <pthread.h>
#include "test_util.h"
#include "../getters.h"
#include <ctrend.h>
#include "claims_test_util.h"

#define N_THREADS 4
#define N_ROUNDS 20
/* Under tests/valgrind.sh (which sets CTREND_SKIP_HUGE=1) a few rounds are enough. */
#define N_ROUNDS_SLOW 3
static size_t n_rounds = N_ROUNDS;
#define N_OUT 8192

typedef int (*job_fn)(const void *arg, double *out, size_t n_out);
typedef struct job {
    const char *name;
    job_fn run;
    const void *arg;
} job;

/* deterministic pseudo-random numbers (splitmix64): no global RNG */
static uint64_t mix(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

static int job_months(const void *arg, double *out, size_t n_out)
{
    (void)arg;
    static const char *const texts[] = {"2022-01", "Feb 2022", "2019/12/31", "march 2020",
                                        "2021.07", "2024-02-29", "1989-01-15T10:00Z", "Dec-1999"};
    const size_t n_texts = sizeof texts / sizeof texts[0];
    size_t k = 0;
    for (size_t r = 0; r < 200; ++r) {
        for (size_t i = 0; i < n_texts && k + 3 <= n_out; ++i) {
            int32_t m = 0, back = 0;
            char buf[CTREND_MONTH_STRLEN];
            int rc = ctrend_month_parse(texts[i], strlen(texts[i]), &m);
            if (rc != CTREND_OK) return rc;
            m = ctrend_month_add(m, (int32_t)r);
            if ((rc = ctrend_month_format(m, buf, sizeof buf)) != CTREND_OK) return rc;
            if ((rc = ctrend_month_parse(buf, strlen(buf), &back)) != CTREND_OK) return rc;
            out[k++] = (double)m;
            out[k++] = (double)back;
            out[k++] = (double)ctrend_month_days(m);
        }
    }
    return CTREND_OK;
}

/* Build a frame of 40 series x 60 months with gaps and duplicates-as-sums, read it back. */
static int build_frame(uint64_t seed, ctrend_frame **out)
{
    ctrend_frame *f = NULL;
    int rc = ctrend_frame_new(&f);
    if (rc != CTREND_OK) return rc;
    char group[16];
    for (size_t s = 0; s < 40 && rc == CTREND_OK; ++s) {
        size_t idx;
        snprintf(group, sizeof group, "g%zu", s);
        rc = ctrend_frame_add_series(f, group, s % 2 ? "KP" : "", "attacks", &idx);
        for (int32_t m = 0; m < 60 && rc == CTREND_OK; ++m) {
            const uint64_t r = mix(seed * 1000003u + s * 977u + (uint64_t)m);
            if (r % 7 == 0) continue; /* never reported: stays missing */
            rc = ctrend_frame_accumulate(f, idx, 2014 * 12 + m, (double)(r % 1000));
            if (rc == CTREND_OK && r % 5 == 0)
                rc = ctrend_frame_accumulate(f, idx, 2014 * 12 + m, 0.5);
        }
    }
    if (rc != CTREND_OK) {
        ctrend_frame_free(f);
        return rc;
    }
    *out = f;
    return CTREND_OK;
}

static int read_frame(const ctrend_frame *f, double *out, size_t n_out)
{
    const size_t nm = ctrend_frame_n_months(f), ns = ctrend_frame_n_series(f);
    size_t k = 0;
    if (k + 2 > n_out) return CTREND_ERANGE;
    out[k++] = (double)tg_frame_start(f);
    out[k++] = (double)nm;
    for (size_t s = 0; s < ns; ++s) {
        size_t found = 0;
        int rc = ctrend_frame_find(f, tg_frame_group(f, s), tg_frame_region(f, s),
                                   tg_frame_metric(f, s), &found);
        if (rc != CTREND_OK) return rc;
        if (k + nm + 3 > n_out) return CTREND_ERANGE;
        if ((rc = ctrend_frame_values(f, s, out + k, n_out - k, NULL)) != CTREND_OK) return rc;
        k += nm;
        int32_t first = 0, last = 0;
        if ((rc = ctrend_frame_span(f, s, &first, &last)) != CTREND_OK) return rc;
        out[k++] = (double)found;
        out[k++] = (double)first;
        out[k++] = (double)last;
    }
    return CTREND_OK;
}

static int job_private_frame(const void *arg, double *out, size_t n_out)
{
    ctrend_frame *f = NULL;
    int rc = build_frame(*(const uint64_t *)arg, &f);
    if (rc == CTREND_OK) rc = read_frame(f, out, n_out);
    ctrend_frame_free(f);
    return rc;
}

static int job_shared_frame(const void *arg, double *out, size_t n_out)
{
    return read_frame((const ctrend_frame *)arg, out, n_out);
}

/* Transforms (rolling.h, change.h) on every series of a private frame. */
static int job_transforms(const void *arg, double *out, size_t n_out)
{
    ctrend_frame *f = NULL;
    int rc = build_frame(*(const uint64_t *)arg, &f);
    if (rc != CTREND_OK) return rc;
    const size_t nm = ctrend_frame_n_months(f), ns = ctrend_frame_n_series(f);
    double x[64];
    int32_t reason[64];
    size_t k = 0;
    for (size_t s = 0; s < ns && rc == CTREND_OK && nm <= 64; ++s) {
        if (k + 4 * nm > n_out) break;
        rc = ctrend_frame_values(f, s, x, 64, NULL);
        if (rc == CTREND_OK) rc = ctrend_rolling_mean(x, nm, 3, CTREND_ALIGN_TRAILING, 2, out + k);
        k += nm;
        if (rc == CTREND_OK) rc = ctrend_rolling_sum(x, nm, 12, CTREND_ALIGN_CENTRED, 6, out + k);
        k += nm;
        if (rc == CTREND_OK) rc = ctrend_change_pct(x, nm, 1, out + k, reason);
        k += nm;
        if (rc == CTREND_OK) rc = ctrend_change_pct_vs_mean(x, nm, 2, out + k, NULL);
        k += nm;
    }
    ctrend_frame_free(f);
    return rc;
}

/* Poisson and negative binomial fits (model.h) and a simulated forecast (forecast.h) on
 * generated counts: each call owns its design, options and model handles. */
static int job_models(const void *arg, double *out, size_t n_out)
{
    const uint64_t seed = *(const uint64_t *)arg;
    enum { N = 72 };
    double y[N];
    for (size_t t = 0; t < N; ++t) {
        /* overdispersed counts around a seasonal, declining mean; two missing months */
        const double mu = 40.0 * (1.0 - 0.005 * (double)t) * (1.0 + 0.3 * (double)((t % 12) < 6));
        const double u = (double)(mix(seed + t) % 1000) / 1000.0;
        y[t] = floor(mu * (0.4 + 1.2 * u));
    }
    y[7] = NAN;
    y[30] = NAN;
    ctrend_design *d = NULL;
    ctrend_model_opts *o = NULL;
    int rc = ctrend_design_new(2016 * 12, N, &d);
    if (rc == CTREND_OK) rc = ctrend_design_add_trend(d);
    if (rc == CTREND_OK) rc = ctrend_design_add_fourier(d, 2);
    if (rc == CTREND_OK) rc = ctrend_design_add_step(d, 2019 * 12, NULL);
    if (rc == CTREND_OK) rc = ctrend_model_opts_new(&o);
    size_t k = 0;
    static const int families[] = {CTREND_FAMILY_POISSON, CTREND_FAMILY_QUASIPOISSON,
                                   CTREND_FAMILY_NEGBIN};
    for (size_t fi = 0; fi < 3 && rc == CTREND_OK; ++fi) {
        ctrend_model *m = NULL;
        rc = ctrend_model_fit(o, families[fi], d, y, N, &m, NULL);
        size_t p = 0;
        if (rc == CTREND_OK) rc = ctrend_model_vector(m, CTREND_MV_COEF, out + k, n_out - k, &p);
        k += p;
        if (rc == CTREND_OK) rc = ctrend_model_vector(m, CTREND_MV_SE, out + k, n_out - k, &p);
        k += p;
        if (rc == CTREND_OK) rc = ctrend_model_vector(m, CTREND_MV_FITTED, out + k, n_out - k, &p);
        k += p;
        if (rc == CTREND_OK && k < n_out) rc = ctrend_model_scalar(m, CTREND_MS_DEVIANCE, out + k++);
        if (rc == CTREND_OK && fi == 0) {
            ctrend_forecast *f = NULL;
            rc = ctrend_forecast_new(m, 12, 200, seed, &f, NULL);
            if (rc == CTREND_OK && k + 36 <= n_out) {
                rc = ctrend_forecast_vector(f, CTREND_FV_MEAN, out + k, 12, NULL);
                if (rc == CTREND_OK)
                    rc = ctrend_forecast_interval(f, CTREND_FI_PREDICTIVE, 0.9, out + k + 12,
                                                  out + k + 24, ctrend_forecast_horizon(f), NULL);
                k += 36;
            }
            ctrend_forecast_free(f);
        }
        ctrend_model_free(m);
    }
    ctrend_model_opts_free(o);
    ctrend_design_free(d);
    return rc;
}

/* The claim checker (claims.h): parse and check a claims text against a private frame. */
static int job_claims(const void *arg, double *out, size_t n_out)
{
    (void)arg;
    static const char text[] =
        "[jan]\nclaim = value TTP/attacks in 2022-01 = 42\n"
        "[apr-vs-mar]\nclaim = change TTP/attacks in 2022-04 vs 2022-03 up more than 30%\n"
        "[feb-vs-prev2]\nclaim = change TTP/attacks in 2022-02 vs previous 2 down more than 50%\n"
        "[sum]\nclaim = sum TTP/attacks over 2022-01..2022-04 = 157\n";
    static const double attacks[] = {42, 22, 39, 54};
    ctrend_frame *f = NULL;
    ctrend_claims *c = NULL;
    size_t s = 0, k = 0;
    int rc = ctrend_frame_new(&f);
    if (rc == CTREND_OK) rc = ctrend_frame_add_series(f, "TTP", "", "attacks", &s);
    for (int32_t m = 0; m < 4 && rc == CTREND_OK; ++m)
        rc = ctrend_frame_set(f, s, 2022 * 12 + m, attacks[m]);
    if (rc == CTREND_OK) rc = cq_parse(text, sizeof text - 1, "threads", &c);
    if (rc == CTREND_OK) rc = cq_check(c, f);
    for (size_t i = 0; rc == CTREND_OK && i < ctrend_claims_count(c); ++i) {
        if (k + 10 > n_out) break;
        out[k++] = (double)cq_verdict(c, i);
        for (int w = 0; w <= CTREND_CLAIMS_BOUND && rc == CTREND_OK; ++w)
            rc = ctrend_claims_figure(c, i, w, out + k++);
    }
    ctrend_claims_free(c);
    ctrend_frame_free(f);
    return rc;
}

/* batch.h: a threaded batch fit (2 workers) inside each of the 4 threads. */
static int job_batch(const void *arg, double *out, size_t n_out)
{
    ctrend_frame *f = NULL;
    ctrend_design *d = NULL;
    int rc = build_frame(*(const uint64_t *)arg, &f);
    if (rc == CTREND_OK) rc = ctrend_design_new(2014 * 12, 60, &d);
    if (rc == CTREND_OK) rc = ctrend_design_add_trend(d);
    if (rc == CTREND_OK) rc = ctrend_design_add_fourier(d, 1);
    const size_t ns = 20, p = 4;
    int status[20];
    const int keys[2] = {CTREND_MS_DEVIANCE, CTREND_MS_DISPERSION};
    ctrend_batch_opts *bo = NULL;
    if (rc == CTREND_OK) rc = ctrend_batch_opts_new(&bo);
    if (rc == CTREND_OK) rc = ctrend_batch_opts_set_int(bo, CTREND_BATCH_THREADS, 2);
    if (rc == CTREND_OK) rc = ctrend_batch_opts_set_keys(bo, keys, 2);
    size_t sel[20];
    for (size_t i = 0; i < ns; ++i) sel[i] = i;
    if (rc == CTREND_OK) rc = ctrend_batch_opts_set_series(bo, sel, ns);
    if (rc == CTREND_OK && 2 * ns * p + 2 * ns + ns <= n_out)
        rc = ctrend_batch_fit(bo, f, CTREND_FAMILY_QUASIPOISSON, d, out, out + ns * p,
                              out + 2 * ns * p, status);
    ctrend_batch_opts_free(bo);
    for (size_t i = 0; rc == CTREND_OK && i < ns; ++i) out[2 * ns * p + 2 * ns + i] = status[i];
    ctrend_design_free(d);
    ctrend_frame_free(f);
    return rc;
}

static job JOBS[12];
static size_t N_JOBS;
static double *EXPECTED; /* N_JOBS x N_OUT, written before any thread starts */

typedef struct worker {
    pthread_t tid;
    size_t offset;   /* workers start at different jobs so different work overlaps */
    int failures;
    double buf[N_OUT];
} worker;

static void *work(void *p)
{
    worker *w = p;
    for (size_t r = 0; r < n_rounds; ++r) {
        for (size_t j = 0; j < N_JOBS; ++j) {
            const job *jb = &JOBS[(j + w->offset) % N_JOBS];
            for (size_t i = 0; i < N_OUT; ++i) w->buf[i] = -1.0;
            if (jb->run(jb->arg, w->buf, N_OUT) != CTREND_OK ||
                memcmp(w->buf, EXPECTED + (size_t)(jb - JOBS) * N_OUT, sizeof w->buf) != 0)
                ++w->failures;
        }
    }
    return NULL;
}

static void test_threads_match_serial(void **state)
{
    (void)state;
    static const uint64_t seeds[2] = {11, 2022};
    ctrend_frame *shared = NULL;
    assert_int_equal(build_frame(7, &shared), CTREND_OK);
    N_JOBS = 0;
    JOBS[N_JOBS++] = (job){"months", job_months, NULL};
    JOBS[N_JOBS++] = (job){"private frame 11", job_private_frame, &seeds[0]};
    JOBS[N_JOBS++] = (job){"private frame 2022", job_private_frame, &seeds[1]};
    JOBS[N_JOBS++] = (job){"shared frame", job_shared_frame, shared};
    JOBS[N_JOBS++] = (job){"transforms", job_transforms, &seeds[1]};
    JOBS[N_JOBS++] = (job){"models 11", job_models, &seeds[0]};
    JOBS[N_JOBS++] = (job){"models 2022", job_models, &seeds[1]};
    JOBS[N_JOBS++] = (job){"claims", job_claims, NULL};
    JOBS[N_JOBS++] = (job){"batch fit", job_batch, &seeds[0]};

    EXPECTED = malloc(N_JOBS * N_OUT * sizeof *EXPECTED);
    assert_non_null(EXPECTED);
    for (size_t j = 0; j < N_JOBS; ++j) {
        double *e = EXPECTED + j * N_OUT;
        for (size_t i = 0; i < N_OUT; ++i) e[i] = -1.0;
        assert_int_equal(JOBS[j].run(JOBS[j].arg, e, N_OUT), CTREND_OK);
    }
    /* sanity: the serial results are not trivial (the frames hold data and gaps) */
    assert_true(EXPECTED[N_OUT + 1] == 60.0);

    worker *w = calloc(N_THREADS, sizeof *w);
    assert_non_null(w);
    for (size_t t = 0; t < N_THREADS; ++t) {
        w[t].offset = t;
        assert_int_equal(pthread_create(&w[t].tid, NULL, work, &w[t]), 0);
    }
    int failures = 0;
    for (size_t t = 0; t < N_THREADS; ++t) {
        assert_int_equal(pthread_join(w[t].tid, NULL), 0);
        failures += w[t].failures;
    }
    assert_int_equal(failures, 0);
    free(w);
    free(EXPECTED);
    ctrend_frame_free(shared);
}

int main(void)
{
    ctrend_init();
    if (getenv("CTREND_SKIP_HUGE")) n_rounds = N_ROUNDS_SLOW;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_threads_match_serial),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
