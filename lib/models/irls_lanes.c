/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * irls_lanes.c — Poisson IRLS on many series that share one design, CTREND__LANES series in
 * flight at once, one per SIMD lane.
 *
 * Method: exactly the plain path of glm_irls.c (R's glm.fit, R 4.2 src/library/stats/R/glm.R):
 *   mustart = y + 0.1; eta = log(mustart); mu = max(exp(eta), DBL_EPSILON); devold = dev(y, mu)
 *   repeat: w = mu (Poisson, log link: mu.eta^2 / V = mu), z = eta - off + (y - mu)/mu,
 *           solve X'WX beta = X'Wz by Cholesky, eta = X beta + off, mu = max(exp(eta), eps),
 *           stop when |dev - devold| / (|dev| + 0.1) < epsilon.
 * The covariance is (X'WX)^-1 from the last iteration's Cholesky factor, as glm_irls.c and
 * summary.glm use. Every lane follows the same arithmetic as a serial fit, with differences
 * of rounding only: exp() may be glibc's vector exp (libmvec, documented max. error 4 ulp
 * against < 1 ulp for the scalar one); the deviance's log(y/mu) is log(y) - eta (log(y)
 * precomputed; eta = log(mu) except where mu is clamped at eps, which is handled exactly);
 * the start values log(y + 0.1) and exp(log(y + 0.1)) of small counts come from tables of
 * libm's values (the serial path's numbers); X'WX is summed from the products x_ij x_ik,
 * rounded once per design instead of once per fit; on a grouped design (below) the same sums
 * are taken in another order. All perturb the coefficients by a few ulp, far below the 1e-9
 * agreement with R the tests demand; the iteration counts are R's.
 *
 * Why lanes: the work of one IRLS iteration is the accumulation of X'WX and X'Wz, p(p+3)/2
 * multiply-adds per row (35 for p = 7), and n exponentials. Across lanes those operations are
 * the same instruction on four series, and the design's values are loaded once for all four.
 * The part of X'WX that does not depend on the series, the products x_ij x_ik, is computed
 * once per design (ctrend__lanes_design_rows), so each entry costs one broadcast load and
 * one fused multiply-add per row and lane group; the entries are summed in passes of
 * LANES_PASS accumulators that stay in registers. The p x p Cholesky, the solves and the
 * deviance are done lane-parallel too.
 *
 * Grouped designs (the usual ctrend design: trend + Fourier seasonality + steps/dummies):
 * rows that agree on every column but one, t (the trend), form a group g, with the other
 * columns' values a_g. Write x_i = (a_g, t_i) in kernel column order (t last). Then, exactly
 * (a regrouping of the same sums),
 *   X'WX = sum_g [ a_g a_g' S0_g   a_g S1_g ]     X'Wz = sum_g [ a_g Z0_g ]
 *                [ a_g' S1_g        S2_g    ],                  [ Z1_g     ],
 *   S0_g = sum_{i in g} w_i, S1_g = sum w_i t_i, S2_g = sum w_i t_i^2,
 *   Z0_g = sum w_i z_i, Z1_g = sum w_i z_i t_i,
 * and eta_i = a_g . beta_a + t_i beta_t + off_i = c_g + t_i beta_t + off_i. So each row
 * costs 5 multiply-adds for the moments and 1 for eta, instead of p(p+3)/2 (35) and p; the
 * p(p+3)/2 entries are then assembled from the G groups' moments (G * 35 multiply-adds) and
 * c_g once per group. This is the sufficient-statistics compression of linear models on
 * grouped data (Wong, Forsell, Lewis, Mao & Wardrop, "You Only Compress Once: Optimal Data
 * Compression for Estimating Linear Models", arXiv:2102.11297, 2021: per distinct feature
 * tuple, sums of the response and of its products suffice for the normal equations), here
 * applied to each weighted least-squares step of IRLS with one column left uncompressed and
 * carried as moments. The rows are permuted once per design so that a group's rows are
 * contiguous (its moments stay in registers); coefficients, SEs, vcov and fitted values are
 * mapped back to design order. ctrend__lanes_grouping chooses the column t that gives the
 * fewest groups (any column is allowed: with no trend, the identity holds all the same) and
 * takes the grouped path only when the estimated instruction count beats the ordinary pass
 * (CTREND__LANES_GROUP_GAIN); otherwise, and for designs with two varying columns (a slope
 * change), the ordinary path runs.
 * Accuracy: every grouped sum adds exactly the terms of the corresponding ordinary sum
 * (w_i x_ij x_ik, with x_ij x_ik = a_gj a_gk, a_gj t_i or t_i^2), only in another order and
 * in shorter chains (group, then groups), so the standard error bound of recursive
 * summation (Higham, Accuracy and Stability of Numerical Algorithms, 2nd ed., 2002, §4.2:
 * |error| <= (m - 1) u sum |terms| for a chain of m) is no larger than the ordinary path's;
 * no moment is subtracted from another (no centring formula that could cancel), so the
 * grouping cannot make X'WX less accurate, whatever the size of t (tests: 1200 months).
 *
 * Refilling: each lane carries its own series, iteration count and previous deviance. When
 * a lane's fit ends (it converged, or it left the plain path: a Cholesky pivot <= 0, a
 * non-finite coefficient or deviance, a deviance rise that glm_irls.c would answer by
 * halving the step, no convergence within maxit), its result is written out and the lane is
 * loaded with the next series of the call at once, so no lane idles while another is still
 * iterating (a block of four series otherwise costs its slowest fit four times). The
 * arithmetic of a lane never reads another lane, so a series' result does not depend on
 * its neighbours, on the lane it ran in, or on the thread count. A series that leaves the
 * plain path is flagged not ok and refitted serially by the caller, so every status and
 * message is the serial fit's.
 *
 * Dispatch: the kernel body is written once (always_inline, generic vector code with GCC's
 * vector extensions) and instantiated twice: for x86-64 AVX2+FMA (target attribute, using
 * libmvec's _ZGVdN4v_exp and the correctly rounded vector sqrt) and for the baseline ISA
 * (scalar exp and sqrt per lane; the grouped kernel with p as a run-time value, one copy);
 * the choice is made once at run time with
 * __builtin_cpu_supports, so one binary runs everywhere. An AVX-512 (8-lane) instance is
 * not written: this machine has no AVX-512 to measure it on.
 * Without GCC/clang vector extensions every series is left to the serial path.
 */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "irls_lanes.h"

#if defined(__GNUC__)
/* The 32-byte vector helpers are static and always inlined: the "AVX vector passed without
 * AVX changes the ABI" note cannot apply to a call that never crosses this file. */
#if defined(__clang__)
#pragma clang diagnostic ignored "-Wunknown-warning-option"
#pragma clang diagnostic ignored "-Wpsabi"
#else
#pragma GCC diagnostic ignored "-Wpsabi"
#endif
/* With P constant every loop over columns, entries and passes has a known trip count: fully
 * unrolled and inlined, the accumulators of a pass are registers. Not under AddressSanitizer
 * with clang (the fuzz build, whose targets never fit): instrumented, unrolled and inlined,
 * this file alone took clang 300 s and 2 GB to compile (3 s without). Unrolling changes no
 * result; without the forced inlining a multiply-add across a call may round apart
 * (-ffp-contract=fast), so only the ordinary builds are the lane path the tests check. */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LANES_SANITIZED 1
#endif
#endif
#if defined(__clang__) && defined(LANES_SANITIZED)
#define LANES_INLINE inline
#define LANES_UNROLL
#elif defined(__clang__)
#define LANES_INLINE __attribute__((always_inline)) inline
#define LANES_UNROLL _Pragma("clang loop unroll(full)")
#else
#define LANES_INLINE __attribute__((always_inline)) inline
#define LANES_UNROLL _Pragma("GCC unroll 16")
#endif
typedef double v4d __attribute__((vector_size(32)));
typedef long long v4i __attribute__((vector_size(32)));
#define HAVE_VEC 1
#else
#define LANES_INLINE inline
#define LANES_UNROLL
#define HAVE_VEC 0
#endif

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__)) && !defined(CTREND_NO_MVEC)
#define HAVE_AVX2_PATH 1
#include <immintrin.h>
/* glibc libmvec (x86_64, since 2.22): 4-lane double exp for AVX2, max. error 4 ulp. */
extern __attribute__((target("avx2"))) __m256d _ZGVdN4v_exp(__m256d x);
#else
#define HAVE_AVX2_PATH 0
#endif

