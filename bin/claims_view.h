/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * claims_view.h — the CLI's reading of a checked claims handle. The 1.0 getters return a
 * status and write through an out-parameter (docs/api.md section 6); the CLI loops over
 * 0..ctrend_claims_count-1 (and 0..ctrend_claims_n_terms-1), where no getter can fail, so
 * these helpers give the value and a documented fallback ("" for a string) instead of a
 * status at each of its ~100 call sites. Also the exit status of `ctrend check`, which the
 * library no longer computes.
 */
#ifndef CTREND_BIN_CLAIMS_VIEW_H
#define CTREND_BIN_CLAIMS_VIEW_H

#include <stdio.h>
#include <ctrend.h>

typedef int (*cv_str_getter)(const ctrend_claims *, size_t, const char **);
typedef int (*cv_int_getter)(const ctrend_claims *, size_t, int *);
typedef int (*cv_term_getter)(const ctrend_claims *, size_t, size_t, const char **);

/* A string of claim i ("" if the getter fails). */
static inline const char *cv_str(cv_str_getter get, const ctrend_claims *c, size_t i)
{
    const char *s = "";
    return get(c, i, &s) == CTREND_OK && s ? s : "";
}

/* An int of claim i (fallback when the getter fails: -1 for kind_of of an INVALID claim). */
static inline int cv_int(cv_int_getter get, const ctrend_claims *c, size_t i, int fallback)
{
    int v = fallback;
    return get(c, i, &v) == CTREND_OK ? v : fallback;
}

/* Term j of claim i: group, region or metric ("" if the getter fails). */
static inline const char *cv_term(cv_term_getter get, const ctrend_claims *c, size_t i, size_t j)
{
    const char *s = "";
    return get(c, i, j, &s) == CTREND_OK && s ? s : "";
}

/* Side of term j of claim i (-1 if out of range). */
static inline int cv_side(const ctrend_claims *c, size_t i, size_t j)
{
    int v = -1;
    return ctrend_claims_term_side(c, i, j, &v) == CTREND_OK ? v : -1;
}

/* Parse a claims file strictly, for a caller that prints the parser's whole message:
 * ctrend_claims_parse_lenient, then a file with any error is refused. Returns CTREND_OK with
 * *out, or a status with *out = NULL and msg (cap bytes) holding "FILE:LINE:COL: [id] message"
 * and *line its line (0 when not about a line). */
static inline int cv_parse_strict(const char *text, size_t len, const char *name, ctrend_claims **out,
                                  char *msg, size_t cap, int *line)
{
    ctrend_claims *cl = NULL;
    const int rc = ctrend_claims_parse_lenient(text, len, name, &cl, NULL);
    *out = NULL;
    *line = 0;
    if (rc != CTREND_OK) {
        snprintf(msg, cap, "%s", ctrend_strerror(rc));
        return rc;
    }
    if (ctrend_claims_n_errors(cl) == 0) {
        *out = cl;
        return CTREND_OK;
    }
    ctrend_error e;
    (void)ctrend_claims_error(cl, &e);
    snprintf(msg, cap, "%s", ctrend_claims_errmsg(cl));
    *line = (int)e.line;
    ctrend_claims_free(cl);
    return CTREND_EPARSE;
}

#endif
