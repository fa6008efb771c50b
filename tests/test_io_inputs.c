/*
 * test_io_inputs.c — the reader on the exports people have (issue 11): date forms and the
 * day/month order, --date-format, total rows, row filters, cell forms (thousands, decimal
 * comma, percent), delimiters, unused hostile columns, gzip and standard input.
 *
 * Expected values are hand-counted from the small inputs written inline (the arithmetic
 * is in comments next to each). Every input is read whole and at several chunk sizes
 * (read_all), so an order decided late in the file must not depend on the split.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <strings.h>
#include "test_util.h"
#include "io_util.h"
#include "getters.h"
#include <ctrend.h>

#define M(year, moy) ((int32_t)((year) * 12 + (moy) - 1))

static int feed_chunks(ctrend_reader *r, const char *text, size_t chunk, ctrend_frame **out)
{
    const size_t len = strlen(text);
    if (chunk == 0) chunk = len ? len : 1;
    for (size_t off = 0; off < len; off += chunk) {
        const size_t n = len - off < chunk ? len - off : chunk;
        if (ctrend_reader_feed(r, text + off, n)) break;
    }
    return ctrend_reader_finish(r, out, NULL);
}

/* Read text whole and at chunk sizes 1, 2, 3, 7: the same status, line and column each
 * time, and frames with the same values. Returns the status; *out = the whole read's frame
 * (NULL on error). */
static int read_all(ctrend_reader *r, const char *text, ctrend_frame **out)
{
    ctrend_frame *whole = NULL;
    const int rc = feed_chunks(r, text, 0, &whole);
    const int64_t line = reader_err_line(r), col = reader_err_column(r);
    static const size_t chunks[] = {1, 2, 3, 7};
    for (size_t c = 0; c < sizeof chunks / sizeof chunks[0]; ++c) {
        ctrend_frame *f = NULL;
        assert_int_equal(feed_chunks(r, text, chunks[c], &f), rc);
        assert_int_equal(reader_err_line(r), line);
        assert_int_equal(reader_err_column(r), col);
        if (rc == CTREND_OK) {
            assert_int_equal(ctrend_frame_n_series(f), ctrend_frame_n_series(whole));
            assert_int_equal(tg_frame_start(f), tg_frame_start(whole));
            assert_int_equal(ctrend_frame_n_months(f), ctrend_frame_n_months(whole));
            const size_t nm = ctrend_frame_n_months(f);
            for (size_t s = 0; s < ctrend_frame_n_series(f); ++s)
                for (size_t k = 0; k < nm; ++k) {
                    double a, b;
                    const int32_t m = tg_frame_start(f) + (int32_t)k;
                    ctrend_frame_get(f, s, m, &a);
                    ctrend_frame_get(whole, s, m, &b);
                    if (isnan(b)) assert_nan(a);
                    else assert_close(a, b, 0, 0);
                }
        }
        ctrend_frame_free(f);
    }
    *out = whole;
    return rc;
}

static ctrend_reader *new_reader(void)
{
    ctrend_reader *r = NULL;
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    return r;
}

static double get(const ctrend_frame *f, const char *g, const char *rg, const char *m, int32_t month)
{
    size_t i = 0;
    if (ctrend_frame_find(f, g, rg, m, &i) != CTREND_OK) {
        print_error("series (%s, %s, %s) not found\n", g, rg, m);
        fail();
    }
    double v = -1;
    assert_int_equal(ctrend_frame_get(f, i, month, &v), CTREND_OK);
    return v;
}

static void expect_error(ctrend_reader *r, const char *text, int want, int64_t line, int64_t col,
                         const char *needle)
{
    ctrend_frame *f = NULL;
    const int rc = read_all(r, text, &f);
    if (rc != want || reader_err_line(r) != line || reader_err_column(r) != col ||
        (needle && !strstr(ctrend_reader_errmsg(r), needle)))
        print_error("got %s %lld %lld \"%s\", want %s %lld %lld \"%s\"\n", ctrend_status_name(rc),
                    (long long)reader_err_line(r), (long long)reader_err_column(r),
                    ctrend_reader_errmsg(r), ctrend_status_name(want), (long long)line, (long long)col,
                    needle ? needle : "");
    assert_int_equal(rc, want);
    assert_int_equal(reader_err_line(r), line);
    assert_int_equal(reader_err_column(r), col);
    if (needle) assert_non_null(strstr(ctrend_reader_errmsg(r), needle));
    assert_null(f);
}

/* ---------------------------------------------------------------- dates */

