/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * frame.c — series keyed by (group, region, metric) on one calendar.
 *
 * Each series keeps its cells in a growable window [base, base + cap) of months with
 * a parallel "set" flag per cell, so that "never reported" (NaN, unset), "reported as
 * missing" (NaN, set) and duplicates can be told apart. Windows grow geometrically in
 * either direction, so appending months in any order is amortised O(1).
 * Keys live in an open-addressing hash table (linear probing, load <= 1/2).
 *
 * Memory (issue 18 item 5: a wide file of 10^6 one-month series). Per series the frame
 * keeps what it must and little else:
 *  - a 32-byte record: two name pointers, the window pointer, its size and first month
 *    (no stored hash: the table's probe compares the names, a rehash recomputes them);
 *  - its names in the frame's name store, chunks that never move (so a name borrowed from
 *    this frame stays valid while the frame grows): "group\0region\0" once per run of
 *    consecutive series with the same pair (a wide file's row block shares one), the metric
 *    after it; or, for the reader's wide columns, the header's own name text, which the
 *    frame adopts (ctrend__frame_adopt: stored once, not copied per series);
 *  - its window: up to SLAB_CELLS cells from the frame's slab (a few large blocks, sized
 *    once for a wide file's series by ctrend__frame_reserve_series; freed windows go to a
 *    free list per size and are reused), larger ones from malloc;
 *  - a 4-byte slot in the key table (2 to 4 slots per series).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ctrend/frame.h"
#include "ctrend/error.h"
#include "ctrend/month.h"
#include "internal.h"
#include "frame_internal.h"

typedef struct series {
    const char *key;    /* "group\0region\0" in the name store (shared along a run of one pair) */
    const char *metric; /* in the name store or an adopted block */
    double *v;          /* cap cells, then their set flags (SET): one window */
    uint32_t cap;       /* cells allocated (< 2^17: the calendar is years 1..9999) */
    int32_t base;       /* month of cell 0 */
} series;

/* The set flags of series s: 1 = reported (a value, or NaN reported as missing). */
#define SET(s) ((unsigned char *)((s)->v + (s)->cap))

/* Windows of at most SLAB_CELLS cells come from the slab. */
#define SLAB_CELLS 8u

/* A block of the name store or the slab: allocated once, never moved, freed with the frame. */
typedef struct chunk {
    struct chunk *next;
    size_t used, cap;
    double data[]; /* cap bytes (double: aligned for cells) */
} chunk;

struct ctrend_frame {
    series *s;
    size_t n, cap;
    uint32_t *table;   /* slot -> series index + 1 (0 = empty) */
    size_t table_cap;  /* power of two */
    int has_months;
    int32_t lo, hi;    /* calendar [lo, hi] when has_months */
    chunk *names;      /* name store (head = the chunk in use) */
    chunk *slab;       /* small windows */
    double *free_cells[SLAB_CELLS + 1]; /* freed slab windows by size (linked through cell 0) */
    void **adopted;    /* blocks owned by the frame (ctrend__frame_adopt) */
    size_t n_adopted, cap_adopted;
};

static const int32_t MONTH_MIN = CTREND_YEAR_MIN * 12;
static const int32_t MONTH_MAX = CTREND_YEAR_MAX * 12 + 11;
/* Largest number of series (the table stores index + 1 in 32 bits). */
#define MAX_SERIES ((size_t)UINT32_MAX - 1)

static const char *s_group(const series *s) { return s->key; }
static const char *s_region(const series *s) { return s->key + strlen(s->key) + 1; }

static uint64_t key_hash(const char *g, const char *r, const char *m)
{
    uint64_t h = CTREND__FNV_INIT;
    h = ctrend__fnv1a(h, g, strlen(g) + 1); /* the NULs separate the parts */
    h = ctrend__fnv1a(h, r, strlen(r) + 1);
    return ctrend__fnv1a(h, m, strlen(m) + 1);
}

/* Room for `bytes` in the head chunk of *head: a new head chunk of exactly that size when
 * it has not (the old head's tail stays unused). 0, or -1 out of memory. */
static int chunk_reserve(chunk **head, size_t bytes)
{
    if (*head && (*head)->cap - (*head)->used >= bytes) return 0;
    if (bytes > SIZE_MAX - sizeof(chunk)) return -1;
    chunk *nc = malloc(sizeof *nc + bytes);
    if (!nc) return -1;
    nc->next = *head;
    nc->used = 0;
    nc->cap = bytes;
    *head = nc;
    return 0;
}

