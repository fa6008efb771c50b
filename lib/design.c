/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * design.c — calendar regression designs (trend, Fourier, dummies, steps, slopes,
 * covariates, offsets) and their extension into the future.
 *
 * The column definitions follow the reference scripts (/work/shared/reference/_shared,
 * reference_r.R: mk_design): trend = 1..n inside the window, sin/cos(2*pi*k*m/12) with the
 * calendar month m (Jan = 1), equal to tsModel::harmonic(month, K, 12) column-wise as used by
 * Lopez Bernal, Cummins & Gasparrini (2017, IJE 46:348) for interrupted time series.
 * Columns are generated on demand from their description, so the window and any number of
 * future months come from the same code.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ctrend/design.h"
#include "ctrend/error.h"
#include "ctrend/month.h"
#include "design_internal.h"
#include "internal.h"

static const double TWO_PI = 6.283185307179586476925286766559;

enum col_kind { COL_INTERCEPT, COL_TREND, COL_SIN, COL_COS, COL_MONTH, COL_STEP, COL_SLOPE,
                COL_EXTRA };

typedef struct dcol {
    int kind;
    int32_t month; /* step / slope month; harmonic k; month-of-year for dummies */
    char *name;
    double *x;      /* COL_EXTRA: n window values; COL_SIN/COS: 12 values by month */
    double *future; /* COL_EXTRA: n_future values or NULL */
    size_t n_future;
} dcol;

struct ctrend_design {
    int32_t start;
    size_t n;
    int intercept;
    size_t ncol, cap; /* excluding the intercept */
    dcol *cols;
    int off_days;
    double *logexp; /* n or NULL */
    double *logexp_future;
    size_t n_logexp_future;
};

static void col_clear(dcol *c)
{
    free(c->name);
    free(c->x);
    free(c->future);
}

int ctrend_design_new(int32_t start_month, size_t n_months, ctrend_design **out)
{
    if (!out || n_months == 0) return CTREND_EINVAL;
    /* the window must lie in the calendar (years 1..9999): every month index computed from
     * it (start + i, steps, future rows) then fits in int32_t, and every size n * p is small */
    const int32_t mmin = CTREND_YEAR_MIN * 12, mmax = CTREND_YEAR_MAX * 12 + 11;
    if (start_month < mmin || start_month > mmax || n_months > (size_t)(mmax - start_month) + 1)
        return CTREND_ERANGE;
    ctrend_design *d = calloc(1, sizeof *d);
    if (!d) return CTREND_ENOMEM;
    d->start = start_month;
    d->n = n_months;
    d->intercept = 1;
    *out = d;
    return CTREND_OK;
}

void ctrend_design_free(ctrend_design *d)
{
    if (!d) return;
    for (size_t j = 0; j < d->ncol; ++j) col_clear(&d->cols[j]);
    free(d->cols);
    free(d->logexp);
    free(d->logexp_future);
    free(d);
}

/* A copy of x[0..n) (NULL for an empty or absent x, or when malloc fails). */
static double *dup_array(const double *x, size_t n)
{
    return ctrend__memdup_n(x, n, sizeof *x);
}

int ctrend_design_clone(const ctrend_design *d, ctrend_design **out)
{
    if (!d || !out) return CTREND_EINVAL;
    ctrend_design *c = calloc(1, sizeof *c);
    if (!c) return CTREND_ENOMEM;
    *c = *d;
    c->cols = NULL;
    c->ncol = c->cap = 0;
    c->logexp = c->logexp_future = NULL;
    c->n_logexp_future = 0;
    int st = CTREND_ENOMEM;
    if (d->ncol) {
        c->cols = calloc(d->ncol, sizeof *c->cols);
        if (!c->cols) goto fail;
        c->cap = d->ncol;
    }
    for (size_t j = 0; j < d->ncol; ++j) {
        const dcol *s = &d->cols[j];
        dcol *t = &c->cols[j];
        t->kind = s->kind;
        t->month = s->month;
        t->n_future = s->n_future;
        c->ncol = j + 1;
        t->name = ctrend__strdup(s->name);
        if (!t->name) goto fail;
        if (s->x && !(t->x = dup_array(s->x, s->kind == COL_EXTRA ? d->n : 12))) goto fail;
        if (s->future && !(t->future = dup_array(s->future, s->n_future))) goto fail;
    }
    if (d->logexp && !(c->logexp = dup_array(d->logexp, d->n))) goto fail;
    if (d->logexp_future) {
        if (!(c->logexp_future = dup_array(d->logexp_future, d->n_logexp_future))) goto fail;
        c->n_logexp_future = d->n_logexp_future;
    }
    *out = c;
    return CTREND_OK;
fail:
    ctrend_design_free(c);
    return st;
}

