/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * claims_test_util.h — short readers of a claims handle for the claims tests, written over the
 * 1.0 API (status-returning getters, error record, options; include/ctrend/claims.h). They keep
 * the many value assertions of the tests short: a string getter gives NULL and an int getter
 * its documented "none" value when the call fails, and tests/test_claims_api.c asserts the
 * status codes themselves. cq_parse is ctrend_claims_parse_lenient with CTREND_EPARSE returned
 * when the file had errors (the handle kept: the tests read its INVALID records).
 */
#ifndef CTREND_CLAIMS_TEST_UTIL_H
#define CTREND_CLAIMS_TEST_UTIL_H

#include "ctrend.h"

#define CQ_STR(name)                                                                         \
    static inline const char *cq_##name(const ctrend_claims *c, size_t i)                    \
    {                                                                                        \
        const char *s = NULL;                                                                \
        return ctrend_claims_##name(c, i, &s) == CTREND_OK ? s : NULL;                       \
    }
CQ_STR(id)
CQ_STR(quote)
CQ_STR(source)
CQ_STR(text)
CQ_STR(explanation)
CQ_STR(note)
#undef CQ_STR

#define CQ_INT(name, none)                                                                   \
    static inline int cq_##name(const ctrend_claims *c, size_t i)                            \
    {                                                                                        \
        int v = (none);                                                                      \
        return ctrend_claims_##name(c, i, &v) == CTREND_OK ? v : (none);                     \
    }
CQ_INT(verdict, CTREND_VERDICT_UNCHECKED)
CQ_INT(line, 0)
CQ_INT(within_noise, 0)
CQ_INT(kind_of, -1)
#undef CQ_INT

#define CQ_TERM(name)                                                                        \
    static inline const char *cq_term_##name(const ctrend_claims *c, size_t i, size_t j)     \
    {                                                                                        \
        const char *s = NULL;                                                                \
        return ctrend_claims_term_##name(c, i, j, &s) == CTREND_OK ? s : NULL;               \
    }
CQ_TERM(group)
CQ_TERM(region)
CQ_TERM(metric)
#undef CQ_TERM

static inline int cq_term_side(const ctrend_claims *c, size_t i, size_t j)
{
    int v = -1;
    return ctrend_claims_term_side(c, i, j, &v) == CTREND_OK ? v : -1;
}

/* Every record kept; CTREND_EPARSE (with the handle) when the file has errors. */
static inline int cq_parse(const char *text, size_t len, const char *name, ctrend_claims **out)
{
    if (!out) return ctrend_claims_parse_lenient(text, len, name, out, NULL);
    const int rc = ctrend_claims_parse_lenient(text, len, name, out, NULL);
    if (rc != CTREND_OK) return rc;
    return ctrend_claims_n_errors(*out) ? CTREND_EPARSE : CTREND_OK;
}

/* Check at the default options. */
static inline int cq_check(ctrend_claims *c, const ctrend_frame *f)
{
    return ctrend_claims_check(c, NULL, f, NULL);
}

/* The first error's line, column and record id (0, 0, "" when none). */
static inline ctrend_error cq_error(const ctrend_claims *c)
{
    ctrend_error e;
    ctrend_error_clear(&e);
    (void)ctrend_claims_error(c, &e);
    return e;
}
#define cq_error_line(c) ((int)cq_error(c).line)
#define cq_error_column(c) ((int)cq_error(c).column)
#define cq_error_id(c) (cq_error(c).key)

/* `ctrend check`'s exit status from the counts (3 contradicted, 4 unverifiable, else 0). */
#define CQ_EXIT_SUPPORTED 0
#define CQ_EXIT_CONTRADICTED 3
#define CQ_EXIT_UNVERIFIABLE 4
static inline int cq_summary(const ctrend_claims *c, size_t *s, size_t *k, size_t *u)
{
    size_t a = 0, b = 0, d = 0;
    (void)ctrend_claims_counts(c, &a, &b, &d);
    if (s) *s = a;
    if (k) *k = b;
    if (u) *u = d;
    return b ? CQ_EXIT_CONTRADICTED : d ? CQ_EXIT_UNVERIFIABLE : CQ_EXIT_SUPPORTED;
}

#endif
