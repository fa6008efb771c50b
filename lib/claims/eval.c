/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * eval.c — evaluate one claim against a frame: arithmetic, verdict, exact statistics, bounds,
 * and the one-line note.
 *
 * Semantics (docs/claims.md):
 *   - A quoted figure with d decimals and no comparator ("83%", "= 30") holds when the computed
 *     value rounds (half away from zero) to it at d decimals (`rounding = round`, default);
 *     `truncate` cuts toward zero instead ("12%" for 12.8%), `either` accepts both and says
 *     in the note when only truncation makes it hold. A right-hand series expression
 *     (part/total consistency) must be equal exactly; the difference is reported.
 *   - more than/over/above/> are strict; at least/>= are not; about/~ holds within the
 *     tolerance (record key `tolerance`, else the ABOUT_RTOL option, default 10% of the figure);
 *     nearly/almost: q - tol <= v and v rounds to at most q; up/down slightly: 0 < change <
 *     slight (default 10%), up/down sharply: change > sharp (default 25%).
 *   - Changes: rate ratio R = (x1/t1)/(x2/t2), x = sums of counts, t = months (per-day: days);
 *     "%" compares 100 (R - 1) (with "down": 100 (1 - R)), "x" compares R (with "down": 1/R).
 *     Zero bases, decided here: 0 in both periods is no change (R = 1, 0%); a positive count
 *     against a zero base has no finite relative change, so a claimed rise is UNVERIFIABLE
 *     (any rise "from nothing" is infinitely large) and a claimed fall CONTRADICTED.
 *     Exact statistics from ctrend_exact_rate_ratio (R's poisson.test): CI at the LEVEL
 *     option (default 95%) and two-sided p
 *     for R = 1; for inequality claims also the one-sided p of H0 "the threshold is not passed".
 *   - Shares: 100 part/total (sums over the range); a zero total is UNVERIFIABLE.
 *   - Records 'in PERIOD': the target's unit (month, or calendar year for a range of years)
 *     has exactly N-1 units strictly above it (below, for lowest) and none equal: a tie is
 *     CONTRADICTED and named in the note. Ranks: strict order of the listed expressions.
 *   - Any missing cell makes the claim UNVERIFIABLE (trends excepted: they fit the months
 *     present, at least 3, and the note names those left out); every missing (series, month)
 *     is listed; with exactly one missing cell, the values 0..BOUND_MAX (option) that make the
 *     claim hold are found (bound(): bisection for sums, shares and changes, whose value is
 *     monotone in the cell, each trial O(1) through a memo of partial sums; candidate values
 *     only for records and ranks) and reported.
 *   - Vintages: a series "NAME@YYYY-MM-DD" holds NAME as published that day; a claim reads,
 *     per cell, the latest vintage published by its `as of` date (or the file's as_of), else
 *     the undated series or the latest vintage; the note names the vintage and any other
 *     vintage that would flip the verdict.
 *   - Trend: Poisson log-linear regression log mu_t = a + b t over the range (months present,
 *     or calendar-year totals for a range of years), fitted by the models module
 *     (ctrend_model_fit); Wald z-test of b; the number of steps against the claimed
 *     direction is reported.
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
#include "internal.h"

/* The largest value tried for a single missing cell when searching the bound is the
 * BOUND_MAX option (o->bound_max, default CTREND_CLAIMS_BOUND_MAX).
 * Record-change bound searches try every value 0..bound_max, each reading every
 * month of the period: skipped (and said so) beyond this many months. */
#define CTREND__BOUND_RECORD_CHANGE_MONTHS 120
/* Distinct vintage dates tried for "another vintage would flip the verdict". */
#define CTREND__MAX_FLIP_VINTAGES 32

typedef struct miss {
    int rhs;
    size_t term;
    int32_t m;
} miss;

/* A term's sources: the undated series and its vintages (latest first). */
typedef struct tsrc {
    size_t undated; /* SIZE_MAX if absent */
    size_t lo, hi, about; /* NAME@min, NAME@max, NAME@about series (approximate cells), or SIZE_MAX */
    size_t *vidx;   /* frame series */
    int32_t *vday;
    size_t nv;
} tsrc;

/* An approximate data cell: the source gave a bound (>= lo, <= hi) or "about" a figure. */
typedef struct approx {
    int rhs;
    size_t term;
    int32_t m;
    double lo, hi; /* integers; hi may be +inf */
} approx;
#define CTREND__MAX_APPROX 8

/* Memo of partial sums during the bound search (key: side, terms j0..j1, months a..b). */
typedef struct memo_e {
    int used, rhs, in;
    size_t j0, j1;
    int32_t a, b;
    double base; /* the sum with the missing cell taken as 0 */
} memo_e;

typedef struct ev {
    const ctrend_frame *f;
    const ctrend__claim *c;
    const struct ctrend_claims_opts *o; /* level, alpha, about tolerance, bound maximum */
    tsrc *src; /* lhs terms then rhs terms */
    miss *ms;
    size_t nms, cap;
    int ov; /* override active */
    miss ovc;
    double ovv;
    int oom;
    ctrend__buf *trace; /* when non-NULL, every cell read is written here */
    int32_t as_of;      /* vintage cut-off in effect */
    int32_t used_day;   /* latest vintage read (INT32_MIN none) */
    int used_undated;   /* an undated series was read */
    memo_e *memo;
    size_t memo_cap, memo_n;
    /* flags of the last arith() */
    int zero;      /* change: 1 positive over a zero base, 2 zero over zero */
    int trunc_only; /* holds only when the source truncated */
    int tie;       /* record/rank: ties */
    int32_t tie_unit;
    size_t tie_a, tie_b;
    int share_zero; /* share: total 0 */
    approx ap[CTREND__MAX_APPROX]; /* approximate cells read (first CTREND__MAX_APPROX) */
    size_t nap;          /* approximate cells read (may exceed the array) */
    int fix;             /* the approximate cells take the values in fixv (corner evaluation) */
    double fixv[CTREND__MAX_APPROX];
} ev;

static const ctrend__series *term_of(const ev *E, int rhs, size_t term)
{
    return rhs ? &E->c->rhs.s[term] : &E->c->lhs.s[term];
}

static const tsrc *src_of(const ev *E, int rhs, size_t term)
{
    return &E->src[rhs ? E->c->lhs.n + term : term];
}

static double read_cell(ev *E, int rhs, size_t term, int32_t m)
{
    const tsrc *t = src_of(E, rhs, term);
    double v = NAN;
    if (t->nv && !(E->as_of == CTREND__NO_ASOF && t->undated != SIZE_MAX)) {
        for (size_t k = 0; k < t->nv; k++) {
            if (E->as_of != CTREND__NO_ASOF && t->vday[k] > E->as_of) continue;
            double x = NAN;
            (void)ctrend_frame_get(E->f, t->vidx[k], m, &x);
            if (!isnan(x)) {
                if (t->vday[k] > E->used_day) E->used_day = t->vday[k];
                return x;
            }
        }
        return NAN;
    }
    if (t->undated != SIZE_MAX) {
        (void)ctrend_frame_get(E->f, t->undated, m, &v);
        if (!isnan(v) && t->nv) E->used_undated = 1;
    }
    if (isnan(v) && (t->lo != SIZE_MAX || t->hi != SIZE_MAX || t->about != SIZE_MAX)) {
        double lo = NAN, hi = NAN, ab = NAN;
        if (t->lo != SIZE_MAX) (void)ctrend_frame_get(E->f, t->lo, m, &lo);
        if (t->hi != SIZE_MAX) (void)ctrend_frame_get(E->f, t->hi, m, &hi);
        if (t->about != SIZE_MAX) (void)ctrend_frame_get(E->f, t->about, m, &ab);
        if (!isnan(ab)) { /* "about" with the record's tolerance (default 10%) */
            const ctrend__claim *c = E->c;
            const double tol = isnan(c->tol) ? E->o->about_rtol * ab : (c->tol_rel ? c->tol * ab : c->tol);
            lo = ab - tol;
            hi = ab + tol;
        }
        if (!isnan(lo) || !isnan(hi)) {
            lo = isnan(lo) ? 0.0 : fmax(0.0, ceil(lo - 1e-9));
            hi = isnan(hi) ? INFINITY : floor(hi + 1e-9);
            size_t k = 0;
            while (k < E->nap && k < CTREND__MAX_APPROX &&
                   !(E->ap[k].rhs == rhs && E->ap[k].term == term && E->ap[k].m == m))
                k++;
            if (k == E->nap || k == CTREND__MAX_APPROX) {
                if (E->nap < CTREND__MAX_APPROX) {
                    approx *a = &E->ap[E->nap];
                    a->rhs = rhs;
                    a->term = term;
                    a->m = m;
                    a->lo = lo;
                    a->hi = hi;
                    k = E->nap;
                }
                E->nap++;
            }
            if (E->fix && k < CTREND__MAX_APPROX) return E->fixv[k];
            return lo; /* placeholder: the verdict is decided over the interval */
        }
    }
    return v;
}

static double cell(ev *E, int rhs, size_t term, int32_t m)
{
    if (E->ov && E->ovc.rhs == rhs && E->ovc.term == term && E->ovc.m == m) return E->ovv;
    const double v = read_cell(E, rhs, term, m);
    if (isnan(v)) {
        /* Appended without a search (a search of the whole list made checking quadratic in
         * the number of missing cells); a repeat of the last entry is skipped here, others
         * are removed by missing_unique() before the list is counted or printed. */
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
        ctrend__buf_put(E->trace, "  ", 2);
        ctrend__series_name(E->trace, term_of(E, rhs, term));
        ctrend__buf_put(E->trace, " ", 1);
        ctrend__month_name(E->trace, m);
        ctrend__buf_put(E->trace, " = ", 3);
        ctrend__buf_g15(E->trace, v);
        ctrend__buf_put(E->trace, "\n", 1);
    }
    return v;
}

/* Slot hash of a memo key: the key's words folded with a multiply-xorshift mix per word
 * (the splitmix64 finaliser, Steele et al. 2014), a few instructions where the byte-wise
 * FNV-1a it replaces cost 32 multiplies a call (9% of the fuzz target's time, callgrind).
 * Only slot positions depend on it: lookups compare whole keys, so results cannot change. */
static uint64_t mix64(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

static uint64_t memo_hash(int rhs, size_t j0, size_t j1, int32_t a, int32_t b)
{
    const uint64_t k0 = ((uint64_t)(uint32_t)rhs << 32) ^ (uint64_t)j0;
    const uint64_t k1 = ((uint64_t)j1 << 32) ^ (uint64_t)(uint32_t)a;
    return mix64(mix64(k0 ^ mix64(k1)) ^ (uint64_t)(uint32_t)b);
}

static double esum_raw(ev *E, int rhs, size_t j0, size_t j1, int32_t a, int32_t b)
{
    double s = 0.0;
    for (int32_t m = a; m <= b; m++)
        for (size_t j = j0; j < j1; j++) s += cell(E, rhs, j, m);
    return s;
}

/* Sum of terms j0..j1 of a side over months a..b (NaN if any cell is missing; all are still
 * read). During the bound search (E->memo) each distinct sum is computed once with the
 * missing cell as 0 and then costs O(1): base + v when the cell lies inside. */
static double esum_terms(ev *E, int rhs, size_t j0, size_t j1, int32_t a, int32_t b)
{
    if (!E->memo) return esum_raw(E, rhs, j0, j1, a, b);
    if (2 * (E->memo_n + 1) > E->memo_cap) { /* grow (rehash) */
        const size_t nc = 2 * E->memo_cap;
        memo_e *nm = calloc(nc, sizeof *nm);
        if (!nm) {
            E->oom = 1;
            return NAN;
        }
        for (size_t k = 0; k < E->memo_cap; k++)
            if (E->memo[k].used) {
                const memo_e *o = &E->memo[k];
                size_t h = (size_t)memo_hash(o->rhs, o->j0, o->j1, o->a, o->b) & (nc - 1);
                while (nm[h].used) h = (h + 1) & (nc - 1);
                nm[h] = *o;
            }
        free(E->memo);
        E->memo = nm;
        E->memo_cap = nc;
    }
    size_t h = (size_t)memo_hash(rhs, j0, j1, a, b) & (E->memo_cap - 1);
    for (;; h = (h + 1) & (E->memo_cap - 1)) {
        memo_e *e = &E->memo[h];
        if (!e->used) break;
        if (e->rhs == rhs && e->j0 == j0 && e->j1 == j1 && e->a == a && e->b == b)
            return e->in ? e->base + E->ovv : e->base;
    }
    const double v = E->ovv;
    E->ovv = 0.0;
    const double base = esum_raw(E, rhs, j0, j1, a, b);
    E->ovv = v;
    memo_e *e = &E->memo[h];
    e->used = 1;
    e->rhs = rhs;
    e->j0 = j0;
    e->j1 = j1;
    e->a = a;
    e->b = b;
    e->base = base;
    e->in = E->ovc.rhs == rhs && E->ovc.term >= j0 && E->ovc.term < j1 && E->ovc.m >= a &&
            E->ovc.m <= b;
    E->memo_n++;
    return e->in ? base + v : base;
}

static double esum(ev *E, int rhs, int32_t a, int32_t b)
{
    const ctrend__expr *e = rhs ? &E->c->rhs : &E->c->lhs;
    return esum_terms(E, rhs, 0, e->n, a, b);
}

static double days(int32_t a, int32_t b)
{
    double d = 0.0;
    for (int32_t m = a; m <= b; m++) d += ctrend_month_days(m);
    return d;
}

static double tol_abs(const ev *E, const ctrend__claim *c)
{
    if (isnan(c->tol)) return E->o->about_rtol * fabs(c->q);
    return c->tol_rel ? c->tol * fabs(c->q) : c->tol;
}

/* v cut toward zero at d decimals (a tiny allowance so 82.99999999997 reads as 83). */
static double truncate_at(double v, int d)
{
    const double sc = pow(10.0, d);
    const double t = v * sc;
    return trunc(t + copysign(1e-9 * fmax(1.0, fabs(t)), t)) / sc;
}

static int compare(ev *E, double v, double q, int exact)
{
    const ctrend__claim *c = E->c;
    if (isnan(v)) return 0;
    const double half = 0.5 * pow(10.0, -c->q_decimals);
    switch (c->cmp) {
    case C_GT: return v > q;
    case C_LT: return v < q;
    case C_GE: return v >= q;
    case C_LE: return v <= q;
    case C_ABOUT: return fabs(v - q) <= tol_abs(E, c) * (1 + 1e-12);
    case C_NEARLY: return v >= q - tol_abs(E, c) * (1 + 1e-12) && v < q + half;
    case C_SLIGHT: return v > 0 && v < c->slight;
    case C_SHARP: return v > c->sharp;
    default:
        if (exact) return v == q;
        {
            const double sc = pow(10.0, c->q_decimals);
            const double r = round(v * sc) / sc;
            const int by_round = fabs(r - q) <= 1e-9 * fmax(1.0, fabs(q));
            const int by_trunc = fabs(truncate_at(v, c->q_decimals) - q) <= 1e-9 * fmax(1.0, fabs(q));
            if (c->rounding == R_TRUNCATE) return by_trunc;
            if (c->rounding == R_EITHER) {
                if (by_trunc && !by_round) E->trunc_only = 1;
                return by_round || by_trunc;
            }
            return by_round;
        }
    }
}

/* Ratio -> the claim's units. */
static double in_units(const ctrend__claim *c, double ratio)
{
    if (c->unit == 'x') return c->direction < 0 ? 1.0 / ratio : ratio;
    const double pct = 100.0 * (ratio - 1.0);
    return c->direction < 0 ? -pct : pct;
}

/* Month-on-month % change at m (for records of changes). NaN if missing or base 0. */
static double mom(ev *E, int32_t m)
{
    const double a = esum(E, 0, m, m), b = esum(E, 0, m - 1, m - 1);
    if (isnan(a) || isnan(b) || b == 0.0) return NAN;
    return 100.0 * (a / b - 1.0);
}

/* Records 'in PERIOD': number of units, first month of unit k, value of unit k. */
static int32_t n_units(const ctrend__claim *c)
{
    return c->years ? (c->b2 - c->b1 + 1) / 12 : c->b2 - c->b1 + 1;
}

static double unit_value(ev *E, int32_t k)
{
    const ctrend__claim *c = E->c;
    if (c->years) return esum(E, 0, c->b1 + 12 * k, c->b1 + 12 * k + 11);
    return c->record_change ? mom(E, c->b1 + k) : esum(E, 0, c->b1 + k, c->b1 + k);
}

static double item_value(ev *E, size_t k)
{
    const ctrend__claim *c = E->c;
    const size_t j0 = k ? c->item_end[k - 1] : 0;
    return esum_terms(E, 0, j0, c->item_end[k], c->m1, c->m2);
}

static int cmp_desc(const void *a, const void *b)
{
    const double x = *(const double *)a, y = *(const double *)b;
    return (x < y) - (x > y);
}

/* The arithmetic of each kind (no statistics): *v the computed value, *q the quoted one (or
 * what it is compared with); returns 1 when the claim holds. */

/* value, sum, mean: against the quoted number, or exactly against a right-hand expression. */
static int arith_count(ev *E, double *v, double *q)
{
    const ctrend__claim *c = E->c;
    double s = esum(E, 0, c->m1, c->m2);
    if (c->kind == K_MEAN) s /= (double)(c->m2 - c->m1 + 1);
    *v = s;
    if (c->rhs.n) *q = esum(E, 1, c->m1, c->m2);
    return compare(E, *v, *q, c->rhs.n > 0);
}

/* daily: at least one a day (the count against the days of the range). */
static int arith_daily(ev *E, double *v, double *q)
{
    const ctrend__claim *c = E->c;
    *v = esum(E, 0, c->m1, c->m2);
    *q = days(c->m1, c->m2);
    return *v >= *q;
}

/* share: 100 part / total; a zero total is flagged (undefined). */
static int arith_share(ev *E, double *v, double *q)
{
    const ctrend__claim *c = E->c;
    const double part = esum(E, 0, c->m1, c->m2), total = esum(E, 1, c->m1, c->m2);
    if (total == 0.0) {
        E->share_zero = 1;
        *v = NAN;
        return 0;
    }
    *v = 100.0 * part / total;
    return compare(E, *v, *q, 0);
}

/* change: the rate ratio (per month or per day) in the claim's units; zero bases flagged. */
static int arith_change(ev *E, double *v, double *q)
{
    const ctrend__claim *c = E->c;
    int32_t a, b;
    (void)ctrend__claim_base(c, &a, &b);
    const double x1 = esum(E, 0, c->m1, c->m2), x2 = esum(E, 0, a, b);
    const double t1 = c->per_day ? days(c->m1, c->m2) : (double)(c->m2 - c->m1 + 1);
    const double t2 = c->per_day ? days(a, b) : (double)(b - a + 1);
    double r = (x1 / t1) / (x2 / t2);
    if (x2 == 0.0 && x1 == 0.0) {
        E->zero = 2; /* nothing in either period: no change */
        r = 1.0;
    } else if (x2 == 0.0) {
        E->zero = 1; /* no finite relative change from zero */
        *v = NAN;
        return 0;
    }
    *v = in_units(c, r);
    return compare(E, *v, *q, 0);
}

/* record ... since MONTH: the target above (below) every month since, and not below the first. */
static int arith_record_since(ev *E, double *v, double *q)
{
    const ctrend__claim *c = E->c;
    const double x = c->record_change ? mom(E, c->m1) : esum(E, 0, c->m1, c->m1);
    *v = x;
    int ok = 1;
    for (int32_t m = c->b1 + 1; m < c->m1; m++) {
        const double y = c->record_change ? mom(E, m) : esum(E, 0, m, m);
        if (!(c->high ? y < x : y > x)) {
            ok = 0;
            if (E->ov) break; /* bound search: the verdict is all that is needed */
        }
    }
    const double s = c->record_change ? mom(E, c->b1) : esum(E, 0, c->b1, c->b1);
    *q = s;
    if (!(c->high ? s >= x : s <= x)) ok = 0;
    return ok;
}

/* record ... Nth in PERIOD: exactly N-1 units above the target and none equal; *q the value
 * that holds the claimed place (not computed during a bound search). */
static int arith_record_in(ev *E, double *v, double *q)
{
    const ctrend__claim *c = E->c;
    const int32_t nu = n_units(c);
    const int32_t tu = c->years ? (c->m1 - c->b1) / 12 : c->m1 - c->b1;
    const double x = unit_value(E, tu);
    int32_t above = 0, ties = 0;
    double *vals = E->ov ? NULL : malloc((size_t)nu * sizeof *vals);
    for (int32_t k = 0; k < nu; k++) {
        const double y = k == tu ? x : unit_value(E, k);
        if (vals) vals[k] = y;
        if (k == tu) continue;
        if (c->high ? y > x : y < x) above++;
        else if (y == x) {
            if (!ties) E->tie_unit = k;
            ties++;
        }
    }
    *v = x;
    *q = NAN;
    if (vals) { /* the value that holds the claimed place */
        qsort(vals, (size_t)nu, sizeof *vals, cmp_desc);
        *q = c->high ? vals[c->nth - 1] : vals[nu - c->nth];
        free(vals);
    } else if (!E->ov) {
        E->oom = 1;
    }
    E->tie = ties;
    return above == c->nth - 1 && ties == 0 && !isnan(x);
}

/* rank: the items in strict order (or the first highest); the first tie is recorded. */
static int arith_rank(ev *E, double *v, double *q)
{
    const ctrend__claim *c = E->c;
    const double x0 = item_value(E, 0);
    double prev = x0;
    int ok = 1;
    *v = x0;
    *q = NAN;
    for (size_t k = 1; k < c->n_items; k++) {
        const double y = item_value(E, k);
        const double cmpto = c->rank_order == RK_FIRST ? x0 : prev;
        const int good = c->rank_order == RK_LOWEST_FIRST ? y > cmpto : y < cmpto;
        if (y == cmpto && !E->tie) {
            E->tie = 1;
            E->tie_a = c->rank_order == RK_FIRST ? 0 : k - 1;
            E->tie_b = k;
        }
        if (!good) ok = 0;
        if (c->rank_order == RK_FIRST && (isnan(*q) || y > *q)) *q = y;
        prev = y;
    }
    return ok;
}

/*
 * Arithmetic of the claim (no statistics). *v computed value, *q quoted value; returns 1 when it
 * holds, 0 when not; E->nms > 0 afterwards means data were missing (result meaningless).
 */
static int arith(ev *E, double *v, double *q)
{
    const ctrend__claim *c = E->c;
    *q = c->q;
    E->zero = E->trunc_only = E->tie = E->share_zero = 0;
    switch (c->kind) {
    case K_VALUE:
    case K_SUM:
    case K_MEAN: return arith_count(E, v, q);
    case K_DAILY: return arith_daily(E, v, q);
    case K_SHARE: return arith_share(E, v, q);
    case K_CHANGE: return arith_change(E, v, q);
    case K_RECORD: return c->nth == 0 ? arith_record_since(E, v, q) : arith_record_in(E, v, q);
    case K_RANK: return arith_rank(E, v, q);
    default: return 0;
    }
}

static void list_missing(ev *E, ctrend__buf *x);
/* ---- trend ------------------------------------------------------------------------------ */

/*
 * Poisson log-linear trend log mu_t = a + b t over the claim's range, fitted by the models
 * module (ctrend_model_fit, R's glm.fit IRLS; missing months are dropped rows, as na.omit),
 * with a tight IRLS tolerance so the Wald statistics match glm(..., epsilon = 1e-14).
 * Over a range of years the points are calendar-year totals (a year with a missing month is
 * left out, as a missing month is).
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
    if (rc == CTREND_OK) rc = ctrend_model_opts_set_double(o, CTREND_OPT_EPSILON, CTREND__TREND_EPSILON);
    if (rc == CTREND_OK) rc = ctrend_model_fit(o, CTREND_FAMILY_POISSON, d, y, n, &m, NULL);
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

/* The two-sided normal quantile of a Wald interval at this level: z_{(1+level)/2}; 0.1 used
 * the literal 1.959963984540054 for 0.95, kept so default results are bit-identical. */
static double wald_z(double level)
{
    return level == CTREND_CLAIMS_LEVEL ? 1.959963984540054 : gsl_cdf_ugaussian_Pinv(0.5 + 0.5 * level);
}

/* The trend's points y[0..n) (a month, or a calendar year's total; NaN when a cell is
 * missing), every cell read traced to x; *ups / *downs count the steps between consecutive
 * points present. Returns the number of points present. */
static size_t trend_points(const ctrend__claim *c, ev *E, ctrend__buf *x, double *y, size_t n, int *ups,
                           int *downs)
{
    const int yr = c->years;
    size_t k = 0;
    double prev = NAN;
    E->trace = x;
    for (size_t u = 0; u < n; u++) {
        const size_t before = E->nms;
        const int32_t a = yr ? c->m1 + 12 * (int32_t)u : c->m1 + (int32_t)u;
        const double v = esum(E, 0, a, yr ? a + 11 : a);
        y[u] = NAN;
        if (E->nms == before && !isnan(v)) {
            y[u] = v;
            k++;
            if (!isnan(prev)) {
                if (v > prev) (*ups)++;
                else if (v < prev) (*downs)++;
            }
            prev = v;
        } else {
            prev = NAN;
        }
    }
    E->trace = NULL;
    return k;
}

/* No trend to test (fewer than 3 points, all zero, or zeros separated): UNVERIFIABLE. */
static void trend_unfit(ctrend__claim *c, ev *E, ctrend__buf *x, ctrend__buf *note, int rc, size_t k,
                        const char *unit)
{
    c->verdict = CTREND_VERDICT_UNVERIFIABLE;
    ctrend__buf_printf(x, "UNVERIFIABLE: %s (%zu %s(s) with data in the range)\n",
                       rc == CTREND_ESHORT ? (c->years ? "a trend needs at least 3 years"
                                                       : "a trend needs at least 3 months")
                                           : "the log-linear trend does not exist "
                                             "(all zero, or zeros separated)",
                       k, unit);
    if (E->nms) {
        ctrend__buf_printf(x, "missing ");
        list_missing(E, x);
        ctrend__buf_printf(x, "\n");
        ctrend__buf_printf(note, "missing ");
        list_missing(E, note);
    } else {
        ctrend__buf_printf(note, "%s", rc == CTREND_ESHORT ? "fewer than 3 points"
                                                           : "no log-linear trend (all zero, or zeros separated)");
    }
}

static int eval_trend(ctrend__claim *c, ev *E, ctrend__buf *x, ctrend__buf *note)
{
    const int yr = c->years;
    const size_t n = yr ? (size_t)(c->m2 - c->m1 + 1) / 12 : (size_t)(c->m2 - c->m1 + 1);
    const char *unit = yr ? "year" : "month";
    double *y = malloc(n * sizeof *y);
    if (!y) return CTREND_ENOMEM;
    int ups = 0, downs = 0;
    const size_t k = trend_points(c, E, x, y, n, &ups, &downs);
    double b = NAN, se = NAN, p2 = NAN;
    /* the trend column is 1..n whatever the design's start, so a range of years starts at
     * its first January (a start of month 0, year 0, is outside the calendar) */
    const int rc = k < 3 ? CTREND_ESHORT : poisson_trend(c->m1, y, n, &b, &se, &p2);
    free(y);
    if (rc == CTREND_ESHORT || rc == CTREND_EALLZERO || rc == CTREND_ESEPARATION) {
        trend_unfit(c, E, x, note, rc, k, unit);
        return CTREND_OK;
    }
    if (rc != CTREND_OK) return rc;
    const double z = b / se;
    const double p1 = c->trend_dir < 0 ? gsl_cdf_ugaussian_P(z) : gsl_cdf_ugaussian_Q(z);
    c->fig[CTREND_CLAIMS_COMPUTED] = 100.0 * (exp(b) - 1.0);
    c->fig[CTREND_CLAIMS_RATIO] = exp(b);
    const double zq = wald_z(E->o->level);
    c->fig[CTREND_CLAIMS_CI_LOWER] = exp(b - zq * se);
    c->fig[CTREND_CLAIMS_CI_UPPER] = exp(b + zq * se);
    c->fig[CTREND_CLAIMS_P_VALUE] = p2;
    c->fig[CTREND_CLAIMS_P_CLAIM] = p1;
    const int agrees = c->trend_dir < 0 ? b < 0 : b > 0;
    c->verdict = agrees ? CTREND_VERDICT_SUPPORTED : CTREND_VERDICT_CONTRADICTED;
    c->noise = p1 >= E->o->alpha;
    const ctrend__trend_text tt = {k, unit, b, E->o->level, c->fig[CTREND_CLAIMS_CI_LOWER],
                                   c->fig[CTREND_CLAIMS_CI_UPPER], p2, p1, ups, downs,
                                   c->trend_dir < 0 ? ups : downs};
    ctrend__explain_trend(x, &tt);
    if (agrees && c->noise) ctrend__buf_printf(note, "within noise");
    if (E->nms) {
        ctrend__buf_printf(x, "note: left out (missing): ");
        list_missing(E, x);
        ctrend__buf_printf(x, "\n");
        /* the rule for missing months in a trend: fitted on those present, said here */
        ctrend__buf_printf(note, "%sfitted on %zu of %zu %ss, left out (missing): ", note->len ? "; " : "", k,
                           n, unit);
        list_missing(E, note);
    }
    if (agrees && c->noise)
        ctrend__buf_printf(x, "SUPPORTED, but within noise (not significant at %g)\n", E->o->alpha);
    else
        ctrend__buf_printf(x, "%s\n", agrees ? "SUPPORTED" : "CONTRADICTED");
    return CTREND_OK;
}

/* ---- changes: exact statistics ------------------------------------------------------------ */

static int change_stats(ctrend__claim *c, ev *E, ctrend__buf *x)
{
    int32_t a, b;
    (void)ctrend__claim_base(c, &a, &b);
    ctrend__buf *tr = E->trace;
    E->trace = NULL;
    const double x1 = esum(E, 0, c->m1, c->m2), x2 = esum(E, 0, a, b);
    E->trace = tr;
    const double m1 = (double)(c->m2 - c->m1 + 1), m2 = (double)(b - a + 1);
    const double d1 = days(c->m1, c->m2), d2 = days(a, b);
    const double t1 = c->per_day ? d1 : m1, t2 = c->per_day ? d2 : m2;
    const ctrend_exact_test h2s = {1.0, CTREND_TWO_SIDED, E->o->level};
    ctrend_exact_result rr;
    int rc = ctrend_exact_rate_ratio(x1, t1, x2, t2, &h2s, &rr);
    const double est = rr.estimate, lo = rr.lower, hi = rr.upper, p = rr.p_value;
    if (rc == CTREND_EDOMAIN) {
        ctrend__buf_printf(x, "exact test skipped: counts are not non-negative integers\n");
        return CTREND_OK;
    }
    if (rc != CTREND_OK) return rc;
    c->fig[CTREND_CLAIMS_RATIO] = x1 == 0.0 && x2 == 0.0 ? 1.0 : est; /* 0 vs 0: no change */
    c->fig[CTREND_CLAIMS_CI_LOWER] = lo;
    c->fig[CTREND_CLAIMS_CI_UPPER] = isinf(hi) ? NAN : hi;
    c->fig[CTREND_CLAIMS_P_VALUE] = p;
    ctrend__buf_printf(x, "rate ratio %s: (%.15g/%.15g) / (%.15g/%.15g) = %.6g, exact %g%% CI %.6g..%.6g, "
                          "p = %.4g (two-sided, ratio = 1; R poisson.test)\n",
                       c->per_day ? "per day" : "per month", x1, t1, x2, t2, est, 100.0 * E->o->level, lo,
                       hi, p);
    double pd = NAN;
    if (d1 / m1 != d2 / m2 || c->per_day) {
        const double u1 = c->per_day ? m1 : d1, u2 = c->per_day ? m2 : d2;
        ctrend_exact_result r2;
        rc = ctrend_exact_rate_ratio(x1, u1, x2, u2, &h2s, &r2);
        if (rc != CTREND_OK) return rc;
        const double e2 = r2.estimate, l2 = r2.lower, h2 = r2.upper, p2 = r2.p_value;
        ctrend__buf_printf(x, "  %s: (%.15g/%.15g) / (%.15g/%.15g) = %.6g, CI %.6g..%.6g, p = %.4g\n",
                           c->per_day ? "per month" : "per day (months differ in length)", x1, u1,
                           x2, u2, e2, l2, h2, p2);
        pd = c->per_day ? est : e2;
    } else {
        pd = est;
    }
    c->fig[CTREND_CLAIMS_RATIO_PER_DAY] = x1 == 0.0 && x2 == 0.0 ? 1.0 : pd;
    /* one-sided test of the stated threshold ("sharply" is "more than sharp%") */
    const int cmp = c->cmp == C_SHARP ? C_GT : c->cmp;
    if (cmp == C_GT || cmp == C_GE || cmp == C_LT || cmp == C_LE) {
        const int flip = c->direction < 0;
        const double qq = c->cmp == C_SHARP ? c->sharp : c->q;
        const double r0 = c->unit == 'x' ? (flip ? 1.0 / qq : qq)
                                         : (flip ? 1.0 - qq / 100.0 : 1.0 + qq / 100.0);
        int greater = cmp == C_GT || cmp == C_GE;
        if (flip) greater = !greater;
        if (r0 > 0.0 && isfinite(r0) && x1 + x2 > 0.0) {
            const ctrend_exact_test h = {r0, greater ? CTREND_GREATER : CTREND_LESS,
                                         E->o->level};
            ctrend_exact_result rc1;
            rc = ctrend_exact_rate_ratio(x1, t1, x2, t2, &h, &rc1);
            if (rc != CTREND_OK) return rc;
            const double pc = rc1.p_value;
            c->fig[CTREND_CLAIMS_P_CLAIM] = pc;
            ctrend__buf_printf(x, "  one-sided exact test of the stated threshold: H0 ratio %s %.6g "
                                  "vs %s, p = %.4g\n",
                               greater ? "<=" : ">=", r0, greater ? "greater" : "less", pc);
            c->noise = pc >= E->o->alpha;
            return CTREND_OK;
        }
    }
    c->noise = p >= E->o->alpha;
    return CTREND_OK;
}

/* ---- the single-missing-value bound ----------------------------------------------------- */

static int holds_at(ev *F, double v)
{
    double cv, q;
    F->ovv = v;
    return arith(F, &cv, &q) && F->nms == 0;
}

static int cmp_dbl(const void *a, const void *b)
{
    const double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Records ('in PERIOD' or 'since') of values and ranks compare sums with each other, so
 * whether the claim holds changes only where the sum holding the missing cell meets another:
 * v = y - r for r that sum without the cell and y any other compared sum. Candidates
 * floor(y - r) - 1 .. ceil(y - r) + 1 (and 0, the maximum) cover every change; between two
 * candidates the outcome is constant. Returns the sorted candidates (caller frees) or NULL. */
static double *candidates(ev *F, size_t *nc)
{
    const ctrend__claim *c = F->c;
    size_t nu = 0;
    int32_t since_a = 0;
    if (c->kind == K_RANK) nu = c->n_items;
    else if (c->nth) nu = (size_t)n_units(c);
    else {
        since_a = c->b1;
        nu = (size_t)(c->m1 - c->b1 + 1);
    }
    double *y = malloc(nu * sizeof *y);
    double *cand = malloc((3 * nu + 2) * sizeof *cand);
    if (!y || !cand) {
        free(y);
        free(cand);
        return NULL;
    }
    F->ovv = 0.0;
    size_t star = SIZE_MAX;
    for (size_t k = 0; k < nu; k++) {
        if (c->kind == K_RANK) {
            y[k] = item_value(F, k);
            const size_t j0 = k ? c->item_end[k - 1] : 0;
            if (!F->ovc.rhs && F->ovc.term >= j0 && F->ovc.term < c->item_end[k]) star = k;
        } else if (c->nth) {
            y[k] = unit_value(F, (int32_t)k);
            const int32_t a = c->years ? c->b1 + 12 * (int32_t)k : c->b1 + (int32_t)k;
            if (F->ovc.m >= a && F->ovc.m <= (c->years ? a + 11 : a)) star = k;
        } else {
            const int32_t m = since_a + (int32_t)k;
            y[k] = esum(F, 0, m, m);
            if (F->ovc.m == m) star = k;
        }
    }
    size_t n = 0;
    cand[n++] = 0.0;
    cand[n++] = F->o->bound_max;
    if (star != SIZE_MAX)
        for (size_t k = 0; k < nu; k++) {
            if (k == star || isnan(y[k])) continue;
            const double d = y[k] - y[star];
            const double lo = floor(d) - 1, hi = ceil(d) + 1;
            for (double t = lo; t <= hi; t += 1.0)
                if (t > 0 && t < F->o->bound_max) cand[n++] = t;
        }
    free(y);
    qsort(cand, n, sizeof *cand, cmp_dbl);
    size_t u = 1;
    for (size_t k = 1; k < n; k++)
        if (cand[k] != cand[u - 1]) cand[u++] = cand[k];
    *nc = u;
    return cand;
}

/* A copy of E for trial evaluations: its own (empty) missing list, no trace, no override, no
 * memo; the caller frees F.ms (and F.memo if it sets one). */
static ev ev_fork(const ev *E)
{
    ev F = *E;
    F.ms = NULL;
    F.nms = F.cap = 0;
    F.trace = NULL;
    F.ov = 0;
    F.memo = NULL;
    F.memo_cap = F.memo_n = 0;
    return F;
}

/* Start the memo of partial sums for a trial override of cell `at`; returns 0 or 1 (OOM). */
static int ev_override(ev *F, miss at)
{
    F->ov = 1;
    F->ovc = at;
    F->memo_cap = 16; /* grows (rehash) as sums are added: most searches need a few */
    F->memo_n = 0;
    F->memo = calloc(F->memo_cap, sizeof *F->memo);
    return F->memo == NULL;
}

/* Where a computed value y lies against the set the claim's test accepts (an interval for
 * every comparator): 0 inside, -1 below, +1 above. */
static int side_of(const ev *E, double y, double q, int holds)
{
    const ctrend__claim *c = E->c;
    if (holds) return 0;
    switch (c->kind == K_DAILY ? C_GE : c->cmp) {
    case C_GT:
    case C_GE:
    case C_SHARP: return -1;
    case C_LT:
    case C_LE: return 1;
    case C_SLIGHT: return y <= 0 ? -1 : 1;
    default: return y < q ? -1 : 1;
    }
}

/* Sums, means, daily counts, shares and changes read the trial cell through sums it enters
 * linearly, so their computed value is monotone in it (each ratio a/b, (a+v)/(b+v) or its
 * reciprocal is) and the values that hold form one run: found by bisection on side_of()
 * with O(log range) trials instead of one per value. v = lo is tried on its own (a zero base
 * can make it special). A value or sum compared with a right-hand expression (L = R, L > R,
 * about ...) holds on an interval of L - R, and the one missing cell enters L or R once with
 * coefficient 1, so L - R rises (cell on the left) or falls (on the right) with it: the same
 * bisection, its direction taken from the side (it was a scan of all 0..BOUND_MAX, 10^5
 * evaluations per claim: 5 ms, and 250 ms in the sanitizer build of the fuzz target).
 * Returns 0 when the shortcut does not apply (a non-finite value at the ends): the caller
 * scans. */
static int bisect_holds(ev *F, double lo, double hi, double *first, double *last, int *segments,
                        int *all)
{
    const ctrend__claim *c = F->c;
    const int kind_ok = c->kind == K_SUM || c->kind == K_MEAN || c->kind == K_DAILY ||
                        c->kind == K_CHANGE || c->kind == K_SHARE || c->kind == K_VALUE;
    if (!kind_ok || hi - lo < 64) return 0;
    const int versus_expr = c->rhs.n && c->kind != K_SHARE; /* L compared with R */
    double y0, y1, q0, q;
    F->ovv = lo + 1;
    const int h0 = arith(F, &y0, &q0) && F->nms == 0;
    F->ovv = hi;
    const int h1 = arith(F, &y1, &q) && F->nms == 0;
    if (!isfinite(y0) || !isfinite(y1) || F->nms) return 0;
    if (versus_expr && (!isfinite(q0) || !isfinite(q))) return 0;
    const int dir = versus_expr ? (F->ovc.rhs ? -1 : 1) : (y1 >= y0 ? 1 : -1);
    /* g(v) = dir * side: -1 ... 0 ... +1, non-decreasing on lo+1..hi */
#define G(v, out)                                                                            \
    do {                                                                                     \
        double y_;                                                                           \
        F->ovv = (v);                                                                        \
        const int h_ = arith(F, &y_, &q) && F->nms == 0;                                     \
        if (!isfinite(y_)) return 0;                                                         \
        (out) = dir * side_of(F, y_, q, h_);                                                 \
    } while (0)
    int g0 = dir * side_of(F, y0, q0, h0), g1 = dir * side_of(F, y1, q, h1);
    /* first v with g >= 0, first v with g > 0 (hi + 1 if none) */
    double a = lo + 1, b = hi + 1;
    if (g0 < 0) {
        double l = lo + 1, r = hi + 1; /* g(l) < 0, g(r) >= 0 (r = hi + 1 virtual) */
        if (g1 >= 0) r = hi;
        else l = hi;
        if (g1 >= 0)
            while (r - l > 1) {
                const double m = floor((l + r) / 2);
                int g;
                G(m, g);
                if (g < 0) l = m;
                else r = m;
            }
        a = g1 >= 0 ? r : hi + 1;
    }
    if (a <= hi) {
        int ga;
        G(a, ga);
        if (ga > 0) b = a;
        else if (g1 <= 0) b = hi + 1;
        else {
            double l = a, r = hi; /* g(l) <= 0, g(r) > 0 */
            while (r - l > 1) {
                const double m = floor((l + r) / 2);
                int g;
                G(m, g);
                if (g <= 0) l = m;
                else r = m;
            }
            b = r;
        }
    }
#undef G
    const int hl = holds_at(F, lo);
    *first = *last = -1;
    *segments = 0;
    if (hl) {
        *first = *last = lo;
        *segments = 1;
    }
    if (a < b) { /* a..b-1 hold */
        if (hl && a == lo + 1) {
            *last = b - 1;
        } else {
            (*segments)++;
            if (*first < 0) *first = a;
            *last = b - 1;
        }
    }
    *all = hl && a == lo + 1 && b == hi + 1;
    return 1;
}

/* Try the missing (or approximate) cell F->ovc at the integers lo..hi: every one, or only the
 * candidates where the outcome can change (records of values, ranks; constant between two).
 * *first / *last: the smallest and largest value that holds (-1 when none), *segments: the
 * number of separate runs that hold. Returns 1 when every value of lo..hi holds. */
static int scan_holds(ev *F, double lo, double hi, int by_candidates, double *first, double *last,
                      int *segments)
{
    int prev = 0, all = 1;
    if (!by_candidates && bisect_holds(F, lo, hi, first, last, segments, &all)) return all;
    *first = *last = -1;
    *segments = 0;
    if (by_candidates) {
        size_t nc = 0;
        double *cand = candidates(F, &nc);
        if (!cand) {
            F->oom = 1;
            return 0;
        }
        /* the points lo, the candidates inside (lo, hi], and hi */
        double *pt = malloc((nc + 2) * sizeof *pt);
        size_t np = 0;
        if (!pt) {
            free(cand);
            F->oom = 1;
            return 0;
        }
        pt[np++] = lo;
        for (size_t k = 0; k < nc; k++)
            if (cand[k] > lo && cand[k] <= hi) pt[np++] = cand[k];
        if (pt[np - 1] < hi) pt[np++] = hi;
        free(cand);
        for (size_t k = 0; k < np && !F->oom; k++) {
            const int h = holds_at(F, pt[k]);
            const double end = k + 1 < np ? pt[k + 1] - 1 : pt[k]; /* constant up to here */
            if (!h) all = 0;
            if (h && !prev) {
                (*segments)++;
                if (*first < 0) *first = pt[k];
            }
            if (h) *last = end;
            prev = h;
        }
        free(pt);
        return all;
    }
    for (double v = lo; v <= hi && !F->oom; v += 1.0) {
        const int h = holds_at(F, v);
        if (!h) all = 0;
        if (h && !prev) {
            (*segments)++;
            if (*first < 0) *first = v;
        }
        if (h) *last = v;
        prev = h;
    }
    return all;
}

static void bound(ctrend__claim *c, ev *E, ctrend__buf *x, ctrend__buf *note)
{
    const miss the = E->ms[0];
    ev F = ev_fork(E);
    const int oom = ev_override(&F, the);
    ctrend__buf name = CTREND__BUF_TO(&E->oom);
    ctrend__series_name(&name, term_of(E, the.rhs, the.term));
    ctrend__buf_printf(&name, " ");
    ctrend__month_name(&name, the.m);
    const char *nm = name.s ? name.s : "?";
    if (oom || name.oom) { /* out of memory (name's is E's already): no sentence with "?" */
        free(F.ms);
        free(F.memo);
        E->oom = 1;
        ctrend__buf_free(&name);
        return;
    }
    const int by_candidates = c->kind == K_RANK || (c->kind == K_RECORD && !c->record_change);
    if (c->kind == K_RECORD && c->record_change &&
        (c->nth ? n_units(c) : c->m1 - c->b1 + 1) > CTREND__BOUND_RECORD_CHANGE_MONTHS) {
        ctrend__buf_printf(x, "bound not searched: a record change over more than %d months\n",
                           CTREND__BOUND_RECORD_CHANGE_MONTHS);
        free(F.ms); /* NULL still (ev_fork; only scan_holds fills it): freed like the other exits */
        free(F.memo);
        ctrend__buf_free(&name);
        return;
    }
    double first = -1, last = -1;
    int segments = 0;
    (void)scan_holds(&F, 0.0, E->o->bound_max, by_candidates, &first, &last, &segments);
    if (F.oom) E->oom = 1;
    free(F.ms);
    free(F.memo);
    ctrend__buf_printf(note, "%s", note->len ? "; " : "");
    if (segments == 0) {
        ctrend__buf_printf(x, "no value of %s in 0..%g makes the claim hold\n", nm, E->o->bound_max);
        ctrend__buf_printf(note, "missing %s; no value of it in 0..%g makes the claim hold", nm,
                           E->o->bound_max);
    } else if (segments > 1) {
        ctrend__buf_printf(x, "the claim holds for several separate ranges of %s\n", nm);
        ctrend__buf_printf(note, "missing %s; the claim holds for several separate ranges of it", nm);
    } else if (first == 0 && last == E->o->bound_max) {
        ctrend__buf_printf(x, "the claim holds whatever %s is (0..%g)\n", nm, E->o->bound_max);
        ctrend__buf_printf(note, "missing %s; the claim holds whatever it is (0..%g)", nm, E->o->bound_max);
    } else {
        ctrend__buf line = CTREND__BUF_TO(&E->oom); /* ENOMEM, not an empty sentence */
        if (last == E->o->bound_max) {
            ctrend__buf_printf(&line, "holds only if %s >= %g", nm, first);
            c->fig[CTREND_CLAIMS_BOUND] = first;
        } else if (first == 0) {
            ctrend__buf_printf(&line, "holds only if %s <= %g", nm, last);
            c->fig[CTREND_CLAIMS_BOUND] = last;
        } else if (first == last) {
            ctrend__buf_printf(&line, "holds only if %s = %g", nm, first);
            c->fig[CTREND_CLAIMS_BOUND] = first;
        } else {
            ctrend__buf_printf(&line, "holds only if %g <= %s <= %g", first, nm, last);
            c->fig[CTREND_CLAIMS_BOUND] = first;
        }
        ctrend__buf_printf(x, "%s\n", line.s ? line.s : "");
        ctrend__buf_printf(note, "%s", line.s ? line.s : "");
        ctrend__buf_free(&line);
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
        if (!first) ctrend__buf_puts(x, ", ");
        first = 0;
        ctrend__series_name(x, term_of(E, E->ms[j].rhs, E->ms[j].term));
        ctrend__buf_put(x, " ", 1);
        ctrend__month_name(x, E->ms[j].m);
        if (r > j) {
            ctrend__buf_puts(x, "..");
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
    ev F = ev_fork(E);
    const double x1 = esum(&F, 0, c->m1, c->m2);
    if (F.nms) {
        free(F.ms);
        return;
    }
    const double n1 = (double)(c->m2 - c->m1 + 1), d1 = days(c->m1, c->m2);
    double s = 0.0, t = 0.0, d = 0.0;
    ctrend__buf months = CTREND__BUF_TO(&E->oom); /* no "months present alone ()" */
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
        const double r = c->per_day ? (x1 / d1) / (s / d) : (x1 / n1) / (s / t);
        ctrend__buf_printf(x, "versus the months present alone (%s): %.15g vs mean %.6g: %+.1f%%\n",
                           months.s ? months.s : "", n1 == 1 ? x1 : x1 / n1,
                           c->per_day ? s / d : s / t, 100.0 * (r - 1.0));
    }
    ctrend__buf_free(&months);
}

/* Resolve each term's series: the undated one and its vintages, latest first. */
static int resolve_terms(ev *E, const ctrend__vintages *vi)
{
    const ctrend__claim *c = E->c;
    const size_t nt = c->lhs.n + c->rhs.n;
    E->src = calloc(nt ? nt : 1, sizeof *E->src);
    if (!E->src) return 1;
    for (size_t t = 0; t < nt; t++) {
        const ctrend__series *s = t < c->lhs.n ? &c->lhs.s[t] : &c->rhs.s[t - c->lhs.n];
        tsrc *d = &E->src[t];
        if (ctrend_frame_find(E->f, s->group, s->region, s->metric, &d->undated) != CTREND_OK)
            d->undated = SIZE_MAX;
        {
            static const char *const sfx[3] = {"@min", "@max", "@about"};
            size_t *dst[3] = {&d->lo, &d->hi, &d->about};
            for (int k = 0; k < 3; k++) {
                char name[512];
                *dst[k] = SIZE_MAX;
                if (!vi || !vi->has_approx || strlen(s->metric) + 8 >= sizeof name) continue;
                snprintf(name, sizeof name, "%s%s", s->metric, sfx[k]);
                if (ctrend_frame_find(E->f, s->group, s->region, name, dst[k]) != CTREND_OK) *dst[k] = SIZE_MAX;
            }
        }
        const size_t ml = strlen(s->metric);
        for (size_t k = 0; vi && k < vi->n; k++) {
            const ctrend__vint *w = &vi->v[k];
            if (w->name_len != ml || strncmp(w->metric, s->metric, ml) || strcmp(w->group, s->group) ||
                strcmp(w->region, s->region))
                continue;
            size_t *ni = realloc(d->vidx, (d->nv + 1) * sizeof *ni);
            if (!ni) return 1;
            d->vidx = ni;
            int32_t *nd = realloc(d->vday, (d->nv + 1) * sizeof *nd);
            if (!nd) return 1;
            d->vday = nd;
            size_t p = d->nv++; /* insertion keeps latest first */
            while (p > 0 && d->vday[p - 1] < w->day) {
                d->vidx[p] = d->vidx[p - 1];
                d->vday[p] = d->vday[p - 1];
                p--;
            }
            d->vidx[p] = w->idx;
            d->vday[p] = w->day;
        }
    }
    return 0;
}

static void free_terms(ev *E)
{
    const size_t nt = E->c->lhs.n + E->c->rhs.n;
    for (size_t t = 0; E->src && t < nt; t++) {
        free(E->src[t].vidx);
        free(E->src[t].vday);
    }
    free(E->src);
    E->src = NULL;
}

/* Verdict of the claim's arithmetic against the data as of `day` (no text): for the
 * "another vintage would flip it" check. */
static int quick_verdict(ev *E, int32_t day)
{
    ev F = ev_fork(E);
    F.as_of = day;
    double v, q;
    const int h = arith(&F, &v, &q);
    const int zero_up = F.zero == 1;
    const size_t nms = F.nms;
    free(F.ms);
    if (nms || zero_up) return CTREND_VERDICT_UNVERIFIABLE;
    return h ? CTREND_VERDICT_SUPPORTED : CTREND_VERDICT_CONTRADICTED;
}

/* The vintage part of the note: which vintage was read, and each other vintage date that
 * would give another verdict. */
static void vintage_note(ctrend__claim *c, ev *E, ctrend__buf *note)
{
    const size_t nt = c->lhs.n + c->rhs.n;
    int32_t dates[CTREND__MAX_FLIP_VINTAGES];
    size_t nd = 0;
    for (size_t t = 0; t < nt; t++)
        for (size_t k = 0; k < E->src[t].nv; k++) {
            size_t j = 0;
            while (j < nd && dates[j] != E->src[t].vday[k]) j++;
            if (j == nd && nd < CTREND__MAX_FLIP_VINTAGES) dates[nd++] = E->src[t].vday[k];
        }
    if (!nd) {
        if (c->as_of != CTREND__NO_ASOF) {
            ctrend__buf_printf(note, "%sas of ", note->len ? "; " : "");
            ctrend__day_name(note, c->as_of);
            ctrend__buf_printf(note, ": the data carry no vintages, figures read as given");
        }
        return;
    }
    for (size_t a = 1; a < nd; a++) /* insertion sort, ascending */
        for (size_t b = a; b > 0 && dates[b - 1] > dates[b]; b--) {
            const int32_t t = dates[b];
            dates[b] = dates[b - 1];
            dates[b - 1] = t;
        }
    ctrend__buf_printf(note, "%s", note->len ? "; " : "");
    if (E->used_day != INT32_MIN && !E->used_undated) {
        ctrend__buf_printf(note, "vintage ");
        ctrend__day_name(note, E->used_day);
    } else if (E->used_undated) {
        ctrend__buf_printf(note, "current (undated) figures");
    } else {
        ctrend__buf_printf(note, "no vintage");
    }
    if (c->as_of != CTREND__NO_ASOF) {
        ctrend__buf_printf(note, " (as of ");
        ctrend__day_name(note, c->as_of);
        ctrend__buf_printf(note, ")");
    }
    if (c->verdict != CTREND_VERDICT_SUPPORTED && c->verdict != CTREND_VERDICT_CONTRADICTED &&
        c->verdict != CTREND_VERDICT_UNVERIFIABLE)
        return;
    if (c->kind == K_TREND) return;
    int any = 0;
    for (size_t k = 0; k < nd; k++) {
        if (dates[k] == E->used_day && !E->used_undated) continue;
        const int v = quick_verdict(E, dates[k]);
        if (v == c->verdict) continue;
        ctrend__buf_printf(note, "%s", any ? ", " : "; ");
        ctrend__buf_printf(note, "the vintage of ");
        ctrend__day_name(note, dates[k]);
        ctrend__buf_printf(note, " would make it %s", ctrend_claims_verdict_name(v));
        any = 1;
    }
    if (!any && nd > 1) ctrend__buf_printf(note, "; no other vintage changes the verdict");
}

/* ---- approximate data cells: three-valued verdicts ------------------------------------- */

static void approx_name(ctrend__buf *b, const ev *E, const approx *a)
{
    ctrend__series_name(b, term_of(E, a->rhs, a->term));
    ctrend__buf_printf(b, " ");
    ctrend__month_name(b, a->m);
}

static void approx_range(ctrend__buf *b, const approx *a)
{
    if (isinf(a->hi)) ctrend__buf_printf(b, ">= %g", a->lo);
    else if (a->lo == 0) ctrend__buf_printf(b, "<= %g", a->hi);
    else ctrend__buf_printf(b, "%g..%g", a->lo, a->hi);
}

/* One approximate cell: its integer values lo..min(hi, BOUND_MAX) tried as the missing-cell
 * bound is; the verdict is decided only when all or none hold. */
static void approx_one(ctrend__claim *c, ev *E, ctrend__buf *x, ctrend__buf *note, int by_candidates)
{
    ev F = ev_fork(E);
    const approx *a = &E->ap[0];
    const miss at = {a->rhs, a->term, a->m};
    if (ev_override(&F, at)) {
        E->oom = 1;
        return;
    }
    const double hi = fmin(a->hi, E->o->bound_max);
    double first, last;
    int segments;
    const int all = a->lo <= hi && scan_holds(&F, a->lo, hi, by_candidates, &first, &last, &segments);
    if (F.oom) E->oom = 1;
    free(F.memo);
    free(F.ms);
    ctrend__buf nm = CTREND__BUF_TO(&E->oom), rg = CTREND__BUF_TO(&E->oom); /* no "?" in the note */
    approx_name(&nm, E, a);
    approx_range(&rg, a);
    const char *n = nm.s ? nm.s : "?", *r = rg.s ? rg.s : "?";
    if (all) {
        c->verdict = CTREND_VERDICT_SUPPORTED;
        ctrend__buf_printf(note, "holds for every value of %s the data allow (%s%s)", n, r,
                           isinf(a->hi) ? ", tried to 100000" : "");
    } else if (segments == 0) {
        c->verdict = CTREND_VERDICT_CONTRADICTED;
        ctrend__buf_printf(note, "fails for every value of %s the data allow (%s)", n, r);
    } else if (segments == 1 && first > a->lo) {
        ctrend__buf_printf(note, "the approximate figure decides: holds only if %s >= %g (the data: %s)", n, first, r);
        c->fig[CTREND_CLAIMS_BOUND] = first;
    } else if (segments == 1) {
        ctrend__buf_printf(note, "the approximate figure decides: holds only if %s <= %g (the data: %s)", n, last, r);
        c->fig[CTREND_CLAIMS_BOUND] = last;
    } else {
        ctrend__buf_printf(note, "the approximate figure decides: holds for some values of %s (%s), not others", n, r);
    }
    ctrend__buf_printf(x, "%s: %s\n", ctrend_claims_verdict_name(c->verdict), note->s ? note->s : "");
    ctrend__buf_free(&nm);
    ctrend__buf_free(&rg);
}

/* Several approximate cells: the claim tried at every combination of their ends. */
static void approx_corners(ctrend__claim *c, ev *E, ctrend__buf *x, ctrend__buf *note)
{
    ev F = ev_fork(E);
    const int convex = !(c->kind == K_RECORD && (c->nth > 1 || c->record_change));
    size_t n_hold = 0;
    const size_t n_corner = (size_t)1 << E->nap;
    F.fix = 1;
    for (size_t mask = 0; mask < n_corner; mask++) {
        for (size_t k = 0; k < E->nap; k++)
            F.fixv[k] = (mask >> k) & 1 ? fmin(E->ap[k].hi, E->o->bound_max) : E->ap[k].lo;
        double v, q;
        F.nms = 0;
        if (arith(&F, &v, &q) && F.nms == 0) n_hold++;
    }
    free(F.ms);
    if (n_hold == n_corner && convex) {
        c->verdict = CTREND_VERDICT_SUPPORTED;
        ctrend__buf_printf(note, "holds for every value the data's %zu approximate figures allow", E->nap);
    } else if (n_hold == 0) {
        ctrend__buf_printf(note, "fails at every end of the data's %zu approximate figures, "
                                 "but may hold between them: not decided", E->nap);
    } else {
        ctrend__buf_printf(note, "the data's %zu approximate figures decide: holds for some of their "
                                 "values, not others", E->nap);
    }
    ctrend__buf_printf(x, "%s: %s\n", ctrend_claims_verdict_name(c->verdict), note->s ? note->s : "");
}

/*
 * The data hold approximate figures (bounds, "about"): the claim is SUPPORTED only if it holds
 * for every value consistent with them, CONTRADICTED only if it fails for every one, else
 * UNVERIFIABLE with the deciding bound. One approximate cell: its integer values are tried
 * (as the missing-cell bound; an open bound ">= lo" up to the bound maximum). Several: the
 * claim is tried at every combination of their ends; that decides "holds for all" when the
 * set of values where it holds is convex (the figures enter sums linearly and every kind
 * compares them with intervals or other sums; records ranked 2nd, 3rd... and records of
 * changes are not convex: UNVERIFIABLE unless one cell).
 */
static void approx_verdict(ctrend__claim *c, ev *E, ctrend__buf *x, ctrend__buf *note)
{
    ctrend__buf_printf(x, "approximate figures in the data: ");
    for (size_t k = 0; k < E->nap && k < CTREND__MAX_APPROX; k++) {
        if (k) ctrend__buf_printf(x, ", ");
        approx_name(x, E, &E->ap[k]);
        ctrend__buf_printf(x, " ");
        approx_range(x, &E->ap[k]);
    }
    ctrend__buf_printf(x, "\n");
    c->verdict = CTREND_VERDICT_UNVERIFIABLE;
    if (E->nap > CTREND__MAX_APPROX) {
        ctrend__buf_printf(note, "more than %d approximate figures: not decided", CTREND__MAX_APPROX);
        return;
    }
    if (E->nap == 1)
        approx_one(c, E, x, note, c->kind == K_RANK || (c->kind == K_RECORD && !c->record_change));
    else
        approx_corners(c, E, x, note);
}

/* ---- the verdict and its explanation ------------------------------------------------------- */

/* A claim's results cleared before it is evaluated: every figure NaN, no text. */
static void results_clear(ctrend__claim *c)
{
    for (size_t f = 0; f < CTREND__N_FIGURES; f++) c->fig[f] = NAN;
    c->noise = 0;
    free(c->expl);
    c->expl = NULL;
    free(c->note);
    c->note = NULL;
}

/* Data missing: UNVERIFIABLE, the missing cells listed; with exactly one, the values of it
 * that make the claim hold; a change against 'previous K' also against the months present. */
static void verdict_missing(ctrend__claim *c, ev *E, ctrend__buf *x, ctrend__buf *note)
{
    c->verdict = CTREND_VERDICT_UNVERIFIABLE;
    ctrend__buf_printf(x, "UNVERIFIABLE: missing ");
    list_missing(E, x);
    ctrend__buf_printf(x, "\n");
    c->fig[CTREND_CLAIMS_QUOTED] = c->kind == K_DAILY ? days(c->m1, c->m2) : c->q;
    if (c->rhs.n && c->kind != K_SHARE) c->fig[CTREND_CLAIMS_QUOTED] = NAN;
    if (c->kind == K_RECORD || c->kind == K_RANK || c->cmp == C_SLIGHT || c->cmp == C_SHARP)
        c->fig[CTREND_CLAIMS_QUOTED] = NAN;
    if (E->nms == 1 && E->nap == 0) {
        bound(c, E, x, note);
    } else {
        ctrend__buf_printf(note, "missing ");
        list_missing(E, note);
    }
    partial_base(c, E, x);
}

/* A change with a positive count against a zero base: no finite relative change, so a
 * claimed fall is CONTRADICTED and a claimed rise UNVERIFIABLE. Returns a status. */
static int verdict_zero_base(ctrend__claim *c, ev *E, ctrend__buf *x, ctrend__buf *note)
{
    const int claims_fall = c->direction < 0 || (c->direction == 0 && c->unit == '%' && c->q < 0) ||
                            (c->direction == 0 && c->unit == 'x' && c->q < 1);
    c->verdict = claims_fall ? CTREND_VERDICT_CONTRADICTED : CTREND_VERDICT_UNVERIFIABLE;
    c->fig[CTREND_CLAIMS_QUOTED] = c->cmp == C_SLIGHT || c->cmp == C_SHARP ? NAN : c->q;
    const char *why = claims_fall ? "it rose from a zero base, so it did not fall"
                                  : "the base is 0, so the relative change is undefined "
                                    "(a rise from zero has no finite percentage or ratio)";
    ctrend__buf_printf(x, "%s: %s\n", ctrend_claims_verdict_name(c->verdict), why);
    ctrend__buf_printf(note, "%s", why);
    const int rc = change_stats(c, E, x);
    c->fig[CTREND_CLAIMS_RATIO] = NAN; /* infinite */
    c->fig[CTREND_CLAIMS_RATIO_PER_DAY] = NAN;
    c->fig[CTREND_CLAIMS_CI_UPPER] = NAN;
    return rc;
}

/* The total of rank item k (ctrend__result_text.item_total). */
static double item_total(void *ctx, size_t k) { return item_value(ctx, k); }

/* Every cell present and exact: SUPPORTED or CONTRADICTED, with the figures. Returns a status. */
static int verdict_decided(ctrend__claim *c, ev *E, ctrend__buf *x, ctrend__buf *note, int holds,
                           double v, double q)
{
    c->verdict = holds ? CTREND_VERDICT_SUPPORTED : CTREND_VERDICT_CONTRADICTED;
    c->fig[CTREND_CLAIMS_COMPUTED] = v;
    c->fig[CTREND_CLAIMS_QUOTED] = q;
    if (c->cmp == C_SLIGHT || c->cmp == C_SHARP) c->fig[CTREND_CLAIMS_QUOTED] = NAN;
    ctrend__result_text r = {holds, v, q, NAN, NAN, E->zero == 2, E->tie, E->tie_unit, E->tie_a, E->tie_b,
                             E->trunc_only, item_total, E};
    if (c->kind == K_SHARE) {
        r.part = esum(E, 0, c->m1, c->m2);
        r.total = esum(E, 1, c->m1, c->m2);
    }
    ctrend__explain_result(c, &r, x, note);
    const int rc = c->kind == K_CHANGE ? change_stats(c, E, x) : CTREND_OK;
    if (rc == CTREND_OK) ctrend__explain_verdict(c, &r, x, note);
    return rc;
}

/* Every kind but trend: the arithmetic on the data (each cell read listed), then the verdict
 * by what it found: missing cells, approximate cells, a zero base or total, or a decision. */
static int eval_arith(ctrend__claim *c, ev *E, ctrend__buf *x, ctrend__buf *note)
{
    ctrend__buf_printf(x, "data:\n");
    E->trace = x;
    double v, q;
    const int holds = arith(E, &v, &q);
    E->trace = NULL;
    if (E->oom) return CTREND_ENOMEM;
    if (E->nms) {
        verdict_missing(c, E, x, note);
        return CTREND_OK;
    }
    if (E->nap) {
        c->fig[CTREND_CLAIMS_QUOTED] = c->rhs.n || c->kind == K_RECORD || c->kind == K_RANK ? NAN : c->q;
        approx_verdict(c, E, x, note);
        return CTREND_OK;
    }
    if (c->kind == K_CHANGE && E->zero == 1) return verdict_zero_base(c, E, x, note);
    if (c->kind == K_SHARE && E->share_zero) {
        c->verdict = CTREND_VERDICT_UNVERIFIABLE;
        c->fig[CTREND_CLAIMS_QUOTED] = c->q;
        ctrend__buf_printf(x, "UNVERIFIABLE: the total is 0, so a share is undefined\n");
        ctrend__buf_printf(note, "the total is 0: a share is undefined");
        return CTREND_OK;
    }
    return verdict_decided(c, E, x, note, holds, v, q);
}

/* Notes for every kind: how slightly/sharply were read, the defines used, the vintages. */
static void common_notes(ctrend__claim *c, ev *E, ctrend__buf *note)
{
    if (c->cmp == C_SLIGHT || c->cmp == C_SHARP)
        ctrend__buf_printf(note, "%s'%s' read as a change %s %g%%", note->len ? "; " : "",
                           c->cmp == C_SLIGHT ? "slightly" : "sharply",
                           c->cmp == C_SLIGHT ? "between 0 and" : "over",
                           c->cmp == C_SLIGHT ? c->slight : c->sharp);
    if (c->defs) ctrend__buf_printf(note, "%sread with define %s", note->len ? "; " : "", c->defs);
    vintage_note(c, E, note);
}

int ctrend__claim_eval(ctrend__claim *c, const ctrend_frame *data, const ctrend__vintages *vi,
                       const struct ctrend_claims_opts *o)
{
    ev E;
    memset(&E, 0, sizeof E);
    E.f = data;
    E.c = c;
    E.o = o;
    E.as_of = c->as_of;
    E.used_day = INT32_MIN;
    ctrend__buf x = CTREND__BUF_TO(&E.oom), note = CTREND__BUF_TO(&E.oom);
    results_clear(c);
    if (resolve_terms(&E, vi)) {
        free_terms(&E);
        return CTREND_ENOMEM;
    }
    ctrend__explain_claim(c, &x);
    int rc = c->kind == K_TREND ? eval_trend(c, &E, &x, &note) : eval_arith(c, &E, &x, &note);
    if (rc == CTREND_OK) common_notes(c, &E, &note);
    free(E.ms);
    free_terms(&E);
    c->expl = ctrend__buf_take(&x);
    c->note = ctrend__buf_take(&note);
    if (rc == CTREND_OK && (!c->expl || !c->note)) rc = CTREND_ENOMEM;
    if (rc == CTREND_OK && E.oom) rc = CTREND_ENOMEM;
    return rc;
}
