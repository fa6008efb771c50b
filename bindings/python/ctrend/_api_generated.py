"""Generated from api/ctrend_api.h by bindings/gen/gen_api.py. DO NOT EDIT.

Edit the definition and run: /usr/bin/python3 bindings/gen/gen_api.py

Contents (standard library only; nothing here loads the library):
  ENUMS[tag][NAME] = value, and every enum value as a module constant (CTREND_OK, ...);
  CONSTANTS[NAME] = value of each numeric CTREND_ #define, also as module constants;
  FUNCTIONS[name] = (return type, return role, header, ((param, C type, role, args), ...));
  declare_all(lib): set restype/argtypes of every function the loaded CDLL exports;
  check_arg(func, param, value): the value converted for ctypes, or ValueError/TypeError
  naming the function, the argument and its allowed range (api/ctrend_api.h roles).
"""
import ctypes
import numbers
import operator

DEFINITION_SHA256 = '4548884554a72a9d3697dedaef50bfe8a3121ec59e51cc55520651e7c056b6e0'
_INF = float("inf")

ENUMS = {
    'ctrend_status': {
        'CTREND_OK': 0,
        'CTREND_EINVAL': 1,
        'CTREND_ENOMEM': 2,
        'CTREND_EIO': 3,
        'CTREND_EPARSE': 4,
        'CTREND_EDOMAIN': 5,
        'CTREND_ESHORT': 6,
        'CTREND_ENOCONV': 7,
        'CTREND_ESINGULAR': 8,
        'CTREND_ENUMERIC': 9,
        'CTREND_EDUPLICATE': 10,
        'CTREND_ERAGGED': 11,
        'CTREND_EEMPTY': 12,
        'CTREND_ENOTFOUND': 13,
        'CTREND_ERANGE': 14,
        'CTREND_EALLZERO': 15,
        'CTREND_ESEPARATION': 16,
        'CTREND_EUNSUPPORTED': 17,
        'CTREND_ELIMIT': 18,
        'CTREND_ECANCELED': 19,
    },
    'ctrend_shape': {
        'CTREND_SHAPE_AUTO': 0,
        'CTREND_SHAPE_WIDE': 1,
        'CTREND_SHAPE_LONG': 2,
        'CTREND_SHAPE_EVENT': 3,
    },
    'ctrend_read_option': {
        'CTREND_READ_SHAPE': 0,
        'CTREND_READ_DUPLICATES': 1,
        'CTREND_READ_REQUIRE_COUNTS': 2,
        'CTREND_READ_FROM': 3,
        'CTREND_READ_TO': 4,
        'CTREND_READ_DELIM': 5,
        'CTREND_READ_THOUSANDS': 6,
        'CTREND_READ_DECIMAL': 7,
        'CTREND_READ_MAX_RECORD': 8,
        'CTREND_READ_FAST_SPLIT': 9,
        'CTREND_READ_DATE_COL': 10,
        'CTREND_READ_GROUP_COL': 11,
        'CTREND_READ_REGION_COL': 12,
        'CTREND_READ_METRIC_COL': 13,
        'CTREND_READ_VALUE_COL': 14,
        'CTREND_READ_SUM_COL': 15,
        'CTREND_READ_SOURCE_NAME': 16,
        'CTREND_READ_DATE_FORMAT': 17,
        'CTREND_READ_METRIC': 18,
        'CTREND_READ_NONCOUNT_COL': 19,
        'CTREND_READ_THREADS': 20,
        'CTREND_READ_CHUNK_BYTES': 21,
    },
    'ctrend_read_type': {
        'CTREND_READ_TYPE_NONE': 0,
        'CTREND_READ_TYPE_INT': 1,
        'CTREND_READ_TYPE_STR': 2,
    },
    'ctrend_align': {
        'CTREND_ALIGN_TRAILING': 0,
        'CTREND_ALIGN_CENTRED': 1,
        'CTREND_ALIGN_CENTRED_ZOO': 2,
    },
    'ctrend_undef_reason': {
        'CTREND_DEFINED': 0,
        'CTREND_UNDEF_NO_HISTORY': 1,
        'CTREND_UNDEF_MISSING_CURRENT': 2,
        'CTREND_UNDEF_MISSING_BASE': 3,
        'CTREND_UNDEF_ZERO_BASE': 4,
        'CTREND_UNDEF_OVERFLOW': 5,
    },
    'ctrend_family': {
        'CTREND_FAMILY_POISSON': 0,
        'CTREND_FAMILY_QUASIPOISSON': 1,
        'CTREND_FAMILY_NEGBIN': 2,
        'CTREND_FAMILY_GAUSSIAN': 3,
    },
    'ctrend_model_opt': {
        'CTREND_OPT_EPSILON': 0,
        'CTREND_OPT_MAXIT': 1,
        'CTREND_OPT_LEVEL': 2,
        'CTREND_OPT_RANK_TOL': 3,
        'CTREND_OPT_SEP_TOL': 4,
        'CTREND_OPT_THETA_MAX': 5,
        'CTREND_OPT_HALVE_ON_RISE': 6,
        'CTREND_OPT_THETA_EPS': 7,
        'CTREND_OPT_MIN_SEGMENT': 9,
        'CTREND_OPT_N_BOOT': 10,
        'CTREND_OPT_SEED': 11,
        'CTREND_OPT_N_THREADS': 12,
    },
    'ctrend_model_vec': {
        'CTREND_MV_COEF': 0,
        'CTREND_MV_SE': 1,
        'CTREND_MV_STAT': 2,
        'CTREND_MV_PVALUE': 3,
        'CTREND_MV_CI_LO': 4,
        'CTREND_MV_CI_HI': 5,
        'CTREND_MV_EXP_COEF': 6,
        'CTREND_MV_EXP_CI_LO': 7,
        'CTREND_MV_EXP_CI_HI': 8,
        'CTREND_MV_FITTED': 9,
        'CTREND_MV_RESID_RESPONSE': 10,
        'CTREND_MV_RESID_PEARSON': 11,
        'CTREND_MV_RESID_DEVIANCE': 12,
        'CTREND_MV_LINPRED': 13,
        'CTREND_MV_VCOV': 14,
    },
    'ctrend_model_sca': {
        'CTREND_MS_NOBS': 0,
        'CTREND_MS_DEVIANCE': 1,
        'CTREND_MS_NULL_DEVIANCE': 2,
        'CTREND_MS_DF_RESIDUAL': 3,
        'CTREND_MS_DF_NULL': 4,
        'CTREND_MS_LOGLIK': 5,
        'CTREND_MS_AIC': 6,
        'CTREND_MS_BIC': 7,
        'CTREND_MS_PEARSON_CHI2': 8,
        'CTREND_MS_DISPERSION': 9,
        'CTREND_MS_SCALE': 10,
        'CTREND_MS_ITERATIONS': 11,
        'CTREND_MS_THETA': 12,
        'CTREND_MS_SE_THETA': 13,
        'CTREND_MS_NB_FALLBACK': 14,
        'CTREND_MS_SIGMA': 15,
        'CTREND_MS_R2': 16,
        'CTREND_MS_ADJ_R2': 17,
        'CTREND_MS_FSTAT': 18,
        'CTREND_MS_F_PVALUE': 19,
        'CTREND_MS_CT_ALPHA1': 20,
        'CTREND_MS_CT_Z1': 21,
        'CTREND_MS_CT_P1': 22,
        'CTREND_MS_CT_ALPHA2': 23,
        'CTREND_MS_CT_Z2': 24,
        'CTREND_MS_CT_P2': 25,
        'CTREND_MS_TREND_PCT_YEAR': 26,
        'CTREND_MS_TREND_PCT_LO': 27,
        'CTREND_MS_TREND_PCT_HI': 28,
        'CTREND_MS_CONVERGED': 29,
        'CTREND_MS_TWOLOGLIK': 30,
    },
    'ctrend_break_kind': {
        'CTREND_BREAK_LEVEL': 0,
        'CTREND_BREAK_LEVEL_SLOPE': 1,
    },
    'ctrend_breaks_sca': {
        'CTREND_BS_LR': 0,
        'CTREND_BS_PVALUE': 1,
        'CTREND_BS_LOGLIK0': 2,
        'CTREND_BS_LOGLIK1': 3,
        'CTREND_BS_INDEX': 4,
        'CTREND_BS_NCAND': 5,
    },
    'ctrend_predict_kind': {
        'CTREND_PREDICT_LINK': 0,
        'CTREND_PREDICT_RESPONSE': 1,
    },
    'ctrend_predict_col': {
        'CTREND_PRED_FIT': 0,
        'CTREND_PRED_SE': 1,
        'CTREND_PRED_LO': 2,
        'CTREND_PRED_HI': 3,
    },
    'ctrend_forecast_vec': {
        'CTREND_FV_MEAN': 0,
        'CTREND_FV_SE_LINK': 1,
        'CTREND_FV_SIM_MEAN': 2,
        'CTREND_FV_LINPRED': 3,
    },
    'ctrend_interval_kind': {
        'CTREND_FI_MEAN': 0,
        'CTREND_FI_PLUGIN': 1,
        'CTREND_FI_PREDICTIVE': 2,
    },
    'ctrend_alternative': {
        'CTREND_TWO_SIDED': 0,
        'CTREND_LESS': 1,
        'CTREND_GREATER': 2,
    },
    'ctrend_baseline': {
        'CTREND_BASELINE_ZERO': 0,
        'CTREND_BASELINE_LAST': 1,
        'CTREND_BASELINE_MEAN': 2,
        'CTREND_BASELINE_SEASONAL': 3,
        'CTREND_BASELINE_CONFLICTOLOGY': 4,
    },
    'ctrend_baseline_opt': {
        'CTREND_BASELINE_OPT_KIND': 0,
        'CTREND_BASELINE_OPT_K': 1,
        'CTREND_BASELINE_OPT_N_SAMPLES': 2,
        'CTREND_BASELINE_OPT_SEED': 3,
    },
    'ctrend_backtest_metric': {
        'CTREND_BT_MAE': 0,
        'CTREND_BT_RMSE': 1,
        'CTREND_BT_MSLE': 2,
        'CTREND_BT_CRPS': 3,
        'CTREND_BT_IGN': 4,
        'CTREND_BT_IS90': 5,
        'CTREND_BT_COV90': 6,
        'CTREND_BT_N': 7,
    },
    'ctrend_batch_opt': {
        'CTREND_BATCH_THREADS': 0,
        'CTREND_BATCH_LANES': 1,
        'CTREND_BATCH_ERRORS': 2,
        'CTREND_BATCH_ALIGN': 3,
    },
    'ctrend_verdict': {
        'CTREND_VERDICT_SUPPORTED': 0,
        'CTREND_VERDICT_CONTRADICTED': 1,
        'CTREND_VERDICT_UNVERIFIABLE': 2,
        'CTREND_VERDICT_UNCHECKED': 3,
        'CTREND_VERDICT_INVALID': 4,
    },
    'ctrend_claims_figure': {
        'CTREND_CLAIMS_COMPUTED': 0,
        'CTREND_CLAIMS_QUOTED': 1,
        'CTREND_CLAIMS_RATIO': 2,
        'CTREND_CLAIMS_CI_LOWER': 3,
        'CTREND_CLAIMS_CI_UPPER': 4,
        'CTREND_CLAIMS_P_VALUE': 5,
        'CTREND_CLAIMS_P_CLAIM': 6,
        'CTREND_CLAIMS_RATIO_PER_DAY': 7,
        'CTREND_CLAIMS_BOUND': 8,
    },
    'ctrend_claims_kind': {
        'CTREND_CLAIMS_KIND_VALUE': 0,
        'CTREND_CLAIMS_KIND_SUM': 1,
        'CTREND_CLAIMS_KIND_MEAN': 2,
        'CTREND_CLAIMS_KIND_DAILY': 3,
        'CTREND_CLAIMS_KIND_CHANGE': 4,
        'CTREND_CLAIMS_KIND_RECORD': 5,
        'CTREND_CLAIMS_KIND_TREND': 6,
        'CTREND_CLAIMS_KIND_SHARE': 7,
        'CTREND_CLAIMS_KIND_RANK': 8,
    },
    'ctrend_figure_layer': {
        'CTREND_FIGURE_Y': 0,
        'CTREND_FIGURE_ROLLING': 1,
        'CTREND_FIGURE_FITTED': 2,
        'CTREND_FIGURE_FORECAST_MEAN': 3,
        'CTREND_FIGURE_PI80_LO': 4,
        'CTREND_FIGURE_PI80_HI': 5,
        'CTREND_FIGURE_PI95_LO': 6,
        'CTREND_FIGURE_PI95_HI': 7,
    },
    'ctrend_figure_text_key': {
        'CTREND_FIGURE_TITLE': 0,
        'CTREND_FIGURE_SUBTITLE': 1,
        'CTREND_FIGURE_CAPTION': 2,
        'CTREND_FIGURE_ROLLING_LABEL': 3,
        'CTREND_FIGURE_FIT_LABEL': 4,
        'CTREND_FIGURE_SPAN_LABEL': 5,
        'CTREND_FIGURE_BASE_LABEL': 6,
    },
    'ctrend_figure_panel_text_key': {
        'CTREND_FIGURE_PANEL_TITLE': 0,
        'CTREND_FIGURE_PANEL_YLABEL': 1,
    },
    'ctrend_figure_span_kind': {
        'CTREND_FIGURE_SPAN_MAIN': 0,
        'CTREND_FIGURE_SPAN_BASE': 1,
    },
    'ctrend_figure_mark_kind': {
        'CTREND_FIGURE_MARK_STEP': 0,
        'CTREND_FIGURE_MARK_BREAK': 1,
        'CTREND_FIGURE_MARK_SLOPE': 2,
    },
    'ctrend_figure_style': {
        'CTREND_FIGURE_BARS': 0,
        'CTREND_FIGURE_POINTS': 1,
    },
    'ctrend_figure_device': {
        'CTREND_FIGURE_SVG': 0,
        'CTREND_FIGURE_PNG': 1,
        'CTREND_FIGURE_PDF': 2,
    },
    'ctrend_claims_opt': {
        'CTREND_CLAIMS_OPT_LEVEL': 0,
        'CTREND_CLAIMS_OPT_ALPHA': 1,
        'CTREND_CLAIMS_OPT_ABOUT_RTOL': 2,
        'CTREND_CLAIMS_OPT_BOUND_MAX': 3,
    },
}

CONSTANTS = {
    'CTREND_ERROR_MESSAGE_LEN': 160,
    'CTREND_ERROR_FILE_LEN': 80,
    'CTREND_ERROR_KEY_LEN': 160,
    'CTREND_YEAR_MIN': 1,
    'CTREND_YEAR_MAX': 9999,
    'CTREND_MONTH_STRLEN': 8,
    'CTREND_MONTH_STRLEN_V2': 14,
    'CTREND_READ_SKIPPED_KEPT': 32,
    'CTREND_DESIGN_MAX_FOURIER': 5,
    'CTREND_BREAKS_MAX_WORK': 20000000.0,
    'CTREND_BREAKS_MAX_WORK_LANES': 100000000.0,
    'CTREND_FIT_MAX_WORK': 100000000.0,
    'CTREND_PREDICT_NCOL': 4,
    'CTREND_FORECAST_MAX_HORIZON': 1200,
    'CTREND_FORECAST_MAX_DRAWS': 100000000.0,
    'CTREND_FORECAST_MAX_MEAN': 9007199254740992.0,
    'CTREND_EXACT_COUNT_MAX': 4294967295.0,
    'CTREND_EXACT_TIE_RELERR': 1e-07,
    'CTREND_EXACT_ROOT_RTOL': 1e-14,
    'CTREND_EXACT_ROOT_MAXITER': 300,
    'CTREND_SCORE_CRPS_TOL': 1e-17,
    'CTREND_SCORE_CRPS_MAX_TERMS': 50000000,
    'CTREND_SCORE_IGN_NBINS': 11,
    'CTREND_SCORE_IGN_ALPHA': 1.0,
    'CTREND_SCORE_IGN_FLOOR': 1e-10,
    'CTREND_BASELINE_COUNT': 5,
    'CTREND_BASELINE_SEASON': 12,
    'CTREND_BASELINE_POISSON_MAX': 9007199254740992.0,
    'CTREND_BASELINE_OPT_COUNT': 4,
    'CTREND_BT_METRIC_COUNT': 8,
    'CTREND_BACKTEST_MAX_DRAWS': 100000000.0,
    'CTREND_BATCH_THREADS_MAX': 1024,
    'CTREND_CLAIMS_LEVEL': 0.95,
    'CTREND_CLAIMS_ALPHA': 0.05,
    'CTREND_CLAIMS_ABOUT_RTOL': 0.1,
    'CTREND_CLAIMS_BOUND_MAX': 100000,
    'CTREND_CLAIMS_NO_MONTH': -2147483648,
    'CTREND_FIGURE_MAX_PANELS': 12,
    'CTREND_FIGURE_MAX_MONTHS': 100000,
}

