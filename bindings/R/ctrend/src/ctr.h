/* ctr.h — shared helpers of the ctrend R glue (.Call entry points). */
#ifndef CTREND_R_GLUE_H
#define CTREND_R_GLUE_H

#define R_NO_REMAP
#include <R.h>
#include <Rinternals.h>
#include <ctrend.h>

/* Signal a classed R condition (ctrend_error, ctrend_<code>) with the status and message.
 * Longjmps: free every C handle you own before calling it. msg NULL = ctrend_strerror. */
void ctr_fail(int status, const char *msg, const char *where);
/* Same, with a 1-based input line and column (0 = not applicable), e.g. for CSV errors. */
void ctr_fail_at(int status, const char *msg, const char *where, double line, double column);
/* Raise when status != CTREND_OK. */
#define CTR_CHECK(expr, where)                                                          \
    do {                                                                                \
        const int ctr_rc_ = (expr);                                                     \
        if (ctr_rc_ != CTREND_OK) ctr_fail(ctr_rc_, NULL, (where));                     \
    } while (0)

/* Borrow the C handle of an R external pointer with the given tag; errors when freed. */
void *ctr_handle(SEXP x, const char *tag);
/* Wrap a handle into an external pointer with a finalizer and class `cls`. */
SEXP ctr_wrap(void *p, const char *tag, const char *cls, R_CFinalizer_t fin);
/* Release the handle now (R's explicit close) and clear the pointer. */
void ctr_clear(SEXP x);

/* Finalizer of ctrend_frame external pointers. */
void ctr_frame_finalizer(SEXP x);

/* Scalars from R arguments, with an informative error. */
const char *ctr_str(SEXP x, const char *what);   /* NA -> "" */
double ctr_dbl(SEXP x, const char *what);
int ctr_int(SEXP x, const char *what);
size_t ctr_size(SEXP x, const char *what);      /* non-negative */

/* .Call entry points (registered in init.c) */
SEXP C_capabilities(void);
SEXP C_month_parse(SEXP text);
SEXP C_month_format(SEXP month);
SEXP C_month_days(SEXP month);
SEXP C_frame_new(void);
SEXP C_frame_free(SEXP fp);
SEXP C_frame_add_series(SEXP fp, SEXP group, SEXP region, SEXP metric);
SEXP C_frame_find(SEXP fp, SEXP group, SEXP region, SEXP metric);
SEXP C_frame_set(SEXP fp, SEXP index, SEXP month, SEXP value, SEXP accumulate);
SEXP C_frame_info(SEXP fp);
SEXP C_frame_values(SEXP fp, SEXP index);
SEXP C_frame_collapse(SEXP fp, SEXP keep_group, SEXP keep_region, SEXP skip_missing);
SEXP C_breaks(SEXP y, SEXP start, SEXP family, SEXP spec, SEXP kind, SEXP min_segment, SEXP n_boot,
              SEXP seed);
SEXP C_read_csv(SEXP source, SEXP is_text, SEXP int_keys, SEXP int_values, SEXP str_keys,
                SEXP str_values, SEXP where);
SEXP C_rolling(SEXP which, SEXP x, SEXP window, SEXP align, SEXP min_periods);
SEXP C_change(SEXP which, SEXP x, SEXP k, SEXP y);
SEXP C_per_day(SEXP x, SEXP start);
SEXP C_aggregate(SEXP x, SEXP start, SEXP period, SEXP allow_missing);
SEXP C_model_fit(SEXP y, SEXP start, SEXP family, SEXP spec, SEXP opt_keys, SEXP opt_values);
SEXP C_model_names(SEXP mp);
SEXP C_model_vector(SEXP mp, SEXP which);
SEXP C_model_scalar(SEXP mp, SEXP which);
SEXP C_model_family(SEXP mp);
SEXP C_model_matrix(SEXP mp, SEXP first, SEXP rows);
SEXP C_forecast(SEXP mp, SEXP h, SEXP n_sims, SEXP seed, SEXP level);
SEXP C_score_pair(SEXP which, SEXP y, SEXP pred);
SEXP C_score_kernel(SEXP which, SEXP y, SEXP mu, SEXP theta, SEXP param);
SEXP C_score_sample(SEXP which, SEXP y, SEXP samples, SEXP param);
SEXP C_score_interval(SEXP which, SEXP y, SEXP lower, SEXP upper, SEXP level);
SEXP C_claims_check(SEXP text, SEXP source_name, SEXP fp, SEXP strict, SEXP level);
SEXP C_batch_fit(SEXP fp, SEXP series, SEXP start, SEXP n_months, SEXP family, SEXP spec,
                 SEXP n_threads, SEXP keys, SEXP progress);
SEXP C_baseline_forecast(SEXP kind, SEXP x, SEXP k, SEXP h, SEXP n_samples, SEXP seed);
SEXP C_backtest(SEXP y, SEXP start, SEXP args, SEXP base_kinds, SEXP base_ks, SEXP model_names,
                SEXP model_specs, SEXP model_families, SEXP rank_metric);

#endif
