/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_io_wide.c — wide files with many columns (issue 18 item 5: the reader's per-column
 * state and the frame's per-series state were shrunk: the header's names take over the row
 * buffer, the fields array is cut to the column count, the series array is sized once from
 * the header, a series' names are one block and its months one window sized to the need).
 * Every value is checked against the formula that wrote it (cell (row i, column j) holds
 * (7 j + 3 i) mod 101, column 5 of row 1 is empty = missing), every series name against
 * the header, in both splitter paths and at several chunk sizes; a bad name far into a long
 * header is still reported at its column.
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
#include <ctrend.h>

#define NCOL 20000
#define NROW 3

static char *wide_text(int with_group, size_t *len)
{
    size_t cap = (size_t)NCOL * 12 * (NROW + 1) + 256, o = 0;
    char *b = malloc(cap);
    assert_non_null(b);
    o += (size_t)snprintf(b + o, cap - o, with_group ? "month,group" : "month");
    for (int j = 0; j < NCOL; ++j) o += (size_t)snprintf(b + o, cap - o, ",s%05d", j);
    b[o++] = '\n';
    for (int i = 0; i < NROW; ++i) {
        o += (size_t)snprintf(b + o, cap - o, "2020-%02d", i + 1);
        if (with_group) o += (size_t)snprintf(b + o, cap - o, ",g");
        for (int j = 0; j < NCOL; ++j) {
            if (i == 1 && j == 5) o += (size_t)snprintf(b + o, cap - o, ",");
            else o += (size_t)snprintf(b + o, cap - o, ",%d", (7 * j + 3 * i) % 101);
        }
        b[o++] = '\n';
    }
    *len = o;
    return b;
}

static void check_wide(int with_group, size_t chunk, int fast)
{
    size_t len;
    char *text = wide_text(with_group, &len);
    ctrend_reader *r = NULL;
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_FAST_SPLIT, fast), CTREND_OK);
    if (!chunk) chunk = len;
    for (size_t off = 0; off < len; off += chunk)
        assert_int_equal(ctrend_reader_feed(r, text + off, len - off < chunk ? len - off : chunk), CTREND_OK);
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_reader_finish(r, &f, NULL), CTREND_OK);
    ctrend_reader_free(r);
    free(text);
    assert_int_equal(ctrend_frame_n_series(f), NCOL);
    assert_int_equal(ctrend_frame_n_months(f), NROW);
    int32_t m0;
    assert_int_equal(ctrend_month_make(2020, 1, &m0), CTREND_OK);
    assert_int_equal(tg_frame_start(f), m0);
    double v[NROW];
    for (int j = 0; j < NCOL; ++j) {
        char name[16];
        snprintf(name, sizeof name, "s%05d", j);
        assert_string_equal(tg_frame_metric(f, (size_t)j), name); /* in header order */
        assert_string_equal(tg_frame_group(f, (size_t)j), with_group ? "g" : "");
        assert_int_equal(ctrend_frame_values(f, (size_t)j, v, NROW, NULL), CTREND_OK);
        for (int i = 0; i < NROW; ++i) {
            if (i == 1 && j == 5) assert_nan(v[i]);
            else assert_true(v[i] == (double)((7 * j + 3 * i) % 101));
        }
    }
    ctrend_frame_free(f);
}

static void test_many_columns(void **state)
{
    (void)state;
    check_wide(0, 0, 1);
    check_wide(0, 0, 0);
    check_wide(0, 4093, 1);
    check_wide(1, 0, 1);
    check_wide(1, 65536, 0);
}

/* The header's names are checked (UTF-8, no control bytes) before the row buffer becomes
 * their block: a NUL in name 15001 is reported at line 1, column 15002 (the month is column 1). */
static void test_bad_name_far_in_header(void **state)
{
    (void)state;
    size_t cap = (size_t)NCOL * 10 + 64, o = 0; /* "s00000," 7 bytes + ",1" 2 bytes a column */
    char *b = malloc(cap);
    assert_non_null(b);
    o += (size_t)snprintf(b + o, cap - o, "month");
    for (int j = 0; j < NCOL; ++j) {
        o += (size_t)snprintf(b + o, cap - o, ",s%05d", j);
        if (j == 15000) b[o - 2] = '\0'; /* "s150\0" + "0" */
    }
    o += (size_t)snprintf(b + o, cap - o, "\n2020-01");
    for (int j = 0; j < NCOL; ++j) o += (size_t)snprintf(b + o, cap - o, ",1");
    b[o++] = '\n';
    for (int fast = 0; fast <= 1; ++fast) {
        ctrend_reader *r = NULL;
        assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
        assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_FAST_SPLIT, fast), CTREND_OK);
        (void)ctrend_reader_feed(r, b, o);
        ctrend_frame *f = NULL;
        ctrend_error e;
        assert_int_equal(ctrend_reader_finish(r, &f, &e), CTREND_EPARSE);
        assert_int_equal(e.line, 1);
        assert_int_equal(e.column, 15002);
        assert_null(f);
        ctrend_reader_free(r);
    }
    free(b);
}

