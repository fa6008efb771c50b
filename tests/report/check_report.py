#!/usr/bin/python3
"""tests/report/check_report.py CTREND_BINARY ARTEFACT_DIR

The `ctrend check --report` page in a real browser (registered in tests/report.cmake, run
from the repository root):
  * the seed-004 page (datasets/claims/seed_004.claims with its three data files) is written,
    parsed statically (html.parser: one <article> per claim, the verdict counts of the summary
    equal those of `ctrend check --format json`, one inline <svg> with a <title> per card, no
    external resource: no src=/href= to another document, no <link>, one <script>);
  * headless Chromium (Debian `chromium`) opens it: a screenshot is kept in ARTEFACT_DIR
    (seed_004.png), the page is printed to PDF (seed_004.pdf, the print stylesheet: >= 10 pages)
    and the DOM after the script ran (--dump-dom) is checked: one card per
    claim, counts equal the CLI's, every figure present, the filter controls shown; with the
    URL fragment #verdict=contradicted only the contradicted cards remain visible, and with
    #q=... only the cards whose quote/id/claim match;
  * an injection test: a claims file whose quote, source and note hold <script>, "onerror=
    and a javascript: link renders them as text: the page has still exactly one <script>, no
    <img>, the title is unchanged, and the dumped DOM holds the quote's text;
  * the Markdown report escapes the same strings and links its figures.
Chromium missing: the test prints "skipped" and exits 77 (ctest SKIP_RETURN_CODE), except on
CI (CI=true), where scripts/test installs it, and a missing browser is a failure.
Prints "N passed, M failed"; exit 1 on any failure.
"""
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

BIN = os.path.abspath(sys.argv[1])
ART = os.path.abspath(sys.argv[2])
DATA = ["datasets/ttp_2022.csv", "datasets/ttp_2022_breakdowns.csv", "datasets/is_pakistan_2022.csv"]
CLAIMS = "datasets/claims/seed_004.claims"
VERDICTS = ["supported", "contradicted", "unverifiable", "invalid"]
passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL %s %s" % (name, detail))


def data_args():
    out = []
    for d in DATA:
        out += ["--data", d]
    return out