/* Accumulators of one pass over the rows: with the design value, the weight, the working
 * response and one product they fill the 16 vector registers of AVX2. */
#define LANES_PASS 12
/* Entries of X'Wz and X'WX at the largest p. */
#define LANES_TMAX CTREND__LANES_ROW(CTREND__LANES_PMAX)

/* 2 * the unit Poisson deviance at count y, fitted mean mu, log(y) = ly, log(mu) = lmu (the
 * start pass of lane_load and its table; log(y/mu) as log(y) - log(mu), mu = exp(lmu) to
 * rounding) */
static double start_dev(double y, double ly, double lmu, double mu)
{
    return 2.0 * (y > 0 ? y * (ly - lmu) - (y - mu) : mu);
}

void ctrend__lanes_log_tables(double *start)
{
    for (size_t k = 0; k < CTREND__LANES_LOG_TABLE; ++k) {
        double *t = start + 4 * k;
        t[CTREND__LANES_LOGY] = k > 0 ? log((double)k) : 0.0;
        t[CTREND__LANES_ETA0] = log((double)k + 0.1);
        /* linkinv(linkfun(mustart)), as glm_irls.c computes it */
        t[CTREND__LANES_MU0] = exp(t[CTREND__LANES_ETA0]);
        t[CTREND__LANES_DEV0] = start_dev((double)k, t[CTREND__LANES_LOGY],
                                          t[CTREND__LANES_ETA0], t[CTREND__LANES_MU0]);
    }
}

void ctrend__lanes_design_rows(const double *X, size_t n, size_t p, double *S)
{
    const size_t T = CTREND__LANES_ROW(p);
    for (size_t i = 0; i < n; ++i) {
        const double *x = X + i * p;
        double *s = S + i * T, *g = s + p;
        for (size_t j = 0; j < p; ++j) s[j] = x[j];
        for (size_t j = 0; j < p; ++j)
            for (size_t k = 0; k <= j; ++k) *g++ = x[j] * x[k];
    }
}

/* Moments per group and iteration of the grouped path (lanes_kernel). */
#define LANES_MOMENTS 5

size_t ctrend__lanes_scratch_doubles(const ctrend__lanes_design *d)
{
    /* y, log y, eta, mu; the grouped path's moments; + alignment */
    const size_t g = d->groups ? d->groups->n_groups : 0;
    return (4 * d->n + LANES_MOMENTS * g) * CTREND__LANES + CTREND__LANES;
}

/* ---- grouped designs: detection (once per design) ---- */

/* Instruction estimates per row and iteration of four lanes (callgrind, p = 7, AVX2): the
 * ordinary X'WX pass costs about 2 T + 2 p + 6 (one broadcast load and one FMA per entry of
 * X'Wz and X'WX, p for the linear predictor, the weights); the grouped pass about
 * LANES_ROW_GROUPED per row plus 2 T + p + 10 per group (the assembly's broadcast load and
 * FMA per entry, c_g, the moments' stores). */
#define LANES_ROW_GROUPED 24.0

/* Bit pattern of x with -0 read as +0 (x finite): equal values, equal keys. */
static uint64_t key_bits(double x)
{
    uint64_t u;
    x += 0.0; /* -0 + 0 = +0 in round-to-nearest */
    memcpy(&u, &x, sizeof u);
    return u;
}

/* Row i's tuple of the columns other than v hashed (a multiply-rotate mix, splitmix64's
 * constant). */
static uint64_t row_hash(const double *x, size_t p, size_t v)
{
    uint64_t h = 0x9E3779B97F4A7C15ULL;
    for (size_t j = 0; j < p; ++j) {
        if (j == v) continue;
        h ^= key_bits(x[j]);
        h *= 0xBF58476D1CE4E5B9ULL;
        h ^= h >> 31;
    }
    return h;
}

static int rows_equal_but(const double *a, const double *b, size_t p, size_t v)
{
    for (size_t j = 0; j < p; ++j)
        if (j != v && key_bits(a[j]) != key_bits(b[j])) return 0;
    return 1;
}

/* Groups of the rows of X by their columns other than v, at most gmax of them (open
 * addressing in tab, hsize slots, a power of two > 2 gmax; rep: gmax slots): the number of
 * groups with gid[i] set, or gmax + 1 when there are more (gid then partial). */
