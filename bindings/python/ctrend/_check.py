"""Argument validation at the edge: every Python argument is checked here before any C call.

Each error names the argument and its allowed range or values (ValueError for a value out of
range, TypeError for a wrong type), so a C function never sees a negative size that ctypes
would wrap to SIZE_MAX, a huge integer it would truncate, a NaN level, or a str where a
series belongs. The limits below are the binding's documented bounds (docs/bindings.md);
those the C API defines (the calendar, the Fourier order) are read from the API definition
(api/ctrend_api.h, through _api_generated.py); per-function ranges are in
``_api_generated.check_arg``.
"""
import difflib
import math
import numbers

from . import _api_generated as api

#: largest month count the binding accepts for windows, lags and series lengths: the month
#: range of the C library (years CTREND_YEAR_MIN..CTREND_YEAR_MAX = 1..9999) is 119 988 months.
MAX_MONTHS = api.CTREND_YEAR_MAX * 12
#: first and last valid month index (January of year 1, December of year 9999), month.h.
MONTH_MIN = api.CTREND_YEAR_MIN * 12
MONTH_MAX = api.CTREND_YEAR_MAX * 12 + 11
#: largest Fourier order (pairs) of a design, CTREND_DESIGN_MAX_FOURIER (design.h).
MAX_FOURIER = api.CTREND_DESIGN_MAX_FOURIER
#: The binding's own bounds (not in the C API):
#: forecast horizon limit (months) and simulation limits: h * n_sims draws are stored.
MAX_HORIZON = 1200
MAX_SIMS = 1000000
MAX_DRAWS = 50000000
#: bootstrap replicates of breaks(): each costs one profile (a fit per candidate month).
MAX_BOOT = 100000
MAX_THREADS = 4096
SEED_MAX = 2 ** 64 - 1


def _fmt(value):
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def integer(value, arg, lo=0, hi=None, where="ctrend"):
    """An int (numpy integers too; never bool, float or str) in [lo, hi]."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        if isinstance(value, float) and value.is_integer() and \
                (lo is None or value >= lo) and (hi is None or value <= hi):
            return int(value)  # 12.0 is twelve; 12.5, nan and inf are refused below
        raise TypeError("%s: %s must be an integer in %s, got %s"
                        % (where, arg, _range(lo, hi), _fmt(value)))
    value = int(value)
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        raise ValueError("%s: %s must be an integer in %s, got %s"
                         % (where, arg, _range(lo, hi), value))
    return value


def _range(lo, hi):
    if hi is None:
        return "[%s, inf)" % lo
    return "[%s, %s]" % (lo, hi)


def number(value, arg, lo=None, hi=None, lo_open=False, hi_open=False, allow_inf=False,
           where="ctrend"):
    """A real number (int or float, not bool/complex/str), not NaN, in the given interval."""
    ok_type = isinstance(value, numbers.Real) and not isinstance(value, bool)
    desc = "%s%s, %s%s" % ("(" if lo_open else "[", "-inf" if lo is None else lo,
                           "inf" if hi is None else hi, ")" if hi_open else "]")
    if not ok_type:
        raise TypeError("%s: %s must be a real number in %s, got %s"
                        % (where, arg, desc, _fmt(value)))
    v = float(value)
    bad = v != v or (not allow_inf and math.isinf(v))
    if lo is not None:
        bad = bad or (v <= lo if lo_open else v < lo)
    if hi is not None:
        bad = bad or (v >= hi if hi_open else v > hi)
    if bad:
        raise ValueError("%s: %s must be a %snumber in %s, got %s"
                         % (where, arg, "" if allow_inf else "finite ", desc, _fmt(value)))
    return v


def level(value, arg="level", where="ctrend"):
    """A probability strictly between 0 and 1 (0.95, not 95)."""
    return number(value, arg, 0.0, 1.0, lo_open=True, hi_open=True, where=where)


def flag(value, arg, where="ctrend"):
    """True/False (numpy bools and the ints 0/1 too)."""
    if isinstance(value, bool):
        return value
    if type(value).__name__ == "bool_":
        return bool(value)
    if isinstance(value, numbers.Integral) and int(value) in (0, 1):
        return bool(value)
    raise TypeError("%s: %s must be True or False, got %s" % (where, arg, _fmt(value)))


def choice(value, arg, choices, where="ctrend"):
    """One of `choices` (a dict name -> code or a list); a typo names the nearest choice."""
    names = sorted(choices)
    if isinstance(value, str) and value in choices:
        return choices[value] if isinstance(choices, dict) else value
    if not isinstance(value, str):
        raise TypeError("%s: %s must be one of %s, got %s"
                        % (where, arg, ", ".join(repr(n) for n in names), _fmt(value)))
    near = difflib.get_close_matches(value, names, n=1, cutoff=0.5)
    hint = " (did you mean %r?)" % near[0] if near else ""
    raise ValueError("%s: %s must be one of %s, got %r%s"
                     % (where, arg, ", ".join(repr(n) for n in names), value, hint))


def text(value, arg, allow_none=False, where="ctrend"):
    """A str without NUL characters (C strings end at the first NUL)."""
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        raise TypeError("%s: %s must be a str, got %s" % (where, arg, _fmt(value)))
    if "\0" in value:
        raise ValueError("%s: %s must not contain a NUL character, got %s"
                         % (where, arg, _fmt(value)))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as e:  # a lone surrogate ('\ud800') is not Unicode text
        raise ValueError("%s: %s must be Unicode text, got a lone surrogate %r at position %d"
                         % (where, arg, value[e.start], e.start)) from None
    return value


def seed(value, arg="seed", where="ctrend"):
    return integer(value, arg, 0, SEED_MAX, where=where)
