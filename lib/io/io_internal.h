/* io_internal.h — private helpers of the CSV reader (lib/io). Never installed. */
#ifndef CTREND_IO_INTERNAL_H
#define CTREND_IO_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

/* Largest integer count accepted with CTREND_READ_REQUIRE_COUNTS: 2^53, the last integer
 * up to which every integer is exactly representable as a double. */
#define CTREND__IO_MAX_COUNT 9007199254740992.0

/*
 * Parse one CSV cell as a number. s[0..len) is the cell and s[len] must be NUL (libcsv's
 * CSV_APPEND_NULL guarantees it). Blanks around the text are ignored.
 * Missing (returns CTREND_OK, *missing = 1, *v = NaN): empty, "NA", "N/A", "NaN", "."
 * (case-insensitive). Otherwise a decimal number [+-]digits[.digits][(e|E)[+-]digits]
 * (CTREND_OK, *missing = 0); "inf", hex, "1,000" and other text give CTREND_EPARSE;
 * a decimal number too large for a double gives CTREND_EDOMAIN.
 */
int ctrend__io_parse_value(const char *s, size_t len, double *v, int *missing);

/* Non-zero when the text starts like a full date: YYYY<sep>M[M]<sep>D (sep one of -/.). */
int ctrend__io_has_day(const char *s, size_t len);

/* ASCII case-insensitive equality of a NUL-terminated string with s[0..len). */
int ctrend__io_name_eq(const char *a, const char *b);

/*
 * Fast paths for the commonest cells, on text that may not be NUL-terminated. Each returns 1
 * and the result only for input it fully recognises, where the general parser would return
 * exactly the same value; otherwise 0 (and the caller uses the general parser, which also
 * produces any error).
 *  ctrend__io_fast_month: exactly "YYYY-MM" or "YYYY-MM-DD" (no blanks, two-digit month and
 *      day, year >= 1, day valid in that month of the proleptic Gregorian calendar) ->
 *      ctrend_month_parse's month index.
 *  ctrend__io_fast_uint: 1..15 decimal digits and nothing else -> that integer (exact).
 */
int ctrend__io_fast_month(const char *s, size_t len, int32_t *month);
int ctrend__io_fast_uint(const char *s, size_t len, double *v);

#endif