/* Each form of issue 11, as an event column: the month of every row, hand-read. */
static void test_date_forms(void **state)
{
    (void)state;
    static const struct { const char *a, *b; int32_t ma, mb; } cases[] = {
        {"2022-03-02", "2022-04-30", M(2022, 3), M(2022, 4)},
        {"2022-03-02T10:00:00Z", "2022-04-01T23:59:59Z", M(2022, 3), M(2022, 4)},
        {"2022-03-02 10:00:00", "2022-04-01 00:00:00", M(2022, 3), M(2022, 4)},
        {"2 March 2022", "30 April 2022", M(2022, 3), M(2022, 4)},
        {"02 Mar 2022", "1 Apr 2022", M(2022, 3), M(2022, 4)},
        {"2-Mar-2022", "1-Apr-2022", M(2022, 3), M(2022, 4)},
        {"March 2, 2022", "April 30, 2022", M(2022, 3), M(2022, 4)},
        {"Mar 2 2022", "Apr 30 2022", M(2022, 3), M(2022, 4)},
        {"15/01/2022", "03/02/2022", M(2022, 1), M(2022, 2)},   /* 15 > 12: day first */
        {"1/15/2022", "2/3/2022", M(2022, 1), M(2022, 2)},      /* 15 > 12: month first */
        {"01.03.2022", "31.12.2022", M(2022, 3), M(2022, 12)},  /* decided by the second row */
        {"12-01-2022", "13-01-2022", M(2022, 1), M(2022, 1)},   /* 13: day first, so row 1 is Jan */
    };
    ctrend_reader *r = new_reader();
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; ++c) {
        char text[256];
        snprintf(text, sizeof text, "id,date,best\n1,\"%s\",5\n2,\"%s\",7\n", cases[c].a, cases[c].b);
        assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_SUM_COL, "best"), CTREND_OK);
        ctrend_frame *f = NULL;
        const int rc = read_all(r, text, &f);
        if (rc) print_error("case %zu: %s\n", c, ctrend_reader_errmsg(r));
        assert_int_equal(rc, CTREND_OK);
        if (cases[c].ma == cases[c].mb) {
            assert_close(get(f, "", "", "events", cases[c].ma), 2, 0, 0);
            assert_close(get(f, "", "", "best", cases[c].ma), 12, 0, 0);
        } else {
            assert_close(get(f, "", "", "events", cases[c].ma), 1, 0, 0);
            assert_close(get(f, "", "", "best", cases[c].ma), 5, 0, 0);
            assert_close(get(f, "", "", "best", cases[c].mb), 7, 0, 0);
        }
        ctrend_frame_free(f);
    }
    ctrend_reader_free(r);
}

/* Month spellings (wide data, one row per month): Mar 2022, March 2022, Mar-22 (POSIX pivot:
 * 68 -> 2068, 69 -> 1969), 2022M03, 2022/03, 2022-03. */
static void test_month_forms(void **state)
{
    (void)state;
    ctrend_reader *r = new_reader();
    ctrend_frame *f = NULL;
    assert_int_equal(read_all(r, "month,n\nMar 2022,1\nApril 2022,2\n2022M05,3\n2022/06,4\n2022-07,5\n", &f),
                     CTREND_OK);
    for (int32_t k = 0; k < 5; ++k) assert_close(get(f, "", "", "n", M(2022, 3 + k)), k + 1, 0, 0);
    ctrend_frame_free(f);
    assert_int_equal(read_all(r, "month,n\nJan-22,1\nFeb-22,2\nDec-68,3\nJan-69,4\n", &f), CTREND_OK);
    assert_close(get(f, "", "", "n", M(2022, 1)), 1, 0, 0);
    assert_close(get(f, "", "", "n", M(2022, 2)), 2, 0, 0);
    assert_close(get(f, "", "", "n", M(2068, 12)), 3, 0, 0);
    assert_close(get(f, "", "", "n", M(1969, 1)), 4, 0, 0);
    ctrend_frame_free(f);
    /* one form per column: Mar-22 then "March 2022" */
    expect_error(r, "month,n\nMar-22,1\nApril 2022,2\n", CTREND_EPARSE, 3, 1, "one form per date column");
    /* a YYYY-MM cell (the fast path) in a day-month-year column */
    expect_error(r, "id,date\n1,2 March 2022\n2,2022-03-04\n", CTREND_EPARSE, 3, 2, "one form per date column");
    ctrend_reader_free(r);
}

/* Both outcomes of a numeric column whose order is never settled: an error naming both
 * readings and the option, and the option's answer either way. */
static void test_date_ambiguity(void **state)
{
    (void)state;
    const char *text = "id,date,best\n1,01/03/2022,5\n2,02/03/2022,7\n3,03/01/2022,1\n";
    ctrend_reader *r = new_reader();
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_SUM_COL, "best"), CTREND_OK);
    expect_error(r, text, CTREND_EPARSE, 2, 2, "(2022-03) or as month/day/year (2022-01)");
    assert_non_null(strstr(ctrend_reader_errmsg(r), "--date-format %d/%m/%Y"));
    assert_non_null(strstr(ctrend_reader_errmsg(r), "--date-format %m/%d/%Y"));
    ctrend_frame *f = NULL;
    /* day first: 1 and 2 March, 3 January -> March 2 events (5 + 7), January 1 (1) */
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_DATE_FORMAT, "%d/%m/%Y"), CTREND_OK);
    assert_int_equal(read_all(r, text, &f), CTREND_OK);
    assert_close(get(f, "", "", "events", M(2022, 3)), 2, 0, 0);
    assert_close(get(f, "", "", "best", M(2022, 3)), 12, 0, 0);
    assert_close(get(f, "", "", "events", M(2022, 1)), 1, 0, 0);
    assert_close(get(f, "", "", "events", M(2022, 2)), 0, 0, 0); /* zero-filled */
    ctrend_frame_free(f);
    /* month first: January 3 (5), February 3 (7), March 1 (1) */
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_DATE_FORMAT, "%m/%d/%Y"), CTREND_OK);
    assert_int_equal(read_all(r, text, &f), CTREND_OK);
    assert_close(get(f, "", "", "events", M(2022, 1)), 1, 0, 0);
    assert_close(get(f, "", "", "best", M(2022, 1)), 5, 0, 0);
    assert_close(get(f, "", "", "best", M(2022, 2)), 7, 0, 0);
    assert_close(get(f, "", "", "best", M(2022, 3)), 1, 0, 0);
    ctrend_frame_free(f);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_DATE_FORMAT, NULL), CTREND_OK);
    /* settled late: rows before the deciding one wait and land in the right months
     * (13/03: day first, so 01/02 is 1 February) */
    assert_int_equal(read_all(r, "id,date,best\n1,01/02/2022,5\n2,01/02/2022,1\n3,13/03/2022,7\n", &f), CTREND_OK);
    assert_close(get(f, "", "", "events", M(2022, 2)), 2, 0, 0);
    assert_close(get(f, "", "", "best", M(2022, 2)), 6, 0, 0);
    assert_close(get(f, "", "", "best", M(2022, 3)), 7, 0, 0);
    ctrend_frame_free(f);
    /* a cell that contradicts the settled order */
    expect_error(r, "id,date,best\n1,13/03/2022,7\n2,01/13/2022,5\n", CTREND_EPARSE, 3, 2,
                 "can only be month/day/year, but line 2");
    /* wide data: a duplicate of a waiting date is found at once, one after the flush later */
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_SUM_COL, NULL), CTREND_OK);
    expect_error(r, "month,n\n01/02/2022,1\n01/02/2022,2\n", CTREND_EDUPLICATE, 3, 2, "already has a value");
    /* wide, monthly, every day 1: still ambiguous; %d.%m.%Y settles it */
    expect_error(r, "month,n\n01.01.2022,1\n01.02.2022,2\n", CTREND_EPARSE, 2, 1, "%d.%m.%Y");
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_DATE_FORMAT, "%d.%m.%Y"), CTREND_OK);
    assert_int_equal(read_all(r, "month,n\n01.01.2022,1\n01.02.2022,2\n", &f), CTREND_OK);
    assert_close(get(f, "", "", "n", M(2022, 2)), 2, 0, 0);
    ctrend_frame_free(f);
    ctrend_reader_free(r);
}

