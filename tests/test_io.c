/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_io.c — the CSV reader: shapes, month forms, BOM/CRLF/quoting, missing values,
 * streaming at every chunk size, the bad-input corpus (tests/data/io/invalid/<case>/),
 * and the UCDP GED Pakistan event export against the reference monthly counts.
 *
 * Expected values for the small fixtures are hand-counted from the fixture text (the
 * arithmetic is in comments). The UCDP numbers come from
 * tests/data/ref/pak_ucdp_ged/data.csv, made by pandas (reference/derive_data.py).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include "test_util.h"
#include "io_util.h"
#include "getters.h"
#include <ctrend.h>

#define DATA "tests/data/io/"
#define REF "tests/data/ref/pak_ucdp_ged/"

static int32_t M(int32_t year, int32_t moy) { return year * 12 + moy - 1; }

/* ---------------------------------------------------------------- helpers */

/* Parse a whole buffer, feeding `chunk` bytes at a time (0 = all at once). */
static int parse_buf(ctrend_reader *r, const char *buf, size_t len, size_t chunk, ctrend_frame **out)
{
    if (chunk == 0) chunk = len ? len : 1;
    for (size_t off = 0; off < len; off += chunk) {
        const size_t n = len - off < chunk ? len - off : chunk;
        const int rc = ctrend_reader_feed(r, buf + off, n);
        if (rc) {
            /* later feeds repeat the error */
            assert_int_equal(ctrend_reader_feed(r, "x", 1), rc);
            break;
        }
    }
    return ctrend_reader_finish(r, out, NULL);
}

static int parse_str(ctrend_reader *r, const char *text, ctrend_frame **out)
{
    return parse_buf(r, text, strlen(text), 0, out);
}

static size_t find(const ctrend_frame *f, const char *g, const char *rg, const char *m)
{
    size_t i = 0;
    if (ctrend_frame_find(f, g, rg, m, &i) != CTREND_OK) {
        print_error("series (%s, %s, %s) not found\n", g, rg, m);
        fail();
    }
    return i;
}

static double at(const ctrend_frame *f, size_t i, int32_t month)
{
    double v = -1;
    assert_int_equal(ctrend_frame_get(f, i, month, &v), CTREND_OK);
    return v;
}

/* Expect series (g, r, m) to hold want[0..n) from month `from` (NaN = missing). */
static void expect_series(const ctrend_frame *f, const char *g, const char *rg, const char *m, int32_t from,
                          const double *want, size_t n)
{
    const size_t i = find(f, g, rg, m);
    for (size_t k = 0; k < n; ++k) {
        const double v = at(f, i, from + (int32_t)k);
        if (isnan(want[k])) assert_nan(v);
        else assert_close(v, want[k], 0, 0);
    }
}

/* ---------------------------------------------------------------- shapes */

/* wide.csv:
 *   2022-01 TTP/KP 42,40   2022-02 TTP/KP 22,30   2022-04 TTP/KP NA,""
 *   2022-01 ISKP/"" 3,nan  2022-03 ISKP/"" .,7    2022-01 TTP/Balochistan 5,N/A
 * Calendar 2022-01..2022-04; 2022-03 for TTP/KP is a gap (NaN, not 0). */
static void check_wide(const ctrend_frame *f)
{
    const int32_t j = M(2022, 1);
    assert_int_equal(tg_frame_start(f), j);
    assert_int_equal(ctrend_frame_n_months(f), 4);
    assert_int_equal(ctrend_frame_n_series(f), 6);
    const double ttp_att[] = {42, 22, NAN, NAN}, ttp_dea[] = {40, 30, NAN, NAN};
    const double iskp_att[] = {3, NAN, NAN, NAN}, iskp_dea[] = {NAN, NAN, 7, NAN};
    const double bal_att[] = {5, NAN, NAN, NAN}, bal_dea[] = {NAN, NAN, NAN, NAN};
    expect_series(f, "TTP", "KP", "attacks", j, ttp_att, 4);
    expect_series(f, "TTP", "KP", "deaths", j, ttp_dea, 4);
    expect_series(f, "ISKP", "", "attacks", j, iskp_att, 4);
    expect_series(f, "ISKP", "", "deaths", j, iskp_dea, 4);
    expect_series(f, "TTP", "Balochistan", "attacks", j, bal_att, 4);
    expect_series(f, "TTP", "Balochistan", "deaths", j, bal_dea, 4);
    /* series in order of first appearance, metrics in header order */
    assert_string_equal(tg_frame_metric(f, 0), "attacks");
    assert_string_equal(tg_frame_metric(f, 1), "deaths");
    assert_string_equal(tg_frame_group(f, 2), "ISKP");
}

static void test_wide(void **state)
{
    (void)state;
    ctrend_reader *r = NULL;
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    assert_string_equal(ctrend_reader_errmsg(r), "");
    assert_int_equal(ctrend_reader_read_file(r, DATA "wide.csv", &f, NULL), CTREND_OK);
    check_wide(f);
    ctrend_frame_free(f);
    /* the same table with a UTF-8 BOM, CRLF line ends, a blank line, no final newline */
    assert_int_equal(ctrend_reader_read_file(r, DATA "wide_bom_crlf.csv", &f, NULL), CTREND_OK);
    check_wide(f);
    assert_string_equal(tg_frame_metric(f, 0), "attacks"); /* BOM not part of a name */
    ctrend_frame_free(f);
    ctrend_reader_free(r);
}

/* long.csv (header in capitals: role names are case-insensitive):
 *   TTP attacks 42 (Jan), 22 (Feb), "" (Apr); TTP deaths 40, 30; ISKP attacks 3 (Jan); ISKP deaths 7 (Mar) */
static void test_long(void **state)
{
    (void)state;
    ctrend_reader *r = NULL;
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    assert_int_equal(ctrend_reader_read_file(r, DATA "long.csv", &f, NULL), CTREND_OK);
    const int32_t j = M(2022, 1);
    assert_int_equal(ctrend_frame_n_series(f), 4);
    assert_int_equal(ctrend_frame_n_months(f), 4);
    const double ta[] = {42, 22, NAN, NAN}, td[] = {40, 30, NAN, NAN}, ia[] = {3, NAN, NAN, NAN},
                 id[] = {NAN, NAN, 7, NAN};
    expect_series(f, "TTP", "", "attacks", j, ta, 4);
    expect_series(f, "TTP", "", "deaths", j, td, 4);
    expect_series(f, "ISKP", "", "attacks", j, ia, 4);
    expect_series(f, "ISKP", "", "deaths", j, id, 4);
    ctrend_frame_free(f);
    ctrend_reader_free(r);
}

/* event.csv: HXL row skipped; quoted comma, quoted newline, doubled quotes; sums of two columns.
 *   TTP/KP:  Nov 2021 events #1,#2 -> 2; fatalities 3+1 = 4; injured 2 + missing = 2
 *            Dec 2021 none -> 0, 0, 0 (inside the file's span: true zeros)
 *            Jan 2022 events #4,#5 -> 2; fatalities 5+2 = 7; injured NA + 1 = 1
 *   ISKP/Balochistan: Nov 1 event, fatalities 0, injured 4; Dec and Jan zeros. */
