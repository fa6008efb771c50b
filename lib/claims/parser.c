/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * parser.c — claims file records and the claim-line grammar (docs/claims.md).
 *
 * File: lines ending in LF, CRLF or a lone CR; '#' or ';' start a comment line, and a '#'
 * after a blank ends a line's content except in `quote =` and `note =` values (a quote may
 * hold " #1"); "[id]" opens a record; "key = value" sets a field (quote, source, claim,
 * tolerance, rounding, slight, sharp, as_of, note). Before the first record: defaults
 * (source, tolerance, rounding, slight, sharp, as_of) and `define NAME = M1 + M2 ...`
 * (metric aliases). Every record needs exactly one claim.
 *
 * Claim line (recursive descent over lexer.c tokens):
 *   value  EXPR in WHEN TEST             sum|mean EXPR over WHEN TEST
 *   daily  EXPR (in WHEN | over WHEN)
 *   share  EXPR of EXPR (in WHEN | over WHEN) TEST
 *   change EXPR (in WHEN | over WHEN) vs (WHEN | previous K | year-ago) [per-day] TEST
 *   record [change] EXPR in WHEN [Nth] (highest|lowest) (since MONTH | in WHEN)
 *   rank   EXPR, EXPR[, EXPR...] (in WHEN | over WHEN) (first | highest first | lowest first)
 *   trend  EXPR over WHEN [steady|steadily] (decreasing|increasing)
 *   ... [as of YYYY-MM-DD]
 *   WHEN  := P [.. P]    P := YYYY-MM | YYYY (a year) | YYYY-Qn | YYYY-Hn
 *   TEST  := [up|down] [by] [CMP] (NUMBER[%|x] | doubled | halved | EXPR)
 *          | (up|down) (slightly|sharply)
 *   CMP   := more than | over | above | less than | under | below | at least | at most |
 *            about | around | approximately | roughly | nearly | almost | exactly | is |
 *            = | > | < | >= | <= | ~ | U+2265 | U+2264 | U+2248
 *   EXPR  := SERIES (+ SERIES)*        SERIES := group/metric[/region] (parts may be "quoted")
 * Errors are reported with line, column and record id like a compiler. A bad record is kept,
 * marked invalid with its own message (verdict INVALID), and parsing goes on with the next
 * record: one bad line never hides the other claims.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims/claims_internal.h"
#include "ctrend/month.h"
#include "internal.h"

/* A metric alias: `define casualties = deaths + injured`. */
typedef struct cdef {
    char *name;
    char **metrics;
    size_t n;
    char *text; /* "casualties = deaths + injured" */
} cdef;

