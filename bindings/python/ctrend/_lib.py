"""Loading libctrend with ctypes, declaring its functions, turning status codes into exceptions.

Standard library only. numpy and pandas are optional and handled in _arrays.py.

Every ctypes declaration of the binding lives in this file (the section "Every C
declaration"), so that a table generated from the API definition can replace it in one place.

Library lookup order (first hit wins):
  1. the ``CTREND_LIB`` environment variable (path to libctrend.so; never second-guessed);
  2. the package's own copy: ``libctrend.so`` / ``libctrend.so.<major>`` inside this package
     directory (a packager may put it there; pyproject.toml ships it as package data);
  3. the build tree, when the package is imported from a source checkout (the repository's
     ``build/libctrend.so``, located from this file: ../../../build);
  4. an installed prefix: ``pkg-config --variable=libdir ctrend`` (PKG_CONFIG_PATH is
     honoured), then the dynamic loader's search path (``ctypes.util.find_library`` = ldconfig,
     ``libctrend.so.<major>``), then /usr/local/lib and /usr/lib.
"""
import ctypes
import ctypes.util
import os

#: Major version of the C ABI this binding was written for (``ctrend_version_number() // 10000``).
EXPECTED_MAJOR = 0

#: The pinned status codes of ctrend/common.h (never renumbered, so bindings may hard-code them).
STATUS = {
    "CTREND_OK": 0, "CTREND_EINVAL": 1, "CTREND_ENOMEM": 2, "CTREND_EIO": 3,
    "CTREND_EPARSE": 4, "CTREND_EDOMAIN": 5, "CTREND_ESHORT": 6, "CTREND_ENOCONV": 7,
    "CTREND_ESINGULAR": 8, "CTREND_ENUMERIC": 9, "CTREND_EDUPLICATE": 10, "CTREND_ERAGGED": 11,
    "CTREND_EEMPTY": 12, "CTREND_ENOTFOUND": 13, "CTREND_ERANGE": 14, "CTREND_EALLZERO": 15,
    "CTREND_ESEPARATION": 16, "CTREND_EUNSUPPORTED": 17,
}
globals().update(STATUS)


class CtrendError(Exception):
    """A ctrend function returned a non-zero status.

    Attributes: ``status`` (int, pinned code), ``name`` (e.g. ``"CTREND_EPARSE"``),
    ``message`` (the handle's detailed message when there is one, else ctrend_strerror()),
    ``line`` and ``column`` (1-based position in the input for data errors, else None).
    Bad Python arguments never reach C: they raise ValueError/TypeError naming the argument.
    """

    line = None
    column = None

    def __init__(self, status, message=None, where=None):
        self.status = int(status)
        self.name = status_name(self.status)
        self.message = message or strerror(self.status)
        self.where = where
        text = "%s: %s" % (self.name, self.message)
        if where:
            text = "%s: %s" % (where, text)
        super().__init__(text)


_HERE = os.path.dirname(os.path.abspath(__file__))


def _checkout_root():
    root = os.path.normpath(os.path.join(_HERE, "..", "..", ".."))
    return root if os.path.exists(os.path.join(root, "include", "ctrend.h")) else None


