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
 *
 * Cancellation and progress (no callbacks, docs/api.md §7): the options handle holds an
 * atomic cancel flag and two atomic counters. Before each item a worker loads the flag
 * (relaxed: a late view only delays the stop by one item); a set flag turns the item into
 * "cancelled" (NaN rows, status CTREND_ECANCELED) instead of running it, so the stop takes
 * one item's work per thread and every row is either complete or marked. After each item
 * the done counter is increased by its rows, so another thread sees progress as it
 * happens. This is the cooperative scheme of pthread cancellation points or Java's
 * Thread.interrupt(), reduced to one flag that a signal handler may set (C11 7.14.1.1:
 * a lock-free atomic object is the one thing a handler may write besides sig_atomic_t).
 */
#include "ctrend/batch.h"
#include "ctrend/change.h"
#include "ctrend/rolling.h"
#include "internal.h"
#include "design_internal.h"
#include "frame_internal.h"
#include "models/fit_lanes.h"

#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
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

/* A lock-free flag, so that ctrend_batch_opts_cancel is async-signal-safe. */
_Static_assert(ATOMIC_INT_LOCK_FREE == 2, "ctrend_batch_opts_cancel needs a lock-free atomic int");

struct ctrend_batch_opts {
    int64_t threads, lanes, errors, align;
    int has_series;
    size_t *series, n_series;
    int *keys;
    size_t n_keys;
    ctrend_model_opts *model; /* NULL = defaults */
    atomic_int cancel;
    atomic_size_t done, total;
    ctrend_error *err; /* n_err records of the last call with CTREND_BATCH_ERRORS */
    size_t n_err;
};

static void opts_init(ctrend_batch_opts *o)
{
    memset(o, 0, sizeof *o);
    o->lanes = 1;
    o->align = CTREND_ALIGN_TRAILING;
    atomic_init(&o->cancel, 0);
    atomic_init(&o->done, 0);
    atomic_init(&o->total, 0);
}

typedef struct batch_job batch_job;
struct batch_job {
    size_t n_items;
    size_t chunk;
    size_t unit, n_rows; /* rows per item (the last item may have fewer), rows in all */
    atomic_size_t next;
    atomic_int any_cancelled;
    ctrend_batch_opts *o; /* cancel flag and progress counters */
    /* Per-worker scratch set-up/tear-down (may be NULL), the per-item work, and what a
     * cancelled item writes instead (NaN rows, CTREND_ECANCELED). */
    int (*init)(const batch_job *job, void **scratch);
    void (*fini)(void *scratch);
    void (*run)(const batch_job *job, void *scratch, size_t i);
    void (*cancelled)(const batch_job *job, size_t i);
    /* rows of item i when items differ in size (ctrend_batch_fit_models_v2); NULL: `unit` */
    size_t (*rows_of)(const batch_job *job, size_t i);
    const void *ctx;
};

