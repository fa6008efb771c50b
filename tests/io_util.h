/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * io_util.h — shared by the CSV reader's tests (test_io.c, test_bad_input.c): status names
 * in `expected` files and reader options in `options` files of the bad-input corpora.
 * Include after cmocka.h and test_util.h.
 */
#ifndef CTREND_IO_UTIL_H
#define CTREND_IO_UTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctrend.h>

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

#endif
