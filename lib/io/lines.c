/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * lines.c — the reader's input bytes and lines: the UTF-8 BOM, the delimiter sniffed from the
 * header line, physical line numbers, MAX_RECORD, and the split of lines into fields: whole
 * unquoted lines by the reader itself (fast_lines, split_line), everything else by libcsv.
 * See reader.c's comment for the line-numbering method.
 */
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include "reader_internal.h"
#include "chunk.h"

/* Bytes handed to feed at a time by ctrend_reader_read_file. */
#define READ_CHUNK ((size_t)64 * 1024)
/* Delimiters a line may hold for fast_lines (more: split_line, memchr per field). */
#define FAST_MAX_CUTS 64
/* Bytes of the header line held for sniffing at most (a longer header is sniffed on these). */
#define SNIFF_MAX ((size_t)64 * 1024)

static const unsigned char BOM[3] = {0xEF, 0xBB, 0xBF};

static int csv_failure(ctrend_reader *r, int at_end)
{
    const int e = csv_error(&r->csv);
    if (e == CSV_ENOMEM || e == CSV_ETOOBIG) return ctrend__rd_nomem(r);
    return ctrend__rd_fail(r, CTREND_EPARSE, r->rec_start, (int64_t)r->nfields + 1,
                at_end ? "unterminated quoted field at end of input"
                       : "malformed quoting: a quote inside an unquoted field, or text after a "
                         "closing quote (write a literal quote as \"\" inside a quoted field)");
}

/* A blank as libcsv sees one: space or tab, unless it is the delimiter. */
static int is_blank(char c, char delim) { return (c == ' ' || c == '\t') && c != delim; }

/*
 * The fast path: one whole line s[0..n) (its line end included) holding no quote, while
 * libcsv holds no partial record. It is tokenised here exactly as libcsv 3.0.3's csv_parse
 * would with CSV_STRICT | CSV_EMPTY_IS_NULL and its default blank handling, and the same
 * callbacks are called with the same arguments, so everything downstream (values, errors,
 * lines, columns) is unchanged:
 *  - a line of blanks only gives no row (libcsv skips blanks in ROW_NOT_BEGUN and drops
 *    the empty row);
 *  - otherwise every delimiter ends a field, and so does the line end; each field loses
 *    its leading blanks (FIELD_NOT_BEGUN skips them) and its trailing ones (libcsv counts
 *    them in `spaces` and takes them off at SUBMIT_FIELD); an empty field arrives as NULL
 *    (CSV_EMPTY_IS_NULL); then the row callback.
 * Without a quote no CSV_STRICT error can occur, and nothing is copied: the callbacks read
 * the text in place (they never read s[len], which libcsv's CSV_APPEND_NULL would make a
 * NUL). Delimiters are found with memchr, which scans a word at a time.
 */
static void split_line(ctrend_reader *r, const char *s, size_t n)
{
    const char d = r->delim;
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r')) --n; /* the line end */
    size_t i = 0;
    while (i < n && is_blank(s[i], d)) ++i;
    if (i == n) return;
    for (;;) {
        while (i < n && is_blank(s[i], d)) ++i;
        const char *e = memchr(s + i, d, n - i);
        const size_t end = e ? (size_t)(e - s) : n;
        size_t t = end;
        while (t > i && is_blank(s[t - 1], d)) --t;
        ctrend__rd_on_field(t > i ? (void *)(uintptr_t)(s + i) : NULL, t - i, r);
        if (!e) break;
        i = end + 1;
    }
    ctrend__rd_on_row('\n', r);
}

/* Field s[a..b) of a line, trimmed of libcsv's blanks, to ctrend__rd_on_field (NULL when empty). */
static void fast_field(ctrend_reader *r, const char *s, size_t a, size_t b)
{
    const char d = r->delim;
    while (a < b && is_blank(s[a], d)) ++a;
    while (b > a && is_blank(s[b - 1], d)) --b;
    ctrend__rd_on_field(b > a ? (void *)(uintptr_t)(s + a) : NULL, b - a, r);
}

