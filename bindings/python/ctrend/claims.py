"""Checking quoted statistics against data (claims.h).

    with ctrend.Claims.from_file("datasets/claims/ttp_2022.claims") as c:
        c.check(ctrend.read_csv("datasets/ttp_2022.csv", output="frame"))
        c.results()          # one row per claim: verdict, computed vs quoted, exact statistics
        print(c.explain("ttp-feb-vs-prev2"))

or in one call: ctrend.check_claims("file.claims", "data.csv") -> DataFrame / list of dicts.
"""
import ctypes
import errno
import numbers

from . import _lib
from . import _arrays as A
from . import _check as C
from .frame import Frame, Handle

_P = ctypes.c_void_p
_C = ctypes.c_char_p
_S = ctypes.c_size_t
_I = ctypes.c_int


#: ctrend_verdict values (API definition): code -> name without CTREND_VERDICT_
VERDICTS = {v: k.upper()
            for k, v in _lib.enum_table("ctrend_verdict", "CTREND_VERDICT_").items()}
#: ctrend_claims_figure values (API definition)
FIGURES = _lib.enum_table("ctrend_claims_figure", "CTREND_CLAIMS_")


class ClaimsParseError(_lib.CtrendError):
    """A claims file does not parse: CtrendError plus ``line``, ``column`` and ``id`` (the
    record holding the error)."""

    def __init__(self, status, message, line, column, claim_id):
        self.line = int(line)
        self.column = int(column)
        self.id = claim_id
        super().__init__(status, message)


