/* scores.c — .Call glue for forecast scores (score.h); CTREND_EUNSUPPORTED without it. */
#include <math.h>
#include <string.h>
#include "ctr.h"

#ifdef CTREND_SCORE_H
/* which: 0 MAE, 1 RMSE, 2 MSLE. */
SEXP C_score_pair(SEXP which, SEXP y, SEXP pred)
{
    SEXP yd = PROTECT(Rf_coerceVector(y, REALSXP)), pd = PROTECT(Rf_coerceVector(pred, REALSXP));
    if (XLENGTH(yd) != XLENGTH(pd)) Rf_error("ctrend: y and pred differ in length");
    const int w = ctr_int(which, "which");
    double out = NA_REAL;
    const size_t n = (size_t)XLENGTH(yd);
    const int rc = w == 0 ? ctrend_score_mae(REAL(yd), REAL(pd), n, &out, NULL)
                 : w == 1 ? ctrend_score_rmse(REAL(yd), REAL(pd), n, &out, NULL)
                          : ctrend_score_msle(REAL(yd), REAL(pd), n, &out, NULL);
    if (rc != CTREND_OK) ctr_fail(rc, NULL, w == 0 ? "mae" : w == 1 ? "rmse" : "msle");
    UNPROTECT(2);
    return Rf_ScalarReal(out);
}

/* which: 0 CRPS Poisson(mu), 1 CRPS NB2(mu, theta), 2 ignorance Poisson, 3 ignorance NB2.
 * Vectorised over y, mu, theta (recycled); param = floor (ignorance) or tol (CRPS NB). */
SEXP C_score_kernel(SEXP which, SEXP y, SEXP mu, SEXP theta, SEXP param)
{
    SEXP yd = PROTECT(Rf_coerceVector(y, REALSXP)), md = PROTECT(Rf_coerceVector(mu, REALSXP));
    SEXP td = PROTECT(Rf_coerceVector(theta, REALSXP));
    const int w = ctr_int(which, "which");
    const double p = ctr_dbl(param, "param");
    R_xlen_t n = XLENGTH(yd);
    if (XLENGTH(md) > n) n = XLENGTH(md);
    if (XLENGTH(td) > n) n = XLENGTH(td);
    if (XLENGTH(yd) == 0 || XLENGTH(md) == 0 || XLENGTH(td) == 0) n = 0;
    SEXP out = PROTECT(Rf_allocVector(REALSXP, n));
    for (R_xlen_t i = 0; i < n; ++i) {
        const double a = REAL(yd)[i % XLENGTH(yd)], b = REAL(md)[i % XLENGTH(md)];
        const double c = REAL(td)[i % XLENGTH(td)];
        int rc;
        switch (w) {
        case 0: rc = ctrend_score_crps_poisson(a, b, REAL(out) + i); break;
        case 1: rc = ctrend_score_crps_nbinom(a, b, c, p, 0, REAL(out) + i); break;
        case 2: rc = ctrend_score_ignorance_poisson(a, b, p, REAL(out) + i); break;
        default: rc = ctrend_score_ignorance_nbinom(a, b, c, p, REAL(out) + i);
        }
        if (rc != CTREND_OK) ctr_fail(rc, NULL, w < 2 ? "crps" : "ignorance");
    }
    UNPROTECT(4);
    return out;
}

/* which: 0 mean sample CRPS (param = fair 0/1), 1 mean sample ignorance (param = alpha).
 * samples: R matrix n x m (column-major), transposed here to the row-major layout of C. */
SEXP C_score_sample(SEXP which, SEXP y, SEXP samples, SEXP param)
{
    SEXP yd = PROTECT(Rf_coerceVector(y, REALSXP)), sd = PROTECT(Rf_coerceVector(samples, REALSXP));
    const size_t n = (size_t)XLENGTH(yd);
    if (n == 0 || XLENGTH(sd) % (R_xlen_t)n != 0) Rf_error("ctrend: samples must have one row per observation");
    const size_t m = (size_t)XLENGTH(sd) / n;
    double *rows = (double *)R_alloc(n * m > 0 ? n * m : 1, sizeof(double));
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < m; ++j) rows[i * m + j] = REAL(sd)[j * n + i];
    double out = NA_REAL;
    const int w = ctr_int(which, "which");
    const int rc = w == 0 ? ctrend_score_crps_sample_mean(REAL(yd), n, rows, m, ctr_int(param, "fair"), &out, NULL)
                          : ctrend_score_ignorance_sample_mean(REAL(yd), n, rows, m, ctr_dbl(param, "alpha"), &out, NULL);
    if (rc != CTREND_OK) ctr_fail(rc, NULL, w == 0 ? "crps_sample" : "ignorance_sample");
    UNPROTECT(2);
    return Rf_ScalarReal(out);
}

/* which: 0 mean interval score at level, 1 coverage. */
SEXP C_score_interval(SEXP which, SEXP y, SEXP lower, SEXP upper, SEXP level)
{
    SEXP yd = PROTECT(Rf_coerceVector(y, REALSXP)), ld = PROTECT(Rf_coerceVector(lower, REALSXP));
    SEXP ud = PROTECT(Rf_coerceVector(upper, REALSXP));
    if (XLENGTH(ld) != XLENGTH(yd) || XLENGTH(ud) != XLENGTH(yd)) Rf_error("ctrend: y, lower and upper differ in length");
    double out = NA_REAL;
    const int w = ctr_int(which, "which");
    const size_t n = (size_t)XLENGTH(yd);
    const int rc = w == 0 ? ctrend_score_interval_mean(REAL(yd), REAL(ld), REAL(ud), n, ctr_dbl(level, "level"), &out, NULL)
                          : ctrend_score_coverage(REAL(yd), REAL(ld), REAL(ud), n, &out, NULL);
    if (rc != CTREND_OK) ctr_fail(rc, NULL, w == 0 ? "interval_score" : "coverage");
    UNPROTECT(3);
    return Rf_ScalarReal(out);
}
#else
#define UNSUPPORTED_SCORES ctr_fail(CTREND_EUNSUPPORTED, "libctrend was built without score.h", NULL)
SEXP C_score_pair(SEXP which, SEXP y, SEXP pred)
{ (void)which; (void)y; (void)pred; UNSUPPORTED_SCORES; return R_NilValue; }
SEXP C_score_kernel(SEXP which, SEXP y, SEXP mu, SEXP theta, SEXP param)
{ (void)which; (void)y; (void)mu; (void)theta; (void)param; UNSUPPORTED_SCORES; return R_NilValue; }
SEXP C_score_sample(SEXP which, SEXP y, SEXP samples, SEXP param)
{ (void)which; (void)y; (void)samples; (void)param; UNSUPPORTED_SCORES; return R_NilValue; }
SEXP C_score_interval(SEXP which, SEXP y, SEXP lower, SEXP upper, SEXP level)
{ (void)which; (void)y; (void)lower; (void)upper; (void)level; UNSUPPORTED_SCORES; return R_NilValue; }
#endif
