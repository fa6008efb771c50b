/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * negbin.c — negative binomial (NB2: Var = mu + mu^2/theta) log-linear model with theta by
 * maximum likelihood, alternating exactly as MASS::glm.nb (Venables & Ripley 2002, Modern
 * Applied Statistics with S, 4th ed., sec. 7.4; MASS 7.3-58 R/negbin.R):
 *
 *   1. Poisson fit (glm.fit) -> mu;  theta = theta.ml(y, mu)
 *   2. d1 = sqrt(2 max(1, df_resid)); Lm = loglik(theta, mu); Lm0 = Lm + 2 d1; del = 1
 *      while (++iter <= maxit && |Lm0 - Lm|/d1 + |del| > epsilon):
 *          refit the GLM with family negative.binomial(theta), etastart = log(mu)
 *          t0 = theta;  theta = theta.ml(y, mu_old)        -- MASS uses the mu from BEFORE
 *          mu = new fitted values; del = t0 - theta          the refit, reproduced here
 *          Lm0 = Lm; Lm = loglik(theta, mu)
 *   theta.ml: Newton on the profile score of theta, starting at n / sum((y/mu - 1)^2), until
 *   |step| <= DBL_EPSILON^0.25 (limit maxit); SE(theta) = 1/sqrt(observed information)
 *   evaluated at the penultimate iterate (as MASS does, hence MASS's SE.theta).
 *
 * Coefficient SEs are those of the last GLM fit at fixed theta (summary.negbin). The
 * deviance is that fit's deviance; 2 logLik is MASS's twologlik (final theta and mu).
 *
 * No overdispersion: the ML estimate of theta is +Inf. When theta.ml's iterate exceeds
 * theta_max (or is not finite) the fit falls back to the Poisson model: status CTREND_OK,
 * theta = +Inf, CTREND_MS_NB_FALLBACK = 1, and every output is the Poisson fit's.
 * Alternation limit reached (MASS: warning) -> CTREND_ENOCONV; theta.ml truncated at zero ->
 * CTREND_ENOCONV.
 *
 * The fallback is taken only when the data are not clearly overdispersed: theta.ml's Newton
 * iterate can also run past theta_max on heavily overdispersed data (the profile likelihood
 * in theta is numerically flat there), and MASS then warns "iteration limit reached" /
 * "alternation limit reached" (glm.nb on 24 months with Pearson dispersion 2.9e6 returns
 * theta 7.9e8 with SE NaN). 0.1 reported such fits as OK Poisson fits (issue 18 #17). Now, if
 * the iterate diverges while the Poisson fit's Pearson dispersion X2/df exceeds
 * CTREND__NB_FALLBACK_MAX_DISPERSION (2) and the score of alpha = 1/theta at 0,
 * sum((y - mu)^2 - y), is positive (the likelihood rises as theta falls from infinity:
 * overdispersion), theta is estimated again without the THETA_MAX cap (a finite theta above
 * it is real for large counts: mu = 1e9 with Var = 1e11 is theta ~ 1e7, as glm.nb finds);
 * if it still diverges the fit is CTREND_ENOCONV with a message. A final theta.ml that stops
 * at its iteration limit without converging is CTREND_ENOCONV too (MASS: "iteration limit
 * reached") when the data are overdispersed; without clear overdispersion an unconverged
 * theta.ml (the likelihood flat in a huge theta, e.g. theta 38 903 with SE 1.4e6 where MASS
 * warns twice) is the Poisson fallback. Intermediate theta.ml calls of the alternation may
 * stop at their limit (MASS continues too).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_randist.h>
#include <gsl/gsl_sf_psi.h>

#include "models_internal.h"

/* MASS::theta.ml's score and information; the terms constant in i (digamma(th), log(th),
 * trigamma(th), 1/th) are summed once, and zero counts skip the special functions
 * (digamma(th + 0) - digamma(th) = 0). */
static double score(double th, const double *mu, const double *y, size_t n)
{
    const double c = -gsl_sf_psi(th) + log(th) + 1.0;
    double s = 0.0;
    for (size_t i = 0; i < n; ++i)
        s += (y[i] > 0 ? gsl_sf_psi(th + y[i]) + c : log(th) + 1.0) - log(th + mu[i]) -
             (y[i] + th) / (mu[i] + th);
    return s;
}

static double info(double th, const double *mu, const double *y, size_t n)
{
    const double c = gsl_sf_psi_1(th) - 1.0 / th;
    double s = 0.0;
    for (size_t i = 0; i < n; ++i)
        s += (y[i] > 0 ? -gsl_sf_psi_1(th + y[i]) + c : -1.0 / th) + 2.0 / (mu[i] + th) -
             (y[i] + th) / ((mu[i] + th) * (mu[i] + th));
    return s;
}

/* Pearson dispersion above which a diverging theta.ml is a failure, not "no overdispersion". */
#define CTREND__NB_FALLBACK_MAX_DISPERSION 2.0

/* MASS::theta.ml. Returns 0 ok, 1 diverged (theta > theta_max / not finite), 2 negative,
 * 3 iteration limit reached without convergence. */
static int theta_ml(const double *y, const double *mu, size_t n, int limit, double eps,
                    double theta_max, double *theta, double *se)
{
    double s = 0.0;
    for (size_t i = 0; i < n; ++i) s += (y[i] / mu[i] - 1.0) * (y[i] / mu[i] - 1.0);
    double t0 = (double)n / s, del = 1.0, inf = NAN;
    int it = 0;
    while (++it < limit && fabs(del) > eps) {
        if (!isfinite(t0) || t0 > theta_max) return 1;
        t0 = fabs(t0);
        inf = info(t0, mu, y, n);
        del = score(t0, mu, y, n) / inf;
        t0 += del;
    }
    if (!isfinite(t0) || t0 > theta_max) return 1;
    if (t0 < 0) return 2;
    *theta = t0;
    *se = sqrt(1.0 / inf);
    return fabs(del) > eps ? 3 : 0; /* 3: the estimate so far, but not converged */
}

/* Clearly overdispersed at the Poisson fit mu: Pearson X2/df above
 * CTREND__NB_FALLBACK_MAX_DISPERSION and a positive score of alpha = 1/theta at 0,
 * sum((y - mu)^2 - y) (the likelihood rises as theta falls from infinity). */
static int overdispersed(const ctrend__data *dat, const double *mu, size_t n, size_t p)
{
    double x2 = 0.0, t_alpha = 0.0;
    for (size_t i = 0; i < n; ++i) {
        const double r = dat->y[i] - mu[i];
        x2 += r * r / mu[i];
        t_alpha += r * r - dat->y[i];
    }
    return n > p && t_alpha > 0 && x2 / (double)(n - p) > CTREND__NB_FALLBACK_MAX_DISPERSION;
}

static int nb_fit(struct ctrend_model_opts *o, const ctrend__data *dat, ctrend_model *m,
                  double *mu_used, double *eta_used)
{
    const size_t n = dat->n, p = dat->p;
    ctrend__irls ws;
    int st = ctrend__irls_alloc(&ws, n, p);
    double *mu = ctrend__malloc_n(2, n, sizeof *mu);
    if (st || !mu) {
        st = ctrend__fail(o, CTREND_ENOMEM, "out of memory");
        goto done;
    }
    double *eta0 = mu + n;
    if ((st = ctrend__count_prefit(o, &ws, dat))) goto done;
    if ((st = ctrend__irls_run(&ws, dat, INFINITY, NULL, o->epsilon, o->maxit, o->halve_on_rise))) {
        st = ctrend__fail(o, st, "GSL QR failed inside IRLS");
        goto done;
    }
    if ((st = ctrend__count_postfit(o, &ws, dat, "initial Poisson fit"))) goto done;
    memcpy(mu, ws.mu, n * sizeof *mu);
    const double pois_dev = ws.dev;
    const int pois_iter = ws.iter;

    double th = NAN, se_th = NAN;
    double theta_cap = o->theta_max;
    int tst = theta_ml(dat->y, mu, n, o->maxit, o->theta_eps, theta_cap, &th, &se_th);
    if (tst == 1 && overdispersed(dat, mu, n, p)) {
        /* a finite theta above THETA_MAX (large counts: Var = mu + mu^2/theta is
         * overdispersed even at theta = 1e7 when mu = 1e9): estimate it without the cap */
        theta_cap = INFINITY;
        tst = theta_ml(dat->y, mu, n, o->maxit, o->theta_eps, theta_cap, &th, &se_th);
        if (tst == 1) {
            st = ctrend__fail(o, CTREND_ENOCONV,
                              "negative binomial: theta.ml diverged although the Poisson fit is "
                              "overdispersed (Pearson dispersion > %g): the likelihood is flat in theta "
                              "(MASS: 'iteration limit reached'); use quasipoisson",
                              CTREND__NB_FALLBACK_MAX_DISPERSION);
            goto done;
        }
    }
    int iter = 0;
    if (tst == 0 || tst == 3) {
        const double df = (double)(n - p);
        const double d1 = sqrt(2.0 * (df > 1.0 ? df : 1.0)), d2 = 1.0;
        double del = 1.0;
        double Lm = ctrend__nb_loglik(dat->y, mu, n, th), Lm0 = Lm + 2.0 * d1;
        while (++iter <= o->maxit && (fabs(Lm0 - Lm) / d1 + fabs(del) / d2) > o->epsilon) {
            for (size_t i = 0; i < n; ++i) eta0[i] = log(mu[i]);
            if ((st = ctrend__irls_run(&ws, dat, th, eta0, o->epsilon, o->maxit, o->halve_on_rise))) {
                st = ctrend__fail(o, st, "GSL QR failed inside IRLS");
                goto done;
            }
            if ((st = ctrend__count_postfit(o, &ws, dat, "negative binomial fit"))) goto done;
            const double t0 = th;
            tst = theta_ml(dat->y, mu, n, o->maxit, o->theta_eps, theta_cap, &th, &se_th);
            if (tst == 1 || tst == 2) break;
            memcpy(mu, ws.mu, n * sizeof *mu);
            del = t0 - th;
            Lm0 = Lm;
            Lm = ctrend__nb_loglik(dat->y, mu, n, th);
        }
        if ((tst == 0 || tst == 3) && iter > o->maxit) {
            st = ctrend__fail(o, CTREND_ENOCONV,
                              "negative binomial: alternation limit (%d) reached, theta %.6g; "
                              "the likelihood is flat in theta (raise MAXIT or EPSILON)",
                              o->maxit, th);
            goto done;
        }
    }
    if (tst == 2) {
        st = ctrend__fail(o, CTREND_ENOCONV, "negative binomial: theta estimate truncated at zero");
        goto done;
    }
    if (tst == 3 && overdispersed(dat, mu, n, p)) {
        /* the final theta.ml stopped at its limit on overdispersed data: MASS warns
         * "iteration limit reached"; ctrend refuses rather than report an unconverged theta */
        st = ctrend__fail(o, CTREND_ENOCONV, "negative binomial: theta.ml iteration limit (%d) "
                          "reached (MASS: 'iteration limit reached'), theta %.6g; raise MAXIT or "
                          "use quasipoisson", o->maxit, th);
        goto done;
    }
    if (tst == 3) tst = 1; /* not overdispersed, theta not identified: the Poisson fit */
    if (tst == 1 && isinf(theta_cap)) {
        st = ctrend__fail(o, CTREND_ENOCONV, "negative binomial: theta diverged during the "
                          "alternation although the data are overdispersed; use quasipoisson");
        goto done;
    }
    if (tst == 1) {
        /* no overdispersion: back to the Poisson fit */
        if ((st = ctrend__irls_run(&ws, dat, INFINITY, NULL, o->epsilon, o->maxit, o->halve_on_rise)))
            goto done;
        m->nb_fallback = 1;
        m->theta = INFINITY;
        m->se_theta = NAN;
        m->deviance = pois_dev;
        m->iterations = pois_iter;
        m->loglik = ctrend__poisson_loglik(dat->y, ws.mu, n);
        th = INFINITY;
    } else {
        m->theta = th;
        m->se_theta = se_th;
        m->deviance = ws.dev;
        m->iterations = iter;
        m->loglik = ctrend__nb_loglik(dat->y, ws.mu, n, th);
    }
    if ((st = ctrend__glm_finish(&ws, dat, m, 1.0, mu_used, eta_used))) {
        st = ctrend__fail(o, st, "GSL failed to invert R");
        goto done;
    }
    if ((st = ctrend__null_deviance(dat, th, o->epsilon, o->maxit, &m->null_deviance)))
        st = ctrend__fail(o, st, "null-model fit failed");
done:
    free(mu);
    ctrend__irls_free(&ws);
    return st;
}

static double nb_var(const ctrend_model *m, double mu)
{
    return isinf(m->theta) ? mu : mu + mu * mu / m->theta;
}

static double nb_unit_dev(const ctrend_model *m, double y, double mu)
{
    const double th = m->theta;
    if (isinf(th)) return y > 0 ? 2.0 * (y * log(y / mu) - (y - mu)) : 2.0 * mu;
    return 2.0 * (y * log((y > 1.0 ? y : 1.0) / mu) - (y + th) * log((y + th) / (mu + th)));
}

static double nb_draw(const ctrend_model *m, const gsl_rng *r, double mu)
{
    const double th = m->theta;
    if (isinf(th) || mu <= 0) return ctrend__rpois(r, mu);
    return ctrend__rnbinom(r, th, mu);
}

static double nb_quantile(const ctrend_model *m, double prob, double mu, double se_mean)
{
    (void)se_mean;
    return ctrend__qnbinom(prob, m->theta, mu);
}

const ctrend__methods ctrend__negbin_methods = {
    "negbin", CTREND_FAMILY_NEGBIN, 1, 0, nb_fit, nb_var, nb_unit_dev, nb_draw, nb_quantile};
