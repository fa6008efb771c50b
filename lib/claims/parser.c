/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * parser.c — claims file records and the claim-line grammar (docs/claims.md).
 *
 * File: lines; '#' or ';' start a comment line; "[id]" opens a record; "key = value" sets a
 * field (quote, source, claim, tolerance, note). A "source = ..." before the first record is the
 * default source. Every record needs exactly one claim.
 *
 * Claim line (recursive descent over lexer.c tokens):
 *   value  EXPR in MONTH TEST            sum|mean EXPR over RANGE TEST
 *   daily  EXPR (in MONTH | over RANGE)
 *   change EXPR (in MONTH | over RANGE) vs (MONTH | RANGE | previous K | year-ago) [per-day] TEST
 *   record [change] EXPR in MONTH (highest|lowest) since MONTH
 *   trend  EXPR over RANGE [steady|steadily] (decreasing|increasing)
 *   TEST  := [up|down] [by] [CMP] (NUMBER[%|x] | doubled | halved | EXPR)
 *   CMP   := more than | over | above | less than | under | below | at least | at most |
 *            about | around | approximately | roughly | nearly | almost | exactly | is |
 *            = | > | < | >= | <= | ~
 *   EXPR  := SERIES (+ SERIES)*        SERIES := group/metric[/region]
 *   RANGE := MONTH..MONTH
 * Errors are reported with line, column and record id like a compiler.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims/claims_internal.h"
#include "internal.h"

typedef struct parser {
    ctrend__tok *t;
    size_t i, n;
    const char *err;   /* static message */
    char errbuf[160];
    int err_col;
} parser;

static const ctrend__tok *peek(const parser *P) { return &P->t[P->i]; }

static int word_is(const ctrend__tok *t, const char *w)
{
    return t->kind == CTREND__T_WORD && strlen(w) == t->len && strncmp(t->p, w, t->len) == 0;
}

static int accept(parser *P, const char *w)
{
    if (word_is(peek(P), w)) {
        P->i++;
        return 1;
    }
    return 0;
}

static int fail(parser *P, const char *what)
{
    const ctrend__tok *t = peek(P);
    if (t->kind == CTREND__T_END)
        snprintf(P->errbuf, sizeof P->errbuf, "expected %s, got end of line", what);
    else
        snprintf(P->errbuf, sizeof P->errbuf, "expected %s, got '%.*s'", what, (int)t->len, t->p);
    P->err = P->errbuf;
    P->err_col = t->col;
    return 1;
}

static int expect(parser *P, const char *w)
{
    if (accept(P, w)) return 0;
    char what[40];
    snprintf(what, sizeof what, "'%s'", w);
    return fail(P, what);
}

static int month(parser *P, int32_t *m)
{
    const ctrend__tok *t = peek(P);
    if (t->kind != CTREND__T_MONTH) return fail(P, "a month YYYY-MM");
    *m = (int32_t)t->num;
    P->i++;
    return 0;
}

/* Check the end of a range a..b whose last month token is t: not before a, and at most
 * CTREND__MAX_RANGE_MONTHS months long. */
static int range_end_ok(parser *P, const ctrend__tok *t, int32_t a, int32_t b)
{
    if (b < a) {
        P->err = "range ends before it starts";
        P->err_col = t->col;
        return 1;
    }
    if ((int64_t)b - (int64_t)a + 1 > CTREND__MAX_RANGE_MONTHS) {
        snprintf(P->errbuf, sizeof P->errbuf,
                 "a range of at most %d months (100 years) is allowed, got %lld months",
                 CTREND__MAX_RANGE_MONTHS, (long long)((int64_t)b - (int64_t)a + 1));
        P->err = P->errbuf;
        P->err_col = t->col;
        return 1;
    }
    return 0;
}

static int range(parser *P, int32_t *a, int32_t *b)
{
    if (month(P, a)) return 1;
    if (peek(P)->kind != CTREND__T_RANGE) return fail(P, "'..' (a range MONTH..MONTH)");
    P->i++;
    const ctrend__tok *t = peek(P);
    if (month(P, b)) return 1;
    return range_end_ok(P, t, *a, *b);
}

