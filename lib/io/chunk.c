/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * chunk.c — a large file read in chunks on several threads, merged in chunk order (issue 14
 * item 2), with exactly the serial reader's result.
 *
 * Method.
 *  1. The file is mapped (mmap(2)). Only a regular file of at least CTREND__CHUNK_MIN_CHUNKS
 *     chunks, not gzip data, with THREADS > 1 (0 = all CPUs) takes this path.
 *  2. The prefix: the reader itself is fed line by line (ctrend_reader_feed) until its state
 *     can be copied to other readers: the header read, the shape decided (long, event, or
 *     wide with a group or region column: a panel, whose rows name their series as long
 *     rows do), the date column's form known (and, for numeric dates, its day/month order,
 *     so no row waits for it), libcsv holding nothing. A state that can never qualify (wide
 *     data without a key column, sums that are not counts, see 4) or a prefix past
 *     PREFIX_MAX bytes sends the rest of the file through the serial reader.
 *  3. The rest is cut into chunks of CTREND_READ_CHUNK_BYTES (default: the file's size / 8
 *     within [256 KiB, 4 MiB]: enough chunks to keep two or more threads busy to the end,
 *     each large enough that its fixed cost, a reader copy and a merge, stays small), each
 *     extended to the next LF outside quotes (cut_parts: quote parity).
 *     The cuts depend on the file and that option only, never on the thread count. Each chunk
 *     is read by a copy of the reader (the same code: feed, then end_bytes for the last
 *     chunk) into its own key table, event windows and frame; the copies share the header's
 *     read-only arrays. Any error in a chunk, or a chunk ending inside a record, abandons the
 *     parallel read.
 *  4. The calling thread merges the chunks in chunk order as they complete (it parses chunks
 *     too while the next one to merge is not ready; at most FLIGHT_PER_THREAD chunks per
 *     thread are in flight, which bounds the memory): keys in chunk order, so series keep
 *     the serial reader's first-sight order; event windows added month by month; long and
 *     keyed wide data through ctrend__frame_absorb (a month set in two chunks is the serial
 *     reader's duplicate); row, skipped-row and line counters added, skipped rows' lines shifted by
 *     the lines of the chunks before. Then ctrend_reader_finish runs the serial end of
 *     input (zero-fill of event months, empty-input checks).
 *     Exactness: the merge adds partial sums per (series, month) where the serial reader
 *     adds the rows in file order. That is the same number only when no addition rounds,
 *     so the path is taken only where every added value is a count (a non-negative integer,
 *     REQUIRE_COUNTS, no NONCOUNT sum column; long and wide data: only with DUPLICATES = 1 is anything
 *     added): integers below 2^53 add exactly in any order. A merged cell of 2^53 or more
 *     (where a sum of non-negative terms may have rounded: the computed sum of non-negative
 *     integers stays below 2^53 exactly when the true sum does) abandons the parallel read.
 *     Signed zeros: an exact sum is -0 only when every term is -0, in any order.
 *  5. Abandoned: if nothing was merged yet, the rest of the file is fed to the reader,
 *     whose state is that after the prefix; otherwise the input is restarted and the whole
 *     file fed serially. The serial reader then reports the first error in file order with
 *     its own line, column and message; the chunks' errors are never reported.
 * The idea of splitting at line ends and merging per-chunk aggregates in order is that of
 * ParaText (Wes McKinney et al., 2016) and of speculative CSV parsing (C. Ge, Y. Li, E.
 * Eilebrecht, B. Chandramouli, D. Kossmann, "Speculative Distributed CSV Data Parsing for
 * Big Data Analytics", SIGMOD 2019), here without speculation: the quote state at a cut is
 * known from the parity of the quotes before it (the rule of
 * simdcsv's quote mask and of Ge et al.'s analysis), not guessed.
 */
#define _DEFAULT_SOURCE /* madvise(2), MADV_DONTNEED */
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "reader_internal.h"
#include "frame_internal.h"
#include "chunk.h"
#include "ctrend/batch.h"

/* Bytes fed line by line at most while the reader's state does not qualify yet (step 2). */
#define PREFIX_MAX ((size_t)1 << 20)
/* Chunks parsed but not yet merged, per thread, at most (step 4). */
#define FLIGHT_PER_THREAD 2

enum { P_QUEUED, P_RUNNING, P_DONE, P_FAILED };

typedef struct part {
    const char *s;
    size_t n;
    int last;         /* the file's last chunk (end of input after it) */
    int state;        /* P_* */
    ctrend_reader *rd; /* P_DONE: the copy that read it */
} part;

typedef struct job {
    ctrend_reader *m;           /* the reader (only the merging thread touches it) */
    ctrend_reader proto;        /* its state after the prefix, copied by the workers */
    part *p;
    size_t n, next, merged, flight;
    int abort;                  /* a chunk failed or a merge refused: stop */
    int dirty;                  /* something was merged into m */
    int64_t line;               /* line of the next chunk to merge */
    pthread_mutex_t mu;
    pthread_cond_t cv;
} job;

/* Can the reader's state be copied to chunk readers? 1 yes, 0 not yet, -1 never. */
static int chunkable(const ctrend_reader *r)
{
    if (r->status) return -1;
    if (r->phase != PH_DATA || r->copy_all) return 0; /* no data row yet */
    if (r->shape == CTREND_SHAPE_EVENT) {
        for (size_t k = 0; k < r->n_sum; ++k)
            if (!r->opt_counts || r->nocount[r->sum_col[k]]) return -1;
    } else if (r->shape == CTREND_SHAPE_LONG) {
        if (r->opt_dup && (!r->opt_counts || r->opt_noncount.n)) return -1;
    } else if (r->shape == CTREND_SHAPE_WIDE) {
        /* a keyed wide table (month, group and/or region, metrics: a panel) merges like long
         * data; without a key column every row writes the same series: serial */
        if (r->col[COL_GROUP] == NONE && r->col[COL_REGION] == NONE) return -1;
        for (size_t k = 0; r->opt_dup && k < r->n_wide; ++k)
            if (!r->opt_counts || r->nocount[r->wide_col[k]]) return -1;
    } else {
        return -1;
    }
    if (!r->date_form || (r->date_form == CTREND__DF_NUMERIC && !r->date_order) || r->pn) return 0;
    if (!r->csv_idle || r->in_record || r->prev_cr) return 0;
    return 1;
}

static void free_copy(ctrend_reader *c)
{
    if (!c) return;
    if (c->csv_live) csv_free(&c->csv);
    free(c->fields);
    free(c->buf);
    free(c->fcells);
    free(c->flens);
    for (size_t k = 0; k < c->kcap; ++k) free(c->ktab[k].key);
    free(c->ktab);
    free(c->kidx);
    for (size_t k = 0; k < c->ev_n; ++k) free(c->ev[k].v);
    free(c->ev);
    free(c->ptab);
    free(c->last_date);
    free(c->mbuf);
    free(c->sniff);
    ctrend_frame_free(c->frame);
    free(c);
}

/* A reader in the prefix's state with empty results: the header's arrays and the options
 * are shared (read only while rows are parsed), everything a row writes is its own. */
static ctrend_reader *copy_reader(const ctrend_reader *proto)
{
    ctrend_reader *c = malloc(sizeof *c);
    if (!c) return NULL;
    memcpy(c, proto, sizeof *c);
    c->csv_live = 0;
    c->fields = NULL;
    c->buf = NULL;
    c->fcells = NULL;
    c->flens = NULL;
    c->ktab = NULL;
    c->kcap = c->kn = 0;
    c->kidx = NULL;
    c->kidx_len = c->kidx_cap = 0;
    c->ev = NULL;
    c->ev_n = c->ev_cap = 0;
    c->ptab = NULL;
    c->pcap = c->pn = 0;
    c->last_date = NULL;
    c->last_date_len = c->last_date_cap = 0;
    c->last_date_valid = 0;
    c->date_key_ok = 0;
    c->cache_valid = 0;
    c->keys_same = c->keys_cur = 0;
    c->mbuf = NULL;
    c->mbuf_cap = 0;
    c->sniff = NULL;
    c->sniff_len = c->sniff_cap = 0;
    c->frame = NULL;
    c->chunk = NULL;
    c->n_seen = c->n_rows = c->n_skipped = 0;
    c->line = c->rec_start = 1; /* lines of the chunk; shifted by the merge */
    c->in_record = c->prev_cr = 0;
    c->csv_idle = 1;
    c->rec_bytes = 0;
    c->nfields = c->buf_len = 0;
    c->ev_any = 0;
    c->status = CTREND_OK;
    c->errmsg[0] = '\0';
    c->err_key[0] = '\0';
    c->state = ST_RUNNING;
    const size_t nf = c->fcol ? (size_t)ctrend_filter_n_columns(c->filter) : 0;
    c->cap_fields = c->ncols ? c->ncols : 1;
    c->buf_cap = 4096;
    c->fields = calloc(c->cap_fields, sizeof *c->fields);
    c->buf = malloc(c->buf_cap);
    if (nf) {
        c->fcells = malloc(nf * sizeof *c->fcells);
        c->flens = malloc(nf * sizeof *c->flens);
    }
    int ok = c->fields && c->buf && (!nf || (c->fcells && c->flens)) && !ctrend_frame_new(&c->frame);
    if (ok && !csv_init(&c->csv, CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL | CSV_APPEND_NULL)) {
        c->csv_live = 1;
        csv_set_blk_size(&c->csv, CSV_BLOCK);
        csv_set_delim(&c->csv, (unsigned char)c->delim);
    } else {
        ok = 0;
    }
    if (!ok) {
        free_copy(c);
        return NULL;
    }
    return c;
}

/* The whole pages of s[0, n) leave the process's resident set (they stay in the page cache
 * and come back from the file if read again: an unmodified private file mapping), so the
 * resident memory stays that of the chunks in flight, not the file's size. */
static void drop_pages(const char *s, size_t n)
{
    const long ps = sysconf(_SC_PAGESIZE);
    if (ps <= 0) return;
    const uintptr_t a = ((uintptr_t)s + (uintptr_t)ps - 1) & ~((uintptr_t)ps - 1);
    const uintptr_t b = ((uintptr_t)s + n) & ~((uintptr_t)ps - 1);
    if (b > a) (void)madvise((void *)a, b - a, MADV_DONTNEED);
}

/* Read one chunk into a fresh copy; NULL when anything fails (or it ends inside a record). */
static ctrend_reader *parse_part(const ctrend_reader *proto, const part *p)
{
    ctrend_reader *c = copy_reader(proto);
    if (!c) return NULL;
    int rc = ctrend_reader_feed(c, p->s, p->n);
    if (!rc && p->last) rc = ctrend__rd_end_bytes(c);
    drop_pages(p->s, p->n);
    if (rc || c->status || c->pn || (!p->last && (!c->csv_idle || c->in_record || c->prev_cr))) {
        free_copy(c);
        return NULL;
    }
    return c;
}

/* Add chunk window u into the reader's window w (step 4): months with rows only; counts
 * and sums by ctrend_frame_accumulate's rule. w grows as the reader's windows do
 * (ctrend__rd_window_cover). */
static int merge_window(ctrend_reader *m, evwin *w, const evwin *u, int *big)
{
    const size_t blk = m->block;
    if (!u->v) return CTREND_OK;
    size_t a = 0, b = u->cap;
    while (a < b && u->v[a * blk] == 0.0) ++a;
    while (b > a && u->v[(b - 1) * blk] == 0.0) --b;
    if (a == b) return CTREND_OK;
    const int64_t ua = (int64_t)u->lo + (int64_t)a, ub = (int64_t)u->lo + (int64_t)b - 1;
    if ((!w->v || ua < w->lo || ub > (int64_t)w->lo + (int64_t)w->cap - 1) &&
        ctrend__rd_window_cover(w, blk, ua, ub, 0))
        return CTREND_ENOMEM;
    for (size_t i = a; i < b; ++i) {
        const double *q = u->v + i * blk;
        if (q[0] == 0.0) continue;
        double *p = w->v + (size_t)((int64_t)u->lo + (int64_t)i - w->lo) * blk;
        p[0] += q[0];
        if (p[0] >= CTREND__MAX_COUNT) *big = 1;
        for (size_t k = 1; k < blk; ++k) {
            if (isnan(p[k])) p[k] = q[k];
            else if (!isnan(q[k])) p[k] += q[k];
            if (fabs(p[k]) >= CTREND__MAX_COUNT) *big = 1;
        }
    }
    return CTREND_OK;
}

/* Merge chunk c into the reader m (the chunk's first line is *line). 0 = done; else the
 * parallel read is abandoned (m may be part-merged). */
static int merge_part(ctrend_reader *m, const ctrend_reader *c, int64_t *line)
{
    int big = 0;
    if (m->shape == CTREND_SHAPE_EVENT) {
        size_t *at = malloc((c->kn ? c->kn : 1) * sizeof *at); /* cell -> its ktab slot */
        if (!at) return -1;
        for (size_t k = 0; k < c->kcap; ++k)
            if (c->ktab[k].key) at[c->ktab[k].cell] = k;
        for (size_t cell = 0; cell < c->kn; ++cell) {
            const kentry *e = &c->ktab[at[cell]];
            const char *parts[2];
            size_t lens[2];
            uint64_t hashes[2];
            parts[0] = e->key;
            lens[0] = strlen(parts[0]);
            parts[1] = e->key + lens[0] + 1;
            lens[1] = strlen(parts[1]);
            for (size_t i = 0; i < 2; ++i) hashes[i] = ctrend__io_key_hash(parts[i], lens[i]);
            if (ctrend__rd_lookup_block(m, parts, lens, hashes, 2) ||
                merge_window(m, &m->ev[m->cur_cell], &c->ev[cell], &big)) {
                free(at);
                return -1;
            }
        }
        free(at);
        if (c->ev_any) {
            if (!m->ev_any || c->ev_min < m->ev_min) m->ev_min = c->ev_min;
            if (!m->ev_any || c->ev_max > m->ev_max) m->ev_max = c->ev_max;
            m->ev_any = 1;
        }
    } else if (ctrend__frame_absorb(m->frame, c->frame, m->opt_dup, &big)) {
        return -1;
    }
    if (big) return -1;
    m->n_seen += c->n_seen;
    m->n_rows += c->n_rows;
    const int64_t kept = c->n_skipped < CTREND_READ_SKIPPED_KEPT ? c->n_skipped : CTREND_READ_SKIPPED_KEPT;
    for (int64_t k = 0; k < kept && m->n_skipped + k < CTREND_READ_SKIPPED_KEPT; ++k)
        m->skipped[m->n_skipped + k] = *line + c->skipped[k] - 1;
    m->n_skipped += c->n_skipped;
    *line += c->line - 1;
    m->line = *line;
    ++m->n_merged;
    return 0;
}

/* Parse chunks; the merging thread (merger = 1) also merges them in order. */
static void work(job *j, int merger)
{
    pthread_mutex_lock(&j->mu);
    for (;;) {
        if (j->abort) break;
        if (merger && j->merged < j->n && j->p[j->merged].state >= P_DONE) {
            part *p = &j->p[j->merged];
            if (p->state == P_FAILED) {
                j->abort = 1;
                break;
            }
            pthread_mutex_unlock(&j->mu);
            j->dirty = 1;
            const int bad = merge_part(j->m, p->rd, &j->line);
            free_copy(p->rd);
            p->rd = NULL;
            pthread_mutex_lock(&j->mu);
            if (bad) j->abort = 1;
            ++j->merged;
            pthread_cond_broadcast(&j->cv);
            continue;
        }
        if (merger && j->merged == j->n) break;
        if (j->next < j->n && j->next < j->merged + j->flight) {
            part *p = &j->p[j->next++];
            p->state = P_RUNNING;
            pthread_mutex_unlock(&j->mu);
            ctrend_reader *rd = parse_part(&j->proto, p);
            pthread_mutex_lock(&j->mu);
            p->rd = rd;
            p->state = rd ? P_DONE : P_FAILED;
            if (!rd) j->abort = 1;
            pthread_cond_broadcast(&j->cv);
            continue;
        }
        if (!merger && j->next >= j->n) break;
        pthread_cond_wait(&j->cv, &j->mu);
    }
    pthread_cond_broadcast(&j->cv);
    pthread_mutex_unlock(&j->mu);
}

static void *worker(void *arg)
{
    work(arg, 0);
    return NULL;
}

/* The chunks of s[pos, size) (step 3); NULL on allocation failure. A cut is an LF outside
 * quotes: with CSV_STRICT every quote libcsv accepts opens a quoted field at a field's start,
 * closes it, or is one of a "" pair inside it, so (libcsv being idle at pos) a byte is inside
 * a quoted field exactly when an odd number of quotes precede it from pos. Input that breaks
 * this rule makes libcsv fail in the first chunk holding the offending quote, which starts
 * outside quotes since every quote before it was well-formed: the read falls back there. */
static part *cut_parts(const char *s, size_t pos, size_t size, size_t chunk, size_t *n)
{
    size_t cap = 16, k = 0;
    size_t qpos = pos; /* quotes in [pos, qpos) counted */
    int odd = 0;    /* their parity */
    part *p = malloc(cap * sizeof *p);
    if (!p) return NULL;
    while (pos < size) {
        size_t e = size - pos > chunk ? pos + chunk : size;
        while (e < size) {
            const char *nl = memchr(s + e - 1, '\n', size - (e - 1));
            if (!nl) {
                e = size;
                break;
            }
            e = (size_t)(nl - s) + 1;
            for (const char *qq; (qq = memchr(s + qpos, '"', e - qpos)); qpos = (size_t)(qq - s) + 1) odd ^= 1;
            qpos = e;
            if (!odd) break;
            ++e; /* inside a quoted field: the next LF */
        }
        if (e > size) e = size;
        if (k == cap) {
            part *q = ctrend__realloc_n(p, 2 * cap, sizeof *p);
            if (!q) {
                free(p);
                return NULL;
            }
            p = q;
            cap *= 2;
        }
        p[k++] = (part){s + pos, e - pos, e == size, P_QUEUED, NULL};
        pos = e;
    }
    *n = k;
    return p;
}

/* Steps 3-4 on s[pos, size). 0 = merged; 1 = abandoned, m untouched; 2 = abandoned, m dirty. */
static int run_parallel(ctrend_reader *m, const char *s, size_t pos, size_t size, size_t chunk, size_t threads)
{
    job *j = calloc(1, sizeof *j);
    if (!j) return 1;
    j->p = cut_parts(s, pos, size, chunk, &j->n);
    if (!j->p || pthread_mutex_init(&j->mu, NULL)) {
        free(j->p);
        free(j);
        return 1;
    }
    if (pthread_cond_init(&j->cv, NULL)) {
        pthread_mutex_destroy(&j->mu);
        free(j->p);
        free(j);
        return 1;
    }
    j->m = m;
    memcpy(&j->proto, m, sizeof *m);
    j->line = m->line;
    if (threads > j->n) threads = j->n;
    j->flight = FLIGHT_PER_THREAD * threads;
    pthread_t *tid = threads > 1 ? malloc((threads - 1) * sizeof *tid) : NULL;
    size_t started = 0;
    if (tid) {
        sigset_t all, old; /* workers block signals: the caller takes SIGINT (as lib/batch.c) */
        sigfillset(&all);
        pthread_sigmask(SIG_BLOCK, &all, &old);
        for (size_t t = 0; t + 1 < threads; ++t) {
            if (pthread_create(&tid[t], NULL, worker, j) != 0) break;
            ++started;
        }
        pthread_sigmask(SIG_SETMASK, &old, NULL);
    }
    work(j, 1);
    for (size_t t = 0; t < started; ++t) pthread_join(tid[t], NULL);
    free(tid);
    const int rc = !j->abort ? 0 : j->dirty ? 2 : 1;
    for (size_t k = 0; k < j->n; ++k) free_copy(j->p[k].rd);
    pthread_cond_destroy(&j->cv);
    pthread_mutex_destroy(&j->mu);
    free(j->p);
    free(j);
    return rc;
}

/* Restart the input (keeping its source name) and feed all of s[0, size). */
static void restart_serial(ctrend_reader *r, const char *s, size_t size)
{
    char *name = r->path_source;
    r->path_source = NULL;
    const int rc = ctrend__rd_begin_input(r);
    r->path_source = name;
    if (!rc) (void)ctrend_reader_feed(r, s, size);
}

uint64_t ctrend__chunk_default_bytes(uint64_t size)
{
    const uint64_t g = (uint64_t)64 << 10;
    uint64_t c = (size / CTREND__CHUNK_PARTS + g - 1) / g * g;
    if (c < (uint64_t)CTREND__CHUNK_DEFAULT_MIN) c = (uint64_t)CTREND__CHUNK_DEFAULT_MIN;
    if (c > (uint64_t)CTREND__CHUNK_DEFAULT_MAX) c = (uint64_t)CTREND__CHUNK_DEFAULT_MAX;
    return c;
}

int64_t ctrend__reader_chunks_merged(const ctrend_reader *r) { return r ? r->n_merged : 0; }

int ctrend__chunk_read_file(ctrend_reader *r, const char *path)
{
    r->n_merged = 0;
    size_t threads = r->opt_threads ? (size_t)r->opt_threads : ctrend_batch_default_threads();
    if (threads < 2 || !strcmp(path, "-")) return 0;
    const int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return 0;
    struct stat st;
    if (fstat(fd, &st) || !S_ISREG(st.st_mode) || st.st_size <= 0 || (uint64_t)st.st_size > SIZE_MAX) {
        close(fd);
        return 0;
    }
    const size_t chunk = r->opt_chunk_bytes ? (size_t)r->opt_chunk_bytes
                                            : (size_t)ctrend__chunk_default_bytes((uint64_t)st.st_size);
    if ((uint64_t)st.st_size / CTREND__CHUNK_MIN_CHUNKS < (uint64_t)chunk) {
        close(fd);
        return 0;
    }
    const size_t size = (size_t)st.st_size;
    void *map = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd); /* the mapping stays valid */
    if (map == MAP_FAILED) return 0;
    const char *s = map;
    if (size >= 2 && (unsigned char)s[0] == 0x1f && (unsigned char)s[1] == 0x8b) { /* gzip: zlib's way */
        munmap(map, size);
        return 0;
    }
    /* step 2: the prefix, line by line */
    size_t pos = 0;
    int ok = 0;
    while (pos < size) {
        const char *nl = memchr(s + pos, '\n', size - pos);
        const size_t end = nl ? (size_t)(nl - s) + 1 : size;
        const int rc = ctrend_reader_feed(r, s + pos, end - pos);
        pos = end;
        if (rc) break;
        ok = chunkable(r);
        if (ok || pos > PREFIX_MAX) break;
    }
    int state = 1;
    if (ok == 1 && pos < size) state = run_parallel(r, s, pos, size, chunk, threads);
    if (state) r->n_merged = 0;
    if (state == 1 && pos < size && !r->status) (void)ctrend_reader_feed(r, s + pos, size - pos);
    else if (state == 2) restart_serial(r, s, size);
    munmap(map, size);
    return 1;
}