def _pkg_config_libdir():
    import shutil
    import subprocess
    exe = shutil.which("pkg-config")
    if not exe:
        return None
    try:
        out = subprocess.run([exe, "--variable=libdir", "ctrend"], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, universal_newlines=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() if out.returncode == 0 and out.stdout.strip() else None


def _candidates():
    env = os.environ.get("CTREND_LIB")
    if env:
        yield env
        return  # an explicit choice is never second-guessed
    for name in ("libctrend.so", "libctrend.so.%d" % EXPECTED_MAJOR):
        yield os.path.join(_HERE, name)
    root = _checkout_root()
    if root:
        yield os.path.join(root, "build", "libctrend.so")
    libdir = _pkg_config_libdir()
    if libdir:
        for name in ("libctrend.so.%d" % EXPECTED_MAJOR, "libctrend.so"):
            yield os.path.join(libdir, name)
    found = ctypes.util.find_library("ctrend")
    if found:
        yield found
    yield "libctrend.so.%d" % EXPECTED_MAJOR
    for prefix in ("/usr/local/lib", "/usr/local/lib64", "/usr/lib", "/usr/lib64"):
        yield os.path.join(prefix, "libctrend.so")


def _load():
    errors = []
    for path in _candidates():
        if os.sep in path and not os.path.exists(path):
            errors.append("%s: not found" % path)
            continue
        try:
            return ctypes.CDLL(path), path
        except OSError as exc:
            errors.append("%s: %s" % (path, exc))
    raise ImportError("ctrend: cannot load libctrend (set CTREND_LIB to the path of "
                      "libctrend.so, install it where pkg-config or the loader finds it, or "
                      "build it in build/):\n  " + "\n  ".join(errors))


lib, LIB_PATH = _load()

c_double_p = ctypes.POINTER(ctypes.c_double)
c_size_t_p = ctypes.POINTER(ctypes.c_size_t)
c_int32_p = ctypes.POINTER(ctypes.c_int32)

_MISSING = set()


def declare(name, restype, *argtypes):
    """Set a function's prototype. A symbol the loaded library lacks (an older build without
    that module) is remembered, and using it later raises CtrendError(EUNSUPPORTED)."""
    try:
        fn = getattr(lib, name)
    except AttributeError:
        _MISSING.add(name)
        return None
    fn.restype = restype
    fn.argtypes = list(argtypes)
    return fn


def has(name):
    """True when the loaded libctrend exports `name`."""
    return hasattr(lib, name) and name not in _MISSING


def fn(name):
    """The declared function `name`, or CtrendError(EUNSUPPORTED) when the library lacks it."""
    if name in _MISSING or not hasattr(lib, name):
        raise CtrendError(CTREND_EUNSUPPORTED,  # noqa: F821 (set by globals().update)
                          "libctrend at %s has no %s()" % (LIB_PATH, name))
    return getattr(lib, name)


# ---- common.h -----------------------------------------------------------------------
declare("ctrend_strerror", ctypes.c_char_p, ctypes.c_int)
declare("ctrend_status_name", ctypes.c_char_p, ctypes.c_int)
declare("ctrend_status_count", ctypes.c_int)
declare("ctrend_version_number", ctypes.c_int)
declare("ctrend_version_string", ctypes.c_char_p)
declare("ctrend_init", None)


_MODULES = {"io": "ctrend_reader_new", "rolling": "ctrend_rolling_mean",
            "change": "ctrend_change_pct", "aggregate": "ctrend_aggregate",
            "models": "ctrend_model_fit", "exact": "ctrend_exact_poisson_test",
            "scores": "ctrend_score_mae", "claims": "ctrend_claims_parse"}


def capabilities():
    """Which libctrend modules the loaded library provides: {name: bool}."""
    return {name: hasattr(lib, sym) for name, sym in _MODULES.items()}


def _status_arg(status, where):
    import numbers
    if isinstance(status, bool) or not isinstance(status, numbers.Integral):
        raise TypeError("%s: status must be an integer status code, got %r" % (where, status))
    if not -2 ** 31 <= int(status) < 2 ** 31:
        raise ValueError("%s: status must be an int code in [-2147483648, 2147483647], got %d"
                         % (where, status))
    return int(status)


def strerror(status):
    """Static English message of a status code."""
    return lib.ctrend_strerror(_status_arg(status, "ctrend.strerror")).decode()


def status_name(status):
    """Symbolic name of a status code, e.g. ``"CTREND_EPARSE"``."""
    return lib.ctrend_status_name(_status_arg(status, "ctrend.status_name")).decode()


def version():
    """Runtime version string of the loaded libctrend, e.g. ``"0.1.0"``."""
    return lib.ctrend_version_string().decode()


def version_number():
    """Runtime version number MAJOR*10000 + MINOR*100 + PATCH."""
    return int(lib.ctrend_version_number())


def check(status, message=None, where=None):
    """Raise CtrendError unless status is CTREND_OK. `message` may be a callable returning the
    handle's detailed error message (called only on failure)."""
    if status != 0:
        if callable(message):
            message = message()
        raise CtrendError(status, message, where)


def encode(text):
    """str -> bytes for const char * parameters (None stays NULL)."""
    if text is None:
        return None
    if isinstance(text, bytes):
        return text
    return str(text).encode("utf-8")


def decode(raw):
    return None if raw is None else raw.decode("utf-8", "replace")


# ==== Every C declaration of the binding, in one place (swap for the generated table) ====
# Each module's functions are declared here, not in the module, so that the generator of
# the API definition can replace this section wholesale.
_P, _PP, _S, _SP, _I, _IP, _I32, _I32P, _I64, _U64, _D, _DP, _C = (
    ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p), ctypes.c_size_t, c_size_t_p, ctypes.c_int,
    ctypes.POINTER(ctypes.c_int), ctypes.c_int32, c_int32_p, ctypes.c_int64, ctypes.c_uint64,
    ctypes.c_double, c_double_p, ctypes.c_char_p)
