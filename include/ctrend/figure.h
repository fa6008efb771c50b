/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ctrend/figure.h — a figure specification: WHAT to draw for monthly counts, as plain
 * numbers and strings, without drawing anything (no graphics library in libctrend).
 *
 * A figure is a list of panels sharing one month axis. Each panel has
 *   - the counts y over months start .. start+n-1 (NaN = not reported: drawn as a grey band
 *     with no bar, never as zero),
 *   - optional lines over the same months: a rolling mean, a fitted model mean,
 *   - an optional forecast over the h months after the window: its mean and the 80% / 95%
 *     prediction bands (CTREND_FI_PREDICTIVE, exactly the pi80/pi95 of `ctrend forecast`),
 *   - highlighted spans of months (a claim's months, and what they are compared with),
 *   - vertical marks (a step, a break, a slope change), with a label,
 *   - a title and a y-axis label;
 * and the figure has a title, a subtitle, a caption, legend texts, a style (bars or points)
 * and a size. The `ctrend plot` and `ctrend check --figures` commands build one and hand it to
 * the optional renderer (ctrend-figure.h, libctrend-figure, PLplot); Python and R read
 * it through the query functions and draw it themselves or call the renderer.
 *
 * Typical use:
 *   ctrend_figure *fig; size_t p;
 *   ctrend_figure_new(&fig, &err);
 *   ctrend_figure_add_series(fig, frame, idx, first, last, &p, &err);  // copies the counts
 *   ctrend_figure_add_rolling(fig, p, 3, CTREND_ALIGN_TRAILING);
 *   ctrend_figure_add_fit(fig, p, model);          // model fitted on the same window
 *   ctrend_figure_add_forecast(fig, p, forecast);  // from ctrend_forecast_new(model, ...)
 *   ... query: ctrend_figure_panel_vector(fig, p, CTREND_FIGURE_PI95_LO, out, cap, &needed)
 *   ctrend_figure_free(fig);
 *
 * Conventions (docs/api.md): the handle comes first; every builder and getter returns a
 * status; arrays and strings out follow (out, cap, *needed) with a size query (out = NULL);
 * strings passed in are copied; a layer that was not added has 0 elements (not an error).
 * Limits: CTREND_FIGURE_MAX_PANELS panels; window + horizon at most CTREND_FIGURE_MAX_MONTHS.
 * A figure is not thread-safe while being built; built, it may be read from any thread.
 */
#ifndef CTREND_FIGURE_H
#define CTREND_FIGURE_H

#include <stddef.h>
#include <stdint.h>
#include "common.h"
#include "error.h"
#include "frame.h"
#include "model.h"
#include "forecast.h"
#include "claims.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The most panels of one figure (small multiples stay legible up to two columns of 6). */
#define CTREND_FIGURE_MAX_PANELS 12
/** The most months a panel spans, window and forecast horizon together (about 8 300 years). */
#define CTREND_FIGURE_MAX_MONTHS 100000

typedef struct ctrend_figure ctrend_figure;

/** The numeric layers of a panel (values pinned). Y, ROLLING, FITTED have the panel's n
 *  months; the forecast layers its h months after the window. */
typedef enum ctrend_figure_layer {
    CTREND_FIGURE_Y = 0,             /* counts, NaN = not reported */
    CTREND_FIGURE_ROLLING = 1,       /* rolling mean (ctrend_rolling_mean, min_periods 0) */
    CTREND_FIGURE_FITTED = 2,        /* model mean, continued through months not reported */
    CTREND_FIGURE_FORECAST_MEAN = 3, /* CTREND_FV_MEAN */
    CTREND_FIGURE_PI80_LO = 4,       /* CTREND_FI_PREDICTIVE at level 0.80 */
    CTREND_FIGURE_PI80_HI = 5,
    CTREND_FIGURE_PI95_LO = 6,       /* CTREND_FI_PREDICTIVE at level 0.95 */
    CTREND_FIGURE_PI95_HI = 7
} ctrend_figure_layer;

/** Texts of the figure (values pinned). "" = not drawn. */
typedef enum ctrend_figure_text_key {
    CTREND_FIGURE_TITLE = 0,
    CTREND_FIGURE_SUBTITLE = 1,
    CTREND_FIGURE_CAPTION = 2,
    CTREND_FIGURE_ROLLING_LABEL = 3, /* legend: the rolling mean ("3-month rolling mean") */
    CTREND_FIGURE_FIT_LABEL = 4,     /* legend: the fitted mean ("Poisson fit") */
    CTREND_FIGURE_SPAN_LABEL = 5,    /* legend: CTREND_FIGURE_SPAN_MAIN spans */
    CTREND_FIGURE_BASE_LABEL = 6     /* legend: CTREND_FIGURE_SPAN_BASE spans */
} ctrend_figure_text_key;

/** Texts of a panel (values pinned). */
typedef enum ctrend_figure_panel_text_key {
    CTREND_FIGURE_PANEL_TITLE = 0,  /* "TTP / Khyber / attacks"; "" when it is the figure's title */
    CTREND_FIGURE_PANEL_YLABEL = 1  /* "attacks per month" */
} ctrend_figure_panel_text_key;

/** What a highlighted span is (values pinned). */
typedef enum ctrend_figure_span_kind {
    CTREND_FIGURE_SPAN_MAIN = 0, /* the months highlighted (a claim's months): yellow */
    CTREND_FIGURE_SPAN_BASE = 1  /* what they are compared with (a claim's base): green */
} ctrend_figure_span_kind;

/** What a vertical mark is (values pinned). */
typedef enum ctrend_figure_mark_kind {
    CTREND_FIGURE_MARK_STEP = 0,
    CTREND_FIGURE_MARK_BREAK = 1,
    CTREND_FIGURE_MARK_SLOPE = 2
} ctrend_figure_mark_kind;

/** How counts are drawn (values pinned). */
typedef enum ctrend_figure_style {
    CTREND_FIGURE_BARS = 0,
    CTREND_FIGURE_POINTS = 1
} ctrend_figure_style;

/** Output formats a renderer may write (values pinned). */
typedef enum ctrend_figure_device {
    CTREND_FIGURE_SVG = 0,
    CTREND_FIGURE_PNG = 1,
    CTREND_FIGURE_PDF = 2
} ctrend_figure_device;

/* ---- building ------------------------------------------------------------------------ */

/** A new, empty figure (bars, automatic size, no texts) in *out; caller frees it with
 *  ctrend_figure_free. CTREND_ENOMEM (err filled, *out untouched). */
CTREND_API int ctrend_figure_new(ctrend_figure **out, ctrend_error *err);
/** Release a figure. NULL is a no-op. */
CTREND_API void ctrend_figure_free(ctrend_figure *fig);

/**
 * Add a panel of the counts y[0..n) (copied; NaN = not reported) for months start ..
 * start+n-1, with empty texts; its index goes to *panel (may be NULL).
 * CTREND_EINVAL: NULL fig, NULL y with n > 0, n = 0; CTREND_ERANGE: the figure has
 * CTREND_FIGURE_MAX_PANELS panels, n > CTREND_FIGURE_MAX_MONTHS, or months outside years
 * 1..9999; CTREND_ENOMEM.
 */
CTREND_API int ctrend_figure_add_panel(ctrend_figure *fig, int32_t start, const double *y,
                                       size_t n, size_t *panel);

/**
 * Add a panel of series `index` of frame f over months first..last (months the frame does not
 * hold are NaN), titled by the non-empty parts of its key ("TTP / Khyber / attacks") with
 * y label "METRIC per month" ("count per month" when the metric is empty). As
 * ctrend_figure_add_panel, plus CTREND_EINVAL for a bad index or last < first (err filled,
 * key = the series, on every failure).
 */
CTREND_API int ctrend_figure_add_series(ctrend_figure *fig, const ctrend_frame *f,
                                        size_t index, int32_t first, int32_t last,
                                        size_t *panel, ctrend_error *err);

/**
 * Add the figures of claim i of a checked claims set: one panel per term (one per side,
 * their sums, when it has more terms than CTREND_FIGURE_MAX_PANELS), each the series of
 * `all` over the claim's months with 6 months before and 3 after (clipped to the months the
 * claim's series report, never cutting the compared months); a SPAN_MAIN span on the claim's
 * target months and a SPAN_BASE span on its base months (when it has them), with legend
 * texts "claimed 2022-02" / "vs 2021-12..2022-01" ("since ..." for a record); title
 * "ID: VERDICT", subtitle the quote in quotation marks; bars, counts written above the
 * highlighted bars. Months or series the frame does not hold are NaN; a side's sum is NaN
 * when any term is missing. The figure must be empty. CTREND_EINVAL: NULL argument, bad i,
 * a figure with panels already, an INVALID claim (nothing to draw); CTREND_ENOMEM.
 */
CTREND_API int ctrend_figure_add_claim(ctrend_figure *fig, const ctrend_claims *cl, size_t i,
                                       const ctrend_frame *all, ctrend_error *err);

/**
 * Add the rolling mean of the panel's counts (ctrend_rolling_mean(y, n, window, align, 0),
 * as `ctrend rolling --window K`), replacing one added before. CTREND_EINVAL: bad panel,
 * window 0, bad align; CTREND_ENOMEM.
 */
CTREND_API int ctrend_figure_add_rolling(ctrend_figure *fig, size_t panel, size_t window,
                                         int align);

/**
 * Add the fitted mean of model m, fitted on this panel's months (its design starts at the
 * panel's start and has the panel's n rows). Months the fit dropped (not reported) get the
 * model's mean there too: the inverse link of x'beta + offset from the design row, so the
 * line runs on through gaps (NaN where a covariate is missing). CTREND_EINVAL: bad panel or
 * a model of other months; CTREND_ENOMEM.
 */
CTREND_API int ctrend_figure_add_fit(ctrend_figure *fig, size_t panel, const ctrend_model *m);

/**
 * Add forecast f (of the model fitted on this panel's months): its mean and its 80% and 95%
 * predictive intervals for the count over the h months after the window (the pi80/pi95
 * columns of `ctrend forecast` with the same simulations and seed). CTREND_EINVAL: bad panel,
 * a forecast that does not start right after the window; CTREND_EDOMAIN: a forecast made
 * without simulations (n_sims = 0: no predictive interval); CTREND_ENOMEM.
 */
CTREND_API int ctrend_figure_add_forecast(ctrend_figure *fig, size_t panel,
                                          const ctrend_forecast *f);

/** Highlight months from..to (inclusive) of a panel. kind: ctrend_figure_span_kind.
 *  CTREND_EINVAL: bad panel or kind, to < from; CTREND_ENOMEM. */
CTREND_API int ctrend_figure_add_span(ctrend_figure *fig, size_t panel, int32_t from,
                                      int32_t to, int kind);

/** Mark the start of month `month` of a panel with a vertical line and a label (copied, may
 *  be NULL = none). kind: ctrend_figure_mark_kind. CTREND_EINVAL: bad panel or kind;
 *  CTREND_ENOMEM. */
CTREND_API int ctrend_figure_add_mark(ctrend_figure *fig, size_t panel, int32_t month, int kind,
                                      const char *label);

/** Set a figure text (ctrend_figure_text_key); text copied, NULL or "" = none.
 *  CTREND_EINVAL: bad key; CTREND_ENOMEM. */
CTREND_API int ctrend_figure_set_text(ctrend_figure *fig, int which, const char *text);

/** Set a panel text (ctrend_figure_panel_text_key); as ctrend_figure_set_text. */
CTREND_API int ctrend_figure_panel_set_text(ctrend_figure *fig, size_t panel, int which,
                                            const char *text);

/**
 * Drawing options: style (ctrend_figure_style); width, height in pixels (PNG) or points
 * (SVG, PDF), 0 = automatic (900 wide for one column, 1200 for two; 150 + 260 per row high,
 * +90 for one row), else 150..20000; label_spans 1: write the count above each bar inside a
 * highlighted span. CTREND_EINVAL for values outside these.
 */
CTREND_API int ctrend_figure_set_options(ctrend_figure *fig, int style, double width,
                                         double height, int label_spans);

/* ---- reading ------------------------------------------------------------------------- */

/** Number of panels (0 for NULL). Cannot fail. */
CTREND_API size_t ctrend_figure_n_panels(const ctrend_figure *fig);

/** The drawing options (see ctrend_figure_set_options); any output may be NULL.
 *  CTREND_EINVAL for NULL fig. */
CTREND_API int ctrend_figure_options(const ctrend_figure *fig, int *style, double *width,
                                     double *height, int *label_spans);

/** A panel's months: y covers start .. start+n-1, the forecast the h months after (h = 0:
 *  none). Outputs may be NULL. CTREND_EINVAL for a bad panel. */
CTREND_API int ctrend_figure_panel_months(const ctrend_figure *fig, size_t panel,
                                          int32_t *start, size_t *n, size_t *h);

/**
 * The months of the shared x axis: *first = the earliest panel start, *last = the latest month
 * drawn (window or forecast), *data_last = the latest window month of any panel. A panel is
 * drawn as "not reported" over the shared months outside its own window and forecast.
 * Outputs may be NULL. CTREND_EINVAL: NULL fig or no panels.
 */
CTREND_API int ctrend_figure_x_range(const ctrend_figure *fig, int32_t *first, int32_t *last,
                                     int32_t *data_last);

/** Copy a numeric layer (ctrend_figure_layer) into out (caller owns, cap elements);
 *  *needed = its length (n, h, or 0 when the layer was not added). out = NULL: size query.
 *  CTREND_EINVAL: bad panel or layer; CTREND_ERANGE: cap too small (nothing written). */
CTREND_API int ctrend_figure_panel_vector(const ctrend_figure *fig, size_t panel, int which,
                                          double *out, size_t cap, size_t *needed);

/**
 * The runs of months a panel draws as not reported, as pairs out[2k] = first month,
 * out[2k+1] = last month (caller owns, cap elements = 2 x runs): the months of its window with
 * NaN counts, and the months of the shared x axis before its window and after its window and
 * forecast up to the latest window month of any panel (ctrend_figure_x_range).
 * *needed = 2 x the number of runs. Errors as ctrend_figure_panel_vector.
 */
CTREND_API int ctrend_figure_panel_missing(const ctrend_figure *fig, size_t panel,
                                           int32_t *out, size_t cap, size_t *needed);

/** Number of highlighted spans of a panel in *n. CTREND_EINVAL for a bad panel. */
CTREND_API int ctrend_figure_panel_n_spans(const ctrend_figure *fig, size_t panel, size_t *n);
/** Span k of a panel (in the order added): months from..to, kind. Outputs may be NULL.
 *  CTREND_EINVAL for a bad panel or k. */
CTREND_API int ctrend_figure_panel_span(const ctrend_figure *fig, size_t panel, size_t k,
                                        int32_t *from, int32_t *to, int *kind);
/** Number of marks of a panel in *n. CTREND_EINVAL for a bad panel. */
CTREND_API int ctrend_figure_panel_n_marks(const ctrend_figure *fig, size_t panel, size_t *n);
/** Mark k of a panel: month, kind (outputs may be NULL). CTREND_EINVAL for a bad panel or k. */
CTREND_API int ctrend_figure_panel_mark(const ctrend_figure *fig, size_t panel, size_t k,
                                        int32_t *month, int *kind);
/** The label of mark k (copied into buf, cap bytes with the NUL; *needed = bytes needed
 *  with the NUL; buf = NULL: size query). CTREND_EINVAL bad panel / k; CTREND_ERANGE. */
CTREND_API int ctrend_figure_panel_mark_label(const ctrend_figure *fig, size_t panel, size_t k,
                                              char *buf, size_t cap, size_t *needed);

/** A figure text (ctrend_figure_text_key) copied into buf as ctrend_figure_panel_mark_label
 *  ("" when not set). CTREND_EINVAL: NULL fig or bad key; CTREND_ERANGE. */
CTREND_API int ctrend_figure_text(const ctrend_figure *fig, int which, char *buf, size_t cap,
                                  size_t *needed);
/** A panel text (ctrend_figure_panel_text_key), as ctrend_figure_text. */
CTREND_API int ctrend_figure_panel_text(const ctrend_figure *fig, size_t panel, int which,
                                        char *buf, size_t cap, size_t *needed);

/** The device for a file name by its extension (.svg .png .pdf, case-insensitive) in
 *  *device. CTREND_EINVAL: NULL argument or another extension. */
CTREND_API int ctrend_figure_device_from_path(const char *path, int *device);

#ifdef __cplusplus
}
#endif
#endif