/* values of a window-or-future series from row `first` on: n_sub window values and the
 * remaining (n - first - n_sub) window values followed by the nf future values as future */
static int slice_series(const double *x, size_t n, const double *f, size_t nf, size_t first,
                        size_t n_sub, double **win, double **fut, size_t *n_fut)
{
    const size_t rest = n - first - n_sub;
    *win = dup_array(x + first, n_sub);
    *fut = NULL;
    *n_fut = rest + nf;
    if (!*win) return CTREND_ENOMEM;
    if (*n_fut == 0) return CTREND_OK;
    *fut = ctrend__malloc_n(*n_fut, 1, sizeof **fut);
    if (!*fut) return CTREND_ENOMEM;
    if (rest) memcpy(*fut, x + first + n_sub, rest * sizeof **fut);
    if (nf) memcpy(*fut + rest, f, nf * sizeof **fut);
    /* a NaN in the observed rest cannot be a future value: carry the last finite one */
    for (size_t i = 0; i < *n_fut; ++i)
        if (isnan((*fut)[i])) (*fut)[i] = i > 0 ? (*fut)[i - 1] : (*win)[n_sub - 1];
    return CTREND_OK;
}

int ctrend_design_window(const ctrend_design *d, size_t first, size_t n_months,
                         ctrend_design **out)
{
    if (!d || !out || n_months == 0) return CTREND_EINVAL;
    if (first > d->n || n_months > d->n - first) return CTREND_ERANGE;
    ctrend_design *c = NULL;
    int st = ctrend_design_clone(d, &c);
    if (st) return st;
    c->start = d->start + (int32_t)first;
    c->n = n_months;
    for (size_t j = 0; j < c->ncol; ++j) {
        dcol *t = &c->cols[j];
        const dcol *s0 = &d->cols[j];
        if (t->kind != COL_EXTRA) continue;
        free(t->x);
        free(t->future);
        t->x = t->future = NULL;
        st = slice_series(s0->x, d->n, s0->future, s0->n_future, first, n_months, &t->x,
                          &t->future, &t->n_future);
        if (st) goto fail;
    }
    if (d->logexp) {
        free(c->logexp);
        free(c->logexp_future);
        c->logexp = c->logexp_future = NULL;
        st = slice_series(d->logexp, d->n, d->logexp_future, d->n_logexp_future, first,
                          n_months, &c->logexp, &c->logexp_future, &c->n_logexp_future);
        if (st) goto fail;
    }
    *out = c;
    return CTREND_OK;
fail:
    ctrend_design_free(c);
    return st;
}

int ctrend_design_set_intercept(ctrend_design *d, int on)
{
    if (!d) return CTREND_EINVAL;
    d->intercept = on ? 1 : 0;
    return CTREND_OK;
}

static int name_taken(const ctrend_design *d, const char *name)
{
    if (strcmp(name, "(Intercept)") == 0) return 1;
    for (size_t j = 0; j < d->ncol; ++j)
        if (strcmp(d->cols[j].name, name) == 0) return 1;
    return 0;
}

static int push_col(ctrend_design *d, int kind, int32_t month, const char *name)
{
    if (name_taken(d, name)) return CTREND_EDUPLICATE;
    if (d->ncol == d->cap) {
        size_t nc = d->cap ? 2 * d->cap : 8;
        dcol *p = ctrend__realloc_n(d->cols, nc, sizeof *p);
        if (!p) return CTREND_ENOMEM;
        d->cols = p;
        d->cap = nc;
    }
    dcol *c = &d->cols[d->ncol];
    memset(c, 0, sizeof *c);
    c->kind = kind;
    c->month = month;
    c->name = ctrend__strdup(name);
    if (!c->name) return CTREND_ENOMEM;
    d->ncol++;
    return CTREND_OK;
}