# ---- month.h (_arrays.py) -----------------------------------------------------
declare("ctrend_month_parse", _I, _C, _S, _I32P)
declare("ctrend_month_make", _I, _I32, _I32, _I32P)
declare("ctrend_month_year", _I32, _I32)
declare("ctrend_month_of_year", _I32, _I32)
declare("ctrend_month_days", _I32, _I32)
declare("ctrend_month_add", _I32, _I32, _I32)
declare("ctrend_month_format", _I, _I32, _C, _S)
# ---- frame.h (frame.py) -------------------------------------------------------
declare("ctrend_frame_new", _I, _PP)
declare("ctrend_frame_free", None, _P)
declare("ctrend_frame_add_series", _I, _P, _C, _C, _C, _SP)
declare("ctrend_frame_find", _I, _P, _C, _C, _C, _SP)
declare("ctrend_frame_set", _I, _P, _S, _I32, _D)
declare("ctrend_frame_accumulate", _I, _P, _S, _I32, _D)
declare("ctrend_frame_fill_unset", _I, _P, _S, _I32, _I32, _D)
declare("ctrend_frame_n_series", _S, _P)
declare("ctrend_frame_start", _I32, _P)
declare("ctrend_frame_n_months", _S, _P)
declare("ctrend_frame_group", _C, _P, _S)
declare("ctrend_frame_region", _C, _P, _S)
declare("ctrend_frame_metric", _C, _P, _S)
declare("ctrend_frame_values", _I, _P, _S, _DP, _S)
declare("ctrend_frame_get", _I, _P, _S, _I32, _DP)
declare("ctrend_frame_collapse", _I, _P, _I, _I, _I, _PP)
declare("ctrend_frame_span", _I, _P, _S, _I32P, _I32P)
# ---- io.h (io.py) -------------------------------------------------------------
declare("ctrend_reader_new", _I, _PP)
declare("ctrend_reader_free", None, _P)
declare("ctrend_reader_set_int", _I, _P, _I, _I64)
declare("ctrend_reader_set_str", _I, _P, _I, _C)
declare("ctrend_reader_feed", _I, _P, _C, _S)
declare("ctrend_reader_finish", _I, _P, _PP)
declare("ctrend_reader_read_file", _I, _P, _C, _PP)
declare("ctrend_reader_errmsg", _C, _P)
declare("ctrend_reader_error_line", _I64, _P)
declare("ctrend_reader_error_column", _I64, _P)
# ---- rolling.h, change.h, aggregate.h (transforms.py) -------------------------
for _name in ("ctrend_rolling_mean", "ctrend_rolling_sum"):
    declare(_name, _I, _DP, _S, _S, _I, _S, _DP)
declare("ctrend_cumsum", _I, _DP, _S, _DP)
for _name in ("ctrend_change_pct", "ctrend_change_pct_vs_mean", "ctrend_change_diff",
              "ctrend_change_ratio"):
    declare(_name, _I, _DP, _S, _S, _DP, _I32P)
