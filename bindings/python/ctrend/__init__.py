"""ctrend — trends, changes and forecasts in monthly count series (Python binding of libctrend).

A ctypes binding with no dependency beyond the standard library. With numpy installed, series
go in and come out as numpy arrays (contiguous float64 input is passed without copying); with
pandas installed, Series and DataFrames go in and come out. A monthly PeriodIndex or
DatetimeIndex is always placed on its complete calendar first (a month absent from the index
is missing, never skipped; two values in one month are an error); plain sequences need
start= where the calendar matters. Names follow pandas (pct_change, rolling keywords) and
statsmodels (Model.params, bse, conf_int(), get_forecast(), ...); arguments are validated
before any C call (ValueError/TypeError naming the argument).

Errors raise :class:`CtrendError` with ``.status`` (pinned int code), ``.name`` and ``.message``.
C handles (frames, models, ...) are freed when their Python object is closed (``with`` or
``.close()``) or garbage-collected. The library is located through ``CTREND_LIB``, the build
tree, or the system (see ctrend._lib). ``ctrend_init()`` is called at import.
"""
from ._lib import (CtrendError, STATUS, EXPECTED_MAJOR, LIB_PATH, strerror, status_name,
                   version, version_number, capabilities)
from ._arrays import month, month_str, month_days, months, period, period_index
from .frame import Frame, merge
from .io import Reader, ReadError, read_csv, parse_csv
from .transforms import (rolling_mean, rolling_sum, cumsum, pct_change, change_pct,
                         pct_change_vs_mean, diff, ratio, share, per_day, aggregate, reason_string)
from .models import (Design, Options, Model, Forecast, PredictionResults, Summary, fit,
                     fit_many, breaks, batch_fit)
from .exact import TestResult, poisson_ci, poisson_test, rate_ratio, vs_previous, period_ratio
from . import scores
from .evaluation import baseline_forecast, backtest, METRICS as BACKTEST_METRICS
from .claims import Claims, ClaimsParseError, check_claims

__version__ = version()

__all__ = ["merge", "capabilities", "CtrendError", "STATUS", "EXPECTED_MAJOR", "LIB_PATH", "strerror", "status_name",
           "version", "version_number", "month", "month_str", "month_days", "months", "period",
           "period_index", "Frame", "Reader", "ReadError", "read_csv", "parse_csv",
           "rolling_mean", "rolling_sum", "cumsum", "pct_change", "change_pct", "pct_change_vs_mean", "diff",
           "ratio", "share", "per_day", "aggregate", "reason_string", "Design", "Options",
           "Model", "Forecast", "PredictionResults", "Summary", "fit", "fit_many",
           "breaks", "batch_fit", "TestResult", "poisson_ci", "poisson_test", "rate_ratio", "vs_previous",
           "period_ratio", "scores", "Claims", "ClaimsParseError", "check_claims",
           "baseline_forecast", "backtest", "BACKTEST_METRICS"]
from .figure import Figure, figure, claim_figure  # noqa: E402  (ctrend/figure.h)

__all__ += ["Figure", "figure", "claim_figure"]