class Page(html.parser.HTMLParser):
    """Counts what the tests need from an HTML page (static or dumped DOM)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.cards = []          # (data-verdict, hidden, data-id)
        self.counts = {}
        self.svgs = self.svg_titles = self.scripts = self.imgs = self.links = 0
        self.external = []
        self.title = ""
        self.stack = []
        self.in_count = None
        self.in_title = False
        self.quotes = []
        self.in_quote = False
        self.form_hidden = None
        self.body_attrs = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "article" and "card" in (a.get("class") or ""):
            self.cards.append((a.get("data-verdict"), "hidden" in a, a.get("data-id")))
        if tag == "svg":
            self.svgs += 1
        if tag == "title" and self.svgs and self.cards:
            self.svg_titles += 1
        if tag == "title" and not self.cards:
            self.in_title = True
        if tag == "script":
            self.scripts += 1
            if "src" in a:
                self.external.append(("script", a["src"]))
        if tag == "img":
            self.imgs += 1
        if tag == "link":
            self.links += 1
        if tag == "body":
            self.body_attrs = a
        if tag == "form" and a.get("id") == "filters":
            self.form_hidden = "hidden" in a
        for k in ("src", "href", "xlink:href", "action", "formaction", "poster"):
            v = a.get(k)
            if v and not v.startswith("#") and not v.startswith("data:"):
                self.external.append((tag, v))
        for k in a:
            if k.startswith("on"):
                self.external.append((tag, k))
        if tag == "span" and (a.get("class") or "") == "count":
            self.in_count = a.get("id", "")[len("count-"):]
        if tag == "p" and "quote" in (a.get("class") or ""):
            self.in_quote = True
            self.quotes.append("")

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag == "span":
            self.in_count = None
        if tag == "p":
            self.in_quote = False

    def handle_data(self, data):
        if self.in_count:
            self.counts[self.in_count] = self.counts.get(self.in_count, "") + data
        if self.in_title:
            self.title += data
        if self.in_quote:
            self.quotes[-1] += data


def parse(text):
    p = Page()
    p.feed(text)
    p.close()
    return p


def cli_counts(claims, data):
    r = subprocess.run([BIN, "check", claims, "--format", "json"] + data, capture_output=True, text=True)
    rows = json.loads(r.stdout)
    c = {v: 0 for v in VERDICTS}
    for row in rows:
        v = row["verdict"].lower()
        c[v if v in c else "invalid"] += 1
    return c, rows


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        p = shutil.which(name)
        if p:
            return p
    return None


def chromium(browser, args, url, timeout=120):
    prof = tempfile.mkdtemp(prefix="ctrend_chromium_")
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--user-data-dir=" + prof] + args + [url]
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    return r


def main():
    os.makedirs(ART, exist_ok=True)
    page = os.path.join(ART, "seed_004.html")
    r = subprocess.run([BIN, "check", CLAIMS, "--report", page] + data_args(), capture_output=True, text=True)
    check("report exit status is check's (3: some contradicted)", r.returncode == 3, r.stderr)
    check("report path printed", ("report written to " + page) in r.stderr, r.stderr)
    want, rows = cli_counts(CLAIMS, data_args())
    check("CLI counts as documented (37/3/2/0)", want == {"supported": 37, "contradicted": 3,
                                                          "unverifiable": 2, "invalid": 0}, str(want))
    text = open(page, encoding="utf-8").read()
    st = parse(text)
    n = len(rows)
    check("static: one card per claim", len(st.cards) == n, "%d vs %d" % (len(st.cards), n))
    check("static: card ids in file order", [c[2] for c in st.cards] == [row["id"] for row in rows])
    check("static: card verdicts equal the CLI's",
          [c[0] for c in st.cards] == [row["verdict"].lower() for row in rows])
    check("static: summary counts equal the CLI's", {k: int(v) for k, v in st.counts.items()} == want,
          str(st.counts))
    figures = "Figures are not included" not in text
    if figures:
        check("static: one inline SVG per card", st.svgs == n, "%d svgs" % st.svgs)
        check("static: every SVG has a <title> (text alternative)", st.svg_titles == n, str(st.svg_titles))
        ids = re.findall(r'\sid="([^"]+)"', text)
        check("static: element ids unique across the figures", len(ids) == len(set(ids)),
              str(len(ids) - len(set(ids))))
    else:
        print("note: ctrend built without PLplot: the figure checks are skipped")
    check("static: self-contained (no external URL, no <link>, one inline script)",
          not st.external and st.links == 0 and st.scripts == 1, str(st.external[:5]))
    check("static: filter controls hidden without JavaScript", st.form_hidden is True)
    check("static: landmarks and headings", all(t in text for t in ("<main", "<nav", "<header", "<h1", "<h3")))
    check("static: print stylesheet", "@media print" in text)
    check("static: CSP forbids network access", "default-src 'none'" in text)

    browser = find_chromium()
    if not browser:
        if os.environ.get("CI") == "true":
            check("chromium installed on CI (scripts/test installs the Debian package)", False)
        else:
            print("report browser test: skipped (no chromium; Debian: apt-get install chromium)")
            print("%d passed, %d failed" % (passed, failed))
            return 1 if failed else 77
    else:
        url = "file://" + page
        shot = os.path.join(ART, "seed_004.png")
        if os.path.exists(shot):
            os.unlink(shot)
        r = chromium(browser, ["--hide-scrollbars", "--window-size=1280,2400", "--screenshot=" + shot], url)
        ok = os.path.exists(shot) and open(shot, "rb").read(8) == b"\x89PNG\r\n\x1a\n" and os.path.getsize(shot) > 10000
        check("screenshot written (PNG, kept as an artefact: %s)" % shot, ok, r.stderr[-500:])

        pdf = os.path.join(ART, "seed_004.pdf")
        if os.path.exists(pdf):
            os.unlink(pdf)
        r = chromium(browser, ["--no-pdf-header-footer", "--print-to-pdf=" + pdf], url)
        ok = os.path.exists(pdf) and open(pdf, "rb").read(5) == b"%PDF-" and os.path.getsize(pdf) > 50000
        pages = len(re.findall(rb"/Type\s*/Page[^s]", open(pdf, "rb").read())) if ok else 0
        # printed with the print stylesheet: every card, so many pages (42 cards with figures)
        check("print: a PDF of %d pages (artefact %s)" % (pages, pdf), ok and pages >= 10, r.stderr[-300:])

        r = chromium(browser, ["--dump-dom"], url)
        dom = parse(r.stdout)
        check("DOM: one card per claim", len(dom.cards) == n, "%d cards" % len(dom.cards))
        check("DOM: no card hidden without a filter", not any(c[1] for c in dom.cards))
        check("DOM: summary counts equal the CLI's", {k: int(v) for k, v in dom.counts.items()} == want,
              str(dom.counts))
        check("DOM: the script ran (filter controls shown, shown-count set)",
              dom.form_hidden is False and dom.body_attrs.get("data-shown") == str(n), str(dom.body_attrs))
        if figures:
            check("DOM: every figure present", dom.svgs == n, str(dom.svgs))
        for v in ("contradicted", "unverifiable", "supported"):
            r = chromium(browser, ["--dump-dom"], url + "#verdict=" + v)
            d = parse(r.stdout)
            vis = [c for c in d.cards if not c[1]]
            check("filter #verdict=%s: %d cards shown, all %s" % (v, want[v], v),
                  len(vis) == want[v] and all(c[0] == v for c in vis) and len(d.cards) == n,
                  "%d shown" % len(vis))
        # search: "secret service" is in the quotes of the four by-service claims
        r = chromium(browser, ["--dump-dom"], url + "#q=secret%20service")
        d = parse(r.stdout)
        vis = [c[2] for c in d.cards if not c[1]]
        exp = [row["id"] for row in rows if row["id"].endswith("by-service")]
        check("search #q=secret service: the four by-service cards", vis == exp, str(vis))
        r = chromium(browser, ["--dump-dom"], url + "#verdict=contradicted&q=deaths")
        d = parse(r.stdout)
        vis = [c[2] for c in d.cards if not c[1]]
        # contradicted: deaths-30, 04-by-service (its claim reads TTP/deaths + TTP/injured), 02-vs-jan
        check("filter and search together", vis == ["ttp-2022-02-deaths-30", "ttp-2022-04-by-service"], str(vis))

    # ---- injection -------------------------------------------------------------------
    tmp = tempfile.mkdtemp(prefix="ctrend_report_")
    evil_quote = ('TTP claimed 42 attacks <script>document.title="PWNED"</script>'
                  '<img src=x onerror="document.title=\'PWNED\'"> "onerror=alert(1) \' & [x](javascript:alert(1))')
    evil_src = '"><script>document.title="PWNED2"</script>'
    cl = os.path.join(tmp, "evil.claims")
    with open(cl, "w", encoding="utf-8") as f:
        f.write("source = %s\n\n[evil]\nquote = %s\nnote = <b onmouseover=alert(3)>note</b>\n"
                "claim = value TTP/attacks in 2022-01 = 42\n" % (evil_src, evil_quote))
    epage = os.path.join(ART, "injection.html")
    r = subprocess.run([BIN, "check", cl, "--report", epage, "--data", DATA[0]], capture_output=True, text=True)
    check("injection: report written", r.returncode == 0, r.stderr)
    etext = open(epage, encoding="utf-8").read()
    e = parse(etext)
    check("injection (static): one script, no img, no event handler attribute",
          e.scripts == 1 and e.imgs == 0 and not e.external, str((e.scripts, e.imgs, e.external[:3])))
    check("injection (static): quote is text", e.quotes == [evil_quote], str(e.quotes))
    if browser:
        r = chromium(browser, ["--dump-dom"], "file://" + epage)
        d = parse(r.stdout)
        # the source is the page title's text; a script that ran would have set it to PWNED/PWNED2
        check("injection (browser): title is the source as text", d.title == "Fact-check: " + evil_src, d.title)
        check("injection (browser): one script, no img", d.scripts == 1 and d.imgs == 0, str((d.scripts, d.imgs)))
        check("injection (browser): quote rendered as text", d.quotes == [evil_quote], str(d.quotes))
        r = chromium(browser, ["--dump-dom"], "file://" + epage + "#q=" + "%3Cscript%3E")
        d = parse(r.stdout)
        check("injection (browser): searching for <script> finds the card as text",
              [c for c in d.cards if not c[1]] and d.scripts == 1)
    mpage = os.path.join(tmp, "evil.md")
    r = subprocess.run([BIN, "check", cl, "--report", mpage, "--data", DATA[0]], capture_output=True, text=True)
    md = open(mpage, encoding="utf-8").read()
    check("injection (markdown): no raw < or javascript: link", "<script" not in md and "<img" not in md
          and "](javascript:" not in md and "&lt;script&gt;" in md, md[:400])
    if figures:
        check("markdown: figure linked beside the report",
              "](evil_figures/evil.svg)" in md and os.path.exists(os.path.join(tmp, "evil_figures", "evil.svg")))
    shutil.rmtree(tmp, ignore_errors=True)

    # records that do not parse: "invalid" cards, the others still checked; exit status 2
    icl = os.path.join(ART, "invalid.claims")
    with open(icl, "w", encoding="utf-8") as f:
        f.write("source = s\n[ok]\nquote = TTP claimed 42 attacks\nclaim = value TTP/attacks in 2022-01 = 42\n\n"
                "[bad]\nquote = a <b>bad</b> one\nclaim = value TTP/attacks in Feb = 3\n"
                "[bad2]\nquote = q2\nclaim = frobnicate\n")
    ipage = os.path.join(ART, "invalid.html")
    r = subprocess.run([BIN, "check", icl, "--report", ipage, "--data", DATA[0]], capture_output=True, text=True)
    check("invalid records: exit 2, each named on stderr", r.returncode == 2 and r.stderr.count("(not checked)") == 2,
          r.stderr)
    it = parse(open(ipage, encoding="utf-8").read())
    check("invalid records: two invalid cards after the checked one",
          [c[0] for c in it.cards] == ["supported", "invalid", "invalid"] and it.counts.get("invalid") == "2"
          and it.counts.get("supported") == "1", str((it.cards, it.counts)))
    check("invalid records: the quote as text", it.quotes[1] == "a <b>bad</b> one", str(it.quotes))
    if browser:
        r = chromium(browser, ["--dump-dom"], "file://" + ipage + "#verdict=invalid")
        d = parse(r.stdout)
        check("invalid records (browser): filter #verdict=invalid shows the two",
              [c[2] for c in d.cards if not c[1]] == ["bad", "bad2"], str(d.cards))
    r = subprocess.run([BIN, "check", icl, "--data", DATA[0]], capture_output=True, text=True)
    # issue 16 #8: without --report too, a bad record is its own INVALID verdict and every
    # other claim is still checked; the exit status still says the file had an error
    check("without --report the bad records are INVALID rows, the rest checked (exit 2)",
          r.returncode == 2 and "INVALID" in r.stdout and "SUPPORTED" in r.stdout, r.stdout)

    # usage errors
    r = subprocess.run([BIN, "check", CLAIMS, "--report", os.path.join(ART, "x.pdf")] + data_args(),
                       capture_output=True, text=True)
    check("--report x.pdf is a usage error (exit 1)", r.returncode == 1 and "must end in" in r.stderr, r.stderr)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
