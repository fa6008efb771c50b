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
 * that are not integers (the Gaussian family) are sorted by the same radix passes on their
 * IEEE-754 bit patterns mapped to an unsigned order (negative: every bit flipped; else the
 * sign bit set; Knuth, sec. 5.2.5, applied to the "sortable" float encoding), also the
 * values gsl_sort returns (-0 before +0, where a comparison sort leaves them as found).
 * Every pass polls the caller's cancel flag every CTREND__SORT_POLL values, so one
 * horizon's order (up to 10^8 draws) can be cancelled.
 *
 * Type-7 quantile: Hyndman & Fan (1996, Am. Stat. 50:361) definition 7, R's default, in
 * GSL's arithmetic (gsl_stats_quantile_from_sorted_data): (1 - d) x[j] + d x[j+1].
 *
 * Generator. ctrend__rng_new returns a gsl_rng of this file's own type, ctrend__mt19937: the
 * MT19937 of Matsumoto & Nishimura (1998, ACM TOMACS 8:3), with GSL's seeding (gsl_rng_mt19937:
 * seed 0 -> 4357, the 1812433253 recurrence of Knuth, TAOCP vol. 2, 3rd ed., p. 106) and GSL's
 * doubles (32-bit output / 2^32), so every seeded stream is the very stream of
 * gsl_rng_mt19937 (tests/test_draws.c compares them word for word, and through GSL's
 * samplers). GSL functions reach it through its gsl_rng_type as any generator; what the type
 * adds is a state layout this file knows, so the hot samplers below read the next word
 * inline instead of through gsl_rng's function pointer (13 % of `ctrend forecast`'s
 * instructions in the 1.0 profile). Any other gsl_rng still works, through gsl_rng_uniform.
 *
 * Poisson draws of small means (ctrend__rpois_small; lib/models/dist.c adds the reduction
 * for huge means). mu < CTREND__POIS_PTRS_MU: inversion by sequential search from 0
 * (Devroye 1986, "Non-Uniform Random Variate Generation", sec. X.3.3: one uniform, about
 * mu + 1 steps). Above: Hoermann's transformed rejection with squeeze, PTRS (W. Hoermann
 * 1993, "The transformed rejection method for generating Poisson random variables",
 * Insurance: Mathematics and Economics 12:39-45, Algorithm PTRS with the constants of its
 * Table; numpy's Generator.poisson). Step 4 compares log(V alpha / (a / us^2 + b)) with
 * log f(k) = k log mu - mu - log k!; it is evaluated here with two logarithms instead of
 * six, by Stirling's formula with Loader's error term (lib/dist/loader.c):
 *     log k! = stirlerr(k) + 0.5 log(2 pi k) + k log k - k,
 * so the test is log(V alpha sqrt(2 pi k) / (a / us^2 + b)) <= k log(mu / k) + k - mu
 * - stirlerr(k) (k >= 1; log k! = 0 at k = 0). The two sides are the paper's up to double
 * rounding, so the accepted k are the paper's (a decision can only differ where the sides
 * agree to ~1e-15, the same caveat as any floating-point evaluation).
 *
 * Simulated means (ctrend__linsim). A simulation draws beta* = beta_hat + L z and needs
 * mu*_i = g^-1(x_i' beta*) for the h forecast months. With A = X L (h x p, computed once) and
 * eta_i = x_i' beta_hat + offset_i, x_i' beta* + offset_i = eta_i + (A z)_i: one h x p product
 * per simulation, done over the horizon (i innermost, contiguous: vector code), and no
 * triangular product L z. The exponentials go four at a time through glibc's libmvec
 * (_ZGVdN4v_exp, AVX2; max. error 4 ulp by glibc's documentation, against < 1 ulp for the
 * scalar exp; tests/test_draws.c measures the largest difference on 10^5 arguments), chosen
 * at run time, so one binary runs on any x86-64; elsewhere scalar exp. The linear predictor
 * itself is computed with the same operations in the same order on every path. With the log
 * link the same pass gives exp(-mu*) (the first term of Poisson inversion) by the vector exp
 * where a mean is below CTREND__LINSIM_INV_MU (30: a forecast inverts up to there, its search
 * four months per vector, where the other callers switch to PTRS at 10), and PTRS's
 * constants (a square root and two divisions per mean, correctly rounded in both forms, so
 * bit for bit the scalar ones) four at a time elsewhere, for ctrend__linsim_rpois.
 */
#include "draws_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_sort.h>

#include "ctrend/common.h"
#include "dist/dist_internal.h"
#include "internal.h"

/* The cancel flag of a sort's scratch (draws_internal.h), polled every CTREND__SORT_POLL
 * values. */
static inline int sort_cancelled(const ctrend__sort_ws *ws, size_t i)
{
    return i % CTREND__SORT_POLL == 0 && ctrend__cancelled(ws->ctl);
}

/* Ranges up to this many values above n use one counting pass (the histogram is then at
 * most n + this many counters: cheap next to the n draws themselves). */
#define DRAWS_COUNT_SLACK 4096
#define DRAWS_RADIX_BITS 16
#define DRAWS_RADIX (1u << DRAWS_RADIX_BITS)

unsigned long ctrend__seed_fold(uint64_t seed)
{
    return (unsigned long)((seed ^ (seed >> 32)) & 0xffffffffu);
}

/* MT19937 (Matsumoto & Nishimura 1998), state and output as GSL's mt.c. */
#define MT_N 624
#define MT_M 397
typedef struct mt_state {
    uint32_t mt[MT_N];
    size_t mti;
} mt_state;

/* The next MT_N words at once (the reference implementation's genrand refill). */
static void mt_refill(mt_state *s)
{
    uint32_t *const mt = s->mt;
#define MT_TWIST(u, v) ((((u) & 0x80000000u) | ((v) & 0x7fffffffu)) >> 1 ^ (((v) & 1u) ? 0x9908b0dfu : 0u))
    size_t k = 0;
    for (; k < MT_N - MT_M; ++k) mt[k] = mt[k + MT_M] ^ MT_TWIST(mt[k], mt[k + 1]);
    for (; k < MT_N - 1; ++k) mt[k] = mt[k + MT_M - MT_N] ^ MT_TWIST(mt[k], mt[k + 1]);
    mt[MT_N - 1] = mt[MT_M - 1] ^ MT_TWIST(mt[MT_N - 1], mt[0]);
#undef MT_TWIST
    s->mti = 0;
}

static inline uint32_t mt_next(mt_state *s)
{
    if (s->mti >= MT_N) mt_refill(s);
    uint32_t k = s->mt[s->mti++];
    k ^= k >> 11;
    k ^= (k << 7) & 0x9d2c5680u;
    k ^= (k << 15) & 0xefc60000u;
    k ^= k >> 18;
    return k;
}

static void mt_set(void *vs, unsigned long int seed)
{
    mt_state *s = vs;
    if (seed == 0) seed = 4357; /* GSL's default seed */
    s->mt[0] = (uint32_t)(seed & 0xffffffffu);
    for (size_t i = 1; i < MT_N; ++i)
        s->mt[i] = 1812433253u * (s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) + (uint32_t)i;
    s->mti = MT_N;
}

static unsigned long int mt_get(void *vs)
{
    return mt_next(vs);
}

static double mt_get_double(void *vs)
{
    return mt_next(vs) / 4294967296.0;
}

static const gsl_rng_type mt_type = {"mt19937", 0xffffffffUL, 0, sizeof(mt_state), mt_set,
                                     mt_get, mt_get_double};
const gsl_rng_type *const ctrend__mt19937 = &mt_type;

gsl_rng *ctrend__rng_new(uint64_t seed)
{
    gsl_rng *r = gsl_rng_alloc(ctrend__mt19937);
    if (r) gsl_rng_set(r, ctrend__seed_fold(seed));
    return r;
}

/* A uniform on [0, 1): inline for ctrend__mt19937, else through the gsl_rng. */
static inline double unif(const gsl_rng *r)
{
    if (r->type == &mt_type) return mt_next(r->state) / 4294967296.0;
    return gsl_rng_uniform(r);
}

/* ---- standard normals: the ziggurat ----
 * Marsaglia & Tsang (2000, "The Ziggurat Method for Generating Random Variables", J. Stat.
 * Softw. 5(8)), 128 layers of area v = 9.91256303526217e-3 with the base layer's edge
 * r = 3.442619855899 (their constants). ZIG_X[0] = v / f(r) is the base layer's width (its
 * rectangle [0, r] x [0, f(r)] plus the tail beyond r), ZIG_X[1] = r and
 * ZIG_X[i + 1] = f^-1(v / ZIG_X[i] + f(ZIG_X[i])), f(x) = exp(-x^2 / 2) (their zigset), ZIG_X[128]
 * = 0: written out (computed by that recurrence in double precision; C99 hex floats) so the
 * stream does not depend on the machine's libm. One 32-bit word per draw in the common case,
 * split as GSL's gsl_ran_gaussian_ziggurat splits it (Doornik 2005's point: the layer's bits
 * are not reused as the abscissa's): bits 0-6 the layer i, bit 7 the sign, bits 8-31 the
 * abscissa u = j / 2^24; x = u ZIG_X[i] is accepted at once when x < ZIG_X[i + 1] (inside the
 * layer above: under the curve); else layer 0 draws from the tail x > r by Marsaglia's (1964)
 * exponential method (their nfix) and a layer i >= 1 accepts when a uniform height in
 * [f(ZIG_X[i]), f(ZIG_X[i + 1])] lies below f(x). GSL's own tables are not reproduced,
 * so the stream is this sampler's (seeded forecasts changed with it: docs/guarantees.md). */
static const double ZIG_X[129] = {
    0x1.db4668fe7e4a4p+1, 0x1.b8a7c476d2be8p+1, 0x1.9c8e0c7c8098fp+1, 0x1.8aa73e440ffbcp+1,
    0x1.7d45eb36eb842p+1, 0x1.7279dd4ac3f9dp+1, 0x1.695c2be68edc9p+1, 0x1.616dff7c8f54ap+1,
    0x1.5a61edf7e8f32p+1, 0x1.54052012a04a4p+1, 0x1.4e3456b0e3a1bp+1, 0x1.48d61806d601p+1,
    0x1.43d75b60bca1dp+1, 0x1.3f29848d3b416p+1, 0x1.3ac11b8e206d6p+1, 0x1.3694f3a3740d9p+1,
    0x1.329d9725e32f7p+1, 0x1.2ed4df8099571p+1, 0x1.2b35aa5ebee3ep+1, 0x1.27bba2b5dbc92p+1,
    0x1.246317a6b53cp+1, 0x1.2128dd36bdf09p+1, 0x1.1e0a342cf08f6p+1, 0x1.1b04b731f6bccp+1,
    0x1.18164be0c1c39p+1, 0x1.153d16d45743dp+1, 0x1.12777201834f3p+1, 0x1.0fc3e4d95f278p+1,
    0x1.0d211dd28b00fp+1, 0x1.0a8ded0ec371ap+1, 0x1.08093fe3e40e1p+1, 0x1.05921d1c4d769p+1,
    0x1.0327a1cc4cf5ep+1, 0x1.00c8fea1720d4p+1, 0x1.fceaeb2ca5f17p+0, 0x1.f858aff31cbfp+0,
    0x1.f3da097460823p+0, 0x1.ef6dcddc7d392p+0, 0x1.eb12e91486bbcp+0, 0x1.e6c85a849b015p+0,
    0x1.e28d331c6723cp+0, 0x1.de609397e09b9p+0, 0x1.da41aaf79a344p+0, 0x1.d62fb52580b86p+0,
    0x1.d229f9bfeefdbp+0, 0x1.ce2fcb05f8c34p+0, 0x1.ca4084e091e34p+0, 0x1.c65b8c04dbac2p+0,
    0x1.c2804d2c6b16fp+0, 0x1.beae3c60cd0e4p+0, 0x1.bae4d457ee119p+0, 0x1.b72395df5b73bp+0,
    0x1.b36a075498d64p+0, 0x1.afb7b428fe7a1p+0, 0x1.ac0c2c6fc6382p+0, 0x1.a867047516e4fp+0,
    0x1.a4c7d45d01a31p+0, 0x1.a12e37c983369p+0, 0x1.9d99cd86b58b4p+0, 0x1.9a0a373c73f21p+0,
    0x1.967f1924c7b06p+0, 0x1.92f819c682bf5p+0, 0x1.8f74e1b37c6b8p+0, 0x1.8bf51b49ef337p+0,
    0x1.88787278810a6p+0, 0x1.84fe9484873b9p+0, 0x1.81872fd21db73p+0, 0x1.7e11f3adaeb92p+0,
    0x1.7a9e90168b8eep+0, 0x1.772cb58a39dd6p+0, 0x1.73bc14d01a2c9p+0, 0x1.704c5ec50cb81p+0,
    0x1.6cdd4426b88a5p+0, 0x1.696e755e16b84p+0, 0x1.65ffa248e016dp+0, 0x1.62907a0176ebfp+0,
    0x1.5f20aaa4dfc1ap+0, 0x1.5bafe11654817p+0, 0x1.583dc8bff3219p+0, 0x1.54ca0b4ffd349p+0,
    0x1.515450720f455p+0, 0x1.4ddc3d83a5b84p+0, 0x1.4a617543306ccp+0, 0x1.46e39778de063p+0,
    0x1.436240982ad9dp+0, 0x1.3fdd09591d2a4p+0, 0x1.3c538647ef792p+0, 0x1.38c54749b9033p+0,
    0x1.3531d7146a43ep+0, 0x1.3198ba982d911p+0, 0x1.2df97057e7efbp+0, 0x1.2a536fae30e33p+0,
    0x1.26a627fb9d12p+0, 0x1.22f0ffbaa1e55p+0, 0x1.1f335374a10f8p+0, 0x1.1b6c7492c9735p+0,
    0x1.179ba80463fecp+0, 0x1.13c024b2c7ec6p+0, 0x1.0fd911b97f236p+0, 0x1.0be58456ff4aep+0,
    0x1.07e47d87a40f6p+0, 0x1.03d4e7391c5b7p+0, 0x1.ff6b21fffe31ap-1, 0x1.f70a5866c8f46p-1,
    0x1.ee848e956826fp-1, 0x1.e5d6909f51b6ap-1, 0x1.dcfccc51c59fp-1, 0x1.d3f340dda611cp-1,
    0x1.cab56ac6a38d3p-1, 0x1.c13e2b014e85cp-1, 0x1.b787a7c516f3bp-1, 0x1.ad8b2506a137cp-1,
    0x1.a340d1baf5b18p-1, 0x1.989f85c753b2cp-1, 0x1.8d9c6a9d35e3dp-1, 0x1.822a858af0e7dp-1,
    0x1.763a1600eec74p-1, 0x1.69b7b213f3f69p-1, 0x1.5c8afdbf0217bp-1, 0x1.4e94c08c0bab7p-1,
    0x1.3fabee1911cd7p-1, 0x1.2f98d6bb4f41fp-1, 0x1.1e0ce6b5969b3p-1, 0x1.0a936da5e55adp-1,
    0x1.e8e576e43fbefp-2, 0x1.b4c8fece48e83p-2, 0x1.73949184db9dfp-2, 0x1.16db47e193e1ap-2,
    0.0};
#define ZIG_R 3.442619855899

/* A uniform on (0, 1]. */
static inline double unif_pos(const gsl_rng *r)
{
    return 1.0 - unif(r);
}

static inline uint32_t word32(const gsl_rng *r)
{
    if (r->type == &mt_type) return mt_next(r->state);
    return (uint32_t)(gsl_rng_get(r) & 0xffffffffu);
}

/* A draw of the ziggurat from the word w whose point was not accepted at once. */
static double rnorm_slow(const gsl_rng *r, uint32_t w)
{
    for (;;) {
        const size_t i = w & 0x7f;
        const double sign = (w & 0x80) ? -1.0 : 1.0;
        const double x = ((double)(w >> 8) * 0x1p-24) * ZIG_X[i];
        if (x < ZIG_X[i + 1]) return sign * x;
        if (i == 0) { /* the tail beyond r */
            double t, y;
            do {
                t = -log(unif_pos(r)) / ZIG_R;
                y = -log(unif_pos(r));
            } while (y + y < t * t);
            return sign * (ZIG_R + t);
        }
        const double f0 = exp(-0.5 * ZIG_X[i] * ZIG_X[i]), f1 = exp(-0.5 * ZIG_X[i + 1] * ZIG_X[i + 1]);
        if (f0 + unif(r) * (f1 - f0) < exp(-0.5 * x * x)) return sign * x;
        w = word32(r); /* rejected: a new point */
    }
}

/* One standard normal draw. */
static inline double rnorm(const gsl_rng *r)
{
    const uint32_t w = word32(r);
    const size_t i = w & 0x7f;
    const double x = ((double)(w >> 8) * 0x1p-24) * ZIG_X[i];
    if (x < ZIG_X[i + 1]) {
        /* -x where bit 7 is set, by flipping the sign bit (-x exactly, -0 included): the
         * branch it replaces was taken at random, half the time, and mispredicted so */
        uint64_t b;
        memcpy(&b, &x, sizeof b);
        b ^= (uint64_t)(w & 0x80) << 56;
        double y;
        memcpy(&y, &b, sizeof y);
        return y;
    }
    return rnorm_slow(r, w);
}

void ctrend__rnorm_fill(const gsl_rng *r, double *z, size_t n)
{
    for (size_t i = 0; i < n; ++i) z[i] = rnorm(r);
}

/* 1 / k for k < INV_N (constant expressions: correctly rounded at compile time); beyond,
 * mu / k by a division (the same product). Inversion passes k = 64 with probability < 1e-29
 * below CTREND__POIS_PTRS_MU = 10 and 4.7e-8 below CTREND__LINSIM_INV_MU = 30 (the Poisson
 * upper tails P(K >= 64), summed from dpois terms). */
#define INV_N 64
#define INV4(k) 1.0 / (k), 1.0 / ((k) + 1), 1.0 / ((k) + 2), 1.0 / ((k) + 3)
#define INV16(k) INV4(k), INV4((k) + 4), INV4((k) + 8), INV4((k) + 12)
static const double INV_K[INV_N] = {0.0, 1.0, 1.0 / 2, 1.0 / 3, INV4(4), INV4(8), INV4(12),
                                    INV16(16), INV16(32), INV16(48)};
#undef INV16
#undef INV4

/* Poisson(mu), 0 <= mu < CTREND__POIS_PTRS_MU (CTREND__LINSIM_INV_MU for a forecast):
 * inversion (sequential search); emu = exp(-mu) (>= 9e-14 there: no underflow). */
static inline double rpois_inversion(const gsl_rng *r, double mu, double emu)
{
    const double u = unif(r);
    double p = emu, f = p, k = 0;
    size_t j = 0;
    while (u > f) {
        k += 1;
        ++j;
        /* mu / k as mu * (1 / k) off the p -> f dependency chain (the division's latency
         * was the chain's); 1 / k correctly rounded, from the table while k is small */
        p *= j < INV_N ? mu * INV_K[j] : mu / k;
        if (p == 0) break; /* u within rounding of 1: the tail has no mass left */
        f += p;
    }
    return k;
}

#define TWO_PI 6.283185307179586476925286766559

/* floor(x): by a truncating conversion where |x| < 2^52 (a few instructions where the
 * baseline x86-64 ISA has no rounding instruction), else floor(); same value for every x. */
static inline double floor_fast(double x)
{
    if (!(fabs(x) < 4503599627370496.0)) return floor(x);
    const double t = (double)(int64_t)x;
    return t > x ? t - 1.0 : t;
}

/* PTRS's constants for mu (the paper's Table): b, a, 1/alpha, v_r. ptrs_avx2 below computes
 * the same operations, in the same order, four means at a time. */
#define PTRS_B0 0.931
#define PTRS_B1 2.53
#define PTRS_A0 -0.059
#define PTRS_A1 0.02483
#define PTRS_I0 1.1239
#define PTRS_I1 1.1328
#define PTRS_I2 3.4
#define PTRS_V0 0.9277
#define PTRS_V1 3.6224
#define PTRS_V2 2.0
typedef struct ptrs_k {
    double b, a, invalpha, vr;
    double lmu; /* log(mu): step 4 (the linear predictor itself under the log link) */
} ptrs_k;

static inline ptrs_k ptrs_setup(double mu)
{
    ptrs_k c;
    c.b = PTRS_B0 + PTRS_B1 * sqrt(mu);
    c.a = PTRS_A0 + PTRS_A1 * c.b;
    c.invalpha = PTRS_I0 + PTRS_I1 / (c.b - PTRS_I2);
    c.vr = PTRS_V0 - PTRS_V1 / (c.b - PTRS_V2);
    c.lmu = NAN; /* log(mu) on first use (step 4) */
    return c;
}

/* The k-only terms of step 4 for an integer k >= 1: g = k log k - k + stirlerr(k) (log k!
 * less 0.5 log(2 pi k)) and sq = sqrt(2 pi k); from cache[2k], cache[2k+1] when
 * k < LINSIM_LFACT (filled on first use: NaN until then; the same values, computed once),
 * else computed. cache may be NULL. */
#define LINSIM_LFACT 1024
static inline double lfact_g(double k)
{
    return k * log(k) - k + ctrend__stirlerr(k);
}
static inline void lfact_terms(double k, double *cache, double *g, double *sq)
{
    if (cache && k < LINSIM_LFACT) {
        double *c = cache + 2 * (size_t)k;
        if (c[0] != c[0]) {
            c[0] = lfact_g(k);
            c[1] = sqrt(TWO_PI * k);
        }
        *g = c[0];
        *sq = c[1];
        return;
    }
    *g = lfact_g(k);
    *sq = sqrt(TWO_PI * k);
}

/* Poisson(mu), mu >= CTREND__POIS_PTRS_MU: Hoermann's PTRS (step numbers of its Algorithm
 * PTRS; step 4 as in the file comment), constants c = ptrs_setup(mu); cache as lfact_terms. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline double rpois_ptrs_k(const gsl_rng *r, double mu, ptrs_k c, double *cache)
{
    const double a = c.a, b = c.b;
    for (;;) {
        const double u = unif(r) - 0.5; /* 1 */
        const double v = unif(r);
        const double us = 0.5 - fabs(u);
        const double k = floor_fast((2 * a / us + b) * u + mu + 0.43);
        if (us >= 0.07 && v <= c.vr) return k; /* 2: the squeeze */
        if (k < 0 || (us < 0.013 && v > us)) continue; /* 3 */
        /* 4 */
        const double t = v * c.invalpha / (a / (us * us) + b);
        if (k < 1) {
            if (log(t) <= -mu) return k;
            continue;
        }
        double g, sq;
        lfact_terms(k, cache, &g, &sq);
        /* log x <= rhs, x = t sq, decided by log's bounds 1 - 1/x <= log x <= x - 1 when they
         * suffice (no logarithm: x is near 1 where the test is close), else by log x */
        if (c.lmu != c.lmu) c.lmu = log(mu);
        const double x = t * sq, rhs = k * c.lmu - mu - g;
        if (x - 1 <= rhs) return k;
        if (rhs < 1 && x * (1 - rhs) > 1) continue;
        if (log(x) <= rhs) return k;
    }
}

