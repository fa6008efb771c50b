/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fit_lanes.h — batch Poisson fits on the lane path (private; used by lib/batch.c).
 *
 * A plan is made once per batch call from the family, design, options and the scalar keys
 * wanted: the design's series-independent part (its rows and their cross-products, the
 * separation screen's column tests, the log tables) is computed there, once. When it
 * applies, each group of up to CTREND__LANES_BATCH series is offered to
 * ctrend__lanes_fit_block, which fits the series that are eligible on the lane path (four
 * in flight at a time, a finished lane refilled with the next series) and reports the
 * others as not done; the caller fits those with ctrend_model_fit, so every
 * failure status and message is the serial one. A series done on the lane path has the
 * coefficients, SEs and scalars ctrend_model_fit gives to rounding (within 1e-11
 * relative in the tests; both paths agree with R's glm to 1e-9), with the same iteration count.
 */
#ifndef CTREND_FIT_LANES_H
#define CTREND_FIT_LANES_H

#include <stddef.h>

#include "ctrend/design.h"
#include "ctrend/model.h"
#include "irls_lanes.h"

/* Most series per ctrend__lanes_fit_block / _run / _fit_models_block call (a batch work
 * item): enough that refilled lanes rarely idle at the end of a call. */
#define CTREND__LANES_BATCH 32

typedef struct ctrend__lanes_plan {
    ctrend__lanes_design d;
    double *X, *off;   /* owned: the design matrix and offsets over its window */
    double *S, *OB;    /* views into `bcast`: the kernel's design rows and the offsets
                          broadcast per lane, 32-byte aligned (irls_lanes.h) */
    void *bcast;       /* owned (malloc: so that allocation-failure tests reach it) */
    /* owned, NULL when the ordinary path runs: the grouped form (ctrend__lanes_groups at
     * its start, then its arrays), d.groups points at it */
    void *grouped;
    /* The separation screen's tests that can fire (ctrend__separation_screen, decided per
     * column once): test t flags a series when every count at rows
     * sep_rows[sep_off[t] .. sep_off[t+1]-1] is zero (owned; n_sep tests). */
    size_t n_sep, *sep_off, *sep_rows;
    double start[4 * CTREND__LANES_LOG_TABLE]; /* the start values' table (d.start) */
    double lnfact_y[CTREND__LANES_LOG_TABLE]; /* log(k!) (ctrend__lnfact), for the models */
    double sep_tol;
    int intercept, has_offset;
    const ctrend_design *design;
} ctrend__lanes_plan;

/*
 * Build the plan. Returns 1 (the lane path applies; free with ctrend__lanes_plan_fini),
 * 0 (use the serial path for every series: another family, a design with missing cells,
 * of rank < p, p > CTREND__LANES_PMAX, a scalar key the lane path does not compute; the
 * caller does not call it when CTREND_BATCH_LANES = 0), -1 (no memory: the caller reports
 * CTREND_ENOMEM, since the serial path's numbers differ from the lane path's by rounding).
 */
int ctrend__lanes_plan_init(ctrend__lanes_plan *plan, int family, const ctrend_design *d,
                            const ctrend_model_opts *opts, const int *keys, size_t n_keys);
void ctrend__lanes_plan_fini(ctrend__lanes_plan *plan);

/* Doubles of per-thread scratch ctrend__lanes_fit_block needs (32-byte alignment included). */
size_t ctrend__lanes_block_scratch(const ctrend__lanes_plan *plan);

/*
 * Fit y[0..n_series-1] (n_series <= CTREND__LANES_BATCH, each plan->d.n values over the
 * design window, borrowed). For series l that is done, writes coef[l*p..], se[l*p..]
 * (either may be NULL), scalars[l*n_keys..] for the plan's keys, and sets done[l] = 1;
 * otherwise done[l] = 0, scalars of series l are not written, and its coef and se rows
 * hold nothing meaningful (the caller's serial fit writes them).
 */
void ctrend__lanes_fit_block(const ctrend__lanes_plan *plan, const double *const *y,
                             size_t n_series, const int *keys, size_t n_keys, double *scratch,
                             double *coef, double *se, double *scalars, int *done);

/* 1 when counts y (plan->d.n values) pass the serial fit's count checks that the lane path
 * needs: finite non-negative integers, not all zero, no column flagged by the separation
 * screen (ctrend__separation_screen); else 0. */
int ctrend__lanes_series_eligible(const ctrend__lanes_plan *plan, const double *y);

/*
 * The kernel on the series of y (n_series <= CTREND__LANES_BATCH, plan->d.n counts each)
 * that pass ctrend__lanes_series_eligible. out[l]: the caller sets the output buffers of
 * every series (ctrend__lanes_out); series that were run get the kernel's results.
 * ok[l] = 1 when series l converged on the plain path and no fitted mean at a zero count is
 * below sep_tol (the serial fit would succeed with these numbers), else 0 (fit it
 * serially). scratch: ctrend__lanes_scratch_doubles(n, p) doubles.
 */
void ctrend__lanes_run(const ctrend__lanes_plan *plan, const double *const *y,
                       size_t n_series, double *scratch, ctrend__lanes_out *out, int *ok);

/* The Poisson log-likelihood of counts y (plan->d.n) at the lane's fitted means mu and
 * linear predictors eta: ctrend__poisson_loglik's terms in its order, with log(mu) = eta
 * where mu is not clamped and log(y!) from the plan's table (equal to it to rounding). */
double ctrend__lanes_loglik(const ctrend__lanes_plan *plan, const double *y, const double *mu,
                            const double *eta);

/* ---- full models from the lane path (lanes_model.c) ---- */

/* Doubles of per-thread scratch ctrend__lanes_fit_models_block needs. */
size_t ctrend__lanes_models_scratch(const ctrend__lanes_plan *plan);

/*
 * Fit y[0..n_series-1] (n_series <= CTREND__LANES_BATCH, plan->d.n counts each) and build,
 * for each series done on the lane path, the ctrend_model that ctrend_model_fit(opts,
 * CTREND_FAMILY_POISSON, designs[l], y[l]) returns, equal to it to rounding: models[l]
 * (caller frees), done[l] = 1. Otherwise models[l] = NULL and done[l] = 0: the caller fits
 * series l serially (which then gives the status and message), or done[l] = -1: no memory
 * for the model (the caller reports CTREND_ENOMEM for that series; a serial refit would
 * change the result's rounding). designs[l]: the design of series l (borrowed; its matrix
 * and offsets must equal the plan's, bit for bit: the model keeps a clone of it, names and
 * future rows included). opts: the model options (NULL = defaults; its level is kept on
 * the model).
 */
void ctrend__lanes_fit_models_block(const ctrend__lanes_plan *plan, const double *const *y,
                                    size_t n_series, const ctrend_model_opts *opts,
                                    const ctrend_design *const *designs, double *scratch,
                                    ctrend_model **models, int *done);

#endif