CTREND_OK = 0
CTREND_EINVAL = 1
CTREND_ENOMEM = 2
CTREND_EIO = 3
CTREND_EPARSE = 4
CTREND_EDOMAIN = 5
CTREND_ESHORT = 6
CTREND_ENOCONV = 7
CTREND_ESINGULAR = 8
CTREND_ENUMERIC = 9
CTREND_EDUPLICATE = 10
CTREND_ERAGGED = 11
CTREND_EEMPTY = 12
CTREND_ENOTFOUND = 13
CTREND_ERANGE = 14
CTREND_EALLZERO = 15
CTREND_ESEPARATION = 16
CTREND_EUNSUPPORTED = 17
CTREND_ELIMIT = 18
CTREND_ECANCELED = 19
CTREND_SHAPE_AUTO = 0
CTREND_SHAPE_WIDE = 1
CTREND_SHAPE_LONG = 2
CTREND_SHAPE_EVENT = 3
CTREND_READ_SHAPE = 0
CTREND_READ_DUPLICATES = 1
CTREND_READ_REQUIRE_COUNTS = 2
CTREND_READ_FROM = 3
CTREND_READ_TO = 4
CTREND_READ_DELIM = 5
CTREND_READ_THOUSANDS = 6
CTREND_READ_DECIMAL = 7
CTREND_READ_MAX_RECORD = 8
CTREND_READ_FAST_SPLIT = 9
CTREND_READ_DATE_COL = 10
CTREND_READ_GROUP_COL = 11
CTREND_READ_REGION_COL = 12
CTREND_READ_METRIC_COL = 13
CTREND_READ_VALUE_COL = 14
CTREND_READ_SUM_COL = 15
CTREND_READ_SOURCE_NAME = 16
CTREND_READ_DATE_FORMAT = 17
CTREND_READ_METRIC = 18
CTREND_READ_NONCOUNT_COL = 19
CTREND_READ_THREADS = 20
CTREND_READ_CHUNK_BYTES = 21
CTREND_READ_TYPE_NONE = 0
CTREND_READ_TYPE_INT = 1
CTREND_READ_TYPE_STR = 2
CTREND_ALIGN_TRAILING = 0
CTREND_ALIGN_CENTRED = 1
CTREND_ALIGN_CENTRED_ZOO = 2
CTREND_DEFINED = 0
CTREND_UNDEF_NO_HISTORY = 1
CTREND_UNDEF_MISSING_CURRENT = 2
CTREND_UNDEF_MISSING_BASE = 3
CTREND_UNDEF_ZERO_BASE = 4
CTREND_UNDEF_OVERFLOW = 5
CTREND_FAMILY_POISSON = 0
CTREND_FAMILY_QUASIPOISSON = 1
CTREND_FAMILY_NEGBIN = 2
CTREND_FAMILY_GAUSSIAN = 3
CTREND_OPT_EPSILON = 0
CTREND_OPT_MAXIT = 1
CTREND_OPT_LEVEL = 2
CTREND_OPT_RANK_TOL = 3
CTREND_OPT_SEP_TOL = 4
CTREND_OPT_THETA_MAX = 5
CTREND_OPT_HALVE_ON_RISE = 6
CTREND_OPT_THETA_EPS = 7
CTREND_OPT_MIN_SEGMENT = 9
CTREND_OPT_N_BOOT = 10
CTREND_OPT_SEED = 11
CTREND_OPT_N_THREADS = 12
CTREND_MV_COEF = 0
CTREND_MV_SE = 1
CTREND_MV_STAT = 2
CTREND_MV_PVALUE = 3
CTREND_MV_CI_LO = 4
CTREND_MV_CI_HI = 5
CTREND_MV_EXP_COEF = 6
CTREND_MV_EXP_CI_LO = 7
CTREND_MV_EXP_CI_HI = 8
CTREND_MV_FITTED = 9
CTREND_MV_RESID_RESPONSE = 10
CTREND_MV_RESID_PEARSON = 11
CTREND_MV_RESID_DEVIANCE = 12
CTREND_MV_LINPRED = 13
CTREND_MV_VCOV = 14
CTREND_MS_NOBS = 0
CTREND_MS_DEVIANCE = 1
CTREND_MS_NULL_DEVIANCE = 2
CTREND_MS_DF_RESIDUAL = 3
CTREND_MS_DF_NULL = 4
CTREND_MS_LOGLIK = 5
CTREND_MS_AIC = 6
CTREND_MS_BIC = 7
CTREND_MS_PEARSON_CHI2 = 8
CTREND_MS_DISPERSION = 9
CTREND_MS_SCALE = 10
CTREND_MS_ITERATIONS = 11
CTREND_MS_THETA = 12
CTREND_MS_SE_THETA = 13
CTREND_MS_NB_FALLBACK = 14
CTREND_MS_SIGMA = 15
CTREND_MS_R2 = 16
CTREND_MS_ADJ_R2 = 17
CTREND_MS_FSTAT = 18
CTREND_MS_F_PVALUE = 19
CTREND_MS_CT_ALPHA1 = 20
CTREND_MS_CT_Z1 = 21
CTREND_MS_CT_P1 = 22
CTREND_MS_CT_ALPHA2 = 23
CTREND_MS_CT_Z2 = 24
CTREND_MS_CT_P2 = 25
CTREND_MS_TREND_PCT_YEAR = 26
CTREND_MS_TREND_PCT_LO = 27
CTREND_MS_TREND_PCT_HI = 28
CTREND_MS_CONVERGED = 29
CTREND_MS_TWOLOGLIK = 30
CTREND_BREAK_LEVEL = 0
CTREND_BREAK_LEVEL_SLOPE = 1
CTREND_BS_LR = 0
CTREND_BS_PVALUE = 1
CTREND_BS_LOGLIK0 = 2
CTREND_BS_LOGLIK1 = 3
CTREND_BS_INDEX = 4
CTREND_BS_NCAND = 5
CTREND_PREDICT_LINK = 0
CTREND_PREDICT_RESPONSE = 1
CTREND_PRED_FIT = 0
CTREND_PRED_SE = 1
CTREND_PRED_LO = 2
CTREND_PRED_HI = 3
CTREND_FV_MEAN = 0
CTREND_FV_SE_LINK = 1
CTREND_FV_SIM_MEAN = 2
CTREND_FV_LINPRED = 3
CTREND_FI_MEAN = 0
CTREND_FI_PLUGIN = 1
CTREND_FI_PREDICTIVE = 2
CTREND_TWO_SIDED = 0
CTREND_LESS = 1
CTREND_GREATER = 2
CTREND_BASELINE_ZERO = 0
CTREND_BASELINE_LAST = 1
CTREND_BASELINE_MEAN = 2
CTREND_BASELINE_SEASONAL = 3
CTREND_BASELINE_CONFLICTOLOGY = 4
CTREND_BASELINE_OPT_KIND = 0
CTREND_BASELINE_OPT_K = 1
CTREND_BASELINE_OPT_N_SAMPLES = 2
CTREND_BASELINE_OPT_SEED = 3
CTREND_BT_MAE = 0
CTREND_BT_RMSE = 1
CTREND_BT_MSLE = 2
CTREND_BT_CRPS = 3
CTREND_BT_IGN = 4
CTREND_BT_IS90 = 5
CTREND_BT_COV90 = 6
CTREND_BT_N = 7
CTREND_BATCH_THREADS = 0
CTREND_BATCH_LANES = 1
CTREND_BATCH_ERRORS = 2
CTREND_BATCH_ALIGN = 3
CTREND_VERDICT_SUPPORTED = 0
CTREND_VERDICT_CONTRADICTED = 1
CTREND_VERDICT_UNVERIFIABLE = 2
CTREND_VERDICT_UNCHECKED = 3
CTREND_VERDICT_INVALID = 4
CTREND_CLAIMS_COMPUTED = 0
CTREND_CLAIMS_QUOTED = 1
CTREND_CLAIMS_RATIO = 2
CTREND_CLAIMS_CI_LOWER = 3
CTREND_CLAIMS_CI_UPPER = 4
CTREND_CLAIMS_P_VALUE = 5
CTREND_CLAIMS_P_CLAIM = 6
CTREND_CLAIMS_RATIO_PER_DAY = 7
CTREND_CLAIMS_BOUND = 8
CTREND_CLAIMS_KIND_VALUE = 0
CTREND_CLAIMS_KIND_SUM = 1
CTREND_CLAIMS_KIND_MEAN = 2
CTREND_CLAIMS_KIND_DAILY = 3
CTREND_CLAIMS_KIND_CHANGE = 4
CTREND_CLAIMS_KIND_RECORD = 5
CTREND_CLAIMS_KIND_TREND = 6
CTREND_CLAIMS_KIND_SHARE = 7
CTREND_CLAIMS_KIND_RANK = 8
CTREND_FIGURE_Y = 0
CTREND_FIGURE_ROLLING = 1
CTREND_FIGURE_FITTED = 2
CTREND_FIGURE_FORECAST_MEAN = 3
CTREND_FIGURE_PI80_LO = 4
CTREND_FIGURE_PI80_HI = 5
CTREND_FIGURE_PI95_LO = 6
CTREND_FIGURE_PI95_HI = 7
CTREND_FIGURE_TITLE = 0
CTREND_FIGURE_SUBTITLE = 1
CTREND_FIGURE_CAPTION = 2
CTREND_FIGURE_ROLLING_LABEL = 3
CTREND_FIGURE_FIT_LABEL = 4
CTREND_FIGURE_SPAN_LABEL = 5
CTREND_FIGURE_BASE_LABEL = 6
CTREND_FIGURE_PANEL_TITLE = 0
CTREND_FIGURE_PANEL_YLABEL = 1
CTREND_FIGURE_SPAN_MAIN = 0
CTREND_FIGURE_SPAN_BASE = 1
CTREND_FIGURE_MARK_STEP = 0
CTREND_FIGURE_MARK_BREAK = 1
CTREND_FIGURE_MARK_SLOPE = 2
CTREND_FIGURE_BARS = 0
CTREND_FIGURE_POINTS = 1
CTREND_FIGURE_SVG = 0
CTREND_FIGURE_PNG = 1
CTREND_FIGURE_PDF = 2
CTREND_CLAIMS_OPT_LEVEL = 0
CTREND_CLAIMS_OPT_ALPHA = 1
CTREND_CLAIMS_OPT_ABOUT_RTOL = 2
CTREND_CLAIMS_OPT_BOUND_MAX = 3
CTREND_ERROR_MESSAGE_LEN = 160
CTREND_ERROR_FILE_LEN = 80
CTREND_ERROR_KEY_LEN = 160
CTREND_YEAR_MIN = 1
CTREND_YEAR_MAX = 9999
CTREND_MONTH_STRLEN = 8
CTREND_MONTH_STRLEN_V2 = 14
CTREND_READ_SKIPPED_KEPT = 32
CTREND_DESIGN_MAX_FOURIER = 5
CTREND_BREAKS_MAX_WORK = 20000000.0
CTREND_BREAKS_MAX_WORK_LANES = 100000000.0
CTREND_FIT_MAX_WORK = 100000000.0
CTREND_PREDICT_NCOL = 4
CTREND_FORECAST_MAX_HORIZON = 1200
CTREND_FORECAST_MAX_DRAWS = 100000000.0
CTREND_FORECAST_MAX_MEAN = 9007199254740992.0
CTREND_EXACT_COUNT_MAX = 4294967295.0
CTREND_EXACT_TIE_RELERR = 1e-07
CTREND_EXACT_ROOT_RTOL = 1e-14
CTREND_EXACT_ROOT_MAXITER = 300
CTREND_SCORE_CRPS_TOL = 1e-17
CTREND_SCORE_CRPS_MAX_TERMS = 50000000
CTREND_SCORE_IGN_NBINS = 11
CTREND_SCORE_IGN_ALPHA = 1.0
CTREND_SCORE_IGN_FLOOR = 1e-10
CTREND_BASELINE_COUNT = 5
CTREND_BASELINE_SEASON = 12
CTREND_BASELINE_POISSON_MAX = 9007199254740992.0
CTREND_BASELINE_OPT_COUNT = 4
CTREND_BT_METRIC_COUNT = 8
CTREND_BACKTEST_MAX_DRAWS = 100000000.0
CTREND_BATCH_THREADS_MAX = 1024
CTREND_CLAIMS_LEVEL = 0.95
CTREND_CLAIMS_ALPHA = 0.05
CTREND_CLAIMS_ABOUT_RTOL = 0.1
CTREND_CLAIMS_BOUND_MAX = 100000
CTREND_CLAIMS_NO_MONTH = -2147483648
CTREND_FIGURE_MAX_PANELS = 12
CTREND_FIGURE_MAX_MONTHS = 100000