/* n bytes (n rounded up to 8) from the chunk list *head; a full head is followed by a chunk
 * twice its size (4 KiB to 8 MiB, or n): a few chunks in all, never moved. */
static void *chunk_take(chunk **head, size_t n)
{
    if (n > SIZE_MAX - 7) return NULL;
    n = (n + 7) & ~(size_t)7;
    chunk *c = *head;
    if (!c || c->cap - c->used < n) {
        size_t cap = c ? 2 * c->cap : 4096;
        if (cap > ((size_t)8 << 20)) cap = (size_t)8 << 20;
        if (cap < n) cap = n;
        if (chunk_reserve(head, cap)) return NULL;
        c = *head;
    }
    void *p = (char *)c->data + c->used;
    c->used += n;
    return p;
}

static void chunks_free(chunk *c)
{
    while (c) {
        chunk *next = c->next;
        free(c);
        c = next;
    }
}

/* Bytes of a window of n cells: the values, then the flags (rounded up to 8 in the slab). */
static size_t cells_bytes(size_t n) { return n * sizeof(double) + n; }

static double *cells_alloc(ctrend_frame *f, size_t n)
{
    if (n <= SLAB_CELLS) {
        double *v = f->free_cells[n];
        if (v) {
            memcpy(&f->free_cells[n], v, sizeof f->free_cells[n]); /* the link in cell 0 */
            return v;
        }
        return chunk_take(&f->slab, cells_bytes(n));
    }
    return ctrend__malloc_n(n, 1, sizeof(double) + 1);
}

static void cells_free(ctrend_frame *f, double *v, size_t n)
{
    if (!v) return;
    if (n <= SLAB_CELLS) { /* onto the free list of its size (the link in cell 0) */
        memcpy(v, &f->free_cells[n], sizeof f->free_cells[n]);
        f->free_cells[n] = v;
        return;
    }
    free(v);
}

int ctrend_frame_new(ctrend_frame **out)
{
    if (!out) return CTREND_EINVAL;
    ctrend_frame *f = calloc(1, sizeof *f);
    if (!f) return CTREND_ENOMEM;
    *out = f;
    return CTREND_OK;
}

void ctrend_frame_free(ctrend_frame *f)
{
    if (!f) return;
    for (size_t i = 0; i < f->n; ++i)
        if (f->s[i].cap > SLAB_CELLS) free(f->s[i].v);
    chunks_free(f->names);
    chunks_free(f->slab);
    for (size_t i = 0; i < f->n_adopted; ++i) free(f->adopted[i]);
    free(f->adopted);
    free(f->s);
    free(f->table);
    free(f);
}

int ctrend__frame_adopt(ctrend_frame *f, void *block)
{
    if (!f || !block) return CTREND_EINVAL;
    if (f->n_adopted == f->cap_adopted) {
        const size_t nc = f->cap_adopted ? 2 * f->cap_adopted : 4;
        void **na = ctrend__realloc_n(f->adopted, nc, sizeof *na);
        if (!na) return CTREND_ENOMEM;
        f->adopted = na;
        f->cap_adopted = nc;
    }
    f->adopted[f->n_adopted++] = block;
    return CTREND_OK;
}

static int same_key(const series *s, const char *g, const char *r, const char *m)
{
    return !strcmp(s->metric, m) && !strcmp(s_group(s), g) && !strcmp(s_region(s), r);
}

static uint32_t *probe(uint32_t *table, size_t cap, const series *all, uint64_t h, const char *g,
                       const char *r, const char *m)
{
    size_t slot = (size_t)h & (cap - 1);
    for (;;) {
        if (!table[slot] || (g && same_key(&all[table[slot] - 1], g, r, m))) return &table[slot];
        slot = (slot + 1) & (cap - 1);
    }
}

static int rehash(ctrend_frame *f, size_t new_cap)
{
    uint32_t *t = calloc(new_cap, sizeof *t);
    if (!t) return CTREND_ENOMEM;
    for (size_t i = 0; i < f->n; ++i) {
        const series *s = &f->s[i];
        *probe(t, new_cap, f->s, key_hash(s_group(s), s_region(s), s->metric), NULL, NULL, NULL) = (uint32_t)(i + 1);
    }
    free(f->table);
    f->table = t;
    f->table_cap = new_cap;
    return CTREND_OK;
}

