/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_io_chunk.c — the parallel chunked read (lib/io/chunk.c) against the serial reader,
 * a differential test: for every input, CTREND_READ_THREADS = 2 and 3 at several
 * CTREND_READ_CHUNK_BYTES must give what THREADS = 1 gives: the same status, the same error
 * record (file, line, column, key, message) and errmsg, the same skipped total rows (count
 * and lines), and the same frame bit for bit (series keys in order, calendar, every value).
 *
 * Inputs, written to a temporary directory (read_file needs a path):
 *  - generated event files (random order of dates, keys with UTF-8, NA and empty sums, two
 *    sum columns, total rows, blank and CRLF lines, a last line without LF) and long files
 *    (each (series, month) once in random order; with DUPLICATES = 1 repeated rows), read
 *    plain and with FROM/TO and a row filter: the chunked path must have been taken
 *    (ctrend__reader_chunks_merged > 0), and the frames must agree with the serial reader's,
 *    whose own values are checked against hand-computed counts on a small file;
 *  - keyed wide files (a panel: sorted or shuffled, gaps, NA, duplicates summed or refused),
 *    which take the chunked path, and an unkeyed wide file, which must not; the default
 *    chunk size (size / 8 within [256 KiB, 4 MiB]) and the size from which it engages;
 *  - an event file with quoted cells holding delimiters, line ends (LF and CRLF) and "": the
 *    cuts must fall outside quotes (the chunked path taken at every chunk size);
 *  - the same files with one bad line inserted early, in the middle or at the end (a bad
 *    number, a bad date, a ragged row, a quote inside a field, an unclosed quote, text after a
 *    closing quote, a duplicate (series, month) far from the first): the earliest error in
 *    file order must be reported as the serial reader does;
 *  - the hostile corpus tests/bad_input/<case>/ at chunk sizes 1, 3 and 16 bytes.
 * Chunk sizes of the generated files: 1 (once), 5, 7, 64, 301 and 4096 bytes (lines are ~40).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "test_util.h"
#include "getters.h"
#include "io_util.h"
#include <ctrend.h>

/* lib/io/chunk.h (internal): chunks merged by the last read_file. */
int64_t ctrend__reader_chunks_merged(const ctrend_reader *r);

static char g_dir[256];

typedef struct outcome {
    int status;
    ctrend_error err;
    char msg[600];
    int64_t n_skipped, skipped[CTREND_READ_SKIPPED_KEPT];
    int64_t merged;
    ctrend_frame *f;
} outcome;

typedef struct setup {
    const char *opts; /* tests/bad_input options file, or NULL */
    int dup;          /* DUPLICATES */
    int32_t from, to; /* 0 = not set */
    const char *sum1, *sum2;
    const char *where; /* filter expression, or NULL */
} setup;

static outcome read_path(const char *path, const setup *su, int64_t threads, int64_t chunk)
{
    outcome o;
    memset(&o, 0, sizeof o);
    ctrend_reader *r = NULL;
    ctrend_filter *flt = NULL;
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    if (su->opts) apply_options(r, su->opts);
    if (su->dup) assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_DUPLICATES, 1), CTREND_OK);
    if (su->from) assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_FROM, su->from), CTREND_OK);
    if (su->to) assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_TO, su->to), CTREND_OK);
    if (su->sum1) assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_SUM_COL, su->sum1), CTREND_OK);
    if (su->sum2) assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_SUM_COL, su->sum2), CTREND_OK);
    if (su->where) {
        assert_int_equal(ctrend_filter_new(&flt), CTREND_OK);
        assert_int_equal(ctrend_filter_add(flt, su->where), CTREND_OK);
        assert_int_equal(ctrend_reader_set_filter(r, flt), CTREND_OK);
    }
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_THREADS, threads), CTREND_OK);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_CHUNK_BYTES, chunk), CTREND_OK);
    o.status = ctrend_reader_read_file(r, path, &o.f, &o.err);
    snprintf(o.msg, sizeof o.msg, "%s", ctrend_reader_errmsg(r));
    o.n_skipped = ctrend_reader_n_skipped(r);
    for (int64_t k = 0; k < CTREND_READ_SKIPPED_KEPT; ++k) o.skipped[k] = ctrend_reader_skipped_line(r, k);
    o.merged = ctrend__reader_chunks_merged(r);
    ctrend_reader_free(r);
    ctrend_filter_free(flt);
    return o;
}