/* Copy s[0..n) dropping double quotes. */
static char *dup_unquoted(const char *s, size_t n)
{
    char *o = malloc(n + 1);
    if (!o) return NULL;
    size_t k = 0;
    for (size_t j = 0; j < n; j++)
        if (s[j] != '"') o[k++] = s[j];
    o[k] = '\0';
    return o;
}

static int series(parser *P, ctrend__series *s, int *oom)
{
    const ctrend__tok *t = peek(P);
    if (t->kind != CTREND__T_WORD) return fail(P, "a series group/metric[/region]");
    const char *sl1 = memchr(t->p, '/', t->len);
    if (!sl1) return fail(P, "a series group/metric[/region]");
    const char *end = t->p + t->len;
    const char *sl2 = memchr(sl1 + 1, '/', (size_t)(end - sl1 - 1));
    const char *mend = sl2 ? sl2 : end;
    if (sl1 == t->p || mend == sl1 + 1 || (sl2 && sl2 + 1 == end))
        return fail(P, "a series group/metric[/region]");
    s->group = dup_unquoted(t->p, (size_t)(sl1 - t->p));
    s->metric = dup_unquoted(sl1 + 1, (size_t)(mend - sl1 - 1));
    s->region = sl2 ? dup_unquoted(sl2 + 1, (size_t)(end - sl2 - 1)) : ctrend__strdup("");
    if (!s->group || !s->metric || !s->region) {
        *oom = 1;
        return 1;
    }
    P->i++;
    return 0;
}

static int expr(parser *P, ctrend__expr *e, int *oom)
{
    for (;;) {
        ctrend__series *nv = realloc(e->s, (e->n + 1) * sizeof *nv);
        if (!nv) {
            *oom = 1;
            return 1;
        }
        e->s = nv;
        memset(&e->s[e->n], 0, sizeof e->s[e->n]);
        e->n++;
        if (series(P, &e->s[e->n - 1], oom)) return 1;
        const ctrend__tok *t = peek(P);
        if (t->kind == CTREND__T_OP && t->len == 1 && t->p[0] == '+') {
            P->i++;
            continue;
        }
        return 0;
    }
}

static int op_is(const ctrend__tok *t, const char *op)
{
    return t->kind == CTREND__T_OP && strlen(op) == t->len && strncmp(t->p, op, t->len) == 0;
}

/* CMP; returns 1 and sets *cmp when one is present. */
static int comparator(parser *P, int *cmp, int *err)
{
    const ctrend__tok *t = peek(P);
    static const struct { const char *w; int c; } one[] = {
        {"over", C_GT},     {"above", C_GT},          {"under", C_LT},   {"below", C_LT},
        {"about", C_ABOUT}, {"around", C_ABOUT},      {"roughly", C_ABOUT},
        {"approximately", C_ABOUT}, {"nearly", C_NEARLY}, {"almost", C_NEARLY},
        {"exactly", C_EQ},  {"is", C_EQ}};
    for (size_t j = 0; j < sizeof one / sizeof one[0]; j++)
        if (accept(P, one[j].w)) {
            *cmp = one[j].c;
            return 1;
        }
    if (accept(P, "more") || accept(P, "greater")) {
        *err = expect(P, "than");
        *cmp = C_GT;
        return 1;
    }
    if (accept(P, "less") || accept(P, "fewer")) {
        *err = expect(P, "than");
        *cmp = C_LT;
        return 1;
    }
    if (accept(P, "at")) {
        if (accept(P, "least")) *cmp = C_GE;
        else if (accept(P, "most")) *cmp = C_LE;
        else *err = fail(P, "'least' or 'most'");
        return 1;
    }
    static const struct { const char *o; int c; } ops[] = {
        {"=", C_EQ}, {">", C_GT}, {"<", C_LT}, {">=", C_GE}, {"<=", C_LE}, {"~", C_ABOUT}};
    for (size_t j = 0; j < sizeof ops / sizeof ops[0]; j++)
        if (op_is(t, ops[j].o)) {
            P->i++;
            *cmp = ops[j].c;
            return 1;
        }
    return 0;
}

