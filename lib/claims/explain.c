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
static void buf_fail(ctrend__buf *b)
{
    b->oom = 1;
    if (b->oom_to) *b->oom_to = 1;
}

void ctrend__buf_printf(ctrend__buf *b, const char *fmt, ...)
{
    if (b->oom) return;
    if (!b->s) {
        b->s = malloc(256);
        if (!b->s) {
            buf_fail(b);
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
        buf_fail(b);
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
            buf_fail(b);
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
        if (!b->s) {
            buf_fail(b);
            return NULL;
        }
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
    char s[CTREND_MONTH_STRLEN_V2]; /* any index: "-0001-03" before year 0 (month.h) */
    if (ctrend_month_format_v2(m, s, sizeof s) != CTREND_OK) snprintf(s, sizeof s, "?");
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

/* A value, sum or mean: against a number, or against a right-hand expression. */
static void explain_count(const ctrend__claim *c, const ctrend__result_text *r, ctrend__buf *x)
{
    if (c->rhs.n) {
        ctrend__buf_printf(x, "left side = %.15g, right side (", r->v);
        ctrend__expr_name(x, &c->rhs);
        ctrend__buf_printf(x, ") = %.15g: %s", r->q, r->holds ? "equal" : "differ");
        if (!r->holds) ctrend__buf_printf(x, " by %.15g", fabs(r->v - r->q));
        ctrend__buf_printf(x, "\n");
        return;
    }
    ctrend__buf_printf(x, "%s = %.10g; quoted %s %.*f\n",
                       c->kind == K_MEAN ? "mean" : (c->kind == K_SUM ? "sum" : "value"), r->v,
                       ctrend__cmp_word(c->cmp), c->q_decimals, r->q);
    if (!r->holds && c->cmp == C_EQ) ctrend__buf_printf(x, "off by %.10g\n", r->v - r->q);
}

/* A change: the computed change in the claim's direction (its exact statistics follow). */
static void explain_change(const ctrend__claim *c, const ctrend__result_text *r, ctrend__buf *x,
                           ctrend__buf *note)
{
    /* v is measured in the claim's direction; a negative v went the other way
     * ("down -75%" reads as "up 75%") */
    const double v = r->v;
    const int flip = c->unit != 'x' && c->direction != 0 && v < 0;
    const int dir = flip ? -c->direction : c->direction;
    ctrend__buf_printf(x, "computed: %s%.4g%s (quoted: %s%s %g%s)\n",
                       dir < 0 ? "down " : (dir > 0 ? "up " : ""), flip ? -v : v,
                       c->unit == 'x' ? "x" : "%",
                       c->direction < 0 ? "down " : (c->direction > 0 ? "up " : ""),
                       ctrend__cmp_word(c->cmp), c->q, c->unit == 'x' ? "x" : "%");
    if (r->zero_both) {
        ctrend__buf_printf(x, "0 in both periods: no change (ratio 1, 0%%)\n");
        ctrend__buf_printf(note, "0 in both periods: read as no change (0%%, ratio 1)");
    }
}

/* A record: the target's value against the place it claims; a tie named in the note. */
static void explain_record(const ctrend__claim *c, const ctrend__result_text *r, ctrend__buf *x,
                           ctrend__buf *note)
{
    if (c->nth == 0) {
        ctrend__buf_printf(x, "%s in the target month %.6g; in ", c->record_change ? "change %" : "value", r->v);
        ctrend__month_name(x, c->b1);
        ctrend__buf_printf(x, " %.6g; every month between must be %s\n", r->q, c->high ? "lower" : "higher");
    } else {
        ctrend__buf_printf(x, "%s of the target %s %.6g; place %d %s in the period holds %.6g\n",
                           c->record_change ? "change %" : "value", c->years ? "year" : "month", r->v,
                           c->nth, c->high ? "from the top" : "from the bottom", r->q);
    }
    if (r->tie) {
        const int32_t tm = c->years ? c->b1 + 12 * r->tie_unit : c->b1 + r->tie_unit;
        ctrend__buf_printf(note, "tied with ");
        if (c->years) ctrend__buf_printf(note, "%d", (int)(tm / 12));
        else ctrend__month_name(note, tm);
        ctrend__buf_printf(note, " (%.6g): not a strict record", r->v);
        ctrend__buf_printf(x, "%s\n", note->s ? note->s : "");
    }
}

/* A rank: every item's total in the order listed; a tie named in the note. */
static void explain_rank(const ctrend__claim *c, const ctrend__result_text *r, ctrend__buf *x,
                         ctrend__buf *note)
{
    ctrend__buf_printf(x, "totals:");
    for (size_t k = 0; k < c->n_items; k++) ctrend__buf_printf(x, " %.15g", r->item_total(r->ctx, k));
    ctrend__buf_printf(x, " (in the order listed); claimed: %s\n",
                       c->rank_order == RK_FIRST ? "the first is the highest"
                       : c->rank_order == RK_HIGHEST_FIRST ? "strictly decreasing"
                                                           : "strictly increasing");
    if (r->tie) {
        ctrend__buf_printf(note, "items %zu and %zu are tied (%.15g): not a strict order", r->tie_a + 1,
                           r->tie_b + 1, r->item_total(r->ctx, r->tie_b));
        ctrend__buf_printf(x, "%s\n", note->s ? note->s : "");
    }
}

void ctrend__explain_result(const ctrend__claim *c, const ctrend__result_text *r, ctrend__buf *x,
                            ctrend__buf *note)
{
    switch (c->kind) {
    case K_VALUE:
    case K_SUM:
    case K_MEAN: explain_count(c, r, x); break;
    case K_SHARE:
        ctrend__buf_printf(x, "share = 100 * %.15g / %.15g = %.6g%%; quoted %s %.*f%%\n", r->part, r->total,
                           r->v, ctrend__cmp_word(c->cmp), c->q_decimals, c->q);
        break;
    case K_DAILY:
        ctrend__buf_printf(x, "count %.15g vs %.15g days: %s\n", r->v, r->q,
                           r->holds ? "at least one a day" : "fewer than one a day");
        break;
    case K_CHANGE: explain_change(c, r, x, note); break;
    case K_RECORD: explain_record(c, r, x, note); break;
    case K_RANK: explain_rank(c, r, x, note); break;
    default: break;
    }
}

void ctrend__explain_verdict(const ctrend__claim *c, const ctrend__result_text *r, ctrend__buf *x,
                             ctrend__buf *note)
{
    ctrend__buf_printf(x, "%s", r->holds ? "SUPPORTED" : "CONTRADICTED");
    if (c->kind == K_CHANGE && r->holds && c->noise) {
        const double p = isnan(c->fig[CTREND_CLAIMS_P_CLAIM]) ? c->fig[CTREND_CLAIMS_P_VALUE]
                                                              : c->fig[CTREND_CLAIMS_P_CLAIM];
        ctrend__buf_printf(x, ", but within noise: p = %.2g", p);
        /* first in the note, alone as before when nothing else applies */
        ctrend__buf rest = *note;
        ctrend__buf fresh = {0};
        ctrend__buf_printf(&fresh, "within noise%s%s", rest.len ? "; " : "", rest.s ? rest.s : "");
        ctrend__buf_free(&rest);
        *note = fresh;
    }
    ctrend__buf_printf(x, "\n");
    if (r->holds && r->trunc_only) {
        ctrend__buf_printf(note, "%sholds only if the source truncated (%.6g cut to %.*f)",
                           note->len ? "; " : "", r->v, c->q_decimals, c->q);
        ctrend__buf_printf(x, "holds only when the source truncated, not when it rounded\n");
    }
}