static void assert_same_outcome(const outcome *s, const outcome *p, const char *what)
{
    if (s->status != p->status || s->err.line != p->err.line || s->err.column != p->err.column ||
        strcmp(s->msg, p->msg) || strcmp(s->err.message, p->err.message) || strcmp(s->err.key, p->err.key) ||
        strcmp(s->err.file, p->err.file)) {
        print_error("%s: serial %s %lld:%lld \"%s\"; chunked %s %lld:%lld \"%s\"\n", what,
                    ctrend_status_name(s->status), (long long)s->err.line, (long long)s->err.column, s->msg,
                    ctrend_status_name(p->status), (long long)p->err.line, (long long)p->err.column, p->msg);
        fail();
    }
    assert_int_equal(s->n_skipped, p->n_skipped);
    for (int64_t k = 0; k < CTREND_READ_SKIPPED_KEPT; ++k) assert_int_equal(s->skipped[k], p->skipped[k]);
    if (s->status == CTREND_OK) assert_same_frame(s->f, p->f, what);
}

/* Serial vs THREADS 2, 3 at each chunk size; returns how many chunked reads merged chunks. */
static size_t compare(const char *path, const setup *su, const int64_t *chunks, size_t nch, const char *what)
{
    outcome s = read_path(path, su, 1, 0);
    assert_int_equal(s.merged, 0);
    size_t engaged = 0;
    for (size_t c = 0; c < nch; ++c)
        for (int64_t t = 2; t <= 3; ++t) {
            outcome p = read_path(path, su, t, chunks[c]);
            char w[512];
            snprintf(w, sizeof w, "%s (threads %lld, chunk %lld)", what, (long long)t, (long long)chunks[c]);
            assert_same_outcome(&s, &p, w);
            engaged += p.merged > 0;
            ctrend_frame_free(p.f);
        }
    ctrend_frame_free(s.f);
    return engaged;
}

/* ---------------------------------------------------------------- generated files */

static uint64_t g_rng;
static unsigned rnd(unsigned n)
{
    g_rng = g_rng * 6364136223846793005ULL + 1442695040888963407ULL;
    return (unsigned)((g_rng >> 33) % n);
}

static void write_file(const char *path, const char *s, size_t n)
{
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    assert_int_equal(fwrite(s, 1, n, fp), n);
    assert_int_equal(fclose(fp), 0);
}

static int g_quotes; /* gen_events: some lines with quoted cells */

static const char *const GROUPS[] = {"TTP", "BLA", "K\xc3\xa9n", "ISKP", "LeJ"};
static const char *const REGIONS[] = {"Sindh", "Punjab", "KP", "Balochistan"};

/* An event file of n rows (lines may be blank, CRLF, total rows). `bad` >= 0: row index
 * after which bad line `badtext` is inserted. No final LF when nolf. */
static void gen_events(sbuf *b, size_t n, long bad, const char *badtext, int nolf)
{
    b->n = 0;
    sbuf_put(b, "date,group,region,fatalities,injured,note\n");
    for (size_t i = 0; i < n; ++i) {
        if ((long)i == bad) sbuf_put(b, "%s\n", badtext);
        const unsigned k = rnd(100);
        if (k == 0) { sbuf_put(b, "\n"); continue; }
        if (k == 1) { sbuf_put(b, "Total,,,%u,,\n", rnd(1000)); continue; }
        const unsigned y = 2001 + rnd(6), m = 1 + rnd(12), d = 1 + rnd(28);
        const char *g = GROUPS[rnd(5)], *rg = REGIONS[rnd(4)];
        char f[16], inj[16];
        const unsigned fv = rnd(10);
        if (fv == 0) strcpy(f, "NA");
        else if (fv == 1) f[0] = '\0';
        else snprintf(f, sizeof f, "%u", rnd(40));
        snprintf(inj, sizeof inj, "%u", rnd(7));
        if (g_quotes && k >= 4 && k < 10) { /* quoted cells: a delimiter, a line end, "" inside */
            static const char *const notes[] = {"\"a, b\"", "\"two\nlines\"", "\"say \"\"hi\"\"\"",
                                                "\"\"", "\"x\r\ny\"", "\"\"\"\"\"\""};
            sbuf_put(b, "\"%04u-%02u-%02u\",%s,\"%s\",%s,%s,%s\n", y, m, d, g, rg, f, inj, notes[k - 4]);
            continue;
        }
        sbuf_put(b, "%04u-%02u-%02u,%s,%s,%s,%s,n%u%s", y, m, d, g, rg, f, k == 2 ? "" : inj, rnd(9),
            k == 3 ? "\r\n" : "\n");
    }
    if (nolf && b->n && b->s[b->n - 1] == '\n') --b->n;
}