/* Take chunks from the shared counter until none is left; poll the cancel flag per item. */
static void batch_work(batch_job *job, void *scratch)
{
    for (;;) {
        const size_t begin = atomic_fetch_add(&job->next, job->chunk);
        size_t i, end;
        if (begin >= job->n_items)
            break;
        end = begin + job->chunk < job->n_items ? begin + job->chunk : job->n_items;
        for (i = begin; i < end; ++i) {
            const size_t row0 = i * job->unit;
            const size_t rows = job->rows_of ? job->rows_of(job, i)
                                : job->n_rows - row0 < job->unit ? job->n_rows - row0
                                                                 : job->unit;
            if (atomic_load_explicit(&job->o->cancel, memory_order_relaxed)) {
                job->cancelled(job, i);
                atomic_store_explicit(&job->any_cancelled, 1, memory_order_relaxed);
            } else {
                job->run(job, scratch, i);
            }
            atomic_fetch_add_explicit(&job->o->done, rows, memory_order_relaxed);
        }
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
 * caller's own scratch cannot be set up (then no item has been run); CTREND_ECANCELED when
 * at least one item was cancelled. */
static int batch_run(batch_job *job, size_t n_threads)
{
    pthread_t *tid = NULL;
    size_t started = 0, t;
    void *scratch = NULL;
    if (n_threads == 0)
        n_threads = ctrend_batch_default_threads();
    atomic_store(&job->o->done, 0);
    atomic_store(&job->o->total, job->n_rows);
    if (job->n_items == 0)
        return CTREND_OK;
    {
        const size_t n_chunks = (job->n_items + job->chunk - 1) / job->chunk;
        if (n_threads > n_chunks)
            n_threads = n_chunks;
    }
    atomic_store(&job->next, 0);
    atomic_store(&job->any_cancelled, 0);
    if (job->init) {
        const int st = job->init(job, &scratch);
        if (st != CTREND_OK)
            return st;
    }
    if (n_threads > 1) {
        tid = ctrend__malloc_n(n_threads - 1, 1, sizeof *tid);
        if (tid) {
            /* The started workers block every signal, so a process signal (SIGINT) is taken
             * by the calling thread, where a CLI's or an interpreter's handler expects it. */
            sigset_t all, old;
            sigfillset(&all);
            pthread_sigmask(SIG_BLOCK, &all, &old);
            for (t = 0; t + 1 < n_threads; ++t) {
                if (pthread_create(&tid[t], NULL, batch_thread, job) != 0)
                    break; /* fewer threads: the existing workers do the rest */
                ++started;
            }
            pthread_sigmask(SIG_SETMASK, &old, NULL);
        }
    }
    batch_work(job, scratch);
    for (t = 0; t < started; ++t)
        pthread_join(tid[t], NULL);
    free(tid);
    if (job->fini)
        job->fini(scratch);
    return atomic_load(&job->any_cancelled) ? CTREND_ECANCELED : CTREND_OK;
}

/* Describe a job over n_items of `unit` rows each (n_rows in all; chunk items per claim,
 * per-worker init/fini may be NULL) and run it on the threads of o. */
static int batch_start(ctrend_batch_opts *o, size_t n_items, size_t unit, size_t n_rows,
                       size_t chunk, int (*init)(const batch_job *, void **),
                       void (*fini)(void *), void (*run)(const batch_job *, void *, size_t),
                       void (*cancelled)(const batch_job *, size_t), const void *ctx)
{
    batch_job job;
    job.n_items = n_items;
    job.chunk = chunk;
    job.unit = unit;
    job.n_rows = n_rows;
    job.o = o;
    job.init = init;
    job.fini = fini;
    job.run = run;
    job.cancelled = cancelled;
    job.rows_of = NULL;
    job.ctx = ctx;
    return batch_run(&job, (size_t)o->threads);
}

/* ---- the options handle ------------------------------------------------------------- */

/* Copy every option a model-options handle knows (unknown keys answer EINVAL). */
static int copy_model_opts(const ctrend_model_opts *from, ctrend_model_opts *to)
{
    int key;
    for (key = 0; key < BATCH_OPT_KEY_MAX; ++key) {
        double v;
        /* every key the handle knows, through its one typed setter */
        if (ctrend_model_opts_get(from, key, &v) == CTREND_OK &&
            ctrend_model_opts_set_double(to, key, v) != CTREND_OK)
            (void)ctrend_model_opts_set_int(to, key, (int64_t)v);
    }
    return CTREND_OK;
}

int ctrend_batch_opts_new(ctrend_batch_opts **out)
{
    ctrend_batch_opts *o;
    if (!out)
        return CTREND_EINVAL;
    *out = NULL;
    o = malloc(sizeof *o);
    if (!o)
        return CTREND_ENOMEM;
    opts_init(o);
    *out = o;
    return CTREND_OK;
}

static void opts_release(ctrend_batch_opts *o)
{
    free(o->series);
    free(o->keys);
    free(o->err);
    ctrend_model_opts_free(o->model);
}

void ctrend_batch_opts_free(ctrend_batch_opts *o)
{
    if (!o)
        return;
    opts_release(o);
    free(o);
}

int ctrend_batch_opts_bounds(int key, double *lo, double *hi)
{
    double l, h;
    switch (key) {
    case CTREND_BATCH_THREADS: l = 0; h = CTREND_BATCH_THREADS_MAX; break;
    case CTREND_BATCH_LANES:
    case CTREND_BATCH_ERRORS: l = 0; h = 1; break;
    case CTREND_BATCH_ALIGN: l = CTREND_ALIGN_TRAILING; h = CTREND_ALIGN_CENTRED_ZOO; break;
    default: return CTREND_EINVAL;
    }
    if (!lo || !hi)
        return CTREND_EINVAL;
    *lo = l;
    *hi = h;
    return CTREND_OK;
}

int ctrend_batch_opts_set_int(ctrend_batch_opts *o, int key, int64_t value)
{
    double lo, hi;
    if (!o || ctrend_batch_opts_bounds(key, &lo, &hi) != CTREND_OK)
        return CTREND_EINVAL;
    if ((double)value < lo || (double)value > hi)
        return CTREND_EINVAL;
    switch (key) {
    case CTREND_BATCH_THREADS: o->threads = value; break;
    case CTREND_BATCH_LANES: o->lanes = value; break;
    case CTREND_BATCH_ERRORS: o->errors = value; break;
    default: o->align = value; break; /* CTREND_BATCH_ALIGN: the bounds took the others */
    }
    return CTREND_OK;
}

int ctrend_batch_opts_get_int(const ctrend_batch_opts *o, int key, int64_t *value)
{
    if (!o || !value)
        return CTREND_EINVAL;
    switch (key) {
    case CTREND_BATCH_THREADS: *value = o->threads; break;
    case CTREND_BATCH_LANES: *value = o->lanes; break;
    case CTREND_BATCH_ERRORS: *value = o->errors; break;
    case CTREND_BATCH_ALIGN: *value = o->align; break;
    default: return CTREND_EINVAL;
    }
    return CTREND_OK;
}

int ctrend_batch_opts_set_series(ctrend_batch_opts *o, const size_t *series, size_t n_series)
{
    size_t *copy = NULL;
    if (!o || (!series && n_series > 0))
        return CTREND_EINVAL;
    if (series && n_series > 0 && !(copy = ctrend__memdup_n(series, n_series, sizeof *copy)))
        return CTREND_ENOMEM;
    free(o->series);
    o->series = copy;
    o->n_series = n_series;
    o->has_series = series != NULL;
    return CTREND_OK;
}

size_t ctrend_batch_opts_n_series(const ctrend_batch_opts *o, const ctrend_frame *f)
{
    if (o && o->has_series)
        return o->n_series;
    return f ? ctrend_frame_n_series(f) : 0;
}

int ctrend_batch_opts_set_keys(ctrend_batch_opts *o, const int *keys, size_t n_keys)
{
    int *copy = NULL;
    if (!o || (!keys && n_keys > 0))
        return CTREND_EINVAL;
    if (n_keys > 0 && !(copy = ctrend__memdup_n(keys, n_keys, sizeof *copy))) return CTREND_ENOMEM;
    free(o->keys);
    o->keys = copy;
    o->n_keys = n_keys;
    return CTREND_OK;
}

size_t ctrend_batch_opts_n_keys(const ctrend_batch_opts *o)
{
    return o ? o->n_keys : 0;
}

int ctrend_batch_opts_set_model(ctrend_batch_opts *o, const ctrend_model_opts *m)
{
    if (!o)
        return CTREND_EINVAL;
    if (!m) {
        ctrend_model_opts_free(o->model);
        o->model = NULL;
        return CTREND_OK;
    }
    if (!o->model && ctrend_model_opts_new(&o->model) != CTREND_OK)
        return CTREND_ENOMEM;
    return copy_model_opts(m, o->model);
}

void ctrend_batch_opts_cancel(ctrend_batch_opts *o)
{
    if (o)
        atomic_store(&o->cancel, 1);
}

void ctrend_batch_opts_reset(ctrend_batch_opts *o)
{
    if (!o)
        return;
    atomic_store(&o->cancel, 0);
    atomic_store(&o->done, 0);
    atomic_store(&o->total, 0);
}

int ctrend_batch_opts_cancelled(const ctrend_batch_opts *o)
{
    return o ? atomic_load(&((ctrend_batch_opts *)o)->cancel) != 0 : 0;
}

int ctrend_batch_opts_progress(const ctrend_batch_opts *o, size_t *done, size_t *total)
{
    ctrend_batch_opts *m = (ctrend_batch_opts *)o; /* atomic loads only (C11 7.17.7.2) */
    if (!o)
        return CTREND_EINVAL;
    if (total)
        *total = atomic_load(&m->total);
    if (done)
        *done = atomic_load(&m->done);
    return CTREND_OK;
}

int ctrend_batch_opts_error(const ctrend_batch_opts *o, size_t i, ctrend_error *err)
{
    if (!o || !err || !o->err)
        return CTREND_EINVAL;
    if (i >= o->n_err)
        return CTREND_ERANGE;
    *err = o->err[i];
    return CTREND_OK;
}

/* Error records for n rows when the handle asks for them (else none: NULL, OK). */
static int opts_prepare_errors(ctrend_batch_opts *o, size_t n)
{
    free(o->err);
    o->err = NULL;
    o->n_err = 0;
    if (!o->errors)
        return CTREND_OK;
    o->err = ctrend__malloc_n(n ? n : 1, 1, sizeof *o->err);
    if (!o->err)
        return CTREND_ENOMEM;
    o->n_err = n;
    for (size_t i = 0; i < n; ++i)
        ctrend_error_clear(&o->err[i]);
    return CTREND_OK;
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
    ctrend_batch_opts o; /* never cancelled; its counters are this call's own */
    p.run = run;
    p.ctx = ctx;
    opts_init(&o);
    o.threads = n_threads > INT64_MAX ? INT64_MAX : (int64_t)n_threads;
    return batch_start(&o, n_items, 1, n_items, chunk ? chunk : 1, NULL, NULL, plain_run, NULL,
                       &p);
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

/* Values of frame series `index` at months first .. first+n-1 into out (ctrend_frame_window:
 * months outside the series are NaN). `cal` is no longer used (kept so this edit stays out
 * of the restructuring of this file; it can go with its allocations). */
static void series_window(const ctrend_frame *f, size_t index, int32_t first, size_t n,
                          double *cal, double *out)
{
    (void)cal;
    if (ctrend_frame_window(f, index, first, n, out, n, NULL) != CTREND_OK)
        fill_nan(out, n);
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
    ctrend_error *err;                   /* one record per series, or NULL */
    const ctrend__lanes_plan *lanes;     /* batch_fit: the lane path's plan, or NULL */
    size_t n_series;                     /* selected series (the lane path's last block) */
    const struct lanes_group *groups;    /* fit_models_v2: series sharing a design */
    const struct lanes_item *items;      /* fit_models_v2: the work items */
    size_t lane_doubles;                 /* fit_models_v2: kernel scratch per worker */
} fit_ctx;

typedef struct fit_scratch {
    ctrend_model_opts *opts; /* private copy: the fit writes its error message there */
    double *cal;             /* frame calendar */
    double *y;               /* design window */
    double *lane_y;          /* lane path: CTREND__LANES_BATCH design windows (for series
                                whose window the frame does not hold in place) */
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
    if (!s)
        return CTREND_ENOMEM;
    s->cal = ctrend__malloc_n(ctrend_frame_n_months(c->f) + 1, 1, sizeof *s->cal);
    s->y = ctrend__malloc_n(c->max_n, 1, sizeof *s->y);
    if (!s->cal || !s->y || ctrend_model_opts_new(&s->opts) != CTREND_OK) {
        fit_fini(s);
        return CTREND_ENOMEM;
    }
    if (c->lanes || c->lane_doubles) {
        const size_t need = c->lanes ? ctrend__lanes_block_scratch(c->lanes) : c->lane_doubles;
        s->lane_y = ctrend__malloc_n(CTREND__LANES_BATCH, c->max_n, sizeof *s->lane_y);
        s->lane_scratch = ctrend__malloc_n(need, 1, sizeof *s->lane_scratch);
        if (!s->lane_y || !s->lane_scratch) {
            fit_fini(s);
            return CTREND_ENOMEM;
        }
    }
    if (c->opts)
        copy_model_opts(c->opts, s->opts);
    *scratch = s;
    return CTREND_OK;
}

/* Record of series row i: code, message, the key "group/region/metric". */
static void fit_record(const fit_ctx *c, size_t i, int st, const char *message)
{
    if (!c->err)
        return;
    if (st == CTREND_OK) {
        ctrend_error_clear(&c->err[i]);
        return;
    }
    {
        const size_t idx = c->series ? c->series[i] : i;
        char key[CTREND_ERROR_KEY_LEN];
        const char *g = "", *r = "", *m = "";
        (void)ctrend_frame_group(c->f, idx, &g);
        (void)ctrend_frame_region(c->f, idx, &r);
        (void)ctrend_frame_metric(c->f, idx, &m);
        snprintf(key, sizeof key, "%s/%s/%s", g ? g : "", r ? r : "", m ? m : "");
        ctrend_error_set(&c->err[i], st, "", 0, 0, key, message);
    }
}

/* Row i of a cancelled call: NaN rows, no model, CTREND_ECANCELED. */
static void fit_mark_cancelled(const fit_ctx *c, size_t i)
{
    if (c->models) {
        c->models[i] = NULL;
    } else {
        if (c->coef)
            fill_nan(c->coef + i * c->p, c->p);
        if (c->se)
            fill_nan(c->se + i * c->p, c->p);
        if (c->n_keys)
            fill_nan(c->scalars + i * c->n_keys, c->n_keys);
    }
    c->status[i] = CTREND_ECANCELED;
    fit_record(c, i, CTREND_ECANCELED, "cancelled before this series was fitted");
}

static void fit_cancelled(const batch_job *job, size_t i)
{
    fit_mark_cancelled(job->ctx, i);
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
    series_window(c->f, idx, ctrend__design_start(d), n, s->cal, s->y);
    ctrend_error e;
    st = ctrend_model_fit(s->opts, c->family, d, s->y, n, &m, &e);
    fit_record(c, i, st, e.message);
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

/* The counts of frame series idx over the n months from `first`, for a lane fit: in place
 * when the frame holds the whole window, else copied into buf (NaN outside the series). */
static const double *lane_series(const ctrend_frame *f, size_t idx, int32_t first, size_t n,
                                 double *buf)
{
    const double *v = ctrend__frame_span(f, idx, first, n);
    if (v) return v;
    series_window(f, idx, first, n, NULL, buf);
    return buf;
}

/* Lane path: item b is the group of series CTREND__LANES_BATCH*b .. +CTREND__LANES_BATCH-1,
 * fitted four at a time with refilled lanes. The series that fit_lanes.c does not take are
 * fitted by fit_run, i.e. by ctrend_model_fit. */
static void fit_run_block(const batch_job *job, void *scratch, size_t b)
{
    const fit_ctx *c = job->ctx;
    fit_scratch *s = scratch;
    const size_t first = b * CTREND__LANES_BATCH, n = c->lanes->d.n;
    size_t m = c->n_series - first; /* first < n_series: b < the number of items */
    if (m > CTREND__LANES_BATCH) m = CTREND__LANES_BATCH;
    const double *y[CTREND__LANES_BATCH];
    int done[CTREND__LANES_BATCH];
    const int32_t start = ctrend__design_start(c->designs[0]);
    for (size_t l = 0; l < m; ++l) {
        const size_t idx = c->series ? c->series[first + l] : first + l;
        y[l] = lane_series(c->f, idx, start, n, s->lane_y + l * n);
    }
    ctrend__lanes_fit_block(c->lanes, y, m, c->keys, c->n_keys, s->lane_scratch,
                            c->coef ? c->coef + first * c->p : NULL,
                            c->se ? c->se + first * c->p : NULL,
                            c->n_keys ? c->scalars + first * c->n_keys : NULL, done);
    for (size_t l = 0; l < m; ++l) {
        if (done[l]) {
            c->status[first + l] = CTREND_OK;
            fit_record(c, first + l, CTREND_OK, NULL);
        } else {
            fit_run(job, scratch, first + l);
        }
    }
}

static void fit_block_cancelled(const batch_job *job, size_t b)
{
    const fit_ctx *c = job->ctx;
    for (size_t i = b * CTREND__LANES_BATCH;
         i < c->n_series && i < (b + 1) * CTREND__LANES_BATCH; ++i)
        fit_mark_cancelled(c, i);
}

/* The handle's selection (NULL = all series of f) checked against f. */
static int fit_selection(const ctrend_batch_opts *o, const ctrend_frame *f,
                         const size_t **series, size_t *n_series)
{
    *series = o->has_series ? o->series : NULL;
    *n_series = ctrend_batch_opts_n_series(o, f);
    return check_series(f, *series, *n_series);
}

int ctrend_batch_fit(ctrend_batch_opts *o, const ctrend_frame *f, int family,
                     const ctrend_design *d, double *coef, double *se, double *scalars,
                     int *status)
{
    ctrend_batch_opts defaults;
    fit_ctx c;
    const size_t *series;
    size_t n_series;
    int st;
    if (!o) {
        opts_init(&defaults);
        o = &defaults;
    }
    if (!f || !d || (o->n_keys > 0 && !scalars))
        return CTREND_EINVAL;
    if (family < CTREND_FAMILY_POISSON || family > CTREND_FAMILY_GAUSSIAN)
        return CTREND_EINVAL;
    if ((st = fit_selection(o, f, &series, &n_series)) != CTREND_OK)
        return st;
    if (!status && n_series > 0)
        return CTREND_EINVAL;
    if ((st = opts_prepare_errors(o, n_series)) != CTREND_OK)
        return st;
    memset(&c, 0, sizeof c);
    c.f = f;
    c.series = series;
    c.family = family;
    c.designs = &d;
    c.n_designs = 1;
    c.max_n = ctrend_design_nrow(d);
    c.opts = o->model;
    c.p = ctrend_design_ncol(d);
    c.coef = coef;
    c.se = se;
    c.keys = o->keys;
    c.n_keys = o->n_keys;
    c.scalars = scalars;
    c.status = status;
    c.err = o->err;
    c.n_series = n_series;
    ctrend__lanes_plan plan;
    const int lanes = (o->lanes && n_series >= 2)
                          ? ctrend__lanes_plan_init(&plan, family, d, o->model, o->keys,
                                                    o->n_keys)
                          : 0;
    if (lanes < 0)
        return CTREND_ENOMEM;
    if (lanes) {
        c.lanes = &plan;
        /* one item = CTREND__LANES_BATCH series (a chunk of one item: 2000 series still
         * give 63 items to balance; the fits of an item stream through the lanes) */
        const size_t n_blocks = (n_series + CTREND__LANES_BATCH - 1) / CTREND__LANES_BATCH;
        st = batch_start(o, n_blocks, CTREND__LANES_BATCH, n_series, 1, fit_init, fit_fini,
                         fit_run_block, fit_block_cancelled, &c);
        ctrend__lanes_plan_fini(&plan);
        return st;
    }
    return batch_start(o, n_series, 1, n_series, BATCH_FIT_CHUNK, fit_init, fit_fini, fit_run,
                       fit_cancelled, &c);
}

/* ---- fit_models_v2: the lane path for series that share a design ------------------- */

/* Distinct designs tracked per call; a series whose design matches none of them (and finds
 * no free slot) is fitted serially. Each comparison stops at the first differing cell, so a
 * call whose designs all differ (a covariate per series) costs at most this many short
 * comparisons per series. */
#define LANES_GROUPS_MAX 16

/* Series whose designs have the same matrix and offsets, bit for bit (and the same
 * intercept/offset flags): they can share one lane plan. */
typedef struct lanes_group {
    const ctrend_design *d; /* the first member's design (the plan is built from it) */
    double *X, *off;        /* its matrix (n*p) and offsets (n), owned */
    size_t n, p, n_members;
    int intercept, has_offset, planned;
    ctrend__lanes_plan plan;
} lanes_group;

/* One work item: up to CTREND__LANES_BATCH series of one group, or one series fitted
 * serially (group -1). idx: its n rows of the selection (in the items' shared row list). */
typedef struct lanes_item {
    int group;
    size_t n;
    const size_t *idx;
} lanes_item;

static size_t item_rows(const batch_job *job, size_t k)
{
    const fit_ctx *c = job->ctx;
    return c->items[k].n;
}

static void fit_item_cancelled(const batch_job *job, size_t k)
{
    const fit_ctx *c = job->ctx;
    for (size_t l = 0; l < c->items[k].n; ++l)
        fit_mark_cancelled(c, c->items[k].idx[l]);
}

static void fit_run_item(const batch_job *job, void *scratch, size_t k)
{
    const fit_ctx *c = job->ctx;
    fit_scratch *s = scratch;
    const lanes_item *it = &c->items[k];
    if (it->group < 0) {
        fit_run(job, scratch, it->idx[0]);
        return;
    }
    const lanes_group *g = &c->groups[it->group];
    const double *y[CTREND__LANES_BATCH];
    const ctrend_design *dl[CTREND__LANES_BATCH];
    ctrend_model *mods[CTREND__LANES_BATCH];
    int done[CTREND__LANES_BATCH];
    for (size_t l = 0; l < it->n; ++l) {
        const size_t i = it->idx[l];
        const size_t idx = c->series ? c->series[i] : i;
        dl[l] = c->designs[c->n_designs == 1 ? 0 : i];
        y[l] = lane_series(c->f, idx, ctrend__design_start(dl[l]), g->n, s->lane_y + l * g->n);
    }
    ctrend__lanes_fit_models_block(&g->plan, y, it->n, s->opts, dl, s->lane_scratch, mods, done);
    for (size_t l = 0; l < it->n; ++l) {
        const size_t i = it->idx[l];
        if (done[l] > 0) {
            c->models[i] = mods[l];
            c->status[i] = CTREND_OK;
            fit_record(c, i, CTREND_OK, NULL);
        } else if (done[l] < 0) {
            c->models[i] = NULL;
            c->status[i] = CTREND_ENOMEM;
            fit_record(c, i, CTREND_ENOMEM, "out of memory");
        } else {
            fit_run(job, scratch, i);
        }
    }
}

static void groups_free(lanes_group *g, size_t n_groups)
{
    for (size_t k = 0; k < n_groups; ++k) {
        free(g[k].X);
        free(g[k].off);
        if (g[k].planned) ctrend__lanes_plan_fini(&g[k].plan);
    }
}

/* Group of design d (matrix X/off just computed), or a new group, or -1 (serial).
 * CTREND_ENOMEM when a new group's copy cannot be had. */
static int group_of(lanes_group *g, size_t *n_groups, size_t *last, const ctrend_design *d,
                    const double *X, const double *off, int *group)
{
    const size_t n = ctrend_design_nrow(d), p = ctrend_design_ncol(d);
    const int icpt = ctrend__design_has_intercept(d), hoff = ctrend__design_has_offset(d);
    for (size_t t = 0; t < *n_groups; ++t) {
        const size_t k = (*last + t) % *n_groups; /* the last match first */
        if (g[k].n == n && g[k].p == p && g[k].intercept == icpt && g[k].has_offset == hoff &&
            (g[k].d == d || (!memcmp(g[k].X, X, n * p * sizeof *X) &&
                             !memcmp(g[k].off, off, n * sizeof *off)))) {
            *last = k;
            *group = (int)k;
            return CTREND_OK;
        }
    }
    *group = -1;
    if (*n_groups == LANES_GROUPS_MAX) return CTREND_OK;
    lanes_group *ng = &g[*n_groups];
    memset(ng, 0, sizeof *ng);
    ng->X = ctrend__malloc_n(n, p, sizeof *ng->X);
    ng->off = ctrend__malloc_n(n, 1, sizeof *ng->off);
    if (!ng->X || !ng->off) {
        free(ng->X);
        free(ng->off);
        return CTREND_ENOMEM;
    }
    memcpy(ng->X, X, n * p * sizeof *X);
    memcpy(ng->off, off, n * sizeof *off);
    ng->d = d;
    ng->n = n;
    ng->p = p;
    ng->intercept = icpt;
    ng->has_offset = hoff;
    *last = *n_groups;
    *group = (int)(*n_groups)++;
    return CTREND_OK;
}

/* Group the series by design, plan each group of two or more, and list the work items.
 * On CTREND_OK, *items (caller frees; one allocation with the row list the items point
 * into) holds *n_items items and groups[0..*n_groups-1] are set (groups_free). */
static int lanes_prepare(const fit_ctx *c, const ctrend_model_opts *mopts, lanes_group *groups,
                         size_t *n_groups, lanes_item **items, size_t *n_items,
                         size_t *lane_doubles)
{
    const size_t ns = c->n_series;
    int *gid = ctrend__malloc_n(ns, 1, sizeof *gid);
    /* at most ns items, then the ns rows they list */
    lanes_item *it = ctrend__malloc_n(ns ? ns : 1, sizeof(lanes_item) + sizeof(size_t), 1);
    size_t *order = it ? (size_t *)(void *)(it + (ns ? ns : 1)) : NULL, no = 0;
    double *X = NULL, *off = NULL;
    size_t max_np = 0, last = 0, ni = 0;
    int st = CTREND_ENOMEM;
    *n_groups = 0;
    *lane_doubles = 0;
    for (size_t k = 0; k < c->n_designs; ++k) {
        const size_t np = ctrend_design_nrow(c->designs[k]) * ctrend_design_ncol(c->designs[k]);
        if (np > max_np) max_np = np;
    }
    X = ctrend__malloc_n(max_np ? max_np : 1, 1, sizeof *X);
    off = ctrend__malloc_n(c->max_n ? c->max_n : 1, 1, sizeof *off);
    if (!gid || !it || !X || !off) goto done;
    for (size_t i = 0; i < ns; ++i) {
        const ctrend_design *d = c->designs[c->n_designs == 1 ? 0 : i];
        const size_t n = ctrend_design_nrow(d), p = ctrend_design_ncol(d);
        gid[i] = -1;
        if (p == 0 || p > CTREND__LANES_PMAX) continue;
        if (c->n_designs == 1 && *n_groups == 1) {
            gid[i] = 0;
        } else {
            if (ctrend_design_matrix(d, 0, n, X, n * p, off, n, NULL) != CTREND_OK) continue;
            if ((st = group_of(groups, n_groups, &last, d, X, off, &gid[i])) != CTREND_OK)
                goto done;
        }
        if (gid[i] >= 0) ++groups[gid[i]].n_members;
    }
    for (size_t k = 0; k < *n_groups; ++k) {
        lanes_group *g = &groups[k];
        if (g->n_members < 2) continue; /* alone: the serial fit, bit-identical to one call */
        const int pl = ctrend__lanes_plan_init(&g->plan, c->family, g->d, mopts, NULL, 0);
        if (pl < 0) {
            st = CTREND_ENOMEM; /* never "use the serial path": that changes the rounding */
            goto done;
        }
        g->planned = pl;
        if (pl) {
            const size_t need = ctrend__lanes_models_scratch(&g->plan);
            if (need > *lane_doubles) *lane_doubles = need;
        }
    }
    /* items: blocks of each planned group in row order, then every other series alone */
    for (size_t k = 0; k < *n_groups; ++k) {
        if (!groups[k].planned) continue;
        lanes_item *cur = NULL;
        for (size_t i = 0; i < ns; ++i) {
            if (gid[i] != (int)k) continue;
            if (!cur || cur->n == CTREND__LANES_BATCH) {
                cur = &it[ni++];
                cur->group = (int)k;
                cur->n = 0;
                cur->idx = order + no;
            }
            order[no++] = i;
            ++cur->n;
        }
    }
    for (size_t i = 0; i < ns; ++i) {
        if (gid[i] >= 0 && groups[gid[i]].planned) continue;
        it[ni].group = -1;
        it[ni].n = 1;
        it[ni++].idx = order + no;
        order[no++] = i;
    }
    *items = it;
    *n_items = ni;
    it = NULL;
    st = CTREND_OK;
done:
    free(gid);
    free(it);
    free(X);
    free(off);
    if (st != CTREND_OK) {
        groups_free(groups, *n_groups);
        *n_groups = 0;
    }
    return st;
}

/* ctrend_batch_fit_models (v2 = 0: one ctrend_model_fit per series) and _v2. */
static int fit_models(ctrend_batch_opts *o, const ctrend_frame *f, int family,
                      const ctrend_design *const *designs, size_t n_designs,
                      ctrend_model **models, int *status, int v2)
{
    ctrend_batch_opts defaults;
    fit_ctx c;
    const size_t *series;
    size_t i, n_series;
    int st;
    if (!o) {
        opts_init(&defaults);
        o = &defaults;
    }
    if (!f || !designs)
        return CTREND_EINVAL;
    if (family < CTREND_FAMILY_POISSON || family > CTREND_FAMILY_GAUSSIAN)
        return CTREND_EINVAL;
    if ((st = fit_selection(o, f, &series, &n_series)) != CTREND_OK)
        return st;
    if (n_series > 0 && (!models || !status))
        return CTREND_EINVAL;
    if (n_designs != 1 && n_designs != n_series)
        return CTREND_EINVAL;
    memset(&c, 0, sizeof c);
    for (i = 0; i < n_designs; ++i) {
        if (!designs[i])
            return CTREND_EINVAL;
        if (ctrend_design_nrow(designs[i]) > c.max_n)
            c.max_n = ctrend_design_nrow(designs[i]);
    }
    for (i = 0; i < n_series; ++i)
        models[i] = NULL;
    if ((st = opts_prepare_errors(o, n_series)) != CTREND_OK)
        return st;
    c.f = f;
    c.series = series;
    c.family = family;
    c.designs = designs;
    c.n_designs = n_designs;
    c.opts = o->model;
    c.models = models;
    c.n_series = n_series;
    c.status = status;
    c.err = o->err;
    if (v2 && o->lanes && family == CTREND_FAMILY_POISSON && n_series >= 2) {
        lanes_group groups[LANES_GROUPS_MAX];
        lanes_item *items = NULL;
        size_t n_groups = 0, n_items = 0;
        if ((st = lanes_prepare(&c, o->model, groups, &n_groups, &items, &n_items,
                                &c.lane_doubles)) != CTREND_OK)
            return st;
        batch_job job;
        memset(&job, 0, sizeof job);
        c.groups = groups;
        c.items = items;
        job.n_items = n_items;
        job.chunk = 1;
        job.unit = CTREND__LANES_BATCH;
        job.n_rows = n_series;
        job.o = o;
        job.init = fit_init;
        job.fini = fit_fini;
        job.run = fit_run_item;
        job.cancelled = fit_item_cancelled;
        job.rows_of = item_rows;
        job.ctx = &c;
        st = batch_run(&job, (size_t)o->threads);
        free(items);
        groups_free(groups, n_groups);
        return st;
    }
    return batch_start(o, n_series, 1, n_series, BATCH_FIT_CHUNK, fit_init, fit_fini, fit_run,
                       fit_cancelled, &c);
}

int ctrend_batch_fit_models(ctrend_batch_opts *o, const ctrend_frame *f, int family,
                            const ctrend_design *const *designs, size_t n_designs,
                            ctrend_model **models, int *status)
{
    return fit_models(o, f, family, designs, n_designs, models, status, 0);
}

int ctrend_batch_fit_models_v2(ctrend_batch_opts *o, const ctrend_frame *f, int family,
                               const ctrend_design *const *designs, size_t n_designs,
                               ctrend_model **models, int *status)
{
    return fit_models(o, f, family, designs, n_designs, models, status, 1);
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

/* Row i of a cancelled array call: NaN (reason 0), CTREND_ECANCELED. */
static void array_cancelled(const batch_job *job, size_t i)
{
    const array_ctx *c = job->ctx;
    fill_nan(c->out + i * c->n, c->n);
    if (c->reason)
        memset(c->reason + i * c->n, 0, c->n * sizeof *c->reason);
    if (c->status)
        c->status[i] = CTREND_ECANCELED;
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

int ctrend_batch_rolling_mean(ctrend_batch_opts *o, const double *x, size_t n_series,
                              size_t n_months, size_t window, size_t min_periods, double *out,
                              int *status)
{
    ctrend_batch_opts defaults;
    array_ctx c;
    const int has_data = n_series > 0 && n_months > 0;
    if (!o) {
        opts_init(&defaults);
        o = &defaults;
    }
    if (has_data && (!x || !out || out == x))
        return CTREND_EINVAL;
    if (window == 0 || min_periods > window)
        return CTREND_EINVAL;
    memset(&c, 0, sizeof c);
    c.x = x;
    c.n = n_months;
    c.window = window;
    c.align = (int)o->align;
    c.min_periods = min_periods;
    c.out = out;
    c.status = status;
    return batch_start(o, n_series, 1, n_series, array_chunk(n_months), NULL, NULL, rolling_run,
                       array_cancelled, &c);
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

int ctrend_batch_change_pct(ctrend_batch_opts *o, const double *x, size_t n_series,
                            size_t n_months, size_t lag, double *out, int32_t *reason,
                            int *status)
{
    ctrend_batch_opts defaults;
    array_ctx c;
    const int has_data = n_series > 0 && n_months > 0;
    if (!o) {
        opts_init(&defaults);
        o = &defaults;
    }
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
    return batch_start(o, n_series, 1, n_series, array_chunk(n_months), NULL, NULL, pct_run,
                       array_cancelled, &c);
}
