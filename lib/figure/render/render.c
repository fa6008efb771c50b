/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * render.c — libctrend-figure: draw a ctrend_figure (ctrend/figure.h) with PLplot
 * (http://plplot.org, LGPL), cairo devices svgcairo / pngcairo / pdfcairo.
 *
 * The specification is read through libctrend's public getters only (load_figure), into the
 * private rf_figure below; nothing here computes a number a reader could compare.
 *
 * Layout (normalised device coordinates, computed from the character size PLplot reports):
 *   title and subtitle at the top, then the panels (one per series, one column; two
 *   columns beyond four series), a shared legend at the right of the first panel, the
 *   source caption at the bottom left. Each panel: x = month index (year*12 + month-1,
 *   so multiples of 12 are Januaries and PLplot's regular ticks fall on calendar months),
 *   y = count per month starting slightly below 0 so zero months show as a short mark on the
 *   baseline while months not reported get a grey band and no bar: missing is never
 *   drawn as zero.
 * Drawing order inside a panel: grid, not-reported bands, highlighted spans, forecast
 * bands (95% then 80%), bars/points, span labels, rolling mean, fitted mean, forecast mean,
 * month marks, then the frame and axes on top.
 * (Moved from bin/plot_render.c and split into functions; the drawing calls are the same, in
 * the same order, so the figures are the same bytes.)
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <plplot.h>
#include <ctrend-figure.h>

typedef struct rf_mark {
    int32_t month;
    int kind;
    char label[64];
} rf_mark;

typedef struct rf_span {
    int32_t from, to;
    int kind;
} rf_span;

typedef struct rf_panel {
    char title[256], ylabel[128];
    int32_t start;
    size_t n, h;
    double *layer[8]; /* ctrend_figure_layer; NULL = not drawn */
    rf_span *spans;
    size_t n_spans;
    rf_mark *marks;
    size_t n_marks;
} rf_panel;

#define Y(p) ((p)->layer[CTREND_FIGURE_Y])
#define ROLL(p) ((p)->layer[CTREND_FIGURE_ROLLING])
#define FIT(p) ((p)->layer[CTREND_FIGURE_FITTED])
#define FC(p) ((p)->layer[CTREND_FIGURE_FORECAST_MEAN])
#define LO80(p) ((p)->layer[CTREND_FIGURE_PI80_LO])
#define HI80(p) ((p)->layer[CTREND_FIGURE_PI80_HI])
#define LO95(p) ((p)->layer[CTREND_FIGURE_PI95_LO])
#define HI95(p) ((p)->layer[CTREND_FIGURE_PI95_HI])

typedef struct rf_figure {
    int device, style, label_spans;
    double width, height;
    char *text[7]; /* ctrend_figure_text_key; NULL = not drawn */
    rf_panel panels[CTREND_FIGURE_MAX_PANELS];
    size_t n_panels;
} rf_figure;

static void rf_free(rf_figure *f)
{
    for (size_t k = 0; k < f->n_panels; ++k) {
        for (size_t j = 0; j < 8; ++j) free(f->panels[k].layer[j]);
        free(f->panels[k].spans);
        free(f->panels[k].marks);
    }
    for (size_t k = 0; k < 7; ++k) free(f->text[k]);
}

/* A text of the figure (panel = SIZE_MAX) or of a panel into *out (NULL when empty).
 * CTREND_ENOMEM when its copy cannot be allocated: a figure without one of its texts is a
 * different figure, never drawn in its place (tests/cli/alloc_sweep_plot.sh). */
static int get_text(const ctrend_figure *fig, size_t panel, int which, char **out)
{
    *out = NULL;
    size_t need = 0;
    const int rc = panel == SIZE_MAX ? ctrend_figure_text(fig, which, NULL, 0, &need)
                                     : ctrend_figure_panel_text(fig, panel, which, NULL, 0, &need);
    if (rc || need <= 1) return CTREND_OK;
    char *s = malloc(need);
    if (!s) return CTREND_ENOMEM;
    if (panel == SIZE_MAX ? ctrend_figure_text(fig, which, s, need, NULL)
                          : ctrend_figure_panel_text(fig, panel, which, s, need, NULL)) {
        free(s);
        return CTREND_OK;
    }
    *out = s;
    return CTREND_OK;
}

/* Copy a panel's layers, spans and marks. */
static int load_panel(const ctrend_figure *fig, size_t k, rf_panel *p)
{
    char *t = NULL, *yl = NULL;
    int rc = get_text(fig, k, CTREND_FIGURE_PANEL_TITLE, &t);
    if (!rc) rc = get_text(fig, k, CTREND_FIGURE_PANEL_YLABEL, &yl);
    snprintf(p->title, sizeof p->title, "%s", t ? t : "");
    snprintf(p->ylabel, sizeof p->ylabel, "%s", yl ? yl : "");
    free(t);
    free(yl);
    if (rc) return rc;
    rc = ctrend_figure_panel_months(fig, k, &p->start, &p->n, &p->h);
    for (int j = 0; !rc && j < 8; ++j) {
        size_t len = 0;
        rc = ctrend_figure_panel_vector(fig, k, j, NULL, 0, &len);
        if (rc || !len) continue;
        if (!(p->layer[j] = malloc(len * sizeof(double)))) return CTREND_ENOMEM;
        rc = ctrend_figure_panel_vector(fig, k, j, p->layer[j], len, NULL);
    }
    if (!rc) rc = ctrend_figure_panel_n_spans(fig, k, &p->n_spans);
    if (!rc) rc = ctrend_figure_panel_n_marks(fig, k, &p->n_marks);
    if (rc) return rc;
    p->spans = calloc(p->n_spans + 1, sizeof *p->spans);
    p->marks = calloc(p->n_marks + 1, sizeof *p->marks);
    if (!p->spans || !p->marks) return CTREND_ENOMEM;
    for (size_t j = 0; !rc && j < p->n_spans; ++j)
        rc = ctrend_figure_panel_span(fig, k, j, &p->spans[j].from, &p->spans[j].to, &p->spans[j].kind);
    for (size_t j = 0; !rc && j < p->n_marks; ++j) {
        rc = ctrend_figure_panel_mark(fig, k, j, &p->marks[j].month, &p->marks[j].kind);
        char *lab = NULL;
        size_t need = 0;
        if (!rc && !ctrend_figure_panel_mark_label(fig, k, j, NULL, 0, &need)) {
            if (!(lab = malloc(need))) return CTREND_ENOMEM; /* not a mark without its label */
            if (!ctrend_figure_panel_mark_label(fig, k, j, lab, need, NULL))
                snprintf(p->marks[j].label, sizeof p->marks[j].label, "%s", lab);
        }
        free(lab);
    }
    return rc;
}

/* The specification, through the public getters. */
static int load_figure(const ctrend_figure *fig, int device, rf_figure *f)
{
    memset(f, 0, sizeof *f);
    f->device = device;
    int rc = ctrend_figure_options(fig, &f->style, &f->width, &f->height, &f->label_spans);
    for (int k = 0; !rc && k < 7; ++k) rc = get_text(fig, SIZE_MAX, k, &f->text[k]);
    f->n_panels = ctrend_figure_n_panels(fig);
    for (size_t k = 0; !rc && k < f->n_panels; ++k) rc = load_panel(fig, k, &f->panels[k]);
    return rc;
}

/* A legend text ("" when not set). */
static const char *label(const rf_figure *fig, int which) { return fig->text[which] ? fig->text[which] : ""; }

/* cmap0 colour indices. */
enum {
    C_BG = 0, C_FG = 1, C_BAR = 2, C_BAR_EDGE = 3, C_MISSING = 4, C_ROLL = 5, C_FIT = 6,
    C_MARK = 7, C_FC = 8, C_PI80 = 9, C_PI95 = 10, C_GRID = 11, C_SPAN = 12, C_TEXT2 = 13,
    C_SPAN2 = 14, C_COUNT = 15
};

static void set_colours(void)
{
    static const struct { int r, g, b; double a; } pal[C_COUNT] = {
        {255, 255, 255, 1.0}, /* background */
        {30, 30, 30, 1.0},    /* axes, text */
        {107, 174, 214, 1.0}, /* bars */
        {33, 113, 181, 1.0},  /* bar edges, points */
        {190, 190, 190, 0.45},/* not reported */
        {37, 37, 37, 1.0},    /* rolling mean */
        {217, 72, 1, 1.0},    /* fitted mean */
        {120, 40, 140, 1.0},  /* step / break marks */
        {217, 72, 1, 1.0},    /* forecast mean */
        {253, 141, 60, 0.55}, /* 80% band */
        {253, 208, 162, 0.6}, /* 95% band */
        {225, 225, 225, 1.0}, /* grid */
        {255, 237, 111, 0.55},/* highlighted span */
        {90, 90, 90, 1.0},    /* secondary text */
        {116, 196, 118, 0.4}, /* highlighted span, second kind (a claim's base months) */
    };
    plscmap0n(C_COUNT);
    for (int i = 0; i < C_COUNT; ++i) plscol0a(i, pal[i].r, pal[i].g, pal[i].b, pal[i].a);
}

/* PLplot treats '#' as its text escape: double it. */
static void escape_text(const char *in, char *out, size_t cap)
{
    size_t k = 0;
    for (const char *p = in; p && *p && k + 2 < cap; ++p) {
        if (*p == '#') out[k++] = '#';
        out[k++] = *p;
    }
    out[k] = '\0';
}

static const char *const month_abbr[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

static void month_label(PLINT axis, PLFLT value, char *label, PLINT length, PLPointer data)
{
    const int *yearly = data;
    if (axis != PL_X_AXIS) {
        /* y: plain integers (counts), no exponent notation. */
        if (fabs(value) < 1e15 && fabs(value - floor(value + 0.5)) < 1e-9)
            snprintf(label, (size_t)length, "%.0f", value);
        else
            snprintf(label, (size_t)length, "%g", value);
        return;
    }
    const long m = lround(value);
    const long year = m >= 0 ? m / 12 : -((-m + 11) / 12);
    const long mon = m - year * 12;
    if (*yearly)
        snprintf(label, (size_t)length, "%ld", year);
    else /* the year is written underneath by year_labels() */
        snprintf(label, (size_t)length, "%s", month_abbr[mon]);
}

/* Under monthly ticks: the year below the first tick and below every January tick. */
static void year_labels(double xmin, double xmax, int step)
{
    const double first = ceil(xmin / step) * step;
    for (double t = first; t <= xmax; t += step) {
        const long m = lround(t);
        if (m % 12 != 0 && t != first) continue;
        if (t == first && m % 12 != 0 && t + step <= xmax && (m / 12 != (m + step) / 12) &&
            (m + step) % 12 == 0)
            continue; /* the next tick is a January and carries the new year */
        const long year = m >= 0 ? m / 12 : -((-m + 11) / 12);
        char buf[24];
        snprintf(buf, sizeof buf, "%ld", year);
        plmtex("b", 2.75, (t - xmin) / (xmax - xmin), 0.5, buf);
    }
}

/* Tick spacing in months for a span of `months` months in a panel about `chars` characters
 * wide: month labels ("Jan", year underneath) need about 5.5 characters each, year labels
 * ("2022") about 7. */
static void choose_ticks(double months, double chars, int *step, int *nsub, int *yearly)
{
    static const int monthly[] = {1, 2, 3, 6};
    static const int mon_sub[] = {1, 2, 3, 6};
    static const int years[] = {12, 24, 60, 120, 240, 600};
    static const int year_sub[] = {4, 2, 5, 10, 4, 5};
    for (size_t i = 0; i < sizeof monthly / sizeof monthly[0]; ++i)
        if (months / monthly[i] <= chars / 5.5) {
            *step = monthly[i];
            *nsub = mon_sub[i];
            *yearly = 0;
            return;
        }
    for (size_t i = 0; i < sizeof years / sizeof years[0]; ++i)
        if (months / years[i] <= chars / 7.0 || i + 1 == sizeof years / sizeof years[0]) {
            *step = years[i];
            *nsub = year_sub[i];
            *yearly = 1;
            return;
        }
}

static double nice_max(double v)
{
    if (!(v > 0)) return 1.0;
    const double e = pow(10.0, floor(log10(v)));
    const double f = v / e;
    static const double steps[] = {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0};
    for (size_t i = 0; i < sizeof steps / sizeof steps[0]; ++i)
        if (f <= steps[i] + 1e-12) return steps[i] * e;
    return 10.0 * e;
}

static void upd_max(double *hi, const double *x, size_t n)
{
    if (!x) return;
    for (size_t i = 0; i < n; ++i)
        if (isfinite(x[i]) && x[i] > *hi) *hi = x[i];
}

static void upd_min(double *lo, const double *x, size_t n)
{
    if (!x) return;
    for (size_t i = 0; i < n; ++i)
        if (isfinite(x[i]) && x[i] < *lo) *lo = x[i];
}

/* Scratch coordinates for the polylines, bands and bars, allocated once per figure before
 * PLplot starts (reserve_scratch): drawing itself never allocates, so an allocation failure
 * is CTREND_ENOMEM before any page, never a figure with a layer silently missing
 * (tests/cli/alloc_sweep_plot.sh). File-static like PLplot's own state: rendering is
 * serialised (ctrend-figure.h). */
static PLFLT *scratch_x, *scratch_y;

static int reserve_scratch(const rf_figure *f)
{
    size_t need = 2;
    for (size_t k = 0; k < f->n_panels; ++k) {
        const size_t n = f->panels[k].n, h = f->panels[k].h;
        if (n > SIZE_MAX / 8 - h) return CTREND_ENOMEM;
        const size_t m = 4 * n > 2 * h ? 4 * n : 2 * h; /* bars: 4 per month; bands: 2 per horizon */
        if (m + n + h > need) need = m + n + h;        /* lines: a run of months or horizons */
    }
    if (need > SIZE_MAX / sizeof(PLFLT)) return CTREND_ENOMEM;
    scratch_x = malloc(need * sizeof *scratch_x);
    scratch_y = malloc(need * sizeof *scratch_y);
    if (scratch_x && scratch_y) return CTREND_OK;
    free(scratch_x);
    free(scratch_y);
    scratch_x = scratch_y = NULL;
    return CTREND_ENOMEM;
}

static void free_scratch(void)
{
    free(scratch_x);
    free(scratch_y);
    scratch_x = scratch_y = NULL;
}

/* Polyline through (x0 + i, v[i]), broken at NaN. */
static void broken_line(double x0, const double *v, size_t n)
{
    PLFLT xs[2], ys[2];
    size_t i = 0;
    while (i < n) {
        while (i < n && !isfinite(v[i])) ++i;
        size_t j = i;
        while (j < n && isfinite(v[j])) ++j;
        if (j - i == 1) {
            /* an isolated month: a short horizontal tick so it stays visible */
            xs[0] = x0 + (double)i - 0.3;
            xs[1] = x0 + (double)i + 0.3;
            ys[0] = ys[1] = v[i];
            plline(2, xs, ys);
        } else if (j > i) {
            /* one polyline per run (one path; dash patterns continue along it) */
            PLFLT *rx = scratch_x, *ry = scratch_y; /* j - i <= n + h (reserve_scratch) */
            for (size_t k = i; k < j; ++k) {
                rx[k - i] = x0 + (double)k;
                ry[k - i] = v[k];
            }
            plline((PLINT)(j - i), rx, ry);
        }
        i = j;
    }
}

static void rect(double x0, double x1, double y0, double y1)
{
    PLFLT x[4] = {x0, x1, x1, x0}, y[4] = {y0, y0, y1, y1};
    plfill(4, x, y);
}

/* The band between lo and hi over horizons 0..h-1 (x0 + i), skipping non-finite bounds. */
static void band(double x0, const double *lo, const double *hi, size_t h)
{
    if (h == 1) {
        if (isfinite(lo[0]) && isfinite(hi[0])) rect(x0 - 0.35, x0 + 0.35, lo[0], hi[0]);
        return;
    }
    PLFLT *x = scratch_x, *y = scratch_y; /* 2 h points (reserve_scratch) */
    size_t m = 0;
    for (size_t i = 0; i < h; ++i) {
        if (!isfinite(lo[i]) || !isfinite(hi[i])) continue;
        x[m] = x0 + (double)i;
        y[m] = hi[i];
        ++m;
    }
    const size_t top = m;
    for (size_t i = h; i-- > 0;) {
        if (!isfinite(lo[i]) || !isfinite(hi[i])) continue;
        x[m] = x0 + (double)i;
        y[m] = lo[i];
        ++m;
    }
    if (top >= 2) plfill((PLINT)m, x, y);
}

static void dashed(void)
{
    static const PLINT mark[1] = {1800}, space[1] = {1200};
    plstyl(1, mark, space);
}

static void solid(void) { plstyl(0, NULL, NULL); }

typedef struct layout {
    double ch_x, ch_y;      /* one character height in NDC, horizontally / vertically */
    double left, right;     /* panel area */
    double top, bottom;
    int cols, rows;
    double cell_h, cell_w;
    double ylab_disp;       /* distance of the y-axis title from the frame, characters */
    double page_w, page_h;  /* page size, mm */
    double ch_mm;           /* character height, mm */
    double first, last;     /* shared x range of the panels: first month, last month drawn */
    double data_last;       /* last month with data in any panel */
} layout;

/* A filled disc of radius r_mm at world (x, y) in the current viewport: a polygon, so
 * points do not depend on the fonts installed. */
static void dot(double x, double y, double r_mm, double wx_per_mm, double wy_per_mm)
{
    enum { K = 20 };
    PLFLT px[K], py[K];
    for (size_t i = 0; i < K; ++i) {
        const double t = 2.0 * 3.14159265358979323846 * (double)i / K;
        px[i] = x + r_mm * wx_per_mm * cos(t);
        py[i] = y + r_mm * wy_per_mm * sin(t);
    }
    plfill(K, px, py);
}

/* Top of a panel's y axis: a rounded maximum of everything drawn. */
static double panel_ymax(const rf_panel *p)
{
    double ymax = 0.0;
    upd_max(&ymax, Y(p), p->n);
    upd_max(&ymax, ROLL(p), p->n);
    upd_max(&ymax, FIT(p), p->n);
    upd_max(&ymax, FC(p), p->h);
    upd_max(&ymax, HI80(p), p->h);
    upd_max(&ymax, HI95(p), p->h);
    return nice_max(ymax * 1.08);
}


/* One panel being drawn: its viewport (NDC), world window and ticks. */
typedef struct pctx {
    const rf_figure *fig;
    const rf_panel *p;
    const layout *L;
    double vx0, vx1, vy0, vy1;
    double x0, xf, xmin, xmax, ymin, ymax;
    int step, nsub, yearly;
} pctx;

/* World window of a panel: just below 0 (so zero months show); lower when something drawn
 * is negative (a linear model's band, --no-count-check data); small multiples share x. */
static void panel_window(pctx *c, double chars)
{
    const rf_panel *p = c->p;
    c->x0 = (double)p->start;
    c->xf = c->x0 + (double)p->n;
    c->ymax = panel_ymax(p);
    double lowest = 0.0;
    upd_min(&lowest, Y(p), p->n);
    upd_min(&lowest, ROLL(p), p->n);
    upd_min(&lowest, FIT(p), p->n);
    upd_min(&lowest, FC(p), p->h);
    upd_min(&lowest, LO80(p), p->h);
    upd_min(&lowest, LO95(p), p->h);
    c->ymin = lowest < 0.0 ? -nice_max(-lowest * 1.08) : -0.03 * c->ymax;
    c->xmin = c->L->first - 0.7;
    c->xmax = c->L->last + 0.7;
    plvpor(c->vx0, c->vx1, c->vy0, c->vy1);
    plwind(c->xmin, c->xmax, c->ymin, c->ymax);
    choose_ticks(c->xmax - c->xmin, chars, &c->step, &c->nsub, &c->yearly);
    plslabelfunc(month_label, &c->yearly);
}

/* Grid, months not reported (including those of the shared axis outside this series'
 * window: other series report them), highlighted spans, forecast bands. */
static void draw_background(const pctx *c)
{
    const rf_panel *p = c->p;
    const layout *L = c->L;
    plcol0(C_GRID);
    plwidth(1.0);
    plbox("", 0.0, 0, "g", 0.0, 0);
    plbox("g", (double)c->step, c->nsub, "", 0.0, 0);
    plcol0(C_MISSING);
    for (size_t i = 0; i < p->n; ++i)
        if (!isfinite(Y(p)[i])) rect(c->x0 + (double)i - 0.5, c->x0 + (double)i + 0.5, c->ymin, c->ymax);
    if (c->x0 > L->first) rect(L->first - 0.5, c->x0 - 0.5, c->ymin, c->ymax);
    const double own_end = c->x0 + (double)p->n - 1.0 + (double)p->h;
    if (own_end < L->data_last) rect(own_end + 0.5, L->data_last + 0.5, c->ymin, c->ymax);
    for (size_t k = 0; k < p->n_spans; ++k) {
        plcol0(p->spans[k].kind == CTREND_FIGURE_SPAN_BASE ? C_SPAN2 : C_SPAN);
        rect((double)p->spans[k].from - 0.5, (double)p->spans[k].to + 0.5, c->ymin, c->ymax);
    }
    if (p->h && LO95(p) && HI95(p)) {
        plcol0(C_PI95);
        band(c->xf, LO95(p), HI95(p), p->h);
    }
    if (p->h && LO80(p) && HI80(p)) {
        plcol0(C_PI80);
        band(c->xf, LO80(p), HI80(p), p->h);
    }
}

/* Counts as bars: one "skyline" polygon per run of reported months (one path in SVG/PDF
 * rather than one per month), outlines when there is room, and zero months as a line on
 * the baseline (one per run of zeros). */
static void draw_bars(const pctx *c)
{
    const rf_panel *p = c->p;
    const double *y = Y(p), x0 = c->x0;
    const int outline = (c->xmax - c->xmin) <= 80.0;
    PLFLT *bx = scratch_x, *by = scratch_y; /* 4 n points (reserve_scratch) */
    size_t i = 0;
    while (i < p->n) {
        while (i < p->n && !isfinite(y[i])) ++i;
        size_t m = 0;
        for (; i < p->n && isfinite(y[i]); ++i) {
            const double xc = x0 + (double)i, v = y[i] > 0 ? y[i] : 0.0;
            bx[m] = xc - 0.4; by[m++] = 0.0;
            bx[m] = xc - 0.4; by[m++] = v;
            bx[m] = xc + 0.4; by[m++] = v;
            bx[m] = xc + 0.4; by[m++] = 0.0;
        }
        if (m) {
            plcol0(C_BAR);
            plfill((PLINT)m, bx, by);
        }
    }
    plcol0(C_BAR_EDGE);
    for (i = 0; i < p->n; ++i) {
        const double v = y[i];
        if (!isfinite(v)) continue;
        const double xc = x0 + (double)i;
        if (v > 0 && outline) {
            plwidth(1.0);
            PLFLT ox[4] = {xc - 0.4, xc - 0.4, xc + 0.4, xc + 0.4}, oy[4] = {0.0, v, v, 0.0};
            plline(4, ox, oy);
        } else if (v <= 0) {
            size_t j = i;
            while (j + 1 < p->n && isfinite(y[j + 1]) && y[j + 1] <= 0) ++j;
            plwidth(2.0);
            PLFLT zx[2] = {xc - 0.4, x0 + (double)j + 0.4}, zy[2] = {0.0, 0.0};
            plline(2, zx, zy);
            i = j;
        }
    }
}

static void draw_points(const pctx *c)
{
    const rf_panel *p = c->p;
    plcol0(C_BAR_EDGE);
    const double wx = (c->xmax - c->xmin) / ((c->vx1 - c->vx0) * c->L->page_w);
    const double wy = (c->ymax - c->ymin) / ((c->vy1 - c->vy0) * c->L->page_h);
    const double r = (p->n > 120 ? 0.12 : 0.28) * c->L->ch_mm;
    for (size_t i = 0; i < p->n; ++i)
        if (isfinite(Y(p)[i])) dot(c->x0 + (double)i, Y(p)[i], r, wx, wy);
}

/* Compared months without data: say so once per run, across the run when it is wide
 * enough, else upwards from the baseline. Returns the run's last month. */
static int32_t label_missing_run(const pctx *c, const rf_span *s, int32_t m, double wx_ch)
{
    const rf_panel *p = c->p;
    int32_t e = m;
    while (e < s->to && (size_t)(e + 1 - p->start) < p->n && !isfinite(Y(p)[e + 1 - p->start])) ++e;
    const double mid = 0.5 * ((double)m + (double)e);
    plcol0(C_TEXT2);
    if ((double)(e - m + 1) >= 14.0 * wx_ch)
        plptex(mid, 0.5 * c->ymax, 1.0, 0.0, 0.5, "not reported");
    else
        plptex(mid, 0.04 * (c->ymax - c->ymin), 0.0, 1.0, 0.0, "not reported");
    return e;
}

/* The counts of highlighted months written above their bars (claims: the numbers
 * compared), when the months are wide enough for a label. */
static void draw_span_labels(const pctx *c)
{
    const rf_panel *p = c->p;
    const layout *L = c->L;
    if (!c->fig->label_spans || (c->xmax - c->xmin) > 40.0) return;
    plcol0(C_FG);
    plschr(0.0, 0.85);
    /* world units per character of this size, horizontally */
    const double wx_ch = 0.85 * 0.62 * L->ch_x * (c->xmax - c->xmin) / (c->vx1 - c->vx0);
    for (size_t k = 0; k < p->n_spans; ++k)
        for (int32_t m = p->spans[k].from; m <= p->spans[k].to; ++m) {
            if (m < p->start || (size_t)(m - p->start) >= p->n) continue;
            const double v = Y(p)[m - p->start];
            if (!isfinite(v)) {
                m = label_missing_run(c, &p->spans[k], m, wx_ch);
                continue;
            }
            char txt[32];
            snprintf(txt, sizeof txt, fabs(v - floor(v + 0.5)) < 1e-9 ? "%.0f" : "%.3g", v);
            /* plptex centres the text vertically on y: half a (0.85) character above the
             * bar plus a gap; inside the bar's top, in white, when there is no room */
            const double wy_ch = L->ch_y / (c->vy1 - c->vy0) * (c->ymax - c->ymin);
            const double top = v > 0 ? v : 0.0;
            const int inside = top + 1.5 * wy_ch > c->ymax && top - 1.5 * wy_ch > 0.0;
            plcol0(inside ? C_BG : C_FG);
            plptex((double)m, inside ? top - 0.9 * wy_ch : top + 1.0 * wy_ch, 1.0, 0.0, 0.5, txt);
        }
    plschr(0.0, 1.0);
}

/* Rolling mean, fitted mean; the forecast mean joined to the last fitted month, and a
 * dotted line at the start of the forecast. */
static void draw_lines(const pctx *c)
{
    const rf_panel *p = c->p;
    const double xf = c->xf;
    if (ROLL(p)) {
        plcol0(C_ROLL);
        plwidth(2.0);
        broken_line(c->x0, ROLL(p), p->n);
    }
    if (FIT(p)) {
        plcol0(C_FIT);
        plwidth(2.0);
        broken_line(c->x0, FIT(p), p->n);
    }
    if (!p->h || !FC(p)) return;
    plcol0(C_FC);
    plwidth(2.0);
    dashed();
    if (FIT(p) && p->n && isfinite(FIT(p)[p->n - 1]) && isfinite(FC(p)[0])) {
        PLFLT lx[2] = {xf - 1.0, xf}, ly[2] = {FIT(p)[p->n - 1], FC(p)[0]};
        plline(2, lx, ly);
    }
    broken_line(xf, FC(p), p->h);
    solid();
    plcol0(C_TEXT2);
    plwidth(1.0);
    pllsty(3);
    PLFLT vx[2] = {xf - 0.5, xf - 0.5}, vy[2] = {c->ymin, c->ymax};
    plline(2, vx, vy);
    pllsty(1);
    plschr(0.0, 0.8);
    const double w = c->xmax - c->xmin;
    const double wpc = 0.8 * 0.62 * c->L->ch_x * w / (c->vx1 - c->vx0); /* world/char */
    const int flip_fc = xf - 0.5 + 0.012 * w + 9.0 * wpc > c->xmax;
    plptex(xf - 0.5 + (flip_fc ? -1 : 1) * 0.012 * w, c->ymax - 0.05 * (c->ymax - c->ymin), 1.0, 0.0,
           flip_fc ? 1.0 : 0.0, "forecast");
    plschr(0.0, 1.0);
}

/* Marks (steps, breaks): a dashed vertical line and its label inside the panel, to the
 * right of the line unless near the right edge. */
static void draw_marks(const pctx *c)
{
    const rf_panel *p = c->p;
    const double w = c->xmax - c->xmin;
    for (size_t k = 0; k < p->n_marks; ++k) {
        const double xm = (double)p->marks[k].month - 0.5;
        if (xm < c->xmin || xm > c->xmax) continue;
        plcol0(C_MARK);
        plwidth(1.5);
        pllsty(2);
        PLFLT vx[2] = {xm, xm}, vy[2] = {c->ymin, c->ymax};
        plline(2, vx, vy);
        pllsty(1);
        char txt[160];
        escape_text(p->marks[k].label, txt, sizeof txt);
        plschr(0.0, 0.8);
        const double wpc = 0.8 * 0.62 * c->L->ch_x * w / (c->vx1 - c->vx0);
        const int flip = xm + 0.012 * w + (double)(strlen(txt) + 1) * wpc > c->xmax;
        plptex(xm + (flip ? -1 : 1) * 0.012 * w,
               c->ymax - (0.05 + 0.07 * (double)(k + (p->h ? 1 : 0))) * (c->ymax - c->ymin), 1.0, 0.0,
               flip ? 1.0 : 0.0, txt);
        plschr(0.0, 1.0);
    }
}

/* Frame and axes on top, the panel title, the y-axis title (shrunk to the panel's height
 * when long) and, on the bottom row, the x-axis title. */
static void draw_axes(const pctx *c, int bottom_row)
{
    const rf_panel *p = c->p;
    plcol0(C_FG);
    plwidth(1.0);
    /* whole-number y ticks for small counts */
    const double ymax = c->ymax;
    const double ytick = ymax >= 1.0 && ymax <= 6.0 ? 1.0 : ymax > 6.0 && ymax <= 12.0 ? 2.0 : 0.0;
    plbox("bcnsto", (double)c->step, c->nsub, "bcntvo", ytick, 0);
    if (!c->yearly) year_labels(c->xmin, c->xmax, c->step);
    char buf[320];
    escape_text(p->title, buf, sizeof buf);
    plschr(0.0, 1.05);
    plmtex("t", 1.1, 0.0, 0.0, buf);
    plschr(0.0, 1.0);
    plcol0(C_TEXT2);
    escape_text(p->ylabel, buf, sizeof buf);
    const double ylab_len = 0.6 * (double)strlen(buf) * c->L->ch_y;
    const double ylab_scale = ylab_len > 0.95 * (c->vy1 - c->vy0) ? 0.95 * (c->vy1 - c->vy0) / ylab_len : 1.0;
    plschr(0.0, ylab_scale);
    plmtex("l", c->L->ylab_disp / ylab_scale, 0.5, 0.5, buf);
    plschr(0.0, 1.0);
    if (bottom_row) plmtex("b", c->yearly ? 3.0 : 4.4, 0.5, 0.5, "month");
    plcol0(C_FG);
}

static void draw_panel(const rf_figure *fig, const rf_panel *p, const layout *L, double vx0,
                       double vx1, double vy0, double vy1, double chars, int bottom_row)
{
    pctx c;
    memset(&c, 0, sizeof c);
    c.fig = fig;
    c.p = p;
    c.L = L;
    c.vx0 = vx0;
    c.vx1 = vx1;
    c.vy0 = vy0;
    c.vy1 = vy1;
    panel_window(&c, chars);
    draw_background(&c);
    if (fig->style == CTREND_FIGURE_BARS) draw_bars(&c);
    if (fig->style == CTREND_FIGURE_POINTS) draw_points(&c);
    draw_span_labels(&c);
    draw_lines(&c);
    draw_marks(&c);
    draw_axes(&c, bottom_row);
}

/* What the figure shows, for the legend. */
typedef struct shown {
    int missing, roll, fit, fc, mark, span, span2, pi80, pi95, mark_kinds;
} shown;

static shown what_is_shown(const rf_figure *fig)
{
    shown s;
    memset(&s, 0, sizeof s);
    for (size_t k = 0; k < fig->n_panels; ++k) {
        const rf_panel *p = &fig->panels[k];
        for (size_t i = 0; i < p->n; ++i)
            if (!isfinite(Y(p)[i])) s.missing = 1;
        /* a panel shorter than the shared axis shows its other months as not reported */
        if (p->start != fig->panels[0].start || p->n != fig->panels[0].n || p->h != fig->panels[0].h)
            s.missing = 1;
        s.roll |= ROLL(p) != NULL;
        s.fit |= FIT(p) != NULL;
        s.fc |= p->h && FC(p);
        s.pi80 |= p->h && LO80(p) != NULL;
        s.pi95 |= p->h && LO95(p) != NULL;
        s.mark |= p->n_marks > 0;
        for (size_t j = 0; j < p->n_marks; ++j)
            s.mark_kinds |= p->marks[j].kind == CTREND_FIGURE_MARK_STEP    ? 1
                            : p->marks[j].kind == CTREND_FIGURE_MARK_BREAK ? 2
                                                                           : 4;
        for (size_t j = 0; j < p->n_spans; ++j) {
            if (p->spans[j].kind == CTREND_FIGURE_SPAN_BASE) s.span2 = 1;
            else s.span = 1;
        }
    }
    return s;
}

/* pllegend's parallel arrays, one slot per entry. */
typedef struct legend {
    PLINT n;
    PLINT opt[10], tcol[10], bcol[10], bpat[10], lcol[10], lsty[10], scol[10], snum[10];
    PLFLT bscale[10], bwidth[10], lwidth[10], sscale[10];
    const char *text[10], *sym[10];
    char span_text[160], span2_text[160];
} legend;

static void entry(legend *g, PLINT o, const char *t, int colour)
{
    const PLINT n = g->n++;
    g->opt[n] = o;
    g->text[n] = t;
    g->tcol[n] = C_FG;
    g->bcol[n] = g->lcol[n] = g->scol[n] = colour;
    g->bpat[n] = 0;
    g->bscale[n] = 0.9;
    g->bwidth[n] = 1.0;
    g->lsty[n] = 1;
    g->lwidth[n] = 2.0;
    g->sscale[n] = 1.0;
    g->snum[n] = 1;
    g->sym[n] = "\xe2\x97\x8f";
}

static void legend_entries(const rf_figure *fig, legend *g)
{
    const shown s = what_is_shown(fig);
    g->n = 0;
    if (fig->style == CTREND_FIGURE_POINTS) entry(g, PL_LEGEND_SYMBOL, "count", C_BAR_EDGE);
    else entry(g, PL_LEGEND_COLOR_BOX, "count", C_BAR);
    if (s.missing) entry(g, PL_LEGEND_COLOR_BOX, "not reported", C_MISSING);
    if (s.roll) entry(g, PL_LEGEND_LINE, label(fig, CTREND_FIGURE_ROLLING_LABEL), C_ROLL);
    if (s.fit) entry(g, PL_LEGEND_LINE, label(fig, CTREND_FIGURE_FIT_LABEL), C_FIT);
    if (s.fc) {
        entry(g, PL_LEGEND_LINE, "forecast mean", C_FC);
        g->lsty[g->n - 1] = 2;
    }
    if (s.pi80) entry(g, PL_LEGEND_COLOR_BOX, "80% prediction", C_PI80);
    if (s.pi95) entry(g, PL_LEGEND_COLOR_BOX, "95% prediction", C_PI95);
    if (s.mark) {
        const int mk = s.mark_kinds;
        entry(g, PL_LEGEND_LINE,
              mk == 1 ? "step" : mk == 2 ? "break" : mk == 4 ? "slope change" : "step / break", C_MARK);
        g->lsty[g->n - 1] = 2;
        g->lwidth[g->n - 1] = 1.5;
    }
    escape_text(label(fig, CTREND_FIGURE_SPAN_LABEL), g->span_text, sizeof g->span_text);
    if (s.span) entry(g, PL_LEGEND_COLOR_BOX, g->span_text, C_SPAN);
    escape_text(label(fig, CTREND_FIGURE_BASE_LABEL), g->span2_text, sizeof g->span2_text);
    if (s.span2) entry(g, PL_LEGEND_COLOR_BOX, g->span2_text, C_SPAN2);
}

/* Shared legend: entries for what the figure actually shows, in nrow x ncol (row-major).
 * Returns the number of entries; draw = 0 only counts them. */
static PLINT draw_legend(const rf_figure *fig, double symbol_width, PLINT nrow, PLINT ncol, int draw)
{
    legend g;
    legend_entries(fig, &g);
    if (!draw) return g.n;
    PLFLT w = 0, h = 0;
    pllegend(&w, &h, PL_LEGEND_BACKGROUND | PL_LEGEND_ROW_MAJOR,
             PL_POSITION_LEFT | PL_POSITION_TOP | PL_POSITION_INSIDE, 0.0, 0.0, symbol_width, C_BG,
             C_FG, 1, nrow, ncol, g.n, g.opt, 0.6, 0.9, 1.9, 0.0, g.tcol, g.text, g.bcol, g.bpat,
             g.bscale, g.bwidth, g.lcol, g.lsty, g.lwidth, g.scol, g.sscale, g.snum, g.sym);
    return g.n;
}

/* Longest legend text, in characters (to reserve room at the right). */
static size_t legend_chars(const rf_figure *fig)
{
    static const int keys[4] = {CTREND_FIGURE_ROLLING_LABEL, CTREND_FIGURE_FIT_LABEL,
                                CTREND_FIGURE_SPAN_LABEL, CTREND_FIGURE_BASE_LABEL};
    size_t m = 14; /* "95% prediction" */
    for (size_t k = 0; k < 4; ++k)
        if (strlen(label(fig, keys[k])) > m) m = strlen(label(fig, keys[k]));
    return m;
}

/* Subtitle lines: greedy word wrap; a break after "; " is preferred when the line is half
 * full and the next clause will not fit. At most 4 lines. */
static size_t wrap_subtitle(const char *subtitle, double line_chars, char sub[4][256])
{
    size_t n_sub = 0;
    if (!subtitle) return 0;
    char work[1024];
    escape_text(subtitle, work, sizeof work);
    const char *p = work;
    sub[0][0] = '\0';
    while (*p && n_sub < 4) {
        const char *sp = strchr(p, ' ');
        const size_t len = sp ? (size_t)(sp - p) : strlen(p);
        size_t cur = strlen(sub[n_sub]);
        const char *semi = strchr(p, ';');
        const size_t clause = semi ? (size_t)(semi - p) + 1 : strlen(p);
        const int after_semi = cur > 0 && sub[n_sub][cur - 1] == ';' && (double)cur > 0.4 * line_chars &&
                               (double)(cur + 1 + clause) > line_chars;
        if (cur && ((double)(cur + 1 + len) > line_chars || after_semi)) {
            if (++n_sub == 4) break;
            sub[n_sub][0] = '\0';
            cur = 0;
        }
        snprintf(sub[n_sub] + cur, sizeof sub[0] - cur, "%s%.*s", cur ? " " : "", (int)len, p);
        p += len;
        while (*p == ' ') ++p;
    }
    if (n_sub < 4 && sub[n_sub][0]) ++n_sub;
    return n_sub;
}

/* Without its cairo driver PLplot would ask on the terminal for another device: check. */
static int has_device(const char *dev)
{
    const char *menu_buf[128], *names_buf[128];
    const char **menu = menu_buf, **names = names_buf;
    int ndev = 128, found = 0;
    plgDevs(&menu, &names, &ndev);
    for (int i = 0; i < ndev; ++i)
        if (names[i] && !strcmp(names[i], dev)) found = 1;
    return found;
}

/* Shared x range, page size, plinit, the character size (about 1.45% of the width, bounded
 * by the height). */
static void start_page(const rf_figure *fig, const char *dev, const char *path, layout *L)
{
    const size_t np = fig->n_panels;
    L->first = INFINITY;
    L->last = L->data_last = -INFINITY;
    for (size_t k = 0; k < np; ++k) {
        const rf_panel *p = &fig->panels[k];
        const double a = (double)p->start, b = a + (double)p->n - 1.0;
        if (a < L->first) L->first = a;
        if (b > L->data_last) L->data_last = b;
        if (b + (double)p->h > L->last) L->last = b + (double)p->h;
    }
    L->cols = np > 4 ? 2 : 1;
    L->rows = (int)((np + (size_t)L->cols - 1) / (size_t)L->cols);
    double W = fig->width, H = fig->height;
    if (!(W > 0)) W = L->cols == 1 ? 900.0 : 1200.0;
    if (!(H > 0)) H = 150.0 + 260.0 * L->rows + (L->rows == 1 ? 90.0 : 0.0);
    plsdev(dev);
    plsfnam(path);
    plspage(0.0, 0.0, (PLINT)lround(W), (PLINT)lround(H), 0, 0);
    plscolbg(255, 255, 255);
    plsetopt("drvopt", "text_clipping=1");
    plsfont(PL_FCI_SANS, PL_FCI_UPRIGHT, PL_FCI_MEDIUM);
    plinit();
    set_colours();
    pladv(0);
    PLFLT sx0, sx1, sy0, sy1;
    plgspa(&sx0, &sx1, &sy0, &sy1);
    const double page_w = sx1 - sx0, page_h = sy1 - sy0; /* mm */
    const double ref_w = L->cols == 2 ? page_w / 1.35 : page_w; /* two columns: smaller text */
    double ch_mm = 0.0145 * (ref_w < 1.9 * page_h ? ref_w : 1.9 * page_h);
    if (ch_mm * 20.0 > page_h) ch_mm = page_h / 20.0;
    if (ch_mm < 10.0 / W * page_w) ch_mm = 10.0 / W * page_w; /* never below ~10 px */
    plschr(ch_mm, 1.0);
    PLFLT def_ch, cur_ch;
    plgchr(&def_ch, &cur_ch);
    L->ch_y = cur_ch / page_h;
    L->ch_x = cur_ch / page_w;
    L->page_w = page_w;
    L->page_h = page_h;
    L->ch_mm = cur_ch;
}

/* Where the legend goes: in the right margin, or below the panels (in columns) when that
 * margin would take more than a third of a narrow figure. */
typedef struct legend_place {
    int below;
    PLINT n, cols, rows;
    double w, h;
} legend_place;

/* Margins (character heights), the y-axis title's distance, the legend, the cells.
 * Returns 0, or -1 when the panels do not fit. */
static int plan_margins(const rf_figure *fig, size_t n_sub, layout *L, legend_place *lg,
                        double *bottom_chars)
{
    const double top_chars = 1.0 + (fig->text[CTREND_FIGURE_TITLE] ? 1.9 : 0.0) + 1.25 * (double)n_sub + 3.0;
    *bottom_chars = 5.2 + (fig->text[CTREND_FIGURE_CAPTION] ? 1.6 : 0.0);
    double digits = 1.0; /* widest y tick label (counts: the digits of the largest axis value) */
    for (size_t k = 0; k < fig->n_panels; ++k) {
        const double ym = panel_ymax(&fig->panels[k]);
        char tmp[64];
        const double d = (double)snprintf(tmp, sizeof tmp, "%.0f", ym) + (ym < 5.0 ? 2.0 : 0.0);
        if (d > digits) digits = d;
    }
    L->ylab_disp = 0.8 * digits + 1.8;
    L->left = (L->ylab_disp + 1.6) * L->ch_x;
    lg->w = (6.0 + 0.8 * 0.9 * (double)legend_chars(fig)) * L->ch_x;
    lg->n = draw_legend(fig, 0.0, 0, 0, 0);
    lg->below = lg->w > 0.33;
    lg->cols = 1;
    lg->rows = lg->n;
    lg->h = 0.0;
    if (lg->below) {
        lg->cols = (PLINT)floor((1.0 - L->left) / lg->w);
        if (lg->cols < 1) lg->cols = 1;
        if (lg->cols > lg->n) lg->cols = lg->n;
        lg->rows = (lg->n + lg->cols - 1) / lg->cols;
        lg->h = (1.9 * (double)lg->rows + 0.6) * L->ch_y;
    }
    L->right = lg->below ? 1.0 - 2.0 * L->ch_x : 1.0 - lg->w - 1.5 * L->ch_x;
    L->top = 1.0 - top_chars * L->ch_y;
    L->bottom = *bottom_chars * L->ch_y + lg->h;
    const double gap_y = 6.2 * L->ch_y, gap_x = 8.0 * L->ch_x;
    L->cell_h = (L->top - L->bottom - gap_y * (L->rows - 1)) / L->rows;
    L->cell_w = (L->right - L->left - gap_x * (L->cols - 1)) / L->cols;
    return L->cell_h < 3.0 * L->ch_y || L->cell_w < 12.0 * L->ch_x ? -1 : 0;
}

/* Title, subtitle lines, caption. */
static void draw_texts(const rf_figure *fig, const layout *L, char sub[4][256], size_t n_sub)
{
    plvpor(0.0, 1.0, 0.0, 1.0);
    plwind(0.0, 1.0, 0.0, 1.0);
    char buf[512];
    double ty = 1.0 - 1.0 * L->ch_y;
    plcol0(C_FG);
    if (fig->text[CTREND_FIGURE_TITLE]) {
        escape_text(fig->text[CTREND_FIGURE_TITLE], buf, sizeof buf);
        plschr(0.0, 1.3);
        ty -= 1.0 * L->ch_y;
        plptex(L->left, ty, 1.0, 0.0, 0.0, buf);
        ty -= 0.9 * L->ch_y;
        plschr(0.0, 1.0);
    }
    plcol0(C_TEXT2);
    plschr(0.0, 0.95);
    for (size_t k = 0; k < n_sub; ++k) {
        ty -= 1.25 * L->ch_y;
        plptex(L->left, ty + 0.2 * L->ch_y, 1.0, 0.0, 0.0, sub[k]);
    }
    if (fig->text[CTREND_FIGURE_CAPTION]) {
        escape_text(fig->text[CTREND_FIGURE_CAPTION], buf, sizeof buf);
        plschr(0.0, 0.8);
        plptex(L->left, 0.8 * L->ch_y, 1.0, 0.0, 0.0, buf);
    }
    plschr(0.0, 1.0);
    plcol0(C_FG);
}

/* The panels in their cells, then the legend (under the x-axis titles, above the caption;
 * or in the right margin, aligned with the top of the first row). */
static void draw_body(const rf_figure *fig, const layout *L, const legend_place *lg, double bottom_chars)
{
    const size_t np = fig->n_panels, cols = (size_t)L->cols;
    const double gap_y = 6.2 * L->ch_y, gap_x = 8.0 * L->ch_x;
    const double cell_chars = L->cell_w / (0.58 * L->ch_x);
    for (size_t k = 0; k < np; ++k) {
        const int r = (int)(k / cols), c = (int)(k % cols);
        const double vx0 = L->left + c * (L->cell_w + gap_x);
        const double vy1 = L->top - r * (L->cell_h + gap_y);
        const int last_in_col = (size_t)(r + 1) * cols + (size_t)c >= np;
        draw_panel(fig, &fig->panels[k], L, vx0, vx0 + L->cell_w, vy1 - L->cell_h, vy1, cell_chars,
                   last_in_col);
    }
    plschr(0.0, 1.0);
    if (lg->below) {
        const double ly1 = L->bottom - (bottom_chars - (fig->text[CTREND_FIGURE_CAPTION] ? 1.6 : 0.0) + 0.3) * L->ch_y;
        const double lx0 = L->left - 0.5 * L->ch_x;
        plvpor(lx0, 1.0 - 0.3 * L->ch_x, ly1 - lg->h, ly1);
        plwind(0.0, 1.0, 0.0, 1.0);
        draw_legend(fig, 3.0 * L->ch_x / (1.0 - 0.3 * L->ch_x - lx0), lg->rows, lg->cols, 1);
    } else {
        const double lx0 = L->right + 1.5 * L->ch_x;
        plvpor(lx0, 1.0 - 0.3 * L->ch_x, L->bottom, L->top);
        plwind(0.0, 1.0, 0.0, 1.0);
        draw_legend(fig, 3.0 * L->ch_x / (1.0 - 0.3 * L->ch_x - lx0), lg->n, 1, 1);
    }
}

static int render_file(const rf_figure *fig, const char *path, char *err, size_t errcap)
{
    static const char *const devices[] = {"svgcairo", "pngcairo", "pdfcairo"};
    if (!has_device(devices[fig->device])) {
        snprintf(err, errcap, "PLplot has no '%s' device: install its cairo driver "
                 "(Debian: plplot-driver-cairo)", devices[fig->device]);
        return CTREND_EIO;
    }
    layout L;
    start_page(fig, devices[fig->device], path, &L);
    char sub[4][256];
    const double line_chars = (1.0 - 8.0 * L.ch_x) / (0.68 * 0.95 * L.ch_x);
    const size_t n_sub = wrap_subtitle(fig->text[CTREND_FIGURE_SUBTITLE], line_chars, sub);
    legend_place lg;
    double bottom_chars;
    if (plan_margins(fig, n_sub, &L, &lg, &bottom_chars)) {
        plend();
        snprintf(err, errcap, "figure too small for %zu panel%s: increase --width/--height",
                 fig->n_panels, fig->n_panels == 1 ? "" : "s");
        return CTREND_EINVAL;
    }
    draw_texts(fig, &L, sub, n_sub);
    draw_body(fig, &L, &lg, bottom_chars);
    plend();
    return CTREND_OK;
}

/* Copy the rendered file to its destination with every write checked: PLplot (and cairo
 * inside it) ignore write errors, so a figure written straight to a full disk or to
 * /dev/full came out truncated with exit 0. */
static int copy_out(const char *from, const char *to, char *err, size_t errcap)
{
    FILE *in = fopen(from, "rb");
    if (!in) {
        snprintf(err, errcap, "cannot read the rendered figure '%.300s': %s", from, strerror(errno));
        return CTREND_EIO;
    }
    FILE *out = fopen(to, "wb");
    if (!out) {
        snprintf(err, errcap, "cannot write '%.300s': %s", to, strerror(errno));
        fclose(in);
        return CTREND_EIO;
    }
    char buf[65536];
    size_t k, total = 0;
    int e = 0;
    while (!e && (k = fread(buf, 1, sizeof buf, in)) > 0) {
        if (fwrite(buf, 1, k, out) != k) e = errno ? errno : EIO;
        total += k;
    }
    if (!e && ferror(in)) e = errno ? errno : EIO;
    fclose(in);
    if (fflush(out) && !e) e = errno ? errno : EIO;
    if (fclose(out) && !e) e = errno ? errno : EIO;
    if (!e && total == 0) {
        snprintf(err, errcap, "PLplot wrote an empty figure for '%.300s'", to);
        return CTREND_EIO;
    }
    if (e) {
        snprintf(err, errcap, "cannot write '%.300s': %s", to, strerror(e));
        return CTREND_EIO;
    }
    return CTREND_OK;
}

int ctrend_figure_render_tmp(const ctrend_figure *fig, const char *path, const char *tmp_path,
                             int device, ctrend_error *err)
{
    if (!fig || !path || !tmp_path || device < CTREND_FIGURE_SVG || device > CTREND_FIGURE_PDF ||
        ctrend_figure_n_panels(fig) == 0) {
        if (tmp_path) remove(tmp_path);
        return ctrend_error_set(err, CTREND_EINVAL, path, 0, 0, NULL,
                                "nothing to plot (no figure, no panels, or a bad device)");
    }
    char msg[512] = "";
    /* PLplot exits the process when it cannot open its output: check first (without
     * truncating; a file this creates is removed again if no figure comes of it). */
    const int existed = access(path, F_OK) == 0;
    FILE *probe = fopen(path, "ab");
    if (!probe) {
        snprintf(msg, sizeof msg, "cannot write '%.300s': %s", path, strerror(errno));
        remove(tmp_path);
        return ctrend_error_set(err, CTREND_EIO, path, 0, 0, NULL, msg);
    }
    fclose(probe);
    rf_figure f;
    int rc = load_figure(fig, device, &f);
    if (!rc) rc = reserve_scratch(&f);
    if (rc) snprintf(msg, sizeof msg, "%s", ctrend_strerror(rc));
    if (!rc) rc = render_file(&f, tmp_path, msg, sizeof msg);
    free_scratch();
    if (!rc) rc = copy_out(tmp_path, path, msg, sizeof msg);
    rf_free(&f);
    remove(tmp_path);
    if (rc && !existed) remove(path);
    if (rc) return ctrend_error_set(err, rc, path, 0, 0, NULL, msg);
    ctrend_error_clear(err);
    return CTREND_OK;
}

int ctrend_figure_render(const ctrend_figure *fig, const char *path, int device, ctrend_error *err)
{
    if (!fig || !path || device < CTREND_FIGURE_SVG || device > CTREND_FIGURE_PDF ||
        ctrend_figure_n_panels(fig) == 0)
        return ctrend_error_set(err, CTREND_EINVAL, path, 0, 0, NULL,
                                "nothing to plot (no figure, no panels, or a bad device)");
    const char *dir = getenv("TMPDIR");
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s/ctrend-plot-XXXXXX", dir && *dir ? dir : "/tmp");
    const int fd = mkstemp(tmp);
    if (fd < 0) {
        char msg[512];
        snprintf(msg, sizeof msg, "cannot create a temporary file in %.300s: %s", dir && *dir ? dir : "/tmp",
                 strerror(errno));
        return ctrend_error_set(err, CTREND_EIO, path, 0, 0, NULL, msg);
    }
    close(fd);
    return ctrend_figure_render_tmp(fig, path, tmp, device, err);
}
