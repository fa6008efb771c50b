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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_many_columns),
        cmocka_unit_test(test_bad_name_far_in_header),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
