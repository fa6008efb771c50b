/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * backtest.c — rolling-origin evaluation (see include/ctrend/backtest.h).
 *
 * Method: time-series cross-validation on an expanding window ("evaluation on a rolling
 * forecasting origin", Hyndman & Athanasopoulos, Forecasting: principles and practice, 3rd
 * ed., sec. 5.10; Tashman 2000, Int. J. Forecasting 16:437-450). Every forecast is scored
 * with the kernels of score.c; the table pools all (origin, lead) pairs of a model, as the
 * ViEWS prediction challenge pools its country-months.
 *
 * Per origin only one h x n_samples block of draws is alive; per pair we keep the point
 * forecast, the 90% bounds, the CRPS and the ignorance, and summarise when a model is added.
 *
 * Cancellation (ctrend_backtest_add_model, ctrend_backtest_add_baseline_v2): the model
 * options' flag is polled before every origin and every scored pair, and inside each
 * origin's forecast (every 64 simulations and inside each horizon's ordering) or baseline
 * (every CTREND__BASELINE_POLL draws); the progress counter counts origins. A cancelled add
 * adds nothing.
 */
#include "ctrend/backtest.h"
#include "ctrend/baseline.h"
#include "ctrend/design.h"
#include "ctrend/forecast.h"
#include "ctrend/score.h"
#include "baseline_internal.h"
#include "internal.h"
#include "score_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The central interval scored by the table. */
#define BT_LEVEL 0.9

/* Per-pair arrays, each n_pairs long, in one block: point (NaN = no forecast), yobs (NaN =
 * not scored), lo, hi (90% bounds), crps, ign. */
enum { PA_POINT, PA_YOBS, PA_LO, PA_HI, PA_CRPS, PA_IGN, PA_COUNT };

typedef struct bt_model {
    char *name;
    double *pairs; /* PA_COUNT * n_pairs */
    double score[CTREND_BT_METRIC_COUNT];
} bt_model;

struct ctrend_backtest {
    double *y;
    size_t n, initial, h, step, n_samples, n_origins;
    size_t window; /* 0 = expanding; else fixed training length */
    uint64_t seed;
    bt_model *models;
    size_t n_models, cap_models;
    char errmsg[512];
};

/* Per-add scratch: the pair arrays and one origin's block of draws. */
typedef struct bt_work {
    double *pairs;                               /* PA_COUNT * n_pairs */
    double *point, *lo, *hi, *crps, *ign, *yobs; /* views into pairs */
    double *block;                               /* h * n_samples */
    double *sorted;                              /* n_samples */
} bt_work;

static const char *const METRIC_NAMES[CTREND_BT_METRIC_COUNT] = {
    "MAE", "RMSE", "MSLE", "CRPS", "IGN", "IS90", "COV90", "N"};

double ctrend_backtest_max_draws(void) { return CTREND_BACKTEST_MAX_DRAWS; }

int ctrend_backtest_metric_count(void) { return CTREND_BT_METRIC_COUNT; }

const char *ctrend_backtest_metric_name(int metric)
{
    if (metric < 0 || metric >= CTREND_BT_METRIC_COUNT) return NULL;
    return METRIC_NAMES[metric];
}

int ctrend_backtest_origins(size_t n, size_t initial, size_t h, size_t step, size_t *n_origins)
{
    if (!n_origins || initial == 0 || h == 0 || step == 0) return CTREND_EINVAL;
    if (initial > SIZE_MAX - h || n < initial + h) return CTREND_ESHORT;
    *n_origins = (n - initial - h) / step + 1;
    return CTREND_OK;
}

int ctrend_backtest_new(const double *y, size_t n, size_t initial, size_t h, size_t step,
                        size_t n_samples, uint64_t seed, ctrend_backtest **out)
{
    if (!out) return CTREND_EINVAL;
    *out = NULL;
    if (!y || n_samples == 0) return CTREND_EINVAL;
    size_t no;
    int rc = ctrend_backtest_origins(n, initial, h, step, &no);
    if (rc != CTREND_OK) return rc;
    for (size_t i = 0; i < n; ++i)
        if (!isnan(y[i]) && (y[i] < 0 || isinf(y[i]))) return CTREND_EDOMAIN;
    if ((double)no * (double)h * (double)n_samples > CTREND_BACKTEST_MAX_DRAWS) return CTREND_ELIMIT;
    ctrend_backtest *bt = calloc(1, sizeof *bt);
    if (!bt) return CTREND_ENOMEM;
    bt->y = ctrend__memdup_n(y, n, sizeof *bt->y);
    if (!bt->y) {
        free(bt);
        return CTREND_ENOMEM;
    }
    bt->n = n;
    bt->initial = initial;
    bt->h = h;
    bt->step = step;
    bt->n_samples = n_samples;
    bt->n_origins = no;
    bt->seed = seed;
    *out = bt;
    return CTREND_OK;
}

