/* SPDX-License-Identifier: GPL-3.0-or-later */
/* score_internal.h — private helpers of lib/score.c shared with lib/backtest.c. Never installed. */
#ifndef CTREND_SCORE_INTERNAL_H
#define CTREND_SCORE_INTERNAL_H

#include <stddef.h>

/* Sort x[0..m) ascending in place (NaN-free input). */
void ctrend__sort_doubles(double *x, size_t m);
/* Sample CRPS from ascending-sorted samples s[0..m), m >= 1 (>= 2 when fair). No checks. */
double ctrend__crps_sorted(double y, const double *s, size_t m, int fair);
/* ctrend__quantile_sorted: the one type-7 quantile (lib/draws.c). */
#include "draws_internal.h"
/* Binned ignorance of samples (no checks; y >= 0, samples >= 0, alpha >= 0). */
double ctrend__ignorance_samples(double y, const double *x, size_t m, double alpha);

#endif
