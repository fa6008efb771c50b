/*
 * lanefloor.c — the SIMD fitting floor (issue 14, "the floor kernel"): Poisson IRLS on four
 * series at once, one per AVX2 lane, with nothing but the arithmetic of the fit; built with
 * -DLANEFLOOR_W=8 (and -mavx512f: bench/CMakeLists.txt's lanefloor8), eight series per
 * AVX-512 vector with libmvec's _ZGVeN8v_exp, the probe of what an AVX-512 instance of
 * ctrend's lane kernel could gain (lib/models/irls_lanes.c has AVX2 and baseline ones).
 *
 *   lanefloor PANEL.csv OUT.csv
 *
 * The panel and design are irlsfloor.c's (panel_io.h: 240 months, trend + 2 Fourier pairs
 * + step, p = 7). Method, per lane exactly R's glm.fit for a Poisson log-link model: start
 * mu = y + 0.1, eta = log mu (tables for counts below 1024); each iteration w = mu and w z = mu eta + y - mu (z = eta +
 * (y - mu)/mu: no division), X'WX from the design's products x_ij x_ik computed once (28 +
 * 7 fused multiply-adds per row and four series), a 7 x 7 Cholesky solve in the lanes,
 * eta = X b, mu = exp(eta) by glibc's libmvec (_ZGVdN4v_exp), the deviance 2 sum(y (log y
 * - eta) - (y - mu)); stop when |dev - dev_old| / (|dev| + 0.1) < 1e-8 (at most 25). A
 * lane whose fit stops takes the next series at once (no lane waits for a slower one).
 * What it leaves out, and ctrend's kernel must do: every check (counts, separation, rank,
 * a pivot <= 0, a rising deviance, non-finite values), standard errors and fitted values.
 * So its time is what the fits cost on this machine at the least, without using the
 * design's structure beyond the shared products (ctrend_batch_fit may go below it).
 * Needs AVX2 and FMA (bench/run.sh checks /proc/cpuinfo). Output and the printed line as
 * irlsfloor's, plus lane_iterations (L-series iterations run) and lanes=L.
 */
#define _POSIX_C_SOURCE 200809L
#include <immintrin.h>
#include "panel_io.h"

#define N PANEL_N
#define P PANEL_P
#define T (P * (P + 3) / 2) /* per row: p values, then the p(p+1)/2 products */
#ifndef LANEFLOOR_W
#define LANEFLOOR_W 4
#endif
#define L LANEFLOOR_W

#if LANEFLOOR_W == 8
typedef double v4 __attribute__((vector_size(64))); /* "v4": the lane vector, 8 wide here */
extern __m512d _ZGVeN8v_exp(__m512d x);
#define VEXP(x) ((v4)_ZGVeN8v_exp((__m512d)(x)))
#define VSQRT(x) ((v4)_mm512_sqrt_pd((__m512d)(x)))
#elif LANEFLOOR_W == 4
typedef double v4 __attribute__((vector_size(32)));
extern __m256d _ZGVdN4v_exp(__m256d x);
#define VEXP(x) ((v4)_ZGVdN4v_exp((__m256d)(x)))
#define VSQRT(x) ((v4)_mm256_sqrt_pd((__m256d)(x)))
#else
#error "LANEFLOOR_W must be 4 (AVX2) or 8 (AVX-512)"
#endif

static inline v4 splat(double x)
{
    v4 v; /* lane by lane: (v4){0} + x would turn -0.0 into +0.0 */
    for (int l = 0; l < L; ++l) v[l] = x;
    return v;
}

typedef long long vi __attribute__((vector_size(8 * L))); /* the lanes' bits */

static inline v4 vabs(v4 x) { return (v4)(~(vi)splat(-0.0) & (vi)x); }

/* Counts below TAB take log y, log(y + 0.1) and their start deviance term from tables (as
 * ctrend's kernel does): three libm logarithms per month would cost more than the fit. */
#define TAB 1024
static double tab_logy[TAB], tab_log01[TAB], tab_dev0[TAB];

static double dev0_term(double y, double logy, double log01)
{
    return 2.0 * ((y > 0 ? y * (logy - log01) : 0.0) + 0.1); /* y log(y/mu) - (y - mu), mu = y + 0.1 */
}

static void make_tables(void)
{
    for (int k = 0; k < TAB; ++k) {
        tab_logy[k] = k ? log((double)k) : 0.0;
        tab_log01[k] = log((double)k + 0.1);
        tab_dev0[k] = dev0_term((double)k, tab_logy[k], tab_log01[k]);
    }
}

/* One lane's series in: y, log y (0 where y = 0), the start values and deviance. */
static void load_lane(int l, const double *ys, v4 *y, v4 *logy, v4 *eta, v4 *mu, double *dev_old)
{
    double dev = 0.0;
    for (size_t i = 0; i < N; ++i) {
        const double v = ys[i];
        const double ly = v < TAB ? tab_logy[(int)v] : log(v), l01 = v < TAB ? tab_log01[(int)v] : log(v + 0.1);
        y[i][l] = v;
        logy[i][l] = ly;
        mu[i][l] = v + 0.1;
        eta[i][l] = l01;
        dev += v < TAB ? tab_dev0[(int)v] : dev0_term(v, ly, l01);
    }
    *dev_old = dev;
}

/* Entries t0 .. t1-1 (at most 12: registers) of X'Wz (t < P) and X'WX (the products) over
 * all rows; inlined with constant bounds, so the loops unroll and the choice of w or wz
 * per entry is made at compile time. */
