/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ctrend/month.h — calendar months as integers.
 *
 * A month is an int32_t index  m = year*12 + (month_of_year - 1),  so consecutive
 * months differ by 1 and January 2022 is 2022*12 + 0 = 24264. Valid years are
 * CTREND_YEAR_MIN..CTREND_YEAR_MAX (proleptic Gregorian calendar). All functions are
 * pure and thread-safe.
 */
#ifndef CTREND_MONTH_H
#define CTREND_MONTH_H

#include "ctrend/common.h"

#ifdef __cplusplus
extern "C" {
#endif

#define CTREND_YEAR_MIN 1
#define CTREND_YEAR_MAX 9999
/** Bytes needed by ctrend_month_format, including the terminating NUL ("YYYY-MM"). */
#define CTREND_MONTH_STRLEN 8

/**
 * Parse a month from text. Accepted (surrounding blanks ignored, month names in any case):
 *   "2022-01", "2022-1", "2022-01-15", "2022-01-15 00:00:00.000", "2022-01-15T10:00Z",
 *   "2022/01", "2022/01/15", "2022.01", "Jan 2022", "January 2022", "Jan-2022", "jan 2022".
 * A day, when present, must exist in that month (Feb 29 only in leap years).
 * s: text, need not be NUL-terminated; len: its length in bytes.
 * Returns CTREND_OK and *out, or CTREND_EPARSE (not a month), CTREND_ERANGE (year outside
 * CTREND_YEAR_MIN..MAX, month 0 or 13+, day out of range), CTREND_EINVAL (NULL pointer).
 * *out is untouched on error.
 */
CTREND_API int ctrend_month_parse(const char *s, size_t len, int32_t *out);

/** Month index from a year and a month of year (1..12). CTREND_ERANGE when out of range. */
CTREND_API int ctrend_month_make(int32_t year, int32_t month_of_year, int32_t *out);

/** Year of a month index. */
CTREND_API int32_t ctrend_month_year(int32_t month);
/** Month of year, 1 (January) .. 12 (December). */
CTREND_API int32_t ctrend_month_of_year(int32_t month);
/** Days in the month (28..31), Gregorian leap years (divisible by 4, not by 100 unless by 400). */
CTREND_API int32_t ctrend_month_days(int32_t month);
/** Month index plus a signed number of months (plain integer addition, spelled out). */
CTREND_API int32_t ctrend_month_add(int32_t month, int32_t n_months);

/**
 * Format as "YYYY-MM" into buf (caller owns, cap >= CTREND_MONTH_STRLEN).
 * Returns CTREND_ERANGE if cap is too small or the year is out of range, CTREND_EINVAL for NULL.
 */
CTREND_API int ctrend_month_format(int32_t month, char *buf, size_t cap);

#ifdef __cplusplus
}
#endif
#endif /* CTREND_MONTH_H */