static size_t group_rows(const double *X, size_t n, size_t p, size_t v, size_t gmax,
                         size_t *tab, size_t hsize, size_t *rep, size_t *gid)
{
    size_t g = 0;
    for (size_t h = 0; h < hsize; ++h) tab[h] = 0; /* 0 = empty, else group + 1 */
    for (size_t i = 0; i < n; ++i) {
        const double *x = X + i * p;
        size_t h = (size_t)row_hash(x, p, v) & (hsize - 1);
        for (;;) {
            if (tab[h] == 0) {
                if (g == gmax) return gmax + 1;
                rep[g] = i;
                tab[h] = ++g;
                gid[i] = g - 1;
                break;
            }
            if (rows_equal_but(X + rep[tab[h] - 1] * p, x, p, v)) {
                gid[i] = tab[h] - 1;
                break;
            }
            h = (h + 1) & (hsize - 1);
        }
    }
    return g;
}

int ctrend__lanes_grouping(const double *X, size_t n, size_t p, size_t *vcol, size_t *gid,
                           size_t *n_groups)
{
    *n_groups = 0;
    *vcol = 0;
    if (n == 0 || p == 0 || p > CTREND__LANES_PMAX) return 0;
    /* the largest G the cost model accepts: n RG + G (2T + p + 10) <= GAIN n (2T + 2p + 6) */
    const double T = (double)CTREND__LANES_ROW(p), P = (double)p;
    const double gbound = ((double)CTREND__LANES_GROUP_GAIN * (2 * T + 2 * P + 6) -
                           LANES_ROW_GROUPED) * (double)n / (2 * T + P + 10);
    if (!(gbound >= 1)) return 0;
    const size_t gmax = gbound < (double)n ? (size_t)gbound : n;
    size_t hsize = 4;
    while (hsize <= 2 * gmax) hsize *= 2;
    size_t *tab = malloc((hsize + gmax) * sizeof *tab);
    if (!tab) return -1;
    size_t best = gmax + 1, bestv = 0;
    for (size_t v = 0; v < p; ++v) {
        /* more groups than the best so far: abandoned at the first row past it */
        const size_t cap = best <= gmax ? best - 1 : gmax;
        if (cap == 0) break;
        const size_t g = group_rows(X, n, p, v, cap, tab, hsize, tab + hsize, gid);
        if (g <= cap) {
            best = g;
            bestv = v;
        }
    }
    if (best <= gmax) {
        (void)group_rows(X, n, p, bestv, gmax, tab, hsize, tab + hsize, gid);
        *n_groups = best;
        *vcol = bestv;
    }
    free(tab);
    return 0;
}

void ctrend__lanes_groups_fill(const double *X, const double *off, size_t n, size_t p,
                               size_t vcol, const size_t *gid, size_t n_groups, size_t *perm,
                               size_t *gstart, size_t *cols, double *XV, double *OFF, double *C,
                               ctrend__lanes_groups *g)
{
    const size_t T = CTREND__LANES_ROW(p);
    /* a counting sort of the rows by group, stable: design order within a group */
    for (size_t k = 0; k <= n_groups; ++k) gstart[k] = 0;
    for (size_t i = 0; i < n; ++i) ++gstart[gid[i] + 1];
    for (size_t k = 0; k < n_groups; ++k) gstart[k + 1] += gstart[k];
    for (size_t i = 0; i < n; ++i) perm[gstart[gid[i]]++] = i;
    for (size_t k = n_groups; k > 0; --k) gstart[k] = gstart[k - 1];
    gstart[0] = 0;
    size_t c = 0;
    for (size_t j = 0; j < p; ++j)
        if (j != vcol) cols[c++] = j;
    cols[p - 1] = vcol;
    int has_off = 0;
    for (size_t q = 0; q < n; ++q) {
        XV[q] = X[perm[q] * p + vcol];
        OFF[q] = off ? off[perm[q]] : 0.0;
        has_off |= OFF[q] != 0;
    }
    for (size_t k = 0; k < n_groups; ++k) {
        double x[CTREND__LANES_PMAX];
        const double *r = X + perm[gstart[k]] * p; /* the group's first row */
        for (size_t j = 0; j + 1 < p; ++j) x[j] = r[cols[j]];
        x[p - 1] = 1.0;
        ctrend__lanes_design_rows(x, 1, p, C + k * T);
    }
    /* no offset: the kernel skips its terms (x - 0 = x and x + 0 = x, but for -0) */
    *g = (ctrend__lanes_groups){n_groups, vcol, perm, gstart, cols, XV, has_off ? OFF : NULL, C};
}

/* 2^52: for 0 <= v < 2^52, (v + 2^52) - 2^52 is v rounded to an integer (round to nearest),
 * so it equals v exactly when v is an integer; every double in [2^52, 2^53] is an integer.
 * NaN fails v >= 0. */
#define LANES_TWO52 4503599627370496.0
#define LANES_TWO53 9007199254740992.0

static int count_flags_scalar(const double *y, size_t n)
{
    int f = 0;
    for (size_t i = 0; i < n; ++i) {
        const double v = y[i];
        const int count = (v >= 0) & (v <= LANES_TWO53) &
                          ((v >= LANES_TWO52) | ((v + LANES_TWO52) - LANES_TWO52 == v));
        f |= (count ? 0 : CTREND__LANES_BAD) | (v != 0 ? CTREND__LANES_NONZERO : 0) |
             (v == 0 ? CTREND__LANES_ZERO : 0);
    }
    return f;
}

#if HAVE_VEC

static LANES_INLINE v4d bcast(double x)
{
    return (v4d){x, x, x, x};
}
/* m ? a : b, m a comparison result (all ones / all zeros per lane). */
static LANES_INLINE v4d vsel(v4i m, v4d a, v4d b)
{
    return (v4d)((m & (v4i)a) | (~m & (v4i)b));
}
static LANES_INLINE v4d vbcast(const double *x)
{
    return bcast(*x);
}
static LANES_INLINE v4d vexp_scalar(v4d x)
{
    return (v4d){exp(x[0]), exp(x[1]), exp(x[2]), exp(x[3])};
}
static LANES_INLINE v4d vsqrt_scalar(v4d x)
{
    return (v4d){sqrt(x[0]), sqrt(x[1]), sqrt(x[2]), sqrt(x[3])};
}
static LANES_INLINE v4i vfinite(v4d x)
{
    return (x - x) == bcast(0.0); /* NaN and +-Inf give NaN */
}