/* --date-format patterns and excel serials. Excel: 36161 = 1999-01-01 and 40179 = 2010-01-01
 * (Microsoft's examples); 59 = 1900-02-28, 60 = the fictitious 1900-02-29 (February),
 * 61 = 1900-03-01; 44927 = 2023-01-01 (= 25569 + 19358 days, 1970-01-01 + 53 years). */
static void test_date_format(void **state)
{
    (void)state;
    ctrend_reader *r = new_reader();
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_DATE_FORMAT, "excel"), CTREND_OK);
    assert_int_equal(read_all(r, "date,n\n36161,1\n40179.75,2\n59,3\n61,4\n44927,5\n", &f), CTREND_OK);
    assert_close(get(f, "", "", "events", M(1999, 1)), 1, 0, 0);
    assert_close(get(f, "", "", "events", M(2010, 1)), 1, 0, 0);
    assert_close(get(f, "", "", "events", M(1900, 2)), 1, 0, 0);
    assert_close(get(f, "", "", "events", M(1900, 3)), 1, 0, 0);
    assert_close(get(f, "", "", "events", M(2023, 1)), 1, 0, 0);
    ctrend_frame_free(f);
    assert_int_equal(read_all(r, "date,n\n60,1\n", &f), CTREND_OK);
    assert_close(get(f, "", "", "events", M(1900, 2)), 1, 0, 0);
    ctrend_frame_free(f);
    expect_error(r, "date,n\n44927,1\n0,1\n", CTREND_ERANGE, 3, 1, NULL);
    expect_error(r, "date,n\n44927,1\n2022-01-01,1\n", CTREND_EPARSE, 3, 1, "excel");
    /* patterns */
    static const struct { const char *fmt, *cell; int32_t month; } ok[] = {
        {"%Y%m%d", "20220315", M(2022, 3)},        {"%d/%m/%y", "15/03/22", M(2022, 3)},
        {"%b %Y", "mar 2022", M(2022, 3)},         {"%B %e, %Y", "March  5, 2022", M(2022, 3)},
        {"%Y-%m-%d %H:%M:%S", "2022-03-05 10:11:12", M(2022, 3)}, {"%m/%Y", "3/2022", M(2022, 3)},
        {"Q%% %Y.%m", "Q% 2022.03", M(2022, 3)},   {"%y-%b", "99-Dec", M(1999, 12)},
    };
    for (size_t c = 0; c < sizeof ok / sizeof ok[0]; ++c) {
        char text[128];
        snprintf(text, sizeof text, "month,n\n\"%s\",4\n", ok[c].cell);
        assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_DATE_FORMAT, ok[c].fmt), CTREND_OK);
        const int rc = read_all(r, text, &f);
        if (rc) print_error("%s on %s: %s\n", ok[c].fmt, ok[c].cell, ctrend_reader_errmsg(r));
        assert_int_equal(rc, CTREND_OK);
        assert_close(get(f, "", "", "n", ok[c].month), 4, 0, 0);
        ctrend_frame_free(f);
    }
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_DATE_FORMAT, "%d/%m/%Y"), CTREND_OK);
    expect_error(r, "month,n\n15/03/2022,1\n31/02/2022,1\n", CTREND_ERANGE, 3, 1, NULL);
    expect_error(r, "month,n\n15/03/2022,1\n2022-03-01,1\n", CTREND_EPARSE, 3, 1, "%d/%m/%Y");
    /* formats without a year or a month, or unknown directives, are refused */
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_DATE_FORMAT, "%d/%m"), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_DATE_FORMAT, "%Y"), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_DATE_FORMAT, "%Y-%m %q"), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_DATE_FORMAT, "%Y-%m%"), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_DATE_FORMAT, "%Y-%m-%Y"), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_DATE_FORMAT, ""), CTREND_OK); /* = detect */
    ctrend_reader_free(r);
}

