/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_io_fastsplit.c — the reader's fast field splitter (unquoted lines, memchr) against
 * libcsv alone (CTREND_READ_FAST_SPLIT = 0), a differential test: for every input both must
 * give the same status, the same error record (file, line, column, key, message), the same
 * errmsg, and the same frame bit for bit (series keys in order, calendar, every value's bits).
 *
 * Inputs: the io fixtures (the .csv files of tests/data/io, tests/data/io/invalid/<case>/), the hostile
 * corpus (tests/bad_input/<case>/, with its options files), the real data sets
 * (the .csv files of datasets/), each read whole and in 1-, 2-, 7- and 61-byte chunks (a chunk end in
 * the middle of a line hands the rest of that line to libcsv, so both paths meet at every
 * kind of boundary); and 3000 random files from a fixed seed mixing what the splitter must
 * get exactly right: blanks around fields and blank-only lines, empty fields, tab, ';' and
 * '|' and ' ' delimiters, quoted fields (some with line ends or "" inside), CR, LF and CRLF
 * line ends, NUL and control bytes, keys of 1..40 bytes with a control, DEL or non-ASCII
 * byte anywhere in some, ragged rows, bad numbers, duplicates, a missing final line end.
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

static int g_dup; /* random files: DUPLICATES = 1 (sum) for most, so that many parse whole */
static const char *g_sum[3]; /* random event files: the SUM_COL columns (NULL-ended) */
static int32_t g_from, g_to;  /* random event files: FROM, TO (0: not set) */

static outcome read_with(const char *buf, size_t len, size_t chunk, int fast, const char *opts)
{
    outcome o;
    memset(&o, 0, sizeof o);
    ctrend_reader *r = NULL;
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    if (opts) apply_options(r, opts);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_FAST_SPLIT, fast), CTREND_OK);
    if (g_dup) assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_DUPLICATES, 1), CTREND_OK);
    for (int k = 0; k < 3 && g_sum[k]; ++k) assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_SUM_COL, g_sum[k]), CTREND_OK);
    if (g_from) assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_FROM, g_from), CTREND_OK);
    if (g_to) assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_TO, g_to), CTREND_OK);
    int rc = CTREND_OK;
    if (!chunk) chunk = len ? len : 1;
    for (size_t off = 0; off < len && !rc; off += chunk)
        rc = ctrend_reader_feed(r, buf + off, len - off < chunk ? len - off : chunk);
    o.status = ctrend_reader_finish(r, &o.f, &o.err);
    if (rc) assert_int_equal(o.status, rc);
    snprintf(o.msg, sizeof o.msg, "%s", ctrend_reader_errmsg(r));
    ctrend_reader_free(r);
    return o;
}

static size_t n_compared, n_ok;

static void compare(const char *what, const char *buf, size_t len, const char *opts)
{
    static const size_t chunks[] = {0, 1, 2, 7, 61};
    for (size_t k = 0; k < sizeof chunks / sizeof chunks[0]; ++k) {
        if (chunks[k] && chunks[k] < 7 && len > 20000) continue; /* big files: whole and 7, 61 */
        outcome slow = read_with(buf, len, chunks[k], 0, opts);
        outcome fast = read_with(buf, len, chunks[k], 1, opts);
        if (slow.status != fast.status || slow.err.line != fast.err.line ||
            slow.err.column != fast.err.column || strcmp(slow.msg, fast.msg) ||
            strcmp(slow.err.message, fast.err.message) || strcmp(slow.err.key, fast.err.key) ||
            strcmp(slow.err.file, fast.err.file)) {
            print_error("%s (chunk %zu): libcsv %s %lld:%lld \"%s\"; fast %s %lld:%lld \"%s\"\n", what,
                        chunks[k], ctrend_status_name(slow.status), (long long)slow.err.line,
                        (long long)slow.err.column, slow.msg, ctrend_status_name(fast.status),
                        (long long)fast.err.line, (long long)fast.err.column, fast.msg);
            fail();
        }
        if (slow.status == CTREND_OK) {
            assert_same_frame(slow.f, fast.f, what);
            ++n_ok;
        }
        ctrend_frame_free(slow.f);
        ctrend_frame_free(fast.f);
        ++n_compared;
    }
}

