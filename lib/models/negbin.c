/* negbin.c — placeholder, replaced below */
#include <math.h>
#include "models_internal.h"
static int nb_fit(struct ctrend_model_opts *o, const ctrend__data *dat, ctrend_model *m,
                  double *mu_used, double *eta_used)
{
    (void)dat; (void)m; (void)mu_used; (void)eta_used;
    return ctrend__fail(o, CTREND_EUNSUPPORTED, "not yet");
}
static double v(const ctrend_model *m, double mu) { (void)m; return mu; }
static double ud(const ctrend_model *m, double y, double mu) { (void)m; (void)y; (void)mu; return NAN; }
static double dr(const ctrend_model *m, const gsl_rng *r, double mu) { (void)m; (void)r; (void)mu; return NAN; }
static double qu(const ctrend_model *m, double p, double mu, double s) { (void)m; (void)p; (void)mu; (void)s; return NAN; }
const ctrend__methods ctrend__negbin_methods = {"negbin", CTREND_FAMILY_NEGBIN, 1, 0, nb_fit, v, ud, dr, qu};
const ctrend__methods ctrend__gaussian_methods = {"gaussian", CTREND_FAMILY_GAUSSIAN, 0, 1, nb_fit, v, ud, dr, qu};
