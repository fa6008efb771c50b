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

/* Series in flight at once on the widest vector path (8 doubles in AVX-512; 4 on the AVX2
 * and baseline paths): the layout of ctrend__lanes_design.OB and of the scratch. */
#define CTREND__LANES_MAX 8

/* Largest p the lane path takes (larger designs use the scalar path). */
#define CTREND__LANES_PMAX 16

/* Doubles per design row in ctrend__lanes_design.S: p values, then p(p+1)/2 products. */
#define CTREND__LANES_ROW(p) ((p) * ((p) + 3) / 2)

/* The grouped form of a design (irls_lanes.c, "Grouped designs"), computed once per design
 * by ctrend__lanes_grouping and ctrend__lanes_groups_fill (all arrays borrowed). Kernel row q
 * is design row perm[q]; the rows of group g are kernel rows gstart[g] .. gstart[g+1]-1 and
 * share the value of every column but the varying one, vcol. Kernel column j is design
 * column cols[j]: the other columns in design order, then vcol (cols[p-1] = vcol). */
typedef struct ctrend__lanes_groups {
    size_t n_groups;      /* G >= 1 */
    size_t vcol;
    const size_t *perm;   /* n */
    const size_t *gstart; /* G + 1 */
    const size_t *cols;   /* p */
    const double *XV;     /* n: column vcol at kernel row q */
    const double *OFF;    /* n: the offset at kernel row q; NULL when every offset is 0 */
    /* G * CTREND__LANES_ROW(p): group g's row in kernel column order with the varying
     * column's value replaced by 1, laid out as ctrend__lanes_design_rows lays out a row:
     * the p values, then the products x_j x_k for j = 0..p-1, k = 0..j */
    const double *C;
} ctrend__lanes_groups;

typedef struct ctrend__lanes_design {
    /* The design's series-independent part, computed once per design (borrowed): row i is
     * S[i*T .. i*T+T-1], T = CTREND__LANES_ROW(p): x_i0 .. x_i(p-1), then the products
     * x_ij x_ik for j = 0..p-1, k = 0..j (ctrend__lanes_design_rows). */
    const double *S;
    /* The offsets broadcast for the vector lanes (borrowed, 64-byte aligned):
     * OB[i*CTREND__LANES_MAX + l] = offset_i for every lane l (zeros when the design has none). */
    const double *OB;
    size_t n, p;       /* p <= CTREND__LANES_PMAX */
    double epsilon;    /* R's glm.control epsilon (ctrend_model_opts) */
    double noise_eps;  /* the deviance's rounding floor: noise = noise_eps * DBL_EPSILON * sum(y)
                          (CTREND__DEV_NOISE_EPS, glm_irls.c) */
    int maxit;
    /* The start values of a count k < CTREND__LANES_LOG_TABLE, four doubles per k
     * (ctrend__lanes_log_tables): start[4k + CTREND__LANES_LOGY] = log(k) (0 at k = 0),
     * + CTREND__LANES_ETA0 = log(k + 0.1), + CTREND__LANES_MU0 = exp(log(k + 0.1)),
     * + CTREND__LANES_DEV0 = 2 (k log(k) - k log(k + 0.1) - (k - mu0)) (2 mu0 at k = 0). */
    const double *start;
    /* NULL: the ordinary path (X'WX from the rows of S); else the grouped path (borrowed) */
    const ctrend__lanes_groups *groups;
} ctrend__lanes_design;

/* Counts below this take log(y), log(y + 0.1), the start mean and deviance from a table. */
#define CTREND__LANES_LOG_TABLE 1024
enum { CTREND__LANES_LOGY, CTREND__LANES_ETA0, CTREND__LANES_MU0, CTREND__LANES_DEV0 };
/* Fill the table start (4 * CTREND__LANES_LOG_TABLE doubles, laid out as
 * ctrend__lanes_design.start): libm's log and exp, the values the serial path computes for
 * the same counts, and the start deviance's terms from them. */
void ctrend__lanes_log_tables(double *start);

/* Fill S (n * CTREND__LANES_ROW(p) doubles) from the row-major n x p design X. */
void ctrend__lanes_design_rows(const double *X, size_t n, size_t p, double *S);

/*
 * Whether the n x p design X (row-major, finite) takes the grouped path, and with which
 * varying column: *n_groups = G > 0 when some column vcol leaves rows whose other columns
 * take only G distinct tuples (bitwise, -0 as +0), with G small enough that the grouped
 * pass costs at most CTREND__LANES_GROUP_GAIN of the ordinary one; the smallest such G over
 * every choice of vcol (the lowest vcol among equals); gid[i] (n, caller-owned) is row i's
 * group, numbered in order of first appearance. *n_groups = 0: the ordinary path.
 * Returns 0, or -1 (no memory).
 */
int ctrend__lanes_grouping(const double *X, size_t n, size_t p, size_t *vcol, size_t *gid,
                           size_t *n_groups);

/* Fill the grouped form's arrays (caller-owned, sizes as in ctrend__lanes_groups) from the
 * design X, its offsets off (n) and ctrend__lanes_grouping's answer, and point g at them. */
void ctrend__lanes_groups_fill(const double *X, const double *off, size_t n, size_t p,
                               size_t vcol, const size_t *gid, size_t n_groups, size_t *perm,
                               size_t *gstart, size_t *cols, double *XV, double *OFF, double *C,
                               ctrend__lanes_groups *g);

/* The grouped pass's largest cost as a share of the ordinary pass's (instruction estimates,
 * irls_lanes.c): below this gain the ordinary path is kept. */
#define CTREND__LANES_GROUP_GAIN 0.8

/* Flags of counts y (n values): CTREND__LANES_BAD when some value is not a finite
 * non-negative integer (NaN included), CTREND__LANES_NONZERO when some value is not 0,
 * CTREND__LANES_ZERO when some value is 0. Branch-free, vectorised (the AVX2 path when the
 * CPU has it). */
enum { CTREND__LANES_BAD = 1, CTREND__LANES_NONZERO = 2, CTREND__LANES_ZERO = 4 };
int ctrend__lanes_count_flags(const double *y, size_t n);

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
 * Fit n_series series y[s] (n counts each, borrowed) on design d, one per vector lane (8 at
 * a time on the AVX-512 path, 4 on the AVX2 and baseline ones; ctrend__lanes_path):
 * when the fit in a lane ends (converged, or left the plain path), its result is written to
 * out[s] and the lane takes the next series. Every lane runs the same per-lane arithmetic
 * with its own iteration count, so a series' result depends neither on the other series of
 * the call nor on the lane it ran in.
 * scratch: caller-owned, at least ctrend__lanes_scratch_doubles(d) doubles.
 * Thread-safe (no shared state).
 */
void ctrend__irls_lanes_poisson(const ctrend__lanes_design *d, const double *const *y,
                                size_t n_series, double *scratch, ctrend__lanes_out *out);

size_t ctrend__lanes_scratch_doubles(const ctrend__lanes_design *d);

/* The same on the baseline-ISA path whatever the CPU (tests compare the two paths). */
void ctrend__irls_lanes_poisson_generic(const ctrend__lanes_design *d, const double *const *y,
                                        size_t n_series, double *scratch,
                                        ctrend__lanes_out *out);

/* Which vector path ctrend__irls_lanes_poisson takes now: "avx512", "avx2" or "generic"
 * (static string): the widest this CPU runs, or the one the environment variable
 * CTREND_LANES_PATH names when the CPU runs it (read at every call). */
const char *ctrend__lanes_path(void);

#endif