static char *slurp(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    assert_non_null(buf);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n, fp)) > 0) {
        n += got;
        if (n == cap) {
            buf = realloc(buf, cap *= 2);
            assert_non_null(buf);
        }
    }
    fclose(fp);
    *len = n;
    return buf;
}

static void compare_file(const char *path, const char *opts)
{
    size_t len;
    char *buf = slurp(path, &len);
    if (!buf) return;
    compare(path, buf, len, opts);
    free(buf);
}

/* Every <dir>/<case>/input.csv with its optional options file; or every .csv file of <dir>. */
static size_t compare_dir(const char *dir, int cases)
{
    DIR *d = opendir(dir);
    if (!d) return 0;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        char path[768], opts[768];
        if (cases) {
            snprintf(path, sizeof path, "%s/%s/input.csv", dir, e->d_name);
            snprintf(opts, sizeof opts, "%s/%s/options", dir, e->d_name);
            FILE *fp = fopen(opts, "r");
            if (fp) fclose(fp);
            compare_file(path, fp ? opts : NULL);
        } else {
            const size_t l = strlen(e->d_name);
            if (l < 4 || strcmp(e->d_name + l - 4, ".csv")) continue;
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            compare_file(path, NULL);
        }
        ++n;
    }
    closedir(d);
    return n;
}

static void test_fixtures_and_corpora(void **state)
{
    (void)state;
    assert_true(compare_dir("tests/data/io", 0) >= 5);
    assert_true(compare_dir("tests/data/io/invalid", 1) >= 40);
    assert_true(compare_dir("tests/bad_input", 1) >= 40);
    assert_true(compare_dir("datasets", 0) >= 3);
}

/* xorshift64*: a fixed sequence, so a failure reproduces. */
static uint64_t rng_state = 0x9e3779b97f4a7c15ULL;
static uint32_t rnd(uint32_t n)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return (uint32_t)((rng_state * 2685821657736338717ULL) >> 33) % n;
}

static void put(char **b, size_t *n, size_t *cap, const char *s, size_t l)
{
    if (*n + l + 1 > *cap) {
        while (*n + l + 1 > *cap) *cap *= 2;
        *b = realloc(*b, *cap);
        assert_non_null(*b);
    }
    memcpy(*b + *n, s, l);
    *n += l;
}

static void cell(char **b, size_t *n, size_t *cap, int col, int row)
{
    static const char *const blanks[] = {"", "", "", " ", "\t", "  "};
    static const char *const groups[] = {"TTP", "IS", "a b", "", "TTP\t", "x\x01y", "\xc3\xa9t\xc3\xa9", "#t"};
    static const char *const values[] = {"1", "12", "0", "", "NA", "1e3", "7 ", "42", "305", "2",
                                         "3.5", "12x", "-1", "9007199254740993"}; /* the last 4: errors */
    char tmp[64];
    put(b, n, cap, blanks[rnd(6)], 0);
    const char *pre = blanks[rnd(6)];
    put(b, n, cap, pre, strlen(pre));
    const uint32_t q = rnd(12);
    if (col == 0) {
        const int m = 1 + (row / (1 + (int)rnd(3))) % 12;
        snprintf(tmp, sizeof tmp, rnd(200) ? "2022-%02d" : "2022-%02d-31", m);
        if (!rnd(40)) snprintf(tmp, sizeof tmp, "Total");
    } else if (col == 1 && !rnd(6)) { /* a key of 1..40 bytes (the reader copies and tests 1..3,
                                        * 4..7, 8..16 bytes as words), now and then one byte
                                        * outside printable ASCII somewhere in it */
        static const char odd[] = {'\x01', '\x1f', '\x7f', '\x80', '\xc3', '\xff'};
        const size_t len = 1 + rnd(40);
        for (size_t k = 0; k < len; ++k) tmp[k] = (char)('A' + rnd(26));
        if (!rnd(4)) tmp[rnd((uint32_t)len)] = odd[rnd(6)];
        tmp[len] = '\0';
    } else if (col == 1) {
        snprintf(tmp, sizeof tmp, "%s", groups[rnd(40) ? rnd(5) : 5 + rnd(3)]);
    } else {
        snprintf(tmp, sizeof tmp, "%s", values[rnd(60) ? rnd(10) : 10 + rnd(4)]);
    }
    if (q == 0) { /* quoted, maybe with a line end or a doubled quote inside */
        put(b, n, cap, "\"", 1);
        put(b, n, cap, tmp, strlen(tmp));
        if (col == 1 && !rnd(3)) { /* inside a name: a line end or a doubled quote */
            const int nl = (int)rnd(2);
            put(b, n, cap, nl ? "\n" : "\"\"", nl ? 1 : 2);
        }
        put(b, n, cap, "\"", 1);
    } else if (q == 1 && !rnd(30)) { /* a stray quote: malformed */
        put(b, n, cap, "a\"b", 3);
    } else {
        put(b, n, cap, tmp, strlen(tmp));
    }
    const char *post = blanks[rnd(6)];
    put(b, n, cap, post, strlen(post));
}

