#!/usr/bin/python3
"""draft.py — draft definition entries for what the headers have and api/ctrend_api.h lacks.

    /usr/bin/python3 bindings/gen/draft.py

Prints, for every CTREND_API function, enum and numeric constant missing from the
definition, an entry in the definition's format with GUESSED roles (pointer -> OUT or
ARRAY_*, size_t -> IN, ...). Paste each into api/ctrend_api.h after the entries of its
header, correct the roles and ranges from the header's contract, then run gen_api.py and
check_api.py. Used after merging branches that add public functions.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import apidef  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


def guess_role(types, names, i):
    t, n = types[i], names[i]
    later_sizes = [nn for tt, nn in zip(types[i + 1:], names[i + 1:]) if tt == "size_t"]
    nxt = names[i + 1] if i + 1 < len(names) else None
    if re.fullmatch(r"(const )?ctrend_\w+ \*\*", t):
        return "HANDLE_OUT"
    if re.fullmatch(r"(const )?ctrend_\w+ \*", t):
        return "HANDLE_OPT" if n == "opts" else "HANDLE"
    if t == "const char *":
        return "BYTES(%s)" % nxt if nxt in ("len", "n_bytes") else "STR"
    if t == "char *":
        return "STRBUF(%s, 64)" % nxt
    if t.startswith("const ") and t.endswith("*"):
        return "ARRAY_IN(%s)" % (later_sizes[0] if later_sizes else "FIXME")
    if t.endswith("*"):
        if n == "needed":
            return "NEEDED"
        if nxt == "cap" or (nxt or "").endswith("_cap"):
            return "CAP_OUT(%s)" % nxt
        return "OUT"
    if t == "size_t":
        if n == "cap" or n.endswith("_cap"):
            return "CAP"
        if n in ("n", "m", "len"):
            return "LEN"
        return "IN"
    if t == "uint64_t":
        return "SEED"
    if t == "double" and n in ("level", "prob"):
        return "OPEN(0, 1)"
    return "IN"


def main():
    defn = apidef.load_definition(os.path.join(ROOT, "api", "ctrend_api.h"))
    hdrs = apidef.parse_headers(os.path.join(ROOT, "include"))
    have = {f.name for f in defn["functions"]}
    n = 0
    for name, (hdr, ret, types, names) in hdrs["functions"].items():
        if name in have:
            continue
        n += 1
        if ret == "void":
            rr = "FREE" if name.endswith("_free") else "VOID"
        elif ret == "int":
            rr = "STATUS"
        elif ret == "const char *":
            rr = "STRING"
        else:
            rr = "VALUE"
        print("    F(%s, %s, %s, %s, \\" % (ret, rr, name, hdr[:-2]))
        if not types:
            print("      (void)) \\")
            continue
        for i in range(len(types)):
            pre = "      (" if i == 0 else "       "
            post = ")) \\" if i == len(types) - 1 else ", \\"
            print("%sCTREND_P(%s, %s, %s)%s" % (pre, types[i], names[i],
                                               guess_role(types, names, i), post))
    for tag, (hdr, items) in hdrs["enums"].items():
        if tag in defn["enums"]:
            missing = [(a, b) for a, b in items if (a, b) not in defn["enums"][tag]["values"]]
            if missing:
                n += 1
                print("/* %s: append to CTREND_DEF_ENUM_%s */" % (hdr, tag))
                for a, b in missing:
                    print("    V(%s, %d) \\" % (a, b))
            continue
        n += 1
        print("#define CTREND_DEF_ENUM_%s(V) \\" % tag)
        print(" \\\n".join("    V(%s, %d)" % (a, b) for a, b in items))
        print('/* and in CTREND_DEF_ENUMS: */    E(%s, "%s") \\' % (tag, hdr))
    dconst = {c[0] for c in defn["constants"]}
    for name, (hdr, text) in hdrs["constants"].items():
        try:
            v = apidef.parse_value(text.strip().strip("()"))
        except ValueError:
            continue
        if name not in dconst:
            n += 1
            kind = "DOUBLE" if isinstance(v, float) else "INT"
            print("    K(%s, %s, %s) \\   /* %s */" % (name, kind, text.strip(), hdr))
    if n == 0:
        print("draft.py: the definition lists everything the headers declare")


if __name__ == "__main__":
    main()
