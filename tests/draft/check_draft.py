#!/usr/bin/python3
"""tests/draft/check_draft.py CTREND_BINARY SEEDS_DIR

`ctrend claims draft` and `ctrend claims compare` (registered in tests/draft.cmake, run from the
repository root):
  * seed 004 drafted with its data recovers >= 90% of the quotes of the hand transcription
    datasets/claims/seed_004.claims and >= 70% of its claim lines exactly or equivalently
    (the issue's bar), measured by `claims compare`; the measured values are printed and must
    equal those written in docs/factcheck.md (so the docs cannot drift);
  * the comparator itself on hand-made cases: a file against itself (all exact), terms reordered
    (equivalent, not exact), a changed figure or month (not equivalent), an empty draft (0);
  * every seed drafts without error and the draft parses (`ctrend check` exit 0, 3 or 4);
  * seed 002: the mojibake is repaired (no "ā€" left in any quote; the apostrophe of "IS-K’s"
    restored) and the passages that cannot be are named; a synthetic sentence garbled by Python's
    own codecs (UTF-8 bytes decoded as cp1257, cp1252 for the bytes cp1257 leaves undefined) comes
    back exactly;
  * periods relative to the report's date (found in the text, or --date), month headings,
    "from Jan to early Dec 2022", "since August 2021", "the previous 2 months", TODOs for what
    cannot be resolved, and a user alias file.
The seeds are not redistributed in the repository (datasets/README.md): without SEEDS_DIR the
seed cases are skipped (exit 77 when nothing else ran).
Prints "N passed, M failed"; exit 1 on any failure.
"""
import csv
import io
import os
import re
import subprocess
import sys
import tempfile

BIN = os.path.abspath(sys.argv[1])
SEEDS = os.environ.get("CTREND_SEEDS_DIR") or (sys.argv[2] if len(sys.argv) > 2 else "")
DATA = ["datasets/ttp_2022.csv", "datasets/ttp_2022_breakdowns.csv", "datasets/is_pakistan_2022.csv"]
SEED4 = "004_9b6637ebe242a1f9.txt"
passed = failed = 0
TMP = tempfile.mkdtemp(prefix="ctrend_draft_")


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL %s %s" % (name, detail))


def run(*args, input_text=None):
    return subprocess.run([BIN] + list(args), capture_output=True, text=True, input=input_text)


def data_args():
    out = []
    for d in DATA:
        out += ["--data", d]
    return out


def compare(ref, draft, with_data=True):
    r = run("claims", "compare", ref, draft, "--format", "csv", *(data_args() if with_data else []))
    lines = [l for l in r.stdout.splitlines() if not l.startswith("#")]
    rows = {row["measure"]: row for row in csv.DictReader(io.StringIO("\n".join(lines)))}
    return r, rows


def share(rows, k):
    return float(rows[k]["share"]) if rows.get(k) and rows[k]["share"] else float("nan")


def draft_text(text, *args):
    p = os.path.join(TMP, "report.txt")
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    r = run("claims", "draft", p, *args)
    return r


def active_claims(draft):
    return [l[len("claim = "):] for l in draft.splitlines() if l.startswith("claim = ")]


