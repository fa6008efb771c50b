/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * irls_lanes.c — Poisson IRLS on CTREND__LANES series at once, one series per SIMD lane.
 *
 * Method: exactly the plain path of glm_irls.c (R's glm.fit, R 4.2 src/library/stats/R/glm.R):
 *   mustart = y + 0.1; eta = log(mustart); mu = max(exp(eta), DBL_EPSILON); devold = dev(y, mu)
 *   repeat: w = mu (Poisson, log link: mu.eta^2 / V = mu), z = eta - off + (y - mu)/mu,
 *           solve X'WX beta = X'Wz by Cholesky, eta = X beta + off, mu = max(exp(eta), eps),
 *           stop when |dev - devold| / (|dev| + 0.1) < epsilon.
 * The covariance is (X'WX)^-1 from the last iteration's Cholesky factor, as glm_irls.c and
 * summary.glm use. Every lane follows the same arithmetic as a serial fit, with two
 * differences of rounding only: exp() may be glibc's vector exp (libmvec, documented max.
 * error 4 ulp against < 1 ulp for the scalar one), and the deviance's log(y/mu) is
 * log(y) - eta (log(y) precomputed once; eta = log(mu) except where mu is clamped at eps,
 * which is handled exactly). Both perturb the coefficients by a few ulp, far below the 1e-9
 * agreement with R the tests demand; the iteration counts are R's.
 *
 * Why lanes: the work of one IRLS iteration is the accumulation of X'WX and X'Wz, p(p+3)/2
 * multiply-adds per row (35 for p = 7), and n exponentials. Across lanes those operations are
 * the same instruction on four series, and the design row x_i is loaded once for all four
 * (the shared-design structure that batch fits, --by, backtests and bootstraps have). The
 * p x p Cholesky, solves and convergence test are also done lane-parallel. A lane that
 * converges stops changing (its updates are masked) while the others go on, so a lane's
 * result never depends on its neighbours and the path is deterministic whatever the thread
 * count. A lane that would leave the plain path (a Cholesky pivot <= 0, a non-finite
 * coefficient or deviance, a deviance rise that glm_irls.c would answer by halving the step,
 * no convergence within maxit) is flagged not ok and refitted serially by the caller, so
 * every status and message is the serial fit's.
 *
 * Dispatch: the kernel body is written once (always_inline, generic vector code with GCC's
 * vector extensions) and instantiated twice: for x86-64 AVX2+FMA (target attribute, using
 * libmvec's _ZGVdN4v_exp) and for the baseline ISA (scalar exp per lane); the choice is made
 * once at run time with __builtin_cpu_supports, so one binary runs everywhere. An AVX-512
 * (8-lane) instance is not written: this machine has no AVX-512 to measure it on.
 * Without GCC/clang vector extensions the generic path is compiled as plain loops.
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
/* unrolled j/kt loops of the X'WX tiles: with P constant every tile's width is known, so
 * the sums past the diagonal are never computed */
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

void ctrend__lanes_log_tables(double *log_y, double *log_y01)
{
    for (size_t k = 0; k < CTREND__LANES_LOG_TABLE; ++k) {
        log_y[k] = k > 0 ? log((double)k) : 0.0;
        log_y01[k] = log((double)k + 0.1);
    }
}

size_t ctrend__lanes_scratch_doubles(size_t n, size_t p)
{
    (void)p;
    return 6 * n * CTREND__LANES + CTREND__LANES; /* y, log y, eta, mu, w, wz; + alignment */
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

/* The whole fit of one block; P is a compile-time constant in the dispatched copies. */
static LANES_INLINE void lanes_kernel(const ctrend__lanes_design *d, const double *const *y,
                                      size_t n_lanes, double *scratch, ctrend__lanes_out *out,
                                      v4d (*vexp)(v4d), const size_t P)
{
    const size_t n = d->n;
    const v4d *XB = (const v4d *)(const void *)d->XB, *OB = (const v4d *)(const void *)d->OB;
    const v4d eps = bcast(DBL_EPSILON), zero = bcast(0.0), tol = bcast(d->epsilon);
    /* 32-byte aligned views into scratch */
    v4d *Y = (v4d *)(void *)(((uintptr_t)scratch + 31u) & ~(uintptr_t)31u);
    v4d *LY = Y + n, *ETA = LY + n, *MU = ETA + n, *W = MU + n, *WZ = W + n;
    v4d G[CTREND__LANES_PMAX * CTREND__LANES_PMAX], LF[CTREND__LANES_PMAX * CTREND__LANES_PMAX];
    v4d r[CTREND__LANES_PMAX], B[CTREND__LANES_PMAX], BF[CTREND__LANES_PMAX];
    v4d devold = zero, devf = zero, noise = zero;
    v4i active = {0, 0, 0, 0}, okm = {0, 0, 0, 0};
    int iters[CTREND__LANES] = {0, 0, 0, 0};

    /* log(y) and log(y + 0.1) from the small-count tables (exact libm values) */
    for (size_t l = 0; l < CTREND__LANES; ++l) {
        const int real = l < n_lanes;
        active[l] = real ? -1 : 0;
        for (size_t i = 0; i < n; ++i) {
            const double yi = real ? y[l][i] : 1.0;
            const int small = yi < (double)CTREND__LANES_LOG_TABLE;
            const size_t k = small ? (size_t)yi : 0;
            Y[i][l] = yi;
            noise[l] += fabs(yi);
            LY[i][l] = yi > 0 ? (small ? d->log_y[k] : log(yi)) : 0.0;
            ETA[i][l] = small ? d->log_y01[k] : log(yi + 0.1);
        }
    }
    noise *= bcast(d->noise_eps * DBL_EPSILON); /* glm_irls.c's rounding floor of the deviance */
    for (size_t i = 0; i < n; ++i) {
        v4d mu = vexp(ETA[i]);
        mu = vsel(mu > eps, mu, eps);
        MU[i] = mu;
        /* start deviance; log(y/mu) as log(y) - log(mustart) (mu = mustart to rounding) */
        const v4d yv = Y[i];
        const v4d pos = yv * (LY[i] - ETA[i]) - (yv - mu);
        devold += bcast(2.0) * vsel(yv > zero, pos, mu);
    }
    for (size_t j = 0; j < P * P; ++j) LF[j] = G[j] = zero; /* G: every used cell is set per
                                                               iteration; zeroed for the compiler */
    for (size_t j = 0; j < P; ++j) BF[j] = zero;

    for (int iter = 1; iter <= d->maxit; ++iter) {
        int any = 0;
        for (size_t l = 0; l < CTREND__LANES; ++l) any |= active[l] != 0;
        if (!any) break;
        /* working weights w = mu and w*z = mu (eta - off) + (y - mu) (no division) */
        for (size_t i = 0; i < n; ++i) {
            const v4d mu = MU[i];
            W[i] = mu;
            WZ[i] = mu * (ETA[i] - OB[i]) + (Y[i] - mu);
        }
        /* X'WX (lower triangle) and X'Wz. Row j of G is accumulated in tiles of four
         * columns k (four vector registers) over all rows: every multiply-add reads its
         * design value from the pre-broadcast design XB, so nothing is spilled; a tile may
         * run past the diagonal (or past column P - 1 into XB's padding): those sums are
         * computed and dropped. */
        LANES_UNROLL
        for (size_t j = 0; j < P; ++j) {
            v4d rj = zero;
            LANES_UNROLL
            for (size_t kt = 0; kt <= j; kt += 4) {
                v4d a0 = zero, a1 = zero, a2 = zero, a3 = zero;
                const v4d *xb = XB + kt;
                for (size_t i = 0; i < n; ++i, xb += P) {
                    const v4d xj = XB[i * P + j];
                    const v4d wx = W[i] * xj;
                    if (kt == 0) rj += xj * WZ[i];
                    a0 += wx * xb[0];
                    a1 += wx * xb[1];
                    a2 += wx * xb[2];
                    a3 += wx * xb[3];
                }
                G[j * P + kt] = a0;
                if (kt + 1 <= j) G[j * P + kt + 1] = a1;
                if (kt + 2 <= j) G[j * P + kt + 2] = a2;
                if (kt + 3 <= j) G[j * P + kt + 3] = a3;
            }
            r[j] = rj;
        }
        /* Cholesky G = L L' in place (lower), lane-parallel */
        v4i pd = active;
        for (size_t j = 0; j < P; ++j) {
            v4d s = G[j * P + j];
            for (size_t k = 0; k < j; ++k) s -= G[j * P + k] * G[j * P + k];
            pd &= s > zero;
            s = vsel(s > zero, s, bcast(1.0));
            const v4d ljj = vsqrt_scalar(s);
            G[j * P + j] = ljj;
            for (size_t i2 = j + 1; i2 < P; ++i2) {
                v4d t = G[i2 * P + j];
                for (size_t k = 0; k < j; ++k) t -= G[i2 * P + k] * G[j * P + k];
                G[i2 * P + j] = t / ljj;
            }
        }
        /* solve L u = r, L' beta = u */
        for (size_t j = 0; j < P; ++j) {
            v4d t = r[j];
            for (size_t k = 0; k < j; ++k) t -= G[j * P + k] * B[k];
            B[j] = t / G[j * P + j];
        }
        for (size_t j = P; j-- > 0;) {
            v4d t = B[j];
            for (size_t k = j + 1; k < P; ++k) t -= G[k * P + j] * B[k];
            B[j] = t / G[j * P + j];
        }
        v4i good = pd;
        for (size_t j = 0; j < P; ++j) good &= vfinite(B[j]);
        /* eta, mu and the deviance at the new beta; committed only in good lanes */
        v4d dev = zero;
        for (size_t i = 0; i < n; ++i) {
            const v4d *x = XB + i * P;
            v4d lin = zero;
            for (size_t j = 0; j < P; ++j) lin += x[j] * B[j];
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
        good &= vfinite(dev);
        const v4d delta = dev - devold;
        const v4d crit = delta / (vsel(dev < zero, -dev, dev) + bcast(0.1));
        /* a rise >= epsilon beyond the rounding floor would be halved serially */
        if (iter > 1) good &= (crit < tol) | (delta <= noise);
        /* lanes that were active but are not good leave the plain path: refit serially.
         * Their ETA/MU may have been partly committed above; they are not used again. */
        for (size_t l = 0; l < CTREND__LANES; ++l) {
            if (active[l] && !good[l]) active[l] = 0; /* okm stays 0 */
            if (good[l]) iters[l] = iter;
        }
        for (size_t j = 0; j < P; ++j) BF[j] = vsel(good, B[j], BF[j]);
        for (size_t j = 0; j < P * P; ++j) LF[j] = vsel(good, G[j], LF[j]);
        devf = vsel(good, dev, devf);
        const v4d acrit = vsel(crit < zero, -crit, crit);
        const v4d adelta = vsel(delta < zero, -delta, delta);
        const v4i conv = good & ((acrit < tol) | (adelta <= noise));
        okm |= conv;
        active = good & ~conv;
        devold = vsel(good, dev, devold);
    }

    /* standard errors: diag of (L L')^-1 = column sums of squares of L^-1 */
    v4d Linv[CTREND__LANES_PMAX * CTREND__LANES_PMAX];
    for (size_t j = 0; j < P; ++j) {
        for (size_t i = 0; i < P; ++i) Linv[i * P + j] = zero;
        Linv[j * P + j] = bcast(1.0) / LF[j * P + j];
        for (size_t i = j + 1; i < P; ++i) {
            v4d t = zero;
            for (size_t k = j; k < i; ++k) t -= LF[i * P + k] * Linv[k * P + j];
            Linv[i * P + j] = t / LF[i * P + i];
        }
    }
    for (size_t l = 0; l < n_lanes; ++l) {
        ctrend__lanes_out *o = out + l;
        o->ok = okm[l] != 0;
        o->iterations = iters[l];
        o->deviance = devf[l];
        if (!o->ok) continue;
        for (size_t j = 0; j < P; ++j) {
            double v = 0.0;
            for (size_t i = j; i < P; ++i) v += Linv[i * P + j][l] * Linv[i * P + j][l];
            o->coef[j] = BF[j][l];
            o->se[j] = sqrt(v);
        }
        /* the whole (L L')^-1 = L^-T L^-1: entry (a, b) sums rows i >= max(a, b) of L^-1 */
        if (o->vcov)
            for (size_t a = 0; a < P; ++a)
                for (size_t b = 0; b <= a; ++b) {
                    double v = 0.0;
                    for (size_t i = a; i < P; ++i) v += Linv[i * P + a][l] * Linv[i * P + b][l];
                    o->vcov[a * P + b] = o->vcov[b * P + a] = v;
                }
        if (o->mu)
            for (size_t i = 0; i < n; ++i) o->mu[i] = MU[i][l];
        if (o->eta)
            for (size_t i = 0; i < n; ++i) o->eta[i] = ETA[i][l];
    }
}

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
    default: CALL(p); break;                                                               \
    }

static void lanes_generic(const ctrend__lanes_design *d, const double *const *y, size_t n_lanes,
                          double *scratch, ctrend__lanes_out *out)
{
#define CALL_GENERIC(P) lanes_kernel(d, y, n_lanes, scratch, out, vexp_scalar, P)
    LANES_DISPATCH_P(d->p, CALL_GENERIC)
#undef CALL_GENERIC
}

#if HAVE_AVX2_PATH
__attribute__((target("avx2,fma"))) static v4d vexp_avx2(v4d x)
{
    return (v4d)_ZGVdN4v_exp((__m256d)x);
}

__attribute__((target("avx2,fma"))) static void
lanes_avx2(const ctrend__lanes_design *d, const double *const *y, size_t n_lanes,
           double *scratch, ctrend__lanes_out *out)
{
#define CALL_AVX2(P) lanes_kernel(d, y, n_lanes, scratch, out, vexp_avx2, P)
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
                                        size_t n_lanes, double *scratch, ctrend__lanes_out *out)
{
    lanes_generic(d, y, n_lanes, scratch, out);
}

void ctrend__irls_lanes_poisson(const ctrend__lanes_design *d, const double *const *y,
                                size_t n_lanes, double *scratch, ctrend__lanes_out *out)
{
#if HAVE_AVX2_PATH
    if (have_avx2()) {
        lanes_avx2(d, y, n_lanes, scratch, out);
        return;
    }
#endif
    lanes_generic(d, y, n_lanes, scratch, out);
}

const char *ctrend__lanes_path(void)
{
#if HAVE_AVX2_PATH
    if (have_avx2()) return "avx2";
#endif
    return "generic";
}

#else /* no vector extensions: every lane is refitted by the serial path */

void ctrend__irls_lanes_poisson(const ctrend__lanes_design *d, const double *const *y,
                                size_t n_lanes, double *scratch, ctrend__lanes_out *out)
{
    (void)d;
    (void)y;
    (void)scratch;
    for (size_t l = 0; l < n_lanes; ++l) out[l].ok = 0;
}

void ctrend__irls_lanes_poisson_generic(const ctrend__lanes_design *d, const double *const *y,
                                        size_t n_lanes, double *scratch, ctrend__lanes_out *out)
{
    ctrend__irls_lanes_poisson(d, y, n_lanes, scratch, out);
}

const char *ctrend__lanes_path(void)
{
    return "none";
}
#endif
