/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * baseline_internal.h — ctrend_baseline_forecast polling a cancel flag (lib/baseline.c), for
 * ctrend_backtest_add_baseline_v2. Never installed.
 */
#ifndef CTREND_BASELINE_INTERNAL_H
#define CTREND_BASELINE_INTERNAL_H

#include "ctrend/baseline.h"
#include "internal.h"

/* Draws between two polls of the cancel flag (~1 ms of Poisson draws). */
#define CTREND__BASELINE_POLL 65536

/* ctrend_baseline_forecast (same arguments, same results) that polls ctl (NULL: never
 * cancelled) every CTREND__BASELINE_POLL draws and returns CTREND_ECANCELED once it is set
 * (samples then unspecified). */
int ctrend__baseline_forecast_polled(const ctrend__control *ctl, const ctrend_baseline_opts *o,
                                     const double *x, size_t n, size_t h, double *point,
                                     size_t point_cap, double *samples, size_t samples_cap,
                                     size_t *needed);

#endif
