/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_draws.c — lib/draws.c: ordering integer draws by counting / radix passes gives the very
 * array gsl_sort gives, and the type-7 quantile equals gsl_stats_quantile_from_sorted_data bit
 * for bit (0.1's forecast path); the seed fold is 0.1's; the generator is gsl_rng_mt19937's
 * stream word for word; the Poisson samplers replay the published algorithms (written here
 * with GSL's functions) and fit the Poisson law (chi-square); the simulated means equal
 * exp(x'(beta + L z)) computed directly, and the vector exp stays within libmvec's 4 ulp. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "test_util.h"
#include "rpois_ref.h"
#include <gsl/gsl_blas.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>

#include <ctrend.h>

#include "../lib/draws_internal.h"

/* n draws of kind k: 0 small Poisson counts (counting pass), 1 counts spread over 2^40 (radix
 * passes), 2 Gaussian reals (gsl_sort), 3 constant, 4 negative counts with one half-integer
 * last (the counting pass finds it late), 5 counts over 2^40 with one half-integer last (the
 * radix branch finds it), 6 tiny reals above an integer minimum (x - lo rounds to an integer:
 * the check must look at x itself). */
static void fill(double *x, size_t n, int kind, gsl_rng *r)
{
    for (size_t i = 0; i < n; ++i) {
        switch (kind) {
        case 0: x[i] = (double)gsl_ran_poisson(r, 37.5); break;
        case 1: x[i] = 1e15 + floor(gsl_rng_uniform(r) * 1099511627776.0); break;
        case 2: x[i] = gsl_ran_gaussian(r, 3.0); break;
        case 4: x[i] = i + 1 == n ? -2.5 : -(double)gsl_ran_poisson(r, 12.0); break;
        case 5: x[i] = i + 1 == n ? 3.5 : floor(gsl_rng_uniform(r) * 1099511627776.0); break;
        case 6: x[i] = i == 0 ? -5.0 : 1e-20 * (double)(1 + gsl_rng_uniform_int(r, 100)); break;
        default: x[i] = 7; break;
        }
    }
}

static void test_order_and_quantiles_as_gsl(void **state)
{
    (void)state;
    enum { N = 5001 };
    static double a[N], b[N], c[N], d[N];
    static const double probs[] = {0.0, 0.025, 0.1, 0.5, 0.8, 0.975, 0.999, 1.0};
    static const size_t sizes[] = {1, 2, 3, 10, 999, N};
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    ctrend__sort_ws ws = {0};
    for (int kind = 0; kind < 7; ++kind) {
        for (size_t z = 0; z < sizeof sizes / sizeof sizes[0]; ++z) {
            const size_t n = sizes[z];
            fill(a, n, kind, r);
            memcpy(b, a, n * sizeof *a);
            memcpy(c, a, n * sizeof *a);
            assert_int_equal(ctrend__sort_draws(a, n, &ws), 0);
            gsl_sort(b, 1, n);
            assert_memory_equal(a, b, n * sizeof *a);
            if (kind == 0 || kind == 1 || kind == 3) { /* counts with their range known */
                /* from a separate source (left as it was), then in place */
                memcpy(d, c, n * sizeof *c);
                double *e = malloc(n * sizeof *e);
                assert_non_null(e);
                assert_int_equal(ctrend__sort_counts(c, e, n, b[0], b[n - 1], &ws), 0);
                assert_memory_equal(e, b, n * sizeof *e);
                assert_memory_equal(c, d, n * sizeof *c);
                free(e);
                assert_int_equal(ctrend__sort_counts(c, c, n, b[0], b[n - 1], &ws), 0);
                assert_memory_equal(c, b, n * sizeof *c);
            }
            for (size_t k = 0; k < sizeof probs / sizeof probs[0]; ++k) {
                const double got = ctrend__quantile_sorted(a, n, probs[k]);
                const double want = gsl_stats_quantile_from_sorted_data(b, 1, n, probs[k]);
                assert_memory_equal(&got, &want, sizeof got);
            }
        }
    }
    ctrend__sort_ws_free(&ws);
    ctrend__sort_ws_free(&ws); /* twice: a no-op */
    gsl_rng_free(r);
}

static void test_seed_fold(void **state)
{
    (void)state;
    assert_int_equal(ctrend__seed_fold(0x0000000500000007ULL), 2);    /* 5 ^ 7 */
    assert_int_equal(ctrend__seed_fold(20240101u), 20240101u);        /* below 2^32: itself */
    assert_int_equal(ctrend__seed_fold(UINT64_MAX), 0);               /* 0xffffffff ^ 0xffffffff */
    gsl_rng *a = ctrend__rng_new(42), *b = gsl_rng_alloc(gsl_rng_mt19937);
    gsl_rng_set(b, 42);
    for (int i = 0; i < 100; ++i) assert_int_equal(gsl_rng_get(a), gsl_rng_get(b));
    gsl_rng_free(a);
    gsl_rng_free(b);
}


/* The mean of counts: 0, 1, ..., 9999 have the mean 4999.5 exactly; 10^4 copies of 2^40 + 3
 * (a sum near 1.1e16 > 2^53, where additions round) still give the value to 1e-15. */
static void test_counts_mean(void **state)
{
    (void)state;
    enum { M = 10000 };
    static double x[M];
    for (int i = 0; i < M; ++i) x[i] = i;
    assert_close(ctrend__counts_mean(x, M), 4999.5, 0, 0);
    assert_close(ctrend__counts_mean(x + 7, 3), 8.0, 0, 0); /* (7 + 8 + 9) / 3: the tail loop */
    for (int i = 0; i < M; ++i) x[i] = 1099511627779.0;
    assert_close(ctrend__counts_mean(x, M), 1099511627779.0, 1e-15, 0);
}

/* ctrend__mt19937 is gsl_rng_mt19937: the same words, doubles and GSL variates, for seeds that
 * include GSL's special case 0 (-> 4357) and the largest 32-bit seed, over several refills. */
static void test_mt19937_is_gsl(void **state)
{
    (void)state;
    static const unsigned long seeds[] = {0, 1, 2, 4357, 20240101, 0xffffffffUL};
    for (size_t z = 0; z < sizeof seeds / sizeof seeds[0]; ++z) {
        gsl_rng *a = gsl_rng_alloc(ctrend__mt19937), *b = gsl_rng_alloc(gsl_rng_mt19937);
        assert_non_null(a);
        gsl_rng_set(a, seeds[z]);
        gsl_rng_set(b, seeds[z]);
        assert_int_equal(gsl_rng_max(a), gsl_rng_max(b));
        assert_int_equal(gsl_rng_min(a), gsl_rng_min(b));
        for (int i = 0; i < 2000; ++i) assert_int_equal(gsl_rng_get(a), gsl_rng_get(b));
        for (int i = 0; i < 1000; ++i) {
            const double u = gsl_rng_uniform(a), v = gsl_rng_uniform(b);
            assert_memory_equal(&u, &v, sizeof u);
            assert_int_equal(gsl_rng_uniform_int(a, 11), gsl_rng_uniform_int(b, 11));
            const double g = gsl_ran_gaussian_ziggurat(a, 1.0), h = gsl_ran_gaussian_ziggurat(b, 1.0);
            assert_memory_equal(&g, &h, sizeof g);
            const double c = gsl_ran_gamma(a, 3.5, 1.0), d = gsl_ran_gamma(b, 3.5, 1.0);
            assert_memory_equal(&c, &d, sizeof c);
        }
        gsl_rng *ac = gsl_rng_clone(a); /* the state is plain memory: clones continue alike */
        for (int i = 0; i < 700; ++i) {
            const unsigned long w = gsl_rng_get(b);
            assert_int_equal(gsl_rng_get(a), w);
            assert_int_equal(gsl_rng_get(ac), w);
        }
        gsl_rng_free(ac);
        gsl_rng_free(a);
        gsl_rng_free(b);
    }
}

static const double MUS[] = {0.0, 0.37, 3.7, 9.99, 10.0, 10.5, 14.0, 37.5, 150.0, 2500.0, 1e6};

/* Draw for draw the reference, from the same seed: through the inline generator
 * (ctrend__rng_new) and through any other gsl_rng (GSL's own mt19937). */
static void test_rpois_replays_the_papers(void **state)
{
    (void)state;
    enum { M = 20000 };
    for (size_t z = 0; z < sizeof MUS / sizeof MUS[0]; ++z) {
        gsl_rng *a = ctrend__rng_new(77), *b = gsl_rng_alloc(gsl_rng_mt19937),
                *c = gsl_rng_alloc(gsl_rng_mt19937), *e = ctrend__rng_new(77);
        gsl_rng_set(b, 77);
        gsl_rng_set(c, 77);
        for (int i = 0; i < M; ++i) {
            const double want = ref_rpois(b, MUS[z]);
            assert_close(ctrend__rpois_small(a, MUS[z]), want, 0, 0);
            assert_close(ctrend__rpois_small(c, MUS[z]), want, 0, 0);
            assert_close(ctrend__rpois_small_e(e, MUS[z], exp(-MUS[z])), want, 0, 0);
        }
        gsl_rng_free(e);
        gsl_rng_free(a);
        gsl_rng_free(b);
        gsl_rng_free(c);
    }
}

/* 10^5 draws fit Poisson(mu): Pearson's chi-square over the counts (classes with expected
 * count < 5 pooled into the two tails) below the chi-square 1 - 1e-6 quantile, and the sample
 * mean within 5 standard errors of mu. The seed is fixed, so the test is deterministic. */
static void test_rpois_goodness_of_fit(void **state)
{
    (void)state;
    enum { M = 100000 };
    static double x[M];
    gsl_rng *r = ctrend__rng_new(2026);
    for (size_t z = 1; z < sizeof MUS / sizeof MUS[0]; ++z) {
        const double mu = MUS[z];
        double sum = 0, lo = INFINITY, hi = -INFINITY;
        for (int i = 0; i < M; ++i) {
            x[i] = ctrend__rpois_small(r, mu);
            sum += x[i];
            if (x[i] < lo) lo = x[i];
            if (x[i] > hi) hi = x[i];
        }
        assert_true(fabs(sum / M - mu) < 5 * sqrt(mu / M));
        /* classes [0, k1), k1, ..., k2 - 1, [k2, Inf) with every expected count >= 5 */
        double k1 = floor(mu), k2 = floor(mu) + 1;
        while (k1 > 0 && M * gsl_cdf_poisson_P((unsigned)k1 - 1, mu) >= 5) k1 -= 1;
        while (M * gsl_cdf_poisson_Q((unsigned)k2 - 1, mu) >= 5 &&
               M * gsl_ran_poisson_pdf((unsigned)k2, mu) >= 5)
            k2 += 1;
        double chi = 0;
        int df = -1;
        for (double k = k1; k < k2; k += 1) {
            double obs = 0;
            for (int i = 0; i < M; ++i) obs += x[i] == k;
            const double e = M * gsl_ran_poisson_pdf((unsigned)k, mu);
            chi += (obs - e) * (obs - e) / e;
            ++df;
        }
        double below = 0, above = 0;
        for (int i = 0; i < M; ++i) {
            below += x[i] < k1;
            above += x[i] >= k2;
        }
        if (k1 > 0) {
            const double e = M * gsl_cdf_poisson_P((unsigned)k1 - 1, mu);
            chi += (below - e) * (below - e) / e;
            ++df;
        } else {
            assert_true(below == 0);
        }
        const double e = M * gsl_cdf_poisson_Q((unsigned)k2 - 1, mu);
        chi += (above - e) * (above - e) / e;
        ++df;
        assert_true(df >= 1);
        assert_true(chi < gsl_cdf_chisq_Qinv(1e-6, df));
    }
    gsl_rng_free(r);
}

/* Units in the last place between two positive finite doubles. */
static double ulps(double a, double b)
{
    int64_t ia, ib;
    memcpy(&ia, &a, sizeof ia);
    memcpy(&ib, &b, sizeof ib);
    return fabs((double)(ia - ib));
}

/* The vector exp against glibc's scalar exp on 10^5 arguments spread over [-40, 40] (log
 * means of counts): within libmvec's documented 4 ulp. */
static void test_vector_exp_ulp(void **state)
{
    (void)state;
    enum { M = 100000 };
    static double x[M], y[M];
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    for (int i = 0; i < M; ++i) x[i] = -40 + 80 * gsl_rng_uniform(r);
    const int vec = ctrend__linsim_vexp(x, y, M);
    double worst = 0;
    for (int i = 0; i < M; ++i) {
        const double d = ulps(y[i], exp(x[i]));
        if (d > worst) worst = d;
    }
    print_message("vector exp (%s): largest difference from exp() %.0f ulp over %d arguments\n",
                  vec ? "libmvec AVX2" : "scalar", worst, M);
    assert_true(worst <= 4);
    if (!vec) assert_true(worst == 0);
    gsl_rng_free(r);
}

/* x_i' (b + L z) + off_i for i < h, straight from the definitions with GSL (L lower, p x p;
 * z is overwritten by L z). */
static void direct_linpred(const double *X, const double *off, const double *b, gsl_matrix *L,
                           double *z, size_t p, size_t h, double *eta)
{
    gsl_vector_view zv = gsl_vector_view_array(z, p);
    gsl_blas_dtrmv(CblasLower, CblasNoTrans, CblasNonUnit, L, &zv.vector);
    for (size_t i = 0; i < h; ++i) {
        double e = off[i];
        for (size_t j = 0; j < p; ++j) e += X[i * p + j] * (b[j] + z[j]);
        eta[i] = e;
    }
}

/* ctrend__linsim: mu_i = exp(eta_i + (X L z)_i) = exp(off_i + x_i' (b + L z)), computed
 * directly with GSL (dtrmv, ddot) for h = 13 months (not a multiple of the vector width),
 * p = 5, and the identity link. */
static void test_linsim_means(void **state)
{
    (void)state;
    enum { H = 13, P = 5 };
    double X[H * P], L[P * P], b[P], eta[H], off[H], lz[P], ed[H];
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    for (int i = 0; i < H * P; ++i) X[i] = gsl_ran_gaussian(r, 1.0);
    for (int j = 0; j < P; ++j) b[j] = gsl_ran_gaussian(r, 0.5);
    /* V = B B' + I, its Cholesky factor */
    double B[P * P];
    for (int i = 0; i < P * P; ++i) B[i] = gsl_ran_gaussian(r, 0.3);
    for (int i = 0; i < P; ++i)
        for (int j = 0; j < P; ++j) {
            double s = i == j ? 1.0 : 0.0;
            for (int k = 0; k < P; ++k) s += B[i * P + k] * B[j * P + k];
            L[i * P + j] = s;
        }
    gsl_matrix_view Lm = gsl_matrix_view_array(L, P, P);
    assert_int_equal(gsl_linalg_cholesky_decomp1(&Lm.matrix), 0);
    for (int i = 0; i < H; ++i) {
        off[i] = 0.1 * i;
        double e = off[i];
        for (int j = 0; j < P; ++j) e += X[i * P + j] * b[j];
        eta[i] = e;
    }
    int n_small = 0;
    for (int link = 0; link < 2; ++link) {
        ctrend__linsim s;
        assert_int_equal(ctrend__linsim_init(&s, X, L, eta, P, H, link), 0);
        for (int rep = 0; rep < 50; ++rep) {
            for (int j = 0; j < P; ++j) lz[j] = s.z[j] = gsl_ran_gaussian(r, 1.0);
            ctrend__linsim_means(&s);
            direct_linpred(X, off, b, &Lm.matrix, lz, P, H, ed);
            for (int i = 0; i < H; ++i) {
                const double e = ed[i];
                if (link) {
                    assert_close(s.mu[i], exp(e), 1e-13, 0);
                    if (s.mu[i] < 30) { /* only there (inversion's first term; docs/models.md) */
                        assert_close(s.emu[i], exp(-s.mu[i]), 4e-15, 0); /* 4 ulp */
                        ++n_small;
                    } else { /* PTRS's constants, bit for bit the paper's formulas */
                        const double mu = s.mu[i], pb = 0.931 + 2.53 * sqrt(mu);
                        const double want[4] = {pb, -0.059 + 0.02483 * pb, 1.1239 + 1.1328 / (pb - 3.4),
                                                0.9277 - 3.6224 / (pb - 2)};
                        const double got4[4] = {s.pb[i], s.pa[i], s.pi[i], s.pv[i]};
                        assert_memory_equal(got4, want, sizeof want);
                    }
                } else {
                    assert_close(s.mu[i], e, 1e-13, 1e-13);
                }
            }
        }
        ctrend__linsim_free(&s);
        ctrend__linsim_free(&s); /* twice: a no-op */
    }
    assert_true(n_small > 0 && n_small < 50 * H); /* means on both sides of 30 */
    gsl_rng_free(r);
}

/* A Poisson forecast's draws, replayed from the documented order with GSL's generator
 * (gsl_rng_mt19937, read through its function pointer: not lib/draws.c's inline words): per
 * simulation p normals z by ctrend__rnorm_fill (whose law test_rnorm_goodness_of_fit checks), beta* = beta + L z (GSL's Cholesky of the
 * model's covariance), mu*_i = exp(off_i + x_i' beta*) for each month, one draw each by the
 * reference samplers (inversion below 30), from gsl_rng_mt19937 seeded with the folded seed.
 * Means around level: 20 spans the inversion (< 30) and PTRS ranges, 2000 PTRS with large k. */
static void replay_forecast(double level, int both_samplers)
{
    enum { N = 96, H = 7, S = 3000 };
    double y[N];
    gsl_rng *g = gsl_rng_alloc(gsl_rng_mt19937);
    for (int t = 0; t < N; ++t)
        y[t] = (double)gsl_ran_poisson(g, level * exp(0.004 * t + 0.6 * sin(2 * M_PI * t / 12)));
    ctrend_design *d = NULL;
    ctrend_model *m = NULL;
    ctrend_forecast *f = NULL;
    assert_int_equal(ctrend_design_new(2010 * 12, N, &d), CTREND_OK);
    assert_int_equal(ctrend_design_add_trend(d), CTREND_OK);
    assert_int_equal(ctrend_design_add_fourier(d, 1), CTREND_OK);
    assert_int_equal(ctrend_model_fit(NULL, CTREND_FAMILY_POISSON, d, y, N, &m, NULL), CTREND_OK);
    const size_t p = ctrend_model_ncoef(m);
    double b[8], V[64], X[H * 8], off[H], z[8], ed[H];
    assert_true(p <= 8);
    assert_int_equal(ctrend_model_vector(m, CTREND_MV_COEF, b, 8, NULL), CTREND_OK);
    assert_int_equal(ctrend_model_vector(m, CTREND_MV_VCOV, V, 64, NULL), CTREND_OK);
    assert_int_equal(ctrend_design_matrix(d, N, H, X, H * p, off, H, NULL), CTREND_OK);
    const uint64_t seed = 0x00000003000000a5ULL;
    assert_int_equal(ctrend_forecast_new(m, H, S, seed, &f, NULL), CTREND_OK);
    static double got[H * S];
    assert_int_equal(ctrend_forecast_samples(f, got, H * S, NULL), CTREND_OK);
    gsl_matrix_view L = gsl_matrix_view_array(V, p, p);
    assert_int_equal(gsl_linalg_cholesky_decomp1(&L.matrix), 0);
    gsl_rng_set(g, (unsigned long)((seed ^ (seed >> 32)) & 0xffffffffu));
    double lo = INFINITY, hi = 0;
    for (size_t s = 0; s < S; ++s) {
        ctrend__rnorm_fill(g, z, p);
        direct_linpred(X, off, b, &L.matrix, z, p, H, ed);
        for (size_t i = 0; i < H; ++i) {
            const double mu = exp(ed[i]);
            lo = fmin(lo, mu);
            hi = fmax(hi, mu);
            assert_close(got[i * S + s], ref_rpois_switch(g, mu, 30), 0, 0);
        }
    }
    if (both_samplers) assert_true(lo < 30 && hi > 30); /* both samplers were replayed */
    else assert_true(lo > 500 && hi > 1500); /* PTRS with k beyond its cache of small k (1024) */
    /* the simulated mean of each month: the exact sum of its integer draws over S */
    double sm[H];
    assert_int_equal(ctrend_forecast_vector(f, CTREND_FV_SIM_MEAN, sm, H, NULL), CTREND_OK);
    for (size_t i = 0; i < H; ++i) {
        double sum = 0;
        for (size_t s = 0; s < S; ++s) sum += got[i * S + s];
        assert_close(sm[i], sum / S, 0, 0);
    }
    /* independently of every sampler: Y | mu ~ Poisson(mu), log mu ~ N(eta, se^2), so
     * E Y = exp(eta + se^2 / 2) and Var Y = E Y + (E Y)^2 (exp(se^2) - 1) (lognormal
     * moments); the simulated mean is within 5 Monte-Carlo standard errors sqrt(Var Y / S) */
    double eta[H], se[H];
    assert_int_equal(ctrend_forecast_vector(f, CTREND_FV_LINPRED, eta, H, NULL), CTREND_OK);
    assert_int_equal(ctrend_forecast_vector(f, CTREND_FV_SE_LINK, se, H, NULL), CTREND_OK);
    for (size_t i = 0; i < H; ++i) {
        const double ey = exp(eta[i] + 0.5 * se[i] * se[i]);
        const double vy = ey + ey * ey * expm1(se[i] * se[i]);
        assert_true(fabs(sm[i] - ey) < 5 * sqrt(vy / S));
    }
    ctrend_forecast_free(f);
    ctrend_model_free(m);
    ctrend_design_free(d);
    gsl_rng_free(g);
}

/* The normal sampler's law: 10^6 draws (seed 7) in 200 bins equiprobable under N(0, 1)
 * (edges gsl_cdf_ugaussian_Pinv(b / 200)), chi-square below its 1 - 1e-6 quantile with 199
 * df (gsl_cdf_chisq_Qinv); the ziggurat's tail (|z| > r = 3.442619855899, the exponential
 * method) and its wedges are checked through the frequencies beyond 3.442619855899 and
 * beyond 4, within 5 binomial standard errors of 2 Q(x) (gsl_cdf_ugaussian_Q); mean and
 * variance within 5 standard errors of 0 and 1 (SE 1e-3 and sqrt(2) 1e-3). A GSL generator
 * (function-pointer words) and ctrend__mt19937 (inline words) give the same draws. */
static void test_rnorm_goodness_of_fit(void **state)
{
    (void)state;
    enum { N = 1000000, B = 200 };
    static double z[N], z2[1000];
    gsl_rng *r = ctrend__rng_new(7), *g = gsl_rng_alloc(gsl_rng_mt19937);
    assert_non_null(r);
    gsl_rng_set(g, ctrend__seed_fold(7));
    ctrend__rnorm_fill(r, z, N);
    ctrend__rnorm_fill(g, z2, 1000);
    assert_memory_equal(z, z2, sizeof z2);
    static size_t count[B];
    double edge[B - 1];
    for (int b = 1; b < B; ++b) edge[b - 1] = gsl_cdf_ugaussian_Pinv((double)b / B);
    double sum = 0, sum2 = 0;
    size_t tail = 0, far = 0;
    for (size_t i = 0; i < N; ++i) {
        size_t lo = 0, hi = B - 1; /* first edge above z[i] */
        while (lo < hi) {
            const size_t mid = (lo + hi) / 2;
            if (z[i] < edge[mid]) hi = mid;
            else lo = mid + 1;
        }
        ++count[lo];
        sum += z[i];
        sum2 += z[i] * z[i];
        tail += fabs(z[i]) > 3.442619855899;
        far += fabs(z[i]) > 4.0;
    }
    double chi2 = 0;
    for (int b = 0; b < B; ++b) chi2 += ((double)count[b] - (double)N / B) * ((double)count[b] - (double)N / B) / ((double)N / B);
    assert_true(chi2 < gsl_cdf_chisq_Qinv(1e-6, B - 1));
    const double pt = 2 * gsl_cdf_ugaussian_Q(3.442619855899), pf = 2 * gsl_cdf_ugaussian_Q(4.0);
    assert_true(fabs((double)tail - N * pt) < 5 * sqrt(N * pt * (1 - pt)));
    assert_true(fabs((double)far - N * pf) < 5 * sqrt(N * pf * (1 - pf)) + 1);
    assert_true(fabs(sum / N) < 5e-3);
    assert_true(fabs(sum2 / N - 1) < 5 * sqrt(2.0) * 1e-3);
    gsl_rng_free(r);
    gsl_rng_free(g);
}

/* ctrend__linsim_rpois: the vector path (inversion searched four months at a time) and the
 * scalar path give the reference samplers' draws (rpois_ref.h, from gsl_rng_mt19937 read
 * through its function pointer) month by month in the documented order, and leave the
 * stream at the same place. Months: h = 13 (a partial last vector); means spread over
 * 0.02 .. 100 so blocks mix inversion (< 30: docs/models.md), PTRS and, above big_mean = 60,
 * the `big` sampler; 400 simulations. */
static double big_by_ref(const gsl_rng *r, double mu)
{
    return ref_rpois((gsl_rng *)r, mu);
}

static void test_linsim_rpois_paths(void **state)
{
    (void)state;
    enum { H = 13, P = 2, S = 400 };
    double X[H * P], L[P * P] = {0.5, 0, 0.2, 0.4}, eta[H];
    for (int i = 0; i < H; ++i) {
        X[i * P] = 1;
        X[i * P + 1] = (i - 6) / 6.0;
        eta[i] = log(0.02) + (log(100.0) - log(0.02)) * ((i * 5) % H) / (H - 1.0); /* shuffled */
    }
    gsl_rng *g = gsl_rng_alloc(gsl_rng_mt19937), *a = gsl_rng_alloc(gsl_rng_mt19937),
            *b = gsl_rng_alloc(gsl_rng_mt19937);
    ctrend__linsim s;
    assert_int_equal(ctrend__linsim_init(&s, X, L, eta, P, H, 1), 0);
    const int have_vec = s.vec;
    int n_inv = 0, n_ptrs = 0, n_big = 0;
    for (int path = 0; path < 2; ++path) {
        gsl_rng_set(g, 17);
        gsl_rng_set(a, 99);
        gsl_rng_set(b, 99);
        for (int rep = 0; rep < S; ++rep) {
            for (int j = 0; j < P; ++j) s.z[j] = gsl_ran_gaussian(g, 1.0);
            s.vec = have_vec;
            ctrend__linsim_means(&s); /* the means (and exp(-mu)) of the machine's path */
            s.vec = path ? have_vec : 0;
            double out[H];
            assert_int_equal(ctrend__linsim_rpois(&s, a, 1e9, 60.0, big_by_ref, out, 1), CTREND_OK);
            for (int i = 0; i < H; ++i) {
                const double mu = s.mu[i];
                if (path == 0) n_inv += mu < 30, n_ptrs += mu >= 30 && mu <= 60, n_big += mu > 60;
                assert_close(out[i], mu > 60 ? ref_rpois(b, mu) : ref_rpois_switch(b, mu, 30), 0, 0);
                assert_true(s.lo[i] <= out[i] && out[i] <= s.hi[i]);
            }
            assert_int_equal(gsl_rng_get(a), gsl_rng_get(b)); /* the same place in the stream */
        }
    }
    s.vec = have_vec;
    if (!have_vec) print_message("no AVX2 here: only the scalar path was compared\n");
    print_message("inversion %d, PTRS %d, big %d month draws\n", n_inv, n_ptrs, n_big);
    assert_true(n_inv > 2000 && n_ptrs > 200 && n_big > 100); /* every branch, often */
    ctrend__linsim_free(&s);
    gsl_rng_free(g);
    gsl_rng_free(a);
    gsl_rng_free(b);
}

static void test_forecast_draws_replayed(void **state)
{
    (void)state;
    replay_forecast(20.0, 1);
    replay_forecast(2000.0, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_order_and_quantiles_as_gsl),
        cmocka_unit_test(test_seed_fold),
        cmocka_unit_test(test_counts_mean),
        cmocka_unit_test(test_mt19937_is_gsl),
        cmocka_unit_test(test_rpois_replays_the_papers),
        cmocka_unit_test(test_rpois_goodness_of_fit),
        cmocka_unit_test(test_vector_exp_ulp),
        cmocka_unit_test(test_linsim_means),
        cmocka_unit_test(test_linsim_rpois_paths),
        cmocka_unit_test(test_rnorm_goodness_of_fit),
        cmocka_unit_test(test_forecast_draws_replayed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