/* Total rows are skipped and reported; other text is still an error. */
static void test_total_rows(void **state)
{
    (void)state;
    ctrend_reader *r = new_reader();
    ctrend_frame *f = NULL;
    assert_int_equal(read_all(r, "month,n\n2022-01,4\n2022-02,6\nTotal,10\n\" grand TOTAL \",10\nALL,10\n", &f),
                     CTREND_OK);
    assert_close(get(f, "", "", "n", M(2022, 2)), 6, 0, 0);
    assert_int_equal(ctrend_frame_n_months(f), 2);
    assert_int_equal(ctrend_reader_n_skipped(r), 3);
    assert_int_equal(ctrend_reader_skipped_line(r, 0), 4);
    assert_int_equal(ctrend_reader_skipped_line(r, 2), 6);
    assert_int_equal(ctrend_reader_skipped_line(r, 3), 0);
    assert_int_equal(ctrend_reader_skipped_line(r, -1), 0);
    ctrend_frame_free(f);
    expect_error(r, "month,n\n2022-01,4\nTotals 2022,10\n", CTREND_EPARSE, 3, 1, NULL);
    expect_error(r, "month,n\nSum,4\n", CTREND_EEMPTY, 0, 0, "only total rows");
    /* a total row first: the form comes from the next row */
    assert_int_equal(read_all(r, "month,n\nsum,9\n2022-01,4\n2022-02,5\n", &f), CTREND_OK);
    assert_close(get(f, "", "", "n", M(2022, 2)), 5, 0, 0);
    ctrend_frame_free(f);
    ctrend_reader_free(r);
}

/* ---------------------------------------------------------------- filters */

static ctrend_filter *compile(const char *expr)
{
    ctrend_filter *f = NULL;
    assert_int_equal(ctrend_filter_new(&f), CTREND_OK);
    const int rc = ctrend_filter_add(f, expr);
    if (rc) print_error("%s: %s\n", expr, ctrend_filter_errmsg(f));
    assert_int_equal(rc, CTREND_OK);
    return f;
}

/* Evaluate expr on one row of (column, cell) pairs given as "name=cell" strings. */
static int eval1(const char *expr, const char *const *pairs, size_t n)
{
    ctrend_filter *f = compile(expr);
    const char *cells[8];
    const int64_t nc = ctrend_filter_n_columns(f);
    assert_true(nc <= 8);
    for (int64_t k = 0; k < nc; ++k) {
        const char *col = ctrend_filter_column(f, k);
        cells[k] = NULL;
        for (size_t i = 0; i < n; ++i) {
            const char *eq = strchr(pairs[i], '=');
            if ((size_t)(eq - pairs[i]) == strlen(col) && !strncasecmp(pairs[i], col, strlen(col))) cells[k] = eq + 1;
        }
        assert_non_null(cells[k]);
    }
    int res = -1;
    assert_int_equal(ctrend_filter_eval(f, cells, nc, &res), CTREND_OK);
    ctrend_filter_free(f);
    return res;
}

static void test_filter_operators(void **state)
{
    (void)state;
    const char *row[] = {"actor=Tehrik-i-Taliban Pakistan (TTP)", "side=TTP", "n=12", "rate=2.5",
                         "Fuel price (PKR)=149.86", "empty=", "a.b=x"};
    const size_t n = sizeof row / sizeof row[0];
    static const struct { const char *expr; int want; } cases[] = {
        {"side == \"TTP\"", 1}, {"side == \"ttp\"", 0}, {"side == 'TTP'", 1}, {"side != \"TTP\"", 0},
        {"side != \"ISKP\"", 1}, {"actor ~ \"TTP\"", 1}, {"actor ~ \"ttp\"", 0}, {"actor ~* \"ttp\"", 1},
        {"actor ~* \"TALIBAN pak\"", 1}, {"actor =~ \"^Tehri[ck]-[ie]-Taliban\"", 1},
        {"actor =~ \"\\\\(TTP\\\\)$\"", 1}, {"actor =~ \"^TTP\"", 0},
        {"side in (\"ISKP\", \"TTP\")", 1}, {"side in (\"ISKP\")", 0},
        {"n > 11", 1}, {"n > 12", 0}, {"n >= 12", 1}, {"n < 12.5", 1}, {"n <= 11", 0}, {"n == 12", 1},
        {"n == 12.0", 1}, {"n != 12", 0}, {"rate > 2.4", 1}, {"rate < -1e3", 0},
        {"`Fuel price (PKR)` > 100", 1}, {"`fuel PRICE (pkr)` <= 100", 0},
        {"empty > 0", 0}, {"empty < 0", 0}, {"empty != 3", 0}, {"not empty == 3", 1}, {"actor > 3", 0},
        {"empty == \"\"", 1}, {"a.b == \"x\"", 1},
        {"side == \"TTP\" and n > 20", 0}, {"side == \"TTP\" or n > 20", 1}, {"not side == \"TTP\"", 0},
        {"not (side == \"X\" or n > 20)", 1}, {"side == \"X\" or n > 20 and rate > 0", 0},
        {"(side == \"X\" or n > 1) and rate > 0", 1}, {"side == \"TTP\" AND NOT n < 5", 1},
        {"side == \"T\\\"TP\"", 0},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; ++c) {
        const int got = eval1(cases[c].expr, row, n);
        if (got != cases[c].want) print_error("%s: got %d\n", cases[c].expr, got);
        assert_int_equal(got, cases[c].want);
    }
}

