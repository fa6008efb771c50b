/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_io_keepkeys.c — the reader's unchanged-key shortcut (lib/io/reader.c, row_lookup and
 * ctrend__rd_fast_row's kept fields): a row whose key cells hold the previous row's bytes
 * takes the previous row's series without hashing or lookup. A differential test against
 * the libcsv-only path (CTREND_READ_FAST_SPLIT = 0, which never takes the shortcut): same
 * status, error record and frame bit for bit, on files built to catch a shortcut taken
 * wrongly — keys that differ in their last byte only, keys that return after others,
 * rows skipped by FROM/TO or by a filter between rows of other keys, empty, quoted, UTF-8
 * and NUL-holding key cells, a value's bound suffix (>=22: NAME@min) and a vintage column
 * (both part of the long key), random-order stretches that switch the shortcut off and
 * sorted stretches after them. Plus one file whose frame is checked by hand.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "test_util.h"
#include "getters.h"
#include "io_util.h"
#include <ctrend.h>

typedef struct outcome {
    int status;
    ctrend_error err;
    char msg[600];
    ctrend_frame *f;
} outcome;

typedef struct opts {
    int32_t from;      /* CTREND_READ_FROM, 0 = unset */
    const char *where; /* a row filter, or NULL */
    int dup;           /* DUPLICATES */
    int shape;         /* CTREND_READ_SHAPE */
} opts;

static outcome read_with(const char *buf, size_t len, size_t chunk, int fast, const opts *o)
{
    outcome out;
    memset(&out, 0, sizeof out);
    ctrend_reader *r = NULL;
    ctrend_filter *flt = NULL;
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_FAST_SPLIT, fast), CTREND_OK);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_SHAPE, o->shape), CTREND_OK);
    if (o->dup) assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_DUPLICATES, 1), CTREND_OK);
    if (o->from) assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_FROM, o->from), CTREND_OK);
    if (o->where) {
        assert_int_equal(ctrend_filter_new(&flt), CTREND_OK);
        assert_int_equal(ctrend_filter_add(flt, o->where), CTREND_OK);
        assert_int_equal(ctrend_reader_set_filter(r, flt), CTREND_OK);
    }
    /* the header line alone (the reader holds a first line to sniff its delimiter and hands
     * it and whatever came with it to libcsv), then the rows: whole, or in pieces */
    const char *nl = memchr(buf, '\n', len);
    const size_t head = nl ? (size_t)(nl - buf) + 1 : len;
    int rc = ctrend_reader_feed(r, buf, head);
    if (!chunk) chunk = len > head ? len - head : 1;
    for (size_t off = head; off < len && !rc; off += chunk)
        rc = ctrend_reader_feed(r, buf + off, len - off < chunk ? len - off : chunk);
    out.status = ctrend_reader_finish(r, &out.f, &out.err);
    snprintf(out.msg, sizeof out.msg, "%s", ctrend_reader_errmsg(r));
    ctrend_reader_free(r);
    ctrend_filter_free(flt);
    return out;
}

static size_t n_frames;

/* libcsv alone vs the fast splitter: the rows whole and in 7- and 61-byte pieces. */
static void compare(const char *what, const char *buf, size_t len, const opts *o)
{
    static const size_t chunks[] = {0, 7, 61};
    for (size_t k = 0; k < sizeof chunks / sizeof chunks[0]; ++k) {
        outcome slow = read_with(buf, len, chunks[k], 0, o);
        outcome fast = read_with(buf, len, chunks[k], 1, o);
        if (slow.status != fast.status || slow.err.line != fast.err.line ||
            slow.err.column != fast.err.column || strcmp(slow.msg, fast.msg) ||
            strcmp(slow.err.message, fast.err.message) || strcmp(slow.err.key, fast.err.key)) {
            print_error("%s (chunk %zu): libcsv %s %lld:%lld \"%s\"; fast %s %lld:%lld \"%s\"\n", what,
                        chunks[k], ctrend_status_name(slow.status), (long long)slow.err.line,
                        (long long)slow.err.column, slow.msg, ctrend_status_name(fast.status),
                        (long long)fast.err.line, (long long)fast.err.column, fast.msg);
            fail();
        }
        if (slow.status == CTREND_OK) {
            assert_same_frame(slow.f, fast.f, what);
            ++n_frames;
        }
        ctrend_frame_free(slow.f);
        ctrend_frame_free(fast.f);
    }
}

