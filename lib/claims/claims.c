/* SPDX-License-Identifier: GPL-3.0-or-later */
/* claims.c — the ctrend_claims handle: check loop, getters, summary (include/ctrend/claims.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "claims/claims_internal.h"
#include "internal.h"

void ctrend_claims_free(ctrend_claims *c)
{
    if (!c) return;
    for (size_t i = 0; i < c->n; i++) ctrend__claim_clear(&c->v[i]);
    free(c->v);
    free(c->errmsg);
    free(c->err_id);
    free(c);
}

const char *ctrend_claims_errmsg(const ctrend_claims *c)
{
    return c && c->errmsg ? c->errmsg : "";
}
int ctrend_claims_error_line(const ctrend_claims *c) { return c ? c->err_line : 0; }
int ctrend_claims_error_column(const ctrend_claims *c) { return c ? c->err_col : 0; }
const char *ctrend_claims_error_id(const ctrend_claims *c)
{
    return c && c->err_id ? c->err_id : "";
}

int ctrend_claims_check(ctrend_claims *c, const ctrend_frame *data)
{
    if (!c || !data) return CTREND_EINVAL;
    for (size_t i = 0; i < c->n; i++) {
        const int rc = ctrend__claim_eval(&c->v[i], data);
        if (rc != CTREND_OK) {
            char *m = malloc(strlen(c->v[i].id) + 64);
            if (m) {
                strcpy(m, "claim [");
                strcat(m, c->v[i].id);
                strcat(m, "]: ");
                strcat(m, ctrend_strerror(rc));
            }
            free(c->errmsg);
            c->errmsg = m;
            c->v[i].verdict = CTREND_VERDICT_UNCHECKED;
            return rc;
        }
    }
    return CTREND_OK;
}

size_t ctrend_claims_count(const ctrend_claims *c) { return c ? c->n : 0; }

int ctrend_claims_find(const ctrend_claims *c, const char *id, size_t *index)
{
    if (!c || !id || !index) return CTREND_EINVAL;
    for (size_t i = 0; i < c->n; i++)
        if (strcmp(c->v[i].id, id) == 0) {
            *index = i;
            return CTREND_OK;
        }
    return CTREND_ENOTFOUND;
}

#define GETTER(name, field)                                                                  \
    const char *ctrend_claims_##name(const ctrend_claims *c, size_t i)                       \
    {                                                                                        \
        return c && i < c->n ? c->v[i].field : NULL;                                         \
    }
GETTER(id, id)
GETTER(quote, quote)
GETTER(source, source)
GETTER(text, text)
GETTER(explanation, expl)
#undef GETTER

int ctrend_claims_line(const ctrend_claims *c, size_t i) { return c && i < c->n ? c->v[i].line : 0; }

int ctrend_claims_verdict(const ctrend_claims *c, size_t i)
{
    return c && i < c->n ? c->v[i].verdict : CTREND_VERDICT_UNCHECKED;
}

const char *ctrend_claims_verdict_name(int verdict)
{
    switch (verdict) {
    case CTREND_VERDICT_SUPPORTED: return "SUPPORTED";
    case CTREND_VERDICT_CONTRADICTED: return "CONTRADICTED";
    case CTREND_VERDICT_UNVERIFIABLE: return "UNVERIFIABLE";
    default: return "UNCHECKED";
    }
}

int ctrend_claims_figure(const ctrend_claims *c, size_t i, int which, double *value)
{
    if (!c || !value) return CTREND_EINVAL;
    if (i >= c->n) return CTREND_ERANGE;
    if (which < 0 || which > CTREND_CLAIMS_BOUND) return CTREND_EINVAL;
    *value = c->v[i].fig[which];
    return CTREND_OK;
}

int ctrend_claims_within_noise(const ctrend_claims *c, size_t i)
{
    return c && i < c->n ? c->v[i].noise : 0;
}

int ctrend_claims_summary(const ctrend_claims *c, size_t *n_supported, size_t *n_contradicted,
                          size_t *n_unverifiable)
{
    size_t s = 0, k = 0, u = 0;
    for (size_t i = 0; c && i < c->n; i++) {
        const int v = c->v[i].verdict;
        if (v == CTREND_VERDICT_SUPPORTED) s++;
        else if (v == CTREND_VERDICT_CONTRADICTED) k++;
        else u++;
    }
    if (n_supported) *n_supported = s;
    if (n_contradicted) *n_contradicted = k;
    if (n_unverifiable) *n_unverifiable = u;
    if (k) return CTREND_CLAIMS_EXIT_CONTRADICTED;
    if (u) return CTREND_CLAIMS_EXIT_UNVERIFIABLE;
    return CTREND_CLAIMS_EXIT_SUPPORTED;
}
