/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_common.c — status codes (pinned values, X-macro consistency) and version. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "test_util.h"
#include <ctrend.h>

static void test_status_values_are_pinned(void **state)
{
    (void)state;
    /* These numbers are part of the ABI: bindings hard-code them. */
    assert_int_equal(CTREND_OK, 0);
    assert_int_equal(CTREND_EINVAL, 1);
    assert_int_equal(CTREND_ENOMEM, 2);
    assert_int_equal(CTREND_EIO, 3);
    assert_int_equal(CTREND_EPARSE, 4);
    assert_int_equal(CTREND_EDOMAIN, 5);
    assert_int_equal(CTREND_ESHORT, 6);
    assert_int_equal(CTREND_ENOCONV, 7);
    assert_int_equal(CTREND_ESINGULAR, 8);
    assert_int_equal(CTREND_ENUMERIC, 9);
    assert_int_equal(CTREND_EDUPLICATE, 10);
    assert_int_equal(CTREND_ERAGGED, 11);
    assert_int_equal(CTREND_EEMPTY, 12);
    assert_int_equal(CTREND_ENOTFOUND, 13);
    assert_int_equal(CTREND_ERANGE, 14);
    assert_int_equal(CTREND_EALLZERO, 15);
    assert_int_equal(CTREND_ESEPARATION, 16);
    assert_int_equal(CTREND_EUNSUPPORTED, 17);
}

static void test_status_names_and_messages(void **state)
{
    (void)state;
    assert_string_equal(ctrend_status_name(CTREND_EPARSE), "CTREND_EPARSE");
    assert_string_equal(ctrend_status_name(999), "CTREND_UNKNOWN");
    assert_string_equal(ctrend_strerror(-1), "unknown status");
    assert_true(ctrend_status_count() >= 18);
    for (int i = 0; i < ctrend_status_count(); ++i) {
        assert_non_null(ctrend_strerror(i));
        assert_string_not_equal(ctrend_strerror(i), "unknown status");
        assert_string_not_equal(ctrend_status_name(i), "CTREND_UNKNOWN");
    }
}

static void test_version_macro_equals_getter(void **state)
{
    (void)state;
    assert_int_equal(ctrend_version_number(), CTREND_VERSION_NUMBER);
    assert_string_equal(ctrend_version_string(), CTREND_VERSION_STRING);
    char buf[32];
    snprintf(buf, sizeof buf, "%d.%d.%d", CTREND_VERSION_MAJOR, CTREND_VERSION_MINOR, CTREND_VERSION_PATCH);
    assert_string_equal(buf, ctrend_version_string());
    ctrend_init();
    ctrend_init(); /* idempotent */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_status_values_are_pinned),
        cmocka_unit_test(test_status_names_and_messages),
        cmocka_unit_test(test_version_macro_equals_getter),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
