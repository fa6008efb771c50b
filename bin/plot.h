/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plot.h — private to the ctrend command line: whether this build can draw, and drawing a
 * figure specification (ctrend/figure.h, built by cmd_plot.c and cmd_check.c) through
 * libctrend-figure (ctrend-figure.h). Plotting is an optional build feature:
 * plot_render.c reports "not available" unless CMake found PLplot and defined
 * CTREND_HAVE_PLOT (cmake/plot.cmake).
 */
#ifndef CTREND_PLOT_H
#define CTREND_PLOT_H

#include <stddef.h>
#include <ctrend.h>

/* 1 when this build can draw (PLplot found at configure time), else 0. */
int plot_available(void);
/* Draw fig into path as device (CTREND_FIGURE_SVG/PNG/PDF). Returns 0, or -1 with a message
 * in err (errcap bytes). */
int plot_render(const ctrend_figure *fig, const char *path, int device, char *err, size_t errcap);

#endif
