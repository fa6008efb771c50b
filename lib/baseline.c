/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * baseline.c — baseline forecasts (see include/ctrend/baseline.h).
 *
 * The five baselines follow the benchmark models of the ViEWS prediction challenge
 * 2023/24 (Hegre et al., "The 2023/24 VIEWS prediction challenge", J. Peace Res.) and the
 * naive benchmarks of Hyndman & Athanasopoulos, "Forecasting: principles and practice",
 * 3rd ed., sec. 5.2 (mean, naive, seasonal naive):
 *  - zero: the "no conflict" forecast;
 *  - last value and mean of the last k months: naive / moving-mean point forecasts made
 *    probabilistic with Poisson noise, the simplest count distribution with that mean;
 *  - seasonal naive: the same calendar month one season back (H&A eq. 5.3 form
 *    y_{T+h} = y_{T+h-m(k+1)}, k = floor((h-1)/m)), again with Poisson noise;
 *  - conflictology: the empirical distribution of the series' own last 12 months, sampled
 *    with replacement (ViEWS' "conflictology" benchmark).
 * Randomness only through a caller-seeded gsl_rng_mt19937 (deterministic).
 */
#include "ctrend/baseline.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>

#include "baseline_internal.h"
#include "draws_internal.h"
#include "models/models_internal.h" /* ctrend__rpois */

static const char *const NAMES[CTREND_BASELINE_COUNT] = {"zero", "last", "mean", "seasonal",
                                                         "conflictology"};

int ctrend_baseline_count(void) { return CTREND_BASELINE_COUNT; }
size_t ctrend_baseline_season(void) { return CTREND_BASELINE_SEASON; }
double ctrend_baseline_poisson_max(void) { return CTREND_BASELINE_POISSON_MAX; }

const char *ctrend_baseline_name(int kind)
{
    if (kind < 0 || kind >= CTREND_BASELINE_COUNT) return NULL;
    return NAMES[kind];
}

int ctrend_baseline_parse(const char *name, int *kind)
{
    if (!name || !kind) return CTREND_EINVAL;
    for (int i = 0; i < CTREND_BASELINE_COUNT; ++i) {
        if (strcmp(name, NAMES[i]) == 0) {
            *kind = i;
            return CTREND_OK;
        }
    }
    return CTREND_ENOTFOUND;
}

static int check_value(double v)
{
    if (isnan(v)) return CTREND_OK;
    if (v < 0 || isinf(v)) return CTREND_EDOMAIN;
    return CTREND_OK;
}

/* Poisson rows for month j with mean v (NaN -> NaN row, no draws); ctl polled every
 * CTREND__BASELINE_POLL draws. */
static int poisson_row(const ctrend__control *ctl, gsl_rng *r, double v, double *row, size_t m)
{
    if (isnan(v)) {
        for (size_t s = 0; s < m; ++s) row[s] = NAN;
        return CTREND_OK;
    }
    if (v > CTREND_BASELINE_POISSON_MAX) return CTREND_EDOMAIN;
    for (size_t s = 0; s < m; ++s) {
        if (s % CTREND__BASELINE_POLL == 0 && ctrend__cancelled(ctl)) return CTREND_ECANCELED;
        row[s] = v == 0 ? 0.0 : ctrend__rpois(r, v);
    }
    return CTREND_OK;
}

struct ctrend_baseline_opts {
    int64_t v[CTREND_BASELINE_OPT_COUNT];
};

/* Bounds of each key (the header's), and its default. */
static const struct {
    double lo, hi;
    int64_t def;
} KEYS[CTREND_BASELINE_OPT_COUNT] = {
    {0, CTREND_BASELINE_COUNT - 1, CTREND_BASELINE_ZERO},
    {1, 9007199254740992.0, 12},
    {0, 9007199254740992.0, 0},
    {-9223372036854775808.0, 9223372036854775807.0, 0},
};

int ctrend_baseline_opts_new(ctrend_baseline_opts **out)
{
    if (!out) return CTREND_EINVAL;
    ctrend_baseline_opts *o = malloc(sizeof *o);
    *out = o;
    if (!o) return CTREND_ENOMEM;
    for (int i = 0; i < CTREND_BASELINE_OPT_COUNT; ++i) o->v[i] = KEYS[i].def;
    return CTREND_OK;
}

void ctrend_baseline_opts_free(ctrend_baseline_opts *o)
{
    free(o);
}

int ctrend_baseline_opts_bounds(int key, double *lo, double *hi)
{
    if (key < 0 || key >= CTREND_BASELINE_OPT_COUNT || !lo || !hi) return CTREND_EINVAL;
    *lo = KEYS[key].lo;
    *hi = KEYS[key].hi;
    return CTREND_OK;
}

int ctrend_baseline_opts_set_int(ctrend_baseline_opts *o, int key, int64_t value)
{
    if (!o || key < 0 || key >= CTREND_BASELINE_OPT_COUNT) return CTREND_EINVAL;
    if (key != CTREND_BASELINE_OPT_SEED &&
        !((double)value >= KEYS[key].lo && (double)value <= KEYS[key].hi))
        return CTREND_EINVAL;
    o->v[key] = value;
    return CTREND_OK;
}

int ctrend_baseline_opts_get_int(const ctrend_baseline_opts *o, int key, int64_t *value)
{
    if (!o || !value || key < 0 || key >= CTREND_BASELINE_OPT_COUNT) return CTREND_EINVAL;
    *value = o->v[key];
    return CTREND_OK;
}

static int baseline_forecast(const ctrend__control *ctl, int kind, const double *x, size_t n,
                             size_t k, size_t h, size_t n_samples, uint64_t seed, double *point,
                             double *samples, size_t samples_cap);

int ctrend_baseline_forecast(const ctrend_baseline_opts *o, const double *x, size_t n,
                             size_t h, double *point, size_t point_cap, double *samples,
                             size_t samples_cap, size_t *needed)
{
    return ctrend__baseline_forecast_polled(NULL, o, x, n, h, point, point_cap, samples,
                                            samples_cap, needed);
}

int ctrend__baseline_forecast_polled(const ctrend__control *ctl, const ctrend_baseline_opts *o,
                                     const double *x, size_t n, size_t h, double *point,
                                     size_t point_cap, double *samples, size_t samples_cap,
                                     size_t *needed)
{
    ctrend_baseline_opts defaults;
    if (!o) {
        for (int i = 0; i < CTREND_BASELINE_OPT_COUNT; ++i) defaults.v[i] = KEYS[i].def;
        o = &defaults;
    }
    const size_t n_samples = (size_t)o->v[CTREND_BASELINE_OPT_N_SAMPLES];
    if ((n > 0 && !x) || h == 0) return CTREND_EINVAL;
    if (n_samples > 0 && h > SIZE_MAX / n_samples) return CTREND_ERANGE;
    if (needed) *needed = h * n_samples;
    if (point && point_cap < h) return CTREND_ERANGE;
    return baseline_forecast(ctl, (int)o->v[CTREND_BASELINE_OPT_KIND], x, n,
                             (size_t)o->v[CTREND_BASELINE_OPT_K], h, samples ? n_samples : 0,
                             (uint64_t)o->v[CTREND_BASELINE_OPT_SEED], point, samples,
                             samples_cap);
}

static int baseline_forecast(const ctrend__control *ctl, int kind, const double *x, size_t n,
                             size_t k, size_t h, size_t n_samples, uint64_t seed, double *point,
                             double *samples, size_t samples_cap)
{
    if (kind < 0 || kind >= CTREND_BASELINE_COUNT || (n > 0 && !x) || h == 0)
        return CTREND_EINVAL;
    if (kind == CTREND_BASELINE_MEAN && k == 0) return CTREND_EINVAL;
    if (n_samples > 0 && !samples) return CTREND_EINVAL;
    if (n_samples > 0 && (h > SIZE_MAX / n_samples || samples_cap < h * n_samples))
        return CTREND_ERANGE;
    const size_t season = CTREND_BASELINE_SEASON;

    /* validate the inputs each baseline reads and compute the per-month mean(s) */
    double v = 0.0;
    size_t lo = n; /* first index of the window read (for validation) */
    switch (kind) {
    case CTREND_BASELINE_ZERO: break;
    case CTREND_BASELINE_LAST: {
        size_t i = n;
        while (i > 0 && isnan(x[i - 1])) --i;
        if (i == 0) return CTREND_ESHORT;
        v = x[i - 1];
        lo = i - 1;
        break;
    }
    case CTREND_BASELINE_MEAN: {
        if (n < k) return CTREND_ESHORT;
        double sum = 0;
        size_t cnt = 0;
        for (size_t i = n - k; i < n; ++i)
            if (!isnan(x[i])) { sum += x[i]; ++cnt; }
        if (cnt == 0) return CTREND_ESHORT;
        v = sum / (double)cnt;
        lo = n - k;
        break;
    }
    case CTREND_BASELINE_SEASONAL:
    case CTREND_BASELINE_CONFLICTOLOGY: {
        if (n < season) return CTREND_ESHORT;
        lo = n - season;
        if (kind == CTREND_BASELINE_CONFLICTOLOGY) {
            double sum = 0;
            size_t cnt = 0;
            for (size_t i = lo; i < n; ++i)
                if (!isnan(x[i])) { sum += x[i]; ++cnt; }
            if (cnt == 0) return CTREND_ESHORT;
            v = sum / (double)cnt;
        }
        break;
    }
    default: return CTREND_EINVAL;
    }
    for (size_t i = lo; i < n; ++i) {
        const int rc = check_value(x[i]);
        if (rc != CTREND_OK) return rc;
    }
    if ((kind == CTREND_BASELINE_LAST || kind == CTREND_BASELINE_MEAN) &&
        v > CTREND_BASELINE_POISSON_MAX && n_samples > 0)
        return CTREND_EDOMAIN;

    /* point forecasts */
    if (point) {
        for (size_t j = 0; j < h; ++j) {
            if (kind == CTREND_BASELINE_SEASONAL) {
                const size_t back = season * ((j + season) / season); /* 12 ceil((j+1)/12) */
                point[j] = x[n + j - back];
            } else {
                point[j] = v;
            }
        }
    }
    if (n_samples == 0) return CTREND_OK;
    if (kind == CTREND_BASELINE_ZERO) {
        for (size_t i = 0; i < h * n_samples; ++i) samples[i] = 0.0;
        return CTREND_OK;
    }

    /* conflictology: the non-NaN values of the last 12 months */
    double pool[CTREND_BASELINE_SEASON];
    size_t npool = 0;
    if (kind == CTREND_BASELINE_CONFLICTOLOGY)
        for (size_t i = n - season; i < n; ++i)
            if (!isnan(x[i])) pool[npool++] = x[i];

    gsl_rng *r = ctrend__rng_new(seed);
    if (!r) return CTREND_ENOMEM;
    int rc = CTREND_OK;
    for (size_t j = 0; j < h && rc == CTREND_OK; ++j) {
        double *row = samples + j * n_samples;
        switch (kind) {
        case CTREND_BASELINE_LAST:
        case CTREND_BASELINE_MEAN: rc = poisson_row(ctl, r, v, row, n_samples); break;
        case CTREND_BASELINE_SEASONAL: {
            const size_t back = season * ((j + season) / season);
            rc = poisson_row(ctl, r, x[n + j - back], row, n_samples);
            break;
        }
        default: /* conflictology */
            for (size_t s = 0; s < n_samples && rc == CTREND_OK; ++s) {
                if (s % CTREND__BASELINE_POLL == 0 && ctrend__cancelled(ctl)) rc = CTREND_ECANCELED;
                else row[s] = pool[gsl_rng_uniform_int(r, (unsigned long)npool)];
            }
            break;
        }
    }
    gsl_rng_free(r);
    return rc;
}
