/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_error.c — the one error record (ctrend/error.h): fill, clear, cut, format. Expected
 * strings are written out by hand from the header's rules. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include <ctrend.h>

static void test_clear_and_size(void **state)
{
    (void)state;
    ctrend_error e;
    memset(&e, 'x', sizeof e);
    ctrend_error_clear(&e);
    assert_int_equal(e.code, CTREND_OK);
    assert_string_equal(e.message, "");
    assert_string_equal(e.file, "");
    assert_string_equal(e.key, "");
    assert_true(e.line == 0 && e.column == 0);
    ctrend_error_clear(NULL); /* no-op */
    assert_int_equal(ctrend_error_sizeof(), sizeof(ctrend_error));
    assert_int_equal(sizeof e.message, CTREND_ERROR_MESSAGE_LEN);
    assert_int_equal(sizeof e.file, CTREND_ERROR_FILE_LEN);
    assert_int_equal(sizeof e.key, CTREND_ERROR_KEY_LEN);
}

static void test_set(void **state)
{
    (void)state;
    ctrend_error e;
    assert_int_equal(ctrend_error_set(&e, CTREND_EPARSE, "ttp.csv", 12, 3, "TTP//attacks",
                                      "expected a month, got 'Feb'"),
                     CTREND_EPARSE);
    assert_int_equal(e.code, CTREND_EPARSE);
    assert_string_equal(e.file, "ttp.csv");
    assert_true(e.line == 12 && e.column == 3);
    assert_string_equal(e.key, "TTP//attacks");
    assert_string_equal(e.message, "expected a month, got 'Feb'");
    /* NULL strings are "", an empty message is the status text, negative positions 0 */
    assert_int_equal(ctrend_error_set(&e, CTREND_ENOMEM, NULL, -4, -1, NULL, ""), CTREND_ENOMEM);
    assert_string_equal(e.message, ctrend_strerror(CTREND_ENOMEM));
    assert_string_equal(e.file, "");
    assert_string_equal(e.key, "");
    assert_true(e.line == 0 && e.column == 0);
    /* a NULL record is a no-op that still returns the code */
    assert_int_equal(ctrend_error_set(NULL, CTREND_EIO, "f", 1, 1, "", "m"), CTREND_EIO);
}

static void test_one_line_of_utf8(void **state)
{
    (void)state;
    ctrend_error e;
    /* 158 ASCII bytes then U+2265 (3 bytes): 161 > 159 usable bytes, so the whole character
     * is dropped, never half of it, and the cut is marked: two more characters make room
     * for "..." (156 + 3 = 159 bytes) */
    char msg[200];
    memset(msg, 'a', 158);
    strcpy(msg + 158, "\xe2\x89\xa5 50%");
    ctrend_error_set(&e, CTREND_EPARSE, "", 0, 0, "", msg);
    assert_int_equal(strlen(e.message), 159);
    assert_int_equal(e.message[155], 'a');
    assert_string_equal(e.message + 156, "...");
    /* a cut after multi-byte characters drops them whole: of 58 x U+2265 (174 bytes), 53
     * fit (159 bytes); one is given back for "...": 52 (156 bytes) + "..." = 159 */
    msg[0] = '\0';
    for (int k = 0; k < 58; ++k) strcat(msg, "\xe2\x89\xa5");
    ctrend_error_set(&e, CTREND_EPARSE, "", 0, 0, "", msg);
    assert_int_equal(strlen(e.message), 159);
    assert_memory_equal(e.message + 150, "\xe2\x89\xa5\xe2\x89\xa5...", 9);
    memset(msg, 'a', 158);
    msg[158] = '\0';
    /* 156 bytes + the character fit exactly (159 bytes + NUL) */
    msg[156] = '\0';
    strcat(msg, "\xe2\x89\xa5");
    ctrend_error_set(&e, CTREND_EPARSE, "", 0, 0, "", msg);
    assert_int_equal(strlen(e.message), 159);
    assert_memory_equal(e.message + 156, "\xe2\x89\xa5", 3);
    /* invalid bytes become '?', control characters ' ': "a\nb\x80c\xc0\xafd\xed\xa0\x80e" */
    ctrend_error_set(&e, CTREND_EPARSE, "", 0, 0, "", "a\nb\x80" "c\xc0\xaf" "d\xed\xa0\x80" "e\t");
    assert_string_equal(e.message, "a b?c??d???e ");
    /* a long file name is cut to 79 bytes */
    char path[120];
    memset(path, 'p', sizeof path - 1);
    path[sizeof path - 1] = '\0';
    ctrend_error_set(&e, CTREND_EIO, path, 0, 0, "", "cannot open");
    assert_int_equal(strlen(e.file), CTREND_ERROR_FILE_LEN - 1);
    assert_string_equal(e.file + CTREND_ERROR_FILE_LEN - 4, "...");
}

static void test_format(void **state)
{
    (void)state;
    ctrend_error e;
    char buf[256];
    size_t need = 0;
    ctrend_error_set(&e, CTREND_EPARSE, "claims.txt", 12, 31, "ttp-feb", "expected a month");
    assert_int_equal(ctrend_error_format(&e, buf, sizeof buf, &need), CTREND_OK);
    assert_string_equal(buf, "claims.txt:12:31: [ttp-feb] expected a month");
    assert_int_equal(need, strlen(buf) + 1);
    ctrend_error_set(&e, CTREND_ERAGGED, "x.csv", 7, 0, "", "row has 3 fields, header 4");
    assert_int_equal(ctrend_error_format(&e, buf, sizeof buf, NULL), CTREND_OK);
    assert_string_equal(buf, "x.csv:7: row has 3 fields, header 4");
    ctrend_error_set(&e, CTREND_ENOMEM, NULL, 0, 0, NULL, NULL);
    assert_int_equal(ctrend_error_format(&e, buf, sizeof buf, NULL), CTREND_OK);
    assert_string_equal(buf, "out of memory");
    ctrend_error_set(&e, CTREND_ESHORT, "", 0, 0, "TTP//attacks", "2 months, 5 coefficients");
    assert_int_equal(ctrend_error_format(&e, buf, sizeof buf, NULL), CTREND_OK);
    assert_string_equal(buf, "[TTP//attacks] 2 months, 5 coefficients");
    /* size query, then a buffer one byte short: ERANGE and nothing written */
    ctrend_error_set(&e, CTREND_EPARSE, "a.csv", 2, 5, "", "bad");
    assert_int_equal(ctrend_error_format(&e, NULL, 0, &need), CTREND_OK);
    assert_int_equal(need, strlen("a.csv:2:5: bad") + 1);
    memset(buf, '#', sizeof buf);
    assert_int_equal(ctrend_error_format(&e, buf, need - 1, NULL), CTREND_ERANGE);
    assert_int_equal(buf[0], '#');
    assert_int_equal(ctrend_error_format(&e, buf, need, NULL), CTREND_OK);
    assert_string_equal(buf, "a.csv:2:5: bad");
    assert_int_equal(ctrend_error_format(NULL, buf, sizeof buf, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_error_format(&e, NULL, 4, NULL), CTREND_EINVAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_clear_and_size),
        cmocka_unit_test(test_set),
        cmocka_unit_test(test_one_line_of_utf8),
        cmocka_unit_test(test_format),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