/* The lines of a generated file in random order (Fisher-Yates). */
static void shuffle(char (*lines)[96], size_t nl)
{
    for (size_t i = nl; i > 1; --i) {
        const size_t j = rnd((unsigned)i);
        char t[96];
        memcpy(t, lines[i - 1], sizeof t);
        memcpy(lines[i - 1], lines[j], sizeof t);
        memcpy(lines[j], t, sizeof t);
    }
}

/* A long file: each (group, region, metric, month) at most once, in random order; with
 * `repeat`, every third line again somewhere later (for DUPLICATES = 1). */
static void gen_long(sbuf *b, long bad, const char *badtext, int repeat)
{
    static const char *const METRICS[] = {"attacks", "deaths"};
    size_t nl = 0, cap = 4096;
    char (*lines)[96] = malloc(cap * sizeof *lines);
    assert_non_null(lines);
    for (unsigned mo = 0; mo < 36; ++mo)
        for (unsigned g = 0; g < 5; ++g)
            for (unsigned rg = 0; rg < 4; ++rg)
                for (unsigned me = 0; me < 2; ++me) {
                    if (rnd(10) < 3) continue;
                    if (nl + 2 > cap) {
                        cap *= 2;
                        lines = realloc(lines, cap * sizeof *lines);
                        assert_non_null(lines);
                    }
                    const unsigned v = rnd(12);
                    char vs[16];
                    if (v == 0) strcpy(vs, "NA");
                    else snprintf(vs, sizeof vs, "%u", rnd(500));
                    snprintf(lines[nl++], sizeof lines[0], "%04u-%02u,%s,%s,%s,%s", 2010 + mo / 12, mo % 12 + 1,
                             GROUPS[g], REGIONS[rg], METRICS[me], vs);
                    if (repeat && nl % 3 == 0) {
                        snprintf(lines[nl], sizeof lines[0], "%04u-%02u,%s,%s,%s,%u", 2010 + mo / 12, mo % 12 + 1,
                                 GROUPS[g], REGIONS[rg], METRICS[me], rnd(9));
                        ++nl;
                    }
                }
    shuffle(lines, nl);
    b->n = 0;
    sbuf_put(b, "month,group,region,metric,value\n");
    for (size_t i = 0; i < nl; ++i) {
        if ((long)i == bad) sbuf_put(b, "%s\n", badtext);
        sbuf_put(b, "%s\n", lines[i]);
    }
    free(lines);
}

/* A keyed wide file (a panel: month, group, region, two metrics): each series' months in
 * order, series after series when `sorted`, else the rows shuffled; about 3 rows in 10
 * left out (months nobody reported), NA and empty cells; with `repeat`, every fifth row
 * again later with other counts (for DUPLICATES = 1). */
static void gen_wide(sbuf *b, int sorted, int repeat)
{
    size_t nl = 0, cap = 4096;
    char (*lines)[96] = malloc(cap * sizeof *lines);
    assert_non_null(lines);
    for (unsigned g = 0; g < 5; ++g)
        for (unsigned rg = 0; rg < 4; ++rg)
            for (unsigned mo = 0; mo < 48; ++mo) {
                if (rnd(10) < 3) continue;
                if (nl + 2 > cap) {
                    cap *= 2;
                    lines = realloc(lines, cap * sizeof *lines);
                    assert_non_null(lines);
                }
                const unsigned k = rnd(15);
                char d[16];
                if (k == 0) strcpy(d, "NA");
                else if (k == 1) d[0] = '\0';
                else snprintf(d, sizeof d, "%u", rnd(90));
                snprintf(lines[nl++], sizeof lines[0], "%04u-%02u,%s,%s,%u,%s", 2015 + mo / 12, mo % 12 + 1,
                         GROUPS[g], REGIONS[rg], rnd(400), d);
                if (repeat && nl % 5 == 0)
                    snprintf(lines[nl++], sizeof lines[0], "%04u-%02u,%s,%s,%u,%u", 2015 + mo / 12, mo % 12 + 1,
                             GROUPS[g], REGIONS[rg], rnd(9), rnd(9));
            }
    if (!sorted) shuffle(lines, nl);
    b->n = 0;
    sbuf_put(b, "month,group,region,attacks,deaths\n");
    for (size_t i = 0; i < nl; ++i) sbuf_put(b, "%s\n", lines[i]);
    free(lines);
}

