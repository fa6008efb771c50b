/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_month.c — month index arithmetic, parsing and formatting. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "test_util.h"
#include <ctrend.h>

static int32_t parse_ok(const char *s)
{
    int32_t m = -1;
    const int rc = ctrend_month_parse(s, strlen(s), &m);
    if (rc != CTREND_OK) print_error("parse '%s' -> %s\n", s, ctrend_status_name(rc));
    assert_int_equal(rc, CTREND_OK);
    return m;
}

static int parse_rc(const char *s)
{
    int32_t m = 12345;
    const int rc = ctrend_month_parse(s, strlen(s), &m);
    if (rc != CTREND_OK) assert_int_equal(m, 12345); /* untouched on error */
    return rc;
}

static void test_index_definition(void **state)
{
    (void)state;
    int32_t m;
    assert_int_equal(ctrend_month_make(2022, 1, &m), CTREND_OK);
    assert_int_equal(m, 2022 * 12); /* 24264 */
    assert_int_equal(ctrend_month_year(m), 2022);
    assert_int_equal(ctrend_month_of_year(m), 1);
    assert_int_equal(ctrend_month_of_year(ctrend_month_add(m, -1)), 12);
    assert_int_equal(ctrend_month_year(ctrend_month_add(m, -1)), 2021);
    assert_int_equal(ctrend_month_add(m, 14), 2023 * 12 + 2);
    assert_int_equal(ctrend_month_make(2022, 13, &m), CTREND_ERANGE);
    assert_int_equal(ctrend_month_make(0, 1, &m), CTREND_ERANGE);
    assert_int_equal(ctrend_month_make(10000, 1, &m), CTREND_ERANGE);
    assert_int_equal(ctrend_month_make(2022, 1, NULL), CTREND_EINVAL);
}

static void test_days_in_month(void **state)
{
    (void)state;
    int32_t m;
    ctrend_month_make(2022, 2, &m);
    assert_int_equal(ctrend_month_days(m), 28);
    ctrend_month_make(2024, 2, &m);
    assert_int_equal(ctrend_month_days(m), 29);
    ctrend_month_make(1900, 2, &m); /* divisible by 100, not 400 */
    assert_int_equal(ctrend_month_days(m), 28);
    ctrend_month_make(2000, 2, &m); /* divisible by 400 */
    assert_int_equal(ctrend_month_days(m), 29);
    ctrend_month_make(2022, 4, &m);
    assert_int_equal(ctrend_month_days(m), 30);
    ctrend_month_make(2022, 12, &m);
    assert_int_equal(ctrend_month_days(m), 31);
    /* whole 2022: 365 days */
    int32_t total = 0;
    for (int32_t i = 0; i < 12; ++i) total += ctrend_month_days(2022 * 12 + i);
    assert_int_equal(total, 365);
}

static void test_parse_accepted_forms(void **state)
{
    (void)state;
    const int32_t jan22 = 2022 * 12;
    assert_int_equal(parse_ok("2022-01"), jan22);
    assert_int_equal(parse_ok("2022-1"), jan22);
    assert_int_equal(parse_ok("2022-01-15"), jan22);
    assert_int_equal(parse_ok("2022/01"), jan22);
    assert_int_equal(parse_ok("2022/01/31"), jan22);
    assert_int_equal(parse_ok("Jan 2022"), jan22);
    assert_int_equal(parse_ok("January 2022"), jan22);
    assert_int_equal(parse_ok("JANUARY 2022"), jan22);
    assert_int_equal(parse_ok("jan-2022"), jan22);
    assert_int_equal(parse_ok("  2022-01  "), jan22);
    assert_int_equal(parse_ok("1990-10-04 00:00:00.000"), 1990 * 12 + 9); /* UCDP GED date_start */
    assert_int_equal(parse_ok("2022-01-15T10:00:00Z"), jan22);
    assert_int_equal(parse_ok("Sept 2023"), 2023 * 12 + 8);
    assert_int_equal(parse_ok("Sep 2023"), 2023 * 12 + 8);
    assert_int_equal(parse_ok("December 1999"), 1999 * 12 + 11);
    assert_int_equal(parse_ok("2024-02-29"), 2024 * 12 + 1);
    /* not NUL-terminated input: only len bytes are read */
    int32_t m;
    assert_int_equal(ctrend_month_parse("2022-03XYZ", 7, &m), CTREND_OK);
    assert_int_equal(m, jan22 + 2);
}

static void test_parse_rejected_forms(void **state)
{
    (void)state;
    assert_int_equal(parse_rc(""), CTREND_EPARSE);
    assert_int_equal(parse_rc("   "), CTREND_EPARSE);
    assert_int_equal(parse_rc("2022"), CTREND_EPARSE);
    assert_int_equal(parse_rc("22-01"), CTREND_EPARSE);
    assert_int_equal(parse_rc("2022-01x"), CTREND_EPARSE);
    assert_int_equal(parse_rc("2022-01/15"), CTREND_EPARSE);
    assert_int_equal(parse_rc("Janu 2022"), CTREND_EPARSE);
    assert_int_equal(parse_rc("Foo 2022"), CTREND_EPARSE);
    assert_int_equal(parse_rc("Jan 22"), CTREND_EPARSE);
    assert_int_equal(parse_rc("NA"), CTREND_EPARSE);
    assert_int_equal(parse_rc("2022-13"), CTREND_ERANGE);
    assert_int_equal(parse_rc("2022-00"), CTREND_ERANGE);
    assert_int_equal(parse_rc("0000-05"), CTREND_ERANGE);
    assert_int_equal(parse_rc("2023-02-29"), CTREND_ERANGE);
    assert_int_equal(parse_rc("2022-04-31"), CTREND_ERANGE);
    assert_int_equal(parse_rc("2022-04-00"), CTREND_ERANGE);
    int32_t m;
    assert_int_equal(ctrend_month_parse(NULL, 3, &m), CTREND_EINVAL);
    assert_int_equal(ctrend_month_parse("2022-01", 7, NULL), CTREND_EINVAL);
}

static void test_format_roundtrip(void **state)
{
    (void)state;
    char buf[CTREND_MONTH_STRLEN];
    assert_int_equal(ctrend_month_format(2022 * 12 + 1, buf, sizeof buf), CTREND_OK);
    assert_string_equal(buf, "2022-02");
    assert_int_equal(ctrend_month_format(1 * 12, buf, sizeof buf), CTREND_OK);
    assert_string_equal(buf, "0001-01");
    assert_int_equal(ctrend_month_format(2022 * 12, buf, 7), CTREND_ERANGE);
    assert_int_equal(ctrend_month_format(0, buf, sizeof buf), CTREND_ERANGE);
    for (int32_t m = 1989 * 12; m < 2030 * 12; ++m) {
        assert_int_equal(ctrend_month_format(m, buf, sizeof buf), CTREND_OK);
        assert_int_equal(parse_ok(buf), m);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_index_definition),
        cmocka_unit_test(test_days_in_month),
        cmocka_unit_test(test_parse_accepted_forms),
        cmocka_unit_test(test_parse_rejected_forms),
        cmocka_unit_test(test_format_roundtrip),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