/* One line found by fast_lines: s[0..k) without its LF, nc delimiters at cut[]; blanks = 0
 * when no byte of it is a space or a TAB (nothing to trim, no blank line). feed_data's
 * record start (a byte other than blank, CR, LF), libcsv's "a line of blanks is no row",
 * then the fields: ctrend__rd_fast_row once the shape is known and the count of fields is
 * the header's, else one ctrend__rd_on_field per field. */
static void fast_line(ctrend_reader *r, const char *s, size_t k, size_t *cut, size_t nc, int blanks)
{
    const char d = r->delim;
    size_t i = 0;
    if (blanks) while (i < k && (s[i] == ' ' || s[i] == '\t')) ++i; /* feed_data's test, whatever the delimiter */
    if (i < k) {
        r->rec_start = r->line;
        r->in_record = 1;
    }
    i = 0;
    if (blanks) while (i < k && is_blank(s[i], d)) ++i; /* libcsv's: a line of blanks is no row */
    if (i < k) {
        if (!r->copy_all && nc + 1 == r->ncols) {
            cut[nc] = k; /* where the last field ends (cut has FAST_MAX_CUTS + 1 places) */
            ctrend__rd_fast_row(r, s, cut, blanks);
        } else {
            size_t a = 0;
            for (size_t j = 0; j < nc; ++j) {
                fast_field(r, s, a, cut[j]);
                a = cut[j] + 1;
            }
            fast_field(r, s, a, k);
            ctrend__rd_on_row('\n', r);
        }
    }
    r->line += 1;
}

/* fast_lines' step at a structural byte buf[at]: a delimiter is recorded, a LF ends the
 * line at *start (fast_line). 1 = stop and return *start (a quote or CR, too many fields, a
 * line longer than max, an error after the line), 0 = go on. */
static inline int structural(ctrend_reader *r, const char *buf, size_t at, unsigned is_delim, size_t *cut,
                             size_t *nc, size_t *start, uint64_t max, size_t blank_end)
{
    if (is_delim) {
        if (*nc == FAST_MAX_CUTS) return 1;
        cut[(*nc)++] = at - *start;
        return 0;
    }
    if (buf[at] != '\n' || (uint64_t)(at - *start) + 1 > max) return 1;
    fast_line(r, buf + *start, at - *start, cut, *nc, blank_end > *start);
    *start = at + 1;
    *nc = 0;
    return r->status != 0;
}

/*
 * The fast path over many lines at once: while libcsv holds nothing, each whole line that
 * ends in LF and holds no quote and no CR is handled here (fast_line), the delimiters found
 * on the way, with split_line's rules and feed_data's bookkeeping (a line longer than
 * MAX_RECORD, more than FAST_MAX_CUTS delimiters, a quote, a CR or an unfinished line stops
 * the loop and goes the general way, which reports or handles it). Returns the bytes
 * consumed (whole lines).
 * The bytes are classified 16 at a time with SSE2 (part of every x86-64 CPU): four byte
 * compares give a bit mask of the structural bytes (LF, quote, CR, the delimiter), whose set
 * bits are visited in order (count trailing zeros), as simdjson's and simdcsv's structural
 * index does (G. Langdale, D. Lemire, "Parsing gigabytes of JSON per second", VLDB Journal
 * 28, 2019, section 3.1). Elsewhere, and for the last bytes of the buffer, one look-up per
 * byte in a 256-entry class table. Two more compares find the spaces and TABs: blank_end is
 * one past the last one seen in the blocks classified so far (every byte of a line is
 * classified before its LF is visited), so a line that starts at or after blank_end holds
 * none and fast_line skips its trimming; the per-byte loop sets blank_end to the buffer's
 * end (trim, as if every line held blanks).
 */
