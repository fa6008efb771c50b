#!/usr/bin/python3
# tests/fuzz/split_seed.py FILE.claims MAXBYTES OUTDIR — splits a claims file into seeds of at
# most MAXBYTES bytes for the claims fuzz target (tests/fuzz/corpus/claims/): each seed is the
# file's preamble (its non-comment lines before the first [section]: source, define, as of)
# followed by whole consecutive sections. libFuzzer mutates an input at the size of its seed
# (its length limit starts at the largest seed and grows by about log2(len) bytes per
# plateau), so one 9 KB seed made most of a 60 s run's inputs 9 KB long, at a third of the
# speed of 2 KB ones, for no coverage that its sections do not give one by one. The whole
# files are still read by tests/test_claims.c and the CLI tests.
import os
import sys

path, limit, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
lines = open(path, encoding="utf-8").read().splitlines(keepends=True)
first = next(i for i, l in enumerate(lines) if l.startswith("["))
pre = "".join(l for l in lines[:first] if l.strip() and not l.lstrip().startswith("#"))
sections, cur = [], []
for l in lines[first:]:
    if l.startswith("[") and cur:
        sections.append("".join(cur))
        cur = []
    cur.append(l)
sections.append("".join(cur))
pieces, cur = [], pre
for s in sections:
    if len(cur) > len(pre) and len((cur + s).encode()) > limit:
        pieces.append(cur)
        cur = pre
    cur += s
pieces.append(cur)
stem = os.path.splitext(os.path.basename(path))[0]
for k, p in enumerate(pieces, 1):
    with open(os.path.join(out, f"{stem}_part{k}.claims"), "w", encoding="utf-8") as f:
        f.write(p)
    print(f"{stem}_part{k}.claims {len(p.encode())} bytes")