class Claims(Handle):
    """A parsed claims file (syntax: docs/claims.md). check(data) evaluates every claim."""

    _free_name = "ctrend_claims_free"

    def __init__(self, text, source_name=None, strict=True):
        """strict (default): a file with any parse error raises ClaimsParseError (the first
        error, from the error record). strict=False parses with ctrend_claims_parse_lenient
        (claims v2): every record is there, a bad one with verdict INVALID and its message
        (result()["error"]); ``parse_errors`` lists every error, those outside any record
        included. Either way an error without a handle (EINVAL, ENOMEM) raises CtrendError."""
        if not isinstance(text, (str, bytes)):
            raise TypeError("ctrend.Claims: text must be the claims text (str or bytes), got %s"
                            % type(text).__name__)
        C.text(source_name, "source_name", allow_none=True, where="ctrend.Claims")
        raw = _lib.encode(text, "text")
        p = _P()
        err = _lib.api.ctrend_error_t()
        rc = _lib.fn("ctrend_claims_parse_lenient")(raw, len(raw), _lib.encode(source_name, "source_name"),
                                                    ctypes.byref(p), ctypes.byref(err))
        if rc != 0 or not p.value:
            _lib.check(rc if rc != 0 else _lib.CTREND_ENOMEM,  # noqa: F821
                       message=_lib.decode(err.message) or None, where="claims")
        super().__init__(p.value)
        self.checked = False
        self.parse_errors = []
        L = _lib.lib
        n_errors = L.ctrend_claims_n_errors(p)
        if n_errors:
            if strict:
                first = _lib.api.ctrend_error_t()
                L.ctrend_claims_error(p, ctypes.byref(first))
                e = ClaimsParseError(first.code, _lib.decode(L.ctrend_claims_errmsg(p)),
                                     first.line, first.column, _lib.decode(first.key))
                self.close()
                raise e
            self.parse_errors = [_lib.decode(L.ctrend_claims_error_at(p, k))
                                 for k in range(n_errors)]

    @classmethod
    def from_file(cls, path, strict=True):
        with open(path, "rb") as fh:
            return cls(fh.read(), source_name=str(path), strict=strict)

    def __len__(self):
        return int(_lib.lib.ctrend_claims_count(self.ptr))

    def check(self, data, level=None, **read_options):
        """Evaluate every claim against `data`: a Frame, a CSV path, or a list of CSV paths
        (read with read_options and merged; a series in two files is an error).
        level: confidence level of the intervals (0 < level < 1; None = 0.95, as R's
        poisson.test conf.level)."""
        opts = _claims_opts(level)
        try:
            frame, owned = _as_frame(data, read_options)
            try:
                _lib.check(_lib.lib.ctrend_claims_check(self.ptr, opts, frame.ptr, None),
                           message=lambda: _lib.decode(_lib.lib.ctrend_claims_errmsg(self.ptr)),
                           where="check")
            finally:
                if owned:
                    frame.close()
        finally:
            _lib.lib.ctrend_claims_opts_free(opts)
        self.checked = True
        return self

    def index(self, claim):
        """Index of a claim given by position or id."""
        if isinstance(claim, numbers.Integral) and not isinstance(claim, bool):
            if not 0 <= claim < len(self):
                raise IndexError("ctrend.Claims: claim %d is out of range (%d claims)"
                                 % (claim, len(self)))
            return int(claim)
        C.text(claim, "claim", where="ctrend.Claims")
        idx = ctypes.c_size_t()
        _lib.check(_lib.lib.ctrend_claims_find(self.ptr, _lib.encode(claim, "claim"), ctypes.byref(idx)),
                   where="claim %r" % claim)
        return idx.value

    def _str(self, what, i):
        out = ctypes.c_char_p()
        _lib.check(getattr(_lib.lib, "ctrend_claims_" + what)(self.ptr, i, ctypes.byref(out)),
                   where=what)
        return _lib.decode(out.value)

    def _int(self, what, i):
        out = ctypes.c_int()
        _lib.check(getattr(_lib.lib, "ctrend_claims_" + what)(self.ptr, i, ctypes.byref(out)),
                   where=what)
        return out.value

    def figure(self, claim, which):
        v = ctypes.c_double()
        code = C.choice(which, "which", FIGURES, where="ctrend.Claims.figure")
        _lib.check(_lib.lib.ctrend_claims_figure(self.ptr, self.index(claim), code,
                                                  ctypes.byref(v)), where=which)
        return v.value

    def verdict(self, claim):
        return VERDICTS.get(self._int("verdict", self.index(claim)), "?")

    def explain(self, claim):
        """The step-by-step arithmetic of one claim (id or position)."""
        return self._str("explanation", self.index(claim))

    def result(self, claim):
        """Everything about one claim, as a dict."""
        i = self.index(claim)
        out = {"id": self._str("id", i), "verdict": self.verdict(i)}
        for name in FIGURES:
            v = ctypes.c_double()
            rc = _lib.lib.ctrend_claims_figure(self.ptr, i, FIGURES[name], ctypes.byref(v))
            # an INVALID claim has no figures: NaN, not an exception that hides the others
            out[name] = v.value if rc == 0 else float("nan")
        out["within_noise"] = bool(self._int("within_noise", i))
        out.update({"quote": self._str("quote", i), "source": self._str("source", i),
                    "claim": self._str("text", i), "line": self._int("line", i),
                    "explanation": self._str("explanation", i),
                    "note": self._str("note", i) if _lib.has("ctrend_claims_note") else None,
                    "error": self._claim_error(i)})
        return out

    def _claim_error(self, i):
        """The parse error of an INVALID claim ("FILE:LINE:COL: [id] message"), else None."""
        if not _lib.has("ctrend_claims_claim_error"):
            return None
        msg = _lib.lib.ctrend_claims_claim_error(self.ptr, i, None, None)
        return None if msg is None else _lib.decode(msg)

    def results(self, output="auto"):
        """All claims: a pandas DataFrame indexed by id (output 'auto' with pandas, or
        'pandas'), else a list of dicts."""
        C.choice(output, "output", {"auto": 0, "pandas": 1, "list": 2},
                 where="ctrend.Claims.results")
        rows = [self.result(i) for i in range(len(self))]
        pdm = A._pandas()
        if output == "list" or (output == "auto" and pdm is None):
            return rows
        return pdm.DataFrame(rows).set_index("id") if rows else pdm.DataFrame(rows)

    def summary(self):
        """{'supported': n, 'contradicted': n, 'unverifiable': n, 'exit_status': 0|3|4}
        (exit status as `ctrend check`)."""
        a, b, c = ctypes.c_size_t(), ctypes.c_size_t(), ctypes.c_size_t()
        _lib.check(_lib.lib.ctrend_claims_counts(self.ptr, ctypes.byref(a), ctypes.byref(b),
                                                 ctypes.byref(c)), where="summary")
        # the exit status of `ctrend check` (the library gives counts, bin/ the status)
        code = 3 if b.value else 4 if c.value else 0
        n_invalid = int(_lib.lib.ctrend_claims_n_invalid(self.ptr))
        # claims.h: unverifiable counts the INVALID ones too; `ctrend check` exits 2 when any
        # record is INVALID (or any error lies outside the records)
        if n_invalid or self.parse_errors:
            code = 2
        return {"supported": a.value, "contradicted": b.value,
                "unverifiable": c.value - n_invalid, "invalid": n_invalid,
                "parse_errors": list(self.parse_errors), "exit_status": int(code)}


#: ctrend_claims_opt keys (API definition)
OPTIONS = _lib.enum_table("ctrend_claims_opt", "CTREND_CLAIMS_OPT_")


