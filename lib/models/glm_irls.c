/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * glm_irls.c — iteratively reweighted least squares for log-link count GLMs, written to
 * reproduce R's stats::glm.fit (R 4.2, src/library/stats/R/glm.R) step by step:
 *
 *   eta  = linkfun(mustart)   (mustart = y + 0.1 for poisson()$initialize, y + (y==0)/6 for
 *                              MASS::negative.binomial; or the caller's etastart)
 *   mu   = linkinv(eta) = max(exp(eta), DBL_EPSILON);  devold = deviance(y, mu)
 *   repeat (iter = 1..maxit):
 *       w^2 = mu.eta^2 / V(mu)  with V(mu) = mu + mu^2/theta (theta = Inf: Poisson)
 *       z   = (eta - offset) + (y - mu)/mu.eta
 *       beta = argmin || w*z - (w*X) beta ||   (normal equations X'W^2X b = X'W^2 z, accumulated
 *                                               in one pass over the rows, solved by
 *                                               gsl_linalg_cholesky; Householder QR,
 *                                               gsl_linalg_QR_*, if that is not PD)
 *       eta = X beta + offset; mu = linkinv(eta); dev = deviance(y, mu)
 *       if dev is not finite (or, option, rose by >= eps relative): beta = (beta+beta_old)/2
 *          repeatedly (at most maxit times)     -- R's "step size truncated" / glm2's rule
 *       if |dev - devold| / (|dev| + 0.1) < epsilon: converged
 *       -- or |dev - devold| <= noise = CTREND__DEV_NOISE_EPS * DBL_EPSILON * sum(y): a change
 *          no larger than the rounding error of the deviance itself (each unit deviance is
 *          a difference of terms of size y, so its error is a few ulps of y). R has no such
 *          floor and reports glm(rep(4.9e9, 3) ~ 1) as not converged after 25 iterations
 *          (its deviance jitters by ~1e-6 around 0); the floor is far below R's criterion
 *          for any ordinary series (sum(y) < 2.8e5 with dev ~ 0, or dev >> 0.1), so fits
 *          that converged before converge at the same iteration. The same noise is allowed
 *          before a rise counts as one (the halving rule).
 *   The covariance is (X'WX)^-1 from a Householder QR of the LAST iteration's weighted design (weights at the previous
 *   mu), exactly what summary.glm uses, so SEs agree with R to rounding.
 *
 * Rank: R's Cdqrls uses a limited-pivoting LINPACK QR with tol 1e-7; here a pivoted
 * Householder QR (gsl_linalg_QRPT_decomp) of X with unit-norm columns decides, and a diagonal
 * below rank_tol * the largest flags collinearity (CTREND_ESINGULAR) instead of silently
 * dropping the column (R returns NA for it). Designs that are clearly of full rank are
 * accepted from a pivoted Cholesky of the p x p Gram matrix first (rank_gram_accepts), which
 * is 20x cheaper and never changes the decision.
 *
 * All scratch lives in ctrend__irls, allocated once per fit (GSL matrix/vector views over
 * it cost nothing), so the iteration itself never allocates.
 */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_blas.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_permutation.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_sf_result.h>

#include "models_internal.h"

#if defined(__GNUC__)
#define CTREND_ALWAYS_INLINE __attribute__((always_inline)) inline
#else
#define CTREND_ALWAYS_INLINE inline
#endif
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 8
#define CTREND_PRAGMA(x) _Pragma(#x)
#define CTREND_UNROLL CTREND_PRAGMA(GCC unroll 10)
#else
#define CTREND_UNROLL
#endif

/* Call FN(..., p) with a compile-time constant p for p = 1..10 (the sizes of trend models),
 * so that the always-inline row kernels below are compiled with fully unrolled j/k loops:
 * with a run-time bound, the short triangular loops spend most of their instructions on
 * loop control (callgrind: ~2x). Larger p takes the generic instance. */
#define CTREND_DISPATCH_P(p, FN, ...)                                                      \
    switch (p) {                                                                           \
    case 1: FN(__VA_ARGS__, 1); break;                                                     \
    case 2: FN(__VA_ARGS__, 2); break;                                                     \
    case 3: FN(__VA_ARGS__, 3); break;                                                     \
    case 4: FN(__VA_ARGS__, 4); break;                                                     \
    case 5: FN(__VA_ARGS__, 5); break;                                                     \
    case 6: FN(__VA_ARGS__, 6); break;                                                     \
    case 7: FN(__VA_ARGS__, 7); break;                                                     \
    case 8: FN(__VA_ARGS__, 8); break;                                                     \
    case 9: FN(__VA_ARGS__, 9); break;                                                     \
    case 10: FN(__VA_ARGS__, 10); break;                                                   \
    default: FN(__VA_ARGS__, p); break;                                                    \
    }

/* Lower triangle of X'X (n x p row-major) into G (p x p, zeroed here). */
static CTREND_ALWAYS_INLINE void gram_xx(const double *restrict X, size_t n,
                                         double *restrict G, size_t p)
{
    memset(G, 0, p * p * sizeof *G);
    for (size_t i = 0; i < n; ++i) {
        const double *x = X + i * p;
        CTREND_UNROLL
        for (size_t j = 0; j < p; ++j) {
            const double xj = x[j];
            double *g = G + j * p;
            CTREND_UNROLL
            for (size_t k = 0; k <= j; ++k) g[k] += xj * x[k];
        }
    }
}

/* eta = X beta + off (n rows), hand dot products. */
static CTREND_ALWAYS_INLINE void linpred(const double *X, size_t n, const double *b,
                                         const double *off, double *eta, size_t p)
{
    for (size_t i = 0; i < n; ++i) {
        const double *x = X + i * p;
        double e = 0.0;
        for (size_t j = 0; j < p; ++j) e += x[j] * b[j];
        eta[i] = e + off[i];
    }
}


int ctrend__irls_alloc(ctrend__irls *ws, size_t n, size_t p)
{
    memset(ws, 0, sizeof *ws);
    ws->n = n;
    ws->p = p;
    /* n p + 5 n + p^2 + 4 p doubles = (n + p)(p + 5) - p, checked: a size that wraps is ENOMEM */
    size_t total = 0;
    const int wraps = ctrend__mul_size(n + p, p + 5, &total);
    double *blk = wraps ? NULL : ctrend__malloc_n(total - p, 1, sizeof *blk);
    ws->perm = ctrend__malloc_n(p, 1, sizeof *ws->perm);
    if (!blk || !ws->perm) {
        free(blk);
        free(ws->perm);
        ws->perm = NULL;
        return CTREND_ENOMEM;
    }
    ws->A = blk;
    ws->tau = ws->A + n * p;
    ws->z = ws->tau + p;
    ws->resid = ws->z + n;
    ws->beta = ws->resid + n;
    ws->beta_old = ws->beta + p;
    ws->eta = ws->beta_old + p;
    ws->mu = ws->eta + n;
    ws->w2 = ws->mu + n;
    ws->R = ws->w2 + n;
    ws->colnorm = ws->R + p * p;
    return CTREND_OK;
}

void ctrend__irls_free(ctrend__irls *ws)
{
    if (!ws) return;
    free(ws->A);
    free(ws->perm);
    ws->A = NULL;
    ws->perm = NULL;
}

/* Accept a design from its Gram matrix only when every pivot clears rank_tol by this factor;
 * anything closer (or a failure) is decided by the pivoted QR of X, the reference method. */
#define RANK_GRAM_MARGIN 1e3

/*
 * Fast path of the rank check, on the p x p Gram matrix. With the columns of X scaled to unit
 * norm (D = diag(||x_j||)), G = D^-1 X'X D^-1 = R'R for the R of X's QR, and the pivoted
 * Cholesky G = P L diag(d) L' P' (gsl_linalg_pcholesky_decomp, pivot = largest remaining
 * diagonal = largest remaining column norm, QRPT's rule) has sqrt(d_k) = |R_kk| in exact
 * arithmetic. But G squares the condition number: its d_k carry an absolute error of about
 * n * DBL_EPSILON, so sqrt(d_k) is reliable only well above sqrt(n * DBL_EPSILON) ~ 2e-7 for
 * n = 240, which is of the order of the default rank_tol (1e-7). Hence the Gram matrix is
 * used only to ACCEPT a design whose pivots all exceed RANK_GRAM_MARGIN * tol (there the
 * relative error of d_k is below ~1e-5 and the QR decision is certainly the same); every other
 * design (collinear, nearly collinear, a zero column, a GSL failure) goes to the QR below, so
 * the ESINGULAR decisions and the reported column are exactly the QR's.
 * Cost for n = 240, p = 7: ~10k instructions instead of ~200k for the QR of X.
 * Returns 1 if accepted, 0 if the QR must decide.
 */
static int rank_gram_accepts(ctrend__irls *ws, const ctrend__data *dat, double tol)
{
    const size_t n = dat->n, p = dat->p;
    double *G = ws->R, *s = ws->colnorm;
    if (!(RANK_GRAM_MARGIN * tol < 1.0)) return 0;
    CTREND_DISPATCH_P(p, gram_xx, dat->X, n, G)
    for (size_t j = 0; j < p; ++j) {
        s[j] = sqrt(G[j * p + j]);
        if (!(s[j] > 0.0) || !isfinite(s[j])) return 0;
    }
    for (size_t j = 0; j < p; ++j)
        for (size_t k = 0; k <= j; ++k) G[k * p + j] = G[j * p + k] /= s[j] * s[k];
    gsl_matrix_view Gm = gsl_matrix_view_array(G, p, p);
    gsl_permutation perm = {p, ws->perm};
    if (gsl_linalg_pcholesky_decomp(&Gm.matrix, &perm)) return 0;
    const double d0 = G[0];
    if (!(d0 > 0.0)) return 0;
    const double lim = RANK_GRAM_MARGIN * tol;
    for (size_t k = 1; k < p; ++k)
        if (!(sqrt(G[k * p + k] / d0) > lim)) return 0;
    return 1;
}

int ctrend__rank_check(ctrend__irls *ws, const ctrend__data *dat, double tol, size_t *bad)
{
    const size_t n = dat->n, p = dat->p;
    if (rank_gram_accepts(ws, dat, tol)) return CTREND_OK;
    memcpy(ws->A, dat->X, n * p * sizeof *ws->A);
    for (size_t j = 0; j < p; ++j) {
        double s = 0.0;
        for (size_t i = 0; i < n; ++i) s += ws->A[i * p + j] * ws->A[i * p + j];
        s = sqrt(s);
        if (s == 0.0) {
            *bad = j;
            return CTREND_ESINGULAR;
        }
        for (size_t i = 0; i < n; ++i) ws->A[i * p + j] /= s;
    }
    gsl_matrix_view A = gsl_matrix_view_array(ws->A, n, p);
    gsl_vector_view tau = gsl_vector_view_array(ws->tau, p);
    gsl_vector_view norm = gsl_vector_view_array(ws->colnorm, p);
    gsl_permutation perm = {p, ws->perm};
    int signum = 0;
    if (gsl_linalg_QRPT_decomp(&A.matrix, &tau.vector, &perm, &signum, &norm.vector))
        return CTREND_ENUMERIC;
    const double r0 = fabs(ws->A[0]);
    for (size_t k = 1; k < p; ++k) {
        if (!(fabs(ws->A[k * p + k]) > tol * r0)) {
            *bad = ws->perm[k];
            return CTREND_ESINGULAR;
        }
    }
    return CTREND_OK;
}

static double linkinv(double eta)
{
    const double e = exp(eta);
    return e > DBL_EPSILON ? e : DBL_EPSILON; /* R's poisson()$linkinv: pmax(exp(eta), eps) */
}

static double unit_dev(double y, double mu, double theta)
{
    if (isinf(theta)) {
        return y > 0 ? 2.0 * (y * log(y / mu) - (y - mu)) : 2.0 * mu;
    }
    /* MASS::negative.binomial dev.resids */
    return 2.0 * (y * log((y > 1.0 ? y : 1.0) / mu) - (y + theta) * log((y + theta) / (mu + theta)));
}

double ctrend__nb_deviance(const double *y, const double *mu, size_t n, double theta)
{
    double s = 0.0;
    for (size_t i = 0; i < n; ++i) s += unit_dev(y[i], mu[i], theta);
    return s;
}

/* log Gamma(x), x > 0. libm's lgamma() writes the global `signgam`, a data race when fits run
 * on several threads (helgrind); GSL's status-returning version has no global state. */
static double lngamma(double x)
{
    gsl_sf_result r;
    return gsl_sf_lngamma_e(x, &r) == GSL_SUCCESS ? r.val : NAN;
}

/* log(y!) for a count y >= 0: GSL's factorial table (one log) up to GSL_SF_FACT_NMAX = 170,
 * log Gamma(y + 1) beyond; ~10x cheaper than lngamma for typical monthly counts and equal to
 * it to rounding (both are correctly rounded log(y!) to within an ulp or two). */
double ctrend__lnfact(double y)
{
    if (y >= 0.0 && y <= (double)GSL_SF_FACT_NMAX && y == floor(y)) {
        gsl_sf_result r;
        return gsl_sf_lnfact_e((unsigned int)y, &r) == GSL_SUCCESS ? r.val : NAN;
    }
    return lngamma(y + 1.0);
}

double ctrend__poisson_loglik(const double *y, const double *mu, size_t n)
{
    double s = 0.0;
    for (size_t i = 0; i < n; ++i)
        s += (y[i] > 0 ? y[i] * log(mu[i]) : 0.0) - mu[i] - ctrend__lnfact(y[i]);
    return s;
}

double ctrend__nb_loglik(const double *y, const double *mu, size_t n, double th)
{
    /* MASS::glm.nb's loglik(): y*log(mu + (y == 0)) keeps 0*log(0) out */
    double s = 0.0;
    for (size_t i = 0; i < n; ++i)
        s += lngamma(th + y[i]) - lngamma(th) - ctrend__lnfact(y[i]) + th * log(th) +
             y[i] * log(mu[i] + (y[i] == 0 ? 1.0 : 0.0)) - (th + y[i]) * log(th + mu[i]);
    return s;
}

/* eta = X beta + off, mu = linkinv(eta), return the deviance. A hand dot product per row:
 * for p ~ 7 gslcblas' dgemv spends more on its stride/transpose dispatch than on the
 * multiply-adds (callgrind: ~2x the instructions of this loop); see CTREND_DISPATCH_P. */
static double update_mu(ctrend__irls *ws, const ctrend__data *dat, double theta)
{
    const size_t n = dat->n, p = dat->p;
    CTREND_DISPATCH_P(p, linpred, dat->X, n, ws->beta, dat->off, ws->eta)
    double dev = 0.0;
    for (size_t i = 0; i < n; ++i) {
        ws->mu[i] = linkinv(ws->eta[i]);
        dev += unit_dev(dat->y[i], ws->mu[i], theta);
    }
    return dev;
}

/*
 * One weighted least-squares step: beta = (X'WX)^-1 X'Wz.
 *
 * X'WX (lower triangle, into ws->R) and X'Wz (into ws->beta) are accumulated in ONE pass
 * over the rows with plain loops, from X, the working weights w and the working response z,
 * without forming the n x p weighted design sqrt(W) X. For the small p of a trend model
 * (2..~15) this beats gslcblas' dsyrk + dgemv on sqrt(W) X by ~3x in instructions: the
 * reference CBLAS walks the n x p matrix once per output element with generic strides and
 * order/transpose dispatch, and the weighted copy costs another pass; here each row of X
 * is read once while it is in registers/L1. The summation order over rows (i = 0..n-1) is
 * the one dsyrk uses; the products differ only in rounding (w x_ij x_ik instead of
 * (sqrt(w) x_ij)(sqrt(w) x_ik)). The factorisation and solve stay in GSL (Cholesky;
 * Householder QR of sqrt(W) X, built only then, if X'WX is not numerically PD).
 * Returns 0 (solved), or a GSL failure of the QR fallback (CTREND_ENUMERIC).
 */
/* The row pass of wls_step. Inlined into a switch on p with constant p (1..10) so the
 * compiler unrolls the j/k loops completely (another ~2x: the triangular loop with a
 * run-time bound spends most of its instructions on loop control). */
static CTREND_ALWAYS_INLINE void wls_accumulate(ctrend__irls *ws, const ctrend__data *dat,
                                                double theta, size_t p)
{
    const size_t n = dat->n;
    const double *y = dat->y;
    double *restrict G = ws->R, *restrict r = ws->beta;
    double *restrict w2v = ws->w2, *restrict zv = ws->z;
    const double *restrict X = dat->X;
    memset(G, 0, p * p * sizeof *G);
    memset(r, 0, p * sizeof *r);
    const int pois = isinf(theta);
    for (size_t i = 0; i < n; ++i) {
        const double mu = ws->mu[i];
        const double mueta = mu; /* d mu / d eta = max(exp(eta), eps) = mu */
        const double var = pois ? mu : mu + mu * mu / theta;
        const double w2 = mueta * mueta / var;
        const double z = (ws->eta[i] - dat->off[i]) + (y[i] - mu) / mueta;
        w2v[i] = w2;
        zv[i] = z; /* unweighted; the QR fallback weights it */
        const double *x = X + i * p;
        CTREND_UNROLL
        for (size_t j = 0; j < p; ++j) {
            const double wx = w2 * x[j];
            double *g = G + j * p;
            r[j] += wx * z;
            CTREND_UNROLL
            for (size_t k = 0; k <= j; ++k) g[k] += wx * x[k];
        }
    }
}

static int wls_step(ctrend__irls *ws, const ctrend__data *dat, double theta)
{
    const size_t n = dat->n, p = dat->p;
    double *G = ws->R, *r = ws->beta;
    CTREND_DISPATCH_P(p, wls_accumulate, ws, dat, theta)
    ws->a_is_qr = 0;
    gsl_matrix_view C = gsl_matrix_view_array(G, p, p);
    gsl_vector_view beta = gsl_vector_view_array(r, p);
    if (!gsl_linalg_cholesky_decomp1(&C.matrix) && !gsl_linalg_cholesky_svx(&C.matrix, &beta.vector))
        return CTREND_OK;
    /* not numerically PD: least squares on sqrt(W) X by Householder QR */
    for (size_t i = 0; i < n; ++i) {
        const double w = sqrt(ws->w2[i]);
        ws->z[i] *= w;
        for (size_t j = 0; j < p; ++j) ws->A[i * p + j] = dat->X[i * p + j] * w;
    }
    gsl_matrix_view A = gsl_matrix_view_array(ws->A, n, p);
    gsl_vector_view tau = gsl_vector_view_array(ws->tau, p);
    gsl_vector_view z = gsl_vector_view_array(ws->z, n);
    gsl_vector_view resid = gsl_vector_view_array(ws->resid, n);
    if (gsl_linalg_QR_decomp(&A.matrix, &tau.vector) ||
        gsl_linalg_QR_lssolve(&A.matrix, &tau.vector, &z.vector, &beta.vector, &resid.vector))
        return CTREND_ENUMERIC;
    ws->a_is_qr = 1;
    return CTREND_OK;
}

int ctrend__irls_run(ctrend__irls *ws, const ctrend__data *dat, double theta,
                     const double *eta_start, double epsilon, int maxit, int halve_on_rise)
{
    const size_t n = dat->n, p = dat->p;
    const double *y = dat->y;
    double devold = 0.0, sum_y = 0.0;
    for (size_t i = 0; i < n; ++i) sum_y += fabs(y[i]);
    const double noise = CTREND__DEV_NOISE_EPS * DBL_EPSILON * sum_y;
    for (size_t i = 0; i < n; ++i) {
        if (eta_start) {
            ws->eta[i] = eta_start[i];
        } else {
            const double mustart = isinf(theta) ? y[i] + 0.1 : y[i] + (y[i] == 0 ? 1.0 / 6.0 : 0.0);
            ws->eta[i] = log(mustart);
        }
        ws->mu[i] = linkinv(ws->eta[i]);
        devold += unit_dev(y[i], ws->mu[i], theta);
    }
    ws->converged = 0;
    ws->boundary = 0;
    ws->iter = 0;
    int have_old = 0;
    double dev = devold;
    for (int iter = 1; iter <= maxit; ++iter) {
        ws->iter = iter;
        if (wls_step(ws, dat, theta)) return CTREND_ENUMERIC;
        for (size_t j = 0; j < p; ++j)
            if (!isfinite(ws->beta[j])) return CTREND_OK; /* not converged (R: warning) */
        dev = update_mu(ws, dat, theta);
        if (have_old) {
            int ii = 1;
            while (!isfinite(dev) ||
                   (halve_on_rise && (dev - devold) / (fabs(dev) + 0.1) >= epsilon &&
                    dev - devold > noise)) {
                if (ii > maxit) return CTREND_OK; /* R: "inner loop 1; cannot correct step size" */
                ++ii;
                for (size_t j = 0; j < p; ++j) ws->beta[j] = 0.5 * (ws->beta[j] + ws->beta_old[j]);
                dev = update_mu(ws, dat, theta);
                ws->boundary = 1;
            }
        } else if (!isfinite(dev)) {
            return CTREND_OK; /* R: "no valid set of coefficients has been found" */
        }
        if (fabs(dev - devold) / (fabs(dev) + 0.1) < epsilon || fabs(dev - devold) <= noise) {
            ws->converged = 1;
            break;
        }
        devold = dev;
        memcpy(ws->beta_old, ws->beta, p * sizeof *ws->beta);
        have_old = 1;
    }
    ws->dev = dev;
    return CTREND_OK;
}

int ctrend__irls_vcov(ctrend__irls *ws, double *V)
{
    const size_t p = ws->p;
    if (!ws->a_is_qr) {
        /* (X'WX)^-1 from the last iteration's Cholesky factor (still in ws->R): the same
         * matrix summary.glm inverts through its QR, equal to rounding, without a new
         * n x p Householder QR (~12% of a fit's instructions for n = 240, p = 7). */
        memcpy(V, ws->R, p * p * sizeof *V);
        gsl_matrix_view Vm = gsl_matrix_view_array(V, p, p);
        return gsl_linalg_cholesky_invert(&Vm.matrix) ? CTREND_ENUMERIC : CTREND_OK;
    }
    for (size_t i = 0; i < p; ++i)
        for (size_t j = 0; j < p; ++j) ws->R[i * p + j] = j >= i ? ws->A[i * p + j] : 0.0;
    gsl_matrix_view R = gsl_matrix_view_array(ws->R, p, p);
    if (gsl_linalg_tri_upper_invert(&R.matrix)) return CTREND_ENUMERIC;
    gsl_matrix_view Vm = gsl_matrix_view_array(V, p, p);
    if (gsl_blas_dgemm(CblasNoTrans, CblasTrans, 1.0, &R.matrix, &R.matrix, 0.0, &Vm.matrix))
        return CTREND_ENUMERIC;
    return CTREND_OK;
}

int ctrend__null_deviance(const ctrend__data *dat, double theta, double epsilon, int maxit,
                          double *out)
{
    const size_t n = dat->n;
    if (!dat->intercept) {
        double s = 0.0;
        for (size_t i = 0; i < n; ++i) s += unit_dev(dat->y[i], linkinv(dat->off[i]), theta);
        *out = s;
        return CTREND_OK;
    }
    if (!dat->has_offset) {
        double ybar = 0.0;
        for (size_t i = 0; i < n; ++i) ybar += dat->y[i];
        ybar /= (double)n;
        double s = 0.0;
        for (size_t i = 0; i < n; ++i) s += unit_dev(dat->y[i], ybar, theta);
        *out = s;
        return CTREND_OK;
    }
    /* intercept + offset: R's glm() refits the intercept-only model with the offset */
    double *ones = ctrend__malloc_n(n, 1, sizeof *ones);
    if (!ones) return CTREND_ENOMEM;
    for (size_t i = 0; i < n; ++i) ones[i] = 1.0;
    ctrend__data d1 = *dat;
    d1.X = ones;
    d1.p = 1;
    ctrend__irls ws;
    int st = ctrend__irls_alloc(&ws, n, 1);
    if (!st) st = ctrend__irls_run(&ws, &d1, theta, NULL, epsilon, maxit, 1);
    if (!st) *out = ws.dev;
    ctrend__irls_free(&ws);
    free(ones);
    return st;
}

size_t ctrend__separation_screen(const ctrend__data *dat)
{
    const size_t n = dat->n, p = dat->p;
    for (size_t j = 0; j < p; ++j) {
        int nonneg = 1, nonpos = 1, binary = 1, constant = 1;
        double ysum_nz = 0.0, ysum_z = 0.0;
        size_t n_nz = 0;
        for (size_t i = 0; i < n; ++i) {
            const double x = dat->X[i * p + j];
            if (x < 0) nonneg = 0;
            if (x > 0) nonpos = 0;
            if (x != 0 && x != 1) binary = 0;
            if (x != dat->X[j]) constant = 0;
            if (x != 0) {
                ysum_nz += dat->y[i];
                ++n_nz;
            } else {
                ysum_z += dat->y[i];
            }
            /* nothing left to decide (the sums are used only by the tests below, which
             * need one of these flags): e.g. Fourier columns stop after a few rows */
            if (!nonneg && !nonpos && !binary && !constant) break;
        }
        if (constant) continue;
        /* beta_j -> -Inf (or +Inf) raises the likelihood where the column is nonzero */
        if ((nonneg || nonpos) && n_nz > 0 && ysum_nz == 0.0) return j;
        /* with an intercept, (intercept - x_j) for a 0/1 column: zeros before a step */
        if (dat->intercept && binary && n_nz < n && ysum_z == 0.0) return j;
    }
    return (size_t)-1;
}