void ctrend_backtest_free(ctrend_backtest *bt)
{
    if (!bt) return;
    for (size_t i = 0; i < bt->n_models; ++i) {
        free(bt->models[i].name);
        free(bt->models[i].pairs);
    }
    free(bt->models);
    free(bt->y);
    free(bt);
}

int ctrend_backtest_set_window(ctrend_backtest *bt, size_t window_months)
{
    if (!bt || window_months > bt->initial || bt->n_models > 0) return CTREND_EINVAL;
    bt->window = window_months;
    return CTREND_OK;
}

size_t ctrend_backtest_n_origins(const ctrend_backtest *bt) { return bt ? bt->n_origins : 0; }

int ctrend_backtest_origin(const ctrend_backtest *bt, size_t i, size_t *train_len)
{
    if (!bt || !train_len) return CTREND_EINVAL;
    if (i >= bt->n_origins) return CTREND_ERANGE;
    *train_len = bt->initial + i * bt->step;
    return CTREND_OK;
}

static int name_taken(const ctrend_backtest *bt, const char *name)
{
    for (size_t i = 0; i < bt->n_models; ++i)
        if (strcmp(bt->models[i].name, name) == 0) return 1;
    return 0;
}

static void work_free(bt_work *w)
{
    free(w->pairs);
    free(w->block);
    free(w->sorted);
    memset(w, 0, sizeof *w);
}

static int work_alloc(const ctrend_backtest *bt, bt_work *w)
{
    memset(w, 0, sizeof *w);
    const size_t np = bt->n_origins * bt->h;
    if (np > SIZE_MAX / (PA_COUNT * sizeof(double))) return CTREND_ENOMEM;
    w->pairs = ctrend__malloc_n(PA_COUNT, np, sizeof(double));
    w->block = ctrend__malloc_n(bt->h, bt->n_samples, sizeof(double));
    w->sorted = ctrend__malloc_n(bt->n_samples, 1, sizeof(double));
    if (!w->pairs || !w->block || !w->sorted) {
        work_free(w);
        return CTREND_ENOMEM;
    }
    w->point = w->pairs + PA_POINT * np;
    w->yobs = w->pairs + PA_YOBS * np;
    w->lo = w->pairs + PA_LO * np;
    w->hi = w->pairs + PA_HI * np;
    w->crps = w->pairs + PA_CRPS * np;
    w->ign = w->pairs + PA_IGN * np;
    return CTREND_OK;
}

/* Score pair (origin i, lead index j) from its point forecast and its n_samples draws. */
static int score_pair(const ctrend_backtest *bt, bt_work *w, size_t i, size_t j, double point,
                      const double *draws)
{
    const size_t pair = i * bt->h + j;
    const size_t t = bt->initial + i * bt->step + j;
    const double y = bt->y[t];
    w->point[pair] = point;
    w->yobs[pair] = (isnan(y) || isnan(point)) ? NAN : y;
    w->lo[pair] = w->hi[pair] = w->crps[pair] = w->ign[pair] = NAN;
    if (isnan(point)) return CTREND_OK;
    const size_t m = bt->n_samples;
    for (size_t s = 0; s < m; ++s)
        if (!isfinite(draws[s])) return CTREND_EINVAL;
    if (!isfinite(point)) return CTREND_EINVAL;
    memcpy(w->sorted, draws, m * sizeof(double));
    ctrend__sort_doubles(w->sorted, m);
    w->lo[pair] = ctrend__quantile_sorted(w->sorted, m, (1 - BT_LEVEL) / 2);
    w->hi[pair] = ctrend__quantile_sorted(w->sorted, m, (1 + BT_LEVEL) / 2);
    if (isnan(y)) return CTREND_OK;
    w->crps[pair] = ctrend__crps_sorted(y, w->sorted, m, 0);
    /* negative draws (Gaussian models) fall into the first bin, like values below 0.5 */
    w->ign[pair] = ctrend__ignorance_samples(y, draws, m, CTREND_SCORE_IGN_ALPHA);
    return CTREND_OK;
}

