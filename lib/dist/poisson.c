/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * poisson.c — ctrend_dist_dpois / _ppois / _qpois (ctrend/dist.h): argument checks and R's
 * conventions (give_log, lower_tail, log_p) around the kernels of loader.c and search.c.
 * The quantile search starts from mean lambda, sigma sqrt(lambda), skewness 1/sqrt(lambda).
 */
#include <math.h>
#include "ctrend/dist.h"
#include "dist_internal.h"

int ctrend_dist_dpois(double x, double lambda, int give_log, double *out)
{
    if (!out || isnan(x) || isnan(lambda)) return CTREND_EINVAL;
    if (!isfinite(lambda) || lambda < 0) return CTREND_EDOMAIN;
    double v;
    if (ctrend__dist_nonint(x) || x < 0 || !isfinite(x))
        v = give_log ? -INFINITY : 0.0;
    else
        v = ctrend__dpois_raw(nearbyint(x), lambda, give_log);
    *out = v;
    return CTREND_OK;
}

int ctrend_dist_ppois(double q, double lambda, int lower_tail, int log_p, double *out)
{
    if (!out || isnan(q) || isnan(lambda)) return CTREND_EINVAL;
    if (!isfinite(lambda) || lambda < 0) return CTREND_EDOMAIN;
    const double par[1] = {lambda};
    return ctrend__dist_cdf(ctrend__ppois_tail, ctrend__dist_floor(q), par, lower_tail, log_p,
                            out);
}

int ctrend_dist_qpois(double p, double lambda, int lower_tail, int log_p, double *out)
{
    if (!out || isnan(p) || isnan(lambda)) return CTREND_EINVAL;
    if (!isfinite(lambda) || lambda < 0) return CTREND_EDOMAIN;
    double edge;
    const int st = ctrend__dist_qedges(p, lower_tail, log_p, &edge);
    if (st != CTREND_OK) return st;
    if (!isnan(edge)) {
        *out = edge;
        return CTREND_OK;
    }
    if (lambda == 0) {
        *out = 0;
        return CTREND_OK;
    }
    const double par[1] = {lambda}, sigma = sqrt(lambda);
    return ctrend__qdiscrete(p, lower_tail, log_p, lambda, sigma, 1 / sigma, ctrend__ppois_tail,
                             par, out);
}
