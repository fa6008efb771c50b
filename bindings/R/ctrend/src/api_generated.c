/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Generated from api/ctrend_api.h by bindings/gen/gen_api.py. DO NOT EDIT.
 * Definition sha256 4548884554a72a9d3697dedaef50bfe8a3121ec59e51cc55520651e7c056b6e0
 *
 * .Call wrappers ctr_api_<function> for every function of the definition that can be
 * wrapped generically (the rest: bindings/gen/unbound.txt), and their registration table
 * ctr_api_call_methods. To use them, register them from R_init_ctrend:
 *     ctr_api_register(dll, call_methods);   (instead of R_registerRoutines(...))
 * which registers the package's own table and this one together.
 */
#include <math.h>
#include <stdint.h>
#include <string.h>
#include <R.h>
#include <Rinternals.h>
#include <R_ext/Rdynload.h>
#include <ctrend.h>

#define API_WHOLE_MAX 9007199254740992.0 /* 2^53 */

static void api_fail(const char *fn, const char *arg, const char *what);

/* The n named fields `want` of a record given as a named numeric vector or list: every one
 * present once, nothing else (each error names the argument and the field). Returns the
 * record as a list, PROTECTed once (the caller unprotects it after reading v). */
static SEXP api_rec_fields(SEXP x, const char *const *want, int n, SEXP *v, const char *fn,
                           const char *arg)
{
    if (Rf_isFactor(x) || (TYPEOF(x) != VECSXP && TYPEOF(x) != REALSXP && TYPEOF(x) != INTSXP))
        api_fail(fn, arg, "must be a named numeric vector or list");
    SEXP names = Rf_getAttrib(x, R_NamesSymbol);
    if (names == R_NilValue) api_fail(fn, arg, "must have names");
    SEXP l = PROTECT(TYPEOF(x) == VECSXP ? x : Rf_coerceVector(x, VECSXP));
    for (int k = 0; k < n; ++k) v[k] = NULL;
    for (R_xlen_t i = 0; i < XLENGTH(l); ++i) {
        const char *nm = CHAR(STRING_ELT(names, i));
        int k = 0;
        while (k < n && strcmp(nm, want[k]) != 0) ++k;
        if (k == n) Rf_error("ctrend: %s: argument '%s' has no field '%s'", fn, arg, nm);
        if (v[k]) Rf_error("ctrend: %s: argument '%s' gives field '%s' twice", fn, arg, nm);
        v[k] = VECTOR_ELT(l, i);
    }
    for (int k = 0; k < n; ++k)
        if (!v[k]) Rf_error("ctrend: %s: argument '%s' needs field '%s'", fn, arg, want[k]);
    return l;
}

static void api_set_names(SEXP x, const char *const *nm, int n)
{
    SEXP names = PROTECT(Rf_allocVector(STRSXP, n));
    for (int i = 0; i < n; ++i) SET_STRING_ELT(names, i, Rf_mkChar(nm[i]));
    Rf_setAttrib(x, R_NamesSymbol, names);
    UNPROTECT(1);
}

static void api_fail(const char *fn, const char *arg, const char *what)
{
    Rf_error("ctrend: %s: argument '%s' %s", fn, arg, what);
}

static double api_num(SEXP x, const char *fn, const char *arg)
{
    if ((TYPEOF(x) != REALSXP && TYPEOF(x) != INTSXP && TYPEOF(x) != LGLSXP) ||
        XLENGTH(x) != 1 || Rf_isFactor(x))
        api_fail(fn, arg, "must be a single number");
    if (TYPEOF(x) == REALSXP) return REAL(x)[0];
    int v = TYPEOF(x) == INTSXP ? INTEGER(x)[0] : LOGICAL(x)[0];
    return v == NA_INTEGER ? NA_REAL : (double)v;
}

/* A whole number in [lo, hi] (integer C types; hi at most 2^53). */
static double api_whole(SEXP x, const char *fn, const char *arg, double lo, double hi)
{
    double v = api_num(x, fn, arg);
    if (!(v >= lo && v <= hi) || v != floor(v)) {
        char buf[160];
        snprintf(buf, sizeof buf, "must be a whole number in [%.17g, %.17g], got %.17g", lo, hi, v);
        api_fail(fn, arg, buf);
    }
    return v;
}

static double api_real(SEXP x, const char *fn, const char *arg, double lo, double hi,
                       int lo_open, int hi_open)
{
    double v = api_num(x, fn, arg);
    int ok = (lo_open ? v > lo : v >= lo) && (hi_open ? v < hi : v <= hi);
    if (!ok) {
        char buf[160];
        snprintf(buf, sizeof buf, "must be in %s%.17g, %.17g%s, got %.17g", lo_open ? "(" : "[",
                 lo, hi, hi_open ? ")" : "]", v);
        api_fail(fn, arg, buf);
    }
    return v;
}

static double api_oneof(SEXP x, const char *fn, const char *arg, const double *vals, size_t n)
{
    double v = api_num(x, fn, arg);
    for (size_t i = 0; i < n; ++i)
        if (v == vals[i]) return v;
    char buf[160];
    size_t len = (size_t)snprintf(buf, sizeof buf, "must be one of");
    for (size_t i = 0; i < n && len < sizeof buf; ++i)
        len += (size_t)snprintf(buf + len, sizeof buf - len, " %.17g", vals[i]);
    api_fail(fn, arg, buf);
    return v;
}

static const char *api_str(SEXP x, const char *fn, const char *arg, int optional)
{
    if (optional && (x == R_NilValue || (Rf_isString(x) && XLENGTH(x) == 1 &&
                                         STRING_ELT(x, 0) == NA_STRING)))
        return NULL;
    if (!Rf_isString(x) || XLENGTH(x) != 1 || STRING_ELT(x, 0) == NA_STRING)
        api_fail(fn, arg, optional ? "must be a single string or NULL" : "must be a single string");
    return Rf_translateCharUTF8(STRING_ELT(x, 0));
}

static const char *api_bytes(SEXP x, const char *fn, const char *arg, size_t *len)
{
    if (TYPEOF(x) == RAWSXP) {
        *len = (size_t)XLENGTH(x);
        return (const char *)RAW(x);
    }
    const char *s = api_str(x, fn, arg, 0);
    *len = strlen(s);
    return s;
}

static size_t api_mul(size_t a, size_t b, const char *fn)
{
    if (b != 0 && a > SIZE_MAX / b) Rf_error("ctrend: %s: array size overflows", fn);
    return a * b;
}

/* A numeric vector as REALSXP (coerced from integer/logical), R_NilValue if optional and NULL. */
static SEXP api_dblvec(SEXP x, const char *fn, const char *arg, int optional)
{
    if (optional && x == R_NilValue) return R_NilValue;
    if (Rf_isFactor(x) || (TYPEOF(x) != REALSXP && TYPEOF(x) != INTSXP && TYPEOF(x) != LGLSXP))
        api_fail(fn, arg, optional ? "must be a numeric vector or NULL" : "must be a numeric vector");
    return TYPEOF(x) == REALSXP ? x : Rf_coerceVector(x, REALSXP);
}

static void api_need(SEXP x, size_t need, const char *fn, const char *arg)
{
    if (x != R_NilValue && (size_t)XLENGTH(x) != need) {
        char buf[160];
        snprintf(buf, sizeof buf, "must have length %.0f, got %.0f", (double)need,
                 (double)XLENGTH(x));
        api_fail(fn, arg, buf);
    }
}

static size_t *api_sizevec(SEXP v, const char *fn, const char *arg)
{
    if (v == R_NilValue) return NULL;
    size_t n = (size_t)XLENGTH(v);
    size_t *out = (size_t *)R_alloc(n ? n : 1, sizeof *out);
    for (size_t i = 0; i < n; ++i) {
        double d = REAL(v)[i];
        if (!(d >= 0 && d <= API_WHOLE_MAX) || d != floor(d))
            api_fail(fn, arg, "must hold whole numbers >= 0");
        out[i] = (size_t)d;
    }
    return out;
}

static int *api_intvec(SEXP v, const char *fn, const char *arg)
{
    if (v == R_NilValue) return NULL;
    size_t n = (size_t)XLENGTH(v);
    int *out = (int *)R_alloc(n ? n : 1, sizeof *out);
    for (size_t i = 0; i < n; ++i) {
        double d = REAL(v)[i];
        if (!(d >= -2147483647.0 && d <= 2147483647.0) || d != floor(d))
            api_fail(fn, arg, "must hold whole numbers (32-bit)");
        out[i] = (int)d;
    }
    return out;
}

static void *api_handle(SEXP x, const char *tag, const char *fn, const char *arg, int optional)
{
    if (optional && x == R_NilValue) return NULL;
    if (TYPEOF(x) != EXTPTRSXP || R_ExternalPtrTag(x) != Rf_install(tag)) {
        char buf[160];
        snprintf(buf, sizeof buf, "must be a %s handle%s", tag, optional ? " or NULL" : "");
        api_fail(fn, arg, buf);
    }
    void *p = R_ExternalPtrAddr(x);
    if (!p) api_fail(fn, arg, "has been freed (or was restored from a saved session)");
    return p;
}

static SEXP api_wrap(void *p, const char *tag, R_CFinalizer_t fin, SEXP prot)
{
    SEXP x = PROTECT(R_MakeExternalPtr(p, Rf_install(tag), prot));
    if (fin) R_RegisterCFinalizerEx(x, fin, TRUE);
    Rf_setAttrib(x, R_ClassSymbol, PROTECT(Rf_mkString("ctrend_handle")));
    UNPROTECT(2);
    return x;
}

static SEXP api_string(const char *s)
{
    if (!s) return R_NilValue;
    return Rf_ScalarString(Rf_mkCharCE(s, CE_UTF8));
}

static SEXP api_sizes_to_real(const size_t *v, size_t n)
{
    SEXP out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)n));
    for (size_t i = 0; i < n; ++i) REAL(out)[i] = (double)v[i];
    UNPROTECT(1);
    return out;
}

/* A ctrend_error as list(code, message, file, line, column, key). */
static SEXP api_error_list(const ctrend_error *e)
{
    static const char *const nm[] = {"code", "message", "file", "line", "column", "key", ""};
    SEXP out = PROTECT(Rf_mkNamed(VECSXP, nm));
    SET_VECTOR_ELT(out, 0, Rf_ScalarInteger(e->code));
    SET_VECTOR_ELT(out, 1, api_string(e->message));
    SET_VECTOR_ELT(out, 2, api_string(e->file));
    SET_VECTOR_ELT(out, 3, Rf_ScalarReal((double)e->line));
    SET_VECTOR_ELT(out, 4, Rf_ScalarReal((double)e->column));
    SET_VECTOR_ELT(out, 5, api_string(e->key));
    UNPROTECT(1);
    return out;
}

/* The message of a failed call's error record, "FILE:LINE:COL: [key] message" (R-allocated). */
static const char *api_error_text(const ctrend_error *e)
{
    size_t need = 0;
    if (ctrend_error_format(e, NULL, 0, &need) != CTREND_OK || need == 0) return "";
    char *buf = R_alloc(need, 1);
    return ctrend_error_format(e, buf, need, NULL) == CTREND_OK ? buf : "";
}

/* A list as made by api_error_list back into a record (through ctrend_error_set's rules). */
static void api_error_from(SEXP x, ctrend_error *e, const char *fn, const char *arg)
{
    if (TYPEOF(x) != VECSXP) api_fail(fn, arg, "must be a list(code, message, file, line, column, key)");
    SEXP names = Rf_getAttrib(x, R_NamesSymbol);
    SEXP v[6] = {R_NilValue, R_NilValue, R_NilValue, R_NilValue, R_NilValue, R_NilValue};
    static const char *const want[] = {"code", "message", "file", "line", "column", "key"};
    for (R_xlen_t i = 0; names != R_NilValue && i < XLENGTH(x); ++i)
        for (int k = 0; k < 6; ++k)
            if (strcmp(CHAR(STRING_ELT(names, i)), want[k]) == 0) v[k] = VECTOR_ELT(x, i);
    const int code = v[0] == R_NilValue ? 0 : (int)api_whole(v[0], fn, "code", 0, 2147483647.0);
    const double line = v[3] == R_NilValue ? 0 : api_whole(v[3], fn, "line", 0, API_WHOLE_MAX);
    const double col = v[4] == R_NilValue ? 0 : api_whole(v[4], fn, "column", 0, API_WHOLE_MAX);
    ctrend_error_set(e, code, v[2] == R_NilValue ? NULL : api_str(v[2], fn, "file", 1),
                     (int64_t)line, (int64_t)col,
                     v[5] == R_NilValue ? NULL : api_str(v[5], fn, "key", 1),
                     v[1] == R_NilValue ? NULL : api_str(v[1], fn, "message", 1));
}

/* list(value, message, outputs...) with names */
static SEXP api_result(SEXP value, const char *msg, int n_out, const SEXP *outs,
                       const char *const *names)
{
    SEXP res = PROTECT(Rf_allocVector(VECSXP, 2 + n_out));
    SEXP nm = PROTECT(Rf_allocVector(STRSXP, 2 + n_out));
    SET_VECTOR_ELT(res, 0, value);
    SET_VECTOR_ELT(res, 1, Rf_mkString(msg ? msg : ""));
    SET_STRING_ELT(nm, 0, Rf_mkChar("value"));
    SET_STRING_ELT(nm, 1, Rf_mkChar("message"));
    for (int i = 0; i < n_out; ++i) {
        SET_VECTOR_ELT(res, 2 + i, outs[i]);
        SET_STRING_ELT(nm, 2 + i, Rf_mkChar(names[i]));
    }
    Rf_setAttrib(res, R_NamesSymbol, nm);
    UNPROTECT(2);
    return res;
}

static const double api_enum_ctrend_status[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19};
static const double api_enum_ctrend_shape[] = {0, 1, 2, 3};
static const double api_enum_ctrend_read_option[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21};
static const double api_enum_ctrend_read_type[] = {0, 1, 2};
static const double api_enum_ctrend_align[] = {0, 1, 2};
static const double api_enum_ctrend_undef_reason[] = {0, 1, 2, 3, 4, 5};
static const double api_enum_ctrend_family[] = {0, 1, 2, 3};
static const double api_enum_ctrend_model_opt[] = {0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12};
static const double api_enum_ctrend_model_vec[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14};
static const double api_enum_ctrend_model_sca[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30};
static const double api_enum_ctrend_break_kind[] = {0, 1};
static const double api_enum_ctrend_breaks_sca[] = {0, 1, 2, 3, 4, 5};
static const double api_enum_ctrend_predict_kind[] = {0, 1};
static const double api_enum_ctrend_predict_col[] = {0, 1, 2, 3};
static const double api_enum_ctrend_forecast_vec[] = {0, 1, 2, 3};
static const double api_enum_ctrend_interval_kind[] = {0, 1, 2};
static const double api_enum_ctrend_alternative[] = {0, 1, 2};
static const double api_enum_ctrend_baseline[] = {0, 1, 2, 3, 4};
static const double api_enum_ctrend_baseline_opt[] = {0, 1, 2, 3};
static const double api_enum_ctrend_backtest_metric[] = {0, 1, 2, 3, 4, 5, 6, 7};
static const double api_enum_ctrend_batch_opt[] = {0, 1, 2, 3};
static const double api_enum_ctrend_verdict[] = {0, 1, 2, 3, 4};
static const double api_enum_ctrend_claims_figure[] = {0, 1, 2, 3, 4, 5, 6, 7, 8};
static const double api_enum_ctrend_claims_kind[] = {0, 1, 2, 3, 4, 5, 6, 7, 8};
static const double api_enum_ctrend_figure_layer[] = {0, 1, 2, 3, 4, 5, 6, 7};
static const double api_enum_ctrend_figure_text_key[] = {0, 1, 2, 3, 4, 5, 6};
static const double api_enum_ctrend_figure_panel_text_key[] = {0, 1};
static const double api_enum_ctrend_figure_span_kind[] = {0, 1};
static const double api_enum_ctrend_figure_mark_kind[] = {0, 1, 2};
static const double api_enum_ctrend_figure_style[] = {0, 1};
static const double api_enum_ctrend_figure_device[] = {0, 1, 2};
static const double api_enum_ctrend_claims_opt[] = {0, 1, 2, 3};

/* ctrend_exact_result as a named numeric vector. */
static SEXP api_rec_out_ctrend_exact_result(const ctrend_exact_result *b)
{
    static const char *const nm[] = {"estimate", "lower", "upper", "p_value"};
    SEXP out = PROTECT(Rf_allocVector(REALSXP, 4));
    REAL(out)[0] = (double)b->estimate;
    REAL(out)[1] = (double)b->lower;
    REAL(out)[2] = (double)b->upper;
    REAL(out)[3] = (double)b->p_value;
    api_set_names(out, nm, 4);
    UNPROTECT(1);
    return out;
}

/* ctrend_exact_test from a named numeric vector or list (NULL when optional = defaults). */
static const ctrend_exact_test *api_rec_in_ctrend_exact_test(SEXP x, ctrend_exact_test *b, const char *fn, const char *arg, int optional)
{
    static const char *const want[] = {"null_value", "alternative", "level"};
    SEXP v[3];
    if (optional && x == R_NilValue) return NULL;
    (void)api_rec_fields(x, want, 3, v, fn, arg);
    b->null_value = api_real(v[0], fn, "null_value", 0.0, 1.7976931348623157e+308, 1, 0);
    b->alternative = (int)api_oneof(v[1], fn, "alternative", api_enum_ctrend_alternative, 3);
    b->level = api_real(v[2], fn, "level", 0.0, 1.0, 1, 1);
    UNPROTECT(1);
    return b;
}

static void api_fin_ctrend_backtest(SEXP x)
{
    ctrend_backtest *p = (ctrend_backtest *)R_ExternalPtrAddr(x);
    if (p) {
        R_ClearExternalPtr(x);
        ctrend_backtest_free(p);
    }
}

static void api_fin_ctrend_baseline_opts(SEXP x)
{
    ctrend_baseline_opts *p = (ctrend_baseline_opts *)R_ExternalPtrAddr(x);
    if (p) {
        R_ClearExternalPtr(x);
        ctrend_baseline_opts_free(p);
    }
}

static void api_fin_ctrend_batch_opts(SEXP x)
{
    ctrend_batch_opts *p = (ctrend_batch_opts *)R_ExternalPtrAddr(x);
    if (p) {
        R_ClearExternalPtr(x);
        ctrend_batch_opts_free(p);
    }
}

static void api_fin_ctrend_breaks(SEXP x)
{
    ctrend_breaks *p = (ctrend_breaks *)R_ExternalPtrAddr(x);
    if (p) {
        R_ClearExternalPtr(x);
        ctrend_breaks_free(p);
    }
}

static void api_fin_ctrend_claims(SEXP x)
{
    ctrend_claims *p = (ctrend_claims *)R_ExternalPtrAddr(x);
    if (p) {
        R_ClearExternalPtr(x);
        ctrend_claims_free(p);
    }
}

static void api_fin_ctrend_claims_opts(SEXP x)
{
    ctrend_claims_opts *p = (ctrend_claims_opts *)R_ExternalPtrAddr(x);
    if (p) {
        R_ClearExternalPtr(x);
        ctrend_claims_opts_free(p);
    }
}

static void api_fin_ctrend_design(SEXP x)
{
    ctrend_design *p = (ctrend_design *)R_ExternalPtrAddr(x);
    if (p) {
        R_ClearExternalPtr(x);
        ctrend_design_free(p);
    }
}

static void api_fin_ctrend_figure(SEXP x)
{
    ctrend_figure *p = (ctrend_figure *)R_ExternalPtrAddr(x);
    if (p) {
        R_ClearExternalPtr(x);
        ctrend_figure_free(p);
    }
}

static void api_fin_ctrend_filter(SEXP x)
{
    ctrend_filter *p = (ctrend_filter *)R_ExternalPtrAddr(x);
    if (p) {
        R_ClearExternalPtr(x);
        ctrend_filter_free(p);
    }
}

static void api_fin_ctrend_forecast(SEXP x)
{
    ctrend_forecast *p = (ctrend_forecast *)R_ExternalPtrAddr(x);
    if (p) {
        R_ClearExternalPtr(x);
        ctrend_forecast_free(p);
    }
}

static void api_fin_ctrend_frame(SEXP x)
{
    ctrend_frame *p = (ctrend_frame *)R_ExternalPtrAddr(x);
    if (p) {
        R_ClearExternalPtr(x);
        ctrend_frame_free(p);
    }
}

static void api_fin_ctrend_model(SEXP x)
{
    ctrend_model *p = (ctrend_model *)R_ExternalPtrAddr(x);
    if (p) {
        R_ClearExternalPtr(x);
        ctrend_model_free(p);
    }
}

static void api_fin_ctrend_model_opts(SEXP x)
{
    ctrend_model_opts *p = (ctrend_model_opts *)R_ExternalPtrAddr(x);
    if (p) {
        R_ClearExternalPtr(x);
        ctrend_model_opts_free(p);
    }
}

static void api_fin_ctrend_reader(SEXP x)
{
    ctrend_reader *p = (ctrend_reader *)R_ExternalPtrAddr(x);
    if (p) {
        R_ClearExternalPtr(x);
        ctrend_reader_free(p);
    }
}