static double mean_used(const double *v, const double *yobs, size_t np)
{
    double s = 0;
    size_t k = 0;
    for (size_t p = 0; p < np; ++p)
        if (!isnan(yobs[p])) { s += v[p]; ++k; }
    return k ? s / (double)k : NAN;
}

/* Table row from per-pair arrays a (PA_COUNT blocks of np values). CTREND_EEMPTY when no
 * pair is scored. */
static int summarise(const double *a, size_t np, double *sc)
{
    const double *point = a + PA_POINT * np, *yobs = a + PA_YOBS * np;
    const double *lo = a + PA_LO * np, *hi = a + PA_HI * np;
    size_t used = 0;
    int rc = ctrend_score_mae(yobs, point, np, &sc[CTREND_BT_MAE], &used);
    if (rc != CTREND_OK) return rc;
    rc = ctrend_score_rmse(yobs, point, np, &sc[CTREND_BT_RMSE], NULL);
    if (rc != CTREND_OK) return rc;
    /* MSLE is undefined for point forecasts <= -1 (Gaussian models): reported as NaN */
    if (ctrend_score_msle(yobs, point, np, &sc[CTREND_BT_MSLE], NULL) != CTREND_OK)
        sc[CTREND_BT_MSLE] = NAN;
    sc[CTREND_BT_CRPS] = mean_used(a + PA_CRPS * np, yobs, np);
    sc[CTREND_BT_IGN] = mean_used(a + PA_IGN * np, yobs, np);
    rc = ctrend_score_interval_mean(yobs, lo, hi, np, BT_LEVEL, &sc[CTREND_BT_IS90], NULL);
    if (rc != CTREND_OK) return rc;
    rc = ctrend_score_coverage(yobs, lo, hi, np, &sc[CTREND_BT_COV90], NULL);
    if (rc != CTREND_OK) return rc;
    sc[CTREND_BT_N] = (double)used;
    return CTREND_OK;
}

/* Summarise the pairs in w and append the model (takes ownership of w->pairs). */
static int commit_model(ctrend_backtest *bt, bt_work *w, const char *name)
{
    const size_t np = bt->n_origins * bt->h;
    double sc[CTREND_BT_METRIC_COUNT];
    const int rc = summarise(w->pairs, np, sc);
    if (rc == CTREND_EEMPTY)
        snprintf(bt->errmsg, sizeof bt->errmsg, "%s: no forecast could be scored", name);
    if (rc != CTREND_OK) return rc;
    if (bt->n_models == bt->cap_models) {
        const size_t nc = bt->cap_models ? 2 * bt->cap_models : 8;
        bt_model *nm = ctrend__realloc_n(bt->models, nc, sizeof *nm);
        if (!nm) return CTREND_ENOMEM;
        bt->models = nm;
        bt->cap_models = nc;
    }
    char *nm = ctrend__strdup(name);
    if (!nm) return CTREND_ENOMEM;
    bt_model *e = &bt->models[bt->n_models++];
    e->name = nm;
    e->pairs = w->pairs;
    w->pairs = NULL;
    memcpy(e->score, sc, sizeof sc);
    return CTREND_OK;
}

/* The end of every add_*: the handle's message (or, when none was written, the status's
 * text) goes into the caller's record; success clears it. */
static int add_done(const ctrend_backtest *bt, int rc, ctrend_error *err)
{
    if (rc == CTREND_OK) {
        ctrend_error_clear(err);
        return rc;
    }
    return ctrend_error_set(err, rc, NULL, 0, 0, NULL, bt ? bt->errmsg : NULL);
}

static int add_baseline(ctrend_backtest *bt, int kind, size_t k, const char *name,
                        const ctrend_model_opts *opts);
static int add_model(ctrend_backtest *bt, const char *name, const ctrend_design *d, int family,
                     const ctrend_model_opts *opts);
static int add_forecasts(ctrend_backtest *bt, const char *name, const double *point,
                         size_t n_point, const double *samples, size_t n_draws);

int ctrend_backtest_add_baseline(ctrend_backtest *bt, int kind, size_t k, const char *name,
                                 ctrend_error *err)
{
    return add_done(bt, add_baseline(bt, kind, k, name, NULL), err);
}

int ctrend_backtest_add_baseline_v2(ctrend_backtest *bt, int kind, size_t k, const char *name,
                                    const ctrend_model_opts *opts, ctrend_error *err)
{
    return add_done(bt, add_baseline(bt, kind, k, name, opts), err);
}

