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
     and not listed in bindings/gen/unbound.txt, or one listed there is bound after all.
The C compiler checks signatures and values once more in tests/api/check_def.c.
"""
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
                 "ERROR_IN"}
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


def hand_written_report(defn, root):
    """Information only: how much of the hand-written bindings still declares by hand."""
    names = {f.name for f in defn["functions"]}
    pyd = os.path.join(root, "bindings", "python", "ctrend")
    rd = os.path.join(root, "bindings", "R", "ctrend", "src")
    py_hand, r_hand = set(), set()
    for d, acc, ext in ((pyd, py_hand, ".py"), (rd, r_hand, ".c")):
        if not os.path.isdir(d):
            continue
        for fn in os.listdir(d):
            if fn.endswith(ext) and not fn.startswith(("_api_generated", "api_generated")):
                with open(os.path.join(d, fn), encoding="utf-8") as fh:
                    acc.update(set(re.findall(r"\bctrend_[a-z0-9_]+\b", fh.read())) & names)
    return len(py_hand), len(r_hand)


def main(argv):
    root = gen_api.ROOT
    problems = []
    defn = apidef.load_definition(os.path.join(root, "api", "ctrend_api.h"))
    hdrs = apidef.parse_headers(os.path.join(root, "include"))
    check_headers(defn, hdrs, problems)
    check_roles(defn, problems)
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
    py_hand, r_hand = hand_written_report(defn, root)
    for line in problems:
        print(line)
    n = len(defn["functions"])
    print("api: %d functions, %d enums, %d constants; bound: Python %d, R %d; unbound listed: %d; "
          "hand-written code still names %d (Python) / %d (R) functions; %d problems"
          % (n, len(defn["enums"]), len(defn["constants"]), len(bound["Python"]), len(bound["R"]),
             sum(1 for f in defn["functions"] for lang in ("Python", "R")
                 if f.name not in bound[lang]), py_hand, r_hand, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
