/* init.c — registration of the .Call entry points (the hand-written C_* glue below and the
 * generated ctr_api_* wrappers, through ctr_api_register), R_init_ctrend, shared helpers. */
#include <string.h>
#include <R_ext/Rdynload.h>
#include "ctr.h"

void ctr_fail_at(int status, const char *msg, const char *where, double line, double column)
{
    SEXP ns = PROTECT(R_FindNamespace(PROTECT(Rf_mkString("ctrend"))));
    SEXP fn = PROTECT(Rf_findFun(Rf_install("ct_stop_"), ns));
    SEXP s_status = PROTECT(Rf_ScalarInteger(status));
    SEXP s_msg = PROTECT(Rf_mkString(msg && *msg ? msg : ctrend_strerror(status)));
    SEXP s_where = PROTECT(Rf_mkString(where ? where : ""));
    SEXP s_line = PROTECT(Rf_ScalarReal(line));
    SEXP s_col = PROTECT(Rf_ScalarReal(column));
    SEXP call = PROTECT(Rf_lang6(fn, s_status, s_msg, s_where, s_line, s_col));
    Rf_eval(call, ns);
    UNPROTECT(10); /* not reached: ct_stop_ signals an error */
}

void ctr_fail(int status, const char *msg, const char *where)
{
    ctr_fail_at(status, msg, where, 0, 0);
}

void *ctr_handle(SEXP x, const char *tag)
{
    if (TYPEOF(x) != EXTPTRSXP || R_ExternalPtrTag(x) != Rf_install(tag))
        Rf_error("ctrend: expected a %s object", tag);
    void *p = R_ExternalPtrAddr(x);
    if (!p) Rf_error("ctrend: this %s has been freed (or was restored from a saved session)", tag);
    return p;
}

SEXP ctr_wrap(void *p, const char *tag, const char *cls, R_CFinalizer_t fin)
{
    SEXP x = PROTECT(R_MakeExternalPtr(p, Rf_install(tag), R_NilValue));
    R_RegisterCFinalizerEx(x, fin, TRUE);
    Rf_setAttrib(x, R_ClassSymbol, PROTECT(Rf_mkString(cls)));
    UNPROTECT(2);
    return x;
}

const char *ctr_str(SEXP x, const char *what)
{
    if (x == R_NilValue) return "";
    if (!Rf_isString(x) || XLENGTH(x) != 1) Rf_error("ctrend: %s must be a single string", what);
    if (STRING_ELT(x, 0) == NA_STRING) return "";
    return Rf_translateCharUTF8(STRING_ELT(x, 0));
}

double ctr_dbl(SEXP x, const char *what)
{
    if (!Rf_isNumeric(x) || XLENGTH(x) != 1) Rf_error("ctrend: %s must be a single number", what);
    return Rf_asReal(x);
}

int ctr_int(SEXP x, const char *what)
{
    if ((!Rf_isNumeric(x) && !Rf_isLogical(x)) || XLENGTH(x) != 1)
        Rf_error("ctrend: %s must be a single integer", what);
    const int v = Rf_asInteger(x);
    if (v == NA_INTEGER) Rf_error("ctrend: %s must not be NA", what);
    return v;
}

size_t ctr_size(SEXP x, const char *what)
{
    const double v = ctr_dbl(x, what);
    if (!(v >= 0) || v != (double)(size_t)v) Rf_error("ctrend: %s must be a non-negative integer", what);
    return (size_t)v;
}

/* entry points defined in the other files */
#define CTR_ENTRY_POINTS(X)                                                            \
    X(C_capabilities, 0)                                                            \
    X(C_month_parse, 1) X(C_month_format, 1) X(C_month_days, 1)                       \
    X(C_frame_new, 0) X(C_frame_free, 1) X(C_frame_add_series, 4) X(C_frame_find, 4)   \
    X(C_frame_set, 5) X(C_frame_info, 1) X(C_frame_values, 2) X(C_frame_collapse, 4)                         \
    X(C_read_csv, 7) X(C_rolling, 5) X(C_change, 4)                                   \
    X(C_per_day, 2) X(C_aggregate, 4)                                                  \
    X(C_model_fit, 6) X(C_model_names, 1) X(C_model_vector, 2) X(C_model_scalar, 2)    \
    X(C_model_family, 1) X(C_model_matrix, 3) X(C_forecast, 5) X(C_breaks, 8)                                              \
    X(C_score_pair, 3) X(C_score_kernel, 5) X(C_score_sample, 4) X(C_score_interval, 5)  \
    X(C_claims_check, 5) X(C_baseline_forecast, 6) X(C_backtest, 9)         \
    X(C_batch_fit, 9)

#define CTR_REGISTER(name, n) {#name, (DL_FUNC)&name, n},
static const R_CallMethodDef call_methods[] = {CTR_ENTRY_POINTS(CTR_REGISTER){NULL, NULL, 0}};
#undef CTR_REGISTER

/* api_generated.c (generated from api/ctrend_api.h): registers `own` with the generated
 * ctr_api_* wrappers and forbids dynamic symbol look-up */
void ctr_api_register(DllInfo *dll, const R_CallMethodDef *own);

void R_init_ctrend(DllInfo *dll);
void R_init_ctrend(DllInfo *dll)
{
    ctrend_init(); /* GSL's aborting error handler off, once per process */
    /* the package's own routines and the generated ctr_api_* wrappers of every function of
     * the API definition (src/api_generated.c), registered together; no dynamic look-up */
    ctr_api_register(dll, call_methods);
}