static void test_event(void **state)
{
    (void)state;
    ctrend_reader *r = NULL;
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_GROUP_COL, "actor"), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_REGION_COL, "PROVINCE"), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_SUM_COL, "fatalities"), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_SUM_COL, "injured"), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_SUM_COL, "Injured"), CTREND_OK); /* no double */
    assert_int_equal(ctrend_reader_read_file(r, DATA "event.csv", &f, NULL), CTREND_OK);
    const int32_t nov = M(2021, 11);
    assert_int_equal(tg_frame_start(f), nov);
    assert_int_equal(ctrend_frame_n_months(f), 3);
    assert_int_equal(ctrend_frame_n_series(f), 6);
    const double te[] = {2, 0, 2}, tf[] = {4, 0, 7}, ti[] = {2, 0, 1};
    const double ie[] = {1, 0, 0}, ifa[] = {0, 0, 0}, ii[] = {4, 0, 0};
    expect_series(f, "TTP", "KP", "events", nov, te, 3);
    expect_series(f, "TTP", "KP", "fatalities", nov, tf, 3);
    expect_series(f, "TTP", "KP", "injured", nov, ti, 3);
    expect_series(f, "ISKP", "Balochistan", "events", nov, ie, 3);
    expect_series(f, "ISKP", "Balochistan", "fatalities", nov, ifa, 3);
    expect_series(f, "ISKP", "Balochistan", "injured", nov, ii, 3);
    ctrend_frame_free(f);

    /* auto-detection: a `date` column with full dates and no options -> event counts;
     * a sum whose only value in a month is missing stays missing (NaN), not 0 */
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_GROUP_COL, NULL), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_REGION_COL, NULL), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_SUM_COL, NULL), CTREND_OK);
    assert_int_equal(parse_str(r, "date,killed\n2022-01-05,1\n2022-01-09,2\n2022-03-30,NA\n", &f), CTREND_OK);
    assert_int_equal(ctrend_frame_n_series(f), 1);
    const double e1[] = {2, 0, 1};
    expect_series(f, "", "", "events", M(2022, 1), e1, 3);
    ctrend_frame_free(f);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_SUM_COL, "killed"), CTREND_OK);
    assert_int_equal(parse_str(r, "date,killed\n2022-01-05,1\n2022-01-09,2\n2022-03-30,NA\n", &f), CTREND_OK);
    const double k1[] = {3, 0, NAN};
    expect_series(f, "", "", "killed", M(2022, 1), k1, 3);
    ctrend_frame_free(f);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_SUM_COL, NULL), CTREND_OK);
    /* a `month` column with full dates stays wide */
    assert_int_equal(parse_str(r, "month,killed\n2022-01-01,1\n2022-02-01,2\n", &f), CTREND_OK);
    const double w1[] = {1, 2};
    expect_series(f, "", "", "killed", M(2022, 1), w1, 2);
    ctrend_frame_free(f);
    /* ... and a forced shape wins over auto-detection */
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_SHAPE, CTREND_SHAPE_EVENT), CTREND_OK);
    assert_int_equal(parse_str(r, "month,killed\n2022-01-01,1\n2022-02-01,2\n", &f), CTREND_OK);
    const double ev[] = {1, 1};
    expect_series(f, "", "", "events", M(2022, 1), ev, 2);
    assert_int_equal(ctrend_frame_find(f, "", "", "killed", &(size_t){0}), CTREND_ENOTFOUND);
    ctrend_frame_free(f);
    ctrend_reader_free(r);
}

/* months.csv: every accepted month spelling, value k in the k-th month from 2022-01. */
static void test_month_forms(void **state)
{
    (void)state;
    ctrend_reader *r = NULL;
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    assert_int_equal(ctrend_reader_read_file(r, DATA "months.csv", &f, NULL), CTREND_OK);
    assert_int_equal(tg_frame_start(f), M(2022, 1));
    assert_int_equal(ctrend_frame_n_months(f), 13);
    const size_t i = find(f, "", "", "attacks");
    for (int32_t k = 0; k < 13; ++k) assert_close(at(f, i, M(2022, 1) + k), k + 1, 0, 0);
    ctrend_frame_free(f);
    ctrend_reader_free(r);
}

/* ---------------------------------------------------------------- values and options */

static void test_values(void **state)
{
    (void)state;
    ctrend_reader *r = NULL;
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    /* huge counts, 2^53 exactly, signs, exponents, blanks inside quotes, missing tokens */
    assert_int_equal(parse_str(r,
                               "month,a,b,c\n"
                               "2022-01,1000000000,9007199254740992,+7\n"
                               "2022-02,1e3,\" 12 \",-0\n"
                               "2022-03,NA,nan,NaN\n"
                               "2022-04,N/A,.,\"\"\n",
                               &f),
                     CTREND_OK);
    const double a[] = {1e9, 1e3, NAN, NAN}, b[] = {9007199254740992.0, 12, NAN, NAN}, c[] = {7, 0, NAN, NAN};
    expect_series(f, "", "", "a", M(2022, 1), a, 4);
    expect_series(f, "", "", "b", M(2022, 1), b, 4);
    expect_series(f, "", "", "c", M(2022, 1), c, 4);
    double z;
    assert_int_equal(ctrend_frame_get(f, 2, M(2022, 2), &z), CTREND_OK);
    assert_false(signbit(z)); /* "-0" is stored as +0 */
    ctrend_frame_free(f);
    /* REQUIRE_COUNTS = 0: any finite number */
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_REQUIRE_COUNTS, 0), CTREND_OK);
    assert_int_equal(parse_str(r, "month,rate\n2022-01,-2.5\n2022-02,1.25e-1\n2022-03,.5\n", &f), CTREND_OK);
    const double rate[] = {-2.5, 0.125, 0.5};
    expect_series(f, "", "", "rate", M(2022, 1), rate, 3);
    ctrend_frame_free(f);
    ctrend_reader_free(r);
}

/* The reader converts "YYYY-MM-DD"/"YYYY-MM" dates and plain digit counts without copying them
 * (a fast path taken from the second data row on); everything else goes through
 * ctrend_month_parse / the number grammar. Odd dates on the fast path, checked against the
 * calendar by hand: 2000 and 2024 are leap years, 1900 and 2021 are not; April has 30 days. */
static void expect_bad_row(const char *row2, int want, int64_t col)
{
    ctrend_reader *r = NULL;
    ctrend_frame *f = NULL;
    char text[256];
    snprintf(text, sizeof text, "date,group,n\n2021-01-01,a,1\n%s\n", row2);
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_SUM_COL, "n"), CTREND_OK);
    const int st = parse_str(r, text, &f);
    if (st != want) print_error("%s: got %s (%s)\n", row2, ctrend_status_name(st), ctrend_reader_errmsg(r));
    assert_int_equal(st, want);
    assert_null(f);
    assert_int_equal(reader_err_line(r), 3);
    assert_int_equal(reader_err_column(r), col);
    ctrend_reader_free(r);
}

