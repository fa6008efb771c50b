/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * irls_lanes.c — Poisson IRLS on many series that share one design, 4 or 8 series in
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
 * Dispatch: the kernel body is written once (irls_lanes_body.h: always_inline, generic vector
 * code with GCC's vector extensions, its width a macro) and instantiated three times: 8 lanes
 * for x86-64 AVX-512F (libmvec's _ZGVeN8v_exp, zmm sqrt), 4 lanes for AVX2+FMA (libmvec's
 * _ZGVdN4v_exp and the correctly rounded vector sqrt) and 4 lanes for the baseline ISA (scalar
 * exp and sqrt per lane; the grouped kernel with p as a run-time value, one copy). The choice
 * is made per call with __builtin_cpu_supports (the widest path the CPU runs; the environment
 * variable CTREND_LANES_PATH may pin a narrower one), so one binary runs everywhere. On the
 * bench panel (2000 x 240, p = 7) the AVX-512 path's coefficients equal the AVX2 path's bit for
 * bit and its fits take 0.0103 s against 0.0115 s (medians of 5, 1 thread, AMD EPYC).
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
/* clang may leave a LANES_UNROLL loop of the 8-lane instance rolled (its full-unroll size
 * limit); unrolling changes no result, so that is not an error. */
#pragma clang diagnostic ignored "-Wpass-failed"
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
#if HAVE_AVX2_PATH && defined(__x86_64__)
#define HAVE_AVX512_PATH 1
#define LANES_AVX512_TARGET "avx512f,avx2,fma"
/* glibc libmvec (x86_64, since 2.22): 8-lane double exp for AVX-512, max. error 4 ulp. */
extern __attribute__((target("avx512f"))) __m512d _ZGVeN8v_exp(__m512d x);
#else
#define HAVE_AVX512_PATH 0
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
    return (4 * d->n + LANES_MOMENTS * g) * CTREND__LANES_MAX + CTREND__LANES_MAX;
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


/* Load counts ys (NULL: a placeholder series of ones, never reported) into lane l of rows
 * that interleave w lanes (double q * w + l = row q of lane l): the start values of glm.fit
 * (mustart = y + 0.1, eta = log(mustart), mu = exp(eta)) and the start deviance; *devold and
 * *noise as glm_irls.c's devold and noise. Kernel row q holds design row perm[q] (perm NULL:
 * row q). Scalar code, one copy for every instance and width (so the same values in all). */
static __attribute__((noinline)) void lane_load(const ctrend__lanes_design *d, double *Y,
                                                double *LY, double *ETA, double *MU, size_t w,
                                                size_t l, const double *ys, const size_t *perm,
                                                double *devold, double *noise)
{
    const size_t n = d->n;
    /* a local copy: the stores below could alias *d for the compiler, which would otherwise
     * reload the pointer on every row */
    const double *const start = d->start;
    double dev = 0.0, sy = 0.0;
    if (!ys)
        for (size_t q = 0; q < n; ++q) load_count(start, 1.0, Y, LY, ETA, MU, q * w + l, &dev, &sy);
    else if (perm)
        for (size_t q = 0; q < n; ++q)
            load_count(start, ys[perm[q]], Y, LY, ETA, MU, q * w + l, &dev, &sy);
    else
        for (size_t q = 0; q < n; ++q)
            load_count(start, ys[q], Y, LY, ETA, MU, q * w + l, &dev, &sy);
    *devold = dev;
    *noise = d->noise_eps * DBL_EPSILON * sy; /* glm_irls.c's rounding floor of the deviance */
}

/* Index of entry (j, k), k <= j, of the packed lower triangle of X'WX. */
#define GI(j, k) ((j) * ((j) + 1) / 2 + (k))

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

/* The 4-lane instance (AVX2 and the baseline ISA). */
#define LW 4
#define VD v4d
#define VI v4i
#define LN(name) name##_w4
#define LANES_BODY_TARGET
#include "irls_lanes_body.h"
#undef LANES_BODY_TARGET
#undef LN
#undef VI
#undef VD
#undef LW

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
    const v4d two52 = bcast_w4(LANES_TWO52), two53 = bcast_w4(LANES_TWO53), zero = bcast_w4(0.0);
    v4i bad = {0, 0, 0, 0}, nz = bad, z = bad;
    size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        v4d v;
        memcpy(&v, y + i, sizeof v);
        const v4i count = (v >= zero) & (v <= two53) & ((v >= two52) | ((v + two52) - two52 == v));
        bad |= ~count;
        nz |= v != zero;
        z |= v == zero;
    }
    int f = count_flags_scalar(y + i, n - i);
    for (size_t l = 0; l < 4; ++l)
        f |= (bad[l] ? CTREND__LANES_BAD : 0) | (nz[l] ? CTREND__LANES_NONZERO : 0) |
             (z[l] ? CTREND__LANES_ZERO : 0);
    return f;
}