#if HAVE_AVX2_PATH
/* The AVX2 instance's primitives: the same values as the generic ones (exp: libmvec's, max.
 * error 4 ulp; the others exact), in fewer instructions. */
__attribute__((target("avx2,fma"))) static v4d vexp_avx2(v4d x)
{
    return (v4d)_ZGVdN4v_exp((__m256d)x);
}
/* vsqrtpd: correctly rounded (IEEE 754), the same values as the scalar sqrt */
__attribute__((target("avx2,fma"))) static v4d vsqrt_avx2(v4d x)
{
    return (v4d)_mm256_sqrt_pd((__m256d)x);
}
/* vbroadcastsd from memory: one instruction (GCC spells the generic one in two) */
__attribute__((target("avx2,fma"))) static v4d vbcast_avx2(const double *x)
{
    return (v4d)_mm256_broadcast_sd(x);
}
/* vblendvpd: picks by the sign bit, which is every bit of a comparison's mask */
__attribute__((target("avx2,fma"))) static v4d vsel_avx2(v4i m, v4d a, v4d b)
{
    return (v4d)_mm256_blendv_pd((__m256d)b, (__m256d)a, (__m256d)m);
}
#endif

/* ctrend__lanes_count_flags four values at a time: the same tests as count_flags_scalar,
 * as masks OR-ed over the whole series (GCC cannot vectorise the scalar loop on the
 * baseline ISA: it has no 64-bit integer compare for the flags). */
static LANES_INLINE int count_flags_body(const double *y, size_t n)
{
    const v4d two52 = bcast(LANES_TWO52), two53 = bcast(LANES_TWO53), zero = bcast(0.0);
    v4i bad = {0, 0, 0, 0}, nz = bad, z = bad;
    size_t i = 0;
    for (; i + CTREND__LANES <= n; i += CTREND__LANES) {
        v4d v;
        memcpy(&v, y + i, sizeof v);
        const v4i count = (v >= zero) & (v <= two53) & ((v >= two52) | ((v + two52) - two52 == v));
        bad |= ~count;
        nz |= v != zero;
        z |= v == zero;
    }
    int f = count_flags_scalar(y + i, n - i);
    for (size_t l = 0; l < CTREND__LANES; ++l)
        f |= (bad[l] ? CTREND__LANES_BAD : 0) | (nz[l] ? CTREND__LANES_NONZERO : 0) |
             (z[l] ? CTREND__LANES_ZERO : 0);
    return f;
}

/* Index of entry (j, k), k <= j, of the packed lower triangle of X'WX. */
#define GI(j, k) ((j) * ((j) + 1) / 2 + (k))

/* The kernel's per-series rows, lane l of each (32-byte aligned views into scratch). */
typedef struct lanes_rows {
    v4d *Y, *LY, *ETA, *MU;
} lanes_rows;

/* The doubles of an array of vectors, element q * CTREND__LANES + l = lane l of vector q
 * (&v[0][0] is GCC's extension; clang refuses the address of a vector element). */
static inline double *lane_doubles(v4d *v) { return (double *)(void *)v; }

/* The start values of one count into lane slot k of the rows (double index q*LANES + l),
 * from the table start below CTREND__LANES_LOG_TABLE. */
static LANES_INLINE void load_count(const double *start, double yi, double *Y, double *LY,
                                    double *ETA, double *MU, size_t k, double *dev, double *sy)
{
    double ly, eta, mu, dv;
    if (yi < (double)CTREND__LANES_LOG_TABLE) { /* libm's values */
        const double *t = start + 4 * (size_t)(long long)yi; /* 0 <= yi < 1024 */
        ly = t[CTREND__LANES_LOGY];
        eta = t[CTREND__LANES_ETA0];
        mu = t[CTREND__LANES_MU0];
        dv = t[CTREND__LANES_DEV0];
    } else {
        ly = log(yi);
        eta = log(yi + 0.1);
        mu = exp(eta);
        if (!(mu > DBL_EPSILON)) mu = DBL_EPSILON;
        /* log(y/mu) as log(y) - log(mustart) (mu = mustart to rounding) */
        dv = start_dev(yi, ly, eta, mu);
    }
    Y[k] = yi;
    LY[k] = ly;
    ETA[k] = eta;
    MU[k] = mu;
    *sy += fabs(yi);
    *dev += dv;
}

/* Load counts ys (NULL: a placeholder series of ones, never reported) into lane l: the
 * start values of glm.fit (mustart = y + 0.1, eta = log(mustart), mu = exp(eta)) and the
 * start deviance; *devold and *noise as glm_irls.c's devold and noise. Kernel row q holds
 * design row perm[q] (perm NULL: row q). Scalar code, one copy for both instances (so the
 * same values in both). */
static __attribute__((noinline)) void lane_load(const ctrend__lanes_design *d,
                                                const lanes_rows *r, size_t l, const double *ys,
                                                const size_t *perm, double *devold,
                                                double *noise)
{
    const size_t n = d->n;
    /* local copies: the stores below could alias *d and *r for the compiler, which would
     * otherwise reload every pointer on every row */
    const double *const start = d->start;
    double *const Y = lane_doubles(r->Y), *const LY = lane_doubles(r->LY);
    double *const ETA = lane_doubles(r->ETA), *const MU = lane_doubles(r->MU);
    double dev = 0.0, sy = 0.0;
    if (!ys)
        for (size_t q = 0; q < n; ++q)
            load_count(start, 1.0, Y, LY, ETA, MU, q * CTREND__LANES + l, &dev, &sy);
    else if (perm)
        for (size_t q = 0; q < n; ++q)
            load_count(start, ys[perm[q]], Y, LY, ETA, MU, q * CTREND__LANES + l, &dev, &sy);
    else
        for (size_t q = 0; q < n; ++q)
            load_count(start, ys[q], Y, LY, ETA, MU, q * CTREND__LANES + l, &dev, &sy);
    *devold = dev;
    *noise = d->noise_eps * DBL_EPSILON * sy; /* glm_irls.c's rounding floor of the deviance */
}

