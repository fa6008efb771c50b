# Generated from api/ctrend_api.h by bindings/gen/gen_api.py. DO NOT EDIT.
# Definition sha256 4548884554a72a9d3697dedaef50bfe8a3121ec59e51cc55520651e7c056b6e0
#
# ct_api_enums[[tag]]: named integer vectors of every public enum (values pinned);
# ct_api_constants: every numeric CTREND_ #define; ct_api_args[[function]][[argument]]:
# list(type, role, lo, hi, lo_open, hi_open, values) from the definition;
# ct_api_<function>(...): calls .Call wrapper ctr_api_ctrend_<function> (src/api_generated.c;
# usable once R_init_ctrend calls ctr_api_register) and raises a ctrend_<code> condition
# on a non-zero status. One output: returned as is; several: a named list.
# Internal (not exported). Month indices, series and claim indices are 0-based, as in C.

ct_api_enums <- list(
  ctrend_status = c(CTREND_OK = 0L, CTREND_EINVAL = 1L, CTREND_ENOMEM = 2L, CTREND_EIO = 3L, CTREND_EPARSE = 4L, CTREND_EDOMAIN = 5L, CTREND_ESHORT = 6L, CTREND_ENOCONV = 7L, CTREND_ESINGULAR = 8L, CTREND_ENUMERIC = 9L, CTREND_EDUPLICATE = 10L, CTREND_ERAGGED = 11L, CTREND_EEMPTY = 12L, CTREND_ENOTFOUND = 13L, CTREND_ERANGE = 14L, CTREND_EALLZERO = 15L, CTREND_ESEPARATION = 16L, CTREND_EUNSUPPORTED = 17L, CTREND_ELIMIT = 18L, CTREND_ECANCELED = 19L),
  ctrend_shape = c(CTREND_SHAPE_AUTO = 0L, CTREND_SHAPE_WIDE = 1L, CTREND_SHAPE_LONG = 2L, CTREND_SHAPE_EVENT = 3L),
  ctrend_read_option = c(CTREND_READ_SHAPE = 0L, CTREND_READ_DUPLICATES = 1L, CTREND_READ_REQUIRE_COUNTS = 2L, CTREND_READ_FROM = 3L, CTREND_READ_TO = 4L, CTREND_READ_DELIM = 5L, CTREND_READ_THOUSANDS = 6L, CTREND_READ_DECIMAL = 7L, CTREND_READ_MAX_RECORD = 8L, CTREND_READ_FAST_SPLIT = 9L, CTREND_READ_DATE_COL = 10L, CTREND_READ_GROUP_COL = 11L, CTREND_READ_REGION_COL = 12L, CTREND_READ_METRIC_COL = 13L, CTREND_READ_VALUE_COL = 14L, CTREND_READ_SUM_COL = 15L, CTREND_READ_SOURCE_NAME = 16L, CTREND_READ_DATE_FORMAT = 17L, CTREND_READ_METRIC = 18L, CTREND_READ_NONCOUNT_COL = 19L, CTREND_READ_THREADS = 20L, CTREND_READ_CHUNK_BYTES = 21L),
  ctrend_read_type = c(CTREND_READ_TYPE_NONE = 0L, CTREND_READ_TYPE_INT = 1L, CTREND_READ_TYPE_STR = 2L),
  ctrend_align = c(CTREND_ALIGN_TRAILING = 0L, CTREND_ALIGN_CENTRED = 1L, CTREND_ALIGN_CENTRED_ZOO = 2L),
  ctrend_undef_reason = c(CTREND_DEFINED = 0L, CTREND_UNDEF_NO_HISTORY = 1L, CTREND_UNDEF_MISSING_CURRENT = 2L, CTREND_UNDEF_MISSING_BASE = 3L, CTREND_UNDEF_ZERO_BASE = 4L, CTREND_UNDEF_OVERFLOW = 5L),
  ctrend_family = c(CTREND_FAMILY_POISSON = 0L, CTREND_FAMILY_QUASIPOISSON = 1L, CTREND_FAMILY_NEGBIN = 2L, CTREND_FAMILY_GAUSSIAN = 3L),
  ctrend_model_opt = c(CTREND_OPT_EPSILON = 0L, CTREND_OPT_MAXIT = 1L, CTREND_OPT_LEVEL = 2L, CTREND_OPT_RANK_TOL = 3L, CTREND_OPT_SEP_TOL = 4L, CTREND_OPT_THETA_MAX = 5L, CTREND_OPT_HALVE_ON_RISE = 6L, CTREND_OPT_THETA_EPS = 7L, CTREND_OPT_MIN_SEGMENT = 9L, CTREND_OPT_N_BOOT = 10L, CTREND_OPT_SEED = 11L, CTREND_OPT_N_THREADS = 12L),
  ctrend_model_vec = c(CTREND_MV_COEF = 0L, CTREND_MV_SE = 1L, CTREND_MV_STAT = 2L, CTREND_MV_PVALUE = 3L, CTREND_MV_CI_LO = 4L, CTREND_MV_CI_HI = 5L, CTREND_MV_EXP_COEF = 6L, CTREND_MV_EXP_CI_LO = 7L, CTREND_MV_EXP_CI_HI = 8L, CTREND_MV_FITTED = 9L, CTREND_MV_RESID_RESPONSE = 10L, CTREND_MV_RESID_PEARSON = 11L, CTREND_MV_RESID_DEVIANCE = 12L, CTREND_MV_LINPRED = 13L, CTREND_MV_VCOV = 14L),
  ctrend_model_sca = c(CTREND_MS_NOBS = 0L, CTREND_MS_DEVIANCE = 1L, CTREND_MS_NULL_DEVIANCE = 2L, CTREND_MS_DF_RESIDUAL = 3L, CTREND_MS_DF_NULL = 4L, CTREND_MS_LOGLIK = 5L, CTREND_MS_AIC = 6L, CTREND_MS_BIC = 7L, CTREND_MS_PEARSON_CHI2 = 8L, CTREND_MS_DISPERSION = 9L, CTREND_MS_SCALE = 10L, CTREND_MS_ITERATIONS = 11L, CTREND_MS_THETA = 12L, CTREND_MS_SE_THETA = 13L, CTREND_MS_NB_FALLBACK = 14L, CTREND_MS_SIGMA = 15L, CTREND_MS_R2 = 16L, CTREND_MS_ADJ_R2 = 17L, CTREND_MS_FSTAT = 18L, CTREND_MS_F_PVALUE = 19L, CTREND_MS_CT_ALPHA1 = 20L, CTREND_MS_CT_Z1 = 21L, CTREND_MS_CT_P1 = 22L, CTREND_MS_CT_ALPHA2 = 23L, CTREND_MS_CT_Z2 = 24L, CTREND_MS_CT_P2 = 25L, CTREND_MS_TREND_PCT_YEAR = 26L, CTREND_MS_TREND_PCT_LO = 27L, CTREND_MS_TREND_PCT_HI = 28L, CTREND_MS_CONVERGED = 29L, CTREND_MS_TWOLOGLIK = 30L),
  ctrend_break_kind = c(CTREND_BREAK_LEVEL = 0L, CTREND_BREAK_LEVEL_SLOPE = 1L),
  ctrend_breaks_sca = c(CTREND_BS_LR = 0L, CTREND_BS_PVALUE = 1L, CTREND_BS_LOGLIK0 = 2L, CTREND_BS_LOGLIK1 = 3L, CTREND_BS_INDEX = 4L, CTREND_BS_NCAND = 5L),
  ctrend_predict_kind = c(CTREND_PREDICT_LINK = 0L, CTREND_PREDICT_RESPONSE = 1L),
  ctrend_predict_col = c(CTREND_PRED_FIT = 0L, CTREND_PRED_SE = 1L, CTREND_PRED_LO = 2L, CTREND_PRED_HI = 3L),
  ctrend_forecast_vec = c(CTREND_FV_MEAN = 0L, CTREND_FV_SE_LINK = 1L, CTREND_FV_SIM_MEAN = 2L, CTREND_FV_LINPRED = 3L),
  ctrend_interval_kind = c(CTREND_FI_MEAN = 0L, CTREND_FI_PLUGIN = 1L, CTREND_FI_PREDICTIVE = 2L),
  ctrend_alternative = c(CTREND_TWO_SIDED = 0L, CTREND_LESS = 1L, CTREND_GREATER = 2L),
  ctrend_baseline = c(CTREND_BASELINE_ZERO = 0L, CTREND_BASELINE_LAST = 1L, CTREND_BASELINE_MEAN = 2L, CTREND_BASELINE_SEASONAL = 3L, CTREND_BASELINE_CONFLICTOLOGY = 4L),
  ctrend_baseline_opt = c(CTREND_BASELINE_OPT_KIND = 0L, CTREND_BASELINE_OPT_K = 1L, CTREND_BASELINE_OPT_N_SAMPLES = 2L, CTREND_BASELINE_OPT_SEED = 3L),
  ctrend_backtest_metric = c(CTREND_BT_MAE = 0L, CTREND_BT_RMSE = 1L, CTREND_BT_MSLE = 2L, CTREND_BT_CRPS = 3L, CTREND_BT_IGN = 4L, CTREND_BT_IS90 = 5L, CTREND_BT_COV90 = 6L, CTREND_BT_N = 7L),
  ctrend_batch_opt = c(CTREND_BATCH_THREADS = 0L, CTREND_BATCH_LANES = 1L, CTREND_BATCH_ERRORS = 2L, CTREND_BATCH_ALIGN = 3L),
  ctrend_verdict = c(CTREND_VERDICT_SUPPORTED = 0L, CTREND_VERDICT_CONTRADICTED = 1L, CTREND_VERDICT_UNVERIFIABLE = 2L, CTREND_VERDICT_UNCHECKED = 3L, CTREND_VERDICT_INVALID = 4L),
  ctrend_claims_figure = c(CTREND_CLAIMS_COMPUTED = 0L, CTREND_CLAIMS_QUOTED = 1L, CTREND_CLAIMS_RATIO = 2L, CTREND_CLAIMS_CI_LOWER = 3L, CTREND_CLAIMS_CI_UPPER = 4L, CTREND_CLAIMS_P_VALUE = 5L, CTREND_CLAIMS_P_CLAIM = 6L, CTREND_CLAIMS_RATIO_PER_DAY = 7L, CTREND_CLAIMS_BOUND = 8L),
  ctrend_claims_kind = c(CTREND_CLAIMS_KIND_VALUE = 0L, CTREND_CLAIMS_KIND_SUM = 1L, CTREND_CLAIMS_KIND_MEAN = 2L, CTREND_CLAIMS_KIND_DAILY = 3L, CTREND_CLAIMS_KIND_CHANGE = 4L, CTREND_CLAIMS_KIND_RECORD = 5L, CTREND_CLAIMS_KIND_TREND = 6L, CTREND_CLAIMS_KIND_SHARE = 7L, CTREND_CLAIMS_KIND_RANK = 8L),
  ctrend_figure_layer = c(CTREND_FIGURE_Y = 0L, CTREND_FIGURE_ROLLING = 1L, CTREND_FIGURE_FITTED = 2L, CTREND_FIGURE_FORECAST_MEAN = 3L, CTREND_FIGURE_PI80_LO = 4L, CTREND_FIGURE_PI80_HI = 5L, CTREND_FIGURE_PI95_LO = 6L, CTREND_FIGURE_PI95_HI = 7L),
  ctrend_figure_text_key = c(CTREND_FIGURE_TITLE = 0L, CTREND_FIGURE_SUBTITLE = 1L, CTREND_FIGURE_CAPTION = 2L, CTREND_FIGURE_ROLLING_LABEL = 3L, CTREND_FIGURE_FIT_LABEL = 4L, CTREND_FIGURE_SPAN_LABEL = 5L, CTREND_FIGURE_BASE_LABEL = 6L),
  ctrend_figure_panel_text_key = c(CTREND_FIGURE_PANEL_TITLE = 0L, CTREND_FIGURE_PANEL_YLABEL = 1L),
  ctrend_figure_span_kind = c(CTREND_FIGURE_SPAN_MAIN = 0L, CTREND_FIGURE_SPAN_BASE = 1L),
  ctrend_figure_mark_kind = c(CTREND_FIGURE_MARK_STEP = 0L, CTREND_FIGURE_MARK_BREAK = 1L, CTREND_FIGURE_MARK_SLOPE = 2L),
  ctrend_figure_style = c(CTREND_FIGURE_BARS = 0L, CTREND_FIGURE_POINTS = 1L),
  ctrend_figure_device = c(CTREND_FIGURE_SVG = 0L, CTREND_FIGURE_PNG = 1L, CTREND_FIGURE_PDF = 2L),
  ctrend_claims_opt = c(CTREND_CLAIMS_OPT_LEVEL = 0L, CTREND_CLAIMS_OPT_ALPHA = 1L, CTREND_CLAIMS_OPT_ABOUT_RTOL = 2L, CTREND_CLAIMS_OPT_BOUND_MAX = 3L)
)

ct_api_constants <- list(
  CTREND_ERROR_MESSAGE_LEN = 160L,
  CTREND_ERROR_FILE_LEN = 80L,
  CTREND_ERROR_KEY_LEN = 160L,
  CTREND_YEAR_MIN = 1L,
  CTREND_YEAR_MAX = 9999L,
  CTREND_MONTH_STRLEN = 8L,
  CTREND_MONTH_STRLEN_V2 = 14L,
  CTREND_READ_SKIPPED_KEPT = 32L,
  CTREND_DESIGN_MAX_FOURIER = 5L,
  CTREND_BREAKS_MAX_WORK = 20000000.0,
  CTREND_BREAKS_MAX_WORK_LANES = 100000000.0,
  CTREND_FIT_MAX_WORK = 100000000.0,
  CTREND_PREDICT_NCOL = 4L,
  CTREND_FORECAST_MAX_HORIZON = 1200L,
  CTREND_FORECAST_MAX_DRAWS = 100000000.0,
  CTREND_FORECAST_MAX_MEAN = 9007199254740992.0,
  CTREND_EXACT_COUNT_MAX = 4294967295.0,
  CTREND_EXACT_TIE_RELERR = 1e-07,
  CTREND_EXACT_ROOT_RTOL = 1e-14,
  CTREND_EXACT_ROOT_MAXITER = 300L,
  CTREND_SCORE_CRPS_TOL = 1e-17,
  CTREND_SCORE_CRPS_MAX_TERMS = 50000000L,
  CTREND_SCORE_IGN_NBINS = 11L,
  CTREND_SCORE_IGN_ALPHA = 1.0,
  CTREND_SCORE_IGN_FLOOR = 1e-10,
  CTREND_BASELINE_COUNT = 5L,
  CTREND_BASELINE_SEASON = 12L,
  CTREND_BASELINE_POISSON_MAX = 9007199254740992.0,
  CTREND_BASELINE_OPT_COUNT = 4L,
  CTREND_BT_METRIC_COUNT = 8L,
  CTREND_BACKTEST_MAX_DRAWS = 100000000.0,
  CTREND_BATCH_THREADS_MAX = 1024L,
  CTREND_CLAIMS_LEVEL = 0.95,
  CTREND_CLAIMS_ALPHA = 0.05,
  CTREND_CLAIMS_ABOUT_RTOL = 0.1,
  CTREND_CLAIMS_BOUND_MAX = 100000L,
  CTREND_CLAIMS_NO_MONTH = NA_integer_,
  CTREND_FIGURE_MAX_PANELS = 12L,
  CTREND_FIGURE_MAX_MONTHS = 100000L
)

