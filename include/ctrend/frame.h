/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ctrend/frame.h — a set of monthly count series on one calendar.
 *
 * A frame holds series keyed by (group, region, metric). Each key string may be
 * empty ("" = none); NULL is read as "". Every series shares the frame's calendar:
 * months ctrend_frame_start() .. start + ctrend_frame_n_months() - 1. A cell nobody
 * set is missing (NaN), never 0: gaps between reported months stay NaN.
 *
 * Ownership: the frame owns its series and strings; getters return borrowed pointers
 * valid until the frame is modified or freed, or copy into caller-owned buffers.
 * Thread-safety: a frame may be read from several threads at once; writes need
 * exclusive access. Key look-up is a hash table (expected O(1)).
 */
#ifndef CTREND_FRAME_H
#define CTREND_FRAME_H

#include "ctrend/common.h"
#include "ctrend/error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ctrend_frame ctrend_frame;

/** New empty frame in *out (caller owns; release with ctrend_frame_free). EINVAL, ENOMEM. */
CTREND_API int ctrend_frame_new(ctrend_frame **out);
/** Release a frame. NULL is a no-op. */
CTREND_API void ctrend_frame_free(ctrend_frame *f);

/**
 * Index of the series with this key, created (all missing) if absent. Key strings are
 * copied. Returns CTREND_OK and *index; EINVAL, ENOMEM.
 */
CTREND_API int ctrend_frame_add_series(ctrend_frame *f, const char *group, const char *region,
                                       const char *metric, size_t *index);
/** Index of an existing series; CTREND_ENOTFOUND if there is none with this key. */
CTREND_API int ctrend_frame_find(const ctrend_frame *f, const char *group, const char *region,
                                 const char *metric, size_t *index);

/**
 * Set the value of series `index` at `month` (NaN = reported as missing). The calendar
 * grows to include the month. Returns CTREND_EDUPLICATE (and changes nothing) if that
 * cell was already set; ERANGE for a bad index or a month outside years 1..9999; ENOMEM.
 */
CTREND_API int ctrend_frame_set(ctrend_frame *f, size_t index, int32_t month, double value);
/**
 * Add `value` to the cell (for duplicates=sum and event counting). Missing plus a number
 * is that number; missing plus missing stays missing. Same codes as ctrend_frame_set
 * except that it never returns EDUPLICATE.
 */
CTREND_API int ctrend_frame_accumulate(ctrend_frame *f, size_t index, int32_t month, double value);
/**
 * Set every never-set cell of series `index` within [from_month, to_month] to `value`
 * (event data: a month with no event is a true zero). Growing the calendar as needed.
 */
CTREND_API int ctrend_frame_fill_unset(ctrend_frame *f, size_t index, int32_t from_month,
                                       int32_t to_month, double value);

/** Number of series. */
CTREND_API size_t ctrend_frame_n_series(const ctrend_frame *f);
/**
 * First month of the common calendar into *month. CTREND_EINVAL (NULL f or month),
 * CTREND_EEMPTY (the frame has no months yet: there is no first month; *month unchanged).
 */
CTREND_API int ctrend_frame_start(const ctrend_frame *f, int32_t *month);
/** Number of months in the common calendar (0 when empty). */
CTREND_API size_t ctrend_frame_n_months(const ctrend_frame *f);

/**
 * Key strings of series `index` into *out: borrowed from the frame ("" when absent; never
 * NULL on success), valid until the frame is modified or freed. CTREND_EINVAL (NULL f or
 * out), CTREND_ERANGE (index >= n_series; *out unchanged).
 */
CTREND_API int ctrend_frame_group(const ctrend_frame *f, size_t index, const char **out);
CTREND_API int ctrend_frame_region(const ctrend_frame *f, size_t index, const char **out);
CTREND_API int ctrend_frame_metric(const ctrend_frame *f, size_t index, const char **out);

/**
 * Copy series `index` on the common calendar into out (caller owns, cap values; NaN =
 * missing). *needed (may be NULL) receives n_months; out = NULL is a size query (returns
 * CTREND_OK). CTREND_EINVAL (NULL f), CTREND_ERANGE (bad index, or cap < n_months: nothing
 * is written).
 */
CTREND_API int ctrend_frame_values(const ctrend_frame *f, size_t index, double *out, size_t cap,
                                   size_t *needed);
/** Value at one month (NaN when missing or outside the calendar). ERANGE for a bad index. */
CTREND_API int ctrend_frame_get(const ctrend_frame *f, size_t index, int32_t month, double *value);
/**
 * First and last month holding a non-missing value. ENOTFOUND when the series has none.
 */