int ctrend_frame_find(const ctrend_frame *f, const char *group, const char *region,
                      const char *metric, size_t *index)
{
    if (!f || !index) return CTREND_EINVAL;
    const char *g = group ? group : "", *r = region ? region : "", *m = metric ? metric : "";
    if (!f->table_cap) return CTREND_ENOTFOUND;
    const uint32_t *slot = probe(f->table, f->table_cap, f->s, key_hash(g, r, m), g, r, m);
    if (!*slot) return CTREND_ENOTFOUND;
    *index = *slot - 1;
    return CTREND_OK;
}

int ctrend__frame_reserve_series(ctrend_frame *f, size_t n)
{
    if (!f) return CTREND_EINVAL;
    if (n > MAX_SERIES) return CTREND_ENOMEM;
    if (n > f->cap) {
        series *ns = ctrend__realloc_n(f->s, n, sizeof *ns);
        if (!ns) return CTREND_ENOMEM;
        f->s = ns;
        f->cap = n;
    }
    size_t tc = f->table_cap ? f->table_cap : 16;
    while (tc / 2 < n) {
        if (tc > SIZE_MAX / 4 / sizeof *f->table) return CTREND_ENOMEM;
        tc *= 2;
    }
    if (tc > f->table_cap && rehash(f, tc)) return CTREND_ENOMEM;
    /* one slab block for the new series' first (one-month) windows */
    const size_t more = n > f->n ? n - f->n : 0, one = (cells_bytes(1) + 7) & ~(size_t)7;
    if (more > 64 && (more > SIZE_MAX / one || chunk_reserve(&f->slab, more * one))) return CTREND_ENOMEM;
    return CTREND_OK;
}

/* Add the series (g, r, m) after the look-up missed. copy_metric = 0: m is kept as given (it
 * lives in a block the frame adopted). */
static int add_new(ctrend_frame *f, const char *g, const char *r, const char *m, int copy_metric,
                   size_t *index)
{
    if (f->n >= MAX_SERIES) return CTREND_ENOMEM;
    if (2 * (f->n + 1) > f->table_cap) {
        const int rc = rehash(f, f->table_cap ? 2 * f->table_cap : 16);
        if (rc) return rc;
    }
    if (f->n == f->cap) {
        const size_t nc = f->cap ? 2 * f->cap : 8;
        series *ns = ctrend__realloc_n(f->s, nc, sizeof *ns);
        if (!ns) return CTREND_ENOMEM;
        f->s = ns;
        f->cap = nc;
    }
    /* the pair "group\0region\0": shared with the previous series when it is the same (a wide
     * row block, a long file's metrics of one group), else stored; then the metric */
    const char *key = NULL;
    if (f->n) {
        const series *p = &f->s[f->n - 1];
        if (!strcmp(s_group(p), g) && !strcmp(s_region(p), r)) key = p->key;
    }
    const size_t lg = strlen(g) + 1, lr = strlen(r) + 1, lm = strlen(m) + 1;
    const size_t need = (key ? 0 : lg + lr) + (copy_metric ? lm : 0);
    char *store = NULL;
    if (need) {
        /* the name store's chunks never move, so g, r or m may be names of this frame */
        store = chunk_take(&f->names, need);
        if (!store) return CTREND_ENOMEM;
    }
    char *o = store;
    if (!key) {
        memcpy(o, g, lg);
        memcpy(o + lg, r, lr);
        key = o;
        o += lg + lr;
    }
    const char *metric = m;
    if (copy_metric) {
        memcpy(o, m, lm);
        metric = o;
    }
    series *s = &f->s[f->n];
    *s = (series){key, metric, NULL, 0, 0};
    *probe(f->table, f->table_cap, f->s, key_hash(g, r, m), NULL, NULL, NULL) = (uint32_t)(f->n + 1);
    *index = f->n++;
    return CTREND_OK;
}

int ctrend_frame_add_series(ctrend_frame *f, const char *group, const char *region,
                            const char *metric, size_t *index)
{
    if (!f || !index) return CTREND_EINVAL;
    const char *g = group ? group : "", *r = region ? region : "", *m = metric ? metric : "";
    if (ctrend_frame_find(f, g, r, m, index) == CTREND_OK) return CTREND_OK;
    return add_new(f, g, r, m, 1, index);
}

