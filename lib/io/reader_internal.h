/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * reader_internal.h — the CSV reader's handle and the functions its files share (lib/io).
 * Never installed. The reader is split by job:
 *   lines.c    input bytes and lines: BOM, delimiter sniffing, line counting, the fast
 *              field splitter for unquoted lines, libcsv for the rest, read_file
 *   reader.c   life cycle of an input, header, shape detection, row parsing, series keys,
 *              event aggregation, the libcsv callbacks
 *   errors.c   error records and messages (excerpts of offending text, UTF-8 clean-up)
 *   options.c  the handle, options, their types and bounds
 */
#ifndef CTREND_READER_INTERNAL_H
#define CTREND_READER_INTERNAL_H

#include <csv.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ctrend/io.h"
#include "ctrend/month.h"
#include "internal.h"
#include "io_internal.h"
#include "dates.h"

/* Longest ctrend__rd_excerpt of offending text quoted in a message. */
#define EXCERPT_MAX 40
/* Growth step of libcsv's field buffer (csv_set_blk_size). */
#define CSV_BLOCK ((size_t)64 * 1024)
#define NONE ((size_t)-1)

enum { ST_READY, ST_RUNNING, ST_FAILED };
enum { PH_HEADER, PH_AFTER_HEADER, PH_DATA };
enum { R_IGNORE, R_DATE, R_GROUP, R_REGION, R_METRIC, R_VALUE, R_WIDE, R_SUM, R_FILTER, R_VINTAGE };
enum { COL_DATE, COL_GROUP, COL_REGION, COL_METRIC, COL_VALUE, N_NAMED };
enum { FAST_NONE, FAST_MONTH, FAST_NUM, FAST_SKIP /* an ignored column (role R_IGNORE) */ };

typedef struct kentry {
    uint64_t h;
    char *key; /* parts joined by NULs; NULL = empty slot */
    size_t klen, base, cell; /* cell: the key's number (0, 1, ... in order of first sight) */
} kentry;

/* Event shape: one cell's (key's) pending months [lo, lo + cap), `block` doubles each: the
 * month's row count, then its sum of each sum column (NaN = nothing yet). A month with
 * count 0 has had no row. v = NULL until the cell's first row. */
typedef struct evwin {
    int32_t lo;
    size_t cap;
    double *v;
} evwin;

/* Make w cover months [lo, hi] (and keep its own): a new block of cells (count 0, sums NaN)
 * holding the old ones, geometric growth (first window at least first_cap months; then twice
 * the old, toward the side that needs it). CTREND_OK, CTREND_ENOMEM (w unchanged). */
int ctrend__rd_window_cover(evwin *w, size_t blk, int64_t lo, int64_t hi, size_t first_cap);

/* A value waiting for the day/month order (see pend_put): series index, packed date
 * (year * 144 + (a - 1) * 12 + (b - 1)), value, line of its first row. */
typedef struct pentry {
    size_t idx;
    int64_t pk;
    double v;
    int64_t line;
    size_t col;
    int used;
} pentry;

/* A list of names (options); matched case-insensitively. */
typedef struct namelist {
    char **v;
    size_t n, cap;
} namelist;

typedef struct field { /* 32 bytes (a wide header of 10^6 columns holds 10^6 of them) */
    size_t off, len;       /* in the row buffer (NUL-terminated there) when copied */
    union {                /* by what the field holds (pre): */
        uint64_t hash;     /* copied (pre 0): ctrend__io_key_hash of its C string (key columns) */
        double val;        /* pre == FAST_NUM: the number */
        int32_t month;     /* pre == FAST_MONTH: the month */
    };
    unsigned char present; /* 0: empty unquoted field, or a column whose text was not copied */
    unsigned char hi;      /* when copied: 0 = all bytes ASCII (no UTF-8 check needed), else maybe not */
    unsigned char pre;     /* FAST_MONTH / FAST_NUM: converted in ctrend__rd_on_field, text not copied */
    unsigned char nul;     /* when copied: it holds a NUL byte (its C string is shorter than len) */
} field;

