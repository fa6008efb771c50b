/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_month.c — month index arithmetic, parsing and formatting. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
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

/* Months outside years 1..9999 (ctrend_month_format_v2 / ctrend_month_parse_v2). Expected
 * strings by hand: index = year*12 + moy - 1 with astronomical years (year 0 = 1 BC), so
 * -1 = 0*12 - 1 is December of year -1; each (string, index) pair below was also checked
 * against numpy, whose datetime64[M] counts months from 1970-01 with the same year numbering:
 * np.datetime64("-0001-03").astype(int) + 1970*12 = -10, "-178956971-05" gives -2147483648. */
static void test_format_v2(void **state)
{
    (void)state;
    static const struct { int32_t m; const char *s; } cases[] = {
        {0, "0000-01"},                 /* 0*12 + 0 */
        {4, "0000-05"},                 /* year 0, May */
        {11, "0000-12"},
        {12, "0001-01"},                /* the first month of the calendar, as v1 writes it */
        {2022 * 12 + 1, "2022-02"},
        {-1, "-0001-12"},               /* -1*12 + 11 */
        {-10, "-0001-03"},              /* -1*12 + 2: March of 2 BC */
        {-12, "-0001-01"},
        {-13, "-0002-12"},              /* -2*12 + 11 */
        {-144000, "-12000-01"},         /* -12000*12 */
        {119999, "9999-12"},
        {120000, "+10000-01"},          /* 10000*12 */
        {INT32_MIN, "-178956971-05"},   /* 178956971*12 = 2147483652; -2147483652 + 4 */
        {INT32_MAX, "+178956970-08"},   /* 178956970*12 = 2147483640; + 7 */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; ++i) {
        char buf[CTREND_MONTH_STRLEN_V2];
        assert_int_equal(ctrend_month_format_v2(cases[i].m, buf, sizeof buf), CTREND_OK);
        assert_string_equal(buf, cases[i].s);
        int32_t back = 777;
        assert_int_equal(ctrend_month_parse_v2(cases[i].s, strlen(cases[i].s), &back), CTREND_OK);
        assert_int_equal(back, cases[i].m);
    }
    assert_int_equal(ctrend_month_year(INT32_MIN), -178956971);
    assert_int_equal(ctrend_month_of_year(INT32_MIN), 5);
    assert_int_equal(ctrend_month_year(INT32_MAX), 178956970);
    assert_int_equal(ctrend_month_of_year(INT32_MAX), 8);
    /* proleptic Gregorian leap years before year 1: 0, -4, -400 leap; -1, -100 not */
    assert_int_equal(ctrend_month_days(0 * 12 + 1), 29);
    assert_int_equal(ctrend_month_days(-1 * 12 + 1), 28);
    assert_int_equal(ctrend_month_days(-4 * 12 + 1), 29);
    assert_int_equal(ctrend_month_days(-100 * 12 + 1), 28);
    assert_int_equal(ctrend_month_days(-400 * 12 + 1), 29);
    assert_int_equal(ctrend_month_days(-1), 31);

    char small[CTREND_MONTH_STRLEN_V2 - 1];
    assert_int_equal(ctrend_month_format_v2(2022 * 12, small, sizeof small), CTREND_ERANGE);
    assert_int_equal(ctrend_month_format_v2(2022 * 12, NULL, 14), CTREND_EINVAL);

    /* the parser: the v1 forms stay, "+2022-01" is the expanded spelling of 2022-01 */
    int32_t m = 777;
    assert_int_equal(ctrend_month_parse_v2(" Jan 2022 ", 10, &m), CTREND_OK);
    assert_int_equal(m, 2022 * 12);
    assert_int_equal(ctrend_month_parse_v2("+2022-01", 8, &m), CTREND_OK);
    assert_int_equal(m, 2022 * 12);
    static const struct { const char *s; int rc; } bad[] = {
        {"-001-03", CTREND_EPARSE},         /* fewer than four year digits */
        {"-0001-3", CTREND_EPARSE},         /* month needs two digits */
        {"-0001/03", CTREND_EPARSE},
        {"-0001-03-01", CTREND_EPARSE},     /* no day in the expanded form */
        {"+1234567890-01", CTREND_EPARSE},  /* ten digits */
        {"--0001-03", CTREND_EPARSE},
        {"-", CTREND_EPARSE},
        {"-0001-13", CTREND_ERANGE},
        {"-0001-00", CTREND_ERANGE},
        {"0000-00", CTREND_ERANGE},
        {"0000-13", CTREND_ERANGE},
        {"+178956970-09", CTREND_ERANGE},   /* 2147483640 + 8 = INT32_MAX + 1 */
        {"-178956971-04", CTREND_ERANGE},   /* -2147483652 + 3 = INT32_MIN - 1 */
        {"-999999999-01", CTREND_ERANGE},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; ++i) {
        m = 777;
        assert_int_equal(ctrend_month_parse_v2(bad[i].s, strlen(bad[i].s), &m), bad[i].rc);
        assert_int_equal(m, 777);
    }
    /* v1 keeps the calendar: data months stay in years 1..9999 */
    assert_int_equal(parse_rc("0000-05"), CTREND_ERANGE);
    assert_int_equal(parse_rc("-0001-03"), CTREND_EPARSE);

    /* round trip over a stride of the whole int32_t range and the ends */
    for (int64_t v = INT32_MIN; v <= INT32_MAX; v += 104729 * 7) {
        char buf[CTREND_MONTH_STRLEN_V2];
        int32_t back;
        assert_int_equal(ctrend_month_format_v2((int32_t)v, buf, sizeof buf), CTREND_OK);
        assert_int_equal(ctrend_month_parse_v2(buf, strlen(buf), &back), CTREND_OK);
        assert_int_equal(back, (int32_t)v);
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
        cmocka_unit_test(test_format_v2),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