static const int64_t CHUNKS[] = {5, 64, 301, 4096}; /* 5: one line per chunk */

/* Rows of the generated event files: 3000, or 600 under memcheck (tests/valgrind.sh sets
 * CTREND_SKIP_HUGE; the 3000-row files make this program's ~60 s there, test_errors' 30
 * files read 6 times each most of it). 600 rows (~24 KB) are still 80 chunks of 301 bytes
 * and 6 of 4096: a first, middle and last chunk at every size, every line and cell kind. */
static size_t n_event_rows(void) { return getenv("CTREND_SKIP_HUGE") ? 600 : 3000; }
#define NCH (sizeof CHUNKS / sizeof CHUNKS[0])

static void test_events_clean(void **state)
{
    (void)state;
    char path[512];
    snprintf(path, sizeof path, "%s/events.csv", g_dir);
    sbuf b = {NULL, 0, 0};
    const setup plain = {NULL, 0, 0, 0, "fatalities", "injured", NULL};
    const setup span = {NULL, 0, 2002 * 12 + 2, 2005 * 12 + 6, "fatalities", NULL, NULL};
    const setup where = {NULL, 0, 0, 0, "fatalities", NULL, "group == \"TTP\" or region ~ \"a\""};
    const setup nosum = {NULL, 0, 0, 0, NULL, NULL, NULL};
    for (int rep = 0; rep < 2; ++rep) {
        g_rng = 11u + (uint64_t)rep;
        gen_events(&b, n_event_rows(), -1, NULL, rep == 1);
        write_file(path, b.s, b.n);
        size_t eng = compare(path, &plain, CHUNKS, NCH, "events");
        assert_int_equal(eng, 2 * NCH); /* every chunked read merged chunks */
        assert_true(compare(path, &span, CHUNKS + 1, 2, "events FROM/TO") > 0);
        assert_true(compare(path, &where, CHUNKS + 1, 2, "events --where") > 0);
        assert_true(compare(path, &nosum, CHUNKS + 2, 1, "events, no sum") > 0);
        if (rep == 1) { /* one line per chunk at 1 byte: every line a chunk boundary */
            const int64_t one = 1;
            assert_int_equal(compare(path, &plain, &one, 1, "events, 1-byte chunks"), 2);
        }
    }
    free(b.s);
}

/* Quoted cells (delimiters, line ends and "" inside): cuts fall outside quotes only. */
static void test_events_quoted(void **state)
{
    (void)state;
    char path[512];
    snprintf(path, sizeof path, "%s/events.csv", g_dir);
    sbuf b = {NULL, 0, 0};
    const setup plain = {NULL, 0, 0, 0, "fatalities", "injured", NULL};
    const int64_t ch[] = {1, 5, 64, 301, 4096};
    g_quotes = 1;
    g_rng = 21;
    gen_events(&b, n_event_rows(), -1, NULL, 0);
    g_quotes = 0;
    write_file(path, b.s, b.n);
    assert_int_equal(compare(path, &plain, ch, 5, "events, quoted cells"), 10);
    free(b.s);
}