int ctrend__frame_add_series_ref(ctrend_frame *f, const char *group, const char *region,
                                 const char *metric, size_t *index)
{
    if (!f || !index || !metric) return CTREND_EINVAL;
    const char *g = group ? group : "", *r = region ? region : "";
    if (ctrend_frame_find(f, g, r, metric, index) == CTREND_OK) return CTREND_OK;
    return add_new(f, g, r, metric, 0, index);
}

/* Make sure months [a, b] fit in the series window; new cells are NaN and unset. */
static int reserve(ctrend_frame *f, series *s, int32_t a, int32_t b)
{
    if (s->cap && a >= s->base && (size_t)(b - s->base) < s->cap) return CTREND_OK;
    int32_t lo = a, hi = b;
    if (s->cap) {
        if (s->base < lo) lo = s->base;
        if (s->base + (int32_t)s->cap - 1 > hi) hi = s->base + (int32_t)s->cap - 1;
    }
    size_t need = (size_t)(hi - lo) + 1;
    /* first window: what is needed (a series of one month costs 9 bytes, not 144), then doubling */
    size_t nc = s->cap ? 2 * (size_t)s->cap : 1;
    if (nc < need) nc = need;
    /* grow toward the side that needed it */
    int32_t nbase = lo;
    if (s->cap && a < s->base) nbase = hi - (int32_t)nc + 1;
    if (nbase < MONTH_MIN) nbase = MONTH_MIN;
    if ((int64_t)nbase + (int64_t)nc - 1 > MONTH_MAX) nc = (size_t)(MONTH_MAX - nbase) + 1;
    double *v = cells_alloc(f, nc); /* the values, then the set flags */
    if (!v) return CTREND_ENOMEM;
    unsigned char *set = (unsigned char *)(v + nc);
    memset(set, 0, nc);
    for (size_t i = 0; i < nc; ++i) v[i] = NAN;
    if (s->cap) {
        const size_t off = (size_t)(s->base - nbase);
        memcpy(v + off, s->v, s->cap * sizeof *v);
        memcpy(set + off, SET(s), s->cap);
    }
    cells_free(f, s->v, s->cap);
    s->v = v;
    s->base = nbase;
    s->cap = (uint32_t)nc;
    return CTREND_OK;
}
static void extend_calendar(ctrend_frame *f, int32_t a, int32_t b)
{
    if (!f->has_months) {
        f->lo = a;
        f->hi = b;
        f->has_months = 1;
        return;
    }
    if (a < f->lo) f->lo = a;
    if (b > f->hi) f->hi = b;
}

static int cell(ctrend_frame *f, size_t index, int32_t month, series **out)
{
    if (!f) return CTREND_EINVAL;
    if (index >= f->n || month < MONTH_MIN || month > MONTH_MAX) return CTREND_ERANGE;
    series *s = &f->s[index];
    const int rc = reserve(f, s, month, month);
    if (rc) return rc;
    extend_calendar(f, month, month);
    *out = s;
    return CTREND_OK;
}

int ctrend_frame_set(ctrend_frame *f, size_t index, int32_t month, double value)
{
    if (!f) return CTREND_EINVAL;
    if (index < f->n && month >= MONTH_MIN && month <= MONTH_MAX) {
        const series *s0 = &f->s[index];
        if (s0->cap && month >= s0->base && (size_t)(month - s0->base) < s0->cap &&
            SET(s0)[month - s0->base])
            return CTREND_EDUPLICATE;
    }
    series *s;
    const int rc = cell(f, index, month, &s);
    if (rc) return rc;
    s->v[month - s->base] = value;
    SET(s)[month - s->base] = 1;
    return CTREND_OK;
}

int ctrend_frame_accumulate(ctrend_frame *f, size_t index, int32_t month, double value)
{
    series *s;
    const int rc = cell(f, index, month, &s);
    if (rc) return rc;
    double *v = &s->v[month - s->base];
    if (isnan(*v)) *v = value;
    else if (!isnan(value)) *v += value;
    SET(s)[month - s->base] = 1;
    return CTREND_OK;
}

