/* SPDX-License-Identifier: GPL-3.0-or-later */
/* internal.h — private helpers shared by lib/ sources. Never installed; names are ctrend__*. */
#ifndef CTREND_INTERNAL_H
#define CTREND_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

/* strdup that returns NULL on NULL input as "" copy; NULL only on allocation failure. */
char *ctrend__strdup(const char *s);
/* FNV-1a hash of a byte string, continued from h (start with CTREND__FNV_INIT). */
#define CTREND__FNV_INIT 1469598103934665603ULL
uint64_t ctrend__fnv1a(uint64_t h, const char *s, size_t len);

/* The largest count: every integer up to 2^53 is a double exactly (the reader's limit too).
 * Means above it are refused before any draw (CTREND_ELIMIT). */
#define CTREND__MAX_COUNT 9007199254740992.0

/* The one overflow-checked size computation of lib/: *out = a * b, or 1 (and *out
 * untouched) when the product does not fit in size_t. Every allocation size and every
 * count of cells computed from input or options goes through these. */
static inline int ctrend__mul_size(size_t a, size_t b, size_t *out)
{
    size_t r;
    if (__builtin_mul_overflow(a, b, &r)) return 1;
    *out = r;
    return 0;
}
/* *out = a * b * c (overflow as ctrend__mul_size). */
static inline int ctrend__mul3_size(size_t a, size_t b, size_t c, size_t *out)
{
    size_t ab;
    return ctrend__mul_size(a, b, &ab) || ctrend__mul_size(ab, c, out);
}
/* malloc / calloc / realloc of a * b * size bytes (b = 1 for a plain array): NULL when the
 * size does not fit (an impossible size is an allocation failure: CTREND_ENOMEM). */
static inline void *ctrend__malloc_n(size_t a, size_t b, size_t size)
{
    size_t bytes;
    return ctrend__mul3_size(a, b, size, &bytes) ? NULL : malloc(bytes);
}
static inline void *ctrend__calloc_n(size_t a, size_t b, size_t size)
{
    size_t n;
    return ctrend__mul_size(a, b, &n) || ctrend__mul_size(n, size, &(size_t){0}) ? NULL : calloc(n, size);
}
static inline void *ctrend__realloc_n(void *p, size_t a, size_t size)
{
    size_t bytes;
    return ctrend__mul_size(a, size, &bytes) ? NULL : realloc(p, bytes);
}
/* A malloc'd copy of the n elements of size bytes at src (caller frees): NULL when the
 * size does not fit in size_t or malloc fails (CTREND_ENOMEM for the caller). n == 0,
 * size == 0 or src NULL copy nothing and return NULL: callers that accept an empty
 * array test n first. The one "malloc + memcpy" of an array in lib/. */
void *ctrend__memdup_n(const void *src, size_t n, size_t size);
/* *out = a + b (overflow as ctrend__mul_size). */
static inline int ctrend__add_size(size_t a, size_t b, size_t *out)
{
    size_t r;
    if (__builtin_add_overflow(a, b, &r)) return 1;
    *out = r;
    return 0;
}

/* ---- cancellation and progress of one long call (docs/api.md section 7) ----
 * The atomic part of an options handle (ctrend_model_opts): a cancel flag that any thread
 * or a signal handler may set (one lock-free store), and two counters another thread may
 * read while the call runs. Calls poll ctrend__cancelled at their work boundaries
 * (a candidate fit, a block of simulations, an origin) and return CTREND_ECANCELED.
 * A NULL control is never cancelled and counts nothing. */
#include <stdatomic.h>
_Static_assert(ATOMIC_INT_LOCK_FREE == 2, "a cancel flag must be a lock-free atomic int");
typedef struct ctrend__control {
    atomic_int cancel;
    atomic_size_t done, total;
} ctrend__control;
static inline void ctrend__control_init(ctrend__control *c)
{
    atomic_init(&c->cancel, 0);
    atomic_init(&c->done, 0);
    atomic_init(&c->total, 0);
}
static inline int ctrend__cancelled(const ctrend__control *c)
{
    return c && atomic_load_explicit(&((ctrend__control *)c)->cancel, memory_order_relaxed);
}
/* A call starts: done = 0, total = its units of work (NULL c: nothing). */
static inline void ctrend__progress_start(ctrend__control *c, size_t total)
{
    if (!c) return;
    atomic_store(&c->done, 0);
    atomic_store(&c->total, total);
}
/* k more units done (any thread). */
static inline void ctrend__progress_add(ctrend__control *c, size_t k)
{
    if (c) atomic_fetch_add_explicit(&c->done, k, memory_order_relaxed);
}

/* ctrend_forecast_new polling ctl's cancel flag without touching its progress counters
 * (lib/forecast.c; ctrend_backtest_add_model counts origins there instead). */
struct ctrend_model;
struct ctrend_forecast;
struct ctrend_error;
int ctrend__forecast_polled(const ctrend__control *ctl, const struct ctrend_model *m, size_t h,
                            size_t n_sims, uint64_t seed, struct ctrend_forecast **out,
                            struct ctrend_error *err);
/* The control block of a model options handle (NULL for NULL o; lib/models/model.c). */
struct ctrend_model_opts;
ctrend__control *ctrend__opts_control(const struct ctrend_model_opts *o);

/* First month of a design's window (lib/design.c; d non-NULL: the public
 * ctrend_design_start checks its arguments). */
struct ctrend_design;
int32_t ctrend__design_start(const struct ctrend_design *d);

/* The job runner of lib/batch.c for other modules: run(ctx, i) for every i < n_items on
 * n_threads workers (0 = all online CPUs; the caller is one of them), chunk consecutive
 * items per claim from an atomic counter. run must write only item i's own results: the
 * outcome is then independent of the thread count. Returns CTREND_OK (a thread that cannot
 * be started leaves its share to the others). */
int ctrend__parallel_for(size_t n_items, size_t chunk, void (*run)(const void *ctx, size_t i),
                         const void *ctx, size_t n_threads);

#endif
