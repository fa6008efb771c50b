/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * batch.c — many series at once on N threads (pthreads).
 *
 * Method. A batch is a loop "for each selected series i: result row i = f(series i)".
 * The loop is split into chunks of consecutive indices handed out by an atomic counter
 * (dynamic scheduling: fits of different series take different numbers of IRLS
 * iterations, so static blocks would leave a core idle at the end). The calling thread
 * is worker 0 and n_threads - 1 pthreads join it. Each worker owns its scratch (the
 * response buffer, a private copy of the model options, whose error-message buffer is
 * mutable), and writes only rows it took from the counter, so workers share no mutable
 * state besides the counter and no locks are needed. Because every row is computed by
 * the same single-series function on the same inputs, results do not depend on the
 * number of threads or the order in which chunks are taken: they are bit-identical to a
 * serial run (no reductions across series happen here).
 *
 * This is the "batch work is a loop over series that calls the same single-series
 * functions; threads split that loop and never share mutable state" rule of
 * shared/DESIGN.md, with the work-sharing counter of OpenMP's schedule(dynamic, chunk).
 */
#include "ctrend/batch.h"
#include "ctrend/change.h"
#include "ctrend/rolling.h"
#include "internal.h"
#include "models/fit_lanes.h"

#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Series per chunk for fits (a fit is ~10-100 us: a chunk is well above the cost of one
 * atomic increment, and 2000 series still give 250 chunks to balance). */
#define BATCH_FIT_CHUNK 8
/* Values per chunk for the array kernels (rows are grouped up to about this many). */
#define BATCH_ARRAY_CHUNK_VALUES 65536
/* Highest option key probed when copying a ctrend_model_opts handle. */
#define BATCH_OPT_KEY_MAX 64

typedef struct batch_job batch_job;
struct batch_job {
    size_t n_items;
    size_t chunk;
    atomic_size_t next;
    /* Per-worker scratch set-up/tear-down (may be NULL) and the per-item work. */
    int (*init)(const batch_job *job, void **scratch);
    void (*fini)(void *scratch);
    void (*run)(const batch_job *job, void *scratch, size_t i);
    const void *ctx;
};

/* Take chunks from the shared counter until none is left. */
static void batch_work(batch_job *job, void *scratch)
{
    for (;;) {
        const size_t begin = atomic_fetch_add(&job->next, job->chunk);
        size_t i, end;
        if (begin >= job->n_items)
            break;
        end = begin + job->chunk < job->n_items ? begin + job->chunk : job->n_items;
        for (i = begin; i < end; ++i)
            job->run(job, scratch, i);
    }
}

/* A started thread: its own scratch, then work. If the scratch cannot be had, the thread
 * takes no work and the others (at least the caller) do it. */
static void *batch_thread(void *arg)
{
    batch_job *job = arg;
    void *scratch = NULL;
    if (job->init && job->init(job, &scratch) != CTREND_OK)
        return NULL;
    batch_work(job, scratch);
    if (job->fini)
        job->fini(scratch);
    return NULL;
}

/* Run job on n_threads workers, the caller being one of them. CTREND_ENOMEM only when the
 * caller's own scratch cannot be set up (then no item has been run). */
static int batch_run(batch_job *job, size_t n_threads)
{
    pthread_t *tid = NULL;
    size_t started = 0, t;
    void *scratch = NULL;
    if (n_threads == 0)
        n_threads = ctrend_batch_default_threads();
    if (job->n_items == 0)
        return CTREND_OK;
    {
        const size_t n_chunks = (job->n_items + job->chunk - 1) / job->chunk;
        if (n_threads > n_chunks)
            n_threads = n_chunks;
    }
    atomic_store(&job->next, 0);
    if (job->init) {
        const int st = job->init(job, &scratch);
        if (st != CTREND_OK)
            return st;
    }
    if (n_threads > 1) {
        tid = ctrend__malloc_n(n_threads - 1, 1, sizeof *tid);
        if (tid) {
            for (t = 0; t + 1 < n_threads; ++t) {
                if (pthread_create(&tid[t], NULL, batch_thread, job) != 0)
                    break; /* fewer threads: the existing workers do the rest */
                ++started;
            }
        }
    }
    batch_work(job, scratch);
    for (t = 0; t < started; ++t)
        pthread_join(tid[t], NULL);
    free(tid);
    if (job->fini)
        job->fini(scratch);
    return CTREND_OK;
}

