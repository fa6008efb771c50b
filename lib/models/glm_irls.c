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
 *       beta = argmin || w*z - (w*X) beta ||   (normal equations by Cholesky,
 *                                               gsl_blas_dsyrk + gsl_linalg_cholesky; Householder
 *                                               QR, gsl_linalg_QR_*, if that is not PD)
 *       eta = X beta + offset; mu = linkinv(eta); dev = deviance(y, mu)
 *       if dev is not finite (or, option, rose by >= eps relative): beta = (beta+beta_old)/2
 *          repeatedly (at most maxit times)     -- R's "step size truncated" / glm2's rule
 *       if |dev - devold| / (|dev| + 0.1) < epsilon: converged
 *   The covariance is (X'WX)^-1 from a Householder QR of the LAST iteration's weighted design (weights at the previous
 *   mu), exactly what summary.glm uses, so SEs agree with R to rounding.
 *
 * Rank: R's Cdqrls uses a limited-pivoting LINPACK QR with tol 1e-7; here a pivoted
 * Householder QR (gsl_linalg_QRPT_decomp) of X with unit-norm columns is done once per fit
 * and a diagonal below rank_tol * the largest flags collinearity (CTREND_ESINGULAR) instead
 * of silently dropping the column (R returns NA for it).
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

#include "models_internal.h"

int ctrend__irls_alloc(ctrend__irls *ws, size_t n, size_t p)
{
    memset(ws, 0, sizeof *ws);
    ws->n = n;
    ws->p = p;
    const size_t total = n * p + p + n + n + p + p + n + n + n + p * p + p;
    double *blk = malloc(total * sizeof *blk);
    ws->perm = malloc(p * sizeof *ws->perm);
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

int ctrend__rank_check(ctrend__irls *ws, const ctrend__data *dat, double tol, size_t *bad)
{
    const size_t n = dat->n, p = dat->p;
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

double ctrend__poisson_loglik(const double *y, const double *mu, size_t n)
{
    double s = 0.0;
    for (size_t i = 0; i < n; ++i)
        s += (y[i] > 0 ? y[i] * log(mu[i]) : 0.0) - mu[i] - lngamma(y[i] + 1.0);
    return s;
}

double ctrend__nb_loglik(const double *y, const double *mu, size_t n, double th)
{
    /* MASS::glm.nb's loglik(): y*log(mu + (y == 0)) keeps 0*log(0) out */
    double s = 0.0;
    for (size_t i = 0; i < n; ++i)
        s += lngamma(th + y[i]) - lngamma(th) - lngamma(y[i] + 1.0) + th * log(th) +
             y[i] * log(mu[i] + (y[i] == 0 ? 1.0 : 0.0)) - (th + y[i]) * log(th + mu[i]);
    return s;
}

/* eta = X beta + off, mu = linkinv(eta), return the deviance */
static double update_mu(ctrend__irls *ws, const ctrend__data *dat, double theta)
{
    const size_t n = dat->n, p = dat->p;
    gsl_matrix_const_view X = gsl_matrix_const_view_array(dat->X, n, p);
    gsl_vector_const_view b = gsl_vector_const_view_array(ws->beta, p);
    gsl_vector_view eta = gsl_vector_view_array(ws->eta, n);
    gsl_blas_dgemv(CblasNoTrans, 1.0, &X.matrix, &b.vector, 0.0, &eta.vector);
    double dev = 0.0;
    for (size_t i = 0; i < n; ++i) {
        ws->eta[i] += dat->off[i];
        ws->mu[i] = linkinv(ws->eta[i]);
        dev += unit_dev(dat->y[i], ws->mu[i], theta);
    }
    return dev;
}

int ctrend__irls_run(ctrend__irls *ws, const ctrend__data *dat, double theta,
                     const double *eta_start, double epsilon, int maxit, int halve_on_rise)
{
    const size_t n = dat->n, p = dat->p;
    const double *y = dat->y;
    double devold = 0.0;
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
    gsl_matrix_view A = gsl_matrix_view_array(ws->A, n, p);
    gsl_vector_view tau = gsl_vector_view_array(ws->tau, p);
    gsl_vector_view z = gsl_vector_view_array(ws->z, n);
    gsl_vector_view beta = gsl_vector_view_array(ws->beta, p);
    gsl_vector_view resid = gsl_vector_view_array(ws->resid, n);
    gsl_matrix_view C = gsl_matrix_view_array(ws->R, p, p);
    for (int iter = 1; iter <= maxit; ++iter) {
        ws->iter = iter;
        for (size_t i = 0; i < n; ++i) {
            const double mu = ws->mu[i];
            const double mueta = mu; /* d mu / d eta = max(exp(eta), eps) = mu */
            const double var = isinf(theta) ? mu : mu + mu * mu / theta;
            const double w2 = mueta * mueta / var;
            const double w = sqrt(w2);
            ws->w2[i] = w2;
            ws->z[i] = ((ws->eta[i] - dat->off[i]) + (y[i] - mu) / mueta) * w;
            for (size_t j = 0; j < p; ++j) ws->A[i * p + j] = dat->X[i * p + j] * w;
        }
        /* Normal equations (A'A) beta = A'z by Cholesky: a p x p solve per iteration instead
         * of an n x p Householder QR; falls back to QR when A'A is not numerically PD. */
        ws->a_is_qr = 0;
        gsl_blas_dsyrk(CblasLower, CblasTrans, 1.0, &A.matrix, 0.0, &C.matrix);
        gsl_blas_dgemv(CblasTrans, 1.0, &A.matrix, &z.vector, 0.0, &beta.vector);
        if (gsl_linalg_cholesky_decomp1(&C.matrix) ||
            gsl_linalg_cholesky_svx(&C.matrix, &beta.vector)) {
            if (gsl_linalg_QR_decomp(&A.matrix, &tau.vector) ||
                gsl_linalg_QR_lssolve(&A.matrix, &tau.vector, &z.vector, &beta.vector, &resid.vector))
                return CTREND_ENUMERIC;
            ws->a_is_qr = 1;
        }
        for (size_t j = 0; j < p; ++j)
            if (!isfinite(ws->beta[j])) return CTREND_OK; /* not converged (R: warning) */
        dev = update_mu(ws, dat, theta);
        if (have_old) {
            int ii = 1;
            while (!isfinite(dev) ||
                   (halve_on_rise && (dev - devold) / (fabs(dev) + 0.1) >= epsilon)) {
                if (ii > maxit) return CTREND_OK; /* R: "inner loop 1; cannot correct step size" */
                ++ii;
                for (size_t j = 0; j < p; ++j) ws->beta[j] = 0.5 * (ws->beta[j] + ws->beta_old[j]);
                dev = update_mu(ws, dat, theta);
                ws->boundary = 1;
            }
        } else if (!isfinite(dev)) {
            return CTREND_OK; /* R: "no valid set of coefficients has been found" */
        }
        if (fabs(dev - devold) / (fabs(dev) + 0.1) < epsilon) {
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
    double *ones = malloc(n * sizeof *ones);
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
        }
        if (constant) continue;
        /* beta_j -> -Inf (or +Inf) raises the likelihood where the column is nonzero */
        if ((nonneg || nonpos) && n_nz > 0 && ysum_nz == 0.0) return j;
        /* with an intercept, (intercept - x_j) for a 0/1 column: zeros before a step */
        if (dat->intercept && binary && n_nz < n && ysum_z == 0.0) return j;
    }
    return (size_t)-1;
}