def write(name, text):
    p = os.path.join(TMP, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    return p


def comparator_cases():
    ref = write("ref.claims", "source = s\n[a]\nquote = TTP claimed 11 blasts and 9 sniper attacks.\n"
                "claim = value TTP/attacks_blast + TTP/attacks_sniper in 2022-01 = 20\n"
                "[b]\nquote = Claimed attacks by TTP were down by more than 50% in February.\n"
                "claim = change TTP/attacks in 2022-02 vs 2022-01 down more than 50%\n")
    r, rows = compare(ref, ref)
    check("compare: a file against itself is all exact",
          share(rows, "claim_recall_exact") == 1.0 and share(rows, "quote_recall") == 1.0
          and share(rows, "claim_precision") == 1.0, r.stdout + r.stderr)
    reord = write("reord.claims", "[x]\nquote = Claimed  attacks by TTP were down by more than 50% in February. More.\n"
                  "claim = change TTP/attacks in 2022-02 vs 2022-01 down by more than 50%\n"
                  "[y]\nquote = TTP claimed 11 blasts and 9 sniper attacks.\n"
                  "claim = value TTP/attacks_sniper + TTP/attacks_blast in 2022-01 = 20\n")
    r, rows = compare(ref, reord)
    check("compare: reordered terms and 'by' are equivalent, not exact",
          rows["claim_recall"]["found"] == "2" and rows["claim_recall_exact"]["found"] == "0"
          and rows["quote_recall"]["found"] == "2", r.stdout)
    other = write("other.claims", "[x]\nquote = TTP claimed 11 blasts and 9 sniper attacks.\n"
                  "claim = value TTP/attacks_blast + TTP/attacks_sniper in 2022-01 = 21\n"
                  "[y]\nquote = q\nclaim = change TTP/attacks in 2022-03 vs 2022-01 down more than 50%\n"
                  "[z]\nquote = q\nclaim = change TTP/attacks in 2022-02 vs 2022-01 down more than 40%\n")
    r, rows = compare(ref, other)
    check("compare: another figure, month or threshold is not equivalent",
          rows["claim_recall"]["found"] == "0" and rows["claim_precision"]["found"] == "0"
          and rows["quote_recall"]["found"] == "1", r.stdout)
    empty = write("empty.claims", "# nothing\n")
    r, rows = compare(ref, empty)
    check("compare: an empty draft recovers nothing",
          rows["claim_recall"]["found"] == "0" and rows["quote_recall"]["found"] == "0", r.stdout)


def period_cases():
    text = ("Published 12 March 2023\n\n"
            "TTP carried out 14 attacks last month, up 40% compared to January.\n"
            "Since August 2021, TTP has killed more than 700 people.\n"
            "From Jan to early Dec 2022, ISKP claimed 31 attacks.\n"
            "In the first half of 2022, ISPP claimed 5 attacks.\n"
            "January 2022:\n"
            "Total attacks claimed by ISKP: 3\n"
            "Claimed attacks by ISKP were down by more than 50% as compared to the previous 2 months.\n"
            "Foo Bar claimed 7 attacks in May 2022.\n"
            "On the 5th of September, TTP killed 8 people.\n")
    r = draft_text(text)
    out = r.stdout
    cl = active_claims(out)
    check("draft: exit 0", r.returncode == 0, r.stderr)
    check("draft: report date found in the text", "# report date: 2023-03, from \"Published 12 March 2023\"" in out,
          out[:400])
    # "last month" relative to March 2023 = February 2023; the base "January" of the same year
    check("period: last month", "value TTP/attacks in 2023-02 = 14" in cl, str(cl))
    check("period: change vs a named month", "change TTP/attacks in 2023-02 vs 2023-01 up 40%" in cl, str(cl))
    check("period: since August 2021 (to the report's month)",
          "sum TTP/deaths over 2021-08..2023-03 more than 700" in cl, str(cl))
    check("period: from Jan to early Dec 2022", "sum ISKP/attacks over 2022-01..2022-12 = 31" in cl, str(cl))
    check("period: first half of 2022", "sum ISPP/attacks over 2022-01..2022-06 = 5" in cl, str(cl))
    check("period: month heading, label form", "value ISKP/attacks in 2022-01 = 3" in cl, str(cl))
    check("period: previous 2 months", "change ISKP/attacks in 2022-01 vs previous 2 down more than 50%" in cl, str(cl))
    check("TODO: no group -> commented out", re.search(r"# TODO: which group\?.*\n# claim = value \?/attacks in 2022-05 = 7", out)
          is not None, out)
    check("TODO: one incident (a day named)", "# TODO: the figures of one incident" in out, out)
    # --date overrides; without any date "last month" is a TODO
    r = draft_text(text.replace("Published 12 March 2023\n", ""), "--date", "2023-06-01")
    check("--date: last month = 2023-05", "value TTP/attacks in 2023-05 = 14" in active_claims(r.stdout), r.stdout)
    r = draft_text("TTP carried out 14 attacks last month.\n")
    check("no date: last month is a TODO naming --date", "# TODO: which month? (\"last month\": the report's date is "
          "not known (--date))" in r.stdout, r.stdout)
    # a user alias file: its phrases are added to the table (and win)
    al = write("aliases.txt", "# mine\ngroup FOO = Foo Bar\nmetric attacks_drone = drone strikes\n")
    r = draft_text("Foo Bar claimed 7 drone strikes in May 2022.\n", "--aliases", al)
    check("--aliases FILE", "value FOO/attacks_drone in 2022-05 = 7" in active_claims(r.stdout), r.stdout + r.stderr)
    bad = write("bad_aliases.txt", "colour = red\n")
    r = draft_text("x\n", "--aliases", bad)
    check("--aliases: a bad line is an error naming it", r.returncode == 2 and "bad_aliases.txt:1:" in r.stderr, r.stderr)
    r = run("claims", "draft", "--print-aliases")
    check("--print-aliases: the built-in table", "group TTP = Tehrik-i-Taliban Pakistan" in r.stdout)
    # with --data, a series not in the data is a TODO naming it
    r = draft_text("January 2022:\nTTP claimed 42 attacks and 9 ambushes.\nTTP made 5 arrests in Karachi.\n", *data_args())
    check("--data: existing series active", "value TTP/attacks in 2022-01 = 42" in active_claims(r.stdout)
          and "value TTP/attacks_ambush in 2022-01 = 9" in active_claims(r.stdout), r.stdout)
    check("--data: a missing series is a TODO naming it",
          '# TODO: no series TTP/arrests/"Karachi" in the data' in r.stdout, r.stdout)


def mojibake_cases():
    original = "IS-K’s “deadliest” attack killed 13 people in August 2021 – the Taliban’s worst month."

    def garble(s):
        out = []
        for b in s.encode("utf-8"):
            try:
                out.append(bytes([b]).decode("cp1257"))
            except UnicodeDecodeError:
                out.append(bytes([b]).decode("cp1252"))
        return "".join(out)

    g = garble(original)
    check("mojibake fixture is garbled", g != original and "ā€" in g, g)
    r = draft_text("TTP report\n\n" + g + "\n")
    quotes = [l[len("quote = "):] for l in r.stdout.splitlines() if l.startswith("quote = ")]
    check("mojibake: the sentence comes back exactly", quotes and quotes[0] == original, str(quotes) + r.stderr)
    check("mojibake: the repair is reported", "passages repaired" in r.stdout, r.stdout[:300])
    # genuine Windows-1257 letters in UTF-8 (Lithuanian) are not "repaired"
    lt = "TTP įvykdė 5 attacks sausio mėnesį (January 2022), teigė Vilniaus ekspertė."
    r = draft_text(lt + "\n")
    check("no false repair of real Baltic text", "passages repaired" not in r.stdout and lt in r.stdout, r.stdout)
    # invalid UTF-8 bytes: replaced and reported, never a crash
    p = os.path.join(TMP, "bad.txt")
    with open(p, "wb") as f:
        f.write(b"TTP claimed 4 attacks in January 2022 \xff\xfe.\n")
    r = run("claims", "draft", p)
    check("invalid UTF-8: reported, draft written", r.returncode == 0 and "invalid UTF-8 byte 0xFF" in r.stdout,
          r.stdout + r.stderr)


def seed_cases():
    ref = "datasets/claims/seed_004.claims"
    out = os.path.join(TMP, "seed_004.draft.claims")
    r = run("claims", "draft", os.path.join(SEEDS, SEED4), *data_args(), "-o", out)
    check("seed 004: draft written", r.returncode == 0, r.stderr)
    c = run("check", out, *data_args())
    check("seed 004: the draft checks (exit 0/3/4)", c.returncode in (0, 3, 4), c.stderr)
    r, rows = compare(ref, out)
    qr, cr = share(rows, "quote_recall"), share(rows, "claim_recall")
    print("seed 004: quote recall %.3f (%s/%s), distinct %.3f; quote precision %.3f; claim recall %.3f (%s/%s), "
          "exact %.3f; claim precision %.3f (%s/%s)" % (
              qr, rows["quote_recall"]["found"], rows["quote_recall"]["of"], share(rows, "quote_recall_distinct"),
              share(rows, "quote_precision"), cr, rows["claim_recall"]["found"], rows["claim_recall"]["of"],
              share(rows, "claim_recall_exact"), share(rows, "claim_precision"), rows["claim_precision"]["found"],
              rows["claim_precision"]["of"]))
    check("seed 004: >= 90% of the quotes recovered", qr >= 0.90, str(qr))
    check("seed 004: >= 70% of the claim lines exactly or equivalently", cr >= 0.70, str(cr))
    # the numbers in docs/factcheck.md are the measured ones
    doc = open("docs/factcheck.md", encoding="utf-8").read()
    for k in ("quote_recall", "quote_recall_distinct", "quote_precision", "claim_recall", "claim_recall_exact",
              "claim_precision"):
        cell = "| %s | %s | %s | %.3f |" % (k, rows[k]["found"], rows[k]["of"], share(rows, k))
        check("docs/factcheck.md states %s as measured" % k, cell in doc, cell)
    doc_example(doc)
    # without the data the series cannot be checked, and the claims still parse
    out2 = os.path.join(TMP, "seed_004.nodata.claims")
    r = run("claims", "draft", os.path.join(SEEDS, SEED4), "-o", out2)
    check("seed 004 without --data: parses", r.returncode == 0 and run("check", out2, *data_args()).returncode in (0, 3, 4))
    # every seed: no crash, a draft that parses
    for name in sorted(os.listdir(SEEDS)):
        if not name.endswith(".txt"):
            continue
        o = os.path.join(TMP, name + ".claims")
        r = run("claims", "draft", os.path.join(SEEDS, name), "-o", o)
        c = run("check", o, *data_args())
        check("seed %s: drafted and parses" % name, r.returncode == 0 and c.returncode in (0, 3, 4),
              r.stderr[-300:] + c.stderr[-300:])
    # seed 002: mojibake
    o = os.path.join(TMP, "002.claims")
    r = run("claims", "draft", os.path.join(SEEDS, "002_5d1e88d8945dea5b.txt"), "-o", o)
    txt = open(o, encoding="utf-8").read()
    quotes = [l for l in txt.splitlines() if "quote = " in l]
    check("seed 002: no mojibake left in quotes", quotes and not any("ā€" in q for q in quotes), str(quotes))
    check("seed 002: passages repaired and named", "# encoding: " in txt and "passages repaired" in r.stderr
          and "left as it is" in r.stderr, r.stderr[-500:])
    check("seed 002: the Kabul-airport sentence is found, repaired",
          any("killed about 180 people" in q for q in quotes), str(quotes))


def doc_example(doc):
    """Run the docs' draft -> edit -> check -> report example and compare its output."""
    m = re.search(r"<!-- example: draft-edit-check-report -->\n```sh\n(.*?)```\n\n```text\n(.*?)```", doc, re.S)
    check("docs/factcheck.md: example found", m is not None)
    if not m:
        return
    work = tempfile.mkdtemp(prefix="ctrend_docex_")
    os.symlink(os.path.abspath("datasets"), os.path.join(work, "datasets"))
    env = dict(os.environ, SEEDS=os.path.abspath(SEEDS), PATH=os.path.dirname(BIN) + os.pathsep + os.environ["PATH"])
    r = subprocess.run(["bash", "-c", m.group(1)], cwd=work, env=env, capture_output=True, text=True)
    check("docs/factcheck.md: the example's output is the one shown", r.stdout == m.group(2),
          "\n--- got ---\n" + r.stdout + r.stderr + "\n--- doc ---\n" + m.group(2))
    check("docs example wrote the page", os.path.getsize(os.path.join(work, "seed_004.html")) > 100000)


def main():
    comparator_cases()
    period_cases()
    mojibake_cases()
    if SEEDS and os.path.exists(os.path.join(SEEDS, SEED4)):
        seed_cases()
    else:
        print("seed cases skipped: no seeds directory (set CTREND_SEEDS_DIR; the seeds are not in the repository)")
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