struct ctrend_reader {
    /* options (kept across inputs) */
    int opt_shape, opt_dup, opt_counts;
    int32_t opt_from, opt_to;
    char *opt_col[N_NAMED];
    char **sum_names;
    size_t n_sum, cap_sum;
    char *opt_source;
    char *opt_date_fmt; /* NULL = detect per column; "excel"; a strptime-like format */
    const ctrend_filter *filter; /* borrowed; NULL = every row */
    int opt_delim, opt_thousands, opt_decimal; /* bytes; 0 = sniff / none / '.' */
    int64_t opt_max_record; /* bytes; 0 = CTREND_READ_MAX_RECORD_DEFAULT */
    int opt_fast_split;     /* CTREND_READ_FAST_SPLIT: unquoted whole lines split by split_line */
    namelist opt_metrics, opt_noncount;
    int64_t opt_threads;     /* CTREND_READ_THREADS: 0 = all CPUs, 1 = serial (chunk.c) */
    int64_t opt_chunk_bytes; /* CTREND_READ_CHUNK_BYTES: 0 = CTREND__CHUNK_DEFAULT (chunk.c) */
    int64_t n_merged;        /* chunks the last read_file merged (0 = read serially; chunk.c) */

    /* per input */
    int state, status;
    struct csv_parser csv;
    int csv_live;
    size_t bom_n;
    int bom_done;
    int64_t line, rec_start, header_line;
    int in_record, prev_cr;
    int csv_idle; /* libcsv holds no partial record (its state is ROW_NOT_BEGUN) */
    unsigned char cls[256], cls_delim; /* fast_lines' byte classes, built for delimiter cls_delim */
    uint64_t rec_bytes; /* bytes of the open record so far (MAX_RECORD) */
    int phase;
    field *fields;
    size_t nfields, cap_fields;
    char *buf;
    size_t buf_len, buf_cap;
    int copy_all;
    int plain;       /* event or wide data whose fast rows plain_row takes (see set_fast) */
    char **names;      /* into names_arena */
    size_t *hlen, cap_hlen; /* while the header is read: each cell's length (NONE: empty), no field record */
    char *names_arena;
    size_t ncols;
    unsigned char *role;
    unsigned char *fast; /* per column: FAST_MONTH / FAST_NUM / FAST_SKIP / 0 (see set_fast); in role's block */
    size_t col[N_NAMED];
    size_t col_vintage; /* long shape: the "vintage" column (publication date), or NONE */
    char *mbuf;         /* long shape: metric name with its @vintage / @min|@max|@about suffix */
    size_t mbuf_cap;
    size_t bound_skip;  /* bytes of the approximate-figure prefix stepped over (long_suffixes) */
    size_t *sum_col;   /* n_sum column indices */
    size_t *wide_col;  /* n_wide metric column indices */
    size_t n_wide;
    int shape;
    size_t block;      /* series per key: wide n_wide; event 1 + n_sum; long 1 */
    size_t *kidx;      /* series indices, one block per key */
    size_t kidx_len, kidx_cap, cur; /* cur: offset of the current row's block */
    /* event shape: per key (cell) its pending months, counts and sums (see process_event) */
    evwin *ev;
    size_t ev_n, ev_cap, cur_cell; /* ev_n windows in use (= kn); cur_cell: the current row's cell */
    kentry *ktab;
    size_t kcap, kn;
    size_t cache_slot; /* ktab slot of the previous row's key, if cache_valid */
    int cache_valid;
    /* The unchanged-key shortcut (row_lookup): keys_same = 1 while ctrend__rd_fast_row's row
     * is processed and every copied (FAST_NONE) field of it holds the previous row's bytes
     * at the previous row's place in buf, its record (hash, length) kept; keys_cur = 1 when
     * cur and cur_cell are the block of the key text the field records now describe (set
     * by a row's own lookup, cleared by any row whose keys were not kept). */
    int keys_same, keys_cur;
    int keep_score; /* ctrend__rd_fast_row: whether keeping keys is tried (0..64; 32 at the start) */
    char *last_date;
    size_t last_date_len, last_date_cap;
    int32_t last_month;
    int last_date_valid;
    /* ctrend__rd_fast_row: the first 8 bytes ("YYYY-MM-") of the last YYYY-MM-DD date it
     * converted, that month and its number of days */
    uint64_t date_key;
    int32_t date_key_month, date_key_days;
    int date_key_ok;
    int32_t ev_min, ev_max;
    int ev_any;
    /* the date column: its form (CTREND__DF_*, fixed by the first date cell) and, for numeric
     * dates, the day/month order and the cell that decided each (for messages) */
    int date_form, date_order;
    int64_t form_line, order_line;
    char form_text[EXCERPT_MAX + 4], order_text[EXCERPT_MAX + 4];
    /* rows whose numeric date is still ambiguous (order unknown): values kept per (series,
     * year, first field, second field) until a cell decides the order (pend_flush) */
    struct pentry *ptab;
    size_t pcap, pn;
    int64_t amb_line;
    char amb_text[EXCERPT_MAX + 4];
    ctrend__date amb_date;
    /* the delimiter in use (sniffed from the header line unless DELIM is set): bytes of the
     * first line are held in sniff[] until a line end shows the whole header */
    char delim;
    int sniffed;
    char *sniff;
    size_t sniff_len, sniff_cap;
    int sniff_quoted, sniff_text;
    unsigned char *nocount; /* per column: 1 = may hold any number (NONCOUNT_COL); in role's block */
    size_t last_named;      /* 1 + index of the last header column with a name */
    /* the filter's columns in the header, and the current row's cells in them */
    size_t *fcol;
    const char **fcells;
    size_t *flens;
    int64_t n_seen; /* data rows before the filter */
    /* total rows skipped (kept until the next input starts) */
    int64_t n_skipped;
    int64_t skipped[CTREND_READ_SKIPPED_KEPT];
    int64_t n_rows;
    ctrend_frame *frame;
    char *path_source;
    char *chunk;

