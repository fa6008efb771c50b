/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * figure.c — the figure specification (ctrend/figure.h): building panels from counts or a
 * frame, adding the layers computed by the rest of the library (rolling mean, a model's fitted
 * mean, a forecast's predictive bands), spans, marks and texts; and reading them back.
 *
 * Method. Nothing here is new arithmetic: each layer is the value another public function
 * returns (ctrend_rolling_mean, ctrend_model_vector, ctrend_forecast_vector/_interval), so a
 * figure shows the numbers the tables print. The one computation is the fitted mean in months
 * the fit dropped (not reported): mu = g^-1(x'beta + offset) from the design row (McCullagh &
 * Nelder, Generalized Linear Models, 2nd ed., 1989, section 2.2: the mean is the inverse link
 * of the linear predictor), so the fitted line is not broken by gaps in the counts.
 * The claim figure's layout (which months, which panels) is lib/figure/claim.c.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include "ctrend/design.h"
#include "ctrend/month.h"
#include "ctrend/rolling.h"
#include "figure_internal.h"
#include "internal.h"

#define MONTH_MIN ((int32_t)CTREND_YEAR_MIN * 12)
#define MONTH_MAX ((int32_t)CTREND_YEAR_MAX * 12 + 11)

int ctrend__figure_set_str(char **slot, const char *s)
{
    char *c = ctrend__strdup(s ? s : "");
    if (!c) return CTREND_ENOMEM;
    free(*slot);
    *slot = c;
    return CTREND_OK;
}

static void panel_free(ctrend__fig_panel *p)
{
    free(p->title);
    free(p->ylabel);
    for (size_t k = 0; k < CTREND__FIGURE_N_LAYERS; ++k) free(p->layer[k]);
    for (size_t k = 0; k < p->n_marks; ++k) free(p->marks[k].label);
    free(p->marks);
    free(p->spans);
    memset(p, 0, sizeof *p);
}

void ctrend_figure_free(ctrend_figure *fig)
{
    if (!fig) return;
    for (size_t k = 0; k < fig->n_panels; ++k) panel_free(&fig->panels[k]);
    for (size_t k = 0; k < CTREND__FIGURE_N_TEXTS; ++k) free(fig->text[k]);
    free(fig);
}

int ctrend_figure_new(ctrend_figure **out, ctrend_error *err)
{
    if (!out) return ctrend_error_set(err, CTREND_EINVAL, NULL, 0, 0, NULL, "figure: out is NULL");
    ctrend_figure *fig = calloc(1, sizeof *fig);
    int ok = fig != NULL;
    for (size_t k = 0; ok && k < CTREND__FIGURE_N_TEXTS; ++k)
        ok = ctrend__figure_set_str(&fig->text[k], "") == CTREND_OK;
    if (!ok) {
        ctrend_figure_free(fig);
        return ctrend_error_set(err, CTREND_ENOMEM, NULL, 0, 0, NULL, NULL);
    }
    fig->style = CTREND_FIGURE_BARS;
    ctrend_error_clear(err);
    *out = fig;
    return CTREND_OK;
}

static ctrend__fig_panel *get_panel(ctrend_figure *fig, size_t panel)
{
    return fig && panel < fig->n_panels ? &fig->panels[panel] : NULL;
}

static const ctrend__fig_panel *get_cpanel(const ctrend_figure *fig, size_t panel)
{
    return fig && panel < fig->n_panels ? &fig->panels[panel] : NULL;
}

int ctrend_figure_add_panel(ctrend_figure *fig, int32_t start, const double *y, size_t n,
                            size_t *panel)
{
    if (!fig || n == 0 || !y) return CTREND_EINVAL;
    if (fig->n_panels == CTREND_FIGURE_MAX_PANELS || n > CTREND_FIGURE_MAX_MONTHS ||
        start < MONTH_MIN || start > MONTH_MAX - (int32_t)(n - 1))
        return CTREND_ERANGE;
    ctrend__fig_panel p;
    memset(&p, 0, sizeof p);
    p.start = start;
    p.n = n;
    p.layer[CTREND_FIGURE_Y] = ctrend__memdup_n(y, n, sizeof *y);
    if (!p.layer[CTREND_FIGURE_Y] || ctrend__figure_set_str(&p.title, "") ||
        ctrend__figure_set_str(&p.ylabel, "")) {
        panel_free(&p);
        return CTREND_ENOMEM;
    }
    if (panel) *panel = fig->n_panels;
    fig->panels[fig->n_panels++] = p;
    return CTREND_OK;
}

/* "TTP / Khyber / attacks": the non-empty parts of a key. */
static void key_title(const char *g, const char *r, const char *m, char *buf, size_t cap)
{
    const char *parts[3] = {g, r, m};
    size_t used = 0;
    buf[0] = '\0';
    for (size_t k = 0; k < 3 && used < cap; ++k) {
        if (!parts[k] || !*parts[k]) continue;
        const int w = snprintf(buf + used, cap - used, "%s%s", used ? " / " : "", parts[k]);
        used += w > 0 ? (size_t)w : 0;
    }
}

int ctrend_figure_add_series(ctrend_figure *fig, const ctrend_frame *f, size_t index,
                             int32_t first, int32_t last, size_t *panel, ctrend_error *err)
{
    if (!fig || !f || index >= ctrend_frame_n_series(f) || last < first)
        return ctrend_error_set(err, CTREND_EINVAL, NULL, 0, 0, NULL,
                                "figure: bad frame, series index or months (last before first)");
    const char *g = "", *r = "", *m = "";
    (void)ctrend_frame_group(f, index, &g); /* index checked above: the getters succeed */
    (void)ctrend_frame_region(f, index, &r);
    (void)ctrend_frame_metric(f, index, &m);
    char key[512];
    snprintf(key, sizeof key, "%s/%s%s%s", g, m, *r ? "/" : "", r);
    const size_t n = (size_t)((int64_t)last - first) + 1;
    if (n > CTREND_FIGURE_MAX_MONTHS)
        return ctrend_error_set(err, CTREND_ERANGE, NULL, 0, 0, key, "figure: more months than a panel holds");
    double *y = ctrend__malloc_n(n, 1, sizeof *y);
    if (!y) return ctrend_error_set(err, CTREND_ENOMEM, NULL, 0, 0, key, NULL);
    for (size_t i = 0; i < n; ++i)
        if (ctrend_frame_get(f, index, first + (int32_t)i, &y[i]) != CTREND_OK) y[i] = NAN;
    size_t at = 0;
    int rc = ctrend_figure_add_panel(fig, first, y, n, &at);
    free(y);
    char title[768], ylabel[300];
    key_title(g, r, m, title, sizeof title);
    snprintf(ylabel, sizeof ylabel, "%s per month", *m ? m : "count");
    if (!rc) rc = ctrend__figure_set_str(&fig->panels[at].title, title);
    if (!rc) rc = ctrend__figure_set_str(&fig->panels[at].ylabel, ylabel);
    if (rc) {
        if (fig->n_panels > at && at == fig->n_panels - 1 && rc == CTREND_ENOMEM)
            panel_free(&fig->panels[--fig->n_panels]);
        return ctrend_error_set(err, rc, NULL, 0, 0, key, "figure: cannot add the series");
    }
    if (panel) *panel = at;
    ctrend_error_clear(err);
    return CTREND_OK;
}

int ctrend_figure_add_rolling(ctrend_figure *fig, size_t panel, size_t window, int align)
{
    ctrend__fig_panel *p = get_panel(fig, panel);
    if (!p || window == 0 || align < CTREND_ALIGN_TRAILING || align > CTREND_ALIGN_CENTRED_ZOO)
        return CTREND_EINVAL;
    double *v = ctrend__malloc_n(p->n, 1, sizeof *v);
    if (!v) return CTREND_ENOMEM;
    const int rc = ctrend_rolling_mean(p->layer[CTREND_FIGURE_Y], p->n, window, align, 0, v);
    if (rc) {
        free(v);
        return rc;
    }
    free(p->layer[CTREND_FIGURE_ROLLING]);
    p->layer[CTREND_FIGURE_ROLLING] = v;
    return CTREND_OK;
}

/* fit[i] for rows the fit dropped: the model's mean g^-1(x_i'beta + offset_i) there, from
 * ctrend_model_predict over the fit window (the one home of in-window prediction). */
static int fill_dropped(const ctrend_model *m, size_t n, double *fit)
{
    size_t len = 0;
    int rc = ctrend_model_predict(m, NULL, CTREND_PREDICT_RESPONSE, 0.95, NULL, 0, &len);
    if (rc) return rc;
    if (len != n * CTREND_PREDICT_NCOL) return CTREND_EINVAL;
    double *pr = ctrend__malloc_n(n, CTREND_PREDICT_NCOL, sizeof *pr);
    if (!pr) return CTREND_ENOMEM;
    rc = ctrend_model_predict(m, NULL, CTREND_PREDICT_RESPONSE, 0.95, pr, len, NULL);
    for (size_t i = 0; !rc && i < n; ++i)
        if (isnan(fit[i])) fit[i] = pr[i * CTREND_PREDICT_NCOL + CTREND_PRED_FIT];
    free(pr);
    return rc;
}

int ctrend_figure_add_fit(ctrend_figure *fig, size_t panel, const ctrend_model *m)
{
    ctrend__fig_panel *p = get_panel(fig, panel);
    int32_t start = 0;
    if (!p || !m || ctrend_model_nrow(m) != p->n ||
        ctrend_design_start(ctrend_model_design(m), &start) != CTREND_OK || start != p->start)
        return CTREND_EINVAL;
    double *v = ctrend__malloc_n(p->n, 1, sizeof *v);
    if (!v) return CTREND_ENOMEM;
    int rc = ctrend_model_vector(m, CTREND_MV_FITTED, v, p->n, NULL);
    if (!rc) rc = fill_dropped(m, p->n, v);
    if (rc) {
        free(v);
        return rc;
    }
    free(p->layer[CTREND_FIGURE_FITTED]);
    p->layer[CTREND_FIGURE_FITTED] = v;
    return CTREND_OK;
}

int ctrend_figure_add_forecast(ctrend_figure *fig, size_t panel, const ctrend_forecast *f)
{
    ctrend__fig_panel *p = get_panel(fig, panel);
    const size_t h = f ? ctrend_forecast_horizon(f) : 0;
    int32_t first = 0;
    if (!p || !f || h == 0 || ctrend_forecast_month(f, 0, &first) != CTREND_OK ||
        first != p->start + (int32_t)p->n)
        return CTREND_EINVAL;
    if (p->n + h > CTREND_FIGURE_MAX_MONTHS) return CTREND_ERANGE;
    if (ctrend_forecast_n_sims(f) == 0) return CTREND_EDOMAIN;
    double *v[5] = {NULL};
    int rc = CTREND_OK;
    for (size_t k = 0; k < 5; ++k)
        if (!(v[k] = ctrend__malloc_n(h, 1, sizeof(double)))) rc = CTREND_ENOMEM;
    if (!rc) rc = ctrend_forecast_vector(f, CTREND_FV_MEAN, v[0], h, NULL);
    if (!rc) rc = ctrend_forecast_interval(f, CTREND_FI_PREDICTIVE, 0.80, v[1], v[2], h, NULL);
    if (!rc) rc = ctrend_forecast_interval(f, CTREND_FI_PREDICTIVE, 0.95, v[3], v[4], h, NULL);
    for (size_t k = 0; k < 5; ++k) {
        const size_t at = CTREND_FIGURE_FORECAST_MEAN + k;
        if (rc) {
            free(v[k]);
            continue;
        }
        free(p->layer[at]);
        p->layer[at] = v[k];
    }
    if (!rc) p->h = h;
    return rc;
}

int ctrend_figure_add_span(ctrend_figure *fig, size_t panel, int32_t from, int32_t to, int kind)
{
    ctrend__fig_panel *p = get_panel(fig, panel);
    if (!p || to < from || (kind != CTREND_FIGURE_SPAN_MAIN && kind != CTREND_FIGURE_SPAN_BASE))
        return CTREND_EINVAL;
    ctrend__fig_span *s = ctrend__realloc_n(p->spans, p->n_spans + 1, sizeof *s);
    if (!s) return CTREND_ENOMEM;
    p->spans = s;
    p->spans[p->n_spans++] = (ctrend__fig_span){from, to, kind};
    return CTREND_OK;
}

int ctrend_figure_add_mark(ctrend_figure *fig, size_t panel, int32_t month, int kind,
                           const char *label)
{
    ctrend__fig_panel *p = get_panel(fig, panel);
    if (!p || kind < CTREND_FIGURE_MARK_STEP || kind > CTREND_FIGURE_MARK_SLOPE) return CTREND_EINVAL;
    char *copy = ctrend__strdup(label ? label : "");
    ctrend__fig_mark *mk = copy ? ctrend__realloc_n(p->marks, p->n_marks + 1, sizeof *mk) : NULL;
    if (!mk) {
        free(copy);
        return CTREND_ENOMEM;
    }
    p->marks = mk;
    p->marks[p->n_marks++] = (ctrend__fig_mark){month, kind, copy};
    return CTREND_OK;
}

int ctrend_figure_set_text(ctrend_figure *fig, int which, const char *text)
{
    if (!fig || which < 0 || which >= CTREND__FIGURE_N_TEXTS) return CTREND_EINVAL;
    return ctrend__figure_set_str(&fig->text[which], text);
}

int ctrend_figure_panel_set_text(ctrend_figure *fig, size_t panel, int which, const char *text)
{
    ctrend__fig_panel *p = get_panel(fig, panel);
    if (!p || (which != CTREND_FIGURE_PANEL_TITLE && which != CTREND_FIGURE_PANEL_YLABEL))
        return CTREND_EINVAL;
    return ctrend__figure_set_str(which == CTREND_FIGURE_PANEL_TITLE ? &p->title : &p->ylabel, text);
}

static int size_ok(double v) { return v == 0.0 || (v >= 150.0 && v <= 20000.0); }

int ctrend_figure_set_options(ctrend_figure *fig, int style, double width, double height,
                              int label_spans)
{
    if (!fig || (style != CTREND_FIGURE_BARS && style != CTREND_FIGURE_POINTS) || !size_ok(width) ||
        !size_ok(height) || (label_spans != 0 && label_spans != 1))
        return CTREND_EINVAL;
    fig->style = style;
    fig->width = width;
    fig->height = height;
    fig->label_spans = label_spans;
    return CTREND_OK;
}

/* ---- reading ------------------------------------------------------------------------- */

size_t ctrend_figure_n_panels(const ctrend_figure *fig) { return fig ? fig->n_panels : 0; }

int ctrend_figure_options(const ctrend_figure *fig, int *style, double *width, double *height,
                          int *label_spans)
{
    if (!fig) return CTREND_EINVAL;
    if (style) *style = fig->style;
    if (width) *width = fig->width;
    if (height) *height = fig->height;
    if (label_spans) *label_spans = fig->label_spans;
    return CTREND_OK;
}

int ctrend_figure_panel_months(const ctrend_figure *fig, size_t panel, int32_t *start, size_t *n,
                               size_t *h)
{
    const ctrend__fig_panel *p = get_cpanel(fig, panel);
    if (!p) return CTREND_EINVAL;
    if (start) *start = p->start;
    if (n) *n = p->n;
    if (h) *h = p->h;
    return CTREND_OK;
}

int ctrend_figure_x_range(const ctrend_figure *fig, int32_t *first, int32_t *last,
                          int32_t *data_last)
{
    if (!fig || fig->n_panels == 0) return CTREND_EINVAL;
    int32_t a = INT32_MAX, b = INT32_MIN, d = INT32_MIN;
    for (size_t k = 0; k < fig->n_panels; ++k) {
        const ctrend__fig_panel *p = &fig->panels[k];
        const int32_t end = p->start + (int32_t)p->n - 1;
        if (p->start < a) a = p->start;
        if (end > d) d = end;
        if (end + (int32_t)p->h > b) b = end + (int32_t)p->h;
    }
    if (first) *first = a;
    if (last) *last = b;
    if (data_last) *data_last = d;
    return CTREND_OK;
}

int ctrend_figure_panel_vector(const ctrend_figure *fig, size_t panel, int which, double *out,
                               size_t cap, size_t *needed)
{
    const ctrend__fig_panel *p = get_cpanel(fig, panel);
    if (!p || which < 0 || which >= CTREND__FIGURE_N_LAYERS) return CTREND_EINVAL;
    const double *v = p->layer[which];
    const size_t len = !v ? 0 : which <= CTREND_FIGURE_FITTED ? p->n : p->h;
    if (needed) *needed = len;
    if (!out) return CTREND_OK;
    if (cap < len) return CTREND_ERANGE;
    if (len) memcpy(out, v, len * sizeof *out);
    return CTREND_OK;
}

/* Append the run [a, b] to out (when there is room); counts it in *k. */
static void put_run(int32_t *out, size_t cap, size_t *k, int32_t a, int32_t b)
{
    if (out && *k + 2 <= cap) {
        out[*k] = a;
        out[*k + 1] = b;
    }
    *k += 2;
}

int ctrend_figure_panel_missing(const ctrend_figure *fig, size_t panel, int32_t *out, size_t cap,
                                size_t *needed)
{
    const ctrend__fig_panel *p = get_cpanel(fig, panel);
    int32_t first, data_last;
    if (!p || ctrend_figure_x_range(fig, &first, NULL, &data_last)) return CTREND_EINVAL;
    size_t k = 0;
    const double *y = p->layer[CTREND_FIGURE_Y];
    if (first < p->start) put_run(out, cap, &k, first, p->start - 1);
    for (size_t i = 0; i < p->n;) {
        if (!isnan(y[i])) {
            ++i;
            continue;
        }
        size_t j = i;
        while (j + 1 < p->n && isnan(y[j + 1])) ++j;
        put_run(out, cap, &k, p->start + (int32_t)i, p->start + (int32_t)j);
        i = j + 1;
    }
    const int32_t own_end = p->start + (int32_t)(p->n + p->h) - 1;
    if (own_end < data_last) put_run(out, cap, &k, own_end + 1, data_last);
    if (needed) *needed = k;
    return out && cap < k ? CTREND_ERANGE : CTREND_OK;
}

int ctrend_figure_panel_n_spans(const ctrend_figure *fig, size_t panel, size_t *n)
{
    const ctrend__fig_panel *p = get_cpanel(fig, panel);
    if (!p || !n) return CTREND_EINVAL;
    *n = p->n_spans;
    return CTREND_OK;
}

int ctrend_figure_panel_span(const ctrend_figure *fig, size_t panel, size_t k, int32_t *from,
                             int32_t *to, int *kind)
{
    const ctrend__fig_panel *p = get_cpanel(fig, panel);
    if (!p || k >= p->n_spans) return CTREND_EINVAL;
    if (from) *from = p->spans[k].from;
    if (to) *to = p->spans[k].to;
    if (kind) *kind = p->spans[k].kind;
    return CTREND_OK;
}

int ctrend_figure_panel_n_marks(const ctrend_figure *fig, size_t panel, size_t *n)
{
    const ctrend__fig_panel *p = get_cpanel(fig, panel);
    if (!p || !n) return CTREND_EINVAL;
    *n = p->n_marks;
    return CTREND_OK;
}

int ctrend_figure_panel_mark(const ctrend_figure *fig, size_t panel, size_t k, int32_t *month,
                             int *kind)
{
    const ctrend__fig_panel *p = get_cpanel(fig, panel);
    if (!p || k >= p->n_marks) return CTREND_EINVAL;
    if (month) *month = p->marks[k].month;
    if (kind) *kind = p->marks[k].kind;
    return CTREND_OK;
}

/* Copy string s into (buf, cap) with the size query convention. */
static int copy_str(const char *s, char *buf, size_t cap, size_t *needed)
{
    const size_t len = strlen(s) + 1;
    if (needed) *needed = len;
    if (!buf) return CTREND_OK;
    if (cap < len) return CTREND_ERANGE;
    memcpy(buf, s, len);
    return CTREND_OK;
}

int ctrend_figure_panel_mark_label(const ctrend_figure *fig, size_t panel, size_t k, char *buf,
                                   size_t cap, size_t *needed)
{
    const ctrend__fig_panel *p = get_cpanel(fig, panel);
    if (!p || k >= p->n_marks) return CTREND_EINVAL;
    return copy_str(p->marks[k].label, buf, cap, needed);
}

int ctrend_figure_text(const ctrend_figure *fig, int which, char *buf, size_t cap, size_t *needed)
{
    if (!fig || which < 0 || which >= CTREND__FIGURE_N_TEXTS) return CTREND_EINVAL;
    return copy_str(fig->text[which], buf, cap, needed);
}

int ctrend_figure_panel_text(const ctrend_figure *fig, size_t panel, int which, char *buf,
                             size_t cap, size_t *needed)
{
    const ctrend__fig_panel *p = get_cpanel(fig, panel);
    if (!p || (which != CTREND_FIGURE_PANEL_TITLE && which != CTREND_FIGURE_PANEL_YLABEL))
        return CTREND_EINVAL;
    return copy_str(which == CTREND_FIGURE_PANEL_TITLE ? p->title : p->ylabel, buf, cap, needed);
}

int ctrend_figure_device_from_path(const char *path, int *device)
{
    const char *dot = path ? strrchr(path, '.') : NULL;
    if (!dot || !device) return CTREND_EINVAL;
    char ext[8];
    size_t i = 0;
    for (const char *p = dot + 1; *p && i + 1 < sizeof ext; ++p) ext[i++] = (char)tolower((unsigned char)*p);
    ext[i] = '\0';
    if (!strcmp(ext, "svg")) *device = CTREND_FIGURE_SVG;
    else if (!strcmp(ext, "png")) *device = CTREND_FIGURE_PNG;
    else if (!strcmp(ext, "pdf")) *device = CTREND_FIGURE_PDF;
    else return CTREND_EINVAL;
    return CTREND_OK;
}
