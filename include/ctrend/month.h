/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ctrend/month.h — calendar months as integers.
 *
 * A month is an int32_t index  m = year*12 + (month_of_year - 1),  so consecutive
 * months differ by 1 and January 2022 is 2022*12 + 0 = 24264. Valid years are
 * CTREND_YEAR_MIN..CTREND_YEAR_MAX (proleptic Gregorian calendar). All functions are
 * pure and thread-safe.
 *
 * Range of the arithmetic: ctrend_month_year, _of_year and _days are defined for every int32_t
 * index (years -178 956 971 .. 178 956 970, astronomical numbering: year 0 is 1 BC, year -1 is
 * 2 BC); ctrend_month_format_v2 and ctrend_month_parse_v2 cover that whole range too.
 * ctrend_month_add is plain int32_t addition: month + n_months must lie in
 * INT32_MIN..INT32_MAX (the caller checks; beyond it the sum is undefined behaviour in C).
 * Data (readers, frames, designs) stay inside years CTREND_YEAR_MIN..CTREND_YEAR_MAX; months
 * outside them arise only from arithmetic (a base month before 0001-01, a horizon past 9999).
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
/** Bytes needed by ctrend_month_format_v2, including the NUL: "-178956971-05" is 13 characters. */
#define CTREND_MONTH_STRLEN_V2 14

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
/** Month index plus a signed number of months (plain integer addition, spelled out; the sum
 *  must fit in int32_t, see the range note at the top). */
CTREND_API int32_t ctrend_month_add(int32_t month, int32_t n_months);

/**
 * Format as "YYYY-MM" into buf (caller owns, cap >= CTREND_MONTH_STRLEN).
 * Returns CTREND_ERANGE if cap is too small or the year is out of range, CTREND_EINVAL for NULL.
 */
CTREND_API int ctrend_month_format(int32_t month, char *buf, size_t cap);

/**
 * Format any month index (every int32_t) into buf (caller owns, cap >= CTREND_MONTH_STRLEN_V2).
 * Years 0..9999 are "YYYY-MM" (year 0 is 1 BC: "0000-05"), as ctrend_month_format writes years
 * 1..9999; other years use ISO 8601's expanded form, a sign and at least four digits:
 * "-0001-03" (March of 2 BC), "-12000-01", "+10000-01" (numpy's datetime64 parses these; R and
 * pandas print "-1-03" and Python's datetime stops at year 1). ctrend_month_parse_v2 reads every
 * string written here back to the same index.
 * Returns CTREND_OK, CTREND_ERANGE (cap too small), CTREND_EINVAL (NULL buf).
 */
CTREND_API int ctrend_month_format_v2(int32_t month, char *buf, size_t cap);

/**
 * ctrend_month_parse, plus what ctrend_month_format_v2 writes outside years 1..9999: "0000-MM"
 * (year 0) and the ISO 8601 expanded form "[+-]YYYY-MM" with 4 to 9 year digits ("-0001-03",
 * "+10000-01", "+2022-01"). Returns CTREND_ERANGE when the month is not 01..12 or the index does
 * not fit in int32_t, else as ctrend_month_parse. The readers keep ctrend_month_parse: data
 * months stay in years CTREND_YEAR_MIN..CTREND_YEAR_MAX. *out is untouched on error.
 */
CTREND_API int ctrend_month_parse_v2(const char *s, size_t len, int32_t *out);

#ifdef __cplusplus
}
#endif
#endif /* CTREND_MONTH_H */