/* Describe a job over n_items (chunk items per claim, per-worker init/fini may be NULL) and
 * run it on n_threads. */
static int batch_start(size_t n_items, size_t chunk,
                       int (*init)(const batch_job *, void **), void (*fini)(void *),
                       void (*run)(const batch_job *, void *, size_t), const void *ctx,
                       size_t n_threads)
{
    batch_job job;
    job.n_items = n_items;
    job.chunk = chunk;
    job.init = init;
    job.fini = fini;
    job.run = run;
    job.ctx = ctx;
    return batch_run(&job, n_threads);
}

/* ctrend__parallel_for (internal.h): the runner above without per-worker scratch. */
typedef struct plain_job {
    void (*run)(const void *ctx, size_t i);
    const void *ctx;
} plain_job;

static void plain_run(const batch_job *job, void *scratch, size_t i)
{
    const plain_job *p = job->ctx;
    (void)scratch;
    p->run(p->ctx, i);
}

int ctrend__parallel_for(size_t n_items, size_t chunk, void (*run)(const void *ctx, size_t i),
                         const void *ctx, size_t n_threads)
{
    plain_job p;
    p.run = run;
    p.ctx = ctx;
    return batch_start(n_items, chunk ? chunk : 1, NULL, NULL, plain_run, &p, n_threads);
}

size_t ctrend_batch_default_threads(void)
{
    const long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (size_t)n : 1;
}

static void fill_nan(double *x, size_t n)
{
    size_t i;
    for (i = 0; i < n; ++i)
        x[i] = NAN;
}

static int check_series(const ctrend_frame *f, const size_t *series, size_t n_series)
{
    const size_t have = ctrend_frame_n_series(f);
    size_t i;
    if (!series)
        return n_series <= have ? CTREND_OK : CTREND_ERANGE;
    for (i = 0; i < n_series; ++i)
        if (series[i] >= have)
            return CTREND_ERANGE;
    return CTREND_OK;
}

/* Values of frame series `index` at months first .. first+n-1 into out; `cal` is scratch
 * of the frame's calendar length. Months outside the calendar are NaN. */
static void series_window(const ctrend_frame *f, size_t index, int32_t first, size_t n,
                          double *cal, double *out)
{
    const int32_t start = ctrend_frame_start(f);
    const size_t n_cal = ctrend_frame_n_months(f);
    size_t t;
    if (n_cal == 0 || ctrend_frame_values(f, index, cal, n_cal) != CTREND_OK) {
        fill_nan(out, n);
        return;
    }
    for (t = 0; t < n; ++t) {
        const int64_t k = (int64_t)first + (int64_t)t - (int64_t)start;
        out[t] = (k >= 0 && (uint64_t)k < (uint64_t)n_cal) ? cal[k] : NAN;
    }
}

int ctrend_batch_values(const ctrend_frame *f, const size_t *series, size_t n_series,
                        int32_t first_month, size_t n_months, double *out)
{
    double *cal;
    size_t i;
    int st;
    size_t cells;
    if (!f || (!out && n_series > 0 && n_months > 0) ||
        ctrend__mul_size(n_series, n_months, &cells)) /* out cannot hold a wrapped size */
        return CTREND_EINVAL;
    if ((st = check_series(f, series, n_series)) != CTREND_OK)
        return st;
    if (n_series == 0 || n_months == 0)
        return CTREND_OK;
    cal = ctrend__malloc_n(ctrend_frame_n_months(f) + 1, 1, sizeof *cal);
    if (!cal)
        return CTREND_ENOMEM;
    for (i = 0; i < n_series; ++i)
        series_window(f, series ? series[i] : i, first_month, n_months, cal,
                      out + i * n_months);
    free(cal);
    return CTREND_OK;
}

/* ---- fits ------------------------------------------------------------------------- */