static void test_filter_errors(void **state)
{
    (void)state;
    static const struct { const char *expr; int64_t at; const char *needle; } bad[] = {
        {"", 1, "empty"},
        {"side = \"TTP\"", 6, "=="},
        {"side == TTP", 9, "string"},
        {"side == \"TTP", 9, "unterminated"},
        {"(side == \"TTP\"", 15, "close the ("},
        {"side == \"TTP\")", 14, "unmatched"},
        {"side == \"TTP\" && n > 1", 15, "and, or, not"},
        {"n > \"3\"", 5, "number"},
        {"n > 3x", 5, "number"},
        {"side in \"a\"", 9, "("},
        {"side in (\"a\",)", 14, "string"},
        {"side =~ \"(\"", 9, "regular expression"},
        {"`unclosed == \"x\"", 1, "`"},
        {"side", 5, "operator"},
        {"and == \"x\"", 1, "column name"},
        {"side == \"a\" side == \"b\"", 13, "and, or"},
    };
    ctrend_filter *f = NULL;
    assert_int_equal(ctrend_filter_new(&f), CTREND_OK);
    assert_int_equal(ctrend_filter_add(f, "n > 1"), CTREND_OK);
    for (size_t c = 0; c < sizeof bad / sizeof bad[0]; ++c) {
        const int rc = ctrend_filter_add(f, bad[c].expr);
        if (rc != CTREND_EPARSE || ctrend_filter_error_offset(f) != bad[c].at ||
            !strstr(ctrend_filter_errmsg(f), bad[c].needle))
            print_error("'%s': %d at %lld: %s\n", bad[c].expr, rc, (long long)ctrend_filter_error_offset(f),
                        ctrend_filter_errmsg(f));
        assert_int_equal(rc, CTREND_EPARSE);
        assert_int_equal(ctrend_filter_error_offset(f), bad[c].at);
        assert_non_null(strstr(ctrend_filter_errmsg(f), bad[c].needle));
    }
    /* failed adds left the filter as it was: one column, n > 1 */
    assert_int_equal(ctrend_filter_n_columns(f), 1);
    const char *cells[1] = {"2"};
    int res = 0;
    assert_int_equal(ctrend_filter_eval(f, cells, 1, &res), CTREND_OK);
    assert_int_equal(res, 1);
    assert_int_equal(ctrend_filter_eval(f, cells, 2, &res), CTREND_EINVAL);
    assert_null(ctrend_filter_column(f, 1));
    /* nesting is bounded */
    char deep[300];
    memset(deep, '(', 200);
    strcpy(deep + 200, "n > 1");
    assert_int_equal(ctrend_filter_add(f, deep), CTREND_EPARSE);
    assert_non_null(strstr(ctrend_filter_errmsg(f), "deep"));
    ctrend_filter_free(f);
    ctrend_filter_free(NULL);
}

/* The reader applies the filter before aggregation, in all three shapes; repeated
 * expressions all hold; unknown columns name the closest; an empty result is EEMPTY. */