FUNCTIONS = {
    'ctrend_strerror': ('const char *', 'STRING', 'common', (
        ('status', 'int', 'IN', ()),
    )),
    'ctrend_status_name': ('const char *', 'STRING', 'common', (
        ('status', 'int', 'IN', ()),
    )),
    'ctrend_status_count': ('int', 'VALUE', 'common', (
    )),
    'ctrend_version_number': ('int', 'VALUE', 'common', (
    )),
    'ctrend_version_string': ('const char *', 'STRING', 'common', (
    )),
    'ctrend_init': ('void', 'VOID', 'common', (
    )),
    'ctrend_error_sizeof': ('size_t', 'VALUE', 'error', (
    )),
    'ctrend_error_clear': ('void', 'VOID', 'error', (
        ('err', 'ctrend_error *', 'ERROR_OUT', ()),
    )),
    'ctrend_error_set': ('int', 'VALUE', 'error', (
        ('err', 'ctrend_error *', 'ERROR_OUT', ()),
        ('code', 'int', 'ENUM', ('ctrend_status',)),
        ('file', 'const char *', 'STR_OPT', ()),
        ('line', 'int64_t', 'IN', ()),
        ('column', 'int64_t', 'IN', ()),
        ('key', 'const char *', 'STR_OPT', ()),
        ('message', 'const char *', 'STR_OPT', ()),
    )),
    'ctrend_error_format': ('int', 'STATUS', 'error', (
        ('err', 'const ctrend_error *', 'ERROR_IN', ()),
        ('buf', 'char *', 'STRBUF', ('cap',)),
        ('cap', 'size_t', 'CAP', ()),
        ('needed', 'size_t *', 'NEEDED', ()),
    )),
    'ctrend_month_parse': ('int', 'STATUS', 'month', (
        ('s', 'const char *', 'BYTES', ('len',)),
        ('len', 'size_t', 'LEN', ()),
        ('out', 'int32_t *', 'OUT', ()),
    )),
    'ctrend_month_make': ('int', 'STATUS', 'month', (
        ('year', 'int32_t', 'RANGE', ('CTREND_YEAR_MIN', 'CTREND_YEAR_MAX')),
        ('month_of_year', 'int32_t', 'RANGE', ('1', '12')),
        ('out', 'int32_t *', 'OUT', ()),
    )),
    'ctrend_month_year': ('int32_t', 'VALUE', 'month', (
        ('month', 'int32_t', 'IN', ()),
    )),
    'ctrend_month_of_year': ('int32_t', 'VALUE', 'month', (
        ('month', 'int32_t', 'IN', ()),
    )),
    'ctrend_month_days': ('int32_t', 'VALUE', 'month', (
        ('month', 'int32_t', 'IN', ()),
    )),
    'ctrend_month_add': ('int32_t', 'VALUE', 'month', (
        ('month', 'int32_t', 'IN', ()),
        ('n_months', 'int32_t', 'IN', ()),
    )),
    'ctrend_month_format': ('int', 'STATUS', 'month', (
        ('month', 'int32_t', 'RANGE', ('MONTH_MIN', 'MONTH_MAX')),
        ('buf', 'char *', 'STRBUF', ('cap', 'CTREND_MONTH_STRLEN')),
        ('cap', 'size_t', 'CAP', ()),
    )),
    'ctrend_month_format_v2': ('int', 'STATUS', 'month', (
        ('month', 'int32_t', 'IN', ()),
        ('buf', 'char *', 'STRBUF', ('cap', 'CTREND_MONTH_STRLEN_V2')),
        ('cap', 'size_t', 'CAP', ()),
    )),
    'ctrend_month_parse_v2': ('int', 'STATUS', 'month', (
        ('s', 'const char *', 'BYTES', ('len',)),
        ('len', 'size_t', 'LEN', ()),
        ('out', 'int32_t *', 'OUT', ()),
    )),
    'ctrend_frame_new': ('int', 'STATUS', 'frame', (
        ('out', 'ctrend_frame **', 'HANDLE_OUT', ()),
    )),
    'ctrend_frame_free': ('void', 'FREE', 'frame', (
        ('f', 'ctrend_frame *', 'HANDLE_OPT', ()),
    )),
    'ctrend_frame_add_series': ('int', 'STATUS', 'frame', (
        ('f', 'ctrend_frame *', 'HANDLE', ()),
        ('group', 'const char *', 'STR_OPT', ()),
        ('region', 'const char *', 'STR_OPT', ()),
        ('metric', 'const char *', 'STR_OPT', ()),
        ('index', 'size_t *', 'OUT', ()),
    )),
    'ctrend_frame_find': ('int', 'STATUS', 'frame', (
        ('f', 'const ctrend_frame *', 'HANDLE', ()),
        ('group', 'const char *', 'STR_OPT', ()),
        ('region', 'const char *', 'STR_OPT', ()),
        ('metric', 'const char *', 'STR_OPT', ()),
        ('index', 'size_t *', 'OUT', ()),
    )),
    'ctrend_frame_set': ('int', 'STATUS', 'frame', (
        ('f', 'ctrend_frame *', 'HANDLE', ()),
        ('index', 'size_t', 'IN', ()),
        ('month', 'int32_t', 'RANGE', ('MONTH_MIN', 'MONTH_MAX')),
        ('value', 'double', 'IN', ()),
    )),
    'ctrend_frame_accumulate': ('int', 'STATUS', 'frame', (
        ('f', 'ctrend_frame *', 'HANDLE', ()),
        ('index', 'size_t', 'IN', ()),
        ('month', 'int32_t', 'RANGE', ('MONTH_MIN', 'MONTH_MAX')),
        ('value', 'double', 'IN', ()),
    )),
    'ctrend_frame_fill_unset': ('int', 'STATUS', 'frame', (
        ('f', 'ctrend_frame *', 'HANDLE', ()),
        ('index', 'size_t', 'IN', ()),
        ('from_month', 'int32_t', 'RANGE', ('MONTH_MIN', 'MONTH_MAX')),
        ('to_month', 'int32_t', 'RANGE', ('MONTH_MIN', 'MONTH_MAX')),
        ('value', 'double', 'IN', ()),
    )),
    'ctrend_frame_n_series': ('size_t', 'VALUE', 'frame', (
        ('f', 'const ctrend_frame *', 'HANDLE', ()),
    )),
    'ctrend_frame_start': ('int', 'STATUS', 'frame', (
        ('f', 'const ctrend_frame *', 'HANDLE', ()),
        ('month', 'int32_t *', 'OUT', ()),
    )),
    'ctrend_frame_n_months': ('size_t', 'VALUE', 'frame', (
        ('f', 'const ctrend_frame *', 'HANDLE', ()),
    )),
    'ctrend_frame_group': ('int', 'STATUS', 'frame', (
        ('f', 'const ctrend_frame *', 'HANDLE', ()),
        ('index', 'size_t', 'IN', ()),
        ('out', 'const char **', 'OUT', ()),
    )),
    'ctrend_frame_region': ('int', 'STATUS', 'frame', (
        ('f', 'const ctrend_frame *', 'HANDLE', ()),
        ('index', 'size_t', 'IN', ()),
        ('out', 'const char **', 'OUT', ()),
    )),
    'ctrend_frame_metric': ('int', 'STATUS', 'frame', (
        ('f', 'const ctrend_frame *', 'HANDLE', ()),
        ('index', 'size_t', 'IN', ()),
        ('out', 'const char **', 'OUT', ()),
    )),
    'ctrend_frame_values': ('int', 'STATUS', 'frame', (
        ('f', 'const ctrend_frame *', 'HANDLE', ()),
        ('index', 'size_t', 'IN', ()),
        ('out', 'double *', 'CAP_OUT', ('cap',)),
        ('cap', 'size_t', 'CAP', ()),
        ('needed', 'size_t *', 'NEEDED', ()),
    )),
    'ctrend_frame_get': ('int', 'STATUS', 'frame', (
        ('f', 'const ctrend_frame *', 'HANDLE', ()),
        ('index', 'size_t', 'IN', ()),
        ('month', 'int32_t', 'IN', ()),
        ('value', 'double *', 'OUT', ()),
    )),
    'ctrend_frame_span': ('int', 'STATUS', 'frame', (
        ('f', 'const ctrend_frame *', 'HANDLE', ()),
        ('index', 'size_t', 'IN', ()),
        ('first', 'int32_t *', 'OUT', ()),
        ('last', 'int32_t *', 'OUT', ()),
    )),
    'ctrend_frame_collapse': ('int', 'STATUS', 'frame', (
        ('f', 'const ctrend_frame *', 'HANDLE', ()),
        ('keep_group', 'int', 'BOOL', ()),
        ('keep_region', 'int', 'BOOL', ()),
        ('skip_missing', 'int', 'BOOL', ()),
        ('out', 'ctrend_frame **', 'HANDLE_OUT', ()),
    )),
    'ctrend_frame_window': ('int', 'STATUS', 'frame', (
        ('f', 'const ctrend_frame *', 'HANDLE', ()),
        ('index', 'size_t', 'IN', ()),
        ('first_month', 'int32_t', 'IN', ()),
        ('n_months', 'size_t', 'RANGE', ('1', 'SIZE_MAX')),
        ('out', 'double *', 'CAP_OUT', ('cap',)),
        ('cap', 'size_t', 'CAP', ()),
        ('needed', 'size_t *', 'NEEDED', ()),
    )),
    'ctrend_frame_merge': ('int', 'STATUS', 'frame', (
        ('dst', 'ctrend_frame *', 'HANDLE', ()),
        ('src', 'const ctrend_frame *', 'HANDLE', ()),
        ('src_name', 'const char *', 'STR_OPT', ()),
        ('err', 'ctrend_error *', 'ERROR_OUT', ()),
    )),
    'ctrend_frame_set_values': ('int', 'STATUS', 'frame', (
        ('f', 'ctrend_frame *', 'HANDLE', ()),
        ('index', 'size_t', 'IN', ()),
        ('x', 'const double *', 'ARRAY_IN', ('n',)),
        ('n', 'size_t', 'LEN', ()),
        ('first_month', 'int32_t', 'RANGE', ('MONTH_MIN', 'MONTH_MAX')),
        ('err', 'ctrend_error *', 'ERROR_OUT', ()),
    )),
    'ctrend_reader_new': ('int', 'STATUS', 'io', (
        ('out', 'ctrend_reader **', 'HANDLE_OUT', ()),
        ('err', 'ctrend_error *', 'ERROR_OUT', ()),
    )),
    'ctrend_reader_free': ('void', 'FREE', 'io', (
        ('r', 'ctrend_reader *', 'HANDLE_OPT', ()),
    )),
    'ctrend_reader_set_int': ('int', 'STATUS', 'io', (
        ('r', 'ctrend_reader *', 'HANDLE', ()),
        ('option', 'int', 'ENUM', ('ctrend_read_option',)),
        ('value', 'int64_t', 'IN', ()),
    )),
    'ctrend_reader_set_str': ('int', 'STATUS', 'io', (
        ('r', 'ctrend_reader *', 'HANDLE', ()),
        ('option', 'int', 'ENUM', ('ctrend_read_option',)),
        ('value', 'const char *', 'STR_OPT', ()),
    )),
    'ctrend_reader_feed': ('int', 'STATUS', 'io', (
        ('r', 'ctrend_reader *', 'HANDLE', ()),
        ('buf', 'const char *', 'BYTES', ('len',)),
        ('len', 'size_t', 'LEN', ()),
    )),
    'ctrend_reader_finish': ('int', 'STATUS', 'io', (
        ('r', 'ctrend_reader *', 'HANDLE', ()),
        ('out', 'ctrend_frame **', 'HANDLE_OUT', ()),
        ('err', 'ctrend_error *', 'ERROR_OUT', ()),
    )),
    'ctrend_reader_read_file': ('int', 'STATUS', 'io', (
        ('r', 'ctrend_reader *', 'HANDLE', ()),
        ('path', 'const char *', 'STR', ()),
        ('out', 'ctrend_frame **', 'HANDLE_OUT', ()),
        ('err', 'ctrend_error *', 'ERROR_OUT', ()),
    )),
    'ctrend_reader_error': ('int', 'STATUS', 'io', (
        ('r', 'const ctrend_reader *', 'HANDLE', ()),
        ('err', 'ctrend_error *', 'ERROR_OUT', ()),
    )),
    'ctrend_reader_errmsg': ('const char *', 'STRING', 'io', (
        ('r', 'const ctrend_reader *', 'HANDLE', ()),
    )),
    'ctrend_reader_opt_type': ('int', 'VALUE', 'io', (
        ('key', 'int', 'IN', ()),
    )),
    'ctrend_reader_opts_bounds': ('int', 'STATUS', 'io', (
        ('key', 'int', 'ENUM', ('ctrend_read_option',)),
        ('lo', 'double *', 'OUT_OPT', ()),
        ('hi', 'double *', 'OUT_OPT', ()),
    )),
    'ctrend_reader_n_skipped': ('int64_t', 'VALUE', 'io', (
        ('r', 'const ctrend_reader *', 'HANDLE', ()),
    )),
    'ctrend_reader_skipped_line': ('int64_t', 'VALUE', 'io', (
        ('r', 'const ctrend_reader *', 'HANDLE', ()),
        ('k', 'int64_t', 'IN', ()),
    )),
    'ctrend_name_distance': ('int64_t', 'VALUE', 'io', (
        ('a', 'const char *', 'STR_OPT', ()),
        ('b', 'const char *', 'STR_OPT', ()),
    )),
    'ctrend_filter_new': ('int', 'STATUS', 'io', (
        ('out', 'ctrend_filter **', 'HANDLE_OUT', ()),
    )),
    'ctrend_filter_free': ('void', 'FREE', 'io', (
        ('f', 'ctrend_filter *', 'HANDLE_OPT', ()),
    )),
    'ctrend_filter_add': ('int', 'STATUS', 'io', (
        ('f', 'ctrend_filter *', 'HANDLE', ()),
        ('expr', 'const char *', 'STR', ()),
    )),
    'ctrend_filter_errmsg': ('const char *', 'STRING', 'io', (
        ('f', 'const ctrend_filter *', 'HANDLE', ()),
    )),
    'ctrend_filter_error_offset': ('int64_t', 'VALUE', 'io', (
        ('f', 'const ctrend_filter *', 'HANDLE', ()),
    )),
    'ctrend_filter_n_columns': ('int64_t', 'VALUE', 'io', (
        ('f', 'const ctrend_filter *', 'HANDLE', ()),
    )),
    'ctrend_filter_column': ('const char *', 'STRING', 'io', (
        ('f', 'const ctrend_filter *', 'HANDLE', ()),
        ('k', 'int64_t', 'IN', ()),
    )),
    'ctrend_filter_eval': ('int', 'STATUS', 'io', (
        ('f', 'const ctrend_filter *', 'HANDLE', ()),
        ('cells', 'const char *const *', 'ARRAY_IN', ('n_cells',)),
        ('n_cells', 'int64_t', 'LEN', ()),
        ('result', 'int *', 'OUT', ()),
    )),
    'ctrend_reader_set_filter': ('int', 'STATUS', 'io', (
        ('r', 'ctrend_reader *', 'HANDLE', ()),
        ('f', 'const ctrend_filter *', 'HANDLE_OPT', ()),
    )),
    'ctrend_rolling_mean': ('int', 'STATUS', 'rolling', (
        ('x', 'const double *', 'ARRAY_IN', ('n',)),
        ('n', 'size_t', 'LEN', ()),
        ('window', 'size_t', 'RANGE', ('1', 'SIZE_MAX')),
        ('align', 'int', 'ENUM', ('ctrend_align',)),
        ('min_periods', 'size_t', 'IN', ()),
        ('out', 'double *', 'ARRAY_OUT', ('n',)),
    )),
    'ctrend_rolling_sum': ('int', 'STATUS', 'rolling', (
        ('x', 'const double *', 'ARRAY_IN', ('n',)),
        ('n', 'size_t', 'LEN', ()),
        ('window', 'size_t', 'RANGE', ('1', 'SIZE_MAX')),
        ('align', 'int', 'ENUM', ('ctrend_align',)),
        ('min_periods', 'size_t', 'IN', ()),
        ('out', 'double *', 'ARRAY_OUT', ('n',)),
    )),
    'ctrend_rolling_cumsum': ('int', 'STATUS', 'rolling', (
        ('x', 'const double *', 'ARRAY_IN', ('n',)),
        ('n', 'size_t', 'LEN', ()),
        ('out', 'double *', 'ARRAY_OUT', ('n',)),
    )),
    'ctrend_change_reason_count': ('int', 'VALUE', 'change', (
    )),
    'ctrend_change_reason_string': ('const char *', 'STRING', 'change', (
        ('reason', 'int', 'IN', ()),
    )),
    'ctrend_change_reason_name': ('const char *', 'STRING', 'change', (
        ('reason', 'int', 'IN', ()),
    )),
    'ctrend_change_pct': ('int', 'STATUS', 'change', (
        ('x', 'const double *', 'ARRAY_IN', ('n',)),
        ('n', 'size_t', 'LEN', ()),
        ('lag', 'size_t', 'RANGE', ('1', 'SIZE_MAX')),
        ('out', 'double *', 'ARRAY_OUT', ('n',)),
        ('reason', 'int32_t *', 'ARRAY_OUT_OPT', ('n',)),
    )),
    'ctrend_change_pct_vs_mean': ('int', 'STATUS', 'change', (
        ('x', 'const double *', 'ARRAY_IN', ('n',)),
        ('n', 'size_t', 'LEN', ()),
        ('k', 'size_t', 'RANGE', ('1', 'SIZE_MAX')),
        ('out', 'double *', 'ARRAY_OUT', ('n',)),
        ('reason', 'int32_t *', 'ARRAY_OUT_OPT', ('n',)),
    )),
    'ctrend_change_diff': ('int', 'STATUS', 'change', (
        ('x', 'const double *', 'ARRAY_IN', ('n',)),
        ('n', 'size_t', 'LEN', ()),
        ('lag', 'size_t', 'RANGE', ('1', 'SIZE_MAX')),
        ('out', 'double *', 'ARRAY_OUT', ('n',)),
        ('reason', 'int32_t *', 'ARRAY_OUT_OPT', ('n',)),
    )),
    'ctrend_change_ratio': ('int', 'STATUS', 'change', (
        ('x', 'const double *', 'ARRAY_IN', ('n',)),
        ('n', 'size_t', 'LEN', ()),
        ('lag', 'size_t', 'RANGE', ('1', 'SIZE_MAX')),
        ('out', 'double *', 'ARRAY_OUT', ('n',)),
        ('reason', 'int32_t *', 'ARRAY_OUT_OPT', ('n',)),
    )),
    'ctrend_change_share': ('int', 'STATUS', 'change', (
        ('part', 'const double *', 'ARRAY_IN', ('n',)),
        ('total', 'const double *', 'ARRAY_IN', ('n',)),
        ('n', 'size_t', 'LEN', ()),
        ('out', 'double *', 'ARRAY_OUT', ('n',)),
        ('reason', 'int32_t *', 'ARRAY_OUT_OPT', ('n',)),
    )),
    'ctrend_aggregate_per_day': ('int', 'STATUS', 'aggregate', (
        ('x', 'const double *', 'ARRAY_IN', ('n',)),
        ('n', 'size_t', 'LEN', ()),
        ('start_month', 'int32_t', 'RANGE', ('MONTH_MIN', 'MONTH_MAX')),
        ('out', 'double *', 'ARRAY_OUT', ('n',)),
    )),
    'ctrend_aggregate_periods': ('int', 'STATUS', 'aggregate', (
        ('x', 'const double *', 'ARRAY_IN', ('n',)),
        ('n', 'size_t', 'LEN', ()),
        ('start_month', 'int32_t', 'RANGE', ('MONTH_MIN', 'MONTH_MAX')),
        ('period_months', 'size_t', 'ONEOF', ('1', '2', '3', '4', '6', '12')),
        ('allow_missing', 'int', 'BOOL', ()),
        ('out', 'double *', 'CAP_OUT', ('cap',)),
        ('cap', 'size_t', 'CAP', ()),
        ('needed', 'size_t *', 'NEEDED', ()),
        ('first_period_month', 'int32_t *', 'OUT_OPT', ()),
    )),
    'ctrend_design_new': ('int', 'STATUS', 'design', (
        ('start_month', 'int32_t', 'RANGE', ('MONTH_MIN', 'MONTH_MAX')),
        ('n_months', 'size_t', 'RANGE', ('1', 'SIZE_MAX')),
        ('out', 'ctrend_design **', 'HANDLE_OUT', ()),
    )),
    'ctrend_design_free': ('void', 'FREE', 'design', (
        ('d', 'ctrend_design *', 'HANDLE_OPT', ()),
    )),
    'ctrend_design_clone': ('int', 'STATUS', 'design', (
        ('d', 'const ctrend_design *', 'HANDLE', ()),
        ('out', 'ctrend_design **', 'HANDLE_OUT', ()),
    )),
    'ctrend_design_window': ('int', 'STATUS', 'design', (
        ('d', 'const ctrend_design *', 'HANDLE', ()),
        ('first', 'size_t', 'IN', ()),
        ('n_months', 'size_t', 'RANGE', ('1', 'SIZE_MAX')),
        ('out', 'ctrend_design **', 'HANDLE_OUT', ()),
    )),
    'ctrend_design_set_intercept': ('int', 'STATUS', 'design', (
        ('d', 'ctrend_design *', 'HANDLE', ()),
        ('on', 'int', 'BOOL', ()),
    )),
    'ctrend_design_add_trend': ('int', 'STATUS', 'design', (
        ('d', 'ctrend_design *', 'HANDLE', ()),
    )),
    'ctrend_design_add_fourier': ('int', 'STATUS', 'design', (
        ('d', 'ctrend_design *', 'HANDLE', ()),
        ('k_pairs', 'size_t', 'RANGE', ('1', 'CTREND_DESIGN_MAX_FOURIER')),
    )),
    'ctrend_design_add_month_dummies': ('int', 'STATUS', 'design', (
        ('d', 'ctrend_design *', 'HANDLE', ()),
    )),
    'ctrend_design_add_step': ('int', 'STATUS', 'design', (
        ('d', 'ctrend_design *', 'HANDLE', ()),
        ('month', 'int32_t', 'IN', ()),
        ('name', 'const char *', 'STR_OPT', ()),
    )),
    'ctrend_design_add_slope_change': ('int', 'STATUS', 'design', (
        ('d', 'ctrend_design *', 'HANDLE', ()),
        ('month', 'int32_t', 'IN', ()),
        ('name', 'const char *', 'STR_OPT', ()),
    )),
    'ctrend_design_add_column': ('int', 'STATUS', 'design', (
        ('d', 'ctrend_design *', 'HANDLE', ()),
        ('name', 'const char *', 'STR', ()),
        ('x', 'const double *', 'ARRAY_IN', ('n',)),
        ('n', 'size_t', 'LEN', ()),
    )),
    'ctrend_design_set_future_column': ('int', 'STATUS', 'design', (
        ('d', 'ctrend_design *', 'HANDLE', ()),
        ('name', 'const char *', 'STR', ()),
        ('x', 'const double *', 'ARRAY_IN', ('h',)),
        ('h', 'size_t', 'LEN', ('1',)),
    )),
    'ctrend_design_set_offset_days': ('int', 'STATUS', 'design', (
        ('d', 'ctrend_design *', 'HANDLE', ()),
        ('on', 'int', 'BOOL', ()),
    )),
    'ctrend_design_set_offset': ('int', 'STATUS', 'design', (
        ('d', 'ctrend_design *', 'HANDLE', ()),
        ('log_exposure', 'const double *', 'ARRAY_IN_OPT', ('n',)),
        ('n', 'size_t', 'LEN', ()),
    )),
    'ctrend_design_set_future_offset': ('int', 'STATUS', 'design', (
        ('d', 'ctrend_design *', 'HANDLE', ()),
        ('log_exposure', 'const double *', 'ARRAY_IN', ('h',)),
        ('h', 'size_t', 'LEN', ('1',)),
    )),
    'ctrend_design_ncol': ('size_t', 'VALUE', 'design', (
        ('d', 'const ctrend_design *', 'HANDLE', ()),
    )),
    'ctrend_design_nrow': ('size_t', 'VALUE', 'design', (
        ('d', 'const ctrend_design *', 'HANDLE', ()),
    )),
    'ctrend_design_start': ('int', 'STATUS', 'design', (
        ('d', 'const ctrend_design *', 'HANDLE', ()),
        ('month', 'int32_t *', 'OUT', ()),
    )),
    'ctrend_design_col_name': ('int', 'STATUS', 'design', (
        ('d', 'const ctrend_design *', 'HANDLE', ()),
        ('j', 'size_t', 'IN', ()),
        ('name', 'const char **', 'OUT', ()),
    )),
    'ctrend_design_find': ('int', 'STATUS', 'design', (
        ('d', 'const ctrend_design *', 'HANDLE', ()),
        ('name', 'const char *', 'STR', ()),
        ('j', 'size_t *', 'OUT', ()),
    )),
    'ctrend_design_matrix': ('int', 'STATUS', 'design', (
        ('d', 'const ctrend_design *', 'HANDLE', ()),
        ('first', 'size_t', 'IN', ()),
        ('rows', 'size_t', 'IN', ()),
        ('out', 'double *', 'CAP_OUT', ('cap',)),
        ('cap', 'size_t', 'CAP', ()),
        ('off', 'double *', 'ARRAY_OUT_OPT', ('off_cap',)),
        ('off_cap', 'size_t', 'LEN', ()),
        ('needed', 'size_t *', 'NEEDED', ()),
    )),
    'ctrend_design_set_exposure': ('int', 'STATUS', 'design', (
        ('d', 'ctrend_design *', 'HANDLE', ()),
        ('exposure', 'const double *', 'ARRAY_IN', ('n',)),
        ('n', 'size_t', 'LEN', ()),
        ('err', 'ctrend_error *', 'ERROR_OUT', ()),
    )),
    'ctrend_model_opts_new': ('int', 'STATUS', 'model', (
        ('out', 'ctrend_model_opts **', 'HANDLE_OUT', ()),
    )),
    'ctrend_model_opts_free': ('void', 'FREE', 'model', (
        ('o', 'ctrend_model_opts *', 'HANDLE_OPT', ()),
    )),
    'ctrend_model_opts_set_double': ('int', 'STATUS', 'model', (
        ('o', 'ctrend_model_opts *', 'HANDLE', ()),
        ('opt', 'int', 'ENUM', ('ctrend_model_opt',)),
        ('value', 'double', 'IN', ()),
    )),
    'ctrend_model_opts_set_int': ('int', 'STATUS', 'model', (
        ('o', 'ctrend_model_opts *', 'HANDLE', ()),
        ('opt', 'int', 'ENUM', ('ctrend_model_opt',)),
        ('value', 'int64_t', 'IN', ()),
    )),
    'ctrend_model_opts_bounds': ('int', 'STATUS', 'model', (
        ('opt', 'int', 'ENUM', ('ctrend_model_opt',)),
        ('lo', 'double *', 'OUT_OPT', ()),
        ('hi', 'double *', 'OUT_OPT', ()),
    )),
    'ctrend_model_opts_get': ('int', 'STATUS', 'model', (
        ('o', 'const ctrend_model_opts *', 'HANDLE', ()),
        ('opt', 'int', 'ENUM', ('ctrend_model_opt',)),
        ('value', 'double *', 'OUT', ()),
    )),
    'ctrend_model_opts_cancel': ('void', 'VOID', 'model', (
        ('o', 'ctrend_model_opts *', 'HANDLE_OPT', ()),
    )),
    'ctrend_model_opts_reset': ('void', 'VOID', 'model', (
        ('o', 'ctrend_model_opts *', 'HANDLE_OPT', ()),
    )),
    'ctrend_model_opts_cancelled': ('int', 'VALUE', 'model', (
        ('o', 'const ctrend_model_opts *', 'HANDLE_OPT', ()),
    )),
    'ctrend_model_opts_progress': ('int', 'STATUS', 'model', (
        ('o', 'const ctrend_model_opts *', 'HANDLE', ()),
        ('done', 'size_t *', 'OUT_OPT', ()),
        ('total', 'size_t *', 'OUT_OPT', ()),
    )),
    'ctrend_model_opts_errmsg': ('const char *', 'STRING', 'model', (
        ('o', 'const ctrend_model_opts *', 'HANDLE', ()),
    )),
    'ctrend_model_fit': ('int', 'STATUS', 'model', (
        ('opts', 'const ctrend_model_opts *', 'HANDLE_OPT', ()),
        ('family', 'int', 'ENUM', ('ctrend_family',)),
        ('d', 'const ctrend_design *', 'HANDLE', ()),
        ('y', 'const double *', 'ARRAY_IN', ('n',)),
        ('n', 'size_t', 'LEN', ()),
        ('out', 'ctrend_model **', 'HANDLE_OUT', ()),
        ('err', 'ctrend_error *', 'ERROR_OUT', ()),
    )),
    'ctrend_model_free': ('void', 'FREE', 'model', (
        ('m', 'ctrend_model *', 'HANDLE_OPT', ()),
    )),
    'ctrend_model_family': ('int', 'STATUS', 'model', (
        ('m', 'const ctrend_model *', 'HANDLE', ()),
        ('family', 'int *', 'OUT', ()),
    )),
    'ctrend_model_ncoef': ('size_t', 'VALUE', 'model', (
        ('m', 'const ctrend_model *', 'HANDLE', ()),
    )),
    'ctrend_model_nrow': ('size_t', 'VALUE', 'model', (
        ('m', 'const ctrend_model *', 'HANDLE', ()),
    )),
    'ctrend_model_coef_name': ('int', 'STATUS', 'model', (
        ('m', 'const ctrend_model *', 'HANDLE', ()),
        ('j', 'size_t', 'IN', ()),
        ('name', 'const char **', 'OUT', ()),
    )),
    'ctrend_model_design': ('const ctrend_design *', 'HANDLE_BORROWED', 'model', (
        ('m', 'const ctrend_model *', 'HANDLE', ()),
    )),
    'ctrend_model_vector': ('int', 'STATUS', 'model', (
        ('m', 'const ctrend_model *', 'HANDLE', ()),
        ('which', 'int', 'ENUM', ('ctrend_model_vec',)),
        ('out', 'double *', 'CAP_OUT', ('cap',)),
        ('cap', 'size_t', 'CAP', ()),
        ('needed', 'size_t *', 'NEEDED', ()),
    )),
    'ctrend_model_scalar': ('int', 'STATUS', 'model', (
        ('m', 'const ctrend_model *', 'HANDLE', ()),
        ('which', 'int', 'ENUM', ('ctrend_model_sca',)),
        ('value', 'double *', 'OUT', ()),
    )),
    'ctrend_breaks_fit': ('int', 'STATUS', 'model', (
        ('opts', 'ctrend_model_opts *', 'HANDLE_OPT', ()),
        ('family', 'int', 'ENUM', ('ctrend_family',)),
        ('d', 'const ctrend_design *', 'HANDLE', ()),
        ('y', 'const double *', 'ARRAY_IN', ('n',)),
        ('n', 'size_t', 'LEN', ()),
        ('kind', 'int', 'ENUM', ('ctrend_break_kind',)),
        ('out', 'ctrend_breaks **', 'HANDLE_OUT', ()),
        ('err', 'ctrend_error *', 'ERROR_OUT', ()),
    )),
    'ctrend_breaks_free': ('void', 'FREE', 'model', (
        ('b', 'ctrend_breaks *', 'HANDLE_OPT', ()),
    )),
    'ctrend_breaks_month': ('int', 'STATUS', 'model', (
        ('b', 'const ctrend_breaks *', 'HANDLE', ()),
        ('month', 'int32_t *', 'OUT', ()),
    )),
    'ctrend_breaks_scalar': ('int', 'STATUS', 'model', (
        ('b', 'const ctrend_breaks *', 'HANDLE', ()),
        ('which', 'int', 'ENUM', ('ctrend_breaks_sca',)),
        ('value', 'double *', 'OUT', ()),
    )),
    'ctrend_breaks_profile': ('int', 'STATUS', 'model', (
        ('b', 'const ctrend_breaks *', 'HANDLE', ()),
        ('out', 'double *', 'CAP_OUT', ('cap',)),
        ('cap', 'size_t', 'CAP', ()),
        ('needed', 'size_t *', 'NEEDED', ()),
    )),
    'ctrend_breaks_max_work': ('double', 'VALUE', 'model', (
    )),
    'ctrend_model_predict': ('int', 'STATUS', 'model', (
        ('m', 'const ctrend_model *', 'HANDLE', ()),
        ('d', 'const ctrend_design *', 'HANDLE_OPT', ()),
        ('kind', 'int', 'ENUM', ('ctrend_predict_kind',)),
        ('level', 'double', 'OPEN', ('0', '1')),
        ('out', 'double *', 'CAP_OUT', ('cap',)),
        ('cap', 'size_t', 'CAP', ()),
        ('needed', 'size_t *', 'NEEDED', ()),
    )),
    'ctrend_forecast_new': ('int', 'STATUS', 'forecast', (
        ('m', 'const ctrend_model *', 'HANDLE', ()),
        ('h', 'size_t', 'RANGE', ('1', 'SIZE_MAX')),
        ('n_sims', 'size_t', 'IN', ()),
        ('seed', 'uint64_t', 'SEED', ()),
        ('out', 'ctrend_forecast **', 'HANDLE_OUT', ()),
        ('err', 'ctrend_error *', 'ERROR_OUT', ()),
    )),
    'ctrend_forecast_new_v2': ('int', 'STATUS', 'forecast', (
        ('opts', 'const ctrend_model_opts *', 'HANDLE_OPT', ()),
        ('m', 'const ctrend_model *', 'HANDLE', ()),
        ('h', 'size_t', 'RANGE', ('1', 'SIZE_MAX')),
        ('n_sims', 'size_t', 'IN', ()),
        ('seed', 'uint64_t', 'SEED', ()),
        ('out', 'ctrend_forecast **', 'HANDLE_OUT', ()),
        ('err', 'ctrend_error *', 'ERROR_OUT', ()),
    )),
    'ctrend_forecast_free': ('void', 'FREE', 'forecast', (
        ('f', 'ctrend_forecast *', 'HANDLE_OPT', ()),
    )),
    'ctrend_forecast_horizon': ('size_t', 'VALUE', 'forecast', (
        ('f', 'const ctrend_forecast *', 'HANDLE', ()),
    )),
    'ctrend_forecast_n_sims': ('size_t', 'VALUE', 'forecast', (
        ('f', 'const ctrend_forecast *', 'HANDLE', ()),
    )),
    'ctrend_forecast_month': ('int', 'STATUS', 'forecast', (
        ('f', 'const ctrend_forecast *', 'HANDLE', ()),
        ('i', 'size_t', 'IN', ()),
        ('month', 'int32_t *', 'OUT', ()),
    )),
    'ctrend_forecast_vector': ('int', 'STATUS', 'forecast', (
        ('f', 'const ctrend_forecast *', 'HANDLE', ()),
        ('which', 'int', 'ENUM', ('ctrend_forecast_vec',)),
        ('out', 'double *', 'CAP_OUT', ('cap',)),
        ('cap', 'size_t', 'CAP', ()),
        ('needed', 'size_t *', 'NEEDED', ()),
    )),
    'ctrend_forecast_interval': ('int', 'STATUS', 'forecast', (
        ('f', 'const ctrend_forecast *', 'HANDLE', ()),
        ('kind', 'int', 'ENUM', ('ctrend_interval_kind',)),
        ('level', 'double', 'OPEN', ('0', '1')),
        ('lo', 'double *', 'CAP_OUT', ('cap',)),
        ('hi', 'double *', 'CAP_OUT', ('cap',)),
        ('cap', 'size_t', 'CAP', ()),
        ('needed', 'size_t *', 'NEEDED', ()),
    )),
    'ctrend_forecast_quantile': ('int', 'STATUS', 'forecast', (
        ('f', 'const ctrend_forecast *', 'HANDLE', ()),
        ('kind', 'int', 'ENUM', ('ctrend_interval_kind',)),
        ('prob', 'double', 'OPEN', ('0', '1')),
        ('out', 'double *', 'CAP_OUT', ('cap',)),
        ('cap', 'size_t', 'CAP', ()),
        ('needed', 'size_t *', 'NEEDED', ()),
    )),
    'ctrend_forecast_samples': ('int', 'STATUS', 'forecast', (
        ('f', 'const ctrend_forecast *', 'HANDLE', ()),
        ('out', 'double *', 'CAP_OUT', ('cap',)),
        ('cap', 'size_t', 'CAP', ()),
        ('needed', 'size_t *', 'NEEDED', ()),
    )),
    'ctrend_forecast_max_horizon': ('size_t', 'VALUE', 'forecast', (
    )),
    'ctrend_forecast_max_draws': ('double', 'VALUE', 'forecast', (
    )),
    'ctrend_forecast_max_mean': ('double', 'VALUE', 'forecast', (
    )),
    'ctrend_exact_poisson_ci': ('int', 'STATUS', 'exact', (
        ('x', 'double', 'RANGE', ('0', 'CTREND_EXACT_COUNT_MAX')),
        ('t', 'double', 'LOPEN', ('0', 'DBL_MAX')),
        ('level', 'double', 'OPEN', ('0', '1')),
        ('out', 'ctrend_exact_result *', 'RECORD_OUT', ()),
    )),
    'ctrend_exact_poisson_ci_midp': ('int', 'STATUS', 'exact', (
        ('x', 'double', 'RANGE', ('0', 'CTREND_EXACT_COUNT_MAX')),
        ('t', 'double', 'LOPEN', ('0', 'DBL_MAX')),
        ('level', 'double', 'OPEN', ('0', '1')),
        ('out', 'ctrend_exact_result *', 'RECORD_OUT', ()),
    )),
    'ctrend_exact_poisson_test': ('int', 'STATUS', 'exact', (
        ('x', 'double', 'RANGE', ('0', 'CTREND_EXACT_COUNT_MAX')),
        ('t', 'double', 'LOPEN', ('0', 'DBL_MAX')),
        ('test', 'const ctrend_exact_test *', 'RECORD_IN_OPT', ()),
        ('out', 'ctrend_exact_result *', 'RECORD_OUT', ()),
    )),
    'ctrend_exact_rate_ratio': ('int', 'STATUS', 'exact', (
        ('x1', 'double', 'RANGE', ('0', 'CTREND_EXACT_COUNT_MAX')),
        ('t1', 'double', 'LOPEN', ('0', 'DBL_MAX')),
        ('x2', 'double', 'RANGE', ('0', 'CTREND_EXACT_COUNT_MAX')),
        ('t2', 'double', 'LOPEN', ('0', 'DBL_MAX')),
        ('test', 'const ctrend_exact_test *', 'RECORD_IN_OPT', ()),
        ('out', 'ctrend_exact_result *', 'RECORD_OUT', ()),
    )),
    'ctrend_exact_vs_previous': ('int', 'STATUS', 'exact', (
        ('x', 'const double *', 'ARRAY_IN', ('n',)),
        ('exposure', 'const double *', 'ARRAY_IN_OPT', ('n',)),
        ('n', 'size_t', 'LEN', ()),
        ('i', 'size_t', 'IN', ()),
        ('k', 'size_t', 'RANGE', ('1', 'SIZE_MAX')),
        ('test', 'const ctrend_exact_test *', 'RECORD_IN_OPT', ()),
        ('out', 'ctrend_exact_result *', 'RECORD_OUT', ()),
    )),
    'ctrend_exact_period_ratio': ('int', 'STATUS', 'exact', (
        ('a', 'const double *', 'ARRAY_IN', ('na',)),
        ('exposure_a', 'const double *', 'ARRAY_IN_OPT', ('na',)),
        ('na', 'size_t', 'LEN', ('1',)),
        ('b', 'const double *', 'ARRAY_IN', ('nb',)),
        ('exposure_b', 'const double *', 'ARRAY_IN_OPT', ('nb',)),
        ('nb', 'size_t', 'LEN', ('1',)),
        ('test', 'const ctrend_exact_test *', 'RECORD_IN_OPT', ()),
        ('out', 'ctrend_exact_result *', 'RECORD_OUT', ()),
    )),
    'ctrend_dist_dpois': ('int', 'STATUS', 'dist', (
        ('x', 'double', 'IN', ()),
        ('lambda', 'double', 'RANGE', ('0', 'DBL_MAX')),
        ('give_log', 'int', 'BOOL', ()),
        ('out', 'double *', 'OUT', ()),
    )),
    'ctrend_dist_ppois': ('int', 'STATUS', 'dist', (
        ('q', 'double', 'IN', ()),
        ('lambda', 'double', 'RANGE', ('0', 'DBL_MAX')),
        ('lower_tail', 'int', 'BOOL', ()),
        ('log_p', 'int', 'BOOL', ()),
        ('out', 'double *', 'OUT', ()),
    )),
    'ctrend_dist_qpois': ('int', 'STATUS', 'dist', (
        ('p', 'double', 'IN', ()),
        ('lambda', 'double', 'RANGE', ('0', 'DBL_MAX')),
        ('lower_tail', 'int', 'BOOL', ()),
        ('log_p', 'int', 'BOOL', ()),
        ('out', 'double *', 'OUT', ()),
    )),
    'ctrend_dist_dnbinom': ('int', 'STATUS', 'dist', (
        ('x', 'double', 'IN', ()),
        ('size', 'double', 'LOPEN', ('0', 'DBL_MAX')),
        ('prob', 'double', 'LOPEN', ('0', '1')),
        ('give_log', 'int', 'BOOL', ()),
        ('out', 'double *', 'OUT', ()),
    )),
    'ctrend_dist_dnbinom_mu': ('int', 'STATUS', 'dist', (
        ('x', 'double', 'IN', ()),
        ('size', 'double', 'LOPEN', ('0', 'DBL_MAX')),
        ('mu', 'double', 'RANGE', ('0', 'DBL_MAX')),
        ('give_log', 'int', 'BOOL', ()),
        ('out', 'double *', 'OUT', ()),
    )),
    'ctrend_dist_pnbinom_mu': ('int', 'STATUS', 'dist', (
        ('q', 'double', 'IN', ()),
        ('size', 'double', 'LOPEN', ('0', 'DBL_MAX')),
        ('mu', 'double', 'RANGE', ('0', 'DBL_MAX')),
        ('lower_tail', 'int', 'BOOL', ()),
        ('log_p', 'int', 'BOOL', ()),
        ('out', 'double *', 'OUT', ()),
    )),
    'ctrend_dist_qnbinom_mu': ('int', 'STATUS', 'dist', (
        ('p', 'double', 'IN', ()),
        ('size', 'double', 'LOPEN', ('0', 'DBL_MAX')),
        ('mu', 'double', 'RANGE', ('0', 'DBL_MAX')),
        ('lower_tail', 'int', 'BOOL', ()),
        ('log_p', 'int', 'BOOL', ()),
        ('out', 'double *', 'OUT', ()),
    )),
    'ctrend_score_mae': ('int', 'STATUS', 'score', (
        ('y', 'const double *', 'ARRAY_IN', ('n',)),
        ('pred', 'const double *', 'ARRAY_IN', ('n',)),
        ('n', 'size_t', 'LEN', ()),
        ('out', 'double *', 'OUT', ()),
        ('n_used', 'size_t *', 'OUT_OPT', ()),
    )),
    'ctrend_score_rmse': ('int', 'STATUS', 'score', (
        ('y', 'const double *', 'ARRAY_IN', ('n',)),
        ('pred', 'const double *', 'ARRAY_IN', ('n',)),
        ('n', 'size_t', 'LEN', ()),
        ('out', 'double *', 'OUT', ()),
        ('n_used', 'size_t *', 'OUT_OPT', ()),
    )),
    'ctrend_score_msle': ('int', 'STATUS', 'score', (
        ('y', 'const double *', 'ARRAY_IN', ('n',)),
        ('pred', 'const double *', 'ARRAY_IN', ('n',)),
        ('n', 'size_t', 'LEN', ()),
        ('out', 'double *', 'OUT', ()),
        ('n_used', 'size_t *', 'OUT_OPT', ()),
    )),
    'ctrend_score_crps_poisson': ('int', 'STATUS', 'score', (
        ('y', 'double', 'RANGE', ('0', 'DBL_MAX')),
        ('mu', 'double', 'RANGE', ('0', 'DBL_MAX')),
        ('out', 'double *', 'OUT', ()),
    )),
    'ctrend_score_crps_tol_default': ('double', 'VALUE', 'score', (
    )),
    'ctrend_score_crps_max_terms_default': ('size_t', 'VALUE', 'score', (
    )),
    'ctrend_score_crps_nbinom': ('int', 'STATUS', 'score', (
        ('y', 'double', 'RANGE', ('0', 'DBL_MAX')),
        ('mu', 'double', 'RANGE', ('0', 'DBL_MAX')),
        ('theta', 'double', 'LOPEN', ('0', 'INF')),
        ('tol', 'double', 'IN', ()),
        ('max_terms', 'size_t', 'IN', ()),
        ('out', 'double *', 'OUT', ()),
    )),
    'ctrend_score_crps_sample': ('int', 'STATUS', 'score', (
        ('y', 'double', 'IN', ()),
        ('x', 'const double *', 'ARRAY_IN', ('m',)),
        ('m', 'size_t', 'LEN', ('1',)),
        ('fair', 'int', 'BOOL', ()),
        ('out', 'double *', 'OUT', ()),
    )),
    'ctrend_score_crps_sample_mean': ('int', 'STATUS', 'score', (
        ('y', 'const double *', 'ARRAY_IN', ('n',)),
        ('n', 'size_t', 'LEN', ()),
        ('samples', 'const double *', 'ARRAY_IN', ('n * m',)),
        ('m', 'size_t', 'LEN', ('1',)),
        ('fair', 'int', 'BOOL', ()),
        ('out', 'double *', 'OUT', ()),
        ('n_used', 'size_t *', 'OUT_OPT', ()),
    )),
    'ctrend_score_ign_alpha_default': ('double', 'VALUE', 'score', (
    )),
    'ctrend_score_ign_nbins': ('size_t', 'VALUE', 'score', (
    )),
    'ctrend_score_ign_floor_default': ('double', 'VALUE', 'score', (
    )),
    'ctrend_score_ign_bin': ('int', 'STATUS', 'score', (
        ('v', 'double', 'RANGE', ('0', 'INF')),
        ('bin', 'size_t *', 'OUT', ()),
    )),
    'ctrend_score_ign_edges': ('int', 'STATUS', 'score', (
        ('edges', 'double *', 'ARRAY_OUT', ('CTREND_SCORE_IGN_NBINS',)),
    )),
    'ctrend_score_ignorance_sample': ('int', 'STATUS', 'score', (
        ('y', 'double', 'IN', ()),
        ('x', 'const double *', 'ARRAY_IN', ('m',)),
        ('m', 'size_t', 'LEN', ('1',)),
        ('alpha', 'double', 'IN', ()),
        ('out', 'double *', 'OUT', ()),
    )),
    'ctrend_score_ignorance_sample_mean': ('int', 'STATUS', 'score', (
        ('y', 'const double *', 'ARRAY_IN', ('n',)),
        ('n', 'size_t', 'LEN', ()),
        ('samples', 'const double *', 'ARRAY_IN', ('n * m',)),
        ('m', 'size_t', 'LEN', ('1',)),
        ('alpha', 'double', 'IN', ()),
        ('out', 'double *', 'OUT', ()),
        ('n_used', 'size_t *', 'OUT_OPT', ()),
    )),
    'ctrend_score_ignorance_poisson': ('int', 'STATUS', 'score', (
        ('y', 'double', 'RANGE', ('0', 'INF')),
        ('mu', 'double', 'RANGE', ('0', 'DBL_MAX')),
        ('floor', 'double', 'IN', ()),
        ('out', 'double *', 'OUT', ()),
    )),
    'ctrend_score_ignorance_nbinom': ('int', 'STATUS', 'score', (
        ('y', 'double', 'RANGE', ('0', 'INF')),
        ('mu', 'double', 'RANGE', ('0', 'DBL_MAX')),
        ('theta', 'double', 'LOPEN', ('0', 'INF')),
        ('floor', 'double', 'IN', ()),
        ('out', 'double *', 'OUT', ()),
    )),
    'ctrend_score_interval': ('int', 'STATUS', 'score', (
        ('y', 'double', 'IN', ()),
        ('lower', 'double', 'IN', ()),
        ('upper', 'double', 'IN', ()),
        ('level', 'double', 'OPEN', ('0', '1')),
        ('out', 'double *', 'OUT', ()),
    )),
    'ctrend_score_interval_mean': ('int', 'STATUS', 'score', (
        ('y', 'const double *', 'ARRAY_IN', ('n',)),
        ('lower', 'const double *', 'ARRAY_IN', ('n',)),
        ('upper', 'const double *', 'ARRAY_IN', ('n',)),
        ('n', 'size_t', 'LEN', ()),
        ('level', 'double', 'OPEN', ('0', '1')),
        ('out', 'double *', 'OUT', ()),
        ('n_used', 'size_t *', 'OUT_OPT', ()),
    )),
    'ctrend_score_coverage': ('int', 'STATUS', 'score', (
        ('y', 'const double *', 'ARRAY_IN', ('n',)),
        ('lower', 'const double *', 'ARRAY_IN', ('n',)),
        ('upper', 'const double *', 'ARRAY_IN', ('n',)),
        ('n', 'size_t', 'LEN', ()),
        ('out', 'double *', 'OUT', ()),
        ('n_used', 'size_t *', 'OUT_OPT', ()),
    )),
    'ctrend_score_quantile_sample': ('int', 'STATUS', 'score', (
        ('x', 'const double *', 'ARRAY_IN', ('m',)),
        ('m', 'size_t', 'LEN', ('1',)),
        ('p', 'double', 'RANGE', ('0', '1')),
        ('out', 'double *', 'OUT', ()),
    )),
    'ctrend_baseline_count': ('int', 'VALUE', 'baseline', (
    )),
    'ctrend_baseline_season': ('size_t', 'VALUE', 'baseline', (
    )),
    'ctrend_baseline_poisson_max': ('double', 'VALUE', 'baseline', (
    )),
    'ctrend_baseline_name': ('const char *', 'STRING', 'baseline', (
        ('kind', 'int', 'IN', ()),
    )),
    'ctrend_baseline_parse': ('int', 'STATUS', 'baseline', (
        ('name', 'const char *', 'STR', ()),
        ('kind', 'int *', 'OUT', ()),
    )),
    'ctrend_baseline_opts_new': ('int', 'STATUS', 'baseline', (
        ('out', 'ctrend_baseline_opts **', 'HANDLE_OUT', ()),
    )),
    'ctrend_baseline_opts_free': ('void', 'FREE', 'baseline', (
        ('o', 'ctrend_baseline_opts *', 'HANDLE_OPT', ()),
    )),
    'ctrend_baseline_opts_set_int': ('int', 'STATUS', 'baseline', (
        ('o', 'ctrend_baseline_opts *', 'HANDLE', ()),
        ('key', 'int', 'ENUM', ('ctrend_baseline_opt',)),
        ('value', 'int64_t', 'IN', ()),
    )),
    'ctrend_baseline_opts_get_int': ('int', 'STATUS', 'baseline', (
        ('o', 'const ctrend_baseline_opts *', 'HANDLE', ()),
        ('key', 'int', 'ENUM', ('ctrend_baseline_opt',)),
        ('value', 'int64_t *', 'OUT', ()),
    )),
    'ctrend_baseline_opts_bounds': ('int', 'STATUS', 'baseline', (
        ('key', 'int', 'ENUM', ('ctrend_baseline_opt',)),
        ('lo', 'double *', 'OUT', ()),
        ('hi', 'double *', 'OUT', ()),
    )),
    'ctrend_baseline_forecast': ('int', 'STATUS', 'baseline', (
        ('o', 'const ctrend_baseline_opts *', 'HANDLE_OPT', ()),
        ('x', 'const double *', 'ARRAY_IN', ('n',)),
        ('n', 'size_t', 'LEN', ()),
        ('h', 'size_t', 'RANGE', ('1', 'SIZE_MAX')),
        ('point', 'double *', 'CAP_OUT', ('point_cap', 'h')),
        ('point_cap', 'size_t', 'CAP', ()),
        ('samples', 'double *', 'CAP_OUT', ('samples_cap',)),
        ('samples_cap', 'size_t', 'CAP', ()),
        ('needed', 'size_t *', 'NEEDED', ()),
    )),
    'ctrend_backtest_metric_count': ('int', 'VALUE', 'backtest', (
    )),
    'ctrend_backtest_metric_name': ('const char *', 'STRING', 'backtest', (
        ('metric', 'int', 'ENUM', ('ctrend_backtest_metric',)),
    )),
    'ctrend_backtest_origins': ('int', 'STATUS', 'backtest', (
        ('n', 'size_t', 'LEN', ()),
        ('initial', 'size_t', 'RANGE', ('1', 'SIZE_MAX')),
        ('h', 'size_t', 'RANGE', ('1', 'SIZE_MAX')),
        ('step', 'size_t', 'RANGE', ('1', 'SIZE_MAX')),
        ('n_origins', 'size_t *', 'OUT', ()),
    )),
    'ctrend_backtest_new': ('int', 'STATUS', 'backtest', (
        ('y', 'const double *', 'ARRAY_IN', ('n',)),
        ('n', 'size_t', 'LEN', ()),
        ('initial', 'size_t', 'RANGE', ('1', 'SIZE_MAX')),
        ('h', 'size_t', 'RANGE', ('1', 'SIZE_MAX')),
        ('step', 'size_t', 'RANGE', ('1', 'SIZE_MAX')),
        ('n_samples', 'size_t', 'RANGE', ('1', 'SIZE_MAX')),
        ('seed', 'uint64_t', 'SEED', ()),
        ('out', 'ctrend_backtest **', 'HANDLE_OUT', ()),
    )),
    'ctrend_backtest_free': ('void', 'FREE', 'backtest', (
        ('bt', 'ctrend_backtest *', 'HANDLE_OPT', ()),
    )),
    'ctrend_backtest_set_window': ('int', 'STATUS', 'backtest', (
        ('bt', 'ctrend_backtest *', 'HANDLE', ()),
        ('window_months', 'size_t', 'IN', ()),
    )),
    'ctrend_backtest_n_origins': ('size_t', 'VALUE', 'backtest', (
        ('bt', 'const ctrend_backtest *', 'HANDLE', ()),
    )),
    'ctrend_backtest_origin': ('int', 'STATUS', 'backtest', (
        ('bt', 'const ctrend_backtest *', 'HANDLE', ()),
        ('i', 'size_t', 'IN', ()),
        ('train_len', 'size_t *', 'OUT', ()),
    )),
    'ctrend_backtest_add_baseline': ('int', 'STATUS', 'backtest', (
        ('bt', 'ctrend_backtest *', 'HANDLE', ()),
        ('kind', 'int', 'ENUM', ('ctrend_baseline',)),
        ('k', 'size_t', 'IN', ()),
        ('name', 'const char *', 'STR_OPT', ()),
        ('err', 'ctrend_error *', 'ERROR_OUT', ()),
    )),
    'ctrend_backtest_add_baseline_v2': ('int', 'STATUS', 'backtest', (
        ('bt', 'ctrend_backtest *', 'HANDLE', ()),
        ('kind', 'int', 'ENUM', ('ctrend_baseline',)),
        ('k', 'size_t', 'IN', ()),
        ('name', 'const char *', 'STR_OPT', ()),
        ('opts', 'const ctrend_model_opts *', 'HANDLE_OPT', ()),
        ('err', 'ctrend_error *', 'ERROR_OUT', ()),
    )),
    'ctrend_backtest_add_model': ('int', 'STATUS', 'backtest', (
        ('bt', 'ctrend_backtest *', 'HANDLE', ()),
        ('name', 'const char *', 'STR', ()),
        ('d', 'const ctrend_design *', 'HANDLE', ()),
        ('family', 'int', 'ENUM', ('ctrend_family',)),
        ('opts', 'const ctrend_model_opts *', 'HANDLE_OPT', ()),
        ('err', 'ctrend_error *', 'ERROR_OUT', ()),
    )),
    'ctrend_backtest_add_forecasts': ('int', 'STATUS', 'backtest', (
        ('bt', 'ctrend_backtest *', 'HANDLE', ()),
        ('name', 'const char *', 'STR', ()),
        ('point', 'const double *', 'ARRAY_IN', ('n_point',)),
        ('n_point', 'size_t', 'LEN', ()),
        ('samples', 'const double *', 'ARRAY_IN', ('n_draws',)),
        ('n_draws', 'size_t', 'LEN', ()),
        ('err', 'ctrend_error *', 'ERROR_OUT', ()),
    )),
    'ctrend_backtest_n_models': ('size_t', 'VALUE', 'backtest', (
        ('bt', 'const ctrend_backtest *', 'HANDLE', ()),
    )),
    'ctrend_backtest_model_name': ('int', 'STATUS', 'backtest', (
        ('bt', 'const ctrend_backtest *', 'HANDLE', ()),
        ('i', 'size_t', 'IN', ()),
        ('name', 'const char **', 'OUT', ()),
    )),
    'ctrend_backtest_score': ('int', 'STATUS', 'backtest', (
        ('bt', 'const ctrend_backtest *', 'HANDLE', ()),
        ('i', 'size_t', 'IN', ()),
        ('metric', 'int', 'ENUM', ('ctrend_backtest_metric',)),
        ('value', 'double *', 'OUT', ()),
    )),
    'ctrend_backtest_score_lead': ('int', 'STATUS', 'backtest', (
        ('bt', 'const ctrend_backtest *', 'HANDLE', ()),
        ('i', 'size_t', 'IN', ()),
        ('lead', 'size_t', 'RANGE', ('1', 'SIZE_MAX')),
        ('metric', 'int', 'ENUM', ('ctrend_backtest_metric',)),
        ('value', 'double *', 'OUT', ()),
    )),
    'ctrend_backtest_points': ('int', 'STATUS', 'backtest', (
        ('bt', 'const ctrend_backtest *', 'HANDLE', ()),
        ('i', 'size_t', 'IN', ()),
        ('out', 'double *', 'CAP_OUT', ('cap',)),
        ('cap', 'size_t', 'CAP', ()),
        ('needed', 'size_t *', 'NEEDED', ()),
    )),
    'ctrend_backtest_rank': ('int', 'STATUS', 'backtest', (
        ('bt', 'const ctrend_backtest *', 'HANDLE', ()),
        ('metric', 'int', 'ENUM', ('ctrend_backtest_metric',)),
        ('order', 'size_t *', 'CAP_OUT', ('cap',)),
        ('cap', 'size_t', 'CAP', ()),
        ('needed', 'size_t *', 'NEEDED', ()),
    )),
    'ctrend_backtest_max_draws': ('double', 'VALUE', 'backtest', (
    )),
    'ctrend_batch_default_threads': ('size_t', 'VALUE', 'batch', (
    )),
    'ctrend_batch_values': ('int', 'STATUS', 'batch', (
        ('f', 'const ctrend_frame *', 'HANDLE', ()),
        ('series', 'const size_t *', 'ARRAY_IN_OPT', ('n_series',)),
        ('n_series', 'size_t', 'LEN', ()),
        ('first_month', 'int32_t', 'RANGE', ('MONTH_MIN', 'MONTH_MAX')),
        ('n_months', 'size_t', 'LEN', ()),
        ('out', 'double *', 'ARRAY_OUT', ('n_series * n_months',)),
    )),
    'ctrend_batch_opts_new': ('int', 'STATUS', 'batch', (
        ('out', 'ctrend_batch_opts **', 'HANDLE_OUT', ()),
    )),
    'ctrend_batch_opts_free': ('void', 'FREE', 'batch', (
        ('o', 'ctrend_batch_opts *', 'HANDLE_OPT', ()),
    )),
    'ctrend_batch_opts_set_int': ('int', 'STATUS', 'batch', (
        ('o', 'ctrend_batch_opts *', 'HANDLE', ()),
        ('key', 'int', 'ENUM', ('ctrend_batch_opt',)),
        ('value', 'int64_t', 'IN', ()),
    )),
    'ctrend_batch_opts_get_int': ('int', 'STATUS', 'batch', (
        ('o', 'const ctrend_batch_opts *', 'HANDLE', ()),
        ('key', 'int', 'ENUM', ('ctrend_batch_opt',)),
        ('value', 'int64_t *', 'OUT', ()),
    )),
    'ctrend_batch_opts_bounds': ('int', 'STATUS', 'batch', (
        ('key', 'int', 'ENUM', ('ctrend_batch_opt',)),
        ('lo', 'double *', 'OUT', ()),
        ('hi', 'double *', 'OUT', ()),
    )),
    'ctrend_batch_opts_set_series': ('int', 'STATUS', 'batch', (
        ('o', 'ctrend_batch_opts *', 'HANDLE', ()),
        ('series', 'const size_t *', 'ARRAY_IN_OPT', ('n_series',)),
        ('n_series', 'size_t', 'LEN', ()),
    )),
    'ctrend_batch_opts_n_series': ('size_t', 'VALUE', 'batch', (
        ('o', 'const ctrend_batch_opts *', 'HANDLE_OPT', ()),
        ('f', 'const ctrend_frame *', 'HANDLE_OPT', ()),
    )),
    'ctrend_batch_opts_set_keys': ('int', 'STATUS', 'batch', (
        ('o', 'ctrend_batch_opts *', 'HANDLE', ()),
        ('keys', 'const int *', 'ARRAY_IN_OPT', ('n_keys',)),
        ('n_keys', 'size_t', 'LEN', ()),
    )),
    'ctrend_batch_opts_n_keys': ('size_t', 'VALUE', 'batch', (
        ('o', 'const ctrend_batch_opts *', 'HANDLE_OPT', ()),
    )),
    'ctrend_batch_opts_set_model': ('int', 'STATUS', 'batch', (
        ('o', 'ctrend_batch_opts *', 'HANDLE', ()),
        ('m', 'const ctrend_model_opts *', 'HANDLE_OPT', ()),
    )),
    'ctrend_batch_opts_cancel': ('void', 'VOID', 'batch', (
        ('o', 'ctrend_batch_opts *', 'HANDLE_OPT', ()),
    )),
    'ctrend_batch_opts_reset': ('void', 'VOID', 'batch', (
        ('o', 'ctrend_batch_opts *', 'HANDLE_OPT', ()),
    )),
    'ctrend_batch_opts_cancelled': ('int', 'VALUE', 'batch', (
        ('o', 'const ctrend_batch_opts *', 'HANDLE_OPT', ()),
    )),
    'ctrend_batch_opts_progress': ('int', 'STATUS', 'batch', (
        ('o', 'const ctrend_batch_opts *', 'HANDLE', ()),
        ('done', 'size_t *', 'OUT_OPT', ()),
        ('total', 'size_t *', 'OUT_OPT', ()),
    )),
    'ctrend_batch_opts_error': ('int', 'STATUS', 'batch', (
        ('o', 'const ctrend_batch_opts *', 'HANDLE', ()),
        ('i', 'size_t', 'IN', ()),
        ('err', 'ctrend_error *', 'ERROR_OUT', ()),
    )),
    'ctrend_batch_fit': ('int', 'STATUS', 'batch', (
        ('o', 'ctrend_batch_opts *', 'HANDLE_OPT', ()),
        ('f', 'const ctrend_frame *', 'HANDLE', ()),
        ('family', 'int', 'ENUM', ('ctrend_family',)),
        ('d', 'const ctrend_design *', 'HANDLE', ()),
        ('coef', 'double *', 'ARRAY_OUT_OPT', ('ctrend_batch_opts_n_series(o, f) * ctrend_design_ncol(d)',)),
        ('se', 'double *', 'ARRAY_OUT_OPT', ('ctrend_batch_opts_n_series(o, f) * ctrend_design_ncol(d)',)),
        ('scalars', 'double *', 'ARRAY_OUT_OPT', ('ctrend_batch_opts_n_series(o, f) * ctrend_batch_opts_n_keys(o)',)),
        ('status', 'int *', 'ARRAY_OUT', ('ctrend_batch_opts_n_series(o, f)',)),
    )),
    'ctrend_batch_fit_models': ('int', 'STATUS', 'batch', (
        ('o', 'ctrend_batch_opts *', 'HANDLE_OPT', ()),
        ('f', 'const ctrend_frame *', 'HANDLE', ()),
        ('family', 'int', 'ENUM', ('ctrend_family',)),
        ('designs', 'const ctrend_design *const *', 'HANDLE_ARRAY_IN', ('n_designs',)),
        ('n_designs', 'size_t', 'LEN', ()),
        ('models', 'ctrend_model **', 'HANDLE_ARRAY_OUT', ('ctrend_batch_opts_n_series(o, f)',)),
        ('status', 'int *', 'ARRAY_OUT', ('ctrend_batch_opts_n_series(o, f)',)),
    )),
    'ctrend_batch_fit_models_v2': ('int', 'STATUS', 'batch', (
        ('o', 'ctrend_batch_opts *', 'HANDLE_OPT', ()),
        ('f', 'const ctrend_frame *', 'HANDLE', ()),
        ('family', 'int', 'ENUM', ('ctrend_family',)),
        ('designs', 'const ctrend_design *const *', 'HANDLE_ARRAY_IN', ('n_designs',)),
        ('n_designs', 'size_t', 'LEN', ()),
        ('models', 'ctrend_model **', 'HANDLE_ARRAY_OUT', ('ctrend_batch_opts_n_series(o, f)',)),
        ('status', 'int *', 'ARRAY_OUT', ('ctrend_batch_opts_n_series(o, f)',)),
    )),
    'ctrend_batch_rolling_mean': ('int', 'STATUS', 'batch', (
        ('o', 'ctrend_batch_opts *', 'HANDLE_OPT', ()),
        ('x', 'const double *', 'ARRAY_IN', ('n_series * n_months',)),
        ('n_series', 'size_t', 'LEN', ()),
        ('n_months', 'size_t', 'LEN', ()),
        ('window', 'size_t', 'RANGE', ('1', 'SIZE_MAX')),
        ('min_periods', 'size_t', 'IN', ()),
        ('out', 'double *', 'ARRAY_OUT', ('n_series * n_months',)),
        ('status', 'int *', 'ARRAY_OUT_OPT', ('n_series',)),
    )),
    'ctrend_batch_change_pct': ('int', 'STATUS', 'batch', (
        ('o', 'ctrend_batch_opts *', 'HANDLE_OPT', ()),
        ('x', 'const double *', 'ARRAY_IN', ('n_series * n_months',)),
        ('n_series', 'size_t', 'LEN', ()),
        ('n_months', 'size_t', 'LEN', ()),
        ('lag', 'size_t', 'RANGE', ('1', 'SIZE_MAX')),
        ('out', 'double *', 'ARRAY_OUT', ('n_series * n_months',)),
        ('reason', 'int32_t *', 'ARRAY_OUT_OPT', ('n_series * n_months',)),
        ('status', 'int *', 'ARRAY_OUT_OPT', ('n_series',)),
    )),
    'ctrend_claims_opts_new': ('int', 'STATUS', 'claims', (
        ('out', 'ctrend_claims_opts **', 'HANDLE_OUT', ()),
    )),
    'ctrend_claims_opts_free': ('void', 'FREE', 'claims', (
        ('o', 'ctrend_claims_opts *', 'HANDLE_OPT', ()),
    )),
    'ctrend_claims_opts_set_double': ('int', 'STATUS', 'claims', (
        ('o', 'ctrend_claims_opts *', 'HANDLE', ()),
        ('key', 'int', 'ENUM', ('ctrend_claims_opt',)),
        ('value', 'double', 'IN', ()),
    )),
    'ctrend_claims_opts_set_int': ('int', 'STATUS', 'claims', (
        ('o', 'ctrend_claims_opts *', 'HANDLE', ()),
        ('key', 'int', 'ENUM', ('ctrend_claims_opt',)),
        ('value', 'int64_t', 'IN', ()),
    )),
    'ctrend_claims_opts_get': ('int', 'STATUS', 'claims', (
        ('o', 'const ctrend_claims_opts *', 'HANDLE', ()),
        ('key', 'int', 'ENUM', ('ctrend_claims_opt',)),
        ('value', 'double *', 'OUT', ()),
    )),
    'ctrend_claims_opts_bounds': ('int', 'STATUS', 'claims', (
        ('key', 'int', 'ENUM', ('ctrend_claims_opt',)),
        ('lo', 'double *', 'OUT_OPT', ()),
        ('hi', 'double *', 'OUT_OPT', ()),
    )),
    'ctrend_claims_parse': ('int', 'STATUS', 'claims', (
        ('text', 'const char *', 'BYTES', ('len',)),
        ('len', 'size_t', 'LEN', ()),
        ('source_name', 'const char *', 'STR_OPT', ()),
        ('out', 'ctrend_claims **', 'HANDLE_OUT', ()),
        ('err', 'ctrend_error *', 'ERROR_OUT', ()),
    )),
    'ctrend_claims_parse_lenient': ('int', 'STATUS', 'claims', (
        ('text', 'const char *', 'BYTES', ('len',)),
        ('len', 'size_t', 'LEN', ()),
        ('source_name', 'const char *', 'STR_OPT', ()),
        ('out', 'ctrend_claims **', 'HANDLE_OUT', ()),
        ('err', 'ctrend_error *', 'ERROR_OUT', ()),
    )),
    'ctrend_claims_free': ('void', 'FREE', 'claims', (
        ('c', 'ctrend_claims *', 'HANDLE_OPT', ()),
    )),
    'ctrend_claims_errmsg': ('const char *', 'STRING', 'claims', (
        ('c', 'const ctrend_claims *', 'HANDLE', ()),
    )),
    'ctrend_claims_error': ('int', 'STATUS', 'claims', (
        ('c', 'const ctrend_claims *', 'HANDLE', ()),
        ('err', 'ctrend_error *', 'ERROR_OUT', ()),
    )),
    'ctrend_claims_check': ('int', 'STATUS', 'claims', (
        ('c', 'ctrend_claims *', 'HANDLE', ()),
        ('opts', 'const ctrend_claims_opts *', 'HANDLE_OPT', ()),
        ('data', 'const ctrend_frame *', 'HANDLE', ()),
        ('err', 'ctrend_error *', 'ERROR_OUT', ()),
    )),
    'ctrend_claims_count': ('size_t', 'VALUE', 'claims', (
        ('c', 'const ctrend_claims *', 'HANDLE', ()),
    )),
    'ctrend_claims_find': ('int', 'STATUS', 'claims', (
        ('c', 'const ctrend_claims *', 'HANDLE', ()),
        ('id', 'const char *', 'STR', ()),
        ('index', 'size_t *', 'OUT', ()),
    )),
    'ctrend_claims_id': ('int', 'STATUS', 'claims', (
        ('c', 'const ctrend_claims *', 'HANDLE', ()),
        ('i', 'size_t', 'IN', ()),
        ('out', 'const char **', 'OUT', ()),
    )),
    'ctrend_claims_quote': ('int', 'STATUS', 'claims', (
        ('c', 'const ctrend_claims *', 'HANDLE', ()),
        ('i', 'size_t', 'IN', ()),
        ('out', 'const char **', 'OUT', ()),
    )),
    'ctrend_claims_source': ('int', 'STATUS', 'claims', (
        ('c', 'const ctrend_claims *', 'HANDLE', ()),
        ('i', 'size_t', 'IN', ()),
        ('out', 'const char **', 'OUT', ()),
    )),
    'ctrend_claims_text': ('int', 'STATUS', 'claims', (
        ('c', 'const ctrend_claims *', 'HANDLE', ()),
        ('i', 'size_t', 'IN', ()),
        ('out', 'const char **', 'OUT', ()),
    )),
    'ctrend_claims_line': ('int', 'STATUS', 'claims', (
        ('c', 'const ctrend_claims *', 'HANDLE', ()),
        ('i', 'size_t', 'IN', ()),
        ('out', 'int *', 'OUT', ()),
    )),
    'ctrend_claims_verdict': ('int', 'STATUS', 'claims', (
        ('c', 'const ctrend_claims *', 'HANDLE', ()),
        ('i', 'size_t', 'IN', ()),
        ('out', 'int *', 'OUT', ()),
    )),
    'ctrend_claims_verdict_name': ('const char *', 'STRING', 'claims', (
        ('verdict', 'int', 'IN', ()),
    )),
    'ctrend_claims_figure': ('int', 'STATUS', 'claims', (
        ('c', 'const ctrend_claims *', 'HANDLE', ()),
        ('i', 'size_t', 'IN', ()),
        ('which', 'int', 'ENUM', ('ctrend_claims_figure',)),
        ('value', 'double *', 'OUT', ()),
    )),
    'ctrend_claims_within_noise': ('int', 'STATUS', 'claims', (
        ('c', 'const ctrend_claims *', 'HANDLE', ()),
        ('i', 'size_t', 'IN', ()),
        ('out', 'int *', 'OUT', ()),
    )),
    'ctrend_claims_explanation': ('int', 'STATUS', 'claims', (
        ('c', 'const ctrend_claims *', 'HANDLE', ()),
        ('i', 'size_t', 'IN', ()),
        ('out', 'const char **', 'OUT', ()),
    )),
    'ctrend_claims_counts': ('int', 'STATUS', 'claims', (
        ('c', 'const ctrend_claims *', 'HANDLE', ()),
        ('n_supported', 'size_t *', 'OUT_OPT', ()),
        ('n_contradicted', 'size_t *', 'OUT_OPT', ()),
        ('n_unverifiable', 'size_t *', 'OUT_OPT', ()),
    )),
    'ctrend_claims_kind_of': ('int', 'STATUS', 'claims', (
        ('c', 'const ctrend_claims *', 'HANDLE', ()),
        ('i', 'size_t', 'IN', ()),
        ('out', 'int *', 'OUT', ()),
    )),
    'ctrend_claims_n_terms': ('size_t', 'VALUE', 'claims', (
        ('c', 'const ctrend_claims *', 'HANDLE', ()),
        ('i', 'size_t', 'IN', ()),
    )),
    'ctrend_claims_term_group': ('int', 'STATUS', 'claims', (
        ('c', 'const ctrend_claims *', 'HANDLE', ()),
        ('i', 'size_t', 'IN', ()),
        ('j', 'size_t', 'IN', ()),
        ('out', 'const char **', 'OUT', ()),
    )),
    'ctrend_claims_term_region': ('int', 'STATUS', 'claims', (
        ('c', 'const ctrend_claims *', 'HANDLE', ()),
        ('i', 'size_t', 'IN', ()),
        ('j', 'size_t', 'IN', ()),
        ('out', 'const char **', 'OUT', ()),
    )),
    'ctrend_claims_term_metric': ('int', 'STATUS', 'claims', (
        ('c', 'const ctrend_claims *', 'HANDLE', ()),
        ('i', 'size_t', 'IN', ()),
        ('j', 'size_t', 'IN', ()),
        ('out', 'const char **', 'OUT', ()),
    )),
    'ctrend_claims_term_side': ('int', 'STATUS', 'claims', (
        ('c', 'const ctrend_claims *', 'HANDLE', ()),
        ('i', 'size_t', 'IN', ()),
        ('j', 'size_t', 'IN', ()),
        ('out', 'int *', 'OUT', ()),
    )),
    'ctrend_claims_target': ('int', 'STATUS', 'claims', (
        ('c', 'const ctrend_claims *', 'HANDLE', ()),
        ('i', 'size_t', 'IN', ()),
        ('first', 'int32_t *', 'OUT', ()),
        ('last', 'int32_t *', 'OUT', ()),
    )),
    'ctrend_claims_base': ('int', 'STATUS', 'claims', (
        ('c', 'const ctrend_claims *', 'HANDLE', ()),
        ('i', 'size_t', 'IN', ()),
        ('first', 'int32_t *', 'OUT', ()),
        ('last', 'int32_t *', 'OUT', ()),
    )),
    'ctrend_claims_n_errors': ('size_t', 'VALUE', 'claims', (
        ('c', 'const ctrend_claims *', 'HANDLE', ()),
    )),
    'ctrend_claims_error_at': ('const char *', 'STRING', 'claims', (
        ('c', 'const ctrend_claims *', 'HANDLE', ()),
        ('k', 'size_t', 'IN', ()),
    )),
    'ctrend_claims_claim_error': ('const char *', 'STRING', 'claims', (
        ('c', 'const ctrend_claims *', 'HANDLE', ()),
        ('i', 'size_t', 'IN', ()),
        ('line', 'int *', 'OUT_OPT', ()),
        ('column', 'int *', 'OUT_OPT', ()),
    )),
    'ctrend_claims_note': ('int', 'STATUS', 'claims', (
        ('c', 'const ctrend_claims *', 'HANDLE', ()),
        ('i', 'size_t', 'IN', ()),
        ('out', 'const char **', 'OUT', ()),
    )),
    'ctrend_claims_n_invalid': ('size_t', 'VALUE', 'claims', (
        ('c', 'const ctrend_claims *', 'HANDLE', ()),
    )),
    'ctrend_figure_new': ('int', 'STATUS', 'figure', (
        ('out', 'ctrend_figure **', 'HANDLE_OUT', ()),
        ('err', 'ctrend_error *', 'ERROR_OUT', ()),
    )),
    'ctrend_figure_free': ('void', 'FREE', 'figure', (
        ('fig', 'ctrend_figure *', 'HANDLE_OPT', ()),
    )),
    'ctrend_figure_add_panel': ('int', 'STATUS', 'figure', (
        ('fig', 'ctrend_figure *', 'HANDLE', ()),
        ('start', 'int32_t', 'RANGE', ('MONTH_MIN', 'MONTH_MAX')),
        ('y', 'const double *', 'ARRAY_IN', ('n',)),
        ('n', 'size_t', 'LEN', ('1',)),
        ('panel', 'size_t *', 'OUT_OPT', ()),
    )),
    'ctrend_figure_add_series': ('int', 'STATUS', 'figure', (
        ('fig', 'ctrend_figure *', 'HANDLE', ()),
        ('f', 'const ctrend_frame *', 'HANDLE', ()),
        ('index', 'size_t', 'IN', ()),
        ('first', 'int32_t', 'RANGE', ('MONTH_MIN', 'MONTH_MAX')),
        ('last', 'int32_t', 'RANGE', ('MONTH_MIN', 'MONTH_MAX')),
        ('panel', 'size_t *', 'OUT_OPT', ()),
        ('err', 'ctrend_error *', 'ERROR_OUT', ()),
    )),
    'ctrend_figure_add_claim': ('int', 'STATUS', 'figure', (
        ('fig', 'ctrend_figure *', 'HANDLE', ()),
        ('cl', 'const ctrend_claims *', 'HANDLE', ()),
        ('i', 'size_t', 'IN', ()),
        ('all', 'const ctrend_frame *', 'HANDLE', ()),
        ('err', 'ctrend_error *', 'ERROR_OUT', ()),
    )),
    'ctrend_figure_add_rolling': ('int', 'STATUS', 'figure', (
        ('fig', 'ctrend_figure *', 'HANDLE', ()),
        ('panel', 'size_t', 'IN', ()),
        ('window', 'size_t', 'RANGE', ('1', 'SIZE_MAX')),
        ('align', 'int', 'ENUM', ('ctrend_align',)),
    )),
    'ctrend_figure_add_fit': ('int', 'STATUS', 'figure', (
        ('fig', 'ctrend_figure *', 'HANDLE', ()),
        ('panel', 'size_t', 'IN', ()),
        ('m', 'const ctrend_model *', 'HANDLE', ()),
    )),
    'ctrend_figure_add_forecast': ('int', 'STATUS', 'figure', (
        ('fig', 'ctrend_figure *', 'HANDLE', ()),
        ('panel', 'size_t', 'IN', ()),
        ('f', 'const ctrend_forecast *', 'HANDLE', ()),
    )),
    'ctrend_figure_add_span': ('int', 'STATUS', 'figure', (
        ('fig', 'ctrend_figure *', 'HANDLE', ()),
        ('panel', 'size_t', 'IN', ()),
        ('from', 'int32_t', 'RANGE', ('MONTH_MIN', 'MONTH_MAX')),
        ('to', 'int32_t', 'RANGE', ('MONTH_MIN', 'MONTH_MAX')),
        ('kind', 'int', 'ENUM', ('ctrend_figure_span_kind',)),
    )),
    'ctrend_figure_add_mark': ('int', 'STATUS', 'figure', (
        ('fig', 'ctrend_figure *', 'HANDLE', ()),
        ('panel', 'size_t', 'IN', ()),
        ('month', 'int32_t', 'RANGE', ('MONTH_MIN', 'MONTH_MAX')),
        ('kind', 'int', 'ENUM', ('ctrend_figure_mark_kind',)),
        ('label', 'const char *', 'STR_OPT', ()),
    )),
    'ctrend_figure_set_text': ('int', 'STATUS', 'figure', (
        ('fig', 'ctrend_figure *', 'HANDLE', ()),
        ('which', 'int', 'ENUM', ('ctrend_figure_text_key',)),
        ('text', 'const char *', 'STR_OPT', ()),
    )),
    'ctrend_figure_panel_set_text': ('int', 'STATUS', 'figure', (
        ('fig', 'ctrend_figure *', 'HANDLE', ()),
        ('panel', 'size_t', 'IN', ()),
        ('which', 'int', 'ENUM', ('ctrend_figure_panel_text_key',)),
        ('text', 'const char *', 'STR_OPT', ()),
    )),
    'ctrend_figure_set_options': ('int', 'STATUS', 'figure', (
        ('fig', 'ctrend_figure *', 'HANDLE', ()),
        ('style', 'int', 'ENUM', ('ctrend_figure_style',)),
        ('width', 'double', 'RANGE', ('0', '20000')),
        ('height', 'double', 'RANGE', ('0', '20000')),
        ('label_spans', 'int', 'BOOL', ()),
    )),
    'ctrend_figure_n_panels': ('size_t', 'VALUE', 'figure', (
        ('fig', 'const ctrend_figure *', 'HANDLE', ()),
    )),
    'ctrend_figure_options': ('int', 'STATUS', 'figure', (
        ('fig', 'const ctrend_figure *', 'HANDLE', ()),
        ('style', 'int *', 'OUT_OPT', ()),
        ('width', 'double *', 'OUT_OPT', ()),
        ('height', 'double *', 'OUT_OPT', ()),
        ('label_spans', 'int *', 'OUT_OPT', ()),
    )),
    'ctrend_figure_panel_months': ('int', 'STATUS', 'figure', (
        ('fig', 'const ctrend_figure *', 'HANDLE', ()),
        ('panel', 'size_t', 'IN', ()),
        ('start', 'int32_t *', 'OUT_OPT', ()),
        ('n', 'size_t *', 'OUT_OPT', ()),
        ('h', 'size_t *', 'OUT_OPT', ()),
    )),
    'ctrend_figure_x_range': ('int', 'STATUS', 'figure', (
        ('fig', 'const ctrend_figure *', 'HANDLE', ()),
        ('first', 'int32_t *', 'OUT_OPT', ()),
        ('last', 'int32_t *', 'OUT_OPT', ()),
        ('data_last', 'int32_t *', 'OUT_OPT', ()),
    )),
    'ctrend_figure_panel_vector': ('int', 'STATUS', 'figure', (
        ('fig', 'const ctrend_figure *', 'HANDLE', ()),
        ('panel', 'size_t', 'IN', ()),
        ('which', 'int', 'ENUM', ('ctrend_figure_layer',)),
        ('out', 'double *', 'CAP_OUT', ('cap',)),
        ('cap', 'size_t', 'CAP', ()),
        ('needed', 'size_t *', 'NEEDED', ()),
    )),
    'ctrend_figure_panel_missing': ('int', 'STATUS', 'figure', (
        ('fig', 'const ctrend_figure *', 'HANDLE', ()),
        ('panel', 'size_t', 'IN', ()),
        ('out', 'int32_t *', 'CAP_OUT', ('cap',)),
        ('cap', 'size_t', 'CAP', ()),
        ('needed', 'size_t *', 'NEEDED', ()),
    )),
    'ctrend_figure_panel_n_spans': ('int', 'STATUS', 'figure', (
        ('fig', 'const ctrend_figure *', 'HANDLE', ()),
        ('panel', 'size_t', 'IN', ()),
        ('n', 'size_t *', 'OUT', ()),
    )),
    'ctrend_figure_panel_span': ('int', 'STATUS', 'figure', (
        ('fig', 'const ctrend_figure *', 'HANDLE', ()),
        ('panel', 'size_t', 'IN', ()),
        ('k', 'size_t', 'IN', ()),
        ('from', 'int32_t *', 'OUT_OPT', ()),
        ('to', 'int32_t *', 'OUT_OPT', ()),
        ('kind', 'int *', 'OUT_OPT', ()),
    )),
    'ctrend_figure_panel_n_marks': ('int', 'STATUS', 'figure', (
        ('fig', 'const ctrend_figure *', 'HANDLE', ()),
        ('panel', 'size_t', 'IN', ()),
        ('n', 'size_t *', 'OUT', ()),
    )),
    'ctrend_figure_panel_mark': ('int', 'STATUS', 'figure', (
        ('fig', 'const ctrend_figure *', 'HANDLE', ()),
        ('panel', 'size_t', 'IN', ()),
        ('k', 'size_t', 'IN', ()),
        ('month', 'int32_t *', 'OUT_OPT', ()),
        ('kind', 'int *', 'OUT_OPT', ()),
    )),
    'ctrend_figure_panel_mark_label': ('int', 'STATUS', 'figure', (
        ('fig', 'const ctrend_figure *', 'HANDLE', ()),
        ('panel', 'size_t', 'IN', ()),
        ('k', 'size_t', 'IN', ()),
        ('buf', 'char *', 'STRBUF', ('cap',)),
        ('cap', 'size_t', 'CAP', ()),
        ('needed', 'size_t *', 'NEEDED', ()),
    )),
    'ctrend_figure_text': ('int', 'STATUS', 'figure', (
        ('fig', 'const ctrend_figure *', 'HANDLE', ()),
        ('which', 'int', 'ENUM', ('ctrend_figure_text_key',)),
        ('buf', 'char *', 'STRBUF', ('cap',)),
        ('cap', 'size_t', 'CAP', ()),
        ('needed', 'size_t *', 'NEEDED', ()),
    )),
    'ctrend_figure_panel_text': ('int', 'STATUS', 'figure', (
        ('fig', 'const ctrend_figure *', 'HANDLE', ()),
        ('panel', 'size_t', 'IN', ()),
        ('which', 'int', 'ENUM', ('ctrend_figure_panel_text_key',)),
        ('buf', 'char *', 'STRBUF', ('cap',)),
        ('cap', 'size_t', 'CAP', ()),
        ('needed', 'size_t *', 'NEEDED', ()),
    )),
    'ctrend_figure_device_from_path': ('int', 'STATUS', 'figure', (
        ('path', 'const char *', 'STR', ()),
        ('device', 'int *', 'OUT', ()),
    )),
}

