/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * forecast.c — means, Wald intervals, plug-in and simulated predictive intervals h months
 * past a fitted model. The model is reached only through its method table (mean link,
 * variance, draw, plug-in quantile), so every family forecasts the same way.
 *
 * Predictive simulation (the parametric bootstrap of the reference script, reference_r.R):
 * beta* = beta_hat + L z with V = L L' (gsl_linalg_cholesky_decomp1) and z ~ N(0, I), so
 * x' beta* = x' beta_hat + (X L) z (ctrend__linsim, lib/draws.c: one product per simulation
 * over the horizon, vector exp)
 * (gsl_ran_gaussian_ziggurat: Marsaglia & Tsang 2000, J. Stat. Softw. 5(8); a fraction of
 * the instructions of 0.1's polar Box-Muller gsl_ran_gaussian), then y* from the family at
 * mu* (Poisson: inversion or Hoermann's PTRS, lib/draws.c) — the "simulate parameters,
 * then outcomes" approach of King, Tomz & Wittenberg (2000, AJPS 44:347). The draws of each
 * horizon are put in order once, by counting (they are integers; lib/draws.c), and sample
 * quantiles are Hyndman & Fan (1996) type 7 (ctrend__quantile_sorted), R's default: the
 * same numbers gsl_sort + gsl_stats_quantile_from_sorted_data give, bit for bit.
 * Plug-in quantiles are the distributions module's (lib/dist: ctrend_dist_qpois,
 * ctrend_dist_qnbinom_mu), through the family's method table.
 *
 * Cancellation (ctrend_forecast_new_v2): the options' flag is polled before every block of
 * FC_POLL_SIMS simulations, before each horizon's sort and inside it (every
 * CTREND__SORT_POLL values of each counting or radix pass, lib/draws.c); the progress
 * counter counts simulations.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_blas.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_statistics_double.h>

#include "ctrend/forecast.h"
#include "ctrend/month.h"
#include "draws_internal.h"
#include "models/models_internal.h"

size_t ctrend_forecast_max_horizon(void) { return CTREND_FORECAST_MAX_HORIZON; }
double ctrend_forecast_max_draws(void) { return CTREND_FORECAST_MAX_DRAWS; }
double ctrend_forecast_max_mean(void) { return CTREND_FORECAST_MAX_MEAN; }

struct ctrend_forecast {
    size_t h, nsims;
    int32_t first_month;
    const ctrend__methods *meth;
    ctrend_model shadow; /* scalar state the methods read (scale, theta, sigma, df) */
    double *mean, *se, *eta, *simmean; /* h each */
    double *samples, *sorted;          /* h*nsims */
};

void ctrend_forecast_free(ctrend_forecast *f)
{
    if (!f) return;
    free(f->mean);
    free(f->samples);
    free(f);
}

/* Simulations between two polls of the cancel flag: at most 64 x 1 200 draws (~2 ms). */
#define FC_POLL_SIMS 64

static int forecast_new(ctrend__control *ctl, int report, const ctrend_model *m, size_t h,
                        size_t n_sims, uint64_t seed, ctrend_forecast **out);

/* The message of each refusal of ctrend_forecast_new (the header's codes). */
static const char *refusal(int st)
{
    switch (st) {
    case CTREND_EINVAL: return "NULL model or output, or a horizon of 0 months";
    case CTREND_ESHORT: return "no residual degrees of freedom (used months <= coefficients): the fit interpolates its data";
    case CTREND_ELIMIT: return "above a forecast limit: horizon > 1200 months, horizon x simulations > 1e8, or a forecast or simulated mean above 2^53";
    case CTREND_ERANGE: return "a forecast month after 9999-12";
    case CTREND_ENUMERIC: return "the coefficient covariance is not positive definite";
    case CTREND_ECANCELED: return "cancelled";
    default: return NULL;
    }
}

int ctrend__forecast_polled(const ctrend__control *ctl, const ctrend_model *m, size_t h,
                            size_t n_sims, uint64_t seed, ctrend_forecast **out, ctrend_error *err)
{
    /* polls ctl but leaves its progress counters to the caller (report = 0) */
    const int st = forecast_new((ctrend__control *)ctl, 0, m, h, n_sims, seed, out);
    if (st) return ctrend_error_set(err, st, NULL, 0, 0, NULL, refusal(st));
    ctrend_error_clear(err);
    return CTREND_OK;
}