int ctrend_design_add_trend(ctrend_design *d)
{
    if (!d) return CTREND_EINVAL;
    return push_col(d, COL_TREND, 0, "trend");
}

/* Undo the columns pushed since ncol0: a multi-column add is all or nothing, so a failure
 * midway (ENOMEM, or EDUPLICATE on the k-th name) leaves the design as it was on entry. */
static void drop_cols_from(ctrend_design *d, size_t ncol0)
{
    while (d->ncol > ncol0) {
        d->ncol--;
        col_clear(&d->cols[d->ncol]);
        memset(&d->cols[d->ncol], 0, sizeof d->cols[d->ncol]);
    }
}

static int add_fourier_pairs(ctrend_design *d, size_t k_pairs)
{
    static const char *const per[CTREND_DESIGN_MAX_FOURIER] = {"12", "6", "4", "3", "2.4"};
    for (size_t k = 1; k <= k_pairs; ++k) {
        char nm[16];
        snprintf(nm, sizeof nm, "sin%s", per[k - 1]);
        int st = push_col(d, COL_SIN, (int32_t)k, nm);
        if (st) return st;
        snprintf(nm, sizeof nm, "cos%s", per[k - 1]);
        if ((st = push_col(d, COL_COS, (int32_t)k, nm))) return st;
        /* 12-entry tables by month of year, so building rows needs no trigonometry */
        dcol *cs = &d->cols[d->ncol - 2], *cc = &d->cols[d->ncol - 1];
        cs->x = malloc(12 * sizeof *cs->x);
        cc->x = malloc(12 * sizeof *cc->x);
        if (!cs->x || !cc->x) return CTREND_ENOMEM;
        for (int m = 1; m <= 12; ++m) {
            cs->x[m - 1] = sin(TWO_PI * (double)m / (12.0 / (double)k));
            cc->x[m - 1] = cos(TWO_PI * (double)m / (12.0 / (double)k));
        }
    }
    return CTREND_OK;
}

int ctrend_design_add_fourier(ctrend_design *d, size_t k_pairs)
{
    if (!d || k_pairs == 0 || k_pairs > CTREND_DESIGN_MAX_FOURIER) return CTREND_EINVAL;
    const size_t ncol0 = d->ncol;
    int st = add_fourier_pairs(d, k_pairs);
    if (st) drop_cols_from(d, ncol0);
    return st;
}

int ctrend_design_add_month_dummies(ctrend_design *d)
{
    if (!d) return CTREND_EINVAL;
    const size_t ncol0 = d->ncol;
    for (int32_t m = d->intercept ? 2 : 1; m <= 12; ++m) {
        char nm[16];
        snprintf(nm, sizeof nm, "month%d", (int)m);
        int st = push_col(d, COL_MONTH, m, nm);
        if (st) {
            drop_cols_from(d, ncol0);
            return st;
        }
    }
    return CTREND_OK;
}

int ctrend_design_add_step(ctrend_design *d, int32_t month, const char *name)
{
    if (!d) return CTREND_EINVAL;
    return push_col(d, COL_STEP, month, name ? name : "step");
}

int ctrend_design_add_slope_change(ctrend_design *d, int32_t month, const char *name)
{
    if (!d) return CTREND_EINVAL;
    return push_col(d, COL_SLOPE, month, name ? name : "slope");
}

static int check_values(const double *x, size_t n, int allow_nan)
{
    for (size_t i = 0; i < n; ++i) {
        if (isnan(x[i])) {
            if (!allow_nan) return CTREND_EDOMAIN;
        } else if (!isfinite(x[i])) {
            return CTREND_EDOMAIN;
        }
    }
    return CTREND_OK;
}

int ctrend_design_add_column(ctrend_design *d, const char *name, const double *x, size_t n)
{
    if (!d || !name || !x || n != d->n) return CTREND_EINVAL;
    int st = check_values(x, n, 1);
    if (st) return st;
    double *v = dup_array(x, n);
    if (!v) return CTREND_ENOMEM;
    if ((st = push_col(d, COL_EXTRA, 0, name))) {
        free(v);
        return st;
    }
    d->cols[d->ncol - 1].x = v;
    return CTREND_OK;
}