/* TEST; allow_expr: a right-hand expression is allowed (value/sum/mean). */
static int test(parser *P, ctrend__claim *c, int want_change, int *oom)
{
    int err = 0;
    if (want_change) {
        if (accept(P, "up")) c->direction = 1;
        else if (accept(P, "down")) c->direction = -1;
        accept(P, "by");
    }
    c->cmp = C_EQ;
    int have_cmp = comparator(P, &c->cmp, &err);
    if (err) return 1;
    const ctrend__tok *t = peek(P);
    if (want_change && (word_is(t, "doubled") || word_is(t, "halved"))) {
        const int half = word_is(t, "halved");
        P->i++;
        c->q = half ? 0.5 : 2.0;
        c->unit = 'x';
        c->q_decimals = 1;
        if (!have_cmp || c->cmp == C_EQ) c->cmp = C_ABOUT;
        if (half && c->cmp == C_GT) c->cmp = C_LT; /* "more than halved": ratio below 1/2 */
        else if (half && c->cmp == C_GE) c->cmp = C_LE;
        if (c->direction != 0) {
            P->err = "'doubled'/'halved' already give the direction; drop 'up'/'down'";
            P->err_col = t->col;
            return 1;
        }
        return 0;
    }
    if (t->kind == CTREND__T_NUMBER) {
        c->q = t->num;
        c->q_decimals = t->decimals;
        c->unit = t->suffix;
        if (want_change && !c->unit) return fail(P, "a percentage (50%) or a ratio (2x)");
        if (!want_change && c->unit) {
            P->err = "a count takes no '%' or 'x'; use 'change' for changes";
            P->err_col = t->col;
            return 1;
        }
        if (c->direction != 0 && (c->q < 0 || c->unit == 'x')) {
            P->err = "with 'up'/'down' give a positive percentage";
            P->err_col = t->col;
            return 1;
        }
        P->i++;
        return 0;
    }
    if (!want_change && t->kind == CTREND__T_WORD && memchr(t->p, '/', t->len)) {
        if (expr(P, &c->rhs, oom)) return 1;
        c->q_decimals = 0;
        return 0;
    }
    return fail(P, want_change ? "a percentage, a ratio, 'doubled' or 'halved'"
                               : "a number or a series expression");
}

static int target(parser *P, ctrend__claim *c, int allow_range, int allow_month)
{
    if (allow_month && accept(P, "in")) {
        if (month(P, &c->m1)) return 1;
        c->m2 = c->m1;
        return 0;
    }
    if (allow_range && accept(P, "over")) return range(P, &c->m1, &c->m2);
    return fail(P, allow_range ? (allow_month ? "'in MONTH' or 'over MONTH..MONTH'"
                                              : "'over MONTH..MONTH'")
                               : "'in MONTH'");
}

