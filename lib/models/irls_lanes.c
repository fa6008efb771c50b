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
 * rounded once per design instead of once per fit. All perturb the coefficients by a few
 * ulp, far below the 1e-9 agreement with R the tests demand; the iteration counts are R's.
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
 * (scalar exp and sqrt per lane); the choice is made once at run time with
 * __builtin_cpu_supports, so one binary runs everywhere. An AVX-512 (8-lane) instance is
 * not written: this machine has no AVX-512 to measure it on.
 * Without GCC/clang vector extensions every series is left to the serial path.
 */
#include <float.h>
#include <math.h>
#include <stdint.h>
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
#define LANES_INLINE __attribute__((always_inline)) inline
/* With P constant every loop over columns, entries and passes has a known trip count: fully
 * unrolled, the accumulators of a pass are registers. */
#if defined(__clang__)
#define LANES_UNROLL _Pragma("clang loop unroll(full)")
#else
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

void ctrend__lanes_log_tables(double *log_y, double *log_y01, double *mu01)
{
    for (size_t k = 0; k < CTREND__LANES_LOG_TABLE; ++k) {
        log_y[k] = k > 0 ? log((double)k) : 0.0;
        log_y01[k] = log((double)k + 0.1);
        mu01[k] = exp(log_y01[k]); /* linkinv(linkfun(mustart)), as glm_irls.c computes it */
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

size_t ctrend__lanes_scratch_doubles(size_t n, size_t p)
{
    (void)p;
    return 4 * n * CTREND__LANES + CTREND__LANES; /* y, log y, eta, mu; + alignment */
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

/* Index of entry (j, k), k <= j, of the packed lower triangle of X'WX. */
#define GI(j, k) ((j) * ((j) + 1) / 2 + (k))

/* The kernel's per-series rows, lane l of each (32-byte aligned views into scratch). */
typedef struct lanes_rows {
    v4d *Y, *LY, *ETA, *MU;
} lanes_rows;

/* Load counts ys (NULL: a placeholder series of ones, never reported) into lane l: the
 * start values of glm.fit (mustart = y + 0.1, eta = log(mustart), mu = exp(eta)) and the
 * start deviance; *devold and *noise as glm_irls.c's devold and noise. */
static LANES_INLINE void lane_load(const ctrend__lanes_design *d, const lanes_rows *r,
                                   size_t l, const double *ys, double *devold, double *noise)
{
    const size_t n = d->n;
    /* local copies: the stores below could alias *d and *r for the compiler, which would
     * otherwise reload every pointer on every row */
    const double *const log_y = d->log_y, *const log_y01 = d->log_y01, *const mu01 = d->mu01;
    v4d *const Y = r->Y, *const LY = r->LY, *const ETA = r->ETA, *const MU = r->MU;
    double dev = 0.0, sy = 0.0;
    for (size_t i = 0; i < n; ++i) {
        const double yi = ys ? ys[i] : 1.0;
        const int small = yi < (double)CTREND__LANES_LOG_TABLE;
        const size_t k = small ? (size_t)yi : 0;
        const double ly = yi > 0 ? (small ? log_y[k] : log(yi)) : 0.0;
        const double eta = small ? log_y01[k] : log(yi + 0.1);
        double mu = small ? mu01[k] : exp(eta);
        if (!(mu > DBL_EPSILON)) mu = DBL_EPSILON;
        Y[i][l] = yi;
        LY[i][l] = ly;
        ETA[i][l] = eta;
        MU[i][l] = mu;
        sy += fabs(yi);
        /* unit deviance, log(y/mu) as log(y) - log(mustart) (mu = mustart to rounding) */
        dev += 2.0 * (yi > 0 ? yi * (ly - eta) - (yi - mu) : mu);
    }
    *devold = dev;
    *noise = d->noise_eps * DBL_EPSILON * sy; /* glm_irls.c's rounding floor of the deviance */
}

/* Lane l converged: its coefficients, (X'WX)^-1 from the packed Cholesky factor G of this
 * iteration (diag of (L L')^-1 = column sums of squares of L^-1), fitted values. */
static LANES_INLINE void lane_finish(const ctrend__lanes_design *d, const lanes_rows *r,
                                     size_t l, const v4d *B, const v4d *G, double dev,
                                     int iterations, ctrend__lanes_out *o, const size_t P)
{
    const size_t n = d->n;
    double L[CTREND__LANES_PMAX * CTREND__LANES_PMAX], Li[CTREND__LANES_PMAX * CTREND__LANES_PMAX];
    o->ok = 1;
    o->iterations = iterations;
    o->deviance = dev;
    for (size_t j = 0; j < P; ++j) {
        o->coef[j] = B[j][l];
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
        o->se[j] = sqrt(v);
    }
    /* the whole (L L')^-1 = L^-T L^-1: entry (a, b) sums rows i >= max(a, b) of L^-1 */
    if (o->vcov)
        for (size_t a = 0; a < P; ++a)
            for (size_t b = 0; b <= a; ++b) {
                double v = 0.0;
                for (size_t i = a; i < P; ++i) v += Li[i * P + a] * Li[i * P + b];
                o->vcov[a * P + b] = o->vcov[b * P + a] = v;
            }
    double mz = INFINITY;
    for (size_t i = 0; i < n; ++i) {
        const double mu = r->MU[i][l];
        if (r->Y[i][l] == 0 && mu < mz) mz = mu;
    }
    o->min_mu_zero = mz;
    if (o->mu)
        for (size_t i = 0; i < n; ++i) o->mu[i] = r->MU[i][l];
    if (o->eta)
        for (size_t i = 0; i < n; ++i) o->eta[i] = r->ETA[i][l];
}

/* The fits of a whole call; P is a compile-time constant in the dispatched copies. */
static LANES_INLINE void lanes_kernel(const ctrend__lanes_design *d, const double *const *y,
                                      size_t n_series, double *scratch, ctrend__lanes_out *out,
                                      v4d (*vexp)(v4d), v4d (*vsqrt)(v4d), const size_t P)
{
    const size_t n = d->n, T = CTREND__LANES_ROW(P);
    const double *S = d->S;
    const v4d *OB = (const v4d *)(const void *)d->OB;
    const v4d eps = bcast(DBL_EPSILON), zero = bcast(0.0);
    v4d *Y = (v4d *)(void *)(((uintptr_t)scratch + 31u) & ~(uintptr_t)31u);
    const lanes_rows rows = {Y, Y + n, Y + 2 * n, Y + 3 * n};
    v4d *LY = rows.LY, *ETA = rows.ETA, *MU = rows.MU;
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
        lane_load(d, &rows, l, live[l] ? y[next] : NULL, &devold[l], &noise[l]);
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
        /* X'Wz (entries 0..P-1) and the packed lower triangle of X'WX (entries P..T-1):
         * entry e sums, over the rows, weight * S[i][e] with weight w*z = mu (eta - off) +
         * (y - mu) (no division) for X'Wz and w = mu for X'WX; LANES_PASS entries per pass
         * over the rows, each a register */
        LANES_UNROLL
        for (size_t e0 = 0; e0 < T; e0 += LANES_PASS) {
            v4d acc[LANES_PASS];
            LANES_UNROLL
            for (size_t k = 0; k < LANES_PASS; ++k) acc[k] = zero;
            const double *s = S + e0;
            for (size_t i = 0; i < n; ++i, s += T) {
                const v4d w = MU[i];
                const v4d wz = e0 < P ? w * (ETA[i] - OB[i]) + (Y[i] - w) : w;
                LANES_UNROLL
                for (size_t k = 0; k < LANES_PASS; ++k)
                    if (e0 + k < T) acc[k] += (e0 + k < P ? wz : w) * bcast(s[k]);
            }
            LANES_UNROLL
            for (size_t k = 0; k < LANES_PASS; ++k)
                if (e0 + k < T) A[e0 + k] = acc[k];
        }
        /* Cholesky X'WX = L L' in place (packed lower), lane-parallel */
        v4d *G = A + P;
        v4i pd = active;
        for (size_t j = 0; j < P; ++j) {
            v4d s = G[GI(j, j)];
            for (size_t k = 0; k < j; ++k) s -= G[GI(j, k)] * G[GI(j, k)];
            pd &= s > zero;
            s = vsel(s > zero, s, bcast(1.0));
            const v4d ljj = vsqrt(s);
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
        /* eta, mu and the deviance at the new beta; committed only in good lanes */
        v4d dev = zero;
        const double *s = S;
        for (size_t i = 0; i < n; ++i, s += T) {
            v4d lin = zero;
            LANES_UNROLL
            for (size_t j = 0; j < P; ++j) lin += bcast(s[j]) * B[j];
            const v4d e = lin + OB[i];
            v4d mu = vexp(e);
            const v4i clamp = mu > eps;
            mu = vsel(clamp, mu, eps);
            const v4d lmu = vsel(clamp, e, bcast(log(DBL_EPSILON)));
            const v4d yv = Y[i];
            const v4d pos = yv * (LY[i] - lmu) - (yv - mu);
            dev += bcast(2.0) * vsel(yv > zero, pos, mu);
            ETA[i] = vsel(good, e, ETA[i]);
            MU[i] = vsel(good, mu, MU[i]);
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
                lane_finish(d, &rows, l, B, G, dv, it, o, P);
            } else {
                o->ok = 0; /* left the plain path or did not converge: refit serially */
                o->iterations = it;
                o->deviance = NAN;
            }
            live[l] = next < n_series;
            if (live[l]) {
                cur[l] = next;
                iters[l] = 0;
                lane_load(d, &rows, l, y[next++], &devold[l], &noise[l]);
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
#define CALL_GENERIC(P) lanes_kernel(d, y, n_series, scratch, out, vexp_scalar, vsqrt_scalar, P)
    LANES_DISPATCH_P(d->p, CALL_GENERIC)
#undef CALL_GENERIC
}

#if HAVE_AVX2_PATH
__attribute__((target("avx2,fma"))) static v4d vexp_avx2(v4d x)
{
    return (v4d)_ZGVdN4v_exp((__m256d)x);
}

/* vsqrtpd: correctly rounded (IEEE 754), the same values as the scalar sqrt */
__attribute__((target("avx2,fma"))) static v4d vsqrt_avx2(v4d x)
{
    return (v4d)_mm256_sqrt_pd((__m256d)x);
}

__attribute__((target("avx2,fma"))) static void
lanes_avx2(const ctrend__lanes_design *d, const double *const *y, size_t n_series,
           double *scratch, ctrend__lanes_out *out)
{
#define CALL_AVX2(P) lanes_kernel(d, y, n_series, scratch, out, vexp_avx2, vsqrt_avx2, P)
    LANES_DISPATCH_P(d->p, CALL_AVX2)
#undef CALL_AVX2
}

static int have_avx2(void)
{
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}
#endif

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
#endif
