/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * claims.c — the ctrend_claims handle (include/ctrend/claims.h): its whole lifecycle (new,
 * records added by the parser, free), its options, the check loop, the getters and counts.
 * parser.c fills a handle made here; eval.c evaluates one claim; query.c answers what a
 * claim compares. Getters follow docs/api.md section 6 (a status, the value through *out).
 */
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "claims/claims_internal.h"
#include "internal.h"
#include "ctrend/frame.h"

/* ---- lifecycle ------------------------------------------------------------------------- */

ctrend_claims *ctrend__claims_new(void)
{
    ctrend_claims *h = calloc(1, sizeof *h);
    if (h) ctrend_error_clear(&h->err);
    return h;
}

ctrend__claim *ctrend__claims_add(ctrend_claims *h)
{
    if (h->n == h->cap) {
        const size_t nc = h->cap ? h->cap * 2 : 16;
        ctrend__claim *nv = realloc(h->v, nc * sizeof *nv);
        if (!nv) return NULL;
        h->v = nv;
        h->cap = nc;
    }
    ctrend__claim *c = &h->v[h->n++];
    memset(c, 0, sizeof *c);
    c->verdict = CTREND_VERDICT_UNCHECKED;
    for (size_t f = 0; f < CTREND__N_FIGURES; f++) c->fig[f] = NAN;
    return c;
}

void ctrend__claim_free_terms(ctrend__claim *c)
{
    ctrend__expr *es[2] = {&c->lhs, &c->rhs};
    for (size_t e = 0; e < 2; e++) {
        for (size_t j = 0; j < es[e]->n; j++) {
            free(es[e]->s[j].group);
            free(es[e]->s[j].metric);
            free(es[e]->s[j].region);
        }
        free(es[e]->s);
        es[e]->s = NULL;
        es[e]->n = 0;
    }
    free(c->item_end);
    c->item_end = NULL;
    c->n_items = 0;
}

void ctrend__claim_clear(ctrend__claim *c)
{
    ctrend__claim_free_terms(c);
    free(c->id);
    free(c->quote);
    free(c->source);
    free(c->text);
    free(c->expl);
    free(c->note);
    free(c->defs);
    free(c->invalid);
    memset(c, 0, sizeof *c);
}

void ctrend_claims_free(ctrend_claims *c)
{
    if (!c) return;
    for (size_t i = 0; i < c->n; i++) ctrend__claim_clear(&c->v[i]);
    free(c->v);
    for (size_t i = 0; i < c->n_errs; i++) free(c->errs[i]);
    free(c->errs);
    free(c->errmsg);
    free(c);
}

/* ---- options ----------------------------------------------------------------------------- */

const struct ctrend_claims_opts ctrend__claims_opts_default = {
    CTREND_CLAIMS_LEVEL, CTREND_CLAIMS_ALPHA, CTREND_CLAIMS_ABOUT_RTOL, CTREND_CLAIMS_BOUND_MAX};

/* One table: type (1 int, 0 double), range, openness, and where the value lives. */
static const struct opt_def {
    int is_int, open;
    double lo, hi;
    size_t offset;
} opt_defs[] = {
    [CTREND_CLAIMS_OPT_LEVEL] = {0, 1, 0.0, 1.0, offsetof(struct ctrend_claims_opts, level)},
    [CTREND_CLAIMS_OPT_ALPHA] = {0, 1, 0.0, 1.0, offsetof(struct ctrend_claims_opts, alpha)},
    [CTREND_CLAIMS_OPT_ABOUT_RTOL] = {0, 0, 0.0, 1.0, offsetof(struct ctrend_claims_opts, about_rtol)},
    [CTREND_CLAIMS_OPT_BOUND_MAX] = {1, 0, 1.0, 1e6, offsetof(struct ctrend_claims_opts, bound_max)},
};
#define N_OPTS (sizeof opt_defs / sizeof opt_defs[0])

int ctrend_claims_opts_new(ctrend_claims_opts **out)
{
    if (!out) return CTREND_EINVAL;
    *out = malloc(sizeof **out);
    if (!*out) return CTREND_ENOMEM;
    **out = ctrend__claims_opts_default;
    return CTREND_OK;
}

void ctrend_claims_opts_free(ctrend_claims_opts *o) { free(o); }

static int opt_set(ctrend_claims_opts *o, int key, double v, int is_int)
{
    if (!o || key < 0 || (size_t)key >= N_OPTS || opt_defs[key].is_int != is_int) return CTREND_EINVAL;
    const struct opt_def *d = &opt_defs[key];
    const int ok = d->open ? (v > d->lo && v < d->hi) : (v >= d->lo && v <= d->hi);
    if (!ok) return CTREND_EDOMAIN; /* NaN fails both forms */
    *(double *)(void *)((char *)o + d->offset) = v;
    return CTREND_OK;
}

int ctrend_claims_opts_set_double(ctrend_claims_opts *o, int key, double value)
{
    return opt_set(o, key, value, 0);
}

int ctrend_claims_opts_set_int(ctrend_claims_opts *o, int key, int64_t value)
{
    /* outside +-2^53 nothing is in range; the clamp keeps the conversion exact */
    const double v = value > 9007199254740992LL ? 1e300 : value < -9007199254740992LL ? -1e300 : (double)value;
    return opt_set(o, key, v, 1);
}

