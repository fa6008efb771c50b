/* SPDX-License-Identifier: GPL-3.0-or-later */
/* explain.c — the wording of explanations and messages: the growable buffer, names of series,
 * months and days, and the sentences eval.c writes from its numbers (the claim's header, a
 * fitted trend). eval.c computes; the words a reader sees are here. */
#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims/claims_internal.h"
#include "ctrend/month.h"

/* Append printf-formatted text. One vsnprintf when the text fits the space left (the common
 * case: explanations are a few short lines), a second only after growing the buffer; it was
 * always two (a size query, then the write), a third of the fuzz target's time (callgrind). */
void ctrend__buf_printf(ctrend__buf *b, const char *fmt, ...)
{
    if (b->oom) return;
    if (!b->s) {
        b->s = malloc(256);
        if (!b->s) {
            b->oom = 1;
            return;
        }
        b->cap = 256;
        b->len = 0;
        b->s[0] = '\0';
    }
    va_list ap;
    va_start(ap, fmt);
    const size_t room = b->cap - b->len;
    const int need = vsnprintf(b->s + b->len, room, fmt, ap);
    va_end(ap);
    if (need < 0) {
        b->s[b->len] = '\0'; /* an encoding error: nothing appended */
        return;
    }
    if ((size_t)need < room) {
        b->len += (size_t)need;
        return;
    }
    size_t nc = b->cap;
    while (nc < b->len + (size_t)need + 1) nc *= 2;
    char *ns = realloc(b->s, nc);
    if (!ns) {
        b->s[b->len] = '\0';
        b->oom = 1;
        return;
    }
    b->s = ns;
    b->cap = nc;
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, (size_t)need + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)need;
}