typedef struct parser {
    ctrend__tok *t;
    size_t i, n;
    const char *err;   /* static message */
    char errbuf[200];
    int err_col;
    const cdef *defs;
    size_t n_defs;
    const cdef *used[8]; /* definitions this claim used (for its note) */
    size_t n_used;
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
    /* at most 60 bytes of the token, never cutting a UTF-8 character */
    size_t tl = t->len;
    if (tl > 60) {
        tl = 60;
        while (tl > 0 && ((unsigned char)t->p[tl] & 0xC0) == 0x80) tl--;
    }
    if (t->kind == CTREND__T_ERROR && t->err)
        snprintf(P->errbuf, sizeof P->errbuf, "%s, got '%.*s'", t->err, (int)tl, t->p);
    else if (t->kind == CTREND__T_ERROR)
        snprintf(P->errbuf, sizeof P->errbuf, "unexpected character '%.*s'", (int)tl, t->p);
    else if (t->kind == CTREND__T_END)
        snprintf(P->errbuf, sizeof P->errbuf, "expected %s, got end of line", what);
    else
        snprintf(P->errbuf, sizeof P->errbuf, "expected %s, got '%.*s'", what, (int)tl, t->p);
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

/* One calendar period: a month YYYY-MM, a year YYYY, a quarter YYYY-Qn or a half YYYY-Hn.
 * *a..*b its months; *is_year 1 for a year. */
static int period1(parser *P, int32_t *a, int32_t *b, int *is_year)
{
    const ctrend__tok *t = peek(P);
    *is_year = 0;
    if (t->kind == CTREND__T_MONTH) {
        *a = *b = (int32_t)t->num;
    } else if (t->kind == CTREND__T_PERIOD) {
        *a = (int32_t)t->num;
        *b = *a + t->span - 1;
    } else if (t->kind == CTREND__T_NUMBER && t->digits == 4 && !t->decimals && !t->suffix &&
               t->num >= 1 && t->p[0] != '+' && t->p[0] != '-') {
        if (ctrend_month_make((int)t->num, 1, a) != CTREND_OK) return fail(P, "a year");
        *b = *a + 11;
        *is_year = 1;
    } else {
        return fail(P, "a month YYYY-MM, a year YYYY, a quarter YYYY-Qn or a half YYYY-Hn");
    }
    P->i++;
    return 0;
}

/* WHEN := P [.. P]: months *a..*b; *years = 1 when both ends are years (a range of years,
 * compared by calendar-year totals in record and trend claims), *single = one month. */
static int when(parser *P, int32_t *a, int32_t *b, int *years, int *single)
{
    int y1 = 0, y2 = 0;
    int32_t a2, b1;
    if (period1(P, a, &b1, &y1)) return 1;
    *b = b1;
    *years = 0;
    if (peek(P)->kind == CTREND__T_RANGE) {
        P->i++;
        const ctrend__tok *t = peek(P);
        if (period1(P, &a2, b, &y2)) return 1;
        if (range_end_ok(P, t, *a, *b)) return 1;
        *years = y1 && y2;
    }
    if (single) *single = *a == *b;
    return 0;
}

/* Copy s[0..n) dropping the double quotes of quoted parts. */
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

static const cdef *find_def(const parser *P, const char *metric)
{
    for (size_t k = 0; k < P->n_defs; k++)
        if (!strcmp(P->defs[k].name, metric)) return &P->defs[k];
    return NULL;
}

/* SERIES: group/metric[/region], split at the slashes outside quotes. A bare part may not
 * be empty; a quoted "" group is the empty group (a wide file's columns: ""/events_all). */
static int series(parser *P, ctrend__series *s, int *oom)
{
    const ctrend__tok *t = peek(P);
    if (t->kind != CTREND__T_WORD) return fail(P, "a series group/metric[/region]");
    const char *part[4];
    size_t plen[4], np = 0;
    int quoted[4];
    size_t j = 0, st = 0;
    int inq = 0;
    for (j = 0; j <= t->len; j++) {
        if (j < t->len && t->p[j] == '"') inq = !inq;
        if (j == t->len || (!inq && t->p[j] == '/')) {
            if (np == 3) return fail(P, "a series group/metric[/region] (at most two '/')");
            part[np] = t->p + st;
            plen[np] = j - st;
            quoted[np] = plen[np] >= 2 && part[np][0] == '"';
            np++;
            st = j + 1;
        }
    }
    if (np < 2) return fail(P, "a series group/metric[/region]");
    for (size_t k = 0; k < np; k++)
        if (plen[k] == 0 || (k == 1 && quoted[k] && plen[k] == 2))
            return fail(P, "a series group/metric[/region] (an empty group is written \"\")");
    s->group = dup_unquoted(part[0], plen[0]);
    s->metric = dup_unquoted(part[1], plen[1]);
    s->region = np == 3 ? dup_unquoted(part[2], plen[2]) : ctrend__strdup("");
    if (!s->group || !s->metric || !s->region) {
        *oom = 1;
        return 1;
    }
    P->i++;
    return 0;
}

static int push_series(ctrend__expr *e, int *oom)
{
    ctrend__series *nv = realloc(e->s, (e->n + 1) * sizeof *nv);
    if (!nv) {
        *oom = 1;
        return 1;
    }
    e->s = nv;
    memset(&e->s[e->n], 0, sizeof e->s[e->n]);
    e->n++;
    return 0;
}

/* EXPR := SERIES (+ SERIES)*, appended to e. A metric named by a `define` is replaced by
 * its terms (same group and region). */
static int expr(parser *P, ctrend__expr *e, int *oom)
{
    for (;;) {
        if (push_series(e, oom)) return 1;
        if (series(P, &e->s[e->n - 1], oom)) return 1;
        const cdef *d = find_def(P, e->s[e->n - 1].metric);
        if (d) {
            ctrend__series one = e->s[e->n - 1];
            e->n--;
            for (size_t k = 0; k < d->n; k++) {
                if (push_series(e, oom)) break;
                ctrend__series *ns = &e->s[e->n - 1];
                ns->group = ctrend__strdup(one.group);
                ns->region = ctrend__strdup(one.region);
                ns->metric = ctrend__strdup(d->metrics[k]);
                if (!ns->group || !ns->region || !ns->metric) *oom = 1;
            }
            free(one.group);
            free(one.metric);
            free(one.region);
            if (*oom) return 1;
            size_t u = 0;
            while (u < P->n_used && P->used[u] != d) u++;
            if (u == P->n_used && u < sizeof P->used / sizeof P->used[0]) P->used[P->n_used++] = d;
        }
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
        {"=", C_EQ},  {">", C_GT}, {"<", C_LT}, {">=", C_GE}, {"<=", C_LE}, {"~", C_ABOUT},
        {"\xe2\x89\xa5", C_GE}, {"\xe2\x89\xa4", C_LE}, {"\xe2\x89\x88", C_ABOUT}};
    for (size_t j = 0; j < sizeof ops / sizeof ops[0]; j++)
        if (op_is(t, ops[j].o)) {
            P->i++;
            *cmp = ops[j].c;
            return 1;
        }
    return 0;
}

enum { T_COUNT = 0, T_CHANGE = 1, T_SHARE = 2 };

/* TEST. mode T_COUNT: a count or a right-hand expression (value/sum/mean); T_CHANGE: a
 * percentage, a ratio, doubled/halved, slightly/sharply; T_SHARE: a percentage. */
static int test(parser *P, ctrend__claim *c, int mode, int *oom)
{
    int err = 0;
    const int want_change = mode == T_CHANGE;
    if (want_change) {
        if (accept(P, "up")) c->direction = 1;
        else if (accept(P, "down")) c->direction = -1;
        if (c->direction && (word_is(peek(P), "slightly") || word_is(peek(P), "sharply"))) {
            c->cmp = word_is(peek(P), "slightly") ? C_SLIGHT : C_SHARP;
            c->unit = '%';
            c->q = c->cmp == C_SLIGHT ? c->slight : c->sharp;
            P->i++;
            return 0;
        }
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
    if (t->kind == CTREND__T_NUMBER && t->suffix != 'o') {
        c->q = t->num;
        c->q_decimals = t->decimals;
        c->unit = t->suffix;
        if (want_change && !c->unit) return fail(P, "a percentage (50%) or a ratio (2x)");
        if (mode == T_SHARE && c->unit != '%') return fail(P, "a percentage (a share: 62%)");
        if (mode == T_COUNT && c->unit) {
            P->err = "a count takes no '%' or 'x'; use 'change' for changes";
            P->err_col = t->col;
            return 1;
        }
        if (c->direction != 0 && c->q < 0) {
            P->err = "with 'up'/'down' give a positive percentage or ratio";
            P->err_col = t->col;
            return 1;
        }
        if (c->unit == 'x' && !(c->q > 0)) {
            P->err = "a ratio is positive (1.5x)";
            P->err_col = t->col;
            return 1;
        }
        P->i++;
        return 0;
    }
    if (mode == T_COUNT && t->kind == CTREND__T_WORD && memchr(t->p, '/', t->len)) {
        if (expr(P, &c->rhs, oom)) return 1;
        c->q_decimals = 0;
        return 0;
    }
    return fail(P, want_change ? "a percentage, a ratio, 'doubled', 'halved', 'slightly' or 'sharply'"
                   : mode == T_SHARE ? "a percentage"
                                     : "a number or a series expression");
}

/* 'in WHEN' or 'over WHEN' (both take any period; 'in' reads best with one month). */
static int target(parser *P, ctrend__claim *c, int allow_range, int allow_month)
{
    int years = 0, single = 0;
    const ctrend__tok *t0 = &P->t[P->i + (P->i + 1 < P->n ? 1 : 0)];
    if ((allow_month && accept(P, "in")) || (allow_range && accept(P, "over"))) {
        if (when(P, &c->m1, &c->m2, &years, &single)) return 1;
        if (!allow_range && !single) {
            P->err = "this claim names one month (in YYYY-MM)";
            P->err_col = t0->col;
            return 1;
        }
        c->years = years;
        return 0;
    }
    return fail(P, allow_range ? (allow_month ? "'in MONTH' or 'over MONTH..MONTH'"
                                              : "'over MONTH..MONTH'")
                               : "'in MONTH'");
}

static int ordinal(parser *P, int *nth)
{
    static const char *const words[] = {"second", "third", "fourth", "fifth"};
    const ctrend__tok *t = peek(P);
    if (t->kind == CTREND__T_NUMBER && t->suffix == 'o') {
        if (t->num > 1200) return fail(P, "an ordinal 1st..1200th");
        *nth = (int)t->num;
        P->i++;
        return 0;
    }
    for (int k = 0; k < 4; k++)
        if (accept(P, words[k])) {
            *nth = k + 2;
            return 0;
        }
    *nth = 1;
    return 0;
}

/* An error at token t with a static (or P->errbuf) message; returns 1. */
static int fail_at(parser *P, const ctrend__tok *t, const char *msg)
{
    P->err = msg;
    P->err_col = t->col;
    return 1;
}

/* The body of each claim kind, after its keyword (c->kind set). 0, or 1 on error. */

/* value|sum EXPR (in|over) WHEN TEST */
static int body_count(parser *P, ctrend__claim *c, int *oom)
{
    return expr(P, &c->lhs, oom) || target(P, c, 1, 1) || test(P, c, T_COUNT, oom);
}

/* mean EXPR (in|over) WHEN TEST, against a number only */
static int body_mean(parser *P, ctrend__claim *c, int *oom)
{
    if (body_count(P, c, oom)) return 1;
    if (c->rhs.n) return fail_at(P, &P->t[P->i > 0 ? P->i - 1 : 0], "a mean compares with a number");
    return 0;
}

/* daily EXPR (in|over) WHEN: at least one a day */
static int body_daily(parser *P, ctrend__claim *c, int *oom)
{
    if (expr(P, &c->lhs, oom) || target(P, c, 1, 1)) return 1;
    c->cmp = C_GE;
    return 0;
}

/* share EXPR of EXPR (in|over) WHEN TEST */
static int body_share(parser *P, ctrend__claim *c, int *oom)
{
    return expr(P, &c->lhs, oom) || expect(P, "of") || expr(P, &c->rhs, oom) || target(P, c, 1, 1) ||
           test(P, c, T_SHARE, oom);
}

/* The base of a change: previous K | year-ago | WHEN. */
static int change_base(parser *P, ctrend__claim *c)
{
    if (accept(P, "previous")) {
        const ctrend__tok *k = peek(P);
        if (k->kind != CTREND__T_NUMBER || k->suffix || k->decimals || k->num < 1 || k->num > 1200)
            return fail(P, "a number of months 1..1200");
        /* the K months before the target (month, range or period) */
        c->base = B_PREVIOUS;
        c->k = (int)k->num;
        P->i++;
        return 0;
    }
    if (accept(P, "year-ago")) {
        c->base = c->m1 == c->m2 ? B_MONTH : B_RANGE;
        c->b1 = c->m1 - 12;
        c->b2 = c->m2 - 12;
        return 0;
    }
    int years, single;
    if (when(P, &c->b1, &c->b2, &years, &single)) return 1;
    c->base = single ? B_MONTH : B_RANGE;
    return 0;
}

/* change EXPR (in|over) WHEN vs BASE [per-day] TEST */
static int body_change(parser *P, ctrend__claim *c, int *oom)
{
    if (expr(P, &c->lhs, oom) || target(P, c, 1, 1) || expect(P, "vs")) return 1;
    c->years = 0;
    if (change_base(P, c)) return 1;
    if (accept(P, "per-day")) c->per_day = 1;
    return test(P, c, T_CHANGE, oom);
}

/* What a record claim said before 'since' / 'in': its target's tokens and shape. */
typedef struct rtarget {
    const ctrend__tok *tt; /* 'in' before the target */
    const ctrend__tok *ot; /* the ordinal (or what stands in its place) */
    int nth;               /* 1 when no ordinal */
    int single;            /* the target is one month */
    int is_year;           /* the target is one calendar year written YYYY */
} rtarget;

/* record ... since MONTH: one month against every month back to MONTH. */
static int record_since(parser *P, ctrend__claim *c, const rtarget *r)
{
    if (r->nth != 1) return fail_at(P, r->ot, "'since' takes no ordinal; use 'in PERIOD' for 2nd, 3rd ...");
    if (!r->single)
        return fail_at(P, r->tt, "'since' compares one month (record ... in YYYY-MM ... since MONTH)");
    const ctrend__tok *t = peek(P);
    if (month(P, &c->b1)) return 1;
    if (c->b1 >= c->m1) return fail_at(P, t, "'since' must name an earlier month");
    if (range_end_ok(P, t, c->b1, c->m1)) return 1; /* at most 1200 months back */
    c->b2 = c->m1 - 1;
    return 0;
}

/* record ... in PERIOD: the target holds place nth of the period's months (or years). */
static int record_in(parser *P, ctrend__claim *c, const rtarget *r)
{
    const ctrend__tok *pt = peek(P);
    int single;
    if (when(P, &c->b1, &c->b2, &c->years, &single)) return 1;
    if (c->years && c->record_change) return fail_at(P, pt, "a record change compares months, not years");
    if (c->years ? !r->is_year : !r->single)
        return fail_at(P, r->tt, c->years ? "over a range of years the target is a year (in 2022)"
                                          : "the target is one month (a range of years compares years)");
    if (c->m1 < c->b1 || c->m2 > c->b2) return fail_at(P, pt, "the target must lie in the period");
    const int units = c->years ? (c->b2 - c->b1 + 1) / 12 : c->b2 - c->b1 + 1;
    if (r->nth > units) {
        snprintf(P->errbuf, sizeof P->errbuf, "the period has %d %s; no %d%s place", units,
                 c->years ? "years" : "months", r->nth,
                 r->nth == 2 ? "nd" : r->nth == 3 ? "rd" : "th");
        return fail_at(P, r->ot, P->errbuf);
    }
    c->nth = r->nth;
    return 0;
}

/* record [change] EXPR in WHEN [Nth] (highest|lowest) (since MONTH | in PERIOD) */
static int body_record(parser *P, ctrend__claim *c, int *oom)
{
    if (accept(P, "change")) c->record_change = 1;
    if (expr(P, &c->lhs, oom)) return 1;
    rtarget r = {peek(P), NULL, 1, 0, 0};
    if (expect(P, "in")) return 1;
    int years = 0;
    if (when(P, &c->m1, &c->m2, &years, &r.single)) return 1;
    r.is_year = !r.single && c->m2 - c->m1 == 11 && (c->m1 % 12) == 0 &&
                P->t[P->i - 1].kind == CTREND__T_NUMBER;
    r.ot = peek(P);
    if (ordinal(P, &r.nth)) return 1;
    if (accept(P, "highest")) c->high = 1;
    else if (accept(P, "lowest")) c->high = 0;
    else return fail(P, "'highest' or 'lowest'");
    if (accept(P, "since")) return record_since(P, c, &r);
    if (accept(P, "in")) return record_in(P, c, &r);
    return fail(P, "'since MONTH' or 'in PERIOD'");
}

/* The items of a rank: EXPR, EXPR[, EXPR...] (item k ends at lhs term item_end[k]). */
static int rank_items(parser *P, ctrend__claim *c, int *oom)
{
    for (;;) {
        if (expr(P, &c->lhs, oom)) return 1;
        size_t *nv = realloc(c->item_end, (c->n_items + 1) * sizeof *nv);
        if (!nv) {
            *oom = 1;
            return 1;
        }
        c->item_end = nv;
        c->item_end[c->n_items++] = c->lhs.n;
        if (!op_is(peek(P), ",")) break;
        P->i++;
    }
    if (c->n_items < 2) return fail(P, "',' and a second series to rank against");
    return 0;
}

/* rank ITEMS (in|over) WHEN (first | highest first | lowest first) */
static int body_rank(parser *P, ctrend__claim *c, int *oom)
{
    if (rank_items(P, c, oom) || target(P, c, 1, 1)) return 1;
    c->years = 0;
    if (accept(P, "first")) c->rank_order = RK_FIRST;
    else if (accept(P, "highest")) {
        if (expect(P, "first")) return 1;
        c->rank_order = RK_HIGHEST_FIRST;
    } else if (accept(P, "lowest")) {
        if (expect(P, "first")) return 1;
        c->rank_order = RK_LOWEST_FIRST;
    } else
        return fail(P, "'first', 'highest first' or 'lowest first'");
    return 0;
}

/* trend EXPR over WHEN [steady|steadily] (decreasing|increasing) */
static int body_trend(parser *P, ctrend__claim *c, int *oom)
{
    if (expr(P, &c->lhs, oom) || target(P, c, 1, 0)) return 1;
    if (c->years && (c->m2 - c->m1 + 1) / 12 < 3)
        return fail_at(P, &P->t[P->i - 1], "a trend over years needs at least 3 years");
    if (!accept(P, "steady")) (void)accept(P, "steadily");
    if (accept(P, "decreasing") || accept(P, "decrease")) c->trend_dir = -1;
    else if (accept(P, "increasing") || accept(P, "increase")) c->trend_dir = 1;
    else return fail(P, "'decreasing' or 'increasing'");
    return 0;
}

/* The claim kind's keyword, then its body. */
static int claim_body(parser *P, ctrend__claim *c, int *oom)
{
    static const struct {
        const char *word;
        int kind;
        int (*body)(parser *, ctrend__claim *, int *);
    } kinds[] = {{"value", K_VALUE, body_count},   {"sum", K_SUM, body_count},
                 {"total", K_SUM, body_count},     {"mean", K_MEAN, body_mean},
                 {"daily", K_DAILY, body_daily},   {"share", K_SHARE, body_share},
                 {"change", K_CHANGE, body_change}, {"record", K_RECORD, body_record},
                 {"rank", K_RANK, body_rank},      {"trend", K_TREND, body_trend}};
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        if (accept(P, kinds[k].word)) {
            c->kind = kinds[k].kind;
            if (kinds[k].body(P, c, oom)) return 1;
            if (c->kind != K_RECORD && c->kind != K_TREND) c->years = 0;
            return 0;
        }
    return fail(P, "a claim kind (value, sum, mean, daily, share, change, record, rank, trend)");
}

static int claim_line(parser *P, ctrend__claim *c, int *oom)
{
    if (claim_body(P, c, oom)) return 1;
    if (accept(P, "as")) {
        if (expect(P, "of")) return 1;
        const ctrend__tok *t = peek(P);
        if (t->kind != CTREND__T_DATE) return fail(P, "a date YYYY-MM-DD");
        c->as_of = (int32_t)t->num;
        P->i++;
    }
    if (peek(P)->kind != CTREND__T_END) {
        if (peek(P)->kind == CTREND__T_ERROR) return fail(P, "end of claim");
        return fail(P, "end of claim");
    }
    return 0;
}

/* ---- file level ------------------------------------------------------------------------- */

/* Record ids seen so far: open addressing (linear probing, load <= 1/2) over indices into
 * h->v, so the duplicate check is O(1) per record (it was a scan of every earlier id:
 * quadratic, 26 s for 10^5 claims). */
typedef struct idset {
    size_t *slot; /* index + 1; 0 = empty */
    size_t cap;
} idset;

static uint64_t id_hash(const char *id) { return ctrend__fnv1a(CTREND__FNV_INIT, id, strlen(id)); }

/* Index of the record with this id, or SIZE_MAX. */
static size_t idset_find(const idset *S, const ctrend_claims *h, const char *id)
{
    if (!S->cap) return SIZE_MAX;
    for (size_t k = (size_t)id_hash(id) & (S->cap - 1);; k = (k + 1) & (S->cap - 1)) {
        if (!S->slot[k]) return SIZE_MAX;
        if (!strcmp(h->v[S->slot[k] - 1].id, id)) return S->slot[k] - 1;
    }
}

static int idset_add(idset *S, const ctrend_claims *h, size_t index)
{
    if (2 * (h->n + 1) > S->cap) {
        const size_t nc = S->cap ? 2 * S->cap : 64;
        size_t *ns = calloc(nc, sizeof *ns);
        if (!ns) return 1;
        for (size_t k = 0; k < S->cap; k++)
            if (S->slot[k]) {
                size_t j = (size_t)id_hash(h->v[S->slot[k] - 1].id) & (nc - 1);
                while (ns[j]) j = (j + 1) & (nc - 1);
                ns[j] = S->slot[k];
            }
        free(S->slot);
        S->slot = ns;
        S->cap = nc;
    }
    size_t j = (size_t)id_hash(h->v[index].id) & (S->cap - 1);
    while (S->slot[j]) j = (j + 1) & (S->cap - 1);
    S->slot[j] = index + 1;
    return 0;
}

typedef struct fstate {
    ctrend_claims *h;
    const char *src;
    char *default_source;
    double tol;
    int tol_rel, rounding;
    double slight, sharp;
    int32_t as_of;
    cdef *defs;
    size_t n_defs;
    int have_claim; /* current record has a claim */
    int skip;       /* current record is invalid: ignore its lines */
    int strict;     /* ctrend_claims_parse: stop at the first error (no handle is returned) */
    idset ids;
} fstate;

static char *fmt_error(const char *src, int line, int col, const char *id, const char *msg)
{
    char buf[600];
    snprintf(buf, sizeof buf, "%s:%d:%d: %s%s%s%s", src ? src : "<claims>", line, col,
             id && *id ? "[" : "", id && *id ? id : "", id && *id ? "] " : "", msg);
    return ctrend__strdup(buf);
}

/* Record an error: the file's list (and the first error's fields), and, when cur is a
 * record, that record's own message (it becomes INVALID). Returns 0, or 1 on OOM. */
static int add_error(fstate *S, ctrend__claim *cur, int line, int col, const char *id, const char *msg)
{
    ctrend_claims *h = S->h;
    char *m = fmt_error(S->src, line, col, id, msg);
    if (!m) return 1;
    char **ne = realloc(h->errs, (h->n_errs + 1) * sizeof *ne);
    if (!ne) {
        free(m);
        return 1;
    }
    h->errs = ne;
    h->errs[h->n_errs++] = m;
    if (!h->errmsg) {
        h->errmsg = ctrend__strdup(m);
        if (!h->errmsg) return 1;
        (void)ctrend_error_set(&h->err, CTREND_EPARSE, S->src ? S->src : "<claims>", line, col,
                               id ? id : "", msg);
    }
    if (cur && !cur->invalid) {
        cur->invalid = ctrend__strdup(m);
        if (!cur->invalid) return 1;
        cur->err_line = line;
        cur->err_col = col;
        cur->verdict = CTREND_VERDICT_INVALID;
        S->skip = 1;
    }
    return 0;
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

/* Drop a '#' comment that follows a blank at or after position `from`, then trailing blanks. */
static void strip_comment(const char *ln, size_t from, size_t *n)
{
    for (size_t j = from; j < *n; j++)
        if (ln[j] == '#' && j > 0 && is_blank(ln[j - 1])) {
            *n = j;
            break;
        }
    while (*n && is_blank(ln[*n - 1])) (*n)--;
}

/* "10%" or "0.5" -> *v (percent flag in *rel); returns 0 or 1 if not a non-negative number. */
static int parse_amount(const char *val, size_t vlen, double *v, int *rel)
{
    char buf[64];
    if (vlen == 0 || vlen >= sizeof buf) return 1;
    memcpy(buf, val, vlen);
    buf[vlen] = '\0';
    char *endp = NULL;
    const double tv = strtod(buf, &endp);
    *rel = 0;
    if (endp && *endp == '%') {
        *rel = 1;
        endp++;
    }
    if (endp == buf || !endp || *endp != '\0' || !(tv >= 0) || !isfinite(tv)) return 1;
    *v = tv;
    return 0;
}

/* `define NAME = M1 + M2 ...` (a metric alias). Returns 0, 1 on a syntax error (msg, col set),
 * 2 on OOM. */
static int parse_define(fstate *S, const char *ln, size_t a, size_t n, const char **msg, size_t *col)
{
    size_t k = a + 6;
    while (k < n && is_blank(ln[k])) k++;
    const size_t n0 = k;
    while (k < n && (isalnum((unsigned char)ln[k]) || ln[k] == '_' || ln[k] == '-' || ln[k] == '.')) k++;
    if (k == n0) {
        *msg = "define: a metric name, then '=' and metrics joined by '+'";
        *col = n0;
        return 1;
    }
    size_t e = k;
    while (e < n && is_blank(ln[e])) e++;
    if (e >= n || ln[e] != '=') {
        *msg = "define: expected '=' after the name";
        *col = e;
        return 1;
    }
    cdef d;
    memset(&d, 0, sizeof d);
    d.name = dup_n(ln + n0, k - n0);
    if (!d.name) return 2;
    size_t p = e + 1;
    for (;;) {
        while (p < n && is_blank(ln[p])) p++;
        const size_t s0 = p;
        while (p < n && (isalnum((unsigned char)ln[p]) || ln[p] == '_' || ln[p] == '-' || ln[p] == '.')) p++;
        if (p == s0) {
            *msg = "define: expected a metric name";
            *col = p;
            for (size_t j = 0; j < d.n; j++) free(d.metrics[j]);
            free(d.metrics);
            free(d.name);
            return 1;
        }
        char **nm = realloc(d.metrics, (d.n + 1) * sizeof *nm);
        if (!nm) break;
        d.metrics = nm;
        d.metrics[d.n] = dup_n(ln + s0, p - s0);
        if (!d.metrics[d.n]) break;
        d.n++;
        while (p < n && is_blank(ln[p])) p++;
        if (p < n && ln[p] == '+') {
            p++;
            continue;
        }
        if (p < n) {
            *msg = "define: metrics are joined by ' + '";
            *col = p;
            for (size_t j = 0; j < d.n; j++) free(d.metrics[j]);
            free(d.metrics);
            free(d.name);
            return 1;
        }
        d.text = dup_n(ln + n0, n - n0);
        cdef *nv = d.text ? realloc(S->defs, (S->n_defs + 1) * sizeof *nv) : NULL;
        if (!nv) break;
        S->defs = nv;
        S->defs[S->n_defs++] = d;
        return 0;
    }
    for (size_t j = 0; j < d.n; j++) free(d.metrics[j]);
    free(d.metrics);
    free(d.name);
    free(d.text);
    return 2;
}

/* Open a new record with this id (copied) and the file's defaults. Returns it, or NULL (OOM). */
static ctrend__claim *new_record(fstate *S, const char *id, size_t idlen)
{
    ctrend__claim *cur = ctrend__claims_add(S->h);
    if (!cur) return NULL;
    cur->id = dup_n(id, idlen);
    cur->source = ctrend__strdup(S->default_source ? S->default_source : "");
    cur->quote = ctrend__strdup("");
    cur->text = ctrend__strdup("");
    if (!cur->id || !cur->source || !cur->quote || !cur->text) return NULL;
    cur->tol = S->tol;
    cur->tol_rel = S->tol_rel;
    cur->rounding = S->rounding;
    cur->slight = S->slight;
    cur->sharp = S->sharp;
    cur->as_of = S->as_of;
    S->have_claim = 0;
    S->skip = 0;
    return cur;
}

/* Keys shared by the file defaults and records: tolerance, rounding, slight, sharp, as_of.
 * Returns 0 done, 1 not such a key, 2 bad value (msg set). */
static int setting(const char *key, size_t klen, const char *val, size_t vlen, double *tol,
                   int *tol_rel, int *rounding, double *slight, double *sharp, int32_t *as_of,
                   const char **msg)
{
#define IS(w) (klen == strlen(w) && strncmp(key, w, klen) == 0)
    int rel = 0;
    double v;
    if (IS("tolerance")) {
        if (parse_amount(val, vlen, &v, &rel)) {
            *msg = "tolerance: a non-negative number, or a percentage";
            return 2;
        }
        *tol = rel ? v / 100.0 : v;
        *tol_rel = rel;
        return 0;
    }
    if (IS("rounding")) {
        if (vlen == 5 && !strncmp(val, "round", 5)) *rounding = R_ROUND;
        else if (vlen == 8 && !strncmp(val, "truncate", 8)) *rounding = R_TRUNCATE;
        else if (vlen == 6 && !strncmp(val, "either", 6)) *rounding = R_EITHER;
        else {
            *msg = "rounding: round, truncate or either";
            return 2;
        }
        return 0;
    }
    if (IS("slight") || IS("sharp")) {
        if (parse_amount(val, vlen, &v, &rel) || !rel || !(v > 0)) {
            *msg = "slight / sharp: a positive percentage (10%)";
            return 2;
        }
        *(IS("slight") ? slight : sharp) = v;
        return 0;
    }
    if (IS("as_of")) {
        int32_t d;
        if (ctrend__day_parse(val, vlen, &d)) {
            *msg = "as_of: a date YYYY-MM-DD";
            return 2;
        }
        *as_of = d;
        return 0;
    }
#undef IS
    return 1;
}

/* One line being parsed: its text ln[a..n) (blanks and comments trimmed as it goes), its
 * number, and the record it belongs to (h->v[cur_i], or none before the first [id]). */
typedef struct pline {
    const char *ln;
    size_t a, n;
    int line;
    ctrend__claim *cur;
    size_t cur_i;
} pline;

/* Record an error at column col of line L (in its record, when it has one). 0, or 1 on OOM. */
static int line_error(fstate *S, const pline *L, size_t col, const char *id, const char *msg)
{
    return add_error(S, L->cur, L->line, (int)col, id, msg);
}

/* "[id]": a new record (checked: closed, characters, nothing after, not a duplicate).
 * Returns 0, or 1 on OOM; L->cur, L->cur_i become the new record. */
static int record_line(fstate *S, pline *L)
{
    ctrend_claims *h = S->h;
    const char *ln = L->ln;
    const size_t a = L->a;
    strip_comment(ln, a, &L->n);
    const size_t n = L->n;
    if (L->cur && !S->have_claim && !L->cur->invalid &&
        line_error(S, L, a + 1, L->cur->id, "previous record has no 'claim = ...' line"))
        return 1;
    size_t b = a + 1;
    while (b < n && ln[b] != ']') b++;
    const int closed = b < n;
    ctrend__claim *nr = new_record(S, ln + a + 1, b - a - 1);
    if (!nr) return 1;
    L->cur_i = h->n - 1;
    L->cur = nr;
    if (!closed || b == a + 1) return line_error(S, L, b + 1, "", "expected '[id]'");
    for (size_t j = a + 1; j < b; j++) {
        const char ch = ln[j];
        if (!(isalnum((unsigned char)ch) || ch == '-' || ch == '_' || ch == '.' || ch == ':'))
            return line_error(S, L, j + 1, "", "record ids use letters, digits, - _ . :");
    }
    if (b + 1 != n) return line_error(S, L, b + 2, "", "text after ']'");
    const size_t first = idset_find(&S->ids, h, L->cur->id);
    if (first != SIZE_MAX) {
        char msg[80];
        snprintf(msg, sizeof msg, "duplicate record id (first at line %d)",
                 h->v[first].line ? h->v[first].line : 0);
        return line_error(S, L, a + 2, L->cur->id, msg);
    }
    if (idset_add(&S->ids, h, L->cur_i)) return 1;
    L->cur->line = L->line;
    return 0;
}

/* "claim = ..." of the current record: lexed and parsed into it. 0, or 1 on OOM. */
static int claim_key(fstate *S, pline *L, const char *val, size_t vlen, size_t v)
{
    ctrend__claim *cur = L->cur;
    if (S->have_claim) return line_error(S, L, L->a + 1, cur->id, "a record holds one claim; start a new [id]");
    parser P;
    memset(&P, 0, sizeof P);
    P.defs = S->defs;
    P.n_defs = S->n_defs;
    if (ctrend__lex(val, vlen, (int)v + 1, &P.t, &P.n)) return 1;
    int o = 0, oom = 0;
    free(cur->text);
    cur->text = dup_n(val, vlen);
    if (!cur->text) {
        free(P.t);
        return 1;
    }
    cur->line = L->line;
    S->have_claim = 1;
    if (claim_line(&P, cur, &o)) {
        if (o) oom = 1;
        else oom = add_error(S, cur, L->line, P.err_col, cur->id, P.err ? P.err : "syntax error");
    } else if (P.n_used) {
        ctrend__buf b = {0};
        for (size_t u = 0; u < P.n_used; u++) ctrend__buf_printf(&b, "%s%s", u ? "; " : "", P.used[u]->text);
        cur->defs = ctrend__buf_take(&b);
        if (!cur->defs) oom = 1;
    }
    free(P.t);
    return oom;
}

/* "key = value" before the first record: source, the shared settings. 0, or 1 on OOM. */
static int file_key(fstate *S, const pline *L, const char *key, size_t klen, const char *val, size_t vlen,
                    size_t v)
{
    const char *msg = NULL;
    if (klen == 6 && !strncmp(key, "source", 6)) {
        free(S->default_source);
        S->default_source = dup_n(val, vlen);
        return S->default_source == NULL;
    }
    const int r = setting(key, klen, val, vlen, &S->tol, &S->tol_rel, &S->rounding, &S->slight, &S->sharp,
                          &S->as_of, &msg);
    if (r == 2) return line_error(S, L, v + 1, "", msg);
    if (r == 1)
        return line_error(S, L, L->a + 1, "",
                          "only source, tolerance, rounding, slight, sharp, as_of and define may come "
                          "before the first [id]");
    return 0;
}

/* "key = value" (in a record, or before the first). 0, or 1 on OOM. */
static int key_line(fstate *S, pline *L)
{
    const char *ln = L->ln;
    const size_t a = L->a;
    size_t k = a;
    while (k < L->n && (isalnum((unsigned char)ln[k]) || ln[k] == '_')) k++;
    const size_t klen = k - a;
    const char *key = ln + a;
#define KEY(w) (klen == strlen(w) && strncmp(key, w, klen) == 0)
    if (!KEY("quote") && !KEY("note")) strip_comment(ln, a, &L->n);
    const size_t n = L->n;
    const char *curid = L->cur ? L->cur->id : "";
    size_t e = k;
    while (e < n && is_blank(ln[e])) e++;
    if (klen == 0 || e >= n || ln[e] != '=')
        return line_error(S, L, (klen ? e : a) + 1, curid,
                          klen ? "expected '=' after the key" : "expected '[id]', 'key = value' or a # comment");
    size_t v = e + 1;
    while (v < n && is_blank(ln[v])) v++;
    const char *val = ln + v;
    size_t vlen = n - v;
    if (!L->cur) return file_key(S, L, key, klen, val, vlen, v);
    ctrend__claim *cur = L->cur;
    if (KEY("quote") || KEY("source") || KEY("note")) {
        if (vlen >= 2 && val[0] == '"' && val[vlen - 1] == '"') {
            val++;
            vlen -= 2;
        }
        if (KEY("note")) return 0;
        char *d = dup_n(val, vlen);
        if (!d) return 1;
        char **dst = KEY("quote") ? &cur->quote : &cur->source;
        free(*dst);
        *dst = d;
        return 0;
    }
    const char *msg = NULL;
    const int r = setting(key, klen, val, vlen, &cur->tol, &cur->tol_rel, &cur->rounding, &cur->slight,
                          &cur->sharp, &cur->as_of, &msg);
    if (r == 2) return line_error(S, L, v + 1, curid, msg);
    if (r == 0) return 0;
    if (KEY("claim")) return claim_key(S, L, val, vlen, v);
    return line_error(S, L, a + 1, curid,
                      "unknown key (quote, source, claim, tolerance, rounding, slight, sharp, as_of, note)");
#undef KEY
}

/* One non-blank, non-comment line. 0, or 1 on OOM. */
static int parse_line(fstate *S, pline *L)
{
    const char *ln = L->ln;
    const size_t a = L->a;
    if (ln[a] == '[') return record_line(S, L);
    if (L->cur && S->skip) return 0; /* the rest of an invalid record */
    const int is_define = L->n - a > 7 && !strncmp(ln + a, "define", 6) && is_blank(ln[a + 6]);
    if (L->cur && is_define) /* a file-level line in a record: the file's error, the record stays valid */
        return add_error(S, NULL, L->line, (int)a + 1, "", "'define' comes before the first [id]");
    if (is_define) {
        strip_comment(ln, a, &L->n);
        const char *msg = NULL;
        size_t col = 0;
        const int r = parse_define(S, ln, a, L->n, &msg, &col);
        if (r == 2) return 1;
        return r == 1 ? line_error(S, L, col + 1, "", msg) : 0;
    }
    return key_line(S, L);
}

/* After the last line: an invalid claim reads nothing (its partial terms are dropped, the
 * query getters see none) and explains itself. Returns CTREND_OK or CTREND_ENOMEM. */
static int finish_invalid(ctrend_claims *h)
{
    for (size_t i = 0; i < h->n; i++)
        if (h->v[i].invalid) {
            ctrend__claim *c = &h->v[i];
            ctrend__claim_free_terms(c);
            if (!c->line) c->line = c->err_line;
            ctrend__buf b = {0};
            ctrend__buf_printf(&b, "INVALID: %s\n", c->invalid);
            free(c->expl);
            c->expl = ctrend__buf_take(&b);
            if (!c->expl) return CTREND_ENOMEM;
        }
    return CTREND_OK;
}

static void fstate_free(fstate *S)
{
    free(S->default_source);
    for (size_t d = 0; d < S->n_defs; d++) {
        for (size_t j = 0; j < S->defs[d].n; j++) free(S->defs[d].metrics[j]);
        free(S->defs[d].metrics);
        free(S->defs[d].name);
        free(S->defs[d].text);
    }
    free(S->defs);
    free(S->ids.slot);
}

/* Index of the first byte c in text[from..len), or len. */
static size_t find_byte(const char *text, size_t from, size_t len, char c)
{
    const char *p = memchr(text + from, c, len - from);
    return p ? (size_t)(p - text) : len;
}

/* Parse one claims file into h, line by line. Returns CTREND_OK, CTREND_EPARSE (errors
 * recorded; every record kept, the bad ones invalid) or ENOMEM. */
static int parse_text(ctrend_claims *h, const char *text, size_t len, const char *src, int strict)
{
    fstate S;
    memset(&S, 0, sizeof S);
    S.h = h;
    S.strict = strict;
    S.src = src;
    S.tol = NAN;
    S.slight = CTREND__SLIGHT_PCT;
    S.sharp = CTREND__SHARP_PCT;
    S.as_of = CTREND__NO_ASOF;
    pline L = {0};
    int oom = 0;
    size_t pos = 0;
    size_t next_lf = 0, next_cr = 0; /* next '\n' and '\r' at or after pos (len: none) */
    while (pos < len && !oom && !(strict && h->n_errs)) {
        L.line++;
        /* the line's end by memchr, each sign searched again only once passed: O(len) in all,
         * at memchr speed (a byte loop here was 6% of the fuzz target, callgrind) */
        if (next_lf < pos || pos == 0) next_lf = find_byte(text, pos, len, '\n');
        if (next_cr < pos || pos == 0) next_cr = find_byte(text, pos, len, '\r');
        const size_t eol = next_lf < next_cr ? next_lf : next_cr;
        L.ln = text + pos;
        L.n = eol - pos;
        pos = eol + 1;
        if (eol < len && text[eol] == '\r' && eol + 1 < len && text[eol + 1] == '\n') pos++;
        L.cur = h->n ? &h->v[L.cur_i] : NULL; /* h->v may have moved */
        while (L.n && is_blank(L.ln[L.n - 1])) L.n--;
        L.a = 0;
        while (L.a < L.n && is_blank(L.ln[L.a])) L.a++;
        if (L.a == L.n || L.ln[L.a] == '#' || L.ln[L.a] == ';') continue;
        oom = parse_line(&S, &L);
    }
    L.cur = h->n ? &h->v[L.cur_i] : NULL;
    if (!oom && L.cur && !S.have_claim && !L.cur->invalid && !(strict && h->n_errs))
        oom = add_error(&S, L.cur, L.line, 1, L.cur->id, "record has no 'claim = ...' line");
    fstate_free(&S);
    if (oom || finish_invalid(h) != CTREND_OK) return CTREND_ENOMEM;
    return h->n_errs ? CTREND_EPARSE : CTREND_OK;
}

/* The handle of text, every record kept (ctrend_claims_parse_lenient), or read up to the
 * first error (strict: ctrend_claims_parse, which returns no handle on error); NULL on
 * EINVAL/ENOMEM (*rc says which, err filled). */
static ctrend_claims *parse_all(const char *text, size_t len, const char *source_name, int strict,
                                int *rc, ctrend_error *err)
{
    ctrend_error_clear(err);
    if (!text) {
        *rc = ctrend_error_set(err, CTREND_EINVAL, source_name, 0, 0, "", "text is NULL");
        return NULL;
    }
    ctrend_claims *h = ctrend__claims_new();
    *rc = h ? parse_text(h, text, len, source_name, strict) : CTREND_ENOMEM;
    if (*rc == CTREND_ENOMEM) {
        ctrend_claims_free(h);
        (void)ctrend_error_set(err, CTREND_ENOMEM, source_name, 0, 0, "", NULL);
        return NULL;
    }
    return h;
}

int ctrend_claims_parse_lenient(const char *text, size_t len, const char *source_name,
                                ctrend_claims **out, ctrend_error *err)
{
    if (!out) return ctrend_error_set(err, CTREND_EINVAL, source_name, 0, 0, "", "out is NULL");
    int rc;
    *out = parse_all(text, len, source_name, 0, &rc, err);
    return *out ? CTREND_OK : rc;
}

int ctrend_claims_parse(const char *text, size_t len, const char *source_name,
                        ctrend_claims **out, ctrend_error *err)
{
    if (!out) return ctrend_error_set(err, CTREND_EINVAL, source_name, 0, 0, "", "out is NULL");
    int rc;
    /* strict: the text is read only up to its first error, the one reported */
    ctrend_claims *h = parse_all(text, len, source_name, 1, &rc, err);
    *out = NULL;
    if (!h) return rc;
    if (rc == CTREND_EPARSE) { /* no handle on error (docs/api.md section 3): the first error */
        if (err) *err = h->err;
        ctrend_claims_free(h);
        return CTREND_EPARSE;
    }
    *out = h;
    return CTREND_OK;
}