/* Lane l converged: its coefficients, (X'WX)^-1 from the packed Cholesky factor G of this
 * iteration (diag of (L L')^-1 = column sums of squares of L^-1), fitted values. Kernel
 * column j is design column cols[j] and kernel row q design row perm[q] (NULL: the
 * identity). */
static LANES_INLINE void lane_finish(const ctrend__lanes_design *d, const lanes_rows *r,
                                     size_t l, const v4d *B, const v4d *G, double dev,
                                     int iterations, ctrend__lanes_out *o, const size_t *cols,
                                     const size_t *perm, const size_t P)
{
    const size_t n = d->n;
    double L[CTREND__LANES_PMAX * CTREND__LANES_PMAX], Li[CTREND__LANES_PMAX * CTREND__LANES_PMAX];
    o->ok = 1;
    o->iterations = iterations;
    o->deviance = dev;
    for (size_t j = 0; j < P; ++j) {
        o->coef[cols ? cols[j] : j] = B[j][l];
        for (size_t k = 0; k <= j; ++k) L[j * P + k] = G[GI(j, k)][l];
    }
    for (size_t j = 0; j < P; ++j) {
        Li[j * P + j] = 1.0 / L[j * P + j];
        for (size_t i = j + 1; i < P; ++i) {
            double t = 0.0;
            for (size_t k = j; k < i; ++k) t -= L[i * P + k] * Li[k * P + j];
            Li[i * P + j] = t / L[i * P + i];
        }
    }
    for (size_t j = 0; j < P; ++j) {
        double v = 0.0;
        for (size_t i = j; i < P; ++i) v += Li[i * P + j] * Li[i * P + j];
        o->se[cols ? cols[j] : j] = sqrt(v);
    }
    /* the whole (L L')^-1 = L^-T L^-1: entry (a, b) sums rows i >= max(a, b) of L^-1 */
    if (o->vcov)
        for (size_t a = 0; a < P; ++a)
            for (size_t b = 0; b <= a; ++b) {
                double v = 0.0;
                for (size_t i = a; i < P; ++i) v += Li[i * P + a] * Li[i * P + b];
                const size_t ca = cols ? cols[a] : a, cb = cols ? cols[b] : b;
                o->vcov[ca * P + cb] = o->vcov[cb * P + ca] = v;
            }
    const double *const Y = lane_doubles(r->Y), *const MU = lane_doubles(r->MU), *const ETA = lane_doubles(r->ETA);
    double mz = INFINITY;
    for (size_t q = 0; q < n; ++q) { /* branch-free: a min of the means at zero counts */
        const double m = Y[q * CTREND__LANES + l] == 0 ? MU[q * CTREND__LANES + l] : INFINITY;
        mz = m < mz ? m : mz;
    }
    o->min_mu_zero = mz;
    if (o->mu)
        for (size_t q = 0; q < n; ++q) o->mu[perm ? perm[q] : q] = MU[q * CTREND__LANES + l];
    if (o->eta)
        for (size_t q = 0; q < n; ++q) o->eta[perm ? perm[q] : q] = ETA[q * CTREND__LANES + l];
}

/* The ordinary path's X'Wz (entries 0..P-1 of A) and packed lower triangle of X'WX (entries
 * P..T-1): entry e sums, over the rows, weight * S[i][e] with weight w*z = mu (eta - off) +
 * (y - mu) (no division) for X'Wz and w = mu for X'WX; LANES_PASS entries per pass over the
 * rows, each a register. */
static LANES_INLINE void xwx_rows(const ctrend__lanes_design *d, const lanes_rows *r, v4d *A,
                                  v4d (*vb)(const double *), const size_t P)
{
    const size_t n = d->n, T = CTREND__LANES_ROW(P);
    const double *const S = d->S;
    const v4d *const OB = (const v4d *)(const void *)d->OB;
    const v4d *const Y = r->Y, *const ETA = r->ETA, *const MU = r->MU;
    LANES_UNROLL
    for (size_t e0 = 0; e0 < T; e0 += LANES_PASS) {
        v4d acc[LANES_PASS];
        LANES_UNROLL
        for (size_t k = 0; k < LANES_PASS; ++k) acc[k] = bcast(0.0);
        const double *s = S + e0;
        for (size_t i = 0; i < n; ++i, s += T) {
            const v4d w = MU[i];
            const v4d wz = e0 < P ? w * (ETA[i] - OB[i]) + (Y[i] - w) : w;
            LANES_UNROLL
            for (size_t k = 0; k < LANES_PASS; ++k)
                if (e0 + k < T) acc[k] += (e0 + k < P ? wz : w) * vb(s + k);
        }
        LANES_UNROLL
        for (size_t k = 0; k < LANES_PASS; ++k)
            if (e0 + k < T) A[e0 + k] = acc[k];
    }
}

/* The ordinary path's eta, mu and deviance at the new beta B, committed only in good lanes;
 * returns the deviance. */
static LANES_INLINE v4d eta_rows(const ctrend__lanes_design *d, const lanes_rows *r,
                                 const v4d *B, v4i good, v4d (*vexp)(v4d),
                                 v4d (*vb)(const double *), v4d (*vs)(v4i, v4d, v4d),
                                 const size_t P)
{
    const size_t n = d->n, T = CTREND__LANES_ROW(P);
    const v4d *const OB = (const v4d *)(const void *)d->OB;
    const v4d *const Y = r->Y, *const LY = r->LY;
    v4d *const ETA = r->ETA, *const MU = r->MU;
    const v4d eps = bcast(DBL_EPSILON), zero = bcast(0.0);
    v4d dev = zero;
    const double *s = d->S;
    for (size_t i = 0; i < n; ++i, s += T) {
        v4d lin = zero;
        LANES_UNROLL
        for (size_t j = 0; j < P; ++j) lin += vb(s + j) * B[j];
        const v4d e = lin + OB[i];
        v4d mu = vexp(e);
        const v4i clamp = mu > eps;
        mu = vs(clamp, mu, eps);
        const v4d lmu = vs(clamp, e, bcast(log(DBL_EPSILON)));
        const v4d yv = Y[i];
        const v4d pos = yv * (LY[i] - lmu) - (yv - mu);
        dev += bcast(2.0) * vs(yv > zero, pos, mu);
        ETA[i] = vs(good, e, ETA[i]);
        MU[i] = vs(good, mu, MU[i]);
    }
    return dev;
}

