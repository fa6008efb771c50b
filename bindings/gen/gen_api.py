#!/usr/bin/python3
"""gen_api.py — write the binding files generated from api/ctrend_api.h.

    /usr/bin/python3 bindings/gen/gen_api.py            write the three files
    /usr/bin/python3 bindings/gen/gen_api.py --check    exit 1 (and name them) if any is stale

Outputs (never edit them by hand; edit the definition and rerun):
    bindings/python/ctrend/_api_generated.py   ctypes prototypes, enum constants, argument checks
    bindings/R/ctrend/R/api_generated.R         enum constants, argument table, R wrappers
    bindings/R/ctrend/src/api_generated.c       .Call wrappers + R_CallMethodDef table
Deterministic: the same definition always gives byte-identical files.
"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import apidef  # noqa: E402
import gen_r  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DEF = os.path.join(ROOT, "api", "ctrend_api.h")
OUT_PY = os.path.join(ROOT, "bindings", "python", "ctrend", "_api_generated.py")
OUT_R = os.path.join(ROOT, "bindings", "R", "ctrend", "R", "api_generated.R")
OUT_C = os.path.join(ROOT, "bindings", "R", "ctrend", "src", "api_generated.c")

INT_TYPES = {
    "int": (-2**31, 2**31 - 1), "int32_t": (-2**31, 2**31 - 1),
    "int64_t": (-2**63, 2**63 - 1), "size_t": (0, 2**64 - 1), "uint64_t": (0, 2**64 - 1),
}
CTYPES_SCALAR = {
    "int": "ctypes.c_int", "int32_t": "ctypes.c_int32", "int64_t": "ctypes.c_int64",
    "size_t": "ctypes.c_size_t", "uint64_t": "ctypes.c_uint64", "double": "ctypes.c_double",
    "const char *": "ctypes.c_char_p", "char *": "ctypes.POINTER(ctypes.c_char)",
    "void": "None",
}


def is_enum_type(defn, ctype):
    return ctype in defn["enums"]


def ctypes_of(defn, ctype):
    if ctype in CTYPES_SCALAR:
        return CTYPES_SCALAR[ctype]
    if is_enum_type(defn, ctype):
        return "ctypes.c_int"
    if ctype == "const char **":  # a borrowed string written through a pointer
        return "ctypes.POINTER(ctypes.c_char_p)"
    base = ctype.replace("const ", "").replace(" *const", " *").strip()
    if base == "ctrend_error *":
        return "ctypes.POINTER(ctrend_error_t)"
    if base.startswith("ctrend_"):
        stars = base.count("*")
        return "ctypes.c_void_p" if stars == 1 else "ctypes.POINTER(ctypes.c_void_p)"
    if base.endswith("*"):
        inner = base[:-1].strip()
        if inner in CTYPES_SCALAR:
            return "ctypes.POINTER(%s)" % CTYPES_SCALAR[inner]
    raise ValueError("no ctypes mapping for %r" % ctype)


def resolve(defn, text):
    """Numeric value of a bound: a number, a symbol or a CTREND_ constant of the definition."""
    text = text.strip()
    for name, _kind, value in defn["constants"]:
        if name == text:
            return value
    if text == "MONTH_MIN":
        return 12
    if text == "MONTH_MAX":
        return 9999 * 12 + 11
    return apidef.parse_value(text)


def constraint(defn, p):
    """(kind, data) describing what a binding must check for scalar parameter p, or None."""
    base_int = INT_TYPES.get(p.ctype)
    if is_enum_type(defn, p.ctype):
        return ("enum", p.ctype)
    if p.role == "ENUM":
        return ("enum", p.args[0])
    if p.role == "BOOL":
        return ("oneof", (0, 1))
    if p.role == "ONEOF":
        return ("oneof", tuple(int(resolve(defn, a)) for a in p.args))
    if p.role in ("RANGE", "OPEN", "LOPEN"):
        lo, hi = resolve(defn, p.args[0]), resolve(defn, p.args[1])
        return ("range", (lo, hi, p.role in ("OPEN", "LOPEN"), p.role == "OPEN"))
    if p.role == "LEN":
        lo = int(resolve(defn, p.args[0])) if p.args else 0
        return ("range", (lo, base_int[1], False, False))
    if p.role in ("IN", "SEED", "CAP") and base_int:
        return ("range", (base_int[0], base_int[1], False, False))
    if p.role == "IN" and p.ctype == "double":
        return ("real", None)
    return None


def pyrepr(v):
    if isinstance(v, float):
        if v == float("inf"):
            return "_INF"
        if v == float("-inf"):
            return "-_INF"
        return repr(v)
    return repr(v)


def gen_python(defn, digest):
    out = []
    w = out.append
    w('"""Generated from api/ctrend_api.h by bindings/gen/gen_api.py. DO NOT EDIT.')
    w("")
    w("Edit the definition and run: /usr/bin/python3 bindings/gen/gen_api.py")
    w("")
    w("Contents (standard library only; nothing here loads the library):")
    w("  ENUMS[tag][NAME] = value, and every enum value as a module constant (CTREND_OK, ...);")
    w("  CONSTANTS[NAME] = value of each numeric CTREND_ #define, also as module constants;")
    w("  FUNCTIONS[name] = (return type, return role, header, ((param, C type, role, args), ...));")
    w("  declare_all(lib): set restype/argtypes of every function the loaded CDLL exports;")
    w("  check_arg(func, param, value): the value converted for ctypes, or ValueError/TypeError")
    w("  naming the function, the argument and its allowed range (api/ctrend_api.h roles).")
    w('"""')
    w("import ctypes")
    w("import numbers")
    w("import operator")
    w("")
    w("DEFINITION_SHA256 = %r" % digest)
    w("_INF = float(\"inf\")")
    w("")
    w("ENUMS = {")
    for tag, e in defn["enums"].items():
        w("    %r: {" % tag)
        for name, value in e["values"]:
            w("        %r: %d," % (name, value))
        w("    },")
    w("}")
    w("")
    w("CONSTANTS = {")
    for name, _kind, value in defn["constants"]:
        w("    %r: %s," % (name, pyrepr(value)))
    w("}")
    w("")
    for tag, e in defn["enums"].items():
        for name, value in e["values"]:
            w("%s = %d" % (name, value))
    for name, _kind, value in defn["constants"]:
        w("%s = %s" % (name, pyrepr(value)))
    w("")
    w("FUNCTIONS = {")
    for f in defn["functions"]:
        w("    %r: (%r, %r, %r, (" % (f.name, f.ret, f.ret_role, f.header))
        for p in f.params:
            w("        (%r, %r, %r, %r)," % (p.name, p.ctype, p.role, tuple(p.args)))
        w("    )),")
    w("}")
    w("")
    consts = {n: v for n, _k, v in defn["constants"]}
    w("class ctrend_error_t(ctypes.Structure):")
    w('    """Mirror of struct ctrend_error (ctrend/error.h; layout pinned). Check')
    w('    ctypes.sizeof(ctrend_error_t) == lib.ctrend_error_sizeof() after loading."""')
    w("    _fields_ = [(\"code\", ctypes.c_int),")
    w("                (\"message\", ctypes.c_char * %d)," % consts["CTREND_ERROR_MESSAGE_LEN"])
    w("                (\"file\", ctypes.c_char * %d)," % consts["CTREND_ERROR_FILE_LEN"])
    w("                (\"line\", ctypes.c_int64),")
    w("                (\"column\", ctypes.c_int64),")
    w("                (\"key\", ctypes.c_char * %d)]" % consts["CTREND_ERROR_KEY_LEN"])
    w("")
    w("")
    w("_PROTOTYPES = {")
    for f in defn["functions"]:
        args = ", ".join(ctypes_of(defn, p.ctype) for p in f.params)
        w("    %r: (%s, [%s])," % (f.name, ctypes_of(defn, f.ret), args))
    w("}")
    w("")
    w("#: Scalar argument constraints: (func, param) -> ('range', (lo, hi, lo_open, hi_open)) |")
    w("#: ('oneof', values) | ('enum', tag) | ('real', None); integer C types carry their type's range.")
    w("CONSTRAINTS = {")
    for f in defn["functions"]:
        for p in f.params:
            c = constraint(defn, p)
            if c is None:
                continue
            kind, data = c
            if kind == "range":
                data = "(%s, %s, %r, %r)" % (pyrepr(data[0]), pyrepr(data[1]), data[2], data[3])
            else:
                data = repr(data)
            w("    (%r, %r): (%r, %s, %r)," % (f.name, p.name, kind, data, p.ctype))
    w("}")
    w("")
    w(PY_TAIL)
    return "\n".join(out) + "\n"


PY_TAIL = '''
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
'''


def digest_of(defn):
    return hashlib.sha256(defn["raw"].encode("utf-8")).hexdigest()


def outputs():
    defn = apidef.load_definition(DEF)
    digest = digest_of(defn)
    return {
        OUT_PY: gen_python(defn, digest),
        OUT_R: gen_r.gen_r(defn, digest, constraint, resolve),
        OUT_C: gen_r.gen_c(defn, digest, constraint, resolve),
    }


def main(argv):
    check = "--check" in argv
    stale = []
    for path, text in outputs().items():
        old = None
        if os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                old = fh.read()
        if old == text:
            continue
        if check:
            stale.append(os.path.relpath(path, ROOT))
        else:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(text)
            print("wrote %s" % os.path.relpath(path, ROOT))
    for p in stale:
        print("stale generated file: %s (run /usr/bin/python3 bindings/gen/gen_api.py)" % p)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