int ctrend_backtest_add_model(ctrend_backtest *bt, const char *name, const ctrend_design *d,
                              int family, const ctrend_model_opts *opts, ctrend_error *err)
{
    return add_done(bt, add_model(bt, name, d, family, opts), err);
}

int ctrend_backtest_add_forecasts(ctrend_backtest *bt, const char *name, const double *point,
                                  size_t n_point, const double *samples, size_t n_draws,
                                  ctrend_error *err)
{
    return add_done(bt, add_forecasts(bt, name, point, n_point, samples, n_draws), err);
}

static int add_baseline(ctrend_backtest *bt, int kind, size_t k, const char *name,
                        const ctrend_model_opts *opts)
{
    if (!bt) return CTREND_EINVAL;
    bt->errmsg[0] = '\0';
    const char *base = ctrend_baseline_name(kind);
    if (!base) return CTREND_EINVAL;
    char defname[64];
    if (!name) {
        if (kind == CTREND_BASELINE_MEAN) snprintf(defname, sizeof defname, "%s%zu", base, k);
        else snprintf(defname, sizeof defname, "%s", base);
        name = defname;
    }
    if (!name[0]) return CTREND_EINVAL;
    if (name_taken(bt, name)) return CTREND_EDUPLICATE;
    bt_work w;
    int rc = work_alloc(bt, &w);
    if (rc != CTREND_OK) return rc;
    const size_t h = bt->h, m = bt->n_samples;
    ctrend__control *ctl = ctrend__opts_control(opts);
    ctrend__progress_start(ctl, bt->n_origins);
    double *pt = ctrend__malloc_n(h, 1, sizeof *pt);
    ctrend_baseline_opts *bo = NULL;
    if (!pt || ctrend_baseline_opts_new(&bo) ||
        ctrend_baseline_opts_set_int(bo, CTREND_BASELINE_OPT_KIND, kind) ||
        (kind == CTREND_BASELINE_MEAN && ctrend_baseline_opts_set_int(bo, CTREND_BASELINE_OPT_K, (int64_t)k)) ||
        ctrend_baseline_opts_set_int(bo, CTREND_BASELINE_OPT_N_SAMPLES, (int64_t)m)) {
        rc = bo && pt ? CTREND_EINVAL : CTREND_ENOMEM;
        ctrend_baseline_opts_free(bo);
        free(pt);
        work_free(&w);
        return rc;
    }
    for (size_t i = 0; i < bt->n_origins && rc == CTREND_OK; ++i) {
        const size_t t = bt->initial + i * bt->step;
        const size_t s0 = bt->window ? t - bt->window : 0; /* first training month */
        ctrend_baseline_opts_set_int(bo, CTREND_BASELINE_OPT_SEED, (int64_t)(bt->seed + i));
        rc = ctrend__cancelled(ctl) ? CTREND_ECANCELED
                                    : ctrend__baseline_forecast_polled(ctl, bo, bt->y + s0, t - s0, h, pt, h,
                                                                       w.block, h * m, NULL);
        if (rc == CTREND_ECANCELED) {
            snprintf(bt->errmsg, sizeof bt->errmsg, "%s: cancelled at origin %zu", name, i);
            break;
        }
        if (rc != CTREND_OK) {
            snprintf(bt->errmsg, sizeof bt->errmsg,
                     "%s: origin %zu (training months %zu..%zu): %s", name, i, s0, t - 1,
                     ctrend_strerror(rc));
            break;
        }
        for (size_t j = 0; j < h && rc == CTREND_OK; ++j)
            rc = ctrend__cancelled(ctl) ? CTREND_ECANCELED : score_pair(bt, &w, i, j, pt[j], w.block + j * m);
        if (rc == CTREND_ECANCELED) {
            snprintf(bt->errmsg, sizeof bt->errmsg, "%s: cancelled at origin %zu", name, i);
            break;
        }
        if (rc == CTREND_OK) ctrend__progress_add(ctl, 1);
    }

    free(pt);
    ctrend_baseline_opts_free(bo);
    if (rc == CTREND_OK) rc = commit_model(bt, &w, name);
    work_free(&w);
    return rc;
}