static int claim_line(parser *P, ctrend__claim *c, int *oom)
{
    if (accept(P, "value")) {
        c->kind = K_VALUE;
        if (expr(P, &c->lhs, oom) || target(P, c, 0, 1) || test(P, c, 0, oom)) return 1;
    } else if (accept(P, "sum") || accept(P, "total")) {
        c->kind = K_SUM;
        if (expr(P, &c->lhs, oom) || target(P, c, 1, 0) || test(P, c, 0, oom)) return 1;
    } else if (accept(P, "mean")) {
        c->kind = K_MEAN;
        if (expr(P, &c->lhs, oom) || target(P, c, 1, 0) || test(P, c, 0, oom)) return 1;
        if (c->rhs.n) {
            P->err = "a mean compares with a number";
            P->err_col = P->t[P->i > 0 ? P->i - 1 : 0].col;
            return 1;
        }
    } else if (accept(P, "daily")) {
        c->kind = K_DAILY;
        if (expr(P, &c->lhs, oom) || target(P, c, 1, 1)) return 1;
        c->cmp = C_GE;
    } else if (accept(P, "change")) {
        c->kind = K_CHANGE;
        if (expr(P, &c->lhs, oom) || target(P, c, 1, 1) || expect(P, "vs")) return 1;
        const ctrend__tok *t = peek(P);
        if (accept(P, "previous")) {
            const ctrend__tok *k = peek(P);
            if (k->kind != CTREND__T_NUMBER || k->suffix || k->decimals || k->num < 1 ||
                k->num > 1200)
                return fail(P, "a number of months 1..1200");
            if (c->m1 != c->m2) {
                P->err = "'previous K' compares a single month; use a range as the base";
                P->err_col = t->col;
                return 1;
            }
            c->base = B_PREVIOUS;
            c->k = (int)k->num;
            P->i++;
        } else if (accept(P, "year-ago")) {
            c->base = c->m1 == c->m2 ? B_MONTH : B_RANGE;
            c->b1 = c->m1 - 12;
            c->b2 = c->m2 - 12;
        } else {
            if (month(P, &c->b1)) return 1;
            c->b2 = c->b1;
            c->base = B_MONTH;
            if (peek(P)->kind == CTREND__T_RANGE) {
                P->i++;
                const ctrend__tok *e = peek(P);
                if (month(P, &c->b2)) return 1;
                if (range_end_ok(P, e, c->b1, c->b2)) return 1;
                c->base = B_RANGE;
            }
        }
        if (accept(P, "per-day")) c->per_day = 1;
        if (test(P, c, 1, oom)) return 1;
    } else if (accept(P, "record")) {
        c->kind = K_RECORD;
        if (accept(P, "change")) c->record_change = 1;
        if (expr(P, &c->lhs, oom) || target(P, c, 0, 1)) return 1;
        if (accept(P, "highest")) c->high = 1;
        else if (accept(P, "lowest")) c->high = 0;
        else return fail(P, "'highest' or 'lowest'");
        if (expect(P, "since")) return 1;
        const ctrend__tok *t = peek(P);
        if (month(P, &c->b1)) return 1;
        if (c->b1 >= c->m1) {
            P->err = "'since' must name an earlier month";
            P->err_col = t->col;
            return 1;
        }
    } else if (accept(P, "trend")) {
        c->kind = K_TREND;
        if (expr(P, &c->lhs, oom) || target(P, c, 1, 0)) return 1;
        if (!accept(P, "steady")) (void)accept(P, "steadily");
        if (accept(P, "decreasing") || accept(P, "decrease")) c->trend_dir = -1;
        else if (accept(P, "increasing") || accept(P, "increase")) c->trend_dir = 1;
        else return fail(P, "'decreasing' or 'increasing'");
    } else {
        return fail(P, "a claim kind (value, sum, mean, daily, change, record, trend)");
    }
    if (peek(P)->kind != CTREND__T_END) {
        if (peek(P)->kind == CTREND__T_ERROR) {
            P->err = "unexpected character";
            P->err_col = peek(P)->col;
            return 1;
        }
        return fail(P, "end of claim");
    }
    return 0;
}

void ctrend__claim_clear(ctrend__claim *c)
{
    ctrend__expr *es[2] = {&c->lhs, &c->rhs};
    for (size_t e = 0; e < 2; e++) {
        for (size_t j = 0; j < es[e]->n; j++) {
            free(es[e]->s[j].group);
            free(es[e]->s[j].metric);
            free(es[e]->s[j].region);
        }
        free(es[e]->s);
    }
    free(c->id);
    free(c->quote);
    free(c->source);
    free(c->text);
    free(c->expl);
    memset(c, 0, sizeof *c);
}

/* ---- file level ------------------------------------------------------------------------- */

typedef struct fstate {
    ctrend_claims *h;
    const char *src;
    char *default_source;
    int have_claim; /* current record has a claim */
} fstate;

static void set_error(ctrend_claims *h, const char *src, int line, int col, const char *id,
                      const char *msg)
{
    char buf[512];
    snprintf(buf, sizeof buf, "%s:%d:%d: %s%s%s%s", src ? src : "<claims>", line, col,
             id && *id ? "[" : "", id && *id ? id : "", id && *id ? "] " : "", msg);
    free(h->errmsg);
    h->errmsg = ctrend__strdup(buf);
    free(h->err_id);
    h->err_id = ctrend__strdup(id ? id : "");
    h->err_line = line;
    h->err_col = col;
}