/* The serial reader's own result on a small file, by hand: what the chunked reads match. */
static void test_events_known(void **state)
{
    (void)state;
    char path[512];
    snprintf(path, sizeof path, "%s/known.csv", g_dir);
    /* 2022-01: A 3 events (fatalities 1 + 2 + NA = 3), 2022-03: A 1 event (5); B 2022-02: 1
     * event (NA only: missing); A 2022-02 has none: a true 0 (zero-filled), B 2022-01 and
     * 2022-03: 0. Lines 7 is a total row. */
    static const char csv[] = "date,group,fatalities\n2022-01-05,A,1\n2022-03-09,A,5\n2022-01-20,A,2\n"
                              "2022-02-11,B,NA\n2022-01-31,A,NA\nTotal,,8\n";
    write_file(path, csv, sizeof csv - 1);
    const setup su = {NULL, 0, 0, 0, "fatalities", NULL, NULL};
    const int64_t ch[] = {1, 5};
    assert_int_equal(compare(path, &su, ch, 2, "known"), 4);
    outcome o = read_path(path, &su, 2, 1);
    assert_int_equal(o.status, CTREND_OK);
    assert_int_equal(o.n_skipped, 1);
    assert_int_equal(o.skipped[0], 7);
    const double want[4][3] = {{3, 0, 1}, {3, 0, 5}, {0, 1, 0}, {NAN, NAN, NAN}};
    /* series order: A/events, A/fatalities, B/events, B/fatalities */
    assert_int_equal(ctrend_frame_n_series(o.f), 4);
    assert_int_equal(ctrend_frame_n_months(o.f), 3);
    for (size_t i = 0; i < 4; ++i) {
        double v[3];
        assert_int_equal(ctrend_frame_values(o.f, i, v, 3, NULL), CTREND_OK);
        for (size_t m = 0; m < 3; ++m) {
            if (i == 3) {
                if (m == 1) assert_true(isnan(v[m]));
                else assert_true(v[m] == 0.0);
            } else {
                assert_true(v[m] == want[i][m]);
            }
        }
    }
    assert_string_equal(tg_frame_metric(o.f, 3), "fatalities");
    assert_string_equal(tg_frame_group(o.f, 2), "B");
    ctrend_frame_free(o.f);
}

static void test_long_clean(void **state)
{
    (void)state;
    char path[512];
    snprintf(path, sizeof path, "%s/long.csv", g_dir);
    sbuf b = {NULL, 0, 0};
    const setup plain = {NULL, 0, 0, 0, NULL, NULL, NULL};
    const setup dup = {NULL, 1, 0, 0, NULL, NULL, NULL};
    const setup span = {NULL, 0, 2010 * 12 + 5, 2011 * 12 + 9, NULL, NULL, "metric == \"deaths\""};
    g_rng = 5;
    gen_long(&b, -1, NULL, 0);
    write_file(path, b.s, b.n);
    assert_int_equal(compare(path, &plain, CHUNKS, NCH, "long"), 2 * NCH);
    assert_true(compare(path, &span, CHUNKS + 2, 1, "long FROM/TO --where") > 0);
    gen_long(&b, -1, NULL, 1);
    write_file(path, b.s, b.n);
    assert_int_equal(compare(path, &dup, CHUNKS, NCH, "long, duplicates summed"), 2 * NCH);
    /* the same file without DUPLICATES = 1: the serial reader's duplicate error */
    assert_int_equal(compare(path, &plain, CHUNKS + 1, 3, "long, duplicates refused"), 0);
    free(b.s);
}

/* Keyed wide data (a panel) is merged like long data; unkeyed wide data stays serial. */
static void test_wide(void **state)
{
    (void)state;
    char path[512];
    snprintf(path, sizeof path, "%s/wide.csv", g_dir);
    sbuf b = {NULL, 0, 0};
    const setup plain = {NULL, 0, 0, 0, NULL, NULL, NULL};
    const setup dup = {NULL, 1, 0, 0, NULL, NULL, NULL};
    const setup span = {NULL, 0, 2016 * 12 + 3, 2017 * 12 + 10, NULL, NULL, "region ~ \"a\""};
    for (int sorted = 0; sorted < 2; ++sorted) {
        g_rng = 31u + (uint64_t)sorted;
        gen_wide(&b, sorted, 0);
        write_file(path, b.s, b.n);
        assert_int_equal(compare(path, &plain, CHUNKS, NCH, sorted ? "wide, sorted" : "wide, shuffled"), 2 * NCH);
        assert_true(compare(path, &span, CHUNKS + 1, 2, "wide FROM/TO --where") > 0);
        gen_wide(&b, sorted, 1);
        write_file(path, b.s, b.n);
        assert_int_equal(compare(path, &dup, CHUNKS, NCH, "wide, duplicates summed"), 2 * NCH);
        /* without DUPLICATES = 1: the serial reader's duplicate error, never a merged frame
         * (sorted: the repeat is the next row, in the same chunk unless a cut falls between) */
        outcome s = read_path(path, &plain, 1, 0);
        assert_int_equal(s.status, CTREND_EDUPLICATE);
        (void)compare(path, &plain, CHUNKS + 1, 3, "wide, duplicates refused");
    }
    /* no key column: every row writes the same series, read serially */
    b.n = 0;
    sbuf_put(&b, "month,attacks,deaths\n");
    for (unsigned mo = 0; mo < 400; ++mo) sbuf_put(&b, "%04u-%02u,%u,%u\n", 1990 + mo / 12, mo % 12 + 1, rnd(50), rnd(9));
    write_file(path, b.s, b.n);
    assert_int_equal(compare(path, &plain, CHUNKS + 1, 3, "wide, no key"), 0);
    free(b.s);
}

