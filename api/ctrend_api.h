/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * api/ctrend_api.h — THE definition of libctrend's public API: every public enum, every
 * numeric constant and every public function, with the role and allowed range of each
 * parameter. X-macro lists in the style of libuv's UV_ERRNO_MAP, extended to signatures.
 *
 * What is generated from it (bindings/gen/gen_api.py; `make`-free: run it, commit the output):
 *   bindings/python/ctrend/_api_generated.py   ctypes prototypes, enum constants, argument checks
 *   bindings/R/ctrend/R/api_generated.R         enum constants, argument ranges, an R-side check
 *   bindings/R/ctrend/src/api_generated.c       .Call wrappers + their registration table
 * What checks it (ctest `api_definition`, `api_signatures`; bindings/gen/check_api.py and
 * tests/api/check_def.c):
 *   - every CTREND_API function and every enum / CTREND_ numeric #define in the headers include/ctrend/
 *     is listed here, in the header named here, and nothing else is;
 *   - each signature here is the header's, type for type (the C compiler compares them with
 *     __builtin_types_compatible_p), and each enum value and constant is the header's;
 *   - the generated files are what the generator writes today (not stale);
 *   - every function is bound in Python and in R, or listed in bindings/gen/unbound.txt.
 * The C headers stay the reference for the contract (docs, codes); this file is the one place
 * bindings learn the shape from. Values are PINNED: never renumber, only append.
 *
 * Format
 *   CTREND_DEF_ENUMS(E)        E(enum_tag, "header.h")   one line per public enum
 *   CTREND_DEF_ENUM_<tag>(V)   V(CTREND_NAME, value)     its values, in header order
 *   CTREND_DEF_CONSTANTS(K)    K(CTREND_NAME, INT|DOUBLE, value)
 *   CTREND_DEF_RECORDS(R)      R(struct_tag, "header.h")  one line per public record (struct)
 *   CTREND_DEF_RECORD_<tag>(M) M(type, field, role)      its fields, in layout order (double or
 *                                                        int; the role bounds an input's field)
 *   CTREND_DEF_FUNCTIONS(F)    F(return type, return role, name, header stem,
 *                                (CTREND_P(type, name, role), ...))  or (void)
 * A consumer defines F (and CTREND_P, usually as `type`) and expands the list; see
 * tests/api/check_def.c.
 *
 * Return roles: STATUS (int status code), VALUE (a count, index, month, enum or flag),
 *   STRING (const char *, static or borrowed: never freed), HANDLE_BORROWED, VOID,
 *   FREE (releases its argument; NULL is a no-op).
 * Parameter roles (bounds are inclusive unless said; symbolic bounds: SIZE_MAX, DBL_MAX, INF,
 *   MONTH_MIN = 12 = January of year 1, MONTH_MAX = 119999 = December 9999, and CTREND_
 *   constants listed below):
 *   IN                any value of its C type (bindings still reject what does not fit the
 *                     type: a negative or >= 2^64 size_t, an int outside 32 bits)
 *   RANGE(lo, hi)     lo <= v <= hi          OPEN(lo, hi)   lo < v < hi
 *   LOPEN(lo, hi)     lo < v <= hi           ONEOF(a, b, ...) one of the values
 *   ENUM(tag)         an int holding a value of that enum    BOOL   0 or 1
 *   LEN / LEN(min)    a length (>= min, default 0) of arrays that name it
 *   CAP               the capacity, in elements, of the output that names it
 *   SEED              uint64_t seed, any value
 *   ARRAY_IN(len)     input array of len elements (non-NULL when len > 0); ARRAY_IN_OPT: or NULL
 *   ARRAY_OUT(len)    caller-owned output of len elements; ARRAY_OUT_OPT: or NULL (not wanted)
 *   CAP_OUT(cap[, size]) caller-owned output of capacity `cap`; `size` = the elements to
 *                     allocate when there is no NEEDED parameter to ask (size query: out NULL)
 *   NEEDED            size_t * receiving the elements needed (NULL allowed unless the
 *                     header says it is required)
 *   OUT / OUT_OPT     scalar output (required / may be NULL); a `const char **` OUT receives
 *                     a borrowed string (never freed)
 *   HANDLE / HANDLE_OPT  an opaque handle (required / NULL = defaults or no-op)
 *   HANDLE_OUT        receives a new handle (caller frees with its _free)
 *   HANDLE_ARRAY_IN(len) / HANDLE_ARRAY_OUT(len)  arrays of handles
 *   STR / STR_OPT     NUL-terminated UTF-8 (required / NULL allowed)
 *   BYTES(len)        bytes, need not be NUL-terminated; STRBUF(cap[, size]) char output buffer
 *                     (size query through NEEDED when there is one)
 *   ERROR_OUT         ctrend_error * filled on failure (ctrend/error.h); ERROR_IN: one read
 *   RECORD_OUT        pointer to a caller-owned record of CTREND_DEF_RECORDS, written by the call
 *   RECORD_IN / RECORD_IN_OPT  pointer to a const record read by the call (or NULL = defaults)
 * Length expressions are C expressions over the other parameters: a name, a constant, a
 * product `a * b` (bindings compute it overflow-checked) or a getter call on a handle.
 * Ranges record what the C function accepts, as its header documents; where C is looser
 * than the documented contract (e.g. months outside years 1..9999), the range is the contract.
 */
#ifndef CTREND_API_DEF_H
#define CTREND_API_DEF_H

/* ---- enums (values pinned) ---------------------------------------------------------- */

#define CTREND_DEF_ENUM_ctrend_status(V) \
    V(CTREND_OK, 0) \
    V(CTREND_EINVAL, 1) \
    V(CTREND_ENOMEM, 2) \
    V(CTREND_EIO, 3) \
    V(CTREND_EPARSE, 4) \
    V(CTREND_EDOMAIN, 5) \
    V(CTREND_ESHORT, 6) \
    V(CTREND_ENOCONV, 7) \
    V(CTREND_ESINGULAR, 8) \
    V(CTREND_ENUMERIC, 9) \
    V(CTREND_EDUPLICATE, 10) \
    V(CTREND_ERAGGED, 11) \
    V(CTREND_EEMPTY, 12) \
    V(CTREND_ENOTFOUND, 13) \
    V(CTREND_ERANGE, 14) \
    V(CTREND_EALLZERO, 15) \
    V(CTREND_ESEPARATION, 16) \
    V(CTREND_EUNSUPPORTED, 17) \
    V(CTREND_ELIMIT, 18) \
    V(CTREND_ECANCELED, 19)

#define CTREND_DEF_ENUM_ctrend_shape(V) \
    V(CTREND_SHAPE_AUTO, 0) \
    V(CTREND_SHAPE_WIDE, 1) \
    V(CTREND_SHAPE_LONG, 2) \
    V(CTREND_SHAPE_EVENT, 3)

#define CTREND_DEF_ENUM_ctrend_read_option(V) \
    V(CTREND_READ_SHAPE, 0) \
    V(CTREND_READ_DUPLICATES, 1) \
    V(CTREND_READ_REQUIRE_COUNTS, 2) \
    V(CTREND_READ_FROM, 3) \
    V(CTREND_READ_TO, 4) \
    V(CTREND_READ_DELIM, 5) \
    V(CTREND_READ_THOUSANDS, 6) \
    V(CTREND_READ_DECIMAL, 7) \
    V(CTREND_READ_MAX_RECORD, 8) \
    V(CTREND_READ_FAST_SPLIT, 9) \
    V(CTREND_READ_DATE_COL, 10) \
    V(CTREND_READ_GROUP_COL, 11) \
    V(CTREND_READ_REGION_COL, 12) \
    V(CTREND_READ_METRIC_COL, 13) \
    V(CTREND_READ_VALUE_COL, 14) \
    V(CTREND_READ_SUM_COL, 15) \
    V(CTREND_READ_SOURCE_NAME, 16) \
    V(CTREND_READ_DATE_FORMAT, 17) \
    V(CTREND_READ_METRIC, 18) \
    V(CTREND_READ_NONCOUNT_COL, 19) \
    V(CTREND_READ_THREADS, 20) \
    V(CTREND_READ_CHUNK_BYTES, 21)

#define CTREND_DEF_ENUM_ctrend_read_type(V) \
    V(CTREND_READ_TYPE_NONE, 0) \
    V(CTREND_READ_TYPE_INT, 1) \
    V(CTREND_READ_TYPE_STR, 2)

#define CTREND_DEF_ENUM_ctrend_align(V) \
    V(CTREND_ALIGN_TRAILING, 0) \
    V(CTREND_ALIGN_CENTRED, 1) \
    V(CTREND_ALIGN_CENTRED_ZOO, 2)

#define CTREND_DEF_ENUM_ctrend_undef_reason(V) \
    V(CTREND_DEFINED, 0) \
    V(CTREND_UNDEF_NO_HISTORY, 1) \
    V(CTREND_UNDEF_MISSING_CURRENT, 2) \
    V(CTREND_UNDEF_MISSING_BASE, 3) \
    V(CTREND_UNDEF_ZERO_BASE, 4) \
    V(CTREND_UNDEF_OVERFLOW, 5)

#define CTREND_DEF_ENUM_ctrend_family(V) \
    V(CTREND_FAMILY_POISSON, 0) \
    V(CTREND_FAMILY_QUASIPOISSON, 1) \
    V(CTREND_FAMILY_NEGBIN, 2) \
    V(CTREND_FAMILY_GAUSSIAN, 3)

#define CTREND_DEF_ENUM_ctrend_model_opt(V) \
    V(CTREND_OPT_EPSILON, 0) \
    V(CTREND_OPT_MAXIT, 1) \
    V(CTREND_OPT_LEVEL, 2) \
    V(CTREND_OPT_RANK_TOL, 3) \
    V(CTREND_OPT_SEP_TOL, 4) \
    V(CTREND_OPT_THETA_MAX, 5) \
    V(CTREND_OPT_HALVE_ON_RISE, 6) \
    V(CTREND_OPT_THETA_EPS, 7) \
    V(CTREND_OPT_MIN_SEGMENT, 9) \
    V(CTREND_OPT_N_BOOT, 10) \
    V(CTREND_OPT_SEED, 11) \
    V(CTREND_OPT_N_THREADS, 12)

#define CTREND_DEF_ENUM_ctrend_model_vec(V) \
    V(CTREND_MV_COEF, 0) \
    V(CTREND_MV_SE, 1) \
    V(CTREND_MV_STAT, 2) \
    V(CTREND_MV_PVALUE, 3) \
    V(CTREND_MV_CI_LO, 4) \
    V(CTREND_MV_CI_HI, 5) \
    V(CTREND_MV_EXP_COEF, 6) \
    V(CTREND_MV_EXP_CI_LO, 7) \
    V(CTREND_MV_EXP_CI_HI, 8) \
    V(CTREND_MV_FITTED, 9) \
    V(CTREND_MV_RESID_RESPONSE, 10) \
    V(CTREND_MV_RESID_PEARSON, 11) \
    V(CTREND_MV_RESID_DEVIANCE, 12) \
    V(CTREND_MV_LINPRED, 13) \
    V(CTREND_MV_VCOV, 14)

#define CTREND_DEF_ENUM_ctrend_model_sca(V) \
    V(CTREND_MS_NOBS, 0) \
    V(CTREND_MS_DEVIANCE, 1) \
    V(CTREND_MS_NULL_DEVIANCE, 2) \
    V(CTREND_MS_DF_RESIDUAL, 3) \
    V(CTREND_MS_DF_NULL, 4) \
    V(CTREND_MS_LOGLIK, 5) \
    V(CTREND_MS_AIC, 6) \
    V(CTREND_MS_BIC, 7) \
    V(CTREND_MS_PEARSON_CHI2, 8) \
    V(CTREND_MS_DISPERSION, 9) \
    V(CTREND_MS_SCALE, 10) \
    V(CTREND_MS_ITERATIONS, 11) \
    V(CTREND_MS_THETA, 12) \
    V(CTREND_MS_SE_THETA, 13) \
    V(CTREND_MS_NB_FALLBACK, 14) \
    V(CTREND_MS_SIGMA, 15) \
    V(CTREND_MS_R2, 16) \
    V(CTREND_MS_ADJ_R2, 17) \
    V(CTREND_MS_FSTAT, 18) \
    V(CTREND_MS_F_PVALUE, 19) \
    V(CTREND_MS_CT_ALPHA1, 20) \
    V(CTREND_MS_CT_Z1, 21) \
    V(CTREND_MS_CT_P1, 22) \
    V(CTREND_MS_CT_ALPHA2, 23) \
    V(CTREND_MS_CT_Z2, 24) \
    V(CTREND_MS_CT_P2, 25) \
    V(CTREND_MS_TREND_PCT_YEAR, 26) \
    V(CTREND_MS_TREND_PCT_LO, 27) \
    V(CTREND_MS_TREND_PCT_HI, 28) \
    V(CTREND_MS_CONVERGED, 29) \
    V(CTREND_MS_TWOLOGLIK, 30)

#define CTREND_DEF_ENUM_ctrend_break_kind(V) \
    V(CTREND_BREAK_LEVEL, 0) \
    V(CTREND_BREAK_LEVEL_SLOPE, 1)

#define CTREND_DEF_ENUM_ctrend_breaks_sca(V) \
    V(CTREND_BS_LR, 0) \
    V(CTREND_BS_PVALUE, 1) \
    V(CTREND_BS_LOGLIK0, 2) \
    V(CTREND_BS_LOGLIK1, 3) \
    V(CTREND_BS_INDEX, 4) \
    V(CTREND_BS_NCAND, 5)

#define CTREND_DEF_ENUM_ctrend_forecast_vec(V) \
    V(CTREND_FV_MEAN, 0) \
    V(CTREND_FV_SE_LINK, 1) \
    V(CTREND_FV_SIM_MEAN, 2) \
    V(CTREND_FV_LINPRED, 3)

#define CTREND_DEF_ENUM_ctrend_interval_kind(V) \
    V(CTREND_FI_MEAN, 0) \
    V(CTREND_FI_PLUGIN, 1) \
    V(CTREND_FI_PREDICTIVE, 2)

#define CTREND_DEF_ENUM_ctrend_alternative(V) \
    V(CTREND_TWO_SIDED, 0) \
    V(CTREND_LESS, 1) \
    V(CTREND_GREATER, 2)

#define CTREND_DEF_ENUM_ctrend_baseline(V) \
    V(CTREND_BASELINE_ZERO, 0) \
    V(CTREND_BASELINE_LAST, 1) \
    V(CTREND_BASELINE_MEAN, 2) \
    V(CTREND_BASELINE_SEASONAL, 3) \
    V(CTREND_BASELINE_CONFLICTOLOGY, 4)

#define CTREND_DEF_ENUM_ctrend_baseline_opt(V) \
    V(CTREND_BASELINE_OPT_KIND, 0) \
    V(CTREND_BASELINE_OPT_K, 1) \
    V(CTREND_BASELINE_OPT_N_SAMPLES, 2) \
    V(CTREND_BASELINE_OPT_SEED, 3)

#define CTREND_DEF_ENUM_ctrend_backtest_metric(V) \
    V(CTREND_BT_MAE, 0) \
    V(CTREND_BT_RMSE, 1) \
    V(CTREND_BT_MSLE, 2) \
    V(CTREND_BT_CRPS, 3) \
    V(CTREND_BT_IGN, 4) \
    V(CTREND_BT_IS90, 5) \
    V(CTREND_BT_COV90, 6) \
    V(CTREND_BT_N, 7)

#define CTREND_DEF_ENUM_ctrend_batch_opt(V) \
    V(CTREND_BATCH_THREADS, 0) \
    V(CTREND_BATCH_LANES, 1) \
    V(CTREND_BATCH_ERRORS, 2) \
    V(CTREND_BATCH_ALIGN, 3)

#define CTREND_DEF_ENUM_ctrend_verdict(V) \
    V(CTREND_VERDICT_SUPPORTED, 0) \
    V(CTREND_VERDICT_CONTRADICTED, 1) \
    V(CTREND_VERDICT_UNVERIFIABLE, 2) \
    V(CTREND_VERDICT_UNCHECKED, 3) \
    V(CTREND_VERDICT_INVALID, 4)

#define CTREND_DEF_ENUM_ctrend_claims_figure(V) \
    V(CTREND_CLAIMS_COMPUTED, 0) \
    V(CTREND_CLAIMS_QUOTED, 1) \
    V(CTREND_CLAIMS_RATIO, 2) \
    V(CTREND_CLAIMS_CI_LOWER, 3) \
    V(CTREND_CLAIMS_CI_UPPER, 4) \
    V(CTREND_CLAIMS_P_VALUE, 5) \
    V(CTREND_CLAIMS_P_CLAIM, 6) \
    V(CTREND_CLAIMS_RATIO_PER_DAY, 7) \
    V(CTREND_CLAIMS_BOUND, 8)

#define CTREND_DEF_ENUM_ctrend_claims_kind(V) \
    V(CTREND_CLAIMS_KIND_VALUE, 0) \
    V(CTREND_CLAIMS_KIND_SUM, 1) \
    V(CTREND_CLAIMS_KIND_MEAN, 2) \
    V(CTREND_CLAIMS_KIND_DAILY, 3) \
    V(CTREND_CLAIMS_KIND_CHANGE, 4) \
    V(CTREND_CLAIMS_KIND_RECORD, 5) \
    V(CTREND_CLAIMS_KIND_TREND, 6) \
    V(CTREND_CLAIMS_KIND_SHARE, 7) \
    V(CTREND_CLAIMS_KIND_RANK, 8)

#define CTREND_DEF_ENUM_ctrend_figure_layer(V) \
    V(CTREND_FIGURE_Y, 0) \
    V(CTREND_FIGURE_ROLLING, 1) \
    V(CTREND_FIGURE_FITTED, 2) \
    V(CTREND_FIGURE_FORECAST_MEAN, 3) \
    V(CTREND_FIGURE_PI80_LO, 4) \
    V(CTREND_FIGURE_PI80_HI, 5) \
    V(CTREND_FIGURE_PI95_LO, 6) \
    V(CTREND_FIGURE_PI95_HI, 7)
#define CTREND_DEF_ENUM_ctrend_figure_text_key(V) \
    V(CTREND_FIGURE_TITLE, 0) \
    V(CTREND_FIGURE_SUBTITLE, 1) \
    V(CTREND_FIGURE_CAPTION, 2) \
    V(CTREND_FIGURE_ROLLING_LABEL, 3) \
    V(CTREND_FIGURE_FIT_LABEL, 4) \
    V(CTREND_FIGURE_SPAN_LABEL, 5) \
    V(CTREND_FIGURE_BASE_LABEL, 6)
#define CTREND_DEF_ENUM_ctrend_figure_panel_text_key(V) \
    V(CTREND_FIGURE_PANEL_TITLE, 0) \
    V(CTREND_FIGURE_PANEL_YLABEL, 1)
#define CTREND_DEF_ENUM_ctrend_figure_span_kind(V) \
    V(CTREND_FIGURE_SPAN_MAIN, 0) \
    V(CTREND_FIGURE_SPAN_BASE, 1)
#define CTREND_DEF_ENUM_ctrend_figure_mark_kind(V) \
    V(CTREND_FIGURE_MARK_STEP, 0) \
    V(CTREND_FIGURE_MARK_BREAK, 1) \
    V(CTREND_FIGURE_MARK_SLOPE, 2)
#define CTREND_DEF_ENUM_ctrend_figure_style(V) \
    V(CTREND_FIGURE_BARS, 0) \
    V(CTREND_FIGURE_POINTS, 1)
#define CTREND_DEF_ENUM_ctrend_figure_device(V) \
    V(CTREND_FIGURE_SVG, 0) \
    V(CTREND_FIGURE_PNG, 1) \
    V(CTREND_FIGURE_PDF, 2)
#define CTREND_DEF_ENUM_ctrend_predict_kind(V) \
    V(CTREND_PREDICT_LINK, 0) \
    V(CTREND_PREDICT_RESPONSE, 1)

#define CTREND_DEF_ENUM_ctrend_predict_col(V) \
    V(CTREND_PRED_FIT, 0) \
    V(CTREND_PRED_SE, 1) \
    V(CTREND_PRED_LO, 2) \
    V(CTREND_PRED_HI, 3)

#define CTREND_DEF_ENUM_ctrend_claims_opt(V) \
    V(CTREND_CLAIMS_OPT_LEVEL, 0) \
    V(CTREND_CLAIMS_OPT_ALPHA, 1) \
    V(CTREND_CLAIMS_OPT_ABOUT_RTOL, 2) \
    V(CTREND_CLAIMS_OPT_BOUND_MAX, 3)

#define CTREND_DEF_ENUMS(E) \
    E(ctrend_status, "common.h") \
    E(ctrend_shape, "io.h") \
    E(ctrend_read_option, "io.h") \
    E(ctrend_read_type, "io.h") \
    E(ctrend_align, "rolling.h") \
    E(ctrend_undef_reason, "change.h") \
    E(ctrend_family, "model.h") \
    E(ctrend_model_opt, "model.h") \
    E(ctrend_model_vec, "model.h") \
    E(ctrend_model_sca, "model.h") \
    E(ctrend_break_kind, "model.h") \
    E(ctrend_breaks_sca, "model.h") \
    E(ctrend_predict_kind, "model.h") \
    E(ctrend_predict_col, "model.h") \
    E(ctrend_forecast_vec, "forecast.h") \
    E(ctrend_interval_kind, "forecast.h") \
    E(ctrend_alternative, "exact.h") \
    E(ctrend_baseline, "baseline.h") \
    E(ctrend_baseline_opt, "baseline.h") \
    E(ctrend_backtest_metric, "backtest.h") \
    E(ctrend_batch_opt, "batch.h") \
    E(ctrend_verdict, "claims.h") \
    E(ctrend_claims_figure, "claims.h") \
    E(ctrend_claims_kind, "claims.h") \
    E(ctrend_figure_layer, "figure.h") \
    E(ctrend_figure_text_key, "figure.h") \
    E(ctrend_figure_panel_text_key, "figure.h") \
    E(ctrend_figure_span_kind, "figure.h") \
    E(ctrend_figure_mark_kind, "figure.h") \
    E(ctrend_figure_style, "figure.h") \
    E(ctrend_figure_device, "figure.h") \
    E(ctrend_claims_opt, "claims.h")

/* ---- records: public structs passed by pointer (layouts pinned) ---------------------- */

#define CTREND_DEF_RECORDS(R) \
    R(ctrend_exact_result, "exact.h") \
    R(ctrend_exact_test, "exact.h")

#define CTREND_DEF_RECORD_ctrend_exact_result(M) \
    M(double, estimate, IN) \
    M(double, lower, IN) \
    M(double, upper, IN) \
    M(double, p_value, IN)

#define CTREND_DEF_RECORD_ctrend_exact_test(M) \
    M(double, null_value, LOPEN(0, DBL_MAX)) \
    M(int, alternative, ENUM(ctrend_alternative)) \
    M(double, level, OPEN(0, 1))

#define CTREND_DEF_CONSTANTS(K) \
    K(CTREND_ERROR_MESSAGE_LEN, INT, 160) \
    K(CTREND_ERROR_FILE_LEN, INT, 80) \
    K(CTREND_ERROR_KEY_LEN, INT, 160) \
    K(CTREND_YEAR_MIN, INT, 1) \
    K(CTREND_YEAR_MAX, INT, 9999) \
    K(CTREND_MONTH_STRLEN, INT, 8) \
    K(CTREND_MONTH_STRLEN_V2, INT, 14) \
    K(CTREND_READ_SKIPPED_KEPT, INT, 32) \
    K(CTREND_DESIGN_MAX_FOURIER, INT, 5) \
    K(CTREND_BREAKS_MAX_WORK, DOUBLE, 2e7) \
    K(CTREND_BREAKS_MAX_WORK_LANES, DOUBLE, 1e8) \
    K(CTREND_FIT_MAX_WORK, DOUBLE, 1e8) \
    K(CTREND_PREDICT_NCOL, INT, 4) \
    K(CTREND_FORECAST_MAX_HORIZON, INT, 1200) \
    K(CTREND_FORECAST_MAX_DRAWS, DOUBLE, 1e8) \
    K(CTREND_FORECAST_MAX_MEAN, DOUBLE, 9007199254740992.0) \
    K(CTREND_EXACT_COUNT_MAX, DOUBLE, 4294967295.0) \
    K(CTREND_EXACT_TIE_RELERR, DOUBLE, 1e-7) \
    K(CTREND_EXACT_ROOT_RTOL, DOUBLE, 1e-14) \
    K(CTREND_EXACT_ROOT_MAXITER, INT, 300) \
    K(CTREND_SCORE_CRPS_TOL, DOUBLE, 1e-17) \
    K(CTREND_SCORE_CRPS_MAX_TERMS, INT, 50000000) \
    K(CTREND_SCORE_IGN_NBINS, INT, 11) \
    K(CTREND_SCORE_IGN_ALPHA, DOUBLE, 1.0) \
    K(CTREND_SCORE_IGN_FLOOR, DOUBLE, 1e-10) \
    K(CTREND_BASELINE_COUNT, INT, 5) \
    K(CTREND_BASELINE_SEASON, INT, 12) \
    K(CTREND_BASELINE_POISSON_MAX, DOUBLE, 9007199254740992.0) \
    K(CTREND_BASELINE_OPT_COUNT, INT, 4) \
    K(CTREND_BT_METRIC_COUNT, INT, 8) \
    K(CTREND_BACKTEST_MAX_DRAWS, DOUBLE, 1e8) \
    K(CTREND_BATCH_THREADS_MAX, INT, 1024) \
    K(CTREND_CLAIMS_LEVEL, DOUBLE, 0.95) \
    K(CTREND_CLAIMS_ALPHA, DOUBLE, 0.05) \
    K(CTREND_CLAIMS_ABOUT_RTOL, DOUBLE, 0.10) \
    K(CTREND_CLAIMS_BOUND_MAX, INT, 100000) \
    K(CTREND_CLAIMS_NO_MONTH, INT, INT32_MIN) \
    K(CTREND_FIGURE_MAX_PANELS, INT, 12) \
    K(CTREND_FIGURE_MAX_MONTHS, INT, 100000)

/* ---- functions ---------------------------------------------------------------------- */

#define CTREND_DEF_FUNCTIONS(F) \
    /* ---- common.h ---- */ \
    F(const char *, STRING, ctrend_strerror, common, \
      (CTREND_P(int, status, IN))) \
    F(const char *, STRING, ctrend_status_name, common, \
      (CTREND_P(int, status, IN))) \
    F(int, VALUE, ctrend_status_count, common, (void)) \
    F(int, VALUE, ctrend_version_number, common, (void)) \
    F(const char *, STRING, ctrend_version_string, common, (void)) \
    F(void, VOID, ctrend_init, common, (void)) \
    /* ---- error.h ---- */ \
    F(size_t, VALUE, ctrend_error_sizeof, error, (void)) \
    F(void, VOID, ctrend_error_clear, error, \
      (CTREND_P(ctrend_error *, err, ERROR_OUT))) \
    F(int, VALUE, ctrend_error_set, error, \
      (CTREND_P(ctrend_error *, err, ERROR_OUT), \
       CTREND_P(int, code, ENUM(ctrend_status)), \
       CTREND_P(const char *, file, STR_OPT), \
       CTREND_P(int64_t, line, IN), \
       CTREND_P(int64_t, column, IN), \
       CTREND_P(const char *, key, STR_OPT), \
       CTREND_P(const char *, message, STR_OPT))) \
    F(int, STATUS, ctrend_error_format, error, \
      (CTREND_P(const ctrend_error *, err, ERROR_IN), \
       CTREND_P(char *, buf, STRBUF(cap)), \
       CTREND_P(size_t, cap, CAP), \
       CTREND_P(size_t *, needed, NEEDED))) \
    /* ---- month.h ---- */ \
    F(int, STATUS, ctrend_month_parse, month, \
      (CTREND_P(const char *, s, BYTES(len)), \
       CTREND_P(size_t, len, LEN), \
       CTREND_P(int32_t *, out, OUT))) \
    F(int, STATUS, ctrend_month_make, month, \
      (CTREND_P(int32_t, year, RANGE(CTREND_YEAR_MIN, CTREND_YEAR_MAX)), \
       CTREND_P(int32_t, month_of_year, RANGE(1, 12)), \
       CTREND_P(int32_t *, out, OUT))) \
    F(int32_t, VALUE, ctrend_month_year, month, \
      (CTREND_P(int32_t, month, IN))) \
    F(int32_t, VALUE, ctrend_month_of_year, month, \
      (CTREND_P(int32_t, month, IN))) \
    F(int32_t, VALUE, ctrend_month_days, month, \
      (CTREND_P(int32_t, month, IN))) \
    F(int32_t, VALUE, ctrend_month_add, month, \
      (CTREND_P(int32_t, month, IN), \
       CTREND_P(int32_t, n_months, IN))) \
    F(int, STATUS, ctrend_month_format, month, \
      (CTREND_P(int32_t, month, RANGE(MONTH_MIN, MONTH_MAX)), \
       CTREND_P(char *, buf, STRBUF(cap, CTREND_MONTH_STRLEN)), \
       CTREND_P(size_t, cap, CAP))) \
    F(int, STATUS, ctrend_month_format_v2, month, \
      (CTREND_P(int32_t, month, IN), \
       CTREND_P(char *, buf, STRBUF(cap, CTREND_MONTH_STRLEN_V2)), \
       CTREND_P(size_t, cap, CAP))) \
    F(int, STATUS, ctrend_month_parse_v2, month, \
      (CTREND_P(const char *, s, BYTES(len)), \
       CTREND_P(size_t, len, LEN), \
       CTREND_P(int32_t *, out, OUT))) \
    /* ---- frame.h ---- */ \
    F(int, STATUS, ctrend_frame_new, frame, \
      (CTREND_P(ctrend_frame **, out, HANDLE_OUT))) \
    F(void, FREE, ctrend_frame_free, frame, \
      (CTREND_P(ctrend_frame *, f, HANDLE_OPT))) \
    F(int, STATUS, ctrend_frame_add_series, frame, \
      (CTREND_P(ctrend_frame *, f, HANDLE), \
       CTREND_P(const char *, group, STR_OPT), \
       CTREND_P(const char *, region, STR_OPT), \
       CTREND_P(const char *, metric, STR_OPT), \
       CTREND_P(size_t *, index, OUT))) \
    F(int, STATUS, ctrend_frame_find, frame, \
      (CTREND_P(const ctrend_frame *, f, HANDLE), \
       CTREND_P(const char *, group, STR_OPT), \
       CTREND_P(const char *, region, STR_OPT), \
       CTREND_P(const char *, metric, STR_OPT), \
       CTREND_P(size_t *, index, OUT))) \
    F(int, STATUS, ctrend_frame_set, frame, \
      (CTREND_P(ctrend_frame *, f, HANDLE), \
       CTREND_P(size_t, index, IN), \
       CTREND_P(int32_t, month, RANGE(MONTH_MIN, MONTH_MAX)), \
       CTREND_P(double, value, IN))) \
    F(int, STATUS, ctrend_frame_accumulate, frame, \
      (CTREND_P(ctrend_frame *, f, HANDLE), \
       CTREND_P(size_t, index, IN), \
       CTREND_P(int32_t, month, RANGE(MONTH_MIN, MONTH_MAX)), \
       CTREND_P(double, value, IN))) \
    F(int, STATUS, ctrend_frame_fill_unset, frame, \
      (CTREND_P(ctrend_frame *, f, HANDLE), \
       CTREND_P(size_t, index, IN), \
       CTREND_P(int32_t, from_month, RANGE(MONTH_MIN, MONTH_MAX)), \
       CTREND_P(int32_t, to_month, RANGE(MONTH_MIN, MONTH_MAX)), \
       CTREND_P(double, value, IN))) \
    F(size_t, VALUE, ctrend_frame_n_series, frame, \
      (CTREND_P(const ctrend_frame *, f, HANDLE))) \
    F(int, STATUS, ctrend_frame_start, frame, \
      (CTREND_P(const ctrend_frame *, f, HANDLE), \
       CTREND_P(int32_t *, month, OUT))) \
    F(size_t, VALUE, ctrend_frame_n_months, frame, \
      (CTREND_P(const ctrend_frame *, f, HANDLE))) \
    F(int, STATUS, ctrend_frame_group, frame, \
      (CTREND_P(const ctrend_frame *, f, HANDLE), \
       CTREND_P(size_t, index, IN), \
       CTREND_P(const char **, out, OUT))) \
    F(int, STATUS, ctrend_frame_region, frame, \
      (CTREND_P(const ctrend_frame *, f, HANDLE), \
       CTREND_P(size_t, index, IN), \
       CTREND_P(const char **, out, OUT))) \
    F(int, STATUS, ctrend_frame_metric, frame, \
      (CTREND_P(const ctrend_frame *, f, HANDLE), \
       CTREND_P(size_t, index, IN), \
       CTREND_P(const char **, out, OUT))) \
    F(int, STATUS, ctrend_frame_values, frame, \
      (CTREND_P(const ctrend_frame *, f, HANDLE), \
       CTREND_P(size_t, index, IN), \
       CTREND_P(double *, out, CAP_OUT(cap)), \
       CTREND_P(size_t, cap, CAP), \
       CTREND_P(size_t *, needed, NEEDED))) \
    F(int, STATUS, ctrend_frame_get, frame, \
      (CTREND_P(const ctrend_frame *, f, HANDLE), \
       CTREND_P(size_t, index, IN), \
       CTREND_P(int32_t, month, IN), \
       CTREND_P(double *, value, OUT))) \
    F(int, STATUS, ctrend_frame_span, frame, \
      (CTREND_P(const ctrend_frame *, f, HANDLE), \
       CTREND_P(size_t, index, IN), \
       CTREND_P(int32_t *, first, OUT), \
       CTREND_P(int32_t *, last, OUT))) \
    F(int, STATUS, ctrend_frame_collapse, frame, \
      (CTREND_P(const ctrend_frame *, f, HANDLE), \
       CTREND_P(int, keep_group, BOOL), \
       CTREND_P(int, keep_region, BOOL), \
       CTREND_P(int, skip_missing, BOOL), \
       CTREND_P(ctrend_frame **, out, HANDLE_OUT))) \
    /* frame.h, 1.0 block (window, merge) */ \
    F(int, STATUS, ctrend_frame_window, frame, \
      (CTREND_P(const ctrend_frame *, f, HANDLE), \
       CTREND_P(size_t, index, IN), \
       CTREND_P(int32_t, first_month, IN), \
       CTREND_P(size_t, n_months, RANGE(1, SIZE_MAX)), \
       CTREND_P(double *, out, CAP_OUT(cap)), \
       CTREND_P(size_t, cap, CAP), \
       CTREND_P(size_t *, needed, NEEDED))) \
    F(int, STATUS, ctrend_frame_merge, frame, \
      (CTREND_P(ctrend_frame *, dst, HANDLE), \
       CTREND_P(const ctrend_frame *, src, HANDLE), \
       CTREND_P(const char *, src_name, STR_OPT), \
       CTREND_P(ctrend_error *, err, ERROR_OUT))) \
    F(int, STATUS, ctrend_frame_set_values, frame, \
      (CTREND_P(ctrend_frame *, f, HANDLE), \
       CTREND_P(size_t, index, IN), \
       CTREND_P(const double *, x, ARRAY_IN(n)), \
       CTREND_P(size_t, n, LEN), \
       CTREND_P(int32_t, first_month, RANGE(MONTH_MIN, MONTH_MAX)), \
       CTREND_P(ctrend_error *, err, ERROR_OUT))) \
    /* ---- io.h ---- */ \
    F(int, STATUS, ctrend_reader_new, io, \
      (CTREND_P(ctrend_reader **, out, HANDLE_OUT), \
       CTREND_P(ctrend_error *, err, ERROR_OUT))) \
    F(void, FREE, ctrend_reader_free, io, \
      (CTREND_P(ctrend_reader *, r, HANDLE_OPT))) \
    F(int, STATUS, ctrend_reader_set_int, io, \
      (CTREND_P(ctrend_reader *, r, HANDLE), \
       CTREND_P(int, option, ENUM(ctrend_read_option)), \
       CTREND_P(int64_t, value, IN))) \
    F(int, STATUS, ctrend_reader_set_str, io, \
      (CTREND_P(ctrend_reader *, r, HANDLE), \
       CTREND_P(int, option, ENUM(ctrend_read_option)), \
       CTREND_P(const char *, value, STR_OPT))) \
    F(int, STATUS, ctrend_reader_feed, io, \
      (CTREND_P(ctrend_reader *, r, HANDLE), \
       CTREND_P(const char *, buf, BYTES(len)), \
       CTREND_P(size_t, len, LEN))) \
    F(int, STATUS, ctrend_reader_finish, io, \
      (CTREND_P(ctrend_reader *, r, HANDLE), \
       CTREND_P(ctrend_frame **, out, HANDLE_OUT), \
       CTREND_P(ctrend_error *, err, ERROR_OUT))) \
    F(int, STATUS, ctrend_reader_read_file, io, \
      (CTREND_P(ctrend_reader *, r, HANDLE), \
       CTREND_P(const char *, path, STR), \
       CTREND_P(ctrend_frame **, out, HANDLE_OUT), \
       CTREND_P(ctrend_error *, err, ERROR_OUT))) \
    F(int, STATUS, ctrend_reader_error, io, \
      (CTREND_P(const ctrend_reader *, r, HANDLE), \
       CTREND_P(ctrend_error *, err, ERROR_OUT))) \
    F(const char *, STRING, ctrend_reader_errmsg, io, \
      (CTREND_P(const ctrend_reader *, r, HANDLE))) \
    F(int, VALUE, ctrend_reader_opt_type, io, \
      (CTREND_P(int, key, IN))) \
    F(int, STATUS, ctrend_reader_opts_bounds, io, \
      (CTREND_P(int, key, ENUM(ctrend_read_option)), \
       CTREND_P(double *, lo, OUT_OPT), \
       CTREND_P(double *, hi, OUT_OPT))) \
    F(int64_t, VALUE, ctrend_reader_n_skipped, io, \
      (CTREND_P(const ctrend_reader *, r, HANDLE))) \
    F(int64_t, VALUE, ctrend_reader_skipped_line, io, \
      (CTREND_P(const ctrend_reader *, r, HANDLE), \
       CTREND_P(int64_t, k, IN))) \
    F(int64_t, VALUE, ctrend_name_distance, io, \
      (CTREND_P(const char *, a, STR_OPT), \
       CTREND_P(const char *, b, STR_OPT))) \
    F(int, STATUS, ctrend_filter_new, io, \
      (CTREND_P(ctrend_filter **, out, HANDLE_OUT))) \
    F(void, FREE, ctrend_filter_free, io, \
      (CTREND_P(ctrend_filter *, f, HANDLE_OPT))) \
    F(int, STATUS, ctrend_filter_add, io, \
      (CTREND_P(ctrend_filter *, f, HANDLE), \
       CTREND_P(const char *, expr, STR))) \
    F(const char *, STRING, ctrend_filter_errmsg, io, \
      (CTREND_P(const ctrend_filter *, f, HANDLE))) \
    F(int64_t, VALUE, ctrend_filter_error_offset, io, \
      (CTREND_P(const ctrend_filter *, f, HANDLE))) \
    F(int64_t, VALUE, ctrend_filter_n_columns, io, \
      (CTREND_P(const ctrend_filter *, f, HANDLE))) \
    F(const char *, STRING, ctrend_filter_column, io, \
      (CTREND_P(const ctrend_filter *, f, HANDLE), \
       CTREND_P(int64_t, k, IN))) \
    F(int, STATUS, ctrend_filter_eval, io, \
      (CTREND_P(const ctrend_filter *, f, HANDLE), \
       CTREND_P(const char *const *, cells, ARRAY_IN(n_cells)), \
       CTREND_P(int64_t, n_cells, LEN), \
       CTREND_P(int *, result, OUT))) \
    /* borrowed: f must outlive its use by r (bindings keep a reference); NULL removes it */ \
    F(int, STATUS, ctrend_reader_set_filter, io, \
      (CTREND_P(ctrend_reader *, r, HANDLE), \
       CTREND_P(const ctrend_filter *, f, HANDLE_OPT))) \
    /* ---- rolling.h ---- */ \
    F(int, STATUS, ctrend_rolling_mean, rolling, \
      (CTREND_P(const double *, x, ARRAY_IN(n)), \
       CTREND_P(size_t, n, LEN), \
       CTREND_P(size_t, window, RANGE(1, SIZE_MAX)), \
       CTREND_P(int, align, ENUM(ctrend_align)), \
       CTREND_P(size_t, min_periods, IN), \
       CTREND_P(double *, out, ARRAY_OUT(n)))) \
    F(int, STATUS, ctrend_rolling_sum, rolling, \
      (CTREND_P(const double *, x, ARRAY_IN(n)), \
       CTREND_P(size_t, n, LEN), \
       CTREND_P(size_t, window, RANGE(1, SIZE_MAX)), \
       CTREND_P(int, align, ENUM(ctrend_align)), \
       CTREND_P(size_t, min_periods, IN), \
       CTREND_P(double *, out, ARRAY_OUT(n)))) \
    F(int, STATUS, ctrend_rolling_cumsum, rolling, \
      (CTREND_P(const double *, x, ARRAY_IN(n)), \
       CTREND_P(size_t, n, LEN), \
       CTREND_P(double *, out, ARRAY_OUT(n)))) \
    /* ---- change.h ---- */ \
    F(int, VALUE, ctrend_change_reason_count, change, (void)) \
    F(const char *, STRING, ctrend_change_reason_string, change, \
      (CTREND_P(int, reason, IN))) \
    F(const char *, STRING, ctrend_change_reason_name, change, \
      (CTREND_P(int, reason, IN))) \
    F(int, STATUS, ctrend_change_pct, change, \
      (CTREND_P(const double *, x, ARRAY_IN(n)), \
       CTREND_P(size_t, n, LEN), \
       CTREND_P(size_t, lag, RANGE(1, SIZE_MAX)), \
       CTREND_P(double *, out, ARRAY_OUT(n)), \
       CTREND_P(int32_t *, reason, ARRAY_OUT_OPT(n)))) \
    F(int, STATUS, ctrend_change_pct_vs_mean, change, \
      (CTREND_P(const double *, x, ARRAY_IN(n)), \
       CTREND_P(size_t, n, LEN), \
       CTREND_P(size_t, k, RANGE(1, SIZE_MAX)), \
       CTREND_P(double *, out, ARRAY_OUT(n)), \
       CTREND_P(int32_t *, reason, ARRAY_OUT_OPT(n)))) \
    F(int, STATUS, ctrend_change_diff, change, \
      (CTREND_P(const double *, x, ARRAY_IN(n)), \
       CTREND_P(size_t, n, LEN), \
       CTREND_P(size_t, lag, RANGE(1, SIZE_MAX)), \
       CTREND_P(double *, out, ARRAY_OUT(n)), \
       CTREND_P(int32_t *, reason, ARRAY_OUT_OPT(n)))) \
    F(int, STATUS, ctrend_change_ratio, change, \
      (CTREND_P(const double *, x, ARRAY_IN(n)), \
       CTREND_P(size_t, n, LEN), \
       CTREND_P(size_t, lag, RANGE(1, SIZE_MAX)), \
       CTREND_P(double *, out, ARRAY_OUT(n)), \
       CTREND_P(int32_t *, reason, ARRAY_OUT_OPT(n)))) \
    F(int, STATUS, ctrend_change_share, change, \
      (CTREND_P(const double *, part, ARRAY_IN(n)), \
       CTREND_P(const double *, total, ARRAY_IN(n)), \
       CTREND_P(size_t, n, LEN), \
       CTREND_P(double *, out, ARRAY_OUT(n)), \
       CTREND_P(int32_t *, reason, ARRAY_OUT_OPT(n)))) \
    /* ---- aggregate.h ---- */ \
    F(int, STATUS, ctrend_aggregate_per_day, aggregate, \
      (CTREND_P(const double *, x, ARRAY_IN(n)), \
       CTREND_P(size_t, n, LEN), \
       CTREND_P(int32_t, start_month, RANGE(MONTH_MIN, MONTH_MAX)), \
       CTREND_P(double *, out, ARRAY_OUT(n)))) \
    F(int, STATUS, ctrend_aggregate_periods, aggregate, \
      (CTREND_P(const double *, x, ARRAY_IN(n)), \
       CTREND_P(size_t, n, LEN), \
       CTREND_P(int32_t, start_month, RANGE(MONTH_MIN, MONTH_MAX)), \
       CTREND_P(size_t, period_months, ONEOF(1, 2, 3, 4, 6, 12)), \
       CTREND_P(int, allow_missing, BOOL), \
       CTREND_P(double *, out, CAP_OUT(cap)), \
       CTREND_P(size_t, cap, CAP), \
       CTREND_P(size_t *, needed, NEEDED), \
       CTREND_P(int32_t *, first_period_month, OUT_OPT))) \
    /* ---- design.h ---- */ \
    F(int, STATUS, ctrend_design_new, design, \
      (CTREND_P(int32_t, start_month, RANGE(MONTH_MIN, MONTH_MAX)), \
       CTREND_P(size_t, n_months, RANGE(1, SIZE_MAX)), \
       CTREND_P(ctrend_design **, out, HANDLE_OUT))) \
    F(void, FREE, ctrend_design_free, design, \
      (CTREND_P(ctrend_design *, d, HANDLE_OPT))) \
    F(int, STATUS, ctrend_design_clone, design, \
      (CTREND_P(const ctrend_design *, d, HANDLE), \
       CTREND_P(ctrend_design **, out, HANDLE_OUT))) \
    F(int, STATUS, ctrend_design_window, design, \
      (CTREND_P(const ctrend_design *, d, HANDLE), \
       CTREND_P(size_t, first, IN), \
       CTREND_P(size_t, n_months, RANGE(1, SIZE_MAX)), \
       CTREND_P(ctrend_design **, out, HANDLE_OUT))) \
    F(int, STATUS, ctrend_design_set_intercept, design, \
      (CTREND_P(ctrend_design *, d, HANDLE), \
       CTREND_P(int, on, BOOL))) \
    F(int, STATUS, ctrend_design_add_trend, design, \
      (CTREND_P(ctrend_design *, d, HANDLE))) \
    F(int, STATUS, ctrend_design_add_fourier, design, \
      (CTREND_P(ctrend_design *, d, HANDLE), \
       CTREND_P(size_t, k_pairs, RANGE(1, CTREND_DESIGN_MAX_FOURIER)))) \
    F(int, STATUS, ctrend_design_add_month_dummies, design, \
      (CTREND_P(ctrend_design *, d, HANDLE))) \
    F(int, STATUS, ctrend_design_add_step, design, \
      (CTREND_P(ctrend_design *, d, HANDLE), \
       CTREND_P(int32_t, month, IN), \
       CTREND_P(const char *, name, STR_OPT))) \
    F(int, STATUS, ctrend_design_add_slope_change, design, \
      (CTREND_P(ctrend_design *, d, HANDLE), \
       CTREND_P(int32_t, month, IN), \
       CTREND_P(const char *, name, STR_OPT))) \
    F(int, STATUS, ctrend_design_add_column, design, \
      (CTREND_P(ctrend_design *, d, HANDLE), \
       CTREND_P(const char *, name, STR), \
       CTREND_P(const double *, x, ARRAY_IN(n)), \
       CTREND_P(size_t, n, LEN))) \
    F(int, STATUS, ctrend_design_set_future_column, design, \
      (CTREND_P(ctrend_design *, d, HANDLE), \
       CTREND_P(const char *, name, STR), \
       CTREND_P(const double *, x, ARRAY_IN(h)), \
       CTREND_P(size_t, h, LEN(1)))) \
    F(int, STATUS, ctrend_design_set_offset_days, design, \
      (CTREND_P(ctrend_design *, d, HANDLE), \
       CTREND_P(int, on, BOOL))) \
    F(int, STATUS, ctrend_design_set_offset, design, \
      (CTREND_P(ctrend_design *, d, HANDLE), \
       CTREND_P(const double *, log_exposure, ARRAY_IN_OPT(n)), \
       CTREND_P(size_t, n, LEN))) \
    F(int, STATUS, ctrend_design_set_future_offset, design, \
      (CTREND_P(ctrend_design *, d, HANDLE), \
       CTREND_P(const double *, log_exposure, ARRAY_IN(h)), \
       CTREND_P(size_t, h, LEN(1)))) \
    F(size_t, VALUE, ctrend_design_ncol, design, \
      (CTREND_P(const ctrend_design *, d, HANDLE))) \
    F(size_t, VALUE, ctrend_design_nrow, design, \
      (CTREND_P(const ctrend_design *, d, HANDLE))) \
    F(int, STATUS, ctrend_design_start, design, \
      (CTREND_P(const ctrend_design *, d, HANDLE), \
       CTREND_P(int32_t *, month, OUT))) \
    F(int, STATUS, ctrend_design_col_name, design, \
      (CTREND_P(const ctrend_design *, d, HANDLE), \
       CTREND_P(size_t, j, IN), \
       CTREND_P(const char **, name, OUT))) \
    F(int, STATUS, ctrend_design_find, design, \
      (CTREND_P(const ctrend_design *, d, HANDLE), \
       CTREND_P(const char *, name, STR), \
       CTREND_P(size_t *, j, OUT))) \
    F(int, STATUS, ctrend_design_matrix, design, \
      (CTREND_P(const ctrend_design *, d, HANDLE), \
       CTREND_P(size_t, first, IN), \
       CTREND_P(size_t, rows, IN), \
       CTREND_P(double *, out, CAP_OUT(cap)), \
       CTREND_P(size_t, cap, CAP), \
       CTREND_P(double *, off, ARRAY_OUT_OPT(off_cap)), \
       CTREND_P(size_t, off_cap, LEN), \
       CTREND_P(size_t *, needed, NEEDED))) \
    /* design.h, 1.0 block (exposure) */ \
    F(int, STATUS, ctrend_design_set_exposure, design, \
      (CTREND_P(ctrend_design *, d, HANDLE), \
       CTREND_P(const double *, exposure, ARRAY_IN(n)), \
       CTREND_P(size_t, n, LEN), \
       CTREND_P(ctrend_error *, err, ERROR_OUT))) \
    /* ---- model.h ---- */ \
    F(int, STATUS, ctrend_model_opts_new, model, \
      (CTREND_P(ctrend_model_opts **, out, HANDLE_OUT))) \
    F(void, FREE, ctrend_model_opts_free, model, \
      (CTREND_P(ctrend_model_opts *, o, HANDLE_OPT))) \
    F(int, STATUS, ctrend_model_opts_set_double, model, \
      (CTREND_P(ctrend_model_opts *, o, HANDLE), \
       CTREND_P(int, opt, ENUM(ctrend_model_opt)), \
       CTREND_P(double, value, IN))) \
    F(int, STATUS, ctrend_model_opts_set_int, model, \
      (CTREND_P(ctrend_model_opts *, o, HANDLE), \
       CTREND_P(int, opt, ENUM(ctrend_model_opt)), \
       CTREND_P(int64_t, value, IN))) \
    F(int, STATUS, ctrend_model_opts_bounds, model, \
      (CTREND_P(int, opt, ENUM(ctrend_model_opt)), \
       CTREND_P(double *, lo, OUT_OPT), \
       CTREND_P(double *, hi, OUT_OPT))) \
    F(int, STATUS, ctrend_model_opts_get, model, \
      (CTREND_P(const ctrend_model_opts *, o, HANDLE), \
       CTREND_P(int, opt, ENUM(ctrend_model_opt)), \
       CTREND_P(double *, value, OUT))) \
    F(void, VOID, ctrend_model_opts_cancel, model, \
      (CTREND_P(ctrend_model_opts *, o, HANDLE_OPT))) \
    F(void, VOID, ctrend_model_opts_reset, model, \
      (CTREND_P(ctrend_model_opts *, o, HANDLE_OPT))) \
    F(int, VALUE, ctrend_model_opts_cancelled, model, \
      (CTREND_P(const ctrend_model_opts *, o, HANDLE_OPT))) \
    F(int, STATUS, ctrend_model_opts_progress, model, \
      (CTREND_P(const ctrend_model_opts *, o, HANDLE), \
       CTREND_P(size_t *, done, OUT_OPT), \
       CTREND_P(size_t *, total, OUT_OPT))) \
    F(const char *, STRING, ctrend_model_opts_errmsg, model, \
      (CTREND_P(const ctrend_model_opts *, o, HANDLE))) \
    F(int, STATUS, ctrend_model_fit, model, \
      (CTREND_P(const ctrend_model_opts *, opts, HANDLE_OPT), \
       CTREND_P(int, family, ENUM(ctrend_family)), \
       CTREND_P(const ctrend_design *, d, HANDLE), \
       CTREND_P(const double *, y, ARRAY_IN(n)), \
       CTREND_P(size_t, n, LEN), \
       CTREND_P(ctrend_model **, out, HANDLE_OUT), \
       CTREND_P(ctrend_error *, err, ERROR_OUT))) \
    F(void, FREE, ctrend_model_free, model, \
      (CTREND_P(ctrend_model *, m, HANDLE_OPT))) \
    F(int, STATUS, ctrend_model_family, model, \
      (CTREND_P(const ctrend_model *, m, HANDLE), \
       CTREND_P(int *, family, OUT))) \
    F(size_t, VALUE, ctrend_model_ncoef, model, \
      (CTREND_P(const ctrend_model *, m, HANDLE))) \
    F(size_t, VALUE, ctrend_model_nrow, model, \
      (CTREND_P(const ctrend_model *, m, HANDLE))) \
    F(int, STATUS, ctrend_model_coef_name, model, \
      (CTREND_P(const ctrend_model *, m, HANDLE), \
       CTREND_P(size_t, j, IN), \
       CTREND_P(const char **, name, OUT))) \
    F(const ctrend_design *, HANDLE_BORROWED, ctrend_model_design, model, \
      (CTREND_P(const ctrend_model *, m, HANDLE))) \
    F(int, STATUS, ctrend_model_vector, model, \
      (CTREND_P(const ctrend_model *, m, HANDLE), \
       CTREND_P(int, which, ENUM(ctrend_model_vec)), \
       CTREND_P(double *, out, CAP_OUT(cap)), \
       CTREND_P(size_t, cap, CAP), \
       CTREND_P(size_t *, needed, NEEDED))) \
    F(int, STATUS, ctrend_model_scalar, model, \
      (CTREND_P(const ctrend_model *, m, HANDLE), \
       CTREND_P(int, which, ENUM(ctrend_model_sca)), \
       CTREND_P(double *, value, OUT))) \
    F(int, STATUS, ctrend_breaks_fit, model, \
      (CTREND_P(ctrend_model_opts *, opts, HANDLE_OPT), \
       CTREND_P(int, family, ENUM(ctrend_family)), \
       CTREND_P(const ctrend_design *, d, HANDLE), \
       CTREND_P(const double *, y, ARRAY_IN(n)), \
       CTREND_P(size_t, n, LEN), \
       CTREND_P(int, kind, ENUM(ctrend_break_kind)), \
       CTREND_P(ctrend_breaks **, out, HANDLE_OUT), \
       CTREND_P(ctrend_error *, err, ERROR_OUT))) \
    F(void, FREE, ctrend_breaks_free, model, \
      (CTREND_P(ctrend_breaks *, b, HANDLE_OPT))) \
    F(int, STATUS, ctrend_breaks_month, model, \
      (CTREND_P(const ctrend_breaks *, b, HANDLE), \
       CTREND_P(int32_t *, month, OUT))) \
    F(int, STATUS, ctrend_breaks_scalar, model, \
      (CTREND_P(const ctrend_breaks *, b, HANDLE), \
       CTREND_P(int, which, ENUM(ctrend_breaks_sca)), \
       CTREND_P(double *, value, OUT))) \
    F(int, STATUS, ctrend_breaks_profile, model, \
      (CTREND_P(const ctrend_breaks *, b, HANDLE), \
       CTREND_P(double *, out, CAP_OUT(cap)), \
       CTREND_P(size_t, cap, CAP), \
       CTREND_P(size_t *, needed, NEEDED))) \
    F(double, VALUE, ctrend_breaks_max_work, model, (void)) \
    /* model.h, 1.0 block (prediction) */ \
    F(int, STATUS, ctrend_model_predict, model, \
      (CTREND_P(const ctrend_model *, m, HANDLE), \
       CTREND_P(const ctrend_design *, d, HANDLE_OPT), \
       CTREND_P(int, kind, ENUM(ctrend_predict_kind)), \
       CTREND_P(double, level, OPEN(0, 1)), \
       CTREND_P(double *, out, CAP_OUT(cap)), \
       CTREND_P(size_t, cap, CAP), \
       CTREND_P(size_t *, needed, NEEDED))) \
    /* ---- forecast.h ---- */ \
    F(int, STATUS, ctrend_forecast_new, forecast, \
      (CTREND_P(const ctrend_model *, m, HANDLE), \
       CTREND_P(size_t, h, RANGE(1, SIZE_MAX)), \
       CTREND_P(size_t, n_sims, IN), \
       CTREND_P(uint64_t, seed, SEED), \
       CTREND_P(ctrend_forecast **, out, HANDLE_OUT), \
       CTREND_P(ctrend_error *, err, ERROR_OUT))) \
    F(int, STATUS, ctrend_forecast_new_v2, forecast, \
      (CTREND_P(const ctrend_model_opts *, opts, HANDLE_OPT), \
       CTREND_P(const ctrend_model *, m, HANDLE), \
       CTREND_P(size_t, h, RANGE(1, SIZE_MAX)), \
       CTREND_P(size_t, n_sims, IN), \
       CTREND_P(uint64_t, seed, SEED), \
       CTREND_P(ctrend_forecast **, out, HANDLE_OUT), \
       CTREND_P(ctrend_error *, err, ERROR_OUT))) \
    F(void, FREE, ctrend_forecast_free, forecast, \
      (CTREND_P(ctrend_forecast *, f, HANDLE_OPT))) \
    F(size_t, VALUE, ctrend_forecast_horizon, forecast, \
      (CTREND_P(const ctrend_forecast *, f, HANDLE))) \
    F(size_t, VALUE, ctrend_forecast_n_sims, forecast, \
      (CTREND_P(const ctrend_forecast *, f, HANDLE))) \
    F(int, STATUS, ctrend_forecast_month, forecast, \
      (CTREND_P(const ctrend_forecast *, f, HANDLE), \
       CTREND_P(size_t, i, IN), \
       CTREND_P(int32_t *, month, OUT))) \
    F(int, STATUS, ctrend_forecast_vector, forecast, \
      (CTREND_P(const ctrend_forecast *, f, HANDLE), \
       CTREND_P(int, which, ENUM(ctrend_forecast_vec)), \
       CTREND_P(double *, out, CAP_OUT(cap)), \
       CTREND_P(size_t, cap, CAP), \
       CTREND_P(size_t *, needed, NEEDED))) \
    F(int, STATUS, ctrend_forecast_interval, forecast, \
      (CTREND_P(const ctrend_forecast *, f, HANDLE), \
       CTREND_P(int, kind, ENUM(ctrend_interval_kind)), \
       CTREND_P(double, level, OPEN(0, 1)), \
       CTREND_P(double *, lo, CAP_OUT(cap)), \
       CTREND_P(double *, hi, CAP_OUT(cap)), \
       CTREND_P(size_t, cap, CAP), \
       CTREND_P(size_t *, needed, NEEDED))) \
    F(int, STATUS, ctrend_forecast_quantile, forecast, \
      (CTREND_P(const ctrend_forecast *, f, HANDLE), \
       CTREND_P(int, kind, ENUM(ctrend_interval_kind)), \
       CTREND_P(double, prob, OPEN(0, 1)), \
       CTREND_P(double *, out, CAP_OUT(cap)), \
       CTREND_P(size_t, cap, CAP), \
       CTREND_P(size_t *, needed, NEEDED))) \
    F(int, STATUS, ctrend_forecast_samples, forecast, \
      (CTREND_P(const ctrend_forecast *, f, HANDLE), \
       CTREND_P(double *, out, CAP_OUT(cap)), \
       CTREND_P(size_t, cap, CAP), \
       CTREND_P(size_t *, needed, NEEDED))) \
    F(size_t, VALUE, ctrend_forecast_max_horizon, forecast, (void)) \
    F(double, VALUE, ctrend_forecast_max_draws, forecast, (void)) \
    F(double, VALUE, ctrend_forecast_max_mean, forecast, (void)) \
    /* ---- exact.h ---- */ \
    F(int, STATUS, ctrend_exact_poisson_ci, exact, \
      (CTREND_P(double, x, RANGE(0, CTREND_EXACT_COUNT_MAX)), \
       CTREND_P(double, t, LOPEN(0, DBL_MAX)), \
       CTREND_P(double, level, OPEN(0, 1)), \
       CTREND_P(ctrend_exact_result *, out, RECORD_OUT))) \
    F(int, STATUS, ctrend_exact_poisson_ci_midp, exact, \
      (CTREND_P(double, x, RANGE(0, CTREND_EXACT_COUNT_MAX)), \
       CTREND_P(double, t, LOPEN(0, DBL_MAX)), \
       CTREND_P(double, level, OPEN(0, 1)), \
       CTREND_P(ctrend_exact_result *, out, RECORD_OUT))) \
    F(int, STATUS, ctrend_exact_poisson_test, exact, \
      (CTREND_P(double, x, RANGE(0, CTREND_EXACT_COUNT_MAX)), \
       CTREND_P(double, t, LOPEN(0, DBL_MAX)), \
       CTREND_P(const ctrend_exact_test *, test, RECORD_IN_OPT), \
       CTREND_P(ctrend_exact_result *, out, RECORD_OUT))) \
    F(int, STATUS, ctrend_exact_rate_ratio, exact, \
      (CTREND_P(double, x1, RANGE(0, CTREND_EXACT_COUNT_MAX)), \
       CTREND_P(double, t1, LOPEN(0, DBL_MAX)), \
       CTREND_P(double, x2, RANGE(0, CTREND_EXACT_COUNT_MAX)), \
       CTREND_P(double, t2, LOPEN(0, DBL_MAX)), \
       CTREND_P(const ctrend_exact_test *, test, RECORD_IN_OPT), \
       CTREND_P(ctrend_exact_result *, out, RECORD_OUT))) \
    F(int, STATUS, ctrend_exact_vs_previous, exact, \
      (CTREND_P(const double *, x, ARRAY_IN(n)), \
       CTREND_P(const double *, exposure, ARRAY_IN_OPT(n)), \
       CTREND_P(size_t, n, LEN), \
       CTREND_P(size_t, i, IN), \
       CTREND_P(size_t, k, RANGE(1, SIZE_MAX)), \
       CTREND_P(const ctrend_exact_test *, test, RECORD_IN_OPT), \
       CTREND_P(ctrend_exact_result *, out, RECORD_OUT))) \
    F(int, STATUS, ctrend_exact_period_ratio, exact, \
      (CTREND_P(const double *, a, ARRAY_IN(na)), \
       CTREND_P(const double *, exposure_a, ARRAY_IN_OPT(na)), \
       CTREND_P(size_t, na, LEN(1)), \
       CTREND_P(const double *, b, ARRAY_IN(nb)), \
       CTREND_P(const double *, exposure_b, ARRAY_IN_OPT(nb)), \
       CTREND_P(size_t, nb, LEN(1)), \
       CTREND_P(const ctrend_exact_test *, test, RECORD_IN_OPT), \
       CTREND_P(ctrend_exact_result *, out, RECORD_OUT))) \
    /* ---- dist.h ---- */ \
    F(int, STATUS, ctrend_dist_dpois, dist, \
      (CTREND_P(double, x, IN), \
       CTREND_P(double, lambda, RANGE(0, DBL_MAX)), \
       CTREND_P(int, give_log, BOOL), \
       CTREND_P(double *, out, OUT))) \
    F(int, STATUS, ctrend_dist_ppois, dist, \
      (CTREND_P(double, q, IN), \
       CTREND_P(double, lambda, RANGE(0, DBL_MAX)), \
       CTREND_P(int, lower_tail, BOOL), \
       CTREND_P(int, log_p, BOOL), \
       CTREND_P(double *, out, OUT))) \
    F(int, STATUS, ctrend_dist_qpois, dist, \
      (CTREND_P(double, p, IN), \
       CTREND_P(double, lambda, RANGE(0, DBL_MAX)), \
       CTREND_P(int, lower_tail, BOOL), \
       CTREND_P(int, log_p, BOOL), \
       CTREND_P(double *, out, OUT))) \
    F(int, STATUS, ctrend_dist_dnbinom, dist, \
      (CTREND_P(double, x, IN), \
       CTREND_P(double, size, LOPEN(0, DBL_MAX)), \
       CTREND_P(double, prob, LOPEN(0, 1)), \
       CTREND_P(int, give_log, BOOL), \
       CTREND_P(double *, out, OUT))) \
    F(int, STATUS, ctrend_dist_dnbinom_mu, dist, \
      (CTREND_P(double, x, IN), \
       CTREND_P(double, size, LOPEN(0, DBL_MAX)), \
       CTREND_P(double, mu, RANGE(0, DBL_MAX)), \
       CTREND_P(int, give_log, BOOL), \
       CTREND_P(double *, out, OUT))) \
    F(int, STATUS, ctrend_dist_pnbinom_mu, dist, \
      (CTREND_P(double, q, IN), \
       CTREND_P(double, size, LOPEN(0, DBL_MAX)), \
       CTREND_P(double, mu, RANGE(0, DBL_MAX)), \
       CTREND_P(int, lower_tail, BOOL), \
       CTREND_P(int, log_p, BOOL), \
       CTREND_P(double *, out, OUT))) \
    F(int, STATUS, ctrend_dist_qnbinom_mu, dist, \
      (CTREND_P(double, p, IN), \
       CTREND_P(double, size, LOPEN(0, DBL_MAX)), \
       CTREND_P(double, mu, RANGE(0, DBL_MAX)), \
       CTREND_P(int, lower_tail, BOOL), \
       CTREND_P(int, log_p, BOOL), \
       CTREND_P(double *, out, OUT))) \
    /* ---- score.h ---- */ \
    F(int, STATUS, ctrend_score_mae, score, \
      (CTREND_P(const double *, y, ARRAY_IN(n)), \
       CTREND_P(const double *, pred, ARRAY_IN(n)), \
       CTREND_P(size_t, n, LEN), \
       CTREND_P(double *, out, OUT), \
       CTREND_P(size_t *, n_used, OUT_OPT))) \
    F(int, STATUS, ctrend_score_rmse, score, \
      (CTREND_P(const double *, y, ARRAY_IN(n)), \
       CTREND_P(const double *, pred, ARRAY_IN(n)), \
       CTREND_P(size_t, n, LEN), \
       CTREND_P(double *, out, OUT), \
       CTREND_P(size_t *, n_used, OUT_OPT))) \
    F(int, STATUS, ctrend_score_msle, score, \
      (CTREND_P(const double *, y, ARRAY_IN(n)), \
       CTREND_P(const double *, pred, ARRAY_IN(n)), \
       CTREND_P(size_t, n, LEN), \
       CTREND_P(double *, out, OUT), \
       CTREND_P(size_t *, n_used, OUT_OPT))) \
    F(int, STATUS, ctrend_score_crps_poisson, score, \
      (CTREND_P(double, y, RANGE(0, DBL_MAX)), \
       CTREND_P(double, mu, RANGE(0, DBL_MAX)), \
       CTREND_P(double *, out, OUT))) \
    F(double, VALUE, ctrend_score_crps_tol_default, score, (void)) \
    F(size_t, VALUE, ctrend_score_crps_max_terms_default, score, (void)) \
    F(int, STATUS, ctrend_score_crps_nbinom, score, \
      (CTREND_P(double, y, RANGE(0, DBL_MAX)), \
       CTREND_P(double, mu, RANGE(0, DBL_MAX)), \
       CTREND_P(double, theta, LOPEN(0, INF)), \
       CTREND_P(double, tol, IN), \
       CTREND_P(size_t, max_terms, IN), \
       CTREND_P(double *, out, OUT))) \
    F(int, STATUS, ctrend_score_crps_sample, score, \
      (CTREND_P(double, y, IN), \
       CTREND_P(const double *, x, ARRAY_IN(m)), \
       CTREND_P(size_t, m, LEN(1)), \
       CTREND_P(int, fair, BOOL), \
       CTREND_P(double *, out, OUT))) \
    F(int, STATUS, ctrend_score_crps_sample_mean, score, \
      (CTREND_P(const double *, y, ARRAY_IN(n)), \
       CTREND_P(size_t, n, LEN), \
       CTREND_P(const double *, samples, ARRAY_IN(n * m)), \
       CTREND_P(size_t, m, LEN(1)), \
       CTREND_P(int, fair, BOOL), \
       CTREND_P(double *, out, OUT), \
       CTREND_P(size_t *, n_used, OUT_OPT))) \
    F(double, VALUE, ctrend_score_ign_alpha_default, score, (void)) \
    F(size_t, VALUE, ctrend_score_ign_nbins, score, (void)) \
    F(double, VALUE, ctrend_score_ign_floor_default, score, (void)) \
    F(int, STATUS, ctrend_score_ign_bin, score, \
      (CTREND_P(double, v, RANGE(0, INF)), \
       CTREND_P(size_t *, bin, OUT))) \
    F(int, STATUS, ctrend_score_ign_edges, score, \
      (CTREND_P(double *, edges, ARRAY_OUT(CTREND_SCORE_IGN_NBINS)))) \
    F(int, STATUS, ctrend_score_ignorance_sample, score, \
      (CTREND_P(double, y, IN), \
       CTREND_P(const double *, x, ARRAY_IN(m)), \
       CTREND_P(size_t, m, LEN(1)), \
       CTREND_P(double, alpha, IN), \
       CTREND_P(double *, out, OUT))) \
    F(int, STATUS, ctrend_score_ignorance_sample_mean, score, \
      (CTREND_P(const double *, y, ARRAY_IN(n)), \
       CTREND_P(size_t, n, LEN), \
       CTREND_P(const double *, samples, ARRAY_IN(n * m)), \
       CTREND_P(size_t, m, LEN(1)), \
       CTREND_P(double, alpha, IN), \
       CTREND_P(double *, out, OUT), \
       CTREND_P(size_t *, n_used, OUT_OPT))) \
    F(int, STATUS, ctrend_score_ignorance_poisson, score, \
      (CTREND_P(double, y, RANGE(0, INF)), \
       CTREND_P(double, mu, RANGE(0, DBL_MAX)), \
       CTREND_P(double, floor, IN), \
       CTREND_P(double *, out, OUT))) \
    F(int, STATUS, ctrend_score_ignorance_nbinom, score, \
      (CTREND_P(double, y, RANGE(0, INF)), \
       CTREND_P(double, mu, RANGE(0, DBL_MAX)), \
       CTREND_P(double, theta, LOPEN(0, INF)), \
       CTREND_P(double, floor, IN), \
       CTREND_P(double *, out, OUT))) \
    F(int, STATUS, ctrend_score_interval, score, \
      (CTREND_P(double, y, IN), \
       CTREND_P(double, lower, IN), \
       CTREND_P(double, upper, IN), \
       CTREND_P(double, level, OPEN(0, 1)), \
       CTREND_P(double *, out, OUT))) \
    F(int, STATUS, ctrend_score_interval_mean, score, \
      (CTREND_P(const double *, y, ARRAY_IN(n)), \
       CTREND_P(const double *, lower, ARRAY_IN(n)), \
       CTREND_P(const double *, upper, ARRAY_IN(n)), \
       CTREND_P(size_t, n, LEN), \
       CTREND_P(double, level, OPEN(0, 1)), \
       CTREND_P(double *, out, OUT), \
       CTREND_P(size_t *, n_used, OUT_OPT))) \
    F(int, STATUS, ctrend_score_coverage, score, \
      (CTREND_P(const double *, y, ARRAY_IN(n)), \
       CTREND_P(const double *, lower, ARRAY_IN(n)), \
       CTREND_P(const double *, upper, ARRAY_IN(n)), \
       CTREND_P(size_t, n, LEN), \
       CTREND_P(double *, out, OUT), \
       CTREND_P(size_t *, n_used, OUT_OPT))) \
    F(int, STATUS, ctrend_score_quantile_sample, score, \
      (CTREND_P(const double *, x, ARRAY_IN(m)), \
       CTREND_P(size_t, m, LEN(1)), \
       CTREND_P(double, p, RANGE(0, 1)), \
       CTREND_P(double *, out, OUT))) \
    /* ---- baseline.h ---- */ \
    F(int, VALUE, ctrend_baseline_count, baseline, (void)) \
    F(size_t, VALUE, ctrend_baseline_season, baseline, (void)) \
    F(double, VALUE, ctrend_baseline_poisson_max, baseline, (void)) \
    F(const char *, STRING, ctrend_baseline_name, baseline, \
      (CTREND_P(int, kind, IN))) \
    F(int, STATUS, ctrend_baseline_parse, baseline, \
      (CTREND_P(const char *, name, STR), \
       CTREND_P(int *, kind, OUT))) \
    F(int, STATUS, ctrend_baseline_opts_new, baseline, \
      (CTREND_P(ctrend_baseline_opts **, out, HANDLE_OUT))) \
    F(void, FREE, ctrend_baseline_opts_free, baseline, \
      (CTREND_P(ctrend_baseline_opts *, o, HANDLE_OPT))) \
    F(int, STATUS, ctrend_baseline_opts_set_int, baseline, \
      (CTREND_P(ctrend_baseline_opts *, o, HANDLE), \
       CTREND_P(int, key, ENUM(ctrend_baseline_opt)), \
       CTREND_P(int64_t, value, IN))) \
    F(int, STATUS, ctrend_baseline_opts_get_int, baseline, \
      (CTREND_P(const ctrend_baseline_opts *, o, HANDLE), \
       CTREND_P(int, key, ENUM(ctrend_baseline_opt)), \
       CTREND_P(int64_t *, value, OUT))) \
    F(int, STATUS, ctrend_baseline_opts_bounds, baseline, \
      (CTREND_P(int, key, ENUM(ctrend_baseline_opt)), \
       CTREND_P(double *, lo, OUT), \
       CTREND_P(double *, hi, OUT))) \
    F(int, STATUS, ctrend_baseline_forecast, baseline, \
      (CTREND_P(const ctrend_baseline_opts *, o, HANDLE_OPT), \
       CTREND_P(const double *, x, ARRAY_IN(n)), \
       CTREND_P(size_t, n, LEN), \
       CTREND_P(size_t, h, RANGE(1, SIZE_MAX)), \
       CTREND_P(double *, point, CAP_OUT(point_cap, h)), \
       CTREND_P(size_t, point_cap, CAP), \
       CTREND_P(double *, samples, CAP_OUT(samples_cap)), \
       CTREND_P(size_t, samples_cap, CAP), \
       CTREND_P(size_t *, needed, NEEDED))) \
    /* ---- backtest.h ---- */ \
    F(int, VALUE, ctrend_backtest_metric_count, backtest, (void)) \
    F(const char *, STRING, ctrend_backtest_metric_name, backtest, \
      (CTREND_P(int, metric, ENUM(ctrend_backtest_metric)))) \
    F(int, STATUS, ctrend_backtest_origins, backtest, \
      (CTREND_P(size_t, n, LEN), \
       CTREND_P(size_t, initial, RANGE(1, SIZE_MAX)), \
       CTREND_P(size_t, h, RANGE(1, SIZE_MAX)), \
       CTREND_P(size_t, step, RANGE(1, SIZE_MAX)), \
       CTREND_P(size_t *, n_origins, OUT))) \
    F(int, STATUS, ctrend_backtest_new, backtest, \
      (CTREND_P(const double *, y, ARRAY_IN(n)), \
       CTREND_P(size_t, n, LEN), \
       CTREND_P(size_t, initial, RANGE(1, SIZE_MAX)), \
       CTREND_P(size_t, h, RANGE(1, SIZE_MAX)), \
       CTREND_P(size_t, step, RANGE(1, SIZE_MAX)), \
       CTREND_P(size_t, n_samples, RANGE(1, SIZE_MAX)), \
       CTREND_P(uint64_t, seed, SEED), \
       CTREND_P(ctrend_backtest **, out, HANDLE_OUT))) \
    F(void, FREE, ctrend_backtest_free, backtest, \
      (CTREND_P(ctrend_backtest *, bt, HANDLE_OPT))) \
    F(int, STATUS, ctrend_backtest_set_window, backtest, \
      (CTREND_P(ctrend_backtest *, bt, HANDLE), \
       CTREND_P(size_t, window_months, IN))) \
    F(size_t, VALUE, ctrend_backtest_n_origins, backtest, \
      (CTREND_P(const ctrend_backtest *, bt, HANDLE))) \
    F(int, STATUS, ctrend_backtest_origin, backtest, \
      (CTREND_P(const ctrend_backtest *, bt, HANDLE), \
       CTREND_P(size_t, i, IN), \
       CTREND_P(size_t *, train_len, OUT))) \
    F(int, STATUS, ctrend_backtest_add_baseline, backtest, \
      (CTREND_P(ctrend_backtest *, bt, HANDLE), \
       CTREND_P(int, kind, ENUM(ctrend_baseline)), \
       CTREND_P(size_t, k, IN), \
       CTREND_P(const char *, name, STR_OPT), \
       CTREND_P(ctrend_error *, err, ERROR_OUT))) \
    F(int, STATUS, ctrend_backtest_add_baseline_v2, backtest, \
      (CTREND_P(ctrend_backtest *, bt, HANDLE), \
       CTREND_P(int, kind, ENUM(ctrend_baseline)), \
       CTREND_P(size_t, k, IN), \
       CTREND_P(const char *, name, STR_OPT), \
       CTREND_P(const ctrend_model_opts *, opts, HANDLE_OPT), \
       CTREND_P(ctrend_error *, err, ERROR_OUT))) \
    F(int, STATUS, ctrend_backtest_add_model, backtest, \
      (CTREND_P(ctrend_backtest *, bt, HANDLE), \
       CTREND_P(const char *, name, STR), \
       CTREND_P(const ctrend_design *, d, HANDLE), \
       CTREND_P(int, family, ENUM(ctrend_family)), \
       CTREND_P(const ctrend_model_opts *, opts, HANDLE_OPT), \
       CTREND_P(ctrend_error *, err, ERROR_OUT))) \
    F(int, STATUS, ctrend_backtest_add_forecasts, backtest, \
      (CTREND_P(ctrend_backtest *, bt, HANDLE), \
       CTREND_P(const char *, name, STR), \
       CTREND_P(const double *, point, ARRAY_IN(n_point)), \
       CTREND_P(size_t, n_point, LEN), \
       CTREND_P(const double *, samples, ARRAY_IN(n_draws)), \
       CTREND_P(size_t, n_draws, LEN), \
       CTREND_P(ctrend_error *, err, ERROR_OUT))) \
    F(size_t, VALUE, ctrend_backtest_n_models, backtest, \
      (CTREND_P(const ctrend_backtest *, bt, HANDLE))) \
    F(int, STATUS, ctrend_backtest_model_name, backtest, \
      (CTREND_P(const ctrend_backtest *, bt, HANDLE), \
       CTREND_P(size_t, i, IN), \
       CTREND_P(const char **, name, OUT))) \
    F(int, STATUS, ctrend_backtest_score, backtest, \
      (CTREND_P(const ctrend_backtest *, bt, HANDLE), \
       CTREND_P(size_t, i, IN), \
       CTREND_P(int, metric, ENUM(ctrend_backtest_metric)), \
       CTREND_P(double *, value, OUT))) \
    F(int, STATUS, ctrend_backtest_score_lead, backtest, \
      (CTREND_P(const ctrend_backtest *, bt, HANDLE), \
       CTREND_P(size_t, i, IN), \
       CTREND_P(size_t, lead, RANGE(1, SIZE_MAX)), \
       CTREND_P(int, metric, ENUM(ctrend_backtest_metric)), \
       CTREND_P(double *, value, OUT))) \
    F(int, STATUS, ctrend_backtest_points, backtest, \
      (CTREND_P(const ctrend_backtest *, bt, HANDLE), \
       CTREND_P(size_t, i, IN), \
       CTREND_P(double *, out, CAP_OUT(cap)), \
       CTREND_P(size_t, cap, CAP), \
       CTREND_P(size_t *, needed, NEEDED))) \
    F(int, STATUS, ctrend_backtest_rank, backtest, \
      (CTREND_P(const ctrend_backtest *, bt, HANDLE), \
       CTREND_P(int, metric, ENUM(ctrend_backtest_metric)), \
       CTREND_P(size_t *, order, CAP_OUT(cap)), \
       CTREND_P(size_t, cap, CAP), \
       CTREND_P(size_t *, needed, NEEDED))) \
    F(double, VALUE, ctrend_backtest_max_draws, backtest, (void)) \
    /* ---- batch.h ---- */ \
    F(size_t, VALUE, ctrend_batch_default_threads, batch, (void)) \
    F(int, STATUS, ctrend_batch_values, batch, \
      (CTREND_P(const ctrend_frame *, f, HANDLE), \
       CTREND_P(const size_t *, series, ARRAY_IN_OPT(n_series)), \
       CTREND_P(size_t, n_series, LEN), \
       CTREND_P(int32_t, first_month, RANGE(MONTH_MIN, MONTH_MAX)), \
       CTREND_P(size_t, n_months, LEN), \
       CTREND_P(double *, out, ARRAY_OUT(n_series * n_months)))) \
    F(int, STATUS, ctrend_batch_opts_new, batch, \
      (CTREND_P(ctrend_batch_opts **, out, HANDLE_OUT))) \
    F(void, FREE, ctrend_batch_opts_free, batch, \
      (CTREND_P(ctrend_batch_opts *, o, HANDLE_OPT))) \
    F(int, STATUS, ctrend_batch_opts_set_int, batch, \
      (CTREND_P(ctrend_batch_opts *, o, HANDLE), \
       CTREND_P(int, key, ENUM(ctrend_batch_opt)), \
       CTREND_P(int64_t, value, IN))) \
    F(int, STATUS, ctrend_batch_opts_get_int, batch, \
      (CTREND_P(const ctrend_batch_opts *, o, HANDLE), \
       CTREND_P(int, key, ENUM(ctrend_batch_opt)), \
       CTREND_P(int64_t *, value, OUT))) \
    F(int, STATUS, ctrend_batch_opts_bounds, batch, \
      (CTREND_P(int, key, ENUM(ctrend_batch_opt)), \
       CTREND_P(double *, lo, OUT), \
       CTREND_P(double *, hi, OUT))) \
    F(int, STATUS, ctrend_batch_opts_set_series, batch, \
      (CTREND_P(ctrend_batch_opts *, o, HANDLE), \
       CTREND_P(const size_t *, series, ARRAY_IN_OPT(n_series)), \
       CTREND_P(size_t, n_series, LEN))) \
    F(size_t, VALUE, ctrend_batch_opts_n_series, batch, \
      (CTREND_P(const ctrend_batch_opts *, o, HANDLE_OPT), \
       CTREND_P(const ctrend_frame *, f, HANDLE_OPT))) \
    F(int, STATUS, ctrend_batch_opts_set_keys, batch, \
      (CTREND_P(ctrend_batch_opts *, o, HANDLE), \
       CTREND_P(const int *, keys, ARRAY_IN_OPT(n_keys)), \
       CTREND_P(size_t, n_keys, LEN))) \
    F(size_t, VALUE, ctrend_batch_opts_n_keys, batch, \
      (CTREND_P(const ctrend_batch_opts *, o, HANDLE_OPT))) \
    F(int, STATUS, ctrend_batch_opts_set_model, batch, \
      (CTREND_P(ctrend_batch_opts *, o, HANDLE), \
       CTREND_P(const ctrend_model_opts *, m, HANDLE_OPT))) \
    F(void, VOID, ctrend_batch_opts_cancel, batch, \
      (CTREND_P(ctrend_batch_opts *, o, HANDLE_OPT))) \
    F(void, VOID, ctrend_batch_opts_reset, batch, \
      (CTREND_P(ctrend_batch_opts *, o, HANDLE_OPT))) \
    F(int, VALUE, ctrend_batch_opts_cancelled, batch, \
      (CTREND_P(const ctrend_batch_opts *, o, HANDLE_OPT))) \
    F(int, STATUS, ctrend_batch_opts_progress, batch, \
      (CTREND_P(const ctrend_batch_opts *, o, HANDLE), \
       CTREND_P(size_t *, done, OUT_OPT), \
       CTREND_P(size_t *, total, OUT_OPT))) \
    F(int, STATUS, ctrend_batch_opts_error, batch, \
      (CTREND_P(const ctrend_batch_opts *, o, HANDLE), \
       CTREND_P(size_t, i, IN), \
       CTREND_P(ctrend_error *, err, ERROR_OUT))) \
    F(int, STATUS, ctrend_batch_fit, batch, \
      (CTREND_P(ctrend_batch_opts *, o, HANDLE_OPT), \
       CTREND_P(const ctrend_frame *, f, HANDLE), \
       CTREND_P(int, family, ENUM(ctrend_family)), \
       CTREND_P(const ctrend_design *, d, HANDLE), \
       CTREND_P(double *, coef, ARRAY_OUT_OPT(ctrend_batch_opts_n_series(o, f) * ctrend_design_ncol(d))), \
       CTREND_P(double *, se, ARRAY_OUT_OPT(ctrend_batch_opts_n_series(o, f) * ctrend_design_ncol(d))), \
       CTREND_P(double *, scalars, ARRAY_OUT_OPT(ctrend_batch_opts_n_series(o, f) * ctrend_batch_opts_n_keys(o))), \
       CTREND_P(int *, status, ARRAY_OUT(ctrend_batch_opts_n_series(o, f))))) \
    F(int, STATUS, ctrend_batch_fit_models, batch, \
      (CTREND_P(ctrend_batch_opts *, o, HANDLE_OPT), \
       CTREND_P(const ctrend_frame *, f, HANDLE), \
       CTREND_P(int, family, ENUM(ctrend_family)), \
       CTREND_P(const ctrend_design *const *, designs, HANDLE_ARRAY_IN(n_designs)), \
       CTREND_P(size_t, n_designs, LEN), \
       CTREND_P(ctrend_model **, models, HANDLE_ARRAY_OUT(ctrend_batch_opts_n_series(o, f))), \
       CTREND_P(int *, status, ARRAY_OUT(ctrend_batch_opts_n_series(o, f))))) \
    F(int, STATUS, ctrend_batch_fit_models_v2, batch, \
      (CTREND_P(ctrend_batch_opts *, o, HANDLE_OPT), \
       CTREND_P(const ctrend_frame *, f, HANDLE), \
       CTREND_P(int, family, ENUM(ctrend_family)), \
       CTREND_P(const ctrend_design *const *, designs, HANDLE_ARRAY_IN(n_designs)), \
       CTREND_P(size_t, n_designs, LEN), \
       CTREND_P(ctrend_model **, models, HANDLE_ARRAY_OUT(ctrend_batch_opts_n_series(o, f))), \
       CTREND_P(int *, status, ARRAY_OUT(ctrend_batch_opts_n_series(o, f))))) \
    F(int, STATUS, ctrend_batch_rolling_mean, batch, \
      (CTREND_P(ctrend_batch_opts *, o, HANDLE_OPT), \
       CTREND_P(const double *, x, ARRAY_IN(n_series * n_months)), \
       CTREND_P(size_t, n_series, LEN), \
       CTREND_P(size_t, n_months, LEN), \
       CTREND_P(size_t, window, RANGE(1, SIZE_MAX)), \
       CTREND_P(size_t, min_periods, IN), \
       CTREND_P(double *, out, ARRAY_OUT(n_series * n_months)), \
       CTREND_P(int *, status, ARRAY_OUT_OPT(n_series)))) \
    F(int, STATUS, ctrend_batch_change_pct, batch, \
      (CTREND_P(ctrend_batch_opts *, o, HANDLE_OPT), \
       CTREND_P(const double *, x, ARRAY_IN(n_series * n_months)), \
       CTREND_P(size_t, n_series, LEN), \
       CTREND_P(size_t, n_months, LEN), \
       CTREND_P(size_t, lag, RANGE(1, SIZE_MAX)), \
       CTREND_P(double *, out, ARRAY_OUT(n_series * n_months)), \
       CTREND_P(int32_t *, reason, ARRAY_OUT_OPT(n_series * n_months)), \
       CTREND_P(int *, status, ARRAY_OUT_OPT(n_series)))) \
    /* ---- claims.h ---- */ \
    F(int, STATUS, ctrend_claims_opts_new, claims, \
      (CTREND_P(ctrend_claims_opts **, out, HANDLE_OUT))) \
    F(void, FREE, ctrend_claims_opts_free, claims, \
      (CTREND_P(ctrend_claims_opts *, o, HANDLE_OPT))) \
    F(int, STATUS, ctrend_claims_opts_set_double, claims, \
      (CTREND_P(ctrend_claims_opts *, o, HANDLE), \
       CTREND_P(int, key, ENUM(ctrend_claims_opt)), \
       CTREND_P(double, value, IN))) \
    F(int, STATUS, ctrend_claims_opts_set_int, claims, \
      (CTREND_P(ctrend_claims_opts *, o, HANDLE), \
       CTREND_P(int, key, ENUM(ctrend_claims_opt)), \
       CTREND_P(int64_t, value, IN))) \
    F(int, STATUS, ctrend_claims_opts_get, claims, \
      (CTREND_P(const ctrend_claims_opts *, o, HANDLE), \
       CTREND_P(int, key, ENUM(ctrend_claims_opt)), \
       CTREND_P(double *, value, OUT))) \
    F(int, STATUS, ctrend_claims_opts_bounds, claims, \
      (CTREND_P(int, key, ENUM(ctrend_claims_opt)), \
       CTREND_P(double *, lo, OUT_OPT), \
       CTREND_P(double *, hi, OUT_OPT))) \
    F(int, STATUS, ctrend_claims_parse, claims, \
      (CTREND_P(const char *, text, BYTES(len)), \
       CTREND_P(size_t, len, LEN), \
       CTREND_P(const char *, source_name, STR_OPT), \
       CTREND_P(ctrend_claims **, out, HANDLE_OUT), \
       CTREND_P(ctrend_error *, err, ERROR_OUT))) \
    F(int, STATUS, ctrend_claims_parse_lenient, claims, \
      (CTREND_P(const char *, text, BYTES(len)), \
       CTREND_P(size_t, len, LEN), \
       CTREND_P(const char *, source_name, STR_OPT), \
       CTREND_P(ctrend_claims **, out, HANDLE_OUT), \
       CTREND_P(ctrend_error *, err, ERROR_OUT))) \
    F(void, FREE, ctrend_claims_free, claims, \
      (CTREND_P(ctrend_claims *, c, HANDLE_OPT))) \
    F(const char *, STRING, ctrend_claims_errmsg, claims, \
      (CTREND_P(const ctrend_claims *, c, HANDLE))) \
    F(int, STATUS, ctrend_claims_error, claims, \
      (CTREND_P(const ctrend_claims *, c, HANDLE), \
       CTREND_P(ctrend_error *, err, ERROR_OUT))) \
    F(int, STATUS, ctrend_claims_check, claims, \
      (CTREND_P(ctrend_claims *, c, HANDLE), \
       CTREND_P(const ctrend_claims_opts *, opts, HANDLE_OPT), \
       CTREND_P(const ctrend_frame *, data, HANDLE), \
       CTREND_P(ctrend_error *, err, ERROR_OUT))) \
    F(size_t, VALUE, ctrend_claims_count, claims, \
      (CTREND_P(const ctrend_claims *, c, HANDLE))) \
    F(int, STATUS, ctrend_claims_find, claims, \
      (CTREND_P(const ctrend_claims *, c, HANDLE), \
       CTREND_P(const char *, id, STR), \
       CTREND_P(size_t *, index, OUT))) \
    F(int, STATUS, ctrend_claims_id, claims, \
      (CTREND_P(const ctrend_claims *, c, HANDLE), \
       CTREND_P(size_t, i, IN), \
       CTREND_P(const char **, out, OUT))) \
    F(int, STATUS, ctrend_claims_quote, claims, \
      (CTREND_P(const ctrend_claims *, c, HANDLE), \
       CTREND_P(size_t, i, IN), \
       CTREND_P(const char **, out, OUT))) \
    F(int, STATUS, ctrend_claims_source, claims, \
      (CTREND_P(const ctrend_claims *, c, HANDLE), \
       CTREND_P(size_t, i, IN), \
       CTREND_P(const char **, out, OUT))) \
    F(int, STATUS, ctrend_claims_text, claims, \
      (CTREND_P(const ctrend_claims *, c, HANDLE), \
       CTREND_P(size_t, i, IN), \
       CTREND_P(const char **, out, OUT))) \
    F(int, STATUS, ctrend_claims_line, claims, \
      (CTREND_P(const ctrend_claims *, c, HANDLE), \
       CTREND_P(size_t, i, IN), \
       CTREND_P(int *, out, OUT))) \
    F(int, STATUS, ctrend_claims_verdict, claims, \
      (CTREND_P(const ctrend_claims *, c, HANDLE), \
       CTREND_P(size_t, i, IN), \
       CTREND_P(int *, out, OUT))) \
    F(const char *, STRING, ctrend_claims_verdict_name, claims, \
      (CTREND_P(int, verdict, IN))) \
    F(int, STATUS, ctrend_claims_figure, claims, \
      (CTREND_P(const ctrend_claims *, c, HANDLE), \
       CTREND_P(size_t, i, IN), \
       CTREND_P(int, which, ENUM(ctrend_claims_figure)), \
       CTREND_P(double *, value, OUT))) \
    F(int, STATUS, ctrend_claims_within_noise, claims, \
      (CTREND_P(const ctrend_claims *, c, HANDLE), \
       CTREND_P(size_t, i, IN), \
       CTREND_P(int *, out, OUT))) \
    F(int, STATUS, ctrend_claims_explanation, claims, \
      (CTREND_P(const ctrend_claims *, c, HANDLE), \
       CTREND_P(size_t, i, IN), \
       CTREND_P(const char **, out, OUT))) \
    F(int, STATUS, ctrend_claims_counts, claims, \
      (CTREND_P(const ctrend_claims *, c, HANDLE), \
       CTREND_P(size_t *, n_supported, OUT_OPT), \
       CTREND_P(size_t *, n_contradicted, OUT_OPT), \
       CTREND_P(size_t *, n_unverifiable, OUT_OPT))) \
    F(int, STATUS, ctrend_claims_kind_of, claims, \
      (CTREND_P(const ctrend_claims *, c, HANDLE), \
       CTREND_P(size_t, i, IN), \
       CTREND_P(int *, out, OUT))) \
    F(size_t, VALUE, ctrend_claims_n_terms, claims, \
      (CTREND_P(const ctrend_claims *, c, HANDLE), \
       CTREND_P(size_t, i, IN))) \
    F(int, STATUS, ctrend_claims_term_group, claims, \
      (CTREND_P(const ctrend_claims *, c, HANDLE), \
       CTREND_P(size_t, i, IN), \
       CTREND_P(size_t, j, IN), \
       CTREND_P(const char **, out, OUT))) \
    F(int, STATUS, ctrend_claims_term_region, claims, \
      (CTREND_P(const ctrend_claims *, c, HANDLE), \
       CTREND_P(size_t, i, IN), \
       CTREND_P(size_t, j, IN), \
       CTREND_P(const char **, out, OUT))) \
    F(int, STATUS, ctrend_claims_term_metric, claims, \
      (CTREND_P(const ctrend_claims *, c, HANDLE), \
       CTREND_P(size_t, i, IN), \
       CTREND_P(size_t, j, IN), \
       CTREND_P(const char **, out, OUT))) \
    F(int, STATUS, ctrend_claims_term_side, claims, \
      (CTREND_P(const ctrend_claims *, c, HANDLE), \
       CTREND_P(size_t, i, IN), \
       CTREND_P(size_t, j, IN), \
       CTREND_P(int *, out, OUT))) \
    F(int, STATUS, ctrend_claims_target, claims, \
      (CTREND_P(const ctrend_claims *, c, HANDLE), \
       CTREND_P(size_t, i, IN), \
       CTREND_P(int32_t *, first, OUT), \
       CTREND_P(int32_t *, last, OUT))) \
    F(int, STATUS, ctrend_claims_base, claims, \
      (CTREND_P(const ctrend_claims *, c, HANDLE), \
       CTREND_P(size_t, i, IN), \
       CTREND_P(int32_t *, first, OUT), \
       CTREND_P(int32_t *, last, OUT))) \
    F(size_t, VALUE, ctrend_claims_n_errors, claims, \
      (CTREND_P(const ctrend_claims *, c, HANDLE))) \
    F(const char *, STRING, ctrend_claims_error_at, claims, \
      (CTREND_P(const ctrend_claims *, c, HANDLE), \
       CTREND_P(size_t, k, IN))) \
    F(const char *, STRING, ctrend_claims_claim_error, claims, \
      (CTREND_P(const ctrend_claims *, c, HANDLE), \
       CTREND_P(size_t, i, IN), \
       CTREND_P(int *, line, OUT_OPT), \
       CTREND_P(int *, column, OUT_OPT))) \
    F(int, STATUS, ctrend_claims_note, claims, \
      (CTREND_P(const ctrend_claims *, c, HANDLE), \
       CTREND_P(size_t, i, IN), \
       CTREND_P(const char **, out, OUT))) \
    F(size_t, VALUE, ctrend_claims_n_invalid, claims, \
      (CTREND_P(const ctrend_claims *, c, HANDLE))) \
    /* ---- figure.h ---- */ \
    F(int, STATUS, ctrend_figure_new, figure, \
      (CTREND_P(ctrend_figure **, out, HANDLE_OUT), \
       CTREND_P(ctrend_error *, err, ERROR_OUT))) \
    F(void, FREE, ctrend_figure_free, figure, \
      (CTREND_P(ctrend_figure *, fig, HANDLE_OPT))) \
    F(int, STATUS, ctrend_figure_add_panel, figure, \
      (CTREND_P(ctrend_figure *, fig, HANDLE), \
       CTREND_P(int32_t, start, RANGE(MONTH_MIN, MONTH_MAX)), \
       CTREND_P(const double *, y, ARRAY_IN(n)), \
       CTREND_P(size_t, n, LEN(1)), \
       CTREND_P(size_t *, panel, OUT_OPT))) \
    F(int, STATUS, ctrend_figure_add_series, figure, \
      (CTREND_P(ctrend_figure *, fig, HANDLE), \
       CTREND_P(const ctrend_frame *, f, HANDLE), \
       CTREND_P(size_t, index, IN), \
       CTREND_P(int32_t, first, RANGE(MONTH_MIN, MONTH_MAX)), \
       CTREND_P(int32_t, last, RANGE(MONTH_MIN, MONTH_MAX)), \
       CTREND_P(size_t *, panel, OUT_OPT), \
       CTREND_P(ctrend_error *, err, ERROR_OUT))) \
    F(int, STATUS, ctrend_figure_add_claim, figure, \
      (CTREND_P(ctrend_figure *, fig, HANDLE), \
       CTREND_P(const ctrend_claims *, cl, HANDLE), \
       CTREND_P(size_t, i, IN), \
       CTREND_P(const ctrend_frame *, all, HANDLE), \
       CTREND_P(ctrend_error *, err, ERROR_OUT))) \
    F(int, STATUS, ctrend_figure_add_rolling, figure, \
      (CTREND_P(ctrend_figure *, fig, HANDLE), \
       CTREND_P(size_t, panel, IN), \
       CTREND_P(size_t, window, RANGE(1, SIZE_MAX)), \
       CTREND_P(int, align, ENUM(ctrend_align)))) \
    F(int, STATUS, ctrend_figure_add_fit, figure, \
      (CTREND_P(ctrend_figure *, fig, HANDLE), \
       CTREND_P(size_t, panel, IN), \
       CTREND_P(const ctrend_model *, m, HANDLE))) \
    F(int, STATUS, ctrend_figure_add_forecast, figure, \
      (CTREND_P(ctrend_figure *, fig, HANDLE), \
       CTREND_P(size_t, panel, IN), \
       CTREND_P(const ctrend_forecast *, f, HANDLE))) \
    F(int, STATUS, ctrend_figure_add_span, figure, \
      (CTREND_P(ctrend_figure *, fig, HANDLE), \
       CTREND_P(size_t, panel, IN), \
       CTREND_P(int32_t, from, RANGE(MONTH_MIN, MONTH_MAX)), \
       CTREND_P(int32_t, to, RANGE(MONTH_MIN, MONTH_MAX)), \
       CTREND_P(int, kind, ENUM(ctrend_figure_span_kind)))) \
    F(int, STATUS, ctrend_figure_add_mark, figure, \
      (CTREND_P(ctrend_figure *, fig, HANDLE), \
       CTREND_P(size_t, panel, IN), \
       CTREND_P(int32_t, month, RANGE(MONTH_MIN, MONTH_MAX)), \
       CTREND_P(int, kind, ENUM(ctrend_figure_mark_kind)), \
       CTREND_P(const char *, label, STR_OPT))) \
    F(int, STATUS, ctrend_figure_set_text, figure, \
      (CTREND_P(ctrend_figure *, fig, HANDLE), \
       CTREND_P(int, which, ENUM(ctrend_figure_text_key)), \
       CTREND_P(const char *, text, STR_OPT))) \
    F(int, STATUS, ctrend_figure_panel_set_text, figure, \
      (CTREND_P(ctrend_figure *, fig, HANDLE), \
       CTREND_P(size_t, panel, IN), \
       CTREND_P(int, which, ENUM(ctrend_figure_panel_text_key)), \
       CTREND_P(const char *, text, STR_OPT))) \
    F(int, STATUS, ctrend_figure_set_options, figure, \
      (CTREND_P(ctrend_figure *, fig, HANDLE), \
       CTREND_P(int, style, ENUM(ctrend_figure_style)), \
       CTREND_P(double, width, RANGE(0, 20000)), \
       CTREND_P(double, height, RANGE(0, 20000)), \
       CTREND_P(int, label_spans, BOOL))) \
    F(size_t, VALUE, ctrend_figure_n_panels, figure, \
      (CTREND_P(const ctrend_figure *, fig, HANDLE))) \
    F(int, STATUS, ctrend_figure_options, figure, \
      (CTREND_P(const ctrend_figure *, fig, HANDLE), \
       CTREND_P(int *, style, OUT_OPT), \
       CTREND_P(double *, width, OUT_OPT), \
       CTREND_P(double *, height, OUT_OPT), \
       CTREND_P(int *, label_spans, OUT_OPT))) \
    F(int, STATUS, ctrend_figure_panel_months, figure, \
      (CTREND_P(const ctrend_figure *, fig, HANDLE), \
       CTREND_P(size_t, panel, IN), \
       CTREND_P(int32_t *, start, OUT_OPT), \
       CTREND_P(size_t *, n, OUT_OPT), \
       CTREND_P(size_t *, h, OUT_OPT))) \
    F(int, STATUS, ctrend_figure_x_range, figure, \
      (CTREND_P(const ctrend_figure *, fig, HANDLE), \
       CTREND_P(int32_t *, first, OUT_OPT), \
       CTREND_P(int32_t *, last, OUT_OPT), \
       CTREND_P(int32_t *, data_last, OUT_OPT))) \
    F(int, STATUS, ctrend_figure_panel_vector, figure, \
      (CTREND_P(const ctrend_figure *, fig, HANDLE), \
       CTREND_P(size_t, panel, IN), \
       CTREND_P(int, which, ENUM(ctrend_figure_layer)), \
       CTREND_P(double *, out, CAP_OUT(cap)), \
       CTREND_P(size_t, cap, CAP), \
       CTREND_P(size_t *, needed, NEEDED))) \
    F(int, STATUS, ctrend_figure_panel_missing, figure, \
      (CTREND_P(const ctrend_figure *, fig, HANDLE), \
       CTREND_P(size_t, panel, IN), \
       CTREND_P(int32_t *, out, CAP_OUT(cap)), \
       CTREND_P(size_t, cap, CAP), \
       CTREND_P(size_t *, needed, NEEDED))) \
    F(int, STATUS, ctrend_figure_panel_n_spans, figure, \
      (CTREND_P(const ctrend_figure *, fig, HANDLE), \
       CTREND_P(size_t, panel, IN), \
       CTREND_P(size_t *, n, OUT))) \
    F(int, STATUS, ctrend_figure_panel_span, figure, \
      (CTREND_P(const ctrend_figure *, fig, HANDLE), \
       CTREND_P(size_t, panel, IN), \
       CTREND_P(size_t, k, IN), \
       CTREND_P(int32_t *, from, OUT_OPT), \
       CTREND_P(int32_t *, to, OUT_OPT), \
       CTREND_P(int *, kind, OUT_OPT))) \
    F(int, STATUS, ctrend_figure_panel_n_marks, figure, \
      (CTREND_P(const ctrend_figure *, fig, HANDLE), \
       CTREND_P(size_t, panel, IN), \
       CTREND_P(size_t *, n, OUT))) \
    F(int, STATUS, ctrend_figure_panel_mark, figure, \
      (CTREND_P(const ctrend_figure *, fig, HANDLE), \
       CTREND_P(size_t, panel, IN), \
       CTREND_P(size_t, k, IN), \
       CTREND_P(int32_t *, month, OUT_OPT), \
       CTREND_P(int *, kind, OUT_OPT))) \
    F(int, STATUS, ctrend_figure_panel_mark_label, figure, \
      (CTREND_P(const ctrend_figure *, fig, HANDLE), \
       CTREND_P(size_t, panel, IN), \
       CTREND_P(size_t, k, IN), \
       CTREND_P(char *, buf, STRBUF(cap)), \
       CTREND_P(size_t, cap, CAP), \
       CTREND_P(size_t *, needed, NEEDED))) \
    F(int, STATUS, ctrend_figure_text, figure, \
      (CTREND_P(const ctrend_figure *, fig, HANDLE), \
       CTREND_P(int, which, ENUM(ctrend_figure_text_key)), \
       CTREND_P(char *, buf, STRBUF(cap)), \
       CTREND_P(size_t, cap, CAP), \
       CTREND_P(size_t *, needed, NEEDED))) \
    F(int, STATUS, ctrend_figure_panel_text, figure, \
      (CTREND_P(const ctrend_figure *, fig, HANDLE), \
       CTREND_P(size_t, panel, IN), \
       CTREND_P(int, which, ENUM(ctrend_figure_panel_text_key)), \
       CTREND_P(char *, buf, STRBUF(cap)), \
       CTREND_P(size_t, cap, CAP), \
       CTREND_P(size_t *, needed, NEEDED))) \
    F(int, STATUS, ctrend_figure_device_from_path, figure, \
      (CTREND_P(const char *, path, STR), \
       CTREND_P(int *, device, OUT)))


#endif /* CTREND_API_DEF_H */