    /* last error */
    char errmsg[512];
    size_t err_msg_off; /* errmsg without its "source:line: " prefix starts here */
    int64_t err_line, err_col;
    char err_key[CTREND_ERROR_KEY_LEN]; /* series of a duplicate, "" otherwise */
    char err_file[256];                 /* source_name() when the error was recorded */
};

/* errors.c. fail: record the first error (later ones are ignored) with its line and 1-based
 * column (0 = not about one), message printf-style; returns the status in force. */
int ctrend__rd_fail(ctrend_reader *r, int status, int64_t line, int64_t col, const char *fmt, ...);
int ctrend__rd_nomem(ctrend_reader *r);
/* Printable excerpt of offending text (at most EXCERPT_MAX bytes, whole characters). */
const char *ctrend__rd_excerpt(const char *s, size_t len, char out[EXCERPT_MAX + 4]);
/* Fill err (NULL = not wanted) after an input ended with status rc; returns rc. */
int ctrend__rd_report(const ctrend_reader *r, int rc, ctrend_error *err);

/* options.c */
int ctrend__rd_grow(void **p, size_t *cap, size_t need, size_t elem);
int ctrend__rd_list_has(const namelist *l, const char *name);

/* reader.c: the input's life cycle and libcsv's callbacks (also called by lines.c's splitter) */
void ctrend__rd_reset_input(ctrend_reader *r);
int ctrend__rd_begin_input(ctrend_reader *r);
void ctrend__rd_on_field(void *s, size_t len, void *data);
void ctrend__rd_on_row(int c, void *data);
/* The fields of one whole unquoted data line (see reader.c); lines.c calls it once the shape
 * is known (copy_all = 0) for a line with exactly ncols fields: cut[0..ncols-1) the offsets
 * of its delimiters in s, cut[ncols - 1] its length without the line end (where the last
 * field ends); blanks = 0 when the line holds no space and no TAB (no field to trim). */
void ctrend__rd_fast_row(ctrend_reader *r, const char *s, const size_t *cut, int blanks);

/* The block of series indices for a key (parts NUL-terminated, lens without the NUL, hashes
 * ctrend__io_key_hash of each part), created on first sight: r->cur, r->cur_cell (chunk.c's merge). */
int ctrend__rd_lookup_block(ctrend_reader *r, const char *const *parts, const size_t *lens,
                            const uint64_t *hashes, size_t np);

/* lines.c */
int ctrend__rd_end_bytes(ctrend_reader *r);

#endif
