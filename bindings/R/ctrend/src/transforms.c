/* transforms.c — .Call glue for reading CSVs (io.h) and the array transforms (rolling.h,
 * change.h, aggregate.h). Each part compiles only when the umbrella header provides the
 * module; otherwise its entry points raise CTREND_EUNSUPPORTED (older libctrend). */
#include <math.h>
#include <string.h>
#include "ctr.h"

#define UNSUPPORTED(what) ctr_fail(CTREND_EUNSUPPORTED, "libctrend was built without " what, NULL)

/* ---- io ------------------------------------------------------------------------------ */
#ifdef CTREND_IO_H
/* int_opts: named integer vector (option key -> value); str_opts: list of (key, character);
 * where: NULL or a character vector of row-filter expressions (io.h, "Row filters"), every
 * one must hold. The filter is borrowed by the reader (ctrend_reader_set_filter), so it lives
 * exactly as long as the reader here: both are freed before returning or raising. */
SEXP C_read_csv(SEXP source, SEXP is_text, SEXP int_keys, SEXP int_values, SEXP str_keys,
                SEXP str_values, SEXP where)
{
    ctrend_reader *r = NULL;
    ctrend_frame *f = NULL;
    int rc = ctrend_reader_new(&r, NULL);
    if (rc != CTREND_OK) ctr_fail(rc, NULL, "read_csv");
    ctrend_filter *flt = NULL;
    if (!Rf_isNull(where)) {
        rc = ctrend_filter_new(&flt);
        for (R_xlen_t i = 0; i < XLENGTH(where) && rc == CTREND_OK; ++i) {
            rc = ctrend_filter_add(flt, Rf_translateCharUTF8(STRING_ELT(where, i)));
            if (rc != CTREND_OK) {
                char msg[1024];
                snprintf(msg, sizeof msg, "%s", ctrend_filter_errmsg(flt));
                const double off = (double)ctrend_filter_error_offset(flt);
                ctrend_filter_free(flt);
                ctrend_reader_free(r);
                ctr_fail_at(rc, msg, "where", 0, off);
            }
        }
        if (rc == CTREND_OK) rc = ctrend_reader_set_filter(r, flt);
        if (rc != CTREND_OK) {
            ctrend_filter_free(flt);
            ctrend_reader_free(r);
            ctr_fail(rc, NULL, "where");
        }
    }
    SEXP ik = PROTECT(Rf_coerceVector(int_keys, INTSXP));
    SEXP iv = PROTECT(Rf_coerceVector(int_values, REALSXP));
    SEXP sk = PROTECT(Rf_coerceVector(str_keys, INTSXP));
    for (R_xlen_t i = 0; i < XLENGTH(ik) && rc == CTREND_OK; ++i)
        rc = ctrend_reader_set_int(r, INTEGER(ik)[i], (int64_t)REAL(iv)[i]);
    for (R_xlen_t i = 0; i < XLENGTH(sk) && rc == CTREND_OK; ++i) {
        SEXP v = STRING_ELT(str_values, i);
        rc = ctrend_reader_set_str(r, INTEGER(sk)[i], v == NA_STRING ? NULL : Rf_translateCharUTF8(v));
    }
    const char *src = ctr_str(source, "source");
    ctrend_error err;
    ctrend_error_clear(&err);
    if (rc == CTREND_OK) {
        if (Rf_asLogical(is_text) == TRUE) {
            rc = ctrend_reader_feed(r, src, strlen(src));
            const int rc2 = ctrend_reader_finish(r, &f, &err);
            if (rc == CTREND_OK) rc = rc2;
        } else {
            rc = ctrend_reader_read_file(r, src, &f, &err);
        }
    }
    if (rc != CTREND_OK) {
        char msg[1024];
        snprintf(msg, sizeof msg, "%s", ctrend_reader_errmsg(r)); /* the full line (err.message is cut at 160) */
        const double line = (double)err.line;
        const double col = (double)err.column;
        ctrend_reader_free(r);
        ctrend_filter_free(flt);
        ctrend_frame_free(f);
        ctr_fail_at(rc, msg, "read_csv", line, col);
    }
    ctrend_reader_free(r);
    ctrend_filter_free(flt);
    UNPROTECT(3);
    return ctr_wrap(f, "ctrend_frame", "ctrend_frame", ctr_frame_finalizer);
}
#else
SEXP C_read_csv(SEXP source, SEXP is_text, SEXP int_keys, SEXP int_values, SEXP str_keys,
                SEXP str_values, SEXP where)
{
    (void)source; (void)is_text; (void)int_keys; (void)int_values; (void)str_keys; (void)str_values;
    (void)where;
    UNSUPPORTED("the CSV reader (io.h)");
    return R_NilValue;
}
#endif

/* ---- rolling / change / aggregate ------------------------------------------------------ */
static SEXP as_double(SEXP x) { return Rf_coerceVector(x, REALSXP); }