static double rpois_ptrs(const gsl_rng *r, double mu)
{
    return rpois_ptrs_k(r, mu, ptrs_setup(mu), NULL);
}

double ctrend__rpois_small(const gsl_rng *r, double mu)
{
    return mu < CTREND__POIS_PTRS_MU ? rpois_inversion(r, mu, exp(-mu)) : rpois_ptrs(r, mu);
}

double ctrend__rpois_small_e(const gsl_rng *r, double mu, double emu)
{
    return mu < CTREND__POIS_PTRS_MU ? rpois_inversion(r, mu, emu) : rpois_ptrs(r, mu);
}

/* ---- simulated means ---- */

#define LINSIM_W 4 /* doubles per vector (AVX2) */

#if defined(__GNUC__) && defined(__x86_64__) && !defined(CTREND_NO_MVEC)
#define LINSIM_AVX2 1
#include <immintrin.h>
/* glibc libmvec (x86_64, since 2.22): 4-lane double exp for AVX2, max. error 4 ulp. */
extern __attribute__((target("avx2"))) __m256d _ZGVdN4v_exp(__m256d x);

__attribute__((target("avx2"))) static void linsim_avx2(const ctrend__linsim *s)
{
    const size_t hp = s->hp, p = s->p;
    for (size_t i = 0; i < hp; i += LINSIM_W) {
        /* the same multiplications and additions, in the same order, as linsim_scalar */
        __m256d e = _mm256_loadu_pd(s->eta + i);
        for (size_t j = 0; j < p; ++j)
            e = _mm256_add_pd(e, _mm256_mul_pd(_mm256_loadu_pd(s->a + j * hp + i), _mm256_set1_pd(s->z[j])));
        if (s->log_link) {
            _mm256_storeu_pd(s->lmu + i, e);
            e = _ZGVdN4v_exp(e);
            /* exp(-mu) only serves inversion (mu < CTREND__LINSIM_INV_MU): skipped when no lane
             * needs it (the months of a block have similar means) */
            const int small = _mm256_movemask_pd(_mm256_cmp_pd(e, _mm256_set1_pd(CTREND__LINSIM_INV_MU), _CMP_LT_OQ));
            if (small)
                _mm256_storeu_pd(s->emu + i, _ZGVdN4v_exp(_mm256_sub_pd(_mm256_setzero_pd(), e)));
            if (small != 0xf) { /* PTRS's constants (ptrs_setup), four at a time */
                const __m256d b = _mm256_add_pd(_mm256_set1_pd(PTRS_B0), _mm256_mul_pd(_mm256_set1_pd(PTRS_B1), _mm256_sqrt_pd(e)));
                _mm256_storeu_pd(s->pb + i, b);
                _mm256_storeu_pd(s->pa + i, _mm256_add_pd(_mm256_set1_pd(PTRS_A0), _mm256_mul_pd(_mm256_set1_pd(PTRS_A1), b)));
                _mm256_storeu_pd(s->pi + i, _mm256_add_pd(_mm256_set1_pd(PTRS_I0), _mm256_div_pd(_mm256_set1_pd(PTRS_I1), _mm256_sub_pd(b, _mm256_set1_pd(PTRS_I2)))));
                _mm256_storeu_pd(s->pv + i, _mm256_sub_pd(_mm256_set1_pd(PTRS_V0), _mm256_div_pd(_mm256_set1_pd(PTRS_V1), _mm256_sub_pd(b, _mm256_set1_pd(PTRS_V2)))));
            }
        }
        _mm256_storeu_pd(s->mu + i, e);
    }
}