def _claims_opts(level):
    """A ctrend_claims_opts handle (caller frees) with the level set, or None (defaults)."""
    if level is None:
        return None
    if isinstance(level, bool) or not isinstance(level, numbers.Real):
        raise TypeError("ctrend.Claims.check: level must be a number in (0, 1), got %r"
                        % (level,))
    lo, hi = ctypes.c_double(), ctypes.c_double()
    key = OPTIONS["level"]
    _lib.lib.ctrend_claims_opts_bounds(key, ctypes.byref(lo), ctypes.byref(hi))
    if not lo.value < float(level) < hi.value:  # also rejects NaN
        raise ValueError("ctrend.Claims.check: level must satisfy %g < level < %g, got %r"
                         % (lo.value, hi.value, level))
    o = _P()
    _lib.check(_lib.lib.ctrend_claims_opts_new(ctypes.byref(o)), where="claims options")
    rc = _lib.lib.ctrend_claims_opts_set_double(o, key, float(level))
    if rc != 0:
        _lib.lib.ctrend_claims_opts_free(o)
        _lib.check(rc, where="level")
    return o


def _as_frame(data, read_options):
    """A Frame from a Frame, a pandas DataFrame (wide, or long with by=[...] in
    read_options), a dict of series, a CSV path or a list of CSV paths."""
    if isinstance(data, Frame):
        return data, False
    pdm = A._pandas()
    if isinstance(data, dict) or (pdm is not None and isinstance(data, (pdm.DataFrame,
                                                                         pdm.Series))):
        keys = {k: read_options.pop(k) for k in ("by", "month", "value", "metric", "start")
                if k in read_options}
        if read_options:
            raise TypeError("ctrend.check_claims: %s apply to CSV files, not to in-memory data"
                            % ", ".join(sorted(read_options)))
        return Frame.from_series(data, **keys), True
    if data is None or isinstance(data, (int, float, complex, bool)) or \
            not (isinstance(data, (str, bytes, list, tuple)) or hasattr(data, "__fspath__")):
        raise TypeError("ctrend.check_claims: data must be a Frame, a DataFrame, a dict of "
                        "series, a CSV path or a list of paths, got %r" % (data,))
    from .io import read_csv
    paths = [data] if isinstance(data, (str, bytes)) or hasattr(data, "__fspath__") else list(data)
    if not paths:
        raise ValueError("ctrend.check_claims: data is an empty list of paths")
    for p in paths:
        if not (isinstance(p, (str, bytes)) or hasattr(p, "__fspath__")):
            raise TypeError("ctrend.check_claims: data must be a Frame, a DataFrame, a dict of "
                            "series or CSV paths; found %r in it" % (p,))
        if isinstance(p, str) and (not p or "\0" in p):
            raise ValueError("ctrend.check_claims: data holds an empty path or one with a NUL "
                             "character: %r" % (p,))
    frames = [read_csv(p, output="frame", **read_options) for p in paths]
    if len(frames) == 1:
        return frames[0], True
    merged = Frame()
    try:
        for f in frames:
            for i, key in enumerate(f.keys()):
                j = merged.add_series(*key)
                for t, v in enumerate(f.values(i)):
                    if v == v:
                        merged.set(j, f.start + t, v)
    finally:
        for f in frames:
            f.close()
    return merged, True


def check_claims(claims, data, output="auto", level=None, **read_options):
    """Parse `claims` (a path to a claims file, or its text when it contains a newline or a
    '['), check it against `data` (Frame, pandas DataFrame, dict of series, CSV path or list
    of paths; a long DataFrame takes by=[...], month=, value= as Frame.from_series) and return the results (see
    Claims.results). The summary is in the result's .attrs['summary'] for pandas.
    A record that does not parse does not stop the check (claims v2): its row has verdict
    INVALID and the message in ``error``; the other records are checked. Only a failure that
    gives no claims handle at all raises."""
    if isinstance(claims, Claims):
        c, owned = claims, False
    elif not isinstance(claims, str) and not hasattr(claims, "__fspath__"):
        raise TypeError("ctrend.check_claims: claims must be a path, the claims text or a "
                        "Claims, got %s" % type(claims).__name__)
    elif isinstance(claims, str) and ("\n" in claims or claims.lstrip().startswith(("[", "#"))):
        c, owned = Claims(claims, source_name="<text>", strict=False), True
    else:
        if not claims:
            raise ValueError("ctrend.check_claims: claims is empty (a path or the claims text)")
        if isinstance(claims, str):
            C.text(claims, "claims", where="ctrend.check_claims")
        try:
            c, owned = Claims.from_file(claims, strict=False), True
        except OSError as e:
            # a one-line text that is no file: not found, or too long to be a file name
            if not isinstance(e, FileNotFoundError) and e.errno != errno.ENAMETOOLONG:
                raise
            raise FileNotFoundError("ctrend.check_claims: claims=%s is neither an existing file "
                                    "nor claims text (text has a newline or starts with '[')"
                                    % C._fmt(claims)) from None
    try:
        c.check(data, level=level, **read_options)
        res = c.results(output)
        if hasattr(res, "attrs"):
            res.attrs["summary"] = c.summary()
        return res
    finally:
        if owned:
            c.close()
