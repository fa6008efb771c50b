/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ctrend-figure.h — libctrend-figure: draw a figure specification (ctrend/figure.h)
 * into an SVG, PNG or PDF file with PLplot's cairo devices (svgcairo, pngcairo, pdfcairo).
 *
 * An optional library, built when CMake finds PLplot (cmake/plot.cmake); it links libctrend
 * and PLplot, libctrend never links PLplot. `ctrend plot`, `ctrend check --figures/--report`
 * and the Python binding (ctrend.Figure.render) use it. Its functions are not part of
 * api/ctrend_api.h (that lists libctrend's; this header is beside include/ctrend/, not in it,
 * as it is not libctrend API): they are marked CTREND_FIGURE_API, and the
 * bindings load this library by name (libctrend-figure.so) and bind them by hand.
 */
#ifndef CTREND_FIGURE_LIB_H
#define CTREND_FIGURE_LIB_H

#include "ctrend/figure.h"

#ifdef __cplusplus
extern "C" {
#endif

#if defined(CTREND_STATIC)
#  define CTREND_FIGURE_API
#elif defined(__GNUC__)
#  define CTREND_FIGURE_API __attribute__((visibility("default")))
#else
#  define CTREND_FIGURE_API
#endif

/**
 * Draw fig into the file `path` as `device` (ctrend_figure_device). The file is rendered to a
 * temporary file and copied with every write checked (PLplot ignores write errors), so a full
 * disk is an error, and a file that did not exist is not left behind on failure.
 * CTREND_EINVAL: NULL argument, bad device, a figure without panels, or one too small for
 * its panels (increase width/height); CTREND_EIO: the file cannot be written, or PLplot lacks
 * the cairo device (err says which). err (may be NULL) receives the message, file = path.
 * Not thread-safe: PLplot keeps global state; serialise calls.
 */
CTREND_FIGURE_API int ctrend_figure_render(const ctrend_figure *fig, const char *path,
                                           int device, ctrend_error *err);

/**
 * ctrend_figure_render through the caller's temporary file: tmp_path names an existing file
 * the caller created (mkstemp), which the call renders into, copies to `path` and removes,
 * on success and on every failure. A caller that may be interrupted (the CLI's SIGINT
 * handler, bin/progress.c) registers tmp_path (and `path`, when it did not exist) before the
 * call, so a signal during the rendering removes both instead of leaving them behind.
 * Codes and messages as ctrend_figure_render (CTREND_EINVAL also for a NULL tmp_path).
 */
CTREND_FIGURE_API int ctrend_figure_render_tmp(const ctrend_figure *fig, const char *path,
                                               const char *tmp_path, int device,
                                               ctrend_error *err);

#ifdef __cplusplus
}
#endif
#endif