/* CTREND_READ_CHUNK_BYTES = 0: size / 8 rounded up to 64 KiB, within [256 KiB, 4 MiB]. */
uint64_t ctrend__chunk_default_bytes(uint64_t size);

static void test_default_chunk(void **state)
{
    (void)state;
    /* 10 833 664 / 8 = 1 354 208 -> 21 x 65 536 = 1 376 256 (the bench panel of 2000 series) */
    assert_int_equal(ctrend__chunk_default_bytes(10833664), 1376256);
    assert_int_equal(ctrend__chunk_default_bytes(16 * 65536), 262144);      /* 131 072 -> the floor */
    assert_int_equal(ctrend__chunk_default_bytes(16 * 300000), 655360);     /* 600 000 -> 10 x 65 536 */
    assert_int_equal(ctrend__chunk_default_bytes((uint64_t)1 << 30), 4194304); /* 64 MiB -> the cap */
    assert_int_equal(ctrend__chunk_default_bytes(0), 262144);
    /* a file of 4 x 256 KiB or more is read in chunks by default; a smaller one serially */
    char path[512];
    snprintf(path, sizeof path, "%s/wide.csv", g_dir);
    sbuf b = {NULL, 0, 0};
    sbuf_put(&b, "month,group,region,attacks\n");
    for (unsigned s = 0; b.n < ((size_t)1 << 20) + 4096; ++s)
        for (unsigned mo = 0; mo < 240; ++mo)
            sbuf_put(&b, "%04u-%02u,S%06u,R%02u,%u\n", 2000 + mo / 12, mo % 12 + 1, s, s % 7, (s * 7 + mo * 3) % 23);
    write_file(path, b.s, b.n);
    const setup plain = {NULL, 0, 0, 0, NULL, NULL, NULL};
    const int64_t zero = 0;
    assert_int_equal(compare(path, &plain, &zero, 1, "1 MiB panel, default chunks"), 2);
    outcome o = read_path(path, &plain, 2, 0);
    /* 1 056 078 bytes; the prefix reads the header (27 bytes) and the first row (22): the
     * other 1 056 029 are 4 chunks of 262 144 (each extended to its line end) and a rest */
    assert_int_equal(b.n, 1056078);
    assert_int_equal(o.merged, 5);
    ctrend_frame_free(o.f);
    b.n = 1000000; /* cut at a line end: 4 default chunks would need 1 MiB */
    while (b.s[b.n - 1] != '\n') --b.n;
    write_file(path, b.s, b.n);
    assert_int_equal(compare(path, &plain, &zero, 1, "1 MB panel, default chunks"), 0);
    free(b.s);
}