ct_api_args <- list(
  ctrend_strerror = list(
    status = list(type = "int", role = "IN", lo = -2147483648, hi = 2147483647, lo_open = FALSE, hi_open = FALSE)
  ),
  ctrend_status_name = list(
    status = list(type = "int", role = "IN", lo = -2147483648, hi = 2147483647, lo_open = FALSE, hi_open = FALSE)
  ),
  ctrend_status_count = list(),
  ctrend_version_number = list(),
  ctrend_version_string = list(),
  ctrend_init = list(),
  ctrend_error_sizeof = list(),
  ctrend_error_clear = list(
    err = list(type = "ctrend_error *", role = "ERROR_OUT")
  ),
  ctrend_error_set = list(
    err = list(type = "ctrend_error *", role = "ERROR_OUT"),
    code = list(type = "int", role = "ENUM", enum = "ctrend_status", args = c("ctrend_status")),
    file = list(type = "const char *", role = "STR_OPT"),
    line = list(type = "int64_t", role = "IN", lo = -9.223372036854776e+18, hi = 9.223372036854776e+18, lo_open = FALSE, hi_open = FALSE),
    column = list(type = "int64_t", role = "IN", lo = -9.223372036854776e+18, hi = 9.223372036854776e+18, lo_open = FALSE, hi_open = FALSE),
    key = list(type = "const char *", role = "STR_OPT"),
    message = list(type = "const char *", role = "STR_OPT")
  ),
  ctrend_error_format = list(
    err = list(type = "const ctrend_error *", role = "ERROR_IN"),
    buf = list(type = "char *", role = "STRBUF", args = c("cap")),
    cap = list(type = "size_t", role = "CAP", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    needed = list(type = "size_t *", role = "NEEDED")
  ),
  ctrend_month_parse = list(
    s = list(type = "const char *", role = "BYTES", args = c("len")),
    len = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "int32_t *", role = "OUT")
  ),
  ctrend_month_make = list(
    year = list(type = "int32_t", role = "RANGE", lo = 1, hi = 9999, lo_open = FALSE, hi_open = FALSE, args = c("CTREND_YEAR_MIN", "CTREND_YEAR_MAX")),
    month_of_year = list(type = "int32_t", role = "RANGE", lo = 1, hi = 12, lo_open = FALSE, hi_open = FALSE, args = c("1", "12")),
    out = list(type = "int32_t *", role = "OUT")
  ),
  ctrend_month_year = list(
    month = list(type = "int32_t", role = "IN", lo = -2147483648, hi = 2147483647, lo_open = FALSE, hi_open = FALSE)
  ),
  ctrend_month_of_year = list(
    month = list(type = "int32_t", role = "IN", lo = -2147483648, hi = 2147483647, lo_open = FALSE, hi_open = FALSE)
  ),
  ctrend_month_days = list(
    month = list(type = "int32_t", role = "IN", lo = -2147483648, hi = 2147483647, lo_open = FALSE, hi_open = FALSE)
  ),
  ctrend_month_add = list(
    month = list(type = "int32_t", role = "IN", lo = -2147483648, hi = 2147483647, lo_open = FALSE, hi_open = FALSE),
    n_months = list(type = "int32_t", role = "IN", lo = -2147483648, hi = 2147483647, lo_open = FALSE, hi_open = FALSE)
  ),
  ctrend_month_format = list(
    month = list(type = "int32_t", role = "RANGE", lo = 12, hi = 119999, lo_open = FALSE, hi_open = FALSE, args = c("MONTH_MIN", "MONTH_MAX")),
    buf = list(type = "char *", role = "STRBUF", args = c("cap", "CTREND_MONTH_STRLEN")),
    cap = list(type = "size_t", role = "CAP", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE)
  ),
  ctrend_month_format_v2 = list(
    month = list(type = "int32_t", role = "IN", lo = -2147483648, hi = 2147483647, lo_open = FALSE, hi_open = FALSE),
    buf = list(type = "char *", role = "STRBUF", args = c("cap", "CTREND_MONTH_STRLEN_V2")),
    cap = list(type = "size_t", role = "CAP", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE)
  ),
  ctrend_month_parse_v2 = list(
    s = list(type = "const char *", role = "BYTES", args = c("len")),
    len = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "int32_t *", role = "OUT")
  ),
  ctrend_frame_new = list(
    out = list(type = "ctrend_frame **", role = "HANDLE_OUT")
  ),
  ctrend_frame_free = list(
    f = list(type = "ctrend_frame *", role = "HANDLE_OPT")
  ),
  ctrend_frame_add_series = list(
    f = list(type = "ctrend_frame *", role = "HANDLE"),
    group = list(type = "const char *", role = "STR_OPT"),
    region = list(type = "const char *", role = "STR_OPT"),
    metric = list(type = "const char *", role = "STR_OPT"),
    index = list(type = "size_t *", role = "OUT")
  ),
  ctrend_frame_find = list(
    f = list(type = "const ctrend_frame *", role = "HANDLE"),
    group = list(type = "const char *", role = "STR_OPT"),
    region = list(type = "const char *", role = "STR_OPT"),
    metric = list(type = "const char *", role = "STR_OPT"),
    index = list(type = "size_t *", role = "OUT")
  ),
  ctrend_frame_set = list(
    f = list(type = "ctrend_frame *", role = "HANDLE"),
    index = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    month = list(type = "int32_t", role = "RANGE", lo = 12, hi = 119999, lo_open = FALSE, hi_open = FALSE, args = c("MONTH_MIN", "MONTH_MAX")),
    value = list(type = "double", role = "IN")
  ),
  ctrend_frame_accumulate = list(
    f = list(type = "ctrend_frame *", role = "HANDLE"),
    index = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    month = list(type = "int32_t", role = "RANGE", lo = 12, hi = 119999, lo_open = FALSE, hi_open = FALSE, args = c("MONTH_MIN", "MONTH_MAX")),
    value = list(type = "double", role = "IN")
  ),
  ctrend_frame_fill_unset = list(
    f = list(type = "ctrend_frame *", role = "HANDLE"),
    index = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    from_month = list(type = "int32_t", role = "RANGE", lo = 12, hi = 119999, lo_open = FALSE, hi_open = FALSE, args = c("MONTH_MIN", "MONTH_MAX")),
    to_month = list(type = "int32_t", role = "RANGE", lo = 12, hi = 119999, lo_open = FALSE, hi_open = FALSE, args = c("MONTH_MIN", "MONTH_MAX")),
    value = list(type = "double", role = "IN")
  ),
  ctrend_frame_n_series = list(
    f = list(type = "const ctrend_frame *", role = "HANDLE")
  ),
  ctrend_frame_start = list(
    f = list(type = "const ctrend_frame *", role = "HANDLE"),
    month = list(type = "int32_t *", role = "OUT")
  ),
  ctrend_frame_n_months = list(
    f = list(type = "const ctrend_frame *", role = "HANDLE")
  ),
  ctrend_frame_group = list(
    f = list(type = "const ctrend_frame *", role = "HANDLE"),
    index = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "const char **", role = "OUT")
  ),
  ctrend_frame_region = list(
    f = list(type = "const ctrend_frame *", role = "HANDLE"),
    index = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "const char **", role = "OUT")
  ),
  ctrend_frame_metric = list(
    f = list(type = "const ctrend_frame *", role = "HANDLE"),
    index = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "const char **", role = "OUT")
  ),
  ctrend_frame_values = list(
    f = list(type = "const ctrend_frame *", role = "HANDLE"),
    index = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "double *", role = "CAP_OUT", args = c("cap")),
    cap = list(type = "size_t", role = "CAP", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    needed = list(type = "size_t *", role = "NEEDED")
  ),
  ctrend_frame_get = list(
    f = list(type = "const ctrend_frame *", role = "HANDLE"),
    index = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    month = list(type = "int32_t", role = "IN", lo = -2147483648, hi = 2147483647, lo_open = FALSE, hi_open = FALSE),
    value = list(type = "double *", role = "OUT")
  ),
  ctrend_frame_span = list(
    f = list(type = "const ctrend_frame *", role = "HANDLE"),
    index = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    first = list(type = "int32_t *", role = "OUT"),
    last = list(type = "int32_t *", role = "OUT")
  ),
  ctrend_frame_collapse = list(
    f = list(type = "const ctrend_frame *", role = "HANDLE"),
    keep_group = list(type = "int", role = "BOOL", values = c(0, 1)),
    keep_region = list(type = "int", role = "BOOL", values = c(0, 1)),
    skip_missing = list(type = "int", role = "BOOL", values = c(0, 1)),
    out = list(type = "ctrend_frame **", role = "HANDLE_OUT")
  ),
  ctrend_frame_window = list(
    f = list(type = "const ctrend_frame *", role = "HANDLE"),
    index = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    first_month = list(type = "int32_t", role = "IN", lo = -2147483648, hi = 2147483647, lo_open = FALSE, hi_open = FALSE),
    n_months = list(type = "size_t", role = "RANGE", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1", "SIZE_MAX")),
    out = list(type = "double *", role = "CAP_OUT", args = c("cap")),
    cap = list(type = "size_t", role = "CAP", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    needed = list(type = "size_t *", role = "NEEDED")
  ),
  ctrend_frame_merge = list(
    dst = list(type = "ctrend_frame *", role = "HANDLE"),
    src = list(type = "const ctrend_frame *", role = "HANDLE"),
    src_name = list(type = "const char *", role = "STR_OPT"),
    err = list(type = "ctrend_error *", role = "ERROR_OUT")
  ),
  ctrend_frame_set_values = list(
    f = list(type = "ctrend_frame *", role = "HANDLE"),
    index = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    x = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    n = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    first_month = list(type = "int32_t", role = "RANGE", lo = 12, hi = 119999, lo_open = FALSE, hi_open = FALSE, args = c("MONTH_MIN", "MONTH_MAX")),
    err = list(type = "ctrend_error *", role = "ERROR_OUT")
  ),
  ctrend_reader_new = list(
    out = list(type = "ctrend_reader **", role = "HANDLE_OUT"),
    err = list(type = "ctrend_error *", role = "ERROR_OUT")
  ),
  ctrend_reader_free = list(
    r = list(type = "ctrend_reader *", role = "HANDLE_OPT")
  ),
  ctrend_reader_set_int = list(
    r = list(type = "ctrend_reader *", role = "HANDLE"),
    option = list(type = "int", role = "ENUM", enum = "ctrend_read_option", args = c("ctrend_read_option")),
    value = list(type = "int64_t", role = "IN", lo = -9.223372036854776e+18, hi = 9.223372036854776e+18, lo_open = FALSE, hi_open = FALSE)
  ),
  ctrend_reader_set_str = list(
    r = list(type = "ctrend_reader *", role = "HANDLE"),
    option = list(type = "int", role = "ENUM", enum = "ctrend_read_option", args = c("ctrend_read_option")),
    value = list(type = "const char *", role = "STR_OPT")
  ),
  ctrend_reader_feed = list(
    r = list(type = "ctrend_reader *", role = "HANDLE"),
    buf = list(type = "const char *", role = "BYTES", args = c("len")),
    len = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE)
  ),
  ctrend_reader_finish = list(
    r = list(type = "ctrend_reader *", role = "HANDLE"),
    out = list(type = "ctrend_frame **", role = "HANDLE_OUT"),
    err = list(type = "ctrend_error *", role = "ERROR_OUT")
  ),
  ctrend_reader_read_file = list(
    r = list(type = "ctrend_reader *", role = "HANDLE"),
    path = list(type = "const char *", role = "STR"),
    out = list(type = "ctrend_frame **", role = "HANDLE_OUT"),
    err = list(type = "ctrend_error *", role = "ERROR_OUT")
  ),
  ctrend_reader_error = list(
    r = list(type = "const ctrend_reader *", role = "HANDLE"),
    err = list(type = "ctrend_error *", role = "ERROR_OUT")
  ),
  ctrend_reader_errmsg = list(
    r = list(type = "const ctrend_reader *", role = "HANDLE")
  ),
  ctrend_reader_opt_type = list(
    key = list(type = "int", role = "IN", lo = -2147483648, hi = 2147483647, lo_open = FALSE, hi_open = FALSE)
  ),
  ctrend_reader_opts_bounds = list(
    key = list(type = "int", role = "ENUM", enum = "ctrend_read_option", args = c("ctrend_read_option")),
    lo = list(type = "double *", role = "OUT_OPT"),
    hi = list(type = "double *", role = "OUT_OPT")
  ),
  ctrend_reader_n_skipped = list(
    r = list(type = "const ctrend_reader *", role = "HANDLE")
  ),
  ctrend_reader_skipped_line = list(
    r = list(type = "const ctrend_reader *", role = "HANDLE"),
    k = list(type = "int64_t", role = "IN", lo = -9.223372036854776e+18, hi = 9.223372036854776e+18, lo_open = FALSE, hi_open = FALSE)
  ),
  ctrend_name_distance = list(
    a = list(type = "const char *", role = "STR_OPT"),
    b = list(type = "const char *", role = "STR_OPT")
  ),
  ctrend_filter_new = list(
    out = list(type = "ctrend_filter **", role = "HANDLE_OUT")
  ),
  ctrend_filter_free = list(
    f = list(type = "ctrend_filter *", role = "HANDLE_OPT")
  ),
  ctrend_filter_add = list(
    f = list(type = "ctrend_filter *", role = "HANDLE"),
    expr = list(type = "const char *", role = "STR")
  ),
  ctrend_filter_errmsg = list(
    f = list(type = "const ctrend_filter *", role = "HANDLE")
  ),
  ctrend_filter_error_offset = list(
    f = list(type = "const ctrend_filter *", role = "HANDLE")
  ),
  ctrend_filter_n_columns = list(
    f = list(type = "const ctrend_filter *", role = "HANDLE")
  ),
  ctrend_filter_column = list(
    f = list(type = "const ctrend_filter *", role = "HANDLE"),
    k = list(type = "int64_t", role = "IN", lo = -9.223372036854776e+18, hi = 9.223372036854776e+18, lo_open = FALSE, hi_open = FALSE)
  ),
  ctrend_filter_eval = list(
    f = list(type = "const ctrend_filter *", role = "HANDLE"),
    cells = list(type = "const char *const *", role = "ARRAY_IN", args = c("n_cells")),
    n_cells = list(type = "int64_t", role = "LEN", lo = 0, hi = 9.223372036854776e+18, lo_open = FALSE, hi_open = FALSE),
    result = list(type = "int *", role = "OUT")
  ),
  ctrend_reader_set_filter = list(
    r = list(type = "ctrend_reader *", role = "HANDLE"),
    f = list(type = "const ctrend_filter *", role = "HANDLE_OPT")
  ),
  ctrend_rolling_mean = list(
    x = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    n = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    window = list(type = "size_t", role = "RANGE", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1", "SIZE_MAX")),
    align = list(type = "int", role = "ENUM", enum = "ctrend_align", args = c("ctrend_align")),
    min_periods = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "double *", role = "ARRAY_OUT", args = c("n"))
  ),
  ctrend_rolling_sum = list(
    x = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    n = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    window = list(type = "size_t", role = "RANGE", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1", "SIZE_MAX")),
    align = list(type = "int", role = "ENUM", enum = "ctrend_align", args = c("ctrend_align")),
    min_periods = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "double *", role = "ARRAY_OUT", args = c("n"))
  ),
  ctrend_rolling_cumsum = list(
    x = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    n = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "double *", role = "ARRAY_OUT", args = c("n"))
  ),
  ctrend_change_reason_count = list(),
  ctrend_change_reason_string = list(
    reason = list(type = "int", role = "IN", lo = -2147483648, hi = 2147483647, lo_open = FALSE, hi_open = FALSE)
  ),
  ctrend_change_reason_name = list(
    reason = list(type = "int", role = "IN", lo = -2147483648, hi = 2147483647, lo_open = FALSE, hi_open = FALSE)
  ),
  ctrend_change_pct = list(
    x = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    n = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    lag = list(type = "size_t", role = "RANGE", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1", "SIZE_MAX")),
    out = list(type = "double *", role = "ARRAY_OUT", args = c("n")),
    reason = list(type = "int32_t *", role = "ARRAY_OUT_OPT", args = c("n"))
  ),
  ctrend_change_pct_vs_mean = list(
    x = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    n = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    k = list(type = "size_t", role = "RANGE", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1", "SIZE_MAX")),
    out = list(type = "double *", role = "ARRAY_OUT", args = c("n")),
    reason = list(type = "int32_t *", role = "ARRAY_OUT_OPT", args = c("n"))
  ),
  ctrend_change_diff = list(
    x = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    n = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    lag = list(type = "size_t", role = "RANGE", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1", "SIZE_MAX")),
    out = list(type = "double *", role = "ARRAY_OUT", args = c("n")),
    reason = list(type = "int32_t *", role = "ARRAY_OUT_OPT", args = c("n"))
  ),
  ctrend_change_ratio = list(
    x = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    n = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    lag = list(type = "size_t", role = "RANGE", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1", "SIZE_MAX")),
    out = list(type = "double *", role = "ARRAY_OUT", args = c("n")),
    reason = list(type = "int32_t *", role = "ARRAY_OUT_OPT", args = c("n"))
  ),
  ctrend_change_share = list(
    part = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    total = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    n = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "double *", role = "ARRAY_OUT", args = c("n")),
    reason = list(type = "int32_t *", role = "ARRAY_OUT_OPT", args = c("n"))
  ),
  ctrend_aggregate_per_day = list(
    x = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    n = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    start_month = list(type = "int32_t", role = "RANGE", lo = 12, hi = 119999, lo_open = FALSE, hi_open = FALSE, args = c("MONTH_MIN", "MONTH_MAX")),
    out = list(type = "double *", role = "ARRAY_OUT", args = c("n"))
  ),
  ctrend_aggregate_periods = list(
    x = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    n = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    start_month = list(type = "int32_t", role = "RANGE", lo = 12, hi = 119999, lo_open = FALSE, hi_open = FALSE, args = c("MONTH_MIN", "MONTH_MAX")),
    period_months = list(type = "size_t", role = "ONEOF", values = c(1, 2, 3, 4, 6, 12), args = c("1", "2", "3", "4", "6", "12")),
    allow_missing = list(type = "int", role = "BOOL", values = c(0, 1)),
    out = list(type = "double *", role = "CAP_OUT", args = c("cap")),
    cap = list(type = "size_t", role = "CAP", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    needed = list(type = "size_t *", role = "NEEDED"),
    first_period_month = list(type = "int32_t *", role = "OUT_OPT")
  ),
  ctrend_design_new = list(
    start_month = list(type = "int32_t", role = "RANGE", lo = 12, hi = 119999, lo_open = FALSE, hi_open = FALSE, args = c("MONTH_MIN", "MONTH_MAX")),
    n_months = list(type = "size_t", role = "RANGE", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1", "SIZE_MAX")),
    out = list(type = "ctrend_design **", role = "HANDLE_OUT")
  ),
  ctrend_design_free = list(
    d = list(type = "ctrend_design *", role = "HANDLE_OPT")
  ),
  ctrend_design_clone = list(
    d = list(type = "const ctrend_design *", role = "HANDLE"),
    out = list(type = "ctrend_design **", role = "HANDLE_OUT")
  ),
  ctrend_design_window = list(
    d = list(type = "const ctrend_design *", role = "HANDLE"),
    first = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    n_months = list(type = "size_t", role = "RANGE", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1", "SIZE_MAX")),
    out = list(type = "ctrend_design **", role = "HANDLE_OUT")
  ),
  ctrend_design_set_intercept = list(
    d = list(type = "ctrend_design *", role = "HANDLE"),
    on = list(type = "int", role = "BOOL", values = c(0, 1))
  ),
  ctrend_design_add_trend = list(
    d = list(type = "ctrend_design *", role = "HANDLE")
  ),
  ctrend_design_add_fourier = list(
    d = list(type = "ctrend_design *", role = "HANDLE"),
    k_pairs = list(type = "size_t", role = "RANGE", lo = 1, hi = 5, lo_open = FALSE, hi_open = FALSE, args = c("1", "CTREND_DESIGN_MAX_FOURIER"))
  ),
  ctrend_design_add_month_dummies = list(
    d = list(type = "ctrend_design *", role = "HANDLE")
  ),
  ctrend_design_add_step = list(
    d = list(type = "ctrend_design *", role = "HANDLE"),
    month = list(type = "int32_t", role = "IN", lo = -2147483648, hi = 2147483647, lo_open = FALSE, hi_open = FALSE),
    name = list(type = "const char *", role = "STR_OPT")
  ),
  ctrend_design_add_slope_change = list(
    d = list(type = "ctrend_design *", role = "HANDLE"),
    month = list(type = "int32_t", role = "IN", lo = -2147483648, hi = 2147483647, lo_open = FALSE, hi_open = FALSE),
    name = list(type = "const char *", role = "STR_OPT")
  ),
  ctrend_design_add_column = list(
    d = list(type = "ctrend_design *", role = "HANDLE"),
    name = list(type = "const char *", role = "STR"),
    x = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    n = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE)
  ),
  ctrend_design_set_future_column = list(
    d = list(type = "ctrend_design *", role = "HANDLE"),
    name = list(type = "const char *", role = "STR"),
    x = list(type = "const double *", role = "ARRAY_IN", args = c("h")),
    h = list(type = "size_t", role = "LEN", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1"))
  ),
  ctrend_design_set_offset_days = list(
    d = list(type = "ctrend_design *", role = "HANDLE"),
    on = list(type = "int", role = "BOOL", values = c(0, 1))
  ),
  ctrend_design_set_offset = list(
    d = list(type = "ctrend_design *", role = "HANDLE"),
    log_exposure = list(type = "const double *", role = "ARRAY_IN_OPT", args = c("n")),
    n = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE)
  ),
  ctrend_design_set_future_offset = list(
    d = list(type = "ctrend_design *", role = "HANDLE"),
    log_exposure = list(type = "const double *", role = "ARRAY_IN", args = c("h")),
    h = list(type = "size_t", role = "LEN", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1"))
  ),
  ctrend_design_ncol = list(
    d = list(type = "const ctrend_design *", role = "HANDLE")
  ),
  ctrend_design_nrow = list(
    d = list(type = "const ctrend_design *", role = "HANDLE")
  ),
  ctrend_design_start = list(
    d = list(type = "const ctrend_design *", role = "HANDLE"),
    month = list(type = "int32_t *", role = "OUT")
  ),
  ctrend_design_col_name = list(
    d = list(type = "const ctrend_design *", role = "HANDLE"),
    j = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    name = list(type = "const char **", role = "OUT")
  ),
  ctrend_design_find = list(
    d = list(type = "const ctrend_design *", role = "HANDLE"),
    name = list(type = "const char *", role = "STR"),
    j = list(type = "size_t *", role = "OUT")
  ),
  ctrend_design_matrix = list(
    d = list(type = "const ctrend_design *", role = "HANDLE"),
    first = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    rows = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "double *", role = "CAP_OUT", args = c("cap")),
    cap = list(type = "size_t", role = "CAP", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    off = list(type = "double *", role = "ARRAY_OUT_OPT", args = c("off_cap")),
    off_cap = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    needed = list(type = "size_t *", role = "NEEDED")
  ),
  ctrend_design_set_exposure = list(
    d = list(type = "ctrend_design *", role = "HANDLE"),
    exposure = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    n = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    err = list(type = "ctrend_error *", role = "ERROR_OUT")
  ),
  ctrend_model_opts_new = list(
    out = list(type = "ctrend_model_opts **", role = "HANDLE_OUT")
  ),
  ctrend_model_opts_free = list(
    o = list(type = "ctrend_model_opts *", role = "HANDLE_OPT")
  ),
  ctrend_model_opts_set_double = list(
    o = list(type = "ctrend_model_opts *", role = "HANDLE"),
    opt = list(type = "int", role = "ENUM", enum = "ctrend_model_opt", args = c("ctrend_model_opt")),
    value = list(type = "double", role = "IN")
  ),
  ctrend_model_opts_set_int = list(
    o = list(type = "ctrend_model_opts *", role = "HANDLE"),
    opt = list(type = "int", role = "ENUM", enum = "ctrend_model_opt", args = c("ctrend_model_opt")),
    value = list(type = "int64_t", role = "IN", lo = -9.223372036854776e+18, hi = 9.223372036854776e+18, lo_open = FALSE, hi_open = FALSE)
  ),
  ctrend_model_opts_bounds = list(
    opt = list(type = "int", role = "ENUM", enum = "ctrend_model_opt", args = c("ctrend_model_opt")),
    lo = list(type = "double *", role = "OUT_OPT"),
    hi = list(type = "double *", role = "OUT_OPT")
  ),
  ctrend_model_opts_get = list(
    o = list(type = "const ctrend_model_opts *", role = "HANDLE"),
    opt = list(type = "int", role = "ENUM", enum = "ctrend_model_opt", args = c("ctrend_model_opt")),
    value = list(type = "double *", role = "OUT")
  ),
  ctrend_model_opts_cancel = list(
    o = list(type = "ctrend_model_opts *", role = "HANDLE_OPT")
  ),
  ctrend_model_opts_reset = list(
    o = list(type = "ctrend_model_opts *", role = "HANDLE_OPT")
  ),
  ctrend_model_opts_cancelled = list(
    o = list(type = "const ctrend_model_opts *", role = "HANDLE_OPT")
  ),
  ctrend_model_opts_progress = list(
    o = list(type = "const ctrend_model_opts *", role = "HANDLE"),
    done = list(type = "size_t *", role = "OUT_OPT"),
    total = list(type = "size_t *", role = "OUT_OPT")
  ),
  ctrend_model_opts_errmsg = list(
    o = list(type = "const ctrend_model_opts *", role = "HANDLE")
  ),
  ctrend_model_fit = list(
    opts = list(type = "const ctrend_model_opts *", role = "HANDLE_OPT"),
    family = list(type = "int", role = "ENUM", enum = "ctrend_family", args = c("ctrend_family")),
    d = list(type = "const ctrend_design *", role = "HANDLE"),
    y = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    n = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "ctrend_model **", role = "HANDLE_OUT"),
    err = list(type = "ctrend_error *", role = "ERROR_OUT")
  ),
  ctrend_model_free = list(
    m = list(type = "ctrend_model *", role = "HANDLE_OPT")
  ),
  ctrend_model_family = list(
    m = list(type = "const ctrend_model *", role = "HANDLE"),
    family = list(type = "int *", role = "OUT")
  ),
  ctrend_model_ncoef = list(
    m = list(type = "const ctrend_model *", role = "HANDLE")
  ),
  ctrend_model_nrow = list(
    m = list(type = "const ctrend_model *", role = "HANDLE")
  ),
  ctrend_model_coef_name = list(
    m = list(type = "const ctrend_model *", role = "HANDLE"),
    j = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    name = list(type = "const char **", role = "OUT")
  ),
  ctrend_model_design = list(
    m = list(type = "const ctrend_model *", role = "HANDLE")
  ),
  ctrend_model_vector = list(
    m = list(type = "const ctrend_model *", role = "HANDLE"),
    which = list(type = "int", role = "ENUM", enum = "ctrend_model_vec", args = c("ctrend_model_vec")),
    out = list(type = "double *", role = "CAP_OUT", args = c("cap")),
    cap = list(type = "size_t", role = "CAP", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    needed = list(type = "size_t *", role = "NEEDED")
  ),
  ctrend_model_scalar = list(
    m = list(type = "const ctrend_model *", role = "HANDLE"),
    which = list(type = "int", role = "ENUM", enum = "ctrend_model_sca", args = c("ctrend_model_sca")),
    value = list(type = "double *", role = "OUT")
  ),
  ctrend_breaks_fit = list(
    opts = list(type = "ctrend_model_opts *", role = "HANDLE_OPT"),
    family = list(type = "int", role = "ENUM", enum = "ctrend_family", args = c("ctrend_family")),
    d = list(type = "const ctrend_design *", role = "HANDLE"),
    y = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    n = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    kind = list(type = "int", role = "ENUM", enum = "ctrend_break_kind", args = c("ctrend_break_kind")),
    out = list(type = "ctrend_breaks **", role = "HANDLE_OUT"),
    err = list(type = "ctrend_error *", role = "ERROR_OUT")
  ),
  ctrend_breaks_free = list(
    b = list(type = "ctrend_breaks *", role = "HANDLE_OPT")
  ),
  ctrend_breaks_month = list(
    b = list(type = "const ctrend_breaks *", role = "HANDLE"),
    month = list(type = "int32_t *", role = "OUT")
  ),
  ctrend_breaks_scalar = list(
    b = list(type = "const ctrend_breaks *", role = "HANDLE"),
    which = list(type = "int", role = "ENUM", enum = "ctrend_breaks_sca", args = c("ctrend_breaks_sca")),
    value = list(type = "double *", role = "OUT")
  ),
  ctrend_breaks_profile = list(
    b = list(type = "const ctrend_breaks *", role = "HANDLE"),
    out = list(type = "double *", role = "CAP_OUT", args = c("cap")),
    cap = list(type = "size_t", role = "CAP", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    needed = list(type = "size_t *", role = "NEEDED")
  ),
  ctrend_breaks_max_work = list(),
  ctrend_model_predict = list(
    m = list(type = "const ctrend_model *", role = "HANDLE"),
    d = list(type = "const ctrend_design *", role = "HANDLE_OPT"),
    kind = list(type = "int", role = "ENUM", enum = "ctrend_predict_kind", args = c("ctrend_predict_kind")),
    level = list(type = "double", role = "OPEN", lo = 0, hi = 1, lo_open = TRUE, hi_open = TRUE, args = c("0", "1")),
    out = list(type = "double *", role = "CAP_OUT", args = c("cap")),
    cap = list(type = "size_t", role = "CAP", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    needed = list(type = "size_t *", role = "NEEDED")
  ),
  ctrend_forecast_new = list(
    m = list(type = "const ctrend_model *", role = "HANDLE"),
    h = list(type = "size_t", role = "RANGE", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1", "SIZE_MAX")),
    n_sims = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    seed = list(type = "uint64_t", role = "SEED", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "ctrend_forecast **", role = "HANDLE_OUT"),
    err = list(type = "ctrend_error *", role = "ERROR_OUT")
  ),
  ctrend_forecast_new_v2 = list(
    opts = list(type = "const ctrend_model_opts *", role = "HANDLE_OPT"),
    m = list(type = "const ctrend_model *", role = "HANDLE"),
    h = list(type = "size_t", role = "RANGE", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1", "SIZE_MAX")),
    n_sims = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    seed = list(type = "uint64_t", role = "SEED", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "ctrend_forecast **", role = "HANDLE_OUT"),
    err = list(type = "ctrend_error *", role = "ERROR_OUT")
  ),
  ctrend_forecast_free = list(
    f = list(type = "ctrend_forecast *", role = "HANDLE_OPT")
  ),
  ctrend_forecast_horizon = list(
    f = list(type = "const ctrend_forecast *", role = "HANDLE")
  ),
  ctrend_forecast_n_sims = list(
    f = list(type = "const ctrend_forecast *", role = "HANDLE")
  ),
  ctrend_forecast_month = list(
    f = list(type = "const ctrend_forecast *", role = "HANDLE"),
    i = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    month = list(type = "int32_t *", role = "OUT")
  ),
  ctrend_forecast_vector = list(
    f = list(type = "const ctrend_forecast *", role = "HANDLE"),
    which = list(type = "int", role = "ENUM", enum = "ctrend_forecast_vec", args = c("ctrend_forecast_vec")),
    out = list(type = "double *", role = "CAP_OUT", args = c("cap")),
    cap = list(type = "size_t", role = "CAP", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    needed = list(type = "size_t *", role = "NEEDED")
  ),
  ctrend_forecast_interval = list(
    f = list(type = "const ctrend_forecast *", role = "HANDLE"),
    kind = list(type = "int", role = "ENUM", enum = "ctrend_interval_kind", args = c("ctrend_interval_kind")),
    level = list(type = "double", role = "OPEN", lo = 0, hi = 1, lo_open = TRUE, hi_open = TRUE, args = c("0", "1")),
    lo = list(type = "double *", role = "CAP_OUT", args = c("cap")),
    hi = list(type = "double *", role = "CAP_OUT", args = c("cap")),
    cap = list(type = "size_t", role = "CAP", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    needed = list(type = "size_t *", role = "NEEDED")
  ),
  ctrend_forecast_quantile = list(
    f = list(type = "const ctrend_forecast *", role = "HANDLE"),
    kind = list(type = "int", role = "ENUM", enum = "ctrend_interval_kind", args = c("ctrend_interval_kind")),
    prob = list(type = "double", role = "OPEN", lo = 0, hi = 1, lo_open = TRUE, hi_open = TRUE, args = c("0", "1")),
    out = list(type = "double *", role = "CAP_OUT", args = c("cap")),
    cap = list(type = "size_t", role = "CAP", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    needed = list(type = "size_t *", role = "NEEDED")
  ),
  ctrend_forecast_samples = list(
    f = list(type = "const ctrend_forecast *", role = "HANDLE"),
    out = list(type = "double *", role = "CAP_OUT", args = c("cap")),
    cap = list(type = "size_t", role = "CAP", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    needed = list(type = "size_t *", role = "NEEDED")
  ),
  ctrend_forecast_max_horizon = list(),
  ctrend_forecast_max_draws = list(),
  ctrend_forecast_max_mean = list(),
  ctrend_exact_poisson_ci = list(
    x = list(type = "double", role = "RANGE", lo = 0, hi = 4294967295.0, lo_open = FALSE, hi_open = FALSE, args = c("0", "CTREND_EXACT_COUNT_MAX")),
    t = list(type = "double", role = "LOPEN", lo = 0, hi = 1.7976931348623157e+308, lo_open = TRUE, hi_open = FALSE, args = c("0", "DBL_MAX")),
    level = list(type = "double", role = "OPEN", lo = 0, hi = 1, lo_open = TRUE, hi_open = TRUE, args = c("0", "1")),
    out = list(type = "ctrend_exact_result *", role = "RECORD_OUT")
  ),
  ctrend_exact_poisson_ci_midp = list(
    x = list(type = "double", role = "RANGE", lo = 0, hi = 4294967295.0, lo_open = FALSE, hi_open = FALSE, args = c("0", "CTREND_EXACT_COUNT_MAX")),
    t = list(type = "double", role = "LOPEN", lo = 0, hi = 1.7976931348623157e+308, lo_open = TRUE, hi_open = FALSE, args = c("0", "DBL_MAX")),
    level = list(type = "double", role = "OPEN", lo = 0, hi = 1, lo_open = TRUE, hi_open = TRUE, args = c("0", "1")),
    out = list(type = "ctrend_exact_result *", role = "RECORD_OUT")
  ),
  ctrend_exact_poisson_test = list(
    x = list(type = "double", role = "RANGE", lo = 0, hi = 4294967295.0, lo_open = FALSE, hi_open = FALSE, args = c("0", "CTREND_EXACT_COUNT_MAX")),
    t = list(type = "double", role = "LOPEN", lo = 0, hi = 1.7976931348623157e+308, lo_open = TRUE, hi_open = FALSE, args = c("0", "DBL_MAX")),
    test = list(type = "const ctrend_exact_test *", role = "RECORD_IN_OPT"),
    out = list(type = "ctrend_exact_result *", role = "RECORD_OUT")
  ),
  ctrend_exact_rate_ratio = list(
    x1 = list(type = "double", role = "RANGE", lo = 0, hi = 4294967295.0, lo_open = FALSE, hi_open = FALSE, args = c("0", "CTREND_EXACT_COUNT_MAX")),
    t1 = list(type = "double", role = "LOPEN", lo = 0, hi = 1.7976931348623157e+308, lo_open = TRUE, hi_open = FALSE, args = c("0", "DBL_MAX")),
    x2 = list(type = "double", role = "RANGE", lo = 0, hi = 4294967295.0, lo_open = FALSE, hi_open = FALSE, args = c("0", "CTREND_EXACT_COUNT_MAX")),
    t2 = list(type = "double", role = "LOPEN", lo = 0, hi = 1.7976931348623157e+308, lo_open = TRUE, hi_open = FALSE, args = c("0", "DBL_MAX")),
    test = list(type = "const ctrend_exact_test *", role = "RECORD_IN_OPT"),
    out = list(type = "ctrend_exact_result *", role = "RECORD_OUT")
  ),
  ctrend_exact_vs_previous = list(
    x = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    exposure = list(type = "const double *", role = "ARRAY_IN_OPT", args = c("n")),
    n = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    i = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    k = list(type = "size_t", role = "RANGE", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1", "SIZE_MAX")),
    test = list(type = "const ctrend_exact_test *", role = "RECORD_IN_OPT"),
    out = list(type = "ctrend_exact_result *", role = "RECORD_OUT")
  ),
  ctrend_exact_period_ratio = list(
    a = list(type = "const double *", role = "ARRAY_IN", args = c("na")),
    exposure_a = list(type = "const double *", role = "ARRAY_IN_OPT", args = c("na")),
    na = list(type = "size_t", role = "LEN", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1")),
    b = list(type = "const double *", role = "ARRAY_IN", args = c("nb")),
    exposure_b = list(type = "const double *", role = "ARRAY_IN_OPT", args = c("nb")),
    nb = list(type = "size_t", role = "LEN", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1")),
    test = list(type = "const ctrend_exact_test *", role = "RECORD_IN_OPT"),
    out = list(type = "ctrend_exact_result *", role = "RECORD_OUT")
  ),
  ctrend_dist_dpois = list(
    x = list(type = "double", role = "IN"),
    lambda = list(type = "double", role = "RANGE", lo = 0, hi = 1.7976931348623157e+308, lo_open = FALSE, hi_open = FALSE, args = c("0", "DBL_MAX")),
    give_log = list(type = "int", role = "BOOL", values = c(0, 1)),
    out = list(type = "double *", role = "OUT")
  ),
  ctrend_dist_ppois = list(
    q = list(type = "double", role = "IN"),
    lambda = list(type = "double", role = "RANGE", lo = 0, hi = 1.7976931348623157e+308, lo_open = FALSE, hi_open = FALSE, args = c("0", "DBL_MAX")),
    lower_tail = list(type = "int", role = "BOOL", values = c(0, 1)),
    log_p = list(type = "int", role = "BOOL", values = c(0, 1)),
    out = list(type = "double *", role = "OUT")
  ),
  ctrend_dist_qpois = list(
    p = list(type = "double", role = "IN"),
    lambda = list(type = "double", role = "RANGE", lo = 0, hi = 1.7976931348623157e+308, lo_open = FALSE, hi_open = FALSE, args = c("0", "DBL_MAX")),
    lower_tail = list(type = "int", role = "BOOL", values = c(0, 1)),
    log_p = list(type = "int", role = "BOOL", values = c(0, 1)),
    out = list(type = "double *", role = "OUT")
  ),
  ctrend_dist_dnbinom = list(
    x = list(type = "double", role = "IN"),
    size = list(type = "double", role = "LOPEN", lo = 0, hi = 1.7976931348623157e+308, lo_open = TRUE, hi_open = FALSE, args = c("0", "DBL_MAX")),
    prob = list(type = "double", role = "LOPEN", lo = 0, hi = 1, lo_open = TRUE, hi_open = FALSE, args = c("0", "1")),
    give_log = list(type = "int", role = "BOOL", values = c(0, 1)),
    out = list(type = "double *", role = "OUT")
  ),
  ctrend_dist_dnbinom_mu = list(
    x = list(type = "double", role = "IN"),
    size = list(type = "double", role = "LOPEN", lo = 0, hi = 1.7976931348623157e+308, lo_open = TRUE, hi_open = FALSE, args = c("0", "DBL_MAX")),
    mu = list(type = "double", role = "RANGE", lo = 0, hi = 1.7976931348623157e+308, lo_open = FALSE, hi_open = FALSE, args = c("0", "DBL_MAX")),
    give_log = list(type = "int", role = "BOOL", values = c(0, 1)),
    out = list(type = "double *", role = "OUT")
  ),
  ctrend_dist_pnbinom_mu = list(
    q = list(type = "double", role = "IN"),
    size = list(type = "double", role = "LOPEN", lo = 0, hi = 1.7976931348623157e+308, lo_open = TRUE, hi_open = FALSE, args = c("0", "DBL_MAX")),
    mu = list(type = "double", role = "RANGE", lo = 0, hi = 1.7976931348623157e+308, lo_open = FALSE, hi_open = FALSE, args = c("0", "DBL_MAX")),
    lower_tail = list(type = "int", role = "BOOL", values = c(0, 1)),
    log_p = list(type = "int", role = "BOOL", values = c(0, 1)),
    out = list(type = "double *", role = "OUT")
  ),
  ctrend_dist_qnbinom_mu = list(
    p = list(type = "double", role = "IN"),
    size = list(type = "double", role = "LOPEN", lo = 0, hi = 1.7976931348623157e+308, lo_open = TRUE, hi_open = FALSE, args = c("0", "DBL_MAX")),
    mu = list(type = "double", role = "RANGE", lo = 0, hi = 1.7976931348623157e+308, lo_open = FALSE, hi_open = FALSE, args = c("0", "DBL_MAX")),
    lower_tail = list(type = "int", role = "BOOL", values = c(0, 1)),
    log_p = list(type = "int", role = "BOOL", values = c(0, 1)),
    out = list(type = "double *", role = "OUT")
  ),
  ctrend_score_mae = list(
    y = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    pred = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    n = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "double *", role = "OUT"),
    n_used = list(type = "size_t *", role = "OUT_OPT")
  ),
  ctrend_score_rmse = list(
    y = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    pred = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    n = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "double *", role = "OUT"),
    n_used = list(type = "size_t *", role = "OUT_OPT")
  ),
  ctrend_score_msle = list(
    y = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    pred = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    n = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "double *", role = "OUT"),
    n_used = list(type = "size_t *", role = "OUT_OPT")
  ),
  ctrend_score_crps_poisson = list(
    y = list(type = "double", role = "RANGE", lo = 0, hi = 1.7976931348623157e+308, lo_open = FALSE, hi_open = FALSE, args = c("0", "DBL_MAX")),
    mu = list(type = "double", role = "RANGE", lo = 0, hi = 1.7976931348623157e+308, lo_open = FALSE, hi_open = FALSE, args = c("0", "DBL_MAX")),
    out = list(type = "double *", role = "OUT")
  ),
  ctrend_score_crps_tol_default = list(),
  ctrend_score_crps_max_terms_default = list(),
  ctrend_score_crps_nbinom = list(
    y = list(type = "double", role = "RANGE", lo = 0, hi = 1.7976931348623157e+308, lo_open = FALSE, hi_open = FALSE, args = c("0", "DBL_MAX")),
    mu = list(type = "double", role = "RANGE", lo = 0, hi = 1.7976931348623157e+308, lo_open = FALSE, hi_open = FALSE, args = c("0", "DBL_MAX")),
    theta = list(type = "double", role = "LOPEN", lo = 0, hi = Inf, lo_open = TRUE, hi_open = FALSE, args = c("0", "INF")),
    tol = list(type = "double", role = "IN"),
    max_terms = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "double *", role = "OUT")
  ),
  ctrend_score_crps_sample = list(
    y = list(type = "double", role = "IN"),
    x = list(type = "const double *", role = "ARRAY_IN", args = c("m")),
    m = list(type = "size_t", role = "LEN", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1")),
    fair = list(type = "int", role = "BOOL", values = c(0, 1)),
    out = list(type = "double *", role = "OUT")
  ),
  ctrend_score_crps_sample_mean = list(
    y = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    n = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    samples = list(type = "const double *", role = "ARRAY_IN", args = c("n * m")),
    m = list(type = "size_t", role = "LEN", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1")),
    fair = list(type = "int", role = "BOOL", values = c(0, 1)),
    out = list(type = "double *", role = "OUT"),
    n_used = list(type = "size_t *", role = "OUT_OPT")
  ),
  ctrend_score_ign_alpha_default = list(),
  ctrend_score_ign_nbins = list(),
  ctrend_score_ign_floor_default = list(),
  ctrend_score_ign_bin = list(
    v = list(type = "double", role = "RANGE", lo = 0, hi = Inf, lo_open = FALSE, hi_open = FALSE, args = c("0", "INF")),
    bin = list(type = "size_t *", role = "OUT")
  ),
  ctrend_score_ign_edges = list(
    edges = list(type = "double *", role = "ARRAY_OUT", args = c("CTREND_SCORE_IGN_NBINS"))
  ),
  ctrend_score_ignorance_sample = list(
    y = list(type = "double", role = "IN"),
    x = list(type = "const double *", role = "ARRAY_IN", args = c("m")),
    m = list(type = "size_t", role = "LEN", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1")),
    alpha = list(type = "double", role = "IN"),
    out = list(type = "double *", role = "OUT")
  ),
  ctrend_score_ignorance_sample_mean = list(
    y = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    n = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    samples = list(type = "const double *", role = "ARRAY_IN", args = c("n * m")),
    m = list(type = "size_t", role = "LEN", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1")),
    alpha = list(type = "double", role = "IN"),
    out = list(type = "double *", role = "OUT"),
    n_used = list(type = "size_t *", role = "OUT_OPT")
  ),
  ctrend_score_ignorance_poisson = list(
    y = list(type = "double", role = "RANGE", lo = 0, hi = Inf, lo_open = FALSE, hi_open = FALSE, args = c("0", "INF")),
    mu = list(type = "double", role = "RANGE", lo = 0, hi = 1.7976931348623157e+308, lo_open = FALSE, hi_open = FALSE, args = c("0", "DBL_MAX")),
    floor = list(type = "double", role = "IN"),
    out = list(type = "double *", role = "OUT")
  ),
  ctrend_score_ignorance_nbinom = list(
    y = list(type = "double", role = "RANGE", lo = 0, hi = Inf, lo_open = FALSE, hi_open = FALSE, args = c("0", "INF")),
    mu = list(type = "double", role = "RANGE", lo = 0, hi = 1.7976931348623157e+308, lo_open = FALSE, hi_open = FALSE, args = c("0", "DBL_MAX")),
    theta = list(type = "double", role = "LOPEN", lo = 0, hi = Inf, lo_open = TRUE, hi_open = FALSE, args = c("0", "INF")),
    floor = list(type = "double", role = "IN"),
    out = list(type = "double *", role = "OUT")
  ),
  ctrend_score_interval = list(
    y = list(type = "double", role = "IN"),
    lower = list(type = "double", role = "IN"),
    upper = list(type = "double", role = "IN"),
    level = list(type = "double", role = "OPEN", lo = 0, hi = 1, lo_open = TRUE, hi_open = TRUE, args = c("0", "1")),
    out = list(type = "double *", role = "OUT")
  ),
  ctrend_score_interval_mean = list(
    y = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    lower = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    upper = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    n = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    level = list(type = "double", role = "OPEN", lo = 0, hi = 1, lo_open = TRUE, hi_open = TRUE, args = c("0", "1")),
    out = list(type = "double *", role = "OUT"),
    n_used = list(type = "size_t *", role = "OUT_OPT")
  ),
  ctrend_score_coverage = list(
    y = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    lower = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    upper = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    n = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "double *", role = "OUT"),
    n_used = list(type = "size_t *", role = "OUT_OPT")
  ),
  ctrend_score_quantile_sample = list(
    x = list(type = "const double *", role = "ARRAY_IN", args = c("m")),
    m = list(type = "size_t", role = "LEN", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1")),
    p = list(type = "double", role = "RANGE", lo = 0, hi = 1, lo_open = FALSE, hi_open = FALSE, args = c("0", "1")),
    out = list(type = "double *", role = "OUT")
  ),
  ctrend_baseline_count = list(),
  ctrend_baseline_season = list(),
  ctrend_baseline_poisson_max = list(),
  ctrend_baseline_name = list(
    kind = list(type = "int", role = "IN", lo = -2147483648, hi = 2147483647, lo_open = FALSE, hi_open = FALSE)
  ),
  ctrend_baseline_parse = list(
    name = list(type = "const char *", role = "STR"),
    kind = list(type = "int *", role = "OUT")
  ),
  ctrend_baseline_opts_new = list(
    out = list(type = "ctrend_baseline_opts **", role = "HANDLE_OUT")
  ),
  ctrend_baseline_opts_free = list(
    o = list(type = "ctrend_baseline_opts *", role = "HANDLE_OPT")
  ),
  ctrend_baseline_opts_set_int = list(
    o = list(type = "ctrend_baseline_opts *", role = "HANDLE"),
    key = list(type = "int", role = "ENUM", enum = "ctrend_baseline_opt", args = c("ctrend_baseline_opt")),
    value = list(type = "int64_t", role = "IN", lo = -9.223372036854776e+18, hi = 9.223372036854776e+18, lo_open = FALSE, hi_open = FALSE)
  ),
  ctrend_baseline_opts_get_int = list(
    o = list(type = "const ctrend_baseline_opts *", role = "HANDLE"),
    key = list(type = "int", role = "ENUM", enum = "ctrend_baseline_opt", args = c("ctrend_baseline_opt")),
    value = list(type = "int64_t *", role = "OUT")
  ),
  ctrend_baseline_opts_bounds = list(
    key = list(type = "int", role = "ENUM", enum = "ctrend_baseline_opt", args = c("ctrend_baseline_opt")),
    lo = list(type = "double *", role = "OUT"),
    hi = list(type = "double *", role = "OUT")
  ),
  ctrend_baseline_forecast = list(
    o = list(type = "const ctrend_baseline_opts *", role = "HANDLE_OPT"),
    x = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    n = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    h = list(type = "size_t", role = "RANGE", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1", "SIZE_MAX")),
    point = list(type = "double *", role = "CAP_OUT", args = c("point_cap", "h")),
    point_cap = list(type = "size_t", role = "CAP", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    samples = list(type = "double *", role = "CAP_OUT", args = c("samples_cap")),
    samples_cap = list(type = "size_t", role = "CAP", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    needed = list(type = "size_t *", role = "NEEDED")
  ),
  ctrend_backtest_metric_count = list(),
  ctrend_backtest_metric_name = list(
    metric = list(type = "int", role = "ENUM", enum = "ctrend_backtest_metric", args = c("ctrend_backtest_metric"))
  ),
  ctrend_backtest_origins = list(
    n = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    initial = list(type = "size_t", role = "RANGE", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1", "SIZE_MAX")),
    h = list(type = "size_t", role = "RANGE", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1", "SIZE_MAX")),
    step = list(type = "size_t", role = "RANGE", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1", "SIZE_MAX")),
    n_origins = list(type = "size_t *", role = "OUT")
  ),
  ctrend_backtest_new = list(
    y = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    n = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    initial = list(type = "size_t", role = "RANGE", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1", "SIZE_MAX")),
    h = list(type = "size_t", role = "RANGE", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1", "SIZE_MAX")),
    step = list(type = "size_t", role = "RANGE", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1", "SIZE_MAX")),
    n_samples = list(type = "size_t", role = "RANGE", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1", "SIZE_MAX")),
    seed = list(type = "uint64_t", role = "SEED", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "ctrend_backtest **", role = "HANDLE_OUT")
  ),
  ctrend_backtest_free = list(
    bt = list(type = "ctrend_backtest *", role = "HANDLE_OPT")
  ),
  ctrend_backtest_set_window = list(
    bt = list(type = "ctrend_backtest *", role = "HANDLE"),
    window_months = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE)
  ),
  ctrend_backtest_n_origins = list(
    bt = list(type = "const ctrend_backtest *", role = "HANDLE")
  ),
  ctrend_backtest_origin = list(
    bt = list(type = "const ctrend_backtest *", role = "HANDLE"),
    i = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    train_len = list(type = "size_t *", role = "OUT")
  ),
  ctrend_backtest_add_baseline = list(
    bt = list(type = "ctrend_backtest *", role = "HANDLE"),
    kind = list(type = "int", role = "ENUM", enum = "ctrend_baseline", args = c("ctrend_baseline")),
    k = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    name = list(type = "const char *", role = "STR_OPT"),
    err = list(type = "ctrend_error *", role = "ERROR_OUT")
  ),
  ctrend_backtest_add_baseline_v2 = list(
    bt = list(type = "ctrend_backtest *", role = "HANDLE"),
    kind = list(type = "int", role = "ENUM", enum = "ctrend_baseline", args = c("ctrend_baseline")),
    k = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    name = list(type = "const char *", role = "STR_OPT"),
    opts = list(type = "const ctrend_model_opts *", role = "HANDLE_OPT"),
    err = list(type = "ctrend_error *", role = "ERROR_OUT")
  ),
  ctrend_backtest_add_model = list(
    bt = list(type = "ctrend_backtest *", role = "HANDLE"),
    name = list(type = "const char *", role = "STR"),
    d = list(type = "const ctrend_design *", role = "HANDLE"),
    family = list(type = "int", role = "ENUM", enum = "ctrend_family", args = c("ctrend_family")),
    opts = list(type = "const ctrend_model_opts *", role = "HANDLE_OPT"),
    err = list(type = "ctrend_error *", role = "ERROR_OUT")
  ),
  ctrend_backtest_add_forecasts = list(
    bt = list(type = "ctrend_backtest *", role = "HANDLE"),
    name = list(type = "const char *", role = "STR"),
    point = list(type = "const double *", role = "ARRAY_IN", args = c("n_point")),
    n_point = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    samples = list(type = "const double *", role = "ARRAY_IN", args = c("n_draws")),
    n_draws = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    err = list(type = "ctrend_error *", role = "ERROR_OUT")
  ),
  ctrend_backtest_n_models = list(
    bt = list(type = "const ctrend_backtest *", role = "HANDLE")
  ),
  ctrend_backtest_model_name = list(
    bt = list(type = "const ctrend_backtest *", role = "HANDLE"),
    i = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    name = list(type = "const char **", role = "OUT")
  ),
  ctrend_backtest_score = list(
    bt = list(type = "const ctrend_backtest *", role = "HANDLE"),
    i = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    metric = list(type = "int", role = "ENUM", enum = "ctrend_backtest_metric", args = c("ctrend_backtest_metric")),
    value = list(type = "double *", role = "OUT")
  ),
  ctrend_backtest_score_lead = list(
    bt = list(type = "const ctrend_backtest *", role = "HANDLE"),
    i = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    lead = list(type = "size_t", role = "RANGE", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1", "SIZE_MAX")),
    metric = list(type = "int", role = "ENUM", enum = "ctrend_backtest_metric", args = c("ctrend_backtest_metric")),
    value = list(type = "double *", role = "OUT")
  ),
  ctrend_backtest_points = list(
    bt = list(type = "const ctrend_backtest *", role = "HANDLE"),
    i = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "double *", role = "CAP_OUT", args = c("cap")),
    cap = list(type = "size_t", role = "CAP", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    needed = list(type = "size_t *", role = "NEEDED")
  ),
  ctrend_backtest_rank = list(
    bt = list(type = "const ctrend_backtest *", role = "HANDLE"),
    metric = list(type = "int", role = "ENUM", enum = "ctrend_backtest_metric", args = c("ctrend_backtest_metric")),
    order = list(type = "size_t *", role = "CAP_OUT", args = c("cap")),
    cap = list(type = "size_t", role = "CAP", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    needed = list(type = "size_t *", role = "NEEDED")
  ),
  ctrend_backtest_max_draws = list(),
  ctrend_batch_default_threads = list(),
  ctrend_batch_values = list(
    f = list(type = "const ctrend_frame *", role = "HANDLE"),
    series = list(type = "const size_t *", role = "ARRAY_IN_OPT", args = c("n_series")),
    n_series = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    first_month = list(type = "int32_t", role = "RANGE", lo = 12, hi = 119999, lo_open = FALSE, hi_open = FALSE, args = c("MONTH_MIN", "MONTH_MAX")),
    n_months = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "double *", role = "ARRAY_OUT", args = c("n_series * n_months"))
  ),
  ctrend_batch_opts_new = list(
    out = list(type = "ctrend_batch_opts **", role = "HANDLE_OUT")
  ),
  ctrend_batch_opts_free = list(
    o = list(type = "ctrend_batch_opts *", role = "HANDLE_OPT")
  ),
  ctrend_batch_opts_set_int = list(
    o = list(type = "ctrend_batch_opts *", role = "HANDLE"),
    key = list(type = "int", role = "ENUM", enum = "ctrend_batch_opt", args = c("ctrend_batch_opt")),
    value = list(type = "int64_t", role = "IN", lo = -9.223372036854776e+18, hi = 9.223372036854776e+18, lo_open = FALSE, hi_open = FALSE)
  ),
  ctrend_batch_opts_get_int = list(
    o = list(type = "const ctrend_batch_opts *", role = "HANDLE"),
    key = list(type = "int", role = "ENUM", enum = "ctrend_batch_opt", args = c("ctrend_batch_opt")),
    value = list(type = "int64_t *", role = "OUT")
  ),
  ctrend_batch_opts_bounds = list(
    key = list(type = "int", role = "ENUM", enum = "ctrend_batch_opt", args = c("ctrend_batch_opt")),
    lo = list(type = "double *", role = "OUT"),
    hi = list(type = "double *", role = "OUT")
  ),
  ctrend_batch_opts_set_series = list(
    o = list(type = "ctrend_batch_opts *", role = "HANDLE"),
    series = list(type = "const size_t *", role = "ARRAY_IN_OPT", args = c("n_series")),
    n_series = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE)
  ),
  ctrend_batch_opts_n_series = list(
    o = list(type = "const ctrend_batch_opts *", role = "HANDLE_OPT"),
    f = list(type = "const ctrend_frame *", role = "HANDLE_OPT")
  ),
  ctrend_batch_opts_set_keys = list(
    o = list(type = "ctrend_batch_opts *", role = "HANDLE"),
    keys = list(type = "const int *", role = "ARRAY_IN_OPT", args = c("n_keys")),
    n_keys = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE)
  ),
  ctrend_batch_opts_n_keys = list(
    o = list(type = "const ctrend_batch_opts *", role = "HANDLE_OPT")
  ),
  ctrend_batch_opts_set_model = list(
    o = list(type = "ctrend_batch_opts *", role = "HANDLE"),
    m = list(type = "const ctrend_model_opts *", role = "HANDLE_OPT")
  ),
  ctrend_batch_opts_cancel = list(
    o = list(type = "ctrend_batch_opts *", role = "HANDLE_OPT")
  ),
  ctrend_batch_opts_reset = list(
    o = list(type = "ctrend_batch_opts *", role = "HANDLE_OPT")
  ),
  ctrend_batch_opts_cancelled = list(
    o = list(type = "const ctrend_batch_opts *", role = "HANDLE_OPT")
  ),
  ctrend_batch_opts_progress = list(
    o = list(type = "const ctrend_batch_opts *", role = "HANDLE"),
    done = list(type = "size_t *", role = "OUT_OPT"),
    total = list(type = "size_t *", role = "OUT_OPT")
  ),
  ctrend_batch_opts_error = list(
    o = list(type = "const ctrend_batch_opts *", role = "HANDLE"),
    i = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    err = list(type = "ctrend_error *", role = "ERROR_OUT")
  ),
  ctrend_batch_fit = list(
    o = list(type = "ctrend_batch_opts *", role = "HANDLE_OPT"),
    f = list(type = "const ctrend_frame *", role = "HANDLE"),
    family = list(type = "int", role = "ENUM", enum = "ctrend_family", args = c("ctrend_family")),
    d = list(type = "const ctrend_design *", role = "HANDLE"),
    coef = list(type = "double *", role = "ARRAY_OUT_OPT", args = c("ctrend_batch_opts_n_series(o, f) * ctrend_design_ncol(d)")),
    se = list(type = "double *", role = "ARRAY_OUT_OPT", args = c("ctrend_batch_opts_n_series(o, f) * ctrend_design_ncol(d)")),
    scalars = list(type = "double *", role = "ARRAY_OUT_OPT", args = c("ctrend_batch_opts_n_series(o, f) * ctrend_batch_opts_n_keys(o)")),
    status = list(type = "int *", role = "ARRAY_OUT", args = c("ctrend_batch_opts_n_series(o, f)"))
  ),
  ctrend_batch_fit_models = list(
    o = list(type = "ctrend_batch_opts *", role = "HANDLE_OPT"),
    f = list(type = "const ctrend_frame *", role = "HANDLE"),
    family = list(type = "int", role = "ENUM", enum = "ctrend_family", args = c("ctrend_family")),
    designs = list(type = "const ctrend_design *const *", role = "HANDLE_ARRAY_IN", args = c("n_designs")),
    n_designs = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    models = list(type = "ctrend_model **", role = "HANDLE_ARRAY_OUT", args = c("ctrend_batch_opts_n_series(o, f)")),
    status = list(type = "int *", role = "ARRAY_OUT", args = c("ctrend_batch_opts_n_series(o, f)"))
  ),
  ctrend_batch_fit_models_v2 = list(
    o = list(type = "ctrend_batch_opts *", role = "HANDLE_OPT"),
    f = list(type = "const ctrend_frame *", role = "HANDLE"),
    family = list(type = "int", role = "ENUM", enum = "ctrend_family", args = c("ctrend_family")),
    designs = list(type = "const ctrend_design *const *", role = "HANDLE_ARRAY_IN", args = c("n_designs")),
    n_designs = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    models = list(type = "ctrend_model **", role = "HANDLE_ARRAY_OUT", args = c("ctrend_batch_opts_n_series(o, f)")),
    status = list(type = "int *", role = "ARRAY_OUT", args = c("ctrend_batch_opts_n_series(o, f)"))
  ),
  ctrend_batch_rolling_mean = list(
    o = list(type = "ctrend_batch_opts *", role = "HANDLE_OPT"),
    x = list(type = "const double *", role = "ARRAY_IN", args = c("n_series * n_months")),
    n_series = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    n_months = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    window = list(type = "size_t", role = "RANGE", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1", "SIZE_MAX")),
    min_periods = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "double *", role = "ARRAY_OUT", args = c("n_series * n_months")),
    status = list(type = "int *", role = "ARRAY_OUT_OPT", args = c("n_series"))
  ),
  ctrend_batch_change_pct = list(
    o = list(type = "ctrend_batch_opts *", role = "HANDLE_OPT"),
    x = list(type = "const double *", role = "ARRAY_IN", args = c("n_series * n_months")),
    n_series = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    n_months = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    lag = list(type = "size_t", role = "RANGE", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1", "SIZE_MAX")),
    out = list(type = "double *", role = "ARRAY_OUT", args = c("n_series * n_months")),
    reason = list(type = "int32_t *", role = "ARRAY_OUT_OPT", args = c("n_series * n_months")),
    status = list(type = "int *", role = "ARRAY_OUT_OPT", args = c("n_series"))
  ),
  ctrend_claims_opts_new = list(
    out = list(type = "ctrend_claims_opts **", role = "HANDLE_OUT")
  ),
  ctrend_claims_opts_free = list(
    o = list(type = "ctrend_claims_opts *", role = "HANDLE_OPT")
  ),
  ctrend_claims_opts_set_double = list(
    o = list(type = "ctrend_claims_opts *", role = "HANDLE"),
    key = list(type = "int", role = "ENUM", enum = "ctrend_claims_opt", args = c("ctrend_claims_opt")),
    value = list(type = "double", role = "IN")
  ),
  ctrend_claims_opts_set_int = list(
    o = list(type = "ctrend_claims_opts *", role = "HANDLE"),
    key = list(type = "int", role = "ENUM", enum = "ctrend_claims_opt", args = c("ctrend_claims_opt")),
    value = list(type = "int64_t", role = "IN", lo = -9.223372036854776e+18, hi = 9.223372036854776e+18, lo_open = FALSE, hi_open = FALSE)
  ),
  ctrend_claims_opts_get = list(
    o = list(type = "const ctrend_claims_opts *", role = "HANDLE"),
    key = list(type = "int", role = "ENUM", enum = "ctrend_claims_opt", args = c("ctrend_claims_opt")),
    value = list(type = "double *", role = "OUT")
  ),
  ctrend_claims_opts_bounds = list(
    key = list(type = "int", role = "ENUM", enum = "ctrend_claims_opt", args = c("ctrend_claims_opt")),
    lo = list(type = "double *", role = "OUT_OPT"),
    hi = list(type = "double *", role = "OUT_OPT")
  ),
  ctrend_claims_parse = list(
    text = list(type = "const char *", role = "BYTES", args = c("len")),
    len = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    source_name = list(type = "const char *", role = "STR_OPT"),
    out = list(type = "ctrend_claims **", role = "HANDLE_OUT"),
    err = list(type = "ctrend_error *", role = "ERROR_OUT")
  ),
  ctrend_claims_parse_lenient = list(
    text = list(type = "const char *", role = "BYTES", args = c("len")),
    len = list(type = "size_t", role = "LEN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    source_name = list(type = "const char *", role = "STR_OPT"),
    out = list(type = "ctrend_claims **", role = "HANDLE_OUT"),
    err = list(type = "ctrend_error *", role = "ERROR_OUT")
  ),
  ctrend_claims_free = list(
    c = list(type = "ctrend_claims *", role = "HANDLE_OPT")
  ),
  ctrend_claims_errmsg = list(
    c = list(type = "const ctrend_claims *", role = "HANDLE")
  ),
  ctrend_claims_error = list(
    c = list(type = "const ctrend_claims *", role = "HANDLE"),
    err = list(type = "ctrend_error *", role = "ERROR_OUT")
  ),
  ctrend_claims_check = list(
    c = list(type = "ctrend_claims *", role = "HANDLE"),
    opts = list(type = "const ctrend_claims_opts *", role = "HANDLE_OPT"),
    data = list(type = "const ctrend_frame *", role = "HANDLE"),
    err = list(type = "ctrend_error *", role = "ERROR_OUT")
  ),
  ctrend_claims_count = list(
    c = list(type = "const ctrend_claims *", role = "HANDLE")
  ),
  ctrend_claims_find = list(
    c = list(type = "const ctrend_claims *", role = "HANDLE"),
    id = list(type = "const char *", role = "STR"),
    index = list(type = "size_t *", role = "OUT")
  ),
  ctrend_claims_id = list(
    c = list(type = "const ctrend_claims *", role = "HANDLE"),
    i = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "const char **", role = "OUT")
  ),
  ctrend_claims_quote = list(
    c = list(type = "const ctrend_claims *", role = "HANDLE"),
    i = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "const char **", role = "OUT")
  ),
  ctrend_claims_source = list(
    c = list(type = "const ctrend_claims *", role = "HANDLE"),
    i = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "const char **", role = "OUT")
  ),
  ctrend_claims_text = list(
    c = list(type = "const ctrend_claims *", role = "HANDLE"),
    i = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "const char **", role = "OUT")
  ),
  ctrend_claims_line = list(
    c = list(type = "const ctrend_claims *", role = "HANDLE"),
    i = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "int *", role = "OUT")
  ),
  ctrend_claims_verdict = list(
    c = list(type = "const ctrend_claims *", role = "HANDLE"),
    i = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "int *", role = "OUT")
  ),
  ctrend_claims_verdict_name = list(
    verdict = list(type = "int", role = "IN", lo = -2147483648, hi = 2147483647, lo_open = FALSE, hi_open = FALSE)
  ),
  ctrend_claims_figure = list(
    c = list(type = "const ctrend_claims *", role = "HANDLE"),
    i = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    which = list(type = "int", role = "ENUM", enum = "ctrend_claims_figure", args = c("ctrend_claims_figure")),
    value = list(type = "double *", role = "OUT")
  ),
  ctrend_claims_within_noise = list(
    c = list(type = "const ctrend_claims *", role = "HANDLE"),
    i = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "int *", role = "OUT")
  ),
  ctrend_claims_explanation = list(
    c = list(type = "const ctrend_claims *", role = "HANDLE"),
    i = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "const char **", role = "OUT")
  ),
  ctrend_claims_counts = list(
    c = list(type = "const ctrend_claims *", role = "HANDLE"),
    n_supported = list(type = "size_t *", role = "OUT_OPT"),
    n_contradicted = list(type = "size_t *", role = "OUT_OPT"),
    n_unverifiable = list(type = "size_t *", role = "OUT_OPT")
  ),
  ctrend_claims_kind_of = list(
    c = list(type = "const ctrend_claims *", role = "HANDLE"),
    i = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "int *", role = "OUT")
  ),
  ctrend_claims_n_terms = list(
    c = list(type = "const ctrend_claims *", role = "HANDLE"),
    i = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE)
  ),
  ctrend_claims_term_group = list(
    c = list(type = "const ctrend_claims *", role = "HANDLE"),
    i = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    j = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "const char **", role = "OUT")
  ),
  ctrend_claims_term_region = list(
    c = list(type = "const ctrend_claims *", role = "HANDLE"),
    i = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    j = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "const char **", role = "OUT")
  ),
  ctrend_claims_term_metric = list(
    c = list(type = "const ctrend_claims *", role = "HANDLE"),
    i = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    j = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "const char **", role = "OUT")
  ),
  ctrend_claims_term_side = list(
    c = list(type = "const ctrend_claims *", role = "HANDLE"),
    i = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    j = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "int *", role = "OUT")
  ),
  ctrend_claims_target = list(
    c = list(type = "const ctrend_claims *", role = "HANDLE"),
    i = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    first = list(type = "int32_t *", role = "OUT"),
    last = list(type = "int32_t *", role = "OUT")
  ),
  ctrend_claims_base = list(
    c = list(type = "const ctrend_claims *", role = "HANDLE"),
    i = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    first = list(type = "int32_t *", role = "OUT"),
    last = list(type = "int32_t *", role = "OUT")
  ),
  ctrend_claims_n_errors = list(
    c = list(type = "const ctrend_claims *", role = "HANDLE")
  ),
  ctrend_claims_error_at = list(
    c = list(type = "const ctrend_claims *", role = "HANDLE"),
    k = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE)
  ),
  ctrend_claims_claim_error = list(
    c = list(type = "const ctrend_claims *", role = "HANDLE"),
    i = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    line = list(type = "int *", role = "OUT_OPT"),
    column = list(type = "int *", role = "OUT_OPT")
  ),
  ctrend_claims_note = list(
    c = list(type = "const ctrend_claims *", role = "HANDLE"),
    i = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "const char **", role = "OUT")
  ),
  ctrend_claims_n_invalid = list(
    c = list(type = "const ctrend_claims *", role = "HANDLE")
  ),
  ctrend_figure_new = list(
    out = list(type = "ctrend_figure **", role = "HANDLE_OUT"),
    err = list(type = "ctrend_error *", role = "ERROR_OUT")
  ),
  ctrend_figure_free = list(
    fig = list(type = "ctrend_figure *", role = "HANDLE_OPT")
  ),
  ctrend_figure_add_panel = list(
    fig = list(type = "ctrend_figure *", role = "HANDLE"),
    start = list(type = "int32_t", role = "RANGE", lo = 12, hi = 119999, lo_open = FALSE, hi_open = FALSE, args = c("MONTH_MIN", "MONTH_MAX")),
    y = list(type = "const double *", role = "ARRAY_IN", args = c("n")),
    n = list(type = "size_t", role = "LEN", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1")),
    panel = list(type = "size_t *", role = "OUT_OPT")
  ),
  ctrend_figure_add_series = list(
    fig = list(type = "ctrend_figure *", role = "HANDLE"),
    f = list(type = "const ctrend_frame *", role = "HANDLE"),
    index = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    first = list(type = "int32_t", role = "RANGE", lo = 12, hi = 119999, lo_open = FALSE, hi_open = FALSE, args = c("MONTH_MIN", "MONTH_MAX")),
    last = list(type = "int32_t", role = "RANGE", lo = 12, hi = 119999, lo_open = FALSE, hi_open = FALSE, args = c("MONTH_MIN", "MONTH_MAX")),
    panel = list(type = "size_t *", role = "OUT_OPT"),
    err = list(type = "ctrend_error *", role = "ERROR_OUT")
  ),
  ctrend_figure_add_claim = list(
    fig = list(type = "ctrend_figure *", role = "HANDLE"),
    cl = list(type = "const ctrend_claims *", role = "HANDLE"),
    i = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    all = list(type = "const ctrend_frame *", role = "HANDLE"),
    err = list(type = "ctrend_error *", role = "ERROR_OUT")
  ),
  ctrend_figure_add_rolling = list(
    fig = list(type = "ctrend_figure *", role = "HANDLE"),
    panel = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    window = list(type = "size_t", role = "RANGE", lo = 1, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE, args = c("1", "SIZE_MAX")),
    align = list(type = "int", role = "ENUM", enum = "ctrend_align", args = c("ctrend_align"))
  ),
  ctrend_figure_add_fit = list(
    fig = list(type = "ctrend_figure *", role = "HANDLE"),
    panel = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    m = list(type = "const ctrend_model *", role = "HANDLE")
  ),
  ctrend_figure_add_forecast = list(
    fig = list(type = "ctrend_figure *", role = "HANDLE"),
    panel = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    f = list(type = "const ctrend_forecast *", role = "HANDLE")
  ),
  ctrend_figure_add_span = list(
    fig = list(type = "ctrend_figure *", role = "HANDLE"),
    panel = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    from = list(type = "int32_t", role = "RANGE", lo = 12, hi = 119999, lo_open = FALSE, hi_open = FALSE, args = c("MONTH_MIN", "MONTH_MAX")),
    to = list(type = "int32_t", role = "RANGE", lo = 12, hi = 119999, lo_open = FALSE, hi_open = FALSE, args = c("MONTH_MIN", "MONTH_MAX")),
    kind = list(type = "int", role = "ENUM", enum = "ctrend_figure_span_kind", args = c("ctrend_figure_span_kind"))
  ),
  ctrend_figure_add_mark = list(
    fig = list(type = "ctrend_figure *", role = "HANDLE"),
    panel = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    month = list(type = "int32_t", role = "RANGE", lo = 12, hi = 119999, lo_open = FALSE, hi_open = FALSE, args = c("MONTH_MIN", "MONTH_MAX")),
    kind = list(type = "int", role = "ENUM", enum = "ctrend_figure_mark_kind", args = c("ctrend_figure_mark_kind")),
    label = list(type = "const char *", role = "STR_OPT")
  ),
  ctrend_figure_set_text = list(
    fig = list(type = "ctrend_figure *", role = "HANDLE"),
    which = list(type = "int", role = "ENUM", enum = "ctrend_figure_text_key", args = c("ctrend_figure_text_key")),
    text = list(type = "const char *", role = "STR_OPT")
  ),
  ctrend_figure_panel_set_text = list(
    fig = list(type = "ctrend_figure *", role = "HANDLE"),
    panel = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    which = list(type = "int", role = "ENUM", enum = "ctrend_figure_panel_text_key", args = c("ctrend_figure_panel_text_key")),
    text = list(type = "const char *", role = "STR_OPT")
  ),
  ctrend_figure_set_options = list(
    fig = list(type = "ctrend_figure *", role = "HANDLE"),
    style = list(type = "int", role = "ENUM", enum = "ctrend_figure_style", args = c("ctrend_figure_style")),
    width = list(type = "double", role = "RANGE", lo = 0, hi = 20000, lo_open = FALSE, hi_open = FALSE, args = c("0", "20000")),
    height = list(type = "double", role = "RANGE", lo = 0, hi = 20000, lo_open = FALSE, hi_open = FALSE, args = c("0", "20000")),
    label_spans = list(type = "int", role = "BOOL", values = c(0, 1))
  ),
  ctrend_figure_n_panels = list(
    fig = list(type = "const ctrend_figure *", role = "HANDLE")
  ),
  ctrend_figure_options = list(
    fig = list(type = "const ctrend_figure *", role = "HANDLE"),
    style = list(type = "int *", role = "OUT_OPT"),
    width = list(type = "double *", role = "OUT_OPT"),
    height = list(type = "double *", role = "OUT_OPT"),
    label_spans = list(type = "int *", role = "OUT_OPT")
  ),
  ctrend_figure_panel_months = list(
    fig = list(type = "const ctrend_figure *", role = "HANDLE"),
    panel = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    start = list(type = "int32_t *", role = "OUT_OPT"),
    n = list(type = "size_t *", role = "OUT_OPT"),
    h = list(type = "size_t *", role = "OUT_OPT")
  ),
  ctrend_figure_x_range = list(
    fig = list(type = "const ctrend_figure *", role = "HANDLE"),
    first = list(type = "int32_t *", role = "OUT_OPT"),
    last = list(type = "int32_t *", role = "OUT_OPT"),
    data_last = list(type = "int32_t *", role = "OUT_OPT")
  ),
  ctrend_figure_panel_vector = list(
    fig = list(type = "const ctrend_figure *", role = "HANDLE"),
    panel = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    which = list(type = "int", role = "ENUM", enum = "ctrend_figure_layer", args = c("ctrend_figure_layer")),
    out = list(type = "double *", role = "CAP_OUT", args = c("cap")),
    cap = list(type = "size_t", role = "CAP", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    needed = list(type = "size_t *", role = "NEEDED")
  ),
  ctrend_figure_panel_missing = list(
    fig = list(type = "const ctrend_figure *", role = "HANDLE"),
    panel = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    out = list(type = "int32_t *", role = "CAP_OUT", args = c("cap")),
    cap = list(type = "size_t", role = "CAP", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    needed = list(type = "size_t *", role = "NEEDED")
  ),
  ctrend_figure_panel_n_spans = list(
    fig = list(type = "const ctrend_figure *", role = "HANDLE"),
    panel = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    n = list(type = "size_t *", role = "OUT")
  ),
  ctrend_figure_panel_span = list(
    fig = list(type = "const ctrend_figure *", role = "HANDLE"),
    panel = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    k = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    from = list(type = "int32_t *", role = "OUT_OPT"),
    to = list(type = "int32_t *", role = "OUT_OPT"),
    kind = list(type = "int *", role = "OUT_OPT")
  ),
  ctrend_figure_panel_n_marks = list(
    fig = list(type = "const ctrend_figure *", role = "HANDLE"),
    panel = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    n = list(type = "size_t *", role = "OUT")
  ),
  ctrend_figure_panel_mark = list(
    fig = list(type = "const ctrend_figure *", role = "HANDLE"),
    panel = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    k = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    month = list(type = "int32_t *", role = "OUT_OPT"),
    kind = list(type = "int *", role = "OUT_OPT")
  ),
  ctrend_figure_panel_mark_label = list(
    fig = list(type = "const ctrend_figure *", role = "HANDLE"),
    panel = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    k = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    buf = list(type = "char *", role = "STRBUF", args = c("cap")),
    cap = list(type = "size_t", role = "CAP", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    needed = list(type = "size_t *", role = "NEEDED")
  ),
  ctrend_figure_text = list(
    fig = list(type = "const ctrend_figure *", role = "HANDLE"),
    which = list(type = "int", role = "ENUM", enum = "ctrend_figure_text_key", args = c("ctrend_figure_text_key")),
    buf = list(type = "char *", role = "STRBUF", args = c("cap")),
    cap = list(type = "size_t", role = "CAP", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    needed = list(type = "size_t *", role = "NEEDED")
  ),
  ctrend_figure_panel_text = list(
    fig = list(type = "const ctrend_figure *", role = "HANDLE"),
    panel = list(type = "size_t", role = "IN", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    which = list(type = "int", role = "ENUM", enum = "ctrend_figure_panel_text_key", args = c("ctrend_figure_panel_text_key")),
    buf = list(type = "char *", role = "STRBUF", args = c("cap")),
    cap = list(type = "size_t", role = "CAP", lo = 0, hi = 1.8446744073709552e+19, lo_open = FALSE, hi_open = FALSE),
    needed = list(type = "size_t *", role = "NEEDED")
  ),
  ctrend_figure_device_from_path = list(
    path = list(type = "const char *", role = "STR"),
    device = list(type = "int *", role = "OUT")
  )
)

ct_api_dll_ <- function() "ctrend"
ct_api_syms_ <- new.env(parent = emptyenv())
# The registered routine `name` of the package's DLL (looked up once, then cached).
ct_api_sym_ <- function(name) {
  s <- ct_api_syms_[[name]]
  if (is.null(s)) {
    s <- getNativeSymbolInfo(name, getLoadedDLLs()[[ct_api_dll_()]])
    assign(name, s, envir = ct_api_syms_)
  }
  s
}

ct_api_stop_ <- function(status, message, where) {
  codes <- ct_api_enums$ctrend_status
  name <- names(codes)[match(status, codes)]
  if (is.na(name)) name <- "CTREND_UNKNOWN"
  detail <- if (nzchar(message)) message else name
  cls <- tolower(sub("^CTREND_", "ctrend_", name))
  cond <- structure(
    class = c(cls, "ctrend_error", "error", "condition"),
    list(message = paste0(where, ": ", name, ": ", detail), call = NULL,
         status = as.integer(status), name = name, detail = message)
  )
  stop(cond)
}

# Check one scalar argument against the definition (for hand-written code that wants the
# error before any .Call); returns the value. The .Call wrappers check again in C.
ct_api_check_ <- function(fn, arg, value) {
  a <- ct_api_args[[fn]][[arg]]
  if (is.null(a)) stop("ctrend: ", fn, " has no argument ", arg)
  fail <- function(what) stop(sprintf("ctrend: %s: argument '%s' %s", fn, arg, what), call. = FALSE)
  if (!is.numeric(value) || length(value) != 1L || is.factor(value)) fail("must be a single number")
  if (!is.null(a$lo)) {
    ok <- (if (a$lo_open) value > a$lo else value >= a$lo) &&
          (if (a$hi_open) value < a$hi else value <= a$hi)
    if (is.na(ok) || !ok) fail(sprintf("must be in %s%.17g, %.17g%s", if (a$lo_open) "(" else "[",
                                       a$lo, a$hi, if (a$hi_open) ")" else "]"))
  }
  if (!is.null(a$values) && !(value %in% a$values))
    fail(paste("must be one of", paste(a$values, collapse = ", ")))
  if (!is.null(a$enum) && !(value %in% ct_api_enums[[a$enum]]))
    fail(paste("must be a", a$enum, "value"))
  if (a$type != "double" && (is.na(value) || value != floor(value))) fail("must be a whole number")
  value
}

ct_api_strerror <- function(status) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_strerror"), status)
  r[[1L]]
}
ct_api_status_name <- function(status) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_status_name"), status)
  r[[1L]]
}
ct_api_status_count <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_status_count"))
  r[[1L]]
}
ct_api_version_number <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_version_number"))
  r[[1L]]
}
ct_api_version_string <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_version_string"))
  r[[1L]]
}
ct_api_init <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_init"))
  r[[1L]]
}
ct_api_error_sizeof <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_error_sizeof"))
  r[[1L]]
}
ct_api_error_clear <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_error_clear"))
  r[-2L]
}
ct_api_error_set <- function(code, file, line, column, key, message) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_error_set"), code, file, line, column, key, message)
  r[-2L]
}
ct_api_error_format <- function(err) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_error_format"), err)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_error_format")
  r[[3L]]
}
ct_api_month_parse <- function(s) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_month_parse"), s)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_month_parse")
  r[[3L]]
}
ct_api_month_make <- function(year, month_of_year) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_month_make"), year, month_of_year)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_month_make")
  r[[3L]]
}
ct_api_month_year <- function(month) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_month_year"), month)
  r[[1L]]
}
ct_api_month_of_year <- function(month) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_month_of_year"), month)
  r[[1L]]
}
ct_api_month_days <- function(month) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_month_days"), month)
  r[[1L]]
}
ct_api_month_add <- function(month, n_months) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_month_add"), month, n_months)
  r[[1L]]
}
ct_api_month_format <- function(month) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_month_format"), month)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_month_format")
  r[[3L]]
}
ct_api_month_format_v2 <- function(month) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_month_format_v2"), month)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_month_format_v2")
  r[[3L]]
}
ct_api_month_parse_v2 <- function(s) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_month_parse_v2"), s)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_month_parse_v2")
  r[[3L]]
}
ct_api_frame_new <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_frame_new"))
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_frame_new")
  r[[3L]]
}
ct_api_frame_free <- function(f) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_frame_free"), f)
  invisible(NULL)
}
ct_api_frame_add_series <- function(f, group, region, metric) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_frame_add_series"), f, group, region, metric)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_frame_add_series")
  r[[3L]]
}
ct_api_frame_find <- function(f, group, region, metric) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_frame_find"), f, group, region, metric)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_frame_find")
  r[[3L]]
}
ct_api_frame_set <- function(f, index, month, value) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_frame_set"), f, index, month, value)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_frame_set")
  invisible(NULL)
}
ct_api_frame_accumulate <- function(f, index, month, value) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_frame_accumulate"), f, index, month, value)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_frame_accumulate")
  invisible(NULL)
}
ct_api_frame_fill_unset <- function(f, index, from_month, to_month, value) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_frame_fill_unset"), f, index, from_month, to_month, value)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_frame_fill_unset")
  invisible(NULL)
}
ct_api_frame_n_series <- function(f) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_frame_n_series"), f)
  r[[1L]]
}
ct_api_frame_start <- function(f) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_frame_start"), f)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_frame_start")
  r[[3L]]
}
ct_api_frame_n_months <- function(f) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_frame_n_months"), f)
  r[[1L]]
}
ct_api_frame_group <- function(f, index) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_frame_group"), f, index)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_frame_group")
  r[[3L]]
}
ct_api_frame_region <- function(f, index) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_frame_region"), f, index)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_frame_region")
  r[[3L]]
}
ct_api_frame_metric <- function(f, index) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_frame_metric"), f, index)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_frame_metric")
  r[[3L]]
}
ct_api_frame_values <- function(f, index) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_frame_values"), f, index)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_frame_values")
  r[[3L]]
}
ct_api_frame_get <- function(f, index, month) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_frame_get"), f, index, month)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_frame_get")
  r[[3L]]
}
ct_api_frame_span <- function(f, index) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_frame_span"), f, index)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_frame_span")
  r[-(1:2)]
}
ct_api_frame_collapse <- function(f, keep_group, keep_region, skip_missing) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_frame_collapse"), f, keep_group, keep_region, skip_missing)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_frame_collapse")
  r[[3L]]
}
ct_api_frame_window <- function(f, index, first_month, n_months) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_frame_window"), f, index, first_month, n_months)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_frame_window")
  r[[3L]]
}
ct_api_frame_merge <- function(dst, src, src_name) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_frame_merge"), dst, src, src_name)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_frame_merge")
  r[[3L]]
}
ct_api_frame_set_values <- function(f, index, x, first_month) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_frame_set_values"), f, index, x, first_month)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_frame_set_values")
  r[[3L]]
}
ct_api_reader_new <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_reader_new"))
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_reader_new")
  r[-(1:2)]
}
ct_api_reader_free <- function(r) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_reader_free"), r)
  invisible(NULL)
}
ct_api_reader_set_int <- function(r, option, value) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_reader_set_int"), r, option, value)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_reader_set_int")
  invisible(NULL)
}
ct_api_reader_set_str <- function(r, option, value) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_reader_set_str"), r, option, value)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_reader_set_str")
  invisible(NULL)
}
ct_api_reader_feed <- function(r, buf) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_reader_feed"), r, buf)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_reader_feed")
  invisible(NULL)
}
ct_api_reader_finish <- function(r) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_reader_finish"), r)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_reader_finish")
  r[-(1:2)]
}
ct_api_reader_read_file <- function(r, path) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_reader_read_file"), r, path)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_reader_read_file")
  r[-(1:2)]
}
ct_api_reader_error <- function(r) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_reader_error"), r)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_reader_error")
  r[[3L]]
}
ct_api_reader_errmsg <- function(r) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_reader_errmsg"), r)
  r[[1L]]
}
ct_api_reader_opt_type <- function(key) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_reader_opt_type"), key)
  r[[1L]]
}
ct_api_reader_opts_bounds <- function(key) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_reader_opts_bounds"), key)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_reader_opts_bounds")
  r[-(1:2)]
}
ct_api_reader_n_skipped <- function(r) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_reader_n_skipped"), r)
  r[[1L]]
}
ct_api_reader_skipped_line <- function(r, k) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_reader_skipped_line"), r, k)
  r[[1L]]
}
ct_api_name_distance <- function(a, b) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_name_distance"), a, b)
  r[[1L]]
}
ct_api_filter_new <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_filter_new"))
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_filter_new")
  r[[3L]]
}
ct_api_filter_free <- function(f) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_filter_free"), f)
  invisible(NULL)
}
ct_api_filter_add <- function(f, expr) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_filter_add"), f, expr)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_filter_add")
  invisible(NULL)
}
ct_api_filter_errmsg <- function(f) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_filter_errmsg"), f)
  r[[1L]]
}
ct_api_filter_error_offset <- function(f) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_filter_error_offset"), f)
  r[[1L]]
}
ct_api_filter_n_columns <- function(f) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_filter_n_columns"), f)
  r[[1L]]
}
ct_api_filter_column <- function(f, k) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_filter_column"), f, k)
  r[[1L]]
}
ct_api_reader_set_filter <- function(r, f) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_reader_set_filter"), r, f)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_reader_set_filter")
  invisible(NULL)
}
ct_api_rolling_mean <- function(x, window, align, min_periods) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_rolling_mean"), x, window, align, min_periods)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_rolling_mean")
  r[[3L]]
}
ct_api_rolling_sum <- function(x, window, align, min_periods) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_rolling_sum"), x, window, align, min_periods)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_rolling_sum")
  r[[3L]]
}
ct_api_rolling_cumsum <- function(x) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_rolling_cumsum"), x)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_rolling_cumsum")
  r[[3L]]
}
ct_api_change_reason_count <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_change_reason_count"))
  r[[1L]]
}
ct_api_change_reason_string <- function(reason) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_change_reason_string"), reason)
  r[[1L]]
}
ct_api_change_reason_name <- function(reason) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_change_reason_name"), reason)
  r[[1L]]
}
ct_api_change_pct <- function(x, lag) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_change_pct"), x, lag)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_change_pct")
  r[-(1:2)]
}
ct_api_change_pct_vs_mean <- function(x, k) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_change_pct_vs_mean"), x, k)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_change_pct_vs_mean")
  r[-(1:2)]
}
ct_api_change_diff <- function(x, lag) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_change_diff"), x, lag)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_change_diff")
  r[-(1:2)]
}
ct_api_change_ratio <- function(x, lag) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_change_ratio"), x, lag)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_change_ratio")
  r[-(1:2)]
}
ct_api_change_share <- function(part, total) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_change_share"), part, total)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_change_share")
  r[-(1:2)]
}
ct_api_aggregate_per_day <- function(x, start_month) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_aggregate_per_day"), x, start_month)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_aggregate_per_day")
  r[[3L]]
}
ct_api_aggregate_periods <- function(x, start_month, period_months, allow_missing) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_aggregate_periods"), x, start_month, period_months, allow_missing)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_aggregate_periods")
  r[-(1:2)]
}
ct_api_design_new <- function(start_month, n_months) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_design_new"), start_month, n_months)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_design_new")
  r[[3L]]
}
ct_api_design_free <- function(d) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_design_free"), d)
  invisible(NULL)
}
ct_api_design_clone <- function(d) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_design_clone"), d)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_design_clone")
  r[[3L]]
}
ct_api_design_window <- function(d, first, n_months) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_design_window"), d, first, n_months)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_design_window")
  r[[3L]]
}
ct_api_design_set_intercept <- function(d, on) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_design_set_intercept"), d, on)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_design_set_intercept")
  invisible(NULL)
}
ct_api_design_add_trend <- function(d) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_design_add_trend"), d)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_design_add_trend")
  invisible(NULL)
}
ct_api_design_add_fourier <- function(d, k_pairs) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_design_add_fourier"), d, k_pairs)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_design_add_fourier")
  invisible(NULL)
}
ct_api_design_add_month_dummies <- function(d) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_design_add_month_dummies"), d)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_design_add_month_dummies")
  invisible(NULL)
}
ct_api_design_add_step <- function(d, month, name) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_design_add_step"), d, month, name)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_design_add_step")
  invisible(NULL)
}
ct_api_design_add_slope_change <- function(d, month, name) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_design_add_slope_change"), d, month, name)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_design_add_slope_change")
  invisible(NULL)
}
ct_api_design_add_column <- function(d, name, x) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_design_add_column"), d, name, x)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_design_add_column")
  invisible(NULL)
}
ct_api_design_set_future_column <- function(d, name, x) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_design_set_future_column"), d, name, x)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_design_set_future_column")
  invisible(NULL)
}
ct_api_design_set_offset_days <- function(d, on) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_design_set_offset_days"), d, on)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_design_set_offset_days")
  invisible(NULL)
}
ct_api_design_set_offset <- function(d, log_exposure, n) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_design_set_offset"), d, log_exposure, n)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_design_set_offset")
  invisible(NULL)
}
ct_api_design_set_future_offset <- function(d, log_exposure) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_design_set_future_offset"), d, log_exposure)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_design_set_future_offset")
  invisible(NULL)
}
ct_api_design_ncol <- function(d) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_design_ncol"), d)
  r[[1L]]
}
ct_api_design_nrow <- function(d) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_design_nrow"), d)
  r[[1L]]
}
ct_api_design_start <- function(d) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_design_start"), d)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_design_start")
  r[[3L]]
}
ct_api_design_col_name <- function(d, j) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_design_col_name"), d, j)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_design_col_name")
  r[[3L]]
}
ct_api_design_find <- function(d, name) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_design_find"), d, name)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_design_find")
  r[[3L]]
}
ct_api_design_matrix <- function(d, first, rows, off_cap) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_design_matrix"), d, first, rows, off_cap)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_design_matrix")
  r[-(1:2)]
}
ct_api_design_set_exposure <- function(d, exposure) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_design_set_exposure"), d, exposure)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_design_set_exposure")
  r[[3L]]
}
ct_api_model_opts_new <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_model_opts_new"))
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_model_opts_new")
  r[[3L]]
}
ct_api_model_opts_free <- function(o) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_model_opts_free"), o)
  invisible(NULL)
}
ct_api_model_opts_set_double <- function(o, opt, value) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_model_opts_set_double"), o, opt, value)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_model_opts_set_double")
  invisible(NULL)
}
ct_api_model_opts_set_int <- function(o, opt, value) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_model_opts_set_int"), o, opt, value)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_model_opts_set_int")
  invisible(NULL)
}
ct_api_model_opts_bounds <- function(opt) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_model_opts_bounds"), opt)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_model_opts_bounds")
  r[-(1:2)]
}
ct_api_model_opts_get <- function(o, opt) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_model_opts_get"), o, opt)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_model_opts_get")
  r[[3L]]
}
ct_api_model_opts_cancel <- function(o) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_model_opts_cancel"), o)
  r[[1L]]
}
ct_api_model_opts_reset <- function(o) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_model_opts_reset"), o)
  r[[1L]]
}
ct_api_model_opts_cancelled <- function(o) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_model_opts_cancelled"), o)
  r[[1L]]
}
ct_api_model_opts_progress <- function(o) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_model_opts_progress"), o)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_model_opts_progress")
  r[-(1:2)]
}
ct_api_model_opts_errmsg <- function(o) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_model_opts_errmsg"), o)
  r[[1L]]
}
ct_api_model_fit <- function(opts, family, d, y) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_model_fit"), opts, family, d, y)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_model_fit")
  r[-(1:2)]
}
ct_api_model_free <- function(m) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_model_free"), m)
  invisible(NULL)
}
ct_api_model_family <- function(m) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_model_family"), m)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_model_family")
  r[[3L]]
}
ct_api_model_ncoef <- function(m) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_model_ncoef"), m)
  r[[1L]]
}
ct_api_model_nrow <- function(m) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_model_nrow"), m)
  r[[1L]]
}
ct_api_model_coef_name <- function(m, j) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_model_coef_name"), m, j)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_model_coef_name")
  r[[3L]]
}
ct_api_model_design <- function(m) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_model_design"), m)
  r[[1L]]
}
ct_api_model_vector <- function(m, which) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_model_vector"), m, which)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_model_vector")
  r[[3L]]
}
ct_api_model_scalar <- function(m, which) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_model_scalar"), m, which)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_model_scalar")
  r[[3L]]
}
ct_api_breaks_fit <- function(opts, family, d, y, kind) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_breaks_fit"), opts, family, d, y, kind)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_breaks_fit")
  r[-(1:2)]
}
ct_api_breaks_free <- function(b) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_breaks_free"), b)
  invisible(NULL)
}
ct_api_breaks_month <- function(b) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_breaks_month"), b)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_breaks_month")
  r[[3L]]
}
ct_api_breaks_scalar <- function(b, which) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_breaks_scalar"), b, which)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_breaks_scalar")
  r[[3L]]
}
ct_api_breaks_profile <- function(b) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_breaks_profile"), b)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_breaks_profile")
  r[[3L]]
}
ct_api_breaks_max_work <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_breaks_max_work"))
  r[[1L]]
}
ct_api_model_predict <- function(m, d, kind, level) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_model_predict"), m, d, kind, level)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_model_predict")
  r[[3L]]
}
ct_api_forecast_new <- function(m, h, n_sims, seed) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_forecast_new"), m, h, n_sims, seed)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_forecast_new")
  r[-(1:2)]
}
ct_api_forecast_new_v2 <- function(opts, m, h, n_sims, seed) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_forecast_new_v2"), opts, m, h, n_sims, seed)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_forecast_new_v2")
  r[-(1:2)]
}
ct_api_forecast_free <- function(f) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_forecast_free"), f)
  invisible(NULL)
}
ct_api_forecast_horizon <- function(f) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_forecast_horizon"), f)
  r[[1L]]
}
ct_api_forecast_n_sims <- function(f) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_forecast_n_sims"), f)
  r[[1L]]
}
ct_api_forecast_month <- function(f, i) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_forecast_month"), f, i)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_forecast_month")
  r[[3L]]
}
ct_api_forecast_vector <- function(f, which) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_forecast_vector"), f, which)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_forecast_vector")
  r[[3L]]
}
ct_api_forecast_interval <- function(f, kind, level) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_forecast_interval"), f, kind, level)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_forecast_interval")
  r[-(1:2)]
}
ct_api_forecast_quantile <- function(f, kind, prob) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_forecast_quantile"), f, kind, prob)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_forecast_quantile")
  r[[3L]]
}
ct_api_forecast_samples <- function(f) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_forecast_samples"), f)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_forecast_samples")
  r[[3L]]
}
ct_api_forecast_max_horizon <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_forecast_max_horizon"))
  r[[1L]]
}
ct_api_forecast_max_draws <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_forecast_max_draws"))
  r[[1L]]
}
ct_api_forecast_max_mean <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_forecast_max_mean"))
  r[[1L]]
}
ct_api_exact_poisson_ci <- function(x, t, level) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_exact_poisson_ci"), x, t, level)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_exact_poisson_ci")
  r[[3L]]
}
ct_api_exact_poisson_ci_midp <- function(x, t, level) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_exact_poisson_ci_midp"), x, t, level)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_exact_poisson_ci_midp")
  r[[3L]]
}
ct_api_exact_poisson_test <- function(x, t, test) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_exact_poisson_test"), x, t, test)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_exact_poisson_test")
  r[[3L]]
}
ct_api_exact_rate_ratio <- function(x1, t1, x2, t2, test) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_exact_rate_ratio"), x1, t1, x2, t2, test)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_exact_rate_ratio")
  r[[3L]]
}
ct_api_exact_vs_previous <- function(x, exposure, i, k, test) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_exact_vs_previous"), x, exposure, i, k, test)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_exact_vs_previous")
  r[[3L]]
}
ct_api_exact_period_ratio <- function(a, exposure_a, b, exposure_b, test) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_exact_period_ratio"), a, exposure_a, b, exposure_b, test)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_exact_period_ratio")
  r[[3L]]
}
ct_api_dist_dpois <- function(x, lambda, give_log) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_dist_dpois"), x, lambda, give_log)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_dist_dpois")
  r[[3L]]
}
ct_api_dist_ppois <- function(q, lambda, lower_tail, log_p) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_dist_ppois"), q, lambda, lower_tail, log_p)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_dist_ppois")
  r[[3L]]
}
ct_api_dist_qpois <- function(p, lambda, lower_tail, log_p) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_dist_qpois"), p, lambda, lower_tail, log_p)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_dist_qpois")
  r[[3L]]
}
ct_api_dist_dnbinom <- function(x, size, prob, give_log) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_dist_dnbinom"), x, size, prob, give_log)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_dist_dnbinom")
  r[[3L]]
}
ct_api_dist_dnbinom_mu <- function(x, size, mu, give_log) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_dist_dnbinom_mu"), x, size, mu, give_log)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_dist_dnbinom_mu")
  r[[3L]]
}
ct_api_dist_pnbinom_mu <- function(q, size, mu, lower_tail, log_p) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_dist_pnbinom_mu"), q, size, mu, lower_tail, log_p)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_dist_pnbinom_mu")
  r[[3L]]
}
ct_api_dist_qnbinom_mu <- function(p, size, mu, lower_tail, log_p) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_dist_qnbinom_mu"), p, size, mu, lower_tail, log_p)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_dist_qnbinom_mu")
  r[[3L]]
}
ct_api_score_mae <- function(y, pred) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_score_mae"), y, pred)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_score_mae")
  r[-(1:2)]
}
ct_api_score_rmse <- function(y, pred) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_score_rmse"), y, pred)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_score_rmse")
  r[-(1:2)]
}
ct_api_score_msle <- function(y, pred) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_score_msle"), y, pred)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_score_msle")
  r[-(1:2)]
}
ct_api_score_crps_poisson <- function(y, mu) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_score_crps_poisson"), y, mu)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_score_crps_poisson")
  r[[3L]]
}
ct_api_score_crps_tol_default <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_score_crps_tol_default"))
  r[[1L]]
}
ct_api_score_crps_max_terms_default <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_score_crps_max_terms_default"))
  r[[1L]]
}
ct_api_score_crps_nbinom <- function(y, mu, theta, tol, max_terms) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_score_crps_nbinom"), y, mu, theta, tol, max_terms)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_score_crps_nbinom")
  r[[3L]]
}
ct_api_score_crps_sample <- function(y, x, fair) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_score_crps_sample"), y, x, fair)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_score_crps_sample")
  r[[3L]]
}
ct_api_score_crps_sample_mean <- function(y, samples, m, fair) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_score_crps_sample_mean"), y, samples, m, fair)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_score_crps_sample_mean")
  r[-(1:2)]
}
ct_api_score_ign_alpha_default <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_score_ign_alpha_default"))
  r[[1L]]
}
ct_api_score_ign_nbins <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_score_ign_nbins"))
  r[[1L]]
}
ct_api_score_ign_floor_default <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_score_ign_floor_default"))
  r[[1L]]
}
ct_api_score_ign_bin <- function(v) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_score_ign_bin"), v)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_score_ign_bin")
  r[[3L]]
}
ct_api_score_ign_edges <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_score_ign_edges"))
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_score_ign_edges")
  r[[3L]]
}
ct_api_score_ignorance_sample <- function(y, x, alpha) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_score_ignorance_sample"), y, x, alpha)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_score_ignorance_sample")
  r[[3L]]
}
ct_api_score_ignorance_sample_mean <- function(y, samples, m, alpha) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_score_ignorance_sample_mean"), y, samples, m, alpha)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_score_ignorance_sample_mean")
  r[-(1:2)]
}
ct_api_score_ignorance_poisson <- function(y, mu, floor) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_score_ignorance_poisson"), y, mu, floor)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_score_ignorance_poisson")
  r[[3L]]
}
ct_api_score_ignorance_nbinom <- function(y, mu, theta, floor) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_score_ignorance_nbinom"), y, mu, theta, floor)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_score_ignorance_nbinom")
  r[[3L]]
}
ct_api_score_interval <- function(y, lower, upper, level) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_score_interval"), y, lower, upper, level)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_score_interval")
  r[[3L]]
}
ct_api_score_interval_mean <- function(y, lower, upper, level) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_score_interval_mean"), y, lower, upper, level)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_score_interval_mean")
  r[-(1:2)]
}
ct_api_score_coverage <- function(y, lower, upper) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_score_coverage"), y, lower, upper)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_score_coverage")
  r[-(1:2)]
}
ct_api_score_quantile_sample <- function(x, p) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_score_quantile_sample"), x, p)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_score_quantile_sample")
  r[[3L]]
}
ct_api_baseline_count <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_baseline_count"))
  r[[1L]]
}
ct_api_baseline_season <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_baseline_season"))
  r[[1L]]
}
ct_api_baseline_poisson_max <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_baseline_poisson_max"))
  r[[1L]]
}
ct_api_baseline_name <- function(kind) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_baseline_name"), kind)
  r[[1L]]
}
ct_api_baseline_parse <- function(name) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_baseline_parse"), name)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_baseline_parse")
  r[[3L]]
}
ct_api_baseline_opts_new <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_baseline_opts_new"))
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_baseline_opts_new")
  r[[3L]]
}
ct_api_baseline_opts_free <- function(o) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_baseline_opts_free"), o)
  invisible(NULL)
}
ct_api_baseline_opts_set_int <- function(o, key, value) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_baseline_opts_set_int"), o, key, value)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_baseline_opts_set_int")
  invisible(NULL)
}
ct_api_baseline_opts_get_int <- function(o, key) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_baseline_opts_get_int"), o, key)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_baseline_opts_get_int")
  r[[3L]]
}
ct_api_baseline_opts_bounds <- function(key) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_baseline_opts_bounds"), key)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_baseline_opts_bounds")
  r[-(1:2)]
}
ct_api_baseline_forecast <- function(o, x, h) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_baseline_forecast"), o, x, h)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_baseline_forecast")
  r[-(1:2)]
}
ct_api_backtest_metric_count <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_backtest_metric_count"))
  r[[1L]]
}
ct_api_backtest_metric_name <- function(metric) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_backtest_metric_name"), metric)
  r[[1L]]
}
ct_api_backtest_origins <- function(n, initial, h, step) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_backtest_origins"), n, initial, h, step)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_backtest_origins")
  r[[3L]]
}
ct_api_backtest_new <- function(y, initial, h, step, n_samples, seed) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_backtest_new"), y, initial, h, step, n_samples, seed)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_backtest_new")
  r[[3L]]
}
ct_api_backtest_free <- function(bt) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_backtest_free"), bt)
  invisible(NULL)
}
ct_api_backtest_set_window <- function(bt, window_months) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_backtest_set_window"), bt, window_months)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_backtest_set_window")
  invisible(NULL)
}
ct_api_backtest_n_origins <- function(bt) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_backtest_n_origins"), bt)
  r[[1L]]
}
ct_api_backtest_origin <- function(bt, i) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_backtest_origin"), bt, i)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_backtest_origin")
  r[[3L]]
}
ct_api_backtest_add_baseline <- function(bt, kind, k, name) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_backtest_add_baseline"), bt, kind, k, name)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_backtest_add_baseline")
  r[[3L]]
}
ct_api_backtest_add_baseline_v2 <- function(bt, kind, k, name, opts) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_backtest_add_baseline_v2"), bt, kind, k, name, opts)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_backtest_add_baseline_v2")
  r[[3L]]
}
ct_api_backtest_add_model <- function(bt, name, d, family, opts) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_backtest_add_model"), bt, name, d, family, opts)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_backtest_add_model")
  r[[3L]]
}
ct_api_backtest_add_forecasts <- function(bt, name, point, samples) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_backtest_add_forecasts"), bt, name, point, samples)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_backtest_add_forecasts")
  r[[3L]]
}
ct_api_backtest_n_models <- function(bt) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_backtest_n_models"), bt)
  r[[1L]]
}
ct_api_backtest_model_name <- function(bt, i) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_backtest_model_name"), bt, i)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_backtest_model_name")
  r[[3L]]
}
ct_api_backtest_score <- function(bt, i, metric) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_backtest_score"), bt, i, metric)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_backtest_score")
  r[[3L]]
}
ct_api_backtest_score_lead <- function(bt, i, lead, metric) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_backtest_score_lead"), bt, i, lead, metric)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_backtest_score_lead")
  r[[3L]]
}
ct_api_backtest_points <- function(bt, i) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_backtest_points"), bt, i)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_backtest_points")
  r[[3L]]
}
ct_api_backtest_rank <- function(bt, metric) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_backtest_rank"), bt, metric)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_backtest_rank")
  r[[3L]]
}
ct_api_backtest_max_draws <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_backtest_max_draws"))
  r[[1L]]
}
ct_api_batch_default_threads <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_batch_default_threads"))
  r[[1L]]
}
ct_api_batch_values <- function(f, series, n_series, first_month, n_months) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_batch_values"), f, series, n_series, first_month, n_months)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_batch_values")
  r[[3L]]
}
ct_api_batch_opts_new <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_batch_opts_new"))
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_batch_opts_new")
  r[[3L]]
}
ct_api_batch_opts_free <- function(o) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_batch_opts_free"), o)
  invisible(NULL)
}
ct_api_batch_opts_set_int <- function(o, key, value) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_batch_opts_set_int"), o, key, value)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_batch_opts_set_int")
  invisible(NULL)
}
ct_api_batch_opts_get_int <- function(o, key) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_batch_opts_get_int"), o, key)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_batch_opts_get_int")
  r[[3L]]
}
ct_api_batch_opts_bounds <- function(key) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_batch_opts_bounds"), key)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_batch_opts_bounds")
  r[-(1:2)]
}
ct_api_batch_opts_set_series <- function(o, series, n_series) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_batch_opts_set_series"), o, series, n_series)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_batch_opts_set_series")
  invisible(NULL)
}
ct_api_batch_opts_n_series <- function(o, f) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_batch_opts_n_series"), o, f)
  r[[1L]]
}
ct_api_batch_opts_set_keys <- function(o, keys, n_keys) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_batch_opts_set_keys"), o, keys, n_keys)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_batch_opts_set_keys")
  invisible(NULL)
}
ct_api_batch_opts_n_keys <- function(o) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_batch_opts_n_keys"), o)
  r[[1L]]
}
ct_api_batch_opts_set_model <- function(o, m) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_batch_opts_set_model"), o, m)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_batch_opts_set_model")
  invisible(NULL)
}
ct_api_batch_opts_cancel <- function(o) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_batch_opts_cancel"), o)
  r[[1L]]
}
ct_api_batch_opts_reset <- function(o) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_batch_opts_reset"), o)
  r[[1L]]
}
ct_api_batch_opts_cancelled <- function(o) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_batch_opts_cancelled"), o)
  r[[1L]]
}
ct_api_batch_opts_progress <- function(o) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_batch_opts_progress"), o)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_batch_opts_progress")
  r[-(1:2)]
}
ct_api_batch_opts_error <- function(o, i) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_batch_opts_error"), o, i)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_batch_opts_error")
  r[[3L]]
}
ct_api_batch_fit <- function(o, f, family, d) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_batch_fit"), o, f, family, d)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_batch_fit")
  r[-(1:2)]
}
ct_api_batch_rolling_mean <- function(o, x, n_series, n_months, window, min_periods) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_batch_rolling_mean"), o, x, n_series, n_months, window, min_periods)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_batch_rolling_mean")
  r[-(1:2)]
}
ct_api_batch_change_pct <- function(o, x, n_series, n_months, lag) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_batch_change_pct"), o, x, n_series, n_months, lag)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_batch_change_pct")
  r[-(1:2)]
}
ct_api_claims_opts_new <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_opts_new"))
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_claims_opts_new")
  r[[3L]]
}
ct_api_claims_opts_free <- function(o) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_opts_free"), o)
  invisible(NULL)
}
ct_api_claims_opts_set_double <- function(o, key, value) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_opts_set_double"), o, key, value)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_claims_opts_set_double")
  invisible(NULL)
}
ct_api_claims_opts_set_int <- function(o, key, value) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_opts_set_int"), o, key, value)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_claims_opts_set_int")
  invisible(NULL)
}
ct_api_claims_opts_get <- function(o, key) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_opts_get"), o, key)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_claims_opts_get")
  r[[3L]]
}
ct_api_claims_opts_bounds <- function(key) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_opts_bounds"), key)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_claims_opts_bounds")
  r[-(1:2)]
}
ct_api_claims_parse <- function(text, source_name) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_parse"), text, source_name)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_claims_parse")
  r[-(1:2)]
}
ct_api_claims_parse_lenient <- function(text, source_name) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_parse_lenient"), text, source_name)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_claims_parse_lenient")
  r[-(1:2)]
}
ct_api_claims_free <- function(c) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_free"), c)
  invisible(NULL)
}
ct_api_claims_errmsg <- function(c) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_errmsg"), c)
  r[[1L]]
}
ct_api_claims_error <- function(c) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_error"), c)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_claims_error")
  r[[3L]]
}
ct_api_claims_check <- function(c, opts, data) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_check"), c, opts, data)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_claims_check")
  r[[3L]]
}
ct_api_claims_count <- function(c) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_count"), c)
  r[[1L]]
}
ct_api_claims_find <- function(c, id) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_find"), c, id)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_claims_find")
  r[[3L]]
}
ct_api_claims_id <- function(c, i) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_id"), c, i)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_claims_id")
  r[[3L]]
}
ct_api_claims_quote <- function(c, i) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_quote"), c, i)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_claims_quote")
  r[[3L]]
}
ct_api_claims_source <- function(c, i) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_source"), c, i)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_claims_source")
  r[[3L]]
}
ct_api_claims_text <- function(c, i) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_text"), c, i)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_claims_text")
  r[[3L]]
}
ct_api_claims_line <- function(c, i) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_line"), c, i)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_claims_line")
  r[[3L]]
}
ct_api_claims_verdict <- function(c, i) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_verdict"), c, i)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_claims_verdict")
  r[[3L]]
}
ct_api_claims_verdict_name <- function(verdict) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_verdict_name"), verdict)
  r[[1L]]
}
ct_api_claims_figure <- function(c, i, which) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_figure"), c, i, which)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_claims_figure")
  r[[3L]]
}
ct_api_claims_within_noise <- function(c, i) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_within_noise"), c, i)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_claims_within_noise")
  r[[3L]]
}
ct_api_claims_explanation <- function(c, i) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_explanation"), c, i)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_claims_explanation")
  r[[3L]]
}
ct_api_claims_counts <- function(c) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_counts"), c)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_claims_counts")
  r[-(1:2)]
}
ct_api_claims_kind_of <- function(c, i) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_kind_of"), c, i)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_claims_kind_of")
  r[[3L]]
}
ct_api_claims_n_terms <- function(c, i) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_n_terms"), c, i)
  r[[1L]]
}
ct_api_claims_term_group <- function(c, i, j) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_term_group"), c, i, j)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_claims_term_group")
  r[[3L]]
}
ct_api_claims_term_region <- function(c, i, j) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_term_region"), c, i, j)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_claims_term_region")
  r[[3L]]
}
ct_api_claims_term_metric <- function(c, i, j) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_term_metric"), c, i, j)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_claims_term_metric")
  r[[3L]]
}
ct_api_claims_term_side <- function(c, i, j) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_term_side"), c, i, j)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_claims_term_side")
  r[[3L]]
}
ct_api_claims_target <- function(c, i) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_target"), c, i)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_claims_target")
  r[-(1:2)]
}
ct_api_claims_base <- function(c, i) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_base"), c, i)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_claims_base")
  r[-(1:2)]
}
ct_api_claims_n_errors <- function(c) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_n_errors"), c)
  r[[1L]]
}
ct_api_claims_error_at <- function(c, k) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_error_at"), c, k)
  r[[1L]]
}
ct_api_claims_claim_error <- function(c, i) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_claim_error"), c, i)
  r[-2L]
}
ct_api_claims_note <- function(c, i) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_note"), c, i)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_claims_note")
  r[[3L]]
}
ct_api_claims_n_invalid <- function(c) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_claims_n_invalid"), c)
  r[[1L]]
}
ct_api_figure_new <- function() {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_figure_new"))
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_figure_new")
  r[-(1:2)]
}
ct_api_figure_free <- function(fig) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_figure_free"), fig)
  invisible(NULL)
}
ct_api_figure_add_panel <- function(fig, start, y) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_figure_add_panel"), fig, start, y)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_figure_add_panel")
  r[[3L]]
}
ct_api_figure_add_series <- function(fig, f, index, first, last) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_figure_add_series"), fig, f, index, first, last)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_figure_add_series")
  r[-(1:2)]
}
ct_api_figure_add_claim <- function(fig, cl, i, all) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_figure_add_claim"), fig, cl, i, all)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_figure_add_claim")
  r[[3L]]
}
ct_api_figure_add_rolling <- function(fig, panel, window, align) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_figure_add_rolling"), fig, panel, window, align)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_figure_add_rolling")
  invisible(NULL)
}
ct_api_figure_add_fit <- function(fig, panel, m) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_figure_add_fit"), fig, panel, m)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_figure_add_fit")
  invisible(NULL)
}
ct_api_figure_add_forecast <- function(fig, panel, f) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_figure_add_forecast"), fig, panel, f)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_figure_add_forecast")
  invisible(NULL)
}
ct_api_figure_add_span <- function(fig, panel, from, to, kind) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_figure_add_span"), fig, panel, from, to, kind)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_figure_add_span")
  invisible(NULL)
}
ct_api_figure_add_mark <- function(fig, panel, month, kind, label) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_figure_add_mark"), fig, panel, month, kind, label)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_figure_add_mark")
  invisible(NULL)
}
ct_api_figure_set_text <- function(fig, which, text) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_figure_set_text"), fig, which, text)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_figure_set_text")
  invisible(NULL)
}
ct_api_figure_panel_set_text <- function(fig, panel, which, text) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_figure_panel_set_text"), fig, panel, which, text)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_figure_panel_set_text")
  invisible(NULL)
}
ct_api_figure_set_options <- function(fig, style, width, height, label_spans) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_figure_set_options"), fig, style, width, height, label_spans)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_figure_set_options")
  invisible(NULL)
}
ct_api_figure_n_panels <- function(fig) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_figure_n_panels"), fig)
  r[[1L]]
}
ct_api_figure_options <- function(fig) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_figure_options"), fig)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_figure_options")
  r[-(1:2)]
}
ct_api_figure_panel_months <- function(fig, panel) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_figure_panel_months"), fig, panel)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_figure_panel_months")
  r[-(1:2)]
}
ct_api_figure_x_range <- function(fig) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_figure_x_range"), fig)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_figure_x_range")
  r[-(1:2)]
}
ct_api_figure_panel_vector <- function(fig, panel, which) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_figure_panel_vector"), fig, panel, which)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_figure_panel_vector")
  r[[3L]]
}
ct_api_figure_panel_missing <- function(fig, panel) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_figure_panel_missing"), fig, panel)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_figure_panel_missing")
  r[[3L]]
}
ct_api_figure_panel_n_spans <- function(fig, panel) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_figure_panel_n_spans"), fig, panel)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_figure_panel_n_spans")
  r[[3L]]
}
ct_api_figure_panel_span <- function(fig, panel, k) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_figure_panel_span"), fig, panel, k)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_figure_panel_span")
  r[-(1:2)]
}
ct_api_figure_panel_n_marks <- function(fig, panel) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_figure_panel_n_marks"), fig, panel)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_figure_panel_n_marks")
  r[[3L]]
}
ct_api_figure_panel_mark <- function(fig, panel, k) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_figure_panel_mark"), fig, panel, k)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_figure_panel_mark")
  r[-(1:2)]
}
ct_api_figure_panel_mark_label <- function(fig, panel, k) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_figure_panel_mark_label"), fig, panel, k)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_figure_panel_mark_label")
  r[[3L]]
}
ct_api_figure_text <- function(fig, which) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_figure_text"), fig, which)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_figure_text")
  r[[3L]]
}
ct_api_figure_panel_text <- function(fig, panel, which) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_figure_panel_text"), fig, panel, which)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_figure_panel_text")
  r[[3L]]
}
ct_api_figure_device_from_path <- function(path) {
  r <- .Call(ct_api_sym_("ctr_api_ctrend_figure_device_from_path"), path)
  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], "ctrend_figure_device_from_path")
  r[[3L]]
}

