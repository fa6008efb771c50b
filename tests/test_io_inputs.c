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
#include "test_util.h"
#include "io_util.h"
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
    return ctrend_reader_finish(r, out);
}

/* Read text whole and at chunk sizes 1, 2, 3, 7: the same status, line and column each
 * time, and frames with the same values. Returns the status; *out = the whole read's frame
 * (NULL on error). */
static int read_all(ctrend_reader *r, const char *text, ctrend_frame **out)
{
    ctrend_frame *whole = NULL;
    const int rc = feed_chunks(r, text, 0, &whole);
    const int64_t line = ctrend_reader_error_line(r), col = ctrend_reader_error_column(r);
    static const size_t chunks[] = {1, 2, 3, 7};
    for (size_t c = 0; c < sizeof chunks / sizeof chunks[0]; ++c) {
        ctrend_frame *f = NULL;
        assert_int_equal(feed_chunks(r, text, chunks[c], &f), rc);
        assert_int_equal(ctrend_reader_error_line(r), line);
        assert_int_equal(ctrend_reader_error_column(r), col);
        if (rc == CTREND_OK) {
            assert_int_equal(ctrend_frame_n_series(f), ctrend_frame_n_series(whole));
            assert_int_equal(ctrend_frame_start(f), ctrend_frame_start(whole));
            assert_int_equal(ctrend_frame_n_months(f), ctrend_frame_n_months(whole));
            const size_t nm = ctrend_frame_n_months(f);
            for (size_t s = 0; s < ctrend_frame_n_series(f); ++s)
                for (size_t k = 0; k < nm; ++k) {
                    double a, b;
                    const int32_t m = ctrend_frame_start(f) + (int32_t)k;
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
    assert_int_equal(ctrend_reader_new(&r), CTREND_OK);
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
    if (rc != want || ctrend_reader_error_line(r) != line || ctrend_reader_error_column(r) != col ||
        (needle && !strstr(ctrend_reader_errmsg(r), needle)))
        print_error("got %s %lld %lld \"%s\", want %s %lld %lld \"%s\"\n", ctrend_status_name(rc),
                    (long long)ctrend_reader_error_line(r), (long long)ctrend_reader_error_column(r),
                    ctrend_reader_errmsg(r), ctrend_status_name(want), (long long)line, (long long)col,
                    needle ? needle : "");
    assert_int_equal(rc, want);
    assert_int_equal(ctrend_reader_error_line(r), line);
    assert_int_equal(ctrend_reader_error_column(r), col);
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_date_forms),   cmocka_unit_test(test_month_forms),
        cmocka_unit_test(test_date_ambiguity), cmocka_unit_test(test_date_format),
        cmocka_unit_test(test_total_rows),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