/* Every unset cell of months [from, to] (inside the window) becomes value, and set. */
static void fill_cells(series *s, int32_t from, int32_t to, double value)
{
    unsigned char *set = SET(s);
    for (int32_t m = from; m <= to; ++m) {
        const size_t i = (size_t)(m - s->base);
        if (!set[i]) {
            s->v[i] = value;
            set[i] = 1;
        }
    }
}

int ctrend_frame_fill_unset(ctrend_frame *f, size_t index, int32_t from, int32_t to, double value)
{
    if (!f) return CTREND_EINVAL;
    if (index >= f->n || from > to || from < MONTH_MIN || to > MONTH_MAX) return CTREND_ERANGE;
    series *s = &f->s[index];
    const int rc = reserve(f, s, from, to);
    if (rc) return rc;
    extend_calendar(f, from, to);
    fill_cells(s, from, to, value);
    return CTREND_OK;
}

/* One reserve for the present months and the fill range, then the cells written in place:
 * the reader's event months cost one window allocation per series instead of a call (and a
 * bounds check and calendar update) per row. */
int ctrend__frame_accumulate_run(ctrend_frame *f, size_t index, int32_t first, size_t n,
                                 const double *v, const double *present, size_t stride,
                                 int32_t fill_lo, int32_t fill_hi, double fill)
{
    if (!f) return CTREND_EINVAL;
    if (index >= f->n) return CTREND_ERANGE;
    size_t a = 0, b = n; /* present months: [first + a, first + b) */
    while (a < b && present[a * stride] == 0.0) ++a;
    while (b > a && present[(b - 1) * stride] == 0.0) --b;
    const int any = a < b, fill_any = fill_lo <= fill_hi;
    if (!any && !fill_any) return CTREND_OK;
    const int64_t pa = (int64_t)first + (int64_t)a, pb = (int64_t)first + (int64_t)b - 1;
    if (any && (pa < MONTH_MIN || pb > MONTH_MAX)) return CTREND_ERANGE;
    if (fill_any && (fill_lo < MONTH_MIN || fill_hi > MONTH_MAX)) return CTREND_ERANGE;
    int32_t lo = fill_any ? fill_lo : (int32_t)pa, hi = fill_any ? fill_hi : (int32_t)pb;
    if (any && pa < lo) lo = (int32_t)pa;
    if (any && pb > hi) hi = (int32_t)pb;
    series *s = &f->s[index];
    const int rc = reserve(f, s, lo, hi);
    if (rc) return rc;
    if (any) {
        extend_calendar(f, (int32_t)pa, (int32_t)pb);
        for (size_t i = a; i < b; ++i) {
            if (present[i * stride] == 0.0) continue;
            const size_t c = (size_t)((int64_t)first + (int64_t)i - s->base);
            const double x = v[i * stride];
            if (isnan(s->v[c])) s->v[c] = x;
            else if (!isnan(x)) s->v[c] += x;
            SET(s)[c] = 1;
        }
    }
    if (fill_any) {
        extend_calendar(f, fill_lo, fill_hi);
        fill_cells(s, fill_lo, fill_hi, fill);
    }
    return CTREND_OK;
}

size_t ctrend_frame_n_series(const ctrend_frame *f) { return f ? f->n : 0; }
int ctrend_frame_start(const ctrend_frame *f, int32_t *month)
{
    if (!f || !month) return CTREND_EINVAL;
    if (!f->has_months) return CTREND_EEMPTY;
    *month = f->lo;
    return CTREND_OK;
}
size_t ctrend_frame_n_months(const ctrend_frame *f)
{
    return f && f->has_months ? (size_t)(f->hi - f->lo) + 1 : 0;
}

/* The three key getters: part 0 group, 1 region, 2 metric. */
static int key_part(const ctrend_frame *f, size_t i, int part, const char **out)
{
    if (!f || !out) return CTREND_EINVAL;
    if (i >= f->n) return CTREND_ERANGE;
    *out = part == 0 ? s_group(&f->s[i]) : part == 1 ? s_region(&f->s[i]) : f->s[i].metric;
    return CTREND_OK;
}
int ctrend_frame_group(const ctrend_frame *f, size_t i, const char **out) { return key_part(f, i, 0, out); }
int ctrend_frame_region(const ctrend_frame *f, size_t i, const char **out) { return key_part(f, i, 1, out); }
int ctrend_frame_metric(const ctrend_frame *f, size_t i, const char **out) { return key_part(f, i, 2, out); }

