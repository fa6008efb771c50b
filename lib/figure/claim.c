/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * claim.c — the figure of one checked claim (ctrend_figure_add_claim): which months and which
 * series a reader needs to see to judge it.
 *
 * Window: the months the claim compares (target and base) with FIG_BEFORE months before and
 * FIG_AFTER after, as far as the claim's series report data; the compared months themselves
 * are always drawn, even when not reported (they then show as grey "not reported" bands:
 * the reason a claim is unverifiable is visible). Panels: one per term of the claim; a claim
 * with more terms than a figure has panels shows one panel per side (the sum of its terms,
 * NaN in a month where any term is missing, never a partial sum). Spans: the target months
 * (SPAN_MAIN) and the base months (SPAN_BASE), as the claims checker resolved them
 * (ctrend_claims_target / ctrend_claims_base), so the figure shows exactly what was compared.
 * (Moved from bin/cmd_check.c, where `check --figures` computed it; the CLI now only adds the
 * subtitle's result summary and the data files to the caption.)
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ctrend/month.h"
#include "figure_internal.h"
#include "internal.h"

/* Term j of claim i as the figure reads it: the series key (as ctrend_frame_find takes it)
 * and the side (0 the claim's expression, 1 the right-hand one). */
typedef struct term_key {
    const char *group, *region, *metric;
    int side;
} term_key;

/* Term j of claim i through the public getters (docs/api.md section 6). Status: theirs
 * (ERANGE for a bad i or j; ctrend_figure_add_claim has checked i, and j < n_terms here). */
static int term_key_get(const ctrend_claims *cl, size_t i, size_t j, term_key *k)
{
    int rc = ctrend_claims_term_group(cl, i, j, &k->group);
    if (!rc) rc = ctrend_claims_term_region(cl, i, j, &k->region);
    if (!rc) rc = ctrend_claims_term_metric(cl, i, j, &k->metric);
    if (!rc) rc = ctrend_claims_term_side(cl, i, j, &k->side);
    return rc;
}

/* Index in all of term j's series: CTREND_OK, or a status (ENOTFOUND: not in the data). */
static int term_find(const ctrend_claims *cl, size_t i, size_t j, const ctrend_frame *all,
                     size_t *idx)
{
    term_key k;
    const int rc = term_key_get(cl, i, j, &k);
    return rc ? rc : ctrend_frame_find(all, k.group, k.region, k.metric, idx);
}

#define FIG_BEFORE 6
#define FIG_AFTER 3

typedef struct claim_window {
    int32_t t1, t2, b1, b2, start;
    int has_base;
    size_t n;
} claim_window;

/* The months to draw for claim i (see the file comment). */
static int claim_months(const ctrend_claims *cl, size_t i, const ctrend_frame *all,
                        claim_window *w)
{
    if (ctrend_claims_target(cl, i, &w->t1, &w->t2) != CTREND_OK) return CTREND_EINVAL;
    w->has_base = ctrend_claims_base(cl, i, &w->b1, &w->b2) == CTREND_OK;
    int32_t lo = w->t1, hi = w->t2;
    if (w->has_base) {
        if (w->b1 < lo) lo = w->b1;
        if (w->b2 > hi) hi = w->b2;
    }
    int have = 0;
    int32_t dfirst = 0, dlast = 0;
    for (size_t j = 0; j < ctrend_claims_n_terms(cl, i); ++j) {
        size_t idx;
        int32_t a, b;
        if (term_find(cl, i, j, all, &idx) != CTREND_OK ||
            ctrend_frame_span(all, idx, &a, &b) != CTREND_OK)
            continue;
        if (!have || a < dfirst) dfirst = a;
        if (!have || b > dlast) dlast = b;
        have = 1;
    }
    int32_t start = lo, end = hi;
    if (have) {
        const int32_t want_lo = lo - FIG_BEFORE, want_hi = hi + FIG_AFTER;
        start = dfirst > want_lo ? dfirst : want_lo;
        if (start > lo) start = lo;
        end = dlast < want_hi ? dlast : want_hi;
        if (end < hi) end = hi;
    }
    w->start = start;
    w->n = (size_t)((int64_t)end - start) + 1;
    return w->n > CTREND_FIGURE_MAX_MONTHS ? CTREND_ERANGE : CTREND_OK;
}

/* Values of terms [j0, j1) over the window: one term's data, or the sum of several (NaN when
 * any is missing). Caller frees; NULL when out of memory. */
static double *term_values(const ctrend_claims *cl, size_t i, const ctrend_frame *all, size_t j0,
                           size_t j1, const claim_window *w)
{
    double *y = ctrend__malloc_n(w->n, 1, sizeof *y);
    if (!y) return NULL;
    for (size_t t = 0; t < w->n; ++t) y[t] = j1 - j0 > 1 ? 0.0 : NAN;
    for (size_t j = j0; j < j1; ++j) {
        size_t idx;
        const int found = term_find(cl, i, j, all, &idx) == CTREND_OK;
        for (size_t t = 0; t < w->n; ++t) {
            double v = NAN;
            if (found) (void)ctrend_frame_get(all, idx, w->start + (int32_t)t, &v);
            y[t] = j1 - j0 > 1 ? y[t] + v : v;
        }
    }
    return y;
}

/* Title and y label of panel k: n_terms terms, the first of them t0. */
static int label_panel(ctrend_figure *fig, size_t k, const term_key *t0, size_t n_terms,
                       int by_side)
{
    char title[600], ylabel[300];
    const int side = t0->side;
    const char *m = t0->metric;
    if (by_side)
        snprintf(title, sizeof title, "%s: sum of %zu series", side ? "right of =" : "left side",
                 n_terms);
    else {
        const char *parts[3] = {t0->group, t0->region, m};
        size_t used = 0;
        title[0] = '\0';
        for (size_t q = 0; q < 3 && used < 255; ++q) {
            if (!parts[q] || !*parts[q]) continue;
            const int wr = snprintf(title + used, 256 - used, "%s%s", used ? " / " : "", parts[q]);
            used += wr > 0 ? (size_t)wr : 0;
        }
        if (used > 255) used = 255;
        if (side == 1 && used + 14 < 256) strcat(title, "  (right of =)");
    }
    snprintf(ylabel, sizeof ylabel, "%s per month", by_side ? "count" : m);
    int rc = ctrend_figure_panel_set_text(fig, k, CTREND_FIGURE_PANEL_TITLE, title);
    if (!rc) rc = ctrend_figure_panel_set_text(fig, k, CTREND_FIGURE_PANEL_YLABEL, ylabel);
    return rc;
}

/* The panels of claim i with their spans. */
static int claim_panels(ctrend_figure *fig, const ctrend_claims *cl, size_t i,
                        const ctrend_frame *all, const claim_window *w)
{
    const size_t nt = ctrend_claims_n_terms(cl, i);
    const int by_side = nt > CTREND_FIGURE_MAX_PANELS;
    size_t n_left = 0;
    term_key first, t0;
    int rc = term_key_get(cl, i, 0, &first);
    for (size_t j = 0; j < nt && !rc; ++j) {
        int side;
        rc = ctrend_claims_term_side(cl, i, j, &side);
        if (!rc && side == 0) ++n_left;
    }
    const size_t np = by_side ? (n_left < nt ? 2 : 1) : nt;
    int same_metric = 1;
    for (size_t k = 0; k < np && !rc; ++k) {
        const size_t j0 = by_side ? (k == 0 ? 0 : n_left) : k;
        const size_t j1 = by_side ? (k == 0 ? n_left : nt) : k + 1;
        rc = term_key_get(cl, i, j0, &t0);
        if (rc) break;
        double *y = term_values(cl, i, all, j0, j1, w);
        rc = y ? ctrend_figure_add_panel(fig, w->start, y, w->n, NULL) : CTREND_ENOMEM;
        free(y);
        if (strcmp(t0.metric, first.metric)) same_metric = 0;
        if (!rc) rc = label_panel(fig, k, &t0, j1 - j0, by_side);
        if (!rc) rc = ctrend_figure_add_span(fig, k, w->t1, w->t2, CTREND_FIGURE_SPAN_MAIN);
        if (!rc && w->has_base) rc = ctrend_figure_add_span(fig, k, w->b1, w->b2, CTREND_FIGURE_SPAN_BASE);
    }
    /* two columns: short y labels, the titles name the metric */
    for (size_t k = 0; !rc && !same_metric && np > 4 && k < np; ++k)
        rc = ctrend_figure_panel_set_text(fig, k, CTREND_FIGURE_PANEL_YLABEL, "count per month");
    return rc;
}

/* "claimed 2022-02" / "claimed 2022-01..2022-02" (what = "claimed", "vs", "since"). */
static void span_text(const char *what, int32_t a, int32_t b, char *buf, size_t cap)
{
    char ma[CTREND_MONTH_STRLEN_V2], mb[CTREND_MONTH_STRLEN_V2];
    if (ctrend_month_format_v2(a, ma, sizeof ma)) snprintf(ma, sizeof ma, "?");
    if (ctrend_month_format_v2(b, mb, sizeof mb)) snprintf(mb, sizeof mb, "?");
    if (a == b) snprintf(buf, cap, "%s %s", what, ma);
    else snprintf(buf, cap, "%s %s..%s", what, ma, mb);
}

/* The figure's texts: "ID: VERDICT", the quote, the compared months. */
static int claim_texts(ctrend_figure *fig, const ctrend_claims *cl, size_t i, const char *id,
                       int kind, const claim_window *w)
{
    char title[300], span[64], base[64] = "";
    const char *quote = NULL;
    int verdict = CTREND_VERDICT_INVALID;
    int rc = ctrend_claims_quote(cl, i, &quote);
    if (!rc) rc = ctrend_claims_verdict(cl, i, &verdict);
    if (rc) return rc;
    snprintf(title, sizeof title, "%s: %s", id, ctrend_claims_verdict_name(verdict));
    span_text("claimed", w->t1, w->t2, span, sizeof span);
    if (w->has_base)
        span_text(kind == CTREND_CLAIMS_KIND_RECORD ? "since" : "vs", w->b1, w->b2, base,
                  sizeof base);
    const size_t ql = quote ? strlen(quote) : 0;
    char *sub = ctrend__malloc_n(ql + 7, 1, 1);
    if (!sub) return CTREND_ENOMEM;
    snprintf(sub, ql + 7, "\xe2\x80\x9c%s\xe2\x80\x9d", quote ? quote : ""); /* “quote” */
    rc = ctrend_figure_set_text(fig, CTREND_FIGURE_TITLE, title);
    if (!rc) rc = ctrend_figure_set_text(fig, CTREND_FIGURE_SUBTITLE, sub);
    if (!rc) rc = ctrend_figure_set_text(fig, CTREND_FIGURE_SPAN_LABEL, span);
    if (!rc) rc = ctrend_figure_set_text(fig, CTREND_FIGURE_BASE_LABEL, base);
    free(sub);
    return rc;
}

static void drop_panels(ctrend_figure *fig)
{
    /* back to an empty figure (what a failed call leaves) */
    while (fig->n_panels) {
        ctrend__fig_panel *p = &fig->panels[--fig->n_panels];
        free(p->title);
        free(p->ylabel);
        for (size_t k = 0; k < CTREND__FIGURE_N_LAYERS; ++k) free(p->layer[k]);
        free(p->spans);
        for (size_t k = 0; k < p->n_marks; ++k) free(p->marks[k].label);
        free(p->marks);
        memset(p, 0, sizeof *p);
    }
}

int ctrend_figure_add_claim(ctrend_figure *fig, const ctrend_claims *cl, size_t i,
                            const ctrend_frame *all, ctrend_error *err)
{
    if (!fig || !cl || !all || i >= ctrend_claims_count(cl) || fig->n_panels)
        return ctrend_error_set(err, CTREND_EINVAL, NULL, 0, 0, NULL,
                                "figure: NULL argument, bad claim index or a figure with panels");
    const char *id = NULL;
    int kind = -1;
    if (ctrend_claims_id(cl, i, &id) != CTREND_OK || !id) id = ""; /* i < count: cannot fail */
    if (ctrend_claims_kind_of(cl, i, &kind) != CTREND_OK || kind < 0 ||
        ctrend_claims_n_terms(cl, i) == 0)
        return ctrend_error_set(err, CTREND_EINVAL, NULL, 0, 0, id, "figure: an invalid claim has nothing to draw");
    claim_window w;
    int rc = claim_months(cl, i, all, &w);
    if (rc) return ctrend_error_set(err, rc, NULL, 0, 0, id, "figure: the claim's months cannot be drawn");
    rc = claim_panels(fig, cl, i, all, &w);
    if (!rc) rc = claim_texts(fig, cl, i, id, kind, &w);
    if (!rc) rc = ctrend_figure_set_options(fig, CTREND_FIGURE_BARS, fig->width, fig->height, 1);
    if (rc) {
        drop_panels(fig);
        return ctrend_error_set(err, rc, NULL, 0, 0, id, NULL);
    }
    ctrend_error_clear(err);
    return CTREND_OK;
}
