"""Loading libctrend with ctypes, declaring its functions, turning status codes into exceptions.

Every prototype and every enum value comes from the API definition (api/ctrend_api.h) through
the generated ``_api_generated.py`` (``api.declare_all(lib)``, ``api.ENUMS``): nothing here or
in the other modules retypes a C declaration or an enum table.

Standard library only. numpy and pandas are optional and handled in _arrays.py.

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

from . import _api_generated as api

#: Major version of the C ABI this binding was written for (``ctrend_version_number() // 10000``).
EXPECTED_MAJOR = 1

#: The pinned status codes of ctrend/common.h, from the API definition (api/ctrend_api.h
#: through the generated _api_generated.py: never retyped here).
STATUS = dict(api.ENUMS["ctrend_status"])
globals().update(STATUS)


def enum_table(tag, prefix, rename=None, aliases=None):
    """{binding name: value} for the public enum `tag`, from the API definition (api.ENUMS):
    each C name without `prefix`, in lower case ("CTREND_FAMILY_NEGBIN" -> "negbin").
    `rename` maps such a name to the binding's spelling ({"pvalue": "p_value"}); `aliases`
    adds further spellings of values already present ({"right": "trailing"}). A value
    appended to the C enum (and the definition) appears here without an edit."""
    rename = rename or {}
    table = {}
    for name, value in api.ENUMS[tag].items():
        if not name.startswith(prefix):
            raise ValueError("enum %s: %s does not start with %s" % (tag, name, prefix))
        short = name[len(prefix):].lower()
        table[rename.get(short, short)] = value
    for alias, target in (aliases or {}).items():
        table[alias] = table[target]
    return table


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

#: functions of the API definition that the loaded library lacks (an older build without that
#: module): every prototype (restype, argtypes) comes from the generated table, declared once
#: here; using a missing one raises CtrendError(EUNSUPPORTED) through fn().
_MISSING = set(api.declare_all(lib))


def has(name):
    """True when the loaded libctrend exports `name`."""
    return hasattr(lib, name) and name not in _MISSING


def fn(name):
    """The declared function `name`, or CtrendError(EUNSUPPORTED) when the library lacks it."""
    if name in _MISSING or not hasattr(lib, name):
        raise CtrendError(CTREND_EUNSUPPORTED,  # noqa: F821 (set by globals().update)
                          "libctrend at %s has no %s()" % (LIB_PATH, name))
    return getattr(lib, name)



_MODULES = {"io": "ctrend_reader_new", "rolling": "ctrend_rolling_mean",
            "change": "ctrend_change_pct", "aggregate": "ctrend_aggregate_periods",
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
    """Runtime version string of the loaded libctrend, e.g. ``"1.0.0"``."""
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


def get_str(func, *args, where=None):
    """Call a status-returning string getter func(*args, const char **out) (API 1.0, docs/api.md
    §6) and return the borrowed string decoded; CtrendError on a failing status."""
    out = ctypes.c_char_p()
    check(func(*args, ctypes.byref(out)), where=where)
    return decode(out.value)


def get_value(func, ctype, *args, where=None):
    """Call a status-returning getter func(*args, ctype *out) and return the value."""
    out = ctype()
    check(func(*args, ctypes.byref(out)), where=where)
    return out.value


def error_record():
    """A zeroed struct ctrend_error for the `ctrend_error *err` argument (docs/api.md §3)."""
    return api.ctrend_error_t()


def error_text(err):
    """The message of a filled error record (a callable for check()'s message)."""
    return lambda: decode(err.message)


def encode(text, arg="text", where="ctrend"):
    """str -> UTF-8 bytes for const char * parameters (None stays NULL, bytes pass). A str
    that is not Unicode text (a lone surrogate such as '\\ud800') is a ValueError naming
    `arg` and the position, not UnicodeEncodeError (found by tests/fuzz_args.py)."""
    if text is None:
        return None
    if isinstance(text, bytes):
        return text
    text = str(text)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as e:
        raise ValueError("%s: %s must be Unicode text, got a lone surrogate %r at position %d"
                         % (where, arg, text[e.start], e.start)) from None


def decode(raw):
    return None if raw is None else raw.decode("utf-8", "replace")


lib.ctrend_init()
if version_number() // 10000 != EXPECTED_MAJOR:
    raise ImportError("ctrend: libctrend %s at %s has ABI major %d; this binding expects %d"
                      % (version(), LIB_PATH, version_number() // 10000, EXPECTED_MAJOR))
for _name, _value in STATUS.items():
    if _value < lib.ctrend_status_count() and status_name(_value) != _name:
        raise ImportError("ctrend: status code %d is %s in libctrend, %s in the binding"
                          % (_value, status_name(_value), _name))
if hasattr(lib, "ctrend_error_sizeof") and \
        ctypes.sizeof(api.ctrend_error_t) != lib.ctrend_error_sizeof():
    raise ImportError("ctrend: struct ctrend_error is %d bytes in libctrend, %d in the binding"
                      % (lib.ctrend_error_sizeof(), ctypes.sizeof(api.ctrend_error_t)))