SEXP ctr_api_ctrend_strerror(SEXP s_status);
SEXP ctr_api_ctrend_strerror(SEXP s_status)
{
    static const char FN[] = "ctrend_strerror";
    (void)FN;
    int nprot = 0;
    int a_status = (int)api_whole(s_status, FN, "status", -2147483647.0, 2147483647.0);
    const char * r = ctrend_strerror(a_status);
    SEXP val = PROTECT(api_string(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_status_name(SEXP s_status);
SEXP ctr_api_ctrend_status_name(SEXP s_status)
{
    static const char FN[] = "ctrend_status_name";
    (void)FN;
    int nprot = 0;
    int a_status = (int)api_whole(s_status, FN, "status", -2147483647.0, 2147483647.0);
    const char * r = ctrend_status_name(a_status);
    SEXP val = PROTECT(api_string(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_status_count(void);
SEXP ctr_api_ctrend_status_count(void)
{
    static const char FN[] = "ctrend_status_count";
    (void)FN;
    int nprot = 0;
    int r = ctrend_status_count();
    SEXP val = PROTECT(Rf_ScalarInteger((int)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_version_number(void);
SEXP ctr_api_ctrend_version_number(void)
{
    static const char FN[] = "ctrend_version_number";
    (void)FN;
    int nprot = 0;
    int r = ctrend_version_number();
    SEXP val = PROTECT(Rf_ScalarInteger((int)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_version_string(void);
SEXP ctr_api_ctrend_version_string(void)
{
    static const char FN[] = "ctrend_version_string";
    (void)FN;
    int nprot = 0;
    const char * r = ctrend_version_string();
    SEXP val = PROTECT(api_string(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_init(void);
SEXP ctr_api_ctrend_init(void)
{
    static const char FN[] = "ctrend_init";
    (void)FN;
    int nprot = 0;
    ctrend_init();
    SEXP val = PROTECT(R_NilValue);
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_error_sizeof(void);
SEXP ctr_api_ctrend_error_sizeof(void)
{
    static const char FN[] = "ctrend_error_sizeof";
    (void)FN;
    int nprot = 0;
    size_t r = ctrend_error_sizeof();
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_error_clear(void);
SEXP ctr_api_ctrend_error_clear(void)
{
    static const char FN[] = "ctrend_error_clear";
    (void)FN;
    int nprot = 0;
    ctrend_error a_err;
    ctrend_error_clear(&a_err);
    ctrend_error_clear(&a_err);
    SEXP val = PROTECT(R_NilValue);
    ++nprot;
    SEXP o_err = PROTECT(api_error_list(&a_err));
    ++nprot;
    const SEXP outs[] = {o_err};
    static const char *const names[] = {"err"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_error_set(SEXP s_code, SEXP s_file, SEXP s_line, SEXP s_column, SEXP s_key, SEXP s_message);
SEXP ctr_api_ctrend_error_set(SEXP s_code, SEXP s_file, SEXP s_line, SEXP s_column, SEXP s_key, SEXP s_message)
{
    static const char FN[] = "ctrend_error_set";
    (void)FN;
    int nprot = 0;
    int a_code = (int)api_oneof(s_code, FN, "code", api_enum_ctrend_status, 20);
    const char *a_file = api_str(s_file, FN, "file", 1);
    int64_t a_line = (int64_t)api_whole(s_line, FN, "line", -9007199254740992.0, 9007199254740992.0);
    int64_t a_column = (int64_t)api_whole(s_column, FN, "column", -9007199254740992.0, 9007199254740992.0);
    const char *a_key = api_str(s_key, FN, "key", 1);
    const char *a_message = api_str(s_message, FN, "message", 1);
    ctrend_error a_err;
    ctrend_error_clear(&a_err);
    int r = ctrend_error_set(&a_err, a_code, a_file, a_line, a_column, a_key, a_message);
    SEXP val = PROTECT(Rf_ScalarInteger((int)r));
    ++nprot;
    SEXP o_err = PROTECT(api_error_list(&a_err));
    ++nprot;
    const SEXP outs[] = {o_err};
    static const char *const names[] = {"err"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_error_format(SEXP s_err);
SEXP ctr_api_ctrend_error_format(SEXP s_err)
{
    static const char FN[] = "ctrend_error_format";
    (void)FN;
    int nprot = 0;
    ctrend_error a_err;
    api_error_from(s_err, &a_err, FN, "err");
    size_t a_cap = 0;
    size_t a_needed = 0;
    int q = ctrend_error_format(&a_err, NULL, a_cap, &a_needed);
    if (q != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(q), "", 0, NULL, NULL);
    }
    a_cap = a_needed;
    char *a_buf = R_alloc(a_cap ? a_cap : 1, 1);
    int r = ctrend_error_format(&a_err, a_buf, a_cap, &a_needed);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_buf = PROTECT(api_string(a_buf));
    ++nprot;
    const SEXP outs[] = {o_buf};
    static const char *const names[] = {"buf"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_month_parse(SEXP s_s);
SEXP ctr_api_ctrend_month_parse(SEXP s_s)
{
    static const char FN[] = "ctrend_month_parse";
    (void)FN;
    int nprot = 0;
    size_t a_len;
    const char *a_s = api_bytes(s_s, FN, "s", &a_len);
    int32_t a_out = 0;
    int r = ctrend_month_parse(a_s, a_len, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarInteger((int)a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_month_make(SEXP s_year, SEXP s_month_of_year);
SEXP ctr_api_ctrend_month_make(SEXP s_year, SEXP s_month_of_year)
{
    static const char FN[] = "ctrend_month_make";
    (void)FN;
    int nprot = 0;
    int32_t a_year = (int32_t)api_whole(s_year, FN, "year", 1.0, 9999.0);
    int32_t a_month_of_year = (int32_t)api_whole(s_month_of_year, FN, "month_of_year", 1.0, 12.0);
    int32_t a_out = 0;
    int r = ctrend_month_make(a_year, a_month_of_year, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarInteger((int)a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_month_year(SEXP s_month);
SEXP ctr_api_ctrend_month_year(SEXP s_month)
{
    static const char FN[] = "ctrend_month_year";
    (void)FN;
    int nprot = 0;
    int32_t a_month = (int32_t)api_whole(s_month, FN, "month", -2147483647.0, 2147483647.0);
    int32_t r = ctrend_month_year(a_month);
    SEXP val = PROTECT(Rf_ScalarInteger((int)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_month_of_year(SEXP s_month);
SEXP ctr_api_ctrend_month_of_year(SEXP s_month)
{
    static const char FN[] = "ctrend_month_of_year";
    (void)FN;
    int nprot = 0;
    int32_t a_month = (int32_t)api_whole(s_month, FN, "month", -2147483647.0, 2147483647.0);
    int32_t r = ctrend_month_of_year(a_month);
    SEXP val = PROTECT(Rf_ScalarInteger((int)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_month_days(SEXP s_month);
SEXP ctr_api_ctrend_month_days(SEXP s_month)
{
    static const char FN[] = "ctrend_month_days";
    (void)FN;
    int nprot = 0;
    int32_t a_month = (int32_t)api_whole(s_month, FN, "month", -2147483647.0, 2147483647.0);
    int32_t r = ctrend_month_days(a_month);
    SEXP val = PROTECT(Rf_ScalarInteger((int)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_month_add(SEXP s_month, SEXP s_n_months);
SEXP ctr_api_ctrend_month_add(SEXP s_month, SEXP s_n_months)
{
    static const char FN[] = "ctrend_month_add";
    (void)FN;
    int nprot = 0;
    int32_t a_month = (int32_t)api_whole(s_month, FN, "month", -2147483647.0, 2147483647.0);
    int32_t a_n_months = (int32_t)api_whole(s_n_months, FN, "n_months", -2147483647.0, 2147483647.0);
    int32_t r = ctrend_month_add(a_month, a_n_months);
    SEXP val = PROTECT(Rf_ScalarInteger((int)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_month_format(SEXP s_month);
SEXP ctr_api_ctrend_month_format(SEXP s_month)
{
    static const char FN[] = "ctrend_month_format";
    (void)FN;
    int nprot = 0;
    int32_t a_month = (int32_t)api_whole(s_month, FN, "month", 12.0, 119999.0);
    size_t a_cap = 0;
    a_cap = (size_t)(CTREND_MONTH_STRLEN);
    char *a_buf = R_alloc(a_cap ? a_cap : 1, 1);
    int r = ctrend_month_format(a_month, a_buf, a_cap);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_buf = PROTECT(api_string(a_buf));
    ++nprot;
    const SEXP outs[] = {o_buf};
    static const char *const names[] = {"buf"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_month_format_v2(SEXP s_month);
SEXP ctr_api_ctrend_month_format_v2(SEXP s_month)
{
    static const char FN[] = "ctrend_month_format_v2";
    (void)FN;
    int nprot = 0;
    int32_t a_month = (int32_t)api_whole(s_month, FN, "month", -2147483647.0, 2147483647.0);
    size_t a_cap = 0;
    a_cap = (size_t)(CTREND_MONTH_STRLEN_V2);
    char *a_buf = R_alloc(a_cap ? a_cap : 1, 1);
    int r = ctrend_month_format_v2(a_month, a_buf, a_cap);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_buf = PROTECT(api_string(a_buf));
    ++nprot;
    const SEXP outs[] = {o_buf};
    static const char *const names[] = {"buf"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_month_parse_v2(SEXP s_s);
SEXP ctr_api_ctrend_month_parse_v2(SEXP s_s)
{
    static const char FN[] = "ctrend_month_parse_v2";
    (void)FN;
    int nprot = 0;
    size_t a_len;
    const char *a_s = api_bytes(s_s, FN, "s", &a_len);
    int32_t a_out = 0;
    int r = ctrend_month_parse_v2(a_s, a_len, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarInteger((int)a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_frame_new(void);
SEXP ctr_api_ctrend_frame_new(void)
{
    static const char FN[] = "ctrend_frame_new";
    (void)FN;
    int nprot = 0;
    ctrend_frame * a_out = NULL;
    int r = ctrend_frame_new(&a_out);
    if (r != CTREND_OK && a_out) {
        SEXP m = PROTECT(Rf_mkString(""));
        ctrend_frame_free(a_out);
        UNPROTECT(nprot + 1);
        return api_result(Rf_ScalarInteger(r), CHAR(STRING_ELT(m, 0)), 0, NULL, NULL);
    }
    SEXP o_out = PROTECT(a_out ? api_wrap(a_out, "ctrend_frame", api_fin_ctrend_frame, R_NilValue) : R_NilValue);
    ++nprot;
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_frame_free(SEXP s_f);
SEXP ctr_api_ctrend_frame_free(SEXP s_f)
{
    static const char FN[] = "ctrend_frame_free";
    (void)FN;
    int nprot = 0;
    ctrend_frame * a_f = (ctrend_frame *)api_handle(s_f, "ctrend_frame", FN, "f", 1);
    ctrend_frame_free(a_f);
    if (s_f != R_NilValue) R_ClearExternalPtr(s_f);
    UNPROTECT(nprot);
    return R_NilValue;
}

SEXP ctr_api_ctrend_frame_add_series(SEXP s_f, SEXP s_group, SEXP s_region, SEXP s_metric);
SEXP ctr_api_ctrend_frame_add_series(SEXP s_f, SEXP s_group, SEXP s_region, SEXP s_metric)
{
    static const char FN[] = "ctrend_frame_add_series";
    (void)FN;
    int nprot = 0;
    ctrend_frame * a_f = (ctrend_frame *)api_handle(s_f, "ctrend_frame", FN, "f", 0);
    const char *a_group = api_str(s_group, FN, "group", 1);
    const char *a_region = api_str(s_region, FN, "region", 1);
    const char *a_metric = api_str(s_metric, FN, "metric", 1);
    size_t a_index = 0;
    int r = ctrend_frame_add_series(a_f, a_group, a_region, a_metric, &a_index);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_index = PROTECT(Rf_ScalarReal((double)a_index));
    ++nprot;
    const SEXP outs[] = {o_index};
    static const char *const names[] = {"index"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_frame_find(SEXP s_f, SEXP s_group, SEXP s_region, SEXP s_metric);
SEXP ctr_api_ctrend_frame_find(SEXP s_f, SEXP s_group, SEXP s_region, SEXP s_metric)
{
    static const char FN[] = "ctrend_frame_find";
    (void)FN;
    int nprot = 0;
    const ctrend_frame * a_f = (const ctrend_frame *)api_handle(s_f, "ctrend_frame", FN, "f", 0);
    const char *a_group = api_str(s_group, FN, "group", 1);
    const char *a_region = api_str(s_region, FN, "region", 1);
    const char *a_metric = api_str(s_metric, FN, "metric", 1);
    size_t a_index = 0;
    int r = ctrend_frame_find(a_f, a_group, a_region, a_metric, &a_index);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_index = PROTECT(Rf_ScalarReal((double)a_index));
    ++nprot;
    const SEXP outs[] = {o_index};
    static const char *const names[] = {"index"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_frame_set(SEXP s_f, SEXP s_index, SEXP s_month, SEXP s_value);
SEXP ctr_api_ctrend_frame_set(SEXP s_f, SEXP s_index, SEXP s_month, SEXP s_value)
{
    static const char FN[] = "ctrend_frame_set";
    (void)FN;
    int nprot = 0;
    ctrend_frame * a_f = (ctrend_frame *)api_handle(s_f, "ctrend_frame", FN, "f", 0);
    size_t a_index = (size_t)api_whole(s_index, FN, "index", 0.0, 9007199254740992.0);
    int32_t a_month = (int32_t)api_whole(s_month, FN, "month", 12.0, 119999.0);
    double a_value = api_num(s_value, FN, "value");
    int r = ctrend_frame_set(a_f, a_index, a_month, a_value);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_frame_accumulate(SEXP s_f, SEXP s_index, SEXP s_month, SEXP s_value);
SEXP ctr_api_ctrend_frame_accumulate(SEXP s_f, SEXP s_index, SEXP s_month, SEXP s_value)
{
    static const char FN[] = "ctrend_frame_accumulate";
    (void)FN;
    int nprot = 0;
    ctrend_frame * a_f = (ctrend_frame *)api_handle(s_f, "ctrend_frame", FN, "f", 0);
    size_t a_index = (size_t)api_whole(s_index, FN, "index", 0.0, 9007199254740992.0);
    int32_t a_month = (int32_t)api_whole(s_month, FN, "month", 12.0, 119999.0);
    double a_value = api_num(s_value, FN, "value");
    int r = ctrend_frame_accumulate(a_f, a_index, a_month, a_value);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_frame_fill_unset(SEXP s_f, SEXP s_index, SEXP s_from_month, SEXP s_to_month, SEXP s_value);
SEXP ctr_api_ctrend_frame_fill_unset(SEXP s_f, SEXP s_index, SEXP s_from_month, SEXP s_to_month, SEXP s_value)
{
    static const char FN[] = "ctrend_frame_fill_unset";
    (void)FN;
    int nprot = 0;
    ctrend_frame * a_f = (ctrend_frame *)api_handle(s_f, "ctrend_frame", FN, "f", 0);
    size_t a_index = (size_t)api_whole(s_index, FN, "index", 0.0, 9007199254740992.0);
    int32_t a_from_month = (int32_t)api_whole(s_from_month, FN, "from_month", 12.0, 119999.0);
    int32_t a_to_month = (int32_t)api_whole(s_to_month, FN, "to_month", 12.0, 119999.0);
    double a_value = api_num(s_value, FN, "value");
    int r = ctrend_frame_fill_unset(a_f, a_index, a_from_month, a_to_month, a_value);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_frame_n_series(SEXP s_f);
SEXP ctr_api_ctrend_frame_n_series(SEXP s_f)
{
    static const char FN[] = "ctrend_frame_n_series";
    (void)FN;
    int nprot = 0;
    const ctrend_frame * a_f = (const ctrend_frame *)api_handle(s_f, "ctrend_frame", FN, "f", 0);
    size_t r = ctrend_frame_n_series(a_f);
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_frame_start(SEXP s_f);
SEXP ctr_api_ctrend_frame_start(SEXP s_f)
{
    static const char FN[] = "ctrend_frame_start";
    (void)FN;
    int nprot = 0;
    const ctrend_frame * a_f = (const ctrend_frame *)api_handle(s_f, "ctrend_frame", FN, "f", 0);
    int32_t a_month = 0;
    int r = ctrend_frame_start(a_f, &a_month);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_month = PROTECT(Rf_ScalarInteger((int)a_month));
    ++nprot;
    const SEXP outs[] = {o_month};
    static const char *const names[] = {"month"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_frame_n_months(SEXP s_f);
SEXP ctr_api_ctrend_frame_n_months(SEXP s_f)
{
    static const char FN[] = "ctrend_frame_n_months";
    (void)FN;
    int nprot = 0;
    const ctrend_frame * a_f = (const ctrend_frame *)api_handle(s_f, "ctrend_frame", FN, "f", 0);
    size_t r = ctrend_frame_n_months(a_f);
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_frame_group(SEXP s_f, SEXP s_index);
SEXP ctr_api_ctrend_frame_group(SEXP s_f, SEXP s_index)
{
    static const char FN[] = "ctrend_frame_group";
    (void)FN;
    int nprot = 0;
    const ctrend_frame * a_f = (const ctrend_frame *)api_handle(s_f, "ctrend_frame", FN, "f", 0);
    size_t a_index = (size_t)api_whole(s_index, FN, "index", 0.0, 9007199254740992.0);
    const char *a_out = NULL;
    int r = ctrend_frame_group(a_f, a_index, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(api_string(a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_frame_region(SEXP s_f, SEXP s_index);
SEXP ctr_api_ctrend_frame_region(SEXP s_f, SEXP s_index)
{
    static const char FN[] = "ctrend_frame_region";
    (void)FN;
    int nprot = 0;
    const ctrend_frame * a_f = (const ctrend_frame *)api_handle(s_f, "ctrend_frame", FN, "f", 0);
    size_t a_index = (size_t)api_whole(s_index, FN, "index", 0.0, 9007199254740992.0);
    const char *a_out = NULL;
    int r = ctrend_frame_region(a_f, a_index, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(api_string(a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_frame_metric(SEXP s_f, SEXP s_index);
SEXP ctr_api_ctrend_frame_metric(SEXP s_f, SEXP s_index)
{
    static const char FN[] = "ctrend_frame_metric";
    (void)FN;
    int nprot = 0;
    const ctrend_frame * a_f = (const ctrend_frame *)api_handle(s_f, "ctrend_frame", FN, "f", 0);
    size_t a_index = (size_t)api_whole(s_index, FN, "index", 0.0, 9007199254740992.0);
    const char *a_out = NULL;
    int r = ctrend_frame_metric(a_f, a_index, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(api_string(a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_frame_values(SEXP s_f, SEXP s_index);
SEXP ctr_api_ctrend_frame_values(SEXP s_f, SEXP s_index)
{
    static const char FN[] = "ctrend_frame_values";
    (void)FN;
    int nprot = 0;
    const ctrend_frame * a_f = (const ctrend_frame *)api_handle(s_f, "ctrend_frame", FN, "f", 0);
    size_t a_index = (size_t)api_whole(s_index, FN, "index", 0.0, 9007199254740992.0);
    size_t a_cap = 0;
    size_t a_needed = 0;
    int q = ctrend_frame_values(a_f, a_index, NULL, a_cap, &a_needed);
    if (q != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(q), "", 0, NULL, NULL);
    }
    a_cap = a_needed;
    SEXP o_out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)a_cap));
    ++nprot;
    double *a_out = REAL(o_out);
    int r = ctrend_frame_values(a_f, a_index, a_out, a_cap, &a_needed);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_frame_get(SEXP s_f, SEXP s_index, SEXP s_month);
SEXP ctr_api_ctrend_frame_get(SEXP s_f, SEXP s_index, SEXP s_month)
{
    static const char FN[] = "ctrend_frame_get";
    (void)FN;
    int nprot = 0;
    const ctrend_frame * a_f = (const ctrend_frame *)api_handle(s_f, "ctrend_frame", FN, "f", 0);
    size_t a_index = (size_t)api_whole(s_index, FN, "index", 0.0, 9007199254740992.0);
    int32_t a_month = (int32_t)api_whole(s_month, FN, "month", -2147483647.0, 2147483647.0);
    double a_value = 0;
    int r = ctrend_frame_get(a_f, a_index, a_month, &a_value);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_value = PROTECT(Rf_ScalarReal((double)a_value));
    ++nprot;
    const SEXP outs[] = {o_value};
    static const char *const names[] = {"value"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_frame_span(SEXP s_f, SEXP s_index);
SEXP ctr_api_ctrend_frame_span(SEXP s_f, SEXP s_index)
{
    static const char FN[] = "ctrend_frame_span";
    (void)FN;
    int nprot = 0;
    const ctrend_frame * a_f = (const ctrend_frame *)api_handle(s_f, "ctrend_frame", FN, "f", 0);
    size_t a_index = (size_t)api_whole(s_index, FN, "index", 0.0, 9007199254740992.0);
    int32_t a_first = 0;
    int32_t a_last = 0;
    int r = ctrend_frame_span(a_f, a_index, &a_first, &a_last);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_first = PROTECT(Rf_ScalarInteger((int)a_first));
    ++nprot;
    SEXP o_last = PROTECT(Rf_ScalarInteger((int)a_last));
    ++nprot;
    const SEXP outs[] = {o_first, o_last};
    static const char *const names[] = {"first", "last"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_frame_collapse(SEXP s_f, SEXP s_keep_group, SEXP s_keep_region, SEXP s_skip_missing);
SEXP ctr_api_ctrend_frame_collapse(SEXP s_f, SEXP s_keep_group, SEXP s_keep_region, SEXP s_skip_missing)
{
    static const char FN[] = "ctrend_frame_collapse";
    (void)FN;
    int nprot = 0;
    const ctrend_frame * a_f = (const ctrend_frame *)api_handle(s_f, "ctrend_frame", FN, "f", 0);
    static const double oneof_keep_group[] = {0.0, 1.0};
    int a_keep_group = (int)api_oneof(s_keep_group, FN, "keep_group", oneof_keep_group, 2);
    static const double oneof_keep_region[] = {0.0, 1.0};
    int a_keep_region = (int)api_oneof(s_keep_region, FN, "keep_region", oneof_keep_region, 2);
    static const double oneof_skip_missing[] = {0.0, 1.0};
    int a_skip_missing = (int)api_oneof(s_skip_missing, FN, "skip_missing", oneof_skip_missing, 2);
    ctrend_frame * a_out = NULL;
    int r = ctrend_frame_collapse(a_f, a_keep_group, a_keep_region, a_skip_missing, &a_out);
    if (r != CTREND_OK && a_out) {
        SEXP m = PROTECT(Rf_mkString(""));
        ctrend_frame_free(a_out);
        UNPROTECT(nprot + 1);
        return api_result(Rf_ScalarInteger(r), CHAR(STRING_ELT(m, 0)), 0, NULL, NULL);
    }
    SEXP o_out = PROTECT(a_out ? api_wrap(a_out, "ctrend_frame", api_fin_ctrend_frame, R_NilValue) : R_NilValue);
    ++nprot;
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_frame_window(SEXP s_f, SEXP s_index, SEXP s_first_month, SEXP s_n_months);
SEXP ctr_api_ctrend_frame_window(SEXP s_f, SEXP s_index, SEXP s_first_month, SEXP s_n_months)
{
    static const char FN[] = "ctrend_frame_window";
    (void)FN;
    int nprot = 0;
    const ctrend_frame * a_f = (const ctrend_frame *)api_handle(s_f, "ctrend_frame", FN, "f", 0);
    size_t a_index = (size_t)api_whole(s_index, FN, "index", 0.0, 9007199254740992.0);
    int32_t a_first_month = (int32_t)api_whole(s_first_month, FN, "first_month", -2147483647.0, 2147483647.0);
    size_t a_n_months = (size_t)api_whole(s_n_months, FN, "n_months", 1.0, 9007199254740992.0);
    size_t a_cap = 0;
    size_t a_needed = 0;
    int q = ctrend_frame_window(a_f, a_index, a_first_month, a_n_months, NULL, a_cap, &a_needed);
    if (q != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(q), "", 0, NULL, NULL);
    }
    a_cap = a_needed;
    SEXP o_out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)a_cap));
    ++nprot;
    double *a_out = REAL(o_out);
    int r = ctrend_frame_window(a_f, a_index, a_first_month, a_n_months, a_out, a_cap, &a_needed);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_frame_merge(SEXP s_dst, SEXP s_src, SEXP s_src_name);
SEXP ctr_api_ctrend_frame_merge(SEXP s_dst, SEXP s_src, SEXP s_src_name)
{
    static const char FN[] = "ctrend_frame_merge";
    (void)FN;
    int nprot = 0;
    ctrend_frame * a_dst = (ctrend_frame *)api_handle(s_dst, "ctrend_frame", FN, "dst", 0);
    const ctrend_frame * a_src = (const ctrend_frame *)api_handle(s_src, "ctrend_frame", FN, "src", 0);
    const char *a_src_name = api_str(s_src_name, FN, "src_name", 1);
    ctrend_error a_err;
    ctrend_error_clear(&a_err);
    int r = ctrend_frame_merge(a_dst, a_src, a_src_name, &a_err);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), api_error_text(&a_err), 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_err = PROTECT(api_error_list(&a_err));
    ++nprot;
    const SEXP outs[] = {o_err};
    static const char *const names[] = {"err"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_frame_set_values(SEXP s_f, SEXP s_index, SEXP s_x, SEXP s_first_month);
SEXP ctr_api_ctrend_frame_set_values(SEXP s_f, SEXP s_index, SEXP s_x, SEXP s_first_month)
{
    static const char FN[] = "ctrend_frame_set_values";
    (void)FN;
    int nprot = 0;
    SEXP v_x = PROTECT(api_dblvec(s_x, FN, "x", 0));
    ++nprot;
    size_t a_n = (size_t)XLENGTH(v_x);
    ctrend_frame * a_f = (ctrend_frame *)api_handle(s_f, "ctrend_frame", FN, "f", 0);
    size_t a_index = (size_t)api_whole(s_index, FN, "index", 0.0, 9007199254740992.0);
    int32_t a_first_month = (int32_t)api_whole(s_first_month, FN, "first_month", 12.0, 119999.0);
    const double *a_x = v_x == R_NilValue ? NULL : REAL(v_x);
    ctrend_error a_err;
    ctrend_error_clear(&a_err);
    int r = ctrend_frame_set_values(a_f, a_index, a_x, a_n, a_first_month, &a_err);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), api_error_text(&a_err), 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_err = PROTECT(api_error_list(&a_err));
    ++nprot;
    const SEXP outs[] = {o_err};
    static const char *const names[] = {"err"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_reader_new(void);
SEXP ctr_api_ctrend_reader_new(void)
{
    static const char FN[] = "ctrend_reader_new";
    (void)FN;
    int nprot = 0;
    ctrend_reader * a_out = NULL;
    ctrend_error a_err;
    ctrend_error_clear(&a_err);
    int r = ctrend_reader_new(&a_out, &a_err);
    if (r != CTREND_OK && a_out) {
        SEXP m = PROTECT(Rf_mkString(ctrend_reader_errmsg(a_out)));
        ctrend_reader_free(a_out);
        UNPROTECT(nprot + 1);
        return api_result(Rf_ScalarInteger(r), CHAR(STRING_ELT(m, 0)), 0, NULL, NULL);
    }
    SEXP o_out = PROTECT(a_out ? api_wrap(a_out, "ctrend_reader", api_fin_ctrend_reader, R_NilValue) : R_NilValue);
    ++nprot;
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), api_error_text(&a_err), 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_err = PROTECT(api_error_list(&a_err));
    ++nprot;
    const SEXP outs[] = {o_out, o_err};
    static const char *const names[] = {"out", "err"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_reader_free(SEXP s_r);
SEXP ctr_api_ctrend_reader_free(SEXP s_r)
{
    static const char FN[] = "ctrend_reader_free";
    (void)FN;
    int nprot = 0;
    ctrend_reader * a_r = (ctrend_reader *)api_handle(s_r, "ctrend_reader", FN, "r", 1);
    ctrend_reader_free(a_r);
    if (s_r != R_NilValue) R_ClearExternalPtr(s_r);
    UNPROTECT(nprot);
    return R_NilValue;
}

SEXP ctr_api_ctrend_reader_set_int(SEXP s_r, SEXP s_option, SEXP s_value);
SEXP ctr_api_ctrend_reader_set_int(SEXP s_r, SEXP s_option, SEXP s_value)
{
    static const char FN[] = "ctrend_reader_set_int";
    (void)FN;
    int nprot = 0;
    ctrend_reader * a_r = (ctrend_reader *)api_handle(s_r, "ctrend_reader", FN, "r", 0);
    int a_option = (int)api_oneof(s_option, FN, "option", api_enum_ctrend_read_option, 22);
    int64_t a_value = (int64_t)api_whole(s_value, FN, "value", -9007199254740992.0, 9007199254740992.0);
    int r = ctrend_reader_set_int(a_r, a_option, a_value);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_r ? ctrend_reader_errmsg(a_r) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_reader_set_str(SEXP s_r, SEXP s_option, SEXP s_value);
SEXP ctr_api_ctrend_reader_set_str(SEXP s_r, SEXP s_option, SEXP s_value)
{
    static const char FN[] = "ctrend_reader_set_str";
    (void)FN;
    int nprot = 0;
    ctrend_reader * a_r = (ctrend_reader *)api_handle(s_r, "ctrend_reader", FN, "r", 0);
    int a_option = (int)api_oneof(s_option, FN, "option", api_enum_ctrend_read_option, 22);
    const char *a_value = api_str(s_value, FN, "value", 1);
    int r = ctrend_reader_set_str(a_r, a_option, a_value);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_r ? ctrend_reader_errmsg(a_r) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_reader_feed(SEXP s_r, SEXP s_buf);
SEXP ctr_api_ctrend_reader_feed(SEXP s_r, SEXP s_buf)
{
    static const char FN[] = "ctrend_reader_feed";
    (void)FN;
    int nprot = 0;
    size_t a_len;
    const char *a_buf = api_bytes(s_buf, FN, "buf", &a_len);
    ctrend_reader * a_r = (ctrend_reader *)api_handle(s_r, "ctrend_reader", FN, "r", 0);
    int r = ctrend_reader_feed(a_r, a_buf, a_len);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_r ? ctrend_reader_errmsg(a_r) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_reader_finish(SEXP s_r);
SEXP ctr_api_ctrend_reader_finish(SEXP s_r)
{
    static const char FN[] = "ctrend_reader_finish";
    (void)FN;
    int nprot = 0;
    ctrend_reader * a_r = (ctrend_reader *)api_handle(s_r, "ctrend_reader", FN, "r", 0);
    ctrend_frame * a_out = NULL;
    ctrend_error a_err;
    ctrend_error_clear(&a_err);
    int r = ctrend_reader_finish(a_r, &a_out, &a_err);
    if (r != CTREND_OK && a_out) {
        SEXP m = PROTECT(Rf_mkString(""));
        ctrend_frame_free(a_out);
        UNPROTECT(nprot + 1);
        return api_result(Rf_ScalarInteger(r), CHAR(STRING_ELT(m, 0)), 0, NULL, NULL);
    }
    SEXP o_out = PROTECT(a_out ? api_wrap(a_out, "ctrend_frame", api_fin_ctrend_frame, R_NilValue) : R_NilValue);
    ++nprot;
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), api_error_text(&a_err), 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_err = PROTECT(api_error_list(&a_err));
    ++nprot;
    const SEXP outs[] = {o_out, o_err};
    static const char *const names[] = {"out", "err"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_reader_read_file(SEXP s_r, SEXP s_path);
SEXP ctr_api_ctrend_reader_read_file(SEXP s_r, SEXP s_path)
{
    static const char FN[] = "ctrend_reader_read_file";
    (void)FN;
    int nprot = 0;
    ctrend_reader * a_r = (ctrend_reader *)api_handle(s_r, "ctrend_reader", FN, "r", 0);
    const char *a_path = api_str(s_path, FN, "path", 0);
    ctrend_frame * a_out = NULL;
    ctrend_error a_err;
    ctrend_error_clear(&a_err);
    int r = ctrend_reader_read_file(a_r, a_path, &a_out, &a_err);
    if (r != CTREND_OK && a_out) {
        SEXP m = PROTECT(Rf_mkString(""));
        ctrend_frame_free(a_out);
        UNPROTECT(nprot + 1);
        return api_result(Rf_ScalarInteger(r), CHAR(STRING_ELT(m, 0)), 0, NULL, NULL);
    }
    SEXP o_out = PROTECT(a_out ? api_wrap(a_out, "ctrend_frame", api_fin_ctrend_frame, R_NilValue) : R_NilValue);
    ++nprot;
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), api_error_text(&a_err), 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_err = PROTECT(api_error_list(&a_err));
    ++nprot;
    const SEXP outs[] = {o_out, o_err};
    static const char *const names[] = {"out", "err"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_reader_error(SEXP s_r);
SEXP ctr_api_ctrend_reader_error(SEXP s_r)
{
    static const char FN[] = "ctrend_reader_error";
    (void)FN;
    int nprot = 0;
    const ctrend_reader * a_r = (const ctrend_reader *)api_handle(s_r, "ctrend_reader", FN, "r", 0);
    ctrend_error a_err;
    ctrend_error_clear(&a_err);
    int r = ctrend_reader_error(a_r, &a_err);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), api_error_text(&a_err), 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_err = PROTECT(api_error_list(&a_err));
    ++nprot;
    const SEXP outs[] = {o_err};
    static const char *const names[] = {"err"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_reader_errmsg(SEXP s_r);
SEXP ctr_api_ctrend_reader_errmsg(SEXP s_r)
{
    static const char FN[] = "ctrend_reader_errmsg";
    (void)FN;
    int nprot = 0;
    const ctrend_reader * a_r = (const ctrend_reader *)api_handle(s_r, "ctrend_reader", FN, "r", 0);
    const char * r = ctrend_reader_errmsg(a_r);
    SEXP val = PROTECT(api_string(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_reader_opt_type(SEXP s_key);
SEXP ctr_api_ctrend_reader_opt_type(SEXP s_key)
{
    static const char FN[] = "ctrend_reader_opt_type";
    (void)FN;
    int nprot = 0;
    int a_key = (int)api_whole(s_key, FN, "key", -2147483647.0, 2147483647.0);
    int r = ctrend_reader_opt_type(a_key);
    SEXP val = PROTECT(Rf_ScalarInteger((int)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_reader_opts_bounds(SEXP s_key);
SEXP ctr_api_ctrend_reader_opts_bounds(SEXP s_key)
{
    static const char FN[] = "ctrend_reader_opts_bounds";
    (void)FN;
    int nprot = 0;
    int a_key = (int)api_oneof(s_key, FN, "key", api_enum_ctrend_read_option, 22);
    double a_lo = 0;
    double a_hi = 0;
    int r = ctrend_reader_opts_bounds(a_key, &a_lo, &a_hi);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_lo = PROTECT(Rf_ScalarReal((double)a_lo));
    ++nprot;
    SEXP o_hi = PROTECT(Rf_ScalarReal((double)a_hi));
    ++nprot;
    const SEXP outs[] = {o_lo, o_hi};
    static const char *const names[] = {"lo", "hi"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_reader_n_skipped(SEXP s_r);
SEXP ctr_api_ctrend_reader_n_skipped(SEXP s_r)
{
    static const char FN[] = "ctrend_reader_n_skipped";
    (void)FN;
    int nprot = 0;
    const ctrend_reader * a_r = (const ctrend_reader *)api_handle(s_r, "ctrend_reader", FN, "r", 0);
    int64_t r = ctrend_reader_n_skipped(a_r);
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_reader_skipped_line(SEXP s_r, SEXP s_k);
SEXP ctr_api_ctrend_reader_skipped_line(SEXP s_r, SEXP s_k)
{
    static const char FN[] = "ctrend_reader_skipped_line";
    (void)FN;
    int nprot = 0;
    const ctrend_reader * a_r = (const ctrend_reader *)api_handle(s_r, "ctrend_reader", FN, "r", 0);
    int64_t a_k = (int64_t)api_whole(s_k, FN, "k", -9007199254740992.0, 9007199254740992.0);
    int64_t r = ctrend_reader_skipped_line(a_r, a_k);
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_name_distance(SEXP s_a, SEXP s_b);
SEXP ctr_api_ctrend_name_distance(SEXP s_a, SEXP s_b)
{
    static const char FN[] = "ctrend_name_distance";
    (void)FN;
    int nprot = 0;
    const char *a_a = api_str(s_a, FN, "a", 1);
    const char *a_b = api_str(s_b, FN, "b", 1);
    int64_t r = ctrend_name_distance(a_a, a_b);
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_filter_new(void);
SEXP ctr_api_ctrend_filter_new(void)
{
    static const char FN[] = "ctrend_filter_new";
    (void)FN;
    int nprot = 0;
    ctrend_filter * a_out = NULL;
    int r = ctrend_filter_new(&a_out);
    if (r != CTREND_OK && a_out) {
        SEXP m = PROTECT(Rf_mkString(ctrend_filter_errmsg(a_out)));
        ctrend_filter_free(a_out);
        UNPROTECT(nprot + 1);
        return api_result(Rf_ScalarInteger(r), CHAR(STRING_ELT(m, 0)), 0, NULL, NULL);
    }
    SEXP o_out = PROTECT(a_out ? api_wrap(a_out, "ctrend_filter", api_fin_ctrend_filter, R_NilValue) : R_NilValue);
    ++nprot;
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_filter_free(SEXP s_f);
SEXP ctr_api_ctrend_filter_free(SEXP s_f)
{
    static const char FN[] = "ctrend_filter_free";
    (void)FN;
    int nprot = 0;
    ctrend_filter * a_f = (ctrend_filter *)api_handle(s_f, "ctrend_filter", FN, "f", 1);
    ctrend_filter_free(a_f);
    if (s_f != R_NilValue) R_ClearExternalPtr(s_f);
    UNPROTECT(nprot);
    return R_NilValue;
}

SEXP ctr_api_ctrend_filter_add(SEXP s_f, SEXP s_expr);
SEXP ctr_api_ctrend_filter_add(SEXP s_f, SEXP s_expr)
{
    static const char FN[] = "ctrend_filter_add";
    (void)FN;
    int nprot = 0;
    ctrend_filter * a_f = (ctrend_filter *)api_handle(s_f, "ctrend_filter", FN, "f", 0);
    const char *a_expr = api_str(s_expr, FN, "expr", 0);
    int r = ctrend_filter_add(a_f, a_expr);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_f ? ctrend_filter_errmsg(a_f) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_filter_errmsg(SEXP s_f);
SEXP ctr_api_ctrend_filter_errmsg(SEXP s_f)
{
    static const char FN[] = "ctrend_filter_errmsg";
    (void)FN;
    int nprot = 0;
    const ctrend_filter * a_f = (const ctrend_filter *)api_handle(s_f, "ctrend_filter", FN, "f", 0);
    const char * r = ctrend_filter_errmsg(a_f);
    SEXP val = PROTECT(api_string(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_filter_error_offset(SEXP s_f);
SEXP ctr_api_ctrend_filter_error_offset(SEXP s_f)
{
    static const char FN[] = "ctrend_filter_error_offset";
    (void)FN;
    int nprot = 0;
    const ctrend_filter * a_f = (const ctrend_filter *)api_handle(s_f, "ctrend_filter", FN, "f", 0);
    int64_t r = ctrend_filter_error_offset(a_f);
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_filter_n_columns(SEXP s_f);
SEXP ctr_api_ctrend_filter_n_columns(SEXP s_f)
{
    static const char FN[] = "ctrend_filter_n_columns";
    (void)FN;
    int nprot = 0;
    const ctrend_filter * a_f = (const ctrend_filter *)api_handle(s_f, "ctrend_filter", FN, "f", 0);
    int64_t r = ctrend_filter_n_columns(a_f);
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_filter_column(SEXP s_f, SEXP s_k);
SEXP ctr_api_ctrend_filter_column(SEXP s_f, SEXP s_k)
{
    static const char FN[] = "ctrend_filter_column";
    (void)FN;
    int nprot = 0;
    const ctrend_filter * a_f = (const ctrend_filter *)api_handle(s_f, "ctrend_filter", FN, "f", 0);
    int64_t a_k = (int64_t)api_whole(s_k, FN, "k", -9007199254740992.0, 9007199254740992.0);
    const char * r = ctrend_filter_column(a_f, a_k);
    SEXP val = PROTECT(api_string(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_reader_set_filter(SEXP s_r, SEXP s_f);
SEXP ctr_api_ctrend_reader_set_filter(SEXP s_r, SEXP s_f)
{
    static const char FN[] = "ctrend_reader_set_filter";
    (void)FN;
    int nprot = 0;
    ctrend_reader * a_r = (ctrend_reader *)api_handle(s_r, "ctrend_reader", FN, "r", 0);
    const ctrend_filter * a_f = (const ctrend_filter *)api_handle(s_f, "ctrend_filter", FN, "f", 1);
    int r = ctrend_reader_set_filter(a_r, a_f);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_r ? ctrend_reader_errmsg(a_r) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_rolling_mean(SEXP s_x, SEXP s_window, SEXP s_align, SEXP s_min_periods);
SEXP ctr_api_ctrend_rolling_mean(SEXP s_x, SEXP s_window, SEXP s_align, SEXP s_min_periods)
{
    static const char FN[] = "ctrend_rolling_mean";
    (void)FN;
    int nprot = 0;
    SEXP v_x = PROTECT(api_dblvec(s_x, FN, "x", 0));
    ++nprot;
    size_t a_n = (size_t)XLENGTH(v_x);
    size_t a_window = (size_t)api_whole(s_window, FN, "window", 1.0, 9007199254740992.0);
    int a_align = (int)api_oneof(s_align, FN, "align", api_enum_ctrend_align, 3);
    size_t a_min_periods = (size_t)api_whole(s_min_periods, FN, "min_periods", 0.0, 9007199254740992.0);
    const double *a_x = v_x == R_NilValue ? NULL : REAL(v_x);
    SEXP o_out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)(size_t)(a_n)));
    ++nprot;
    double *a_out = REAL(o_out);
    int r = ctrend_rolling_mean(a_x, a_n, a_window, a_align, a_min_periods, a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_rolling_sum(SEXP s_x, SEXP s_window, SEXP s_align, SEXP s_min_periods);
SEXP ctr_api_ctrend_rolling_sum(SEXP s_x, SEXP s_window, SEXP s_align, SEXP s_min_periods)
{
    static const char FN[] = "ctrend_rolling_sum";
    (void)FN;
    int nprot = 0;
    SEXP v_x = PROTECT(api_dblvec(s_x, FN, "x", 0));
    ++nprot;
    size_t a_n = (size_t)XLENGTH(v_x);
    size_t a_window = (size_t)api_whole(s_window, FN, "window", 1.0, 9007199254740992.0);
    int a_align = (int)api_oneof(s_align, FN, "align", api_enum_ctrend_align, 3);
    size_t a_min_periods = (size_t)api_whole(s_min_periods, FN, "min_periods", 0.0, 9007199254740992.0);
    const double *a_x = v_x == R_NilValue ? NULL : REAL(v_x);
    SEXP o_out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)(size_t)(a_n)));
    ++nprot;
    double *a_out = REAL(o_out);
    int r = ctrend_rolling_sum(a_x, a_n, a_window, a_align, a_min_periods, a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_rolling_cumsum(SEXP s_x);
SEXP ctr_api_ctrend_rolling_cumsum(SEXP s_x)
{
    static const char FN[] = "ctrend_rolling_cumsum";
    (void)FN;
    int nprot = 0;
    SEXP v_x = PROTECT(api_dblvec(s_x, FN, "x", 0));
    ++nprot;
    size_t a_n = (size_t)XLENGTH(v_x);
    const double *a_x = v_x == R_NilValue ? NULL : REAL(v_x);
    SEXP o_out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)(size_t)(a_n)));
    ++nprot;
    double *a_out = REAL(o_out);
    int r = ctrend_rolling_cumsum(a_x, a_n, a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_change_reason_count(void);
SEXP ctr_api_ctrend_change_reason_count(void)
{
    static const char FN[] = "ctrend_change_reason_count";
    (void)FN;
    int nprot = 0;
    int r = ctrend_change_reason_count();
    SEXP val = PROTECT(Rf_ScalarInteger((int)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_change_reason_string(SEXP s_reason);
SEXP ctr_api_ctrend_change_reason_string(SEXP s_reason)
{
    static const char FN[] = "ctrend_change_reason_string";
    (void)FN;
    int nprot = 0;
    int a_reason = (int)api_whole(s_reason, FN, "reason", -2147483647.0, 2147483647.0);
    const char * r = ctrend_change_reason_string(a_reason);
    SEXP val = PROTECT(api_string(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_change_reason_name(SEXP s_reason);
SEXP ctr_api_ctrend_change_reason_name(SEXP s_reason)
{
    static const char FN[] = "ctrend_change_reason_name";
    (void)FN;
    int nprot = 0;
    int a_reason = (int)api_whole(s_reason, FN, "reason", -2147483647.0, 2147483647.0);
    const char * r = ctrend_change_reason_name(a_reason);
    SEXP val = PROTECT(api_string(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_change_pct(SEXP s_x, SEXP s_lag);
SEXP ctr_api_ctrend_change_pct(SEXP s_x, SEXP s_lag)
{
    static const char FN[] = "ctrend_change_pct";
    (void)FN;
    int nprot = 0;
    SEXP v_x = PROTECT(api_dblvec(s_x, FN, "x", 0));
    ++nprot;
    size_t a_n = (size_t)XLENGTH(v_x);
    size_t a_lag = (size_t)api_whole(s_lag, FN, "lag", 1.0, 9007199254740992.0);
    const double *a_x = v_x == R_NilValue ? NULL : REAL(v_x);
    SEXP o_out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)(size_t)(a_n)));
    ++nprot;
    double *a_out = REAL(o_out);
    SEXP o_reason = PROTECT(Rf_allocVector(INTSXP, (R_xlen_t)(size_t)(a_n)));
    ++nprot;
    int32_t *a_reason = (int32_t *)INTEGER(o_reason);
    int r = ctrend_change_pct(a_x, a_n, a_lag, a_out, a_reason);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out, o_reason};
    static const char *const names[] = {"out", "reason"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_change_pct_vs_mean(SEXP s_x, SEXP s_k);
SEXP ctr_api_ctrend_change_pct_vs_mean(SEXP s_x, SEXP s_k)
{
    static const char FN[] = "ctrend_change_pct_vs_mean";
    (void)FN;
    int nprot = 0;
    SEXP v_x = PROTECT(api_dblvec(s_x, FN, "x", 0));
    ++nprot;
    size_t a_n = (size_t)XLENGTH(v_x);
    size_t a_k = (size_t)api_whole(s_k, FN, "k", 1.0, 9007199254740992.0);
    const double *a_x = v_x == R_NilValue ? NULL : REAL(v_x);
    SEXP o_out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)(size_t)(a_n)));
    ++nprot;
    double *a_out = REAL(o_out);
    SEXP o_reason = PROTECT(Rf_allocVector(INTSXP, (R_xlen_t)(size_t)(a_n)));
    ++nprot;
    int32_t *a_reason = (int32_t *)INTEGER(o_reason);
    int r = ctrend_change_pct_vs_mean(a_x, a_n, a_k, a_out, a_reason);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out, o_reason};
    static const char *const names[] = {"out", "reason"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_change_diff(SEXP s_x, SEXP s_lag);
SEXP ctr_api_ctrend_change_diff(SEXP s_x, SEXP s_lag)
{
    static const char FN[] = "ctrend_change_diff";
    (void)FN;
    int nprot = 0;
    SEXP v_x = PROTECT(api_dblvec(s_x, FN, "x", 0));
    ++nprot;
    size_t a_n = (size_t)XLENGTH(v_x);
    size_t a_lag = (size_t)api_whole(s_lag, FN, "lag", 1.0, 9007199254740992.0);
    const double *a_x = v_x == R_NilValue ? NULL : REAL(v_x);
    SEXP o_out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)(size_t)(a_n)));
    ++nprot;
    double *a_out = REAL(o_out);
    SEXP o_reason = PROTECT(Rf_allocVector(INTSXP, (R_xlen_t)(size_t)(a_n)));
    ++nprot;
    int32_t *a_reason = (int32_t *)INTEGER(o_reason);
    int r = ctrend_change_diff(a_x, a_n, a_lag, a_out, a_reason);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out, o_reason};
    static const char *const names[] = {"out", "reason"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_change_ratio(SEXP s_x, SEXP s_lag);
SEXP ctr_api_ctrend_change_ratio(SEXP s_x, SEXP s_lag)
{
    static const char FN[] = "ctrend_change_ratio";
    (void)FN;
    int nprot = 0;
    SEXP v_x = PROTECT(api_dblvec(s_x, FN, "x", 0));
    ++nprot;
    size_t a_n = (size_t)XLENGTH(v_x);
    size_t a_lag = (size_t)api_whole(s_lag, FN, "lag", 1.0, 9007199254740992.0);
    const double *a_x = v_x == R_NilValue ? NULL : REAL(v_x);
    SEXP o_out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)(size_t)(a_n)));
    ++nprot;
    double *a_out = REAL(o_out);
    SEXP o_reason = PROTECT(Rf_allocVector(INTSXP, (R_xlen_t)(size_t)(a_n)));
    ++nprot;
    int32_t *a_reason = (int32_t *)INTEGER(o_reason);
    int r = ctrend_change_ratio(a_x, a_n, a_lag, a_out, a_reason);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out, o_reason};
    static const char *const names[] = {"out", "reason"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_change_share(SEXP s_part, SEXP s_total);
SEXP ctr_api_ctrend_change_share(SEXP s_part, SEXP s_total)
{
    static const char FN[] = "ctrend_change_share";
    (void)FN;
    int nprot = 0;
    SEXP v_part = PROTECT(api_dblvec(s_part, FN, "part", 0));
    ++nprot;
    SEXP v_total = PROTECT(api_dblvec(s_total, FN, "total", 0));
    ++nprot;
    size_t a_n = (size_t)XLENGTH(v_part);
    const double *a_part = v_part == R_NilValue ? NULL : REAL(v_part);
    api_need(v_total, (size_t)(a_n), FN, "total");
    const double *a_total = v_total == R_NilValue ? NULL : REAL(v_total);
    SEXP o_out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)(size_t)(a_n)));
    ++nprot;
    double *a_out = REAL(o_out);
    SEXP o_reason = PROTECT(Rf_allocVector(INTSXP, (R_xlen_t)(size_t)(a_n)));
    ++nprot;
    int32_t *a_reason = (int32_t *)INTEGER(o_reason);
    int r = ctrend_change_share(a_part, a_total, a_n, a_out, a_reason);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out, o_reason};
    static const char *const names[] = {"out", "reason"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_aggregate_per_day(SEXP s_x, SEXP s_start_month);
SEXP ctr_api_ctrend_aggregate_per_day(SEXP s_x, SEXP s_start_month)
{
    static const char FN[] = "ctrend_aggregate_per_day";
    (void)FN;
    int nprot = 0;
    SEXP v_x = PROTECT(api_dblvec(s_x, FN, "x", 0));
    ++nprot;
    size_t a_n = (size_t)XLENGTH(v_x);
    int32_t a_start_month = (int32_t)api_whole(s_start_month, FN, "start_month", 12.0, 119999.0);
    const double *a_x = v_x == R_NilValue ? NULL : REAL(v_x);
    SEXP o_out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)(size_t)(a_n)));
    ++nprot;
    double *a_out = REAL(o_out);
    int r = ctrend_aggregate_per_day(a_x, a_n, a_start_month, a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_aggregate_periods(SEXP s_x, SEXP s_start_month, SEXP s_period_months, SEXP s_allow_missing);
SEXP ctr_api_ctrend_aggregate_periods(SEXP s_x, SEXP s_start_month, SEXP s_period_months, SEXP s_allow_missing)
{
    static const char FN[] = "ctrend_aggregate_periods";
    (void)FN;
    int nprot = 0;
    SEXP v_x = PROTECT(api_dblvec(s_x, FN, "x", 0));
    ++nprot;
    size_t a_n = (size_t)XLENGTH(v_x);
    int32_t a_start_month = (int32_t)api_whole(s_start_month, FN, "start_month", 12.0, 119999.0);
    static const double oneof_period_months[] = {1.0, 2.0, 3.0, 4.0, 6.0, 12.0};
    size_t a_period_months = (size_t)api_oneof(s_period_months, FN, "period_months", oneof_period_months, 6);
    static const double oneof_allow_missing[] = {0.0, 1.0};
    int a_allow_missing = (int)api_oneof(s_allow_missing, FN, "allow_missing", oneof_allow_missing, 2);
    const double *a_x = v_x == R_NilValue ? NULL : REAL(v_x);
    size_t a_cap = 0;
    size_t a_needed = 0;
    int32_t a_first_period_month = 0;
    int q = ctrend_aggregate_periods(a_x, a_n, a_start_month, a_period_months, a_allow_missing, NULL, a_cap, &a_needed, &a_first_period_month);
    if (q != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(q), "", 0, NULL, NULL);
    }
    a_cap = a_needed;
    SEXP o_out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)a_cap));
    ++nprot;
    double *a_out = REAL(o_out);
    int r = ctrend_aggregate_periods(a_x, a_n, a_start_month, a_period_months, a_allow_missing, a_out, a_cap, &a_needed, &a_first_period_month);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_first_period_month = PROTECT(Rf_ScalarInteger((int)a_first_period_month));
    ++nprot;
    const SEXP outs[] = {o_out, o_first_period_month};
    static const char *const names[] = {"out", "first_period_month"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_design_new(SEXP s_start_month, SEXP s_n_months);
SEXP ctr_api_ctrend_design_new(SEXP s_start_month, SEXP s_n_months)
{
    static const char FN[] = "ctrend_design_new";
    (void)FN;
    int nprot = 0;
    int32_t a_start_month = (int32_t)api_whole(s_start_month, FN, "start_month", 12.0, 119999.0);
    size_t a_n_months = (size_t)api_whole(s_n_months, FN, "n_months", 1.0, 9007199254740992.0);
    ctrend_design * a_out = NULL;
    int r = ctrend_design_new(a_start_month, a_n_months, &a_out);
    if (r != CTREND_OK && a_out) {
        SEXP m = PROTECT(Rf_mkString(""));
        ctrend_design_free(a_out);
        UNPROTECT(nprot + 1);
        return api_result(Rf_ScalarInteger(r), CHAR(STRING_ELT(m, 0)), 0, NULL, NULL);
    }
    SEXP o_out = PROTECT(a_out ? api_wrap(a_out, "ctrend_design", api_fin_ctrend_design, R_NilValue) : R_NilValue);
    ++nprot;
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_design_free(SEXP s_d);
SEXP ctr_api_ctrend_design_free(SEXP s_d)
{
    static const char FN[] = "ctrend_design_free";
    (void)FN;
    int nprot = 0;
    ctrend_design * a_d = (ctrend_design *)api_handle(s_d, "ctrend_design", FN, "d", 1);
    ctrend_design_free(a_d);
    if (s_d != R_NilValue) R_ClearExternalPtr(s_d);
    UNPROTECT(nprot);
    return R_NilValue;
}

SEXP ctr_api_ctrend_design_clone(SEXP s_d);
SEXP ctr_api_ctrend_design_clone(SEXP s_d)
{
    static const char FN[] = "ctrend_design_clone";
    (void)FN;
    int nprot = 0;
    const ctrend_design * a_d = (const ctrend_design *)api_handle(s_d, "ctrend_design", FN, "d", 0);
    ctrend_design * a_out = NULL;
    int r = ctrend_design_clone(a_d, &a_out);
    if (r != CTREND_OK && a_out) {
        SEXP m = PROTECT(Rf_mkString(""));
        ctrend_design_free(a_out);
        UNPROTECT(nprot + 1);
        return api_result(Rf_ScalarInteger(r), CHAR(STRING_ELT(m, 0)), 0, NULL, NULL);
    }
    SEXP o_out = PROTECT(a_out ? api_wrap(a_out, "ctrend_design", api_fin_ctrend_design, R_NilValue) : R_NilValue);
    ++nprot;
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_design_window(SEXP s_d, SEXP s_first, SEXP s_n_months);
SEXP ctr_api_ctrend_design_window(SEXP s_d, SEXP s_first, SEXP s_n_months)
{
    static const char FN[] = "ctrend_design_window";
    (void)FN;
    int nprot = 0;
    const ctrend_design * a_d = (const ctrend_design *)api_handle(s_d, "ctrend_design", FN, "d", 0);
    size_t a_first = (size_t)api_whole(s_first, FN, "first", 0.0, 9007199254740992.0);
    size_t a_n_months = (size_t)api_whole(s_n_months, FN, "n_months", 1.0, 9007199254740992.0);
    ctrend_design * a_out = NULL;
    int r = ctrend_design_window(a_d, a_first, a_n_months, &a_out);
    if (r != CTREND_OK && a_out) {
        SEXP m = PROTECT(Rf_mkString(""));
        ctrend_design_free(a_out);
        UNPROTECT(nprot + 1);
        return api_result(Rf_ScalarInteger(r), CHAR(STRING_ELT(m, 0)), 0, NULL, NULL);
    }
    SEXP o_out = PROTECT(a_out ? api_wrap(a_out, "ctrend_design", api_fin_ctrend_design, R_NilValue) : R_NilValue);
    ++nprot;
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_design_set_intercept(SEXP s_d, SEXP s_on);
SEXP ctr_api_ctrend_design_set_intercept(SEXP s_d, SEXP s_on)
{
    static const char FN[] = "ctrend_design_set_intercept";
    (void)FN;
    int nprot = 0;
    ctrend_design * a_d = (ctrend_design *)api_handle(s_d, "ctrend_design", FN, "d", 0);
    static const double oneof_on[] = {0.0, 1.0};
    int a_on = (int)api_oneof(s_on, FN, "on", oneof_on, 2);
    int r = ctrend_design_set_intercept(a_d, a_on);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_design_add_trend(SEXP s_d);
SEXP ctr_api_ctrend_design_add_trend(SEXP s_d)
{
    static const char FN[] = "ctrend_design_add_trend";
    (void)FN;
    int nprot = 0;
    ctrend_design * a_d = (ctrend_design *)api_handle(s_d, "ctrend_design", FN, "d", 0);
    int r = ctrend_design_add_trend(a_d);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_design_add_fourier(SEXP s_d, SEXP s_k_pairs);
SEXP ctr_api_ctrend_design_add_fourier(SEXP s_d, SEXP s_k_pairs)
{
    static const char FN[] = "ctrend_design_add_fourier";
    (void)FN;
    int nprot = 0;
    ctrend_design * a_d = (ctrend_design *)api_handle(s_d, "ctrend_design", FN, "d", 0);
    size_t a_k_pairs = (size_t)api_whole(s_k_pairs, FN, "k_pairs", 1.0, 5.0);
    int r = ctrend_design_add_fourier(a_d, a_k_pairs);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_design_add_month_dummies(SEXP s_d);
SEXP ctr_api_ctrend_design_add_month_dummies(SEXP s_d)
{
    static const char FN[] = "ctrend_design_add_month_dummies";
    (void)FN;
    int nprot = 0;
    ctrend_design * a_d = (ctrend_design *)api_handle(s_d, "ctrend_design", FN, "d", 0);
    int r = ctrend_design_add_month_dummies(a_d);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_design_add_step(SEXP s_d, SEXP s_month, SEXP s_name);
SEXP ctr_api_ctrend_design_add_step(SEXP s_d, SEXP s_month, SEXP s_name)
{
    static const char FN[] = "ctrend_design_add_step";
    (void)FN;
    int nprot = 0;
    ctrend_design * a_d = (ctrend_design *)api_handle(s_d, "ctrend_design", FN, "d", 0);
    int32_t a_month = (int32_t)api_whole(s_month, FN, "month", -2147483647.0, 2147483647.0);
    const char *a_name = api_str(s_name, FN, "name", 1);
    int r = ctrend_design_add_step(a_d, a_month, a_name);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_design_add_slope_change(SEXP s_d, SEXP s_month, SEXP s_name);
SEXP ctr_api_ctrend_design_add_slope_change(SEXP s_d, SEXP s_month, SEXP s_name)
{
    static const char FN[] = "ctrend_design_add_slope_change";
    (void)FN;
    int nprot = 0;
    ctrend_design * a_d = (ctrend_design *)api_handle(s_d, "ctrend_design", FN, "d", 0);
    int32_t a_month = (int32_t)api_whole(s_month, FN, "month", -2147483647.0, 2147483647.0);
    const char *a_name = api_str(s_name, FN, "name", 1);
    int r = ctrend_design_add_slope_change(a_d, a_month, a_name);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_design_add_column(SEXP s_d, SEXP s_name, SEXP s_x);
SEXP ctr_api_ctrend_design_add_column(SEXP s_d, SEXP s_name, SEXP s_x)
{
    static const char FN[] = "ctrend_design_add_column";
    (void)FN;
    int nprot = 0;
    SEXP v_x = PROTECT(api_dblvec(s_x, FN, "x", 0));
    ++nprot;
    size_t a_n = (size_t)XLENGTH(v_x);
    ctrend_design * a_d = (ctrend_design *)api_handle(s_d, "ctrend_design", FN, "d", 0);
    const char *a_name = api_str(s_name, FN, "name", 0);
    const double *a_x = v_x == R_NilValue ? NULL : REAL(v_x);
    int r = ctrend_design_add_column(a_d, a_name, a_x, a_n);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_design_set_future_column(SEXP s_d, SEXP s_name, SEXP s_x);
SEXP ctr_api_ctrend_design_set_future_column(SEXP s_d, SEXP s_name, SEXP s_x)
{
    static const char FN[] = "ctrend_design_set_future_column";
    (void)FN;
    int nprot = 0;
    SEXP v_x = PROTECT(api_dblvec(s_x, FN, "x", 0));
    ++nprot;
    size_t a_h = (size_t)XLENGTH(v_x);
    if (a_h < 1) api_fail(FN, "x", "must have length >= 1");
    ctrend_design * a_d = (ctrend_design *)api_handle(s_d, "ctrend_design", FN, "d", 0);
    const char *a_name = api_str(s_name, FN, "name", 0);
    const double *a_x = v_x == R_NilValue ? NULL : REAL(v_x);
    int r = ctrend_design_set_future_column(a_d, a_name, a_x, a_h);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_design_set_offset_days(SEXP s_d, SEXP s_on);
SEXP ctr_api_ctrend_design_set_offset_days(SEXP s_d, SEXP s_on)
{
    static const char FN[] = "ctrend_design_set_offset_days";
    (void)FN;
    int nprot = 0;
    ctrend_design * a_d = (ctrend_design *)api_handle(s_d, "ctrend_design", FN, "d", 0);
    static const double oneof_on[] = {0.0, 1.0};
    int a_on = (int)api_oneof(s_on, FN, "on", oneof_on, 2);
    int r = ctrend_design_set_offset_days(a_d, a_on);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_design_set_offset(SEXP s_d, SEXP s_log_exposure, SEXP s_n);
SEXP ctr_api_ctrend_design_set_offset(SEXP s_d, SEXP s_log_exposure, SEXP s_n)
{
    static const char FN[] = "ctrend_design_set_offset";
    (void)FN;
    int nprot = 0;
    SEXP v_log_exposure = PROTECT(api_dblvec(s_log_exposure, FN, "log_exposure", 1));
    ++nprot;
    ctrend_design * a_d = (ctrend_design *)api_handle(s_d, "ctrend_design", FN, "d", 0);
    size_t a_n = (size_t)api_whole(s_n, FN, "n", 0.0, 9007199254740992.0);
    api_need(v_log_exposure, (size_t)(a_n), FN, "log_exposure");
    const double *a_log_exposure = v_log_exposure == R_NilValue ? NULL : REAL(v_log_exposure);
    int r = ctrend_design_set_offset(a_d, a_log_exposure, a_n);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_design_set_future_offset(SEXP s_d, SEXP s_log_exposure);
SEXP ctr_api_ctrend_design_set_future_offset(SEXP s_d, SEXP s_log_exposure)
{
    static const char FN[] = "ctrend_design_set_future_offset";
    (void)FN;
    int nprot = 0;
    SEXP v_log_exposure = PROTECT(api_dblvec(s_log_exposure, FN, "log_exposure", 0));
    ++nprot;
    size_t a_h = (size_t)XLENGTH(v_log_exposure);
    if (a_h < 1) api_fail(FN, "log_exposure", "must have length >= 1");
    ctrend_design * a_d = (ctrend_design *)api_handle(s_d, "ctrend_design", FN, "d", 0);
    const double *a_log_exposure = v_log_exposure == R_NilValue ? NULL : REAL(v_log_exposure);
    int r = ctrend_design_set_future_offset(a_d, a_log_exposure, a_h);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_design_ncol(SEXP s_d);
SEXP ctr_api_ctrend_design_ncol(SEXP s_d)
{
    static const char FN[] = "ctrend_design_ncol";
    (void)FN;
    int nprot = 0;
    const ctrend_design * a_d = (const ctrend_design *)api_handle(s_d, "ctrend_design", FN, "d", 0);
    size_t r = ctrend_design_ncol(a_d);
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_design_nrow(SEXP s_d);
SEXP ctr_api_ctrend_design_nrow(SEXP s_d)
{
    static const char FN[] = "ctrend_design_nrow";
    (void)FN;
    int nprot = 0;
    const ctrend_design * a_d = (const ctrend_design *)api_handle(s_d, "ctrend_design", FN, "d", 0);
    size_t r = ctrend_design_nrow(a_d);
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_design_start(SEXP s_d);
SEXP ctr_api_ctrend_design_start(SEXP s_d)
{
    static const char FN[] = "ctrend_design_start";
    (void)FN;
    int nprot = 0;
    const ctrend_design * a_d = (const ctrend_design *)api_handle(s_d, "ctrend_design", FN, "d", 0);
    int32_t a_month = 0;
    int r = ctrend_design_start(a_d, &a_month);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_month = PROTECT(Rf_ScalarInteger((int)a_month));
    ++nprot;
    const SEXP outs[] = {o_month};
    static const char *const names[] = {"month"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_design_col_name(SEXP s_d, SEXP s_j);
SEXP ctr_api_ctrend_design_col_name(SEXP s_d, SEXP s_j)
{
    static const char FN[] = "ctrend_design_col_name";
    (void)FN;
    int nprot = 0;
    const ctrend_design * a_d = (const ctrend_design *)api_handle(s_d, "ctrend_design", FN, "d", 0);
    size_t a_j = (size_t)api_whole(s_j, FN, "j", 0.0, 9007199254740992.0);
    const char *a_name = NULL;
    int r = ctrend_design_col_name(a_d, a_j, &a_name);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_name = PROTECT(api_string(a_name));
    ++nprot;
    const SEXP outs[] = {o_name};
    static const char *const names[] = {"name"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_design_find(SEXP s_d, SEXP s_name);
SEXP ctr_api_ctrend_design_find(SEXP s_d, SEXP s_name)
{
    static const char FN[] = "ctrend_design_find";
    (void)FN;
    int nprot = 0;
    const ctrend_design * a_d = (const ctrend_design *)api_handle(s_d, "ctrend_design", FN, "d", 0);
    const char *a_name = api_str(s_name, FN, "name", 0);
    size_t a_j = 0;
    int r = ctrend_design_find(a_d, a_name, &a_j);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_j = PROTECT(Rf_ScalarReal((double)a_j));
    ++nprot;
    const SEXP outs[] = {o_j};
    static const char *const names[] = {"j"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_design_matrix(SEXP s_d, SEXP s_first, SEXP s_rows, SEXP s_off_cap);
SEXP ctr_api_ctrend_design_matrix(SEXP s_d, SEXP s_first, SEXP s_rows, SEXP s_off_cap)
{
    static const char FN[] = "ctrend_design_matrix";
    (void)FN;
    int nprot = 0;
    const ctrend_design * a_d = (const ctrend_design *)api_handle(s_d, "ctrend_design", FN, "d", 0);
    size_t a_first = (size_t)api_whole(s_first, FN, "first", 0.0, 9007199254740992.0);
    size_t a_rows = (size_t)api_whole(s_rows, FN, "rows", 0.0, 9007199254740992.0);
    size_t a_off_cap = (size_t)api_whole(s_off_cap, FN, "off_cap", 0.0, 9007199254740992.0);
    size_t a_cap = 0;
    size_t a_needed = 0;
    int q = ctrend_design_matrix(a_d, a_first, a_rows, NULL, a_cap, NULL, a_off_cap, &a_needed);
    if (q != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(q), "", 0, NULL, NULL);
    }
    a_cap = a_needed;
    SEXP o_out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)a_cap));
    ++nprot;
    double *a_out = REAL(o_out);
    SEXP o_off = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)(size_t)(a_off_cap)));
    ++nprot;
    double *a_off = REAL(o_off);
    int r = ctrend_design_matrix(a_d, a_first, a_rows, a_out, a_cap, a_off, a_off_cap, &a_needed);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out, o_off};
    static const char *const names[] = {"out", "off"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_design_set_exposure(SEXP s_d, SEXP s_exposure);
SEXP ctr_api_ctrend_design_set_exposure(SEXP s_d, SEXP s_exposure)
{
    static const char FN[] = "ctrend_design_set_exposure";
    (void)FN;
    int nprot = 0;
    SEXP v_exposure = PROTECT(api_dblvec(s_exposure, FN, "exposure", 0));
    ++nprot;
    size_t a_n = (size_t)XLENGTH(v_exposure);
    ctrend_design * a_d = (ctrend_design *)api_handle(s_d, "ctrend_design", FN, "d", 0);
    const double *a_exposure = v_exposure == R_NilValue ? NULL : REAL(v_exposure);
    ctrend_error a_err;
    ctrend_error_clear(&a_err);
    int r = ctrend_design_set_exposure(a_d, a_exposure, a_n, &a_err);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), api_error_text(&a_err), 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_err = PROTECT(api_error_list(&a_err));
    ++nprot;
    const SEXP outs[] = {o_err};
    static const char *const names[] = {"err"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_model_opts_new(void);
SEXP ctr_api_ctrend_model_opts_new(void)
{
    static const char FN[] = "ctrend_model_opts_new";
    (void)FN;
    int nprot = 0;
    ctrend_model_opts * a_out = NULL;
    int r = ctrend_model_opts_new(&a_out);
    if (r != CTREND_OK && a_out) {
        SEXP m = PROTECT(Rf_mkString(ctrend_model_opts_errmsg(a_out)));
        ctrend_model_opts_free(a_out);
        UNPROTECT(nprot + 1);
        return api_result(Rf_ScalarInteger(r), CHAR(STRING_ELT(m, 0)), 0, NULL, NULL);
    }
    SEXP o_out = PROTECT(a_out ? api_wrap(a_out, "ctrend_model_opts", api_fin_ctrend_model_opts, R_NilValue) : R_NilValue);
    ++nprot;
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_model_opts_free(SEXP s_o);
SEXP ctr_api_ctrend_model_opts_free(SEXP s_o)
{
    static const char FN[] = "ctrend_model_opts_free";
    (void)FN;
    int nprot = 0;
    ctrend_model_opts * a_o = (ctrend_model_opts *)api_handle(s_o, "ctrend_model_opts", FN, "o", 1);
    ctrend_model_opts_free(a_o);
    if (s_o != R_NilValue) R_ClearExternalPtr(s_o);
    UNPROTECT(nprot);
    return R_NilValue;
}

SEXP ctr_api_ctrend_model_opts_set_double(SEXP s_o, SEXP s_opt, SEXP s_value);
SEXP ctr_api_ctrend_model_opts_set_double(SEXP s_o, SEXP s_opt, SEXP s_value)
{
    static const char FN[] = "ctrend_model_opts_set_double";
    (void)FN;
    int nprot = 0;
    ctrend_model_opts * a_o = (ctrend_model_opts *)api_handle(s_o, "ctrend_model_opts", FN, "o", 0);
    int a_opt = (int)api_oneof(s_opt, FN, "opt", api_enum_ctrend_model_opt, 12);
    double a_value = api_num(s_value, FN, "value");
    int r = ctrend_model_opts_set_double(a_o, a_opt, a_value);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_o ? ctrend_model_opts_errmsg(a_o) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_model_opts_set_int(SEXP s_o, SEXP s_opt, SEXP s_value);
SEXP ctr_api_ctrend_model_opts_set_int(SEXP s_o, SEXP s_opt, SEXP s_value)
{
    static const char FN[] = "ctrend_model_opts_set_int";
    (void)FN;
    int nprot = 0;
    ctrend_model_opts * a_o = (ctrend_model_opts *)api_handle(s_o, "ctrend_model_opts", FN, "o", 0);
    int a_opt = (int)api_oneof(s_opt, FN, "opt", api_enum_ctrend_model_opt, 12);
    int64_t a_value = (int64_t)api_whole(s_value, FN, "value", -9007199254740992.0, 9007199254740992.0);
    int r = ctrend_model_opts_set_int(a_o, a_opt, a_value);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_o ? ctrend_model_opts_errmsg(a_o) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_model_opts_bounds(SEXP s_opt);
SEXP ctr_api_ctrend_model_opts_bounds(SEXP s_opt)
{
    static const char FN[] = "ctrend_model_opts_bounds";
    (void)FN;
    int nprot = 0;
    int a_opt = (int)api_oneof(s_opt, FN, "opt", api_enum_ctrend_model_opt, 12);
    double a_lo = 0;
    double a_hi = 0;
    int r = ctrend_model_opts_bounds(a_opt, &a_lo, &a_hi);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_lo = PROTECT(Rf_ScalarReal((double)a_lo));
    ++nprot;
    SEXP o_hi = PROTECT(Rf_ScalarReal((double)a_hi));
    ++nprot;
    const SEXP outs[] = {o_lo, o_hi};
    static const char *const names[] = {"lo", "hi"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_model_opts_get(SEXP s_o, SEXP s_opt);
SEXP ctr_api_ctrend_model_opts_get(SEXP s_o, SEXP s_opt)
{
    static const char FN[] = "ctrend_model_opts_get";
    (void)FN;
    int nprot = 0;
    const ctrend_model_opts * a_o = (const ctrend_model_opts *)api_handle(s_o, "ctrend_model_opts", FN, "o", 0);
    int a_opt = (int)api_oneof(s_opt, FN, "opt", api_enum_ctrend_model_opt, 12);
    double a_value = 0;
    int r = ctrend_model_opts_get(a_o, a_opt, &a_value);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_o ? ctrend_model_opts_errmsg(a_o) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_value = PROTECT(Rf_ScalarReal((double)a_value));
    ++nprot;
    const SEXP outs[] = {o_value};
    static const char *const names[] = {"value"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_model_opts_cancel(SEXP s_o);
SEXP ctr_api_ctrend_model_opts_cancel(SEXP s_o)
{
    static const char FN[] = "ctrend_model_opts_cancel";
    (void)FN;
    int nprot = 0;
    ctrend_model_opts * a_o = (ctrend_model_opts *)api_handle(s_o, "ctrend_model_opts", FN, "o", 1);
    ctrend_model_opts_cancel(a_o);
    SEXP val = PROTECT(R_NilValue);
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_model_opts_reset(SEXP s_o);
SEXP ctr_api_ctrend_model_opts_reset(SEXP s_o)
{
    static const char FN[] = "ctrend_model_opts_reset";
    (void)FN;
    int nprot = 0;
    ctrend_model_opts * a_o = (ctrend_model_opts *)api_handle(s_o, "ctrend_model_opts", FN, "o", 1);
    ctrend_model_opts_reset(a_o);
    SEXP val = PROTECT(R_NilValue);
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_model_opts_cancelled(SEXP s_o);
SEXP ctr_api_ctrend_model_opts_cancelled(SEXP s_o)
{
    static const char FN[] = "ctrend_model_opts_cancelled";
    (void)FN;
    int nprot = 0;
    const ctrend_model_opts * a_o = (const ctrend_model_opts *)api_handle(s_o, "ctrend_model_opts", FN, "o", 1);
    int r = ctrend_model_opts_cancelled(a_o);
    SEXP val = PROTECT(Rf_ScalarInteger((int)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_model_opts_progress(SEXP s_o);
SEXP ctr_api_ctrend_model_opts_progress(SEXP s_o)
{
    static const char FN[] = "ctrend_model_opts_progress";
    (void)FN;
    int nprot = 0;
    const ctrend_model_opts * a_o = (const ctrend_model_opts *)api_handle(s_o, "ctrend_model_opts", FN, "o", 0);
    size_t a_done = 0;
    size_t a_total = 0;
    int r = ctrend_model_opts_progress(a_o, &a_done, &a_total);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_o ? ctrend_model_opts_errmsg(a_o) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_done = PROTECT(Rf_ScalarReal((double)a_done));
    ++nprot;
    SEXP o_total = PROTECT(Rf_ScalarReal((double)a_total));
    ++nprot;
    const SEXP outs[] = {o_done, o_total};
    static const char *const names[] = {"done", "total"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_model_opts_errmsg(SEXP s_o);
SEXP ctr_api_ctrend_model_opts_errmsg(SEXP s_o)
{
    static const char FN[] = "ctrend_model_opts_errmsg";
    (void)FN;
    int nprot = 0;
    const ctrend_model_opts * a_o = (const ctrend_model_opts *)api_handle(s_o, "ctrend_model_opts", FN, "o", 0);
    const char * r = ctrend_model_opts_errmsg(a_o);
    SEXP val = PROTECT(api_string(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_model_fit(SEXP s_opts, SEXP s_family, SEXP s_d, SEXP s_y);
SEXP ctr_api_ctrend_model_fit(SEXP s_opts, SEXP s_family, SEXP s_d, SEXP s_y)
{
    static const char FN[] = "ctrend_model_fit";
    (void)FN;
    int nprot = 0;
    SEXP v_y = PROTECT(api_dblvec(s_y, FN, "y", 0));
    ++nprot;
    size_t a_n = (size_t)XLENGTH(v_y);
    const ctrend_model_opts * a_opts = (const ctrend_model_opts *)api_handle(s_opts, "ctrend_model_opts", FN, "opts", 1);
    int a_family = (int)api_oneof(s_family, FN, "family", api_enum_ctrend_family, 4);
    const ctrend_design * a_d = (const ctrend_design *)api_handle(s_d, "ctrend_design", FN, "d", 0);
    const double *a_y = v_y == R_NilValue ? NULL : REAL(v_y);
    ctrend_model * a_out = NULL;
    ctrend_error a_err;
    ctrend_error_clear(&a_err);
    int r = ctrend_model_fit(a_opts, a_family, a_d, a_y, a_n, &a_out, &a_err);
    if (r != CTREND_OK && a_out) {
        SEXP m = PROTECT(Rf_mkString(""));
        ctrend_model_free(a_out);
        UNPROTECT(nprot + 1);
        return api_result(Rf_ScalarInteger(r), CHAR(STRING_ELT(m, 0)), 0, NULL, NULL);
    }
    SEXP o_out = PROTECT(a_out ? api_wrap(a_out, "ctrend_model", api_fin_ctrend_model, R_NilValue) : R_NilValue);
    ++nprot;
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), api_error_text(&a_err), 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_err = PROTECT(api_error_list(&a_err));
    ++nprot;
    const SEXP outs[] = {o_out, o_err};
    static const char *const names[] = {"out", "err"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_model_free(SEXP s_m);
SEXP ctr_api_ctrend_model_free(SEXP s_m)
{
    static const char FN[] = "ctrend_model_free";
    (void)FN;
    int nprot = 0;
    ctrend_model * a_m = (ctrend_model *)api_handle(s_m, "ctrend_model", FN, "m", 1);
    ctrend_model_free(a_m);
    if (s_m != R_NilValue) R_ClearExternalPtr(s_m);
    UNPROTECT(nprot);
    return R_NilValue;
}

SEXP ctr_api_ctrend_model_family(SEXP s_m);
SEXP ctr_api_ctrend_model_family(SEXP s_m)
{
    static const char FN[] = "ctrend_model_family";
    (void)FN;
    int nprot = 0;
    const ctrend_model * a_m = (const ctrend_model *)api_handle(s_m, "ctrend_model", FN, "m", 0);
    int a_family = 0;
    int r = ctrend_model_family(a_m, &a_family);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_family = PROTECT(Rf_ScalarInteger((int)a_family));
    ++nprot;
    const SEXP outs[] = {o_family};
    static const char *const names[] = {"family"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_model_ncoef(SEXP s_m);
SEXP ctr_api_ctrend_model_ncoef(SEXP s_m)
{
    static const char FN[] = "ctrend_model_ncoef";
    (void)FN;
    int nprot = 0;
    const ctrend_model * a_m = (const ctrend_model *)api_handle(s_m, "ctrend_model", FN, "m", 0);
    size_t r = ctrend_model_ncoef(a_m);
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_model_nrow(SEXP s_m);
SEXP ctr_api_ctrend_model_nrow(SEXP s_m)
{
    static const char FN[] = "ctrend_model_nrow";
    (void)FN;
    int nprot = 0;
    const ctrend_model * a_m = (const ctrend_model *)api_handle(s_m, "ctrend_model", FN, "m", 0);
    size_t r = ctrend_model_nrow(a_m);
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_model_coef_name(SEXP s_m, SEXP s_j);
SEXP ctr_api_ctrend_model_coef_name(SEXP s_m, SEXP s_j)
{
    static const char FN[] = "ctrend_model_coef_name";
    (void)FN;
    int nprot = 0;
    const ctrend_model * a_m = (const ctrend_model *)api_handle(s_m, "ctrend_model", FN, "m", 0);
    size_t a_j = (size_t)api_whole(s_j, FN, "j", 0.0, 9007199254740992.0);
    const char *a_name = NULL;
    int r = ctrend_model_coef_name(a_m, a_j, &a_name);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_name = PROTECT(api_string(a_name));
    ++nprot;
    const SEXP outs[] = {o_name};
    static const char *const names[] = {"name"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_model_design(SEXP s_m);
SEXP ctr_api_ctrend_model_design(SEXP s_m)
{
    static const char FN[] = "ctrend_model_design";
    (void)FN;
    int nprot = 0;
    const ctrend_model * a_m = (const ctrend_model *)api_handle(s_m, "ctrend_model", FN, "m", 0);
    const ctrend_design * r = ctrend_model_design(a_m);
    SEXP val = PROTECT(r ? api_wrap((void *)r, "ctrend_design", NULL, s_m) : R_NilValue);
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_model_vector(SEXP s_m, SEXP s_which);
SEXP ctr_api_ctrend_model_vector(SEXP s_m, SEXP s_which)
{
    static const char FN[] = "ctrend_model_vector";
    (void)FN;
    int nprot = 0;
    const ctrend_model * a_m = (const ctrend_model *)api_handle(s_m, "ctrend_model", FN, "m", 0);
    int a_which = (int)api_oneof(s_which, FN, "which", api_enum_ctrend_model_vec, 15);
    size_t a_cap = 0;
    size_t a_needed = 0;
    int q = ctrend_model_vector(a_m, a_which, NULL, a_cap, &a_needed);
    if (q != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(q), "", 0, NULL, NULL);
    }
    a_cap = a_needed;
    SEXP o_out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)a_cap));
    ++nprot;
    double *a_out = REAL(o_out);
    int r = ctrend_model_vector(a_m, a_which, a_out, a_cap, &a_needed);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_model_scalar(SEXP s_m, SEXP s_which);
SEXP ctr_api_ctrend_model_scalar(SEXP s_m, SEXP s_which)
{
    static const char FN[] = "ctrend_model_scalar";
    (void)FN;
    int nprot = 0;
    const ctrend_model * a_m = (const ctrend_model *)api_handle(s_m, "ctrend_model", FN, "m", 0);
    int a_which = (int)api_oneof(s_which, FN, "which", api_enum_ctrend_model_sca, 31);
    double a_value = 0;
    int r = ctrend_model_scalar(a_m, a_which, &a_value);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_value = PROTECT(Rf_ScalarReal((double)a_value));
    ++nprot;
    const SEXP outs[] = {o_value};
    static const char *const names[] = {"value"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_breaks_fit(SEXP s_opts, SEXP s_family, SEXP s_d, SEXP s_y, SEXP s_kind);
SEXP ctr_api_ctrend_breaks_fit(SEXP s_opts, SEXP s_family, SEXP s_d, SEXP s_y, SEXP s_kind)
{
    static const char FN[] = "ctrend_breaks_fit";
    (void)FN;
    int nprot = 0;
    SEXP v_y = PROTECT(api_dblvec(s_y, FN, "y", 0));
    ++nprot;
    size_t a_n = (size_t)XLENGTH(v_y);
    ctrend_model_opts * a_opts = (ctrend_model_opts *)api_handle(s_opts, "ctrend_model_opts", FN, "opts", 1);
    int a_family = (int)api_oneof(s_family, FN, "family", api_enum_ctrend_family, 4);
    const ctrend_design * a_d = (const ctrend_design *)api_handle(s_d, "ctrend_design", FN, "d", 0);
    int a_kind = (int)api_oneof(s_kind, FN, "kind", api_enum_ctrend_break_kind, 2);
    const double *a_y = v_y == R_NilValue ? NULL : REAL(v_y);
    ctrend_breaks * a_out = NULL;
    ctrend_error a_err;
    ctrend_error_clear(&a_err);
    int r = ctrend_breaks_fit(a_opts, a_family, a_d, a_y, a_n, a_kind, &a_out, &a_err);
    if (r != CTREND_OK && a_out) {
        SEXP m = PROTECT(Rf_mkString(""));
        ctrend_breaks_free(a_out);
        UNPROTECT(nprot + 1);
        return api_result(Rf_ScalarInteger(r), CHAR(STRING_ELT(m, 0)), 0, NULL, NULL);
    }
    SEXP o_out = PROTECT(a_out ? api_wrap(a_out, "ctrend_breaks", api_fin_ctrend_breaks, R_NilValue) : R_NilValue);
    ++nprot;
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), api_error_text(&a_err), 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_err = PROTECT(api_error_list(&a_err));
    ++nprot;
    const SEXP outs[] = {o_out, o_err};
    static const char *const names[] = {"out", "err"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_breaks_free(SEXP s_b);
SEXP ctr_api_ctrend_breaks_free(SEXP s_b)
{
    static const char FN[] = "ctrend_breaks_free";
    (void)FN;
    int nprot = 0;
    ctrend_breaks * a_b = (ctrend_breaks *)api_handle(s_b, "ctrend_breaks", FN, "b", 1);
    ctrend_breaks_free(a_b);
    if (s_b != R_NilValue) R_ClearExternalPtr(s_b);
    UNPROTECT(nprot);
    return R_NilValue;
}

SEXP ctr_api_ctrend_breaks_month(SEXP s_b);
SEXP ctr_api_ctrend_breaks_month(SEXP s_b)
{
    static const char FN[] = "ctrend_breaks_month";
    (void)FN;
    int nprot = 0;
    const ctrend_breaks * a_b = (const ctrend_breaks *)api_handle(s_b, "ctrend_breaks", FN, "b", 0);
    int32_t a_month = 0;
    int r = ctrend_breaks_month(a_b, &a_month);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_month = PROTECT(Rf_ScalarInteger((int)a_month));
    ++nprot;
    const SEXP outs[] = {o_month};
    static const char *const names[] = {"month"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_breaks_scalar(SEXP s_b, SEXP s_which);
SEXP ctr_api_ctrend_breaks_scalar(SEXP s_b, SEXP s_which)
{
    static const char FN[] = "ctrend_breaks_scalar";
    (void)FN;
    int nprot = 0;
    const ctrend_breaks * a_b = (const ctrend_breaks *)api_handle(s_b, "ctrend_breaks", FN, "b", 0);
    int a_which = (int)api_oneof(s_which, FN, "which", api_enum_ctrend_breaks_sca, 6);
    double a_value = 0;
    int r = ctrend_breaks_scalar(a_b, a_which, &a_value);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_value = PROTECT(Rf_ScalarReal((double)a_value));
    ++nprot;
    const SEXP outs[] = {o_value};
    static const char *const names[] = {"value"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_breaks_profile(SEXP s_b);
SEXP ctr_api_ctrend_breaks_profile(SEXP s_b)
{
    static const char FN[] = "ctrend_breaks_profile";
    (void)FN;
    int nprot = 0;
    const ctrend_breaks * a_b = (const ctrend_breaks *)api_handle(s_b, "ctrend_breaks", FN, "b", 0);
    size_t a_cap = 0;
    size_t a_needed = 0;
    int q = ctrend_breaks_profile(a_b, NULL, a_cap, &a_needed);
    if (q != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(q), "", 0, NULL, NULL);
    }
    a_cap = a_needed;
    SEXP o_out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)a_cap));
    ++nprot;
    double *a_out = REAL(o_out);
    int r = ctrend_breaks_profile(a_b, a_out, a_cap, &a_needed);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_breaks_max_work(void);
SEXP ctr_api_ctrend_breaks_max_work(void)
{
    static const char FN[] = "ctrend_breaks_max_work";
    (void)FN;
    int nprot = 0;
    double r = ctrend_breaks_max_work();
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_model_predict(SEXP s_m, SEXP s_d, SEXP s_kind, SEXP s_level);
SEXP ctr_api_ctrend_model_predict(SEXP s_m, SEXP s_d, SEXP s_kind, SEXP s_level)
{
    static const char FN[] = "ctrend_model_predict";
    (void)FN;
    int nprot = 0;
    const ctrend_model * a_m = (const ctrend_model *)api_handle(s_m, "ctrend_model", FN, "m", 0);
    const ctrend_design * a_d = (const ctrend_design *)api_handle(s_d, "ctrend_design", FN, "d", 1);
    int a_kind = (int)api_oneof(s_kind, FN, "kind", api_enum_ctrend_predict_kind, 2);
    double a_level = api_real(s_level, FN, "level", 0.0, 1.0, 1, 1);
    size_t a_cap = 0;
    size_t a_needed = 0;
    int q = ctrend_model_predict(a_m, a_d, a_kind, a_level, NULL, a_cap, &a_needed);
    if (q != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(q), "", 0, NULL, NULL);
    }
    a_cap = a_needed;
    SEXP o_out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)a_cap));
    ++nprot;
    double *a_out = REAL(o_out);
    int r = ctrend_model_predict(a_m, a_d, a_kind, a_level, a_out, a_cap, &a_needed);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_forecast_new(SEXP s_m, SEXP s_h, SEXP s_n_sims, SEXP s_seed);
SEXP ctr_api_ctrend_forecast_new(SEXP s_m, SEXP s_h, SEXP s_n_sims, SEXP s_seed)
{
    static const char FN[] = "ctrend_forecast_new";
    (void)FN;
    int nprot = 0;
    const ctrend_model * a_m = (const ctrend_model *)api_handle(s_m, "ctrend_model", FN, "m", 0);
    size_t a_h = (size_t)api_whole(s_h, FN, "h", 1.0, 9007199254740992.0);
    size_t a_n_sims = (size_t)api_whole(s_n_sims, FN, "n_sims", 0.0, 9007199254740992.0);
    uint64_t a_seed = (uint64_t)api_whole(s_seed, FN, "seed", 0.0, 9007199254740992.0);
    ctrend_forecast * a_out = NULL;
    ctrend_error a_err;
    ctrend_error_clear(&a_err);
    int r = ctrend_forecast_new(a_m, a_h, a_n_sims, a_seed, &a_out, &a_err);
    if (r != CTREND_OK && a_out) {
        SEXP m = PROTECT(Rf_mkString(""));
        ctrend_forecast_free(a_out);
        UNPROTECT(nprot + 1);
        return api_result(Rf_ScalarInteger(r), CHAR(STRING_ELT(m, 0)), 0, NULL, NULL);
    }
    SEXP o_out = PROTECT(a_out ? api_wrap(a_out, "ctrend_forecast", api_fin_ctrend_forecast, R_NilValue) : R_NilValue);
    ++nprot;
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), api_error_text(&a_err), 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_err = PROTECT(api_error_list(&a_err));
    ++nprot;
    const SEXP outs[] = {o_out, o_err};
    static const char *const names[] = {"out", "err"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_forecast_new_v2(SEXP s_opts, SEXP s_m, SEXP s_h, SEXP s_n_sims, SEXP s_seed);
SEXP ctr_api_ctrend_forecast_new_v2(SEXP s_opts, SEXP s_m, SEXP s_h, SEXP s_n_sims, SEXP s_seed)
{
    static const char FN[] = "ctrend_forecast_new_v2";
    (void)FN;
    int nprot = 0;
    const ctrend_model_opts * a_opts = (const ctrend_model_opts *)api_handle(s_opts, "ctrend_model_opts", FN, "opts", 1);
    const ctrend_model * a_m = (const ctrend_model *)api_handle(s_m, "ctrend_model", FN, "m", 0);
    size_t a_h = (size_t)api_whole(s_h, FN, "h", 1.0, 9007199254740992.0);
    size_t a_n_sims = (size_t)api_whole(s_n_sims, FN, "n_sims", 0.0, 9007199254740992.0);
    uint64_t a_seed = (uint64_t)api_whole(s_seed, FN, "seed", 0.0, 9007199254740992.0);
    ctrend_forecast * a_out = NULL;
    ctrend_error a_err;
    ctrend_error_clear(&a_err);
    int r = ctrend_forecast_new_v2(a_opts, a_m, a_h, a_n_sims, a_seed, &a_out, &a_err);
    if (r != CTREND_OK && a_out) {
        SEXP m = PROTECT(Rf_mkString(""));
        ctrend_forecast_free(a_out);
        UNPROTECT(nprot + 1);
        return api_result(Rf_ScalarInteger(r), CHAR(STRING_ELT(m, 0)), 0, NULL, NULL);
    }
    SEXP o_out = PROTECT(a_out ? api_wrap(a_out, "ctrend_forecast", api_fin_ctrend_forecast, R_NilValue) : R_NilValue);
    ++nprot;
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), api_error_text(&a_err), 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_err = PROTECT(api_error_list(&a_err));
    ++nprot;
    const SEXP outs[] = {o_out, o_err};
    static const char *const names[] = {"out", "err"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_forecast_free(SEXP s_f);
SEXP ctr_api_ctrend_forecast_free(SEXP s_f)
{
    static const char FN[] = "ctrend_forecast_free";
    (void)FN;
    int nprot = 0;
    ctrend_forecast * a_f = (ctrend_forecast *)api_handle(s_f, "ctrend_forecast", FN, "f", 1);
    ctrend_forecast_free(a_f);
    if (s_f != R_NilValue) R_ClearExternalPtr(s_f);
    UNPROTECT(nprot);
    return R_NilValue;
}

SEXP ctr_api_ctrend_forecast_horizon(SEXP s_f);
SEXP ctr_api_ctrend_forecast_horizon(SEXP s_f)
{
    static const char FN[] = "ctrend_forecast_horizon";
    (void)FN;
    int nprot = 0;
    const ctrend_forecast * a_f = (const ctrend_forecast *)api_handle(s_f, "ctrend_forecast", FN, "f", 0);
    size_t r = ctrend_forecast_horizon(a_f);
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_forecast_n_sims(SEXP s_f);
SEXP ctr_api_ctrend_forecast_n_sims(SEXP s_f)
{
    static const char FN[] = "ctrend_forecast_n_sims";
    (void)FN;
    int nprot = 0;
    const ctrend_forecast * a_f = (const ctrend_forecast *)api_handle(s_f, "ctrend_forecast", FN, "f", 0);
    size_t r = ctrend_forecast_n_sims(a_f);
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_forecast_month(SEXP s_f, SEXP s_i);
SEXP ctr_api_ctrend_forecast_month(SEXP s_f, SEXP s_i)
{
    static const char FN[] = "ctrend_forecast_month";
    (void)FN;
    int nprot = 0;
    const ctrend_forecast * a_f = (const ctrend_forecast *)api_handle(s_f, "ctrend_forecast", FN, "f", 0);
    size_t a_i = (size_t)api_whole(s_i, FN, "i", 0.0, 9007199254740992.0);
    int32_t a_month = 0;
    int r = ctrend_forecast_month(a_f, a_i, &a_month);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_month = PROTECT(Rf_ScalarInteger((int)a_month));
    ++nprot;
    const SEXP outs[] = {o_month};
    static const char *const names[] = {"month"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_forecast_vector(SEXP s_f, SEXP s_which);
SEXP ctr_api_ctrend_forecast_vector(SEXP s_f, SEXP s_which)
{
    static const char FN[] = "ctrend_forecast_vector";
    (void)FN;
    int nprot = 0;
    const ctrend_forecast * a_f = (const ctrend_forecast *)api_handle(s_f, "ctrend_forecast", FN, "f", 0);
    int a_which = (int)api_oneof(s_which, FN, "which", api_enum_ctrend_forecast_vec, 4);
    size_t a_cap = 0;
    size_t a_needed = 0;
    int q = ctrend_forecast_vector(a_f, a_which, NULL, a_cap, &a_needed);
    if (q != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(q), "", 0, NULL, NULL);
    }
    a_cap = a_needed;
    SEXP o_out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)a_cap));
    ++nprot;
    double *a_out = REAL(o_out);
    int r = ctrend_forecast_vector(a_f, a_which, a_out, a_cap, &a_needed);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_forecast_interval(SEXP s_f, SEXP s_kind, SEXP s_level);
SEXP ctr_api_ctrend_forecast_interval(SEXP s_f, SEXP s_kind, SEXP s_level)
{
    static const char FN[] = "ctrend_forecast_interval";
    (void)FN;
    int nprot = 0;
    const ctrend_forecast * a_f = (const ctrend_forecast *)api_handle(s_f, "ctrend_forecast", FN, "f", 0);
    int a_kind = (int)api_oneof(s_kind, FN, "kind", api_enum_ctrend_interval_kind, 3);
    double a_level = api_real(s_level, FN, "level", 0.0, 1.0, 1, 1);
    size_t a_cap = 0;
    size_t a_needed = 0;
    int q = ctrend_forecast_interval(a_f, a_kind, a_level, NULL, NULL, a_cap, &a_needed);
    if (q != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(q), "", 0, NULL, NULL);
    }
    a_cap = a_needed;
    a_cap = a_needed;
    SEXP o_lo = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)a_cap));
    ++nprot;
    double *a_lo = REAL(o_lo);
    SEXP o_hi = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)a_cap));
    ++nprot;
    double *a_hi = REAL(o_hi);
    int r = ctrend_forecast_interval(a_f, a_kind, a_level, a_lo, a_hi, a_cap, &a_needed);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_lo, o_hi};
    static const char *const names[] = {"lo", "hi"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_forecast_quantile(SEXP s_f, SEXP s_kind, SEXP s_prob);
SEXP ctr_api_ctrend_forecast_quantile(SEXP s_f, SEXP s_kind, SEXP s_prob)
{
    static const char FN[] = "ctrend_forecast_quantile";
    (void)FN;
    int nprot = 0;
    const ctrend_forecast * a_f = (const ctrend_forecast *)api_handle(s_f, "ctrend_forecast", FN, "f", 0);
    int a_kind = (int)api_oneof(s_kind, FN, "kind", api_enum_ctrend_interval_kind, 3);
    double a_prob = api_real(s_prob, FN, "prob", 0.0, 1.0, 1, 1);
    size_t a_cap = 0;
    size_t a_needed = 0;
    int q = ctrend_forecast_quantile(a_f, a_kind, a_prob, NULL, a_cap, &a_needed);
    if (q != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(q), "", 0, NULL, NULL);
    }
    a_cap = a_needed;
    SEXP o_out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)a_cap));
    ++nprot;
    double *a_out = REAL(o_out);
    int r = ctrend_forecast_quantile(a_f, a_kind, a_prob, a_out, a_cap, &a_needed);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_forecast_samples(SEXP s_f);
SEXP ctr_api_ctrend_forecast_samples(SEXP s_f)
{
    static const char FN[] = "ctrend_forecast_samples";
    (void)FN;
    int nprot = 0;
    const ctrend_forecast * a_f = (const ctrend_forecast *)api_handle(s_f, "ctrend_forecast", FN, "f", 0);
    size_t a_cap = 0;
    size_t a_needed = 0;
    int q = ctrend_forecast_samples(a_f, NULL, a_cap, &a_needed);
    if (q != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(q), "", 0, NULL, NULL);
    }
    a_cap = a_needed;
    SEXP o_out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)a_cap));
    ++nprot;
    double *a_out = REAL(o_out);
    int r = ctrend_forecast_samples(a_f, a_out, a_cap, &a_needed);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_forecast_max_horizon(void);
SEXP ctr_api_ctrend_forecast_max_horizon(void)
{
    static const char FN[] = "ctrend_forecast_max_horizon";
    (void)FN;
    int nprot = 0;
    size_t r = ctrend_forecast_max_horizon();
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_forecast_max_draws(void);
SEXP ctr_api_ctrend_forecast_max_draws(void)
{
    static const char FN[] = "ctrend_forecast_max_draws";
    (void)FN;
    int nprot = 0;
    double r = ctrend_forecast_max_draws();
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_forecast_max_mean(void);
SEXP ctr_api_ctrend_forecast_max_mean(void)
{
    static const char FN[] = "ctrend_forecast_max_mean";
    (void)FN;
    int nprot = 0;
    double r = ctrend_forecast_max_mean();
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_exact_poisson_ci(SEXP s_x, SEXP s_t, SEXP s_level);
SEXP ctr_api_ctrend_exact_poisson_ci(SEXP s_x, SEXP s_t, SEXP s_level)
{
    static const char FN[] = "ctrend_exact_poisson_ci";
    (void)FN;
    int nprot = 0;
    double a_x = api_real(s_x, FN, "x", 0.0, 4294967295.0, 0, 0);
    double a_t = api_real(s_t, FN, "t", 0.0, 1.7976931348623157e+308, 1, 0);
    double a_level = api_real(s_level, FN, "level", 0.0, 1.0, 1, 1);
    ctrend_exact_result a_out;
    memset(&a_out, 0, sizeof a_out);
    int r = ctrend_exact_poisson_ci(a_x, a_t, a_level, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(api_rec_out_ctrend_exact_result(&a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_exact_poisson_ci_midp(SEXP s_x, SEXP s_t, SEXP s_level);
SEXP ctr_api_ctrend_exact_poisson_ci_midp(SEXP s_x, SEXP s_t, SEXP s_level)
{
    static const char FN[] = "ctrend_exact_poisson_ci_midp";
    (void)FN;
    int nprot = 0;
    double a_x = api_real(s_x, FN, "x", 0.0, 4294967295.0, 0, 0);
    double a_t = api_real(s_t, FN, "t", 0.0, 1.7976931348623157e+308, 1, 0);
    double a_level = api_real(s_level, FN, "level", 0.0, 1.0, 1, 1);
    ctrend_exact_result a_out;
    memset(&a_out, 0, sizeof a_out);
    int r = ctrend_exact_poisson_ci_midp(a_x, a_t, a_level, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(api_rec_out_ctrend_exact_result(&a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_exact_poisson_test(SEXP s_x, SEXP s_t, SEXP s_test);
SEXP ctr_api_ctrend_exact_poisson_test(SEXP s_x, SEXP s_t, SEXP s_test)
{
    static const char FN[] = "ctrend_exact_poisson_test";
    (void)FN;
    int nprot = 0;
    double a_x = api_real(s_x, FN, "x", 0.0, 4294967295.0, 0, 0);
    double a_t = api_real(s_t, FN, "t", 0.0, 1.7976931348623157e+308, 1, 0);
    ctrend_exact_test b_test;
    const ctrend_exact_test *a_test = api_rec_in_ctrend_exact_test(s_test, &b_test, FN, "test", 1);
    ctrend_exact_result a_out;
    memset(&a_out, 0, sizeof a_out);
    int r = ctrend_exact_poisson_test(a_x, a_t, a_test, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(api_rec_out_ctrend_exact_result(&a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_exact_rate_ratio(SEXP s_x1, SEXP s_t1, SEXP s_x2, SEXP s_t2, SEXP s_test);
SEXP ctr_api_ctrend_exact_rate_ratio(SEXP s_x1, SEXP s_t1, SEXP s_x2, SEXP s_t2, SEXP s_test)
{
    static const char FN[] = "ctrend_exact_rate_ratio";
    (void)FN;
    int nprot = 0;
    double a_x1 = api_real(s_x1, FN, "x1", 0.0, 4294967295.0, 0, 0);
    double a_t1 = api_real(s_t1, FN, "t1", 0.0, 1.7976931348623157e+308, 1, 0);
    double a_x2 = api_real(s_x2, FN, "x2", 0.0, 4294967295.0, 0, 0);
    double a_t2 = api_real(s_t2, FN, "t2", 0.0, 1.7976931348623157e+308, 1, 0);
    ctrend_exact_test b_test;
    const ctrend_exact_test *a_test = api_rec_in_ctrend_exact_test(s_test, &b_test, FN, "test", 1);
    ctrend_exact_result a_out;
    memset(&a_out, 0, sizeof a_out);
    int r = ctrend_exact_rate_ratio(a_x1, a_t1, a_x2, a_t2, a_test, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(api_rec_out_ctrend_exact_result(&a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_exact_vs_previous(SEXP s_x, SEXP s_exposure, SEXP s_i, SEXP s_k, SEXP s_test);
SEXP ctr_api_ctrend_exact_vs_previous(SEXP s_x, SEXP s_exposure, SEXP s_i, SEXP s_k, SEXP s_test)
{
    static const char FN[] = "ctrend_exact_vs_previous";
    (void)FN;
    int nprot = 0;
    SEXP v_x = PROTECT(api_dblvec(s_x, FN, "x", 0));
    ++nprot;
    SEXP v_exposure = PROTECT(api_dblvec(s_exposure, FN, "exposure", 1));
    ++nprot;
    size_t a_n = (size_t)XLENGTH(v_x);
    size_t a_i = (size_t)api_whole(s_i, FN, "i", 0.0, 9007199254740992.0);
    size_t a_k = (size_t)api_whole(s_k, FN, "k", 1.0, 9007199254740992.0);
    ctrend_exact_test b_test;
    const ctrend_exact_test *a_test = api_rec_in_ctrend_exact_test(s_test, &b_test, FN, "test", 1);
    const double *a_x = v_x == R_NilValue ? NULL : REAL(v_x);
    api_need(v_exposure, (size_t)(a_n), FN, "exposure");
    const double *a_exposure = v_exposure == R_NilValue ? NULL : REAL(v_exposure);
    ctrend_exact_result a_out;
    memset(&a_out, 0, sizeof a_out);
    int r = ctrend_exact_vs_previous(a_x, a_exposure, a_n, a_i, a_k, a_test, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(api_rec_out_ctrend_exact_result(&a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_exact_period_ratio(SEXP s_a, SEXP s_exposure_a, SEXP s_b, SEXP s_exposure_b, SEXP s_test);
SEXP ctr_api_ctrend_exact_period_ratio(SEXP s_a, SEXP s_exposure_a, SEXP s_b, SEXP s_exposure_b, SEXP s_test)
{
    static const char FN[] = "ctrend_exact_period_ratio";
    (void)FN;
    int nprot = 0;
    SEXP v_a = PROTECT(api_dblvec(s_a, FN, "a", 0));
    ++nprot;
    SEXP v_exposure_a = PROTECT(api_dblvec(s_exposure_a, FN, "exposure_a", 1));
    ++nprot;
    SEXP v_b = PROTECT(api_dblvec(s_b, FN, "b", 0));
    ++nprot;
    SEXP v_exposure_b = PROTECT(api_dblvec(s_exposure_b, FN, "exposure_b", 1));
    ++nprot;
    size_t a_na = (size_t)XLENGTH(v_a);
    if (a_na < 1) api_fail(FN, "a", "must have length >= 1");
    size_t a_nb = (size_t)XLENGTH(v_b);
    if (a_nb < 1) api_fail(FN, "b", "must have length >= 1");
    ctrend_exact_test b_test;
    const ctrend_exact_test *a_test = api_rec_in_ctrend_exact_test(s_test, &b_test, FN, "test", 1);
    const double *a_a = v_a == R_NilValue ? NULL : REAL(v_a);
    api_need(v_exposure_a, (size_t)(a_na), FN, "exposure_a");
    const double *a_exposure_a = v_exposure_a == R_NilValue ? NULL : REAL(v_exposure_a);
    const double *a_b = v_b == R_NilValue ? NULL : REAL(v_b);
    api_need(v_exposure_b, (size_t)(a_nb), FN, "exposure_b");
    const double *a_exposure_b = v_exposure_b == R_NilValue ? NULL : REAL(v_exposure_b);
    ctrend_exact_result a_out;
    memset(&a_out, 0, sizeof a_out);
    int r = ctrend_exact_period_ratio(a_a, a_exposure_a, a_na, a_b, a_exposure_b, a_nb, a_test, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(api_rec_out_ctrend_exact_result(&a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_dist_dpois(SEXP s_x, SEXP s_lambda, SEXP s_give_log);
SEXP ctr_api_ctrend_dist_dpois(SEXP s_x, SEXP s_lambda, SEXP s_give_log)
{
    static const char FN[] = "ctrend_dist_dpois";
    (void)FN;
    int nprot = 0;
    double a_x = api_num(s_x, FN, "x");
    double a_lambda = api_real(s_lambda, FN, "lambda", 0.0, 1.7976931348623157e+308, 0, 0);
    static const double oneof_give_log[] = {0.0, 1.0};
    int a_give_log = (int)api_oneof(s_give_log, FN, "give_log", oneof_give_log, 2);
    double a_out = 0;
    int r = ctrend_dist_dpois(a_x, a_lambda, a_give_log, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarReal((double)a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_dist_ppois(SEXP s_q, SEXP s_lambda, SEXP s_lower_tail, SEXP s_log_p);
SEXP ctr_api_ctrend_dist_ppois(SEXP s_q, SEXP s_lambda, SEXP s_lower_tail, SEXP s_log_p)
{
    static const char FN[] = "ctrend_dist_ppois";
    (void)FN;
    int nprot = 0;
    double a_q = api_num(s_q, FN, "q");
    double a_lambda = api_real(s_lambda, FN, "lambda", 0.0, 1.7976931348623157e+308, 0, 0);
    static const double oneof_lower_tail[] = {0.0, 1.0};
    int a_lower_tail = (int)api_oneof(s_lower_tail, FN, "lower_tail", oneof_lower_tail, 2);
    static const double oneof_log_p[] = {0.0, 1.0};
    int a_log_p = (int)api_oneof(s_log_p, FN, "log_p", oneof_log_p, 2);
    double a_out = 0;
    int r = ctrend_dist_ppois(a_q, a_lambda, a_lower_tail, a_log_p, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarReal((double)a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_dist_qpois(SEXP s_p, SEXP s_lambda, SEXP s_lower_tail, SEXP s_log_p);
SEXP ctr_api_ctrend_dist_qpois(SEXP s_p, SEXP s_lambda, SEXP s_lower_tail, SEXP s_log_p)
{
    static const char FN[] = "ctrend_dist_qpois";
    (void)FN;
    int nprot = 0;
    double a_p = api_num(s_p, FN, "p");
    double a_lambda = api_real(s_lambda, FN, "lambda", 0.0, 1.7976931348623157e+308, 0, 0);
    static const double oneof_lower_tail[] = {0.0, 1.0};
    int a_lower_tail = (int)api_oneof(s_lower_tail, FN, "lower_tail", oneof_lower_tail, 2);
    static const double oneof_log_p[] = {0.0, 1.0};
    int a_log_p = (int)api_oneof(s_log_p, FN, "log_p", oneof_log_p, 2);
    double a_out = 0;
    int r = ctrend_dist_qpois(a_p, a_lambda, a_lower_tail, a_log_p, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarReal((double)a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_dist_dnbinom(SEXP s_x, SEXP s_size, SEXP s_prob, SEXP s_give_log);
SEXP ctr_api_ctrend_dist_dnbinom(SEXP s_x, SEXP s_size, SEXP s_prob, SEXP s_give_log)
{
    static const char FN[] = "ctrend_dist_dnbinom";
    (void)FN;
    int nprot = 0;
    double a_x = api_num(s_x, FN, "x");
    double a_size = api_real(s_size, FN, "size", 0.0, 1.7976931348623157e+308, 1, 0);
    double a_prob = api_real(s_prob, FN, "prob", 0.0, 1.0, 1, 0);
    static const double oneof_give_log[] = {0.0, 1.0};
    int a_give_log = (int)api_oneof(s_give_log, FN, "give_log", oneof_give_log, 2);
    double a_out = 0;
    int r = ctrend_dist_dnbinom(a_x, a_size, a_prob, a_give_log, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarReal((double)a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_dist_dnbinom_mu(SEXP s_x, SEXP s_size, SEXP s_mu, SEXP s_give_log);
SEXP ctr_api_ctrend_dist_dnbinom_mu(SEXP s_x, SEXP s_size, SEXP s_mu, SEXP s_give_log)
{
    static const char FN[] = "ctrend_dist_dnbinom_mu";
    (void)FN;
    int nprot = 0;
    double a_x = api_num(s_x, FN, "x");
    double a_size = api_real(s_size, FN, "size", 0.0, 1.7976931348623157e+308, 1, 0);
    double a_mu = api_real(s_mu, FN, "mu", 0.0, 1.7976931348623157e+308, 0, 0);
    static const double oneof_give_log[] = {0.0, 1.0};
    int a_give_log = (int)api_oneof(s_give_log, FN, "give_log", oneof_give_log, 2);
    double a_out = 0;
    int r = ctrend_dist_dnbinom_mu(a_x, a_size, a_mu, a_give_log, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarReal((double)a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_dist_pnbinom_mu(SEXP s_q, SEXP s_size, SEXP s_mu, SEXP s_lower_tail, SEXP s_log_p);
SEXP ctr_api_ctrend_dist_pnbinom_mu(SEXP s_q, SEXP s_size, SEXP s_mu, SEXP s_lower_tail, SEXP s_log_p)
{
    static const char FN[] = "ctrend_dist_pnbinom_mu";
    (void)FN;
    int nprot = 0;
    double a_q = api_num(s_q, FN, "q");
    double a_size = api_real(s_size, FN, "size", 0.0, 1.7976931348623157e+308, 1, 0);
    double a_mu = api_real(s_mu, FN, "mu", 0.0, 1.7976931348623157e+308, 0, 0);
    static const double oneof_lower_tail[] = {0.0, 1.0};
    int a_lower_tail = (int)api_oneof(s_lower_tail, FN, "lower_tail", oneof_lower_tail, 2);
    static const double oneof_log_p[] = {0.0, 1.0};
    int a_log_p = (int)api_oneof(s_log_p, FN, "log_p", oneof_log_p, 2);
    double a_out = 0;
    int r = ctrend_dist_pnbinom_mu(a_q, a_size, a_mu, a_lower_tail, a_log_p, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarReal((double)a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_dist_qnbinom_mu(SEXP s_p, SEXP s_size, SEXP s_mu, SEXP s_lower_tail, SEXP s_log_p);
SEXP ctr_api_ctrend_dist_qnbinom_mu(SEXP s_p, SEXP s_size, SEXP s_mu, SEXP s_lower_tail, SEXP s_log_p)
{
    static const char FN[] = "ctrend_dist_qnbinom_mu";
    (void)FN;
    int nprot = 0;
    double a_p = api_num(s_p, FN, "p");
    double a_size = api_real(s_size, FN, "size", 0.0, 1.7976931348623157e+308, 1, 0);
    double a_mu = api_real(s_mu, FN, "mu", 0.0, 1.7976931348623157e+308, 0, 0);
    static const double oneof_lower_tail[] = {0.0, 1.0};
    int a_lower_tail = (int)api_oneof(s_lower_tail, FN, "lower_tail", oneof_lower_tail, 2);
    static const double oneof_log_p[] = {0.0, 1.0};
    int a_log_p = (int)api_oneof(s_log_p, FN, "log_p", oneof_log_p, 2);
    double a_out = 0;
    int r = ctrend_dist_qnbinom_mu(a_p, a_size, a_mu, a_lower_tail, a_log_p, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarReal((double)a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_score_mae(SEXP s_y, SEXP s_pred);
SEXP ctr_api_ctrend_score_mae(SEXP s_y, SEXP s_pred)
{
    static const char FN[] = "ctrend_score_mae";
    (void)FN;
    int nprot = 0;
    SEXP v_y = PROTECT(api_dblvec(s_y, FN, "y", 0));
    ++nprot;
    SEXP v_pred = PROTECT(api_dblvec(s_pred, FN, "pred", 0));
    ++nprot;
    size_t a_n = (size_t)XLENGTH(v_y);
    const double *a_y = v_y == R_NilValue ? NULL : REAL(v_y);
    api_need(v_pred, (size_t)(a_n), FN, "pred");
    const double *a_pred = v_pred == R_NilValue ? NULL : REAL(v_pred);
    double a_out = 0;
    size_t a_n_used = 0;
    int r = ctrend_score_mae(a_y, a_pred, a_n, &a_out, &a_n_used);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarReal((double)a_out));
    ++nprot;
    SEXP o_n_used = PROTECT(Rf_ScalarReal((double)a_n_used));
    ++nprot;
    const SEXP outs[] = {o_out, o_n_used};
    static const char *const names[] = {"out", "n_used"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_score_rmse(SEXP s_y, SEXP s_pred);
SEXP ctr_api_ctrend_score_rmse(SEXP s_y, SEXP s_pred)
{
    static const char FN[] = "ctrend_score_rmse";
    (void)FN;
    int nprot = 0;
    SEXP v_y = PROTECT(api_dblvec(s_y, FN, "y", 0));
    ++nprot;
    SEXP v_pred = PROTECT(api_dblvec(s_pred, FN, "pred", 0));
    ++nprot;
    size_t a_n = (size_t)XLENGTH(v_y);
    const double *a_y = v_y == R_NilValue ? NULL : REAL(v_y);
    api_need(v_pred, (size_t)(a_n), FN, "pred");
    const double *a_pred = v_pred == R_NilValue ? NULL : REAL(v_pred);
    double a_out = 0;
    size_t a_n_used = 0;
    int r = ctrend_score_rmse(a_y, a_pred, a_n, &a_out, &a_n_used);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarReal((double)a_out));
    ++nprot;
    SEXP o_n_used = PROTECT(Rf_ScalarReal((double)a_n_used));
    ++nprot;
    const SEXP outs[] = {o_out, o_n_used};
    static const char *const names[] = {"out", "n_used"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_score_msle(SEXP s_y, SEXP s_pred);
SEXP ctr_api_ctrend_score_msle(SEXP s_y, SEXP s_pred)
{
    static const char FN[] = "ctrend_score_msle";
    (void)FN;
    int nprot = 0;
    SEXP v_y = PROTECT(api_dblvec(s_y, FN, "y", 0));
    ++nprot;
    SEXP v_pred = PROTECT(api_dblvec(s_pred, FN, "pred", 0));
    ++nprot;
    size_t a_n = (size_t)XLENGTH(v_y);
    const double *a_y = v_y == R_NilValue ? NULL : REAL(v_y);
    api_need(v_pred, (size_t)(a_n), FN, "pred");
    const double *a_pred = v_pred == R_NilValue ? NULL : REAL(v_pred);
    double a_out = 0;
    size_t a_n_used = 0;
    int r = ctrend_score_msle(a_y, a_pred, a_n, &a_out, &a_n_used);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarReal((double)a_out));
    ++nprot;
    SEXP o_n_used = PROTECT(Rf_ScalarReal((double)a_n_used));
    ++nprot;
    const SEXP outs[] = {o_out, o_n_used};
    static const char *const names[] = {"out", "n_used"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_score_crps_poisson(SEXP s_y, SEXP s_mu);
SEXP ctr_api_ctrend_score_crps_poisson(SEXP s_y, SEXP s_mu)
{
    static const char FN[] = "ctrend_score_crps_poisson";
    (void)FN;
    int nprot = 0;
    double a_y = api_real(s_y, FN, "y", 0.0, 1.7976931348623157e+308, 0, 0);
    double a_mu = api_real(s_mu, FN, "mu", 0.0, 1.7976931348623157e+308, 0, 0);
    double a_out = 0;
    int r = ctrend_score_crps_poisson(a_y, a_mu, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarReal((double)a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_score_crps_tol_default(void);
SEXP ctr_api_ctrend_score_crps_tol_default(void)
{
    static const char FN[] = "ctrend_score_crps_tol_default";
    (void)FN;
    int nprot = 0;
    double r = ctrend_score_crps_tol_default();
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_score_crps_max_terms_default(void);
SEXP ctr_api_ctrend_score_crps_max_terms_default(void)
{
    static const char FN[] = "ctrend_score_crps_max_terms_default";
    (void)FN;
    int nprot = 0;
    size_t r = ctrend_score_crps_max_terms_default();
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_score_crps_nbinom(SEXP s_y, SEXP s_mu, SEXP s_theta, SEXP s_tol, SEXP s_max_terms);
SEXP ctr_api_ctrend_score_crps_nbinom(SEXP s_y, SEXP s_mu, SEXP s_theta, SEXP s_tol, SEXP s_max_terms)
{
    static const char FN[] = "ctrend_score_crps_nbinom";
    (void)FN;
    int nprot = 0;
    double a_y = api_real(s_y, FN, "y", 0.0, 1.7976931348623157e+308, 0, 0);
    double a_mu = api_real(s_mu, FN, "mu", 0.0, 1.7976931348623157e+308, 0, 0);
    double a_theta = api_real(s_theta, FN, "theta", 0.0, INFINITY, 1, 0);
    double a_tol = api_num(s_tol, FN, "tol");
    size_t a_max_terms = (size_t)api_whole(s_max_terms, FN, "max_terms", 0.0, 9007199254740992.0);
    double a_out = 0;
    int r = ctrend_score_crps_nbinom(a_y, a_mu, a_theta, a_tol, a_max_terms, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarReal((double)a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_score_crps_sample(SEXP s_y, SEXP s_x, SEXP s_fair);
SEXP ctr_api_ctrend_score_crps_sample(SEXP s_y, SEXP s_x, SEXP s_fair)
{
    static const char FN[] = "ctrend_score_crps_sample";
    (void)FN;
    int nprot = 0;
    SEXP v_x = PROTECT(api_dblvec(s_x, FN, "x", 0));
    ++nprot;
    size_t a_m = (size_t)XLENGTH(v_x);
    if (a_m < 1) api_fail(FN, "x", "must have length >= 1");
    double a_y = api_num(s_y, FN, "y");
    static const double oneof_fair[] = {0.0, 1.0};
    int a_fair = (int)api_oneof(s_fair, FN, "fair", oneof_fair, 2);
    const double *a_x = v_x == R_NilValue ? NULL : REAL(v_x);
    double a_out = 0;
    int r = ctrend_score_crps_sample(a_y, a_x, a_m, a_fair, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarReal((double)a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_score_crps_sample_mean(SEXP s_y, SEXP s_samples, SEXP s_m, SEXP s_fair);
SEXP ctr_api_ctrend_score_crps_sample_mean(SEXP s_y, SEXP s_samples, SEXP s_m, SEXP s_fair)
{
    static const char FN[] = "ctrend_score_crps_sample_mean";
    (void)FN;
    int nprot = 0;
    SEXP v_y = PROTECT(api_dblvec(s_y, FN, "y", 0));
    ++nprot;
    SEXP v_samples = PROTECT(api_dblvec(s_samples, FN, "samples", 0));
    ++nprot;
    size_t a_n = (size_t)XLENGTH(v_y);
    size_t a_m = (size_t)api_whole(s_m, FN, "m", 1.0, 9007199254740992.0);
    static const double oneof_fair[] = {0.0, 1.0};
    int a_fair = (int)api_oneof(s_fair, FN, "fair", oneof_fair, 2);
    const double *a_y = v_y == R_NilValue ? NULL : REAL(v_y);
    api_need(v_samples, api_mul((size_t)(a_n), (size_t)(a_m), FN), FN, "samples");
    const double *a_samples = v_samples == R_NilValue ? NULL : REAL(v_samples);
    double a_out = 0;
    size_t a_n_used = 0;
    int r = ctrend_score_crps_sample_mean(a_y, a_n, a_samples, a_m, a_fair, &a_out, &a_n_used);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarReal((double)a_out));
    ++nprot;
    SEXP o_n_used = PROTECT(Rf_ScalarReal((double)a_n_used));
    ++nprot;
    const SEXP outs[] = {o_out, o_n_used};
    static const char *const names[] = {"out", "n_used"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_score_ign_alpha_default(void);
SEXP ctr_api_ctrend_score_ign_alpha_default(void)
{
    static const char FN[] = "ctrend_score_ign_alpha_default";
    (void)FN;
    int nprot = 0;
    double r = ctrend_score_ign_alpha_default();
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_score_ign_nbins(void);
SEXP ctr_api_ctrend_score_ign_nbins(void)
{
    static const char FN[] = "ctrend_score_ign_nbins";
    (void)FN;
    int nprot = 0;
    size_t r = ctrend_score_ign_nbins();
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_score_ign_floor_default(void);
SEXP ctr_api_ctrend_score_ign_floor_default(void)
{
    static const char FN[] = "ctrend_score_ign_floor_default";
    (void)FN;
    int nprot = 0;
    double r = ctrend_score_ign_floor_default();
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_score_ign_bin(SEXP s_v);
SEXP ctr_api_ctrend_score_ign_bin(SEXP s_v)
{
    static const char FN[] = "ctrend_score_ign_bin";
    (void)FN;
    int nprot = 0;
    double a_v = api_real(s_v, FN, "v", 0.0, INFINITY, 0, 0);
    size_t a_bin = 0;
    int r = ctrend_score_ign_bin(a_v, &a_bin);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_bin = PROTECT(Rf_ScalarReal((double)a_bin));
    ++nprot;
    const SEXP outs[] = {o_bin};
    static const char *const names[] = {"bin"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_score_ign_edges(void);
SEXP ctr_api_ctrend_score_ign_edges(void)
{
    static const char FN[] = "ctrend_score_ign_edges";
    (void)FN;
    int nprot = 0;
    SEXP o_edges = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)(size_t)(CTREND_SCORE_IGN_NBINS)));
    ++nprot;
    double *a_edges = REAL(o_edges);
    int r = ctrend_score_ign_edges(a_edges);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_edges};
    static const char *const names[] = {"edges"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_score_ignorance_sample(SEXP s_y, SEXP s_x, SEXP s_alpha);
SEXP ctr_api_ctrend_score_ignorance_sample(SEXP s_y, SEXP s_x, SEXP s_alpha)
{
    static const char FN[] = "ctrend_score_ignorance_sample";
    (void)FN;
    int nprot = 0;
    SEXP v_x = PROTECT(api_dblvec(s_x, FN, "x", 0));
    ++nprot;
    size_t a_m = (size_t)XLENGTH(v_x);
    if (a_m < 1) api_fail(FN, "x", "must have length >= 1");
    double a_y = api_num(s_y, FN, "y");
    double a_alpha = api_num(s_alpha, FN, "alpha");
    const double *a_x = v_x == R_NilValue ? NULL : REAL(v_x);
    double a_out = 0;
    int r = ctrend_score_ignorance_sample(a_y, a_x, a_m, a_alpha, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarReal((double)a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_score_ignorance_sample_mean(SEXP s_y, SEXP s_samples, SEXP s_m, SEXP s_alpha);
SEXP ctr_api_ctrend_score_ignorance_sample_mean(SEXP s_y, SEXP s_samples, SEXP s_m, SEXP s_alpha)
{
    static const char FN[] = "ctrend_score_ignorance_sample_mean";
    (void)FN;
    int nprot = 0;
    SEXP v_y = PROTECT(api_dblvec(s_y, FN, "y", 0));
    ++nprot;
    SEXP v_samples = PROTECT(api_dblvec(s_samples, FN, "samples", 0));
    ++nprot;
    size_t a_n = (size_t)XLENGTH(v_y);
    size_t a_m = (size_t)api_whole(s_m, FN, "m", 1.0, 9007199254740992.0);
    double a_alpha = api_num(s_alpha, FN, "alpha");
    const double *a_y = v_y == R_NilValue ? NULL : REAL(v_y);
    api_need(v_samples, api_mul((size_t)(a_n), (size_t)(a_m), FN), FN, "samples");
    const double *a_samples = v_samples == R_NilValue ? NULL : REAL(v_samples);
    double a_out = 0;
    size_t a_n_used = 0;
    int r = ctrend_score_ignorance_sample_mean(a_y, a_n, a_samples, a_m, a_alpha, &a_out, &a_n_used);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarReal((double)a_out));
    ++nprot;
    SEXP o_n_used = PROTECT(Rf_ScalarReal((double)a_n_used));
    ++nprot;
    const SEXP outs[] = {o_out, o_n_used};
    static const char *const names[] = {"out", "n_used"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_score_ignorance_poisson(SEXP s_y, SEXP s_mu, SEXP s_floor);
SEXP ctr_api_ctrend_score_ignorance_poisson(SEXP s_y, SEXP s_mu, SEXP s_floor)
{
    static const char FN[] = "ctrend_score_ignorance_poisson";
    (void)FN;
    int nprot = 0;
    double a_y = api_real(s_y, FN, "y", 0.0, INFINITY, 0, 0);
    double a_mu = api_real(s_mu, FN, "mu", 0.0, 1.7976931348623157e+308, 0, 0);
    double a_floor = api_num(s_floor, FN, "floor");
    double a_out = 0;
    int r = ctrend_score_ignorance_poisson(a_y, a_mu, a_floor, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarReal((double)a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_score_ignorance_nbinom(SEXP s_y, SEXP s_mu, SEXP s_theta, SEXP s_floor);
SEXP ctr_api_ctrend_score_ignorance_nbinom(SEXP s_y, SEXP s_mu, SEXP s_theta, SEXP s_floor)
{
    static const char FN[] = "ctrend_score_ignorance_nbinom";
    (void)FN;
    int nprot = 0;
    double a_y = api_real(s_y, FN, "y", 0.0, INFINITY, 0, 0);
    double a_mu = api_real(s_mu, FN, "mu", 0.0, 1.7976931348623157e+308, 0, 0);
    double a_theta = api_real(s_theta, FN, "theta", 0.0, INFINITY, 1, 0);
    double a_floor = api_num(s_floor, FN, "floor");
    double a_out = 0;
    int r = ctrend_score_ignorance_nbinom(a_y, a_mu, a_theta, a_floor, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarReal((double)a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_score_interval(SEXP s_y, SEXP s_lower, SEXP s_upper, SEXP s_level);
SEXP ctr_api_ctrend_score_interval(SEXP s_y, SEXP s_lower, SEXP s_upper, SEXP s_level)
{
    static const char FN[] = "ctrend_score_interval";
    (void)FN;
    int nprot = 0;
    double a_y = api_num(s_y, FN, "y");
    double a_lower = api_num(s_lower, FN, "lower");
    double a_upper = api_num(s_upper, FN, "upper");
    double a_level = api_real(s_level, FN, "level", 0.0, 1.0, 1, 1);
    double a_out = 0;
    int r = ctrend_score_interval(a_y, a_lower, a_upper, a_level, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarReal((double)a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_score_interval_mean(SEXP s_y, SEXP s_lower, SEXP s_upper, SEXP s_level);
SEXP ctr_api_ctrend_score_interval_mean(SEXP s_y, SEXP s_lower, SEXP s_upper, SEXP s_level)
{
    static const char FN[] = "ctrend_score_interval_mean";
    (void)FN;
    int nprot = 0;
    SEXP v_y = PROTECT(api_dblvec(s_y, FN, "y", 0));
    ++nprot;
    SEXP v_lower = PROTECT(api_dblvec(s_lower, FN, "lower", 0));
    ++nprot;
    SEXP v_upper = PROTECT(api_dblvec(s_upper, FN, "upper", 0));
    ++nprot;
    size_t a_n = (size_t)XLENGTH(v_y);
    double a_level = api_real(s_level, FN, "level", 0.0, 1.0, 1, 1);
    const double *a_y = v_y == R_NilValue ? NULL : REAL(v_y);
    api_need(v_lower, (size_t)(a_n), FN, "lower");
    const double *a_lower = v_lower == R_NilValue ? NULL : REAL(v_lower);
    api_need(v_upper, (size_t)(a_n), FN, "upper");
    const double *a_upper = v_upper == R_NilValue ? NULL : REAL(v_upper);
    double a_out = 0;
    size_t a_n_used = 0;
    int r = ctrend_score_interval_mean(a_y, a_lower, a_upper, a_n, a_level, &a_out, &a_n_used);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarReal((double)a_out));
    ++nprot;
    SEXP o_n_used = PROTECT(Rf_ScalarReal((double)a_n_used));
    ++nprot;
    const SEXP outs[] = {o_out, o_n_used};
    static const char *const names[] = {"out", "n_used"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_score_coverage(SEXP s_y, SEXP s_lower, SEXP s_upper);
SEXP ctr_api_ctrend_score_coverage(SEXP s_y, SEXP s_lower, SEXP s_upper)
{
    static const char FN[] = "ctrend_score_coverage";
    (void)FN;
    int nprot = 0;
    SEXP v_y = PROTECT(api_dblvec(s_y, FN, "y", 0));
    ++nprot;
    SEXP v_lower = PROTECT(api_dblvec(s_lower, FN, "lower", 0));
    ++nprot;
    SEXP v_upper = PROTECT(api_dblvec(s_upper, FN, "upper", 0));
    ++nprot;
    size_t a_n = (size_t)XLENGTH(v_y);
    const double *a_y = v_y == R_NilValue ? NULL : REAL(v_y);
    api_need(v_lower, (size_t)(a_n), FN, "lower");
    const double *a_lower = v_lower == R_NilValue ? NULL : REAL(v_lower);
    api_need(v_upper, (size_t)(a_n), FN, "upper");
    const double *a_upper = v_upper == R_NilValue ? NULL : REAL(v_upper);
    double a_out = 0;
    size_t a_n_used = 0;
    int r = ctrend_score_coverage(a_y, a_lower, a_upper, a_n, &a_out, &a_n_used);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarReal((double)a_out));
    ++nprot;
    SEXP o_n_used = PROTECT(Rf_ScalarReal((double)a_n_used));
    ++nprot;
    const SEXP outs[] = {o_out, o_n_used};
    static const char *const names[] = {"out", "n_used"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_score_quantile_sample(SEXP s_x, SEXP s_p);
SEXP ctr_api_ctrend_score_quantile_sample(SEXP s_x, SEXP s_p)
{
    static const char FN[] = "ctrend_score_quantile_sample";
    (void)FN;
    int nprot = 0;
    SEXP v_x = PROTECT(api_dblvec(s_x, FN, "x", 0));
    ++nprot;
    size_t a_m = (size_t)XLENGTH(v_x);
    if (a_m < 1) api_fail(FN, "x", "must have length >= 1");
    double a_p = api_real(s_p, FN, "p", 0.0, 1.0, 0, 0);
    const double *a_x = v_x == R_NilValue ? NULL : REAL(v_x);
    double a_out = 0;
    int r = ctrend_score_quantile_sample(a_x, a_m, a_p, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarReal((double)a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_baseline_count(void);
SEXP ctr_api_ctrend_baseline_count(void)
{
    static const char FN[] = "ctrend_baseline_count";
    (void)FN;
    int nprot = 0;
    int r = ctrend_baseline_count();
    SEXP val = PROTECT(Rf_ScalarInteger((int)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_baseline_season(void);
SEXP ctr_api_ctrend_baseline_season(void)
{
    static const char FN[] = "ctrend_baseline_season";
    (void)FN;
    int nprot = 0;
    size_t r = ctrend_baseline_season();
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_baseline_poisson_max(void);
SEXP ctr_api_ctrend_baseline_poisson_max(void)
{
    static const char FN[] = "ctrend_baseline_poisson_max";
    (void)FN;
    int nprot = 0;
    double r = ctrend_baseline_poisson_max();
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_baseline_name(SEXP s_kind);
SEXP ctr_api_ctrend_baseline_name(SEXP s_kind)
{
    static const char FN[] = "ctrend_baseline_name";
    (void)FN;
    int nprot = 0;
    int a_kind = (int)api_whole(s_kind, FN, "kind", -2147483647.0, 2147483647.0);
    const char * r = ctrend_baseline_name(a_kind);
    SEXP val = PROTECT(api_string(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_baseline_parse(SEXP s_name);
SEXP ctr_api_ctrend_baseline_parse(SEXP s_name)
{
    static const char FN[] = "ctrend_baseline_parse";
    (void)FN;
    int nprot = 0;
    const char *a_name = api_str(s_name, FN, "name", 0);
    int a_kind = 0;
    int r = ctrend_baseline_parse(a_name, &a_kind);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_kind = PROTECT(Rf_ScalarInteger((int)a_kind));
    ++nprot;
    const SEXP outs[] = {o_kind};
    static const char *const names[] = {"kind"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_baseline_opts_new(void);
SEXP ctr_api_ctrend_baseline_opts_new(void)
{
    static const char FN[] = "ctrend_baseline_opts_new";
    (void)FN;
    int nprot = 0;
    ctrend_baseline_opts * a_out = NULL;
    int r = ctrend_baseline_opts_new(&a_out);
    if (r != CTREND_OK && a_out) {
        SEXP m = PROTECT(Rf_mkString(""));
        ctrend_baseline_opts_free(a_out);
        UNPROTECT(nprot + 1);
        return api_result(Rf_ScalarInteger(r), CHAR(STRING_ELT(m, 0)), 0, NULL, NULL);
    }
    SEXP o_out = PROTECT(a_out ? api_wrap(a_out, "ctrend_baseline_opts", api_fin_ctrend_baseline_opts, R_NilValue) : R_NilValue);
    ++nprot;
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_baseline_opts_free(SEXP s_o);
SEXP ctr_api_ctrend_baseline_opts_free(SEXP s_o)
{
    static const char FN[] = "ctrend_baseline_opts_free";
    (void)FN;
    int nprot = 0;
    ctrend_baseline_opts * a_o = (ctrend_baseline_opts *)api_handle(s_o, "ctrend_baseline_opts", FN, "o", 1);
    ctrend_baseline_opts_free(a_o);
    if (s_o != R_NilValue) R_ClearExternalPtr(s_o);
    UNPROTECT(nprot);
    return R_NilValue;
}

SEXP ctr_api_ctrend_baseline_opts_set_int(SEXP s_o, SEXP s_key, SEXP s_value);
SEXP ctr_api_ctrend_baseline_opts_set_int(SEXP s_o, SEXP s_key, SEXP s_value)
{
    static const char FN[] = "ctrend_baseline_opts_set_int";
    (void)FN;
    int nprot = 0;
    ctrend_baseline_opts * a_o = (ctrend_baseline_opts *)api_handle(s_o, "ctrend_baseline_opts", FN, "o", 0);
    int a_key = (int)api_oneof(s_key, FN, "key", api_enum_ctrend_baseline_opt, 4);
    int64_t a_value = (int64_t)api_whole(s_value, FN, "value", -9007199254740992.0, 9007199254740992.0);
    int r = ctrend_baseline_opts_set_int(a_o, a_key, a_value);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_baseline_opts_get_int(SEXP s_o, SEXP s_key);
SEXP ctr_api_ctrend_baseline_opts_get_int(SEXP s_o, SEXP s_key)
{
    static const char FN[] = "ctrend_baseline_opts_get_int";
    (void)FN;
    int nprot = 0;
    const ctrend_baseline_opts * a_o = (const ctrend_baseline_opts *)api_handle(s_o, "ctrend_baseline_opts", FN, "o", 0);
    int a_key = (int)api_oneof(s_key, FN, "key", api_enum_ctrend_baseline_opt, 4);
    int64_t a_value = 0;
    int r = ctrend_baseline_opts_get_int(a_o, a_key, &a_value);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_value = PROTECT(Rf_ScalarReal((double)a_value));
    ++nprot;
    const SEXP outs[] = {o_value};
    static const char *const names[] = {"value"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_baseline_opts_bounds(SEXP s_key);
SEXP ctr_api_ctrend_baseline_opts_bounds(SEXP s_key)
{
    static const char FN[] = "ctrend_baseline_opts_bounds";
    (void)FN;
    int nprot = 0;
    int a_key = (int)api_oneof(s_key, FN, "key", api_enum_ctrend_baseline_opt, 4);
    double a_lo = 0;
    double a_hi = 0;
    int r = ctrend_baseline_opts_bounds(a_key, &a_lo, &a_hi);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_lo = PROTECT(Rf_ScalarReal((double)a_lo));
    ++nprot;
    SEXP o_hi = PROTECT(Rf_ScalarReal((double)a_hi));
    ++nprot;
    const SEXP outs[] = {o_lo, o_hi};
    static const char *const names[] = {"lo", "hi"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_baseline_forecast(SEXP s_o, SEXP s_x, SEXP s_h);
SEXP ctr_api_ctrend_baseline_forecast(SEXP s_o, SEXP s_x, SEXP s_h)
{
    static const char FN[] = "ctrend_baseline_forecast";
    (void)FN;
    int nprot = 0;
    SEXP v_x = PROTECT(api_dblvec(s_x, FN, "x", 0));
    ++nprot;
    size_t a_n = (size_t)XLENGTH(v_x);
    const ctrend_baseline_opts * a_o = (const ctrend_baseline_opts *)api_handle(s_o, "ctrend_baseline_opts", FN, "o", 1);
    size_t a_h = (size_t)api_whole(s_h, FN, "h", 1.0, 9007199254740992.0);
    const double *a_x = v_x == R_NilValue ? NULL : REAL(v_x);
    size_t a_point_cap = 0;
    size_t a_samples_cap = 0;
    size_t a_needed = 0;
    int q = ctrend_baseline_forecast(a_o, a_x, a_n, a_h, NULL, a_point_cap, NULL, a_samples_cap, &a_needed);
    if (q != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(q), "", 0, NULL, NULL);
    }
    a_point_cap = (size_t)(a_h);
    a_samples_cap = a_needed;
    SEXP o_point = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)a_point_cap));
    ++nprot;
    double *a_point = REAL(o_point);
    SEXP o_samples = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)a_samples_cap));
    ++nprot;
    double *a_samples = REAL(o_samples);
    int r = ctrend_baseline_forecast(a_o, a_x, a_n, a_h, a_point, a_point_cap, a_samples, a_samples_cap, &a_needed);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_point, o_samples};
    static const char *const names[] = {"point", "samples"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_backtest_metric_count(void);
SEXP ctr_api_ctrend_backtest_metric_count(void)
{
    static const char FN[] = "ctrend_backtest_metric_count";
    (void)FN;
    int nprot = 0;
    int r = ctrend_backtest_metric_count();
    SEXP val = PROTECT(Rf_ScalarInteger((int)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_backtest_metric_name(SEXP s_metric);
SEXP ctr_api_ctrend_backtest_metric_name(SEXP s_metric)
{
    static const char FN[] = "ctrend_backtest_metric_name";
    (void)FN;
    int nprot = 0;
    int a_metric = (int)api_oneof(s_metric, FN, "metric", api_enum_ctrend_backtest_metric, 8);
    const char * r = ctrend_backtest_metric_name(a_metric);
    SEXP val = PROTECT(api_string(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_backtest_origins(SEXP s_n, SEXP s_initial, SEXP s_h, SEXP s_step);
SEXP ctr_api_ctrend_backtest_origins(SEXP s_n, SEXP s_initial, SEXP s_h, SEXP s_step)
{
    static const char FN[] = "ctrend_backtest_origins";
    (void)FN;
    int nprot = 0;
    size_t a_n = (size_t)api_whole(s_n, FN, "n", 0.0, 9007199254740992.0);
    size_t a_initial = (size_t)api_whole(s_initial, FN, "initial", 1.0, 9007199254740992.0);
    size_t a_h = (size_t)api_whole(s_h, FN, "h", 1.0, 9007199254740992.0);
    size_t a_step = (size_t)api_whole(s_step, FN, "step", 1.0, 9007199254740992.0);
    size_t a_n_origins = 0;
    int r = ctrend_backtest_origins(a_n, a_initial, a_h, a_step, &a_n_origins);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_n_origins = PROTECT(Rf_ScalarReal((double)a_n_origins));
    ++nprot;
    const SEXP outs[] = {o_n_origins};
    static const char *const names[] = {"n_origins"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_backtest_new(SEXP s_y, SEXP s_initial, SEXP s_h, SEXP s_step, SEXP s_n_samples, SEXP s_seed);
SEXP ctr_api_ctrend_backtest_new(SEXP s_y, SEXP s_initial, SEXP s_h, SEXP s_step, SEXP s_n_samples, SEXP s_seed)
{
    static const char FN[] = "ctrend_backtest_new";
    (void)FN;
    int nprot = 0;
    SEXP v_y = PROTECT(api_dblvec(s_y, FN, "y", 0));
    ++nprot;
    size_t a_n = (size_t)XLENGTH(v_y);
    size_t a_initial = (size_t)api_whole(s_initial, FN, "initial", 1.0, 9007199254740992.0);
    size_t a_h = (size_t)api_whole(s_h, FN, "h", 1.0, 9007199254740992.0);
    size_t a_step = (size_t)api_whole(s_step, FN, "step", 1.0, 9007199254740992.0);
    size_t a_n_samples = (size_t)api_whole(s_n_samples, FN, "n_samples", 1.0, 9007199254740992.0);
    uint64_t a_seed = (uint64_t)api_whole(s_seed, FN, "seed", 0.0, 9007199254740992.0);
    const double *a_y = v_y == R_NilValue ? NULL : REAL(v_y);
    ctrend_backtest * a_out = NULL;
    int r = ctrend_backtest_new(a_y, a_n, a_initial, a_h, a_step, a_n_samples, a_seed, &a_out);
    if (r != CTREND_OK && a_out) {
        SEXP m = PROTECT(Rf_mkString(""));
        ctrend_backtest_free(a_out);
        UNPROTECT(nprot + 1);
        return api_result(Rf_ScalarInteger(r), CHAR(STRING_ELT(m, 0)), 0, NULL, NULL);
    }
    SEXP o_out = PROTECT(a_out ? api_wrap(a_out, "ctrend_backtest", api_fin_ctrend_backtest, R_NilValue) : R_NilValue);
    ++nprot;
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_backtest_free(SEXP s_bt);
SEXP ctr_api_ctrend_backtest_free(SEXP s_bt)
{
    static const char FN[] = "ctrend_backtest_free";
    (void)FN;
    int nprot = 0;
    ctrend_backtest * a_bt = (ctrend_backtest *)api_handle(s_bt, "ctrend_backtest", FN, "bt", 1);
    ctrend_backtest_free(a_bt);
    if (s_bt != R_NilValue) R_ClearExternalPtr(s_bt);
    UNPROTECT(nprot);
    return R_NilValue;
}

SEXP ctr_api_ctrend_backtest_set_window(SEXP s_bt, SEXP s_window_months);
SEXP ctr_api_ctrend_backtest_set_window(SEXP s_bt, SEXP s_window_months)
{
    static const char FN[] = "ctrend_backtest_set_window";
    (void)FN;
    int nprot = 0;
    ctrend_backtest * a_bt = (ctrend_backtest *)api_handle(s_bt, "ctrend_backtest", FN, "bt", 0);
    size_t a_window_months = (size_t)api_whole(s_window_months, FN, "window_months", 0.0, 9007199254740992.0);
    int r = ctrend_backtest_set_window(a_bt, a_window_months);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_backtest_n_origins(SEXP s_bt);
SEXP ctr_api_ctrend_backtest_n_origins(SEXP s_bt)
{
    static const char FN[] = "ctrend_backtest_n_origins";
    (void)FN;
    int nprot = 0;
    const ctrend_backtest * a_bt = (const ctrend_backtest *)api_handle(s_bt, "ctrend_backtest", FN, "bt", 0);
    size_t r = ctrend_backtest_n_origins(a_bt);
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_backtest_origin(SEXP s_bt, SEXP s_i);
SEXP ctr_api_ctrend_backtest_origin(SEXP s_bt, SEXP s_i)
{
    static const char FN[] = "ctrend_backtest_origin";
    (void)FN;
    int nprot = 0;
    const ctrend_backtest * a_bt = (const ctrend_backtest *)api_handle(s_bt, "ctrend_backtest", FN, "bt", 0);
    size_t a_i = (size_t)api_whole(s_i, FN, "i", 0.0, 9007199254740992.0);
    size_t a_train_len = 0;
    int r = ctrend_backtest_origin(a_bt, a_i, &a_train_len);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_train_len = PROTECT(Rf_ScalarReal((double)a_train_len));
    ++nprot;
    const SEXP outs[] = {o_train_len};
    static const char *const names[] = {"train_len"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_backtest_add_baseline(SEXP s_bt, SEXP s_kind, SEXP s_k, SEXP s_name);
SEXP ctr_api_ctrend_backtest_add_baseline(SEXP s_bt, SEXP s_kind, SEXP s_k, SEXP s_name)
{
    static const char FN[] = "ctrend_backtest_add_baseline";
    (void)FN;
    int nprot = 0;
    ctrend_backtest * a_bt = (ctrend_backtest *)api_handle(s_bt, "ctrend_backtest", FN, "bt", 0);
    int a_kind = (int)api_oneof(s_kind, FN, "kind", api_enum_ctrend_baseline, 5);
    size_t a_k = (size_t)api_whole(s_k, FN, "k", 0.0, 9007199254740992.0);
    const char *a_name = api_str(s_name, FN, "name", 1);
    ctrend_error a_err;
    ctrend_error_clear(&a_err);
    int r = ctrend_backtest_add_baseline(a_bt, a_kind, a_k, a_name, &a_err);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), api_error_text(&a_err), 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_err = PROTECT(api_error_list(&a_err));
    ++nprot;
    const SEXP outs[] = {o_err};
    static const char *const names[] = {"err"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_backtest_add_baseline_v2(SEXP s_bt, SEXP s_kind, SEXP s_k, SEXP s_name, SEXP s_opts);
SEXP ctr_api_ctrend_backtest_add_baseline_v2(SEXP s_bt, SEXP s_kind, SEXP s_k, SEXP s_name, SEXP s_opts)
{
    static const char FN[] = "ctrend_backtest_add_baseline_v2";
    (void)FN;
    int nprot = 0;
    ctrend_backtest * a_bt = (ctrend_backtest *)api_handle(s_bt, "ctrend_backtest", FN, "bt", 0);
    int a_kind = (int)api_oneof(s_kind, FN, "kind", api_enum_ctrend_baseline, 5);
    size_t a_k = (size_t)api_whole(s_k, FN, "k", 0.0, 9007199254740992.0);
    const char *a_name = api_str(s_name, FN, "name", 1);
    const ctrend_model_opts * a_opts = (const ctrend_model_opts *)api_handle(s_opts, "ctrend_model_opts", FN, "opts", 1);
    ctrend_error a_err;
    ctrend_error_clear(&a_err);
    int r = ctrend_backtest_add_baseline_v2(a_bt, a_kind, a_k, a_name, a_opts, &a_err);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), api_error_text(&a_err), 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_err = PROTECT(api_error_list(&a_err));
    ++nprot;
    const SEXP outs[] = {o_err};
    static const char *const names[] = {"err"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_backtest_add_model(SEXP s_bt, SEXP s_name, SEXP s_d, SEXP s_family, SEXP s_opts);
SEXP ctr_api_ctrend_backtest_add_model(SEXP s_bt, SEXP s_name, SEXP s_d, SEXP s_family, SEXP s_opts)
{
    static const char FN[] = "ctrend_backtest_add_model";
    (void)FN;
    int nprot = 0;
    ctrend_backtest * a_bt = (ctrend_backtest *)api_handle(s_bt, "ctrend_backtest", FN, "bt", 0);
    const char *a_name = api_str(s_name, FN, "name", 0);
    const ctrend_design * a_d = (const ctrend_design *)api_handle(s_d, "ctrend_design", FN, "d", 0);
    int a_family = (int)api_oneof(s_family, FN, "family", api_enum_ctrend_family, 4);
    const ctrend_model_opts * a_opts = (const ctrend_model_opts *)api_handle(s_opts, "ctrend_model_opts", FN, "opts", 1);
    ctrend_error a_err;
    ctrend_error_clear(&a_err);
    int r = ctrend_backtest_add_model(a_bt, a_name, a_d, a_family, a_opts, &a_err);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), api_error_text(&a_err), 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_err = PROTECT(api_error_list(&a_err));
    ++nprot;
    const SEXP outs[] = {o_err};
    static const char *const names[] = {"err"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_backtest_add_forecasts(SEXP s_bt, SEXP s_name, SEXP s_point, SEXP s_samples);
SEXP ctr_api_ctrend_backtest_add_forecasts(SEXP s_bt, SEXP s_name, SEXP s_point, SEXP s_samples)
{
    static const char FN[] = "ctrend_backtest_add_forecasts";
    (void)FN;
    int nprot = 0;
    SEXP v_point = PROTECT(api_dblvec(s_point, FN, "point", 0));
    ++nprot;
    SEXP v_samples = PROTECT(api_dblvec(s_samples, FN, "samples", 0));
    ++nprot;
    size_t a_n_point = (size_t)XLENGTH(v_point);
    size_t a_n_draws = (size_t)XLENGTH(v_samples);
    ctrend_backtest * a_bt = (ctrend_backtest *)api_handle(s_bt, "ctrend_backtest", FN, "bt", 0);
    const char *a_name = api_str(s_name, FN, "name", 0);
    const double *a_point = v_point == R_NilValue ? NULL : REAL(v_point);
    const double *a_samples = v_samples == R_NilValue ? NULL : REAL(v_samples);
    ctrend_error a_err;
    ctrend_error_clear(&a_err);
    int r = ctrend_backtest_add_forecasts(a_bt, a_name, a_point, a_n_point, a_samples, a_n_draws, &a_err);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), api_error_text(&a_err), 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_err = PROTECT(api_error_list(&a_err));
    ++nprot;
    const SEXP outs[] = {o_err};
    static const char *const names[] = {"err"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_backtest_n_models(SEXP s_bt);
SEXP ctr_api_ctrend_backtest_n_models(SEXP s_bt)
{
    static const char FN[] = "ctrend_backtest_n_models";
    (void)FN;
    int nprot = 0;
    const ctrend_backtest * a_bt = (const ctrend_backtest *)api_handle(s_bt, "ctrend_backtest", FN, "bt", 0);
    size_t r = ctrend_backtest_n_models(a_bt);
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_backtest_model_name(SEXP s_bt, SEXP s_i);
SEXP ctr_api_ctrend_backtest_model_name(SEXP s_bt, SEXP s_i)
{
    static const char FN[] = "ctrend_backtest_model_name";
    (void)FN;
    int nprot = 0;
    const ctrend_backtest * a_bt = (const ctrend_backtest *)api_handle(s_bt, "ctrend_backtest", FN, "bt", 0);
    size_t a_i = (size_t)api_whole(s_i, FN, "i", 0.0, 9007199254740992.0);
    const char *a_name = NULL;
    int r = ctrend_backtest_model_name(a_bt, a_i, &a_name);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_name = PROTECT(api_string(a_name));
    ++nprot;
    const SEXP outs[] = {o_name};
    static const char *const names[] = {"name"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_backtest_score(SEXP s_bt, SEXP s_i, SEXP s_metric);
SEXP ctr_api_ctrend_backtest_score(SEXP s_bt, SEXP s_i, SEXP s_metric)
{
    static const char FN[] = "ctrend_backtest_score";
    (void)FN;
    int nprot = 0;
    const ctrend_backtest * a_bt = (const ctrend_backtest *)api_handle(s_bt, "ctrend_backtest", FN, "bt", 0);
    size_t a_i = (size_t)api_whole(s_i, FN, "i", 0.0, 9007199254740992.0);
    int a_metric = (int)api_oneof(s_metric, FN, "metric", api_enum_ctrend_backtest_metric, 8);
    double a_value = 0;
    int r = ctrend_backtest_score(a_bt, a_i, a_metric, &a_value);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_value = PROTECT(Rf_ScalarReal((double)a_value));
    ++nprot;
    const SEXP outs[] = {o_value};
    static const char *const names[] = {"value"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_backtest_score_lead(SEXP s_bt, SEXP s_i, SEXP s_lead, SEXP s_metric);
SEXP ctr_api_ctrend_backtest_score_lead(SEXP s_bt, SEXP s_i, SEXP s_lead, SEXP s_metric)
{
    static const char FN[] = "ctrend_backtest_score_lead";
    (void)FN;
    int nprot = 0;
    const ctrend_backtest * a_bt = (const ctrend_backtest *)api_handle(s_bt, "ctrend_backtest", FN, "bt", 0);
    size_t a_i = (size_t)api_whole(s_i, FN, "i", 0.0, 9007199254740992.0);
    size_t a_lead = (size_t)api_whole(s_lead, FN, "lead", 1.0, 9007199254740992.0);
    int a_metric = (int)api_oneof(s_metric, FN, "metric", api_enum_ctrend_backtest_metric, 8);
    double a_value = 0;
    int r = ctrend_backtest_score_lead(a_bt, a_i, a_lead, a_metric, &a_value);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_value = PROTECT(Rf_ScalarReal((double)a_value));
    ++nprot;
    const SEXP outs[] = {o_value};
    static const char *const names[] = {"value"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_backtest_points(SEXP s_bt, SEXP s_i);
SEXP ctr_api_ctrend_backtest_points(SEXP s_bt, SEXP s_i)
{
    static const char FN[] = "ctrend_backtest_points";
    (void)FN;
    int nprot = 0;
    const ctrend_backtest * a_bt = (const ctrend_backtest *)api_handle(s_bt, "ctrend_backtest", FN, "bt", 0);
    size_t a_i = (size_t)api_whole(s_i, FN, "i", 0.0, 9007199254740992.0);
    size_t a_cap = 0;
    size_t a_needed = 0;
    int q = ctrend_backtest_points(a_bt, a_i, NULL, a_cap, &a_needed);
    if (q != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(q), "", 0, NULL, NULL);
    }
    a_cap = a_needed;
    SEXP o_out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)a_cap));
    ++nprot;
    double *a_out = REAL(o_out);
    int r = ctrend_backtest_points(a_bt, a_i, a_out, a_cap, &a_needed);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_backtest_rank(SEXP s_bt, SEXP s_metric);
SEXP ctr_api_ctrend_backtest_rank(SEXP s_bt, SEXP s_metric)
{
    static const char FN[] = "ctrend_backtest_rank";
    (void)FN;
    int nprot = 0;
    const ctrend_backtest * a_bt = (const ctrend_backtest *)api_handle(s_bt, "ctrend_backtest", FN, "bt", 0);
    int a_metric = (int)api_oneof(s_metric, FN, "metric", api_enum_ctrend_backtest_metric, 8);
    size_t a_cap = 0;
    size_t a_needed = 0;
    int q = ctrend_backtest_rank(a_bt, a_metric, NULL, a_cap, &a_needed);
    if (q != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(q), "", 0, NULL, NULL);
    }
    a_cap = a_needed;
    size_t n_order = a_cap;
    size_t *a_order = (size_t *)R_alloc(n_order ? n_order : 1, sizeof(size_t));
    int r = ctrend_backtest_rank(a_bt, a_metric, a_order, a_cap, &a_needed);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_order = PROTECT(api_sizes_to_real(a_order, n_order));
    ++nprot;
    const SEXP outs[] = {o_order};
    static const char *const names[] = {"order"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_backtest_max_draws(void);
SEXP ctr_api_ctrend_backtest_max_draws(void)
{
    static const char FN[] = "ctrend_backtest_max_draws";
    (void)FN;
    int nprot = 0;
    double r = ctrend_backtest_max_draws();
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_batch_default_threads(void);
SEXP ctr_api_ctrend_batch_default_threads(void)
{
    static const char FN[] = "ctrend_batch_default_threads";
    (void)FN;
    int nprot = 0;
    size_t r = ctrend_batch_default_threads();
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_batch_values(SEXP s_f, SEXP s_series, SEXP s_n_series, SEXP s_first_month, SEXP s_n_months);
SEXP ctr_api_ctrend_batch_values(SEXP s_f, SEXP s_series, SEXP s_n_series, SEXP s_first_month, SEXP s_n_months)
{
    static const char FN[] = "ctrend_batch_values";
    (void)FN;
    int nprot = 0;
    SEXP v_series = PROTECT(api_dblvec(s_series, FN, "series", 1));
    ++nprot;
    const ctrend_frame * a_f = (const ctrend_frame *)api_handle(s_f, "ctrend_frame", FN, "f", 0);
    size_t a_n_series = (size_t)api_whole(s_n_series, FN, "n_series", 0.0, 9007199254740992.0);
    int32_t a_first_month = (int32_t)api_whole(s_first_month, FN, "first_month", 12.0, 119999.0);
    size_t a_n_months = (size_t)api_whole(s_n_months, FN, "n_months", 0.0, 9007199254740992.0);
    api_need(v_series, (size_t)(a_n_series), FN, "series");
    const size_t *a_series = api_sizevec(v_series, FN, "series");
    SEXP o_out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)api_mul((size_t)(a_n_series), (size_t)(a_n_months), FN)));
    ++nprot;
    double *a_out = REAL(o_out);
    int r = ctrend_batch_values(a_f, a_series, a_n_series, a_first_month, a_n_months, a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_batch_opts_new(void);
SEXP ctr_api_ctrend_batch_opts_new(void)
{
    static const char FN[] = "ctrend_batch_opts_new";
    (void)FN;
    int nprot = 0;
    ctrend_batch_opts * a_out = NULL;
    int r = ctrend_batch_opts_new(&a_out);
    if (r != CTREND_OK && a_out) {
        SEXP m = PROTECT(Rf_mkString(""));
        ctrend_batch_opts_free(a_out);
        UNPROTECT(nprot + 1);
        return api_result(Rf_ScalarInteger(r), CHAR(STRING_ELT(m, 0)), 0, NULL, NULL);
    }
    SEXP o_out = PROTECT(a_out ? api_wrap(a_out, "ctrend_batch_opts", api_fin_ctrend_batch_opts, R_NilValue) : R_NilValue);
    ++nprot;
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_batch_opts_free(SEXP s_o);
SEXP ctr_api_ctrend_batch_opts_free(SEXP s_o)
{
    static const char FN[] = "ctrend_batch_opts_free";
    (void)FN;
    int nprot = 0;
    ctrend_batch_opts * a_o = (ctrend_batch_opts *)api_handle(s_o, "ctrend_batch_opts", FN, "o", 1);
    ctrend_batch_opts_free(a_o);
    if (s_o != R_NilValue) R_ClearExternalPtr(s_o);
    UNPROTECT(nprot);
    return R_NilValue;
}

SEXP ctr_api_ctrend_batch_opts_set_int(SEXP s_o, SEXP s_key, SEXP s_value);
SEXP ctr_api_ctrend_batch_opts_set_int(SEXP s_o, SEXP s_key, SEXP s_value)
{
    static const char FN[] = "ctrend_batch_opts_set_int";
    (void)FN;
    int nprot = 0;
    ctrend_batch_opts * a_o = (ctrend_batch_opts *)api_handle(s_o, "ctrend_batch_opts", FN, "o", 0);
    int a_key = (int)api_oneof(s_key, FN, "key", api_enum_ctrend_batch_opt, 4);
    int64_t a_value = (int64_t)api_whole(s_value, FN, "value", -9007199254740992.0, 9007199254740992.0);
    int r = ctrend_batch_opts_set_int(a_o, a_key, a_value);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_batch_opts_get_int(SEXP s_o, SEXP s_key);
SEXP ctr_api_ctrend_batch_opts_get_int(SEXP s_o, SEXP s_key)
{
    static const char FN[] = "ctrend_batch_opts_get_int";
    (void)FN;
    int nprot = 0;
    const ctrend_batch_opts * a_o = (const ctrend_batch_opts *)api_handle(s_o, "ctrend_batch_opts", FN, "o", 0);
    int a_key = (int)api_oneof(s_key, FN, "key", api_enum_ctrend_batch_opt, 4);
    int64_t a_value = 0;
    int r = ctrend_batch_opts_get_int(a_o, a_key, &a_value);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_value = PROTECT(Rf_ScalarReal((double)a_value));
    ++nprot;
    const SEXP outs[] = {o_value};
    static const char *const names[] = {"value"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_batch_opts_bounds(SEXP s_key);
SEXP ctr_api_ctrend_batch_opts_bounds(SEXP s_key)
{
    static const char FN[] = "ctrend_batch_opts_bounds";
    (void)FN;
    int nprot = 0;
    int a_key = (int)api_oneof(s_key, FN, "key", api_enum_ctrend_batch_opt, 4);
    double a_lo = 0;
    double a_hi = 0;
    int r = ctrend_batch_opts_bounds(a_key, &a_lo, &a_hi);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_lo = PROTECT(Rf_ScalarReal((double)a_lo));
    ++nprot;
    SEXP o_hi = PROTECT(Rf_ScalarReal((double)a_hi));
    ++nprot;
    const SEXP outs[] = {o_lo, o_hi};
    static const char *const names[] = {"lo", "hi"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_batch_opts_set_series(SEXP s_o, SEXP s_series, SEXP s_n_series);
SEXP ctr_api_ctrend_batch_opts_set_series(SEXP s_o, SEXP s_series, SEXP s_n_series)
{
    static const char FN[] = "ctrend_batch_opts_set_series";
    (void)FN;
    int nprot = 0;
    SEXP v_series = PROTECT(api_dblvec(s_series, FN, "series", 1));
    ++nprot;
    ctrend_batch_opts * a_o = (ctrend_batch_opts *)api_handle(s_o, "ctrend_batch_opts", FN, "o", 0);
    size_t a_n_series = (size_t)api_whole(s_n_series, FN, "n_series", 0.0, 9007199254740992.0);
    api_need(v_series, (size_t)(a_n_series), FN, "series");
    const size_t *a_series = api_sizevec(v_series, FN, "series");
    int r = ctrend_batch_opts_set_series(a_o, a_series, a_n_series);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_batch_opts_n_series(SEXP s_o, SEXP s_f);
SEXP ctr_api_ctrend_batch_opts_n_series(SEXP s_o, SEXP s_f)
{
    static const char FN[] = "ctrend_batch_opts_n_series";
    (void)FN;
    int nprot = 0;
    const ctrend_batch_opts * a_o = (const ctrend_batch_opts *)api_handle(s_o, "ctrend_batch_opts", FN, "o", 1);
    const ctrend_frame * a_f = (const ctrend_frame *)api_handle(s_f, "ctrend_frame", FN, "f", 1);
    size_t r = ctrend_batch_opts_n_series(a_o, a_f);
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_batch_opts_set_keys(SEXP s_o, SEXP s_keys, SEXP s_n_keys);
SEXP ctr_api_ctrend_batch_opts_set_keys(SEXP s_o, SEXP s_keys, SEXP s_n_keys)
{
    static const char FN[] = "ctrend_batch_opts_set_keys";
    (void)FN;
    int nprot = 0;
    SEXP v_keys = PROTECT(api_dblvec(s_keys, FN, "keys", 1));
    ++nprot;
    ctrend_batch_opts * a_o = (ctrend_batch_opts *)api_handle(s_o, "ctrend_batch_opts", FN, "o", 0);
    size_t a_n_keys = (size_t)api_whole(s_n_keys, FN, "n_keys", 0.0, 9007199254740992.0);
    api_need(v_keys, (size_t)(a_n_keys), FN, "keys");
    const int *a_keys = api_intvec(v_keys, FN, "keys");
    int r = ctrend_batch_opts_set_keys(a_o, a_keys, a_n_keys);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_batch_opts_n_keys(SEXP s_o);
SEXP ctr_api_ctrend_batch_opts_n_keys(SEXP s_o)
{
    static const char FN[] = "ctrend_batch_opts_n_keys";
    (void)FN;
    int nprot = 0;
    const ctrend_batch_opts * a_o = (const ctrend_batch_opts *)api_handle(s_o, "ctrend_batch_opts", FN, "o", 1);
    size_t r = ctrend_batch_opts_n_keys(a_o);
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_batch_opts_set_model(SEXP s_o, SEXP s_m);
SEXP ctr_api_ctrend_batch_opts_set_model(SEXP s_o, SEXP s_m)
{
    static const char FN[] = "ctrend_batch_opts_set_model";
    (void)FN;
    int nprot = 0;
    ctrend_batch_opts * a_o = (ctrend_batch_opts *)api_handle(s_o, "ctrend_batch_opts", FN, "o", 0);
    const ctrend_model_opts * a_m = (const ctrend_model_opts *)api_handle(s_m, "ctrend_model_opts", FN, "m", 1);
    int r = ctrend_batch_opts_set_model(a_o, a_m);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_m ? ctrend_model_opts_errmsg(a_m) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_batch_opts_cancel(SEXP s_o);
SEXP ctr_api_ctrend_batch_opts_cancel(SEXP s_o)
{
    static const char FN[] = "ctrend_batch_opts_cancel";
    (void)FN;
    int nprot = 0;
    ctrend_batch_opts * a_o = (ctrend_batch_opts *)api_handle(s_o, "ctrend_batch_opts", FN, "o", 1);
    ctrend_batch_opts_cancel(a_o);
    SEXP val = PROTECT(R_NilValue);
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_batch_opts_reset(SEXP s_o);
SEXP ctr_api_ctrend_batch_opts_reset(SEXP s_o)
{
    static const char FN[] = "ctrend_batch_opts_reset";
    (void)FN;
    int nprot = 0;
    ctrend_batch_opts * a_o = (ctrend_batch_opts *)api_handle(s_o, "ctrend_batch_opts", FN, "o", 1);
    ctrend_batch_opts_reset(a_o);
    SEXP val = PROTECT(R_NilValue);
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_batch_opts_cancelled(SEXP s_o);
SEXP ctr_api_ctrend_batch_opts_cancelled(SEXP s_o)
{
    static const char FN[] = "ctrend_batch_opts_cancelled";
    (void)FN;
    int nprot = 0;
    const ctrend_batch_opts * a_o = (const ctrend_batch_opts *)api_handle(s_o, "ctrend_batch_opts", FN, "o", 1);
    int r = ctrend_batch_opts_cancelled(a_o);
    SEXP val = PROTECT(Rf_ScalarInteger((int)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_batch_opts_progress(SEXP s_o);
SEXP ctr_api_ctrend_batch_opts_progress(SEXP s_o)
{
    static const char FN[] = "ctrend_batch_opts_progress";
    (void)FN;
    int nprot = 0;
    const ctrend_batch_opts * a_o = (const ctrend_batch_opts *)api_handle(s_o, "ctrend_batch_opts", FN, "o", 0);
    size_t a_done = 0;
    size_t a_total = 0;
    int r = ctrend_batch_opts_progress(a_o, &a_done, &a_total);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_done = PROTECT(Rf_ScalarReal((double)a_done));
    ++nprot;
    SEXP o_total = PROTECT(Rf_ScalarReal((double)a_total));
    ++nprot;
    const SEXP outs[] = {o_done, o_total};
    static const char *const names[] = {"done", "total"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_batch_opts_error(SEXP s_o, SEXP s_i);
SEXP ctr_api_ctrend_batch_opts_error(SEXP s_o, SEXP s_i)
{
    static const char FN[] = "ctrend_batch_opts_error";
    (void)FN;
    int nprot = 0;
    const ctrend_batch_opts * a_o = (const ctrend_batch_opts *)api_handle(s_o, "ctrend_batch_opts", FN, "o", 0);
    size_t a_i = (size_t)api_whole(s_i, FN, "i", 0.0, 9007199254740992.0);
    ctrend_error a_err;
    ctrend_error_clear(&a_err);
    int r = ctrend_batch_opts_error(a_o, a_i, &a_err);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), api_error_text(&a_err), 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_err = PROTECT(api_error_list(&a_err));
    ++nprot;
    const SEXP outs[] = {o_err};
    static const char *const names[] = {"err"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_batch_fit(SEXP s_o, SEXP s_f, SEXP s_family, SEXP s_d);
SEXP ctr_api_ctrend_batch_fit(SEXP s_o, SEXP s_f, SEXP s_family, SEXP s_d)
{
    static const char FN[] = "ctrend_batch_fit";
    (void)FN;
    int nprot = 0;
    ctrend_batch_opts * a_o = (ctrend_batch_opts *)api_handle(s_o, "ctrend_batch_opts", FN, "o", 1);
    const ctrend_frame * a_f = (const ctrend_frame *)api_handle(s_f, "ctrend_frame", FN, "f", 0);
    int a_family = (int)api_oneof(s_family, FN, "family", api_enum_ctrend_family, 4);
    const ctrend_design * a_d = (const ctrend_design *)api_handle(s_d, "ctrend_design", FN, "d", 0);
    SEXP o_coef = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)api_mul((size_t)(ctrend_batch_opts_n_series(a_o, a_f)), (size_t)(ctrend_design_ncol(a_d)), FN)));
    ++nprot;
    double *a_coef = REAL(o_coef);
    SEXP o_se = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)api_mul((size_t)(ctrend_batch_opts_n_series(a_o, a_f)), (size_t)(ctrend_design_ncol(a_d)), FN)));
    ++nprot;
    double *a_se = REAL(o_se);
    SEXP o_scalars = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)api_mul((size_t)(ctrend_batch_opts_n_series(a_o, a_f)), (size_t)(ctrend_batch_opts_n_keys(a_o)), FN)));
    ++nprot;
    double *a_scalars = REAL(o_scalars);
    SEXP o_status = PROTECT(Rf_allocVector(INTSXP, (R_xlen_t)(size_t)(ctrend_batch_opts_n_series(a_o, a_f))));
    ++nprot;
    int *a_status = (int *)INTEGER(o_status);
    int r = ctrend_batch_fit(a_o, a_f, a_family, a_d, a_coef, a_se, a_scalars, a_status);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_coef, o_se, o_scalars, o_status};
    static const char *const names[] = {"coef", "se", "scalars", "status"};
    SEXP res = api_result(val, "", 4, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_batch_rolling_mean(SEXP s_o, SEXP s_x, SEXP s_n_series, SEXP s_n_months, SEXP s_window, SEXP s_min_periods);
SEXP ctr_api_ctrend_batch_rolling_mean(SEXP s_o, SEXP s_x, SEXP s_n_series, SEXP s_n_months, SEXP s_window, SEXP s_min_periods)
{
    static const char FN[] = "ctrend_batch_rolling_mean";
    (void)FN;
    int nprot = 0;
    SEXP v_x = PROTECT(api_dblvec(s_x, FN, "x", 0));
    ++nprot;
    ctrend_batch_opts * a_o = (ctrend_batch_opts *)api_handle(s_o, "ctrend_batch_opts", FN, "o", 1);
    size_t a_n_series = (size_t)api_whole(s_n_series, FN, "n_series", 0.0, 9007199254740992.0);
    size_t a_n_months = (size_t)api_whole(s_n_months, FN, "n_months", 0.0, 9007199254740992.0);
    size_t a_window = (size_t)api_whole(s_window, FN, "window", 1.0, 9007199254740992.0);
    size_t a_min_periods = (size_t)api_whole(s_min_periods, FN, "min_periods", 0.0, 9007199254740992.0);
    api_need(v_x, api_mul((size_t)(a_n_series), (size_t)(a_n_months), FN), FN, "x");
    const double *a_x = v_x == R_NilValue ? NULL : REAL(v_x);
    SEXP o_out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)api_mul((size_t)(a_n_series), (size_t)(a_n_months), FN)));
    ++nprot;
    double *a_out = REAL(o_out);
    SEXP o_status = PROTECT(Rf_allocVector(INTSXP, (R_xlen_t)(size_t)(a_n_series)));
    ++nprot;
    int *a_status = (int *)INTEGER(o_status);
    int r = ctrend_batch_rolling_mean(a_o, a_x, a_n_series, a_n_months, a_window, a_min_periods, a_out, a_status);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out, o_status};
    static const char *const names[] = {"out", "status"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_batch_change_pct(SEXP s_o, SEXP s_x, SEXP s_n_series, SEXP s_n_months, SEXP s_lag);
SEXP ctr_api_ctrend_batch_change_pct(SEXP s_o, SEXP s_x, SEXP s_n_series, SEXP s_n_months, SEXP s_lag)
{
    static const char FN[] = "ctrend_batch_change_pct";
    (void)FN;
    int nprot = 0;
    SEXP v_x = PROTECT(api_dblvec(s_x, FN, "x", 0));
    ++nprot;
    ctrend_batch_opts * a_o = (ctrend_batch_opts *)api_handle(s_o, "ctrend_batch_opts", FN, "o", 1);
    size_t a_n_series = (size_t)api_whole(s_n_series, FN, "n_series", 0.0, 9007199254740992.0);
    size_t a_n_months = (size_t)api_whole(s_n_months, FN, "n_months", 0.0, 9007199254740992.0);
    size_t a_lag = (size_t)api_whole(s_lag, FN, "lag", 1.0, 9007199254740992.0);
    api_need(v_x, api_mul((size_t)(a_n_series), (size_t)(a_n_months), FN), FN, "x");
    const double *a_x = v_x == R_NilValue ? NULL : REAL(v_x);
    SEXP o_out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)api_mul((size_t)(a_n_series), (size_t)(a_n_months), FN)));
    ++nprot;
    double *a_out = REAL(o_out);
    SEXP o_reason = PROTECT(Rf_allocVector(INTSXP, (R_xlen_t)api_mul((size_t)(a_n_series), (size_t)(a_n_months), FN)));
    ++nprot;
    int32_t *a_reason = (int32_t *)INTEGER(o_reason);
    SEXP o_status = PROTECT(Rf_allocVector(INTSXP, (R_xlen_t)(size_t)(a_n_series)));
    ++nprot;
    int *a_status = (int *)INTEGER(o_status);
    int r = ctrend_batch_change_pct(a_o, a_x, a_n_series, a_n_months, a_lag, a_out, a_reason, a_status);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out, o_reason, o_status};
    static const char *const names[] = {"out", "reason", "status"};
    SEXP res = api_result(val, "", 3, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_opts_new(void);
SEXP ctr_api_ctrend_claims_opts_new(void)
{
    static const char FN[] = "ctrend_claims_opts_new";
    (void)FN;
    int nprot = 0;
    ctrend_claims_opts * a_out = NULL;
    int r = ctrend_claims_opts_new(&a_out);
    if (r != CTREND_OK && a_out) {
        SEXP m = PROTECT(Rf_mkString(""));
        ctrend_claims_opts_free(a_out);
        UNPROTECT(nprot + 1);
        return api_result(Rf_ScalarInteger(r), CHAR(STRING_ELT(m, 0)), 0, NULL, NULL);
    }
    SEXP o_out = PROTECT(a_out ? api_wrap(a_out, "ctrend_claims_opts", api_fin_ctrend_claims_opts, R_NilValue) : R_NilValue);
    ++nprot;
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_opts_free(SEXP s_o);
SEXP ctr_api_ctrend_claims_opts_free(SEXP s_o)
{
    static const char FN[] = "ctrend_claims_opts_free";
    (void)FN;
    int nprot = 0;
    ctrend_claims_opts * a_o = (ctrend_claims_opts *)api_handle(s_o, "ctrend_claims_opts", FN, "o", 1);
    ctrend_claims_opts_free(a_o);
    if (s_o != R_NilValue) R_ClearExternalPtr(s_o);
    UNPROTECT(nprot);
    return R_NilValue;
}

SEXP ctr_api_ctrend_claims_opts_set_double(SEXP s_o, SEXP s_key, SEXP s_value);
SEXP ctr_api_ctrend_claims_opts_set_double(SEXP s_o, SEXP s_key, SEXP s_value)
{
    static const char FN[] = "ctrend_claims_opts_set_double";
    (void)FN;
    int nprot = 0;
    ctrend_claims_opts * a_o = (ctrend_claims_opts *)api_handle(s_o, "ctrend_claims_opts", FN, "o", 0);
    int a_key = (int)api_oneof(s_key, FN, "key", api_enum_ctrend_claims_opt, 4);
    double a_value = api_num(s_value, FN, "value");
    int r = ctrend_claims_opts_set_double(a_o, a_key, a_value);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_opts_set_int(SEXP s_o, SEXP s_key, SEXP s_value);
SEXP ctr_api_ctrend_claims_opts_set_int(SEXP s_o, SEXP s_key, SEXP s_value)
{
    static const char FN[] = "ctrend_claims_opts_set_int";
    (void)FN;
    int nprot = 0;
    ctrend_claims_opts * a_o = (ctrend_claims_opts *)api_handle(s_o, "ctrend_claims_opts", FN, "o", 0);
    int a_key = (int)api_oneof(s_key, FN, "key", api_enum_ctrend_claims_opt, 4);
    int64_t a_value = (int64_t)api_whole(s_value, FN, "value", -9007199254740992.0, 9007199254740992.0);
    int r = ctrend_claims_opts_set_int(a_o, a_key, a_value);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_opts_get(SEXP s_o, SEXP s_key);
SEXP ctr_api_ctrend_claims_opts_get(SEXP s_o, SEXP s_key)
{
    static const char FN[] = "ctrend_claims_opts_get";
    (void)FN;
    int nprot = 0;
    const ctrend_claims_opts * a_o = (const ctrend_claims_opts *)api_handle(s_o, "ctrend_claims_opts", FN, "o", 0);
    int a_key = (int)api_oneof(s_key, FN, "key", api_enum_ctrend_claims_opt, 4);
    double a_value = 0;
    int r = ctrend_claims_opts_get(a_o, a_key, &a_value);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_value = PROTECT(Rf_ScalarReal((double)a_value));
    ++nprot;
    const SEXP outs[] = {o_value};
    static const char *const names[] = {"value"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_opts_bounds(SEXP s_key);
SEXP ctr_api_ctrend_claims_opts_bounds(SEXP s_key)
{
    static const char FN[] = "ctrend_claims_opts_bounds";
    (void)FN;
    int nprot = 0;
    int a_key = (int)api_oneof(s_key, FN, "key", api_enum_ctrend_claims_opt, 4);
    double a_lo = 0;
    double a_hi = 0;
    int r = ctrend_claims_opts_bounds(a_key, &a_lo, &a_hi);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_lo = PROTECT(Rf_ScalarReal((double)a_lo));
    ++nprot;
    SEXP o_hi = PROTECT(Rf_ScalarReal((double)a_hi));
    ++nprot;
    const SEXP outs[] = {o_lo, o_hi};
    static const char *const names[] = {"lo", "hi"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_parse(SEXP s_text, SEXP s_source_name);
SEXP ctr_api_ctrend_claims_parse(SEXP s_text, SEXP s_source_name)
{
    static const char FN[] = "ctrend_claims_parse";
    (void)FN;
    int nprot = 0;
    size_t a_len;
    const char *a_text = api_bytes(s_text, FN, "text", &a_len);
    const char *a_source_name = api_str(s_source_name, FN, "source_name", 1);
    ctrend_claims * a_out = NULL;
    ctrend_error a_err;
    ctrend_error_clear(&a_err);
    int r = ctrend_claims_parse(a_text, a_len, a_source_name, &a_out, &a_err);
    if (r != CTREND_OK && a_out) {
        SEXP m = PROTECT(Rf_mkString(ctrend_claims_errmsg(a_out)));
        ctrend_claims_free(a_out);
        UNPROTECT(nprot + 1);
        return api_result(Rf_ScalarInteger(r), CHAR(STRING_ELT(m, 0)), 0, NULL, NULL);
    }
    SEXP o_out = PROTECT(a_out ? api_wrap(a_out, "ctrend_claims", api_fin_ctrend_claims, R_NilValue) : R_NilValue);
    ++nprot;
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), api_error_text(&a_err), 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_err = PROTECT(api_error_list(&a_err));
    ++nprot;
    const SEXP outs[] = {o_out, o_err};
    static const char *const names[] = {"out", "err"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_parse_lenient(SEXP s_text, SEXP s_source_name);
SEXP ctr_api_ctrend_claims_parse_lenient(SEXP s_text, SEXP s_source_name)
{
    static const char FN[] = "ctrend_claims_parse_lenient";
    (void)FN;
    int nprot = 0;
    size_t a_len;
    const char *a_text = api_bytes(s_text, FN, "text", &a_len);
    const char *a_source_name = api_str(s_source_name, FN, "source_name", 1);
    ctrend_claims * a_out = NULL;
    ctrend_error a_err;
    ctrend_error_clear(&a_err);
    int r = ctrend_claims_parse_lenient(a_text, a_len, a_source_name, &a_out, &a_err);
    if (r != CTREND_OK && a_out) {
        SEXP m = PROTECT(Rf_mkString(ctrend_claims_errmsg(a_out)));
        ctrend_claims_free(a_out);
        UNPROTECT(nprot + 1);
        return api_result(Rf_ScalarInteger(r), CHAR(STRING_ELT(m, 0)), 0, NULL, NULL);
    }
    SEXP o_out = PROTECT(a_out ? api_wrap(a_out, "ctrend_claims", api_fin_ctrend_claims, R_NilValue) : R_NilValue);
    ++nprot;
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), api_error_text(&a_err), 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_err = PROTECT(api_error_list(&a_err));
    ++nprot;
    const SEXP outs[] = {o_out, o_err};
    static const char *const names[] = {"out", "err"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_free(SEXP s_c);
SEXP ctr_api_ctrend_claims_free(SEXP s_c)
{
    static const char FN[] = "ctrend_claims_free";
    (void)FN;
    int nprot = 0;
    ctrend_claims * a_c = (ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 1);
    ctrend_claims_free(a_c);
    if (s_c != R_NilValue) R_ClearExternalPtr(s_c);
    UNPROTECT(nprot);
    return R_NilValue;
}

SEXP ctr_api_ctrend_claims_errmsg(SEXP s_c);
SEXP ctr_api_ctrend_claims_errmsg(SEXP s_c)
{
    static const char FN[] = "ctrend_claims_errmsg";
    (void)FN;
    int nprot = 0;
    const ctrend_claims * a_c = (const ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 0);
    const char * r = ctrend_claims_errmsg(a_c);
    SEXP val = PROTECT(api_string(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_error(SEXP s_c);
SEXP ctr_api_ctrend_claims_error(SEXP s_c)
{
    static const char FN[] = "ctrend_claims_error";
    (void)FN;
    int nprot = 0;
    const ctrend_claims * a_c = (const ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 0);
    ctrend_error a_err;
    ctrend_error_clear(&a_err);
    int r = ctrend_claims_error(a_c, &a_err);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), api_error_text(&a_err), 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_err = PROTECT(api_error_list(&a_err));
    ++nprot;
    const SEXP outs[] = {o_err};
    static const char *const names[] = {"err"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_check(SEXP s_c, SEXP s_opts, SEXP s_data);
SEXP ctr_api_ctrend_claims_check(SEXP s_c, SEXP s_opts, SEXP s_data)
{
    static const char FN[] = "ctrend_claims_check";
    (void)FN;
    int nprot = 0;
    ctrend_claims * a_c = (ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 0);
    const ctrend_claims_opts * a_opts = (const ctrend_claims_opts *)api_handle(s_opts, "ctrend_claims_opts", FN, "opts", 1);
    const ctrend_frame * a_data = (const ctrend_frame *)api_handle(s_data, "ctrend_frame", FN, "data", 0);
    ctrend_error a_err;
    ctrend_error_clear(&a_err);
    int r = ctrend_claims_check(a_c, a_opts, a_data, &a_err);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), api_error_text(&a_err), 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_err = PROTECT(api_error_list(&a_err));
    ++nprot;
    const SEXP outs[] = {o_err};
    static const char *const names[] = {"err"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_count(SEXP s_c);
SEXP ctr_api_ctrend_claims_count(SEXP s_c)
{
    static const char FN[] = "ctrend_claims_count";
    (void)FN;
    int nprot = 0;
    const ctrend_claims * a_c = (const ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 0);
    size_t r = ctrend_claims_count(a_c);
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_find(SEXP s_c, SEXP s_id);
SEXP ctr_api_ctrend_claims_find(SEXP s_c, SEXP s_id)
{
    static const char FN[] = "ctrend_claims_find";
    (void)FN;
    int nprot = 0;
    const ctrend_claims * a_c = (const ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 0);
    const char *a_id = api_str(s_id, FN, "id", 0);
    size_t a_index = 0;
    int r = ctrend_claims_find(a_c, a_id, &a_index);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_c ? ctrend_claims_errmsg(a_c) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_index = PROTECT(Rf_ScalarReal((double)a_index));
    ++nprot;
    const SEXP outs[] = {o_index};
    static const char *const names[] = {"index"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_id(SEXP s_c, SEXP s_i);
SEXP ctr_api_ctrend_claims_id(SEXP s_c, SEXP s_i)
{
    static const char FN[] = "ctrend_claims_id";
    (void)FN;
    int nprot = 0;
    const ctrend_claims * a_c = (const ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 0);
    size_t a_i = (size_t)api_whole(s_i, FN, "i", 0.0, 9007199254740992.0);
    const char *a_out = NULL;
    int r = ctrend_claims_id(a_c, a_i, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_c ? ctrend_claims_errmsg(a_c) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(api_string(a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_quote(SEXP s_c, SEXP s_i);
SEXP ctr_api_ctrend_claims_quote(SEXP s_c, SEXP s_i)
{
    static const char FN[] = "ctrend_claims_quote";
    (void)FN;
    int nprot = 0;
    const ctrend_claims * a_c = (const ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 0);
    size_t a_i = (size_t)api_whole(s_i, FN, "i", 0.0, 9007199254740992.0);
    const char *a_out = NULL;
    int r = ctrend_claims_quote(a_c, a_i, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_c ? ctrend_claims_errmsg(a_c) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(api_string(a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_source(SEXP s_c, SEXP s_i);
SEXP ctr_api_ctrend_claims_source(SEXP s_c, SEXP s_i)
{
    static const char FN[] = "ctrend_claims_source";
    (void)FN;
    int nprot = 0;
    const ctrend_claims * a_c = (const ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 0);
    size_t a_i = (size_t)api_whole(s_i, FN, "i", 0.0, 9007199254740992.0);
    const char *a_out = NULL;
    int r = ctrend_claims_source(a_c, a_i, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_c ? ctrend_claims_errmsg(a_c) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(api_string(a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_text(SEXP s_c, SEXP s_i);
SEXP ctr_api_ctrend_claims_text(SEXP s_c, SEXP s_i)
{
    static const char FN[] = "ctrend_claims_text";
    (void)FN;
    int nprot = 0;
    const ctrend_claims * a_c = (const ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 0);
    size_t a_i = (size_t)api_whole(s_i, FN, "i", 0.0, 9007199254740992.0);
    const char *a_out = NULL;
    int r = ctrend_claims_text(a_c, a_i, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_c ? ctrend_claims_errmsg(a_c) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(api_string(a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_line(SEXP s_c, SEXP s_i);
SEXP ctr_api_ctrend_claims_line(SEXP s_c, SEXP s_i)
{
    static const char FN[] = "ctrend_claims_line";
    (void)FN;
    int nprot = 0;
    const ctrend_claims * a_c = (const ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 0);
    size_t a_i = (size_t)api_whole(s_i, FN, "i", 0.0, 9007199254740992.0);
    int a_out = 0;
    int r = ctrend_claims_line(a_c, a_i, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_c ? ctrend_claims_errmsg(a_c) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarInteger((int)a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_verdict(SEXP s_c, SEXP s_i);
SEXP ctr_api_ctrend_claims_verdict(SEXP s_c, SEXP s_i)
{
    static const char FN[] = "ctrend_claims_verdict";
    (void)FN;
    int nprot = 0;
    const ctrend_claims * a_c = (const ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 0);
    size_t a_i = (size_t)api_whole(s_i, FN, "i", 0.0, 9007199254740992.0);
    int a_out = 0;
    int r = ctrend_claims_verdict(a_c, a_i, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_c ? ctrend_claims_errmsg(a_c) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarInteger((int)a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_verdict_name(SEXP s_verdict);
SEXP ctr_api_ctrend_claims_verdict_name(SEXP s_verdict)
{
    static const char FN[] = "ctrend_claims_verdict_name";
    (void)FN;
    int nprot = 0;
    int a_verdict = (int)api_whole(s_verdict, FN, "verdict", -2147483647.0, 2147483647.0);
    const char * r = ctrend_claims_verdict_name(a_verdict);
    SEXP val = PROTECT(api_string(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_figure(SEXP s_c, SEXP s_i, SEXP s_which);
SEXP ctr_api_ctrend_claims_figure(SEXP s_c, SEXP s_i, SEXP s_which)
{
    static const char FN[] = "ctrend_claims_figure";
    (void)FN;
    int nprot = 0;
    const ctrend_claims * a_c = (const ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 0);
    size_t a_i = (size_t)api_whole(s_i, FN, "i", 0.0, 9007199254740992.0);
    int a_which = (int)api_oneof(s_which, FN, "which", api_enum_ctrend_claims_figure, 9);
    double a_value = 0;
    int r = ctrend_claims_figure(a_c, a_i, a_which, &a_value);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_c ? ctrend_claims_errmsg(a_c) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_value = PROTECT(Rf_ScalarReal((double)a_value));
    ++nprot;
    const SEXP outs[] = {o_value};
    static const char *const names[] = {"value"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_within_noise(SEXP s_c, SEXP s_i);
SEXP ctr_api_ctrend_claims_within_noise(SEXP s_c, SEXP s_i)
{
    static const char FN[] = "ctrend_claims_within_noise";
    (void)FN;
    int nprot = 0;
    const ctrend_claims * a_c = (const ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 0);
    size_t a_i = (size_t)api_whole(s_i, FN, "i", 0.0, 9007199254740992.0);
    int a_out = 0;
    int r = ctrend_claims_within_noise(a_c, a_i, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_c ? ctrend_claims_errmsg(a_c) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarInteger((int)a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_explanation(SEXP s_c, SEXP s_i);
SEXP ctr_api_ctrend_claims_explanation(SEXP s_c, SEXP s_i)
{
    static const char FN[] = "ctrend_claims_explanation";
    (void)FN;
    int nprot = 0;
    const ctrend_claims * a_c = (const ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 0);
    size_t a_i = (size_t)api_whole(s_i, FN, "i", 0.0, 9007199254740992.0);
    const char *a_out = NULL;
    int r = ctrend_claims_explanation(a_c, a_i, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_c ? ctrend_claims_errmsg(a_c) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(api_string(a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_counts(SEXP s_c);
SEXP ctr_api_ctrend_claims_counts(SEXP s_c)
{
    static const char FN[] = "ctrend_claims_counts";
    (void)FN;
    int nprot = 0;
    const ctrend_claims * a_c = (const ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 0);
    size_t a_n_supported = 0;
    size_t a_n_contradicted = 0;
    size_t a_n_unverifiable = 0;
    int r = ctrend_claims_counts(a_c, &a_n_supported, &a_n_contradicted, &a_n_unverifiable);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_c ? ctrend_claims_errmsg(a_c) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_n_supported = PROTECT(Rf_ScalarReal((double)a_n_supported));
    ++nprot;
    SEXP o_n_contradicted = PROTECT(Rf_ScalarReal((double)a_n_contradicted));
    ++nprot;
    SEXP o_n_unverifiable = PROTECT(Rf_ScalarReal((double)a_n_unverifiable));
    ++nprot;
    const SEXP outs[] = {o_n_supported, o_n_contradicted, o_n_unverifiable};
    static const char *const names[] = {"n_supported", "n_contradicted", "n_unverifiable"};
    SEXP res = api_result(val, "", 3, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_kind_of(SEXP s_c, SEXP s_i);
SEXP ctr_api_ctrend_claims_kind_of(SEXP s_c, SEXP s_i)
{
    static const char FN[] = "ctrend_claims_kind_of";
    (void)FN;
    int nprot = 0;
    const ctrend_claims * a_c = (const ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 0);
    size_t a_i = (size_t)api_whole(s_i, FN, "i", 0.0, 9007199254740992.0);
    int a_out = 0;
    int r = ctrend_claims_kind_of(a_c, a_i, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_c ? ctrend_claims_errmsg(a_c) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarInteger((int)a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_n_terms(SEXP s_c, SEXP s_i);
SEXP ctr_api_ctrend_claims_n_terms(SEXP s_c, SEXP s_i)
{
    static const char FN[] = "ctrend_claims_n_terms";
    (void)FN;
    int nprot = 0;
    const ctrend_claims * a_c = (const ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 0);
    size_t a_i = (size_t)api_whole(s_i, FN, "i", 0.0, 9007199254740992.0);
    size_t r = ctrend_claims_n_terms(a_c, a_i);
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_term_group(SEXP s_c, SEXP s_i, SEXP s_j);
SEXP ctr_api_ctrend_claims_term_group(SEXP s_c, SEXP s_i, SEXP s_j)
{
    static const char FN[] = "ctrend_claims_term_group";
    (void)FN;
    int nprot = 0;
    const ctrend_claims * a_c = (const ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 0);
    size_t a_i = (size_t)api_whole(s_i, FN, "i", 0.0, 9007199254740992.0);
    size_t a_j = (size_t)api_whole(s_j, FN, "j", 0.0, 9007199254740992.0);
    const char *a_out = NULL;
    int r = ctrend_claims_term_group(a_c, a_i, a_j, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_c ? ctrend_claims_errmsg(a_c) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(api_string(a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_term_region(SEXP s_c, SEXP s_i, SEXP s_j);
SEXP ctr_api_ctrend_claims_term_region(SEXP s_c, SEXP s_i, SEXP s_j)
{
    static const char FN[] = "ctrend_claims_term_region";
    (void)FN;
    int nprot = 0;
    const ctrend_claims * a_c = (const ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 0);
    size_t a_i = (size_t)api_whole(s_i, FN, "i", 0.0, 9007199254740992.0);
    size_t a_j = (size_t)api_whole(s_j, FN, "j", 0.0, 9007199254740992.0);
    const char *a_out = NULL;
    int r = ctrend_claims_term_region(a_c, a_i, a_j, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_c ? ctrend_claims_errmsg(a_c) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(api_string(a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_term_metric(SEXP s_c, SEXP s_i, SEXP s_j);
SEXP ctr_api_ctrend_claims_term_metric(SEXP s_c, SEXP s_i, SEXP s_j)
{
    static const char FN[] = "ctrend_claims_term_metric";
    (void)FN;
    int nprot = 0;
    const ctrend_claims * a_c = (const ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 0);
    size_t a_i = (size_t)api_whole(s_i, FN, "i", 0.0, 9007199254740992.0);
    size_t a_j = (size_t)api_whole(s_j, FN, "j", 0.0, 9007199254740992.0);
    const char *a_out = NULL;
    int r = ctrend_claims_term_metric(a_c, a_i, a_j, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_c ? ctrend_claims_errmsg(a_c) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(api_string(a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_term_side(SEXP s_c, SEXP s_i, SEXP s_j);
SEXP ctr_api_ctrend_claims_term_side(SEXP s_c, SEXP s_i, SEXP s_j)
{
    static const char FN[] = "ctrend_claims_term_side";
    (void)FN;
    int nprot = 0;
    const ctrend_claims * a_c = (const ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 0);
    size_t a_i = (size_t)api_whole(s_i, FN, "i", 0.0, 9007199254740992.0);
    size_t a_j = (size_t)api_whole(s_j, FN, "j", 0.0, 9007199254740992.0);
    int a_out = 0;
    int r = ctrend_claims_term_side(a_c, a_i, a_j, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_c ? ctrend_claims_errmsg(a_c) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(Rf_ScalarInteger((int)a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_target(SEXP s_c, SEXP s_i);
SEXP ctr_api_ctrend_claims_target(SEXP s_c, SEXP s_i)
{
    static const char FN[] = "ctrend_claims_target";
    (void)FN;
    int nprot = 0;
    const ctrend_claims * a_c = (const ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 0);
    size_t a_i = (size_t)api_whole(s_i, FN, "i", 0.0, 9007199254740992.0);
    int32_t a_first = 0;
    int32_t a_last = 0;
    int r = ctrend_claims_target(a_c, a_i, &a_first, &a_last);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_c ? ctrend_claims_errmsg(a_c) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_first = PROTECT(Rf_ScalarInteger((int)a_first));
    ++nprot;
    SEXP o_last = PROTECT(Rf_ScalarInteger((int)a_last));
    ++nprot;
    const SEXP outs[] = {o_first, o_last};
    static const char *const names[] = {"first", "last"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_base(SEXP s_c, SEXP s_i);
SEXP ctr_api_ctrend_claims_base(SEXP s_c, SEXP s_i)
{
    static const char FN[] = "ctrend_claims_base";
    (void)FN;
    int nprot = 0;
    const ctrend_claims * a_c = (const ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 0);
    size_t a_i = (size_t)api_whole(s_i, FN, "i", 0.0, 9007199254740992.0);
    int32_t a_first = 0;
    int32_t a_last = 0;
    int r = ctrend_claims_base(a_c, a_i, &a_first, &a_last);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_c ? ctrend_claims_errmsg(a_c) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_first = PROTECT(Rf_ScalarInteger((int)a_first));
    ++nprot;
    SEXP o_last = PROTECT(Rf_ScalarInteger((int)a_last));
    ++nprot;
    const SEXP outs[] = {o_first, o_last};
    static const char *const names[] = {"first", "last"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_n_errors(SEXP s_c);
SEXP ctr_api_ctrend_claims_n_errors(SEXP s_c)
{
    static const char FN[] = "ctrend_claims_n_errors";
    (void)FN;
    int nprot = 0;
    const ctrend_claims * a_c = (const ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 0);
    size_t r = ctrend_claims_n_errors(a_c);
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_error_at(SEXP s_c, SEXP s_k);
SEXP ctr_api_ctrend_claims_error_at(SEXP s_c, SEXP s_k)
{
    static const char FN[] = "ctrend_claims_error_at";
    (void)FN;
    int nprot = 0;
    const ctrend_claims * a_c = (const ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 0);
    size_t a_k = (size_t)api_whole(s_k, FN, "k", 0.0, 9007199254740992.0);
    const char * r = ctrend_claims_error_at(a_c, a_k);
    SEXP val = PROTECT(api_string(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_claim_error(SEXP s_c, SEXP s_i);
SEXP ctr_api_ctrend_claims_claim_error(SEXP s_c, SEXP s_i)
{
    static const char FN[] = "ctrend_claims_claim_error";
    (void)FN;
    int nprot = 0;
    const ctrend_claims * a_c = (const ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 0);
    size_t a_i = (size_t)api_whole(s_i, FN, "i", 0.0, 9007199254740992.0);
    int a_line = 0;
    int a_column = 0;
    const char * r = ctrend_claims_claim_error(a_c, a_i, &a_line, &a_column);
    SEXP val = PROTECT(api_string(r));
    ++nprot;
    SEXP o_line = PROTECT(Rf_ScalarInteger((int)a_line));
    ++nprot;
    SEXP o_column = PROTECT(Rf_ScalarInteger((int)a_column));
    ++nprot;
    const SEXP outs[] = {o_line, o_column};
    static const char *const names[] = {"line", "column"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_note(SEXP s_c, SEXP s_i);
SEXP ctr_api_ctrend_claims_note(SEXP s_c, SEXP s_i)
{
    static const char FN[] = "ctrend_claims_note";
    (void)FN;
    int nprot = 0;
    const ctrend_claims * a_c = (const ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 0);
    size_t a_i = (size_t)api_whole(s_i, FN, "i", 0.0, 9007199254740992.0);
    const char *a_out = NULL;
    int r = ctrend_claims_note(a_c, a_i, &a_out);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), a_c ? ctrend_claims_errmsg(a_c) : "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_out = PROTECT(api_string(a_out));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_claims_n_invalid(SEXP s_c);
SEXP ctr_api_ctrend_claims_n_invalid(SEXP s_c)
{
    static const char FN[] = "ctrend_claims_n_invalid";
    (void)FN;
    int nprot = 0;
    const ctrend_claims * a_c = (const ctrend_claims *)api_handle(s_c, "ctrend_claims", FN, "c", 0);
    size_t r = ctrend_claims_n_invalid(a_c);
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_figure_new(void);
SEXP ctr_api_ctrend_figure_new(void)
{
    static const char FN[] = "ctrend_figure_new";
    (void)FN;
    int nprot = 0;
    ctrend_figure * a_out = NULL;
    ctrend_error a_err;
    ctrend_error_clear(&a_err);
    int r = ctrend_figure_new(&a_out, &a_err);
    if (r != CTREND_OK && a_out) {
        SEXP m = PROTECT(Rf_mkString(""));
        ctrend_figure_free(a_out);
        UNPROTECT(nprot + 1);
        return api_result(Rf_ScalarInteger(r), CHAR(STRING_ELT(m, 0)), 0, NULL, NULL);
    }
    SEXP o_out = PROTECT(a_out ? api_wrap(a_out, "ctrend_figure", api_fin_ctrend_figure, R_NilValue) : R_NilValue);
    ++nprot;
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), api_error_text(&a_err), 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_err = PROTECT(api_error_list(&a_err));
    ++nprot;
    const SEXP outs[] = {o_out, o_err};
    static const char *const names[] = {"out", "err"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_figure_free(SEXP s_fig);
SEXP ctr_api_ctrend_figure_free(SEXP s_fig)
{
    static const char FN[] = "ctrend_figure_free";
    (void)FN;
    int nprot = 0;
    ctrend_figure * a_fig = (ctrend_figure *)api_handle(s_fig, "ctrend_figure", FN, "fig", 1);
    ctrend_figure_free(a_fig);
    if (s_fig != R_NilValue) R_ClearExternalPtr(s_fig);
    UNPROTECT(nprot);
    return R_NilValue;
}

SEXP ctr_api_ctrend_figure_add_panel(SEXP s_fig, SEXP s_start, SEXP s_y);
SEXP ctr_api_ctrend_figure_add_panel(SEXP s_fig, SEXP s_start, SEXP s_y)
{
    static const char FN[] = "ctrend_figure_add_panel";
    (void)FN;
    int nprot = 0;
    SEXP v_y = PROTECT(api_dblvec(s_y, FN, "y", 0));
    ++nprot;
    size_t a_n = (size_t)XLENGTH(v_y);
    if (a_n < 1) api_fail(FN, "y", "must have length >= 1");
    ctrend_figure * a_fig = (ctrend_figure *)api_handle(s_fig, "ctrend_figure", FN, "fig", 0);
    int32_t a_start = (int32_t)api_whole(s_start, FN, "start", 12.0, 119999.0);
    const double *a_y = v_y == R_NilValue ? NULL : REAL(v_y);
    size_t a_panel = 0;
    int r = ctrend_figure_add_panel(a_fig, a_start, a_y, a_n, &a_panel);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_panel = PROTECT(Rf_ScalarReal((double)a_panel));
    ++nprot;
    const SEXP outs[] = {o_panel};
    static const char *const names[] = {"panel"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_figure_add_series(SEXP s_fig, SEXP s_f, SEXP s_index, SEXP s_first, SEXP s_last);
SEXP ctr_api_ctrend_figure_add_series(SEXP s_fig, SEXP s_f, SEXP s_index, SEXP s_first, SEXP s_last)
{
    static const char FN[] = "ctrend_figure_add_series";
    (void)FN;
    int nprot = 0;
    ctrend_figure * a_fig = (ctrend_figure *)api_handle(s_fig, "ctrend_figure", FN, "fig", 0);
    const ctrend_frame * a_f = (const ctrend_frame *)api_handle(s_f, "ctrend_frame", FN, "f", 0);
    size_t a_index = (size_t)api_whole(s_index, FN, "index", 0.0, 9007199254740992.0);
    int32_t a_first = (int32_t)api_whole(s_first, FN, "first", 12.0, 119999.0);
    int32_t a_last = (int32_t)api_whole(s_last, FN, "last", 12.0, 119999.0);
    size_t a_panel = 0;
    ctrend_error a_err;
    ctrend_error_clear(&a_err);
    int r = ctrend_figure_add_series(a_fig, a_f, a_index, a_first, a_last, &a_panel, &a_err);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), api_error_text(&a_err), 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_panel = PROTECT(Rf_ScalarReal((double)a_panel));
    ++nprot;
    SEXP o_err = PROTECT(api_error_list(&a_err));
    ++nprot;
    const SEXP outs[] = {o_panel, o_err};
    static const char *const names[] = {"panel", "err"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_figure_add_claim(SEXP s_fig, SEXP s_cl, SEXP s_i, SEXP s_all);
SEXP ctr_api_ctrend_figure_add_claim(SEXP s_fig, SEXP s_cl, SEXP s_i, SEXP s_all)
{
    static const char FN[] = "ctrend_figure_add_claim";
    (void)FN;
    int nprot = 0;
    ctrend_figure * a_fig = (ctrend_figure *)api_handle(s_fig, "ctrend_figure", FN, "fig", 0);
    const ctrend_claims * a_cl = (const ctrend_claims *)api_handle(s_cl, "ctrend_claims", FN, "cl", 0);
    size_t a_i = (size_t)api_whole(s_i, FN, "i", 0.0, 9007199254740992.0);
    const ctrend_frame * a_all = (const ctrend_frame *)api_handle(s_all, "ctrend_frame", FN, "all", 0);
    ctrend_error a_err;
    ctrend_error_clear(&a_err);
    int r = ctrend_figure_add_claim(a_fig, a_cl, a_i, a_all, &a_err);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), api_error_text(&a_err), 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_err = PROTECT(api_error_list(&a_err));
    ++nprot;
    const SEXP outs[] = {o_err};
    static const char *const names[] = {"err"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_figure_add_rolling(SEXP s_fig, SEXP s_panel, SEXP s_window, SEXP s_align);
SEXP ctr_api_ctrend_figure_add_rolling(SEXP s_fig, SEXP s_panel, SEXP s_window, SEXP s_align)
{
    static const char FN[] = "ctrend_figure_add_rolling";
    (void)FN;
    int nprot = 0;
    ctrend_figure * a_fig = (ctrend_figure *)api_handle(s_fig, "ctrend_figure", FN, "fig", 0);
    size_t a_panel = (size_t)api_whole(s_panel, FN, "panel", 0.0, 9007199254740992.0);
    size_t a_window = (size_t)api_whole(s_window, FN, "window", 1.0, 9007199254740992.0);
    int a_align = (int)api_oneof(s_align, FN, "align", api_enum_ctrend_align, 3);
    int r = ctrend_figure_add_rolling(a_fig, a_panel, a_window, a_align);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_figure_add_fit(SEXP s_fig, SEXP s_panel, SEXP s_m);
SEXP ctr_api_ctrend_figure_add_fit(SEXP s_fig, SEXP s_panel, SEXP s_m)
{
    static const char FN[] = "ctrend_figure_add_fit";
    (void)FN;
    int nprot = 0;
    ctrend_figure * a_fig = (ctrend_figure *)api_handle(s_fig, "ctrend_figure", FN, "fig", 0);
    size_t a_panel = (size_t)api_whole(s_panel, FN, "panel", 0.0, 9007199254740992.0);
    const ctrend_model * a_m = (const ctrend_model *)api_handle(s_m, "ctrend_model", FN, "m", 0);
    int r = ctrend_figure_add_fit(a_fig, a_panel, a_m);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_figure_add_forecast(SEXP s_fig, SEXP s_panel, SEXP s_f);
SEXP ctr_api_ctrend_figure_add_forecast(SEXP s_fig, SEXP s_panel, SEXP s_f)
{
    static const char FN[] = "ctrend_figure_add_forecast";
    (void)FN;
    int nprot = 0;
    ctrend_figure * a_fig = (ctrend_figure *)api_handle(s_fig, "ctrend_figure", FN, "fig", 0);
    size_t a_panel = (size_t)api_whole(s_panel, FN, "panel", 0.0, 9007199254740992.0);
    const ctrend_forecast * a_f = (const ctrend_forecast *)api_handle(s_f, "ctrend_forecast", FN, "f", 0);
    int r = ctrend_figure_add_forecast(a_fig, a_panel, a_f);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_figure_add_span(SEXP s_fig, SEXP s_panel, SEXP s_from, SEXP s_to, SEXP s_kind);
SEXP ctr_api_ctrend_figure_add_span(SEXP s_fig, SEXP s_panel, SEXP s_from, SEXP s_to, SEXP s_kind)
{
    static const char FN[] = "ctrend_figure_add_span";
    (void)FN;
    int nprot = 0;
    ctrend_figure * a_fig = (ctrend_figure *)api_handle(s_fig, "ctrend_figure", FN, "fig", 0);
    size_t a_panel = (size_t)api_whole(s_panel, FN, "panel", 0.0, 9007199254740992.0);
    int32_t a_from = (int32_t)api_whole(s_from, FN, "from", 12.0, 119999.0);
    int32_t a_to = (int32_t)api_whole(s_to, FN, "to", 12.0, 119999.0);
    int a_kind = (int)api_oneof(s_kind, FN, "kind", api_enum_ctrend_figure_span_kind, 2);
    int r = ctrend_figure_add_span(a_fig, a_panel, a_from, a_to, a_kind);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_figure_add_mark(SEXP s_fig, SEXP s_panel, SEXP s_month, SEXP s_kind, SEXP s_label);
SEXP ctr_api_ctrend_figure_add_mark(SEXP s_fig, SEXP s_panel, SEXP s_month, SEXP s_kind, SEXP s_label)
{
    static const char FN[] = "ctrend_figure_add_mark";
    (void)FN;
    int nprot = 0;
    ctrend_figure * a_fig = (ctrend_figure *)api_handle(s_fig, "ctrend_figure", FN, "fig", 0);
    size_t a_panel = (size_t)api_whole(s_panel, FN, "panel", 0.0, 9007199254740992.0);
    int32_t a_month = (int32_t)api_whole(s_month, FN, "month", 12.0, 119999.0);
    int a_kind = (int)api_oneof(s_kind, FN, "kind", api_enum_ctrend_figure_mark_kind, 3);
    const char *a_label = api_str(s_label, FN, "label", 1);
    int r = ctrend_figure_add_mark(a_fig, a_panel, a_month, a_kind, a_label);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_figure_set_text(SEXP s_fig, SEXP s_which, SEXP s_text);
SEXP ctr_api_ctrend_figure_set_text(SEXP s_fig, SEXP s_which, SEXP s_text)
{
    static const char FN[] = "ctrend_figure_set_text";
    (void)FN;
    int nprot = 0;
    ctrend_figure * a_fig = (ctrend_figure *)api_handle(s_fig, "ctrend_figure", FN, "fig", 0);
    int a_which = (int)api_oneof(s_which, FN, "which", api_enum_ctrend_figure_text_key, 7);
    const char *a_text = api_str(s_text, FN, "text", 1);
    int r = ctrend_figure_set_text(a_fig, a_which, a_text);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_figure_panel_set_text(SEXP s_fig, SEXP s_panel, SEXP s_which, SEXP s_text);
SEXP ctr_api_ctrend_figure_panel_set_text(SEXP s_fig, SEXP s_panel, SEXP s_which, SEXP s_text)
{
    static const char FN[] = "ctrend_figure_panel_set_text";
    (void)FN;
    int nprot = 0;
    ctrend_figure * a_fig = (ctrend_figure *)api_handle(s_fig, "ctrend_figure", FN, "fig", 0);
    size_t a_panel = (size_t)api_whole(s_panel, FN, "panel", 0.0, 9007199254740992.0);
    int a_which = (int)api_oneof(s_which, FN, "which", api_enum_ctrend_figure_panel_text_key, 2);
    const char *a_text = api_str(s_text, FN, "text", 1);
    int r = ctrend_figure_panel_set_text(a_fig, a_panel, a_which, a_text);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_figure_set_options(SEXP s_fig, SEXP s_style, SEXP s_width, SEXP s_height, SEXP s_label_spans);
SEXP ctr_api_ctrend_figure_set_options(SEXP s_fig, SEXP s_style, SEXP s_width, SEXP s_height, SEXP s_label_spans)
{
    static const char FN[] = "ctrend_figure_set_options";
    (void)FN;
    int nprot = 0;
    ctrend_figure * a_fig = (ctrend_figure *)api_handle(s_fig, "ctrend_figure", FN, "fig", 0);
    int a_style = (int)api_oneof(s_style, FN, "style", api_enum_ctrend_figure_style, 2);
    double a_width = api_real(s_width, FN, "width", 0.0, 20000.0, 0, 0);
    double a_height = api_real(s_height, FN, "height", 0.0, 20000.0, 0, 0);
    static const double oneof_label_spans[] = {0.0, 1.0};
    int a_label_spans = (int)api_oneof(s_label_spans, FN, "label_spans", oneof_label_spans, 2);
    int r = ctrend_figure_set_options(a_fig, a_style, a_width, a_height, a_label_spans);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_figure_n_panels(SEXP s_fig);
SEXP ctr_api_ctrend_figure_n_panels(SEXP s_fig)
{
    static const char FN[] = "ctrend_figure_n_panels";
    (void)FN;
    int nprot = 0;
    const ctrend_figure * a_fig = (const ctrend_figure *)api_handle(s_fig, "ctrend_figure", FN, "fig", 0);
    size_t r = ctrend_figure_n_panels(a_fig);
    SEXP val = PROTECT(Rf_ScalarReal((double)r));
    ++nprot;
    SEXP res = api_result(val, "", 0, NULL, NULL);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_figure_options(SEXP s_fig);
SEXP ctr_api_ctrend_figure_options(SEXP s_fig)
{
    static const char FN[] = "ctrend_figure_options";
    (void)FN;
    int nprot = 0;
    const ctrend_figure * a_fig = (const ctrend_figure *)api_handle(s_fig, "ctrend_figure", FN, "fig", 0);
    int a_style = 0;
    double a_width = 0;
    double a_height = 0;
    int a_label_spans = 0;
    int r = ctrend_figure_options(a_fig, &a_style, &a_width, &a_height, &a_label_spans);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_style = PROTECT(Rf_ScalarInteger((int)a_style));
    ++nprot;
    SEXP o_width = PROTECT(Rf_ScalarReal((double)a_width));
    ++nprot;
    SEXP o_height = PROTECT(Rf_ScalarReal((double)a_height));
    ++nprot;
    SEXP o_label_spans = PROTECT(Rf_ScalarInteger((int)a_label_spans));
    ++nprot;
    const SEXP outs[] = {o_style, o_width, o_height, o_label_spans};
    static const char *const names[] = {"style", "width", "height", "label_spans"};
    SEXP res = api_result(val, "", 4, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_figure_panel_months(SEXP s_fig, SEXP s_panel);
SEXP ctr_api_ctrend_figure_panel_months(SEXP s_fig, SEXP s_panel)
{
    static const char FN[] = "ctrend_figure_panel_months";
    (void)FN;
    int nprot = 0;
    const ctrend_figure * a_fig = (const ctrend_figure *)api_handle(s_fig, "ctrend_figure", FN, "fig", 0);
    size_t a_panel = (size_t)api_whole(s_panel, FN, "panel", 0.0, 9007199254740992.0);
    int32_t a_start = 0;
    size_t a_n = 0;
    size_t a_h = 0;
    int r = ctrend_figure_panel_months(a_fig, a_panel, &a_start, &a_n, &a_h);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_start = PROTECT(Rf_ScalarInteger((int)a_start));
    ++nprot;
    SEXP o_n = PROTECT(Rf_ScalarReal((double)a_n));
    ++nprot;
    SEXP o_h = PROTECT(Rf_ScalarReal((double)a_h));
    ++nprot;
    const SEXP outs[] = {o_start, o_n, o_h};
    static const char *const names[] = {"start", "n", "h"};
    SEXP res = api_result(val, "", 3, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_figure_x_range(SEXP s_fig);
SEXP ctr_api_ctrend_figure_x_range(SEXP s_fig)
{
    static const char FN[] = "ctrend_figure_x_range";
    (void)FN;
    int nprot = 0;
    const ctrend_figure * a_fig = (const ctrend_figure *)api_handle(s_fig, "ctrend_figure", FN, "fig", 0);
    int32_t a_first = 0;
    int32_t a_last = 0;
    int32_t a_data_last = 0;
    int r = ctrend_figure_x_range(a_fig, &a_first, &a_last, &a_data_last);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_first = PROTECT(Rf_ScalarInteger((int)a_first));
    ++nprot;
    SEXP o_last = PROTECT(Rf_ScalarInteger((int)a_last));
    ++nprot;
    SEXP o_data_last = PROTECT(Rf_ScalarInteger((int)a_data_last));
    ++nprot;
    const SEXP outs[] = {o_first, o_last, o_data_last};
    static const char *const names[] = {"first", "last", "data_last"};
    SEXP res = api_result(val, "", 3, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_figure_panel_vector(SEXP s_fig, SEXP s_panel, SEXP s_which);
SEXP ctr_api_ctrend_figure_panel_vector(SEXP s_fig, SEXP s_panel, SEXP s_which)
{
    static const char FN[] = "ctrend_figure_panel_vector";
    (void)FN;
    int nprot = 0;
    const ctrend_figure * a_fig = (const ctrend_figure *)api_handle(s_fig, "ctrend_figure", FN, "fig", 0);
    size_t a_panel = (size_t)api_whole(s_panel, FN, "panel", 0.0, 9007199254740992.0);
    int a_which = (int)api_oneof(s_which, FN, "which", api_enum_ctrend_figure_layer, 8);
    size_t a_cap = 0;
    size_t a_needed = 0;
    int q = ctrend_figure_panel_vector(a_fig, a_panel, a_which, NULL, a_cap, &a_needed);
    if (q != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(q), "", 0, NULL, NULL);
    }
    a_cap = a_needed;
    SEXP o_out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)a_cap));
    ++nprot;
    double *a_out = REAL(o_out);
    int r = ctrend_figure_panel_vector(a_fig, a_panel, a_which, a_out, a_cap, &a_needed);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_figure_panel_missing(SEXP s_fig, SEXP s_panel);
SEXP ctr_api_ctrend_figure_panel_missing(SEXP s_fig, SEXP s_panel)
{
    static const char FN[] = "ctrend_figure_panel_missing";
    (void)FN;
    int nprot = 0;
    const ctrend_figure * a_fig = (const ctrend_figure *)api_handle(s_fig, "ctrend_figure", FN, "fig", 0);
    size_t a_panel = (size_t)api_whole(s_panel, FN, "panel", 0.0, 9007199254740992.0);
    size_t a_cap = 0;
    size_t a_needed = 0;
    int q = ctrend_figure_panel_missing(a_fig, a_panel, NULL, a_cap, &a_needed);
    if (q != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(q), "", 0, NULL, NULL);
    }
    a_cap = a_needed;
    SEXP o_out = PROTECT(Rf_allocVector(INTSXP, (R_xlen_t)a_cap));
    ++nprot;
    int32_t *a_out = (int32_t *)INTEGER(o_out);
    int r = ctrend_figure_panel_missing(a_fig, a_panel, a_out, a_cap, &a_needed);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    const SEXP outs[] = {o_out};
    static const char *const names[] = {"out"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_figure_panel_n_spans(SEXP s_fig, SEXP s_panel);
SEXP ctr_api_ctrend_figure_panel_n_spans(SEXP s_fig, SEXP s_panel)
{
    static const char FN[] = "ctrend_figure_panel_n_spans";
    (void)FN;
    int nprot = 0;
    const ctrend_figure * a_fig = (const ctrend_figure *)api_handle(s_fig, "ctrend_figure", FN, "fig", 0);
    size_t a_panel = (size_t)api_whole(s_panel, FN, "panel", 0.0, 9007199254740992.0);
    size_t a_n = 0;
    int r = ctrend_figure_panel_n_spans(a_fig, a_panel, &a_n);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_n = PROTECT(Rf_ScalarReal((double)a_n));
    ++nprot;
    const SEXP outs[] = {o_n};
    static const char *const names[] = {"n"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_figure_panel_span(SEXP s_fig, SEXP s_panel, SEXP s_k);
SEXP ctr_api_ctrend_figure_panel_span(SEXP s_fig, SEXP s_panel, SEXP s_k)
{
    static const char FN[] = "ctrend_figure_panel_span";
    (void)FN;
    int nprot = 0;
    const ctrend_figure * a_fig = (const ctrend_figure *)api_handle(s_fig, "ctrend_figure", FN, "fig", 0);
    size_t a_panel = (size_t)api_whole(s_panel, FN, "panel", 0.0, 9007199254740992.0);
    size_t a_k = (size_t)api_whole(s_k, FN, "k", 0.0, 9007199254740992.0);
    int32_t a_from = 0;
    int32_t a_to = 0;
    int a_kind = 0;
    int r = ctrend_figure_panel_span(a_fig, a_panel, a_k, &a_from, &a_to, &a_kind);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_from = PROTECT(Rf_ScalarInteger((int)a_from));
    ++nprot;
    SEXP o_to = PROTECT(Rf_ScalarInteger((int)a_to));
    ++nprot;
    SEXP o_kind = PROTECT(Rf_ScalarInteger((int)a_kind));
    ++nprot;
    const SEXP outs[] = {o_from, o_to, o_kind};
    static const char *const names[] = {"from", "to", "kind"};
    SEXP res = api_result(val, "", 3, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_figure_panel_n_marks(SEXP s_fig, SEXP s_panel);
SEXP ctr_api_ctrend_figure_panel_n_marks(SEXP s_fig, SEXP s_panel)
{
    static const char FN[] = "ctrend_figure_panel_n_marks";
    (void)FN;
    int nprot = 0;
    const ctrend_figure * a_fig = (const ctrend_figure *)api_handle(s_fig, "ctrend_figure", FN, "fig", 0);
    size_t a_panel = (size_t)api_whole(s_panel, FN, "panel", 0.0, 9007199254740992.0);
    size_t a_n = 0;
    int r = ctrend_figure_panel_n_marks(a_fig, a_panel, &a_n);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_n = PROTECT(Rf_ScalarReal((double)a_n));
    ++nprot;
    const SEXP outs[] = {o_n};
    static const char *const names[] = {"n"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_figure_panel_mark(SEXP s_fig, SEXP s_panel, SEXP s_k);
SEXP ctr_api_ctrend_figure_panel_mark(SEXP s_fig, SEXP s_panel, SEXP s_k)
{
    static const char FN[] = "ctrend_figure_panel_mark";
    (void)FN;
    int nprot = 0;
    const ctrend_figure * a_fig = (const ctrend_figure *)api_handle(s_fig, "ctrend_figure", FN, "fig", 0);
    size_t a_panel = (size_t)api_whole(s_panel, FN, "panel", 0.0, 9007199254740992.0);
    size_t a_k = (size_t)api_whole(s_k, FN, "k", 0.0, 9007199254740992.0);
    int32_t a_month = 0;
    int a_kind = 0;
    int r = ctrend_figure_panel_mark(a_fig, a_panel, a_k, &a_month, &a_kind);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_month = PROTECT(Rf_ScalarInteger((int)a_month));
    ++nprot;
    SEXP o_kind = PROTECT(Rf_ScalarInteger((int)a_kind));
    ++nprot;
    const SEXP outs[] = {o_month, o_kind};
    static const char *const names[] = {"month", "kind"};
    SEXP res = api_result(val, "", 2, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_figure_panel_mark_label(SEXP s_fig, SEXP s_panel, SEXP s_k);
SEXP ctr_api_ctrend_figure_panel_mark_label(SEXP s_fig, SEXP s_panel, SEXP s_k)
{
    static const char FN[] = "ctrend_figure_panel_mark_label";
    (void)FN;
    int nprot = 0;
    const ctrend_figure * a_fig = (const ctrend_figure *)api_handle(s_fig, "ctrend_figure", FN, "fig", 0);
    size_t a_panel = (size_t)api_whole(s_panel, FN, "panel", 0.0, 9007199254740992.0);
    size_t a_k = (size_t)api_whole(s_k, FN, "k", 0.0, 9007199254740992.0);
    size_t a_cap = 0;
    size_t a_needed = 0;
    int q = ctrend_figure_panel_mark_label(a_fig, a_panel, a_k, NULL, a_cap, &a_needed);
    if (q != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(q), "", 0, NULL, NULL);
    }
    a_cap = a_needed;
    char *a_buf = R_alloc(a_cap ? a_cap : 1, 1);
    int r = ctrend_figure_panel_mark_label(a_fig, a_panel, a_k, a_buf, a_cap, &a_needed);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_buf = PROTECT(api_string(a_buf));
    ++nprot;
    const SEXP outs[] = {o_buf};
    static const char *const names[] = {"buf"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_figure_text(SEXP s_fig, SEXP s_which);
SEXP ctr_api_ctrend_figure_text(SEXP s_fig, SEXP s_which)
{
    static const char FN[] = "ctrend_figure_text";
    (void)FN;
    int nprot = 0;
    const ctrend_figure * a_fig = (const ctrend_figure *)api_handle(s_fig, "ctrend_figure", FN, "fig", 0);
    int a_which = (int)api_oneof(s_which, FN, "which", api_enum_ctrend_figure_text_key, 7);
    size_t a_cap = 0;
    size_t a_needed = 0;
    int q = ctrend_figure_text(a_fig, a_which, NULL, a_cap, &a_needed);
    if (q != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(q), "", 0, NULL, NULL);
    }
    a_cap = a_needed;
    char *a_buf = R_alloc(a_cap ? a_cap : 1, 1);
    int r = ctrend_figure_text(a_fig, a_which, a_buf, a_cap, &a_needed);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_buf = PROTECT(api_string(a_buf));
    ++nprot;
    const SEXP outs[] = {o_buf};
    static const char *const names[] = {"buf"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_figure_panel_text(SEXP s_fig, SEXP s_panel, SEXP s_which);
SEXP ctr_api_ctrend_figure_panel_text(SEXP s_fig, SEXP s_panel, SEXP s_which)
{
    static const char FN[] = "ctrend_figure_panel_text";
    (void)FN;
    int nprot = 0;
    const ctrend_figure * a_fig = (const ctrend_figure *)api_handle(s_fig, "ctrend_figure", FN, "fig", 0);
    size_t a_panel = (size_t)api_whole(s_panel, FN, "panel", 0.0, 9007199254740992.0);
    int a_which = (int)api_oneof(s_which, FN, "which", api_enum_ctrend_figure_panel_text_key, 2);
    size_t a_cap = 0;
    size_t a_needed = 0;
    int q = ctrend_figure_panel_text(a_fig, a_panel, a_which, NULL, a_cap, &a_needed);
    if (q != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(q), "", 0, NULL, NULL);
    }
    a_cap = a_needed;
    char *a_buf = R_alloc(a_cap ? a_cap : 1, 1);
    int r = ctrend_figure_panel_text(a_fig, a_panel, a_which, a_buf, a_cap, &a_needed);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_buf = PROTECT(api_string(a_buf));
    ++nprot;
    const SEXP outs[] = {o_buf};
    static const char *const names[] = {"buf"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

SEXP ctr_api_ctrend_figure_device_from_path(SEXP s_path);
SEXP ctr_api_ctrend_figure_device_from_path(SEXP s_path)
{
    static const char FN[] = "ctrend_figure_device_from_path";
    (void)FN;
    int nprot = 0;
    const char *a_path = api_str(s_path, FN, "path", 0);
    int a_device = 0;
    int r = ctrend_figure_device_from_path(a_path, &a_device);
    if (r != CTREND_OK) {
        UNPROTECT(nprot);
        return api_result(Rf_ScalarInteger(r), "", 0, NULL, NULL);
    }
    SEXP val = PROTECT(Rf_ScalarInteger(r));
    ++nprot;
    SEXP o_device = PROTECT(Rf_ScalarInteger((int)a_device));
    ++nprot;
    const SEXP outs[] = {o_device};
    static const char *const names[] = {"device"};
    SEXP res = api_result(val, "", 1, outs, names);
    UNPROTECT(nprot);
    return res;
}

const R_CallMethodDef ctr_api_call_methods[] = {
    {"ctr_api_ctrend_strerror", (DL_FUNC)&ctr_api_ctrend_strerror, 1},
    {"ctr_api_ctrend_status_name", (DL_FUNC)&ctr_api_ctrend_status_name, 1},
    {"ctr_api_ctrend_status_count", (DL_FUNC)&ctr_api_ctrend_status_count, 0},
    {"ctr_api_ctrend_version_number", (DL_FUNC)&ctr_api_ctrend_version_number, 0},
    {"ctr_api_ctrend_version_string", (DL_FUNC)&ctr_api_ctrend_version_string, 0},
    {"ctr_api_ctrend_init", (DL_FUNC)&ctr_api_ctrend_init, 0},
    {"ctr_api_ctrend_error_sizeof", (DL_FUNC)&ctr_api_ctrend_error_sizeof, 0},
    {"ctr_api_ctrend_error_clear", (DL_FUNC)&ctr_api_ctrend_error_clear, 0},
    {"ctr_api_ctrend_error_set", (DL_FUNC)&ctr_api_ctrend_error_set, 6},
    {"ctr_api_ctrend_error_format", (DL_FUNC)&ctr_api_ctrend_error_format, 1},
    {"ctr_api_ctrend_month_parse", (DL_FUNC)&ctr_api_ctrend_month_parse, 1},
    {"ctr_api_ctrend_month_make", (DL_FUNC)&ctr_api_ctrend_month_make, 2},
    {"ctr_api_ctrend_month_year", (DL_FUNC)&ctr_api_ctrend_month_year, 1},
    {"ctr_api_ctrend_month_of_year", (DL_FUNC)&ctr_api_ctrend_month_of_year, 1},
    {"ctr_api_ctrend_month_days", (DL_FUNC)&ctr_api_ctrend_month_days, 1},
    {"ctr_api_ctrend_month_add", (DL_FUNC)&ctr_api_ctrend_month_add, 2},
    {"ctr_api_ctrend_month_format", (DL_FUNC)&ctr_api_ctrend_month_format, 1},
    {"ctr_api_ctrend_month_format_v2", (DL_FUNC)&ctr_api_ctrend_month_format_v2, 1},
    {"ctr_api_ctrend_month_parse_v2", (DL_FUNC)&ctr_api_ctrend_month_parse_v2, 1},
    {"ctr_api_ctrend_frame_new", (DL_FUNC)&ctr_api_ctrend_frame_new, 0},
    {"ctr_api_ctrend_frame_free", (DL_FUNC)&ctr_api_ctrend_frame_free, 1},
    {"ctr_api_ctrend_frame_add_series", (DL_FUNC)&ctr_api_ctrend_frame_add_series, 4},
    {"ctr_api_ctrend_frame_find", (DL_FUNC)&ctr_api_ctrend_frame_find, 4},
    {"ctr_api_ctrend_frame_set", (DL_FUNC)&ctr_api_ctrend_frame_set, 4},
    {"ctr_api_ctrend_frame_accumulate", (DL_FUNC)&ctr_api_ctrend_frame_accumulate, 4},
    {"ctr_api_ctrend_frame_fill_unset", (DL_FUNC)&ctr_api_ctrend_frame_fill_unset, 5},
    {"ctr_api_ctrend_frame_n_series", (DL_FUNC)&ctr_api_ctrend_frame_n_series, 1},
    {"ctr_api_ctrend_frame_start", (DL_FUNC)&ctr_api_ctrend_frame_start, 1},
    {"ctr_api_ctrend_frame_n_months", (DL_FUNC)&ctr_api_ctrend_frame_n_months, 1},
    {"ctr_api_ctrend_frame_group", (DL_FUNC)&ctr_api_ctrend_frame_group, 2},
    {"ctr_api_ctrend_frame_region", (DL_FUNC)&ctr_api_ctrend_frame_region, 2},
    {"ctr_api_ctrend_frame_metric", (DL_FUNC)&ctr_api_ctrend_frame_metric, 2},
    {"ctr_api_ctrend_frame_values", (DL_FUNC)&ctr_api_ctrend_frame_values, 2},
    {"ctr_api_ctrend_frame_get", (DL_FUNC)&ctr_api_ctrend_frame_get, 3},
    {"ctr_api_ctrend_frame_span", (DL_FUNC)&ctr_api_ctrend_frame_span, 2},
    {"ctr_api_ctrend_frame_collapse", (DL_FUNC)&ctr_api_ctrend_frame_collapse, 4},
    {"ctr_api_ctrend_frame_window", (DL_FUNC)&ctr_api_ctrend_frame_window, 4},
    {"ctr_api_ctrend_frame_merge", (DL_FUNC)&ctr_api_ctrend_frame_merge, 3},
    {"ctr_api_ctrend_frame_set_values", (DL_FUNC)&ctr_api_ctrend_frame_set_values, 4},
    {"ctr_api_ctrend_reader_new", (DL_FUNC)&ctr_api_ctrend_reader_new, 0},
    {"ctr_api_ctrend_reader_free", (DL_FUNC)&ctr_api_ctrend_reader_free, 1},
    {"ctr_api_ctrend_reader_set_int", (DL_FUNC)&ctr_api_ctrend_reader_set_int, 3},
    {"ctr_api_ctrend_reader_set_str", (DL_FUNC)&ctr_api_ctrend_reader_set_str, 3},
    {"ctr_api_ctrend_reader_feed", (DL_FUNC)&ctr_api_ctrend_reader_feed, 2},
    {"ctr_api_ctrend_reader_finish", (DL_FUNC)&ctr_api_ctrend_reader_finish, 1},
    {"ctr_api_ctrend_reader_read_file", (DL_FUNC)&ctr_api_ctrend_reader_read_file, 2},
    {"ctr_api_ctrend_reader_error", (DL_FUNC)&ctr_api_ctrend_reader_error, 1},
    {"ctr_api_ctrend_reader_errmsg", (DL_FUNC)&ctr_api_ctrend_reader_errmsg, 1},
    {"ctr_api_ctrend_reader_opt_type", (DL_FUNC)&ctr_api_ctrend_reader_opt_type, 1},
    {"ctr_api_ctrend_reader_opts_bounds", (DL_FUNC)&ctr_api_ctrend_reader_opts_bounds, 1},
    {"ctr_api_ctrend_reader_n_skipped", (DL_FUNC)&ctr_api_ctrend_reader_n_skipped, 1},
    {"ctr_api_ctrend_reader_skipped_line", (DL_FUNC)&ctr_api_ctrend_reader_skipped_line, 2},
    {"ctr_api_ctrend_name_distance", (DL_FUNC)&ctr_api_ctrend_name_distance, 2},
    {"ctr_api_ctrend_filter_new", (DL_FUNC)&ctr_api_ctrend_filter_new, 0},
    {"ctr_api_ctrend_filter_free", (DL_FUNC)&ctr_api_ctrend_filter_free, 1},
    {"ctr_api_ctrend_filter_add", (DL_FUNC)&ctr_api_ctrend_filter_add, 2},
    {"ctr_api_ctrend_filter_errmsg", (DL_FUNC)&ctr_api_ctrend_filter_errmsg, 1},
    {"ctr_api_ctrend_filter_error_offset", (DL_FUNC)&ctr_api_ctrend_filter_error_offset, 1},
    {"ctr_api_ctrend_filter_n_columns", (DL_FUNC)&ctr_api_ctrend_filter_n_columns, 1},
    {"ctr_api_ctrend_filter_column", (DL_FUNC)&ctr_api_ctrend_filter_column, 2},
    {"ctr_api_ctrend_reader_set_filter", (DL_FUNC)&ctr_api_ctrend_reader_set_filter, 2},
    {"ctr_api_ctrend_rolling_mean", (DL_FUNC)&ctr_api_ctrend_rolling_mean, 4},
    {"ctr_api_ctrend_rolling_sum", (DL_FUNC)&ctr_api_ctrend_rolling_sum, 4},
    {"ctr_api_ctrend_rolling_cumsum", (DL_FUNC)&ctr_api_ctrend_rolling_cumsum, 1},
    {"ctr_api_ctrend_change_reason_count", (DL_FUNC)&ctr_api_ctrend_change_reason_count, 0},
    {"ctr_api_ctrend_change_reason_string", (DL_FUNC)&ctr_api_ctrend_change_reason_string, 1},
    {"ctr_api_ctrend_change_reason_name", (DL_FUNC)&ctr_api_ctrend_change_reason_name, 1},
    {"ctr_api_ctrend_change_pct", (DL_FUNC)&ctr_api_ctrend_change_pct, 2},
    {"ctr_api_ctrend_change_pct_vs_mean", (DL_FUNC)&ctr_api_ctrend_change_pct_vs_mean, 2},
    {"ctr_api_ctrend_change_diff", (DL_FUNC)&ctr_api_ctrend_change_diff, 2},
    {"ctr_api_ctrend_change_ratio", (DL_FUNC)&ctr_api_ctrend_change_ratio, 2},
    {"ctr_api_ctrend_change_share", (DL_FUNC)&ctr_api_ctrend_change_share, 2},
    {"ctr_api_ctrend_aggregate_per_day", (DL_FUNC)&ctr_api_ctrend_aggregate_per_day, 2},
    {"ctr_api_ctrend_aggregate_periods", (DL_FUNC)&ctr_api_ctrend_aggregate_periods, 4},
    {"ctr_api_ctrend_design_new", (DL_FUNC)&ctr_api_ctrend_design_new, 2},
    {"ctr_api_ctrend_design_free", (DL_FUNC)&ctr_api_ctrend_design_free, 1},
    {"ctr_api_ctrend_design_clone", (DL_FUNC)&ctr_api_ctrend_design_clone, 1},
    {"ctr_api_ctrend_design_window", (DL_FUNC)&ctr_api_ctrend_design_window, 3},
    {"ctr_api_ctrend_design_set_intercept", (DL_FUNC)&ctr_api_ctrend_design_set_intercept, 2},
    {"ctr_api_ctrend_design_add_trend", (DL_FUNC)&ctr_api_ctrend_design_add_trend, 1},
    {"ctr_api_ctrend_design_add_fourier", (DL_FUNC)&ctr_api_ctrend_design_add_fourier, 2},
    {"ctr_api_ctrend_design_add_month_dummies", (DL_FUNC)&ctr_api_ctrend_design_add_month_dummies, 1},
    {"ctr_api_ctrend_design_add_step", (DL_FUNC)&ctr_api_ctrend_design_add_step, 3},
    {"ctr_api_ctrend_design_add_slope_change", (DL_FUNC)&ctr_api_ctrend_design_add_slope_change, 3},
    {"ctr_api_ctrend_design_add_column", (DL_FUNC)&ctr_api_ctrend_design_add_column, 3},
    {"ctr_api_ctrend_design_set_future_column", (DL_FUNC)&ctr_api_ctrend_design_set_future_column, 3},
    {"ctr_api_ctrend_design_set_offset_days", (DL_FUNC)&ctr_api_ctrend_design_set_offset_days, 2},
    {"ctr_api_ctrend_design_set_offset", (DL_FUNC)&ctr_api_ctrend_design_set_offset, 3},
    {"ctr_api_ctrend_design_set_future_offset", (DL_FUNC)&ctr_api_ctrend_design_set_future_offset, 2},
    {"ctr_api_ctrend_design_ncol", (DL_FUNC)&ctr_api_ctrend_design_ncol, 1},
    {"ctr_api_ctrend_design_nrow", (DL_FUNC)&ctr_api_ctrend_design_nrow, 1},
    {"ctr_api_ctrend_design_start", (DL_FUNC)&ctr_api_ctrend_design_start, 1},
    {"ctr_api_ctrend_design_col_name", (DL_FUNC)&ctr_api_ctrend_design_col_name, 2},
    {"ctr_api_ctrend_design_find", (DL_FUNC)&ctr_api_ctrend_design_find, 2},
    {"ctr_api_ctrend_design_matrix", (DL_FUNC)&ctr_api_ctrend_design_matrix, 4},
    {"ctr_api_ctrend_design_set_exposure", (DL_FUNC)&ctr_api_ctrend_design_set_exposure, 2},
    {"ctr_api_ctrend_model_opts_new", (DL_FUNC)&ctr_api_ctrend_model_opts_new, 0},
    {"ctr_api_ctrend_model_opts_free", (DL_FUNC)&ctr_api_ctrend_model_opts_free, 1},
    {"ctr_api_ctrend_model_opts_set_double", (DL_FUNC)&ctr_api_ctrend_model_opts_set_double, 3},
    {"ctr_api_ctrend_model_opts_set_int", (DL_FUNC)&ctr_api_ctrend_model_opts_set_int, 3},
    {"ctr_api_ctrend_model_opts_bounds", (DL_FUNC)&ctr_api_ctrend_model_opts_bounds, 1},
    {"ctr_api_ctrend_model_opts_get", (DL_FUNC)&ctr_api_ctrend_model_opts_get, 2},
    {"ctr_api_ctrend_model_opts_cancel", (DL_FUNC)&ctr_api_ctrend_model_opts_cancel, 1},
    {"ctr_api_ctrend_model_opts_reset", (DL_FUNC)&ctr_api_ctrend_model_opts_reset, 1},
    {"ctr_api_ctrend_model_opts_cancelled", (DL_FUNC)&ctr_api_ctrend_model_opts_cancelled, 1},
    {"ctr_api_ctrend_model_opts_progress", (DL_FUNC)&ctr_api_ctrend_model_opts_progress, 1},
    {"ctr_api_ctrend_model_opts_errmsg", (DL_FUNC)&ctr_api_ctrend_model_opts_errmsg, 1},
    {"ctr_api_ctrend_model_fit", (DL_FUNC)&ctr_api_ctrend_model_fit, 4},
    {"ctr_api_ctrend_model_free", (DL_FUNC)&ctr_api_ctrend_model_free, 1},
    {"ctr_api_ctrend_model_family", (DL_FUNC)&ctr_api_ctrend_model_family, 1},
    {"ctr_api_ctrend_model_ncoef", (DL_FUNC)&ctr_api_ctrend_model_ncoef, 1},
    {"ctr_api_ctrend_model_nrow", (DL_FUNC)&ctr_api_ctrend_model_nrow, 1},
    {"ctr_api_ctrend_model_coef_name", (DL_FUNC)&ctr_api_ctrend_model_coef_name, 2},
    {"ctr_api_ctrend_model_design", (DL_FUNC)&ctr_api_ctrend_model_design, 1},
    {"ctr_api_ctrend_model_vector", (DL_FUNC)&ctr_api_ctrend_model_vector, 2},
    {"ctr_api_ctrend_model_scalar", (DL_FUNC)&ctr_api_ctrend_model_scalar, 2},
    {"ctr_api_ctrend_breaks_fit", (DL_FUNC)&ctr_api_ctrend_breaks_fit, 5},
    {"ctr_api_ctrend_breaks_free", (DL_FUNC)&ctr_api_ctrend_breaks_free, 1},
    {"ctr_api_ctrend_breaks_month", (DL_FUNC)&ctr_api_ctrend_breaks_month, 1},
    {"ctr_api_ctrend_breaks_scalar", (DL_FUNC)&ctr_api_ctrend_breaks_scalar, 2},
    {"ctr_api_ctrend_breaks_profile", (DL_FUNC)&ctr_api_ctrend_breaks_profile, 1},
    {"ctr_api_ctrend_breaks_max_work", (DL_FUNC)&ctr_api_ctrend_breaks_max_work, 0},
    {"ctr_api_ctrend_model_predict", (DL_FUNC)&ctr_api_ctrend_model_predict, 4},
    {"ctr_api_ctrend_forecast_new", (DL_FUNC)&ctr_api_ctrend_forecast_new, 4},
    {"ctr_api_ctrend_forecast_new_v2", (DL_FUNC)&ctr_api_ctrend_forecast_new_v2, 5},
    {"ctr_api_ctrend_forecast_free", (DL_FUNC)&ctr_api_ctrend_forecast_free, 1},
    {"ctr_api_ctrend_forecast_horizon", (DL_FUNC)&ctr_api_ctrend_forecast_horizon, 1},
    {"ctr_api_ctrend_forecast_n_sims", (DL_FUNC)&ctr_api_ctrend_forecast_n_sims, 1},
    {"ctr_api_ctrend_forecast_month", (DL_FUNC)&ctr_api_ctrend_forecast_month, 2},
    {"ctr_api_ctrend_forecast_vector", (DL_FUNC)&ctr_api_ctrend_forecast_vector, 2},
    {"ctr_api_ctrend_forecast_interval", (DL_FUNC)&ctr_api_ctrend_forecast_interval, 3},
    {"ctr_api_ctrend_forecast_quantile", (DL_FUNC)&ctr_api_ctrend_forecast_quantile, 3},
    {"ctr_api_ctrend_forecast_samples", (DL_FUNC)&ctr_api_ctrend_forecast_samples, 1},
    {"ctr_api_ctrend_forecast_max_horizon", (DL_FUNC)&ctr_api_ctrend_forecast_max_horizon, 0},
    {"ctr_api_ctrend_forecast_max_draws", (DL_FUNC)&ctr_api_ctrend_forecast_max_draws, 0},
    {"ctr_api_ctrend_forecast_max_mean", (DL_FUNC)&ctr_api_ctrend_forecast_max_mean, 0},
    {"ctr_api_ctrend_exact_poisson_ci", (DL_FUNC)&ctr_api_ctrend_exact_poisson_ci, 3},
    {"ctr_api_ctrend_exact_poisson_ci_midp", (DL_FUNC)&ctr_api_ctrend_exact_poisson_ci_midp, 3},
    {"ctr_api_ctrend_exact_poisson_test", (DL_FUNC)&ctr_api_ctrend_exact_poisson_test, 3},
    {"ctr_api_ctrend_exact_rate_ratio", (DL_FUNC)&ctr_api_ctrend_exact_rate_ratio, 5},
    {"ctr_api_ctrend_exact_vs_previous", (DL_FUNC)&ctr_api_ctrend_exact_vs_previous, 5},
    {"ctr_api_ctrend_exact_period_ratio", (DL_FUNC)&ctr_api_ctrend_exact_period_ratio, 5},
    {"ctr_api_ctrend_dist_dpois", (DL_FUNC)&ctr_api_ctrend_dist_dpois, 3},
    {"ctr_api_ctrend_dist_ppois", (DL_FUNC)&ctr_api_ctrend_dist_ppois, 4},
    {"ctr_api_ctrend_dist_qpois", (DL_FUNC)&ctr_api_ctrend_dist_qpois, 4},
    {"ctr_api_ctrend_dist_dnbinom", (DL_FUNC)&ctr_api_ctrend_dist_dnbinom, 4},
    {"ctr_api_ctrend_dist_dnbinom_mu", (DL_FUNC)&ctr_api_ctrend_dist_dnbinom_mu, 4},
    {"ctr_api_ctrend_dist_pnbinom_mu", (DL_FUNC)&ctr_api_ctrend_dist_pnbinom_mu, 5},
    {"ctr_api_ctrend_dist_qnbinom_mu", (DL_FUNC)&ctr_api_ctrend_dist_qnbinom_mu, 5},
    {"ctr_api_ctrend_score_mae", (DL_FUNC)&ctr_api_ctrend_score_mae, 2},
    {"ctr_api_ctrend_score_rmse", (DL_FUNC)&ctr_api_ctrend_score_rmse, 2},
    {"ctr_api_ctrend_score_msle", (DL_FUNC)&ctr_api_ctrend_score_msle, 2},
    {"ctr_api_ctrend_score_crps_poisson", (DL_FUNC)&ctr_api_ctrend_score_crps_poisson, 2},
    {"ctr_api_ctrend_score_crps_tol_default", (DL_FUNC)&ctr_api_ctrend_score_crps_tol_default, 0},
    {"ctr_api_ctrend_score_crps_max_terms_default", (DL_FUNC)&ctr_api_ctrend_score_crps_max_terms_default, 0},
    {"ctr_api_ctrend_score_crps_nbinom", (DL_FUNC)&ctr_api_ctrend_score_crps_nbinom, 5},
    {"ctr_api_ctrend_score_crps_sample", (DL_FUNC)&ctr_api_ctrend_score_crps_sample, 3},
    {"ctr_api_ctrend_score_crps_sample_mean", (DL_FUNC)&ctr_api_ctrend_score_crps_sample_mean, 4},
    {"ctr_api_ctrend_score_ign_alpha_default", (DL_FUNC)&ctr_api_ctrend_score_ign_alpha_default, 0},
    {"ctr_api_ctrend_score_ign_nbins", (DL_FUNC)&ctr_api_ctrend_score_ign_nbins, 0},
    {"ctr_api_ctrend_score_ign_floor_default", (DL_FUNC)&ctr_api_ctrend_score_ign_floor_default, 0},
    {"ctr_api_ctrend_score_ign_bin", (DL_FUNC)&ctr_api_ctrend_score_ign_bin, 1},
    {"ctr_api_ctrend_score_ign_edges", (DL_FUNC)&ctr_api_ctrend_score_ign_edges, 0},
    {"ctr_api_ctrend_score_ignorance_sample", (DL_FUNC)&ctr_api_ctrend_score_ignorance_sample, 3},
    {"ctr_api_ctrend_score_ignorance_sample_mean", (DL_FUNC)&ctr_api_ctrend_score_ignorance_sample_mean, 4},
    {"ctr_api_ctrend_score_ignorance_poisson", (DL_FUNC)&ctr_api_ctrend_score_ignorance_poisson, 3},
    {"ctr_api_ctrend_score_ignorance_nbinom", (DL_FUNC)&ctr_api_ctrend_score_ignorance_nbinom, 4},
    {"ctr_api_ctrend_score_interval", (DL_FUNC)&ctr_api_ctrend_score_interval, 4},
    {"ctr_api_ctrend_score_interval_mean", (DL_FUNC)&ctr_api_ctrend_score_interval_mean, 4},
    {"ctr_api_ctrend_score_coverage", (DL_FUNC)&ctr_api_ctrend_score_coverage, 3},
    {"ctr_api_ctrend_score_quantile_sample", (DL_FUNC)&ctr_api_ctrend_score_quantile_sample, 2},
    {"ctr_api_ctrend_baseline_count", (DL_FUNC)&ctr_api_ctrend_baseline_count, 0},
    {"ctr_api_ctrend_baseline_season", (DL_FUNC)&ctr_api_ctrend_baseline_season, 0},
    {"ctr_api_ctrend_baseline_poisson_max", (DL_FUNC)&ctr_api_ctrend_baseline_poisson_max, 0},
    {"ctr_api_ctrend_baseline_name", (DL_FUNC)&ctr_api_ctrend_baseline_name, 1},
    {"ctr_api_ctrend_baseline_parse", (DL_FUNC)&ctr_api_ctrend_baseline_parse, 1},
    {"ctr_api_ctrend_baseline_opts_new", (DL_FUNC)&ctr_api_ctrend_baseline_opts_new, 0},
    {"ctr_api_ctrend_baseline_opts_free", (DL_FUNC)&ctr_api_ctrend_baseline_opts_free, 1},
    {"ctr_api_ctrend_baseline_opts_set_int", (DL_FUNC)&ctr_api_ctrend_baseline_opts_set_int, 3},
    {"ctr_api_ctrend_baseline_opts_get_int", (DL_FUNC)&ctr_api_ctrend_baseline_opts_get_int, 2},
    {"ctr_api_ctrend_baseline_opts_bounds", (DL_FUNC)&ctr_api_ctrend_baseline_opts_bounds, 1},
    {"ctr_api_ctrend_baseline_forecast", (DL_FUNC)&ctr_api_ctrend_baseline_forecast, 3},
    {"ctr_api_ctrend_backtest_metric_count", (DL_FUNC)&ctr_api_ctrend_backtest_metric_count, 0},
    {"ctr_api_ctrend_backtest_metric_name", (DL_FUNC)&ctr_api_ctrend_backtest_metric_name, 1},
    {"ctr_api_ctrend_backtest_origins", (DL_FUNC)&ctr_api_ctrend_backtest_origins, 4},
    {"ctr_api_ctrend_backtest_new", (DL_FUNC)&ctr_api_ctrend_backtest_new, 6},
    {"ctr_api_ctrend_backtest_free", (DL_FUNC)&ctr_api_ctrend_backtest_free, 1},
    {"ctr_api_ctrend_backtest_set_window", (DL_FUNC)&ctr_api_ctrend_backtest_set_window, 2},
    {"ctr_api_ctrend_backtest_n_origins", (DL_FUNC)&ctr_api_ctrend_backtest_n_origins, 1},
    {"ctr_api_ctrend_backtest_origin", (DL_FUNC)&ctr_api_ctrend_backtest_origin, 2},
    {"ctr_api_ctrend_backtest_add_baseline", (DL_FUNC)&ctr_api_ctrend_backtest_add_baseline, 4},
    {"ctr_api_ctrend_backtest_add_baseline_v2", (DL_FUNC)&ctr_api_ctrend_backtest_add_baseline_v2, 5},
    {"ctr_api_ctrend_backtest_add_model", (DL_FUNC)&ctr_api_ctrend_backtest_add_model, 5},
    {"ctr_api_ctrend_backtest_add_forecasts", (DL_FUNC)&ctr_api_ctrend_backtest_add_forecasts, 4},
    {"ctr_api_ctrend_backtest_n_models", (DL_FUNC)&ctr_api_ctrend_backtest_n_models, 1},
    {"ctr_api_ctrend_backtest_model_name", (DL_FUNC)&ctr_api_ctrend_backtest_model_name, 2},
    {"ctr_api_ctrend_backtest_score", (DL_FUNC)&ctr_api_ctrend_backtest_score, 3},
    {"ctr_api_ctrend_backtest_score_lead", (DL_FUNC)&ctr_api_ctrend_backtest_score_lead, 4},
    {"ctr_api_ctrend_backtest_points", (DL_FUNC)&ctr_api_ctrend_backtest_points, 2},
    {"ctr_api_ctrend_backtest_rank", (DL_FUNC)&ctr_api_ctrend_backtest_rank, 2},
    {"ctr_api_ctrend_backtest_max_draws", (DL_FUNC)&ctr_api_ctrend_backtest_max_draws, 0},
    {"ctr_api_ctrend_batch_default_threads", (DL_FUNC)&ctr_api_ctrend_batch_default_threads, 0},
    {"ctr_api_ctrend_batch_values", (DL_FUNC)&ctr_api_ctrend_batch_values, 5},
    {"ctr_api_ctrend_batch_opts_new", (DL_FUNC)&ctr_api_ctrend_batch_opts_new, 0},
    {"ctr_api_ctrend_batch_opts_free", (DL_FUNC)&ctr_api_ctrend_batch_opts_free, 1},
    {"ctr_api_ctrend_batch_opts_set_int", (DL_FUNC)&ctr_api_ctrend_batch_opts_set_int, 3},
    {"ctr_api_ctrend_batch_opts_get_int", (DL_FUNC)&ctr_api_ctrend_batch_opts_get_int, 2},
    {"ctr_api_ctrend_batch_opts_bounds", (DL_FUNC)&ctr_api_ctrend_batch_opts_bounds, 1},
    {"ctr_api_ctrend_batch_opts_set_series", (DL_FUNC)&ctr_api_ctrend_batch_opts_set_series, 3},
    {"ctr_api_ctrend_batch_opts_n_series", (DL_FUNC)&ctr_api_ctrend_batch_opts_n_series, 2},
    {"ctr_api_ctrend_batch_opts_set_keys", (DL_FUNC)&ctr_api_ctrend_batch_opts_set_keys, 3},
    {"ctr_api_ctrend_batch_opts_n_keys", (DL_FUNC)&ctr_api_ctrend_batch_opts_n_keys, 1},
    {"ctr_api_ctrend_batch_opts_set_model", (DL_FUNC)&ctr_api_ctrend_batch_opts_set_model, 2},
    {"ctr_api_ctrend_batch_opts_cancel", (DL_FUNC)&ctr_api_ctrend_batch_opts_cancel, 1},
    {"ctr_api_ctrend_batch_opts_reset", (DL_FUNC)&ctr_api_ctrend_batch_opts_reset, 1},
    {"ctr_api_ctrend_batch_opts_cancelled", (DL_FUNC)&ctr_api_ctrend_batch_opts_cancelled, 1},
    {"ctr_api_ctrend_batch_opts_progress", (DL_FUNC)&ctr_api_ctrend_batch_opts_progress, 1},
    {"ctr_api_ctrend_batch_opts_error", (DL_FUNC)&ctr_api_ctrend_batch_opts_error, 2},
    {"ctr_api_ctrend_batch_fit", (DL_FUNC)&ctr_api_ctrend_batch_fit, 4},
    {"ctr_api_ctrend_batch_rolling_mean", (DL_FUNC)&ctr_api_ctrend_batch_rolling_mean, 6},
    {"ctr_api_ctrend_batch_change_pct", (DL_FUNC)&ctr_api_ctrend_batch_change_pct, 5},
    {"ctr_api_ctrend_claims_opts_new", (DL_FUNC)&ctr_api_ctrend_claims_opts_new, 0},
    {"ctr_api_ctrend_claims_opts_free", (DL_FUNC)&ctr_api_ctrend_claims_opts_free, 1},
    {"ctr_api_ctrend_claims_opts_set_double", (DL_FUNC)&ctr_api_ctrend_claims_opts_set_double, 3},
    {"ctr_api_ctrend_claims_opts_set_int", (DL_FUNC)&ctr_api_ctrend_claims_opts_set_int, 3},
    {"ctr_api_ctrend_claims_opts_get", (DL_FUNC)&ctr_api_ctrend_claims_opts_get, 2},
    {"ctr_api_ctrend_claims_opts_bounds", (DL_FUNC)&ctr_api_ctrend_claims_opts_bounds, 1},
    {"ctr_api_ctrend_claims_parse", (DL_FUNC)&ctr_api_ctrend_claims_parse, 2},
    {"ctr_api_ctrend_claims_parse_lenient", (DL_FUNC)&ctr_api_ctrend_claims_parse_lenient, 2},
    {"ctr_api_ctrend_claims_free", (DL_FUNC)&ctr_api_ctrend_claims_free, 1},
    {"ctr_api_ctrend_claims_errmsg", (DL_FUNC)&ctr_api_ctrend_claims_errmsg, 1},
    {"ctr_api_ctrend_claims_error", (DL_FUNC)&ctr_api_ctrend_claims_error, 1},
    {"ctr_api_ctrend_claims_check", (DL_FUNC)&ctr_api_ctrend_claims_check, 3},
    {"ctr_api_ctrend_claims_count", (DL_FUNC)&ctr_api_ctrend_claims_count, 1},
    {"ctr_api_ctrend_claims_find", (DL_FUNC)&ctr_api_ctrend_claims_find, 2},
    {"ctr_api_ctrend_claims_id", (DL_FUNC)&ctr_api_ctrend_claims_id, 2},
    {"ctr_api_ctrend_claims_quote", (DL_FUNC)&ctr_api_ctrend_claims_quote, 2},
    {"ctr_api_ctrend_claims_source", (DL_FUNC)&ctr_api_ctrend_claims_source, 2},
    {"ctr_api_ctrend_claims_text", (DL_FUNC)&ctr_api_ctrend_claims_text, 2},
    {"ctr_api_ctrend_claims_line", (DL_FUNC)&ctr_api_ctrend_claims_line, 2},
    {"ctr_api_ctrend_claims_verdict", (DL_FUNC)&ctr_api_ctrend_claims_verdict, 2},
    {"ctr_api_ctrend_claims_verdict_name", (DL_FUNC)&ctr_api_ctrend_claims_verdict_name, 1},
    {"ctr_api_ctrend_claims_figure", (DL_FUNC)&ctr_api_ctrend_claims_figure, 3},
    {"ctr_api_ctrend_claims_within_noise", (DL_FUNC)&ctr_api_ctrend_claims_within_noise, 2},
    {"ctr_api_ctrend_claims_explanation", (DL_FUNC)&ctr_api_ctrend_claims_explanation, 2},
    {"ctr_api_ctrend_claims_counts", (DL_FUNC)&ctr_api_ctrend_claims_counts, 1},
    {"ctr_api_ctrend_claims_kind_of", (DL_FUNC)&ctr_api_ctrend_claims_kind_of, 2},
    {"ctr_api_ctrend_claims_n_terms", (DL_FUNC)&ctr_api_ctrend_claims_n_terms, 2},
    {"ctr_api_ctrend_claims_term_group", (DL_FUNC)&ctr_api_ctrend_claims_term_group, 3},
    {"ctr_api_ctrend_claims_term_region", (DL_FUNC)&ctr_api_ctrend_claims_term_region, 3},
    {"ctr_api_ctrend_claims_term_metric", (DL_FUNC)&ctr_api_ctrend_claims_term_metric, 3},
    {"ctr_api_ctrend_claims_term_side", (DL_FUNC)&ctr_api_ctrend_claims_term_side, 3},
    {"ctr_api_ctrend_claims_target", (DL_FUNC)&ctr_api_ctrend_claims_target, 2},
    {"ctr_api_ctrend_claims_base", (DL_FUNC)&ctr_api_ctrend_claims_base, 2},
    {"ctr_api_ctrend_claims_n_errors", (DL_FUNC)&ctr_api_ctrend_claims_n_errors, 1},
    {"ctr_api_ctrend_claims_error_at", (DL_FUNC)&ctr_api_ctrend_claims_error_at, 2},
    {"ctr_api_ctrend_claims_claim_error", (DL_FUNC)&ctr_api_ctrend_claims_claim_error, 2},
    {"ctr_api_ctrend_claims_note", (DL_FUNC)&ctr_api_ctrend_claims_note, 2},
    {"ctr_api_ctrend_claims_n_invalid", (DL_FUNC)&ctr_api_ctrend_claims_n_invalid, 1},
    {"ctr_api_ctrend_figure_new", (DL_FUNC)&ctr_api_ctrend_figure_new, 0},
    {"ctr_api_ctrend_figure_free", (DL_FUNC)&ctr_api_ctrend_figure_free, 1},
    {"ctr_api_ctrend_figure_add_panel", (DL_FUNC)&ctr_api_ctrend_figure_add_panel, 3},
    {"ctr_api_ctrend_figure_add_series", (DL_FUNC)&ctr_api_ctrend_figure_add_series, 5},
    {"ctr_api_ctrend_figure_add_claim", (DL_FUNC)&ctr_api_ctrend_figure_add_claim, 4},
    {"ctr_api_ctrend_figure_add_rolling", (DL_FUNC)&ctr_api_ctrend_figure_add_rolling, 4},
    {"ctr_api_ctrend_figure_add_fit", (DL_FUNC)&ctr_api_ctrend_figure_add_fit, 3},
    {"ctr_api_ctrend_figure_add_forecast", (DL_FUNC)&ctr_api_ctrend_figure_add_forecast, 3},
    {"ctr_api_ctrend_figure_add_span", (DL_FUNC)&ctr_api_ctrend_figure_add_span, 5},
    {"ctr_api_ctrend_figure_add_mark", (DL_FUNC)&ctr_api_ctrend_figure_add_mark, 5},
    {"ctr_api_ctrend_figure_set_text", (DL_FUNC)&ctr_api_ctrend_figure_set_text, 3},
    {"ctr_api_ctrend_figure_panel_set_text", (DL_FUNC)&ctr_api_ctrend_figure_panel_set_text, 4},
    {"ctr_api_ctrend_figure_set_options", (DL_FUNC)&ctr_api_ctrend_figure_set_options, 5},
    {"ctr_api_ctrend_figure_n_panels", (DL_FUNC)&ctr_api_ctrend_figure_n_panels, 1},
    {"ctr_api_ctrend_figure_options", (DL_FUNC)&ctr_api_ctrend_figure_options, 1},
    {"ctr_api_ctrend_figure_panel_months", (DL_FUNC)&ctr_api_ctrend_figure_panel_months, 2},
    {"ctr_api_ctrend_figure_x_range", (DL_FUNC)&ctr_api_ctrend_figure_x_range, 1},
    {"ctr_api_ctrend_figure_panel_vector", (DL_FUNC)&ctr_api_ctrend_figure_panel_vector, 3},
    {"ctr_api_ctrend_figure_panel_missing", (DL_FUNC)&ctr_api_ctrend_figure_panel_missing, 2},
    {"ctr_api_ctrend_figure_panel_n_spans", (DL_FUNC)&ctr_api_ctrend_figure_panel_n_spans, 2},
    {"ctr_api_ctrend_figure_panel_span", (DL_FUNC)&ctr_api_ctrend_figure_panel_span, 3},
    {"ctr_api_ctrend_figure_panel_n_marks", (DL_FUNC)&ctr_api_ctrend_figure_panel_n_marks, 2},
    {"ctr_api_ctrend_figure_panel_mark", (DL_FUNC)&ctr_api_ctrend_figure_panel_mark, 3},
    {"ctr_api_ctrend_figure_panel_mark_label", (DL_FUNC)&ctr_api_ctrend_figure_panel_mark_label, 3},
    {"ctr_api_ctrend_figure_text", (DL_FUNC)&ctr_api_ctrend_figure_text, 2},
    {"ctr_api_ctrend_figure_panel_text", (DL_FUNC)&ctr_api_ctrend_figure_panel_text, 3},
    {"ctr_api_ctrend_figure_device_from_path", (DL_FUNC)&ctr_api_ctrend_figure_device_from_path, 1},
    {NULL, NULL, 0}};
const int ctr_api_n_call_methods = 286;

/*
 * Register the package's own routines (`own`, terminated by {NULL, NULL, 0}) together with
 * ctr_api_call_methods, then forbid dynamic look-up (as R_init_ctrend does today).
 */
void ctr_api_register(DllInfo *dll, const R_CallMethodDef *own);
void ctr_api_register(DllInfo *dll, const R_CallMethodDef *own)
{
    static R_CallMethodDef all[286 + 512 + 1];
    size_t k = 0;
    for (size_t i = 0; own && own[i].name && k < 512; ++i) all[k++] = own[i];
    for (int i = 0; i < ctr_api_n_call_methods; ++i) all[k++] = ctr_api_call_methods[i];
    all[k].name = NULL;
    all[k].fun = NULL;
    all[k].numArgs = 0;
    R_registerRoutines(dll, NULL, all, NULL, NULL);
    R_useDynamicSymbols(dll, FALSE);
    R_forceSymbols(dll, TRUE);
}