declare("ctrend_share", _I, _DP, _DP, _S, _DP, _I32P)
declare("ctrend_change_reason_count", _I)
declare("ctrend_change_reason_string", _C, _I)
declare("ctrend_change_reason_name", _C, _I)
declare("ctrend_per_day", _I, _DP, _S, _I32, _DP)
declare("ctrend_aggregate", _I, _DP, _S, _I32, _S, _I, _DP, _S, _SP, _I32P)
# ---- design.h, model.h, forecast.h, batch.h (models.py) -----------------------
declare("ctrend_design_new", _I, _I32, _S, _PP)
declare("ctrend_design_free", None, _P)
declare("ctrend_design_set_intercept", _I, _P, _I)
declare("ctrend_design_add_trend", _I, _P)
declare("ctrend_design_add_fourier", _I, _P, _S)
declare("ctrend_design_add_month_dummies", _I, _P)
declare("ctrend_design_add_step", _I, _P, _I32, _C)
declare("ctrend_design_add_slope_change", _I, _P, _I32, _C)
declare("ctrend_design_add_column", _I, _P, _C, _DP, _S)
declare("ctrend_design_set_future_column", _I, _P, _C, _DP, _S)
declare("ctrend_design_set_offset_days", _I, _P, _I)
declare("ctrend_design_set_offset", _I, _P, _DP, _S)
declare("ctrend_design_set_future_offset", _I, _P, _DP, _S)
declare("ctrend_design_ncol", _S, _P)
declare("ctrend_design_nrow", _S, _P)
declare("ctrend_design_start", _I32, _P)
declare("ctrend_design_colname", _C, _P, _S)
declare("ctrend_design_matrix", _I, _P, _S, _S, _DP, _S, _DP)
declare("ctrend_model_opts_new", _I, _PP)
declare("ctrend_model_opts_free", None, _P)
declare("ctrend_model_opts_set", _I, _P, _I, _D)
declare("ctrend_model_opts_get", _I, _P, _I, _DP)
declare("ctrend_model_opts_errmsg", _C, _P)
declare("ctrend_model_fit", _I, _P, _I, _P, _DP, _S, _PP)
declare("ctrend_model_free", None, _P)
declare("ctrend_model_family", _I, _P)
declare("ctrend_model_ncoef", _S, _P)
declare("ctrend_model_nrow", _S, _P)
declare("ctrend_model_coef_name", _C, _P, _S)
declare("ctrend_model_design", _P, _P)
declare("ctrend_model_vector", _I, _P, _I, _DP, _S, _SP)
declare("ctrend_model_scalar", _I, _P, _I, _DP)
declare("ctrend_breaks_fit", _I, _P, _I, _P, _DP, _S, _I, _S, _S, _U64, _PP)
declare("ctrend_breaks_free", None, _P)
declare("ctrend_breaks_month", _I32, _P)
declare("ctrend_breaks_scalar", _I, _P, _I, _DP)
declare("ctrend_breaks_profile", _I, _P, _DP, _S, _SP)
declare("ctrend_forecast_new", _I, _P, _S, _S, _U64, _PP)
declare("ctrend_forecast_free", None, _P)
declare("ctrend_forecast_horizon", _S, _P)
declare("ctrend_forecast_nsims", _S, _P)
declare("ctrend_forecast_month", _I32, _P, _S)
declare("ctrend_forecast_vector", _I, _P, _I, _DP, _S, _SP)
declare("ctrend_forecast_interval", _I, _P, _I, _D, _DP, _DP)
declare("ctrend_forecast_quantile", _I, _P, _I, _D, _DP)
declare("ctrend_forecast_samples", _I, _P, _DP, _S, _SP)
declare("ctrend_batch_default_threads", _S)
declare("ctrend_batch_fit", _I, _P, _SP, _S, _I, _P, _P, _S, _DP, _DP, _IP, _S, _DP, _IP)
# ---- exact.h (exact.py) -------------------------------------------------------
declare("ctrend_exact_poisson_ci", _I, _D, _D, _D, _DP, _DP, _DP)
declare("ctrend_exact_poisson_ci_midp", _I, _D, _D, _D, _DP, _DP, _DP)
declare("ctrend_exact_poisson_test", _I, _D, _D, _D, _I, _D, _DP, _DP, _DP, _DP)
declare("ctrend_exact_rate_ratio", _I, _D, _D, _D, _D, _D, _I, _D, _DP, _DP, _DP, _DP)
declare("ctrend_exact_vs_previous", _I, _DP, _DP, _S, _S, _S, _D, _I, _D, _DP, _DP, _DP, _DP)
declare("ctrend_exact_period_ratio", _I, _DP, _DP, _S, _DP, _DP, _S, _D, _I, _D, _DP, _DP, _DP,
        _DP)
