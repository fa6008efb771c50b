/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * irls_lanes.h — Poisson IRLS for many series that share one design, one series per SIMD
 * lane, a lane refilled with the next series as soon as its fit ends (private; never
 * installed). See irls_lanes.c for the method.
 *
 * The lane path is an accelerator of ctrend_model_fit(CTREND_FAMILY_POISSON), not a second
 * definition of the fit: a series reports ok only when its fit took the plain path of
 * glm_irls.c (every WLS step solved by Cholesky, every deviance finite and never rising by
 * more than epsilon and its rounding floor, so no step was halved, converged within maxit by
 * the same rule). Any other series must be refitted by ctrend_model_fit, which then reports
 * what went wrong exactly as a serial fit does. Eligibility of the inputs (all counts finite
 * non-negative integers, not all zero, no separation, design of full rank, no numerically
 * zero mean at a zero count afterwards: see min_mu_zero) is the caller's check.
 */
#ifndef CTREND_IRLS_LANES_H
#define CTREND_IRLS_LANES_H

#include <stddef.h>

/* Series in flight at once (the width of the widest vector path: 4 doubles in AVX2). */
#define CTREND__LANES 4

/* Largest p the lane path takes (larger designs use the scalar path). */
#define CTREND__LANES_PMAX 16

/* Doubles per design row in ctrend__lanes_design.S: p values, then p(p+1)/2 products. */
#define CTREND__LANES_ROW(p) ((p) * ((p) + 3) / 2)

typedef struct ctrend__lanes_design {
    /* The design's series-independent part, computed once per design (borrowed): row i is
     * S[i*T .. i*T+T-1], T = CTREND__LANES_ROW(p): x_i0 .. x_i(p-1), then the products
     * x_ij x_ik for j = 0..p-1, k = 0..j (ctrend__lanes_design_rows). */
    const double *S;
    /* The offsets broadcast for the vector lanes (borrowed, 32-byte aligned):
     * OB[i*CTREND__LANES + l] = offset_i for every lane l (zeros when the design has none). */
    const double *OB;
    size_t n, p;       /* p <= CTREND__LANES_PMAX */
    double epsilon;    /* R's glm.control epsilon (ctrend_model_opts) */
    double noise_eps;  /* the deviance's rounding floor: noise = noise_eps * DBL_EPSILON * sum(y)
                          (CTREND__DEV_NOISE_EPS, glm_irls.c) */
    int maxit;
    /* log(k), log(k + 0.1), exp(log(k + 0.1)) for k < CTREND__LANES_LOG_TABLE
     * (ctrend__lanes_log_tables) */
    const double *log_y, *log_y01, *mu01;
} ctrend__lanes_design;

/* Counts below this take log(y), log(y + 0.1) and the start mean from tables. */
#define CTREND__LANES_LOG_TABLE 1024
/* Fill the tables (CTREND__LANES_LOG_TABLE doubles each): libm's log and exp, the values
 * the serial path computes for the same counts. */
void ctrend__lanes_log_tables(double *log_y, double *log_y01, double *mu01);

/* Fill S (n * CTREND__LANES_ROW(p) doubles) from the row-major n x p design X. */
void ctrend__lanes_design_rows(const double *X, size_t n, size_t p, double *S);

/* Per-series results. */
typedef struct ctrend__lanes_out {
    double *coef, *se, *mu; /* caller-owned, p, p, n doubles (mu may be NULL) */
    double deviance;
    int iterations;
    int ok; /* 1: the plain-path result, equal to ctrend_model_fit's; 0: refit serially */
    double *vcov;           /* caller-owned p*p doubles or NULL: (X'WX)^-1 of the last
                               iteration, row-major, both triangles (ctrend__irls_vcov's) */
    double *eta;            /* caller-owned n doubles or NULL: X beta + offset at the final
                               beta (before mu's clamp at DBL_EPSILON, as ws->eta) */
    double min_mu_zero;     /* set when ok: the smallest fitted mean at a zero count
                               (+Inf when no count is zero), for ctrend__count_postfit's test */
} ctrend__lanes_out;

/*
 * Fit n_series series y[s] (n counts each, borrowed) on design d, CTREND__LANES at a time:
 * when the fit in a lane ends (converged, or left the plain path), its result is written to
 * out[s] and the lane takes the next series. Every lane runs the same per-lane arithmetic
 * with its own iteration count, so a series' result depends neither on the other series of
 * the call nor on the lane it ran in.
 * scratch: caller-owned, at least ctrend__lanes_scratch_doubles(n, p) doubles.
 * Thread-safe (no shared state).
 */
void ctrend__irls_lanes_poisson(const ctrend__lanes_design *d, const double *const *y,
                                size_t n_series, double *scratch, ctrend__lanes_out *out);

size_t ctrend__lanes_scratch_doubles(size_t n, size_t p);

/* The same on the baseline-ISA path whatever the CPU (tests compare the two paths). */
void ctrend__irls_lanes_poisson_generic(const ctrend__lanes_design *d, const double *const *y,
                                        size_t n_series, double *scratch,
                                        ctrend__lanes_out *out);

/* Which vector path runs on this CPU: "avx2" or "generic" (static string). */
const char *ctrend__lanes_path(void);

#endif