__attribute__((target("avx2"))) static void vexp_avx2(const double *x, double *y, size_t n)
{
    for (size_t i = 0; i + LINSIM_W <= n; i += LINSIM_W)
        _mm256_storeu_pd(y + i, _ZGVdN4v_exp(_mm256_loadu_pd(x + i)));
}

/* Poisson inversion of the months i < h whose uniform u[i] is >= 0 (the others hold -1),
 * four months per vector: each lane runs rpois_inversion's search (the same products and
 * sums, in the same order, so the same k bit for bit) and the loop ends when no lane is
 * still searching: one unpredictable exit per four draws instead of one per draw (the
 * exit's misprediction was the most of a small mean's draw). k[i] is set where u[i] >= 0. */
__attribute__((target("avx2"))) static void inversion_avx2(const ctrend__linsim *s, const double *u, double *k)
{
    const __m256d zero = _mm256_setzero_pd(), one = _mm256_set1_pd(1.0);
    for (size_t i = 0; i < s->h; i += LINSIM_W) {
        const __m256d uu = _mm256_loadu_pd(u + i);
        if (!_mm256_movemask_pd(_mm256_cmp_pd(uu, zero, _CMP_GE_OQ))) continue; /* no inversion month */
        const __m256d mu = _mm256_loadu_pd(s->mu + i);
        __m256d p = _mm256_loadu_pd(s->emu + i), f = p, kk = zero;
        __m256d on = _mm256_cmp_pd(uu, f, _CMP_GT_OQ); /* lanes still searching */
        for (size_t j = 1; _mm256_movemask_pd(on); ++j) {
            kk = _mm256_add_pd(kk, _mm256_and_pd(on, one));
            p = _mm256_mul_pd(p, j < INV_N ? _mm256_mul_pd(mu, _mm256_set1_pd(INV_K[j]))
                                           : _mm256_div_pd(mu, _mm256_set1_pd((double)j)));
            f = _mm256_add_pd(f, p);
            /* a lane stops at u <= f, or where p underflowed to 0 (rpois_inversion's break) */
            on = _mm256_and_pd(on, _mm256_and_pd(_mm256_cmp_pd(p, zero, _CMP_NEQ_UQ), _mm256_cmp_pd(uu, f, _CMP_GT_OQ)));
        }
        _mm256_storeu_pd(k + i, kk);
    }
}

