/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * query.c — what a claim compares: its kind, series terms and target / base months
 * (include/ctrend/claims.h, "What a claim compares"). Read-only views of the parsed claim;
 * the months are those eval.c reads (eval.c: base_range() for changes, the record loop from
 * the `since` month to the month before the target).
 */
#include "claims/claims_internal.h"

static const ctrend__claim *claim_at(const ctrend_claims *c, size_t i)
{
    return c && i < c->n ? &c->v[i] : NULL;
}

static const ctrend__claim *valid_at(const ctrend_claims *c, size_t i)
{
    const ctrend__claim *k = claim_at(c, i);
    return k && !k->invalid ? k : NULL;
}

int ctrend_claims_kind_of(const ctrend_claims *c, size_t i)
{
    const ctrend__claim *k = valid_at(c, i);
    if (!k) return -1;
    switch (k->kind) {
    case K_VALUE: return CTREND_CLAIMS_KIND_VALUE;
    case K_SUM: return CTREND_CLAIMS_KIND_SUM;
    case K_MEAN: return CTREND_CLAIMS_KIND_MEAN;
    case K_DAILY: return CTREND_CLAIMS_KIND_DAILY;
    case K_CHANGE: return CTREND_CLAIMS_KIND_CHANGE;
    case K_RECORD: return CTREND_CLAIMS_KIND_RECORD;
    case K_SHARE: return CTREND_CLAIMS_KIND_SHARE;
    case K_RANK: return CTREND_CLAIMS_KIND_RANK;
    default: return CTREND_CLAIMS_KIND_TREND;
    }
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

const char *ctrend_claims_term_group(const ctrend_claims *c, size_t i, size_t j)
{
    int side;
    const ctrend__series *s = term_at(c, i, j, &side);
    return s ? s->group : NULL;
}

const char *ctrend_claims_term_region(const ctrend_claims *c, size_t i, size_t j)
{
    int side;
    const ctrend__series *s = term_at(c, i, j, &side);
    return s ? (s->region ? s->region : "") : NULL;
}

const char *ctrend_claims_term_metric(const ctrend_claims *c, size_t i, size_t j)
{
    int side;
    const ctrend__series *s = term_at(c, i, j, &side);
    return s ? s->metric : NULL;
}

int ctrend_claims_term_side(const ctrend_claims *c, size_t i, size_t j)
{
    int side = -1;
    return term_at(c, i, j, &side) ? side : -1;
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
    if (k->kind == K_CHANGE) {
        if (k->base == B_PREVIOUS) {
            *first = k->m1 - k->k;
            *last = k->m1 - 1;
        } else {
            *first = k->b1;
            *last = k->b2;
        }
        return CTREND_OK;
    }
    if (k->kind == K_RECORD) {
        /* 'since': the parser guarantees since < month and sets b2 = month - 1, so the range
         * is never empty; 'in PERIOD': the period */
        *first = k->b1;
        *last = k->b2;
        return CTREND_OK;
    }
    *first = *last = CTREND_CLAIMS_NO_MONTH;
    return CTREND_ENOTFOUND;
}