static __attribute__((noinline)) void grp_moments_generic(const ctrend__lanes_groups *gr,
                                                          const lanes_rows_w4 *r, v4d *Mom)
{
    grp_moments_body_w4(gr, r, Mom, vbcast_w4);
}
static __attribute__((noinline)) void grp_eta_generic(const ctrend__lanes_groups *gr,
                                                      const lanes_rows_w4 *r, size_t n,
                                                      const v4d *CG, const v4d *bt, v4d *dev)
{
    grp_eta_body_w4(gr, r, n, CG, bt, dev, vexp_scalar_w4, vbcast_w4, vsel_w4);
}
#if HAVE_AVX2_PATH
__attribute__((target("avx2,fma"), noinline)) static void
grp_moments_avx2(const ctrend__lanes_groups *gr, const lanes_rows_w4 *r, v4d *Mom)
{
    grp_moments_body_w4(gr, r, Mom, vbcast_avx2);
}
__attribute__((target("avx2,fma"), noinline)) static void
grp_eta_avx2(const ctrend__lanes_groups *gr, const lanes_rows_w4 *r, size_t n, const v4d *CG,
             const v4d *bt, v4d *dev)
{
    grp_eta_body_w4(gr, r, n, CG, bt, dev, vexp_avx2, vbcast_avx2, vsel_avx2);
}
#endif

#if HAVE_AVX512_PATH
/* The 8-lane instance (AVX-512F): the same body on vectors of eight doubles. */
typedef double v8d __attribute__((vector_size(64)));
typedef long long v8i __attribute__((vector_size(64)));
#define LW 8
#define VD v8d
#define VI v8i
#define LN(name) name##_w8
#define LANES_BODY_TARGET __attribute__((target(LANES_AVX512_TARGET)))
#include "irls_lanes_body.h"
#undef LANES_BODY_TARGET
#undef LN
#undef VI
#undef VD
#undef LW

/* Its primitives: libmvec's 8-lane exp (the same documented max. error, 4 ulp), vsqrtpd on
 * zmm (correctly rounded), a broadcast; the selection is the generic bit select. */
__attribute__((target(LANES_AVX512_TARGET))) static v8d vexp_avx512(v8d x)
{
    return (v8d)_ZGVeN8v_exp((__m512d)x);
}
__attribute__((target(LANES_AVX512_TARGET))) static v8d vsqrt_avx512(v8d x)
{
    return (v8d)_mm512_sqrt_pd((__m512d)x);
}
__attribute__((target(LANES_AVX512_TARGET))) static v8d vbcast_avx512(const double *x)
{
    return (v8d)_mm512_set1_pd(*x);
}
__attribute__((target(LANES_AVX512_TARGET))) static v8d vsel_avx512(v8i m, v8d a, v8d b)
{
    return vsel_w8(m, a, b);
}
__attribute__((target(LANES_AVX512_TARGET), noinline)) static void
grp_moments_avx512(const ctrend__lanes_groups *gr, const lanes_rows_w8 *r, v8d *Mom)
{
    grp_moments_body_w8(gr, r, Mom, vbcast_avx512);
}
__attribute__((target(LANES_AVX512_TARGET), noinline)) static void
grp_eta_avx512(const ctrend__lanes_groups *gr, const lanes_rows_w8 *r, size_t n,
               const v8d *CG, const v8d *bt, v8d *dev)
{
    grp_eta_body_w8(gr, r, n, CG, bt, dev, vexp_avx512, vbcast_avx512, vsel_avx512);
}
#endif



