/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plot_render.c — the CLI's door to libctrend-figure (lib/figure/render/render.c): a figure
 * specification is drawn there; without PLplot at configure time this says what to install.
 */
#include <stdio.h>
#include "plot.h"
#ifdef CTREND_HAVE_PLOT
#include <ctrend-figure.h>

int plot_available(void) { return 1; }

int plot_render(const ctrend_figure *fig, const char *path, int device, char *err, size_t errcap)
{
    ctrend_error e;
    if (ctrend_figure_render(fig, path, device, &e) == CTREND_OK) return 0;
    snprintf(err, errcap, "%s", e.message);
    return -1;
}

#else

int plot_available(void) { return 0; }

int plot_render(const ctrend_figure *fig, const char *path, int device, char *err, size_t errcap)
{
    (void)fig;
    (void)path;
    (void)device;
    snprintf(err, errcap, "this ctrend was built without PLplot");
    return -1;
}

#endif
