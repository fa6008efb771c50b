/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * reader.c — streaming CSV reader: libcsv callbacks -> rows -> ctrend_frame.
 * (Input bytes and lines are in lines.c, errors in errors.c, the handle and its options in
 * options.c; reader_internal.h holds the handle they share.)
 *
 * Method.
 *  - libcsv (Robert Gamble, http://sourceforge.net/projects/libcsv/, v3) tokenises the
 *    bytes; we ask for CSV_STRICT (a quote inside an unquoted field or text after a
 *    closing quote is an error, not silently kept), CSV_STRICT_FINI (an unterminated
 *    quoted field at end of input is an error), CSV_EMPTY_IS_NULL (an empty unquoted
 *    field arrives as NULL) and CSV_APPEND_NULL (fields are NUL-terminated, so strtod
 *    can read them in place). libcsv's buffer is valid only during the callback, so the
 *    fields a row needs are copied into one growable row buffer (no per-field malloc).
 *  - Physical line numbers: libcsv reports no positions, so input is handed to it in
 *    segments that end at each line end: CR, LF, or CRLF (one line end; a CRLF split
 *    between feed calls is recognised by a carried prev_cr flag). libcsv ends a record at
 *    any CR or LF outside quotes, so a record never starts mid-segment. All callbacks fired
 *    inside a segment belong to the current line; the line counter is bumped after the
 *    segment. A record starts at the first segment, seen while no record is open, that
 *    holds a byte other than blank, CR or LF (exactly the bytes libcsv skips between
 *    records), so records spanning lines (quoted line ends) keep their first line, blank
 *    lines are counted, and the numbers do not depend on how the input is split.
 *  - Text that becomes a name (every header name; group, region and long-data metric
 *    cells) must be well-formed UTF-8 (RFC 3629; Unicode Table 3-7). The fast path ors
 *    the key bytes while copying them, so an ASCII key costs no extra pass; others are
 *    checked in process_row (ctrend__io_utf8_check, ASCII 8 bytes at a time first).
 *  - Messages quote offending text through excerpt(): whole well-formed characters only,
 *    '?' for invalid bytes and control characters, at most 40 bytes; the finished
 *    message is made printable UTF-8 once more (source names, option values, a cut at
 *    the message buffer's end).
 *  - Counts (REQUIRE_COUNTS) are checked on the digits (ctrend__io_is_count), not on the
 *    rounded double: 2^53 + 1 and 4503599627370496.5 round to integers.
 *  - The shape is decided once, at the first data row (after an optional HXL hashtag
 *    row), from the header names, the options and that row's date value. From then on
 *    every column has a fixed role and only the columns with a role are copied.
 *  - Once the shape is known, on_field converts "YYYY-MM[-DD]" dates and digit-only counts
 *    on the spot (no copy; exactly the values the general parsers give) and copies only key
 *    columns, hashing them while copying; everything else, and every error, goes the
 *    general way in process_row, so messages, lines and columns are unchanged.
 *  - Series indices are found per (group, region[, metric]) key in the reader's own hash
 *    table (one block of indices per key: one per metric column for wide data, "events"
 *    plus one per sum column for event data), with the previous row's entry tried first;
 *    the month is likewise reused when the date text equals the previous row's.
 *  - Event rows are counted and summed per cell in a dense window of pending months, added
 *    to the frame once at the end of input (grow_window, flush_windows).
 */
#include "reader_internal.h"
#include "frame_internal.h"

/* ---------------------------------------------------------------- buffers */

static const char *fstr(const ctrend_reader *r, size_t j)
{
    return r->fields[j].present ? r->buf + r->fields[j].off : "";
}
static size_t flen(const ctrend_reader *r, size_t j) { return r->fields[j].present ? r->fields[j].len : 0; }
/* Length of copied field j up to its first NUL byte (the C string a name is made of). */
static size_t field_clen(const ctrend_reader *r, size_t j)
{
    const field *f = &r->fields[j];
    return f->nul ? strlen(r->buf + f->off) : f->len;
}

/* ---------------------------------------------------------------- input life cycle */

void ctrend__rd_reset_input(ctrend_reader *r)
{
    if (r->csv_live) csv_free(&r->csv);
    r->csv_live = 0;
    free(r->names_arena);
    r->names_arena = NULL;
    free(r->names);
    r->names = NULL;
    free(r->hlen);
    r->hlen = NULL;
    r->cap_hlen = 0;
    r->ncols = 0;
    free(r->role);
    r->role = NULL;
    r->fast = NULL;
    r->nocount = NULL;
    free(r->sniff);
    r->sniff = NULL;
    r->sniff_len = r->sniff_cap = 0;
    free(r->sum_col);
    r->sum_col = NULL;
    free(r->fcol);
    free(r->fcells);
    free(r->flens);
    r->fcol = NULL;
    r->fcells = NULL;
    r->flens = NULL;
    free(r->wide_col);
    r->wide_col = NULL;
    r->n_wide = 0;
    r->col_vintage = NONE;
    for (size_t k = 0; k < r->kcap; ++k) free(r->ktab[k].key);
    for (size_t k = 0; k < r->ev_n; ++k) free(r->ev[k].v);
    r->ev_n = 0;
    free(r->ktab);
    r->ktab = NULL;
    r->kcap = r->kn = 0;
    r->kidx_len = 0;
    free(r->ptab);
    r->ptab = NULL;
    r->pcap = r->pn = 0;
    r->cache_valid = 0;
    r->keys_same = r->keys_cur = 0;
    r->keep_score = 32; /* tried from the first rows on */
    r->last_date_valid = 0;
    r->date_key_ok = 0;
    ctrend_frame_free(r->frame);
    r->frame = NULL;
    free(r->path_source);
    r->path_source = NULL;
    r->nfields = 0;
    r->buf_len = 0;
    r->state = ST_READY;
}

int ctrend__rd_begin_input(ctrend_reader *r)
{
    ctrend__rd_reset_input(r);
    r->errmsg[0] = '\0';
    r->err_key[0] = '\0';
    r->err_msg_off = 0;
    r->err_line = r->err_col = 0;
    r->status = CTREND_OK;
    r->bom_n = 0;
    r->bom_done = 0;
    r->line = 1;
    r->rec_start = 1;
    r->header_line = 0;
    r->in_record = 0;
    r->prev_cr = 0;
    r->csv_idle = 1;
    r->phase = PH_HEADER;
    r->copy_all = 1;
    r->shape = CTREND_SHAPE_AUTO;
    r->ev_any = 0;
    r->n_rows = 0;
    r->n_seen = 0;
    r->n_skipped = 0;
    r->date_form = r->date_order = 0;
    r->form_line = r->order_line = r->amb_line = 0;
    for (size_t k = 0; k < N_NAMED; ++k) r->col[k] = NONE;
    r->state = ST_RUNNING;
    if (csv_init(&r->csv, CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL | CSV_APPEND_NULL))
        return ctrend__rd_nomem(r);
    r->csv_live = 1;
    /* libcsv grows its field buffer by this much at a time (default 128 bytes: a 1 MB field
     * would take 8192 reallocs, each a copy under ASan) */
    csv_set_blk_size(&r->csv, CSV_BLOCK);
    r->sniffed = r->opt_delim != 0;
    r->sniff_quoted = r->sniff_text = 0;
    r->delim = r->opt_delim ? (char)r->opt_delim : ',';
    csv_set_delim(&r->csv, (unsigned char)r->delim);
    if (ctrend_frame_new(&r->frame)) return ctrend__rd_nomem(r);
    return CTREND_OK;
}

/* ---------------------------------------------------------------- header */

/* Text that becomes a name (header names; group, region and metric keys) must be UTF-8
 * without NUL or other control characters (a NUL would cut the name short: "TT\0P" and "TT"
 * would be one series); tab and the line ends of a quoted multi-line cell are kept: CTREND_EPARSE at the first offending byte of field j of the record at `line`. */
static int check_text(ctrend_reader *r, const char *s, size_t n, size_t j, int64_t line, const char *what)
{
    char ex[EXCERPT_MAX + 4];
    for (size_t k = 0; k < n; ++k) {
        const unsigned char c = (unsigned char)s[k];
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
            return ctrend__rd_fail(r, CTREND_EPARSE, line, (int64_t)j + 1,
                        "control character 0x%02X at byte %zu of a %s \"%s\" (names may not hold NUL "
                        "or control characters other than tab and line ends)",
                        (unsigned)c, k + 1, what, ctrend__rd_excerpt(s, n, ex));
    }
    const size_t bad = ctrend__io_utf8_check(s, n);
    if (bad == n) return CTREND_OK;
    return ctrend__rd_fail(r, CTREND_EPARSE, line, (int64_t)j + 1,
                "invalid UTF-8 in a %s: byte %zu is 0x%02X in \"%s\" (save the file as UTF-8, "
                "e.g. iconv -f latin1 -t utf-8)",
                what, bad + 1, (unsigned)(unsigned char)s[bad], ctrend__rd_excerpt(s, n, ex));
}

static int check_utf8(ctrend_reader *r, size_t j, int64_t line, const char *what)
{
    return check_text(r, fstr(r, j), flen(r, j), j, line, what);
}

static size_t find_col(const ctrend_reader *r, const char *name)
{
    for (size_t j = 0; j < r->ncols; ++j)
        if (ctrend__io_name_eq(r->names[j], name)) return j;
    return NONE;
}

static uint64_t lower_hash(const char *s)
{
    uint64_t h = CTREND__FNV_INIT;
    for (; *s; ++s) {
        const char c = (*s >= 'A' && *s <= 'Z') ? (char)(*s + ('a' - 'A')) : *s;
        h = ctrend__fnv1a(h, &c, 1);
    }
    return h;
}

/* Two non-empty header names equal up to case -> EDUPLICATE (hash set, O(ncols)). */
static int check_unique_names(ctrend_reader *r)
{
    size_t cap = 16;
    while (cap < 2 * r->ncols) cap *= 2;
    if (r->ncols >= UINT32_MAX) return ctrend__rd_nomem(r); /* column numbers + 1 fit in 32 bits */
    uint32_t *t = calloc(cap, sizeof *t);
    if (!t) return ctrend__rd_nomem(r);
    int rc = CTREND_OK;
    for (size_t j = 0; j < r->ncols && !rc; ++j) {
        if (!r->names[j][0]) continue;
        size_t slot = (size_t)lower_hash(r->names[j]) & (cap - 1);
        while (t[slot]) {
            if (ctrend__io_name_eq(r->names[t[slot] - 1], r->names[j])) {
                char ex[EXCERPT_MAX + 4];
                rc = ctrend__rd_fail(r, CTREND_EDUPLICATE, r->header_line, (int64_t)j + 1,
                          "the header repeats column name \"%s\" (first in column %zu)",
                          ctrend__rd_excerpt(r->names[j], strlen(r->names[j]), ex), (size_t)t[slot]);
                break;
            }
            slot = (slot + 1) & (cap - 1);
        }
        if (!rc) t[slot] = (uint32_t)(j + 1);
    }
    free(t);
    return rc;
}

/* ", closest: "a", "b"" (the header names nearest to `name`, at most three), or "". */
static void closest_names(const ctrend_reader *r, const char *name, char *out, size_t cap)
{
    size_t best[3] = {NONE, NONE, NONE}, dist[3] = {0, 0, 0};
    for (size_t j = 0; j < r->ncols; ++j) {
        if (!r->names[j][0]) continue;
        size_t d = (size_t)ctrend_name_distance(name, r->names[j]);
        size_t c = j;
        for (size_t k = 0; k < 3; ++k)
            if (best[k] == NONE || d < dist[k]) {
                const size_t td = dist[k], tc = best[k];
                dist[k] = d;
                best[k] = c;
                d = td;
                c = tc;
                if (c == NONE) break;
            }
    }
    out[0] = '\0';
    size_t n = 0;
    for (size_t k = 0; k < 3 && best[k] != NONE; ++k) {
        char ex[EXCERPT_MAX + 4];
        const int m = snprintf(out + n, cap - n, "%s\"%s\"", k ? ", " : "; closest: ",
                               ctrend__rd_excerpt(r->names[best[k]], strlen(r->names[best[k]]), ex));
        if (m < 0 || (size_t)m >= cap - n) break;
        n += (size_t)m;
    }
}

static const char *const DEFAULT_NAMES[N_NAMED] = {NULL, "group", "region", "metric", "value"};
static const char *const OPTION_NAMES[N_NAMED] = {"CTREND_READ_DATE_COL", "CTREND_READ_GROUP_COL",
                                                  "CTREND_READ_REGION_COL", "CTREND_READ_METRIC_COL",
                                                  "CTREND_READ_VALUE_COL"};

static int take_header(ctrend_reader *r)
{
    r->header_line = r->rec_start;
    r->ncols = r->nfields;
    r->names = calloc(r->ncols, sizeof *r->names);
    r->role = calloc(3 * r->ncols + 1, 1); /* role[ncols], fast[ncols], nocount[ncols] */
    if (!r->names || !r->role) return ctrend__rd_nomem(r);
    r->fast = r->role + r->ncols;
    r->nocount = r->fast + r->ncols;
    /* the names, one block: the row buffer itself, which holds the header's cells (each
     * NUL-terminated), plus one byte for the empty name; once they are checked it is taken
     * over, not copied (a wide header of 10^6 names costs no second copy), and data rows
     * start a new row buffer */
    if (ctrend__rd_grow((void **)&r->buf, &r->buf_cap, r->buf_len + 1, 1)) return ctrend__rd_nomem(r);
    r->buf[r->buf_len] = '\0';
    if (r->buf_cap > r->buf_len + 1 + CSV_BLOCK) { /* the doubling's slack: cut (a long header) */
        char *nb = realloc(r->buf, r->buf_len + 1);
        if (nb) {
            r->buf = nb;
            r->buf_cap = r->buf_len + 1;
        }
    }
    /* the cells lie back to back in the buffer, each with its NUL (header_field) */
    for (size_t j = 0, off = 0; j < r->ncols; ++j) {
        if (r->hlen[j] == NONE) {
            r->names[j] = r->buf + r->buf_len;
        } else {
            r->names[j] = r->buf + off;
            off += r->hlen[j] + 1;
        }
    }
    r->last_named = 0;
    for (size_t j = 0; j < r->ncols; ++j) {
        const size_t n = r->hlen[j] == NONE ? 0 : r->hlen[j];
        const int rc = check_text(r, r->names[j], n, j, r->header_line, "header name");
        if (rc) return rc;
        if (r->names[j][0]) r->last_named = j + 1;
    }
    free(r->hlen);
    r->hlen = NULL;
    r->cap_hlen = 0;
    r->names_arena = r->buf;
    r->buf = NULL;
    r->buf_cap = 0;
    /* the data rows' field records: one per column, allocated once (not doubled); a field
     * array left from a longer input is cut to the columns */
    if (r->cap_fields != r->ncols && r->ncols) {
        field *nf = ctrend__realloc_n(r->fields, r->ncols, sizeof *nf);
        if (!nf) return ctrend__rd_nomem(r);
        r->fields = nf;
        r->cap_fields = r->ncols;
    }
    int rc = check_unique_names(r);
    if (rc) return rc;
    for (size_t k = 0; k < N_NAMED; ++k) {
        if (r->opt_col[k] && !r->opt_col[k][0]) {
            r->col[k] = NONE; /* "" = the input has no such column */
        } else if (r->opt_col[k]) {
            r->col[k] = find_col(r, r->opt_col[k]);
            if (r->col[k] == NONE)
                return ctrend__rd_fail(r, CTREND_ENOTFOUND, r->header_line, 0,
                            "%s names column \"%s\", which the header does not have", OPTION_NAMES[k],
                            r->opt_col[k]);
        } else if (k == COL_DATE) {
            for (size_t j = 0; j < r->ncols && r->col[k] == NONE; ++j)
                if (ctrend__io_name_eq(r->names[j], "month") || ctrend__io_name_eq(r->names[j], "date"))
                    r->col[k] = j;
        } else {
            r->col[k] = find_col(r, DEFAULT_NAMES[k]);
        }
    }
    if (r->col[COL_DATE] == NONE)
        return ctrend__rd_fail(r, CTREND_ENOTFOUND, r->header_line, 0,
                    "no month column: expected a column named \"month\" or \"date\" "
                    "(name it with CTREND_READ_DATE_COL, CLI --date-col)");
    if (r->filter && ctrend_filter_n_columns(r->filter) > 0) {
        const size_t nf = (size_t)ctrend_filter_n_columns(r->filter);
        r->fcol = malloc(nf * sizeof *r->fcol);
        r->fcells = malloc(nf * sizeof *r->fcells);
        r->flens = malloc(nf * sizeof *r->flens);
        if (!r->fcol || !r->fcells || !r->flens) return ctrend__rd_nomem(r);
        for (size_t k = 0; k < nf; ++k) {
            const char *name = ctrend_filter_column(r->filter, (int64_t)k);
            if ((r->fcol[k] = find_col(r, name)) == NONE) {
                char near[256];
                closest_names(r, name, near, sizeof near);
                return ctrend__rd_fail(r, CTREND_ENOTFOUND, r->header_line, 0,
                            "the row filter (--where) names column \"%s\", which the header does not have%s",
                            name, near);
            }
        }
    }
    if (r->n_sum) {
        r->sum_col = malloc(r->n_sum * sizeof *r->sum_col);
        if (!r->sum_col) return ctrend__rd_nomem(r);
        for (size_t k = 0; k < r->n_sum; ++k) {
            r->sum_col[k] = find_col(r, r->sum_names[k]);
            if (r->sum_col[k] == NONE)
                return ctrend__rd_fail(r, CTREND_ENOTFOUND, r->header_line, 0,
                            "CTREND_READ_SUM_COL names column \"%s\", which the header does not have",
                            r->sum_names[k]);
        }
    }
    return CTREND_OK;
}

/* HXL (Humanitarian Exchange Language) tag row: every non-empty cell starts with '#'. */
static int is_hxl_row(const ctrend_reader *r)
{
    int any = 0;
    for (size_t j = 0; j < r->nfields; ++j) {
        const char *s = fstr(r, j);
        if (!s[0]) continue;
        if (s[0] != '#') return 0;
        any = 1;
    }
    return any;
}

/* ---------------------------------------------------------------- series cache */

/* MurmurHash3's 64-bit finaliser: every input bit reaches the low bits the table uses. */
static uint64_t key_mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    return h ^ (h >> 33);
}

/* a[0..n) == b[0..n), reading nothing outside them: keys up to 16 bytes as two (possibly
 * overlapping) 8- or 4-byte words each, no memcmp call */
static inline int same_bytes(const char *a, const char *b, size_t n)
{
    if (n >= 8 && n <= 16)
        return ((ctrend__io_load64(a) ^ ctrend__io_load64(b)) |
                (ctrend__io_load64(a + n - 8) ^ ctrend__io_load64(b + n - 8))) == 0;
    if (n >= 4 && n < 8)
        return ((ctrend__io_load32(a) ^ ctrend__io_load32(b)) |
                (ctrend__io_load32(a + n - 4) ^ ctrend__io_load32(b + n - 4))) == 0;
    if (n > 16) return !memcmp(a, b, n);
    for (size_t k = 0; k < n; ++k)
        if (a[k] != b[k]) return 0;
    return 1;
}

/* Does the stored key (parts joined by NULs) equal the parts (each NUL-terminated, of
 * lengths lens)? Two parts stored one after the other (the row buffer: "group\0region\0")
 * are the stored key's very layout and are compared in one go. */
static inline int key_eq(const char *key, size_t klen, const char *const *parts, const size_t *lens,
                  size_t np)
{
    if (np == 2 && parts[1] == parts[0] + lens[0] + 1) /* the row buffer's layout: one compare */
        return lens[0] + lens[1] + 2 == klen && same_bytes(key, parts[0], klen);
    size_t off = 0;
    for (size_t i = 0; i < np; ++i) {
        const size_t n = lens[i] + 1;
        if (off + n > klen) return 0;
        if (!same_bytes(key + off, parts[i], n)) return 0;
        off += n;
    }
    return off == klen;
}

static int add_series(ctrend_reader *r, const char *g, const char *rg, const char *m, size_t *idx)
{
    const int rc = ctrend_frame_add_series(r->frame, g, rg, m, idx);
    if (rc) return rc == CTREND_ENOMEM ? ctrend__rd_nomem(r) : ctrend__rd_fail(r, rc, 0, 0, "cannot add a series");
    return CTREND_OK;
}

static int rehash_keys(ctrend_reader *r)
{
    const size_t nc = r->kcap ? 2 * r->kcap : 16;
    kentry *t = calloc(nc, sizeof *t);
    if (!t) return ctrend__rd_nomem(r);
    for (size_t k = 0; k < r->kcap; ++k) {
        if (!r->ktab[k].key) continue;
        size_t slot = (size_t)r->ktab[k].h & (nc - 1);
        while (t[slot].key) slot = (slot + 1) & (nc - 1);
        t[slot] = r->ktab[k];
    }
    free(r->ktab);
    r->ktab = t;
    r->kcap = nc;
    r->cache_valid = 0; /* slots moved */
    return CTREND_OK;
}

/* Name of member k of a long or event block (the series' metric). */
static const char *block_metric(const ctrend_reader *r, const char *const *parts, size_t k)
{
    if (r->shape == CTREND_SHAPE_LONG) return parts[2]; /* wide: add_wide_block */
    return k == 0 ? "events" : r->names[r->sum_col[k - 1]];
}

/* Wide data: the n_wide series of a new (group, region) key, named by the header's own
 * text (adopted by the frame in decide_shape: stored once, not copied per series). They
 * are new and consecutive (a key is looked up before its block is made, and header names
 * are distinct), so the key keeps only the first index: series k of the block is
 * *first + k (no index per series). */
static int add_wide_block(ctrend_reader *r, const char *g, const char *rg, size_t *first)
{
    for (size_t k = 0; k < r->n_wide; ++k) {
        size_t idx;
        const int rc = ctrend__frame_add_series_ref(r->frame, g, rg, r->names[r->wide_col[k]], &idx);
        if (rc) return rc == CTREND_ENOMEM ? ctrend__rd_nomem(r) : ctrend__rd_fail(r, rc, 0, 0, "cannot add a series");
        if (k == 0) *first = idx;
        else if (idx != *first + k) /* cannot happen (see above); never a silently wrong series */
            return ctrend__rd_fail(r, CTREND_EINVAL, 0, 0, "internal error: the series of a wide row are not consecutive");
    }
    return CTREND_OK;
}

/* Point r->cur at the block of series indices for the key parts (group, region[, metric]),
 * each NUL-terminated with its length in lens, creating the series on first sight.
 * The parts are compared where they are (no copy of the key), their hashes (ctrend__io_key_hash,
 * computed when the field was copied) combined and mixed; the previous row's
 * entry is tried first (sorted files: no probing), and a full comparison is made only when
 * the hashes agree. The key is copied only when a new entry is inserted. */
static int lookup_block(ctrend_reader *r, const char *const *parts, const size_t *lens,
                        const uint64_t *hashes, size_t np)
{
    uint64_t h = 0;
    size_t klen = 0;
    for (size_t i = 0; i < np; ++i) {
        h = (h ^ hashes[i]) * 0x9e3779b97f4a7c15ULL; /* order matters: (a, b) != (b, a) */
        klen += lens[i] + 1;
    }
    h ^= h >> 32; /* the parts' hashes are mixed in every bit (ctrend__io_key_hash); the
                   * products' high bits are folded into the low ones the table uses */
    if (r->cache_valid) {
        const kentry *e = &r->ktab[r->cache_slot];
        if (e->h == h && e->klen == klen && key_eq(e->key, e->klen, parts, lens, np)) {
            r->cur = e->base;
            r->cur_cell = e->cell;
            return CTREND_OK;
        }
    }
    int rc;
    if (2 * (r->kn + 1) > r->kcap && (rc = rehash_keys(r))) return rc;
    size_t slot = (size_t)h & (r->kcap - 1);
    for (; r->ktab[slot].key; slot = (slot + 1) & (r->kcap - 1)) {
        const kentry *e = &r->ktab[slot];
        if (e->h == h && e->klen == klen && key_eq(e->key, e->klen, parts, lens, np)) {
            r->cur = e->base;
            r->cur_cell = e->cell;
            r->cache_slot = slot;
            r->cache_valid = 1;
            return CTREND_OK;
        }
    }
    const size_t kb = r->shape == CTREND_SHAPE_WIDE ? 1 : r->block; /* see add_wide_block */
    if (ctrend__rd_grow((void **)&r->kidx, &r->kidx_cap, r->kidx_len + kb, sizeof *r->kidx) ||
        (r->shape == CTREND_SHAPE_EVENT && ctrend__rd_grow((void **)&r->ev, &r->ev_cap, r->kn + 1, sizeof *r->ev)))
        return ctrend__rd_nomem(r);
    const size_t base = r->kidx_len;
    if (r->shape == CTREND_SHAPE_EVENT) r->ev[r->ev_n++] = (evwin){0, 0, NULL}; /* ev_n == kn */
    if (r->shape == CTREND_SHAPE_WIDE) {
        if ((rc = add_wide_block(r, parts[0], parts[1], &r->kidx[base]))) return rc;
    } else {
        for (size_t k = 0; k < r->block; ++k)
            if ((rc = add_series(r, parts[0], parts[1], block_metric(r, parts, k), &r->kidx[base + k]))) return rc;
    }
    char *key = malloc(klen);
    if (!key) return ctrend__rd_nomem(r);
    for (size_t i = 0, off = 0; i < np; off += lens[i] + 1, ++i) memcpy(key + off, parts[i], lens[i] + 1);
    r->ktab[slot] = (kentry){h, key, klen, base, r->kn};
    r->cur_cell = r->kn;
    ++r->kn;
    r->kidx_len += kb;
    r->cur = base;
    r->cache_slot = slot;
    r->cache_valid = 1;
    return CTREND_OK;
}

/* The block of a data row's key: when every key cell holds the bytes of the previous row's,
 * which was looked up (keys_same, keys_cur), the block is the previous row's and nothing
 * is hashed, compared or probed; otherwise lookup_block. Sorted files (a panel, one series
 * after another) take the shortcut on all but a series' first row. */
static inline int row_lookup(ctrend_reader *r, const char *const *parts, const size_t *lens,
                      const uint64_t *hashes, size_t np)
{
    if (r->keys_same && r->keys_cur) return CTREND_OK;
    const int rc = lookup_block(r, parts, lens, hashes, np);
    r->keys_cur = rc == CTREND_OK;
    return rc;
}

static inline int block_for(ctrend_reader *r, const char *g, size_t lg, uint64_t hg, const char *rg,
                     size_t lrg, uint64_t hrg)
{
    const char *parts[3] = {g, rg, ""}; /* parts[2]: only long data's (block_metric) */
    const size_t lens[2] = {lg, lrg};
    const uint64_t hashes[2] = {hg, hrg};
    return row_lookup(r, parts, lens, hashes, 2);
}

int ctrend__rd_lookup_block(ctrend_reader *r, const char *const *parts, const size_t *lens,
                            const uint64_t *hashes, size_t np)
{
    r->keys_cur = 0; /* a key that is not the current row's */
    return lookup_block(r, parts, lens, hashes, np);
}

/* ---------------------------------------------------------------- shape */

/* Which columns ctrend__rd_on_field may convert without copying: a column used once, as the date
 * (FAST_MONTH) or as a number (sum, wide metric or long value: FAST_NUM). A column named in
 * two roles (say the date also as a sum column) is copied and parsed the general way.
 * Ignored columns (role R_IGNORE) are FAST_SKIP, for ctrend__rd_fast_row. */
static void set_fast(ctrend_reader *r)
{
    const int shape = r->shape;
    for (size_t j = 0; j < r->ncols; ++j) {
        if (r->role[j] == R_IGNORE) {
            r->fast[j] = FAST_SKIP;
            continue;
        }
        int uses = 0, kind = FAST_NONE;
        if (j == r->col[COL_DATE]) { ++uses; kind = r->opt_date_fmt ? FAST_NONE : FAST_MONTH; }
        if (j == r->col[COL_GROUP]) { ++uses; kind = FAST_NONE; }
        if (j == r->col[COL_REGION]) { ++uses; kind = FAST_NONE; }
        if (shape == CTREND_SHAPE_LONG) {
            if (j == r->col[COL_METRIC]) { ++uses; kind = FAST_NONE; }
            if (j == r->col[COL_VALUE]) { ++uses; kind = FAST_NUM; }
        } else if (shape == CTREND_SHAPE_WIDE) {
            if (r->role[j] == R_WIDE) { ++uses; kind = FAST_NUM; }
        } else {
            for (size_t k = 0; k < r->n_sum; ++k)
                if (j == r->sum_col[k]) { ++uses; kind = FAST_NUM; }
        }
        if (r->fcol) /* the filter reads the text */
            for (size_t k = 0; k < (size_t)ctrend_filter_n_columns(r->filter); ++k)
                if (r->fcol[k] == j) { ++uses; kind = FAST_NONE; }
        r->fast[j] = (unsigned char)(uses == 1 ? kind : FAST_NONE);
    }
    /* event and wide rows that plain_row can take whole: no filter, the date and every sum
     * or wide column converted by the fast paths, at most 16 sums */
    r->plain = (shape == CTREND_SHAPE_EVENT || shape == CTREND_SHAPE_WIDE) && !r->fcol && r->n_sum <= 16 &&
               r->fast[r->col[COL_DATE]] == FAST_MONTH;
    const size_t nnum = shape == CTREND_SHAPE_EVENT ? r->n_sum : shape == CTREND_SHAPE_WIDE ? r->n_wide : 0;
    for (size_t k = 0; r->plain && k < nnum; ++k)
        r->plain = r->fast[shape == CTREND_SHAPE_EVENT ? r->sum_col[k] : r->wide_col[k]] == FAST_NUM;
}

/* Does the first data row's date cell name a day (an event date)? */
static int date_has_day(const ctrend_reader *r, size_t j)
{
    ctrend__date d;
    /* has_day is set as soon as the text shows a day, also when it is out of range */
    if (r->opt_date_fmt) ctrend__date_parse_format(r->opt_date_fmt, fstr(r, j), flen(r, j), &d);
    else ctrend__date_parse(fstr(r, j), flen(r, j), &d);
    return d.has_day;
}

static int decide_shape(ctrend_reader *r)
{
    int shape = r->opt_shape;
    const int has_mv = r->col[COL_METRIC] != NONE && r->col[COL_VALUE] != NONE;
    if (shape == CTREND_SHAPE_AUTO) {
        const size_t d = r->col[COL_DATE];
        if (has_mv)
            shape = CTREND_SHAPE_LONG;
        else if (r->n_sum)
            shape = CTREND_SHAPE_EVENT;
        else if (!ctrend__io_name_eq(r->names[d], "month") && date_has_day(r, d))
            shape = CTREND_SHAPE_EVENT;
        else
            shape = CTREND_SHAPE_WIDE;
    }
    r->shape = shape;
    r->role[r->col[COL_DATE]] = R_DATE;
    if (r->col[COL_GROUP] != NONE) r->role[r->col[COL_GROUP]] = R_GROUP;
    if (r->col[COL_REGION] != NONE) r->role[r->col[COL_REGION]] = R_REGION;
    r->block = 1;
    if (shape == CTREND_SHAPE_LONG) {
        if (!has_mv)
            return ctrend__rd_fail(r, CTREND_ENOTFOUND, r->header_line, 0,
                        "long data need a \"metric\" and a \"value\" column "
                        "(or CTREND_READ_METRIC_COL / CTREND_READ_VALUE_COL)");
        r->role[r->col[COL_METRIC]] = R_METRIC;
        r->role[r->col[COL_VALUE]] = R_VALUE;
        /* revisions: a "vintage" column dates each row's publication (claims: as of) */
        r->col_vintage = find_col(r, "vintage");
        if (r->col_vintage != NONE && r->role[r->col_vintage] == R_IGNORE) r->role[r->col_vintage] = R_VINTAGE;
        else r->col_vintage = NONE;
    } else if (shape == CTREND_SHAPE_WIDE) {
        r->wide_col = malloc(r->ncols * sizeof *r->wide_col);
        if (!r->wide_col) return ctrend__rd_nomem(r);
        /* every other named column is a metric, or only those METRIC lists; columns without
         * a name (an empty header cell, a trailing comma) are ignored */
        for (size_t k = 0; k < r->opt_metrics.n; ++k) {
            const size_t j = find_col(r, r->opt_metrics.v[k]);
            if (j == NONE || r->role[j] != R_IGNORE) {
                char near[256] = "";
                if (j == NONE) closest_names(r, r->opt_metrics.v[k], near, sizeof near);
                return ctrend__rd_fail(r, CTREND_ENOTFOUND, r->header_line, 0, "metric \"%s\" (CTREND_READ_METRIC, CLI --metric) is %s%s",
                            r->opt_metrics.v[k], j == NONE ? "not a column of the header" : "a key column, not a metric", near);
            }
        }
        for (size_t j = 0; j < r->ncols; ++j) {
            if (r->role[j] != R_IGNORE || !r->names[j][0]) continue;
            if (r->opt_metrics.n && !ctrend__rd_list_has(&r->opt_metrics, r->names[j])) continue;
            r->role[j] = R_WIDE;
            r->wide_col[r->n_wide++] = j;
        }
        if (!r->n_wide)
            return ctrend__rd_fail(r, CTREND_ENOTFOUND, r->header_line, 0,
                        "wide data need at least one metric column besides month/group/region "
                        "(columns with an empty header cell are ignored)");
        r->block = r->n_wide;
        /* the header's names become the frame's (the metric names of every block) */
        if (ctrend__frame_adopt(r->frame, r->names_arena)) return ctrend__rd_nomem(r);
        r->names_arena = NULL; /* owned by the frame; r->names point into it until reset */
    } else {
        for (size_t k = 0; k < r->n_sum; ++k) {
            if (ctrend__io_name_eq(r->names[r->sum_col[k]], "events"))
                return ctrend__rd_fail(r, CTREND_EDUPLICATE, r->header_line, (int64_t)r->sum_col[k] + 1,
                            "a sum column may not be called \"events\" (the row-count metric)");
            if (r->role[r->sum_col[k]] == R_IGNORE) r->role[r->sum_col[k]] = R_SUM;
        }
        r->block = 1 + r->n_sum;
    }
    if (r->fcol)
        for (size_t k = 0; k < (size_t)ctrend_filter_n_columns(r->filter); ++k)
            if (r->role[r->fcol[k]] == R_IGNORE) r->role[r->fcol[k]] = R_FILTER;
    for (size_t j = 0; j < r->ncols; ++j) r->nocount[j] = (unsigned char)ctrend__rd_list_has(&r->opt_noncount, r->names[j]);
    set_fast(r);
    r->copy_all = 0;
    /* series without group/region exist from the start (so an empty FROM..TO still has them);
     * their number is known, so the frame is sized for them once */
    if (shape != CTREND_SHAPE_LONG && r->col[COL_GROUP] == NONE && r->col[COL_REGION] == NONE) {
        if (ctrend__frame_reserve_series(r->frame, r->block)) return ctrend__rd_nomem(r);
        r->keys_same = 0;
        return block_for(r, "", 0, ctrend__io_key_hash("", 0), "", 0, ctrend__io_key_hash("", 0));
    }
    return CTREND_OK;
}

/* ---------------------------------------------------------------- rows */

static const char *const FORM_NAMES[] = {"", "a month (2022-03, 2022-03-02, Mar 2022)",
                                          "a mmm-yy month (Mar-22)", "a day month year date (2 March 2022)",
                                          "a month day, year date (March 2, 2022)",
                                          "a numeric day/month/year or month/day/year date",
                                          "an Excel serial day number", "a date in the --date-format pattern"};

static const char *order_name(int order) { return order == CTREND__ORDER_DMY ? "day/month/year" : "month/day/year"; }

/* The column's numeric order is now known: every waiting value goes to its month. */
static int pend_flush(ctrend_reader *r);

/*
 * The month of the current row's date cell. *pk = -1 and *month set; or, for a numeric date
 * whose day/month order the column has not settled yet, *pk = the packed (year, a, b) the
 * value must wait under (pend_put).
 */
static int parse_month(ctrend_reader *r, int32_t *month, int64_t *pk)
{
    const size_t j = r->col[COL_DATE];
    *pk = -1;
    if (r->fields[j].pre == FAST_MONTH && r->date_form <= CTREND__DF_MONTH) {
        *month = r->fields[j].month;
        if (!r->date_form) { /* after total rows only */
            r->date_form = CTREND__DF_MONTH;
            r->form_line = r->rec_start;
            if (ctrend_month_format(*month, r->form_text, sizeof r->form_text)) r->form_text[0] = '\0';
        }
        return CTREND_OK;
    }
    const char *s = fstr(r, j);
    const size_t n = r->fields[j].pre == FAST_MONTH ? 0 : flen(r, j);
    if (r->fields[j].pre != FAST_MONTH && r->last_date_valid && n == r->last_date_len &&
        !memcmp(s, r->last_date, n)) {
        *month = r->last_month;
        return CTREND_OK;
    }
    char ex[EXCERPT_MAX + 4];
    if (r->fields[j].pre == FAST_MONTH) /* a YYYY-MM[-DD] cell in a column of another form */
        return ctrend__rd_fail(r, CTREND_EPARSE, r->rec_start, (int64_t)j + 1,
                    "expected %s as on line %lld (\"%s\"), got a YYYY-MM date (one form per date column)",
                    FORM_NAMES[r->date_form], (long long)r->form_line, r->form_text);
    if (n == 0)
        return ctrend__rd_fail(r, CTREND_EPARSE, r->rec_start, (int64_t)j + 1,
                    "expected a month (2022-01, 2022-01-15, 2022/01, Jan 2022), got an empty field");
    ctrend__date d;
    int rc = r->opt_date_fmt ? ctrend__date_parse_format(r->opt_date_fmt, s, n, &d) : ctrend__date_parse(s, n, &d);
    if (rc == CTREND_ERANGE)
        return ctrend__rd_fail(r, CTREND_ERANGE, r->rec_start, (int64_t)j + 1,
                    "month, day or year out of range in \"%s\"", ctrend__rd_excerpt(s, n, ex));
    if (rc && r->opt_date_fmt)
        return ctrend__rd_fail(r, CTREND_EPARSE, r->rec_start, (int64_t)j + 1,
                    "expected a date in the form \"%s\" (CTREND_READ_DATE_FORMAT, CLI --date-format), got \"%s\"",
                    r->opt_date_fmt, ctrend__rd_excerpt(s, n, ex));
    if (rc)
        return ctrend__rd_fail(r, CTREND_EPARSE, r->rec_start, (int64_t)j + 1,
                    "expected a month (2022-01, 2022-01-15, 2022/01, Jan 2022), got \"%s\"%s",
                    ctrend__rd_excerpt(s, n, ex),
                    r->date_form ? "" : " (other spellings: CTREND_READ_DATE_FORMAT, CLI --date-format)");
    if (!r->date_form) {
        r->date_form = d.form;
        r->form_line = r->rec_start;
        ctrend__rd_excerpt(s, n, r->form_text);
    } else if (d.form != r->date_form) {
        return ctrend__rd_fail(r, CTREND_EPARSE, r->rec_start, (int64_t)j + 1,
                    "expected %s as on line %lld (\"%s\"), got \"%s\" (one form per date column)",
                    FORM_NAMES[r->date_form], (long long)r->form_line, r->form_text, ctrend__rd_excerpt(s, n, ex));
    }
    if (d.form == CTREND__DF_NUMERIC) {
        if (d.hint && !r->date_order) {
            r->date_order = d.hint;
            r->order_line = r->rec_start;
            ctrend__rd_excerpt(s, n, r->order_text);
            if ((rc = pend_flush(r))) return rc;
        } else if (d.hint && d.hint != r->date_order) {
            return ctrend__rd_fail(r, CTREND_EPARSE, r->rec_start, (int64_t)j + 1,
                        "\"%s\" can only be %s, but line %lld (\"%s\") showed this column is %s "
                        "(one order per date column)",
                        ctrend__rd_excerpt(s, n, ex), order_name(d.hint), (long long)r->order_line, r->order_text,
                        order_name(r->date_order));
        }
        if (!r->date_order) {
            if (!r->amb_line) {
                r->amb_line = r->rec_start;
                r->amb_date = d;
                ctrend__rd_excerpt(s, n, r->amb_text);
            }
            *pk = (int64_t)d.year * 144 + (d.a - 1) * 12 + (d.b - 1);
            return CTREND_OK;
        }
        if (ctrend__date_numeric_month(&d, r->date_order, &d.month))
            return ctrend__rd_fail(r, CTREND_ERANGE, r->rec_start, (int64_t)j + 1,
                        "month, day or year out of range in \"%s\" read as %s", ctrend__rd_excerpt(s, n, ex),
                        order_name(r->date_order));
    }
    *month = d.month;
    if (ctrend__rd_grow((void **)&r->last_date, &r->last_date_cap, n + 1, 1)) return ctrend__rd_nomem(r);
    memcpy(r->last_date, s, n);
    r->last_date_len = n;
    r->last_month = *month;
    r->last_date_valid = 1;
    return CTREND_OK;
}

/* ---------------------------------------------------------------- ambiguous dates */

static uint64_t pend_hash(size_t idx, int64_t pk) { return key_mix((uint64_t)idx * 0x9e3779b97f4a7c15ULL ^ (uint64_t)pk); }

/* The waiting entry of (series idx, packed date), created (v = NaN) when absent. */
static pentry *pend_slot(ctrend_reader *r, size_t idx, int64_t pk, int *fresh)
{
    if (2 * (r->pn + 1) > r->pcap) {
        const size_t nc = r->pcap ? 2 * r->pcap : 64;
        pentry *t = calloc(nc, sizeof *t);
        if (!t) return NULL;
        for (size_t k = 0; k < r->pcap; ++k) {
            if (!r->ptab[k].used) continue;
            size_t slot = (size_t)pend_hash(r->ptab[k].idx, r->ptab[k].pk) & (nc - 1);
            while (t[slot].used) slot = (slot + 1) & (nc - 1);
            t[slot] = r->ptab[k];
        }
        free(r->ptab);
        r->ptab = t;
        r->pcap = nc;
    }
    size_t slot = (size_t)pend_hash(idx, pk) & (r->pcap - 1);
    for (; r->ptab[slot].used; slot = (slot + 1) & (r->pcap - 1))
        if (r->ptab[slot].idx == idx && r->ptab[slot].pk == pk) {
            *fresh = 0;
            return &r->ptab[slot];
        }
    r->ptab[slot] = (pentry){idx, pk, NAN, r->rec_start, 0, 1};
    ++r->pn;
    *fresh = 1;
    return &r->ptab[slot];
}

static int duplicate_error(ctrend_reader *r, size_t idx, const char *when, int64_t line, size_t j)
{
    const char *g = "", *rg = "", *m = "";
    (void)ctrend_frame_group(r->frame, idx, &g);
    (void)ctrend_frame_region(r->frame, idx, &rg);
    (void)ctrend_frame_metric(r->frame, idx, &m);
    g = g ? g : "";
    rg = rg ? rg : "";
    m = m ? m : "";
    char eg[EXCERPT_MAX + 4], er[EXCERPT_MAX + 4], em[EXCERPT_MAX + 4];
    if (!r->status) snprintf(r->err_key, sizeof r->err_key, "%s/%s/%s", g, rg, m);
    return ctrend__rd_fail(r, CTREND_EDUPLICATE, line, (int64_t)j + 1,
                "duplicate row: series (group \"%s\", region \"%s\", metric \"%s\") already has a "
                "value for %s (to add them: CTREND_READ_DUPLICATES=1, CLI --duplicates sum)",
                ctrend__rd_excerpt(g, strlen(g), eg), ctrend__rd_excerpt(rg, strlen(rg), er), ctrend__rd_excerpt(m, strlen(m), em), when);
}

/* Keep value v of series idx for the ambiguous date pk: added (event counts and sums, or
 * DUPLICATES=1), else set once (a second row of the same date is a duplicate whichever
 * order the column turns out to have). */
static int pend_put(ctrend_reader *r, size_t idx, int64_t pk, double v, size_t j, int add)
{
    int fresh;
    pentry *e = pend_slot(r, idx, pk, &fresh);
    if (!e) return ctrend__rd_nomem(r);
    if (fresh) e->col = j;
    if (!fresh && !add) {
        char ex[EXCERPT_MAX + 4];
        const char *s = fstr(r, r->col[COL_DATE]);
        char when[EXCERPT_MAX + 16];
        snprintf(when, sizeof when, "\"%s\"", ctrend__rd_excerpt(s, flen(r, r->col[COL_DATE]), ex));
        return duplicate_error(r, idx, when, r->rec_start, j);
    }
    if (isnan(e->v)) e->v = v; /* ctrend_frame_accumulate's rule */
    else if (!isnan(v)) e->v += v;
    return CTREND_OK;
}

static int pend_flush(ctrend_reader *r)
{
    int rc = CTREND_OK;
    for (size_t k = 0; k < r->pcap && !rc; ++k) {
        pentry *e = &r->ptab[k];
        if (!e->used) continue;
        ctrend__date d = r->amb_date;
        d.year = (int32_t)(e->pk / 144);
        d.a = (int32_t)(e->pk % 144 / 12) + 1;
        d.b = (int32_t)(e->pk % 12) + 1;
        int32_t month;
        if (ctrend__date_numeric_month(&d, r->date_order, &month)) continue; /* a, b <= 12: never */
        if ((r->opt_from && month < r->opt_from) || (r->opt_to && month > r->opt_to)) continue;
        if (r->shape == CTREND_SHAPE_EVENT) {
            rc = ctrend_frame_accumulate(r->frame, e->idx, month, e->v);
            if (!r->ev_any || month < r->ev_min) r->ev_min = month;
            if (!r->ev_any || month > r->ev_max) r->ev_max = month;
            r->ev_any = 1;
        } else {
            rc = r->opt_dup ? ctrend_frame_accumulate(r->frame, e->idx, month, e->v)
                            : ctrend_frame_set(r->frame, e->idx, month, e->v);
        }
        if (rc == CTREND_ENOMEM) rc = ctrend__rd_nomem(r);
        else if (rc == CTREND_EDUPLICATE) {
            char mb[CTREND_MONTH_STRLEN];
            if (ctrend_month_format(month, mb, sizeof mb)) mb[0] = '\0';
            rc = duplicate_error(r, e->idx, mb, e->line, e->col);
        } else if (rc) rc = ctrend__rd_fail(r, rc, e->line, 0, "cannot store the value");
    }
    free(r->ptab);
    r->ptab = NULL;
    r->pcap = r->pn = 0;
    return rc;
}

/*
 * The number in cell j. `counts`: the value must be a count (REQUIRE_COUNTS and the column
 * not listed in NONCOUNT_COL). Grouped or localised text (1,234 / 12,5 / 45%) is rewritten
 * by ctrend__io_clean_number when the options (or, for quoted 1,234 cells of a
 * comma-delimited file, the pattern itself) allow it.
 */
/*
 * Long shape, the value cell and the vintage cell of a row (claims v2, issue 16):
 *   - an approximate source figure in the value cell, ">=22" / "≥22" (at least), "<=30" /
 *     "≤30" (at most) or "~612" (about), is stored as the series NAME@min / NAME@max /
 *     NAME@about, which the claims checker reads as an interval (docs/claims.md); the
 *     prefix is stepped over here (restore_bound puts it back) so that parse_cell reads the
 *     number with its usual rules and error positions;
 *   - a non-empty "vintage" cell (YYYY-MM-DD, the publication date) makes the series
 *     NAME@YYYY-MM-DD, one series per vintage, as the claims' "as of" expects.
 * Both at once are refused: the checker has no bounds per vintage.
 */
static int long_suffixes(ctrend_reader *r, size_t jv, const char **sfx, const char **vint, size_t *vlen)
{
    char ex[EXCERPT_MAX + 4];
    *sfx = NULL;
    *vint = NULL;
    *vlen = 0;
    if (r->col_vintage != NONE && r->fields[r->col_vintage].present) {
        const char *s = fstr(r, r->col_vintage);
        const size_t n = flen(r, r->col_vintage);
        int ok = n == 10 && s[4] == '-' && s[7] == '-';
        for (size_t k = 0; ok && k < n; ++k) ok = k == 4 || k == 7 || (s[k] >= '0' && s[k] <= '9');
        if (ok) {
            const int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
            const int mo = (s[5] - '0') * 10 + (s[6] - '0');
            const int d = (s[8] - '0') * 10 + (s[9] - '0');
            int32_t mi = 0;
            ok = y >= 1 && mo >= 1 && mo <= 12 && d >= 1 &&
                 ctrend_month_make(y, mo, &mi) == CTREND_OK && d <= ctrend_month_days(mi);
        }
        if (!ok)
            return ctrend__rd_fail(r, CTREND_EPARSE, r->rec_start, (int64_t)r->col_vintage + 1,
                        "expected a publication date YYYY-MM-DD in the vintage column, got \"%s\"",
                        ctrend__rd_excerpt(s, n, ex));
        *vint = s;
        *vlen = n;
    }
    if (r->fields[jv].present && r->fields[jv].pre != FAST_NUM) {
        const char *s = fstr(r, jv);
        const size_t n = flen(r, jv);
        size_t k = 0;
        if (n >= 2 && s[0] == '>' && s[1] == '=') { *sfx = "@min"; k = 2; }
        else if (n >= 2 && s[0] == '<' && s[1] == '=') { *sfx = "@max"; k = 2; }
        else if (n >= 3 && !memcmp(s, "\xe2\x89\xa5", 3)) { *sfx = "@min"; k = 3; } /* U+2265 */
        else if (n >= 3 && !memcmp(s, "\xe2\x89\xa4", 3)) { *sfx = "@max"; k = 3; } /* U+2264 */
        else if (n >= 1 && s[0] == '~') { *sfx = "@about"; k = 1; }
        if (*sfx) {
            while (k < n && s[k] == ' ') ++k;
            if (*vint)
                return ctrend__rd_fail(r, CTREND_EPARSE, r->rec_start, (int64_t)jv + 1,
                            "an approximate figure (\"%s\") in a row with a vintage: bounds are read "
                            "only from rows without one", ctrend__rd_excerpt(s, n, ex));
            if (k == n)
                return ctrend__rd_fail(r, CTREND_EPARSE, r->rec_start, (int64_t)jv + 1,
                            "expected a number after \"%.*s\"", (int)k, s);
            r->fields[jv].off += k;
            r->fields[jv].len -= k;
            r->bound_skip = k;
        }
    }
    return CTREND_OK;
}

static void restore_bound(ctrend_reader *r, size_t jv)
{
    r->fields[jv].off -= r->bound_skip;
    r->fields[jv].len += r->bound_skip;
}

static int parse_cell(ctrend_reader *r, size_t j, double *v, int counts)
{
    if (r->fields[j].pre == FAST_NUM) { /* 1..15 digits: a valid count */
        *v = r->fields[j].val;
        return CTREND_OK;
    }
    const char *s = fstr(r, j);
    size_t n = flen(r, j);
    int missing;
    char ex[EXCERPT_MAX + 4];
    const char dec = r->opt_decimal ? (char)r->opt_decimal : '.';
    const char th = r->opt_thousands ? (char)r->opt_thousands
                    : (r->delim == ',' && dec == '.' && memchr(s, ',', n)) ? ',' : 0;
    char clean[128];
    int pct = 0;
    if (th || dec != '.' || (n && memchr(s, '%', n))) {
        size_t bad = 0;
        if (dec == ',' && r->opt_thousands != '.' && memchr(s, '.', n))
            return ctrend__rd_fail(r, CTREND_EPARSE, r->rec_start, (int64_t)j + 1,
                        "expected a number with a decimal comma, got \"%s\" (a '.' there: for 1.234,5 "
                        "also set CTREND_READ_THOUSANDS '.', CLI --thousands .)", ctrend__rd_excerpt(s, n, ex));
        const int cr = ctrend__io_clean_number(s, n, th, dec, clean, sizeof clean, &pct, &bad);
        if (cr < 0)
            return ctrend__rd_fail(r, CTREND_EPARSE, r->rec_start, (int64_t)j + 1,
                        "expected a number, got \"%s\": the '%c' at character %zu does not group digits "
                        "by three (1%c234%c567)%s", ctrend__rd_excerpt(s, n, ex), th, bad + 1, th, th,
                        th == ',' && !r->opt_thousands ? " (a decimal comma: CLI --decimal , with --delim ;)" : "");
        if (cr > 0) {
            s = clean;
            n = strlen(clean);
        }
    }
    const int rc = ctrend__io_parse_value(s, n, v, &missing);
    if (rc == CTREND_EPARSE)
        return ctrend__rd_fail(r, rc, r->rec_start, (int64_t)j + 1,
                    "expected a number (or empty/NA for missing), got \"%s\"%s", ctrend__rd_excerpt(fstr(r, j), flen(r, j), ex),
                    memchr(s, ',', n) ? " (1,234: CLI --thousands ,; 12,5: --decimal ,)" : "");
    if (rc)
        return ctrend__rd_fail(r, rc, r->rec_start, (int64_t)j + 1, "number too large: \"%s\"", ctrend__rd_excerpt(s, n, ex));
    if (!missing && pct && counts)
        return ctrend__rd_fail(r, CTREND_EDOMAIN, r->rec_start, (int64_t)j + 1,
                    "expected a non-negative integer count, got the percentage \"%s\" (a rate: "
                    "CTREND_READ_NONCOUNT_COL, CLI --covariate/--exposure or --no-count-check)",
                    ctrend__rd_excerpt(fstr(r, j), flen(r, j), ex));
    if (!missing && counts && !ctrend__io_is_count(s, n))
        return ctrend__rd_fail(r, CTREND_EDOMAIN, r->rec_start, (int64_t)j + 1,
                    "expected a non-negative integer count (at most 2^53), got \"%s\" "
                    "(other numbers: CTREND_READ_REQUIRE_COUNTS=0, CLI --no-count-check; a covariate "
                    "or exposure needs neither)",
                    ctrend__rd_excerpt(fstr(r, j), flen(r, j), ex));
    return CTREND_OK;
}

static int store(ctrend_reader *r, size_t idx, int32_t month, double v, size_t j)
{
    const int rc = r->opt_dup ? ctrend_frame_accumulate(r->frame, idx, month, v)
                              : ctrend_frame_set(r->frame, idx, month, v);
    if (rc == CTREND_OK) return rc;
    if (rc == CTREND_ENOMEM) return ctrend__rd_nomem(r);
    if (rc == CTREND_EDUPLICATE) {
        char mb[CTREND_MONTH_STRLEN];
        if (ctrend_month_format(month, mb, sizeof mb)) mb[0] = '\0';
        return duplicate_error(r, idx, mb, r->rec_start, j);
    }
    return ctrend__rd_fail(r, rc, r->rec_start, (int64_t)j + 1, "cannot store the value");
}

/*
 * Event rows are counted and summed per cell (key) in a dense window of pending months
 * (evwin: the month's count, then its sums), and the windows go into the frame once, at
 * the end of input (ctrend__frame_accumulate_run, one call per series). A row therefore
 * costs no frame call, whatever the order of its dates. The pending sums follow
 * ctrend_frame_accumulate's rule (NaN = nothing yet; a missing value adds nothing) and take
 * the rows of a (cell, month) in file order, so every cell is bit-identical to adding the
 * rows one by one (fractional sums included); rows whose day/month order was still open
 * are summed apart (pend_put) and added first.
 * Memory: a cell's window starts with the event span seen so far and grows geometrically
 * toward the side that needs it, so it covers at most twice the whole event span, at 8
 * bytes per month and series: bounded by twice the frame's own cells for those series
 * (the frame zero-fills every series over the whole event span, 9 bytes a month), and
 * freed when the input ends.
 */
static int grow_window(ctrend_reader *r, evwin *w, int32_t month)
{
    int64_t lo = month, hi = month;
    if (!w->v && r->ev_any) { /* a new cell starts with the event span so far (the frame fills it anyway) */
        if (r->ev_min < lo) lo = r->ev_min;
        if (r->ev_max > hi) hi = r->ev_max;
    }
    return ctrend__rd_window_cover(w, r->block, lo, hi, 16) ? ctrend__rd_nomem(r) : CTREND_OK;
}

/* Union of w's months and [lo, hi]; a first window of at least first_cap months, later ones
 * twice the old (amortised O(1) per month), placed toward the side that needs them. */
int ctrend__rd_window_cover(evwin *w, size_t blk, int64_t lo, int64_t hi, size_t first_cap)
{
    const int below = w->v && lo < w->lo;
    if (w->v) {
        if (w->lo < lo) lo = w->lo;
        if ((int64_t)w->lo + (int64_t)w->cap - 1 > hi) hi = (int64_t)w->lo + (int64_t)w->cap - 1;
    }
    const size_t need = (size_t)(hi - lo) + 1;
    size_t nc = w->v ? 2 * w->cap : first_cap;
    if (nc < need) nc = need;
    const int64_t nlo = below ? hi - (int64_t)nc + 1 : lo; /* grow toward the need */
    double *v = ctrend__malloc_n(nc, blk, sizeof *v);
    if (!v) return CTREND_ENOMEM;
    for (size_t i = 0; i < nc; ++i) {
        v[i * blk] = 0.0;
        for (size_t k = 1; k < blk; ++k) v[i * blk + k] = NAN;
    }
    if (w->v) memcpy(v + (size_t)(w->lo - nlo) * blk, w->v, w->cap * blk * sizeof *v);
    free(w->v);
    w->v = v;
    w->lo = (int32_t)nlo;
    w->cap = nc;
    return CTREND_OK;
}

/* End of input: every cell's window into the frame, and (event data: a month without
 * events inside the span is a true zero) the months from..to zero-filled. */
static int flush_windows(ctrend_reader *r, int32_t from, int32_t to)
{
    const size_t blk = r->block;
    for (size_t c = 0; c < r->ev_n; ++c) {
        const evwin *w = &r->ev[c];
        for (size_t k = 0; k < blk; ++k) {
            const int rc = ctrend__frame_accumulate_run(r->frame, r->kidx[c * blk + k], w->lo, w->v ? w->cap : 0,
                                                        w->v ? w->v + k : NULL, w->v, blk, from, to, 0.0);
            if (rc) return rc == CTREND_ENOMEM ? ctrend__rd_nomem(r) : ctrend__rd_fail(r, rc, 0, 0, "cannot store the count");
        }
    }
    return CTREND_OK;
}

/* Key column k (COL_GROUP, COL_REGION) of the current row: its text, the length up to its
 * first NUL (a field may hold NUL bytes; the series name is the C string, so the key must
 * be too) and its hash; "" when the column is absent or the cell empty. The text must be
 * UTF-8 (check_utf8 reports it otherwise). */
static inline int key_part(ctrend_reader *r, size_t k, const char **s, size_t *len, uint64_t *hash)
{
    const size_t j = r->col[k];
    if (j == NONE || !r->fields[j].present) {
        *s = "";
        *len = 0;
        *hash = ctrend__io_key_hash("", 0);
        return CTREND_OK;
    }
    const field *f = &r->fields[j];
    if (f->hi) {
        const int rc = check_utf8(r, j, r->rec_start, "name");
        if (rc) return rc;
    }
    *s = r->buf + f->off;
    *len = field_clen(r, j);
    *hash = f->hash;
    return CTREND_OK;
}

/* A row whose date cell is a total label is skipped (its line kept for the caller). */
static int total_row(ctrend_reader *r)
{
    const size_t j = r->col[COL_DATE];
    if (r->fields[j].pre == FAST_MONTH || !ctrend__date_is_total(fstr(r, j), flen(r, j))) return 0;
    if (r->n_skipped < CTREND_READ_SKIPPED_KEPT) r->skipped[r->n_skipped] = r->rec_start;
    ++r->n_skipped;
    return 1;
}

/* The current row: its month (or packed ambiguous date pk >= 0, see pend_put), whether the
 * FROM/TO range skips it, and its group and region keys with their lengths and hashes. */
typedef struct rowkey {
    int32_t month;
    int64_t pk;
    int skip;
    const char *g, *rg;
    size_t lg, lrg;
    uint64_t hg, hrg;
} rowkey;

/* A wide row: one value per metric column. */
static int process_wide(ctrend_reader *r, const rowkey *row)
{
    for (size_t k = 0; k < r->n_wide; ++k) {
        double v;
        int rc = parse_cell(r, r->wide_col[k], &v, r->opt_counts && !r->nocount[r->wide_col[k]]);
        if (rc) return rc;
        if (row->skip) continue;
        if (k == 0 && (rc = block_for(r, row->g, row->lg, row->hg, row->rg, row->lrg, row->hrg))) return rc;
        if (row->pk >= 0) rc = pend_put(r, r->kidx[r->cur] + k, row->pk, v, r->wide_col[k], r->opt_dup);
        else rc = store(r, r->kidx[r->cur] + k, row->month, v, r->wide_col[k]);
        if (rc) return rc;
    }
    return CTREND_OK;
}

/* A long row: the metric cell names the series, with its @vintage or bound suffix. */
static int process_long(ctrend_reader *r, const rowkey *row)
{
    int rc;
    const size_t jm = r->col[COL_METRIC], jv = r->col[COL_VALUE];
    const char *m = fstr(r, jm);
    if (!m[0])
        return ctrend__rd_fail(r, CTREND_EPARSE, r->rec_start, (int64_t)jm + 1,
                    "expected a metric name, got an empty field");
    if (r->opt_metrics.n && !ctrend__rd_list_has(&r->opt_metrics, m)) return CTREND_OK; /* not asked for */
    const char *sfx = NULL, *vint = NULL;
    size_t vlen = 0;
    if ((rc = long_suffixes(r, jv, &sfx, &vint, &vlen))) return rc;
    double v;
    rc = parse_cell(r, jv, &v, r->opt_counts && !(r->opt_noncount.n && ctrend__rd_list_has(&r->opt_noncount, m)));
    if (sfx) restore_bound(r, jv);
    if (rc) return rc;
    if (row->skip) return CTREND_OK;
    const char *parts[3] = {row->g, row->rg, m};
    size_t lens[3] = {row->lg, row->lrg, field_clen(r, jm)};
    uint64_t hashes[3] = {row->hg, row->hrg, r->fields[jm].hash};
    if (sfx || vint) { /* NAME@YYYY-MM-DD or NAME@min|@max|@about (lib/claims reads them) */
        const size_t ml = lens[2], sl = sfx ? strlen(sfx) : 0, need = ml + 1 + vlen + sl + 1;
        if (ctrend__rd_grow((void **)&r->mbuf, &r->mbuf_cap, need, 1)) return ctrend__rd_nomem(r);
        memcpy(r->mbuf, m, ml);
        size_t o = ml;
        if (vint) {
            r->mbuf[o++] = '@';
            memcpy(r->mbuf + o, vint, vlen);
            o += vlen;
        }
        if (sfx) {
            memcpy(r->mbuf + o, sfx, sl);
            o += sl;
        }
        r->mbuf[o] = '\0';
        parts[2] = r->mbuf;
        lens[2] = o;
        hashes[2] = ctrend__io_key_hash(r->mbuf, o);
        /* the bound or the vintage makes the key more than the key cells: no shortcut
         * into this row's block, and none from it */
        r->keys_same = 0;
        rc = row_lookup(r, parts, lens, hashes, 3);
        r->keys_cur = 0;
    } else {
        rc = row_lookup(r, parts, lens, hashes, 3);
    }
    if (rc) return rc;
    if (row->pk >= 0) return pend_put(r, r->kidx[r->cur], row->pk, v, jv, r->opt_dup);
    return store(r, r->kidx[r->cur], row->month, v, jv);
}

/* An event row: counted, and its sum columns added, under its cell's pending month. */
/* One event of the current block (r->cur_cell) in month: its count, and the sum columns'
 * values vals[0..n_sum) (NULL when n_sum > 16: each parsed again, parse_cell), added to the
 * block's window. */
static inline int event_add(ctrend_reader *r, int32_t month, const double *vals)
{
    int rc;
    evwin *w = &r->ev[r->cur_cell];
    if ((!w->v || month < w->lo || (size_t)(month - w->lo) >= w->cap) && (rc = grow_window(r, w, month)))
        return rc;
    double *p = w->v + (size_t)(month - w->lo) * r->block;
    p[0] += 1.0;
    for (size_t k = 0; k < r->n_sum; ++k) {
        double v;
        if (vals) v = vals[k];
        else if ((rc = parse_cell(r, r->sum_col[k], &v, r->opt_counts && !r->nocount[r->sum_col[k]]))) return rc;
        double *acc = &p[k + 1]; /* ctrend_frame_accumulate's rule */
        if (isnan(*acc)) *acc = v;
        else if (!isnan(v)) *acc += v;
    }
    if (!r->ev_any || month < r->ev_min) r->ev_min = month;
    if (!r->ev_any || month > r->ev_max) r->ev_max = month;
    r->ev_any = 1;
    return CTREND_OK;
}

static int process_event(ctrend_reader *r, const rowkey *row)
{
    int rc;
    double sums[16];
    double *vals = r->n_sum <= 16 ? sums : NULL;
    for (size_t k = 0; k < r->n_sum; ++k) {
        double v;
        const field *f = &r->fields[r->sum_col[k]];
        if (f->pre == FAST_NUM) v = f->val; /* parse_cell's first case, without the call */
        else if ((rc = parse_cell(r, r->sum_col[k], &v, r->opt_counts && !r->nocount[r->sum_col[k]]))) return rc;
        if (vals) vals[k] = v;
    }
    if (row->skip) return CTREND_OK;
    if ((rc = block_for(r, row->g, row->lg, row->hg, row->rg, row->lrg, row->hrg))) return rc;
    const size_t b = r->cur;
    if (row->pk >= 0) { /* order still open: counted and summed under the date itself */
        if ((rc = pend_put(r, r->kidx[b], row->pk, 1.0, r->col[COL_DATE], 1))) return rc;
        for (size_t k = 0; k < r->n_sum; ++k) {
            double v;
            if (vals) v = vals[k];
            else if ((rc = parse_cell(r, r->sum_col[k], &v, r->opt_counts && !r->nocount[r->sum_col[k]]))) return rc;
            if ((rc = pend_put(r, r->kidx[b + k + 1], row->pk, v, r->sum_col[k], 1))) return rc;
        }
        return CTREND_OK;
    }
    return event_add(r, row->month, vals);
}

static int process_row(ctrend_reader *r)
{
    ++r->n_seen;
    if (r->fcol) {
        const size_t nf = (size_t)ctrend_filter_n_columns(r->filter);
        for (size_t k = 0; k < nf; ++k) {
            r->fcells[k] = fstr(r, r->fcol[k]);
            r->flens[k] = flen(r, r->fcol[k]);
        }
        if (!ctrend__filter_match(r->filter, r->fcells, r->flens)) return CTREND_OK;
    }
    if (total_row(r)) return CTREND_OK;
    int32_t month = 0;
    int64_t pk; /* >= 0: the date's day/month order is still open (pend_put) */
    int rc = parse_month(r, &month, &pk);
    if (rc) return rc;
    ++r->n_rows;
    rowkey key = {month, pk, 0, "", "", 0, 0, 0, 0};
    if ((rc = key_part(r, COL_GROUP, &key.g, &key.lg, &key.hg)) || (rc = key_part(r, COL_REGION, &key.rg, &key.lrg, &key.hrg)))
        return rc;
    if (r->shape == CTREND_SHAPE_LONG) { /* the metric's text must be UTF-8 too */
        const size_t j = r->col[COL_METRIC];
        if (j != NONE && r->fields[j].present && r->fields[j].hi && (rc = check_utf8(r, j, r->rec_start, "name")))
            return rc;
    }
    key.skip = pk < 0 && ((r->opt_from && month < r->opt_from) || (r->opt_to && month > r->opt_to));
    if (r->shape == CTREND_SHAPE_WIDE) return process_wide(r, &key);
    if (r->shape == CTREND_SHAPE_LONG) return process_long(r, &key);
    return process_event(r, &key);
}

/* ---------------------------------------------------------------- libcsv callbacks */

/* A header cell: its text appended to the row buffer with a NUL, its length in hlen[j]
 * (NONE: an empty unquoted cell, the name ""); no field record (a header of 10^7 names
 * holds 10^7 lengths, not 10^7 records). take_header makes the names of them. */
static void header_field(ctrend_reader *r, const void *s, size_t len)
{
    const size_t j = r->nfields;
    if (ctrend__rd_grow((void **)&r->hlen, &r->cap_hlen, j + 1, sizeof *r->hlen)) {
        ctrend__rd_nomem(r);
        return;
    }
    r->hlen[j] = NONE;
    if (s) {
        if (len >= NONE || ctrend__rd_grow((void **)&r->buf, &r->buf_cap, r->buf_len + len + 1, 1)) {
            ctrend__rd_nomem(r);
            return;
        }
        memcpy(r->buf + r->buf_len, s, len);
        r->buf[r->buf_len + len] = '\0';
        r->hlen[j] = len;
        r->buf_len += len + 1;
    }
    r->nfields = j + 1;
}

/* Everything ctrend__rd_on_field's fast path does not handle: the header and first data row (every
 * field copied), too many fields, text the fast paths decline, a full row buffer. */
static void on_field_general(ctrend_reader *r, void *s, size_t len)
{
    if (r->status) return;
    if (r->phase == PH_HEADER) {
        header_field(r, s, len);
        return;
    }
    const size_t j = r->nfields;
    if (r->phase != PH_HEADER && j >= r->ncols) {
        if (!s || !len) return; /* an empty trailing field (a trailing comma): ignored */
        ctrend__rd_fail(r, CTREND_ERAGGED, r->rec_start, (int64_t)j + 1,
             "expected %zu fields as in the header, got more", r->ncols);
        return;
    }
    if (ctrend__rd_grow((void **)&r->fields, &r->cap_fields, j + 1, sizeof *r->fields)) {
        ctrend__rd_nomem(r);
        return;
    }
    field *f = &r->fields[j];
    f->len = len;
    f->off = 0;
    f->present = 0;
    f->pre = 0;
    if (s && (r->copy_all || r->role[j] != R_IGNORE)) {
        if (ctrend__rd_grow((void **)&r->buf, &r->buf_cap, r->buf_len + len + 1, 1)) {
            ctrend__rd_nomem(r);
            return;
        }
        memcpy(r->buf + r->buf_len, s, len);
        r->buf[r->buf_len + len] = '\0';
        f->off = r->buf_len;
        f->present = 1;
        const size_t clen = strlen(r->buf + f->off);
        f->nul = clen < len;
        f->hash = ctrend__io_key_hash(r->buf + f->off, clen);
        f->hi = 1; /* unknown: check_utf8 scans (UTF-8, control bytes) */
        r->buf_len += len + 1;
    }
    r->nfields = j + 1;
}

/* libcsv's field callback. Once the shape is decided (copy_all = 0, the fields array has
 * ncols slots) each field is handled by its column's role: ignored columns are skipped,
 * the commonest dates and counts are converted here without copying the text (the general
 * way in process_row handles everything else, and every error), key columns are copied
 * into the row buffer when it has room. The rest goes to on_field_general. */
void ctrend__rd_on_field(void *s, size_t len, void *data)
{
    ctrend_reader *r = data;
    const size_t j = r->nfields;
    if (r->copy_all || r->status || j >= r->ncols || !s) {
        on_field_general(r, s, len);
        return;
    }
    field *f = &r->fields[j];
    if (r->role[j] == R_IGNORE) {
        f->present = 0;
        f->len = 0;
        f->pre = 0;
        r->nfields = j + 1;
        return;
    }
    switch (r->fast[j]) {
    case FAST_MONTH:
        if (!ctrend__io_fast_month(s, len, &f->month)) break;
        f->pre = FAST_MONTH;
        goto converted;
    case FAST_NUM:
        if (!ctrend__io_fast_uint(s, len, &f->val)) break;
        f->pre = FAST_NUM;
        goto converted;
    default: /* group, region, metric; a column with two roles */
        if (r->buf_len + len + 1 > r->buf_cap) break;
        {
            /* keys are short: a byte loop that also finds the first NUL beats memcpy + strlen */
            const char *src = s;
            char *dst = r->buf + r->buf_len;
            size_t k = 0;
            unsigned char any = 0; /* or of all bytes: bit 7 set = not ASCII */
            int ctl = 0;           /* a control byte: check_utf8 reports it */
            for (; k < len && src[k] != '\0'; ++k) { /* the C string */
                const unsigned char c = (unsigned char)src[k];
                dst[k] = src[k];
                any |= c;
                ctl |= c < 0x20 || c == 0x7f;
            }
            f->nul = k < len;
            f->hash = ctrend__io_key_hash(dst, k);
            ctl |= k < len; /* a NUL byte */
            for (; k < len; ++k) { /* bytes after a NUL (kept for the message) */
                dst[k] = src[k];
                any |= (unsigned char)src[k];
            }
            dst[len] = '\0';
            f->hi = (any & 0x80) || ctl;
        }
        f->off = r->buf_len;
        f->len = len;
        f->present = 1;
        f->pre = 0;
        r->buf_len += len + 1;
        r->nfields = j + 1;
        return;
    }
    on_field_general(r, s, len);
    return;
converted:
    f->present = 1;
    f->len = len;
    f->off = 0;
    r->nfields = j + 1;
}

/*
 * A row of event or wide data that ctrend__rd_fast_row converted whole (r->plain, every
 * field on a fast path, the date column's form YYYY-MM[-DD] known): what ctrend__rd_on_row
 * and process_row do for it, without their general cases. The row has the header's fields
 * (fast_row), is not the header or an HXL row (PH_DATA), passes no filter (there is none),
 * is no total row (its date is a month), has its month (no day/month order to wait for) and
 * its numbers (FAST_NUM values: valid counts, as parse_cell's first case); its key cells
 * were copied as printable ASCII (no UTF-8 to check, no NUL). What is left: the counters,
 * FROM..TO, the block, then the event (event_add) or each wide value (store, which also
 * reports a duplicate).
 */
static void plain_row(ctrend_reader *r)
{
    r->in_record = 0;
    if (!r->keys_same) r->keys_cur = 0; /* as ctrend__rd_on_row */
    ++r->n_seen;
    ++r->n_rows;
    const int32_t month = r->fields[r->col[COL_DATE]].month;
    if (!((r->opt_from && month < r->opt_from) || (r->opt_to && month > r->opt_to))) {
        rowkey key = {month, -1, 0, "", "", 0, 0, 0, 0};
        if (key_part(r, COL_GROUP, &key.g, &key.lg, &key.hg) == CTREND_OK &&
            key_part(r, COL_REGION, &key.rg, &key.lrg, &key.hrg) == CTREND_OK &&
            block_for(r, key.g, key.lg, key.hg, key.rg, key.lrg, key.hrg) == CTREND_OK) {
            if (r->shape == CTREND_SHAPE_EVENT) {
                double vals[16];
                for (size_t k = 0; k < r->n_sum; ++k) vals[k] = r->fields[r->sum_col[k]].val;
                (void)event_add(r, month, vals); /* an error is recorded in r->status */
            } else {
                const size_t first = r->kidx[r->cur];
                for (size_t k = 0; k < r->n_wide; ++k)
                    if (store(r, first + k, month, r->fields[r->wide_col[k]].val, r->wide_col[k])) break;
            }
        }
    }
    r->keys_same = 0;
    r->nfields = 0;
    r->buf_len = 0;
}

/* Copy p[0..len) to dst (room for len bytes) and tell whether every byte is printable ASCII
 * (0x20..0x7e): up to 16 bytes as two (possibly overlapping) words, tested 8 bytes at a time
 * (ctrend__io_word_odd); 4..7 bytes as two 4-byte words tested as one 8-byte word; 1..3
 * bytes as their first, middle and last byte, padded with spaces to a word. */
static inline int copy_printable(char *dst, const char *p, size_t len)
{
    if (len >= 8 && len <= 16) {
        const uint64_t a = ctrend__io_load64(p), b = ctrend__io_load64(p + len - 8);
        memcpy(dst, &a, 8);
        memcpy(dst + len - 8, &b, 8);
        return !ctrend__io_word_odd(a) && !ctrend__io_word_odd(b);
    }
    if (len >= 4 && len < 8) {
        const uint64_t a = ctrend__io_load32(p), b = ctrend__io_load32(p + len - 4);
        const uint32_t a32 = (uint32_t)a, b32 = (uint32_t)b;
        memcpy(dst, &a32, 4);
        memcpy(dst + len - 4, &b32, 4);
        return !ctrend__io_word_odd(a | b << 32);
    }
    if (len && len < 4) { /* the first, middle and last byte are all of them */
        const unsigned char c0 = (unsigned char)p[0], c1 = (unsigned char)p[len >> 1], c2 = (unsigned char)p[len - 1];
        dst[0] = (char)c0;
        dst[len >> 1] = (char)c1;
        dst[len - 1] = (char)c2;
        return !ctrend__io_word_odd(0x2020202020000000ULL | (uint64_t)c0 << 16 | (uint64_t)c1 << 8 | c2);
    }
    unsigned odd = 0;
    for (size_t k = 0; k < len; ++k) {
        const unsigned char c = (unsigned char)p[k];
        dst[k] = (char)c;
        odd |= (unsigned)(c - 0x20u) > 0x5eu; /* c < 0x20 or c >= 0x7f */
    }
    return !odd;
}

/* A blank as libcsv sees one: space or tab, unless it is the delimiter. */
static inline int blank(char c, char delim) { return (c == ' ' || c == '\t') && c != delim; }

/*
 * lines.c's fast path for one whole unquoted line s[0..n) (line end excluded) of a data row
 * with exactly ncols fields, the delimiters at cut[0..ncols-1) and the line's length at
 * cut[ncols - 1] (blanks = 0: the line holds no space or TAB, nothing to trim): the work of
 * ctrend__rd_on_field for each field (same trimming, same results) in one loop, then the
 * row. Ignored columns, dates, counts and short keys are handled inline; a "YYYY-MM-DD"
 * date whose "YYYY-MM-" equals the previous date cell's costs one 8-byte compare and the
 * day check (the month and its length are kept: date_key). A key cell holding the bytes
 * the previous row left at its place is kept with its hash (try_keep: a compile-time
 * constant in each of ctrend__rd_fast_row's two instances; keys_same tells row_lookup).
 * Anything else goes to ctrend__rd_on_field itself, so the results cannot differ.
 */
static inline __attribute__((always_inline)) int fast_row(ctrend_reader *r, const char *s, const size_t *cut,
                                                           int blanks, const int try_keep)
{
    const char d = r->delim;
    const size_t nc = r->ncols;
    size_t a = 0;
    int same = try_keep; /* every copied field kept from the previous row (keys_same) */
    int slow = 0;        /* a field went to ctrend__rd_on_field */
    for (size_t j = 0; j < nc; ++j) {
        size_t b = cut[j];
        const size_t next = b + 1;
        field *f = &r->fields[j];
        r->nfields = j;
        const unsigned kind = r->fast[j];
        if (kind == FAST_SKIP) { /* an ignored column */
            f->present = 0;
            f->len = 0;
            f->pre = 0;
            a = next;
            continue;
        }
        if (blanks) {
            while (a < b && blank(s[a], d)) ++a;
            while (b > a && blank(s[b - 1], d)) --b;
        }
        const char *p = s + a;
        const size_t len = b - a;
        a = next;
        /* an empty field (len 0) is common: cppcheck 2.10 wrongly deduces len > 0 here and
         * below (test_io_fastsplit's empty cells take both branches) */
        // cppcheck-suppress knownConditionTrueFalse
        if (!len) {
            same = 0;
            slow = 1;
            ctrend__rd_on_field(NULL, 0, r);
            if (r->status) break; /* the row failed: nothing more to do */
            continue;
        }
        if (kind == FAST_MONTH) {
            // cppcheck-suppress knownConditionTrueFalse
            if (len == 10) {
                uint64_t w;
                memcpy(&w, p, 8);
                const unsigned d0 = ctrend__io_dig(p, 8), d1 = ctrend__io_dig(p, 9);
                if (r->date_key_ok && w == r->date_key && d0 <= 9 && d1 <= 9) {
                    const int32_t day = (int32_t)(d0 * 10 + d1);
                    if (day >= 1 && day <= r->date_key_days) {
                        f->month = r->date_key_month;
                        goto month_done;
                    }
                }
                if (ctrend__io_fast_month(p, len, &f->month)) {
                    r->date_key = w;
                    r->date_key_month = f->month;
                    r->date_key_days = ctrend_month_days(f->month);
                    r->date_key_ok = 1;
                    goto month_done;
                }
            } else if (ctrend__io_fast_month(p, len, &f->month)) {
                goto month_done;
            }
            slow = 1;
            ctrend__rd_on_field((void *)(uintptr_t)p, len, r);
            if (r->status) break;
            continue;
        month_done:
            f->pre = FAST_MONTH;
            f->present = 1;
            f->len = len;
            f->off = 0;
            continue;
        }
        if (kind == FAST_NUM) {
            if (ctrend__io_fast_uint(p, len, &f->val)) {
                f->pre = FAST_NUM;
                f->present = 1;
                f->len = len;
                f->off = 0;
            } else {
                slow = 1;
                ctrend__rd_on_field((void *)(uintptr_t)p, len, r);
                if (r->status) break;
            }
            continue;
        }
        if (kind == FAST_NONE && r->buf_len + len + 1 <= r->buf_cap) {
            /* the previous row's record of this column describes these very bytes, at the
             * place this field goes (the fields before it were as long): kept, hash and
             * all. The bytes [off, off + len] were written by that row and by nothing
             * since: a row writes buf from 0 up, and this row's earlier fields end at off. */
            if (try_keep && f->len == len && f->off == r->buf_len && f->present && !f->pre && !f->hi && !f->nul) {
                if (same_bytes(r->buf + f->off, p, len)) {
                    r->buf_len += len + 1;
                    continue;
                }
            }
            same = 0;
            /* a key: copied, tested and hashed (ctrend__io_key_hash); a byte outside printable ASCII
             * (UTF-8, NUL, control) sends it to ctrend__rd_on_field, which checks it */
            char *dst = r->buf + r->buf_len;
            if (copy_printable(dst, p, len)) {
                dst[len] = '\0';
                f->nul = 0;
                f->hash = ctrend__io_key_hash(p, len);
                f->hi = 0;
                f->off = r->buf_len;
                f->len = len;
                f->present = 1;
                f->pre = 0;
                r->buf_len += len + 1;
                continue;
            }
        }
        same = 0;
        slow = 1;
        ctrend__rd_on_field((void *)(uintptr_t)p, len, r); /* the rest */
        if (r->status) break;
    }
    r->nfields = nc;
    r->keys_same = same;
    if (try_keep) r->keep_score = same ? (r->keep_score < 64 ? r->keep_score + 1 : 64) : (r->keep_score > 4 ? r->keep_score - 4 : 0);
    return slow;
}

/* Keeping the previous row's keys pays in sorted files (a panel: one series after another)
 * and costs a compare per key where keys change from row to row (events in date order), so
 * it is tried while it has mostly succeeded (keep_score > 0: 32 at the start, +1 a row kept,
 * -4 a row not kept, at most 64: on while keys stay for 5 rows or more on average) and on
 * every 64th row; the other rows run an instance without it. */
void ctrend__rd_fast_row(ctrend_reader *r, const char *s, const size_t *cut, int blanks)
{
    if (r->status) return; /* lines.c stops at a failure: never reached */
    const int slow = (r->keep_score > 0 || !(r->n_seen & 63)) ? fast_row(r, s, cut, blanks, 1) : fast_row(r, s, cut, blanks, 0);
    if (!slow && r->plain && r->phase == PH_DATA && r->date_form == CTREND__DF_MONTH) plain_row(r);
    else ctrend__rd_on_row('\n', r);
}

/* A record that stops before header columns without a name: those cells are empty. */
static int pad_row(ctrend_reader *r)
{
    if (ctrend__rd_grow((void **)&r->fields, &r->cap_fields, r->ncols, sizeof *r->fields)) return ctrend__rd_nomem(r);
    for (size_t j = r->nfields; j < r->ncols; ++j) r->fields[j] = (field){0};
    r->nfields = r->ncols;
    return CTREND_OK;
}

void ctrend__rd_on_row(int c, void *data)
{
    (void)c;
    ctrend_reader *r = data;
    r->in_record = 0;
    if (!r->keys_same) r->keys_cur = 0; /* the field records hold other keys now */
    if (r->status) {
        r->keys_same = 0;
        return;
    }
    if (r->phase == PH_HEADER) {
        if (take_header(r) == CTREND_OK) r->phase = PH_AFTER_HEADER;
    } else if (r->nfields < r->last_named) {
        ctrend__rd_fail(r, CTREND_ERAGGED, r->rec_start, (int64_t)r->nfields + 1,
             "expected %zu fields as in the header, got %zu", r->ncols, r->nfields);
    } else if (r->nfields < r->ncols && pad_row(r)) {
        /* out of memory (reported) */
    } else if (r->phase == PH_AFTER_HEADER && is_hxl_row(r)) {
        r->phase = PH_DATA; /* skip the HXL hashtag row */
    } else {
        r->phase = PH_DATA;
        const int first = r->copy_all;
        if (r->copy_all && decide_shape(r)) goto done;
        process_row(r);
        if (first && r->buf_cap > CSV_BLOCK) { /* the first row copied every cell (a wide row: */
            free(r->buf);                      /* 16 bytes a column); later rows copy keys only */
            r->buf = NULL;
            r->buf_cap = 0;
        }
    }
done:
    r->keys_same = 0;
    r->nfields = 0;
    r->buf_len = 0;
}

/* ---------------------------------------------------------------- end of input */

static int end_input(ctrend_reader *r)
{
    const int held = ctrend__rd_end_bytes(r);
    if (held) return held;
    if (r->phase == PH_HEADER) return ctrend__rd_fail(r, CTREND_EEMPTY, 0, 0, "empty input: no header and no data");
    if (r->n_rows == 0 && r->fcol && r->n_seen > r->n_skipped)
        return ctrend__rd_fail(r, CTREND_EEMPTY, 0, 0,
                    "the row filter (--where) left no row: %lld data rows read, none matched",
                    (long long)r->n_seen);
    if (r->n_rows == 0)
        return ctrend__rd_fail(r, CTREND_EEMPTY, 0, 0, "no data rows after the header%s",
                    r->n_skipped ? " (only total rows, which are skipped)" : "");
    if (r->pn) { /* every numeric date of the column read both ways */
        const ctrend__date *d = &r->amb_date;
        char a[CTREND_MONTH_STRLEN] = "", b[CTREND_MONTH_STRLEN] = "";
        int32_t ma, mb;
        if (!ctrend__date_numeric_month(d, CTREND__ORDER_DMY, &ma)) ctrend_month_format(ma, a, sizeof a);
        if (!ctrend__date_numeric_month(d, CTREND__ORDER_MDY, &mb)) ctrend_month_format(mb, b, sizeof b);
        return ctrend__rd_fail(r, CTREND_EPARSE, r->amb_line, (int64_t)r->col[COL_DATE] + 1,
                    "ambiguous dates: no day in this column exceeds 12, so \"%s\" reads as day/month/year "
                    "(%s) or as month/day/year (%s); choose with CTREND_READ_DATE_FORMAT, CLI "
                    "--date-format %%d%c%%m%c%%Y or --date-format %%m%c%%d%c%%Y",
                    r->amb_text, a, b, d->sep, d->sep, d->sep, d->sep);
    }
    if (r->shape == CTREND_SHAPE_EVENT) {
        /* event data: a month without events inside the span is a true zero */
        int32_t from = r->opt_from ? r->opt_from : r->ev_min;
        int32_t to = r->opt_to ? r->opt_to : r->ev_max;
        if (!(r->ev_any || (r->opt_from && r->opt_to)) || from > to) { /* no zero-fill */
            from = 1;
            to = 0;
        }
        return flush_windows(r, from, to);
    }
    return CTREND_OK;
}

int ctrend_reader_finish(ctrend_reader *r, ctrend_frame **out, ctrend_error *err)
{
    if (!r || !out) return ctrend_error_set(err, CTREND_EINVAL, NULL, 0, 0, NULL, "NULL reader or output");
    if (r->state == ST_READY) {
        const int rc = ctrend__rd_begin_input(r);
        if (rc) {
            ctrend__rd_reset_input(r);
            return ctrend__rd_report(r, rc, err);
        }
    }
    int rc = r->state == ST_FAILED ? r->status : end_input(r);
    if (rc == CTREND_OK) {
        *out = r->frame;
        r->frame = NULL;
    }
    ctrend__rd_reset_input(r);
    return ctrend__rd_report(r, rc, err);
}