/* ---------------------------------------------------------------- grouped, unordered months */

/*
 * A grouped wide file (issue 18 item 5: one index per key, the header's names adopted by the
 * frame, small windows from the frame's slab): "month,group,c0000..c3999" and five rows
 *   row 0: 2020-03 g1    row 1: 2020-01 g0    row 2: 2020-01 g1
 *   row 3: 2021-06 g2    row 4: 2020-02 g0
 * Cell (row i, column j) holds (11 j + 5 i) mod 1009, except: row 1 column 7 empty and
 * row 2 column 8 "NA" (both missing), row 4 column 9 "1e2" (100, read by the general
 * parser), row 0 column 10 "4.0e1" (40). Series are made in first-sight order of their
 * group: g1's 4000, then g0's, then g2's; the calendar is 2020-01..2021-06 (18 months) and
 * every month a series' group did not report is missing.
 */
#define GCOL 4000
#define GROW 5

static const int grow_month[GROW] = {2, 0, 0, 17, 1}; /* months after 2020-01 */
static const int grow_group[GROW] = {1, 0, 1, 2, 0};
static const int group_pos[3] = {1, 0, 2}; /* block of group g in the frame: g1 first */

/* The value of (row i, column j) as written; NaN for the missing cells. */
static double gcell(int i, int j)
{
    if ((i == 1 && j == 7) || (i == 2 && j == 8)) return NAN;
    if (i == 4 && j == 9) return 100.0;
    if (i == 0 && j == 10) return 40.0;
    return (double)((11 * j + 5 * i) % 1009);
}

static char *grouped_text(size_t *len)
{
    size_t cap = (size_t)GCOL * 8 * (GROW + 1) + 256, o = 0;
    char *b = malloc(cap);
    assert_non_null(b);
    o += (size_t)snprintf(b + o, cap - o, "month,group");
    for (int j = 0; j < GCOL; ++j) o += (size_t)snprintf(b + o, cap - o, ",c%04d", j);
    b[o++] = '\n';
    for (int i = 0; i < GROW; ++i) {
        const int m = grow_month[i];
        o += (size_t)snprintf(b + o, cap - o, "%04d-%02d,g%d", 2020 + m / 12, m % 12 + 1, grow_group[i]);
        for (int j = 0; j < GCOL; ++j) {
            if (i == 1 && j == 7) o += (size_t)snprintf(b + o, cap - o, ",");
            else if (i == 2 && j == 8) o += (size_t)snprintf(b + o, cap - o, ",NA");
            else if (i == 4 && j == 9) o += (size_t)snprintf(b + o, cap - o, ",1e2");
            else if (i == 0 && j == 10) o += (size_t)snprintf(b + o, cap - o, ",4.0e1");
            else o += (size_t)snprintf(b + o, cap - o, ",%d", (11 * j + 5 * i) % 1009);
        }
        b[o++] = '\n';
    }
    *len = o;
    return b;
}

static ctrend_frame *read_chunked(const char *text, size_t len, size_t chunk, int fast, ctrend_error *e,
                                  int *status)
{
    ctrend_reader *r = NULL;
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_FAST_SPLIT, fast), CTREND_OK);
    if (!chunk) chunk = len;
    for (size_t off = 0; off < len; off += chunk)
        if (ctrend_reader_feed(r, text + off, len - off < chunk ? len - off : chunk)) break;
    ctrend_frame *f = NULL;
    *status = ctrend_reader_finish(r, &f, e);
    ctrend_reader_free(r);
    return f;
}

static void check_grouped(size_t chunk, int fast)
{
    size_t len;
    char *text = grouped_text(&len);
    int st;
    ctrend_frame *f = read_chunked(text, len, chunk, fast, NULL, &st);
    free(text);
    assert_int_equal(st, CTREND_OK);
    assert_int_equal(ctrend_frame_n_series(f), 3 * GCOL);
    assert_int_equal(ctrend_frame_n_months(f), 18);
    int32_t m0;
    assert_int_equal(ctrend_month_make(2020, 1, &m0), CTREND_OK);
    assert_int_equal(tg_frame_start(f), m0);
    double v[18];
    for (int g = 0; g < 3; ++g)
        for (int j = 0; j < GCOL; ++j) {
            const size_t idx = (size_t)group_pos[g] * GCOL + (size_t)j;
            char name[16], grp[8];
            snprintf(name, sizeof name, "c%04d", j);
            snprintf(grp, sizeof grp, "g%d", g);
            assert_string_equal(tg_frame_metric(f, idx), name);
            assert_string_equal(tg_frame_group(f, idx), grp);
            assert_string_equal(tg_frame_region(f, idx), "");
            size_t found = 0;
            assert_int_equal(ctrend_frame_find(f, grp, "", name, &found), CTREND_OK);
            assert_int_equal(found, idx);
            assert_int_equal(ctrend_frame_values(f, idx, v, 18, NULL), CTREND_OK);
            for (int t = 0; t < 18; ++t) {
                int row = -1;
                for (int i = 0; i < GROW; ++i)
                    if (grow_group[i] == g && grow_month[i] == t) row = i;
                if (row < 0 || isnan(gcell(row, j))) assert_nan(v[t]);
                else assert_true(v[t] == gcell(row, j));
            }
        }
    size_t none;
    assert_int_equal(ctrend_frame_find(f, "g3", "", "c0000", &none), CTREND_ENOTFOUND);
    assert_int_equal(ctrend_frame_find(f, "g0", "", "month", &none), CTREND_ENOTFOUND);
    ctrend_frame_free(f);
}