int ctrend_forecast_new_v2(const ctrend_model_opts *opts, const ctrend_model *m, size_t h,
                           size_t n_sims, uint64_t seed, ctrend_forecast **out, ctrend_error *err)
{
    ctrend__control *ctl = opts ? opts->ctl : NULL;
    const int st = forecast_new(ctl, 1, m, h, n_sims, seed, out);
    if (st) return ctrend_error_set(err, st, NULL, 0, 0, NULL, refusal(st));
    ctrend_error_clear(err);
    return CTREND_OK;
}

int ctrend_forecast_new(const ctrend_model *m, size_t h, size_t n_sims, uint64_t seed,
                        ctrend_forecast **out, ctrend_error *err)
{
    return ctrend_forecast_new_v2(NULL, m, h, n_sims, seed, out, err);
}

static int forecast_new(ctrend__control *ctl, int report, const ctrend_model *m, size_t h,
                        size_t n_sims, uint64_t seed, ctrend_forecast **out)
{
    if (out) *out = NULL;
    if (!m || !out || h == 0) return CTREND_EINVAL;
    ctrend__control *prog = report ? ctl : NULL; /* progress: simulations */
    ctrend__progress_start(prog, n_sims);
    if (ctrend__cancelled(ctl)) return CTREND_ECANCELED;
    const size_t p = m->p, n = m->n;
    /* bounded work, checked before anything is allocated (see the header's Limits) */
    if (h > CTREND_FORECAST_MAX_HORIZON) return CTREND_ELIMIT;
    if (n_sims > 0 && (double)h * (double)n_sims > CTREND_FORECAST_MAX_DRAWS) return CTREND_ELIMIT;
    /* a fit with no residual degrees of freedom interpolates its data (two months, two
     * coefficients): nothing checks its trend, and extrapolating it explodes */
    if (m->nobs <= p) return CTREND_ESHORT;
    /* the forecast months must be calendar months too (the design's window is one) */
    if ((int64_t)ctrend__design_start(m->design) + (int64_t)n + (int64_t)h - 1 > CTREND_YEAR_MAX * 12 + 11)
        return CTREND_ERANGE;
    /* sizes below must not wrap: h*p, 4h and p*p+2p doubles (a wrapped size would allocate
     * a small block and overflow it); an impossible size is an allocation failure */
    size_t nX, n4, nL, pp;
    if (ctrend__mul3_size(h, p, sizeof(double), &nX) || ctrend__mul3_size(h, 4, sizeof(double), &n4) ||
        ctrend__mul_size(p, p, &pp) || ctrend__add_size(pp, 2 * p, &nL) ||
        ctrend__mul_size(nL, sizeof(double), &nL))
        return CTREND_ENOMEM;
    const int count_family = m->meth->family != CTREND_FAMILY_GAUSSIAN;
    ctrend_forecast *f = calloc(1, sizeof *f);
    double *X = malloc(nX);
    double *off = ctrend__malloc_n(h, 1, sizeof *off);
    double *L = malloc(nL);
    gsl_rng *rng = NULL;
    ctrend__sort_ws ws = {.ctl = ctl};
    ctrend__linsim sim = {0};
    int st = CTREND_ENOMEM;
    if (!f || !X || !off || !L) goto done;
    f->h = h;
    f->nsims = n_sims;
    f->meth = m->meth;
    f->shadow = *m;
    f->shadow.design = NULL;
    f->shadow.coef = f->shadow.se = f->shadow.vcov = NULL;
    f->shadow.fitted = f->shadow.y = f->shadow.eta = NULL;
    f->first_month = ctrend__design_start(m->design) + (int32_t)n;
    if (!(f->mean = malloc(n4))) goto done;
    f->se = f->mean + h;
    f->eta = f->se + h;
    f->simmean = f->eta + h;
    if ((st = ctrend_design_matrix(m->design, n, h, X, h * p, off, h, NULL))) goto done;
    const int loglink = m->meth->log_link;
    gsl_matrix_const_view V = gsl_matrix_const_view_array(m->vcov, p, p);
    gsl_vector_const_view b = gsl_vector_const_view_array(m->coef, p);
    gsl_vector_view tmp = gsl_vector_view_array(L + p * p, p);
    for (size_t i = 0; i < h; ++i) {
        gsl_vector_const_view x = gsl_vector_const_view_array(X + i * p, p);
        double eta = 0.0, q = 0.0;
        gsl_blas_ddot(&x.vector, &b.vector, &eta);
        eta += off[i];
        gsl_blas_dgemv(CblasNoTrans, 1.0, &V.matrix, &x.vector, 0.0, &tmp.vector);
        gsl_blas_ddot(&x.vector, &tmp.vector, &q);
        f->eta[i] = eta;
        f->se[i] = sqrt(q > 0 ? q : 0.0);
        f->mean[i] = loglink ? exp(eta) : eta;
        f->simmean[i] = NAN;
        /* a count mean above 2^53 (or overflowing) is not a count any more */
        if (count_family && !(f->mean[i] <= CTREND_FORECAST_MAX_MEAN)) {
            st = CTREND_ELIMIT;
            goto done;
        }
    }
    st = CTREND_ENOMEM; /* the gotos below are allocation failures (or a size overflow) */
    if (n_sims > 0) {
        size_t ns;
        if (ctrend__mul3_size(h, n_sims, 2 * sizeof(double), &ns)) goto done;
        if (!(f->samples = malloc(ns))) goto done;
        f->sorted = f->samples + h * n_sims;
        memcpy(L, m->vcov, p * p * sizeof *L);
        gsl_matrix_view Lm = gsl_matrix_view_array(L, p, p);
        if (gsl_linalg_cholesky_decomp1(&Lm.matrix)) {
            st = CTREND_ENUMERIC;
            goto done;
        }
        /* mu* of every month from p normals (lib/draws.c: eta + (X L) z, vector exp) */
        if (ctrend__linsim_init(&sim, X, L, f->eta, p, h, loglink)) goto done;
        if (!(rng = ctrend__rng_new(seed))) goto done;
        /* Poisson: the family's draw (ctrend__rpois) inline in lib/draws.c, with exp(-mu)
         * from the vector pass and each month's range kept for the counting order */
        const int pois = f->meth == &ctrend__poisson_methods;
        for (size_t s = 0; s < n_sims; ++s) {
            if (s % FC_POLL_SIMS == 0 && s > 0) {
                ctrend__progress_add(prog, FC_POLL_SIMS);
                if (ctrend__cancelled(ctl)) {
                    st = CTREND_ECANCELED;
                    goto done;
                }
            }
            ctrend__rnorm_fill(rng, sim.z, p);
            ctrend__linsim_means(&sim);
            if (pois) {
                st = ctrend__linsim_rpois(&sim, rng, CTREND_FORECAST_MAX_MEAN, CTREND__POIS_GSL_MAX,
                                          ctrend__rpois, f->samples + s, n_sims);
                if (st) goto done; /* CTREND_ELIMIT: parameter uncertainty too wide to simulate */
                continue;
            }
            for (size_t i = 0; i < h; ++i) {
                const double mu = sim.mu[i];
                if (count_family && !(mu <= CTREND_FORECAST_MAX_MEAN)) {
                    st = CTREND_ELIMIT; /* parameter uncertainty too wide to simulate */
                    goto done;
                }
                f->samples[i * n_sims + s] = f->meth->draw(&f->shadow, rng, mu);
            }
        }
        for (size_t i = 0; i < h; ++i) {
            if (ctrend__cancelled(ctl)) {
                st = CTREND_ECANCELED;
                goto done;
            }
            double *xs = f->sorted + i * n_sims;
            const double *src = f->samples + i * n_sims;
            /* Poisson: counted straight from the samples; else a copy in blocks, polled
             * (its first touch of the pages is not free) */
            for (size_t c0 = 0; !pois && c0 < n_sims; c0 += CTREND__SORT_POLL) {
                if (c0 > 0 && ctrend__cancelled(ctl)) {
                    st = CTREND_ECANCELED;
                    goto done;
                }
                const size_t nc = n_sims - c0 < CTREND__SORT_POLL ? n_sims - c0 : CTREND__SORT_POLL;
                memcpy(xs + c0, src + c0, nc * sizeof *xs);
            }
            /* CTREND_ENOMEM, or CTREND_ECANCELED: the sorts poll ctl too (ws.ctl) */
            if ((st = pois ? ctrend__sort_counts(src, xs, n_sims, sim.lo[i], sim.hi[i], &ws)
                           : ctrend__sort_draws(xs, n_sims, &ws)))
                goto done;
            f->simmean[i] = pois ? ctrend__counts_mean(f->samples + i * n_sims, n_sims)
                                 : gsl_stats_mean(f->samples + i * n_sims, 1, n_sims);
        }
    }
    st = CTREND_OK;
    if (prog) atomic_store(&prog->done, n_sims);
done:
    gsl_rng_free(rng);
    ctrend__sort_ws_free(&ws);
    ctrend__linsim_free(&sim);
    free(X);
    free(off);
    free(L);
    if (st) ctrend_forecast_free(f);
    else *out = f;
    return st;
}

