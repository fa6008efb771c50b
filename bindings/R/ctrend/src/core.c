/* core.c — .Call glue for months and frames (status codes and the version: the generated
 * ct_api_* wrappers of src/api_generated.c). */
#include <math.h>
#include <string.h>
#include "ctr.h"

SEXP C_month_parse(SEXP text)
{
    if (!Rf_isString(text)) Rf_error("ctrend: months must be character");
    const R_xlen_t n = XLENGTH(text);
    SEXP out = PROTECT(Rf_allocVector(INTSXP, n));
    for (R_xlen_t i = 0; i < n; ++i) {
        SEXP s = STRING_ELT(text, i);
        if (s == NA_STRING) {
            INTEGER(out)[i] = NA_INTEGER;
            continue;
        }
        const char *c = Rf_translateCharUTF8(s);
        int32_t m = 0;
        const int rc = ctrend_month_parse(c, strlen(c), &m);
        if (rc != CTREND_OK) {
            char where[96];
            snprintf(where, sizeof where, "month \"%.60s\"", c);
            ctr_fail(rc, NULL, where);
        }
        INTEGER(out)[i] = (int)m;
    }
    UNPROTECT(1);
    return out;
}

SEXP C_month_format(SEXP month)
{
    SEXP m = PROTECT(Rf_coerceVector(month, INTSXP));
    const R_xlen_t n = XLENGTH(m);
    SEXP out = PROTECT(Rf_allocVector(STRSXP, n));
    for (R_xlen_t i = 0; i < n; ++i) {
        char buf[CTREND_MONTH_STRLEN];
        if (INTEGER(m)[i] == NA_INTEGER) {
            SET_STRING_ELT(out, i, NA_STRING);
            continue;
        }
        CTR_CHECK(ctrend_month_format(INTEGER(m)[i], buf, sizeof buf), "month_str");
        SET_STRING_ELT(out, i, Rf_mkChar(buf));
    }
    UNPROTECT(2);
    return out;
}

SEXP C_month_days(SEXP month)
{
    SEXP m = PROTECT(Rf_coerceVector(month, INTSXP));
    const R_xlen_t n = XLENGTH(m);
    SEXP out = PROTECT(Rf_allocVector(INTSXP, n));
    for (R_xlen_t i = 0; i < n; ++i)
        INTEGER(out)[i] = INTEGER(m)[i] == NA_INTEGER ? NA_INTEGER
                                                      : (int)ctrend_month_days(INTEGER(m)[i]);
    UNPROTECT(2);
    return out;
}

/* ---- frames -------------------------------------------------------------------------- */
void ctr_frame_finalizer(SEXP x)
{
    ctrend_frame_free(R_ExternalPtrAddr(x));
    R_ClearExternalPtr(x);
}

SEXP C_frame_new(void)
{
    ctrend_frame *f = NULL;
    CTR_CHECK(ctrend_frame_new(&f), "ct_frame");
    return ctr_wrap(f, "ctrend_frame", "ctrend_frame", ctr_frame_finalizer);
}

SEXP C_frame_free(SEXP fp)
{
    if (TYPEOF(fp) == EXTPTRSXP) ctr_frame_finalizer(fp);
    return R_NilValue;
}

SEXP C_frame_add_series(SEXP fp, SEXP group, SEXP region, SEXP metric)
{
    ctrend_frame *f = ctr_handle(fp, "ctrend_frame");
    size_t idx = 0;
    CTR_CHECK(ctrend_frame_add_series(f, ctr_str(group, "group"), ctr_str(region, "region"),
                                      ctr_str(metric, "metric"), &idx), "add_series");
    return Rf_ScalarReal((double)idx);
}

SEXP C_frame_find(SEXP fp, SEXP group, SEXP region, SEXP metric)
{
    const ctrend_frame *f = ctr_handle(fp, "ctrend_frame");
    size_t idx = 0;
    const int rc = ctrend_frame_find(f, ctr_str(group, "group"), ctr_str(region, "region"),
                                     ctr_str(metric, "metric"), &idx);
    if (rc == CTREND_ENOTFOUND) return Rf_ScalarReal(NA_REAL);
    CTR_CHECK(rc, "find");
    return Rf_ScalarReal((double)idx);
}

/* Vectorised set/accumulate: month and value recycled to the longer length; NA value = missing. */
SEXP C_frame_set(SEXP fp, SEXP index, SEXP month, SEXP value, SEXP accumulate)
{
    ctrend_frame *f = ctr_handle(fp, "ctrend_frame");
    const size_t idx = ctr_size(index, "index");
    const int acc = ctr_int(accumulate, "accumulate");
    SEXP m = PROTECT(Rf_coerceVector(month, INTSXP));
    SEXP v = PROTECT(Rf_coerceVector(value, REALSXP));
    const R_xlen_t nm = XLENGTH(m), nv = XLENGTH(v);
    const R_xlen_t n = nm > nv ? nm : nv;
    if (n > 0 && (nm == 0 || nv == 0)) Rf_error("ctrend: months and values must not be empty");
    for (R_xlen_t i = 0; i < n; ++i) {
        const int mi = INTEGER(m)[i % nm];
        if (mi == NA_INTEGER) Rf_error("ctrend: a month is NA");
        const double vi = REAL(v)[i % nv];
        const int rc = acc ? ctrend_frame_accumulate(f, idx, mi, vi)
                           : ctrend_frame_set(f, idx, mi, vi);
        if (rc != CTREND_OK) {
            char where[64];
            char buf[CTREND_MONTH_STRLEN_V2] = "?";
            ctrend_month_format_v2(mi, buf, sizeof buf);
            snprintf(where, sizeof where, "set month %s", buf);
            ctr_fail(rc, NULL, where);
        }
    }
    UNPROTECT(2);
    return R_NilValue;
}

