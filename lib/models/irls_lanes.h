/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * irls_lanes.h — Poisson IRLS for several series that share one design, one series per
 * SIMD lane (private; never installed). See irls_lanes.c for the method.
 *
 * The lane path is an accelerator of ctrend_model_fit(CTREND_FAMILY_POISSON), not a second
 * definition of the fit: a lane reports ok only when its fit took the plain path of
 * glm_irls.c (every WLS step solved by Cholesky, every deviance finite and never rising by
 * more than epsilon and its rounding floor, so no step was halved, converged within maxit by
 * the same rule, no numerically-zero mean at a zero count).
 * Any other lane must be refitted by ctrend_model_fit, which then reports what went wrong
 * exactly as a serial fit does. Eligibility of the inputs (all counts finite non-negative
 * integers, not all zero, no separation, design of full rank) is the caller's check.
 */
#ifndef CTREND_IRLS_LANES_H
#define CTREND_IRLS_LANES_H

#include <stddef.h>

/* Series per call (the width of the widest vector path: 4 doubles in AVX2). */
#define CTREND__LANES 4

typedef struct ctrend__lanes_design {
    /* The design pre-broadcast for the vector lanes (borrowed, 32-byte aligned):
     * XB[(i*p + j)*CTREND__LANES + l] = x_ij for every lane l, followed by
     * CTREND__LANES * CTREND__LANES doubles of zero padding; OB likewise for the offsets
     * (n * CTREND__LANES doubles; zeros when the design has none). */
    const double *XB, *OB;
    size_t n, p;       /* p <= CTREND__LANES_PMAX */
    double epsilon;    /* R's glm.control epsilon (ctrend_model_opts) */
    double noise_eps;  /* the deviance's rounding floor: noise = noise_eps * DBL_EPSILON * sum(y)
                          (CTREND__DEV_NOISE_EPS, glm_irls.c) */
    int maxit;
    const double *log_y, *log_y01; /* log(k), log(k + 0.1) for k < CTREND__LANES_LOG_TABLE */
} ctrend__lanes_design;

/* Counts below this take log(y) and log(y + 0.1) from tables (ctrend__lanes_log_tables). */
#define CTREND__LANES_LOG_TABLE 1024
/* Fill the tables (CTREND__LANES_LOG_TABLE doubles each). */
void ctrend__lanes_log_tables(double *log_y, double *log_y01);

/* Largest p the lane path takes (larger designs use the scalar path). */
#define CTREND__LANES_PMAX 16

/* Per-lane results. coef/se: p each. mu: n fitted means. */
typedef struct ctrend__lanes_out {
    double *coef, *se, *mu; /* caller-owned, p, p, n doubles (mu may be NULL) */
    double deviance;
    int iterations;
    int ok; /* 1: the plain-path result, equal to ctrend_model_fit's; 0: refit serially */
    double *vcov;           /* caller-owned p*p doubles or NULL: (X'WX)^-1 of the last
                               iteration, row-major, both triangles (ctrend__irls_vcov's) */
    double *eta;            /* caller-owned n doubles or NULL: X beta + offset at the final
                               beta (before mu's clamp at DBL_EPSILON, as ws->eta) */
} ctrend__lanes_out;

/*
 * Fit n_lanes (1..CTREND__LANES) series y[l] (n counts each, borrowed) on design d.
 * scratch: caller-owned, at least ctrend__lanes_scratch_doubles(n, p) doubles.
 * Thread-safe (no shared state); the result of a lane does not depend on the other lanes.
 */
void ctrend__irls_lanes_poisson(const ctrend__lanes_design *d, const double *const *y,
                                size_t n_lanes, double *scratch, ctrend__lanes_out *out);

size_t ctrend__lanes_scratch_doubles(size_t n, size_t p);

/* The same on the baseline-ISA path whatever the CPU (tests compare the two paths). */
void ctrend__irls_lanes_poisson_generic(const ctrend__lanes_design *d, const double *const *y,
                                        size_t n_lanes, double *scratch, ctrend__lanes_out *out);

/* Which vector path runs on this CPU: "avx2" or "generic" (static string). */
const char *ctrend__lanes_path(void);

#endif