size_t ctrend_forecast_horizon(const ctrend_forecast *f)
{
    return f ? f->h : 0;
}

size_t ctrend_forecast_n_sims(const ctrend_forecast *f)
{
    return f ? f->nsims : 0;
}

int ctrend_forecast_month(const ctrend_forecast *f, size_t i, int32_t *month)
{
    if (!f || !month) return CTREND_EINVAL;
    if (i >= f->h) return CTREND_ERANGE;
    *month = f->first_month + (int32_t)i;
    return CTREND_OK;
}

int ctrend_forecast_vector(const ctrend_forecast *f, int which, double *out, size_t cap,
                           size_t *needed)
{
    if (!f) return CTREND_EINVAL;
    const double *src;
    switch (which) {
    case CTREND_FV_MEAN: src = f->mean; break;
    case CTREND_FV_SE_LINK: src = f->se; break;
    case CTREND_FV_SIM_MEAN:
        if (!f->nsims) return CTREND_EUNSUPPORTED;
        src = f->simmean;
        break;
    case CTREND_FV_LINPRED: src = f->eta; break;
    default: return CTREND_EINVAL;
    }
    if (needed) *needed = f->h;
    if (!out) return CTREND_OK;
    if (cap < f->h) return CTREND_ERANGE;
    memcpy(out, src, f->h * sizeof *out);
    return CTREND_OK;
}

