/*
 * failmalloc.c — LD_PRELOAD allocation-failure injection for the CLI sweep
 * (tests/cli/alloc_sweep.sh). FAILMALLOC_N=k makes the k-th malloc/calloc/realloc call of the
 * process (counted from the first call) return NULL, once; FAILMALLOC_N unset or 0: no
 * failure. The real allocators come from dlsym(RTLD_NEXT); dlsym's own allocation during the
 * look-up is served from a small static arena. FAILMALLOC_COUNT=path: at exit, write the
 * number of allocation calls made to that file (to size the sweep).
 * FAILMALLOC_CALLER=main: count (and fail) only the calls made from the main program's own
 * code (return address inside its loaded segments, from dl_iterate_phdr), i.e. ctrend's
 * allocations, not those made inside shared libraries (libc's strdup/fopen, PLplot, cairo,
 * pango, fontconfig), whose failures those libraries do not all survive. With
 * FAILMALLOC_WHERE set too, the failing call's address in the executable is printed on
 * stderr (for addr2line).
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <stdint.h>
#include <errno.h>
#include <stdio.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

static void *(*real_malloc)(size_t);
static void *(*real_calloc)(size_t, size_t);
static void *(*real_realloc)(void *, size_t);
static unsigned long target, calls;
static int ready, resolving, main_only;
#define MAX_SEG 8
static uintptr_t seg_lo[MAX_SEG], seg_hi[MAX_SEG];
static int n_seg, where;
static uintptr_t main_base;

static int first_object(struct dl_phdr_info *info, size_t size, void *data)
{
    (void)size;
    (void)data;
    for (int i = 0; i < info->dlpi_phnum && n_seg < MAX_SEG; ++i)
        if (info->dlpi_phdr[i].p_type == PT_LOAD) {
            main_base = info->dlpi_addr;
            seg_lo[n_seg] = info->dlpi_addr + info->dlpi_phdr[i].p_vaddr;
            seg_hi[n_seg] = seg_lo[n_seg] + info->dlpi_phdr[i].p_memsz;
            ++n_seg;
        }
    return 1; /* the first object listed is the main program */
}

static int from_main(const void *ret)
{
    const uintptr_t a = (uintptr_t)ret;
    for (int i = 0; i < n_seg; ++i)
        if (a >= seg_lo[i] && a < seg_hi[i]) return 1;
    return 0;
}
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
    const char *c = getenv("FAILMALLOC_CALLER");
    where = getenv("FAILMALLOC_WHERE") != NULL;
    if (c && !strcmp(c, "main")) {
        dl_iterate_phdr(first_object, NULL);
        main_only = n_seg > 0;
    }
    resolving = 0;
    ready = 1;
}

static int fail_now(const void *ret)
{
    if (!ready) return 0;
    if (main_only && !from_main(ret)) return 0;
    ++calls;
    if (!(target && calls == target)) return 0;
    if (where && main_only) { /* the failing call's site, for addr2line -e the executable */
        char msg[64];
        const int k = snprintf(msg, sizeof msg, "failmalloc: call %lu at 0x%lx\n", calls,
                               (unsigned long)((uintptr_t)ret - main_base - 1));
        if (k > 0) fwrite(msg, 1, (size_t)k, stderr);
    }
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
    return fail_now(__builtin_return_address(0)) ? NULL : real_malloc(n);
}

void *calloc(size_t a, size_t b)
{
    init();
    if (!ready) {
        void *p = malloc(a * b);
        if (p) memset(p, 0, a * b);
        return p;
    }
    return fail_now(__builtin_return_address(0)) ? NULL : real_calloc(a, b);
}

void *realloc(void *p, size_t n)
{
    init();
    return fail_now(__builtin_return_address(0)) ? NULL : real_realloc(p, n);
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
