#!/usr/bin/env bash
# tests/io_cli/run.sh CTREND_BINARY — input sources and real-world files through the CLI:
# standard input, gzip (file and pipe), a directory, a FIFO without writer, a missing file,
# and every example of docs/io.md (each "$ ctrend ..." block there is run and its output
# compared with the block that follows it).
set -u
bin="$1"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok()   { pass=$((pass+1)); }
bad()  { echo "FAIL $1"; fail=$((fail+1)); }
same() { if cmp -s "$2" "$3"; then ok; else bad "$1"; diff -u "$2" "$3" | head -10; fi; }

data=datasets/ttp_2022.csv
"$bin" summary "$data" --format csv > "$tmp/plain.out" 2>&1 || bad "plain read"
# standard input, plain and compressed; a .gz file; a gzip file without the suffix
"$bin" summary - --format csv < "$data" > "$tmp/stdin.out" 2>&1; same stdin "$tmp/plain.out" "$tmp/stdin.out"
gzip -c "$data" > "$tmp/t.csv.gz"
gzip -c "$data" | "$bin" summary - --format csv > "$tmp/gzpipe.out" 2>&1; same "gzip pipe" "$tmp/plain.out" "$tmp/gzpipe.out"
"$bin" summary "$tmp/t.csv.gz" --format csv > "$tmp/gz.out" 2>&1; same "gzip file" "$tmp/plain.out" "$tmp/gz.out"
cp "$tmp/t.csv.gz" "$tmp/t_nosuffix"
"$bin" summary "$tmp/t_nosuffix" --format csv > "$tmp/gz2.out" 2>&1; same "gzip by content" "$tmp/plain.out" "$tmp/gz2.out"
# two members concatenated (gzip -c a >> b) read as one stream
{ head -3 "$data" | gzip -c; tail -n +4 "$data" | gzip -c; } > "$tmp/two.csv.gz"
"$bin" summary "$tmp/two.csv.gz" --format csv > "$tmp/two.out" 2>&1; same "gzip members" "$tmp/plain.out" "$tmp/two.out"
# errors: exit 2 with a clear reason, nothing on stdout
expect_err() { # name, expected exit, stderr substring, args...
  local name="$1" code="$2" needle="$3"; shift 3
  timeout 10 "$bin" "$@" > "$tmp/e.out" 2> "$tmp/e.err" < /dev/null
  local got=$?
  if [ "$got" != "$code" ] || ! grep -qF -- "$needle" "$tmp/e.err" || [ -s "$tmp/e.out" ]; then
    bad "$name (exit $got)"; cat "$tmp/e.err"
  else ok; fi
}
expect_err directory 2 "is a directory" summary "$tmp"
mkfifo "$tmp/fifo"
expect_err fifo 2 "named pipe (FIFO) that gave no data" summary "$tmp/fifo"
expect_err missing 2 "cannot open: No such file or directory" summary "$tmp/none.csv"
head -c 60 "$tmp/t.csv.gz" > "$tmp/trunc.csv.gz"
expect_err "truncated gzip" 2 "gzip data: unexpected end of file" summary "$tmp/trunc.csv.gz"
expect_err "empty stdin" 2 "<stdin>: empty input" summary -
# -V is --version
if [ "$("$bin" -V)" = "$("$bin" --version)" ] && "$bin" -V | grep -q '^ctrend [0-9]'; then ok; else bad "-V"; fi
# --opt=value works for every option: the same output as --opt value
"$bin" summary --format=csv "--where=metric == \"attacks\"" --from=2022-02 "$data" > "$tmp/eq.out" 2>&1
"$bin" summary --format csv --where 'metric == "attacks"' --from 2022-02 "$data" > "$tmp/sp.out" 2>&1
same "--opt=value" "$tmp/sp.out" "$tmp/eq.out"
# docs/io.md examples: "```console" blocks of "$ ctrend ..." lines and their expected output
python3 - "$bin" "$tmp" <<'PY' || fail=$((fail+1))
import re, subprocess, sys, shlex
binary, tmp = sys.argv[1], sys.argv[2]
MIN_EXAMPLES = 0  # raised with the docs
text = open("docs/io.md").read()
blocks = re.findall(r"```console\n(.*?)```", text, re.S)
bad = 0
for b in blocks:
    lines = b.splitlines()
    cmd = lines[0]
    assert cmd.startswith("$ ctrend "), cmd
    want = "\n".join(lines[1:]) + "\n"
    args = shlex.split(cmd[len("$ ctrend "):])
    p = subprocess.run([binary] + args, capture_output=True, text=True)
    got = p.stdout + p.stderr
    if got != want:
        bad += 1
        print("FAIL docs/io.md example:", cmd)
        print("--- want\n" + want + "--- got\n" + got)
print(f"docs/io.md: {len(blocks)} examples, {bad} differ")
sys.exit(1 if bad or len(blocks) < MIN_EXAMPLES else 0)
PY
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
