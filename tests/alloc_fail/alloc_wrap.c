/* SPDX-License-Identifier: GPL-3.0-or-later */
/* alloc_wrap.c — the --wrap'ed allocator; see alloc_wrap.h. */
#include <stdlib.h>
#include <csv.h>
#include <gsl/gsl_multifit.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_roots.h>
#include "alloc_wrap.h"

void *__real_malloc(size_t n);
void *__real_calloc(size_t k, size_t n);
void *__real_realloc(void *p, size_t n);
void __real_free(void *p);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t k, size_t n);
void *__wrap_realloc(void *p, size_t n);
void __wrap_free(void *p);

static size_t fail_at, calls, failures;
static int persistent_mode;
static long live;

void af_arm(size_t n, int persistent)
{
    fail_at = n;
    persistent_mode = persistent;
    calls = 0;
    failures = 0;
}
size_t af_calls(void) { return calls; }
size_t af_failures(void) { return failures; }
long af_live(void) { return live; }

static int should_fail(void)
{
    ++calls;
    if (fail_at && (calls == fail_at || (persistent_mode && calls > fail_at))) {
        ++failures;
        return 1;
    }
    return 0;
}

void *__wrap_malloc(size_t n)
{
    if (should_fail()) return NULL;
    void *p = __real_malloc(n);
    if (p) ++live;
    return p;
}

void *__wrap_calloc(size_t k, size_t n)
{
    if (should_fail()) return NULL;
    void *p = __real_calloc(k, n);
    if (p) ++live;
    return p;
}

void *__wrap_realloc(void *p, size_t n)
{
    if (should_fail()) return NULL; /* like a real failure: p stays valid */
    void *q = __real_realloc(p, n);
    if (q && !p) ++live;
    return q;
}

void __wrap_free(void *p)
{
    if (p) --live;
    __real_free(p);
}

/*
 * libcsv is a shared library, so its own buffer growth (realloc inside csv_parse) is not
 * reached by --wrap. csv_init is wrapped too (-Wl,--wrap=csv_init): after the real one, the
 * parser is told to allocate through the wrappers above, so libcsv's allocations are counted
 * and can fail like ours.
 */
int __real_csv_init(struct csv_parser *p, unsigned char options);
int __wrap_csv_init(struct csv_parser *p, unsigned char options);
int __wrap_csv_init(struct csv_parser *p, unsigned char options)
{
    const int rc = __real_csv_init(p, options);
    if (rc == 0) {
        csv_set_realloc_func(p, __wrap_realloc);
        csv_set_free_func(p, __wrap_free);
    }
    return rc;
}

/*
 * GSL is a shared library too: its allocators are reached by wrapping the GSL entry points
 * libctrend calls (-Wl,--wrap=gsl_multifit_linear_alloc,... in tests/alloc_fail.cmake); the
 * matching _free functions are wrapped to keep the live count.
 */
gsl_multifit_linear_workspace *__real_gsl_multifit_linear_alloc(size_t n, size_t p);
gsl_multifit_linear_workspace *__wrap_gsl_multifit_linear_alloc(size_t n, size_t p);
void __real_gsl_multifit_linear_free(gsl_multifit_linear_workspace *w);
void __wrap_gsl_multifit_linear_free(gsl_multifit_linear_workspace *w);
gsl_rng *__real_gsl_rng_alloc(const gsl_rng_type *t);
gsl_rng *__wrap_gsl_rng_alloc(const gsl_rng_type *t);
void __real_gsl_rng_free(gsl_rng *r);
void __wrap_gsl_rng_free(gsl_rng *r);
gsl_root_fsolver *__real_gsl_root_fsolver_alloc(const gsl_root_fsolver_type *t);
gsl_root_fsolver *__wrap_gsl_root_fsolver_alloc(const gsl_root_fsolver_type *t);
void __real_gsl_root_fsolver_free(gsl_root_fsolver *s);
void __wrap_gsl_root_fsolver_free(gsl_root_fsolver *s);

gsl_multifit_linear_workspace *__wrap_gsl_multifit_linear_alloc(size_t n, size_t p)
{
    if (should_fail()) return NULL;
    gsl_multifit_linear_workspace *w = __real_gsl_multifit_linear_alloc(n, p);
    if (w) ++live;
    return w;
}
void __wrap_gsl_multifit_linear_free(gsl_multifit_linear_workspace *w)
{
    if (w) --live;
    __real_gsl_multifit_linear_free(w);
}
gsl_rng *__wrap_gsl_rng_alloc(const gsl_rng_type *t)
{
    if (should_fail()) return NULL;
    gsl_rng *r = __real_gsl_rng_alloc(t);
    if (r) ++live;
    return r;
}
void __wrap_gsl_rng_free(gsl_rng *r)
{
    if (r) --live;
    __real_gsl_rng_free(r);
}
gsl_root_fsolver *__wrap_gsl_root_fsolver_alloc(const gsl_root_fsolver_type *t)
{
    if (should_fail()) return NULL;
    gsl_root_fsolver *s = __real_gsl_root_fsolver_alloc(t);
    if (s) ++live;
    return s;
}
void __wrap_gsl_root_fsolver_free(gsl_root_fsolver *s)
{
    if (s) --live;
    __real_gsl_root_fsolver_free(s);
}
