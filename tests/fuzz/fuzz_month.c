/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fuzz_month.c — ctrend_month_parse on arbitrary bytes.
 *
 * Promises checked (include/ctrend/month.h): never reads past len (ASan: the input is copied
 * into an exact-size heap buffer), returns only OK / EPARSE / ERANGE, leaves *out untouched on
 * error, and on success gives a month in years 1..9999 that formats to "YYYY-MM" and parses back
 * to the same index.
 */
#include <string.h>
#include <ctrend.h>
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s = malloc(size ? size : 1); /* exact size: any over-read is an ASan report */
    if (!s) return 0;
    if (size) memcpy(s, data, size);
    const int32_t sentinel = -424242;
    int32_t m = sentinel;
    const int rc = ctrend_month_parse(s, size, &m);
    FUZZ_CHECK(rc == CTREND_OK || rc == CTREND_EPARSE || rc == CTREND_ERANGE);
    if (rc != CTREND_OK) {
        FUZZ_CHECK(m == sentinel);
    } else {
        FUZZ_CHECK(ctrend_month_year(m) >= CTREND_YEAR_MIN && ctrend_month_year(m) <= CTREND_YEAR_MAX);
        char buf[CTREND_MONTH_STRLEN];
        FUZZ_CHECK(ctrend_month_format(m, buf, sizeof buf) == CTREND_OK);
        int32_t back = sentinel;
        FUZZ_CHECK(ctrend_month_parse(buf, strlen(buf), &back) == CTREND_OK);
        FUZZ_CHECK(back == m);
        FUZZ_CHECK(ctrend_month_days(m) >= 28 && ctrend_month_days(m) <= 31);
    }
    /* any index the v2 parser reads formats (v2) and parses back to itself */
    if (ctrend_month_parse_v2(s, size, &m) == CTREND_OK) {
        char buf[CTREND_MONTH_STRLEN_V2], back[CTREND_MONTH_STRLEN_V2];
        int32_t m2 = sentinel;
        FUZZ_CHECK(ctrend_month_format_v2(m, buf, sizeof buf) == CTREND_OK);
        FUZZ_CHECK(ctrend_month_parse_v2(buf, strlen(buf), &m2) == CTREND_OK && m2 == m);
        FUZZ_CHECK(ctrend_month_format_v2(m2, back, sizeof back) == CTREND_OK && !strcmp(back, buf));
    }
    free(s);
    return 0;
}