typedef struct fit_ctx {
    const ctrend_frame *f;
    const size_t *series;
    int family;
    const ctrend_design *const *designs; /* one for all (n_designs 1) or one per series */
    size_t n_designs;
    size_t max_n;                        /* longest design window */
    const ctrend_model_opts *opts;
    size_t p;                            /* columns (batch_fit: one design) */
    double *coef, *se;
    const int *keys;
    size_t n_keys;
    double *scalars;
    ctrend_model **models;               /* batch_fit_models: handles kept */
    int *status;
    const ctrend__lanes_plan *lanes;     /* batch_fit: the lane path's plan, or NULL */
    size_t n_series;                     /* selected series (the lane path's last block) */
} fit_ctx;

typedef struct fit_scratch {
    ctrend_model_opts *opts; /* private copy: the fit writes its error message there */
    double *cal;             /* frame calendar */
    double *y;               /* design window */
    double *lane_y;          /* lane path: CTREND__LANES design windows */
    double *lane_scratch;    /* lane path: the kernel's scratch */
} fit_scratch;

static void fit_fini(void *scratch)
{
    fit_scratch *s = scratch;
    if (!s)
        return;
    ctrend_model_opts_free(s->opts);
    free(s->cal);
    free(s->y);
    free(s->lane_y);
    free(s->lane_scratch);
    free(s);
}

static int fit_init(const batch_job *job, void **scratch)
{
    const fit_ctx *c = job->ctx;
    fit_scratch *s = calloc(1, sizeof *s);
    int key;
    if (!s)
        return CTREND_ENOMEM;
    s->cal = ctrend__malloc_n(ctrend_frame_n_months(c->f) + 1, 1, sizeof *s->cal);
    s->y = ctrend__malloc_n(c->max_n, 1, sizeof *s->y);
    if (!s->cal || !s->y || ctrend_model_opts_new(&s->opts) != CTREND_OK) {
        fit_fini(s);
        return CTREND_ENOMEM;
    }
    if (c->lanes) {
        s->lane_y = ctrend__malloc_n(CTREND__LANES, c->max_n, sizeof *s->lane_y);
        s->lane_scratch =
            ctrend__malloc_n(ctrend__lanes_block_scratch(c->lanes), 1, sizeof *s->lane_scratch);
        if (!s->lane_y || !s->lane_scratch) {
            fit_fini(s);
            return CTREND_ENOMEM;
        }
    }
    if (c->opts) {
        /* Copy every option the caller's handle knows (unknown keys answer EINVAL). */
        for (key = 0; key < BATCH_OPT_KEY_MAX; ++key) {
            double v;
            if (ctrend_model_opts_get(c->opts, key, &v) == CTREND_OK)
                (void)ctrend_model_opts_set(s->opts, key, v);
        }
    }
    *scratch = s;
    return CTREND_OK;
}

static void fit_run(const batch_job *job, void *scratch, size_t i)
{
    const fit_ctx *c = job->ctx;
    fit_scratch *s = scratch;
    const size_t idx = c->series ? c->series[i] : i;
    const ctrend_design *d = c->designs[c->n_designs == 1 ? 0 : i];
    const size_t n = ctrend_design_nrow(d);
    ctrend_model *m = NULL;
    size_t k;
    int st;
    series_window(c->f, idx, ctrend_design_start(d), n, s->cal, s->y);
    st = ctrend_model_fit(s->opts, c->family, d, s->y, n, &m);
    if (c->models) {
        c->models[i] = m; /* NULL when the fit failed */
        c->status[i] = st;
        return;
    }
    if (st == CTREND_OK && c->coef)
        st = ctrend_model_vector(m, CTREND_MV_COEF, c->coef + i * c->p, c->p, NULL);
    if (st == CTREND_OK && c->se)
        st = ctrend_model_vector(m, CTREND_MV_SE, c->se + i * c->p, c->p, NULL);
    if (st == CTREND_OK) {
        for (k = 0; k < c->n_keys; ++k) {
            double v;
            c->scalars[i * c->n_keys + k] =
                ctrend_model_scalar(m, c->keys[k], &v) == CTREND_OK ? v : NAN;
        }
    } else {
        if (c->coef)
            fill_nan(c->coef + i * c->p, c->p);
        if (c->se)
            fill_nan(c->se + i * c->p, c->p);
        if (c->n_keys)
            fill_nan(c->scalars + i * c->n_keys, c->n_keys);
    }
    ctrend_model_free(m);
    c->status[i] = st;
}