class ctrend_error_t(ctypes.Structure):
    """Mirror of struct ctrend_error (ctrend/error.h; layout pinned). Check
    ctypes.sizeof(ctrend_error_t) == lib.ctrend_error_sizeof() after loading."""
    _fields_ = [("code", ctypes.c_int),
                ("message", ctypes.c_char * 160),
                ("file", ctypes.c_char * 80),
                ("line", ctypes.c_int64),
                ("column", ctypes.c_int64),
                ("key", ctypes.c_char * 160)]


class ctrend_exact_result_t(ctypes.Structure):
    """Mirror of struct ctrend_exact_result (ctrend/exact.h; layout pinned)."""
    _fields_ = [('estimate', ctypes.c_double),
                ('lower', ctypes.c_double),
                ('upper', ctypes.c_double),
                ('p_value', ctypes.c_double)]


class ctrend_exact_test_t(ctypes.Structure):
    """Mirror of struct ctrend_exact_test (ctrend/exact.h; layout pinned)."""
    _fields_ = [('null_value', ctypes.c_double),
                ('alternative', ctypes.c_int),
                ('level', ctypes.c_double)]


#: RECORDS[tag] = (ctypes class, (field names in layout order)); make_record() fills one.
RECORDS = {
    'ctrend_exact_result': (ctrend_exact_result_t, ('estimate', 'lower', 'upper', 'p_value')),
    'ctrend_exact_test': (ctrend_exact_test_t, ('null_value', 'alternative', 'level')),
}