int ctrend_design_set_future_column(ctrend_design *d, const char *name, const double *x,
                                    size_t h)
{
    if (!d || !name || !x || h == 0) return CTREND_EINVAL;
    size_t j;
    for (j = 0; j < d->ncol; ++j)
        if (d->cols[j].kind == COL_EXTRA && strcmp(d->cols[j].name, name) == 0) break;
    if (j == d->ncol) return CTREND_ENOTFOUND;
    int st = check_values(x, h, 0);
    if (st) return st;
    double *v = dup_array(x, h);
    if (!v) return CTREND_ENOMEM;
    free(d->cols[j].future);
    d->cols[j].future = v;
    d->cols[j].n_future = h;
    return CTREND_OK;
}

int ctrend_design_set_offset_days(ctrend_design *d, int on)
{
    if (!d) return CTREND_EINVAL;
    d->off_days = on ? 1 : 0;
    return CTREND_OK;
}

int ctrend_design_set_offset(ctrend_design *d, const double *log_exposure, size_t n)
{
    if (!d) return CTREND_EINVAL;
    if (!log_exposure) {
        free(d->logexp);
        d->logexp = NULL;
        return CTREND_OK;
    }
    if (n != d->n) return CTREND_EINVAL;
    int st = check_values(log_exposure, n, 1);
    if (st) return st;
    double *v = dup_array(log_exposure, n);
    if (!v) return CTREND_ENOMEM;
    free(d->logexp);
    d->logexp = v;
    return CTREND_OK;
}

int ctrend_design_set_future_offset(ctrend_design *d, const double *log_exposure, size_t h)
{
    if (!d || !log_exposure || h == 0) return CTREND_EINVAL;
    int st = check_values(log_exposure, h, 0);
    if (st) return st;
    double *v = dup_array(log_exposure, h);
    if (!v) return CTREND_ENOMEM;
    free(d->logexp_future);
    d->logexp_future = v;
    d->n_logexp_future = h;
    return CTREND_OK;
}

size_t ctrend_design_ncol(const ctrend_design *d)
{
    return d ? d->ncol + (size_t)d->intercept : 0;
}

size_t ctrend_design_nrow(const ctrend_design *d)
{
    return d ? d->n : 0;
}

int32_t ctrend__design_start(const ctrend_design *d) { return d->start; }

int ctrend_design_start(const ctrend_design *d, int32_t *month)
{
    if (!d || !month) return CTREND_EINVAL;
    *month = d->start;
    return CTREND_OK;
}

const char *ctrend__design_col_name(const ctrend_design *d, size_t j)
{
    if (d->intercept) {
        if (j == 0) return "(Intercept)";
        --j;
    }
    return d->cols[j].name;
}

int ctrend_design_col_name(const ctrend_design *d, size_t j, const char **name)
{
    if (!d || !name) return CTREND_EINVAL;
    if (j >= ctrend_design_ncol(d)) return CTREND_ERANGE;
    *name = ctrend__design_col_name(d, j);
    return CTREND_OK;
}

int ctrend_design_find(const ctrend_design *d, const char *name, size_t *j)
{
    if (!d || !name || !j) return CTREND_EINVAL;
    const size_t p = ctrend_design_ncol(d);
    for (size_t k = 0; k < p; ++k)
        if (strcmp(ctrend__design_col_name(d, k), name) == 0) {
            *j = k;
            return CTREND_OK;
        }
    return CTREND_ENOTFOUND;
}

/* Value of a window-or-future series at row i: window x[i]; future f[i-n] when given,
 * else the last available value carried forward. */
static double series_at(const double *x, size_t n, const double *f, size_t nf, size_t i)
{
    if (i < n) return x[i];
    if (nf > 0) return f[(i - n < nf) ? i - n : nf - 1];
    return x[n - 1];
}

