/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * query.c — what a claim compares: its kind, series terms and target / base months
 * (include/ctrend/claims.h, "What a claim compares"). Read-only views of the parsed claim;
 * the base months are defined here once (ctrend__claim_base), and eval.c reads them.
 */
#include "claims/claims_internal.h"

static const ctrend__claim *claim_at(const ctrend_claims *c, size_t i)
{
    return c && i < c->n ? &c->v[i] : NULL;
}

int ctrend_claims_kind_of(const ctrend_claims *c, size_t i, int *out)
{
    if (!c || !out) return CTREND_EINVAL;
    const ctrend__claim *k = claim_at(c, i);
    if (!k) return CTREND_ERANGE;
    if (k->invalid) return CTREND_EPARSE;
    *out = k->kind; /* the internal kinds are the public values (claims_internal.h) */
    return CTREND_OK;
}

size_t ctrend_claims_n_terms(const ctrend_claims *c, size_t i)
{
    const ctrend__claim *k = claim_at(c, i);
    return k ? k->lhs.n + k->rhs.n : 0;
}

/* Term j of claim i (left-hand terms first), or NULL; *side = 0 left, 1 right. */
static const ctrend__series *term_at(const ctrend_claims *c, size_t i, size_t j, int *side)
{
    const ctrend__claim *k = claim_at(c, i);
    if (!k) return NULL;
    if (j < k->lhs.n) {
        *side = 0;
        return &k->lhs.s[j];
    }
    if (j - k->lhs.n < k->rhs.n) {
        *side = 1;
        return &k->rhs.s[j - k->lhs.n];
    }
    return NULL;
}

#define TERM_GETTER(name, T, expr)                                                           \
    int ctrend_claims_term_##name(const ctrend_claims *c, size_t i, size_t j, T *out)        \
    {                                                                                        \
        if (!c || !out) return CTREND_EINVAL;                                                \
        int side = 0;                                                                        \
        const ctrend__series *s = term_at(c, i, j, &side);                                   \
        if (!s) return CTREND_ERANGE;                                                        \
        *out = (expr);                                                                       \
        return CTREND_OK;                                                                    \
    }
TERM_GETTER(group, const char *, s->group)
TERM_GETTER(region, const char *, s->region ? s->region : "")
TERM_GETTER(metric, const char *, s->metric)
TERM_GETTER(side, int, side)
#undef TERM_GETTER

int ctrend__claim_base(const ctrend__claim *k, int32_t *a, int32_t *b)
{
    if (k->kind == K_CHANGE) {
        if (k->base == B_PREVIOUS) {
            *a = k->m1 - k->k;
            *b = k->m1 - 1;
        } else {
            *a = k->b1;
            *b = k->b2;
        }
        return 1;
    }
    if (k->kind == K_RECORD) {
        /* 'since': the parser guarantees since < month and sets b2 = month - 1, so the range
         * is never empty; 'in PERIOD': the period */
        *a = k->b1;
        *b = k->b2;
        return 1;
    }
    return 0;
}

int ctrend_claims_target(const ctrend_claims *c, size_t i, int32_t *first, int32_t *last)
{
    if (!c || !first || !last) return CTREND_EINVAL;
    const ctrend__claim *k = claim_at(c, i);
    if (!k) return CTREND_ERANGE;
    if (k->invalid) return CTREND_EPARSE;
    *first = k->m1;
    *last = k->m2;
    return CTREND_OK;
}

int ctrend_claims_base(const ctrend_claims *c, size_t i, int32_t *first, int32_t *last)
{
    if (!c || !first || !last) return CTREND_EINVAL;
    const ctrend__claim *k = claim_at(c, i);
    if (!k) return CTREND_ERANGE;
    if (k->invalid) return CTREND_EPARSE;
    if (ctrend__claim_base(k, first, last)) return CTREND_OK;
    *first = *last = CTREND_CLAIMS_NO_MONTH;
    return CTREND_ENOTFOUND;
}
