/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plot.h — private to the ctrend command line: a description of a figure (one or more
 * panels of monthly counts with optional rolling mean, fitted mean, marked months and
 * forecast bands) and its renderer. cmd_plot.c computes the numbers with libctrend and
 * fills a plot_figure; plot_render.c draws it with PLplot (cairo SVG/PNG/PDF devices).
 *
 * Plotting is an optional build feature: plot_render.c compiles to a placeholder returning
 * "not available" unless CMake found PLplot and defined CTREND_HAVE_PLOT (cmake/plot.cmake).
 * The core library never links PLplot.
 *
 * All arrays are borrowed (owned by the caller); NaN = missing / not drawn.
 */
#ifndef CTREND_PLOT_H
#define CTREND_PLOT_H

#include <stddef.h>
#include <stdint.h>

enum { PLOT_DEV_SVG = 0, PLOT_DEV_PNG = 1, PLOT_DEV_PDF = 2 };
enum { PLOT_STYLE_BARS = 0, PLOT_STYLE_POINTS = 1 };

#define PLOT_MAX_MARKS 4
#define PLOT_MAX_SPANS 4

/* A vertical marker at the start of a month (a step / break / slope change). */
typedef struct plot_mark {
    int32_t month;
    char label[64];
} plot_mark;

/* A highlighted run of months [from, to] (e.g. the months a claim compares). kind selects
 * the colour and legend entry: PLOT_SPAN_MAIN (span_label, yellow) or PLOT_SPAN_BASE
 * (span2_label, green: what the highlighted months are compared with). */
enum { PLOT_SPAN_MAIN = 0, PLOT_SPAN_BASE = 1 };
typedef struct plot_span {
    int32_t from, to;
    int kind;
} plot_span;

typedef struct plot_panel {
    char title[256];
    char ylabel[128];
    int32_t start;         /* month index of y[0] */
    size_t n;              /* months in the window */
    const double *y;       /* n counts, NaN = not reported */
    const double *roll;    /* n rolling means or NULL */
    const double *fit;     /* n fitted means or NULL */
    plot_mark marks[PLOT_MAX_MARKS];
    size_t n_marks;
    plot_span spans[PLOT_MAX_SPANS];
    size_t n_spans;
    size_t h;              /* forecast horizon (months after the window), 0 = none */
    const double *fc_mean; /* h values each, or NULL */
    const double *lo80, *hi80, *lo95, *hi95;
} plot_panel;

typedef struct plot_figure {
    const char *path;      /* output file */
    int device;            /* PLOT_DEV_* */
    int style;             /* PLOT_STYLE_* */
    double width, height;  /* pixels (PNG) or points (SVG/PDF); 0 = automatic */
    const char *title;     /* may be NULL */
    const char *subtitle;  /* may be NULL */
    const char *caption;   /* may be NULL */
    char roll_label[64];   /* legend text for the rolling mean */
    char fit_label[64];    /* legend text for the fitted mean */
    char span_label[64];   /* legend text for highlighted months (PLOT_SPAN_MAIN) */
    char span2_label[64];  /* legend text for PLOT_SPAN_BASE spans */
    int label_spans;       /* 1: write the count above each bar inside a highlighted span */
    const plot_panel *panels;
    size_t n_panels;
} plot_figure;

/* 1 when this build can draw (PLplot found at configure time), else 0. */
int plot_available(void);
/* Device for a file name by its extension (.svg .png .pdf, case-insensitive), -1 if none. */
int plot_device_from_path(const char *path);
/* Draw fig into fig->path. Returns 0, or -1 with a message in err (errcap bytes). */
int plot_render(const plot_figure *fig, char *err, size_t errcap);

#endif
