/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * draws_internal.h — the one home of three things every simulating module of lib/ shares
 * (forecasts, baselines, break bootstraps, scores, backtests): how a caller's 64-bit seed
 * becomes a generator, how simulated draws are put in order, and the type-7 sample quantile.
 * Never installed; names are ctrend__*.
 */
#ifndef CTREND_DRAWS_INTERNAL_H
#define CTREND_DRAWS_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include <gsl/gsl_rng.h>

/* The 32-bit seed mt19937 is given for a caller's 64-bit seed: (seed ^ (seed >> 32)) &
 * 0xffffffff (GSL then maps 0 to 4357). Pinned: seeded results of 0.1 and the seeds of
 * ctrend.dask.series_seed (docs/dask.md) depend on it. */
unsigned long ctrend__seed_fold(uint64_t seed);
/* A new gsl_rng_mt19937 seeded with ctrend__seed_fold(seed); NULL when out of memory. */
gsl_rng *ctrend__rng_new(uint64_t seed);

/* Scratch of ctrend__sort_draws, grown on demand; zero-initialise, free with _free. */
typedef struct ctrend__sort_ws {
    size_t *count;  /* histogram (counting sort) or digit counts (radix) */
    size_t ncount;
    uint64_t *key;  /* 2 n keys (radix sort) */
    size_t nkey;
} ctrend__sort_ws;
void ctrend__sort_ws_free(ctrend__sort_ws *ws);
/* Sort x[0..n) ascending (NaN-free). Integer-valued draws (counts) are put in order by
 * counting, in O(n + range) or O(n) radix passes, never a comparison sort; other values by
 * gsl_sort. The result is the same array of values a comparison sort gives. CTREND_OK or
 * CTREND_ENOMEM (x unchanged). */
int ctrend__sort_draws(double *x, size_t n, ctrend__sort_ws *ws);

/* R's type-7 sample quantile (Hyndman & Fan 1996; gsl_stats_quantile_from_sorted_data) of
 * ascending-sorted s[0..m), m >= 1, p in [0, 1]: with h = p (m - 1), j = floor(h),
 * d = h - j: (1 - d) s[j] + d s[j+1] (s[m-1] when j = m - 1). No checks. */
double ctrend__quantile_sorted(const double *s, size_t m, double p);

#endif