static int add_model(ctrend_backtest *bt, const char *name, const ctrend_design *d, int family,
                     const ctrend_model_opts *opts)
{
    if (!bt) return CTREND_EINVAL;
    bt->errmsg[0] = '\0';
    if (!name || !name[0] || !d) return CTREND_EINVAL;
    if (ctrend_design_nrow(d) != bt->n) return CTREND_EINVAL;
    if (name_taken(bt, name)) return CTREND_EDUPLICATE;
    bt_work w;
    int rc = work_alloc(bt, &w);
    if (rc != CTREND_OK) return rc;
    ctrend_error fit_err;
    ctrend_error_clear(&fit_err);
    const size_t h = bt->h, m = bt->n_samples;
    ctrend__control *ctl = ctrend__opts_control(opts);
    ctrend__progress_start(ctl, bt->n_origins);
    double *pt = ctrend__malloc_n(h, 1, sizeof *pt);
    if (!pt) rc = CTREND_ENOMEM;
    for (size_t i = 0; i < bt->n_origins && rc == CTREND_OK; ++i) {
        const size_t t = bt->initial + i * bt->step;
        const size_t s0 = bt->window ? t - bt->window : 0; /* first training month */
        ctrend_design *dw = NULL;
        ctrend_model *mod = NULL;
        ctrend_forecast *fc = NULL;
        const char *stage = "design window";
        if (ctrend__cancelled(ctl)) {
            snprintf(bt->errmsg, sizeof bt->errmsg, "%s: cancelled at origin %zu", name, i);
            rc = CTREND_ECANCELED;
            break;
        }
        rc = ctrend_design_window(d, s0, t - s0, &dw);
        if (rc == CTREND_OK) {
            stage = "fit";
            rc = ctrend_model_fit(opts, family, dw, bt->y + s0, t - s0, &mod, &fit_err);
        }
        if (rc == CTREND_OK) {
            stage = "forecast";
            rc = ctrend__forecast_polled(ctl, mod, h, m, bt->seed + i, &fc, NULL);
        }
        if (rc == CTREND_OK) rc = ctrend_forecast_vector(fc, CTREND_FV_MEAN, pt, h, NULL);
        if (rc == CTREND_OK) rc = ctrend_forecast_samples(fc, w.block, h * m, NULL);
        if (rc != CTREND_OK) {
            snprintf(bt->errmsg, sizeof bt->errmsg,
                     "%s: origin %zu (training months %zu..%zu): %s failed: %s%s%s", name, i,
                     s0, t - 1, stage, ctrend_strerror(rc),
                     strcmp(stage, "fit") == 0 ? ": " : "",
                     strcmp(stage, "fit") == 0 ? fit_err.message : "");
        }
        for (size_t j = 0; j < h && rc == CTREND_OK; ++j)
            rc = ctrend__cancelled(ctl) ? CTREND_ECANCELED : score_pair(bt, &w, i, j, pt[j], w.block + j * m);
        if (rc == CTREND_ECANCELED && !bt->errmsg[0])
            snprintf(bt->errmsg, sizeof bt->errmsg, "%s: cancelled at origin %zu", name, i);
        ctrend_forecast_free(fc);
        ctrend_model_free(mod);
        ctrend_design_free(dw);
        if (rc == CTREND_OK) ctrend__progress_add(ctl, 1);
    }
    free(pt);
    if (rc == CTREND_OK) rc = commit_model(bt, &w, name);
    work_free(&w);
    return rc;
}

static int add_forecasts(ctrend_backtest *bt, const char *name, const double *point,
                         size_t n_point, const double *samples, size_t n_draws)
{
    if (!bt) return CTREND_EINVAL;
    bt->errmsg[0] = '\0';
    if (!name || !name[0] || !point || !samples) return CTREND_EINVAL;
    /* np * m <= CTREND_BACKTEST_MAX_DRAWS (checked by ctrend_backtest_new): no overflow */
    const size_t np = bt->n_origins * bt->h, m = bt->n_samples;
    if (n_point != np || n_draws != np * m) {
        snprintf(bt->errmsg, sizeof bt->errmsg,
                 "%s: %zu point forecasts and %zu draws given; this backtest needs %zu and %zu "
                 "(n_origins %zu x h %zu, x n_samples %zu)",
                 name, n_point, n_draws, np, np * m, bt->n_origins, bt->h, m);
        return CTREND_EINVAL;
    }
    if (name_taken(bt, name)) return CTREND_EDUPLICATE;
    bt_work w;
    int rc = work_alloc(bt, &w);
    if (rc != CTREND_OK) return rc;
    for (size_t i = 0; i < bt->n_origins && rc == CTREND_OK; ++i) {
        for (size_t j = 0; j < bt->h && rc == CTREND_OK; ++j) {
            const size_t pair = i * bt->h + j;
            const double *draws = samples + pair * m;
            if (!isnan(point[pair]))
                for (size_t s = 0; s < m; ++s)
                    if (isnan(draws[s]) || draws[s] < 0) rc = CTREND_EINVAL;
            if (rc == CTREND_OK) rc = score_pair(bt, &w, i, j, point[pair], draws);
            if (rc != CTREND_OK)
                snprintf(bt->errmsg, sizeof bt->errmsg,
                         "%s: origin %zu lead %zu: invalid forecast or draw", name, i, j + 1);
        }
    }
    if (rc == CTREND_OK) rc = commit_model(bt, &w, name);
    work_free(&w);
    return rc;
}

