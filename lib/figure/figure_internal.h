/* SPDX-License-Identifier: GPL-3.0-or-later */
/* figure_internal.h — the ctrend_figure handle, shared by the files of lib/figure. Never installed. */
#ifndef CTREND_FIGURE_INTERNAL_H
#define CTREND_FIGURE_INTERNAL_H

#include "ctrend/figure.h"

#define CTREND__FIGURE_N_LAYERS 8
#define CTREND__FIGURE_N_TEXTS 7

typedef struct ctrend__fig_span {
    int32_t from, to;
    int kind;
} ctrend__fig_span;

typedef struct ctrend__fig_mark {
    int32_t month;
    int kind;
    char *label; /* owned, never NULL */
} ctrend__fig_mark;

typedef struct ctrend__fig_panel {
    char *title, *ylabel; /* owned, never NULL */
    int32_t start;
    size_t n, h;
    double *layer[CTREND__FIGURE_N_LAYERS]; /* owned; NULL = not added; n or h values */
    ctrend__fig_span *spans;
    size_t n_spans;
    ctrend__fig_mark *marks;
    size_t n_marks;
} ctrend__fig_panel;

struct ctrend_figure {
    char *text[CTREND__FIGURE_N_TEXTS]; /* owned, never NULL */
    int style, label_spans;
    double width, height;
    ctrend__fig_panel panels[CTREND_FIGURE_MAX_PANELS];
    size_t n_panels;
};

/* Replace *slot by a copy of s (NULL = ""). 0 or CTREND_ENOMEM (slot unchanged). */
int ctrend__figure_set_str(char **slot, const char *s);

#endif