static void test_filter_reader(void **state)
{
    (void)state;
    ctrend_reader *r = new_reader();
    ctrend_filter *flt = NULL;
    assert_int_equal(ctrend_filter_new(&flt), CTREND_OK);
    assert_int_equal(ctrend_filter_add(flt, "actor1 ~* \"ttp\" or actor2 ~* \"ttp\""), CTREND_OK);
    assert_int_equal(ctrend_reader_set_filter(r, flt), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_DATE_COL, "event_date"), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_GROUP_COL, "admin1"), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_SUM_COL, "fatalities"), CTREND_OK);
    /* the rejected rows hold a bad date and a bad count: never read */
    const char *acled =
        "event_date,actor1,actor2,admin1,fatalities\n"
        "2 March 2022,TTP,Police,KP,3\n"
        "5 March 2022,Military Forces,Tehrik-i-Taliban Pakistan (TTP),KP,2\n"
        "not a date,IS,Police,Sindh,x\n"
        "9 March 2022,Rioters,Police,Sindh,1\n"
        "1 April 2022,ttp splinter,,Balochistan,4\n";
    ctrend_frame *f = NULL;
    assert_int_equal(read_all(r, acled, &f), CTREND_OK);
    /* KP March: rows 1-2 -> 2 events, 3 + 2 = 5 deaths; Balochistan April: 1 event, 4 */
    assert_int_equal(ctrend_frame_n_series(f), 4);
    assert_close(get(f, "KP", "", "events", M(2022, 3)), 2, 0, 0);
    assert_close(get(f, "KP", "", "fatalities", M(2022, 3)), 5, 0, 0);
    assert_close(get(f, "KP", "", "events", M(2022, 4)), 0, 0, 0);
    assert_close(get(f, "Balochistan", "", "fatalities", M(2022, 4)), 4, 0, 0);
    ctrend_frame_free(f);
    /* a second expression: also fatalities >= 3 -> KP March 1 event (3), Balochistan 1 (4) */
    assert_int_equal(ctrend_filter_add(flt, "fatalities >= 3"), CTREND_OK);
    assert_int_equal(read_all(r, acled, &f), CTREND_OK);
    assert_close(get(f, "KP", "", "events", M(2022, 3)), 1, 0, 0);
    assert_close(get(f, "KP", "", "fatalities", M(2022, 3)), 3, 0, 0);
    ctrend_frame_free(f);
    /* nothing left */
    assert_int_equal(ctrend_filter_add(flt, "admin1 == \"Punjab\""), CTREND_OK);
    expect_error(r, acled, CTREND_EEMPTY, 0, 0, "left no row: 5 data rows read");
    ctrend_filter_free(flt);
    /* unknown column: the closest header names */
    assert_int_equal(ctrend_filter_new(&flt), CTREND_OK);
    assert_int_equal(ctrend_filter_add(flt, "actor == \"TTP\""), CTREND_OK);
    assert_int_equal(ctrend_reader_set_filter(r, flt), CTREND_OK);
    expect_error(r, acled, CTREND_ENOTFOUND, 1, 0, "closest: \"actor1\", \"actor2\", \"admin1\"");
    ctrend_filter_free(flt);
    /* wide and long data: a filter on a key column and on a metric column */
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_DATE_COL, NULL), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_GROUP_COL, NULL), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_SUM_COL, NULL), CTREND_OK);
    assert_int_equal(ctrend_filter_new(&flt), CTREND_OK);
    assert_int_equal(ctrend_filter_add(flt, "group in (\"TTP\", \"ISKP\") and not attacks < 10"), CTREND_OK);
    assert_int_equal(ctrend_reader_set_filter(r, flt), CTREND_OK);
    assert_int_equal(read_all(r, "month,group,attacks\n2022-01,TTP,42\n2022-02,TTP,2\n2022-01,ISKP,12\n2022-01,BLA,50\n", &f),
                     CTREND_OK);
    assert_int_equal(ctrend_frame_n_series(f), 2);
    assert_close(get(f, "TTP", "", "attacks", M(2022, 1)), 42, 0, 0);
    assert_nan(get(f, "TTP", "", "attacks", M(2022, 2)));
    ctrend_frame_free(f);
    ctrend_filter_free(flt);
    assert_int_equal(ctrend_filter_new(&flt), CTREND_OK);
    assert_int_equal(ctrend_filter_add(flt, "metric =~ \"^(attacks|deaths)$\" and month == \"2022-02\""), CTREND_OK);
    assert_int_equal(ctrend_reader_set_filter(r, flt), CTREND_OK);
    assert_int_equal(read_all(r, "month,group,metric,value\n2022-01,TTP,attacks,42\n2022-02,TTP,attacks,22\n"
                                 "2022-02,TTP,arrests,5\n2022-02,TTP,deaths,36\n", &f),
                     CTREND_OK);
    assert_int_equal(ctrend_frame_n_series(f), 2);
    assert_close(get(f, "TTP", "", "attacks", M(2022, 2)), 22, 0, 0);
    assert_close(get(f, "TTP", "", "deaths", M(2022, 2)), 36, 0, 0);
    assert_int_equal(tg_frame_start(f), M(2022, 2));
    ctrend_frame_free(f);
    assert_int_equal(ctrend_reader_set_filter(r, NULL), CTREND_OK);
    ctrend_filter_free(flt);
    ctrend_reader_free(r);
}

/* ---------------------------------------------------------------- columns and cells */

/* Only the columns in use are read: a price (149.86), text and a percentage beside the
 * counts are ignored unless selected; selected as non-counts they need no REQUIRE_COUNTS=0. */
static void test_used_columns(void **state)
{
    (void)state;
    const char *text = "month,DriversKilled,PetrolPrice,note,share\n"
                       "1969-01,107,149.86,\"any, text\",12.5%\n"
                       "1969-02,97,0.1023,#!?,11%\n";
    ctrend_reader *r = new_reader();
    ctrend_frame *f = NULL;
    expect_error(r, text, CTREND_EDOMAIN, 2, 3, "a covariate or exposure needs neither");
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_METRIC, "DriversKilled"), CTREND_OK);
    assert_int_equal(read_all(r, text, &f), CTREND_OK);
    assert_int_equal(ctrend_frame_n_series(f), 1);
    assert_close(get(f, "", "", "DriversKilled", M(1969, 2)), 97, 0, 0);
    ctrend_frame_free(f);
    /* the price as a covariate: read, any number allowed; the percentage likewise (12.5% -> 12.5) */
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_METRIC, "PetrolPrice"), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_METRIC, "share"), CTREND_OK);
    expect_error(r, text, CTREND_EDOMAIN, 2, 3, NULL);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_NONCOUNT_COL, "petrolprice"), CTREND_OK);
    expect_error(r, text, CTREND_EDOMAIN, 2, 5, "percentage");
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_NONCOUNT_COL, "share"), CTREND_OK);
    assert_int_equal(read_all(r, text, &f), CTREND_OK);
    assert_int_equal(ctrend_frame_n_series(f), 3);
    assert_close(get(f, "", "", "PetrolPrice", M(1969, 1)), 149.86, 0, 0);
    assert_close(get(f, "", "", "share", M(1969, 1)), 12.5, 0, 0);
    assert_close(get(f, "", "", "share", M(1969, 2)), 11, 0, 0);
    ctrend_frame_free(f);
    /* a metric the header lacks, or a key column */
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_METRIC, "Drivers"), CTREND_OK);
    expect_error(r, text, CTREND_ENOTFOUND, 1, 0, "closest: \"DriversKilled\"");
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_METRIC, NULL), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_METRIC, "month"), CTREND_OK);
    expect_error(r, text, CTREND_ENOTFOUND, 1, 0, "key column");
    /* long data: rows of other metrics are skipped unread */
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_METRIC, NULL), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_METRIC, "attacks"), CTREND_OK);
    assert_int_equal(read_all(r, "month,metric,value\n2022-01,attacks,4\n2022-01,price,1.5x\n", &f), CTREND_OK);
    assert_int_equal(ctrend_frame_n_series(f), 1);
    ctrend_frame_free(f);
    ctrend_reader_free(r);
}