CTREND_API int ctrend_frame_span(const ctrend_frame *f, size_t index, int32_t *first, int32_t *last);

/**
 * Sum series that agree on the kept keys (`--by`): keep_group / keep_region = 1 keeps that
 * key, 0 merges across it (the key becomes ""). The metric is always kept. A month of the
 * result is the sum of the merged series in that month. skip_missing = 0: missing (NaN) if
 * any of them is missing there — missing is never read as zero (R's sum with NAs).
 * skip_missing = 1: the sum of the parts reported that month, missing only when none is
 * (pandas groupby().sum(min_count=1)) — for breakdowns that list only non-zero parts.
 * The result is a new frame (caller frees); f is not changed. CTREND_EINVAL, CTREND_ENOMEM.
 */
CTREND_API int ctrend_frame_collapse(const ctrend_frame *f, int keep_group, int keep_region,
                                     int skip_missing, ctrend_frame **out);

/* ---- 1.0: a series over a month range; merging frames (docs/api.md conventions) ---- */

/**
 * Values of series `index` at months first_month .. first_month + n_months - 1 into out
 * (caller owns, capacity cap). A month outside what the series holds (before its first or
 * after its last stored month, outside the frame's calendar, outside years 1..9999) is NaN,
 * never 0, as is a month reported missing. *needed (may be NULL) receives n_months;
 * out == NULL is the size query (returns CTREND_OK, writes nothing).
 * Returns CTREND_OK, or:
 *   CTREND_EINVAL  f is NULL, or n_months is 0
 *   CTREND_ERANGE  index is not a series of f; the last month would pass INT32_MAX;
 *                  cap < n_months (nothing written)
 * Cost O(n_months): one copy, no key look-up.
 */
CTREND_API int ctrend_frame_window(const ctrend_frame *f, size_t index, int32_t first_month,
                                   size_t n_months, double *out, size_t cap, size_t *needed);

/**
 * Merge frame src into dst: every series of src, with its months (a month reported missing
 * stays so), is added to dst; dst's calendar grows to cover src's; src is not changed.
 * The rule, one for the library and the CLI (whose commands refuse the same series in two
 * input files): each series comes from one frame. A series key present in both frames is
 * CTREND_EDUPLICATE, whether or not the values agree or the months overlap (two sources of
 * one series are a data error to resolve, not to guess: sum them with a reader's
 * duplicates rule, or select one).
 * src_name (may be NULL) is the source's name for the error record (err->file).
 * Returns CTREND_OK (err cleared), or, with err filled (may be NULL):
 *   CTREND_EINVAL     dst or src NULL, or dst == src
 *   CTREND_EDUPLICATE a series is in both; err->key is "group/region/metric" (the first such
 *                     series of src); dst is unchanged
 *   CTREND_ENOMEM     dst may then hold part of src
 */
CTREND_API int ctrend_frame_merge(ctrend_frame *dst, const ctrend_frame *src, const char *src_name,
                                  ctrend_error *err);

/**
 * Set a whole series in one call (a binding's bulk write: one foreign call per series, not
 * per cell): x[t] (t = 0 .. n-1) is the value of month first_month + t; a NaN x[t] is a
 * month not reported and is left as it is (a cell nobody set stays missing, never 0), so a
 * series with gaps goes in one array. The result is that of ctrend_frame_set(f, index,
 * first_month + t, x[t]) for every non-NaN x[t] in turn, except that it is all or nothing:
 * every check is made before a cell is written. The calendar grows to the first and last
 * non-NaN months (an all-NaN x changes nothing). x is copied (borrowed for the call only).
 * Returns CTREND_OK (err cleared), or, with err filled (may be NULL) and f unchanged:
 *   CTREND_EINVAL     f is NULL, or x is NULL while n > 0
 *   CTREND_ERANGE     index is not a series of f; first_month is outside years 1..9999, or a
 *                     non-NaN value's month is past December 9999
 *   CTREND_EDUPLICATE a non-NaN value's month is already set in the series (err->key is
 *                     "group/region/metric", the message names the first such month)
 *   CTREND_ENOMEM
 * Cost O(n) and at most one allocation (the series' window grown once to the new months).
 */
CTREND_API int ctrend_frame_set_values(ctrend_frame *f, size_t index, const double *x, size_t n,
                                       int32_t first_month, ctrend_error *err);

#ifdef __cplusplus
}
#endif
#endif /* CTREND_FRAME_H */
