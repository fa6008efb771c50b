/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ctrend.h — umbrella header: every public module of libctrend.
 * If a declaration is not reachable from here, it is not API.
 * Licence: GPL-3.0-or-later.
 */
#ifndef CTREND_H
#define CTREND_H

#include "ctrend/common.h"
#include "ctrend/error.h"
#include "ctrend/dist.h"
#include "ctrend/month.h"
#include "ctrend/frame.h"
#include "ctrend/rolling.h"
#include "ctrend/change.h"
#include "ctrend/aggregate.h"
#include "ctrend/io.h"
#include "ctrend/score.h"
#include "ctrend/baseline.h"
#include "ctrend/design.h"
#include "ctrend/model.h"
#include "ctrend/forecast.h"
#include "ctrend/batch.h"
#include "ctrend/backtest.h"
#include "ctrend/exact.h"
#include "ctrend/claims.h"
#include "ctrend/figure.h"

#endif /* CTREND_H */
