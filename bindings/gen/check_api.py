#!/usr/bin/python3
"""check_api.py — the API definition, the headers and the generated bindings agree.

    /usr/bin/python3 bindings/gen/check_api.py        (checks the tree it lives in)

Fails (exit 1, one line per problem) when
  1. a CTREND_API function, an enum, an enum value or a numeric CTREND_ #define of
     include/ctrend/*.h is missing from api/ctrend_api.h, or the definition lists one the
     headers lack, or they differ (header file, return or parameter types, parameter names,
     values, order of enum values);
  2. a parameter role does not fit its C type (an array role on a scalar, a range on a pointer);
  3. a generated binding file is stale (bindings/gen/gen_api.py would write something else);
  4. a function of the definition is not bound in a generated binding (Python: a ctypes
     prototype in _api_generated.py; R: a wrapper in api_generated.c and api_generated.R)
     and not listed in bindings/gen/unbound.txt, or one listed there is bound after all;
  5. a package does not go through its generated layer, so that a function or enum could be
     bound in the generated file but not in what users import:
       Python: ctrend/_lib.py does not declare the library with api.declare_all(lib), or a
       hand-written module sets a ctypes prototype itself (.argtypes / .restype / declare());
       R: src/init.c does not register with ctr_api_register(dll, ...), or hand-written C
       calls R_registerRoutines itself;
       both: a hand-written file retypes an enum (two or more name/value pairs of one public
       enum written as literals, e.g. {"poisson": 0, "negbin": 2} or c(level = 0L, ...),
       or a literal CTREND_ value name paired with its number) instead of reading
       api.ENUMS / ct_api_enums.
The C compiler checks signatures and values once more in tests/api/check_def.c.
"""
import ast
import importlib.util
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import apidef  # noqa: E402
import gen_api  # noqa: E402

POINTER_ROLES = {"ARRAY_IN", "ARRAY_IN_OPT", "ARRAY_OUT", "ARRAY_OUT_OPT", "CAP_OUT", "NEEDED",
                 "OUT", "OUT_OPT", "HANDLE", "HANDLE_OPT", "HANDLE_OUT", "HANDLE_ARRAY_IN",
                 "HANDLE_ARRAY_OUT", "STR", "STR_OPT", "BYTES", "STRBUF", "ERROR_OUT",
                 "ERROR_IN", "RECORD_OUT", "RECORD_IN", "RECORD_IN_OPT"}
SCALAR_ROLES = {"IN", "RANGE", "OPEN", "LOPEN", "ONEOF", "ENUM", "BOOL", "LEN", "CAP", "SEED"}
LENGTH_ROLES = {"ARRAY_IN", "ARRAY_IN_OPT", "ARRAY_OUT", "ARRAY_OUT_OPT", "BYTES",
                "HANDLE_ARRAY_IN", "HANDLE_ARRAY_OUT"}


def header_value(text):
    try:
        return apidef.parse_value(text.strip().strip("()"))
    except ValueError:
        return None


def check_headers(defn, hdrs, problems):
    p = problems.append
    dfun = {f.name: f for f in defn["functions"]}
    for name in sorted(set(hdrs["functions"]) - set(dfun)):
        p("function %s (%s) is not in api/ctrend_api.h" % (name, hdrs["functions"][name][0]))
    for name in sorted(set(dfun) - set(hdrs["functions"])):
        p("function %s is in api/ctrend_api.h but in no header" % name)
    for name, (hdr, ret, types, names) in hdrs["functions"].items():
        f = dfun.get(name)
        if not f:
            continue
        if f.header + ".h" != hdr:
            p("%s: declared in %s, the definition says %s.h" % (name, hdr, f.header))
        if f.ret != ret:
            p("%s: returns %s in %s, %s in the definition" % (name, ret, hdr, f.ret))
        dtypes = tuple(q.ctype for q in f.params)
        dnames = tuple(q.name for q in f.params)
        if dtypes != types:
            p("%s: parameters (%s) in %s, (%s) in the definition"
              % (name, ", ".join(types), hdr, ", ".join(dtypes)))
        elif dnames != names:
            p("%s: parameter names (%s) in %s, (%s) in the definition"
              % (name, ", ".join(names), hdr, ", ".join(dnames)))
    for tag in sorted(set(hdrs["enums"]) - set(defn["enums"])):
        p("enum %s (%s) is not in api/ctrend_api.h" % (tag, hdrs["enums"][tag][0]))
    for tag in sorted(set(defn["enums"]) - set(hdrs["enums"])):
        p("enum %s is in api/ctrend_api.h but in no header" % tag)
    for tag, (hdr, items) in hdrs["enums"].items():
        e = defn["enums"].get(tag)
        if not e:
            continue
        if e["header"] != hdr:
            p("enum %s: in %s, the definition says %s" % (tag, hdr, e["header"]))
        if e["values"] != items:
            have = dict(items)
            want = dict(e["values"])
            for n in sorted(set(have) | set(want)):
                if have.get(n) != want.get(n):
                    p("enum %s: %s = %s in %s, %s in the definition"
                      % (tag, n, have.get(n, "(absent)"), hdr, want.get(n, "(absent)")))
            if have == want:
                p("enum %s: values in a different order than in %s" % (tag, hdr))
    dconst = {n: (k, v) for n, k, v in defn["constants"]}
    for name, (hdr, text) in hdrs["constants"].items():
        v = header_value(text)
        if v is None:
            continue  # not a numeric constant (a macro of another kind)
        if name not in dconst:
            p("constant %s (%s) is not in api/ctrend_api.h" % (name, hdr))
        elif float(dconst[name][1]) != float(v):
            p("constant %s = %s in %s, %s in the definition" % (name, text, hdr, dconst[name][1]))
    for name in sorted(set(dconst) - set(hdrs["constants"])):
        p("constant %s is in api/ctrend_api.h but in no header" % name)