static void test_fast_paths(void **state)
{
    (void)state;
    ctrend_reader *r = NULL;
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_SUM_COL, "n"), CTREND_OK);
    assert_int_equal(parse_str(r,
                               "date,group,n\n"
                               "2021-01-01,a,1\n"
                               "2000-02-29,a,007\n"       /* leap day (400-year rule) */
                               "2024-02-29,a,0\n"         /* leap day */
                               "2021-04-30,a,123456789012345\n" /* 15 digits: fast */
                               "2021-12-31,a,1234567890123456\n" /* 16 digits: general */
                               "2021-1-05,a,+3\n"         /* one-digit month: general */
                               "2021-01-5,a, 4\n"         /* one-digit day; blank number */
                               "2021/01/05,a,\"5\"\n"     /* other separator; quoted */
                               "2021-01-05T10:00,a,6\n"   /* time part */
                               "\" 2021-02-01\",a,NA\n"   /* blank inside quotes */
                               "2021-02,a,2\n"            /* month only */
                               "0001-01-01,b,1\n",        /* smallest year */
                               &f),
                     CTREND_OK);
    const double ev_a[] = {5, 2}; /* 2021-01: 5 rows; 2021-02: 2 rows */
    expect_series(f, "a", "", "events", M(2021, 1), ev_a, 2);
    const double n_a[] = {1 + 3 + 4 + 5 + 6, 2}; /* the NaN row adds nothing */
    expect_series(f, "a", "", "n", M(2021, 1), n_a, 2);
    assert_close(at(f, find(f, "a", "", "n"), M(2000, 2)), 7, 0, 0);
    assert_close(at(f, find(f, "a", "", "n"), M(2024, 2)), 0, 0, 0);
    assert_close(at(f, find(f, "a", "", "n"), M(2021, 4)), 123456789012345.0, 0, 0);
    assert_close(at(f, find(f, "a", "", "n"), M(2021, 12)), 1234567890123456.0, 0, 0);
    assert_close(at(f, find(f, "b", "", "events"), M(1, 1)), 1, 0, 0);
    ctrend_frame_free(f);
    ctrend_reader_free(r);
    /* invalid dates and numbers in the second row (fast path declines, general path reports) */
    expect_bad_row("2021-02-29,a,1", CTREND_ERANGE, 1);
    expect_bad_row("1900-02-29,a,1", CTREND_ERANGE, 1);
    expect_bad_row("2021-04-31,a,1", CTREND_ERANGE, 1);
    expect_bad_row("2021-04-00,a,1", CTREND_ERANGE, 1);
    expect_bad_row("2021-00-10,a,1", CTREND_ERANGE, 1);
    expect_bad_row("2021-13-01,a,1", CTREND_ERANGE, 1);
    expect_bad_row("0000-05-01,a,1", CTREND_ERANGE, 1);
    expect_bad_row("2021-01-0x,a,1", CTREND_EPARSE, 1);
    expect_bad_row("2021-01x05,a,1", CTREND_EPARSE, 1);
    expect_bad_row("2021-01-05,a,1x", CTREND_EPARSE, 3);
    expect_bad_row("2021-01-05,a,-1", CTREND_EDOMAIN, 3);
    expect_bad_row("2021-01-05,a,1.5", CTREND_EDOMAIN, 3);
    /* a column in two roles (the date also as a sum) is parsed the general way: the date
     * text is not a number */
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_SUM_COL, "date"), CTREND_OK);
    assert_int_equal(parse_str(r, "date,group\n2021-01-01,a\n2021-01-02,a\n", &f), CTREND_EPARSE);
    assert_int_equal(reader_err_line(r), 2);
    assert_int_equal(reader_err_column(r), 1);
    ctrend_reader_free(r);
    /* ... and a count column that is also the group: both the key and the number */
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_SUM_COL, "n"), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_GROUP_COL, "n"), CTREND_OK);
    assert_int_equal(parse_str(r, "date,n\n2021-01-01,3\n2021-01-02,3\n2021-01-03,4\n", &f), CTREND_OK);
    const double three[] = {6}, four[] = {4};
    expect_series(f, "3", "", "n", M(2021, 1), three, 1);
    expect_series(f, "4", "", "n", M(2021, 1), four, 1);
    ctrend_frame_free(f);
    ctrend_reader_free(r);
}

static void test_options(void **state)
{
    (void)state;
    ctrend_reader *r = NULL;
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    /* DUPLICATES = 1 sums repeated (series, month) rows; missing + 4 = 4 */
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_DUPLICATES, 1), CTREND_OK);
    assert_int_equal(parse_str(r, "month,group,attacks\n2022-01,TTP,5\n2022-01,TTP,7\n2022-02,TTP,NA\n"
                                  "2022-02,TTP,4\n",
                               &f),
                     CTREND_OK);
    const double d[] = {12, 4};
    expect_series(f, "TTP", "", "attacks", M(2022, 1), d, 2);
    ctrend_frame_free(f);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_DUPLICATES, 0), CTREND_OK);

    /* custom column names for long data */
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_DATE_COL, "period"), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_METRIC_COL, "what"), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_VALUE_COL, "n"), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_GROUP_COL, "actor"), CTREND_OK);
    assert_int_equal(parse_str(r, "actor,period,what,n\nTTP,2022-03,attacks,9\nTTP,2022-01,attacks,3\n", &f),
                     CTREND_OK);
    const double l[] = {3, NAN, 9};
    expect_series(f, "TTP", "", "attacks", M(2022, 1), l, 3);
    ctrend_frame_free(f);
    for (int k = CTREND_READ_DATE_COL; k <= CTREND_READ_VALUE_COL; ++k)
        assert_int_equal(ctrend_reader_set_str(r, k, NULL), CTREND_OK);

    /* FROM/TO: rows outside are skipped; event data are zero-filled over exactly [FROM, TO] */
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_FROM, M(2021, 12)), CTREND_OK);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_TO, M(2022, 3)), CTREND_OK);
    assert_int_equal(parse_str(r, "date,x\n2021-11-30,1\n2022-01-05,1\n2022-01-09,1\n2022-05-01,1\n", &f),
                     CTREND_OK);
    assert_int_equal(tg_frame_start(f), M(2021, 12));
    assert_int_equal(ctrend_frame_n_months(f), 4);
    const double ev[] = {0, 2, 0, 0};
    expect_series(f, "", "", "events", M(2021, 12), ev, 4);
    ctrend_frame_free(f);
    /* ... wide rows outside are skipped, but still validated */
    assert_int_equal(parse_str(r, "month,x\n2021-01,1\n2022-02,2\n", &f), CTREND_OK);
    assert_int_equal(ctrend_frame_n_months(f), 1);
    ctrend_frame_free(f);
    assert_int_equal(parse_str(r, "month,x\n2021-01,-1\n2022-02,2\n", &f), CTREND_EDOMAIN);
    /* an event file with no event inside [FROM, TO] still gives the zero series */
    assert_int_equal(parse_str(r, "date,x\n2020-01-05,1\n", &f), CTREND_OK);
    const double zeros[] = {0, 0, 0, 0};
    expect_series(f, "", "", "events", M(2021, 12), zeros, 4);
    ctrend_frame_free(f);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_FROM, 0), CTREND_OK);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_TO, 0), CTREND_OK);

    /* SOURCE_NAME appears in messages */
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_SOURCE_NAME, "ttp.csv"), CTREND_OK);
    assert_int_equal(parse_str(r, "month,attacks\n2022-01,12x\n", &f), CTREND_EPARSE);
    assert_string_equal(ctrend_reader_errmsg(r),
                        "ttp.csv:2: column 2 \"attacks\": expected a number (or empty/NA for missing), "
                        "got \"12x\"");
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_SOURCE_NAME, NULL), CTREND_OK);
    assert_int_equal(parse_str(r, "month,attacks\n2022-01,12x\n", &f), CTREND_EPARSE);
    assert_non_null(strstr(ctrend_reader_errmsg(r), "<input>:2:"));
    /* read_file names the path */
    assert_int_equal(ctrend_reader_read_file(r, DATA "invalid/negative_count/input.csv", &f, NULL), CTREND_EDOMAIN);
    assert_non_null(strstr(ctrend_reader_errmsg(r), "negative_count/input.csv:3: column 3 \"deaths\""));

    /* bad option keys and values */
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_SHAPE, 4), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_SHAPE, -1), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_DUPLICATES, 2), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_REQUIRE_COUNTS, -1), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_FROM, 5), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_TO, 10000 * 12), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_DATE_COL, 1), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_set_int(r, 99, 1), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_SHAPE, "wide"), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_set_str(r, 99, "x"), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_set_int(NULL, CTREND_READ_SHAPE, 0), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_set_str(NULL, CTREND_READ_DATE_COL, "x"), CTREND_EINVAL);
    /* options are fixed while an input is in progress */
    assert_int_equal(ctrend_reader_feed(r, "month,x\n", 8), CTREND_OK);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_SHAPE, 1), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_DATE_COL, "x"), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_read_file(r, DATA "wide.csv", &f, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_finish(r, &f, NULL), CTREND_EEMPTY);
    ctrend_reader_free(r);
}