static double value_at(const series *s, int32_t month)
{
    if (!s->cap || month < s->base || (size_t)(month - s->base) >= s->cap) return NAN;
    return s->v[month - s->base];
}

int ctrend_frame_values(const ctrend_frame *f, size_t index, double *out, size_t cap,
                        size_t *needed)
{
    if (!f) return CTREND_EINVAL;
    if (index >= f->n) return CTREND_ERANGE;
    const size_t n = ctrend_frame_n_months(f);
    if (needed) *needed = n;
    if (!out) return CTREND_OK;
    if (cap < n) return CTREND_ERANGE;
    const series *s = &f->s[index];
    for (size_t i = 0; i < n; ++i) out[i] = value_at(s, f->lo + (int32_t)i);
    return CTREND_OK;
}

int ctrend_frame_get(const ctrend_frame *f, size_t index, int32_t month, double *value)
{
    if (!f || !value) return CTREND_EINVAL;
    if (index >= f->n) return CTREND_ERANGE;
    *value = value_at(&f->s[index], month);
    return CTREND_OK;
}

int ctrend_frame_span(const ctrend_frame *f, size_t index, int32_t *first, int32_t *last)
{
    if (!f || !first || !last) return CTREND_EINVAL;
    if (index >= f->n) return CTREND_ERANGE;
    const series *s = &f->s[index];
    size_t a = 0, b = s->cap;
    while (a < b && isnan(s->v[a])) ++a;
    while (b > a && isnan(s->v[b - 1])) --b;
    if (a == b) return CTREND_ENOTFOUND;
    *first = s->base + (int32_t)a;
    *last = s->base + (int32_t)b - 1;
    return CTREND_OK;
}

int ctrend_frame_collapse(const ctrend_frame *f, int keep_group, int keep_region,
                          int skip_missing, ctrend_frame **out)
{
    if (!f || !out) return CTREND_EINVAL;
    ctrend_frame *g = NULL;
    int rc = ctrend_frame_new(&g);
    const size_t n_months = ctrend_frame_n_months(f);
    unsigned char *poisoned = NULL; /* per result series x month: a contributor was missing */
    size_t *target = calloc(f->n ? f->n : 1, sizeof *target);
    if (!target) rc = CTREND_ENOMEM;
    for (size_t i = 0; !rc && i < f->n; ++i)
        rc = ctrend_frame_add_series(g, keep_group ? s_group(&f->s[i]) : "",
                                     keep_region ? s_region(&f->s[i]) : "", f->s[i].metric, &target[i]);
    if (!rc && n_months) {
        poisoned = ctrend__calloc_n(g->n, n_months, 1);
        if (!poisoned) rc = CTREND_ENOMEM;
    }
    for (size_t i = 0; !rc && i < f->n; ++i)
        for (size_t t = 0; !rc && t < n_months; ++t) {
            const int32_t month = f->lo + (int32_t)t;
            const double v = value_at(&f->s[i], month);
            unsigned char *bad = &poisoned[target[i] * n_months + t];
            if (isnan(v)) *bad = !skip_missing;
            else if (!*bad) rc = ctrend_frame_accumulate(g, target[i], month, v);
        }
    /* months where a contributor was missing become missing */
    for (size_t j = 0; !rc && j < g->n; ++j)
        for (size_t t = 0; t < n_months; ++t)
            if (poisoned[j * n_months + t]) {
                series *s = &g->s[j];
                const int32_t month = f->lo + (int32_t)t;
                if (s->cap && month >= s->base && (size_t)(month - s->base) < s->cap)
                    s->v[month - s->base] = NAN;
            }
    free(poisoned);
    free(target);
    if (rc) {
        ctrend_frame_free(g);
        return rc;
    }
    if (n_months) extend_calendar(g, f->lo, f->hi);
    *out = g;
    return CTREND_OK;
}

/* ---- 1.0 additions: window and merge ----------------------------------------------- */

/* The window is copied straight from the series' cell storage: the overlap of
 * [first_month, first_month + n_months) with the stored cells [base, base + cap) is one
 * memcpy, the months around it NaN. No key look-up and no per-cell call (the callers this
 * replaces read one ctrend_frame_get per month, or the whole calendar first). */
