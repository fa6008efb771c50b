/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * eval.c — evaluate one claim against a frame: arithmetic, verdict, exact statistics, bounds.
 *
 * Semantics (docs/claims.md):
 *   - A quoted figure with d decimals and no comparator ("83%", "= 30") holds when the computed
 *     value rounds (half away from zero) to it at d decimals. A right-hand series expression
 *     (part/total consistency) must be equal exactly; the difference is reported.
 *   - more than/over/above/> are strict; at least/>= are not; about/~ holds within the
 *     tolerance (record key `tolerance`, default CTREND_CLAIMS_ABOUT_RTOL of the quoted figure);
 *     nearly/almost: q - tol <= v and v rounds to at most q.
 *   - Changes: rate ratio R = (x1/t1)/(x2/t2), x = sums of counts, t = months (per-day: days);
 *     "%" compares 100 (R - 1) (with "down": 100 (1 - R)), "x" compares R.
 *     Exact statistics from ctrend_exact_rate_ratio (R's poisson.test): 95% CI and two-sided p
 *     for R = 1; for inequality claims also the one-sided p of H0 "the threshold is not passed".
 *   - Any missing cell makes the claim UNVERIFIABLE; every missing (series, month) is listed;
 *     with exactly one missing cell, the values 0..CTREND__BOUND_MAX that make the claim hold
 *     are found by substitution and reported as a bound.
 *   - Trend: Poisson log-linear regression log mu_t = a + b t over the range (months present),
 *     fitted by the models module (ctrend_model_fit); Wald z-test of b; the number of
 *     month-on-month steps against the claimed direction is reported.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>

#include "claims/claims_internal.h"
#include "ctrend/exact.h"
#include "ctrend/model.h"
#include "ctrend/month.h"

/* Largest value tried for a single missing cell when searching the bound. */
#define CTREND__BOUND_MAX 100000.0

typedef struct miss {
    int rhs;
    size_t term;
    int32_t m;
} miss;

typedef struct ev {
    const ctrend_frame *f;
    const ctrend__claim *c;
    miss *ms;
    size_t nms, cap;
    int ov; /* override active */
    miss ovc;
    double ovv;
    int oom;
    ctrend__buf *trace; /* when non-NULL, every cell read is written here */
} ev;

static const ctrend__series *term_of(const ev *E, int rhs, size_t term)
{
    return rhs ? &E->c->rhs.s[term] : &E->c->lhs.s[term];
}

static double cell(ev *E, int rhs, size_t term, int32_t m)
{
    if (E->ov && E->ovc.rhs == rhs && E->ovc.term == term && E->ovc.m == m) return E->ovv;
    const ctrend__series *s = term_of(E, rhs, term);
    size_t idx;
    double v = NAN;
    if (ctrend_frame_find(E->f, s->group, s->region, s->metric, &idx) == CTREND_OK)
        (void)ctrend_frame_get(E->f, idx, m, &v);
    if (isnan(v)) {
        /* Appended without a search (a search of the whole list made checking quadratic in
         * the number of missing cells: 30 s for 3 terms over 0001-01..9999-12); a repeat of
         * the last entry is skipped here, others are removed by missing_unique() before the
         * list is counted or printed. */
        if (E->nms && E->ms[E->nms - 1].rhs == rhs && E->ms[E->nms - 1].term == term &&
            E->ms[E->nms - 1].m == m)
            return v;
        if (E->nms == E->cap) {
            const size_t nc = E->cap ? 2 * E->cap : 16;
            miss *nv = realloc(E->ms, nc * sizeof *nv);
            if (!nv) {
                E->oom = 1;
                return v;
            }
            E->ms = nv;
            E->cap = nc;
        }
        E->ms[E->nms].rhs = rhs;
        E->ms[E->nms].term = term;
        E->ms[E->nms].m = m;
        E->nms++;
    }
    if (E->trace && !isnan(v)) { /* missing cells are listed once, compressed, later */
        ctrend__buf_printf(E->trace, "  ");
        ctrend__series_name(E->trace, s);
        ctrend__buf_printf(E->trace, " ");
        ctrend__month_name(E->trace, m);
        ctrend__buf_printf(E->trace, " = %.15g\n", v);
    }
    return v;
}

/* Sum of an expression over months a..b (NaN if any cell is missing; all are still read). */
static double esum(ev *E, int rhs, int32_t a, int32_t b)
{
    const ctrend__expr *e = rhs ? &E->c->rhs : &E->c->lhs;
    double s = 0.0;
    for (int32_t m = a; m <= b; m++)
        for (size_t j = 0; j < e->n; j++) s += cell(E, rhs, j, m);
    return s;
}

static double days(int32_t a, int32_t b)
{
    double d = 0.0;
    for (int32_t m = a; m <= b; m++) d += ctrend_month_days(m);
    return d;
}

static void base_range(const ctrend__claim *c, int32_t *a, int32_t *b)
{
    if (c->base == B_PREVIOUS) {
        *a = c->m1 - c->k;
        *b = c->m1 - 1;
    } else {
        *a = c->b1;
        *b = c->b2;
    }
}

static double tol_abs(const ctrend__claim *c)
{
    if (isnan(c->tol)) return CTREND_CLAIMS_ABOUT_RTOL * fabs(c->q);
    return c->tol_rel ? c->tol * fabs(c->q) : c->tol;
}

static int compare(const ctrend__claim *c, double v, double q, int exact)
{
    if (isnan(v)) return 0;
    const double half = 0.5 * pow(10.0, -c->q_decimals);
    switch (c->cmp) {
    case C_GT: return v > q;
    case C_LT: return v < q;
    case C_GE: return v >= q;
    case C_LE: return v <= q;
    case C_ABOUT: return fabs(v - q) <= tol_abs(c) * (1 + 1e-12);
    case C_NEARLY: return v >= q - tol_abs(c) * (1 + 1e-12) && v < q + half;
    default:
        if (exact) return v == q;
        {
            const double sc = pow(10.0, c->q_decimals);
            const double r = round(v * sc) / sc;
            return fabs(r - q) <= 1e-9 * fmax(1.0, fabs(q));
        }
    }
}

/* Ratio -> the claim's units. */
static double in_units(const ctrend__claim *c, double ratio)
{
    if (c->unit == 'x') return ratio;
    const double pct = 100.0 * (ratio - 1.0);
    return c->direction < 0 ? -pct : pct;
}

/*
 * Month-on-month % change at m (for records of changes). NaN if missing or base 0.
 */
static double mom(ev *E, int32_t m)
{
    const double a = esum(E, 0, m, m), b = esum(E, 0, m - 1, m - 1);
    if (isnan(a) || isnan(b) || b == 0.0) return NAN;
    return 100.0 * (a / b - 1.0);
}

/*
 * Arithmetic of the claim (no statistics). *v computed value, *q quoted value; returns 1 when it
 * holds, 0 when not; E->nms > 0 afterwards means data were missing (result meaningless).
 */
static int arith(ev *E, double *v, double *q)
{
    const ctrend__claim *c = E->c;
    *q = c->q;
    switch (c->kind) {
    case K_VALUE:
    case K_SUM:
    case K_MEAN: {
        double s = esum(E, 0, c->m1, c->m2);
        if (c->kind == K_MEAN) s /= (double)(c->m2 - c->m1 + 1);
        *v = s;
        if (c->rhs.n) *q = esum(E, 1, c->m1, c->m2);
        return compare(c, *v, *q, c->rhs.n > 0);
    }
    case K_DAILY:
        *v = esum(E, 0, c->m1, c->m2);
        *q = days(c->m1, c->m2);
        return *v >= *q;
    case K_CHANGE: {
        int32_t a, b;
        base_range(c, &a, &b);
        const double x1 = esum(E, 0, c->m1, c->m2), x2 = esum(E, 0, a, b);
        const double t1 = c->per_day ? days(c->m1, c->m2) : (double)(c->m2 - c->m1 + 1);
        const double t2 = c->per_day ? days(a, b) : (double)(b - a + 1);
        double r = (x1 / t1) / (x2 / t2);
        if (x2 == 0.0) r = x1 > 0.0 ? INFINITY : NAN;
        *v = in_units(c, r);
        return compare(c, *v, *q, 0);
    }
    case K_RECORD: {
        const double x = c->record_change ? mom(E, c->m1) : esum(E, 0, c->m1, c->m1);
        *v = x;
        int ok = 1;
        for (int32_t m = c->b1 + 1; m < c->m1; m++) {
            const double y = c->record_change ? mom(E, m) : esum(E, 0, m, m);
            if (!(c->high ? y < x : y > x)) ok = 0;
        }
        const double s = c->record_change ? mom(E, c->b1) : esum(E, 0, c->b1, c->b1);
        *q = s;
        if (!(c->high ? s >= x : s <= x)) ok = 0;
        return ok;
    }
    default:
        return 0;
    }
}

static void list_missing(ev *E, ctrend__buf *x);

/* ---- trend ------------------------------------------------------------------------------ */

/*
 * Poisson log-linear trend log mu_t = a + b t over the claim's range, fitted by the models
 * module (ctrend_model_fit, R's glm.fit IRLS; missing months are dropped rows, as na.omit),
 * with a tight IRLS tolerance so the Wald statistics match glm(..., epsilon = 1e-14).
 */
#define CTREND__TREND_EPSILON 1e-12

static int poisson_trend(int32_t start, const double *y, size_t n, double *b, double *se,
                         double *p2)
{
    ctrend_design *d = NULL;
    ctrend_model_opts *o = NULL;
    ctrend_model *m = NULL;
    int rc = ctrend_design_new(start, n, &d);
    if (rc == CTREND_OK) rc = ctrend_design_add_trend(d);
    if (rc == CTREND_OK) rc = ctrend_model_opts_new(&o);
    if (rc == CTREND_OK) rc = ctrend_model_opts_set(o, CTREND_OPT_EPSILON, CTREND__TREND_EPSILON);
    if (rc == CTREND_OK) rc = ctrend_model_fit(o, CTREND_FAMILY_POISSON, d, y, n, &m);
    double coef[2], sev[2], pv[2];
    if (rc == CTREND_OK) rc = ctrend_model_vector(m, CTREND_MV_COEF, coef, 2, NULL);
    if (rc == CTREND_OK) rc = ctrend_model_vector(m, CTREND_MV_SE, sev, 2, NULL);
    if (rc == CTREND_OK) rc = ctrend_model_vector(m, CTREND_MV_PVALUE, pv, 2, NULL);
    if (rc == CTREND_OK) {
        *b = coef[1];
        *se = sev[1];
        *p2 = pv[1];
    }
    ctrend_model_free(m);
    ctrend_model_opts_free(o);
    ctrend_design_free(d);
    return rc;
}

static int eval_trend(ctrend__claim *c, ev *E, ctrend__buf *x)
{
    const size_t n = (size_t)(c->m2 - c->m1 + 1);
    double *y = malloc(n * sizeof *y);
    if (!y) return CTREND_ENOMEM;
    size_t k = 0;
    int ups = 0, downs = 0;
    double prev = NAN;
    E->trace = x;
    for (int32_t m = c->m1; m <= c->m2; m++) {
        const size_t before = E->nms;
        const double v = esum(E, 0, m, m);
        y[m - c->m1] = NAN;
        if (E->nms == before && !isnan(v)) {
            y[m - c->m1] = v;
            k++;
            if (!isnan(prev)) {
                if (v > prev) ups++;
                else if (v < prev) downs++;
            }
            prev = v;
        } else {
            prev = NAN;
        }
    }
    E->trace = NULL;
    double b = NAN, se = NAN, p2 = NAN;
    const int rc = k < 3 ? CTREND_ESHORT : poisson_trend(c->m1, y, n, &b, &se, &p2);
    free(y);
    if (rc == CTREND_ESHORT || rc == CTREND_EALLZERO || rc == CTREND_ESEPARATION) {
        c->verdict = CTREND_VERDICT_UNVERIFIABLE;
        ctrend__buf_printf(x, "UNVERIFIABLE: %s (%zu month(s) with data in the range)\n",
                           rc == CTREND_ESHORT ? "a trend needs at least 3 months"
                                               : "the log-linear trend does not exist "
                                                 "(all zero, or zeros separated)",
                           k);
        if (E->nms) {
            ctrend__buf_printf(x, "missing ");
            list_missing(E, x);
            ctrend__buf_printf(x, "\n");
        }
        return CTREND_OK;
    }
    if (rc != CTREND_OK) return rc;
    const double z = b / se;
    const double p1 = c->trend_dir < 0 ? gsl_cdf_ugaussian_P(z) : gsl_cdf_ugaussian_Q(z);
    c->fig[CTREND_CLAIMS_COMPUTED] = 100.0 * (exp(b) - 1.0);
    c->fig[CTREND_CLAIMS_RATIO] = exp(b);
    c->fig[CTREND_CLAIMS_CI_LOWER] = exp(b - 1.959963984540054 * se);
    c->fig[CTREND_CLAIMS_CI_UPPER] = exp(b + 1.959963984540054 * se);
    c->fig[CTREND_CLAIMS_P_VALUE] = p2;
    c->fig[CTREND_CLAIMS_P_CLAIM] = p1;
    const int agrees = c->trend_dir < 0 ? b < 0 : b > 0;
    c->verdict = agrees ? CTREND_VERDICT_SUPPORTED : CTREND_VERDICT_CONTRADICTED;
    c->noise = p1 >= CTREND_CLAIMS_ALPHA;
    ctrend__buf_printf(x,
                       "Poisson log-linear trend over %zu month(s): slope %.6g per month "
                       "(rate x%.4f per month, %+.2f%%), Wald 95%% CI x%.4f..x%.4f, "
                       "two-sided p = %.4g, one-sided p (claimed direction) = %.4g\n",
                       k, b, exp(b), 100.0 * (exp(b) - 1.0), c->fig[CTREND_CLAIMS_CI_LOWER],
                       c->fig[CTREND_CLAIMS_CI_UPPER], p2, p1);
    ctrend__buf_printf(x, "month-on-month steps: %d up, %d down (%d against the claimed direction)\n",
                       ups, downs, c->trend_dir < 0 ? ups : downs);
    if (E->nms) {
        ctrend__buf_printf(x, "note: left out (missing): ");
        list_missing(E, x);
        ctrend__buf_printf(x, "\n");
    }
    ctrend__buf_printf(x, "%s%s\n", agrees ? "SUPPORTED" : "CONTRADICTED",
                       agrees && c->noise ? ", but within noise (not significant at 0.05)" : "");
    return CTREND_OK;
}

/* ---- changes: exact statistics ------------------------------------------------------------ */

static int change_stats(ctrend__claim *c, ev *E, ctrend__buf *x)
{
    int32_t a, b;
    base_range(c, &a, &b);
    const int saved = E->trace != NULL;
    ctrend__buf *tr = E->trace;
    E->trace = NULL;
    const double x1 = esum(E, 0, c->m1, c->m2), x2 = esum(E, 0, a, b);
    E->trace = saved ? tr : NULL;
    const double m1 = (double)(c->m2 - c->m1 + 1), m2 = (double)(b - a + 1);
    const double d1 = days(c->m1, c->m2), d2 = days(a, b);
    const double t1 = c->per_day ? d1 : m1, t2 = c->per_day ? d2 : m2;
    double est, lo, hi, p;
    int rc = ctrend_exact_rate_ratio(x1, t1, x2, t2, 1.0, CTREND_TWO_SIDED, 0.95, &est, &lo, &hi, &p);
    if (rc == CTREND_EDOMAIN) {
        ctrend__buf_printf(x, "exact test skipped: counts are not non-negative integers\n");
        return CTREND_OK;
    }
    if (rc != CTREND_OK) return rc;
    c->fig[CTREND_CLAIMS_RATIO] = est;
    c->fig[CTREND_CLAIMS_CI_LOWER] = lo;
    c->fig[CTREND_CLAIMS_CI_UPPER] = hi;
    c->fig[CTREND_CLAIMS_P_VALUE] = p;
    ctrend__buf_printf(x, "rate ratio %s: (%.15g/%.15g) / (%.15g/%.15g) = %.6g, exact 95%% CI %.6g..%.6g, "
                          "p = %.4g (two-sided, ratio = 1; R poisson.test)\n",
                       c->per_day ? "per day" : "per month", x1, t1, x2, t2, est, lo, hi, p);
    double pd = NAN;
    if (d1 / m1 != d2 / m2 || c->per_day) {
        double e2, l2, h2, p2;
        const double u1 = c->per_day ? m1 : d1, u2 = c->per_day ? m2 : d2;
        rc = ctrend_exact_rate_ratio(x1, u1, x2, u2, 1.0, CTREND_TWO_SIDED, 0.95, &e2, &l2, &h2, &p2);
        if (rc != CTREND_OK) return rc;
        ctrend__buf_printf(x, "  %s: (%.15g/%.15g) / (%.15g/%.15g) = %.6g, CI %.6g..%.6g, p = %.4g\n",
                           c->per_day ? "per month" : "per day (months differ in length)", x1, u1,
                           x2, u2, e2, l2, h2, p2);
        pd = c->per_day ? est : e2;
    } else {
        pd = est;
    }
    c->fig[CTREND_CLAIMS_RATIO_PER_DAY] = pd;
    /* one-sided test of the stated threshold */
    if (c->cmp == C_GT || c->cmp == C_GE || c->cmp == C_LT || c->cmp == C_LE) {
        const int flip = c->unit == '%' && c->direction < 0;
        const double r0 = c->unit == 'x' ? c->q : (flip ? 1.0 - c->q / 100.0 : 1.0 + c->q / 100.0);
        int greater = c->cmp == C_GT || c->cmp == C_GE;
        if (flip) greater = !greater;
        if (r0 > 0.0 && isfinite(r0)) {
            double pc;
            rc = ctrend_exact_rate_ratio(x1, t1, x2, t2, r0, greater ? CTREND_GREATER : CTREND_LESS,
                                         0.95, NULL, NULL, NULL, &pc);
            if (rc != CTREND_OK) return rc;
            c->fig[CTREND_CLAIMS_P_CLAIM] = pc;
            ctrend__buf_printf(x, "  one-sided exact test of the stated threshold: H0 ratio %s %.6g "
                                  "vs %s, p = %.4g\n",
                               greater ? "<=" : ">=", r0, greater ? "greater" : "less", pc);
            c->noise = pc >= CTREND_CLAIMS_ALPHA;
            return CTREND_OK;
        }
    }
    c->noise = p >= CTREND_CLAIMS_ALPHA;
    return CTREND_OK;
}

/* ---- the single-missing-value bound ----------------------------------------------------- */

static void bound(ctrend__claim *c, ev *E, ctrend__buf *x)
{
    const miss the = E->ms[0];
    ev F = *E;
    F.ms = NULL;
    F.nms = F.cap = 0;
    F.trace = NULL;
    F.ov = 1;
    F.ovc = the;
    double first = -1, last = -1;
    int segments = 0, prev = 0;
    for (double v = 0; v <= CTREND__BOUND_MAX; v += 1.0) {
        F.ovv = v;
        double cv, q;
        const int h = arith(&F, &cv, &q) && F.nms == 0;
        if (h && !prev) {
            segments++;
            if (first < 0) first = v;
        }
        if (h) last = v;
        prev = h;
        if (F.oom) break;
    }
    free(F.ms);
    ctrend__buf name = {0};
    ctrend__series_name(&name, term_of(E, the.rhs, the.term));
    ctrend__buf_printf(&name, " ");
    ctrend__month_name(&name, the.m);
    const char *nm = name.s ? name.s : "?";
    if (segments == 0) {
        ctrend__buf_printf(x, "no value of %s in 0..%g makes the claim hold\n", nm, CTREND__BOUND_MAX);
    } else if (segments > 1) {
        ctrend__buf_printf(x, "the claim holds for several separate ranges of %s\n", nm);
    } else if (first == 0 && last == CTREND__BOUND_MAX) {
        ctrend__buf_printf(x, "the claim holds whatever %s is (0..%g)\n", nm, CTREND__BOUND_MAX);
    } else if (last == CTREND__BOUND_MAX) {
        ctrend__buf_printf(x, "holds only if %s >= %g\n", nm, first);
        c->fig[CTREND_CLAIMS_BOUND] = first;
    } else if (first == 0) {
        ctrend__buf_printf(x, "holds only if %s <= %g\n", nm, last);
        c->fig[CTREND_CLAIMS_BOUND] = last;
    } else if (first == last) {
        ctrend__buf_printf(x, "holds only if %s = %g\n", nm, first);
        c->fig[CTREND_CLAIMS_BOUND] = first;
    } else {
        ctrend__buf_printf(x, "holds only if %g <= %s <= %g\n", first, nm, last);
        c->fig[CTREND_CLAIMS_BOUND] = first;
    }
    ctrend__buf_free(&name);
}

static int miss_cmp(const void *a, const void *b)
{
    const miss *p = a, *q = b;
    if (p->rhs != q->rhs) return p->rhs - q->rhs;
    if (p->term != q->term) return p->term < q->term ? -1 : 1;
    return (p->m > q->m) - (p->m < q->m);
}

/* Sort the missing cells and drop repeats (a cell read more than once): O(m log m). */
static void missing_unique(ev *E)
{
    if (E->nms < 2) return;
    qsort(E->ms, E->nms, sizeof *E->ms, miss_cmp);
    size_t k = 1;
    for (size_t j = 1; j < E->nms; j++)
        if (miss_cmp(&E->ms[j], &E->ms[k - 1]) != 0) E->ms[k++] = E->ms[j];
    E->nms = k;
}

/* "S 2021-12, S 2022-05..2022-12 (8 months), T 2022-01" (sorts and de-duplicates E->ms). */
static void list_missing(ev *E, ctrend__buf *x)
{
    missing_unique(E);
    size_t j = 0;
    int first = 1;
    while (j < E->nms) {
        size_t r = j;
        while (r + 1 < E->nms && E->ms[r + 1].rhs == E->ms[j].rhs &&
               E->ms[r + 1].term == E->ms[j].term && E->ms[r + 1].m == E->ms[r].m + 1)
            r++;
        if (!first) ctrend__buf_printf(x, ", ");
        first = 0;
        ctrend__series_name(x, term_of(E, E->ms[j].rhs, E->ms[j].term));
        ctrend__buf_printf(x, " ");
        ctrend__month_name(x, E->ms[j].m);
        if (r > j) {
            ctrend__buf_printf(x, "..");
            ctrend__month_name(x, E->ms[r].m);
            ctrend__buf_printf(x, " (%zu months)", r - j + 1);
        }
        j = r + 1;
    }
}

/* "previous k" with some base months missing: the change against the months that are there. */
static void partial_base(const ctrend__claim *c, ev *E, ctrend__buf *x)
{
    if (c->kind != K_CHANGE || c->base != B_PREVIOUS) return;
    ev F = *E;
    F.ms = NULL;
    F.nms = F.cap = 0;
    F.trace = NULL;
    F.ov = 0;
    const double x1 = esum(&F, 0, c->m1, c->m1);
    if (F.nms) {
        free(F.ms);
        return;
    }
    double s = 0.0, t = 0.0, d = 0.0;
    ctrend__buf months = {0};
    for (int32_t m = c->m1 - c->k; m < c->m1; m++) {
        const size_t before = F.nms;
        const double v = esum(&F, 0, m, m);
        if (F.nms == before && !isnan(v)) {
            s += v;
            t += 1.0;
            d += ctrend_month_days(m);
            if (months.len) ctrend__buf_printf(&months, ", ");
            ctrend__month_name(&months, m);
        }
    }
    free(F.ms);
    if (t > 0 && s > 0) {
        const double r = c->per_day ? (x1 / ctrend_month_days(c->m1)) / (s / d) : x1 / (s / t);
        ctrend__buf_printf(x, "versus the months present alone (%s): %.15g vs mean %.6g: %+.1f%%\n",
                           months.s ? months.s : "", x1, c->per_day ? s / d : s / t, 100.0 * (r - 1.0));
    }
    ctrend__buf_free(&months);
}

static void describe(const ctrend__claim *c, ctrend__buf *x)
{
    ctrend__buf_printf(x, "claim: %s\n", c->text ? c->text : "");
    switch (c->kind) {
    case K_CHANGE: {
        int32_t a, b;
        base_range(c, &a, &b);
        ctrend__buf_printf(x, "change of ");
        ctrend__expr_name(x, &c->lhs);
        ctrend__buf_printf(x, " in ");
        ctrend__month_name(x, c->m1);
        if (c->m2 != c->m1) {
            ctrend__buf_printf(x, "..");
            ctrend__month_name(x, c->m2);
        }
        ctrend__buf_printf(x, " vs %s", c->base == B_PREVIOUS ? "the mean of " : "");
        ctrend__month_name(x, a);
        if (b != a) {
            ctrend__buf_printf(x, "..");
            ctrend__month_name(x, b);
        }
        ctrend__buf_printf(x, "%s; claimed: %s%s %g%s\n", c->per_day ? " (per day)" : "",
                           c->direction < 0 ? "down " : (c->direction > 0 ? "up " : ""),
                           ctrend__cmp_word(c->cmp), c->q, c->unit == 'x' ? "x" : "%");
        break;
    }
    default:
        break;
    }
}

int ctrend__claim_eval(ctrend__claim *c, const ctrend_frame *data)
{
    ev E;
    memset(&E, 0, sizeof E);
    E.f = data;
    E.c = c;
    ctrend__buf x = {0};
    for (size_t f = 0; f < 9; f++) c->fig[f] = NAN;
    c->noise = 0;
    free(c->expl);
    c->expl = NULL;
    describe(c, &x);
    int rc = CTREND_OK;
    if (c->kind == K_TREND) {
        rc = eval_trend(c, &E, &x);
    } else {
        ctrend__buf_printf(&x, "data:\n");
        E.trace = &x;
        double v, q;
        const int holds = arith(&E, &v, &q);
        E.trace = NULL;
        if (E.oom) rc = CTREND_ENOMEM;
        else if (E.nms) {
            c->verdict = CTREND_VERDICT_UNVERIFIABLE;
            ctrend__buf_printf(&x, "UNVERIFIABLE: missing ");
            list_missing(&E, &x);
            ctrend__buf_printf(&x, "\n");
            c->fig[CTREND_CLAIMS_QUOTED] = c->kind == K_DAILY ? days(c->m1, c->m2) : c->q;
            if (c->rhs.n || c->kind == K_RECORD) c->fig[CTREND_CLAIMS_QUOTED] = NAN;
            if (E.nms == 1) bound(c, &E, &x);
            partial_base(c, &E, &x);
        } else {
            c->verdict = holds ? CTREND_VERDICT_SUPPORTED : CTREND_VERDICT_CONTRADICTED;
            c->fig[CTREND_CLAIMS_COMPUTED] = v;
            c->fig[CTREND_CLAIMS_QUOTED] = q;
            switch (c->kind) {
            case K_VALUE:
            case K_SUM:
            case K_MEAN:
                if (c->rhs.n) {
                    ctrend__buf_printf(&x, "left side = %.15g, right side (", v);
                    ctrend__expr_name(&x, &c->rhs);
                    ctrend__buf_printf(&x, ") = %.15g: %s", q, holds ? "equal" : "differ");
                    if (!holds) ctrend__buf_printf(&x, " by %.15g", fabs(v - q));
                    ctrend__buf_printf(&x, "\n");
                } else {
                    ctrend__buf_printf(&x, "%s = %.10g; quoted %s %.*f\n",
                                       c->kind == K_MEAN ? "mean" : (c->kind == K_SUM ? "sum" : "value"),
                                       v, ctrend__cmp_word(c->cmp), c->q_decimals, q);
                    if (!holds && c->cmp == C_EQ)
                        ctrend__buf_printf(&x, "off by %.10g\n", v - q);
                }
                break;
            case K_DAILY:
                ctrend__buf_printf(&x, "count %.15g vs %.15g days: %s\n", v, q,
                                   holds ? "at least one a day" : "fewer than one a day");
                break;
            case K_CHANGE: {
                /* v is measured in the claim's direction; a negative v went the other way
                 * ("down -75%" reads as "up 75%") */
                const int flip = c->unit != 'x' && c->direction != 0 && v < 0;
                const int dir = flip ? -c->direction : c->direction;
                ctrend__buf_printf(&x, "computed: %s%.4g%s (quoted: %s%s %g%s)\n",
                                   dir < 0 ? "down " : (dir > 0 ? "up " : ""), flip ? -v : v,
                                   c->unit == 'x' ? "x" : "%",
                                   c->direction < 0 ? "down " : (c->direction > 0 ? "up " : ""),
                                   ctrend__cmp_word(c->cmp), c->q, c->unit == 'x' ? "x" : "%");
                rc = change_stats(c, &E, &x);
                break;
            }
            case K_RECORD:
                ctrend__buf_printf(&x, "%s in the target month %.6g; in ", c->record_change ? "change %" : "value", v);
                ctrend__month_name(&x, c->b1);
                ctrend__buf_printf(&x, " %.6g; every month between must be %s\n", q,
                                   c->high ? "lower" : "higher");
                break;
            default:
                break;
            }
            if (rc == CTREND_OK) {
                ctrend__buf_printf(&x, "%s", holds ? "SUPPORTED" : "CONTRADICTED");
                if (c->kind == K_CHANGE && holds && c->noise) {
                    const double p = isnan(c->fig[CTREND_CLAIMS_P_CLAIM]) ? c->fig[CTREND_CLAIMS_P_VALUE]
                                                                          : c->fig[CTREND_CLAIMS_P_CLAIM];
                    ctrend__buf_printf(&x, ", but within noise: p = %.2g", p);
                }
                ctrend__buf_printf(&x, "\n");
            }
        }
    }
    free(E.ms);
    c->expl = ctrend__buf_take(&x);
    if (rc == CTREND_OK && !c->expl) rc = CTREND_ENOMEM;
    return rc;
}
