/*
 * irlsfloor.c — the fitting floor: a minimal Poisson IRLS over GSL's Cholesky.
 *
 *   irlsfloor PANEL.csv OUT.csv
 *
 * PANEL.csv is gen's panel (month,group,region,attacks; series-major, 240 months from
 * 2000-01). Each series is fitted with log mu = b0 + b1*trend + b2*sin12 + b3*cos12 +
 * b4*sin6 + b5*cos6 + b6*step(2012-01), the design of ctrend_design (trend 1..n,
 * sin/cos(2 pi k m / 12) with m = month of year, Jan = 1). IRLS as R's glm.fit: start
 * mu = y + 0.1, stop when |dev - dev_old| / (|dev| + 0.1) < 1e-8, at most 25 iterations
 * (deviance of the start counts as the first old deviance; no step-halving: a floor,
 * not a product). Normal equations X'WX b = X'Wz solved by
 * gsl_linalg_cholesky_decomp1 / _solve; all buffers allocated once (panel_io.h: the input,
 * the design and the output, shared with lanefloor.c).
 * Only the fitting loop is timed; parsing is not. Prints "fits=N seconds=S us_per_fit=U".
 */
#define _POSIX_C_SOURCE 200809L
#include <gsl/gsl_linalg.h>
#include "panel_io.h"

#define N PANEL_N
#define P PANEL_P

/* The timed fits, a function of its own so that callgrind can count it alone
 * (valgrind --tool=callgrind --toggle-collect=fit_all). Returns the total number of
 * iterations (0 on a Cholesky failure). */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t fit_all(const double *y, size_t n_series, double X[N][P], double *coef)
{
    double XtWX[P * P], XtWz[P], beta[P], eta[N], mu[N];
    size_t s, i, j, k, iters = 0;
    gsl_matrix_view A = gsl_matrix_view_array(XtWX, P, P);
    gsl_vector_view bv = gsl_vector_view_array(XtWz, P), xv = gsl_vector_view_array(beta, P);
    for (s = 0; s < n_series; ++s) {
        const double *ys = y + s * N;
        double dev_old = 0.0, dev;
        size_t it;
        for (i = 0; i < N; ++i) {
            mu[i] = ys[i] + 0.1;
            eta[i] = log(mu[i]);
            dev_old += 2.0 * ((ys[i] > 0 ? ys[i] * log(ys[i] / mu[i]) : 0.0) - (ys[i] - mu[i]));
        }
        for (it = 1; it <= 25; ++it) {
            memset(XtWX, 0, sizeof XtWX);
            memset(XtWz, 0, sizeof XtWz);
            for (i = 0; i < N; ++i) {
                const double w = mu[i], z = eta[i] + (ys[i] - mu[i]) / mu[i];
                for (j = 0; j < P; ++j) {
                    const double wx = w * X[i][j];
                    XtWz[j] += wx * z;
                    for (k = 0; k <= j; ++k)
                        XtWX[j * P + k] += wx * X[i][k];
                }
            }
            if (gsl_linalg_cholesky_decomp1(&A.matrix) != 0
                || gsl_linalg_cholesky_solve(&A.matrix, &bv.vector, &xv.vector) != 0)
                return 0;
            dev = 0.0;
            for (i = 0; i < N; ++i) {
                double e = 0.0;
                for (j = 0; j < P; ++j)
                    e += X[i][j] * beta[j];
                eta[i] = e;
                mu[i] = exp(e);
                dev += 2.0 * ((ys[i] > 0 ? ys[i] * log(ys[i] / mu[i]) : 0.0) - (ys[i] - mu[i]));
            }
            ++iters;
            if (fabs(dev - dev_old) / (fabs(dev) + 0.1) < 1e-8)
                break;
            dev_old = dev;
        }
        memcpy(coef + s * P, beta, sizeof beta);
    }
    return iters;
}

int main(int argc, char **argv)
{
    panel pn;
    double X[N][P];
    if (argc != 3) {
        fprintf(stderr, "usage: irlsfloor PANEL.csv OUT.csv\n");
        return 2;
    }
    if (panel_read(argv[1], &pn)) return 1;
    double *coef = malloc(pn.n_series * P * sizeof *coef);
    if (!coef) return 1;
    panel_design(X);
    const double c0 = panel_cpu_now(), t0 = panel_now();
    const size_t iters = fit_all(pn.y, pn.n_series, X, coef);
    const double t1 = panel_now(), c1 = panel_cpu_now();
    if (iters == 0 || panel_write_coefs(argv[2], &pn, coef)) return 1;
    printf("fits=%zu seconds=%.6f cpu_s=%.6f us_per_fit=%.2f iterations=%.2f\n", pn.n_series, t1 - t0,
           c1 - c0, 1e6 * (t1 - t0) / (double)pn.n_series, (double)iters / (double)pn.n_series);
    panel_free(&pn);
    free(coef);
    return 0;
}