static int have_avx2(void)
{
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2");
}
#else
#define LINSIM_AVX2 0
#endif

static void linsim_scalar(const ctrend__linsim *s)
{
    const size_t hp = s->hp, p = s->p;
    for (size_t i = 0; i < hp; ++i) s->mu[i] = s->eta[i];
    for (size_t j = 0; j < p; ++j) {
        const double zj = s->z[j], *aj = s->a + j * hp;
        for (size_t i = 0; i < hp; ++i) s->mu[i] += aj[i] * zj;
    }
    if (s->log_link)
        for (size_t i = 0; i < s->h; ++i) {
            s->lmu[i] = s->mu[i];
            s->mu[i] = exp(s->mu[i]);
            if (s->mu[i] < CTREND__LINSIM_INV_MU) {
                s->emu[i] = exp(-s->mu[i]);
            } else {
                const ptrs_k c = ptrs_setup(s->mu[i]);
                s->pb[i] = c.b;
                s->pa[i] = c.a;
                s->pi[i] = c.invalpha;
                s->pv[i] = c.vr;
            }
        }
}

int ctrend__linsim_init(ctrend__linsim *s, const double *X, const double *L, const double *eta,
                        size_t p, size_t h, int log_link)
{
    memset(s, 0, sizeof *s);
    size_t hp, na, nb;
    if (ctrend__add_size(h, LINSIM_W - 1, &hp)) return CTREND_ENOMEM;
    hp -= hp % LINSIM_W;
    size_t nh;
    if (ctrend__mul_size(p, hp, &na) || ctrend__mul_size(hp, 12, &nh) ||
        ctrend__add_size(nh, 2 * LINSIM_LFACT, &nh) || ctrend__add_size(na, nh, &nb) ||
        ctrend__add_size(nb, p, &nb))
        return CTREND_ENOMEM;
    double *buf = ctrend__calloc_n(nb, 1, sizeof *buf);
    if (!buf) return CTREND_ENOMEM;
    s->p = p;
    s->h = h;
    s->hp = hp;
    s->log_link = log_link;
    s->a = buf;
    s->eta = buf + na;
    s->mu = s->eta + hp;
    s->emu = s->mu + hp;
    s->lo = s->emu + hp;
    s->hi = s->lo + hp;
    s->pb = s->hi + hp;
    s->pa = s->pb + hp;
    s->pi = s->pa + hp;
    s->pv = s->pi + hp;
    s->lmu = s->pv + hp;
    s->u = s->lmu + hp;
    s->kinv = s->u + hp;
    s->lfact = s->kinv + hp;
    s->z = s->lfact + 2 * LINSIM_LFACT;
    for (size_t i = 0; i < 2 * LINSIM_LFACT; ++i) s->lfact[i] = NAN;
    for (size_t i = 0; i < hp; ++i) {
        s->u[i] = -1.0; /* the padding months stay -1: no inversion there */
        s->lo[i] = INFINITY;
        s->hi[i] = -INFINITY;
    }
    /* a[j][i] = sum_{k >= j} X[i][k] L[k][j] (L lower triangular) */
    for (size_t i = 0; i < h; ++i) {
        s->eta[i] = eta[i];
        for (size_t j = 0; j < p; ++j) {
            double acc = 0.0;
            for (size_t k = j; k < p; ++k) acc += X[i * p + k] * L[k * p + j];
            s->a[j * hp + i] = acc;
        }
    }
#if LINSIM_AVX2
    s->vec = have_avx2();
#endif
    return CTREND_OK;
}