/* The error record (docs/api.md §3): filled by new/read_file/finish on failure, cleared on
 * success, and the same as the reader's copy (ctrend_reader_error). */
static void test_error_record(void **state)
{
    (void)state;
    ctrend_reader *r = NULL;
    ctrend_frame *f = NULL;
    ctrend_error e, c;
    assert_int_equal(ctrend_reader_new(NULL, &e), CTREND_EINVAL);
    assert_int_equal(e.code, CTREND_EINVAL);
    assert_int_equal(ctrend_reader_new(&r, &e), CTREND_OK);
    assert_int_equal(e.code, CTREND_OK);
    assert_string_equal(e.message, "");
    /* line 3, field 2: "12x" is not a number */
    const char *text = "month,attacks\n2022-01,1\n2022-02,12x\n";
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_SOURCE_NAME, "data.csv"), CTREND_OK);
    assert_int_equal(ctrend_reader_feed(r, text, strlen(text)), CTREND_EPARSE);
    assert_int_equal(ctrend_reader_error(r, &c), CTREND_OK); /* readable before finish */
    assert_int_equal(ctrend_reader_finish(r, &f, &e), CTREND_EPARSE);
    assert_int_equal(e.code, CTREND_EPARSE);
    assert_string_equal(e.file, "data.csv");
    assert_int_equal(e.line, 3);
    assert_int_equal(e.column, 2);
    assert_string_equal(e.key, "");
    assert_non_null(strstr(e.message, "column 2 \"attacks\": expected a number"));
    assert_null(strstr(e.message, "data.csv")); /* the prefix is in file/line, not repeated */
    assert_int_equal(c.code, e.code);
    assert_int_equal(c.line, e.line);
    assert_int_equal(c.column, e.column);
    assert_string_equal(c.file, e.file);
    assert_string_equal(c.message, e.message);
    /* formatted, the record gives the reader's one-line message */
    char line[512];
    assert_int_equal(ctrend_error_format(&e, line, sizeof line, NULL), CTREND_OK);
    assert_non_null(strstr(line, "data.csv:3:2: column 2"));
    /* a duplicate names its series, group/region/metric */
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_SOURCE_NAME, NULL), CTREND_OK);
    const char *dup = "month,group,deaths\n2022-01,TTP,1\n2022-01,TTP,2\n";
    assert_int_equal(ctrend_reader_feed(r, dup, strlen(dup)), CTREND_EDUPLICATE);
    assert_int_equal(ctrend_reader_finish(r, &f, &e), CTREND_EDUPLICATE);
    assert_string_equal(e.key, "TTP//deaths");
    assert_string_equal(e.file, "<input>");
    assert_int_equal(e.line, 3);
    assert_int_equal(e.column, 3);
    /* read_file: the path is the file; success clears the record */
    assert_int_equal(ctrend_reader_read_file(r, DATA "no/such/file.csv", &f, &e), CTREND_EIO);
    assert_string_equal(e.file, DATA "no/such/file.csv");
    assert_int_equal(e.line, 0);
    assert_int_equal(ctrend_reader_read_file(r, DATA "wide.csv", &f, &e), CTREND_OK);
    assert_int_equal(e.code, CTREND_OK);
    assert_string_equal(e.file, "");
    assert_int_equal(ctrend_reader_error(r, &c), CTREND_OK);
    assert_int_equal(c.code, CTREND_OK);
    ctrend_frame_free(f);
    ctrend_reader_free(r);
}

/* Option types and bounds (docs/api.md §4): every bound is accepted by set_int and one past
 * it is refused; string keys have no bounds. */
