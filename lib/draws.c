/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * draws.c — seeds, order and quantiles of simulated draws (see draws_internal.h).
 *
 * Seed fold. mt19937 takes 32 bits; a 64-bit seed is folded as seed ^ (seed >> 32), kept
 * from 0.1 so that every seeded result (and the per-series seeds of ctrend.dask, a 53-bit
 * SHA-256 prefix handed to the C functions as it is) reproduces.
 *
 * Order of draws. Predictive intervals need order statistics of n_sims draws per horizon;
 * 0.1 sorted them with gsl_sort (heapsort, 29 % of `ctrend forecast`). Count draws are
 * integers in a range [lo, hi] that is usually small (a few sd of the mean), so a counting
 * sort (Knuth, TAOCP vol. 3, 2nd ed., sec. 5.2, "distribution counting", Algorithm D) puts
 * them in order in O(n + hi - lo). When the range is wide (huge means: sd ~ sqrt(mu)), the
 * keys x - lo (exact integers below 2^53) are sorted by least-significant-digit radix sort
 * with 16-bit digits (the same section's multi-pass distribution sort; at most four stable
 * passes, O(n) each). Both rebuild the very values a comparison sort returns, so every
 * quantile is bit for bit what gsl_sort + gsl_stats_quantile_from_sorted_data gave. Draws
 * that are not integers (the Gaussian family) keep gsl_sort.
 *
 * Type-7 quantile: Hyndman & Fan (1996, Am. Stat. 50:361) definition 7, R's default, in
 * GSL's arithmetic (gsl_stats_quantile_from_sorted_data): (1 - d) x[j] + d x[j+1].
 */
#include "draws_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_sort.h>

#include "ctrend/common.h"
#include "internal.h"

/* Ranges up to this many values above n use one counting pass (the histogram is then at
 * most n + this many counters: cheap next to the n draws themselves). */
#define DRAWS_COUNT_SLACK 4096
#define DRAWS_RADIX_BITS 16
#define DRAWS_RADIX (1u << DRAWS_RADIX_BITS)

unsigned long ctrend__seed_fold(uint64_t seed)
{
    return (unsigned long)((seed ^ (seed >> 32)) & 0xffffffffu);
}

gsl_rng *ctrend__rng_new(uint64_t seed)
{
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    if (r) gsl_rng_set(r, ctrend__seed_fold(seed));
    return r;
}

void ctrend__sort_ws_free(ctrend__sort_ws *ws)
{
    if (!ws) return;
    free(ws->count);
    free(ws->key);
    ws->count = NULL;
    ws->key = NULL;
    ws->ncount = ws->nkey = 0;
}

static int grow_count(ctrend__sort_ws *ws, size_t n)
{
    if (ws->ncount >= n) return 0;
    size_t *c = ctrend__realloc_n(ws->count, n, sizeof *c);
    if (!c) return -1;
    ws->count = c;
    ws->ncount = n;
    return 0;
}

/* LSD radix sort of the keys x[i] - lo (range < 2^53), written back as lo + key. */
static int radix_sort(double *x, size_t n, double lo, double range, ctrend__sort_ws *ws)
{
    if (grow_count(ws, DRAWS_RADIX)) return CTREND_ENOMEM;
    if (ws->nkey < 2 * n) {
        uint64_t *k = ctrend__realloc_n(ws->key, n, 2 * sizeof *k);
        if (!k) return CTREND_ENOMEM;
        ws->key = k;
        ws->nkey = 2 * n;
    }
    uint64_t *a = ws->key, *b = ws->key + n;
    for (size_t i = 0; i < n; ++i) a[i] = (uint64_t)(x[i] - lo);
    const uint64_t top = (uint64_t)range;
    for (unsigned shift = 0; shift < 64 && (top >> shift) != 0; shift += DRAWS_RADIX_BITS) {
        size_t *c = ws->count;
        memset(c, 0, DRAWS_RADIX * sizeof *c);
        for (size_t i = 0; i < n; ++i) ++c[(a[i] >> shift) & (DRAWS_RADIX - 1)];
        size_t sum = 0;
        for (size_t d = 0; d < DRAWS_RADIX; ++d) {
            const size_t t = c[d];
            c[d] = sum;
            sum += t;
        }
        for (size_t i = 0; i < n; ++i) b[c[(a[i] >> shift) & (DRAWS_RADIX - 1)]++] = a[i];
        uint64_t *t = a;
        a = b;
        b = t;
    }
    for (size_t i = 0; i < n; ++i) x[i] = lo + (double)a[i];
    return CTREND_OK;
}

int ctrend__sort_draws(double *x, size_t n, ctrend__sort_ws *ws)
{
    if (n < 2) return CTREND_OK;
    double lo = x[0], hi = x[0];
    int integral = 1;
    for (size_t i = 0; i < n; ++i) {
        const double v = x[i];
        if (v < lo) lo = v;
        if (v > hi) hi = v;
        if (v != floor(v)) integral = 0;
    }
    const double range = hi - lo;
    /* not counts (or beyond the exact integers): a comparison sort */
    if (!integral || !(fabs(lo) <= 9007199254740992.0 && fabs(hi) <= 9007199254740992.0) ||
        !(range <= 9007199254740992.0)) {
        gsl_sort(x, 1, n);
        return CTREND_OK;
    }
    if (range < (double)n + DRAWS_COUNT_SLACK) {
        const size_t m = (size_t)range + 1;
        if (grow_count(ws, m)) return CTREND_ENOMEM;
        size_t *c = ws->count;
        memset(c, 0, m * sizeof *c);
        for (size_t i = 0; i < n; ++i) ++c[(size_t)(x[i] - lo)];
        size_t at = 0;
        for (size_t v = 0; v < m; ++v) {
            const double val = lo + (double)v;
            for (size_t k = c[v]; k > 0; --k) x[at++] = val;
        }
        return CTREND_OK;
    }
    return radix_sort(x, n, lo, range, ws);
}

double ctrend__quantile_sorted(const double *s, size_t m, double p)
{
    const double index = p * (double)(m - 1);
    const size_t lhs = (size_t)index;
    const double delta = index - (double)lhs;
    if (lhs >= m - 1) return s[m - 1];
    return (1 - delta) * s[lhs] + delta * s[lhs + 1];
}