int ctrend_frame_window(const ctrend_frame *f, size_t index, int32_t first_month,
                        size_t n_months, double *out, size_t cap, size_t *needed)
{
    if (!f || n_months == 0) return CTREND_EINVAL;
    if (index >= f->n || (uint64_t)n_months - 1 > (uint64_t)INT32_MAX ||
        (int64_t)first_month + (int64_t)(n_months - 1) > (int64_t)INT32_MAX)
        return CTREND_ERANGE;
    if (needed) *needed = n_months;
    if (!out) return CTREND_OK;
    if (cap < n_months) return CTREND_ERANGE;
    const series *s = &f->s[index];
    const int64_t a = first_month, b = (int64_t)first_month + (int64_t)n_months; /* [a, b) */
    const int64_t sa = s->base, sb = (int64_t)s->base + (int64_t)s->cap;
    const int64_t lo = a > sa ? a : sa, hi = b < sb ? b : sb;
    for (size_t i = 0; i < n_months; ++i) out[i] = NAN;
    if (s->cap && lo < hi)
        memcpy(out + (lo - a), s->v + (lo - sa), (size_t)(hi - lo) * sizeof *out);
    return CTREND_OK;
}

const double *ctrend__frame_span(const ctrend_frame *f, size_t index, int32_t first_month,
                                size_t n_months)
{
    if (!f || index >= f->n || n_months == 0) return NULL;
    const series *s = &f->s[index];
    const int64_t a = first_month, sa = s->base;
    if (!s->cap || a < sa || a - sa + (int64_t)n_months > (int64_t)s->cap) return NULL;
    return s->v + (a - sa); /* unset cells are NaN, as ctrend_frame_window copies them */
}

/* "group/region/metric" of series s into buf (cut to cap). */
static void key_text(const series *s, char *buf, size_t cap)
{
    size_t k = 0;
    const char *parts[3] = {s_group(s), s_region(s), s->metric};
    for (int p = 0; p < 3; ++p) {
        for (const char *c = parts[p]; *c && k + 1 < cap; ++c) buf[k++] = *c;
        if (p < 2 && k + 1 < cap) buf[k++] = '/';
    }
    buf[k] = '\0';
}

/* The rule is the CLI's (bin/common.c refuses the same series in two input files for every
 * command): each series comes from one frame. A key in both frames is refused before
 * anything is copied, so a refused merge leaves dst unchanged; then each series of src is
 * copied cell by cell with its flags (a month reported missing stays reported missing). */
int ctrend_frame_merge(ctrend_frame *dst, const ctrend_frame *src, const char *src_name,
                       ctrend_error *err)
{
    if (!dst || !src || dst == src)
        return ctrend_error_set(err, CTREND_EINVAL, src_name, 0, 0, NULL,
                                dst == src && dst ? "a frame cannot be merged into itself" : NULL);
    for (size_t i = 0; i < src->n; ++i) {
        const series *s = &src->s[i];
        size_t j;
        if (ctrend_frame_find(dst, s_group(s), s_region(s), s->metric, &j) != CTREND_OK) continue;
        char key[160], msg[160 + 64];
        key_text(s, key, sizeof key);
        snprintf(msg, sizeof msg, "series %s is in both frames: give each series once", key);
        return ctrend_error_set(err, CTREND_EDUPLICATE, src_name, 0, 0, key, msg);
    }
    for (size_t i = 0; i < src->n; ++i) {
        const series *s = &src->s[i];
        size_t j;
        int rc = ctrend_frame_add_series(dst, s_group(s), s_region(s), s->metric, &j);
        if (!rc && s->cap) {
            series *t = &dst->s[j];
            rc = reserve(dst, t, s->base, s->base + (int32_t)s->cap - 1);
            if (!rc) {
                memcpy(t->v + (s->base - t->base), s->v, s->cap * sizeof *s->v);
                memcpy(SET(t) + (s->base - t->base), SET(s), s->cap);
            }
        }
        if (rc) return ctrend_error_set(err, rc, src_name, 0, 0, NULL, NULL);
    }
    if (src->has_months) extend_calendar(dst, src->lo, src->hi);
    ctrend_error_clear(err);
    return CTREND_OK;
}

/* One series from one array (the bindings' bulk write). The non-NaN span [a, b) is found
 * first, then every check is made before anything changes (the months' range, and no cell
 * of the span already set, read from the set flags over the part of the span the series'
 * window covers), then the window is reserved once for the span and the cells written.
 * That makes it all or nothing, unlike a loop of ctrend_frame_set, which stops half-way. */