SEXP C_frame_info(SEXP fp)
{
    const ctrend_frame *f = ctr_handle(fp, "ctrend_frame");
    const size_t ns = ctrend_frame_n_series(f);
    SEXP out = PROTECT(Rf_allocVector(VECSXP, 5));
    int32_t start = 0; /* a frame with no months has no start (CTREND_EEMPTY): 0 then */
    (void)ctrend_frame_start(f, &start);
    SET_VECTOR_ELT(out, 0, Rf_ScalarInteger((int)start));
    SET_VECTOR_ELT(out, 1, Rf_ScalarReal((double)ctrend_frame_n_months(f)));
    SEXP g = Rf_allocVector(STRSXP, (R_xlen_t)ns);
    SET_VECTOR_ELT(out, 2, g);
    SEXP r = Rf_allocVector(STRSXP, (R_xlen_t)ns);
    SET_VECTOR_ELT(out, 3, r);
    SEXP mt = Rf_allocVector(STRSXP, (R_xlen_t)ns);
    SET_VECTOR_ELT(out, 4, mt);
    for (size_t i = 0; i < ns; ++i) { /* i < n_series: the getters cannot fail */
        const char *sg = "", *sr = "", *sm = "";
        (void)ctrend_frame_group(f, i, &sg);
        (void)ctrend_frame_region(f, i, &sr);
        (void)ctrend_frame_metric(f, i, &sm);
        SET_STRING_ELT(g, (R_xlen_t)i, Rf_mkCharCE(sg, CE_UTF8));
        SET_STRING_ELT(r, (R_xlen_t)i, Rf_mkCharCE(sr, CE_UTF8));
        SET_STRING_ELT(mt, (R_xlen_t)i, Rf_mkCharCE(sm, CE_UTF8));
    }
    UNPROTECT(1);
    return out;
}

SEXP C_frame_values(SEXP fp, SEXP index)
{
    const ctrend_frame *f = ctr_handle(fp, "ctrend_frame");
    const size_t n = ctrend_frame_n_months(f);
    SEXP out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)n));
    CTR_CHECK(ctrend_frame_values(f, ctr_size(index, "index"), REAL(out), n, NULL), "values");
    UNPROTECT(1);
    return out;
}

/* Which optional modules this build of the glue was compiled against (umbrella header). */
SEXP C_capabilities(void)
{
    static const char *const names[] = {"io", "rolling", "change", "aggregate", "models", "exact", "scores", "claims"};
    const int have[] = {
#ifdef CTREND_IO_H
        1,
#else
        0,
#endif
#ifdef CTREND_ROLLING_H
        1,
#else
        0,
#endif
#ifdef CTREND_CHANGE_H
        1,
#else
        0,
#endif
#ifdef CTREND_AGGREGATE_H
        1,
#else
        0,
#endif
#if defined(CTREND_MODEL_H) && defined(CTREND_FORECAST_H)
        1,
#else
        0,
#endif
#ifdef CTREND_EXACT_H
        1,
#else
        0,
#endif
#ifdef CTREND_SCORE_H
        1,
#else
        0,
#endif
#ifdef CTREND_CLAIMS_H
        1,
#else
        0,
#endif
    };
    const int n = (int)(sizeof have / sizeof have[0]);
    SEXP out = PROTECT(Rf_allocVector(LGLSXP, n));
    SEXP nm = PROTECT(Rf_allocVector(STRSXP, n));
    for (int i = 0; i < n; ++i) {
        LOGICAL(out)[i] = have[i];
        SET_STRING_ELT(nm, i, Rf_mkChar(names[i]));
    }
    Rf_setAttrib(out, R_NamesSymbol, nm);
    UNPROTECT(2);
    return out;
}

SEXP C_frame_collapse(SEXP fp, SEXP keep_group, SEXP keep_region, SEXP skip_missing)
{
    const ctrend_frame *f = ctr_handle(fp, "ctrend_frame");
    ctrend_frame *out = NULL;
    CTR_CHECK(ctrend_frame_collapse(f, ctr_int(keep_group, "keep_group"), ctr_int(keep_region, "keep_region"),
                                    ctr_int(skip_missing, "skip_missing"), &out), "collapse");
    return ctr_wrap(out, "ctrend_frame", "ctrend_frame", ctr_frame_finalizer);
}
