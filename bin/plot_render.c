/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plot_render.c — draw a plot_figure with PLplot (http://plplot.org, LGPL), cairo devices
 * svgcairo / pngcairo / pdfcairo.
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
 * bands (95% then 80%), bars/points, rolling mean, fitted mean, forecast mean, month
 * marks, then the frame and axes on top.
 *
 * Compiled only with CTREND_HAVE_PLOT (cmake/plot.cmake); otherwise a placeholder that reports "built without PLplot".
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "plot.h"
#include "cli.h"

int plot_device_from_path(const char *path)
{
    const char *dot = path ? strrchr(path, '.') : NULL;
    if (!dot) return -1;
    char ext[8];
    size_t i = 0;
    for (const char *p = dot + 1; *p && i + 1 < sizeof ext; ++p) ext[i++] = (char)tolower((unsigned char)*p);
    ext[i] = '\0';
    if (!strcmp(ext, "svg")) return PLOT_DEV_SVG;
    if (!strcmp(ext, "png")) return PLOT_DEV_PNG;
    if (!strcmp(ext, "pdf")) return PLOT_DEV_PDF;
    return -1;
}

#ifndef CTREND_HAVE_PLOT

int plot_available(void) { return 0; }

int plot_render(const plot_figure *fig, char *err, size_t errcap)
{
    (void)fig;
    snprintf(err, errcap, "this ctrend was built without PLplot");
    return -1;
}

#else

#include <plplot.h>
#include <unistd.h>

int plot_available(void) { return 1; }

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
            PLFLT *rx = malloc((j - i) * sizeof *rx), *ry = malloc((j - i) * sizeof *ry);
            if (rx && ry) {
                for (size_t k = i; k < j; ++k) {
                    rx[k - i] = x0 + (double)k;
                    ry[k - i] = v[k];
                }
                plline((PLINT)(j - i), rx, ry);
            }
            free(rx);
            free(ry);
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
    PLFLT *x = malloc(2 * h * sizeof *x), *y = malloc(2 * h * sizeof *y);
    if (!x || !y) {
        free(x);
        free(y);
        return;
    }
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
    free(x);
    free(y);
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
static double panel_ymax(const plot_panel *p)
{
    double ymax = 0.0;
    upd_max(&ymax, p->y, p->n);
    upd_max(&ymax, p->roll, p->n);
    upd_max(&ymax, p->fit, p->n);
    upd_max(&ymax, p->fc_mean, p->h);
    upd_max(&ymax, p->hi80, p->h);
    upd_max(&ymax, p->hi95, p->h);
    return nice_max(ymax * 1.08);
}

static void draw_panel(const plot_figure *fig, const plot_panel *p, const layout *L,
                       double vx0, double vx1, double vy0, double vy1, double chars,
                       int bottom_row)
{
    const double x0 = (double)p->start;
    const double ymax = panel_ymax(p);
    /* just below 0 (so zero months show); lower when something drawn is negative (a
     * linear model's band, --no-count-check data) */
    double lowest = 0.0;
    upd_min(&lowest, p->y, p->n);
    upd_min(&lowest, p->roll, p->n);
    upd_min(&lowest, p->fit, p->n);
    upd_min(&lowest, p->fc_mean, p->h);
    upd_min(&lowest, p->lo80, p->h);
    upd_min(&lowest, p->lo95, p->h);
    const double ymin = lowest < 0.0 ? -nice_max(-lowest * 1.08) : -0.03 * ymax;
    /* small multiples share the x axis */
    const double xmin = L->first - 0.7, xmax = L->last + 0.7;

    plvpor(vx0, vx1, vy0, vy1);
    plwind(xmin, xmax, ymin, ymax);

    int step, nsub, yearly;
    choose_ticks(xmax - xmin, chars, &step, &nsub, &yearly);
    plslabelfunc(month_label, &yearly);

    /* grid */
    plcol0(C_GRID);
    plwidth(1.0);
    plbox("", 0.0, 0, "g", 0.0, 0);
    plbox("g", (double)step, nsub, "", 0.0, 0);

    /* months not reported, including those of the shared axis outside this series' window
     * (other series report them) */
    plcol0(C_MISSING);
    for (size_t i = 0; i < p->n; ++i)
        if (!isfinite(p->y[i])) rect(x0 + (double)i - 0.5, x0 + (double)i + 0.5, ymin, ymax);
    if (x0 > L->first) rect(L->first - 0.5, x0 - 0.5, ymin, ymax);
    const double own_end = x0 + (double)p->n - 1.0 + (double)p->h;
    if (own_end < L->data_last) rect(own_end + 0.5, L->data_last + 0.5, ymin, ymax);
    /* highlighted spans */
    for (size_t k = 0; k < p->n_spans; ++k) {
        plcol0(p->spans[k].kind == PLOT_SPAN_BASE ? C_SPAN2 : C_SPAN);
        rect((double)p->spans[k].from - 0.5, (double)p->spans[k].to + 0.5, ymin, ymax);
    }

    /* forecast bands */
    const double xf = x0 + (double)p->n;
    if (p->h && p->lo95 && p->hi95) {
        plcol0(C_PI95);
        band(xf, p->lo95, p->hi95, p->h);
    }
    if (p->h && p->lo80 && p->hi80) {
        plcol0(C_PI80);
        band(xf, p->lo80, p->hi80, p->h);
    }

    /* counts: bars as one "skyline" polygon per run of reported months (one path in SVG/PDF
     * rather than one per month), outlines when there is room, and zero months as a line on
     * the baseline (one per run of zeros) */
    if (fig->style == PLOT_STYLE_BARS) {
        const int outline = (xmax - xmin) <= 80.0;
        PLFLT *bx = malloc(4 * p->n * sizeof *bx), *by = malloc(4 * p->n * sizeof *by);
        size_t i = 0;
        while (bx && by && i < p->n) {
            while (i < p->n && !isfinite(p->y[i])) ++i;
            size_t m = 0;
            for (; i < p->n && isfinite(p->y[i]); ++i) {
                const double xc = x0 + (double)i, v = p->y[i] > 0 ? p->y[i] : 0.0;
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
        free(bx);
        free(by);
        plcol0(C_BAR_EDGE);
        for (i = 0; i < p->n; ++i) {
            const double v = p->y[i];
            if (!isfinite(v)) continue;
            const double xc = x0 + (double)i;
            if (v > 0 && outline) {
                plwidth(1.0);
                PLFLT ox[4] = {xc - 0.4, xc - 0.4, xc + 0.4, xc + 0.4}, oy[4] = {0.0, v, v, 0.0};
                plline(4, ox, oy);
            } else if (v <= 0) {
                size_t j = i;
                while (j + 1 < p->n && isfinite(p->y[j + 1]) && p->y[j + 1] <= 0) ++j;
                plwidth(2.0);
                PLFLT zx[2] = {xc - 0.4, x0 + (double)j + 0.4}, zy[2] = {0.0, 0.0};
                plline(2, zx, zy);
                i = j;
            }
        }
    }
    if (fig->style == PLOT_STYLE_POINTS) {
        plcol0(C_BAR_EDGE);
        const double wx = (xmax - xmin) / ((vx1 - vx0) * L->page_w);
        const double wy = (ymax - ymin) / ((vy1 - vy0) * L->page_h);
        const double r = (p->n > 120 ? 0.12 : 0.28) * L->ch_mm;
        for (size_t i = 0; i < p->n; ++i)
            if (isfinite(p->y[i])) dot(x0 + (double)i, p->y[i], r, wx, wy);
    }

    /* the counts of highlighted months written above their bars (claims: the numbers
     * compared), when the months are wide enough for a label */
    if (fig->label_spans && (xmax - xmin) <= 40.0) {
        plcol0(C_FG);
        plschr(0.0, 0.85);
        /* world units per character of this size, horizontally */
        const double wx_ch = 0.85 * 0.62 * L->ch_x * (xmax - xmin) / (vx1 - vx0);
        for (size_t k = 0; k < p->n_spans; ++k)
            for (int32_t m = p->spans[k].from; m <= p->spans[k].to; ++m) {
                if (m < p->start || (size_t)(m - p->start) >= p->n) continue;
                const double v = p->y[m - p->start];
                if (!isfinite(v)) {
                    /* compared months without data: say so once per run, across the run
                     * when it is wide enough, else upwards from the baseline */
                    int32_t e = m;
                    while (e < p->spans[k].to && (size_t)(e + 1 - p->start) < p->n &&
                           !isfinite(p->y[e + 1 - p->start]))
                        ++e;
                    const double mid = 0.5 * ((double)m + (double)e);
                    plcol0(C_TEXT2);
                    if ((double)(e - m + 1) >= 14.0 * wx_ch)
                        plptex(mid, 0.5 * ymax, 1.0, 0.0, 0.5, "not reported");
                    else
                        plptex(mid, 0.04 * (ymax - ymin), 0.0, 1.0, 0.0, "not reported");
                    m = e;
                    continue;
                }
                char txt[32];
                snprintf(txt, sizeof txt, fabs(v - floor(v + 0.5)) < 1e-9 ? "%.0f" : "%.3g", v);
                /* plptex centres the text vertically on y: half a (0.85) character above the
                 * bar plus a gap; inside the bar's top, in white, when there is no room */
                const double wy_ch = L->ch_y / (vy1 - vy0) * (ymax - ymin);
                const double top = v > 0 ? v : 0.0;
                const int inside = top + 1.5 * wy_ch > ymax && top - 1.5 * wy_ch > 0.0;
                plcol0(inside ? C_BG : C_FG);
                plptex((double)m, inside ? top - 0.9 * wy_ch : top + 1.0 * wy_ch, 1.0, 0.0, 0.5, txt);
            }
        plschr(0.0, 1.0);
    }

    /* rolling mean, fitted mean */
    if (p->roll) {
        plcol0(C_ROLL);
        plwidth(2.0);
        broken_line(x0, p->roll, p->n);
    }
    if (p->fit) {
        plcol0(C_FIT);
        plwidth(2.0);
        broken_line(x0, p->fit, p->n);
    }
    /* forecast mean, joined to the last fitted month */
    if (p->h && p->fc_mean) {
        plcol0(C_FC);
        plwidth(2.0);
        dashed();
        if (p->fit && p->n && isfinite(p->fit[p->n - 1]) && isfinite(p->fc_mean[0])) {
            PLFLT lx[2] = {xf - 1.0, xf}, ly[2] = {p->fit[p->n - 1], p->fc_mean[0]};
            plline(2, lx, ly);
        }
        broken_line(xf, p->fc_mean, p->h);
        solid();
        /* start of the forecast */
        plcol0(C_TEXT2);
        plwidth(1.0);
        pllsty(3);
        PLFLT vx[2] = {xf - 0.5, xf - 0.5}, vy[2] = {ymin, ymax};
        plline(2, vx, vy);
        pllsty(1);
        plschr(0.0, 0.8);
        const double wpc = 0.8 * 0.62 * L->ch_x * (xmax - xmin) / (vx1 - vx0); /* world/char */
        const int flip_fc = xf - 0.5 + 0.012 * (xmax - xmin) + 9.0 * wpc > xmax;
        plptex(xf - 0.5 + (flip_fc ? -1 : 1) * 0.012 * (xmax - xmin),
               ymax - 0.05 * (ymax - ymin), 1.0, 0.0, flip_fc ? 1.0 : 0.0, "forecast");
        plschr(0.0, 1.0);
    }

    /* marks (steps, breaks) */
    for (size_t k = 0; k < p->n_marks; ++k) {
        const double xm = (double)p->marks[k].month - 0.5;
        if (xm < xmin || xm > xmax) continue;
        plcol0(C_MARK);
        plwidth(1.5);
        pllsty(2);
        PLFLT vx[2] = {xm, xm}, vy[2] = {ymin, ymax};
        plline(2, vx, vy);
        pllsty(1);
        char txt[160];
        escape_text(p->marks[k].label, txt, sizeof txt);
        plschr(0.0, 0.8);
        /* label inside the panel, to the right of the line unless near the right edge */
        const double wpc = 0.8 * 0.62 * L->ch_x * (xmax - xmin) / (vx1 - vx0);
        const int flip = xm + 0.012 * (xmax - xmin) + (double)(strlen(txt) + 1) * wpc > xmax;
        plptex(xm + (flip ? -1 : 1) * 0.012 * (xmax - xmin),
               ymax - (0.05 + 0.07 * (double)(k + (p->h ? 1 : 0))) * (ymax - ymin), 1.0, 0.0,
               flip ? 1.0 : 0.0, txt);
        plschr(0.0, 1.0);
    }

    /* frame and axes on top */
    plcol0(C_FG);
    plwidth(1.0);
    /* whole-number y ticks for small counts */
    const double ytick = ymax >= 1.0 && ymax <= 6.0 ? 1.0 : ymax > 6.0 && ymax <= 12.0 ? 2.0 : 0.0;
    plbox("bcnsto", (double)step, nsub, "bcntvo", ytick, 0);
    if (!yearly) year_labels(xmin, xmax, step);

    char buf[320];
    escape_text(p->title, buf, sizeof buf);
    plschr(0.0, 1.05);
    plmtex("t", 1.1, 0.0, 0.0, buf);
    plschr(0.0, 1.0);
    plcol0(C_TEXT2);
    escape_text(p->ylabel, buf, sizeof buf);
    /* shrink a long y-axis title to the panel's height */
    const double ylab_len = 0.6 * (double)strlen(buf) * L->ch_y;
    const double ylab_scale = ylab_len > 0.95 * (vy1 - vy0) ? 0.95 * (vy1 - vy0) / ylab_len : 1.0;
    plschr(0.0, ylab_scale);
    plmtex("l", L->ylab_disp / ylab_scale, 0.5, 0.5, buf);
    plschr(0.0, 1.0);
    if (bottom_row) plmtex("b", yearly ? 3.0 : 4.4, 0.5, 0.5, "month");
    plcol0(C_FG);
}

/* Shared legend: entries for what the figure actually shows, in nrow x ncol (row-major).
 * Returns the number of entries; draw = 0 only counts them. */
static PLINT draw_legend(const plot_figure *fig, double symbol_width, PLINT nrow, PLINT ncol,
                         int draw)
{
    int any_missing = 0, any_roll = 0, any_fit = 0, any_fc = 0, any_mark = 0, any_span = 0;
    int any_span2 = 0;
    int any_80 = 0, any_95 = 0, mark_kinds = 0;
    for (size_t k = 0; k < fig->n_panels; ++k) {
        const plot_panel *p = &fig->panels[k];
        for (size_t i = 0; i < p->n; ++i)
            if (!isfinite(p->y[i])) any_missing = 1;
        /* a panel shorter than the shared axis shows its other months as not reported */
        if (p->start != fig->panels[0].start || p->n != fig->panels[0].n ||
            p->h != fig->panels[0].h)
            any_missing = 1;
        any_roll |= p->roll != NULL;
        any_fit |= p->fit != NULL;
        any_fc |= p->h && p->fc_mean;
        any_80 |= p->h && p->lo80 != NULL;
        any_95 |= p->h && p->lo95 != NULL;
        any_mark |= p->n_marks > 0;
        for (size_t j = 0; j < p->n_marks; ++j) {
            const char *lab = p->marks[j].label;
            if (!strncmp(lab, "step", 4)) mark_kinds |= 1;
            else if (!strncmp(lab, "break", 5)) mark_kinds |= 2;
            else mark_kinds |= 4;
        }
        for (size_t j = 0; j < p->n_spans; ++j) {
            if (p->spans[j].kind == PLOT_SPAN_BASE) any_span2 = 1;
            else any_span = 1;
        }
    }
    PLINT opt[10], tcol[10], bcol[10], bpat[10], lcol[10], lsty[10], scol[10], snum[10];
    PLFLT bscale[10], bwidth[10], lwidth[10], sscale[10];
    const char *text[10], *sym[10];
    PLINT n = 0;
#define ENTRY(o, t, colour)                                                                   \
    do {                                                                                      \
        opt[n] = (o);                                                                         \
        text[n] = (t);                                                                        \
        tcol[n] = C_FG;                                                                       \
        bcol[n] = lcol[n] = scol[n] = (colour);                                               \
        bpat[n] = 0;                                                                          \
        bscale[n] = 0.9;                                                                      \
        bwidth[n] = 1.0;                                                                      \
        lsty[n] = 1;                                                                          \
        lwidth[n] = 2.0;                                                                      \
        sscale[n] = 1.0;                                                                      \
        snum[n] = 1;                                                                          \
        sym[n] = "\xe2\x97\x8f";                                                                    \
        ++n;                                                                                  \
    } while (0)
    if (fig->style == PLOT_STYLE_POINTS)
        ENTRY(PL_LEGEND_SYMBOL, "count", C_BAR_EDGE);
    else
        ENTRY(PL_LEGEND_COLOR_BOX, "count", C_BAR);
    if (any_missing) ENTRY(PL_LEGEND_COLOR_BOX, "not reported", C_MISSING);
    if (any_roll) ENTRY(PL_LEGEND_LINE, fig->roll_label, C_ROLL);
    if (any_fit) ENTRY(PL_LEGEND_LINE, fig->fit_label, C_FIT);
    if (any_fc) {
        ENTRY(PL_LEGEND_LINE, "forecast mean", C_FC);
        lsty[n - 1] = 2;
    }
    if (any_80) ENTRY(PL_LEGEND_COLOR_BOX, "80% prediction", C_PI80);
    if (any_95) ENTRY(PL_LEGEND_COLOR_BOX, "95% prediction", C_PI95);
    if (any_mark) {
        /* name what is marked: the labels start with "step", "break" or "slope change" */
        ENTRY(PL_LEGEND_LINE,
              mark_kinds == 1 ? "step" : mark_kinds == 2 ? "break" : mark_kinds == 4 ? "slope change"
                                                                                    : "step / break",
              C_MARK);
        lsty[n - 1] = 2;
        lwidth[n - 1] = 1.5;
    }
    char span_text[160];
    escape_text(fig->span_label, span_text, sizeof span_text);
    if (any_span) ENTRY(PL_LEGEND_COLOR_BOX, span_text, C_SPAN);
    char span2_text[160];
    escape_text(fig->span2_label, span2_text, sizeof span2_text);
    if (any_span2) ENTRY(PL_LEGEND_COLOR_BOX, span2_text, C_SPAN2);
#undef ENTRY
    if (!draw) return n;
    PLFLT w = 0, h = 0;
    pllegend(&w, &h, PL_LEGEND_BACKGROUND | PL_LEGEND_ROW_MAJOR,
             PL_POSITION_LEFT | PL_POSITION_TOP | PL_POSITION_INSIDE, 0.0, 0.0, symbol_width,
             C_BG, C_FG, 1, nrow, ncol, n, opt, 0.6, 0.9, 1.9, 0.0, tcol, text,
             bcol, bpat, bscale, bwidth, lcol, lsty, lwidth, scol, sscale, snum, sym);
    return n;
}

/* Longest legend text, in characters (to reserve room at the right). */
static size_t legend_chars(const plot_figure *fig)
{
    size_t m = 14; /* "95% prediction" */
    if (strlen(fig->roll_label) > m) m = strlen(fig->roll_label);
    if (strlen(fig->fit_label) > m) m = strlen(fig->fit_label);
    if (strlen(fig->span_label) > m) m = strlen(fig->span_label);
    if (strlen(fig->span2_label) > m) m = strlen(fig->span2_label);
    return m;
}

static int render_file(const plot_figure *fig, const char *path, char *err, size_t errcap)
{
    static const char *const devices[] = {"svgcairo", "pngcairo", "pdfcairo"};
    if (!fig || !fig->n_panels || fig->device < 0 || fig->device > PLOT_DEV_PDF) {
        snprintf(err, errcap, "nothing to plot");
        return -1;
    }
    /* Without its cairo driver PLplot would ask on the terminal for another device: check. */
    {
        const char *menu_buf[128], *names_buf[128];
        const char **menu = menu_buf, **names = names_buf;
        int ndev = 128, found = 0;
        plgDevs(&menu, &names, &ndev);
        for (int i = 0; i < ndev; ++i)
            if (names[i] && !strcmp(names[i], devices[fig->device])) found = 1;
        if (!found) {
            snprintf(err, errcap, "PLplot has no '%s' device: install its cairo driver "
                     "(Debian: plplot-driver-cairo)", devices[fig->device]);
            return -1;
        }
    }

    const size_t np = fig->n_panels;
    layout L;
    L.first = INFINITY;
    L.last = L.data_last = -INFINITY;
    for (size_t k = 0; k < np; ++k) {
        const plot_panel *p = &fig->panels[k];
        const double a = (double)p->start, b = a + (double)p->n - 1.0;
        if (a < L.first) L.first = a;
        if (b > L.data_last) L.data_last = b;
        if (b + (double)p->h > L.last) L.last = b + (double)p->h;
    }
    const int cols = np > 4 ? 2 : 1;
    const int rows = (int)((np + (size_t)cols - 1) / (size_t)cols);
    double W = fig->width, H = fig->height;
    if (!(W > 0)) W = cols == 1 ? 900.0 : 1200.0;
    if (!(H > 0)) H = 150.0 + 260.0 * rows + (rows == 1 ? 90.0 : 0.0);

    plsdev(devices[fig->device]);
    plsfnam(path);
    plspage(0.0, 0.0, (PLINT)lround(W), (PLINT)lround(H), 0, 0);
    plscolbg(255, 255, 255);
    plsetopt("drvopt", "text_clipping=1");
    plsfont(PL_FCI_SANS, PL_FCI_UPRIGHT, PL_FCI_MEDIUM);
    plinit();
    set_colours();
    pladv(0);

    /* character size relative to the page: about 1.45% of the width, bounded by the height */
    PLFLT sx0, sx1, sy0, sy1;
    plgspa(&sx0, &sx1, &sy0, &sy1);
    const double page_w = sx1 - sx0, page_h = sy1 - sy0; /* mm */
    const double ref_w = cols == 2 ? page_w / 1.35 : page_w; /* two columns: smaller text */
    double ch_mm = 0.0145 * (ref_w < 1.9 * page_h ? ref_w : 1.9 * page_h);
    if (ch_mm * 20.0 > page_h) ch_mm = page_h / 20.0;
    if (ch_mm < 10.0 / W * page_w) ch_mm = 10.0 / W * page_w; /* never below ~10 px */
    plschr(ch_mm, 1.0);
    PLFLT def_ch, cur_ch;
    plgchr(&def_ch, &cur_ch);
    L.ch_y = cur_ch / page_h;
    L.ch_x = cur_ch / page_w;
    L.page_w = page_w;
    L.page_h = page_h;
    L.ch_mm = cur_ch;

    /* subtitle lines: wrap at "; " when a line would not fit the width */
    char sub[4][256];
    size_t n_sub = 0;
    const double line_chars = (1.0 - 8.0 * L.ch_x) / (0.68 * 0.95 * L.ch_x);
    if (fig->subtitle) {
        /* greedy word wrap; a break after "; " is preferred when the line is half full */
        char work[1024];
        escape_text(fig->subtitle, work, sizeof work);
        const char *p = work;
        sub[0][0] = '\0';
        while (*p && n_sub < 4) {
            const char *sp = strchr(p, ' ');
            const size_t len = sp ? (size_t)(sp - p) : strlen(p);
            size_t cur = strlen(sub[n_sub]);
            /* at the end of a "; " clause: break there if the next clause will not fit */
            const char *semi = strchr(p, ';');
            const size_t clause = semi ? (size_t)(semi - p) + 1 : strlen(p);
            const int after_semi = cur > 0 && sub[n_sub][cur - 1] == ';' &&
                                   (double)cur > 0.4 * line_chars &&
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
    }

    /* margins in character heights */
    const double top_chars = 1.0 + (fig->title ? 1.9 : 0.0) + 1.25 * (double)n_sub + 3.0;
    const double bottom_chars = 5.2 + (fig->caption ? 1.6 : 0.0);
    /* widest y tick label (counts: the digits of the largest axis value) */
    double digits = 1.0;
    for (size_t k = 0; k < np; ++k) {
        const double ym = panel_ymax(&fig->panels[k]);
        char tmp[64];
        const double d = (double)snprintf(tmp, sizeof tmp, "%.0f", ym) + (ym < 5.0 ? 2.0 : 0.0);
        if (d > digits) digits = d;
    }
    L.ylab_disp = 0.8 * digits + 1.8;
    L.left = (L.ylab_disp + 1.6) * L.ch_x;
    /* legend: in the right margin, or below the panels (in columns) when that margin would
     * take more than a third of a narrow figure */
    const double legend_w = (6.0 + 0.8 * 0.9 * (double)legend_chars(fig)) * L.ch_x;
    const PLINT n_entries = draw_legend(fig, 0.0, 0, 0, 0);
    const int legend_below = legend_w > 0.33;
    PLINT leg_cols = 1, leg_rows = n_entries;
    double legend_h = 0.0;
    if (legend_below) {
        leg_cols = (PLINT)floor((1.0 - L.left) / legend_w);
        if (leg_cols < 1) leg_cols = 1;
        if (leg_cols > n_entries) leg_cols = n_entries;
        leg_rows = (n_entries + leg_cols - 1) / leg_cols;
        legend_h = (1.9 * (double)leg_rows + 0.6) * L.ch_y;
    }
    L.right = legend_below ? 1.0 - 2.0 * L.ch_x : 1.0 - legend_w - 1.5 * L.ch_x;
    L.top = 1.0 - top_chars * L.ch_y;
    L.bottom = bottom_chars * L.ch_y + legend_h;
    L.cols = cols;
    L.rows = rows;
    const double gap_y = 6.2 * L.ch_y, gap_x = 8.0 * L.ch_x;
    L.cell_h = (L.top - L.bottom - gap_y * (rows - 1)) / rows;
    L.cell_w = (L.right - L.left - gap_x * (cols - 1)) / cols;
    if (L.cell_h < 3.0 * L.ch_y || L.cell_w < 12.0 * L.ch_x) {
        plend();
        snprintf(err, errcap, "figure too small for %zu panel%s: increase --width/--height", np,
                 np == 1 ? "" : "s");
        return -1;
    }
    const double cell_chars = L.cell_w / (0.58 * L.ch_x);

    /* title, subtitle, caption */
    plvpor(0.0, 1.0, 0.0, 1.0);
    plwind(0.0, 1.0, 0.0, 1.0);
    char buf[512];
    double ty = 1.0 - 1.0 * L.ch_y;
    plcol0(C_FG);
    if (fig->title) {
        escape_text(fig->title, buf, sizeof buf);
        plschr(0.0, 1.3);
        ty -= 1.0 * L.ch_y;
        plptex(L.left, ty, 1.0, 0.0, 0.0, buf);
        ty -= 0.9 * L.ch_y;
        plschr(0.0, 1.0);
    }
    plcol0(C_TEXT2);
    plschr(0.0, 0.95);
    for (size_t k = 0; k < n_sub; ++k) {
        ty -= 1.25 * L.ch_y;
        plptex(L.left, ty + 0.2 * L.ch_y, 1.0, 0.0, 0.0, sub[k]);
    }
    if (fig->caption) {
        escape_text(fig->caption, buf, sizeof buf);
        plschr(0.0, 0.8);
        plptex(L.left, 0.8 * L.ch_y, 1.0, 0.0, 0.0, buf);
    }
    plschr(0.0, 1.0);
    plcol0(C_FG);

    for (size_t k = 0; k < np; ++k) {
        const int r = (int)(k / (size_t)cols), c = (int)(k % (size_t)cols);
        const double vx0 = L.left + c * (L.cell_w + gap_x);
        const double vy1 = L.top - r * (L.cell_h + gap_y);
        const int last_in_col = (size_t)(r + 1) * (size_t)cols + (size_t)c >= np;
        draw_panel(fig, &fig->panels[k], &L, vx0, vx0 + L.cell_w, vy1 - L.cell_h, vy1, cell_chars,
                   last_in_col);
    }
    plschr(0.0, 1.0);
    if (legend_below) {
        /* under the x-axis titles, above the caption */
        const double ly1 = L.bottom - (bottom_chars - (fig->caption ? 1.6 : 0.0) + 0.3) * L.ch_y;
        const double lx0 = L.left - 0.5 * L.ch_x;
        plvpor(lx0, 1.0 - 0.3 * L.ch_x, ly1 - legend_h, ly1);
        plwind(0.0, 1.0, 0.0, 1.0);
        draw_legend(fig, 3.0 * L.ch_x / (1.0 - 0.3 * L.ch_x - lx0), leg_rows, leg_cols, 1);
    } else {
        /* in the right margin, aligned with the top of the first row */
        const double lx0 = L.right + 1.5 * L.ch_x;
        plvpor(lx0, 1.0 - 0.3 * L.ch_x, L.bottom, L.top);
        plwind(0.0, 1.0, 0.0, 1.0);
        draw_legend(fig, 3.0 * L.ch_x / (1.0 - 0.3 * L.ch_x - lx0), n_entries, 1, 1);
    }
    plend();
    return 0;
}

/* Copy the rendered file to its destination with every write checked: PLplot (and cairo
 * inside it) ignore write errors, so a figure written straight to a full disk or to
 * /dev/full came out truncated with exit 0. */
static int copy_out(const char *from, const char *to, char *err, size_t errcap)
{
    FILE *in = fopen(from, "rb");
    if (!in) {
        snprintf(err, errcap, "cannot read the rendered figure '%s': %s", from, strerror(errno));
        return -1;
    }
    FILE *out = fopen(to, "wb");
    if (!out) {
        snprintf(err, errcap, "cannot write '%s': %s", to, strerror(errno));
        fclose(in);
        return -1;
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
        snprintf(err, errcap, "PLplot wrote an empty figure for '%s'", to);
        return -1;
    }
    if (e) {
        snprintf(err, errcap, "cannot write '%s': %s", to, strerror(e));
        return -1;
    }
    return 0;
}

int plot_render(const plot_figure *fig, char *err, size_t errcap)
{
    /* PLplot exits the process when it cannot open its output: check first (without
     * truncating; a file this creates is removed again if no figure comes of it). */
    const int existed = access(fig->path, F_OK) == 0;
    FILE *probe = fopen(fig->path, "ab");
    if (!probe) {
        snprintf(err, errcap, "cannot write '%s': %s", fig->path, strerror(errno));
        return -1;
    }
    fclose(probe);
    const char *dir = getenv("TMPDIR");
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s/ctrend-plot-XXXXXX", dir && *dir ? dir : "/tmp");
    const int fd = mkstemp(tmp);
    if (fd < 0) {
        snprintf(err, errcap, "cannot create a temporary file in %s: %s", dir && *dir ? dir : "/tmp",
                 strerror(errno));
        return -1;
    }
    close(fd);
    cli_interrupt_temp(tmp); /* SIGINT removes it (bin/progress.c) */
    int rc = render_file(fig, tmp, err, errcap);
    if (!rc) rc = copy_out(tmp, fig->path, err, errcap);
    remove(tmp);
    cli_interrupt_temp(NULL);
    if (rc && !existed) remove(fig->path);
    return rc;
}

#endif /* CTREND_HAVE_PLOT */