static inline __attribute__((always_inline)) void cross_pass(size_t t0, size_t t1, const double *S, const v4 *w,
                                                             const v4 *wz, v4 *acc)
{
    v4 a[12];
    for (size_t t = 0; t < 12; ++t) a[t] = splat(0.0);
    for (size_t i = 0; i < N; ++i) {
        const double *row = S + i * T;
#pragma GCC unroll 12
        for (size_t t = t0; t < t1; ++t) a[t - t0] += (t < P ? wz[i] : w[i]) * splat(row[t]);
    }
    for (size_t t = t0; t < t1; ++t) acc[t] = a[t - t0];
}

/* The timed fits (callgrind: --toggle-collect=fit_all). Returns the lane iterations run. */
__attribute__((noinline)) static size_t fit_all(const double *yall, size_t n_series, const double *S,
                                                double *coef)
{
    static v4 y[N], logy[N], eta[N], mu[N], w[N], wz[N];
    v4 beta[P];
    double dev_old[L];
    long series[L];
    int it[L];
    size_t next = 0, done = 0, lane_its = 0;
    for (int l = 0; l < L; ++l) {
        series[l] = next < n_series ? (long)next : -1;
        it[l] = 0;
        if (series[l] >= 0) load_lane(l, yall + (size_t)series[l] * N, y, logy, eta, mu, &dev_old[l]);
        else dev_old[l] = 0.0;
        ++next;
    }
    while (done < n_series) {
        /* X'WX (the 28 products) and X'Wz (the 7 values) in three passes of 12 accumulators */
        v4 acc[T];
        for (size_t i = 0; i < N; ++i) {
            w[i] = mu[i];
            wz[i] = mu[i] * eta[i] + y[i] - mu[i];
        }
        cross_pass(0, 12, S, w, wz, acc);
        cross_pass(12, 24, S, w, wz, acc);
        cross_pass(24, T, S, w, wz, acc);
        /* Cholesky of X'WX (lower, from the products j >= k) and the two solves, per lane */
        v4 A[P][P], b[P];
        for (size_t j = 0, t = P; j < P; ++j) {
            b[j] = acc[j];
            for (size_t k = 0; k <= j; ++k) A[j][k] = acc[t++];
        }
        for (size_t j = 0; j < P; ++j) {
            v4 d = A[j][j];
            for (size_t k = 0; k < j; ++k) d -= A[j][k] * A[j][k];
            d = VSQRT(d);
            A[j][j] = d;
            for (size_t i = j + 1; i < P; ++i) {
                v4 e = A[i][j];
                for (size_t k = 0; k < j; ++k) e -= A[i][k] * A[j][k];
                A[i][j] = e / d;
            }
        }
        for (size_t j = 0; j < P; ++j) { /* L u = b */
            v4 e = b[j];
            for (size_t k = 0; k < j; ++k) e -= A[j][k] * b[k];
            b[j] = e / A[j][j];
        }
        for (size_t j = P; j-- > 0;) { /* L' beta = u */
            v4 e = b[j];
            for (size_t k = j + 1; k < P; ++k) e -= A[k][j] * beta[k];
            beta[j] = e / A[j][j];
        }
        /* eta, mu and the deviance */
        v4 dev = splat(0.0);
        for (size_t i = 0; i < N; ++i) {
            const double *row = S + i * T;
            v4 e = splat(0.0);
            for (size_t j = 0; j < P; ++j) e += beta[j] * splat(row[j]);
            eta[i] = e;
            mu[i] = VEXP(e);
            dev += y[i] * (logy[i] - e) - (y[i] - mu[i]);
        }
        dev *= splat(2.0);
        ++lane_its;
        /* lanes whose fit stopped: out, and the next series in */
        v4 dold;
        for (int l = 0; l < L; ++l) dold[l] = dev_old[l];
        const v4 crit = vabs(dev - dold) / (vabs(dev) + splat(0.1));
        for (int l = 0; l < L; ++l) {
            if (series[l] < 0) continue;
            ++it[l];
            if (crit[l] >= 1e-8 && it[l] < 25) {
                dev_old[l] = dev[l];
                continue;
            }
            for (size_t j = 0; j < P; ++j) coef[(size_t)series[l] * P + j] = beta[j][l];
            ++done;
            it[l] = 0;
            series[l] = next < n_series ? (long)next : -1;
            if (series[l] >= 0) load_lane(l, yall + (size_t)series[l] * N, y, logy, eta, mu, &dev_old[l]);
            ++next;
        }
    }
    return lane_its;
}

int main(int argc, char **argv)
{
    panel pn;
    double X[N][P];
    static double S[N * T];
    if (argc != 3) {
        fprintf(stderr, "usage: lanefloor PANEL.csv OUT.csv\n");
        return 2;
    }
    if (panel_read(argv[1], &pn) || pn.n_series == 0) return 1;
    double *coef = malloc(pn.n_series * P * sizeof *coef);
    if (!coef) return 1;
    panel_design(X);
    make_tables();
    for (size_t i = 0; i < N; ++i) { /* the design's products, once */
        size_t t = 0;
        for (size_t j = 0; j < P; ++j) S[i * T + t++] = X[i][j];
        for (size_t j = 0; j < P; ++j)
            for (size_t k = 0; k <= j; ++k) S[i * T + t++] = X[i][j] * X[i][k];
    }
    const double c0 = panel_cpu_now(), t0 = panel_now();
    const size_t lane_its = fit_all(pn.y, pn.n_series, S, coef);
    const double t1 = panel_now(), c1 = panel_cpu_now();
    if (panel_write_coefs(argv[2], &pn, coef)) return 1;
    printf("fits=%zu seconds=%.6f cpu_s=%.6f us_per_fit=%.2f lane_iterations=%zu lanes=%d\n", pn.n_series, t1 - t0,
           c1 - c0, 1e6 * (t1 - t0) / (double)pn.n_series, lane_its, L);
    panel_free(&pn);
    free(coef);
    return 0;
}
