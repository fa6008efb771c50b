/* SPDX-License-Identifier: GPL-3.0-or-later */
/* frame_internal.h — frame operations for lib/ only (the reader's bulk writes). Never installed. */
#ifndef CTREND_FRAME_INTERNAL_H
#define CTREND_FRAME_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include "ctrend/frame.h"

/*
 * Add a run of months to series `index` at once (the reader's event months, issue 14):
 * for i in [0, n), when present[i * stride] != 0, month first + i accumulates
 * v[i * stride] (ctrend_frame_accumulate's rule: NaN = nothing yet, a NaN value adds
 * nothing) and is set; then, when fill_lo <= fill_hi, every month of [fill_lo, fill_hi]
 * still unset becomes `fill` (ctrend_frame_fill_unset). The result is exactly that of
 * those calls made one by one, with the series window reserved once for the union.
 * v and present may be NULL when n = 0. CTREND_OK; CTREND_EINVAL (f NULL); CTREND_ERANGE
 * (index, a present month or the fill range outside the calendar); CTREND_ENOMEM (the
 * series is unchanged).
 */
int ctrend__frame_accumulate_run(ctrend_frame *f, size_t index, int32_t first, size_t n,
                                 const double *v, const double *present, size_t stride,
                                 int32_t fill_lo, int32_t fill_hi, double fill);

/* Room for n series in all (the reader knows a wide file's count from its header): the
 * series array and the key table are sized once instead of doubling past the need, and one
 * slab block holds the new series' first one-month windows.
 * CTREND_OK, CTREND_EINVAL (f NULL), CTREND_ENOMEM (f unchanged but usable). */
int ctrend__frame_reserve_series(ctrend_frame *f, size_t n);

/* The frame takes ownership of `block` (malloc'ed) and frees it with itself, so that names
 * in it can be used by ctrend__frame_add_series_ref. CTREND_OK; CTREND_EINVAL (NULL);
 * CTREND_ENOMEM (not taken: the caller still owns it). */
int ctrend__frame_adopt(ctrend_frame *f, void *block);

/* ctrend_frame_add_series, except that a new series keeps `metric` as given instead of a
 * copy: it must stay valid and unchanged as long as f (in a block f adopted). The reader's
 * wide columns name their series with the header's own text this way (stored once).
 * Same codes as ctrend_frame_add_series; also CTREND_ENOMEM past 2^32 - 2 series. */
int ctrend__frame_add_series_ref(ctrend_frame *f, const char *group, const char *region,
                                 const char *metric, size_t *index);

/* The values of series `index` at months first_month .. first_month + n_months - 1, in
 * place (borrowed: valid until the frame is next changed or freed), when every one of those
 * months lies in the series' stored window; else NULL (ctrend_frame_window copies them, NaN
 * outside). The values are exactly those ctrend_frame_window gives (NaN where unset). */
const double *ctrend__frame_span(const ctrend_frame *f, size_t index, int32_t first_month,
                                size_t n_months);

/*
 * Add every set cell of src into dst (the reader's chunked parse, lib/io/chunk.c): the series
 * of src in src's order (added to dst when absent, so dst keeps first-sight order), then
 * each set month of src: add = 0 sets it (a month already set in dst is CTREND_EDUPLICATE;
 * dst may then hold part of src), add = 1 accumulates it (ctrend_frame_accumulate's rule).
 * The calendar grows by src's. *big is set to 1 when an accumulated cell reaches 2^53 in
 * magnitude (beyond it the order of additions could change a sum). CTREND_OK, CTREND_EINVAL
 * (NULL), CTREND_EDUPLICATE, CTREND_ENOMEM.
 */
int ctrend__frame_absorb(ctrend_frame *dst, const ctrend_frame *src, int add, int *big);

#endif