void ctrend__linsim_free(ctrend__linsim *s)
{
    if (!s) return;
    free(s->a);
    memset(s, 0, sizeof *s);
}

void ctrend__linsim_means(ctrend__linsim *s)
{
#if LINSIM_AVX2
    if (s->vec) {
        linsim_avx2(s);
        return;
    }
#endif
    linsim_scalar(s);
}

int ctrend__linsim_vexp(const double *x, double *y, size_t n)
{
#if LINSIM_AVX2
    if (have_avx2()) {
        vexp_avx2(x, y, n);
        return 1;
    }
#endif
    for (size_t i = 0; i < n; ++i) y[i] = exp(x[i]);
    return 0;
}

static inline void linsim_keep(ctrend__linsim *s, size_t i, double k, double *out, size_t stride)
{
    out[i * stride] = k;
    s->lo[i] = k < s->lo[i] ? k : s->lo[i];
    s->hi[i] = k > s->hi[i] ? k : s->hi[i];
}

int ctrend__linsim_rpois(ctrend__linsim *s, const gsl_rng *r, double max_mean, double big_mean,
                         double (*big)(const gsl_rng *, double), double *out, size_t stride)
{
    /* With the vector path an inversion month only takes its uniform here (inversion uses
     * exactly one, so the stream's order is the scalar loop's) and is searched afterwards,
     * four months at a time (inversion_avx2). */
    const int vec = LINSIM_AVX2 && s->vec;
    for (size_t i = 0; i < s->h; ++i) {
        const double mu = s->mu[i];
        if (!(mu <= max_mean)) return CTREND_ELIMIT;
        double k;
        if (mu > big_mean) {
            k = big(r, mu);
        } else if (mu < CTREND__LINSIM_INV_MU) {
            if (vec) {
                s->u[i] = unif(r);
                continue;
            }
            k = rpois_inversion(r, mu, s->emu[i]);
        } else {
            k = rpois_ptrs_k(r, mu, (ptrs_k){s->pb[i], s->pa[i], s->pi[i], s->pv[i], s->log_link ? s->lmu[i] : NAN}, s->lfact);
        }
        if (vec) s->u[i] = -1.0;
        linsim_keep(s, i, k, out, stride);
    }
#if LINSIM_AVX2
    if (vec) {
        inversion_avx2(s, s->u, s->kinv);
        for (size_t i = 0; i < s->h; ++i)
            if (s->u[i] >= 0) linsim_keep(s, i, s->kinv[i], out, stride);
    }
#endif
    return CTREND_OK;
}