_PROTOTYPES = {
    'ctrend_strerror': (ctypes.c_char_p, [ctypes.c_int]),
    'ctrend_status_name': (ctypes.c_char_p, [ctypes.c_int]),
    'ctrend_status_count': (ctypes.c_int, []),
    'ctrend_version_number': (ctypes.c_int, []),
    'ctrend_version_string': (ctypes.c_char_p, []),
    'ctrend_init': (None, []),
    'ctrend_error_sizeof': (ctypes.c_size_t, []),
    'ctrend_error_clear': (None, [ctypes.POINTER(ctrend_error_t)]),
    'ctrend_error_set': (ctypes.c_int, [ctypes.POINTER(ctrend_error_t), ctypes.c_int, ctypes.c_char_p, ctypes.c_int64, ctypes.c_int64, ctypes.c_char_p, ctypes.c_char_p]),
    'ctrend_error_format': (ctypes.c_int, [ctypes.POINTER(ctrend_error_t), ctypes.POINTER(ctypes.c_char), ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_month_parse': (ctypes.c_int, [ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_int32)]),
    'ctrend_month_make': (ctypes.c_int, [ctypes.c_int32, ctypes.c_int32, ctypes.POINTER(ctypes.c_int32)]),
    'ctrend_month_year': (ctypes.c_int32, [ctypes.c_int32]),
    'ctrend_month_of_year': (ctypes.c_int32, [ctypes.c_int32]),
    'ctrend_month_days': (ctypes.c_int32, [ctypes.c_int32]),
    'ctrend_month_add': (ctypes.c_int32, [ctypes.c_int32, ctypes.c_int32]),
    'ctrend_month_format': (ctypes.c_int, [ctypes.c_int32, ctypes.POINTER(ctypes.c_char), ctypes.c_size_t]),
    'ctrend_month_format_v2': (ctypes.c_int, [ctypes.c_int32, ctypes.POINTER(ctypes.c_char), ctypes.c_size_t]),
    'ctrend_month_parse_v2': (ctypes.c_int, [ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_int32)]),
    'ctrend_frame_new': (ctypes.c_int, [ctypes.POINTER(ctypes.c_void_p)]),
    'ctrend_frame_free': (None, [ctypes.c_void_p]),
    'ctrend_frame_add_series': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_frame_find': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_frame_set': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int32, ctypes.c_double]),
    'ctrend_frame_accumulate': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int32, ctypes.c_double]),
    'ctrend_frame_fill_unset': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int32, ctypes.c_int32, ctypes.c_double]),
    'ctrend_frame_n_series': (ctypes.c_size_t, [ctypes.c_void_p]),
    'ctrend_frame_start': (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int32)]),
    'ctrend_frame_n_months': (ctypes.c_size_t, [ctypes.c_void_p]),
    'ctrend_frame_group': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_char_p)]),
    'ctrend_frame_region': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_char_p)]),
    'ctrend_frame_metric': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_char_p)]),
    'ctrend_frame_values': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_frame_get': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int32, ctypes.POINTER(ctypes.c_double)]),
    'ctrend_frame_span': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_int32), ctypes.POINTER(ctypes.c_int32)]),
    'ctrend_frame_collapse': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.POINTER(ctypes.c_void_p)]),
    'ctrend_frame_window': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int32, ctypes.c_size_t, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_frame_merge': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctrend_error_t)]),
    'ctrend_frame_set_values': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.c_int32, ctypes.POINTER(ctrend_error_t)]),
    'ctrend_reader_new': (ctypes.c_int, [ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctrend_error_t)]),
    'ctrend_reader_free': (None, [ctypes.c_void_p]),
    'ctrend_reader_set_int': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.c_int64]),
    'ctrend_reader_set_str': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p]),
    'ctrend_reader_feed': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t]),
    'ctrend_reader_finish': (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctrend_error_t)]),
    'ctrend_reader_read_file': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctrend_error_t)]),
    'ctrend_reader_error': (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctrend_error_t)]),
    'ctrend_reader_errmsg': (ctypes.c_char_p, [ctypes.c_void_p]),
    'ctrend_reader_opt_type': (ctypes.c_int, [ctypes.c_int]),
    'ctrend_reader_opts_bounds': (ctypes.c_int, [ctypes.c_int, ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double)]),
    'ctrend_reader_n_skipped': (ctypes.c_int64, [ctypes.c_void_p]),
    'ctrend_reader_skipped_line': (ctypes.c_int64, [ctypes.c_void_p, ctypes.c_int64]),
    'ctrend_name_distance': (ctypes.c_int64, [ctypes.c_char_p, ctypes.c_char_p]),
    'ctrend_filter_new': (ctypes.c_int, [ctypes.POINTER(ctypes.c_void_p)]),
    'ctrend_filter_free': (None, [ctypes.c_void_p]),
    'ctrend_filter_add': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_char_p]),
    'ctrend_filter_errmsg': (ctypes.c_char_p, [ctypes.c_void_p]),
    'ctrend_filter_error_offset': (ctypes.c_int64, [ctypes.c_void_p]),
    'ctrend_filter_n_columns': (ctypes.c_int64, [ctypes.c_void_p]),
    'ctrend_filter_column': (ctypes.c_char_p, [ctypes.c_void_p, ctypes.c_int64]),
    'ctrend_filter_eval': (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctypes.POINTER(ctypes.c_char)), ctypes.c_int64, ctypes.POINTER(ctypes.c_int)]),
    'ctrend_reader_set_filter': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_void_p]),
    'ctrend_rolling_mean': (ctypes.c_int, [ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.c_size_t, ctypes.c_int, ctypes.c_size_t, ctypes.POINTER(ctypes.c_double)]),
    'ctrend_rolling_sum': (ctypes.c_int, [ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.c_size_t, ctypes.c_int, ctypes.c_size_t, ctypes.POINTER(ctypes.c_double)]),
    'ctrend_rolling_cumsum': (ctypes.c_int, [ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctypes.c_double)]),
    'ctrend_change_reason_count': (ctypes.c_int, []),
    'ctrend_change_reason_string': (ctypes.c_char_p, [ctypes.c_int]),
    'ctrend_change_reason_name': (ctypes.c_char_p, [ctypes.c_int]),
    'ctrend_change_pct': (ctypes.c_int, [ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.c_size_t, ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_int32)]),
    'ctrend_change_pct_vs_mean': (ctypes.c_int, [ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.c_size_t, ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_int32)]),
    'ctrend_change_diff': (ctypes.c_int, [ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.c_size_t, ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_int32)]),
    'ctrend_change_ratio': (ctypes.c_int, [ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.c_size_t, ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_int32)]),
    'ctrend_change_share': (ctypes.c_int, [ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_int32)]),
    'ctrend_aggregate_per_day': (ctypes.c_int, [ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.c_int32, ctypes.POINTER(ctypes.c_double)]),
    'ctrend_aggregate_periods': (ctypes.c_int, [ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.c_int32, ctypes.c_size_t, ctypes.c_int, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t), ctypes.POINTER(ctypes.c_int32)]),
    'ctrend_design_new': (ctypes.c_int, [ctypes.c_int32, ctypes.c_size_t, ctypes.POINTER(ctypes.c_void_p)]),
    'ctrend_design_free': (None, [ctypes.c_void_p]),
    'ctrend_design_clone': (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p)]),
    'ctrend_design_window': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, ctypes.POINTER(ctypes.c_void_p)]),
    'ctrend_design_set_intercept': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int]),
    'ctrend_design_add_trend': (ctypes.c_int, [ctypes.c_void_p]),
    'ctrend_design_add_fourier': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t]),
    'ctrend_design_add_month_dummies': (ctypes.c_int, [ctypes.c_void_p]),
    'ctrend_design_add_step': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int32, ctypes.c_char_p]),
    'ctrend_design_add_slope_change': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int32, ctypes.c_char_p]),
    'ctrend_design_add_column': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t]),
    'ctrend_design_set_future_column': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t]),
    'ctrend_design_set_offset_days': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int]),
    'ctrend_design_set_offset': (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t]),
    'ctrend_design_set_future_offset': (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t]),
    'ctrend_design_ncol': (ctypes.c_size_t, [ctypes.c_void_p]),
    'ctrend_design_nrow': (ctypes.c_size_t, [ctypes.c_void_p]),
    'ctrend_design_start': (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int32)]),
    'ctrend_design_col_name': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_char_p)]),
    'ctrend_design_find': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_design_matrix': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_design_set_exposure': (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctrend_error_t)]),
    'ctrend_model_opts_new': (ctypes.c_int, [ctypes.POINTER(ctypes.c_void_p)]),
    'ctrend_model_opts_free': (None, [ctypes.c_void_p]),
    'ctrend_model_opts_set_double': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.c_double]),
    'ctrend_model_opts_set_int': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.c_int64]),
    'ctrend_model_opts_bounds': (ctypes.c_int, [ctypes.c_int, ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double)]),
    'ctrend_model_opts_get': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(ctypes.c_double)]),
    'ctrend_model_opts_cancel': (None, [ctypes.c_void_p]),
    'ctrend_model_opts_reset': (None, [ctypes.c_void_p]),
    'ctrend_model_opts_cancelled': (ctypes.c_int, [ctypes.c_void_p]),
    'ctrend_model_opts_progress': (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctypes.c_size_t), ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_model_opts_errmsg': (ctypes.c_char_p, [ctypes.c_void_p]),
    'ctrend_model_fit': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctrend_error_t)]),
    'ctrend_model_free': (None, [ctypes.c_void_p]),
    'ctrend_model_family': (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int)]),
    'ctrend_model_ncoef': (ctypes.c_size_t, [ctypes.c_void_p]),
    'ctrend_model_nrow': (ctypes.c_size_t, [ctypes.c_void_p]),
    'ctrend_model_coef_name': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_char_p)]),
    'ctrend_model_design': (ctypes.c_void_p, [ctypes.c_void_p]),
    'ctrend_model_vector': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_model_scalar': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(ctypes.c_double)]),
    'ctrend_breaks_fit': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.c_int, ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctrend_error_t)]),
    'ctrend_breaks_free': (None, [ctypes.c_void_p]),
    'ctrend_breaks_month': (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int32)]),
    'ctrend_breaks_scalar': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(ctypes.c_double)]),
    'ctrend_breaks_profile': (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_breaks_max_work': (ctypes.c_double, []),
    'ctrend_model_predict': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int, ctypes.c_double, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_forecast_new': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, ctypes.c_uint64, ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctrend_error_t)]),
    'ctrend_forecast_new_v2': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, ctypes.c_uint64, ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctrend_error_t)]),
    'ctrend_forecast_free': (None, [ctypes.c_void_p]),
    'ctrend_forecast_horizon': (ctypes.c_size_t, [ctypes.c_void_p]),
    'ctrend_forecast_n_sims': (ctypes.c_size_t, [ctypes.c_void_p]),
    'ctrend_forecast_month': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_int32)]),
    'ctrend_forecast_vector': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_forecast_interval': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.c_double, ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_forecast_quantile': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.c_double, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_forecast_samples': (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_forecast_max_horizon': (ctypes.c_size_t, []),
    'ctrend_forecast_max_draws': (ctypes.c_double, []),
    'ctrend_forecast_max_mean': (ctypes.c_double, []),
    'ctrend_exact_poisson_ci': (ctypes.c_int, [ctypes.c_double, ctypes.c_double, ctypes.c_double, ctypes.POINTER(ctrend_exact_result_t)]),
    'ctrend_exact_poisson_ci_midp': (ctypes.c_int, [ctypes.c_double, ctypes.c_double, ctypes.c_double, ctypes.POINTER(ctrend_exact_result_t)]),
    'ctrend_exact_poisson_test': (ctypes.c_int, [ctypes.c_double, ctypes.c_double, ctypes.POINTER(ctrend_exact_test_t), ctypes.POINTER(ctrend_exact_result_t)]),
    'ctrend_exact_rate_ratio': (ctypes.c_int, [ctypes.c_double, ctypes.c_double, ctypes.c_double, ctypes.c_double, ctypes.POINTER(ctrend_exact_test_t), ctypes.POINTER(ctrend_exact_result_t)]),
    'ctrend_exact_vs_previous': (ctypes.c_int, [ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.c_size_t, ctypes.c_size_t, ctypes.POINTER(ctrend_exact_test_t), ctypes.POINTER(ctrend_exact_result_t)]),
    'ctrend_exact_period_ratio': (ctypes.c_int, [ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctrend_exact_test_t), ctypes.POINTER(ctrend_exact_result_t)]),
    'ctrend_dist_dpois': (ctypes.c_int, [ctypes.c_double, ctypes.c_double, ctypes.c_int, ctypes.POINTER(ctypes.c_double)]),
    'ctrend_dist_ppois': (ctypes.c_int, [ctypes.c_double, ctypes.c_double, ctypes.c_int, ctypes.c_int, ctypes.POINTER(ctypes.c_double)]),
    'ctrend_dist_qpois': (ctypes.c_int, [ctypes.c_double, ctypes.c_double, ctypes.c_int, ctypes.c_int, ctypes.POINTER(ctypes.c_double)]),
    'ctrend_dist_dnbinom': (ctypes.c_int, [ctypes.c_double, ctypes.c_double, ctypes.c_double, ctypes.c_int, ctypes.POINTER(ctypes.c_double)]),
    'ctrend_dist_dnbinom_mu': (ctypes.c_int, [ctypes.c_double, ctypes.c_double, ctypes.c_double, ctypes.c_int, ctypes.POINTER(ctypes.c_double)]),
    'ctrend_dist_pnbinom_mu': (ctypes.c_int, [ctypes.c_double, ctypes.c_double, ctypes.c_double, ctypes.c_int, ctypes.c_int, ctypes.POINTER(ctypes.c_double)]),
    'ctrend_dist_qnbinom_mu': (ctypes.c_int, [ctypes.c_double, ctypes.c_double, ctypes.c_double, ctypes.c_int, ctypes.c_int, ctypes.POINTER(ctypes.c_double)]),
    'ctrend_score_mae': (ctypes.c_int, [ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_score_rmse': (ctypes.c_int, [ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_score_msle': (ctypes.c_int, [ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_score_crps_poisson': (ctypes.c_int, [ctypes.c_double, ctypes.c_double, ctypes.POINTER(ctypes.c_double)]),
    'ctrend_score_crps_tol_default': (ctypes.c_double, []),
    'ctrend_score_crps_max_terms_default': (ctypes.c_size_t, []),
    'ctrend_score_crps_nbinom': (ctypes.c_int, [ctypes.c_double, ctypes.c_double, ctypes.c_double, ctypes.c_double, ctypes.c_size_t, ctypes.POINTER(ctypes.c_double)]),
    'ctrend_score_crps_sample': (ctypes.c_int, [ctypes.c_double, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.c_int, ctypes.POINTER(ctypes.c_double)]),
    'ctrend_score_crps_sample_mean': (ctypes.c_int, [ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.c_int, ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_score_ign_alpha_default': (ctypes.c_double, []),
    'ctrend_score_ign_nbins': (ctypes.c_size_t, []),
    'ctrend_score_ign_floor_default': (ctypes.c_double, []),
    'ctrend_score_ign_bin': (ctypes.c_int, [ctypes.c_double, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_score_ign_edges': (ctypes.c_int, [ctypes.POINTER(ctypes.c_double)]),
    'ctrend_score_ignorance_sample': (ctypes.c_int, [ctypes.c_double, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.c_double, ctypes.POINTER(ctypes.c_double)]),
    'ctrend_score_ignorance_sample_mean': (ctypes.c_int, [ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.c_double, ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_score_ignorance_poisson': (ctypes.c_int, [ctypes.c_double, ctypes.c_double, ctypes.c_double, ctypes.POINTER(ctypes.c_double)]),
    'ctrend_score_ignorance_nbinom': (ctypes.c_int, [ctypes.c_double, ctypes.c_double, ctypes.c_double, ctypes.c_double, ctypes.POINTER(ctypes.c_double)]),
    'ctrend_score_interval': (ctypes.c_int, [ctypes.c_double, ctypes.c_double, ctypes.c_double, ctypes.c_double, ctypes.POINTER(ctypes.c_double)]),
    'ctrend_score_interval_mean': (ctypes.c_int, [ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.c_double, ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_score_coverage': (ctypes.c_int, [ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_score_quantile_sample': (ctypes.c_int, [ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.c_double, ctypes.POINTER(ctypes.c_double)]),
    'ctrend_baseline_count': (ctypes.c_int, []),
    'ctrend_baseline_season': (ctypes.c_size_t, []),
    'ctrend_baseline_poisson_max': (ctypes.c_double, []),
    'ctrend_baseline_name': (ctypes.c_char_p, [ctypes.c_int]),
    'ctrend_baseline_parse': (ctypes.c_int, [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]),
    'ctrend_baseline_opts_new': (ctypes.c_int, [ctypes.POINTER(ctypes.c_void_p)]),
    'ctrend_baseline_opts_free': (None, [ctypes.c_void_p]),
    'ctrend_baseline_opts_set_int': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.c_int64]),
    'ctrend_baseline_opts_get_int': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(ctypes.c_int64)]),
    'ctrend_baseline_opts_bounds': (ctypes.c_int, [ctypes.c_int, ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double)]),
    'ctrend_baseline_forecast': (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.c_size_t, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_backtest_metric_count': (ctypes.c_int, []),
    'ctrend_backtest_metric_name': (ctypes.c_char_p, [ctypes.c_int]),
    'ctrend_backtest_origins': (ctypes.c_int, [ctypes.c_size_t, ctypes.c_size_t, ctypes.c_size_t, ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_backtest_new': (ctypes.c_int, [ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.c_size_t, ctypes.c_size_t, ctypes.c_size_t, ctypes.c_size_t, ctypes.c_uint64, ctypes.POINTER(ctypes.c_void_p)]),
    'ctrend_backtest_free': (None, [ctypes.c_void_p]),
    'ctrend_backtest_set_window': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t]),
    'ctrend_backtest_n_origins': (ctypes.c_size_t, [ctypes.c_void_p]),
    'ctrend_backtest_origin': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_backtest_add_baseline': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t, ctypes.c_char_p, ctypes.POINTER(ctrend_error_t)]),
    'ctrend_backtest_add_baseline_v2': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_void_p, ctypes.POINTER(ctrend_error_t)]),
    'ctrend_backtest_add_model': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(ctrend_error_t)]),
    'ctrend_backtest_add_forecasts': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctrend_error_t)]),
    'ctrend_backtest_n_models': (ctypes.c_size_t, [ctypes.c_void_p]),
    'ctrend_backtest_model_name': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_char_p)]),
    'ctrend_backtest_score': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.POINTER(ctypes.c_double)]),
    'ctrend_backtest_score_lead': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, ctypes.c_int, ctypes.POINTER(ctypes.c_double)]),
    'ctrend_backtest_points': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_backtest_rank': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(ctypes.c_size_t), ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_backtest_max_draws': (ctypes.c_double, []),
    'ctrend_batch_default_threads': (ctypes.c_size_t, []),
    'ctrend_batch_values': (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctypes.c_size_t), ctypes.c_size_t, ctypes.c_int32, ctypes.c_size_t, ctypes.POINTER(ctypes.c_double)]),
    'ctrend_batch_opts_new': (ctypes.c_int, [ctypes.POINTER(ctypes.c_void_p)]),
    'ctrend_batch_opts_free': (None, [ctypes.c_void_p]),
    'ctrend_batch_opts_set_int': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.c_int64]),
    'ctrend_batch_opts_get_int': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(ctypes.c_int64)]),
    'ctrend_batch_opts_bounds': (ctypes.c_int, [ctypes.c_int, ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double)]),
    'ctrend_batch_opts_set_series': (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctypes.c_size_t), ctypes.c_size_t]),
    'ctrend_batch_opts_n_series': (ctypes.c_size_t, [ctypes.c_void_p, ctypes.c_void_p]),
    'ctrend_batch_opts_set_keys': (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int), ctypes.c_size_t]),
    'ctrend_batch_opts_n_keys': (ctypes.c_size_t, [ctypes.c_void_p]),
    'ctrend_batch_opts_set_model': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_void_p]),
    'ctrend_batch_opts_cancel': (None, [ctypes.c_void_p]),
    'ctrend_batch_opts_reset': (None, [ctypes.c_void_p]),
    'ctrend_batch_opts_cancelled': (ctypes.c_int, [ctypes.c_void_p]),
    'ctrend_batch_opts_progress': (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctypes.c_size_t), ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_batch_opts_error': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctrend_error_t)]),
    'ctrend_batch_fit': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_int)]),
    'ctrend_batch_fit_models': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(ctypes.c_void_p), ctypes.c_size_t, ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_int)]),
    'ctrend_batch_fit_models_v2': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(ctypes.c_void_p), ctypes.c_size_t, ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_int)]),
    'ctrend_batch_rolling_mean': (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.c_size_t, ctypes.c_size_t, ctypes.c_size_t, ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_int)]),
    'ctrend_batch_change_pct': (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.c_size_t, ctypes.c_size_t, ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_int32), ctypes.POINTER(ctypes.c_int)]),
    'ctrend_claims_opts_new': (ctypes.c_int, [ctypes.POINTER(ctypes.c_void_p)]),
    'ctrend_claims_opts_free': (None, [ctypes.c_void_p]),
    'ctrend_claims_opts_set_double': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.c_double]),
    'ctrend_claims_opts_set_int': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.c_int64]),
    'ctrend_claims_opts_get': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(ctypes.c_double)]),
    'ctrend_claims_opts_bounds': (ctypes.c_int, [ctypes.c_int, ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double)]),
    'ctrend_claims_parse': (ctypes.c_int, [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctrend_error_t)]),
    'ctrend_claims_parse_lenient': (ctypes.c_int, [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctrend_error_t)]),
    'ctrend_claims_free': (None, [ctypes.c_void_p]),
    'ctrend_claims_errmsg': (ctypes.c_char_p, [ctypes.c_void_p]),
    'ctrend_claims_error': (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctrend_error_t)]),
    'ctrend_claims_check': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.POINTER(ctrend_error_t)]),
    'ctrend_claims_count': (ctypes.c_size_t, [ctypes.c_void_p]),
    'ctrend_claims_find': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_claims_id': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_char_p)]),
    'ctrend_claims_quote': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_char_p)]),
    'ctrend_claims_source': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_char_p)]),
    'ctrend_claims_text': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_char_p)]),
    'ctrend_claims_line': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_int)]),
    'ctrend_claims_verdict': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_int)]),
    'ctrend_claims_verdict_name': (ctypes.c_char_p, [ctypes.c_int]),
    'ctrend_claims_figure': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.POINTER(ctypes.c_double)]),
    'ctrend_claims_within_noise': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_int)]),
    'ctrend_claims_explanation': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_char_p)]),
    'ctrend_claims_counts': (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctypes.c_size_t), ctypes.POINTER(ctypes.c_size_t), ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_claims_kind_of': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_int)]),
    'ctrend_claims_n_terms': (ctypes.c_size_t, [ctypes.c_void_p, ctypes.c_size_t]),
    'ctrend_claims_term_group': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, ctypes.POINTER(ctypes.c_char_p)]),
    'ctrend_claims_term_region': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, ctypes.POINTER(ctypes.c_char_p)]),
    'ctrend_claims_term_metric': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, ctypes.POINTER(ctypes.c_char_p)]),
    'ctrend_claims_term_side': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, ctypes.POINTER(ctypes.c_int)]),
    'ctrend_claims_target': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_int32), ctypes.POINTER(ctypes.c_int32)]),
    'ctrend_claims_base': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_int32), ctypes.POINTER(ctypes.c_int32)]),
    'ctrend_claims_n_errors': (ctypes.c_size_t, [ctypes.c_void_p]),
    'ctrend_claims_error_at': (ctypes.c_char_p, [ctypes.c_void_p, ctypes.c_size_t]),
    'ctrend_claims_claim_error': (ctypes.c_char_p, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int)]),
    'ctrend_claims_note': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_char_p)]),
    'ctrend_claims_n_invalid': (ctypes.c_size_t, [ctypes.c_void_p]),
    'ctrend_figure_new': (ctypes.c_int, [ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctrend_error_t)]),
    'ctrend_figure_free': (None, [ctypes.c_void_p]),
    'ctrend_figure_add_panel': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int32, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_figure_add_series': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int32, ctypes.c_int32, ctypes.POINTER(ctypes.c_size_t), ctypes.POINTER(ctrend_error_t)]),
    'ctrend_figure_add_claim': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_void_p, ctypes.POINTER(ctrend_error_t)]),
    'ctrend_figure_add_rolling': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, ctypes.c_int]),
    'ctrend_figure_add_fit': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_void_p]),
    'ctrend_figure_add_forecast': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_void_p]),
    'ctrend_figure_add_span': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int32, ctypes.c_int32, ctypes.c_int]),
    'ctrend_figure_add_mark': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int32, ctypes.c_int, ctypes.c_char_p]),
    'ctrend_figure_set_text': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p]),
    'ctrend_figure_panel_set_text': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_char_p]),
    'ctrend_figure_set_options': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.c_double, ctypes.c_double, ctypes.c_int]),
    'ctrend_figure_n_panels': (ctypes.c_size_t, [ctypes.c_void_p]),
    'ctrend_figure_options': (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_int)]),
    'ctrend_figure_panel_months': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_int32), ctypes.POINTER(ctypes.c_size_t), ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_figure_x_range': (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int32), ctypes.POINTER(ctypes.c_int32), ctypes.POINTER(ctypes.c_int32)]),
    'ctrend_figure_panel_vector': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_figure_panel_missing': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_int32), ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_figure_panel_n_spans': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_figure_panel_span': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, ctypes.POINTER(ctypes.c_int32), ctypes.POINTER(ctypes.c_int32), ctypes.POINTER(ctypes.c_int)]),
    'ctrend_figure_panel_n_marks': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_figure_panel_mark': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, ctypes.POINTER(ctypes.c_int32), ctypes.POINTER(ctypes.c_int)]),
    'ctrend_figure_panel_mark_label': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, ctypes.POINTER(ctypes.c_char), ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_figure_text': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(ctypes.c_char), ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_figure_panel_text': (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.POINTER(ctypes.c_char), ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]),
    'ctrend_figure_device_from_path': (ctypes.c_int, [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]),
}