int ctrend_claims_opts_get(const ctrend_claims_opts *o, int key, double *value)
{
    if (!o || !value || key < 0 || (size_t)key >= N_OPTS) return CTREND_EINVAL;
    *value = *(const double *)(const void *)((const char *)o + opt_defs[key].offset);
    return CTREND_OK;
}

int ctrend_claims_opts_bounds(int key, double *lo, double *hi)
{
    if (key < 0 || (size_t)key >= N_OPTS) return CTREND_EINVAL;
    if (lo) *lo = opt_defs[key].lo;
    if (hi) *hi = opt_defs[key].hi;
    return CTREND_OK;
}

/* ---- errors ------------------------------------------------------------------------------ */

const char *ctrend_claims_errmsg(const ctrend_claims *c)
{
    return c && c->errmsg ? c->errmsg : "";
}

int ctrend_claims_error(const ctrend_claims *c, ctrend_error *err)
{
    if (!c || !err) return CTREND_EINVAL;
    *err = c->err;
    return CTREND_OK;
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

/* A check error: the handle's message and record (claim id as key), and the caller's. */
static int check_failed(ctrend_claims *c, size_t i, int rc, ctrend_error *err)
{
    const char *id = c->v[i].id;
    char *m = malloc(strlen(id) + 64);
    if (m) {
        strcpy(m, "claim [");
        strcat(m, id);
        strcat(m, "]: ");
        strcat(m, ctrend_strerror(rc));
    }
    free(c->errmsg);
    c->errmsg = m;
    (void)ctrend_error_set(&c->err, rc, "", 0, 0, id, ctrend_strerror(rc));
    c->v[i].verdict = CTREND_VERDICT_UNCHECKED;
    return ctrend_error_set(err, rc, "", 0, 0, id, ctrend_strerror(rc));
}

int ctrend_claims_check(ctrend_claims *c, const ctrend_claims_opts *opts, const ctrend_frame *data,
                        ctrend_error *err)
{
    ctrend_error_clear(err);
    if (!c || !data)
        return ctrend_error_set(err, CTREND_EINVAL, "", 0, 0, "", c ? "data is NULL" : "claims handle is NULL");
    const struct ctrend_claims_opts *o = opts ? opts : &ctrend__claims_opts_default;
    ctrend__vintages vi;
    if (ctrend__vintages_build(data, &vi)) return ctrend_error_set(err, CTREND_ENOMEM, "", 0, 0, "", NULL);
    for (size_t i = 0; i < c->n; i++) {
        if (c->v[i].invalid) { /* its verdict stays INVALID; nothing to read */
            c->v[i].verdict = CTREND_VERDICT_INVALID;
            continue;
        }
        const int rc = ctrend__claim_eval(&c->v[i], data, &vi, o);
        if (rc != CTREND_OK) {
            free(vi.v);
            return check_failed(c, i, rc, err);
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

/* The claim at i for a getter writing into out: EINVAL (NULL c or out), ERANGE (bad i). */
#define CLAIM_AT(c, i, out)                                                                  \
    if (!(c) || !(out)) return CTREND_EINVAL;                                                \
    if ((i) >= (c)->n) return CTREND_ERANGE;                                                 \
    const ctrend__claim *k = &(c)->v[i]

#define STRING_GETTER(name, expr)                                                            \
    int ctrend_claims_##name(const ctrend_claims *c, size_t i, const char **out)             \
    {                                                                                        \
        CLAIM_AT(c, i, out);                                                                 \
        *out = (expr);                                                                       \
        return CTREND_OK;                                                                    \
    }
STRING_GETTER(id, k->id)
STRING_GETTER(quote, k->quote)
STRING_GETTER(source, k->source)
STRING_GETTER(text, k->text)
STRING_GETTER(explanation, k->expl ? k->expl : "")
STRING_GETTER(note, k->invalid ? k->invalid : k->note ? k->note : "")
#undef STRING_GETTER

#define INT_GETTER(name, expr)                                                               \
    int ctrend_claims_##name(const ctrend_claims *c, size_t i, int *out)                     \
    {                                                                                        \
        CLAIM_AT(c, i, out);                                                                 \
        *out = (expr);                                                                       \
        return CTREND_OK;                                                                    \
    }
INT_GETTER(line, k->line)
INT_GETTER(verdict, k->verdict)
INT_GETTER(within_noise, k->noise)
#undef INT_GETTER

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
    if (which < 0 || (size_t)which >= CTREND__N_FIGURES) return CTREND_EINVAL;
    *value = c->v[i].fig[which];
    return CTREND_OK;
}

int ctrend_claims_counts(const ctrend_claims *c, size_t *n_supported, size_t *n_contradicted,
                         size_t *n_unverifiable)
{
    if (!c) return CTREND_EINVAL;
    size_t s = 0, k = 0, u = 0;
    for (size_t i = 0; i < c->n; i++) {
        const int v = c->v[i].verdict;
        if (v == CTREND_VERDICT_SUPPORTED) s++;
        else if (v == CTREND_VERDICT_CONTRADICTED) k++;
        else u++;
    }
    if (n_supported) *n_supported = s;
    if (n_contradicted) *n_contradicted = k;
    if (n_unverifiable) *n_unverifiable = u;
    return CTREND_OK;
}