double ctrend__counts_mean(const double *x, size_t n)
{
    /* four partial sums: exact in any order while they stay below 2^53 */
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        s0 += x[i];
        s1 += x[i + 1];
        s2 += x[i + 2];
        s3 += x[i + 3];
    }
    for (; i < n; ++i) s0 += x[i];
    return ((s0 + s1) + (s2 + s3)) / (double)n;
}

/* ---- order and quantiles ---- */

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

static int grow_keys(ctrend__sort_ws *ws, size_t n)
{
    if (ws->nkey >= 2 * n) return 0;
    uint64_t *k = ctrend__realloc_n(ws->key, n, 2 * sizeof *k);
    if (!k) return -1;
    ws->key = k;
    ws->nkey = 2 * n;
    return 0;
}

/* LSD radix sort (16-bit digits, stable passes) of the keys ws->key[0..n), all <= top, with
 * ws->key[n..2n) as scratch; the sorted keys end in ws->key[0..n). 1 when cancelled. */
static int radix_keys(ctrend__sort_ws *ws, size_t n, uint64_t top)
{
    uint64_t *a = ws->key, *b = ws->key + n;
    for (unsigned shift = 0; shift < 64 && (top >> shift) != 0; shift += DRAWS_RADIX_BITS) {
        size_t *c = ws->count;
        memset(c, 0, DRAWS_RADIX * sizeof *c);
        for (size_t i = 0; i < n; ++i) {
            if (sort_cancelled(ws, i)) return 1;
            ++c[(a[i] >> shift) & (DRAWS_RADIX - 1)];
        }
        size_t sum = 0;
        for (size_t d = 0; d < DRAWS_RADIX; ++d) {
            const size_t t = c[d];
            c[d] = sum;
            sum += t;
        }
        for (size_t i = 0; i < n; ++i) {
            if (sort_cancelled(ws, i)) return 1;
            b[c[(a[i] >> shift) & (DRAWS_RADIX - 1)]++] = a[i];
        }
        uint64_t *t = a;
        a = b;
        b = t;
    }
    if (a != ws->key) memcpy(ws->key, a, n * sizeof *a);
    return 0;
}