static void test_errors(void **state)
{
    (void)state;
    static const char *const bad_events[] = {
        "2003-04-05,TTP,KP,12x,1,n", "2003-13-05,TTP,KP,1,1,n", "2003-04-05,TTP,KP", "2003-04-05,TT\"P,KP,1,1,n",
        "2003-04-05,\"TTP,KP,1,1,n", "2003-04-05,\"TTP\"x,KP,1,1,n",
        "2003-04-05,TTP,KP,1,1,n,extra", "2003-04-05,TT\x01P,KP,1,1,n", "05/04/2003,TTP,KP,1,1,n",
        "2003-04-05,TTP,KP,1.5,1,n"};
    static const char *const bad_long[] = {"2010-04,TTP,KP,attacks,-3", "2010-04,TTP,KP,,4",
                                           "2010-04,TTP,KP,attacks,2010-04,TTP"};
    /* the bad line early, in the middle, before the last row (3000 rows: 1, 1500, 2999);
     * in the ~1000-line long files at 0, 500, 999 */
    const long rows = (long)n_event_rows(), at[] = {1, rows / 2, rows - 1}, at_long[] = {0, 500, 999};
    char path[512];
    snprintf(path, sizeof path, "%s/bad.csv", g_dir);
    sbuf b = {NULL, 0, 0};
    const setup su = {NULL, 0, 0, 0, "fatalities", "injured", NULL};
    const int64_t ch[] = {7, 301};
    for (size_t k = 0; k < sizeof bad_events / sizeof bad_events[0]; ++k)
        for (size_t a = 0; a < 3; ++a) {
            g_rng = 99;
            gen_events(&b, (size_t)rows, at[a], bad_events[k], 0);
            write_file(path, b.s, b.n);
            char w[128];
            snprintf(w, sizeof w, "events, bad line %zu at row %ld", k, at[a]);
            outcome o = read_path(path, &su, 1, 0);
            assert_int_not_equal(o.status, CTREND_OK);
            (void)compare(path, &su, ch, 2, w); /* falls back: the serial error */
        }
    const setup pl = {NULL, 0, 0, 0, NULL, NULL, NULL};
    for (size_t k = 0; k < sizeof bad_long / sizeof bad_long[0]; ++k)
        for (size_t a = 0; a < 3; ++a) {
            g_rng = 7;
            gen_long(&b, at_long[a], bad_long[k], 0);
            write_file(path, b.s, b.n);
            char w[128];
            snprintf(w, sizeof w, "long, bad line %zu at row %ld", k, at_long[a]);
            outcome o = read_path(path, &pl, 1, 0);
            assert_int_not_equal(o.status, CTREND_OK);
            assert_int_equal(compare(path, &pl, ch, 2, w), 0);
        }
    /* a duplicate far from its first row (another chunk): the serial reader's message */
    g_rng = 7;
    gen_long(&b, -1, NULL, 0);
    const char *first = strchr(b.s, '\n') + 1;
    const char *end = strchr(first, '\n');
    char line[128];
    snprintf(line, sizeof line, "%.*s\n", (int)(end - first), first);
    sbuf_put(&b, "%s", line);
    write_file(path, b.s, b.n);
    outcome s = read_path(path, &pl, 1, 0);
    assert_int_equal(s.status, CTREND_EDUPLICATE);
    assert_true(compare(path, &pl, ch, 2, "long, cross-chunk duplicate") == 0);
    free(b.s);
}

static void test_bad_corpus(void **state)
{
    (void)state;
    const char *corpus = "tests/bad_input";
    DIR *d = opendir(corpus);
    assert_non_null(d);
    const struct dirent *e;
    size_t n = 0;
    const int64_t ch[] = {1, 3, 16};
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        char in[600], opts[600];
        snprintf(in, sizeof in, "%s/%s/input.csv", corpus, e->d_name);
        snprintf(opts, sizeof opts, "%s/%s/options", corpus, e->d_name);
        if (access(in, R_OK)) continue;
        const setup su = {access(opts, R_OK) ? NULL : opts, 0, 0, 0, NULL, NULL, NULL};
        (void)compare(in, &su, ch, 3, e->d_name);
        ++n;
    }
    closedir(d);
    assert_true(n >= 40);
}

static int setup_dir(void **state)
{
    (void)state;
    const char *tmp = getenv("TMPDIR");
    snprintf(g_dir, sizeof g_dir, "%s/ctrend_chunk_XXXXXX", tmp && *tmp ? tmp : "/tmp");
    return mkdtemp(g_dir) ? 0 : -1;
}

static int teardown_dir(void **state)
{
    (void)state;
    static const char *const names[] = {"events.csv", "known.csv", "long.csv", "bad.csv", "wide.csv"};
    for (size_t k = 0; k < sizeof names / sizeof names[0]; ++k) {
        char p[600];
        snprintf(p, sizeof p, "%s/%s", g_dir, names[k]);
        (void)remove(p);
    }
    return rmdir(g_dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_events_known), cmocka_unit_test(test_events_clean),
        cmocka_unit_test(test_events_quoted),
        cmocka_unit_test(test_long_clean),   cmocka_unit_test(test_wide),
        cmocka_unit_test(test_default_chunk), cmocka_unit_test(test_errors),
        cmocka_unit_test(test_bad_corpus),
    };
    return cmocka_run_group_tests(tests, setup_dir, teardown_dir);
}