/* 1,234 / 1.234,5 / 1 234 / 45%: hand-read values. */
static void test_number_cells(void **state)
{
    (void)state;
    ctrend_reader *r = new_reader();
    ctrend_frame *f = NULL;
    /* comma file: quoted grouped cells are read without an option */
    assert_int_equal(read_all(r, "month,n\n2022-01,\"1,234\"\n2022-02,\"12,345,678\"\n2022-03,999\n", &f), CTREND_OK);
    assert_close(get(f, "", "", "n", M(2022, 1)), 1234, 0, 0);
    assert_close(get(f, "", "", "n", M(2022, 2)), 12345678, 0, 0);
    ctrend_frame_free(f);
    expect_error(r, "month,n\n2022-01,\"1,23\"\n", CTREND_EPARSE, 2, 2, "does not group digits by three");
    expect_error(r, "month,n\n2022-01,\"1234,567\"\n", CTREND_EPARSE, 2, 2, "by three");
    expect_error(r, "month;n\n2022-01;1,234\n", CTREND_EPARSE, 2, 2, "--thousands ,");
    /* semicolon file with --thousands . --decimal , */
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_REQUIRE_COUNTS, 0), CTREND_OK);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_DECIMAL, ','), CTREND_OK);
    expect_error(r, "month;n\n2022-01;1.234,5\n", CTREND_EPARSE, 2, 2, "--thousands .");
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_THOUSANDS, '.'), CTREND_OK);
    assert_int_equal(read_all(r, "month;n\n2022-01;1.234,5\n2022-02;-0,25\n2022-03;12,5%\n2022-04;NA\n", &f), CTREND_OK);
    assert_close(get(f, "", "", "n", M(2022, 1)), 1234.5, 0, 0);
    assert_close(get(f, "", "", "n", M(2022, 2)), -0.25, 0, 0);
    assert_close(get(f, "", "", "n", M(2022, 3)), 12.5, 0, 0);
    assert_nan(get(f, "", "", "n", M(2022, 4)));
    ctrend_frame_free(f);
    /* thousands and decimal may not be the same character */
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_THOUSANDS, ','), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_THOUSANDS, ' '), CTREND_OK);
    assert_int_equal(read_all(r, "month;n\n2022-01;1 234 567,5\n", &f), CTREND_OK);
    assert_close(get(f, "", "", "n", M(2022, 1)), 1234567.5, 0, 0);
    ctrend_frame_free(f);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_DECIMAL, '.'), CTREND_OK);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_THOUSANDS, '\''), CTREND_OK);
    assert_int_equal(read_all(r, "month,n\n2022-01,1'234.5\n", &f), CTREND_OK);
    assert_close(get(f, "", "", "n", M(2022, 1)), 1234.5, 0, 0);
    ctrend_frame_free(f);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_THOUSANDS, 'x'), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_DECIMAL, ';'), CTREND_EINVAL);
    /* a percentage is no count */
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_REQUIRE_COUNTS, 1), CTREND_OK);
    expect_error(r, "month,n\n2022-01,45%\n", CTREND_EDOMAIN, 2, 2, "percentage");
    ctrend_reader_free(r);
}

/* Delimiters: sniffed from the header, or forced; empty header cells and trailing commas. */
static void test_delimiters(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "month,group,attacks\n2022-01,TTP,42\n2022-02,TTP,22\n",
        "month;group;attacks\n2022-01;TTP;42\n2022-02;TTP;22\n",
        "month\tgroup\tattacks\n2022-01\tTTP\t42\n2022-02\tTTP\t22\n",
        "month|group|attacks\n2022-01|TTP|42\n2022-02|TTP|22\n",
        "\"month;x\"|group|attacks\n2022-01|TTP|42\n2022-02|TTP|22\n", /* ';' inside quotes does not count */
        "month,group,attacks,,\n2022-01,TTP,42,,\n2022-02,TTP,22\n",  /* trailing empty columns */
        "month,group,attacks\n2022-01,TTP,42,\n2022-02,TTP,22,,\n",   /* trailing commas in rows */
        "month,,group,attacks\n2022-01,junk,TTP,42\n2022-02,,TTP,22\n", /* an unnamed column */
    };
    ctrend_reader *r = new_reader();
    for (size_t c = 0; c < sizeof texts / sizeof texts[0]; ++c) {
        ctrend_frame *f = NULL;
        assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_DATE_COL, c == 4 ? "month;x" : NULL), CTREND_OK);
        const int rc = read_all(r, texts[c], &f);
        if (rc) print_error("case %zu: %s\n", c, ctrend_reader_errmsg(r));
        assert_int_equal(rc, CTREND_OK);
        assert_int_equal(ctrend_frame_n_series(f), 1);
        assert_close(get(f, "TTP", "", "attacks", M(2022, 1)), 42, 0, 0);
        assert_close(get(f, "TTP", "", "attacks", M(2022, 2)), 22, 0, 0);
        ctrend_frame_free(f);
    }
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_DATE_COL, NULL), CTREND_OK);
    /* forced: a ';' file read with ',' has no month column */
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_DELIM, ','), CTREND_OK);
    expect_error(r, texts[1], CTREND_ENOTFOUND, 1, 0, NULL);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_DELIM, ';'), CTREND_OK);
    ctrend_frame *f = NULL;
    assert_int_equal(read_all(r, texts[1], &f), CTREND_OK);
    ctrend_frame_free(f);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_DELIM, '"'), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_DELIM, '\n'), CTREND_EINVAL);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_DELIM, 0), CTREND_OK);
    /* a row that stops before a named column is still ragged; duplicate names name both */
    expect_error(r, "month,attacks,,deaths\n2022-01,5,,6\n2022-02,5\n", CTREND_ERAGGED, 3, 3, NULL);
    expect_error(r, "month,attacks,deaths,Attacks\n2022-01,5,6,7\n", CTREND_EDUPLICATE, 1, 4, "first in column 2");
    expect_error(r, "month,attacks\n2022-01,5,6\n", CTREND_ERAGGED, 2, 3, NULL);
    ctrend_reader_free(r);
}