static size_t fast_lines(ctrend_reader *r, const char *buf, size_t len)
{
    const char d = r->delim;
    const uint64_t max = r->opt_max_record ? (uint64_t)r->opt_max_record : CTREND_READ_MAX_RECORD_DEFAULT;
    if (r->cls_delim != (unsigned char)d) { /* byte classes: 0 text, 1 delimiter, 2 stop */
        memset(r->cls, 0, sizeof r->cls);
        r->cls['\n'] = r->cls['"'] = r->cls['\r'] = 2;
        r->cls[(unsigned char)d] = 1;
        r->cls_delim = (unsigned char)d;
    }
    const unsigned char *cls = r->cls;
    size_t cut[FAST_MAX_CUTS + 1];
    size_t start = 0, nc = 0; /* the current line starts at buf + start; its delimiters so far */
    size_t pos = 0, blank_end = 0;
#ifdef __SSE2__
    const __m128i vnl = _mm_set1_epi8('\n'), vq = _mm_set1_epi8('"'), vcr = _mm_set1_epi8('\r'),
                  vd = _mm_set1_epi8(d), vsp = _mm_set1_epi8(' '), vtab = _mm_set1_epi8('\t');
    for (; pos + 16 <= len; pos += 16) {
        const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(buf + pos));
        const unsigned dm = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, vd));
        const unsigned sm = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, vnl), _mm_cmpeq_epi8(x, vq)), _mm_cmpeq_epi8(x, vcr)));
        const unsigned bm = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(x, vsp), _mm_cmpeq_epi8(x, vtab)));
        if (bm) blank_end = pos + 32 - (size_t)__builtin_clz(bm); /* one past its highest set bit */
        for (unsigned all = dm | sm; all; all &= all - 1) {
            const unsigned bit = (unsigned)__builtin_ctz(all);
            if (structural(r, buf, pos + bit, (dm >> bit) & 1u, cut, &nc, &start, max, blank_end)) return start;
        }
    }
#endif
    blank_end = len;
    for (; pos < len; ++pos) { /* one table look-up per byte */
        const unsigned char t = cls[(unsigned char)buf[pos]];
        if (t && structural(r, buf, pos, t == 1, cut, &nc, &start, max, blank_end)) return start;
    }
    return start;
}

/* Hand buf to libcsv in segments that end at each line end: CR, LF, or CRLF (one line;
 * r->prev_cr carries a CR that ended the previous call, so a CRLF split between two feed
 * calls is counted once). libcsv ends a record at any CR or LF outside quotes, so every
 * record starts in a fresh segment and callbacks inside a segment belong to r->line. */
