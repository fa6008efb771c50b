/* SPDX-License-Identifier: GPL-3.0-or-later */
/* explain.c — text building for explanations and messages (growable buffer, names). */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims/claims_internal.h"
#include "ctrend/month.h"

void ctrend__buf_printf(ctrend__buf *b, const char *fmt, ...)
{
    if (b->oom) return;
    va_list ap;
    va_start(ap, fmt);
    char tmp[1];
    va_list ap2;
    va_copy(ap2, ap);
    const int need = vsnprintf(tmp, 0, fmt, ap2);
    va_end(ap2);
    if (need < 0) {
        va_end(ap);
        return;
    }
    if (b->len + (size_t)need + 1 > b->cap) {
        size_t nc = b->cap ? b->cap : 256;
        while (nc < b->len + (size_t)need + 1) nc *= 2;
        char *ns = realloc(b->s, nc);
        if (!ns) {
            b->oom = 1;
            va_end(ap);
            return;
        }
        b->s = ns;
        b->cap = nc;
    }
    vsnprintf(b->s + b->len, (size_t)need + 1, fmt, ap);
    b->len += (size_t)need;
    va_end(ap);
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
    ctrend__buf_printf(b, plain ? "%s" : "\"%s\"", p);
}

void ctrend__series_name(ctrend__buf *b, const ctrend__series *s)
{
    name_part(b, s->group);
    ctrend__buf_printf(b, "/");
    name_part(b, s->metric);
    if (s->region && *s->region) {
        ctrend__buf_printf(b, "/");
        name_part(b, s->region);
    }
}

void ctrend__expr_name(ctrend__buf *b, const ctrend__expr *e)
{
    for (size_t j = 0; j < e->n; j++) {
        if (j) ctrend__buf_printf(b, " + ");
        ctrend__series_name(b, &e->s[j]);
    }
}

void ctrend__month_name(ctrend__buf *b, int32_t m)
{
    char s[CTREND_MONTH_STRLEN];
    if (ctrend_month_format(m, s, sizeof s) != CTREND_OK) snprintf(s, sizeof s, "?");
    ctrend__buf_printf(b, "%s", s);
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
