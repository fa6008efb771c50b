#!/usr/bin/python3
"""Sanity checks for the CSVs in datasets/ (run: /usr/bin/python3 datasets/check.py [SEEDS_DIR]).

- every tidy CSV has the header month,group,region,metric,value, months are YYYY-MM,
  group and metric are non-empty, metric is lower_snake_case, values are non-negative integers,
  and there is no duplicate (month, group, region, metric) key;
- the UCDP wide CSV has a month column (YYYY-MM, strictly increasing, no gaps) and
  non-negative integer values;
- every tidy row is listed in README.md's provenance table with the same value;
- with SEEDS_DIR given, every quoted sentence in that table occurs in the named seed file
  (whitespace, including no-break spaces, normalised).
Exit status 0 when all checks pass, 1 otherwise.
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TIDY = ["ttp_2022.csv", "ttp_2022_breakdowns.csv", "is_pakistan_2022.csv"]
WIDE = ["ucdp_ged_pakistan_monthly.csv"]
MONTH = re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])$")
METRIC = re.compile(r"^[a-z][a-z0-9_]*$")
INT = re.compile(r"^(0|[1-9][0-9]*)$")
errors = []


def err(msg):
    errors.append(msg)


def norm(text):
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def check_tidy(name):
    path = os.path.join(HERE, name)
    keys = {}
    with open(path, newline="", encoding="utf-8") as fh:
        rd = csv.reader(fh)
        header = next(rd, None)
        if header != ["month", "group", "region", "metric", "value"]:
            err("%s: bad header %r" % (name, header))
            return keys
        for lineno, row in enumerate(rd, start=2):
            if len(row) != 5:
                err("%s:%d: %d fields" % (name, lineno, len(row)))
                continue
            month, group, region, metric, value = row
            if not MONTH.match(month):
                err("%s:%d: bad month %r" % (name, lineno, month))
            if not group:
                err("%s:%d: empty group" % (name, lineno))
            if not METRIC.match(metric):
                err("%s:%d: bad metric %r" % (name, lineno, metric))
            if not INT.match(value):
                err("%s:%d: value %r is not a non-negative integer" % (name, lineno, value))
            key = (month, group, region, metric)
            if key in keys:
                err("%s:%d: duplicate key %r" % (name, lineno, key))
            keys[key] = value
    print("%s: %d rows" % (name, len(keys)))
    return keys


def check_wide(name):
    path = os.path.join(HERE, name)
    with open(path, newline="", encoding="utf-8") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        if header[0] != "month" or len(set(header)) != len(header):
            err("%s: bad header" % name)
        prev = None
        n = 0
        for lineno, row in enumerate(rd, start=2):
            n += 1
            if len(row) != len(header):
                err("%s:%d: ragged row" % (name, lineno))
                continue
            if not MONTH.match(row[0]):
                err("%s:%d: bad month %r" % (name, lineno, row[0]))
                continue
            idx = int(row[0][:4]) * 12 + int(row[0][5:]) - 1
            if prev is not None and idx != prev + 1:
                err("%s:%d: month not consecutive" % (name, lineno))
            prev = idx
            for col, v in zip(header[1:], row[1:]):
                if not INT.match(v):
                    err("%s:%d: %s=%r not a non-negative integer" % (name, lineno, col, v))
    print("%s: %d months" % (name, n))


def check_readme(allkeys, seeds_dir):
    path = os.path.join(HERE, "README.md")
    listed = {}
    cache = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("| ") or not line.split("|")[1].strip().endswith(".csv"):
                continue
            cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
            if len(cells) != 8:
                err("README: bad table row %r" % line)
                continue
            f, month, group, region, metric, value, seed, quote = cells
            key = (f, month, group, region, metric)
            if key in listed:
                err("README: duplicate row %r" % (key,))
            listed[key] = value
            if seeds_dir:
                if seed not in cache:
                    with open(os.path.join(seeds_dir, seed), encoding="utf-8") as sf:
                        cache[seed] = norm(sf.read())
                q = norm(quote.strip("“”").replace("\\|", "|"))
                if q not in cache[seed]:
                    err("README: quote not found in %s: %r" % (seed, q))
    for f, keys in allkeys.items():
        for k, v in keys.items():
            if listed.get((f,) + k) != v:
                err("README: %s row %r value %s not cited (or cited as %r)" % (f, k, v, listed.get((f,) + k)))
    extra = set(listed) - {(f,) + k for f, keys in allkeys.items() for k in keys}
    for k in sorted(extra):
        err("README: cites a row that is not in the CSV: %r" % (k,))
    print("README.md: %d cited rows%s" % (len(listed), ", quotes checked" if seeds_dir else ""))


def main():
    seeds_dir = sys.argv[1] if len(sys.argv) > 1 else None
    allkeys = {name: check_tidy(name) for name in TIDY}
    for name in WIDE:
        check_wide(name)
    check_readme(allkeys, seeds_dir)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else "%d error(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
