#!/usr/bin/python3
"""check_exports.py — the exported ABI of libctrend.so equals the CTREND_API declarations.

Usage: check_exports.py <source-root> <path/to/libctrend.so> [nm]

1. Collects every function declared with CTREND_API in include/ (comments and preprocessor
   lines stripped first, so the macro's own #define does not count).
2. Lists the dynamic symbols the shared library defines (`nm -D --defined-only`).
3. Fails if a declared function is not exported (missing) or if anything else is exported
   (leaked internal symbol: every non-API function must be static or hidden).
4. Also fails if a public module header under include/ctrend/ is not reachable from the
   umbrella header include/ctrend.h ("if it isn't reachable from ctrend.h, it isn't API").
Standard library only (jansson's test/ld-check-exports idea).
"""
import os
import re
import subprocess
import sys

# Symbols the linker itself may define in a shared object: not ours, never API.
LINKER_SYMBOLS = {"_init", "_fini", "_edata", "_end", "__bss_start", "_DYNAMIC",
                  "_GLOBAL_OFFSET_TABLE_"}


def strip_c(text):
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    text = re.sub(r"//[^\n]*", " ", text)
    # drop preprocessor lines, including continued ones
    text = re.sub(r"^[ \t]*#(?:[^\n]*\\\n)*[^\n]*", " ", text, flags=re.M)
    return text


def declared(include_dir):
    names = {}
    for root, _dirs, files in os.walk(include_dir):
        for fn in sorted(files):
            if not fn.endswith(".h"):
                continue
            path = os.path.join(root, fn)
            with open(path, encoding="utf-8") as fh:
                code = strip_c(fh.read())
            for m in re.finditer(r"\bCTREND_API\b([^;{]*)", code):
                # the declared name: the first identifier followed by "(" that is not an
                # attribute/annotation macro (__attribute__((deprecated)), CTREND_DEPRECATED(..))
                for ident in re.findall(r"\b([A-Za-z_]\w*)\s*\(", m.group(1)):
                    if not ident.startswith("__") and not ident.isupper():
                        names.setdefault(ident, os.path.relpath(path, include_dir))
                        break
            for m in re.finditer(r"\bCTREND_API\b[^;(]*;", code):
                sys.stderr.write("exported variable (not allowed): %s\n" % m.group(0))
                names.setdefault("<variable>", path)
    return names


def exported(lib, nm):
    out = subprocess.run([nm, "-D", "--defined-only", lib], check=True,
                         stdout=subprocess.PIPE, universal_newlines=True).stdout
    syms = set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 2:
            syms.add(parts[-1].split("@")[0])
    return syms - LINKER_SYMBOLS


def unreachable(include_dir):
    umbrella = os.path.join(include_dir, "ctrend.h")
    seen, todo = set(), [umbrella]
    while todo:
        path = todo.pop()
        if path in seen or not os.path.exists(path):
            continue
        seen.add(path)
        with open(path, encoding="utf-8") as fh:
            for inc in re.findall(r'^\s*#\s*include\s*[<"](ctrend/[^>"]+)[>"]', fh.read(), re.M):
                todo.append(os.path.join(include_dir, inc))
    mods = os.path.join(include_dir, "ctrend")
    return sorted(fn for fn in os.listdir(mods)
                  if fn.endswith(".h") and os.path.join(mods, fn) not in seen)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    src, lib = sys.argv[1], sys.argv[2]
    nm = sys.argv[3] if len(sys.argv) > 3 else "nm"
    include_dir = os.path.join(src, "include")
    decl = declared(include_dir)
    exp = exported(lib, nm)
    missing = sorted(set(decl) - exp)
    extra = sorted(exp - set(decl))
    orphans = unreachable(include_dir)
    for name in missing:
        print("declared CTREND_API but not exported: %s (%s)" % (name, decl[name]))
    for name in extra:
        print("exported but not declared CTREND_API in include/: %s" % name)
    for fn in orphans:
        print("include/ctrend/%s is not reachable from include/ctrend.h" % fn)
    print("%d declared, %d exported, %d missing, %d extra, %d unreachable headers"
          % (len(decl), len(exp), len(missing), len(extra), len(orphans)))
    return 1 if (missing or extra or orphans or not decl) else 0


if __name__ == "__main__":
    sys.exit(main())