/* ---- the grouped path ----
 * The row passes below do not depend on p: one copy per instance (not per p), called once
 * per iteration, so that each is compiled as a small function of its own. */

/* Per group g, with t the varying column (XV) and w = mu, wz = w z = mu (eta - off) +
 * (y - mu) as in xwx_rows, the moments over the group's rows (contiguous: registers)
 *   Mom[g][0] = sum w, [1] = sum w t, [2] = sum w t^2, [3] = sum wz, [4] = sum wz t. */
static LANES_INLINE void grp_moments_rows(const ctrend__lanes_groups *gr, const lanes_rows *r,
                                          v4d *Mom, v4d (*vb)(const double *),
                                          const int HAS_OFF)
{
    const size_t G = gr->n_groups, *const gs = gr->gstart;
    const double *const XV = gr->XV, *const OFF = gr->OFF;
    const v4d *const Y = r->Y, *const ETA = r->ETA, *const MU = r->MU;
    for (size_t g = 0; g < G; ++g) {
        v4d s0 = bcast(0.0), s1 = s0, s2 = s0, z0 = s0, z1 = s0;
        for (size_t q = gs[g]; q < gs[g + 1]; ++q) {
            const v4d w = MU[q], t = vb(XV + q);
            const v4d wz = w * (HAS_OFF ? ETA[q] - vb(OFF + q) : ETA[q]) + (Y[q] - w);
            const v4d wt = w * t;
            s0 += w;
            s1 += wt;
            s2 += wt * t;
            z0 += wz;
            z1 += wz * t;
        }
        v4d *m = Mom + g * LANES_MOMENTS;
        m[0] = s0;
        m[1] = s1;
        m[2] = s2;
        m[3] = z0;
        m[4] = z1;
    }
}
static LANES_INLINE void grp_moments_body(const ctrend__lanes_groups *gr, const lanes_rows *r,
                                          v4d *Mom, v4d (*vb)(const double *))
{
    if (gr->OFF)
        grp_moments_rows(gr, r, Mom, vb, 1);
    else
        grp_moments_rows(gr, r, Mom, vb, 0);
}

/* eta = c_g + t beta_t + off at kernel row q of group g (c_g = CG[g * LANES_MOMENTS], the
 * grouped columns' part, once per group) and exp(eta); then mu = max(exp(eta), eps) and the
 * deviance, *dev, in a loop of their own (exp's call clobbers every vector register). Committed in every lane:
 * a lane that is not good ends at this iteration and is reloaded before its rows are read
 * again (lanes_kernel). */
static LANES_INLINE void grp_eta_body(const ctrend__lanes_groups *gr, const lanes_rows *r,
                                      size_t n, const v4d *CG, const v4d *bt, v4d *dev,
                                      v4d (*vexp)(v4d), v4d (*vb)(const double *),
                                      v4d (*vs)(v4i, v4d, v4d))
{
    const size_t G = gr->n_groups, *const gs = gr->gstart;
    const double *const XV = gr->XV, *const OFF = gr->OFF;
    const v4d *const Y = r->Y, *const LY = r->LY;
    v4d *const ETA = r->ETA, *const MU = r->MU;
    const v4d b = *bt, eps = bcast(DBL_EPSILON), zero = bcast(0.0);
    for (size_t g = 0; g < G; ++g) {
        const v4d cg = CG[g * LANES_MOMENTS];
        if (OFF)
            for (size_t q = gs[g]; q < gs[g + 1]; ++q) {
                const v4d e = cg + vb(XV + q) * b + vb(OFF + q);
                ETA[q] = e;
                MU[q] = vexp(e);
            }
        else
            for (size_t q = gs[g]; q < gs[g + 1]; ++q) {
                const v4d e = cg + vb(XV + q) * b;
                ETA[q] = e;
                MU[q] = vexp(e);
            }
    }
    v4d s = zero;
    for (size_t q = 0; q < n; ++q) {
        const v4d e = ETA[q];
        v4d mu = MU[q];
        const v4i clamp = mu > eps;
        mu = vs(clamp, mu, eps);
        const v4d lmu = vs(clamp, e, bcast(log(DBL_EPSILON)));
        const v4d yv = Y[q];
        const v4d pos = yv * (LY[q] - lmu) - (yv - mu);
        s += bcast(2.0) * vs(yv > zero, pos, mu);
        MU[q] = mu;
    }
    *dev = s;
}

typedef void (*grp_moments_fn)(const ctrend__lanes_groups *, const lanes_rows *, v4d *);
typedef void (*grp_eta_fn)(const ctrend__lanes_groups *, const lanes_rows *, size_t,
                           const v4d *, const v4d *, v4d *);

static __attribute__((noinline)) void grp_moments_generic(const ctrend__lanes_groups *gr,
                                                          const lanes_rows *r, v4d *Mom)
{
    grp_moments_body(gr, r, Mom, vbcast);
}
static __attribute__((noinline)) void grp_eta_generic(const ctrend__lanes_groups *gr,
                                                      const lanes_rows *r, size_t n,
                                                      const v4d *CG, const v4d *bt, v4d *dev)
{
    grp_eta_body(gr, r, n, CG, bt, dev, vexp_scalar, vbcast, vsel);
}
#if HAVE_AVX2_PATH
__attribute__((target("avx2,fma"), noinline)) static void
grp_moments_avx2(const ctrend__lanes_groups *gr, const lanes_rows *r, v4d *Mom)
{
    grp_moments_body(gr, r, Mom, vbcast_avx2);
}
__attribute__((target("avx2,fma"), noinline)) static void
grp_eta_avx2(const ctrend__lanes_groups *gr, const lanes_rows *r, size_t n, const v4d *CG,
             const v4d *bt, v4d *dev)
{
    grp_eta_body(gr, r, n, CG, bt, dev, vexp_avx2, vbcast_avx2, vsel_avx2);
}
#endif

/* The grouped path's X'Wz and X'WX (the same entries as xwx_rows', in kernel column order:
 * the varying column last) from the moments: entry e sums over the groups
 * C[g][e] * Mom[g][m(e)], C[g] being the group's row of products with t set to 1 and
 *   m(e) = 3 for the X'Wz entries of the grouped columns (e < P-1), 4 for t's (e = P-1),
 *          0 for X'WX's grouped block (P <= e < T-P), 1 for its row of t (T-P <= e < T-1),
 *          2 for its corner (e = T-1),
 * known at compile time for each e, since the packed row of t is the last one. */