def check_records(defn, include_dir, problems):
    """Each record's fields (type, name, order) are the header's struct, and every public
    struct of the headers (but ctrend_error, which has its own role) is a record."""
    seen = set()
    for path in apidef.header_files(include_dir):
        hdr = os.path.basename(path)
        with open(path, encoding="utf-8") as fh:
            text = apidef.strip_comments(fh.read())
        for m in re.finditer(r"typedef\s+struct\s+(ctrend_\w+)\s*\{(.*?)\}\s*(\w+)\s*;",
                             text, re.S):
            tag, body = m.group(1), m.group(2)
            if tag == "ctrend_error":
                continue  # the error record: its own role (ERROR_OUT) and mirror
            seen.add(tag)
            r = defn["records"].get(tag)
            if r is None:
                problems.append("struct %s (%s) is not in CTREND_DEF_RECORDS" % (tag, hdr))
                continue
            if r["header"] != hdr:
                problems.append("struct %s: in %s, the definition says %s"
                                % (tag, hdr, r["header"]))
            have = []
            for decl in body.split(";"):
                decl = decl.strip()
                if not decl:
                    continue
                mm = re.fullmatch(r"(.*?)\b(\w+)\s*(\[[^\]]*\])?", decl, re.S)
                have.append((apidef.norm_type(mm.group(1)) + (mm.group(3) or ""), mm.group(2)))
            want = [(q.ctype, q.name) for q in r["fields"]]
            if have != want:
                problems.append("struct %s: fields %s in %s, %s in the definition"
                                % (tag, have, hdr, want))
    for tag in sorted(set(defn["records"]) - seen):
        problems.append("record %s is in api/ctrend_api.h but in no header" % tag)


def check_roles(defn, problems):
    p = problems.append
    for f in defn["functions"]:
        names = {q.name for q in f.params}
        for q in f.params:
            is_ptr = q.ctype.endswith("*")
            if q.role in POINTER_ROLES and not is_ptr:
                p("%s: %s has pointer role %s but type %s" % (f.name, q.name, q.role, q.ctype))
            if q.role in SCALAR_ROLES and is_ptr:
                p("%s: %s has scalar role %s but type %s" % (f.name, q.name, q.role, q.ctype))
            if q.role.startswith("RECORD") and not apidef.record_of(defn, q.ctype):
                p("%s: %s has role %s but %s is not a record of CTREND_DEF_RECORDS"
                  % (f.name, q.name, q.role, q.ctype))
            if q.role == "ENUM" and q.args[0] not in defn["enums"]:
                p("%s: %s names unknown enum %s" % (f.name, q.name, q.args[0]))
            if q.role in LENGTH_ROLES or q.role in ("CAP_OUT", "STRBUF"):
                for ident in re.findall(r"\b[a-z_]\w*\b", " ".join(q.args)):
                    if ident not in names and not ident.startswith("ctrend_"):
                        p("%s: %s's length names %s, not a parameter" % (f.name, q.name, ident))