int ctrend_frame_set_values(ctrend_frame *f, size_t index, const double *x, size_t n,
                            int32_t first_month, ctrend_error *err)
{
    if (!f || (!x && n))
        return ctrend_error_set(err, CTREND_EINVAL, NULL, 0, 0, NULL,
                                f ? "x is NULL with n > 0" : "the frame is NULL");
    if (index >= f->n)
        return ctrend_error_set(err, CTREND_ERANGE, NULL, 0, 0, NULL, "no such series");
    if (first_month < MONTH_MIN || first_month > MONTH_MAX)
        return ctrend_error_set(err, CTREND_ERANGE, NULL, 0, 0, NULL,
                                "first_month is outside years 1..9999");
    size_t a = 0, b = n;
    while (a < b && isnan(x[a])) ++a;
    while (b > a && isnan(x[b - 1])) --b;
    if (a == b) {
        ctrend_error_clear(err);
        return CTREND_OK;
    }
    series *s = &f->s[index];
    if ((int64_t)first_month + (int64_t)(b - 1) > (int64_t)MONTH_MAX) {
        char key[160];
        key_text(s, key, sizeof key);
        return ctrend_error_set(err, CTREND_ERANGE, NULL, 0, 0, key,
                                "a value's month is past December 9999");
    }
    const int32_t lo = first_month + (int32_t)a, hi = first_month + (int32_t)(b - 1);
    if (s->cap) {
        const int32_t wlo = s->base, whi = s->base + (int32_t)s->cap - 1;
        const int32_t clo = lo > wlo ? lo : wlo, chi = hi < whi ? hi : whi;
        const unsigned char *set = SET(s);
        for (int32_t m = clo; m <= chi; ++m) {
            if (!set[m - s->base] || isnan(x[m - first_month])) continue;
            char key[160], mon[CTREND_MONTH_STRLEN] = "?", msg[64];
            key_text(s, key, sizeof key);
            ctrend_month_format(m, mon, sizeof mon);
            snprintf(msg, sizeof msg, "month %s is already set", mon);
            return ctrend_error_set(err, CTREND_EDUPLICATE, NULL, 0, 0, key, msg);
        }
    }
    const int rc = reserve(f, s, lo, hi);
    if (rc) return ctrend_error_set(err, rc, NULL, 0, 0, NULL, NULL);
    extend_calendar(f, lo, hi);
    double *v = s->v + (lo - s->base);
    unsigned char *set = SET(s) + (lo - s->base);
    const double *src = x + a;
    for (size_t t = 0; t < b - a; ++t) {
        if (isnan(src[t])) continue;
        v[t] = src[t];
        set[t] = 1;
    }
    ctrend_error_clear(err);
    return CTREND_OK;
}

/* One reserve per source series (the span of its set cells), then the cells in place. */
int ctrend__frame_absorb(ctrend_frame *dst, const ctrend_frame *src, int add, int *big)
{
    if (!dst || !src || !big || dst == src) return CTREND_EINVAL;
    for (size_t i = 0; i < src->n; ++i) {
        const series *s = &src->s[i];
        size_t j;
        int rc = ctrend_frame_add_series(dst, s_group(s), s_region(s), s->metric, &j);
        if (rc) return rc;
        const unsigned char *sset = s->cap ? SET(s) : NULL;
        size_t a = 0, b = s->cap;
        while (a < b && !sset[a]) ++a;
        while (b > a && !sset[b - 1]) --b;
        if (a == b) continue;
        series *t = &dst->s[j];
        if ((rc = reserve(dst, t, s->base + (int32_t)a, s->base + (int32_t)b - 1))) return rc;
        unsigned char *tset = SET(t);
        for (size_t k = a; k < b; ++k) {
            if (!sset[k]) continue;
            const size_t c = (size_t)(s->base + (int32_t)k - t->base);
            const double x = s->v[k];
            if (!add) {
                if (tset[c]) return CTREND_EDUPLICATE;
                t->v[c] = x;
            } else {
                if (isnan(t->v[c])) t->v[c] = x;
                else if (!isnan(x)) t->v[c] += x;
                if (fabs(t->v[c]) >= CTREND__MAX_COUNT) *big = 1;
            }
            tset[c] = 1;
        }
    }
    if (src->has_months) extend_calendar(dst, src->lo, src->hi);
    return CTREND_OK;
}
