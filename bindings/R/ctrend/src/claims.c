/* claims.c — .Call glue for the claim checker (claims.h); CTREND_EUNSUPPORTED without it.
 * One call parses, checks and copies every result into R vectors, so no handle outlives it. */
#include <math.h>
#include <string.h>
#include "ctr.h"

#ifdef CTREND_CLAIMS_H
static SEXP mkstr(const char *s) { return Rf_mkCharCE(s ? s : "", CE_UTF8); }

/* String getter of claim i ("" if it fails: i is always in range here). */
static SEXP claim_str(int (*get)(const ctrend_claims *, size_t, const char **), const ctrend_claims *c,
                      size_t i)
{
    const char *s = "";
    return mkstr(get(c, i, &s) == CTREND_OK ? s : "");
}

/* Int getter of claim i (fallback if it fails). */
static int claim_int(int (*get)(const ctrend_claims *, size_t, int *), const ctrend_claims *c, size_t i,
                     int fallback)
{
    int v = fallback;
    return get(c, i, &v) == CTREND_OK ? v : fallback;
}

/* Check c at confidence level (NA = the default 0.95); fails as an R condition. */
static void check_at(ctrend_claims *c, const ctrend_frame *f, SEXP level)
{
    const double lv = Rf_asReal(level);
    ctrend_claims_opts *o = NULL;
    int rc = CTREND_OK;
    if (!ISNA(lv)) {
        rc = ctrend_claims_opts_new(&o);
        if (rc == CTREND_OK) rc = ctrend_claims_opts_set_double(o, CTREND_CLAIMS_OPT_LEVEL, lv);
        if (rc != CTREND_OK) {
            ctrend_claims_opts_free(o);
            ctrend_claims_free(c);
            ctr_fail(rc, "level must satisfy 0 < level < 1", "level");
        }
    }
    rc = ctrend_claims_check(c, o, f, NULL);
    ctrend_claims_opts_free(o);
    if (rc != CTREND_OK) {
        char msg[1024];
        snprintf(msg, sizeof msg, "%s", ctrend_claims_errmsg(c));
        ctrend_claims_free(c);
        ctr_fail(rc, msg, "check");
    }
}

/* Returns list(id, verdict, quote, source, claim, line, figures (n x 9 matrix, column-major),
 * within_noise, explanation, summary c(supported, contradicted, unverifiable, exit, invalid),
 * note, error (the parse error of an INVALID record, NA otherwise), parse_errors).
 * strict = TRUE: a parse error is an R condition (the first error, from the error record);
 * FALSE (claims v2 #8): ctrend_claims_parse_lenient, bad records are INVALID rows.
 * level: the confidence level of the intervals (NA = 0.95). */