static void lanes_generic(const ctrend__lanes_design *d, const double *const *y, size_t n_series,
                          double *scratch, ctrend__lanes_out *out)
{
    const lanes_isa_w4 isa = {vexp_scalar_w4, vsqrt_scalar_w4, vbcast_w4, vsel_w4,
                              grp_moments_generic, grp_eta_generic};
    if (d->groups) {
        /* one copy for every p: the baseline-ISA path is the fallback, not the fast path */
        if (d->p >= 1 && d->p <= CTREND__LANES_PMAX)
            lanes_kernel_w4(d, y, n_series, scratch, out, isa, d->p, 1);
        else
            for (size_t s = 0; s < n_series; ++s) out[s].ok = 0;
        return;
    }
#define CALL_GENERIC(P) lanes_kernel_w4(d, y, n_series, scratch, out, isa, P, 0)
    LANES_DISPATCH_P(d->p, CALL_GENERIC)
#undef CALL_GENERIC
}

#if HAVE_AVX2_PATH
__attribute__((target("avx2,fma"))) static void
lanes_avx2(const ctrend__lanes_design *d, const double *const *y, size_t n_series,
           double *scratch, ctrend__lanes_out *out)
{
    const lanes_isa_w4 isa = {vexp_avx2, vsqrt_avx2, vbcast_avx2, vsel_avx2, grp_moments_avx2,
                              grp_eta_avx2};
    lanes_run_w4(d, y, n_series, scratch, out, isa);
}

__attribute__((target("avx2,fma"))) static int count_flags_avx2(const double *y, size_t n)
{
    return count_flags_body(y, n);
}
#endif

#if HAVE_AVX512_PATH
__attribute__((target(LANES_AVX512_TARGET))) static void
lanes_avx512(const ctrend__lanes_design *d, const double *const *y, size_t n_series,
             double *scratch, ctrend__lanes_out *out)
{
    const lanes_isa_w8 isa = {vexp_avx512, vsqrt_avx512, vbcast_avx512, vsel_avx512,
                              grp_moments_avx512, grp_eta_avx512};
    lanes_run_w8(d, y, n_series, scratch, out, isa);
}
#endif

/* The paths, widest last; lanes_choice picks one per call. */
enum { LANES_GENERIC, LANES_AVX2, LANES_AVX512 };
static const char *const LANES_PATH_NAME[] = {"generic", "avx2", "avx512"};

/* The widest path this CPU runs. */
static int lanes_best(void)
{
    int best = LANES_GENERIC;
#if HAVE_AVX2_PATH
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) best = LANES_AVX2;
#if HAVE_AVX512_PATH
    if (best == LANES_AVX2 && __builtin_cpu_supports("avx512f")) best = LANES_AVX512;
#endif
#endif
    return best;
}

/* The path of a call: the widest this CPU runs, or, when the environment variable
 * CTREND_LANES_PATH names a path ("generic", "avx2", "avx512"), that one if the CPU runs it
 * (else the widest it runs below it). Read per call (a batch of up to CTREND__LANES_BATCH
 * series), so a test or a user who needs one path's bits on every machine can pin it. */
static int lanes_choice(void)
{
    const int best = lanes_best();
    const char *want = getenv("CTREND_LANES_PATH");
    if (!want) return best;
    for (int k = LANES_GENERIC; k <= LANES_AVX512; ++k)
        if (strcmp(want, LANES_PATH_NAME[k]) == 0) return k < best ? k : best;
    return best;
}

int ctrend__lanes_count_flags(const double *y, size_t n)
{
#if HAVE_AVX2_PATH
    if (lanes_best() >= LANES_AVX2) return count_flags_avx2(y, n);
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
    switch (lanes_choice()) {
#if HAVE_AVX512_PATH
    case LANES_AVX512: lanes_avx512(d, y, n_series, scratch, out); return;
#endif
#if HAVE_AVX2_PATH
    case LANES_AVX2: lanes_avx2(d, y, n_series, scratch, out); return;
#endif
    default: lanes_generic(d, y, n_series, scratch, out); return;
    }
}

const char *ctrend__lanes_path(void)
{
    return LANES_PATH_NAME[lanes_choice()];
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
