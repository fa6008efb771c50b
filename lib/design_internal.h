/* SPDX-License-Identifier: GPL-3.0-or-later */
/* design_internal.h — what lib/design.c tells the rest of lib/ about a design beyond the
 * public ctrend/design.h (never installed). The models include it; design.c includes
 * nothing of the models (the dependency points one way: models -> design). */
#ifndef CTREND_DESIGN_INTERNAL_H
#define CTREND_DESIGN_INTERNAL_H

#include <stddef.h>

#include "ctrend/design.h"

/* 1 when the design has an intercept column, else 0 (d not NULL). */
int ctrend__design_has_intercept(const ctrend_design *d);
/* 1 when a log-exposure offset was set (ctrend_design_set_offset), else 0 (d not NULL). */
int ctrend__design_has_offset(const ctrend_design *d);

/* Name of column j < ncol (borrowed; no checks: the public ctrend_design_col_name checks). */
const char *ctrend__design_col_name(const ctrend_design *d, size_t j);

#endif