static void test_option_bounds(void **state)
{
    (void)state;
    ctrend_reader *r = NULL;
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    int n_int = 0, n_str = 0;
    for (int key = -2; key < 40; ++key) {
        const int t = ctrend_reader_opt_type(key);
        double lo = -7, hi = -7;
        if (t == CTREND_READ_TYPE_INT) {
            ++n_int;
            assert_int_equal(ctrend_reader_opts_bounds(key, &lo, &hi), CTREND_OK);
            assert_true(lo <= hi);
            if (key == CTREND_READ_THOUSANDS) /* '.' is refused while it is the decimal mark */
                assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_DECIMAL, ','), CTREND_OK);
            if (key != CTREND_READ_MAX_RECORD) { /* 2^63 is not an int64_t */
                assert_int_equal(ctrend_reader_set_int(r, key, (int64_t)hi), CTREND_OK);
                assert_int_equal(ctrend_reader_set_int(r, key, (int64_t)hi + 1), CTREND_EINVAL);
            }
            assert_int_equal(ctrend_reader_set_int(r, key, (int64_t)lo), CTREND_OK);
            assert_int_equal(ctrend_reader_set_int(r, key, (int64_t)lo - 1), CTREND_EINVAL);
            assert_int_equal(ctrend_reader_set_str(r, key, "x"), CTREND_EINVAL);
        } else {
            assert_int_equal(ctrend_reader_opts_bounds(key, &lo, &hi), CTREND_EINVAL);
            assert_true(lo == -7 && hi == -7);
            if (t == CTREND_READ_TYPE_STR) {
                ++n_str;
                assert_int_equal(ctrend_reader_set_int(r, key, 0), CTREND_EINVAL);
            } else {
                assert_int_equal(t, CTREND_READ_TYPE_NONE);
                assert_int_equal(ctrend_reader_set_int(r, key, 0), CTREND_EINVAL);
                assert_int_equal(ctrend_reader_set_str(r, key, "x"), CTREND_EINVAL);
            }
        }
    }
    assert_int_equal(n_int, 12); /* SHAPE .. FAST_SPLIT (keys 0..9), THREADS, CHUNK_BYTES (20, 21) */
    assert_int_equal(n_str, 10); /* DATE_COL .. NONCOUNT_COL (keys 10..19) */
    double lo, hi;
    assert_int_equal(ctrend_reader_opts_bounds(CTREND_READ_TO, &lo, &hi), CTREND_OK);
    assert_true(hi == 9999.0 * 12 + 11); /* December 9999 */
    assert_int_equal(ctrend_reader_opts_bounds(CTREND_READ_SHAPE, NULL, &hi), CTREND_OK);
    assert_true(hi == CTREND_SHAPE_EVENT);
    ctrend_reader_free(r);
}

