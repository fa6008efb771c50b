/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * rpois_ref.h — the documented Poisson samplers, written from their sources with GSL's own
 * functions (independent of lib/), for tests that replay lib/'s draws: inversion against
 * GSL's Poisson CDF for mu < 10 (30 for a forecast's draws; Devroye 1986, "Non-Uniform
 * Random Variate Generation", sec. X.3.3), and Hoermann's PTRS (1993, Insurance: Math.
 * Econ. 12:39, Algorithm PTRS, step 4 with the paper's three logarithms and lgamma) above.
 */
#ifndef CTREND_RPOIS_REF_H
#define CTREND_RPOIS_REF_H

#include <math.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_rng.h>

/* Inversion below inv_mu (lib/: 10; 30 for a forecast's draws, CTREND__LINSIM_INV_MU), PTRS
 * from there. */
static inline double ref_rpois_switch(gsl_rng *r, double mu, double inv_mu)
{
    if (mu < inv_mu) {
        const double u = gsl_rng_uniform(r);
        unsigned k = 0;
        if (mu == 0) return 0; /* one uniform all the same (GSL's CDF refuses mu = 0) */
        while (gsl_cdf_poisson_P(k, mu) < u) ++k;
        return k;
    }
    const double b = 0.931 + 2.53 * sqrt(mu), a = -0.059 + 0.02483 * b;
    const double inva = 1.1239 + 1.1328 / (b - 3.4), vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
        const double u = gsl_rng_uniform(r) - 0.5, v = gsl_rng_uniform(r);
        const double us = 0.5 - fabs(u), k = floor((2 * a / us + b) * u + mu + 0.43);
        if (us >= 0.07 && v <= vr) return k;
        if (k < 0 || (us < 0.013 && v > us)) continue;
        if (log(v) + log(inva) - log(a / (us * us) + b) <= -mu + k * log(mu) - lgamma(k + 1)) return k;
    }
}

static inline double ref_rpois(gsl_rng *r, double mu)
{
    return ref_rpois_switch(r, mu, 10);
}

#endif