# ---- score.h (scores.py) ------------------------------------------------------
for _n in ("ctrend_score_mae", "ctrend_score_rmse", "ctrend_score_msle"):
    declare(_n, _I, _DP, _DP, _S, _DP, _SP)
declare("ctrend_score_crps_poisson", _I, _D, _D, _DP)
declare("ctrend_score_crps_nbinom", _I, _D, _D, _D, _D, _S, _DP)
declare("ctrend_score_crps_sample", _I, _D, _DP, _S, _I, _DP)
declare("ctrend_score_crps_sample_mean", _I, _DP, _S, _DP, _S, _I, _DP, _SP)
declare("ctrend_score_ignorance_sample", _I, _D, _DP, _S, _D, _DP)
declare("ctrend_score_ignorance_sample_mean", _I, _DP, _S, _DP, _S, _D, _DP, _SP)
declare("ctrend_score_ignorance_poisson", _I, _D, _D, _D, _DP)
declare("ctrend_score_ignorance_nbinom", _I, _D, _D, _D, _D, _DP)
declare("ctrend_score_interval", _I, _D, _D, _D, _D, _DP)
declare("ctrend_score_interval_mean", _I, _DP, _DP, _DP, _S, _D, _DP, _SP)
declare("ctrend_score_coverage", _I, _DP, _DP, _DP, _S, _DP, _SP)
declare("ctrend_score_quantile_sample", _I, _DP, _S, _D, _DP)
# ---- baseline.h, backtest.h (evaluation.py) -----------------------------------
declare("ctrend_baseline_name", _C, _I)
declare("ctrend_baseline_parse", _I, _C, _IP)
declare("ctrend_baseline_forecast", _I, _I, _DP, _S, _S, _S, _S, _U64, _DP, _DP, _S)
declare("ctrend_backtest_metric_name", _C, _I)
declare("ctrend_backtest_new", _I, _DP, _S, _S, _S, _S, _S, _U64, _PP)
declare("ctrend_backtest_free", None, _P)
declare("ctrend_backtest_set_window", _I, _P, _S)
declare("ctrend_backtest_n_origins", _S, _P)
declare("ctrend_backtest_add_baseline", _I, _P, _I, _S, _C)
declare("ctrend_backtest_add_model", _I, _P, _C, _P, _I, _P)
declare("ctrend_backtest_n_models", _S, _P)
declare("ctrend_backtest_model_name", _C, _P, _S)
declare("ctrend_backtest_score", _I, _P, _S, _I, _DP)
declare("ctrend_backtest_rank", _I, _P, _I, _SP, _S, _SP)
declare("ctrend_backtest_errmsg", _C, _P)
# ---- claims.h (claims.py) -----------------------------------------------------
declare("ctrend_claims_parse", _I, _C, _S, _C, _PP)
declare("ctrend_claims_free", None, _P)
declare("ctrend_claims_errmsg", _C, _P)
declare("ctrend_claims_error_line", _I, _P)
declare("ctrend_claims_error_column", _I, _P)
declare("ctrend_claims_error_id", _C, _P)
declare("ctrend_claims_check", _I, _P, _P)
declare("ctrend_claims_count", _S, _P)
declare("ctrend_claims_find", _I, _P, _C, _SP)
for _n in ("id", "quote", "source", "text"):
    declare("ctrend_claims_" + _n, _C, _P, _S)
declare("ctrend_claims_line", _I, _P, _S)
declare("ctrend_claims_verdict", _I, _P, _S)
declare("ctrend_claims_verdict_name", _C, _I)
declare("ctrend_claims_figure", _I, _P, _S, _I, _DP)
declare("ctrend_claims_within_noise", _I, _P, _S)
declare("ctrend_claims_explanation", _C, _P, _S)
declare("ctrend_claims_summary", _I, _P, _SP, _SP, _SP)


lib.ctrend_init()
if version_number() // 10000 != EXPECTED_MAJOR:
    raise ImportError("ctrend: libctrend %s at %s has ABI major %d; this binding expects %d"
                      % (version(), LIB_PATH, version_number() // 10000, EXPECTED_MAJOR))
for _name, _value in STATUS.items():
    if _value < lib.ctrend_status_count() and status_name(_value) != _name:
        raise ImportError("ctrend: status code %d is %s in libctrend, %s in the binding"
                          % (_value, status_name(_value), _name))