/* LSD radix sort of the keys x[i] - lo (range < 2^53), written back as lo + key. */
static int radix_sort(double *x, size_t n, double lo, double range, ctrend__sort_ws *ws)
{
    if (grow_count(ws, DRAWS_RADIX) || grow_keys(ws, n)) return CTREND_ENOMEM;
    uint64_t *a = ws->key;
    for (size_t i = 0; i < n; ++i) {
        if (sort_cancelled(ws, i)) return CTREND_ECANCELED;
        a[i] = (uint64_t)(x[i] - lo);
    }
    if (radix_keys(ws, n, (uint64_t)range)) return CTREND_ECANCELED;
    for (size_t i = 0; i < n; ++i) x[i] = lo + (double)a[i];
    return CTREND_OK;
}

/* Sort the IEEE-754 doubles x[0..n) (no NaN) by their bit patterns mapped to an unsigned
 * order (sign bit set: all bits flipped; else the sign bit set), four 16-bit LSD passes. */
static int radix_sort_bits(double *x, size_t n, ctrend__sort_ws *ws)
{
    if (grow_count(ws, DRAWS_RADIX) || grow_keys(ws, n)) return CTREND_ENOMEM;
    uint64_t *a = ws->key;
    for (size_t i = 0; i < n; ++i) {
        if (sort_cancelled(ws, i)) return CTREND_ECANCELED; /* x untouched so far */
        uint64_t u;
        memcpy(&u, &x[i], sizeof u);
        a[i] = (u >> 63) ? ~u : u | 0x8000000000000000u;
    }
    if (radix_keys(ws, n, UINT64_MAX)) return CTREND_ECANCELED;
    for (size_t i = 0; i < n; ++i) {
        const uint64_t u = (a[i] >> 63) ? a[i] & 0x7fffffffffffffffu : ~a[i];
        memcpy(&x[i], &u, sizeof u);
    }
    return CTREND_OK;
}

