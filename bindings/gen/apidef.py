"""apidef.py — read the one API definition (api/ctrend_api.h) and the public headers.

Shared by gen_api.py (writes the binding files) and check_api.py (the ctest check).
Standard library only; /usr/bin/python3 (Debian 12: Python 3.11).

Definition format (see api/ctrend_api.h for the full description):
  CTREND_DEF_ENUMS(E)          E(c_enum_tag, header)       one line per public enum
  CTREND_DEF_ENUM_<tag>(V)     V(CTREND_NAME, value)       its values, in header order
  CTREND_DEF_CONSTANTS(K)      K(CTREND_NAME, INT|DOUBLE, value)
  CTREND_DEF_FUNCTIONS(F)      F(ret_type, ret_role, name, header, (CTREND_P(type, name, role), ...))
  CTREND_DEF_RECORDS(R)        R(struct_tag, header)
  CTREND_DEF_RECORD_<tag>(M)   M(type, field, role)        fields in layout order
"""
import os
import re

# Symbolic bounds the definition may use, with their values.
SYMBOLS = {
    "SIZE_MAX": 2**64 - 1, "INT_MAX": 2**31 - 1, "INT_MIN": -2**31,
    "INT32_MAX": 2**31 - 1, "INT32_MIN": -2**31, "INT64_MAX": 2**63 - 1,
    "INT64_MIN": -2**63, "UINT64_MAX": 2**64 - 1, "UINT32_MAX": 2**32 - 1,
    "DBL_MAX": 1.7976931348623157e308, "INF": float("inf"), "NINF": float("-inf"),
}

#: Parameter roles (third argument of CTREND_P) and what they mean.
ROLES = {
    "IN": "scalar input, any value of its type",
    "RANGE": "scalar input in [lo, hi] (closed)",
    "OPEN": "scalar input in (lo, hi) (open)",
    "LOPEN": "scalar input in (lo, hi] (lo excluded)",
    "ONEOF": "scalar input, one of the listed values",
    "ENUM": "int input: one value of the named enum",
    "BOOL": "int input: 0 or 1",
    "LEN": "a length or count of the arrays named in their roles (0 .. SIZE_MAX)",
    "CAP": "capacity (elements) of the output array that names it",
    "SEED": "uint64_t seed, any value",
    "ARRAY_IN": "input array of the given length expression; non-NULL when that length > 0",
    "ARRAY_IN_OPT": "input array of the given length, or NULL",
    "ARRAY_OUT": "caller-owned output array of the given length",
    "ARRAY_OUT_OPT": "caller-owned output array of the given length, or NULL (not wanted)",
    "CAP_OUT": "caller-owned output array of capacity CAP; NULL = size query",
    "NEEDED": "size_t out: elements needed (may be NULL)",
    "OUT": "scalar output, required",
    "OUT_OPT": "scalar output, may be NULL",
    "HANDLE": "an opaque handle, required",
    "HANDLE_OPT": "an opaque handle or NULL (defaults)",
    "HANDLE_OUT": "receives a new handle (caller frees)",
    "HANDLE_ARRAY_IN": "array of handles of the given length",
    "HANDLE_ARRAY_OUT": "array of the given length receiving new handles (caller frees each)",
    "STR": "NUL-terminated UTF-8 string, required",
    "STR_OPT": "NUL-terminated UTF-8 string or NULL",
    "BYTES": "byte buffer of the given length (need not be NUL-terminated)",
    "STRBUF": "caller-owned char buffer of capacity CAP",
    "ERROR_OUT": "ctrend_error * record filled by the call (ctrend/error.h)",
    "ERROR_IN": "const ctrend_error * record read by the call",
    "RECORD_OUT": "pointer to a caller-owned record (CTREND_DEF_RECORDS) written by the call",
    "RECORD_IN": "pointer to a const record (CTREND_DEF_RECORDS) read by the call",
    "RECORD_IN_OPT": "pointer to a const record read by the call, or NULL (defaults)",
}
RET_ROLES = {
    "STATUS": "int status: CTREND_OK or a ctrend_status code",
    "VALUE": "a plain value (count, index, month, enum or flag)",
    "STRING": "const char *: static or borrowed, never to be freed",
    "HANDLE_BORROWED": "a borrowed handle (valid while its owner lives)",
    "VOID": "nothing",
    "FREE": "void: releases its handle argument (NULL is a no-op)",
}


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    return re.sub(r"//[^\n]*", " ", text)