/* Lane path: item b is the block of series CTREND__LANES*b .. +CTREND__LANES-1. The lanes
 * that fit_lanes.c does not take are fitted by fit_run, i.e. by ctrend_model_fit. */
static void fit_run_block(const batch_job *job, void *scratch, size_t b)
{
    const fit_ctx *c = job->ctx;
    fit_scratch *s = scratch;
    const size_t first = b * CTREND__LANES, n = c->lanes->d.n;
    size_t m = c->n_series - first; /* first < n_series: b < the number of blocks */
    if (m > CTREND__LANES) m = CTREND__LANES;
    const double *y[CTREND__LANES];
    int done[CTREND__LANES];
    for (size_t l = 0; l < m; ++l) {
        const size_t idx = c->series ? c->series[first + l] : first + l;
        series_window(c->f, idx, ctrend_design_start(c->designs[0]), n, s->cal,
                      s->lane_y + l * n);
        y[l] = s->lane_y + l * n;
    }
    ctrend__lanes_fit_block(c->lanes, y, m, c->keys, c->n_keys, s->lane_scratch,
                            c->coef ? c->coef + first * c->p : NULL,
                            c->se ? c->se + first * c->p : NULL,
                            c->n_keys ? c->scalars + first * c->n_keys : NULL, done);
    for (size_t l = 0; l < m; ++l) {
        if (done[l])
            c->status[first + l] = CTREND_OK;
        else
            fit_run(job, scratch, first + l);
    }
}

int ctrend_batch_fit(const ctrend_frame *f, const size_t *series, size_t n_series, int family,
                     const ctrend_design *d, const ctrend_model_opts *opts, size_t n_threads,
                     double *coef, double *se, const int *scalar_keys, size_t n_keys,
                     double *scalars, int *status)
{
    fit_ctx c;
    int st;
    if (!f || !d || (!status && n_series > 0) || (n_keys > 0 && (!scalar_keys || !scalars)))
        return CTREND_EINVAL;
    if (family < CTREND_FAMILY_POISSON || family > CTREND_FAMILY_GAUSSIAN)
        return CTREND_EINVAL;
    if ((st = check_series(f, series, n_series)) != CTREND_OK)
        return st;
    memset(&c, 0, sizeof c);
    c.f = f;
    c.series = series;
    c.family = family;
    c.designs = &d;
    c.n_designs = 1;
    c.max_n = ctrend_design_nrow(d);
    c.opts = opts;
    c.p = ctrend_design_ncol(d);
    c.coef = coef;
    c.se = se;
    c.keys = scalar_keys;
    c.n_keys = n_keys;
    c.scalars = scalars;
    c.status = status;
    c.n_series = n_series;
    ctrend__lanes_plan plan;
    const int lanes = n_series >= 2 ? ctrend__lanes_plan_init(&plan, family, d, opts,
                                                              scalar_keys, n_keys) : 0;
    if (lanes < 0)
        return CTREND_ENOMEM;
    if (lanes) {
        c.lanes = &plan;
        const size_t n_blocks = (n_series + CTREND__LANES - 1) / CTREND__LANES;
        st = batch_start(n_blocks, (BATCH_FIT_CHUNK + CTREND__LANES - 1) / CTREND__LANES,
                         fit_init, fit_fini, fit_run_block, &c, n_threads);
        ctrend__lanes_plan_fini(&plan);
        return st;
    }
    return batch_start(n_series, BATCH_FIT_CHUNK, fit_init, fit_fini, fit_run, &c, n_threads);
}