void ctrend__buf_put(ctrend__buf *b, const char *s, size_t n)
{
    if (b->oom) return;
    if (b->len + n + 1 > b->cap) {
        size_t nc = b->cap ? b->cap : 256;
        while (nc < b->len + n + 1) nc *= 2;
        char *ns = realloc(b->s, nc);
        if (!ns) {
            b->oom = 1;
            return;
        }
        b->s = ns;
        b->cap = nc;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

void ctrend__buf_puts(ctrend__buf *b, const char *s) { ctrend__buf_put(b, s, strlen(s)); }

void ctrend__buf_g15(ctrend__buf *b, double v)
{
    /* A whole number below 1e15 in magnitude: %.15g prints exactly its digits, so they are
     * written here without printf (glibc's %g allocates a scratch buffer per call: it was
     * 15% of the fuzz target through the per-cell trace, callgrind). Others: %.15g. */
    if (v == floor(v) && fabs(v) < 1e15 && !(v == 0.0 && signbit(v))) {
        char d[24];
        size_t n = 0;
        unsigned long long u = (unsigned long long)fabs(v);
        do {
            d[sizeof d - 1 - n++] = (char)('0' + (int)(u % 10));
            u /= 10;
        } while (u);
        if (v < 0) d[sizeof d - 1 - n++] = '-';
        ctrend__buf_put(b, d + sizeof d - n, n);
        return;
    }
    ctrend__buf_printf(b, "%.15g", v);
}

char *ctrend__buf_take(ctrend__buf *b)
{
    if (b->oom) {
        ctrend__buf_free(b);
        return NULL;
    }
    if (!b->s) {
        b->s = malloc(1);
        if (!b->s) return NULL;
        b->s[0] = '\0';
    }
    char *s = b->s;
    b->s = NULL;
    b->len = b->cap = 0;
    return s;
}

void ctrend__buf_free(ctrend__buf *b)
{
    free(b->s);
    b->s = NULL;
    b->len = b->cap = 0;
}

/* A name part as a claim would write it: bare when it is a plain word, else in quotes
 * ("" for the empty group, "North Waziristan" with its space), so a name in a message or an
 * explanation can be pasted into a claim. */
static void name_part(ctrend__buf *b, const char *p)
{
    int plain = *p != '\0' && isalpha((unsigned char)*p);
    for (const char *q = p; plain && *q; q++)
        if (!(isalnum((unsigned char)*q) || *q == '_' || *q == '+' || *q == '.' || *q == '-')) plain = 0;
    if (!plain) ctrend__buf_put(b, "\"", 1);
    ctrend__buf_puts(b, p);
    if (!plain) ctrend__buf_put(b, "\"", 1);
}

void ctrend__series_name(ctrend__buf *b, const ctrend__series *s)
{
    name_part(b, s->group);
    ctrend__buf_put(b, "/", 1);
    name_part(b, s->metric);
    if (s->region && *s->region) {
        ctrend__buf_put(b, "/", 1);
        name_part(b, s->region);
    }
}

void ctrend__expr_name(ctrend__buf *b, const ctrend__expr *e)
{
    for (size_t j = 0; j < e->n; j++) {
        if (j) ctrend__buf_puts(b, " + ");
        ctrend__series_name(b, &e->s[j]);
    }
}

void ctrend__month_name(ctrend__buf *b, int32_t m)
{
    char s[CTREND_MONTH_STRLEN];
    if (ctrend_month_format(m, s, sizeof s) != CTREND_OK) snprintf(s, sizeof s, "?");
    ctrend__buf_puts(b, s);
}

const char *ctrend__cmp_word(int cmp)
{
    switch (cmp) {
    case C_GT: return "more than";
    case C_LT: return "less than";
    case C_GE: return "at least";
    case C_LE: return "at most";
    case C_ABOUT: return "about";
    case C_NEARLY: return "nearly";
    default: return "equal to (after rounding)";
    }
}

/* ---- sentences ------------------------------------------------------------------------- */

/* The explanation's first lines: the claim as written and, for a change, what is compared. */
void ctrend__explain_claim(const ctrend__claim *c, ctrend__buf *x)
{
    ctrend__buf_printf(x, "claim: %s\n", c->text ? c->text : "");
    switch (c->kind) {
    case K_CHANGE: {
        int32_t a, b;
        (void)ctrend__claim_base(c, &a, &b);
        ctrend__buf_printf(x, "change of ");
        ctrend__expr_name(x, &c->lhs);
        ctrend__buf_printf(x, " in ");
        ctrend__month_name(x, c->m1);
        if (c->m2 != c->m1) {
            ctrend__buf_printf(x, "..");
            ctrend__month_name(x, c->m2);
        }
        ctrend__buf_printf(x, " vs %s", c->base == B_PREVIOUS ? "the mean of " : "");
        ctrend__month_name(x, a);
        if (b != a) {
            ctrend__buf_printf(x, "..");
            ctrend__month_name(x, b);
        }
        ctrend__buf_printf(x, "%s; claimed: %s%s %g%s\n", c->per_day ? " (per day)" : "",
                           c->direction < 0 ? "down " : (c->direction > 0 ? "up " : ""),
                           ctrend__cmp_word(c->cmp), c->q, c->unit == 'x' ? "x" : "%");
        break;
    }
    default:
        break;
    }
}

/* A vintage date, YYYY-MM-DD. */
void ctrend__day_name(ctrend__buf *b, int32_t day)
{
    char s[16];
    ctrend__day_format(day, s);
    ctrend__buf_printf(b, "%s", s);
}

/* A fitted trend: slope, rate, Wald interval at the level, p-values, and the steps. */
void ctrend__explain_trend(ctrend__buf *x, const ctrend__trend_text *t)
{
    ctrend__buf_printf(x,
                       "Poisson log-linear trend over %zu %s(s): slope %.6g per %s "
                       "(rate x%.4f per %s, %+.2f%%), Wald %g%% CI x%.4f..x%.4f, "
                       "two-sided p = %.4g, one-sided p (claimed direction) = %.4g\n",
                       t->n_points, t->unit, t->slope, t->unit, exp(t->slope), t->unit,
                       100.0 * expm1(t->slope), 100.0 * t->level, t->lo, t->hi, t->p2, t->p1);
    ctrend__buf_printf(x, "%s-on-%s steps: %d up, %d down (%d against the claimed direction)\n",
                       t->unit, t->unit, t->ups, t->downs, t->against);
}