#: Scalar argument constraints: (func, param) -> ('range', (lo, hi, lo_open, hi_open)) |
#: ('oneof', values) | ('enum', tag) | ('real', None); integer C types carry their type's range.
CONSTRAINTS = {
    ('ctrend_strerror', 'status'): ('range', (-2147483648, 2147483647, False, False), 'int'),
    ('ctrend_status_name', 'status'): ('range', (-2147483648, 2147483647, False, False), 'int'),
    ('ctrend_error_set', 'code'): ('enum', 'ctrend_status', 'int'),
    ('ctrend_error_set', 'line'): ('range', (-9223372036854775808, 9223372036854775807, False, False), 'int64_t'),
    ('ctrend_error_set', 'column'): ('range', (-9223372036854775808, 9223372036854775807, False, False), 'int64_t'),
    ('ctrend_error_format', 'cap'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_month_parse', 'len'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_month_make', 'year'): ('range', (1, 9999, False, False), 'int32_t'),
    ('ctrend_month_make', 'month_of_year'): ('range', (1, 12, False, False), 'int32_t'),
    ('ctrend_month_year', 'month'): ('range', (-2147483648, 2147483647, False, False), 'int32_t'),
    ('ctrend_month_of_year', 'month'): ('range', (-2147483648, 2147483647, False, False), 'int32_t'),
    ('ctrend_month_days', 'month'): ('range', (-2147483648, 2147483647, False, False), 'int32_t'),
    ('ctrend_month_add', 'month'): ('range', (-2147483648, 2147483647, False, False), 'int32_t'),
    ('ctrend_month_add', 'n_months'): ('range', (-2147483648, 2147483647, False, False), 'int32_t'),
    ('ctrend_month_format', 'month'): ('range', (12, 119999, False, False), 'int32_t'),
    ('ctrend_month_format', 'cap'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_month_format_v2', 'month'): ('range', (-2147483648, 2147483647, False, False), 'int32_t'),
    ('ctrend_month_format_v2', 'cap'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_month_parse_v2', 'len'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_frame_set', 'index'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_frame_set', 'month'): ('range', (12, 119999, False, False), 'int32_t'),
    ('ctrend_frame_set', 'value'): ('real', None, 'double'),
    ('ctrend_frame_accumulate', 'index'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_frame_accumulate', 'month'): ('range', (12, 119999, False, False), 'int32_t'),
    ('ctrend_frame_accumulate', 'value'): ('real', None, 'double'),
    ('ctrend_frame_fill_unset', 'index'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_frame_fill_unset', 'from_month'): ('range', (12, 119999, False, False), 'int32_t'),
    ('ctrend_frame_fill_unset', 'to_month'): ('range', (12, 119999, False, False), 'int32_t'),
    ('ctrend_frame_fill_unset', 'value'): ('real', None, 'double'),
    ('ctrend_frame_group', 'index'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_frame_region', 'index'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_frame_metric', 'index'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_frame_values', 'index'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_frame_values', 'cap'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_frame_get', 'index'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_frame_get', 'month'): ('range', (-2147483648, 2147483647, False, False), 'int32_t'),
    ('ctrend_frame_span', 'index'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_frame_collapse', 'keep_group'): ('oneof', (0, 1), 'int'),
    ('ctrend_frame_collapse', 'keep_region'): ('oneof', (0, 1), 'int'),
    ('ctrend_frame_collapse', 'skip_missing'): ('oneof', (0, 1), 'int'),
    ('ctrend_frame_window', 'index'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_frame_window', 'first_month'): ('range', (-2147483648, 2147483647, False, False), 'int32_t'),
    ('ctrend_frame_window', 'n_months'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_frame_window', 'cap'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_frame_set_values', 'index'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_frame_set_values', 'n'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_frame_set_values', 'first_month'): ('range', (12, 119999, False, False), 'int32_t'),
    ('ctrend_reader_set_int', 'option'): ('enum', 'ctrend_read_option', 'int'),
    ('ctrend_reader_set_int', 'value'): ('range', (-9223372036854775808, 9223372036854775807, False, False), 'int64_t'),
    ('ctrend_reader_set_str', 'option'): ('enum', 'ctrend_read_option', 'int'),
    ('ctrend_reader_feed', 'len'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_reader_opt_type', 'key'): ('range', (-2147483648, 2147483647, False, False), 'int'),
    ('ctrend_reader_opts_bounds', 'key'): ('enum', 'ctrend_read_option', 'int'),
    ('ctrend_reader_skipped_line', 'k'): ('range', (-9223372036854775808, 9223372036854775807, False, False), 'int64_t'),
    ('ctrend_filter_column', 'k'): ('range', (-9223372036854775808, 9223372036854775807, False, False), 'int64_t'),
    ('ctrend_filter_eval', 'n_cells'): ('range', (0, 9223372036854775807, False, False), 'int64_t'),
    ('ctrend_rolling_mean', 'n'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_rolling_mean', 'window'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_rolling_mean', 'align'): ('enum', 'ctrend_align', 'int'),
    ('ctrend_rolling_mean', 'min_periods'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_rolling_sum', 'n'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_rolling_sum', 'window'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_rolling_sum', 'align'): ('enum', 'ctrend_align', 'int'),
    ('ctrend_rolling_sum', 'min_periods'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_rolling_cumsum', 'n'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_change_reason_string', 'reason'): ('range', (-2147483648, 2147483647, False, False), 'int'),
    ('ctrend_change_reason_name', 'reason'): ('range', (-2147483648, 2147483647, False, False), 'int'),
    ('ctrend_change_pct', 'n'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_change_pct', 'lag'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_change_pct_vs_mean', 'n'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_change_pct_vs_mean', 'k'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_change_diff', 'n'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_change_diff', 'lag'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_change_ratio', 'n'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_change_ratio', 'lag'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_change_share', 'n'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_aggregate_per_day', 'n'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_aggregate_per_day', 'start_month'): ('range', (12, 119999, False, False), 'int32_t'),
    ('ctrend_aggregate_periods', 'n'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_aggregate_periods', 'start_month'): ('range', (12, 119999, False, False), 'int32_t'),
    ('ctrend_aggregate_periods', 'period_months'): ('oneof', (1, 2, 3, 4, 6, 12), 'size_t'),
    ('ctrend_aggregate_periods', 'allow_missing'): ('oneof', (0, 1), 'int'),
    ('ctrend_aggregate_periods', 'cap'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_design_new', 'start_month'): ('range', (12, 119999, False, False), 'int32_t'),
    ('ctrend_design_new', 'n_months'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_design_window', 'first'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_design_window', 'n_months'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_design_set_intercept', 'on'): ('oneof', (0, 1), 'int'),
    ('ctrend_design_add_fourier', 'k_pairs'): ('range', (1, 5, False, False), 'size_t'),
    ('ctrend_design_add_step', 'month'): ('range', (-2147483648, 2147483647, False, False), 'int32_t'),
    ('ctrend_design_add_slope_change', 'month'): ('range', (-2147483648, 2147483647, False, False), 'int32_t'),
    ('ctrend_design_add_column', 'n'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_design_set_future_column', 'h'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_design_set_offset_days', 'on'): ('oneof', (0, 1), 'int'),
    ('ctrend_design_set_offset', 'n'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_design_set_future_offset', 'h'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_design_col_name', 'j'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_design_matrix', 'first'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_design_matrix', 'rows'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_design_matrix', 'cap'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_design_matrix', 'off_cap'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_design_set_exposure', 'n'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_model_opts_set_double', 'opt'): ('enum', 'ctrend_model_opt', 'int'),
    ('ctrend_model_opts_set_double', 'value'): ('real', None, 'double'),
    ('ctrend_model_opts_set_int', 'opt'): ('enum', 'ctrend_model_opt', 'int'),
    ('ctrend_model_opts_set_int', 'value'): ('range', (-9223372036854775808, 9223372036854775807, False, False), 'int64_t'),
    ('ctrend_model_opts_bounds', 'opt'): ('enum', 'ctrend_model_opt', 'int'),
    ('ctrend_model_opts_get', 'opt'): ('enum', 'ctrend_model_opt', 'int'),
    ('ctrend_model_fit', 'family'): ('enum', 'ctrend_family', 'int'),
    ('ctrend_model_fit', 'n'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_model_coef_name', 'j'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_model_vector', 'which'): ('enum', 'ctrend_model_vec', 'int'),
    ('ctrend_model_vector', 'cap'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_model_scalar', 'which'): ('enum', 'ctrend_model_sca', 'int'),
    ('ctrend_breaks_fit', 'family'): ('enum', 'ctrend_family', 'int'),
    ('ctrend_breaks_fit', 'n'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_breaks_fit', 'kind'): ('enum', 'ctrend_break_kind', 'int'),
    ('ctrend_breaks_scalar', 'which'): ('enum', 'ctrend_breaks_sca', 'int'),
    ('ctrend_breaks_profile', 'cap'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_model_predict', 'kind'): ('enum', 'ctrend_predict_kind', 'int'),
    ('ctrend_model_predict', 'level'): ('range', (0, 1, True, True), 'double'),
    ('ctrend_model_predict', 'cap'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_forecast_new', 'h'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_forecast_new', 'n_sims'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_forecast_new', 'seed'): ('range', (0, 18446744073709551615, False, False), 'uint64_t'),
    ('ctrend_forecast_new_v2', 'h'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_forecast_new_v2', 'n_sims'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_forecast_new_v2', 'seed'): ('range', (0, 18446744073709551615, False, False), 'uint64_t'),
    ('ctrend_forecast_month', 'i'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_forecast_vector', 'which'): ('enum', 'ctrend_forecast_vec', 'int'),
    ('ctrend_forecast_vector', 'cap'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_forecast_interval', 'kind'): ('enum', 'ctrend_interval_kind', 'int'),
    ('ctrend_forecast_interval', 'level'): ('range', (0, 1, True, True), 'double'),
    ('ctrend_forecast_interval', 'cap'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_forecast_quantile', 'kind'): ('enum', 'ctrend_interval_kind', 'int'),
    ('ctrend_forecast_quantile', 'prob'): ('range', (0, 1, True, True), 'double'),
    ('ctrend_forecast_quantile', 'cap'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_forecast_samples', 'cap'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_exact_poisson_ci', 'x'): ('range', (0, 4294967295.0, False, False), 'double'),
    ('ctrend_exact_poisson_ci', 't'): ('range', (0, 1.7976931348623157e+308, True, False), 'double'),
    ('ctrend_exact_poisson_ci', 'level'): ('range', (0, 1, True, True), 'double'),
    ('ctrend_exact_poisson_ci_midp', 'x'): ('range', (0, 4294967295.0, False, False), 'double'),
    ('ctrend_exact_poisson_ci_midp', 't'): ('range', (0, 1.7976931348623157e+308, True, False), 'double'),
    ('ctrend_exact_poisson_ci_midp', 'level'): ('range', (0, 1, True, True), 'double'),
    ('ctrend_exact_poisson_test', 'x'): ('range', (0, 4294967295.0, False, False), 'double'),
    ('ctrend_exact_poisson_test', 't'): ('range', (0, 1.7976931348623157e+308, True, False), 'double'),
    ('ctrend_exact_rate_ratio', 'x1'): ('range', (0, 4294967295.0, False, False), 'double'),
    ('ctrend_exact_rate_ratio', 't1'): ('range', (0, 1.7976931348623157e+308, True, False), 'double'),
    ('ctrend_exact_rate_ratio', 'x2'): ('range', (0, 4294967295.0, False, False), 'double'),
    ('ctrend_exact_rate_ratio', 't2'): ('range', (0, 1.7976931348623157e+308, True, False), 'double'),
    ('ctrend_exact_vs_previous', 'n'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_exact_vs_previous', 'i'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_exact_vs_previous', 'k'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_exact_period_ratio', 'na'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_exact_period_ratio', 'nb'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_dist_dpois', 'x'): ('real', None, 'double'),
    ('ctrend_dist_dpois', 'lambda'): ('range', (0, 1.7976931348623157e+308, False, False), 'double'),
    ('ctrend_dist_dpois', 'give_log'): ('oneof', (0, 1), 'int'),
    ('ctrend_dist_ppois', 'q'): ('real', None, 'double'),
    ('ctrend_dist_ppois', 'lambda'): ('range', (0, 1.7976931348623157e+308, False, False), 'double'),
    ('ctrend_dist_ppois', 'lower_tail'): ('oneof', (0, 1), 'int'),
    ('ctrend_dist_ppois', 'log_p'): ('oneof', (0, 1), 'int'),
    ('ctrend_dist_qpois', 'p'): ('real', None, 'double'),
    ('ctrend_dist_qpois', 'lambda'): ('range', (0, 1.7976931348623157e+308, False, False), 'double'),
    ('ctrend_dist_qpois', 'lower_tail'): ('oneof', (0, 1), 'int'),
    ('ctrend_dist_qpois', 'log_p'): ('oneof', (0, 1), 'int'),
    ('ctrend_dist_dnbinom', 'x'): ('real', None, 'double'),
    ('ctrend_dist_dnbinom', 'size'): ('range', (0, 1.7976931348623157e+308, True, False), 'double'),
    ('ctrend_dist_dnbinom', 'prob'): ('range', (0, 1, True, False), 'double'),
    ('ctrend_dist_dnbinom', 'give_log'): ('oneof', (0, 1), 'int'),
    ('ctrend_dist_dnbinom_mu', 'x'): ('real', None, 'double'),
    ('ctrend_dist_dnbinom_mu', 'size'): ('range', (0, 1.7976931348623157e+308, True, False), 'double'),
    ('ctrend_dist_dnbinom_mu', 'mu'): ('range', (0, 1.7976931348623157e+308, False, False), 'double'),
    ('ctrend_dist_dnbinom_mu', 'give_log'): ('oneof', (0, 1), 'int'),
    ('ctrend_dist_pnbinom_mu', 'q'): ('real', None, 'double'),
    ('ctrend_dist_pnbinom_mu', 'size'): ('range', (0, 1.7976931348623157e+308, True, False), 'double'),
    ('ctrend_dist_pnbinom_mu', 'mu'): ('range', (0, 1.7976931348623157e+308, False, False), 'double'),
    ('ctrend_dist_pnbinom_mu', 'lower_tail'): ('oneof', (0, 1), 'int'),
    ('ctrend_dist_pnbinom_mu', 'log_p'): ('oneof', (0, 1), 'int'),
    ('ctrend_dist_qnbinom_mu', 'p'): ('real', None, 'double'),
    ('ctrend_dist_qnbinom_mu', 'size'): ('range', (0, 1.7976931348623157e+308, True, False), 'double'),
    ('ctrend_dist_qnbinom_mu', 'mu'): ('range', (0, 1.7976931348623157e+308, False, False), 'double'),
    ('ctrend_dist_qnbinom_mu', 'lower_tail'): ('oneof', (0, 1), 'int'),
    ('ctrend_dist_qnbinom_mu', 'log_p'): ('oneof', (0, 1), 'int'),
    ('ctrend_score_mae', 'n'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_score_rmse', 'n'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_score_msle', 'n'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_score_crps_poisson', 'y'): ('range', (0, 1.7976931348623157e+308, False, False), 'double'),
    ('ctrend_score_crps_poisson', 'mu'): ('range', (0, 1.7976931348623157e+308, False, False), 'double'),
    ('ctrend_score_crps_nbinom', 'y'): ('range', (0, 1.7976931348623157e+308, False, False), 'double'),
    ('ctrend_score_crps_nbinom', 'mu'): ('range', (0, 1.7976931348623157e+308, False, False), 'double'),
    ('ctrend_score_crps_nbinom', 'theta'): ('range', (0, _INF, True, False), 'double'),
    ('ctrend_score_crps_nbinom', 'tol'): ('real', None, 'double'),
    ('ctrend_score_crps_nbinom', 'max_terms'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_score_crps_sample', 'y'): ('real', None, 'double'),
    ('ctrend_score_crps_sample', 'm'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_score_crps_sample', 'fair'): ('oneof', (0, 1), 'int'),
    ('ctrend_score_crps_sample_mean', 'n'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_score_crps_sample_mean', 'm'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_score_crps_sample_mean', 'fair'): ('oneof', (0, 1), 'int'),
    ('ctrend_score_ign_bin', 'v'): ('range', (0, _INF, False, False), 'double'),
    ('ctrend_score_ignorance_sample', 'y'): ('real', None, 'double'),
    ('ctrend_score_ignorance_sample', 'm'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_score_ignorance_sample', 'alpha'): ('real', None, 'double'),
    ('ctrend_score_ignorance_sample_mean', 'n'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_score_ignorance_sample_mean', 'm'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_score_ignorance_sample_mean', 'alpha'): ('real', None, 'double'),
    ('ctrend_score_ignorance_poisson', 'y'): ('range', (0, _INF, False, False), 'double'),
    ('ctrend_score_ignorance_poisson', 'mu'): ('range', (0, 1.7976931348623157e+308, False, False), 'double'),
    ('ctrend_score_ignorance_poisson', 'floor'): ('real', None, 'double'),
    ('ctrend_score_ignorance_nbinom', 'y'): ('range', (0, _INF, False, False), 'double'),
    ('ctrend_score_ignorance_nbinom', 'mu'): ('range', (0, 1.7976931348623157e+308, False, False), 'double'),
    ('ctrend_score_ignorance_nbinom', 'theta'): ('range', (0, _INF, True, False), 'double'),
    ('ctrend_score_ignorance_nbinom', 'floor'): ('real', None, 'double'),
    ('ctrend_score_interval', 'y'): ('real', None, 'double'),
    ('ctrend_score_interval', 'lower'): ('real', None, 'double'),
    ('ctrend_score_interval', 'upper'): ('real', None, 'double'),
    ('ctrend_score_interval', 'level'): ('range', (0, 1, True, True), 'double'),
    ('ctrend_score_interval_mean', 'n'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_score_interval_mean', 'level'): ('range', (0, 1, True, True), 'double'),
    ('ctrend_score_coverage', 'n'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_score_quantile_sample', 'm'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_score_quantile_sample', 'p'): ('range', (0, 1, False, False), 'double'),
    ('ctrend_baseline_name', 'kind'): ('range', (-2147483648, 2147483647, False, False), 'int'),
    ('ctrend_baseline_opts_set_int', 'key'): ('enum', 'ctrend_baseline_opt', 'int'),
    ('ctrend_baseline_opts_set_int', 'value'): ('range', (-9223372036854775808, 9223372036854775807, False, False), 'int64_t'),
    ('ctrend_baseline_opts_get_int', 'key'): ('enum', 'ctrend_baseline_opt', 'int'),
    ('ctrend_baseline_opts_bounds', 'key'): ('enum', 'ctrend_baseline_opt', 'int'),
    ('ctrend_baseline_forecast', 'n'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_baseline_forecast', 'h'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_baseline_forecast', 'point_cap'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_baseline_forecast', 'samples_cap'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_backtest_metric_name', 'metric'): ('enum', 'ctrend_backtest_metric', 'int'),
    ('ctrend_backtest_origins', 'n'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_backtest_origins', 'initial'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_backtest_origins', 'h'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_backtest_origins', 'step'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_backtest_new', 'n'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_backtest_new', 'initial'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_backtest_new', 'h'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_backtest_new', 'step'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_backtest_new', 'n_samples'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_backtest_new', 'seed'): ('range', (0, 18446744073709551615, False, False), 'uint64_t'),
    ('ctrend_backtest_set_window', 'window_months'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_backtest_origin', 'i'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_backtest_add_baseline', 'kind'): ('enum', 'ctrend_baseline', 'int'),
    ('ctrend_backtest_add_baseline', 'k'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_backtest_add_baseline_v2', 'kind'): ('enum', 'ctrend_baseline', 'int'),
    ('ctrend_backtest_add_baseline_v2', 'k'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_backtest_add_model', 'family'): ('enum', 'ctrend_family', 'int'),
    ('ctrend_backtest_add_forecasts', 'n_point'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_backtest_add_forecasts', 'n_draws'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_backtest_model_name', 'i'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_backtest_score', 'i'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_backtest_score', 'metric'): ('enum', 'ctrend_backtest_metric', 'int'),
    ('ctrend_backtest_score_lead', 'i'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_backtest_score_lead', 'lead'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_backtest_score_lead', 'metric'): ('enum', 'ctrend_backtest_metric', 'int'),
    ('ctrend_backtest_points', 'i'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_backtest_points', 'cap'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_backtest_rank', 'metric'): ('enum', 'ctrend_backtest_metric', 'int'),
    ('ctrend_backtest_rank', 'cap'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_batch_values', 'n_series'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_batch_values', 'first_month'): ('range', (12, 119999, False, False), 'int32_t'),
    ('ctrend_batch_values', 'n_months'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_batch_opts_set_int', 'key'): ('enum', 'ctrend_batch_opt', 'int'),
    ('ctrend_batch_opts_set_int', 'value'): ('range', (-9223372036854775808, 9223372036854775807, False, False), 'int64_t'),
    ('ctrend_batch_opts_get_int', 'key'): ('enum', 'ctrend_batch_opt', 'int'),
    ('ctrend_batch_opts_bounds', 'key'): ('enum', 'ctrend_batch_opt', 'int'),
    ('ctrend_batch_opts_set_series', 'n_series'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_batch_opts_set_keys', 'n_keys'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_batch_opts_error', 'i'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_batch_fit', 'family'): ('enum', 'ctrend_family', 'int'),
    ('ctrend_batch_fit_models', 'family'): ('enum', 'ctrend_family', 'int'),
    ('ctrend_batch_fit_models', 'n_designs'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_batch_fit_models_v2', 'family'): ('enum', 'ctrend_family', 'int'),
    ('ctrend_batch_fit_models_v2', 'n_designs'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_batch_rolling_mean', 'n_series'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_batch_rolling_mean', 'n_months'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_batch_rolling_mean', 'window'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_batch_rolling_mean', 'min_periods'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_batch_change_pct', 'n_series'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_batch_change_pct', 'n_months'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_batch_change_pct', 'lag'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_claims_opts_set_double', 'key'): ('enum', 'ctrend_claims_opt', 'int'),
    ('ctrend_claims_opts_set_double', 'value'): ('real', None, 'double'),
    ('ctrend_claims_opts_set_int', 'key'): ('enum', 'ctrend_claims_opt', 'int'),
    ('ctrend_claims_opts_set_int', 'value'): ('range', (-9223372036854775808, 9223372036854775807, False, False), 'int64_t'),
    ('ctrend_claims_opts_get', 'key'): ('enum', 'ctrend_claims_opt', 'int'),
    ('ctrend_claims_opts_bounds', 'key'): ('enum', 'ctrend_claims_opt', 'int'),
    ('ctrend_claims_parse', 'len'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_claims_parse_lenient', 'len'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_claims_id', 'i'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_claims_quote', 'i'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_claims_source', 'i'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_claims_text', 'i'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_claims_line', 'i'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_claims_verdict', 'i'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_claims_verdict_name', 'verdict'): ('range', (-2147483648, 2147483647, False, False), 'int'),
    ('ctrend_claims_figure', 'i'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_claims_figure', 'which'): ('enum', 'ctrend_claims_figure', 'int'),
    ('ctrend_claims_within_noise', 'i'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_claims_explanation', 'i'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_claims_kind_of', 'i'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_claims_n_terms', 'i'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_claims_term_group', 'i'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_claims_term_group', 'j'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_claims_term_region', 'i'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_claims_term_region', 'j'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_claims_term_metric', 'i'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_claims_term_metric', 'j'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_claims_term_side', 'i'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_claims_term_side', 'j'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_claims_target', 'i'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_claims_base', 'i'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_claims_error_at', 'k'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_claims_claim_error', 'i'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_claims_note', 'i'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_figure_add_panel', 'start'): ('range', (12, 119999, False, False), 'int32_t'),
    ('ctrend_figure_add_panel', 'n'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_figure_add_series', 'index'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_figure_add_series', 'first'): ('range', (12, 119999, False, False), 'int32_t'),
    ('ctrend_figure_add_series', 'last'): ('range', (12, 119999, False, False), 'int32_t'),
    ('ctrend_figure_add_claim', 'i'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_figure_add_rolling', 'panel'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_figure_add_rolling', 'window'): ('range', (1, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_figure_add_rolling', 'align'): ('enum', 'ctrend_align', 'int'),
    ('ctrend_figure_add_fit', 'panel'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_figure_add_forecast', 'panel'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_figure_add_span', 'panel'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_figure_add_span', 'from'): ('range', (12, 119999, False, False), 'int32_t'),
    ('ctrend_figure_add_span', 'to'): ('range', (12, 119999, False, False), 'int32_t'),
    ('ctrend_figure_add_span', 'kind'): ('enum', 'ctrend_figure_span_kind', 'int'),
    ('ctrend_figure_add_mark', 'panel'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_figure_add_mark', 'month'): ('range', (12, 119999, False, False), 'int32_t'),
    ('ctrend_figure_add_mark', 'kind'): ('enum', 'ctrend_figure_mark_kind', 'int'),
    ('ctrend_figure_set_text', 'which'): ('enum', 'ctrend_figure_text_key', 'int'),
    ('ctrend_figure_panel_set_text', 'panel'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_figure_panel_set_text', 'which'): ('enum', 'ctrend_figure_panel_text_key', 'int'),
    ('ctrend_figure_set_options', 'style'): ('enum', 'ctrend_figure_style', 'int'),
    ('ctrend_figure_set_options', 'width'): ('range', (0, 20000, False, False), 'double'),
    ('ctrend_figure_set_options', 'height'): ('range', (0, 20000, False, False), 'double'),
    ('ctrend_figure_set_options', 'label_spans'): ('oneof', (0, 1), 'int'),
    ('ctrend_figure_panel_months', 'panel'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_figure_panel_vector', 'panel'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_figure_panel_vector', 'which'): ('enum', 'ctrend_figure_layer', 'int'),
    ('ctrend_figure_panel_vector', 'cap'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_figure_panel_missing', 'panel'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_figure_panel_missing', 'cap'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_figure_panel_n_spans', 'panel'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_figure_panel_span', 'panel'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_figure_panel_span', 'k'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_figure_panel_n_marks', 'panel'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_figure_panel_mark', 'panel'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_figure_panel_mark', 'k'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_figure_panel_mark_label', 'panel'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_figure_panel_mark_label', 'k'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_figure_panel_mark_label', 'cap'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_figure_text', 'which'): ('enum', 'ctrend_figure_text_key', 'int'),
    ('ctrend_figure_text', 'cap'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_figure_panel_text', 'panel'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_figure_panel_text', 'which'): ('enum', 'ctrend_figure_panel_text_key', 'int'),
    ('ctrend_figure_panel_text', 'cap'): ('range', (0, 18446744073709551615, False, False), 'size_t'),
    ('ctrend_exact_result', 'estimate'): ('real', None, 'double'),
    ('ctrend_exact_result', 'lower'): ('real', None, 'double'),
    ('ctrend_exact_result', 'upper'): ('real', None, 'double'),
    ('ctrend_exact_result', 'p_value'): ('real', None, 'double'),
    ('ctrend_exact_test', 'null_value'): ('range', (0, 1.7976931348623157e+308, True, False), 'double'),
    ('ctrend_exact_test', 'alternative'): ('enum', 'ctrend_alternative', 'int'),
    ('ctrend_exact_test', 'level'): ('range', (0, 1, True, True), 'double'),
}


def prototype(name):
    """(restype, argtypes) of a function, for ctypes."""
    restype, argtypes = _PROTOTYPES[name]
    return restype, list(argtypes)


def declare_all(lib):
    """Set restype and argtypes on every function of the definition that `lib` (a ctypes.CDLL)
    exports. Returns the sorted names it lacks (an older library build)."""
    missing = []
    for name, (restype, argtypes) in _PROTOTYPES.items():
        try:
            fn = getattr(lib, name)
        except AttributeError:
            missing.append(name)
            continue
        fn.restype = restype
        fn.argtypes = list(argtypes)
    return sorted(missing)


def _describe(kind, data):
    if kind == "range":
        lo, hi, lo_open, hi_open = data
        return "%s%s, %s%s" % ("(" if lo_open else "[", lo, hi, ")" if hi_open else "]")
    if kind == "oneof":
        return "one of %s" % ", ".join(str(v) for v in data)
    if kind == "enum":
        return "a %s value (%s)" % (data, ", ".join(
            "%s = %d" % (k, v) for k, v in ENUMS[data].items()))
    return "a real number"


def check_arg(func, param, value):
    """Validate one scalar argument of `func` against the definition and return it converted
    (int for integer C types, float for double). Raises TypeError for a wrong type (str, None,
    complex, bool where a number is meant) and ValueError for a value outside the allowed range,
    both naming the function, the argument and the range: nothing can wrap through ctypes."""
    try:
        kind, data, ctype = CONSTRAINTS[(func, param)]
    except KeyError:
        raise KeyError("%s has no checked scalar parameter %r" % (func, param)) from None
    where = "%s: argument %r" % (func, param)
    if ctype == "double":
        if isinstance(value, (bool, complex)) or not isinstance(value, numbers.Real):
            raise TypeError("%s must be a real number, got %s" % (where, type(value).__name__))
        v = float(value)
        if kind == "range":
            lo, hi, lo_open, hi_open = data
            ok = (v > lo if lo_open else v >= lo) and (v < hi if hi_open else v <= hi)
            if not ok:
                raise ValueError("%s must be in %s, got %r" % (where, _describe(kind, data), value))
        return v
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError("%s must be a whole number, got %r" % (where, value))
        v = int(value)
    elif isinstance(value, bool) and kind != "oneof":
        raise TypeError("%s must be an integer, got bool" % where)
    else:
        try:
            v = operator.index(value)
        except TypeError:
            raise TypeError("%s must be an integer, got %s"
                            % (where, type(value).__name__)) from None
    if kind == "range":
        lo, hi, lo_open, hi_open = data
        ok = (v > lo if lo_open else v >= lo) and (v < hi if hi_open else v <= hi)
    elif kind == "oneof":
        ok = v in data
    elif kind == "enum":
        ok = v in ENUMS[data].values()
    else:
        ok = True
    if not ok:
        raise ValueError("%s must be %s, got %r" % (where, _describe(kind, data), value))
    return v


def make_record(tag, **fields):
    """A ctypes record of the definition with every field given by name, each checked by
    check_arg(tag, field, value) (so a level of 95 or an unknown alternative is refused
    before any C call); a missing or unknown field is a TypeError naming it."""
    cls, names = RECORDS[tag]
    unknown = sorted(set(fields) - set(names))
    if unknown:
        raise TypeError("%s has no field %s" % (tag, ", ".join(map(repr, unknown))))
    missing = [n for n in names if n not in fields]
    if missing:
        raise TypeError("%s needs field %s" % (tag, ", ".join(map(repr, missing))))
    values = []
    for n in names:
        v = fields[n]
        values.append(check_arg(tag, n, v) if (tag, n) in CONSTRAINTS else v)
    return cls(*values)