static void test_random_files(void **state)
{
    (void)state;
    static const char delims[] = {',', ',', ',', ';', '\t', '|', ' '};
    static const char *const ends[] = {"\n", "\r\n", "\r"};
    size_t cap = 4096;
    char *b = malloc(cap);
    assert_non_null(b);
    for (int file = 0; file < 3000; ++file) {
        size_t n = 0;
        const char d = delims[rnd(7)];
        const char *end = ends[rnd(3)];
        const int ncol = 2 + (int)rnd(3);
        char dl[2] = {d, 0};
        static const char *const names[] = {"month", "group", "attacks", "deaths", "injured"};
        for (int c = 0; c < ncol; ++c) {
            if (c) put(&b, &n, &cap, dl, 1);
            put(&b, &n, &cap, names[c == 0 ? 0 : c == 1 ? 1 : c], strlen(names[c == 0 ? 0 : c == 1 ? 1 : c]));
        }
        put(&b, &n, &cap, end, strlen(end));
        const int nrow = (int)rnd(25);
        for (int row = 0; row < nrow; ++row) {
            if (!rnd(15)) { /* a blank-only or empty line */
                const int blank = (int)rnd(2); /* " \t" or an empty line: one draw for both */
                put(&b, &n, &cap, blank ? " \t" : "", blank ? 2 : 0);
                put(&b, &n, &cap, end, strlen(end));
                continue;
            }
            const int nc = rnd(300) ? ncol : ncol + (int)rnd(3) - 1; /* sometimes ragged */
            for (int c = 0; c < nc; ++c) {
                if (c) put(&b, &n, &cap, dl, 1);
                cell(&b, &n, &cap, c, row);
            }
            if (!rnd(400)) put(&b, &n, &cap, "\0", 1);
            if (row + 1 < nrow || rnd(4)) put(&b, &n, &cap, end, strlen(end));
        }
        char what[64];
        snprintf(what, sizeof what, "random file %d", file);
        g_dup = rnd(5) != 0;
        compare(what, b, n, NULL);
        g_dup = 0;
    }
    free(b);
}

/* Event data (a date column with days): the reader's whole-row event path (event_row) against
 * libcsv's general path. Columns in any order, a region column or not, an ignored column,
 * one or two sum columns, FROM/TO; cells: valid days, an impossible day, a month without a
 * day (another form), a total row, blanks, empty cells, keys of 1..40 bytes with now and then
 * a byte outside printable ASCII, counts and non-counts. */
