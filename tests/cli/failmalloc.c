/*
 * failmalloc.c — LD_PRELOAD allocation-failure injection for the CLI sweep
 * (tests/cli/alloc_sweep.sh). FAILMALLOC_N=k makes the k-th malloc/calloc/realloc call of the
 * process (counted from the first call) return NULL, once; FAILMALLOC_N unset or 0: no
 * failure. The real allocators come from dlsym(RTLD_NEXT); dlsym's own allocation during the
 * look-up is served from a small static arena. FAILMALLOC_COUNT=path: at exit, write the
 * number of allocation calls made to that file (to size the sweep).
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

static void *(*real_malloc)(size_t);
static void *(*real_calloc)(size_t, size_t);
static void *(*real_realloc)(void *, size_t);
static unsigned long target, calls;
static int ready, resolving;
static char arena[4096];
static size_t arena_used;

static void init(void)
{
    if (ready || resolving) return;
    resolving = 1;
    real_malloc = (void *(*)(size_t))dlsym(RTLD_NEXT, "malloc");
    real_calloc = (void *(*)(size_t, size_t))dlsym(RTLD_NEXT, "calloc");
    real_realloc = (void *(*)(void *, size_t))dlsym(RTLD_NEXT, "realloc");
    const char *e = getenv("FAILMALLOC_N");
    target = e ? strtoul(e, NULL, 10) : 0;
    resolving = 0;
    ready = 1;
}

static int fail_now(void)
{
    if (!ready) return 0;
    ++calls;
    if (!(target && calls == target)) return 0;
    errno = ENOMEM; /* as glibc's malloc does (POSIX: "shall set errno to [ENOMEM]") */
    return 1;
}

void *malloc(size_t n)
{
    init();
    if (!ready) { /* inside dlsym: static arena */
        void *p = arena + arena_used;
        arena_used += (n + 15) & ~(size_t)15;
        return arena_used <= sizeof arena ? p : NULL;
    }
    return fail_now() ? NULL : real_malloc(n);
}

void *calloc(size_t a, size_t b)
{
    init();
    if (!ready) {
        void *p = malloc(a * b);
        if (p) memset(p, 0, a * b);
        return p;
    }
    return fail_now() ? NULL : real_calloc(a, b);
}

void *realloc(void *p, size_t n)
{
    init();
    return fail_now() ? NULL : real_realloc(p, n);
}

void free(void *p)
{
    static void (*real_free)(void *);
    if ((char *)p >= arena && (char *)p < arena + sizeof arena) return;
    if (!real_free) real_free = (void (*)(void *))dlsym(RTLD_NEXT, "free");
    real_free(p);
}

__attribute__((destructor)) static void report(void)
{
    const char *path = getenv("FAILMALLOC_COUNT");
    if (!path || target) return;
    FILE *fp = fopen(path, "w");
    if (fp) {
        fprintf(fp, "%lu\n", calls);
        fclose(fp);
    }
}