def norm_type(text):
    """Canonical spelling of a C type: 'const double *', 'const ctrend_design *const *'."""
    toks = re.findall(r"[A-Za-z_]\w*|\*", text)
    out = ""
    prev = None
    for t in toks:
        if prev is None:
            out = t
        elif t == "*":
            out += "*" if prev == "*" else " *"
        else:
            out += t if prev == "*" else " " + t
        prev = t
    return out


def split_top(text, sep=","):
    """Split at top-level separators (not inside parentheses)."""
    parts, depth, cur = [], 0, ""
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == sep and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    if cur.strip():
        parts.append(cur)
    return [p.strip() for p in parts]


def calls(text, name):
    """Argument strings of every `name(...)` call in text (balanced parentheses)."""
    out = []
    for m in re.finditer(r"\b%s\s*\(" % re.escape(name), text):
        i, depth = m.end(), 1
        while depth and i < len(text):
            if text[i] == "(":
                depth += 1
            elif text[i] == ")":
                depth -= 1
            i += 1
        out.append(text[m.end():i - 1])
    return out


def macro_body(text, name):
    """Body of `#define name(X) ...` with its line continuations joined."""
    m = re.search(r"^[ \t]*#[ \t]*define[ \t]+%s\([A-Za-z_]\w*\)((?:[^\n]*\\\n)*[^\n]*)"
                  % re.escape(name), text, re.M)
    if not m:
        return None
    return m.group(1).replace("\\\n", " ")


def parse_value(text):
    t = text.strip()
    if t in SYMBOLS:
        return SYMBOLS[t]
    if t.startswith("-") and t[1:].strip() in SYMBOLS:
        return -SYMBOLS[t[1:].strip()]
    if re.fullmatch(r"[-+]?(0x[0-9a-fA-F]+|\d+)[uUlL]*", t):
        return int(re.sub(r"[uUlL]+$", "", t), 0)
    return float(t)


# ---- the definition ------------------------------------------------------------------

class Param:
    def __init__(self, ctype, name, role, args):
        self.ctype, self.name, self.role, self.args = ctype, name, role, args

    def __repr__(self):
        return "Param(%r, %r, %r, %r)" % (self.ctype, self.name, self.role, self.args)


class Function:
    def __init__(self, ret, ret_role, name, header, params):
        self.ret, self.ret_role, self.name, self.header, self.params = \
            ret, ret_role, name, header, params

    def signature(self):
        return (self.ret, tuple(p.ctype for p in self.params))


def parse_role(text):
    m = re.fullmatch(r"\s*([A-Z_]+)\s*(?:\((.*)\))?\s*", text, re.S)
    if not m or m.group(1) not in ROLES:
        raise ValueError("unknown parameter role %r" % text)
    args = split_top(m.group(2)) if m.group(2) is not None else []
    return m.group(1), args


def load_definition(path):
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    text = strip_comments(raw)
    enums = {}
    body = macro_body(text, "CTREND_DEF_ENUMS")
    for args in calls(body, "E"):
        tag, header = [a.strip() for a in split_top(args)]
        vals = macro_body(text, "CTREND_DEF_ENUM_" + tag)
        if vals is None:
            raise ValueError("CTREND_DEF_ENUM_%s is not defined" % tag)
        items = []
        for v in calls(vals, "V"):
            name, value = split_top(v)
            items.append((name, parse_value(value)))
        enums[tag] = {"header": header.strip('"'), "values": items}
    consts = []
    for args in calls(macro_body(text, "CTREND_DEF_CONSTANTS"), "K"):
        name, kind, value = split_top(args)
        consts.append((name, kind, parse_value(value)))
    records = {}
    body = macro_body(text, "CTREND_DEF_RECORDS")
    for args in calls(body or "", "R"):
        tag, header = [a.strip() for a in split_top(args)]
        fbody = macro_body(text, "CTREND_DEF_RECORD_" + tag)
        if fbody is None:
            raise ValueError("CTREND_DEF_RECORD_%s is not defined" % tag)
        fields = []
        for m in calls(fbody, "M"):
            ftype, fname, role = split_top(m)
            r, rargs = parse_role(role)
            if norm_type(ftype) not in ("double", "int"):
                raise ValueError("%s.%s: record fields are double or int" % (tag, fname))
            fields.append(Param(norm_type(ftype), fname.strip(), r, rargs))
        records[tag] = {"header": header.strip('"'), "fields": fields}
    funcs = []
    for args in calls(macro_body(text, "CTREND_DEF_FUNCTIONS"), "F"):
        parts = split_top(args)
        if len(parts) != 5:
            raise ValueError("F(...) needs 5 arguments: %s" % args[:80])
        ret, ret_role, name, header, plist = parts
        if ret_role not in RET_ROLES:
            raise ValueError("%s: unknown return role %s" % (name, ret_role))
        inner = plist.strip()
        assert inner.startswith("(") and inner.endswith(")"), name
        params = []
        if inner[1:-1].strip() != "void":
            for p in calls(inner, "CTREND_P"):
                ctype, pname, role = split_top(p)
                r, rargs = parse_role(role)
                params.append(Param(norm_type(ctype), pname.strip(), r, rargs))
        funcs.append(Function(norm_type(ret), ret_role, name.strip(), header.strip('"'), params))
    return {"enums": enums, "constants": consts, "functions": funcs, "records": records,
            "raw": raw}


