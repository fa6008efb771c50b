/* alloc_wrap.c — the --wrap'ed allocator; see alloc_wrap.h. */
#include <stdlib.h>
#include <csv.h>
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