static void test_random_event_files(void **state)
{
    (void)state;
    static const char *const days[] = {"2022-03-15", "2022-03-01", "2022-04-30", "2022-02-28", "2023-12-31",
                                       "2022-03-07", "2022-02-30", "2022-03", "Total", " 2022-03-09", ""};
    static const char *const counts[] = {"0", "1", "3", "12", "250", "", "NA", "1.5", "-1", "7e0"};
    static const char *const groups[] = {"TTP", "IS-K", "Lashkar-e-Jhangvi", "", "BLA", "x\x01y", "\xc3\xa9t\xc3\xa9"};
    static const char *const odd[] = {"\x01", "\x7f", "\xc3\xa9", "\xff"};
    size_t cap = 4096;
    char *b = malloc(cap);
    assert_non_null(b);
    const size_t ok_before = n_ok;
    for (int file = 0; file < 1500; ++file) {
        /* columns: 0 date, 1 group, 2 region, 3 fatalities, 4 wounded, 5 notes (ignored) */
        int order[6] = {0, 1, 2, 3, 4, 5}, ncol = 6;
        if (rnd(3) == 0) { /* no region */
            memmove(order + 2, order + 3, 3 * sizeof *order);
            --ncol;
        }
        for (int k = ncol - 1; k > 0; --k) { /* shuffled */
            const int m = (int)rnd((uint32_t)k + 1), t = order[k];
            order[k] = order[m];
            order[m] = t;
        }
        static const char *const names[] = {"date", "group", "region", "fatalities", "wounded", "notes"};
        size_t n = 0;
        for (int c = 0; c < ncol; ++c) {
            if (c) put(&b, &n, &cap, ",", 1);
            put(&b, &n, &cap, names[order[c]], strlen(names[order[c]]));
        }
        put(&b, &n, &cap, "\n", 1);
        const int nrow = (int)rnd(40);
        for (int row = 0; row < nrow; ++row) {
            for (int c = 0; c < ncol; ++c) {
                if (c) put(&b, &n, &cap, ",", 1);
                char tmp[64];
                const char *t = tmp;
                switch (order[c]) {
                case 0: t = days[rnd(30) ? rnd(6) : 6 + rnd(5)]; break;
                case 1:
                case 2:
                    if (rnd(5)) {
                        t = groups[rnd(25) ? rnd(5) : 5 + rnd(2)];
                    } else { /* 1..40 bytes, now and then one odd byte */
                        const size_t len = 1 + rnd(40);
                        for (size_t k = 0; k < len; ++k) tmp[k] = (char)('a' + rnd(26));
                        tmp[len] = '\0';
                        if (!rnd(6)) {
                            const char *o = odd[rnd(4)];
                            const size_t at = rnd((uint32_t)len), ol = strlen(o);
                            if (at + ol <= len) memcpy(tmp + at, o, ol);
                        }
                    }
                    break;
                case 3:
                case 4: t = counts[rnd(20) ? rnd(5) : 5 + rnd(5)]; break;
                default: t = rnd(2) ? "" : "some text"; break;
                }
                if (!rnd(50)) put(&b, &n, &cap, " ", 1);
                put(&b, &n, &cap, t, strlen(t));
            }
            if (row + 1 < nrow || rnd(4)) put(&b, &n, &cap, "\n", 1);
        }
        g_sum[0] = "fatalities";
        g_sum[1] = rnd(2) ? "wounded" : NULL;
        g_sum[2] = NULL;
        g_from = rnd(4) ? 0 : 2022 * 12 + 2; /* 2022-03 */
        g_to = rnd(4) ? 0 : 2022 * 12 + 3;   /* 2022-04 */
        char what[64];
        snprintf(what, sizeof what, "random event file %d", file);
        compare(what, b, n, NULL);
        g_sum[0] = g_sum[1] = NULL;
        g_from = g_to = 0;
    }
    free(b);
    print_message("%zu event frames compared\n", n_ok - ok_before);
    assert_true(n_ok - ok_before > 1000); /* most files parse whole: frames compared, not only errors */
}

static void test_count(void **state)
{
    (void)state;
    print_message("%zu comparisons, %zu of them frames\n", n_compared, n_ok);
    assert_true(n_ok > 2500); /* frames compared, not only errors (4 275 with this seed, 1 520 of
                               * them the random event files', which assert their own share) */
    /* every comparison above ran on both paths (a guard against a loop that compares nothing) */
    assert_true(n_compared > 3000 * 5);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fixtures_and_corpora),
        cmocka_unit_test(test_random_files),
        cmocka_unit_test(test_random_event_files),
        cmocka_unit_test(test_count),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