static void test_grouped_unordered(void **state)
{
    (void)state;
    check_grouped(0, 1);
    check_grouped(0, 0);
    check_grouped(1, 1);
    check_grouped(7, 0);
    check_grouped(4093, 1);
}

/* Names borrowed from the frame name new series of the same frame while it grows (the
 * frame's name store never moves); the old series keep their names and values, the new ones
 * get the borrowed names and can be set. A month outside every window grows it (the slab's
 * one-cell windows are freed and reused). */
static void test_borrowed_names_while_growing(void **state)
{
    (void)state;
    size_t len;
    char *text = grouped_text(&len);
    int st;
    ctrend_frame *f = read_chunked(text, len, 0, 1, NULL, &st);
    free(text);
    assert_int_equal(st, CTREND_OK);
    for (size_t i = 0; i < 3 * GCOL; ++i) {
        size_t idx;
        assert_int_equal(ctrend_frame_add_series(f, tg_frame_group(f, i), "copy", tg_frame_metric(f, i), &idx), CTREND_OK);
        assert_int_equal(idx, 3 * GCOL + i);
        assert_int_equal(ctrend_frame_set(f, idx, 2025 * 12, (double)i), CTREND_OK);
    }
    assert_int_equal(ctrend_frame_n_series(f), 6 * GCOL);
    for (size_t i = 0; i < 3 * GCOL; ++i) {
        assert_string_equal(tg_frame_group(f, 3 * GCOL + i), tg_frame_group(f, i));
        assert_string_equal(tg_frame_region(f, 3 * GCOL + i), "copy");
        assert_string_equal(tg_frame_metric(f, 3 * GCOL + i), tg_frame_metric(f, i));
        double x;
        assert_int_equal(ctrend_frame_get(f, 3 * GCOL + i, 2025 * 12, &x), CTREND_OK);
        assert_true(x == (double)i);
    }
    /* g1's c0005 (series 5): 2020-01 = row 2, 2020-03 = row 0; then 2019-12 widens it */
    assert_int_equal(ctrend_frame_set(f, 5, 2019 * 12 + 11, 7.0), CTREND_OK);
    double x;
    assert_int_equal(ctrend_frame_get(f, 5, 2020 * 12, &x), CTREND_OK);
    assert_true(x == gcell(2, 5));
    assert_int_equal(ctrend_frame_get(f, 5, 2020 * 12 + 2, &x), CTREND_OK);
    assert_true(x == gcell(0, 5));
    assert_int_equal(ctrend_frame_get(f, 5, 2019 * 12 + 11, &x), CTREND_OK);
    assert_true(x == 7.0);
    assert_int_equal(ctrend_frame_set(f, 5, 2020 * 12, 1.0), CTREND_EDUPLICATE);
    ctrend_frame_free(f);
}

/* A second g0 row for 2020-01 (line 7): the duplicate is reported at its first metric
 * column (3: month, group, c0000) with the series' key, whatever the split. */
static void test_grouped_duplicate(void **state)
{
    (void)state;
    size_t len;
    char *text = grouped_text(&len);
    char *t2 = malloc(len + (size_t)GCOL * 2 + 64);
    assert_non_null(t2);
    memcpy(t2, text, len);
    size_t o = len;
    o += (size_t)sprintf(t2 + o, "2020-01,g0");
    for (int j = 0; j < GCOL; ++j) o += (size_t)sprintf(t2 + o, ",1");
    t2[o++] = '\n';
    free(text);
    const size_t chunks[3] = {0, 5, 4093};
    for (int k = 0; k < 3; ++k)
        for (int fast = 0; fast <= 1; ++fast) {
            ctrend_error e;
            int st;
            ctrend_frame *f = read_chunked(t2, o, chunks[k], fast, &e, &st);
            assert_int_equal(st, CTREND_EDUPLICATE);
            assert_null(f);
            assert_int_equal(e.line, 7);
            assert_int_equal(e.column, 3);
            assert_string_equal(e.key, "g0//c0000");
        }
    free(t2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_many_columns),
        cmocka_unit_test(test_bad_name_far_in_header),
        cmocka_unit_test(test_grouped_unordered),
        cmocka_unit_test(test_borrowed_names_while_growing),
        cmocka_unit_test(test_grouped_duplicate),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