static uint64_t g_rng = 0x9e3779b97f4a7c15ULL;
static unsigned rnd(unsigned n)
{
    g_rng ^= g_rng << 13; /* xorshift64 (Marsaglia 2003) */
    g_rng ^= g_rng >> 7;
    g_rng ^= g_rng << 17;
    return (unsigned)(g_rng % n);
}

/* The hand-checked file: a region that changes alone, a group that changes alone, keys
 * that differ in their last byte, a key that comes back after others, a row skipped by
 * FROM between rows of other keys (a shortcut taken from the row before the skipped one
 * would put 9 under A/X). */
static void test_known(void **state)
{
    (void)state;
    static const char csv[] = "month,group,region,attacks\n"
                              "2022-01,A,X,1\n2022-02,A,X,2\n"
                              "2022-01,A,Y,3\n2022-02,A,Y,4\n"
                              "2022-01,B,Y,5\n2022-03,B,Y,6\n"
                              "2021-06,C,Y,8\n2022-02,C,Y,9\n"
                              "2022-03,A,X,7\n"
                              "2022-01,S001,R1,10\n2022-01,S002,R1,11\n2022-02,S002,R1,12\n";
    const opts o = {2022 * 12, NULL, 0, CTREND_SHAPE_AUTO}; /* FROM 2022-01 */
    compare("known", csv, sizeof csv - 1, &o);
    outcome r = read_with(csv, sizeof csv - 1, 0, 1, &o);
    assert_int_equal(r.status, CTREND_OK);
    /* series in first-sight order: A/X, A/Y, B/Y, C/Y, S001/R1, S002/R1; months 2022-01..03 */
    static const char *const g[] = {"A", "A", "B", "C", "S001", "S002"};
    static const char *const rg[] = {"X", "Y", "Y", "Y", "R1", "R1"};
    const double want[6][3] = {{1, 2, 7}, {3, 4, NAN}, {5, NAN, 6}, {NAN, 9, NAN}, {10, NAN, NAN}, {11, 12, NAN}};
    assert_int_equal(ctrend_frame_n_series(r.f), 6);
    assert_int_equal(ctrend_frame_n_months(r.f), 3);
    for (size_t i = 0; i < 6; ++i) {
        assert_string_equal(tg_frame_group(r.f, i), g[i]);
        assert_string_equal(tg_frame_region(r.f, i), rg[i]);
        double v[3];
        assert_int_equal(ctrend_frame_values(r.f, i, v, 3, NULL), CTREND_OK);
        for (size_t m = 0; m < 3; ++m) {
            if (isnan(want[i][m])) assert_true(isnan(v[m]));
            else assert_true(v[m] == want[i][m]);
        }
    }
    ctrend_frame_free(r.f);
}

/* Long data: the bound suffix and the vintage column change the series under unchanged
 * key cells (attacks, then attacks@min, then attacks again). */
static void test_long_suffixes(void **state)
{
    (void)state;
    static const char bounds[] = "month,group,metric,value\n"
                                 "2022-01,A,attacks,5\n2022-02,A,attacks,>=22\n2022-03,A,attacks,7\n"
                                 "2022-04,A,attacks,<=9\n2022-05,A,attacks,~3\n2022-06,A,attacks,4\n";
    const opts o = {0, NULL, 0, CTREND_SHAPE_AUTO};
    compare("long bounds", bounds, sizeof bounds - 1, &o);
    outcome r = read_with(bounds, sizeof bounds - 1, 0, 1, &o);
    assert_int_equal(r.status, CTREND_OK);
    assert_int_equal(ctrend_frame_n_series(r.f), 4); /* attacks, @min, @max, @about */
    assert_string_equal(tg_frame_metric(r.f, 0), "attacks");
    assert_string_equal(tg_frame_metric(r.f, 1), "attacks@min");
    double v[6];
    assert_int_equal(ctrend_frame_values(r.f, 0, v, 6, NULL), CTREND_OK);
    assert_true(v[0] == 5 && isnan(v[1]) && v[2] == 7 && v[5] == 4); /* 4 under attacks, not @about */
    ctrend_frame_free(r.f);
    static const char vint[] = "month,group,metric,value,vintage\n"
                               "2022-01,A,attacks,5,2022-02-01\n2022-01,A,attacks,6,2022-03-01\n"
                               "2022-02,A,attacks,7,2022-03-01\n2022-02,A,attacks,8,\n2022-03,A,attacks,9,\n";
    compare("long vintages", vint, sizeof vint - 1, &o);
    r = read_with(vint, sizeof vint - 1, 0, 1, &o);
    assert_int_equal(r.status, CTREND_OK);
    assert_int_equal(ctrend_frame_n_series(r.f), 3); /* @2022-02-01, @2022-03-01, undated */
    ctrend_frame_free(r.f);
}

