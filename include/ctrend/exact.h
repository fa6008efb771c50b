/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ctrend/exact.h — exact small-count statistics for Poisson counts and rates.
 *
 *   - Garwood (exact, "central") confidence interval for a Poisson count or rate, and the
 *     mid-p variant;
 *   - the exact Poisson test of one rate against a stated value, as R's
 *     `poisson.test(x, T, r, alternative, conf.level)`;
 *   - the comparison of two Poisson counts with exposures (rate ratio, exact conditional
 *     binomial test, Clopper–Pearson interval for the ratio), as R's
 *     `poisson.test(c(x1, x2), c(T1, T2), r, alternative, conf.level)`;
 *   - helpers for "month i vs the mean of the previous k months" and "period A vs period B".
 *
 * Conventions shared by every function here:
 *   - Counts are doubles holding non-negative integers (|x - round(x)| <= 1e-7, as R).
 *     NaN (missing), negative, non-integer or infinite counts give CTREND_EDOMAIN.
 *     Counts above CTREND_EXACT_COUNT_MAX (GSL's cdf routines take unsigned int) give
 *     CTREND_ERANGE; for two-sample tests the limit applies to x1 + x2.
 *   - Exposures (time bases: months, days, person-years) must be finite and > 0, else
 *     CTREND_EINVAL. Rates are per unit of exposure.
 *   - level is the confidence level in (0, 1) (0.95, not 95), else CTREND_EINVAL.
 *   - A test is described by a ctrend_exact_test (null value, alternative, level: R's `r =`,
 *     `alternative =`, `conf.level =`); NULL means R's defaults (1, two-sided, 0.95). A null
 *     value that is not finite and > 0, an alternative that is not a ctrend_alternative or a
 *     level outside (0, 1) is CTREND_EINVAL.
 *   - Results go to one caller-owned ctrend_exact_result (required: NULL is CTREND_EINVAL),
 *     written only on CTREND_OK. One-sided intervals have one infinite end (upper = +Inf for
 *     GREATER) exactly as R.
 *   - CTREND_ENUMERIC if a GSL routine fails or returns a non-finite value where a finite
 *     one is required; CTREND_ENOCONV if a root finder hits its iteration cap (see
 *     CTREND_EXACT_ROOT_RTOL); CTREND_ENOMEM if GSL cannot allocate the solver.
 * Thread-safety: all functions are pure and reentrant.
 */
#ifndef CTREND_EXACT_H
#define CTREND_EXACT_H

#include "ctrend/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Alternative hypothesis, as R's `alternative =`. Values pinned. */
typedef enum ctrend_alternative {
    CTREND_TWO_SIDED = 0, /* "two.sided" */
    CTREND_LESS = 1,      /* "less": true rate (ratio) is below the null value */
    CTREND_GREATER = 2    /* "greater" */
} ctrend_alternative;

/** What an exact interval or test found (layout pinned: four doubles in this order). */
typedef struct ctrend_exact_result {
    double estimate; /* the rate x/t, or the rate ratio (x1/t1)/(x2/t2) */
    double lower;    /* confidence limits for the rate or the ratio (0 and +Inf when open) */
    double upper;
    double p_value;  /* the test's p-value; NaN for the interval-only functions (no test) */
} ctrend_exact_result;

/** The hypothesis and interval of a test (layout pinned), as R's poisson.test arguments. */
typedef struct ctrend_exact_test {
    double null_value; /* `r =`: the rate (one count) or rate ratio (two) under H0; > 0 */
    int alternative;   /* `alternative =`: a ctrend_alternative value */
    double level;      /* `conf.level =`, in (0, 1) */
} ctrend_exact_test;

/** Largest count accepted (UINT32_MAX: GSL's Poisson/binomial cdfs take unsigned int). */
#define CTREND_EXACT_COUNT_MAX 4294967295.0
/** Relative tolerance R uses to decide ties in two-sided exact p-values (`relErr` - 1). */
#define CTREND_EXACT_TIE_RELERR 1e-7

/**
 * Garwood exact two-sided interval for a Poisson rate: count x observed over exposure t.
 *   lower = qgamma(a/2, x)/t (0 when x = 0), upper = qgamma(1 - a/2, x + 1)/t, a = 1 - level;
 * identical to the interval of R's `poisson.test(x, t)`. estimate = x/t; p_value = NaN.
 * Status: OK, EDOMAIN (bad count), EINVAL (exposure, level), ERANGE, ENUMERIC.
 */
CTREND_API int ctrend_exact_poisson_ci(double x, double t, double level,
                                       ctrend_exact_result *out);

/**
 * Mid-p exact two-sided interval for a Poisson rate (Lancaster's mid-p; Rothman & Greenland,
 * Modern Epidemiology, ch. 14): lower L solves P(X > x; L t) + P(X = x; L t)/2 = a/2
 * (L = 0 when x = 0), upper U solves P(X < x; U t) + P(X = x; U t)/2 = a/2. Shorter than
 * Garwood; coverage is close to nominal on average but not guaranteed. Root-finding by
 * GSL's Brent solver (see CTREND_EXACT_ROOT_RTOL). Same status codes as
 * ctrend_exact_poisson_ci, plus ENOCONV.
 */
CTREND_API int ctrend_exact_poisson_ci_midp(double x, double t, double level,
                                            ctrend_exact_result *out);
/**
 * Limits that GSL's quantile functions cannot deliver (all Clopper–Pearson limits; Garwood
 * limits for counts above 1e5; mid-p limits) are roots of the tail equation found by GSL's
 * Brent solver to this relative precision, in at most CTREND_EXACT_ROOT_MAXITER iterations
 * (else CTREND_ENOCONV).
 */
#define CTREND_EXACT_ROOT_RTOL 1e-14
#define CTREND_EXACT_ROOT_MAXITER 300

/**
 * Exact Poisson test of H0: rate = rate0 (test->null_value) for count x over exposure t, as
 * R's `poisson.test(x, t, r = rate0, alternative, conf.level = level)`:
 *   less: P(X <= x), greater: P(X >= x), two-sided: sum of P(X = k) over every k with
 *   P(X = k) <= P(X = x) * (1 + 1e-7)  (R's rule), X ~ Poisson(rate0 * t).
 * estimate = x/t; [lower, upper] is the Garwood interval for the rate (one-sided for
 * LESS/GREATER: [0, U] / [L, +Inf]). rate0 must be finite and > 0 (EINVAL); R also allows 0.
 */
CTREND_API int ctrend_exact_poisson_test(double x, double t, const ctrend_exact_test *test,
                                         ctrend_exact_result *out);

/**
 * Compare two Poisson rates x1/t1 and x2/t2 (R `poisson.test(c(x1,x2), c(t1,t2), r = ratio0,
 * alternative, conf.level = level)`; ratio0 = test->null_value). Conditional on n = x1 + x2, x1 ~ Binomial(n, p) with
 * p = ratio0 t1 / (ratio0 t1 + t2); the p-value is R's exact binomial test of that p, and the
 * interval for the rate ratio rho = (rate1/rate2) is the Clopper–Pearson interval [pL, pU] for p
 * mapped by pp/(1 - pp) * t2/t1.
 *   estimate = (x1/t1)/(x2/t2): +Inf when x2 = 0 < x1, NaN when x1 = x2 = 0 (undefined,
 *   as R). Upper limit is +Inf when x2 = 0, and for GREATER; lower is 0 when x1 = 0, and for LESS.
 *   When x1 = x2 = 0 the p-value is 1 and the interval [0, +Inf] (no information).
 * "Down by more than 50%" is null_value = 0.5 with alternative LESS.
 * ratio0 must be finite and > 0 (EINVAL).
 */
CTREND_API int ctrend_exact_rate_ratio(double x1, double t1, double x2, double t2,
                                       const ctrend_exact_test *test, ctrend_exact_result *out);

/**
 * "Count at position i vs the mean of the previous k": x1 = x[i], x2 = x[i-k] + ... + x[i-1].
 * exposure: NULL = every element has exposure 1 (per-month comparison: t1 = 1, t2 = k);
 * otherwise an array of n exposures (e.g. days in each month: per-day comparison),
 * t1 = exposure[i], t2 = sum of exposure[i-k .. i-1]. Then as ctrend_exact_rate_ratio.
 * estimate is the ratio of x[i] to the mean rate of the k previous elements.
 * Status: ERANGE if i >= n, k == 0 or k > i; EDOMAIN if any of the k+1 counts is missing
 * (NaN), negative or non-integer; EINVAL for a bad exposure; as ctrend_exact_rate_ratio.
 */
CTREND_API int ctrend_exact_vs_previous(const double *x, const double *exposure, size_t n,
                                        size_t i, size_t k, const ctrend_exact_test *test,
                                        ctrend_exact_result *out);

/**
 * "Sum over period A vs sum over period B": x1 = sum(a[0..na-1]), t1 = sum(exposure_a) (or na
 * when exposure_a is NULL); likewise x2, t2 for b. Then as ctrend_exact_rate_ratio.
 * Status: EINVAL if na or nb is 0 or a/b is NULL; EDOMAIN for a missing/bad count; as above.
 */
CTREND_API int ctrend_exact_period_ratio(const double *a, const double *exposure_a, size_t na,
                                         const double *b, const double *exposure_b, size_t nb,
                                         const ctrend_exact_test *test,
                                         ctrend_exact_result *out);

#ifdef __cplusplus
}
#endif
#endif /* CTREND_EXACT_H */