def load_module(path):
    spec = importlib.util.spec_from_file_location("_api_generated_check", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def check_bound(defn, root, problems):
    p = problems.append
    unbound = set()
    with open(os.path.join(HERE, "unbound.txt"), encoding="utf-8") as fh:
        for line in fh:
            line = line.split("#", 1)[0].split()
            if len(line) >= 2:
                unbound.add((line[0], line[1]))
                if line[0] not in ("Python", "R"):
                    p("unbound.txt: %s %s: the language must be Python or R" % tuple(line[:2]))
                if len(line) < 3:
                    p("unbound.txt: %s %s gives no reason" % tuple(line[:2]))
    bound = {"Python": set(), "R": set()}
    py = os.path.join(root, "bindings", "python", "ctrend", "_api_generated.py")
    rc = os.path.join(root, "bindings", "R", "ctrend", "src", "api_generated.c")
    rr = os.path.join(root, "bindings", "R", "ctrend", "R", "api_generated.R")
    if os.path.exists(py):
        mod = load_module(py)
        bound["Python"] = set(mod._PROTOTYPES)
        for tag, e in defn["enums"].items():
            if mod.ENUMS.get(tag) != dict(e["values"]):
                p("Python: enum %s differs in _api_generated.py" % tag)
    if os.path.exists(rc) and os.path.exists(rr):
        with open(rc, encoding="utf-8") as fh:
            ctext = fh.read()
        with open(rr, encoding="utf-8") as fh:
            rtext = fh.read()
        reg = set(re.findall(r'\{"ctr_api_(ctrend_\w+)"', ctext))
        rfun = {"ctrend_" + n for n in re.findall(r"^ct_api_(\w+) <- function", rtext, re.M)}
        bound["R"] = reg & rfun
        for tag, e in defn["enums"].items():
            m = re.search(r"^  %s = c\((.*)\)" % re.escape(tag), rtext, re.M)
            vals = dict((a, int(b)) for a, b in re.findall(r"(\w+) = (-?\d+)L", m.group(1))) if m else {}
            if vals != dict(e["values"]):
                p("R: enum %s differs in api_generated.R" % tag)
    for f in defn["functions"]:
        for lang in ("Python", "R"):
            listed = (lang, f.name) in unbound
            if f.name not in bound[lang] and not listed:
                p("%s: %s is not bound (generate it, or list it in bindings/gen/unbound.txt)"
                  % (lang, f.name))
            if f.name in bound[lang] and listed:
                p("%s: %s is bound now: remove it from bindings/gen/unbound.txt" % (lang, f.name))
    for lang, name in sorted(unbound):
        if name not in {f.name for f in defn["functions"]}:
            p("unbound.txt: %s is not a function of the definition" % name)
    return bound


def hand_written_files(root):
    """{(language, kind): [(relative path, text)]} of the hand-written package sources:
    ("Python", "py"), ("R", "c") (src/*.c), ("R", "R") (R/*.R); generated files excluded."""
    dirs = {("Python", "py"): ("bindings", "python", "ctrend"),
            ("R", "c"): ("bindings", "R", "ctrend", "src"),
            ("R", "R"): ("bindings", "R", "ctrend", "R")}
    out = {}
    for key, parts in dirs.items():
        d = os.path.join(root, *parts)
        out[key] = []
        if not os.path.isdir(d):
            continue
        for fn in sorted(os.listdir(d)):
            if fn.endswith("." + key[1]) and not fn.startswith(("_api_generated",
                                                                 "api_generated")):
                with open(os.path.join(d, fn), encoding="utf-8") as fh:
                    out[key].append((os.path.join(*parts, fn), fh.read()))
    return out


# literal name/value pairs: Python dict entries "name": 3 / 3: "name"; R c(name = 3L) entries
PY_PAIR = re.compile(r"""["']([A-Za-z_][\w.-]*)["']\s*:\s*(-?\d+)(?![\w.])""")
PY_PAIR_REV = re.compile(r"""(?<![\w.])(-?\d+)\s*:\s*["']([A-Za-z_][\w.-]*)["']""")
R_PAIR = re.compile(r"""(?<![\w.$])([A-Za-z_][\w.]*)\s*=\s*(-?\d+)L?(?![\w.])""")


def enum_pairs(text, kind):
    if kind == "py":
        return ([(a, int(b)) for a, b in PY_PAIR.findall(text)] +
                [(b, int(a)) for a, b in PY_PAIR_REV.findall(text)])
    if kind == "R":
        return [(a, int(b)) for a, b in R_PAIR.findall(text)]
    return []


def retyped_enums(defn, text, kind):
    """Enums of the definition whose values `text` writes out as literals: a pair (name,
    value) matches value NAME = value when name is NAME itself or a '_'-separated tail of it
    (case-insensitive; '.' and '-' read as '_'). Two matching pairs of one enum, or one pair
    spelled CTREND_..., count as a retyped table."""
    pairs = enum_pairs(text, kind)
    found = {}
    for tag, e in defn["enums"].items():
        hits = set()
        for lit, v in pairs:
            key = re.sub(r"[.-]", "_", lit).lower()
            for name, value in e["values"]:
                low = name.lower()
                if value == v and (low == key or low.endswith("_" + key)):
                    hits.add((lit, v))
                    if lit.startswith("CTREND_"):
                        hits.add(("(spelled out)", v))
        if len(hits) >= 2:
            found[tag] = sorted(hits)
    return found


def calls_declare_all(text):
    """True when the Python source calls api.declare_all(lib) in code (not in a docstring)."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return False
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr == "declare_all" and isinstance(node.func.value, ast.Name) and \
                node.func.value.id == "api" and len(node.args) == 1 and \
                isinstance(node.args[0], ast.Name) and node.args[0].id == "lib":
            return True
    return False


def check_layer_use(defn, root, problems):
    """Check 5: each package uses its generated layer, and no hand-written file retypes an
    enum. Returns numbers for the report line."""
    p = problems.append
    files = hand_written_files(root)
    names = {f.name for f in defn["functions"]}
    py, rc, rr = files[("Python", "py")], files[("R", "c")], files[("R", "R")]
    if py:
        lib_text = dict(py).get(os.path.join("bindings", "python", "ctrend", "_lib.py"), "")
        if not calls_declare_all(lib_text):
            p("Python: bindings/python/ctrend/_lib.py does not declare the library through the "
              "generated layer (api.declare_all(lib))")
    hand_declared = 0
    for rel, text in py:
        for m in re.finditer(r"\.(argtypes|restype)\s*=|(?<![\w.])declare\(", text):
            line = text.count("\n", 0, m.start()) + 1
            hand_declared += 1
            p("Python: %s:%d: hand-declared prototype (%s): use the generated table "
              "(_api_generated.declare_all)" % (rel, line, m.group(0).strip()))
    if rc:
        init = dict(rc).get(os.path.join("bindings", "R", "ctrend", "src", "init.c"), "")
        if not re.search(r"\bctr_api_register\(\s*dll\b", init):
            p("R: bindings/R/ctrend/src/init.c does not register the generated wrappers "
              "(ctr_api_register(dll, call_methods))")
    for rel, text in rc:
        if re.search(r"\bR_registerRoutines\(", text):
            p("R: %s registers routines by hand (R_registerRoutines): use ctr_api_register"
              % rel)
    for lang, kind, group in (("Python", "py", py), ("R", "R", rr)):
        for rel, text in group:
            for tag, hits in retyped_enums(defn, text, kind).items():
                p("%s: %s retypes enum %s (%s): read it from the generated layer (%s)"
                  % (lang, rel, tag, ", ".join("%s = %d" % h for h in hits[:4]),
                     "api.ENUMS" if lang == "Python" else "ct_api_enums"))
    called_py = set()
    for _rel, text in py:
        called_py |= set(re.findall(r"\bctrend_[a-z0-9_]+\b", text)) & names
    called_rc = set()
    for _rel, text in rc:
        called_rc |= set(re.findall(r"\bctrend_[a-z0-9_]+\b", text)) & names
    used_rapi = set()
    for _rel, text in rr:
        used_rapi |= {"ctrend_" + n for n in re.findall(r"\bct_api_([a-z0-9_]+)\b", text)} & names
    return hand_declared, len(called_py), len(called_rc), len(used_rapi)


def main(argv):
    root = gen_api.ROOT
    problems = []
    defn = apidef.load_definition(os.path.join(root, "api", "ctrend_api.h"))
    hdrs = apidef.parse_headers(os.path.join(root, "include"))
    check_headers(defn, hdrs, problems)
    check_roles(defn, problems)
    check_records(defn, os.path.join(root, "include"), problems)
    for path, text in gen_api.outputs().items():
        rel = os.path.relpath(path, root)
        old = None
        if os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                old = fh.read()
        if old != text:
            problems.append("stale generated file %s: run /usr/bin/python3 bindings/gen/gen_api.py"
                            % rel)
    bound = check_bound(defn, root, problems)
    py_decl, py_called, r_glue, r_api = check_layer_use(defn, root, problems)
    for line in problems:
        print(line)
    n = len(defn["functions"])
    print("api: %d functions, %d enums, %d constants; bound: Python %d, R %d; unbound listed: %d; "
          "hand-declared prototypes: %d (Python; its modules call %d functions through "
          "_api_generated); hand-written R C glue still calls %d functions directly, R code "
          "uses %d ct_api_* wrappers; %d problems"
          % (n, len(defn["enums"]), len(defn["constants"]), len(bound["Python"]), len(bound["R"]),
             sum(1 for f in defn["functions"] for lang in ("Python", "R")
                 if f.name not in bound[lang]), py_decl, py_called, r_glue, r_api,
             len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
