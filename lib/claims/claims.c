/* SPDX-License-Identifier: GPL-3.0-or-later */
/* claims.c — the ctrend_claims handle: check loop, getters, summary (include/ctrend/claims.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "claims/claims_internal.h"
#include "internal.h"
#include "ctrend/frame.h"

void ctrend_claims_free(ctrend_claims *c)
{
    if (!c) return;
    for (size_t i = 0; i < c->n; i++) ctrend__claim_clear(&c->v[i]);
    free(c->v);
    for (size_t i = 0; i < c->n_errs; i++) free(c->errs[i]);
    free(c->errs);
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

size_t ctrend_claims_n_errors(const ctrend_claims *c) { return c ? c->n_errs : 0; }

const char *ctrend_claims_error_at(const ctrend_claims *c, size_t k)
{
    return c && k < c->n_errs ? c->errs[k] : NULL;
}

const char *ctrend_claims_claim_error(const ctrend_claims *c, size_t i, int *line, int *column)
{
    if (!c || i >= c->n || !c->v[i].invalid) return NULL;
    if (line) *line = c->v[i].err_line;
    if (column) *column = c->v[i].err_col;
    return c->v[i].invalid;
}

size_t ctrend_claims_n_invalid(const ctrend_claims *c)
{
    size_t k = 0;
    for (size_t i = 0; c && i < c->n; i++) k += c->v[i].invalid != NULL;
    return k;
}

int ctrend__vintages_build(const ctrend_frame *f, ctrend__vintages *out)
{
    out->v = NULL;
    out->n = 0;
    out->has_approx = 0;
    const size_t ns = ctrend_frame_n_series(f);
    size_t cap = 0;
    for (size_t s = 0; s < ns; s++) {
        const char *m = NULL;
        (void)ctrend_frame_metric(f, s, &m); /* s < ns: cannot fail */
        const char *at = m ? strrchr(m, '@') : NULL;
        if (at && (!strcmp(at, "@min") || !strcmp(at, "@max") || !strcmp(at, "@about"))) out->has_approx = 1;
        int32_t day;
        if (!at || at == m || strlen(at + 1) != 10 || ctrend__day_parse(at + 1, 10, &day)) continue;
        if (out->n == cap) {
            const size_t nc = cap ? 2 * cap : 16;
            ctrend__vint *nv = realloc(out->v, nc * sizeof *nv);
            if (!nv) {
                free(out->v);
                out->v = NULL;
                out->n = 0;
                return 1;
            }
            out->v = nv;
            cap = nc;
        }
        ctrend__vint *e = &out->v[out->n++];
        e->idx = s;
        (void)ctrend_frame_group(f, s, &e->group);
        (void)ctrend_frame_region(f, s, &e->region);
        e->metric = m;
        e->name_len = (size_t)(at - m);
        e->day = day;
    }
    return 0;
}

int ctrend_claims_check(ctrend_claims *c, const ctrend_frame *data)
{
    if (!c || !data) return CTREND_EINVAL;
    ctrend__vintages vi;
    if (ctrend__vintages_build(data, &vi)) return CTREND_ENOMEM;
    for (size_t i = 0; i < c->n; i++) {
        if (c->v[i].invalid) { /* its verdict stays INVALID; nothing to read */
            c->v[i].verdict = CTREND_VERDICT_INVALID;
            continue;
        }
        const int rc = ctrend__claim_eval(&c->v[i], data, &vi);
        if (rc != CTREND_OK) {
            free(vi.v);
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
    free(vi.v);
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

const char *ctrend_claims_note(const ctrend_claims *c, size_t i)
{
    if (!c || i >= c->n) return NULL;
    if (c->v[i].invalid) return c->v[i].invalid;
    return c->v[i].note ? c->v[i].note : "";
}
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
    case CTREND_VERDICT_INVALID: return "INVALID";
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