static double col_value(const ctrend_design *d, const dcol *c, size_t i)
{
    const int32_t month = d->start + (int32_t)i;
    const int32_t moy = ctrend_month_of_year(month); /* 1..12 */
    switch (c->kind) {
    case COL_TREND: return (double)(i + 1);
    /* 2*pi*m/period with period 12/k, evaluated in R's order (2*pi*m/6 for k = 2) */
    case COL_SIN: return c->x ? c->x[moy - 1] : sin(TWO_PI * (double)moy / (12.0 / (double)c->month));
    case COL_COS: return c->x ? c->x[moy - 1] : cos(TWO_PI * (double)moy / (12.0 / (double)c->month));
    case COL_MONTH: return moy == c->month ? 1.0 : 0.0;
    case COL_STEP: return month >= c->month ? 1.0 : 0.0;
    case COL_SLOPE: return month > c->month ? (double)(month - c->month) : 0.0;
    case COL_EXTRA: return series_at(c->x, d->n, c->future, c->n_future, i);
    default: return 1.0;
    }
}

int ctrend_design_matrix(const ctrend_design *d, size_t first, size_t rows, double *out,
                         size_t cap, double *off, size_t off_cap, size_t *needed)
{
    if (!d) return CTREND_EINVAL;
    const size_t p = ctrend_design_ncol(d);
    if (p && rows > SIZE_MAX / p) return CTREND_ERANGE;
    if (needed) *needed = rows * p;
    if (!out) return CTREND_OK; /* size query */
    if (cap < rows * p || (off && off_cap < rows)) return CTREND_ERANGE;
    for (size_t r = 0; r < rows; ++r) {
        const size_t i = first + r;
        double *row = out + r * p;
        size_t k = 0;
        if (d->intercept) row[k++] = 1.0;
        for (size_t j = 0; j < d->ncol; ++j) row[k++] = col_value(d, &d->cols[j], i);
        if (off) {
            double o = 0.0;
            if (d->off_days) o += log((double)ctrend_month_days(d->start + (int32_t)i));
            if (d->logexp)
                o += series_at(d->logexp, d->n, d->logexp_future, d->n_logexp_future, i);
            off[r] = o;
        }
    }
    return CTREND_OK;
}

/* ---- internal accessors for the models ------------------------------------------ */

int ctrend__design_has_intercept(const ctrend_design *d)
{
    return d->intercept;
}

int ctrend__design_has_offset(const ctrend_design *d)
{
    return d->off_days || d->logexp != NULL;
}

/* ---- 1.0 additions: exposure -------------------------------------------------------- */

/* The offset of a rate model is log(exposure) (a count per person, per unit of exposure).
 * Only a positive finite exposure has a logarithm that means anything: log(0) = -Inf would
 * make the expected count 0 whatever the coefficients (and a count > 0 impossible), a
 * negative one has none. Those are refused, naming the month, instead of turning into a
 * silent -Inf or NaN; a missing exposure (NaN) makes the month missing, like a NaN count. */
int ctrend_design_set_exposure(ctrend_design *d, const double *exposure, size_t n,
                               ctrend_error *err)
{
    if (!d || !exposure || n != d->n)
        return ctrend_error_set(err, CTREND_EINVAL, NULL, 0, 0, NULL,
                                d && exposure ? "exposure: n must be the design's number of months" : NULL);
    for (size_t i = 0; i < n; ++i) {
        const double e = exposure[i];
        if (isnan(e) || (e > 0 && e < INFINITY)) continue;
        char mo[CTREND_MONTH_STRLEN], msg[160];
        if (ctrend_month_format(d->start + (int32_t)i, mo, sizeof mo) != CTREND_OK) mo[0] = '\0';
        snprintf(msg, sizeof msg,
                 "exposure %g at %s: an exposure must be positive and finite (NaN = a missing month)",
                 e, mo);
        return ctrend_error_set(err, CTREND_EDOMAIN, NULL, 0, 0, NULL, msg);
    }
    double *v = ctrend__malloc_n(n ? n : 1, 1, sizeof *v);
    if (!v) return ctrend_error_set(err, CTREND_ENOMEM, NULL, 0, 0, NULL, NULL);
    for (size_t i = 0; i < n; ++i) v[i] = isnan(exposure[i]) ? NAN : log(exposure[i]);
    free(d->logexp);
    d->logexp = v;
    ctrend_error_clear(err);
    return CTREND_OK;
}