static LANES_INLINE void xwx_groups(const ctrend__lanes_groups *gr, const v4d *Mom, v4d *A,
                                    v4d (*vb)(const double *), const size_t P)
{
    const size_t T = CTREND__LANES_ROW(P), G = gr->n_groups;
    const double *const C = gr->C;
    LANES_UNROLL
    for (size_t e0 = 0; e0 < T; e0 += LANES_PASS) {
        v4d acc[LANES_PASS];
        LANES_UNROLL
        for (size_t k = 0; k < LANES_PASS; ++k) acc[k] = bcast(0.0);
        const double *c = C + e0;
        const v4d *m = Mom;
        for (size_t g = 0; g < G; ++g, c += T, m += LANES_MOMENTS) {
            LANES_UNROLL
            for (size_t k = 0; k < LANES_PASS; ++k) {
                const size_t e = e0 + k;
                if (e < T) {
                    const size_t mi = e + 1 < P ? 3 : e + 1 == P ? 4 : e + P < T ? 0
                                                                 : e + 1 < T ? 1 : 2;
                    acc[k] += m[mi] * vb(c + k);
                }
            }
        }
        LANES_UNROLL
        for (size_t k = 0; k < LANES_PASS; ++k)
            if (e0 + k < T) A[e0 + k] = acc[k];
    }
}

/* The instance's primitives and grouped row passes. */
typedef struct lanes_isa {
    v4d (*vexp)(v4d);
    v4d (*vsqrt)(v4d);
    v4d (*vb)(const double *);
    v4d (*vs)(v4i, v4d, v4d);
    grp_moments_fn moments;
    grp_eta_fn eta;
} lanes_isa;

/* The fits of a whole call; P is a compile-time constant in the dispatched copies, and so
 * is GROUPED (1: the grouped path, d->groups set; 0: the ordinary one). */
static LANES_INLINE void lanes_kernel(const ctrend__lanes_design *d, const double *const *y,
                                      size_t n_series, double *scratch, ctrend__lanes_out *out,
                                      const lanes_isa isa, const size_t P, const int GROUPED)
{
    const size_t n = d->n;
    const size_t T = CTREND__LANES_ROW(P);
    const v4d zero = bcast(0.0);
    v4d *Y = (v4d *)(void *)(((uintptr_t)scratch + 31u) & ~(uintptr_t)31u);
    const lanes_rows rows = {Y, Y + n, Y + 2 * n, Y + 3 * n};
    v4d *const Mom = Y + 4 * n;
    const ctrend__lanes_groups *gr = GROUPED ? d->groups : NULL;
    const size_t *perm = GROUPED ? gr->perm : NULL, *cols = GROUPED ? gr->cols : NULL;
    v4d A[LANES_TMAX], B[CTREND__LANES_PMAX];
    double devold[CTREND__LANES], noise[CTREND__LANES];
    size_t cur[CTREND__LANES], next = 0;
    int live[CTREND__LANES], iters[CTREND__LANES];

    if (d->maxit < 1) { /* no iteration allowed: nothing converges (the serial fit says so) */
        for (size_t s = 0; s < n_series; ++s) out[s].ok = 0;
        return;
    }
    for (size_t l = 0; l < CTREND__LANES; ++l) {
        live[l] = next < n_series;
        cur[l] = next;
        iters[l] = 0;
        lane_load(d, &rows, l, live[l] ? y[next] : NULL, perm, &devold[l], &noise[l]);
        if (live[l]) ++next;
    }

    for (;;) {
        v4i active = {0, 0, 0, 0};
        int any = 0;
        for (size_t l = 0; l < CTREND__LANES; ++l) {
            active[l] = live[l] ? -1 : 0;
            any |= live[l];
        }
        if (!any) break;
        if (GROUPED) {
            isa.moments(gr, &rows, Mom);
            xwx_groups(gr, Mom, A, isa.vb, P);
        } else {
            xwx_rows(d, &rows, A, isa.vb, P);
        }
        /* Cholesky X'WX = L L' in place (packed lower), lane-parallel */
        v4d *G = A + P;
        v4i pd = active;
        for (size_t j = 0; j < P; ++j) {
            v4d s = G[GI(j, j)];
            for (size_t k = 0; k < j; ++k) s -= G[GI(j, k)] * G[GI(j, k)];
            pd &= s > zero;
            s = vsel(s > zero, s, bcast(1.0));
            const v4d ljj = isa.vsqrt(s);
            G[GI(j, j)] = ljj;
            for (size_t i2 = j + 1; i2 < P; ++i2) {
                v4d t = G[GI(i2, j)];
                for (size_t k = 0; k < j; ++k) t -= G[GI(i2, k)] * G[GI(j, k)];
                G[GI(i2, j)] = t / ljj;
            }
        }
        /* solve L u = X'Wz, L' beta = u */
        for (size_t j = 0; j < P; ++j) {
            v4d t = A[j];
            for (size_t k = 0; k < j; ++k) t -= G[GI(j, k)] * B[k];
            B[j] = t / G[GI(j, j)];
        }
        for (size_t j = P; j-- > 0;) {
            v4d t = B[j];
            for (size_t k = j + 1; k < P; ++k) t -= G[GI(k, j)] * B[k];
            B[j] = t / G[GI(j, j)];
        }
        v4i good = pd;
        for (size_t j = 0; j < P; ++j) good &= vfinite(B[j]);
        /* eta, mu and the deviance at the new beta */
        v4d dev;
        if (GROUPED) {
            /* c_g, the grouped columns' part of eta, into the moments' first slot (read) */
            const double *c = gr->C;
            for (size_t g = 0; g < gr->n_groups; ++g, c += T) {
                v4d cg = zero;
                LANES_UNROLL
                for (size_t j = 0; j + 1 < P; ++j) cg += isa.vb(c + j) * B[j];
                Mom[g * LANES_MOMENTS] = cg;
            }
            isa.eta(gr, &rows, n, Mom, &B[P - 1], &dev);
        } else {
            dev = eta_rows(d, &rows, B, good, isa.vexp, isa.vb, isa.vs, P);
        }
        /* per lane: go on, or report and take the next series */
        for (size_t l = 0; l < CTREND__LANES; ++l) {
            if (!live[l]) continue;
            ctrend__lanes_out *o = out + cur[l];
            const int it = ++iters[l];
            const double dv = dev[l], delta = dv - devold[l];
            const double crit = delta / (fabs(dv) + 0.1);
            /* a rise >= epsilon beyond the rounding floor would be halved serially */
            const int ok_step = good[l] && isfinite(dv) &&
                                (it == 1 || crit < d->epsilon || delta <= noise[l]);
            const int conv = ok_step && (fabs(crit) < d->epsilon || fabs(delta) <= noise[l]);
            if (ok_step && !conv && it < d->maxit) {
                devold[l] = dv;
                continue;
            }
            if (conv) {
                lane_finish(d, &rows, l, B, G, dv, it, o, cols, perm, P);
            } else {
                o->ok = 0; /* left the plain path or did not converge: refit serially */
                o->iterations = it;
                o->deviance = NAN;
            }
            live[l] = next < n_series;
            if (live[l]) {
                cur[l] = next;
                iters[l] = 0;
                lane_load(d, &rows, l, y[next++], perm, &devold[l], &noise[l]);
            }
        }
    }
}

