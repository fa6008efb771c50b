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

/* Poisson rows for month j with mean v (NaN -> NaN row, no draws). */
static int poisson_row(gsl_rng *r, double v, double *row, size_t m)
{
    if (isnan(v)) {
        for (size_t s = 0; s < m; ++s) row[s] = NAN;
        return CTREND_OK;
    }
    if (v > CTREND_BASELINE_POISSON_MAX) return CTREND_EDOMAIN;
    for (size_t s = 0; s < m; ++s) row[s] = v == 0 ? 0.0 : ctrend__rpois(r, v);
    return CTREND_OK;
}

int ctrend_baseline_forecast(int kind, const double *x, size_t n, size_t k, size_t h,
                             size_t n_samples, uint64_t seed, double *point, double *samples,
                             size_t samples_cap)
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

    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    if (!r) return CTREND_ENOMEM;
    /* fold the 64-bit seed to the 32 bits mt19937 uses, as ctrend_forecast_new does */
    gsl_rng_set(r, (unsigned long)((seed ^ (seed >> 32)) & 0xffffffffu));
    int rc = CTREND_OK;
    for (size_t j = 0; j < h && rc == CTREND_OK; ++j) {
        double *row = samples + j * n_samples;
        switch (kind) {
        case CTREND_BASELINE_LAST:
        case CTREND_BASELINE_MEAN: rc = poisson_row(r, v, row, n_samples); break;
        case CTREND_BASELINE_SEASONAL: {
            const size_t back = season * ((j + season) / season);
            rc = poisson_row(r, x[n + j - back], row, n_samples);
            break;
        }
        default: /* conflictology */
            for (size_t s = 0; s < n_samples; ++s)
                row[s] = pool[gsl_rng_uniform_int(r, (unsigned long)npool)];
            break;
        }
    }
    gsl_rng_free(r);
    return rc;
}