static char *dup_n(const char *s, size_t n)
{
    char *o = malloc(n + 1);
    if (!o) return NULL;
    memcpy(o, s, n);
    o[n] = '\0';
    return o;
}

static int is_blank(char ch) { return ch == ' ' || ch == '\t' || ch == '\r'; }

/* Parse one claims file into h. Returns CTREND_OK, CTREND_EPARSE (error set) or ENOMEM. */
static int parse_text(ctrend_claims *h, const char *text, size_t len, const char *src)
{
    fstate S = {h, src, NULL, 0};
    ctrend__claim *cur = NULL;
    int line = 0, rc = CTREND_OK;
    size_t pos = 0;
    while (pos < len && rc == CTREND_OK) {
        line++;
        size_t eol = pos;
        while (eol < len && text[eol] != '\n') eol++;
        const char *ln = text + pos;
        size_t n = eol - pos;
        const size_t lstart = pos;
        pos = eol + 1;
        while (n && is_blank(ln[n - 1])) n--;
        size_t a = 0;
        while (a < n && is_blank(ln[a])) a++;
        if (a == n || ln[a] == '#' || ln[a] == ';') continue;
        const char *curid = cur ? cur->id : "";
        if (ln[a] == '[') {
            if (cur && !S.have_claim) {
                set_error(h, src, line, (int)a + 1, curid, "previous record has no 'claim = ...' line");
                rc = CTREND_EPARSE;
                break;
            }
            size_t b = a + 1;
            while (b < n && ln[b] != ']') b++;
            if (b >= n || b == a + 1) {
                set_error(h, src, line, (int)b + 1, curid, "expected '[id]'");
                rc = CTREND_EPARSE;
                break;
            }
            for (size_t j = a + 1; j < b; j++) {
                const char ch = ln[j];
                if (!(isalnum((unsigned char)ch) || ch == '-' || ch == '_' || ch == '.' || ch == ':')) {
                    set_error(h, src, line, (int)j + 1, "", "record ids use letters, digits, - _ . :");
                    rc = CTREND_EPARSE;
                    break;
                }
            }
            if (rc) break;
            if (b + 1 != n) {
                set_error(h, src, line, (int)b + 2, "", "text after ']'");
                rc = CTREND_EPARSE;
                break;
            }
            char *id = dup_n(ln + a + 1, b - a - 1);
            if (!id) { rc = CTREND_ENOMEM; break; }
            for (size_t j = 0; j < h->n; j++)
                if (strcmp(h->v[j].id, id) == 0) {
                    set_error(h, src, line, (int)a + 2, id, "duplicate record id");
                    rc = CTREND_EPARSE;
                }
            if (rc) { free(id); break; }
            if (h->n == h->cap) {
                const size_t nc = h->cap ? h->cap * 2 : 16;
                ctrend__claim *nv = realloc(h->v, nc * sizeof *nv);
                if (!nv) { free(id); rc = CTREND_ENOMEM; break; }
                h->v = nv;
                h->cap = nc;
            }
            cur = &h->v[h->n++];
            memset(cur, 0, sizeof *cur);
            cur->id = id;
            cur->tol = NAN;
            cur->verdict = CTREND_VERDICT_UNCHECKED;
            for (size_t f = 0; f < 9; f++) cur->fig[f] = NAN;
            cur->source = ctrend__strdup(S.default_source ? S.default_source : "");
            cur->quote = ctrend__strdup("");
            if (!cur->source || !cur->quote) { rc = CTREND_ENOMEM; break; }
            S.have_claim = 0;
            continue;
        }
        /* key = value */
        size_t k = a;
        while (k < n && (isalnum((unsigned char)ln[k]) || ln[k] == '_')) k++;
        const size_t klen = k - a;
        size_t e = k;
        while (e < n && is_blank(ln[e])) e++;
        if (klen == 0 || e >= n || ln[e] != '=') {
            set_error(h, src, line, (int)(klen ? e : a) + 1, curid,
                      klen ? "expected '=' after the key" : "expected '[id]', 'key = value' or a # comment");
            rc = CTREND_EPARSE;
            break;
        }
        size_t v = e + 1;
        while (v < n && is_blank(ln[v])) v++;
        const char *val = ln + v;
        size_t vlen = n - v;
        const char *key = ln + a;
#define KEY(w) (klen == strlen(w) && strncmp(key, w, klen) == 0)
        if (!cur) {
            if (KEY("source")) {
                free(S.default_source);
                S.default_source = dup_n(val, vlen);
                if (!S.default_source) rc = CTREND_ENOMEM;
                continue;
            }
            set_error(h, src, line, (int)a + 1, "", "only 'source = ...' may come before the first [id]");
            rc = CTREND_EPARSE;
            break;
        }
        if (KEY("quote") || KEY("source") || KEY("note")) {
            if (vlen >= 2 && val[0] == '"' && val[vlen - 1] == '"') {
                val++;
                vlen -= 2;
            }
            if (KEY("note")) continue;
            char *d = dup_n(val, vlen);
            if (!d) { rc = CTREND_ENOMEM; break; }
            char **dst = KEY("quote") ? &cur->quote : &cur->source;
            free(*dst);
            *dst = d;
        } else if (KEY("tolerance")) {
            char *endp = NULL;
            char buf[64];
            const size_t cl = vlen < sizeof buf - 1 ? vlen : sizeof buf - 1;
            memcpy(buf, val, cl);
            buf[cl] = '\0';
            const double tv = strtod(buf, &endp);
            int rel = 0;
            if (endp && *endp == '%') { rel = 1; endp++; }
            if (endp == buf || !endp || *endp != '\0' || !(tv >= 0) || !isfinite(tv)) {
                set_error(h, src, line, (int)v + 1, curid, "tolerance: a non-negative number, or a percentage");
                rc = CTREND_EPARSE;
                break;
            }
            cur->tol = rel ? tv / 100.0 : tv;
            cur->tol_rel = rel;
        } else if (KEY("claim")) {
            if (S.have_claim) {
                set_error(h, src, line, (int)a + 1, curid, "a record holds one claim; start a new [id]");
                rc = CTREND_EPARSE;
                break;
            }
            parser P;
            memset(&P, 0, sizeof P);
            if (ctrend__lex(val, vlen, (int)v + 1, &P.t, &P.n)) { rc = CTREND_ENOMEM; break; }
            int oom = 0;
            if (claim_line(&P, cur, &oom)) {
                if (oom) rc = CTREND_ENOMEM;
                else {
                    set_error(h, src, line, P.err_col, curid, P.err ? P.err : "syntax error");
                    rc = CTREND_EPARSE;
                }
            }
            free(P.t);
            if (rc) break;
            cur->text = dup_n(val, vlen);
            if (!cur->text) { rc = CTREND_ENOMEM; break; }
            cur->line = line;
            S.have_claim = 1;
        } else {
            set_error(h, src, line, (int)a + 1, curid,
                      "unknown key (quote, source, claim, tolerance, note)");
            rc = CTREND_EPARSE;
            break;
        }
#undef KEY
        (void)lstart;
    }
    if (rc == CTREND_OK && cur && !S.have_claim) {
        set_error(h, src, line, 1, cur->id, "record has no 'claim = ...' line");
        rc = CTREND_EPARSE;
    }
    free(S.default_source);
    return rc;
}

int ctrend_claims_parse(const char *text, size_t len, const char *source_name,
                        ctrend_claims **out)
{
    if (!out) return CTREND_EINVAL;
    *out = NULL;
    if (!text) return CTREND_EINVAL;
    ctrend_claims *h = calloc(1, sizeof *h);
    if (!h) return CTREND_ENOMEM;
    const int rc = parse_text(h, text, len, source_name);
    if (rc == CTREND_ENOMEM) {
        ctrend_claims_free(h);
        return rc;
    }
    if (rc == CTREND_EPARSE) { /* keep the message, drop the claims */
        for (size_t j = 0; j < h->n; j++) ctrend__claim_clear(&h->v[j]);
        h->n = 0;
        if (!h->errmsg) {
            ctrend_claims_free(h);
            return CTREND_ENOMEM;
        }
    }
    *out = h;
    return rc;
}
