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
 * gsl_linalg_cholesky_decomp1 / _solve; all buffers allocated once.
 * Only the fitting loop is timed; parsing is not. Prints "fits=N seconds=S us_per_fit=U".
 */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <gsl/gsl_linalg.h>

#define N 240
#define P 7
#define STEP_T 144

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

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
    FILE *in, *out;
    char line[256], (*names)[16] = NULL;
    double *y = NULL, X[N][P];
    size_t n_rows = 0, cap = 0, n_series, s, i, j, iters = 0;
    double t0, t1, c0, c1, *coef;
    if (argc != 3) {
        fprintf(stderr, "usage: irlsfloor PANEL.csv OUT.csv\n");
        return 2;
    }
    in = fopen(argv[1], "r");
    if (!in || !fgets(line, sizeof line, in))
        return 1;
    while (fgets(line, sizeof line, in)) {
        char *c1 = strchr(line, ','), *c2, *c3;
        if (!c1 || !(c2 = strchr(c1 + 1, ',')) || !(c3 = strchr(c2 + 1, ',')))
            return 1;
        if (n_rows == cap) {
            cap = cap ? 2 * cap : 1 << 16;
            y = realloc(y, cap * sizeof *y);
            names = realloc(names, (cap / N + 1) * sizeof *names);
            if (!y || !names)
                return 1;
        }
        if (n_rows % N == 0) {
            *c2 = '\0';
            snprintf(names[n_rows / N], sizeof names[0], "%s", c1 + 1);
        }
        y[n_rows++] = strtod(c3 + 1, NULL);
    }
    fclose(in);
    n_series = n_rows / N;
    coef = malloc(n_series * P * sizeof *coef);
    if (!coef)
        return 1;
    for (i = 0; i < N; ++i) {
        const double m = (double)(i % 12 + 1);
        X[i][0] = 1.0;
        X[i][1] = (double)(i + 1);
        X[i][2] = sin(2.0 * M_PI * m / 12.0);
        X[i][3] = cos(2.0 * M_PI * m / 12.0);
        X[i][4] = sin(4.0 * M_PI * m / 12.0);
        X[i][5] = cos(4.0 * M_PI * m / 12.0);
        X[i][6] = i >= STEP_T ? 1.0 : 0.0;
    }
    c0 = cpu_now();
    t0 = now();
    iters = fit_all(y, n_series, X, coef);
    if (iters == 0)
        return 1;
    t1 = now();
    c1 = cpu_now();
    out = fopen(argv[2], "w");
    if (!out)
        return 1;
    fputs("group,b0,b1,b2,b3,b4,b5,b6\n", out);
    for (s = 0; s < n_series; ++s) {
        fputs(names[s], out);
        for (j = 0; j < P; ++j)
            fprintf(out, ",%.17g", coef[s * P + j]);
        fputc('\n', out);
    }
    fclose(out);
    printf("fits=%zu seconds=%.6f cpu_s=%.6f us_per_fit=%.2f iterations=%.2f\n", n_series, t1 - t0,
           c1 - c0, 1e6 * (t1 - t0) / (double)n_series, (double)iters / (double)n_series);
    free(y);
    free(names);
    free(coef);
    return 0;
}