static int feed_data(ctrend_reader *r, const char *buf, size_t len)
{
    const char *cr = NULL; /* the next CR at or after buf (buf + len: none); NULL: not looked */
    while (len) {
        if (r->csv_idle && r->opt_fast_split && !r->prev_cr) {
            const size_t done = fast_lines(r, buf, len);
            if (r->status) return r->status;
            buf += done;
            len -= done;
            if (!len) break;
        }
        if (!cr || cr < buf) {
            cr = memchr(buf, '\r', len);
            if (!cr) cr = buf + len;
        }
        const size_t to_cr = (size_t)(cr - buf); /* len when there is no CR */
        const char *nl = memchr(buf, '\n', to_cr);
        size_t seg = len;
        int bump = 0;
        if (nl) {
            seg = (size_t)(nl - buf) + 1;
            bump = !(r->prev_cr && seg == 1); /* the LF of a CRLF split across feed calls */
            r->prev_cr = 0;
        } else if (to_cr < len) {
            seg = to_cr + 1;
            bump = 1;
            if (seg < len && buf[seg] == '\n') ++seg; /* CRLF: one line */
            r->prev_cr = buf[seg - 1] == '\r';
        } else {
            r->prev_cr = 0;
        }
        if (!r->in_record) {
            r->rec_bytes = 0;
            for (size_t k = 0; k < seg; ++k) {
                const char c = buf[k];
                if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                    r->rec_start = r->line;
                    r->in_record = 1;
                    break;
                }
            }
        }
        /* a record (a line, or lines joined by quotes) longer than MAX_RECORD stops the input
         * before libcsv buffers it: memory stays bounded on a file without line ends */
        const uint64_t max = r->opt_max_record ? (uint64_t)r->opt_max_record : CTREND_READ_MAX_RECORD_DEFAULT;
        if (r->in_record && (r->rec_bytes += seg) > max)
            return ctrend__rd_fail(r, CTREND_EPARSE, r->rec_start, 0,
                        "a record longer than %llu bytes (a file without line ends, or an unclosed "
                        "quote?); raise the limit with CTREND_READ_MAX_RECORD, CLI --max-record BYTES",
                        (unsigned long long)max);
        const int term = buf[seg - 1] == '\n' || buf[seg - 1] == '\r';
        if (r->csv_idle && term && r->opt_fast_split && !memchr(buf, '"', seg)) {
            split_line(r, buf, seg);
        } else {
            const size_t done = csv_parse(&r->csv, buf, seg, ctrend__rd_on_field, ctrend__rd_on_row, r);
            if (r->status) return r->status;
            if (done < seg) return csv_failure(r, 0);
            r->csv_idle = term && !r->in_record;
        }
        if (r->status) return r->status;
        r->line += bump;
        buf += seg;
        len -= seg;
    }
    return CTREND_OK;
}

/* The delimiter: ',' when the held header bytes have one outside quotes, else the most
 * frequent of ; TAB | (ties in that order; ',' when none occurs). Preferring ',' keeps every
 * comma file read as before, whatever else its header holds. The held bytes then go to
 * libcsv. */
static int sniff_decide(ctrend_reader *r)
{
    static const char cand[4] = {',', ';', '\t', '|'};
    size_t count[4] = {0, 0, 0, 0};
    int quoted = 0;
    for (size_t i = 0; i < r->sniff_len; ++i) {
        const char c = r->sniff[i];
        if (c == '"') quoted = !quoted;
        else if (!quoted)
            for (size_t k = 0; k < 4; ++k) count[k] += c == cand[k];
    }
    size_t best = 0;
    for (size_t k = 1; k < 4 && !count[0]; ++k)
        if (count[k] > count[best]) best = k;
    r->delim = cand[best];
    csv_set_delim(&r->csv, (unsigned char)r->delim);
    r->sniffed = 1;
    const int rc = feed_data(r, r->sniff, r->sniff_len);
    free(r->sniff);
    r->sniff = NULL;
    r->sniff_len = r->sniff_cap = 0;
    return rc;
}

/* feed_data, after holding back the header line until the delimiter is known. The quote
 * state and "some text seen" of the held bytes are carried (sniff_quoted, sniff_text), so
 * feeding a long header byte by byte stays linear. */
static int feed_text(ctrend_reader *r, const char *buf, size_t len)
{
    if (r->sniffed) return feed_data(r, buf, len);
    size_t take = len;
    int done = 0;
    for (size_t i = 0; i < len; ++i) {
        const char c = buf[i];
        if (c == '"') r->sniff_quoted = !r->sniff_quoted;
        if (!r->sniff_quoted && (c == '\n' || c == '\r') && r->sniff_text) {
            take = i; /* a line end after some text ends the header (blank lines do not) */
            done = 1;
            break;
        }
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') r->sniff_text = 1;
    }
    if (!done && r->sniff_len + take > SNIFF_MAX) {
        take = SNIFF_MAX > r->sniff_len ? SNIFF_MAX - r->sniff_len : 0;
        done = 1;
    }
    if (ctrend__rd_grow((void **)&r->sniff, &r->sniff_cap, r->sniff_len + take + 1, 1)) return ctrend__rd_nomem(r);
    if (take) memcpy(r->sniff + r->sniff_len, buf, take);
    r->sniff_len += take;
    if (!done) return CTREND_OK;
    const int rc = sniff_decide(r);
    if (rc) return rc;
    return feed_data(r, buf + take, len - take);
}

