/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * io_util.h — shared by the CSV reader's tests (test_io.c, test_bad_input.c): status names
 * in `expected` files and reader options in `options` files of the bad-input corpora,
 * frame equality (keys, calendar, values bit for bit) for tests that read one input two ways,
 * and a growing text buffer (sbuf, sbuf_put) for tests that generate their inputs.
 * Include after cmocka.h and test_util.h.
 */
#ifndef CTREND_IO_UTIL_H
#define CTREND_IO_UTIL_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctrend.h>
#include "getters.h"

/* Line and column of the reader's last error, through the error record (ctrend_reader_error). */
static inline int64_t reader_err_line(const ctrend_reader *r)
{
    ctrend_error e;
    assert_int_equal(ctrend_reader_error(r, &e), CTREND_OK);
    return e.line;
}
static inline int64_t reader_err_column(const ctrend_reader *r)
{
    ctrend_error e;
    assert_int_equal(ctrend_reader_error(r, &e), CTREND_OK);
    return e.column;
}

static inline int status_from_name(const char *name)
{
    for (int s = 0; s < ctrend_status_count(); ++s)
        if (!strcmp(ctrend_status_name(s), name)) return s;
    print_error("unknown status name %s\n", name);
    fail();
    return -1;
}

/* Apply an options file: lines "KEY VALUE" (KEY = the CTREND_READ_ suffix). */
static inline void apply_options(ctrend_reader *r, const char *path)
{
    FILE *fp = fopen(path, "r");
    if (!fp) return;
    static const struct { const char *name; int key, is_str; } keys[] = {
        {"SHAPE", CTREND_READ_SHAPE, 0},           {"DUPLICATES", CTREND_READ_DUPLICATES, 0},
        {"REQUIRE_COUNTS", CTREND_READ_REQUIRE_COUNTS, 0}, {"FROM", CTREND_READ_FROM, 0},
        {"TO", CTREND_READ_TO, 0},                 {"DATE_COL", CTREND_READ_DATE_COL, 1},
        {"GROUP_COL", CTREND_READ_GROUP_COL, 1},   {"REGION_COL", CTREND_READ_REGION_COL, 1},
        {"METRIC_COL", CTREND_READ_METRIC_COL, 1}, {"VALUE_COL", CTREND_READ_VALUE_COL, 1},
        {"SUM_COL", CTREND_READ_SUM_COL, 1},       {"SOURCE_NAME", CTREND_READ_SOURCE_NAME, 1},
        {"DATE_FORMAT", CTREND_READ_DATE_FORMAT, 1}};
    char key[64], val[256];
    while (fscanf(fp, "%63s %255s", key, val) == 2) {
        size_t k = 0;
        while (k < sizeof keys / sizeof keys[0] && strcmp(keys[k].name, key)) ++k;
        assert_true(k < sizeof keys / sizeof keys[0]);
        if (keys[k].is_str) assert_int_equal(ctrend_reader_set_str(r, keys[k].key, val), CTREND_OK);
        else assert_int_equal(ctrend_reader_set_int(r, keys[k].key, strtoll(val, NULL, 10)), CTREND_OK);
    }
    fclose(fp);
}

/* Two frames are equal: shape, first month, keys and every value bit for bit (NaN = unset). */
static inline int same_str(const char *a, const char *b) { return !strcmp(a ? a : "", b ? b : ""); }

static inline void assert_same_frame(const ctrend_frame *a, const ctrend_frame *b, const char *what)
{
    const size_t ns = ctrend_frame_n_series(a), nm = ctrend_frame_n_months(a);
    if (ns != ctrend_frame_n_series(b) || nm != ctrend_frame_n_months(b) ||
        (nm && tg_frame_start(a) != tg_frame_start(b))) {
        print_error("%s: frames differ in shape (%zu x %zu vs %zu x %zu)\n", what, ns, nm,
                    ctrend_frame_n_series(b), ctrend_frame_n_months(b));
        fail();
    }
    double *va = malloc((nm ? nm : 1) * sizeof *va), *vb = malloc((nm ? nm : 1) * sizeof *vb);
    assert_non_null(va);
    assert_non_null(vb);
    for (size_t i = 0; i < ns; ++i) {
        if (!same_str(tg_frame_group(a, i), tg_frame_group(b, i)) ||
            !same_str(tg_frame_region(a, i), tg_frame_region(b, i)) ||
            !same_str(tg_frame_metric(a, i), tg_frame_metric(b, i))) {
            print_error("%s: series %zu has another key\n", what, i);
            fail();
        }
        assert_int_equal(ctrend_frame_values(a, i, va, nm, NULL), CTREND_OK);
        assert_int_equal(ctrend_frame_values(b, i, vb, nm, NULL), CTREND_OK);
        if (nm && memcmp(va, vb, nm * sizeof *va)) {
            print_error("%s: series %zu has other values\n", what, i);
            fail();
        }
    }
    free(va);
    free(vb);
}

/* A growing text buffer for generated inputs: sbuf_put appends printf-style (s[n] stays NUL). */
typedef struct sbuf {
    char *s;
    size_t n, cap;
} sbuf;

static inline void sbuf_put(sbuf *b, const char *fmt, ...)
{
    va_list ap;
    for (;;) {
        va_start(ap, fmt);
        const int k = vsnprintf(b->s ? b->s + b->n : NULL, b->s ? b->cap - b->n : 0, fmt, ap);
        va_end(ap);
        assert_true(k >= 0);
        if (b->s && (size_t)k < b->cap - b->n) {
            b->n += (size_t)k;
            return;
        }
        b->cap = 2 * (b->cap + (size_t)k + 64);
        b->s = realloc(b->s, b->cap);
        assert_non_null(b->s);
    }
}

#endif