#ifdef CTREND_ROLLING_H
SEXP C_rolling(SEXP which, SEXP x, SEXP window, SEXP align, SEXP min_periods)
{
    SEXP xd = PROTECT(as_double(x));
    const size_t n = (size_t)XLENGTH(xd);
    SEXP out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)n));
    const int w = ctr_int(which, "which");
    const size_t win = ctr_size(window, "window"), mp = ctr_size(min_periods, "min_periods");
    const int al = ctr_int(align, "align");
    int rc;
    if (w == 0) rc = ctrend_rolling_mean(REAL(xd), n, win, al, mp, REAL(out));
    else if (w == 1) rc = ctrend_rolling_sum(REAL(xd), n, win, al, mp, REAL(out));
    else rc = ctrend_rolling_cumsum(REAL(xd), n, REAL(out));
    if (rc != CTREND_OK) ctr_fail(rc, NULL, w == 0 ? "rolling_mean" : w == 1 ? "rolling_sum" : "cumsum");
    UNPROTECT(2);
    return out;
}
#else
SEXP C_rolling(SEXP which, SEXP x, SEXP window, SEXP align, SEXP min_periods)
{
    (void)which; (void)x; (void)window; (void)align; (void)min_periods;
    UNSUPPORTED("rolling.h");
    return R_NilValue;
}
#endif

#ifdef CTREND_CHANGE_H
/* which: 0 pct, 1 pct vs mean, 2 diff, 3 ratio, 4 share (y = total). Returns list(values, reason). */
SEXP C_change(SEXP which, SEXP x, SEXP k, SEXP y)
{
    SEXP xd = PROTECT(as_double(x));
    const size_t n = (size_t)XLENGTH(xd);
    const int w = ctr_int(which, "which");
    SEXP res = PROTECT(Rf_allocVector(VECSXP, 2));
    SEXP out = Rf_allocVector(REALSXP, (R_xlen_t)n);
    SET_VECTOR_ELT(res, 0, out);
    SEXP reason = Rf_allocVector(INTSXP, (R_xlen_t)n);
    SET_VECTOR_ELT(res, 1, reason);
    int rc;
    static const char *const names[] = {"pct_change", "pct_change_vs_mean", "diff", "ratio", "share"};
    int32_t *rs = (int32_t *)INTEGER(reason); /* R's int is 32-bit on every supported platform */
    if (w == 4) {
        SEXP yd = PROTECT(as_double(y));
        if ((size_t)XLENGTH(yd) != n) Rf_error("ctrend: part and total differ in length");
        rc = ctrend_change_share(REAL(xd), REAL(yd), n, REAL(out), rs);
        UNPROTECT(1);
    } else {
        const size_t kk = ctr_size(k, "lag");
        rc = w == 0 ? ctrend_change_pct(REAL(xd), n, kk, REAL(out), rs)
           : w == 1 ? ctrend_change_pct_vs_mean(REAL(xd), n, kk, REAL(out), rs)
           : w == 2 ? ctrend_change_diff(REAL(xd), n, kk, REAL(out), rs)
                    : ctrend_change_ratio(REAL(xd), n, kk, REAL(out), rs);
    }
    if (rc != CTREND_OK) ctr_fail(rc, NULL, names[w >= 0 && w <= 4 ? w : 0]);
    UNPROTECT(2);
    return res;
}

#else
SEXP C_change(SEXP which, SEXP x, SEXP k, SEXP y)
{
    (void)which; (void)x; (void)k; (void)y;
    UNSUPPORTED("change.h");
    return R_NilValue;
}
#endif

#ifdef CTREND_AGGREGATE_H
SEXP C_per_day(SEXP x, SEXP start)
{
    SEXP xd = PROTECT(as_double(x));
    const size_t n = (size_t)XLENGTH(xd);
    SEXP out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)n));
    CTR_CHECK(ctrend_aggregate_per_day(REAL(xd), n, ctr_int(start, "start"), REAL(out)), "per_day");
    UNPROTECT(2);
    return out;
}

/* Returns list(values, first_month). */
SEXP C_aggregate(SEXP x, SEXP start, SEXP period, SEXP allow_missing)
{
    SEXP xd = PROTECT(as_double(x));
    const size_t n = (size_t)XLENGTH(xd);
    const int32_t m0 = ctr_int(start, "start");
    const size_t p = ctr_size(period, "period_months");
    const int am = ctr_int(allow_missing, "allow_missing");
    size_t need = 0;
    int32_t first = 0;
    CTR_CHECK(ctrend_aggregate_periods(REAL(xd), n, m0, p, am, NULL, 0, &need, &first), "aggregate");
    SEXP res = PROTECT(Rf_allocVector(VECSXP, 2));
    SEXP out = Rf_allocVector(REALSXP, (R_xlen_t)need);
    SET_VECTOR_ELT(res, 0, out);
    CTR_CHECK(ctrend_aggregate_periods(REAL(xd), n, m0, p, am, REAL(out), need, &need, &first), "aggregate");
    SET_VECTOR_ELT(res, 1, Rf_ScalarInteger(first));
    UNPROTECT(2);
    return res;
}
#else
SEXP C_per_day(SEXP x, SEXP start)
{
    (void)x; (void)start;
    UNSUPPORTED("aggregate.h");
    return R_NilValue;
}
SEXP C_aggregate(SEXP x, SEXP start, SEXP period, SEXP allow_missing)
{
    (void)x; (void)start; (void)period; (void)allow_missing;
    UNSUPPORTED("aggregate.h");
    return R_NilValue;
}
#endif
