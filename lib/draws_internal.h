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
/* MT19937 as a gsl_rng_type of lib/draws.c: the stream of gsl_rng_mt19937 word for word
 * (same seeding, same doubles), in a state layout lib/draws.c reads inline. */
extern const gsl_rng_type *const ctrend__mt19937;
/* A new ctrend__mt19937 generator seeded with ctrend__seed_fold(seed) (the stream of
 * gsl_rng_mt19937 seeded so); NULL when out of memory. */
gsl_rng *ctrend__rng_new(uint64_t seed);

/* Poisson means from which PTRS replaces inversion (Hoermann 1993 states mu >= 10). */
#define CTREND__POIS_PTRS_MU 10.0
/* The same switch for a forecast's Poisson draws (ctrend__linsim_rpois): inversion below 30,
 * where its search runs four months per vector (about mu + 1 steps each) and costs less than
 * PTRS's scalar rejection (-16 % CPU of `ctrend forecast` on bench/'s 200-series panel, -21 % on 2000:
 * bench/RESULTS.md); PTRS above. Both are exact samplers: only the seeded stream differs
 * from ctrend__rpois's for means in [10, 30). */
#define CTREND__LINSIM_INV_MU 30.0
/* One Poisson(mu) draw, 0 <= mu <= 2^31 (finite; no checks): inversion below
 * CTREND__POIS_PTRS_MU, Hoermann's PTRS above (lib/draws.c). Any gsl_rng; a ctrend__mt19937
 * one is read inline. */
double ctrend__rpois_small(const gsl_rng *r, double mu);
/* The same draw given emu = exp(-mu) (within a few ulp: ctrend__linsim's vector exp). */
double ctrend__rpois_small_e(const gsl_rng *r, double mu, double emu);

/* z[0..n) standard normal draws: the ziggurat of Marsaglia & Tsang (2000) with 128 layers
 * (lib/draws.c), one 32-bit word per draw in ~99 % of cases. Any gsl_rng; a ctrend__mt19937
 * one is read inline. */
void ctrend__rnorm_fill(const gsl_rng *r, double *z, size_t n);

/* Scratch of ctrend__sort_draws, grown on demand; zero-initialise, free with _free.
 * ctl (may be NULL, the caller's): a cancel flag polled every CTREND__SORT_POLL values of
 * each pass; once set the sorts return CTREND_ECANCELED (x's contents are then
 * unspecified). */
struct ctrend__control;
#define CTREND__SORT_POLL 65536
typedef struct ctrend__sort_ws {
    const struct ctrend__control *ctl;
    size_t *count;  /* histogram (counting sort) or digit counts (radix) */
    size_t ncount;
    uint64_t *key;  /* 2 n keys (radix sort) */
    size_t nkey;
} ctrend__sort_ws;
void ctrend__sort_ws_free(ctrend__sort_ws *ws);
/* Sort x[0..n) ascending (NaN-free). Integer-valued draws (counts) are put in order by
 * counting, in O(n + range) or O(n) radix passes, never a comparison sort; other values by
 * an LSD radix sort of their IEEE-754 bit patterns (-0 before +0; NaN: gsl_sort). The result
 * is the same array of values a comparison sort gives. CTREND_OK, CTREND_ENOMEM (x
 * unchanged) or CTREND_ECANCELED (ws->ctl). */
int ctrend__sort_draws(double *x, size_t n, ctrend__sort_ws *ws);
/* x[0..n) = src[0..n) in ascending order (src == x allowed; else no overlap), for counts
 * known to be integers in [lo, hi] (no scan, no check): one counting pass from src when the
 * range is small (no copy first), else a copy and ctrend__sort_draws. */
int ctrend__sort_counts(const double *src, double *x, size_t n, double lo, double hi,
                        ctrend__sort_ws *ws);

/* R's type-7 sample quantile (Hyndman & Fan 1996; gsl_stats_quantile_from_sorted_data) of
 * ascending-sorted s[0..m), m >= 1, p in [0, 1]: with h = p (m - 1), j = floor(h),
 * d = h - j: (1 - d) s[j] + d s[j+1] (s[m-1] when j = m - 1). No checks. */