/* Counting pass over x[0..n) in [lo, lo + m): 1 (x untouched) at a value that is not an
 * integer when check is set; 2 when cancelled (ws->ctl; x's contents then unspecified). */
static int count_order_from(const double *src, double *x, size_t n, double lo, size_t m,
                            int check, ctrend__sort_ws *ws)
{
    size_t *const c = ws->count;
    memset(c, 0, m * sizeof *c);
    for (size_t i0 = 0; i0 < n; i0 += CTREND__SORT_POLL) {
        if (ctrend__cancelled(ws->ctl)) return 2;
        const size_t i1 = n - i0 < CTREND__SORT_POLL ? n : i0 + CTREND__SORT_POLL;
        for (size_t i = i0; i < i1; ++i) {
            if (check && (double)(int64_t)src[i] != src[i]) return 1;
            ++c[(size_t)(src[i] - lo)];
        }
    }
    size_t at = 0;
    for (size_t v = 0; v < m; ++v) {
        if (sort_cancelled(ws, v) && v > 0) return 2;
        const double val = lo + (double)v;
        for (size_t k = c[v]; k > 0; --k) x[at++] = val;
    }
    return 0;
}

static int count_order(double *x, size_t n, double lo, size_t m, int check, ctrend__sort_ws *ws)
{
    return count_order_from(x, x, n, lo, m, check, ws);
}

int ctrend__sort_counts(const double *src, double *x, size_t n, double lo, double hi,
                        ctrend__sort_ws *ws)
{
    const double range = hi - lo;
    if (n < 2 || !(range < (double)n + DRAWS_COUNT_SLACK) || !(lo >= -9007199254740992.0) ||
        !(hi <= 9007199254740992.0)) {
        for (size_t c0 = 0; x != src && c0 < n; c0 += CTREND__SORT_POLL) { /* polled copy */
            if (ctrend__cancelled(ws->ctl)) return CTREND_ECANCELED;
            memcpy(x + c0, src + c0, (n - c0 < CTREND__SORT_POLL ? n - c0 : CTREND__SORT_POLL) * sizeof *x);
        }
        return ctrend__sort_draws(x, n, ws);
    }
    const size_t m = (size_t)range + 1;
    if (grow_count(ws, m)) return CTREND_ENOMEM;
    return count_order_from(src, x, n, lo, m, 0, ws) ? CTREND_ECANCELED : CTREND_OK;
}

int ctrend__sort_draws(double *x, size_t n, ctrend__sort_ws *ws)
{
    if (n < 2) return CTREND_OK;
    double lo = x[0], hi = x[0];
    int nan = 0;
    for (size_t i = 1; i < n; ++i) {
        if (sort_cancelled(ws, i)) return CTREND_ECANCELED;
        lo = x[i] < lo ? x[i] : lo;
        hi = x[i] > hi ? x[i] : hi;
        nan |= x[i] != x[i];
    }
    const double range = hi - lo;
    /* a NaN (outside the contract: gsl_sort, as 0.1), or beyond the exact integers: a
     * comparison sort (integrality is checked below, with the keys: |x| <= 2^53, so the
     * conversion to int64_t is defined and exact for integers) */
    if (nan) { /* outside the contract: gsl_sort, as 0.1 */
        gsl_sort(x, 1, n);
        return CTREND_OK;
    }
    if (!(fabs(lo) <= 9007199254740992.0 && fabs(hi) <= 9007199254740992.0) ||
        !(range <= 9007199254740992.0))
        return radix_sort_bits(x, n, ws);
    if (range < (double)n + DRAWS_COUNT_SLACK) {
        const size_t m = (size_t)range + 1;
        if (grow_count(ws, m)) return CTREND_ENOMEM;
        const int c = count_order(x, n, lo, m, 1, ws);
        if (c == 2) return CTREND_ECANCELED;
        if (c == 1) return radix_sort_bits(x, n, ws); /* not counts */
        return CTREND_OK;
    }
    for (size_t i = 0; i < n; ++i)
        if ((double)(int64_t)x[i] != x[i]) return radix_sort_bits(x, n, ws);
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