/* Issue 18 #9: a record longer than MAX_RECORD stops the input (memory stays bounded on a
 * file without line ends); records within the limit, quoted line ends included, pass. */
static void test_max_record(void **state)
{
    (void)state;
    ctrend_reader *r = new_reader();
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_MAX_RECORD, 64), CTREND_OK);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_MAX_RECORD, -1), CTREND_EINVAL);
    char text[512];
    snprintf(text, sizeof text, "month,group,n\n2022-01,\"%0200d\",1\n", 7);
    expect_error(r, text, CTREND_EPARSE, 2, 0, "record longer than 64 bytes");
    snprintf(text, sizeof text, "month,group,n\n2022-01,\"a\nb\",1\n2022-02,\"a\nb\",2\n");
    ctrend_frame *f = NULL;
    assert_int_equal(read_all(r, text, &f), CTREND_OK);
    assert_close(get(f, "a\nb", "", "n", M(2022, 2)), 2, 0, 0);
    ctrend_frame_free(f);
    /* a header without a line end */
    memset(text, 'x', 300);
    text[300] = '\0';
    expect_error(r, text, CTREND_EPARSE, 1, 0, "record longer");
    ctrend_reader_free(r);
}

/* Must-show (issue 11): the raw UCDP GED export filtered with side_a == "TTP" or side_b ==
 * "TTP" gives the events_ttp and deaths_best_ttp columns of the reference data.csv (made by
 * pandas, reference/derive_data.py: month of date_start, rows and sums of `best`,
 * zero-filled 1989-01..2021-12) for every month. */
static void test_ucdp_ttp_filter(void **state)
{
    (void)state;
    FILE *fp = fopen("tests/data/ref/pak_ucdp_ged/data.csv", "r");
    assert_non_null(fp);
    static double ev[400], de[400];
    char line[1024];
    size_t n = 0;
    assert_non_null(fgets(line, sizeof line, fp));
    assert_non_null(strstr(line, ",events_ttp,deaths_best_ttp"));
    while (fgets(line, sizeof line, fp) && n < 400) {
        int y, m;
        assert_int_equal(sscanf(line, "%d-%d", &y, &m), 2);
        assert_int_equal(M(y, m), M(1989, 1) + (int32_t)n);
        const char *p = line;
        for (int k = 0; k < 12; ++k) p = strchr(p, ',') + 1; /* the 13th and 14th fields */
        ev[n] = strtod(p, NULL);
        de[n] = strtod(strchr(p, ',') + 1, NULL);
        ++n;
    }
    fclose(fp);
    assert_int_equal(n, 396); /* 1989-01 .. 2021-12 */
    ctrend_reader *r = new_reader();
    ctrend_filter *flt = compile("side_a == \"TTP\" or side_b == \"TTP\"");
    assert_int_equal(ctrend_reader_set_filter(r, flt), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_DATE_COL, "date_start"), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_SUM_COL, "best"), CTREND_OK);
    assert_int_equal(ctrend_reader_set_str(r, CTREND_READ_REGION_COL, ""), CTREND_OK);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_FROM, M(1989, 1)), CTREND_OK);
    assert_int_equal(ctrend_reader_set_int(r, CTREND_READ_TO, M(2021, 12)), CTREND_OK);
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_reader_read_file(r, "tests/data/ref/pak_ucdp_ged/conflict_data_pak.csv", &f, NULL), CTREND_OK);
    assert_int_equal(ctrend_frame_n_series(f), 2);
    double te = 0, td = 0;
    for (size_t k = 0; k < n; ++k) {
        const int32_t m = M(1989, 1) + (int32_t)k;
        assert_close(get(f, "", "", "events", m), ev[k], 0, 0);
        assert_close(get(f, "", "", "best", m), de[k], 0, 0);
        te += ev[k];
        td += de[k];
    }
    assert_close(te, 4214, 0, 0); /* PROVENANCE.md: TTP-involved 4,214 events / 31,099 deaths */
    assert_close(td, 31099, 0, 0);
    ctrend_frame_free(f);
    ctrend_reader_free(r);
    ctrend_filter_free(flt);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_date_forms),   cmocka_unit_test(test_month_forms),
        cmocka_unit_test(test_date_ambiguity), cmocka_unit_test(test_date_format),
        cmocka_unit_test(test_total_rows),   cmocka_unit_test(test_filter_operators),
        cmocka_unit_test(test_filter_errors), cmocka_unit_test(test_filter_reader),
        cmocka_unit_test(test_ucdp_ttp_filter), cmocka_unit_test(test_used_columns),
        cmocka_unit_test(test_number_cells),  cmocka_unit_test(test_delimiters),
        cmocka_unit_test(test_max_record),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