SEXP C_claims_check(SEXP text, SEXP source_name, SEXP fp, SEXP strict, SEXP level)
{
    const ctrend_frame *f = ctr_handle(fp, "ctrend_frame");
    const char *t = ctr_str(text, "claims");
    const int is_strict = Rf_asLogical(strict) != 0;
    ctrend_claims *c = NULL;
    int rc = ctrend_claims_parse_lenient(t, strlen(t), ctr_str(source_name, "source"), &c, NULL);
    if (rc != CTREND_OK) ctr_fail(rc, NULL, "claims");
    if (is_strict && ctrend_claims_n_errors(c)) {
        char msg[1024], where[256];
        ctrend_error e;
        (void)ctrend_claims_error(c, &e);
        snprintf(msg, sizeof msg, "%s", ctrend_claims_errmsg(c));
        snprintf(where, sizeof where, "claims [%s]", e.key);
        ctrend_claims_free(c);
        ctr_fail_at(CTREND_EPARSE, msg, where, (double)e.line, (double)e.column);
    }
    check_at(c, f, level);
    const size_t n = ctrend_claims_count(c);
    SEXP out = PROTECT(Rf_allocVector(VECSXP, 13));
    SEXP id = Rf_allocVector(STRSXP, (R_xlen_t)n);
    SET_VECTOR_ELT(out, 0, id);
    SEXP verdict = Rf_allocVector(STRSXP, (R_xlen_t)n);
    SET_VECTOR_ELT(out, 1, verdict);
    SEXP quote = Rf_allocVector(STRSXP, (R_xlen_t)n);
    SET_VECTOR_ELT(out, 2, quote);
    SEXP source = Rf_allocVector(STRSXP, (R_xlen_t)n);
    SET_VECTOR_ELT(out, 3, source);
    SEXP claim = Rf_allocVector(STRSXP, (R_xlen_t)n);
    SET_VECTOR_ELT(out, 4, claim);
    SEXP line = Rf_allocVector(INTSXP, (R_xlen_t)n);
    SET_VECTOR_ELT(out, 5, line);
    SEXP fig = Rf_allocMatrix(REALSXP, (int)n, 9);
    SET_VECTOR_ELT(out, 6, fig);
    SEXP noise = Rf_allocVector(LGLSXP, (R_xlen_t)n);
    SET_VECTOR_ELT(out, 7, noise);
    SEXP expl = Rf_allocVector(STRSXP, (R_xlen_t)n);
    SET_VECTOR_ELT(out, 8, expl);
    SEXP note = Rf_allocVector(STRSXP, (R_xlen_t)n);
    SET_VECTOR_ELT(out, 10, note);
    SEXP err = Rf_allocVector(STRSXP, (R_xlen_t)n);
    SET_VECTOR_ELT(out, 11, err);
    const size_t n_err = ctrend_claims_n_errors(c);
    SEXP perr = Rf_allocVector(STRSXP, (R_xlen_t)n_err);
    SET_VECTOR_ELT(out, 12, perr);
    for (size_t k = 0; k < n_err; ++k)
        SET_STRING_ELT(perr, (R_xlen_t)k, mkstr(ctrend_claims_error_at(c, k)));
    for (size_t i = 0; i < n; ++i) {
        const R_xlen_t r = (R_xlen_t)i;
        SET_STRING_ELT(id, r, claim_str(ctrend_claims_id, c, i));
        SET_STRING_ELT(verdict, r,
                       mkstr(ctrend_claims_verdict_name(claim_int(ctrend_claims_verdict, c, i, CTREND_VERDICT_UNCHECKED))));
        SET_STRING_ELT(quote, r, claim_str(ctrend_claims_quote, c, i));
        SET_STRING_ELT(source, r, claim_str(ctrend_claims_source, c, i));
        SET_STRING_ELT(claim, r, claim_str(ctrend_claims_text, c, i));
        INTEGER(line)[i] = claim_int(ctrend_claims_line, c, i, 0);
        for (int k = 0; k < 9; ++k) {
            double v = NAN;
            if (ctrend_claims_figure(c, i, k, &v) != CTREND_OK || isnan(v)) v = NA_REAL;
            REAL(fig)[(size_t)k * n + i] = v;
        }
        LOGICAL(noise)[i] = claim_int(ctrend_claims_within_noise, c, i, 0);
        SET_STRING_ELT(expl, r, claim_str(ctrend_claims_explanation, c, i));
        SET_STRING_ELT(note, r, claim_str(ctrend_claims_note, c, i));
        const char *e = ctrend_claims_claim_error(c, i, NULL, NULL);
        SET_STRING_ELT(err, r, e ? mkstr(e) : NA_STRING);
    }
    size_t ns = 0, nc = 0, nu = 0;
    (void)ctrend_claims_counts(c, &ns, &nc, &nu);
    const int code = nc ? 3 : nu ? 4 : 0; /* `ctrend check`'s exit status */
    SEXP summ = Rf_allocVector(REALSXP, 5);
    SET_VECTOR_ELT(out, 9, summ);
    REAL(summ)[0] = (double)ns;
    REAL(summ)[1] = (double)nc;
    REAL(summ)[2] = (double)nu;
    REAL(summ)[3] = code;
    REAL(summ)[4] = (double)ctrend_claims_n_invalid(c);
    ctrend_claims_free(c);
    UNPROTECT(1);
    return out;
}
#else
SEXP C_claims_check(SEXP text, SEXP source_name, SEXP fp, SEXP strict, SEXP level)
{
    (void)text; (void)source_name; (void)fp; (void)strict; (void)level;
    ctr_fail(CTREND_EUNSUPPORTED, "libctrend was built without claims.h", NULL);
    return R_NilValue;
}
#endif