size_t ctrend_backtest_n_models(const ctrend_backtest *bt) { return bt ? bt->n_models : 0; }

int ctrend_backtest_model_name(const ctrend_backtest *bt, size_t i, const char **name)
{
    if (!bt || !name) return CTREND_EINVAL;
    if (i >= bt->n_models) return CTREND_ERANGE;
    *name = bt->models[i].name;
    return CTREND_OK;
}

int ctrend_backtest_score(const ctrend_backtest *bt, size_t i, int metric, double *value)
{
    if (!bt || !value || metric < 0 || metric >= CTREND_BT_METRIC_COUNT) return CTREND_EINVAL;
    if (i >= bt->n_models) return CTREND_ERANGE;
    *value = bt->models[i].score[metric];
    return CTREND_OK;
}

int ctrend_backtest_score_lead(const ctrend_backtest *bt, size_t i, size_t lead, int metric,
                               double *value)
{
    if (!bt || !value || metric < 0 || metric >= CTREND_BT_METRIC_COUNT) return CTREND_EINVAL;
    if (i >= bt->n_models || lead == 0 || lead > bt->h) return CTREND_ERANGE;
    const size_t np = bt->n_origins * bt->h, no = bt->n_origins;
    double *g = ctrend__malloc_n(PA_COUNT, no, sizeof *g);
    if (!g) return CTREND_ENOMEM;
    const double *a = bt->models[i].pairs;
    for (size_t c = 0; c < PA_COUNT; ++c)
        for (size_t o = 0; o < no; ++o) g[c * no + o] = a[c * np + o * bt->h + (lead - 1)];
    double sc[CTREND_BT_METRIC_COUNT];
    const int rc = summarise(g, no, sc);
    free(g);
    if (rc != CTREND_OK) {
        if (rc == CTREND_EEMPTY) { *value = metric == CTREND_BT_N ? 0.0 : NAN; return CTREND_OK; }
        return rc;
    }
    *value = sc[metric];
    return CTREND_OK;
}

int ctrend_backtest_points(const ctrend_backtest *bt, size_t i, double *out, size_t cap,
                           size_t *needed)
{
    if (!bt) return CTREND_EINVAL;
    if (i >= bt->n_models) return CTREND_ERANGE;
    const size_t np = bt->n_origins * bt->h;
    if (needed) *needed = np;
    if (!out) return CTREND_OK;
    if (cap < np) return CTREND_ERANGE;
    memcpy(out, bt->models[i].pairs + PA_POINT * np, np * sizeof *out);
    return CTREND_OK;
}

static double rank_key(const bt_model *e, int metric)
{
    const double v = e->score[metric];
    if (isnan(v)) return INFINITY; /* undefined scores rank last */
    return metric == CTREND_BT_COV90 ? fabs(v - BT_LEVEL) : v;
}

int ctrend_backtest_rank(const ctrend_backtest *bt, int metric, size_t *order, size_t cap,
                         size_t *needed)
{
    if (!bt || metric < 0 || metric >= CTREND_BT_N) return CTREND_EINVAL;
    const size_t nm = bt->n_models;
    if (needed) *needed = nm;
    if (!order) return CTREND_OK;
    if (cap < nm) return CTREND_ERANGE;
    /* stable insertion sort: ties keep insertion order */
    for (size_t i = 0; i < nm; ++i) {
        size_t j = i;
        const double key = rank_key(&bt->models[i], metric);
        while (j > 0 && rank_key(&bt->models[order[j - 1]], metric) > key) {
            order[j] = order[j - 1];
            --j;
        }
        order[j] = i;
    }
    return CTREND_OK;
}