static void test_api_edges(void **state)
{
    (void)state;
    ctrend_reader *r = NULL;
    ctrend_frame *f = NULL, *keep = (ctrend_frame *)&f;
    assert_int_equal(ctrend_reader_new(NULL, NULL), CTREND_EINVAL);
    ctrend_reader_free(NULL);
    assert_string_equal(ctrend_reader_errmsg(NULL), "");
    ctrend_error e;
    assert_int_equal(ctrend_reader_error(NULL, &e), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    assert_int_equal(ctrend_reader_error(r, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_feed(NULL, "a", 1), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_feed(r, NULL, 1), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_finish(NULL, &f, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_finish(r, NULL, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_read_file(r, NULL, &f, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_read_file(NULL, "x", &f, NULL), CTREND_EINVAL);
    /* finish with no input at all: empty */
    f = keep;
    assert_int_equal(ctrend_reader_finish(r, &f, NULL), CTREND_EEMPTY);
    assert_ptr_equal(f, keep); /* untouched on error */
    assert_int_equal(ctrend_reader_feed(r, NULL, 0), CTREND_OK);
    assert_int_equal(ctrend_reader_finish(r, &f, NULL), CTREND_EEMPTY);
    /* unreadable file */
    assert_int_equal(ctrend_reader_read_file(r, DATA "no/such/file.csv", &f, NULL), CTREND_EIO);
    assert_ptr_equal(f, keep);
    assert_int_equal(reader_err_line(r), 0);
    assert_non_null(strstr(ctrend_reader_errmsg(r), "no/such/file.csv"));
    assert_int_equal(ctrend_reader_read_file(r, DATA, &f, NULL), CTREND_EIO); /* a directory: read fails */
    /* reuse after an error: the error stays readable until the next input, then clears */
    assert_int_equal(parse_str(r, "month,x\n2022-01,1\n2022-01,1\n", &f), CTREND_EDUPLICATE);
    assert_int_equal(reader_err_line(r), 3);
    assert_int_equal(reader_err_column(r), 2);
    assert_int_equal(ctrend_reader_read_file(r, DATA "wide.csv", &f, NULL), CTREND_OK);
    assert_string_equal(ctrend_reader_errmsg(r), "");
    assert_int_equal(reader_err_line(r), 0);
    check_wide(f);
    ctrend_frame_free(f);
    /* a failed reader abandoned without finish leaks nothing (ASan checks) */
    assert_int_equal(ctrend_reader_feed(r, "month,x\n2022-01,z\n", 18), CTREND_EPARSE);
    ctrend_reader_free(r);
    /* ... nor does one abandoned mid-input */
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    assert_int_equal(ctrend_reader_feed(r, "month,x\n2022-01,1\n\"abc", 22), CTREND_OK);
    ctrend_reader_free(r);
}

/* ---------------------------------------------------------------- streaming */

static void chunk_all(const char *path, const char *const *opts_str, size_t n_opts)
{
    size_t len = 0;
    char *buf = ctrend_test_slurp(path, &len);
    assert_non_null(buf);
    ctrend_reader *r = NULL;
    ctrend_frame *whole = NULL;
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    for (size_t k = 0; k + 1 < n_opts; k += 2)
        assert_int_equal(ctrend_reader_set_str(r, atoi(opts_str[k]), opts_str[k + 1]), CTREND_OK);
    assert_int_equal(parse_buf(r, buf, len, 0, &whole), CTREND_OK);
    for (size_t chunk = 1; chunk <= len; ++chunk) {
        ctrend_frame *f = NULL;
        assert_int_equal(parse_buf(r, buf, len, chunk, &f), CTREND_OK);
        assert_same_frame(whole, f, "whole vs chunked");
        ctrend_frame_free(f);
    }
    ctrend_frame_free(whole);
    ctrend_reader_free(r);
    free(buf);
}

static void test_every_chunk_size(void **state)
{
    (void)state;
    chunk_all(DATA "wide.csv", NULL, 0);
    chunk_all(DATA "wide_bom_crlf.csv", NULL, 0);
    chunk_all(DATA "long.csv", NULL, 0);
    chunk_all(DATA "months.csv", NULL, 0);
    const char *ev[] = {"11", "actor", "12", "province", "15", "fatalities", "15", "injured"};
    chunk_all(DATA "event.csv", ev, 8);
    /* BOM-like prefix that is not a BOM is data (here: the header's first bytes), and not
     * UTF-8: the first header name is invalid */
    ctrend_reader *r = NULL;
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    const char text[] = "\xef\xbbmonth,x\n2022-01,1\n";
    assert_int_equal(parse_buf(r, text, sizeof text - 1, 1, &f), CTREND_EPARSE);
    assert_int_equal(reader_err_line(r), 1);
    assert_int_equal(reader_err_column(r), 1);
    const char bom_only[] = "\xef\xbb\xbf";
    for (size_t chunk = 1; chunk <= 3; ++chunk)
        assert_int_equal(parse_buf(r, bom_only, 3, chunk, &f), CTREND_EEMPTY);
    /* two bytes of a BOM and then end of input: they are data, a one-column header whose
     * name is not UTF-8 */
    assert_int_equal(parse_buf(r, bom_only, 2, 1, &f), CTREND_EPARSE);
    assert_int_equal(reader_err_line(r), 1);
    assert_int_equal(reader_err_column(r), 1);
    ctrend_reader_free(r);
}

/* ---------------------------------------------------------------- bad-input corpus */

static void test_invalid_corpus(void **state)
{
    (void)state;
    const char *dir = DATA "invalid";
    DIR *d = opendir(dir);
    assert_non_null(d);
    struct dirent *e;
    size_t n_cases = 0;
    int seen[CTREND_STATUS_COUNT_] = {0};
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        char path[512], status[64];
        long long line = -1, col = -1;
        snprintf(path, sizeof path, "%s/%s/expected", dir, e->d_name);
        FILE *fp = fopen(path, "r");
        assert_non_null(fp);
        assert_int_equal(fscanf(fp, "%63s %lld %lld", status, &line, &col), 3);
        fclose(fp);
        const int want = status_from_name(status);
        snprintf(path, sizeof path, "%s/%s/input.csv", dir, e->d_name);
        size_t len = 0;
        char *buf = ctrend_test_slurp(path, &len);
        assert_non_null(buf);
        const size_t chunks[] = {0, 1, 2, 3, 5, 8, 13};
        for (size_t c = 0; c < sizeof chunks / sizeof chunks[0]; ++c) {
            ctrend_reader *r = NULL;
            ctrend_frame *f = NULL;
            assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
            snprintf(path, sizeof path, "%s/%s/options", dir, e->d_name);
            apply_options(r, path);
            const int rc = parse_buf(r, buf, len, chunks[c], &f);
            if (rc != want || reader_err_line(r) != line || reader_err_column(r) != col) {
                print_error("case %s (chunk %zu): got %s %lld %lld, want %s %lld %lld: %s\n", e->d_name,
                            chunks[c], ctrend_status_name(rc), (long long)reader_err_line(r),
                            (long long)reader_err_column(r), status, line, col,
                            ctrend_reader_errmsg(r));
                fail();
            }
            assert_null(f);
            assert_true(strlen(ctrend_reader_errmsg(r)) > 0);
            ctrend_reader_free(r);
        }
        /* and through read_file */
        ctrend_reader *r = NULL;
        ctrend_frame *f = NULL;
        assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
        snprintf(path, sizeof path, "%s/%s/options", dir, e->d_name);
        apply_options(r, path);
        snprintf(path, sizeof path, "%s/%s/input.csv", dir, e->d_name);
        assert_int_equal(ctrend_reader_read_file(r, path, &f, NULL), want);
        if (line > 0) assert_non_null(strstr(ctrend_reader_errmsg(r), path));
        ctrend_reader_free(r);
        free(buf);
        seen[want] = 1;
        ++n_cases;
    }
    closedir(d);
    assert_true(n_cases >= 30);
    const int needed[] = {CTREND_EPARSE, CTREND_ERANGE,  CTREND_EDOMAIN,  CTREND_EDUPLICATE,
                          CTREND_ERAGGED, CTREND_EEMPTY, CTREND_ENOTFOUND};
    for (size_t k = 0; k < sizeof needed / sizeof needed[0]; ++k) assert_true(seen[needed[k]]);
}

/* ---------------------------------------------------------------- UCDP GED Pakistan */

/* data.csv columns: month,events_all,deaths_best_all,...,events_statebased,deaths_best_statebased,
 * events_nonstate,deaths_best_nonstate,events_onesided,deaths_best_onesided,... (pandas output). */
#define UCDP_MONTHS 396
static void load_reference(double ref[UCDP_MONTHS][13], int32_t *first)
{
    FILE *fp = fopen(REF "data.csv", "r");
    assert_non_null(fp);
    char line[1024];
    assert_non_null(fgets(line, sizeof line, fp)); /* header */
    size_t n = 0;
    while (fgets(line, sizeof line, fp)) {
        assert_true(n < UCDP_MONTHS);
        int y, m;
        char *p = line;
        assert_int_equal(sscanf(p, "%d-%d", &y, &m), 2);
        if (n == 0) *first = M(y, m);
        assert_int_equal(M(y, m), *first + (int32_t)n);
        for (size_t k = 0; k < 13; ++k) {
            p = strchr(p, ',');
            assert_non_null(p);
            ref[n][k] = strtod(++p, NULL);
        }
        ++n;
    }
    fclose(fp);
    assert_int_equal(n, UCDP_MONTHS);
}

static void test_ucdp_ged_pakistan(void **state)
{
    (void)state;
    static double ref[UCDP_MONTHS][13];
    int32_t first = 0;
    load_reference(ref, &first);
    assert_int_equal(first, M(1989, 1));
    size_t len = 0;
    char *buf = ctrend_test_slurp(REF "conflict_data_pak.csv", &len);
    assert_non_null(buf);
    ctrend_reader *r = NULL;
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    /* as derive_data.py: month of date_start, events = rows, deaths = sum of `best`,
     * zero-filled 1989-01..2021-12 (the HXL row is skipped automatically) */
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_DATE_COL, "date_start"), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_SUM_COL, "best"), CTREND_OK);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_FROM, M(1989, 1)), CTREND_OK);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_TO, M(2021, 12)), CTREND_OK);
    const size_t chunks[] = {0, 65536, 4093, 13};
    for (size_t c = 0; c < sizeof chunks / sizeof chunks[0]; ++c) {
        ctrend_frame *f = NULL;
        assert_int_equal(parse_buf(r, buf, len, chunks[c], &f), CTREND_OK);
        assert_int_equal(tg_frame_start(f), M(1989, 1));
        assert_int_equal(ctrend_frame_n_months(f), UCDP_MONTHS);
        assert_int_equal(ctrend_frame_n_series(f), 2);
        /* the export's `region` column ("Asia") is picked up as the region key */
        const size_t ev = find(f, "", "Asia", "events"), de = find(f, "", "Asia", "best");
        double tot_e = 0, tot_d = 0;
        for (size_t k = 0; k < UCDP_MONTHS; ++k) {
            assert_close(at(f, ev, first + (int32_t)k), ref[k][0], 0, 0); /* events_all */
            assert_close(at(f, de, first + (int32_t)k), ref[k][1], 0, 0); /* deaths_best_all */
            tot_e += ref[k][0];
            tot_d += ref[k][1];
        }
        assert_close(tot_e, 6416, 0, 0); /* PROVENANCE.md totals */
        assert_close(tot_d, 43225, 0, 0);
        ctrend_frame_free(f);
    }
    /* REGION_COL "" switches the automatic `region` role off */
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_DATE_COL, ""), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_REGION_COL, ""), CTREND_OK);
    {
        ctrend_frame *f = NULL;
        assert_int_equal(parse_buf(r, buf, len, 0, &f), CTREND_OK);
        assert_int_equal(ctrend_frame_n_series(f), 2);
        const size_t ev = find(f, "", "", "events");
        for (size_t k = 0; k < UCDP_MONTHS; ++k) assert_close(at(f, ev, first + (int32_t)k), ref[k][0], 0, 0);
        ctrend_frame_free(f);
    }
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_REGION_COL, NULL), CTREND_OK);
    /* without FROM/TO the span is the file's own first..last event month (same here),
     * and grouping by type_of_violence reproduces the per-type columns */
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_FROM, 0), CTREND_OK);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_TO, 0), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_GROUP_COL, "type_of_violence"), CTREND_OK);
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_reader_read_file(r, REF "conflict_data_pak.csv", &f, NULL), CTREND_OK);
    assert_int_equal(tg_frame_start(f), M(1989, 1));
    assert_int_equal(ctrend_frame_n_months(f), UCDP_MONTHS);
    static const char *const types[3] = {"1", "2", "3"}; /* statebased, nonstate, onesided */
    for (size_t t = 0; t < 3; ++t) {
        const size_t ev = find(f, types[t], "Asia", "events"), de = find(f, types[t], "Asia", "best");
        for (size_t k = 0; k < UCDP_MONTHS; ++k) {
            assert_close(at(f, ev, first + (int32_t)k), ref[k][5 + 2 * t], 0, 0);
            assert_close(at(f, de, first + (int32_t)k), ref[k][6 + 2 * t], 0, 0);
        }
    }
    ctrend_frame_free(f);
    ctrend_reader_free(r);
    free(buf);
}