# ---- the headers -----------------------------------------------------------------------

def header_files(include_dir):
    mods = os.path.join(include_dir, "ctrend")
    return [os.path.join(mods, f) for f in sorted(os.listdir(mods)) if f.endswith(".h")]


def parse_headers(include_dir):
    """{'functions': {name: (header, ret, (types...), (names...))},
        'enums': {tag: (header, [(NAME, value)])}, 'constants': {NAME: (header, text)}}"""
    funcs, enums, consts = {}, {}, {}
    for path in header_files(include_dir):
        hdr = os.path.basename(path)
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
        text = strip_comments(raw)
        # the status list: X(NAME, value, "message")
        body = macro_body(text, "CTREND_STATUS_LIST")
        if body is not None:
            items = []
            for args in calls(body, "X"):
                a = split_top(args)
                items.append(("CTREND_" + a[0], parse_value(a[1])))
            enums["ctrend_status"] = (hdr, items)
        for m in re.finditer(r"^[ \t]*#[ \t]*define[ \t]+(CTREND_[A-Z0-9_]+)[ \t]+([^\n\\]+)$",
                             text, re.M):
            name, val = m.group(1), m.group(2).strip()
            if name in ("CTREND_API",) or name.endswith("_H"):
                continue
            consts[name] = (hdr, val)
        code = re.sub(r"^[ \t]*#(?:[^\n]*\\\n)*[^\n]*", " ", text, flags=re.M)
        for m in re.finditer(r"\benum\s+(ctrend_\w+)\s*\{(.*?)\}", code, re.S):
            tag, body = m.group(1), m.group(2)
            items, nxt = [], 0
            for ent in split_top(body):
                if not ent:
                    continue
                if "=" in ent:
                    name, val = [s.strip() for s in ent.split("=", 1)]
                    nxt = parse_value(val)
                else:
                    name = ent.strip()
                if name.endswith("_"):      # sentinel (CTREND_STATUS_COUNT_), not a value
                    nxt += 1
                    continue
                items.append((name, nxt))
                nxt += 1
            if tag != "ctrend_status" or "ctrend_status" not in enums:
                enums[tag] = (hdr, items)
        for m in re.finditer(r"\bCTREND_API\b\s*([^;{]*?)\b(ctrend_\w+)\s*\(([^;{]*)\)\s*;",
                             code, re.S):
            ret, name, plist = m.group(1), m.group(2), m.group(3)
            types, names = [], []
            if plist.strip() != "void":
                for p in split_top(plist):
                    mm = re.fullmatch(r"(.*?)([A-Za-z_]\w*)\s*", p, re.S)
                    types.append(norm_type(mm.group(1)))
                    names.append(mm.group(2))
            funcs[name] = (hdr, norm_type(ret), tuple(types), tuple(names))
    return {"functions": funcs, "enums": enums, "constants": consts}


def record_of(defn, ctype):
    """The record tag a parameter type points to ('const ctrend_exact_test *'), or None."""
    m = re.fullmatch(r"(?:const )?(ctrend_\w+) \*", ctype)
    return m.group(1) if m and m.group(1) in defn.get("records", {}) else None