double ctrend__quantile_sorted(const double *s, size_t m, double p);

/* Simulated means of a forecast (lib/draws.c, "Simulated means"): with A = X L,
 * mu[i] = g^-1(eta[i] + (A z)[i]) for i < h, g^-1 = exp (log link) or the identity.
 * Fields are the workspace's own (allocated by _init, released by _free; zero-initialise). */
typedef struct ctrend__linsim {
    size_t p, h, hp;   /* hp: h rounded up to the vector width */
    int log_link;
    int vec;           /* 1: the AVX2 + libmvec path (decided at _init) */
    double *a;         /* p x hp: a[j hp + i] = (X L)[i][j], zero padded */
    double *eta;       /* hp: x_i' beta_hat + offset_i */
    double *z;         /* p: the caller's standard normals for one simulation */
    double *mu;        /* hp: the simulated means (the first h) */
    double *emu;       /* hp: exp(-mu) (log link; set where mu < CTREND__LINSIM_INV_MU) */
    double *lo, *hi;   /* hp: smallest / largest draw of each month (ctrend__linsim_rpois) */
    double *pb, *pa, *pi, *pv; /* hp: PTRS's b, a, 1/alpha, v_r (log link; set where
                                  mu >= CTREND__LINSIM_INV_MU) */
    double *lmu;       /* hp: log(mu) = the linear predictor (log link) for PTRS's step 4 */
    double *u, *kinv;  /* hp: ctrend__linsim_rpois's scratch on the vector path (each inversion
                          month's uniform, -1 elsewhere; the searched draws) */
    double *lfact;     /* k log k - k + stirlerr(k), sqrt(2 pi k) of PTRS's step 4 for small k, filled on
                          first use (NaN before) */
} ctrend__linsim;
/* X: h x p design rows (row-major), L: p x p lower Cholesky factor of V (row-major, the upper
 * triangle ignored), eta: h linear predictors at beta_hat (offsets included). CTREND_OK or
 * CTREND_ENOMEM. */
int ctrend__linsim_init(ctrend__linsim *s, const double *X, const double *L, const double *eta,
                        size_t p, size_t h, int log_link);
void ctrend__linsim_free(ctrend__linsim *s);
/* s->mu from s->z. */
void ctrend__linsim_means(ctrend__linsim *s);
/* The Poisson draws of one simulation, month by month: out[i stride] ~ Poisson(s->mu[i]) for
 * i < h, by big(r, mu) where mu > big_mean (lib/models' ctrend__rpois), else by the samplers
 * of ctrend__rpois_small_e with the switch at CTREND__LINSIM_INV_MU (inversion below, PTRS
 * from there), one month after the other from r; s->lo[i] and
 * s->hi[i] (+-Inf after _init) lowered / raised to each draw. CTREND_ELIMIT (out
 * then incomplete) when a mean is not <= max_mean (NaN included); else CTREND_OK. The vector
 * path (s->vec) gives the scalar path's draws bit for bit, from the same stream. */
int ctrend__linsim_rpois(ctrend__linsim *s, const gsl_rng *r, double max_mean, double big_mean,
                         double (*big)(const gsl_rng *, double), double *out, size_t stride);
/* Mean of n >= 1 counts (integer-valued draws): their sum over n. The sum is exact while it
 * stays below 2^53 (a mean below 9e15 / n), so the mean is then correctly rounded; beyond,
 * each addition rounds, as gsl_stats_mean's running mean (a division per value, the latency
 * of which was 12 % of a forecast's cycles) does at every step. */
double ctrend__counts_mean(const double *x, size_t n);
/* Test hook: exp of x[0..n) into y by the vector path when this machine has it (1 returned),
 * else by scalar exp (0 returned); n a multiple of 4. */
int ctrend__linsim_vexp(const double *x, double *y, size_t n);

#endif