int ctrend_reader_feed(ctrend_reader *r, const char *buf, size_t len)
{
    if (!r || (!buf && len)) return CTREND_EINVAL;
    if (r->state == ST_FAILED) return r->status;
    if (r->state == ST_READY) {
        const int rc = ctrend__rd_begin_input(r);
        if (rc) return rc;
    }
    if (!r->bom_done) {
        while (len && r->bom_n < 3 && (unsigned char)*buf == BOM[r->bom_n]) {
            ++r->bom_n;
            ++buf;
            --len;
        }
        if (r->bom_n == 3) {
            r->bom_done = 1;
        } else if (len) {
            r->bom_done = 1;
            const int rc = feed_text(r, (const char *)BOM, r->bom_n);
            if (rc) return rc;
        }
    }
    return feed_text(r, buf, len);
}

int ctrend_reader_read_file(ctrend_reader *r, const char *path, ctrend_frame **out, ctrend_error *err)
{
    if (!r || !path || !out) return ctrend_error_set(err, CTREND_EINVAL, NULL, 0, 0, NULL, "NULL reader, path or output");
    if (r->state != ST_READY)
        return ctrend_error_set(err, CTREND_EINVAL, NULL, 0, 0, NULL, "another input is in progress");
    int rc = ctrend__rd_begin_input(r);
    if (rc) {
        ctrend__rd_reset_input(r);
        return ctrend__rd_report(r, rc, err);
    }
    r->path_source = ctrend__strdup(strcmp(path, "-") ? path : "<stdin>");
    if (!r->path_source) {
        rc = ctrend__rd_nomem(r);
        ctrend__rd_reset_input(r);
        return ctrend__rd_report(r, rc, err);
    }
    if (!r->chunk && !(r->chunk = malloc(READ_CHUNK))) {
        rc = ctrend__rd_nomem(r);
        ctrend__rd_reset_input(r);
        return ctrend__rd_report(r, rc, err);
    }
    if (ctrend__chunk_read_file(r, path)) /* a large regular file: in chunks on all cores */
        return ctrend_reader_finish(r, out, err);
    ctrend__source src;
    char msg[256];
    rc = ctrend__source_open(path, &src, msg, sizeof msg);
    if (rc) {
        if (rc == CTREND_ENOMEM) ctrend__rd_nomem(r);
        else ctrend__rd_fail(r, rc, 0, 0, "%s", msg);
        return ctrend_reader_finish(r, out, err);
    }
    for (;;) {
        size_t n = 0;
        if ((rc = ctrend__source_read(&src, r->chunk, READ_CHUNK, &n, msg, sizeof msg))) {
            if (rc == CTREND_ENOMEM) ctrend__rd_nomem(r);
            else ctrend__rd_fail(r, rc, 0, 0, "%s", msg);
            break;
        }
        if (!n || ctrend_reader_feed(r, r->chunk, n)) break;
    }
    ctrend__source_close(&src);
    return ctrend_reader_finish(r, out, err);
}

/* End of input for the byte layer: a held BOM prefix and the held header line go to libcsv,
 * then csv_fini ends its last record. The first error, or CTREND_OK. */
int ctrend__rd_end_bytes(ctrend_reader *r)
{
    if (!r->bom_done) {
        r->bom_done = 1;
        const int rc = feed_text(r, (const char *)BOM, r->bom_n);
        if (rc) return rc;
    }
    if (!r->sniffed) {
        const int rc = sniff_decide(r);
        if (rc) return rc;
    }
    if (csv_fini(&r->csv, ctrend__rd_on_field, ctrend__rd_on_row, r) != 0 && !r->status) return csv_failure(r, 1);
    if (r->status) return r->status;
    return CTREND_OK;
}