/* Random files: 300, or the first 60 of the same stream under memcheck (tests/valgrind.sh sets
 * CTREND_SKIP_HUGE; 300 files are 5 400 reads, ~35 s there): every shape, NUL cell (one file
 * in 10) and option set still comes up, each many times. */
static int n_random_files(void) { return getenv("CTREND_SKIP_HUGE") ? 60 : 300; }

/* Random sorted and shuffled stretches with every kind of cell the shortcut must notice. */
static void test_random(void **state)
{
    (void)state;
    static const char *const G[] = {"A", "B", "AB", "S0001", "S0002", "S0010", "K\xc3\xa9n", "\"Q,1\"", ""};
    static const char *const R[] = {"X", "Y", "XY", "R1", "R2"};
    static const char *const SRC[] = {"ok", "ok", "ok", "no"};
    sbuf b = {NULL, 0, 0};
    for (int file = 0; file < n_random_files(); ++file) {
        const int shape = (int)rnd(3); /* 0 wide, 1 long, 2 event */
        b.n = 0;
        if (shape == 0) sbuf_put(&b, "month,group,region,source,attacks,deaths\n");
        else if (shape == 1) sbuf_put(&b, "month,group,region,source,metric,value\n");
        else sbuf_put(&b, "date,group,region,source,fatalities\n");
        const int nblocks = 1 + (int)rnd(12);
        for (int blk = 0; blk < nblocks; ++blk) {
            const int sorted = rnd(3) != 0, len = 1 + (int)rnd(90);
            unsigned gi = rnd(9), ri = rnd(5);
            for (int i = 0; i < len; ++i) {
                if (!sorted || !rnd(20)) {
                    gi = rnd(9);
                    ri = rnd(5);
                }
                const char *g = G[gi];
                if (file % 10 == 0 && !rnd(200)) g = "N\\0L"; /* replaced by a NUL byte below */
                const unsigned y = 2019 + rnd(4), mo = 1 + rnd(12);
                const char *src = SRC[rnd(4)];
                const size_t at = b.n;
                if (shape == 2)
                    sbuf_put(&b, "%u-%02u-%02u,%s,%s,%s,%u\n", y, mo, 1 + rnd(28), g, R[ri], src, rnd(5));
                else if (shape == 1)
                    sbuf_put(&b, "%u-%02u,%s,%s,%s,%s,%s%u\n", y, mo, g, R[ri], src, rnd(2) ? "attacks" : "deaths",
                        rnd(30) ? "" : ">=", rnd(50));
                else
                    sbuf_put(&b, "%u-%02u,%s,%s,%s,%u,%u\n", y, mo, g, R[ri], src, rnd(50), rnd(9));
                char *nul = strstr(b.s + at, "\\0");
                if (nul) nul[0] = '\0', nul[1] = 'L';
            }
        }
        char what[64];
        snprintf(what, sizeof what, "random file %d (shape %d)", file, shape);
        const opts plain = {0, NULL, 1, shape == 0 ? CTREND_SHAPE_WIDE : shape == 1 ? CTREND_SHAPE_LONG : CTREND_SHAPE_EVENT};
        compare(what, b.s, b.n, &plain);
        opts skip = plain;
        skip.from = 2021 * 12;
        compare(what, b.s, b.n, &skip);
        opts filt = plain;
        filt.where = "source == \"ok\"";
        compare(what, b.s, b.n, &filt);
    }
    free(b.s);
}

static void test_count(void **state)
{
    (void)state;
    print_message("%zu frames compared\n", n_frames);
    /* most random files parse whole (duplicates summed): 1 815 frames with 300 files (the
     * 9 of the fixed files included), 396 with 60 */
    assert_true(n_frames > (size_t)n_random_files() * 10 / 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_known),
        cmocka_unit_test(test_long_suffixes),
        cmocka_unit_test(test_random),
        cmocka_unit_test(test_count),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