/* Every p the lane path takes (1..CTREND__LANES_PMAX) as a compile-time constant; plan
 * construction refuses any other p (fit_lanes.c), and such a call fits nothing. */
#define LANES_DISPATCH_P(p, CALL)                                                          \
    switch (p) {                                                                           \
    case 1: CALL(1); break;                                                                \
    case 2: CALL(2); break;                                                                \
    case 3: CALL(3); break;                                                                \
    case 4: CALL(4); break;                                                                \
    case 5: CALL(5); break;                                                                \
    case 6: CALL(6); break;                                                                \
    case 7: CALL(7); break;                                                                \
    case 8: CALL(8); break;                                                                \
    case 9: CALL(9); break;                                                                \
    case 10: CALL(10); break;                                                              \
    case 11: CALL(11); break;                                                              \
    case 12: CALL(12); break;                                                              \
    case 13: CALL(13); break;                                                              \
    case 14: CALL(14); break;                                                              \
    case 15: CALL(15); break;                                                              \
    case 16: CALL(16); break;                                                              \
    default:                                                                               \
        for (size_t s_ = 0; s_ < n_series; ++s_) out[s_].ok = 0;                           \
        break;                                                                             \
    }
_Static_assert(CTREND__LANES_PMAX == 16, "LANES_DISPATCH_P lists every p up to the maximum");

static void lanes_generic(const ctrend__lanes_design *d, const double *const *y, size_t n_series,
                          double *scratch, ctrend__lanes_out *out)
{
    const lanes_isa isa = {vexp_scalar, vsqrt_scalar, vbcast, vsel, grp_moments_generic,
                           grp_eta_generic};
    if (d->groups) {
        /* one copy for every p: the baseline-ISA path is the fallback, not the fast path */
        if (d->p >= 1 && d->p <= CTREND__LANES_PMAX)
            lanes_kernel(d, y, n_series, scratch, out, isa, d->p, 1);
        else
            for (size_t s = 0; s < n_series; ++s) out[s].ok = 0;
        return;
    }
#define CALL_GENERIC(P) lanes_kernel(d, y, n_series, scratch, out, isa, P, 0)
    LANES_DISPATCH_P(d->p, CALL_GENERIC)
#undef CALL_GENERIC
}

#if HAVE_AVX2_PATH
__attribute__((target("avx2,fma"))) static void
lanes_avx2(const ctrend__lanes_design *d, const double *const *y, size_t n_series,
           double *scratch, ctrend__lanes_out *out)
{
    const lanes_isa isa = {vexp_avx2, vsqrt_avx2, vbcast_avx2, vsel_avx2, grp_moments_avx2,
                           grp_eta_avx2};
    if (d->groups) {
#define CALL_AVX2_G(P) lanes_kernel(d, y, n_series, scratch, out, isa, P, 1)
        LANES_DISPATCH_P(d->p, CALL_AVX2_G)
#undef CALL_AVX2_G
        return;
    }
#define CALL_AVX2(P) lanes_kernel(d, y, n_series, scratch, out, isa, P, 0)
    LANES_DISPATCH_P(d->p, CALL_AVX2)
#undef CALL_AVX2
}

__attribute__((target("avx2,fma"))) static int count_flags_avx2(const double *y, size_t n)
{
    return count_flags_body(y, n);
}

static int have_avx2(void)
{
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}
#endif

int ctrend__lanes_count_flags(const double *y, size_t n)
{
#if HAVE_AVX2_PATH
    if (have_avx2()) return count_flags_avx2(y, n);
#endif
    return count_flags_body(y, n);
}

void ctrend__irls_lanes_poisson_generic(const ctrend__lanes_design *d, const double *const *y,
                                        size_t n_series, double *scratch, ctrend__lanes_out *out)
{
    lanes_generic(d, y, n_series, scratch, out);
}

void ctrend__irls_lanes_poisson(const ctrend__lanes_design *d, const double *const *y,
                                size_t n_series, double *scratch, ctrend__lanes_out *out)
{
#if HAVE_AVX2_PATH
    if (have_avx2()) {
        lanes_avx2(d, y, n_series, scratch, out);
        return;
    }
#endif
    lanes_generic(d, y, n_series, scratch, out);
}

const char *ctrend__lanes_path(void)
{
#if HAVE_AVX2_PATH
    if (have_avx2()) return "avx2";
#endif
    return "generic";
}

#else /* no vector extensions: every series is refitted by the serial path */

void ctrend__irls_lanes_poisson(const ctrend__lanes_design *d, const double *const *y,
                                size_t n_series, double *scratch, ctrend__lanes_out *out)
{
    (void)d;
    (void)y;
    (void)scratch;
    for (size_t l = 0; l < n_series; ++l) out[l].ok = 0;
}

void ctrend__irls_lanes_poisson_generic(const ctrend__lanes_design *d, const double *const *y,
                                        size_t n_series, double *scratch, ctrend__lanes_out *out)
{
    ctrend__irls_lanes_poisson(d, y, n_series, scratch, out);
}

const char *ctrend__lanes_path(void)
{
    return "none";
}

int ctrend__lanes_count_flags(const double *y, size_t n)
{
    return count_flags_scalar(y, n);
}
#endif
