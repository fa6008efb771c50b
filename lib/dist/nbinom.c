/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * nbinom.c — ctrend_dist_dnbinom / _dnbinom_mu / _pnbinom_mu / _qnbinom_mu (ctrend/dist.h).
 * Mass by Loader's binomial form (loader.c): dnbinom(x; size, prob) = size/(size+x) *
 * dbinom(size; size+x, prob), as R. Quantile search from the NB moments: with P = mu/size and
 * Q = 1 + P, mean mu, sigma = sqrt(size P Q), skewness (Q + P)/sigma (R's qnbinom).
 */
#include <float.h>
#include <math.h>
#include "ctrend/dist.h"
#include "dist_internal.h"

static int bad_size(double size)
{
    return !isfinite(size) || size <= 0;
}

int ctrend_dist_dnbinom(double x, double size, double prob, int give_log, double *out)
{
    if (!out || isnan(x) || isnan(size) || isnan(prob)) return CTREND_EINVAL;
    if (bad_size(size) || !(prob > 0 && prob <= 1)) return CTREND_EDOMAIN;
    if (ctrend__dist_nonint(x) || x < 0 || !isfinite(x)) {
        *out = give_log ? -INFINITY : 0.0;
        return CTREND_OK;
    }
    x = nearbyint(x);
    const double d = ctrend__dbinom_raw(size, x + size, prob, 1 - prob, give_log);
    const double f = size / (size + x);
    *out = give_log ? log(f) + d : f * d;
    return CTREND_OK;
}

int ctrend_dist_dnbinom_mu(double x, double size, double mu, int give_log, double *out)
{
    if (!out || isnan(x) || isnan(size) || isnan(mu)) return CTREND_EINVAL;
    if (bad_size(size) || !isfinite(mu) || mu < 0) return CTREND_EDOMAIN;
    if (ctrend__dist_nonint(x) || x < 0 || !isfinite(x)) {
        *out = give_log ? -INFINITY : 0.0;
        return CTREND_OK;
    }
    *out = ctrend__dnbinom_mu_raw(nearbyint(x), size, mu, give_log);
    return CTREND_OK;
}

int ctrend_dist_pnbinom_mu(double q, double size, double mu, int lower_tail, int log_p,
                           double *out)
{
    if (!out || isnan(q) || isnan(size) || isnan(mu)) return CTREND_EINVAL;
    if (bad_size(size) || !isfinite(mu) || mu < 0) return CTREND_EDOMAIN;
    const double par[2] = {size, mu};
    return ctrend__dist_cdf(ctrend__pnbinom_tail, ctrend__dist_floor(q), par, lower_tail, log_p,
                            out);
}

int ctrend_dist_qnbinom_mu(double p, double size, double mu, int lower_tail, int log_p,
                           double *out)
{
    if (!out || isnan(p) || isnan(size) || isnan(mu)) return CTREND_EINVAL;
    if (bad_size(size) || !isfinite(mu) || mu < 0) return CTREND_EDOMAIN;
    double edge;
    const int st = ctrend__dist_qedges(p, lower_tail, log_p, &edge);
    if (st != CTREND_OK) return st;
    if (!isnan(edge)) {
        *out = edge;
        return CTREND_OK;
    }
    if (mu == 0) {
        *out = 0;
        return CTREND_OK;
    }
    const double P = mu / size, Q = 1 + P, sigma = sqrt(size * P * Q);
    const double par[2] = {size, mu};
    return ctrend__qdiscrete(p, lower_tail, log_p, mu, sigma, (Q + P) / sigma,
                             ctrend__pnbinom_tail, par, out);
}