/* Quantile at prob of every horizon into out[h] (checked by the callers). */
static int quantiles(const ctrend_forecast *f, int kind, double prob, double *out)
{
    if (kind == CTREND_FI_PREDICTIVE) {
        if (!f->nsims) return CTREND_EUNSUPPORTED;
        for (size_t i = 0; i < f->h; ++i)
            out[i] = ctrend__quantile_sorted(f->sorted + i * f->nsims, f->nsims, prob);
        return CTREND_OK;
    }
    if (kind != CTREND_FI_PLUGIN) return CTREND_EINVAL;
    for (size_t i = 0; i < f->h; ++i) out[i] = f->meth->quantile(&f->shadow, prob, f->mean[i], f->se[i]);
    return CTREND_OK;
}

/* The size query and capacity check of section 2 of docs/api.md (h values per output). */
static int sized(const ctrend_forecast *f, int kind, int have_out, size_t cap, size_t *needed)
{
    if (kind != CTREND_FI_MEAN && kind != CTREND_FI_PLUGIN && kind != CTREND_FI_PREDICTIVE)
        return CTREND_EINVAL;
    if (kind == CTREND_FI_PREDICTIVE && !f->nsims) return CTREND_EUNSUPPORTED;
    if (needed) *needed = f->h;
    if (have_out && cap < f->h) return CTREND_ERANGE;
    return CTREND_OK;
}

int ctrend_forecast_quantile(const ctrend_forecast *f, int kind, double prob, double *out,
                             size_t cap, size_t *needed)
{
    if (!f || !(prob > 0 && prob < 1) || kind == CTREND_FI_MEAN) return CTREND_EINVAL;
    const int st = sized(f, kind, out != NULL, cap, needed);
    if (st || !out) return st;
    return quantiles(f, kind, prob, out);
}

int ctrend_forecast_interval(const ctrend_forecast *f, int kind, double level, double *lo,
                             double *hi, size_t cap, size_t *needed)
{
    if (!f || !(level > 0 && level < 1) || (!lo) != (!hi)) return CTREND_EINVAL;
    int st = sized(f, kind, lo != NULL, cap, needed);
    if (st || !lo) return st;
    const double a = 0.5 * (1.0 - level);
    if (kind == CTREND_FI_MEAN) {
        double q;
        if (f->meth->log_link) {
            q = gsl_cdf_ugaussian_Pinv(1.0 - a);
        } else {
            const double df = (double)(f->shadow.nobs - f->shadow.p);
            q = df > 0 ? gsl_cdf_tdist_Pinv(1.0 - a, df) : NAN;
        }
        for (size_t i = 0; i < f->h; ++i) {
            const double l = f->eta[i] - q * f->se[i], u = f->eta[i] + q * f->se[i];
            lo[i] = f->meth->log_link ? exp(l) : l;
            hi[i] = f->meth->log_link ? exp(u) : u;
        }
        return CTREND_OK;
    }
    if ((st = quantiles(f, kind, a, lo))) return st;
    return quantiles(f, kind, 1.0 - a, hi);
}

int ctrend_forecast_samples(const ctrend_forecast *f, double *out, size_t cap, size_t *needed)
{
    if (!f) return CTREND_EINVAL;
    if (!f->nsims) return CTREND_EUNSUPPORTED;
    const size_t len = f->h * f->nsims;
    if (needed) *needed = len;
    if (!out) return CTREND_OK;
    if (cap < len) return CTREND_ERANGE;
    memcpy(out, f->samples, len * sizeof *out);
    return CTREND_OK;
}