/* ---------------------------------------------------------------- fixed gaps (docs/guarantees.md) */

/* Read `text` whole and in every chunk size 1..len with `counts` as REQUIRE_COUNTS; each way
 * must give `want` at (line, col), and on error a message containing `needle` (may be NULL). */
static void expect_everywhere(const char *text, int counts, int want, int64_t line, int64_t col,
                              const char *needle)
{
    const size_t len = strlen(text);
    ctrend_reader *r = NULL;
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_REQUIRE_COUNTS, counts), CTREND_OK);
    for (size_t chunk = 0; chunk <= len; ++chunk) {
        ctrend_frame *f = NULL;
        const int st = parse_buf(r, text, len, chunk, &f);
        if (st != want || reader_err_line(r) != line || reader_err_column(r) != col)
            print_error("chunk %zu: got %s %lld %lld (%s), want %s %lld %lld\n", chunk, ctrend_status_name(st),
                        (long long)reader_err_line(r), (long long)reader_err_column(r),
                        ctrend_reader_errmsg(r), ctrend_status_name(want), (long long)line, (long long)col);
        assert_int_equal(st, want);
        assert_int_equal(reader_err_line(r), line);
        assert_int_equal(reader_err_column(r), col);
        if (needle && !strstr(ctrend_reader_errmsg(r), needle)) {
            print_error("message \"%s\" lacks \"%s\"\n", ctrend_reader_errmsg(r), needle);
            fail();
        }
        ctrend_frame_free(f);
    }
    ctrend_reader_free(r);
}

/* Gap 1: text that becomes a name must be UTF-8 (RFC 3629, Unicode Table 3-7). */
static void test_utf8_names(void **state)
{
    (void)state;
    /* well-formed 2-, 3- and 4-byte characters, the extremes U+07FF U+FFFF U+10FFFF included */
    ctrend_reader *r = NULL;
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    assert_int_equal(parse_str(r,
                               "month,group,region,d\xc3\xa9" "c\xc3\xa8s\n"
                               "2022-01,Pe\xc3\xb1" "a,\xe5\x8c\x97\xe4\xba\xac,1\n"
                               "2022-01,\xdf\xbf\xef\xbf\xbf\xf4\x8f\xbf\xbf,\xf0\x9f\x98\x80,2\n",
                               &f),
                     CTREND_OK);
    assert_int_equal(ctrend_frame_n_series(f), 2);
    size_t idx;
    assert_int_equal(ctrend_frame_find(f, "Pe\xc3\xb1" "a", "\xe5\x8c\x97\xe4\xba\xac", "d\xc3\xa9" "c\xc3\xa8s", &idx),
                     CTREND_OK);
    ctrend_frame_free(f);
    /* long data: the metric text is a name too */
    assert_int_equal(parse_str(r, "month,metric,value\n2022-01,d\xc3\xa9" "c\xc3\xa8s,3\n", &f), CTREND_OK);
    ctrend_frame_free(f);
    ctrend_reader_free(r);

    static const char *const bad[] = {
        "\xc0\xaf",         /* overlong '/' */
        "\xe0\x80\xaf",     /* overlong, 3 bytes */
        "\xf0\x80\x80\xaf", /* overlong, 4 bytes */
        "\xc1\xbf",         /* overlong U+007F */
        "\xed\xa0\x80",     /* surrogate U+D800 */
        "\xed\xbf\xbf",     /* surrogate U+DFFF */
        "\xf4\x90\x80\x80", /* U+110000 */
        "\xf5\x80\x80\x80", /* lead byte beyond U+10FFFF */
        "\xff",             "\x80", /* stray continuation */
        "\xc3",             /* cut: a lead byte then the field ends */
        "\xe2\x82",         /* cut 3-byte sequence */
        "\xe9t\xe9",        /* Latin-1 */
    };
    char text[128];
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; ++k) {
        /* a group (wide data, second row so the fast path copies it) */
        snprintf(text, sizeof text, "month,group,n\n2022-01,a,1\n2022-02,x%sy,2\n", bad[k]);
        expect_everywhere(text, 1, CTREND_EPARSE, 3, 2, "invalid UTF-8");
        /* a region, in the first data row */
        snprintf(text, sizeof text, "month,region,n\n2022-01,%s,1\n", bad[k]);
        expect_everywhere(text, 1, CTREND_EPARSE, 2, 2, "invalid UTF-8");
        /* a long-data metric */
        snprintf(text, sizeof text, "month,metric,value\n2022-01,a,1\n2022-01,%s,1\n", bad[k]);
        expect_everywhere(text, 1, CTREND_EPARSE, 3, 2, "invalid UTF-8");
        /* a header name, even of a column no role uses (event data ignore it) */
        snprintf(text, sizeof text, "date,n%s\n2022-01-05,1\n", bad[k]);
        expect_everywhere(text, 1, CTREND_EPARSE, 1, 2, "invalid UTF-8");
    }
    /* rows skipped by FROM/TO are still checked; a value column is not a name (not checked) */
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_FROM, M(2023, 1)), CTREND_OK);
    assert_int_equal(parse_str(r, "month,group,n\n2022-01,\xff,1\n2023-01,a,1\n", &f), CTREND_EPARSE);
    assert_int_equal(reader_err_line(r), 2);
    ctrend_reader_free(r);
    /* the message quotes the bad text with '?' for each invalid byte */
    expect_everywhere("month,group,n\n2022-01,Pe\xf1" "a,1\n", 1, CTREND_EPARSE, 2, 2, "\"Pe?a\"");
    expect_everywhere("month,group,n\n2022-01,Pe\xf1" "a,1\n", 1, CTREND_EPARSE, 2, 2, "byte 3 is 0xF1");
}