int ctrend_batch_fit_models(const ctrend_frame *f, const size_t *series, size_t n_series,
                            int family, const ctrend_design *const *designs, size_t n_designs,
                            const ctrend_model_opts *opts, size_t n_threads,
                            ctrend_model **models, int *status)
{
    fit_ctx c;
    size_t i;
    int st;
    if (!f || !designs || (n_series > 0 && (!models || !status)))
        return CTREND_EINVAL;
    if (n_designs != 1 && n_designs != n_series)
        return CTREND_EINVAL;
    if (family < CTREND_FAMILY_POISSON || family > CTREND_FAMILY_GAUSSIAN)
        return CTREND_EINVAL;
    if ((st = check_series(f, series, n_series)) != CTREND_OK)
        return st;
    memset(&c, 0, sizeof c);
    for (i = 0; i < n_designs; ++i) {
        if (!designs[i])
            return CTREND_EINVAL;
        if (ctrend_design_nrow(designs[i]) > c.max_n)
            c.max_n = ctrend_design_nrow(designs[i]);
    }
    for (i = 0; i < n_series; ++i)
        models[i] = NULL;
    c.f = f;
    c.series = series;
    c.family = family;
    c.designs = designs;
    c.n_designs = n_designs;
    c.opts = opts;
    c.models = models;
    c.n_series = n_series;
    c.status = status;
    return batch_start(n_series, BATCH_FIT_CHUNK, fit_init, fit_fini, fit_run, &c, n_threads);
}

/* ---- array kernels ------------------------------------------------------------------ */

typedef struct array_ctx {
    const double *x;
    size_t n;
    size_t window, min_periods, lag;
    int align;
    double *out;
    int32_t *reason;
    int *status;
} array_ctx;

static size_t array_chunk(size_t n_months)
{
    const size_t rows = n_months ? BATCH_ARRAY_CHUNK_VALUES / n_months : 1;
    return rows ? rows : 1;
}

static void rolling_run(const batch_job *job, void *scratch, size_t i)
{
    const array_ctx *c = job->ctx;
    const int st = ctrend_rolling_mean(c->x + i * c->n, c->n, c->window, c->align,
                                       c->min_periods, c->out + i * c->n);
    (void)scratch;
    if (st != CTREND_OK)
        fill_nan(c->out + i * c->n, c->n);
    if (c->status)
        c->status[i] = st;
}

int ctrend_batch_rolling_mean(const double *x, size_t n_series, size_t n_months, size_t window,
                              int align, size_t min_periods, size_t n_threads, double *out,
                              int *status)
{
    array_ctx c;
    const int has_data = n_series > 0 && n_months > 0;
    if (has_data && (!x || !out || out == x))
        return CTREND_EINVAL;
    if (window == 0 || min_periods > window
        || (align != CTREND_ALIGN_TRAILING && align != CTREND_ALIGN_CENTRED
            && align != CTREND_ALIGN_CENTRED_ZOO))
        return CTREND_EINVAL;
    memset(&c, 0, sizeof c);
    c.x = x;
    c.n = n_months;
    c.window = window;
    c.align = align;
    c.min_periods = min_periods;
    c.out = out;
    c.status = status;
    return batch_start(n_series, array_chunk(n_months), NULL, NULL, rolling_run, &c, n_threads);
}

static void pct_run(const batch_job *job, void *scratch, size_t i)
{
    const array_ctx *c = job->ctx;
    int32_t *reason = c->reason ? c->reason + i * c->n : NULL;
    const int st = ctrend_change_pct(c->x + i * c->n, c->n, c->lag, c->out + i * c->n, reason);
    (void)scratch;
    if (st != CTREND_OK) {
        fill_nan(c->out + i * c->n, c->n);
        if (reason)
            memset(reason, 0, c->n * sizeof *reason);
    }
    if (c->status)
        c->status[i] = st;
}

int ctrend_batch_change_pct(const double *x, size_t n_series, size_t n_months, size_t lag,
                            size_t n_threads, double *out, int32_t *reason, int *status)
{
    array_ctx c;
    const int has_data = n_series > 0 && n_months > 0;
    if (has_data && (!x || !out || out == x))
        return CTREND_EINVAL;
    if (lag == 0)
        return CTREND_EINVAL;
    memset(&c, 0, sizeof c);
    c.x = x;
    c.n = n_months;
    c.lag = lag;
    c.out = out;
    c.reason = reason;
    c.status = status;
    return batch_start(n_series, array_chunk(n_months), NULL, NULL, pct_run, &c, n_threads);
}