/* Excerpts in messages: whole characters only, invalid bytes and controls as '?', at most 40
 * bytes, "..." when cut; column names go through the same helper. */
static void test_message_excerpts(void **state)
{
    (void)state;
    /* overlong in a month: each invalid byte is '?' */
    expect_everywhere("month,n\n2022\xc0\xad" "01,1\n", 1, CTREND_EPARSE, 2, 1, "got \"2022??01\"");
    /* a control byte and a C1 control (U+0085) */
    expect_everywhere("month,n\n2022\x01\xc2\x85x,1\n", 1, CTREND_EPARSE, 2, 1, "got \"2022??x\"");
    /* 39 ASCII bytes then a 2-byte character: the character would end at byte 41, so it is
     * left out whole */
    char text[256], want[128];
    snprintf(text, sizeof text, "month,n\n2022-01,%s\xc3\xa9z\n", "123456789012345678901234567890123456789");
    snprintf(want, sizeof want, "got \"%s...\"", "123456789012345678901234567890123456789");
    expect_everywhere(text, 1, CTREND_EPARSE, 2, 2, want);
    /* 38 ASCII bytes then the character: it fits exactly */
    snprintf(text, sizeof text, "month,n\n2022-01,%s\xc3\xa9z\n", "12345678901234567890123456789012345678");
    snprintf(want, sizeof want, "got \"%s\xc3\xa9...\"", "12345678901234567890123456789012345678");
    expect_everywhere(text, 1, CTREND_EPARSE, 2, 2, want);
    /* a long multi-byte column name is cut before the character that would pass 40 bytes */
    snprintf(text, sizeof text, "month,x%s\n2022-01,z\n",
             "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
             "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9");
    expect_everywhere(text, 1, CTREND_EPARSE, 2, 2,
                      "column 2 \"x\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
                      "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9...\"");
    /* a duplicate series quotes its names through the helper too */
    expect_everywhere("month,group,n\n2022-01,a\xc3\xa9,1\n2022-01,a\xc3\xa9,2\n", 1, CTREND_EDUPLICATE, 3, 3,
                      "group \"a\xc3\xa9\"");
}

/* Gap 2: a line ends at CR, LF or CRLF (one line), quoted or not; the same at every split. */
static void test_line_ends(void **state)
{
    (void)state;
    expect_everywhere("month,n\r2022-01,4\r2022-02,x\r", 1, CTREND_EPARSE, 3, 2, NULL);
    expect_everywhere("month,n\r\n2022-01,4\r\n\r\n2022-02,x\r\n", 1, CTREND_EPARSE, 4, 2, NULL);
    /* mixed: LF, CR, CRLF, LF CR (two lines), blank lines of each kind */
    expect_everywhere("month,n\n2022-01,1\r2022-02,2\r\n2022-03,3\n\r2022-04,4\r\r\n\n2022-05,x\n", 1, CTREND_EPARSE,
                      9, 2, NULL);
    /* a record after a lone CR inside an LF file starts on the CR's next line */
    expect_everywhere("month,n\r\"x\ny", 1, CTREND_EPARSE, 2, 1, NULL);
    expect_everywhere("month,n\r2022-01,1\n2022-02,x\n", 1, CTREND_EPARSE, 3, 2, NULL);
    /* line ends inside a quoted field count: CR, CRLF and LF, then the bad value */
    expect_everywhere("month,group,n\n2022-01,\"a\rb\r\nc\nd\",1\n2022-02,e,x\n", 1, CTREND_EPARSE, 6, 3, NULL);
    /* the record starts on its own line even when it begins with a quoted line end */
    expect_everywhere("month,group,n\r2022-01,\"\r\",x\r", 1, CTREND_EPARSE, 2, 3, NULL);
    /* CR-only files read like LF ones */
    ctrend_reader *r = NULL;
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    assert_int_equal(parse_str(r, "month,n\r2022-01,4\r2022-02,5", &f), CTREND_OK);
    const double want[] = {4, 5};
    expect_series(f, "", "", "n", M(2022, 1), want, 2);
    ctrend_frame_free(f);
    ctrend_reader_free(r);
}

/* Gap 3: counts are integers in 0..2^53 exactly as written, decided on the digits. */
static void test_count_limit(void **state)
{
    (void)state;
    static const char *const ok[] = {"9007199254740992", "09007199254740992", "9007199254740992.000",
                                     "9.007199254740992e15", "90071992547409920e-1", "1.00e2", "0.0",
                                     "-0.0e5", "0e999999999999", " 12 "};
    static const double okv[] = {9007199254740992.0, 9007199254740992.0, 9007199254740992.0,
                                 9007199254740992.0, 9007199254740992.0, 100, 0, 0, 0, 12};
    char text[128];
    for (size_t k = 0; k < sizeof ok / sizeof ok[0]; ++k) {
        ctrend_reader *r = NULL;
        ctrend_frame *f = NULL;
        assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
        snprintf(text, sizeof text, "month,n\n2022-01,\"%s\"\n", ok[k]);
        const int st = parse_str(r, text, &f);
        if (st) print_error("%s: %s\n", ok[k], ctrend_reader_errmsg(r));
        assert_int_equal(st, CTREND_OK);
        expect_series(f, "", "", "n", M(2022, 1), &okv[k], 1);
        ctrend_frame_free(f);
        ctrend_reader_free(r);
    }
    static const char *const bad[] = {
        "9007199254740993",     /* 2^53 + 1: its double is 2^53 */
        "9007199254740994",     /* a double, but above the limit */
        "9.007199254740993e15", "10000000000000000", "1e16",
        "4503599627370496.5",   /* fraction whose double is an integer (spacing 1 above 2^52) */
        "1.00000000000000001",  /* fraction whose double is 1 */
        "1e-400",               /* underflows to 0, but is not 0 */
        "-1e-400", "0.5", "-1", "12345678901234567890123",
    };
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; ++k) {
        snprintf(text, sizeof text, "month,n\n2022-01,%s\n", bad[k]);
        expect_everywhere(text, 1, CTREND_EDOMAIN, 2, 2, "at most 2^53");
        /* without REQUIRE_COUNTS they are ordinary numbers */
        expect_everywhere(text, 0, CTREND_OK, 0, 0, NULL);
    }
}

int main(void)
{
    ctrend_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_wide),         cmocka_unit_test(test_long),
        cmocka_unit_test(test_event),        cmocka_unit_test(test_month_forms),
        cmocka_unit_test(test_values),       cmocka_unit_test(test_options),
        cmocka_unit_test(test_api_edges),
        cmocka_unit_test(test_error_record),
        cmocka_unit_test(test_option_bounds),    cmocka_unit_test(test_every_chunk_size),
        cmocka_unit_test(test_invalid_corpus), cmocka_unit_test(test_ucdp_ged_pakistan),
        cmocka_unit_test(test_fast_paths),   cmocka_unit_test(test_utf8_names),
        cmocka_unit_test(test_message_excerpts), cmocka_unit_test(test_line_ends),
        cmocka_unit_test(test_count_limit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
