#!/usr/bin/python3
"""tests/plot/check_plot.py CTREND_BINARY [--update-golden]

Tests of `ctrend plot` (run by ctest from the repository root, registered in tests/plot.cmake):
  * SVG, PNG and PDF files are produced and valid: the SVG parses as XML (xml.etree) with an
    <svg> root of the requested size; the PNG has its signature, sane IHDR (requested size,
    8-bit RGB/RGBA), valid chunk CRCs, and its pixel data decodes (zlib + PNG row filters);
    the PDF has its header, one page, a MediaBox and %%EOF.
  * a golden-image comparison for one small PNG figure (tests/plot/ref/golden.png) by mean
    absolute pixel difference after 4x4 block averaging (tolerant of font rasterisation),
    and the same measure must separate genuinely different figures (a missing month drawn
    as zero, a different series), so the tolerance is not vacuous;
  * a month not reported is drawn differently from a month with zero events;
  * the long UCDP series (33 years) and small multiples render;
  * usage and data errors exit 1 / 2 with a message and write no figure.
Standard library only (no PIL). Prints "N passed, M failed"; exit 1 on any failure.
--update-golden rewrites the reference PNG from the current binary (review it by eye!).
"""
import os
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zlib

BIN = sys.argv[1]
UPDATE = "--update-golden" in sys.argv[2:]
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(HERE, "data")
GOLDEN = os.path.join(HERE, "ref", "golden.png")
# Mean absolute difference (0..255 scale, RGB, after 4x4 block averaging) allowed between the
# golden figure and a fresh render. Measured: same build 0.0; the same figure with a different
# sans font (fontconfig told to prefer Liberation Sans over DejaVu Sans: other glyph widths, so
# the legend columns move) 3.2; the figure with the missing month given as 0 (the bar, the band
# and the fit change) 15.4; the neighbouring series 16.4. The two real differences must exceed
# twice the tolerance, so the tolerance is not vacuous.
GOLDEN_TOL = 6.0
TTP = "datasets/ttp_2022.csv"

os.chdir(ROOT)
TMP = tempfile.mkdtemp(prefix="ctrend_plot_")
passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {name}: {detail}")


def run(args):
    p = subprocess.run([BIN, "plot"] + args, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


# ---- PNG ------------------------------------------------------------------------------
def png_chunks(blob):
    if blob[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("bad PNG signature")
    pos, chunks = 8, []
    while pos < len(blob):
        (length,) = struct.unpack(">I", blob[pos:pos + 4])
        ctype = blob[pos + 4:pos + 8]
        data = blob[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", blob[pos + 8 + length:pos + 12 + length])
        if zlib.crc32(ctype + data) & 0xFFFFFFFF != crc:
            raise ValueError(f"bad CRC in chunk {ctype!r}")
        chunks.append((ctype, data))
        pos += 12 + length
        if ctype == b"IEND":
            break
    return chunks


def png_decode(path):
    """(width, height, channels, rows) with rows a list of bytearrays (unfiltered)."""
    chunks = png_chunks(open(path, "rb").read())
    if chunks[0][0] != b"IHDR" or chunks[-1][0] != b"IEND":
        raise ValueError("IHDR must come first and IEND last")
    w, h, depth, ctype, comp, filt, interlace = struct.unpack(">IIBBBBB", chunks[0][1])
    if depth != 8 or ctype not in (2, 6) or comp or filt or interlace:
        raise ValueError(f"unexpected PNG format depth={depth} colour={ctype} interlace={interlace}")
    ch = 4 if ctype == 6 else 3
    raw = zlib.decompress(b"".join(d for t, d in chunks if t == b"IDAT"))
    stride = w * ch
    if len(raw) != h * (stride + 1):
        raise ValueError("pixel data has the wrong length")
    rows, prev = [], bytearray(stride)
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if f == 1:
            for i in range(ch, stride):
                line[i] = (line[i] + line[i - ch]) & 255
        elif f == 2:
            for i in range(stride):
                line[i] = (line[i] + prev[i]) & 255
        elif f == 3:
            for i in range(stride):
                left = line[i - ch] if i >= ch else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
        elif f == 4:
            for i in range(stride):
                a = line[i - ch] if i >= ch else 0
                b = prev[i]
                c = prev[i - ch] if i >= ch else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 255
        elif f != 0:
            raise ValueError(f"bad filter type {f}")
        rows.append(line)
        prev = line
    return w, h, ch, rows


def rgb_on_white(w, h, ch, rows):
    """Flat list of RGB floats, alpha composited over white."""
    out = []
    for line in rows:
        for x in range(w):
            px = line[x * ch:(x + 1) * ch]
            a = px[3] / 255.0 if ch == 4 else 1.0
            out.extend(px[k] * a + 255.0 * (1.0 - a) for k in range(3))
    return out


def blocks(img, w, h, b=4):
    bw, bh = w // b, h // b
    out = [0.0] * (bw * bh * 3)
    for y in range(bh * b):
        for x in range(bw * b):
            o = ((y // b) * bw + x // b) * 3
            i = (y * w + x) * 3
            out[o] += img[i]
            out[o + 1] += img[i + 1]
            out[o + 2] += img[i + 2]
    return [v / (b * b) for v in out]


def png_mad(a, b):
    """Mean absolute difference of two PNGs of the same size, 4x4 block averages, 0..255."""
    wa, ha, ca, ra = png_decode(a)
    wb, hb, cb, rb = png_decode(b)
    if (wa, ha) != (wb, hb):
        return float("inf")
    x = blocks(rgb_on_white(wa, ha, ca, ra), wa, ha)
    y = blocks(rgb_on_white(wb, hb, cb, rb), wb, hb)
    return sum(abs(p - q) for p, q in zip(x, y)) / len(x)


# ---- the three formats ------------------------------------------------------------------
FULL = ["datasets/ttp_2022.csv", "--group", "TTP", "--metric", "attacks,deaths", "--fit", "poisson",
        "--trend", "--step", "2022-03", "--rolling", "2", "--forecast", "3", "--sims", "500",
        "--width", "640", "--height", "420"]
for ext in ("svg", "png", "pdf"):
    out = os.path.join(TMP, "full." + ext)
    code, _, err = run(FULL + ["-o", out])
    check(f"{ext} exit", code == 0, f"exit {code}: {err}")
    check(f"{ext} written", os.path.isfile(out) and os.path.getsize(out) > 1000, "no file or tiny")
    if not os.path.isfile(out):
        continue
    if ext == "svg":
        try:
            root = ET.parse(out).getroot()
            check("svg root", root.tag.endswith("svg"), root.tag)
            wattr = root.get("width", "").replace("pt", "").replace("px", "")
            hattr = root.get("height", "").replace("pt", "").replace("px", "")
            check("svg size", abs(float(wattr) - 640) < 1 and abs(float(hattr) - 420) < 1,
                  f"{wattr} x {hattr}")
            # no NaN or infinite coordinate leaked into the drawing
            import re
            bad_num = [v for el in root.iter() for v in el.attrib.values()
                       if re.search(r"(?<![a-z])(nan|inf)(?![a-z])", v.lower())]
            check("svg has no nan/inf coordinates", not bad_num, str(bad_num[:3]))
            n_elems = sum(1 for _ in root.iter())
            check("svg has drawing", n_elems > 50, f"{n_elems} elements")
        except (ET.ParseError, ValueError) as e:
            check("svg parses", False, str(e))
    elif ext == "png":
        try:
            w, h, ch, rows = png_decode(out)
            check("png size", (w, h) == (640, 420), f"{w}x{h}")
            img = rgb_on_white(w, h, ch, rows)
            nonwhite = sum(1 for i in range(0, len(img), 3) if img[i] + img[i + 1] + img[i + 2] < 3 * 250)
            frac = nonwhite / (w * h)
            check("png has drawing", 0.03 < frac < 0.6, f"non-white fraction {frac:.3f}")
        except ValueError as e:
            check("png decodes", False, str(e))
    else:
        blob = open(out, "rb").read()
        check("pdf header", blob.startswith(b"%PDF-1."), repr(blob[:8]))
        check("pdf eof", blob.rstrip().endswith(b"%%EOF"), repr(blob[-16:]))
        check("pdf one page", blob.count(b"/Type /Page\n") + blob.count(b"/Type /Page ") +
              blob.count(b"/Type/Page\n") + blob.count(b"/Type/Page/") >= 1, "no page object")
        check("pdf mediabox", b"/MediaBox" in blob, "no MediaBox")

# ---- golden image -------------------------------------------------------------------------
GOLD_ARGS = [os.path.join(DATA, "gap.csv"), "--group", "A", "--fit", "poisson", "--trend",
             "--forecast", "3", "--sims", "400", "--seed", "7", "--rolling", "3",
             "--title", "Golden figure", "--subtitle", "", "--caption", "test fixture",
             "--width", "480", "--height", "300"]
gold_new = os.path.join(TMP, "golden.png")
code, _, err = run(GOLD_ARGS + ["-o", gold_new])
check("golden render", code == 0, err)
if UPDATE and code == 0:
    import shutil
    shutil.copyfile(gold_new, GOLDEN)
    print(f"updated {GOLDEN}")
if code == 0 and os.path.isfile(GOLDEN):
    mad = png_mad(GOLDEN, gold_new)
    print(f"golden: mean abs difference {mad:.3f} (tolerance {GOLDEN_TOL})")
    check("golden matches", mad <= GOLDEN_TOL, f"mean abs difference {mad:.3f} > {GOLDEN_TOL}")
    # the measure must see real differences: the missing month drawn as zero ...
    zero = os.path.join(TMP, "golden_zero.png")
    args = list(GOLD_ARGS)
    args[0] = os.path.join(DATA, "gap_zero.csv")
    code, _, err = run(args + ["-o", zero])
    check("zero render", code == 0, err)
    if code == 0:
        d = png_mad(GOLDEN, zero)
        print(f"golden vs missing-as-zero: {d:.3f}")
        check("golden sees missing vs zero", d > 2 * GOLDEN_TOL, f"only {d:.3f}")
    # ... and another series
    other = os.path.join(TMP, "golden_other.png")
    args = list(GOLD_ARGS)
    args[2] = "B"
    code, _, err = run(args + ["-o", other])
    check("other render", code == 0, err)
    if code == 0:
        d = png_mad(GOLDEN, other)
        print(f"golden vs other series: {d:.3f}")
        check("golden sees other series", d > 2 * GOLDEN_TOL, f"only {d:.3f}")
elif not os.path.isfile(GOLDEN):
    check("golden reference exists", False, GOLDEN)

# ---- missing month is not drawn as zero (bars and points) ---------------------------------
for style in ([], ["--points"]):
    a, b = os.path.join(TMP, "m_gap.png"), os.path.join(TMP, "m_zero.png")
    base = ["--group", "A", "--width", "400", "--height", "260", "--caption", ""] + style
    ca, _, ea = run([os.path.join(DATA, "gap.csv")] + base + ["-o", a])
    cb, _, eb = run([os.path.join(DATA, "gap_zero.csv")] + base + ["-o", b])
    check("missing/zero renders", ca == 0 and cb == 0, ea + eb)
    if ca == 0 and cb == 0:
        d = png_mad(a, b)
        check(f"missing differs from zero {style}", d > 1.0, f"mean abs difference {d:.3f}")

# ---- long series, small multiples, forecast on UCDP ---------------------------------------
out = os.path.join(TMP, "ucdp.png")
code, _, err = run(["datasets/ucdp_ged_pakistan_monthly.csv", "--metric",
                    "events_ttp,deaths_best_ttp,events_all", "--rolling", "12", "--fit", "poisson",
                    "--trend", "--fourier", "2", "--forecast", "12", "--sims", "300", "-o", out])
check("ucdp 33 years", code == 0 and png_decode(out)[0] == 900, err)
out = os.path.join(TMP, "multi.svg")
code, _, err = run(["datasets/is_pakistan_2022.csv", "--metric", "attacks", "--points", "-o", out])
check("small multiples (7 panels)", code == 0 and ET.parse(out).getroot().tag.endswith("svg"), err)

# ---- break search: the figure is drawn and the break is in the subtitle's model ----------
out = os.path.join(TMP, "break.svg")
code, _, err = run(["datasets/ucdp_ged_pakistan_monthly.csv", "--metric", "events_ttp", "--from", "2005-01",
                    "--fit", "negbin", "--trend", "--find-break", "--min-segment", "12", "--boot", "0",
                    "-o", out])
check("find-break", code == 0 and ET.parse(out).getroot().tag.endswith("svg"), err)

# ---- highlighted months change the figure ---------------------------------------------------
a, b = os.path.join(TMP, "hl0.png"), os.path.join(TMP, "hl1.png")
base = [TTP, "--group", "TTP", "--metric", "attacks", "--width", "400", "--height", "260", "--caption", ""]
ca, _, ea = run(base + ["-o", a])
cb, _, eb = run(base + ["--highlight", "2022-01:2022-02", "--highlight-label", "months compared", "-o", b])
check("highlight renders", ca == 0 and cb == 0, ea + eb)
if ca == 0 and cb == 0:
    d = png_mad(a, b)
    check("highlight visible", d > 1.0, f"mean abs difference {d:.3f}")

# ---- the figure shows the other commands' numbers (--data) --------------------------------
import csv
import io


def csv_rows(text):
    return list(csv.DictReader(io.StringIO(text)))


def close(a, b, tol=1e-9):
    return abs(float(a) - float(b)) <= tol * max(1.0, abs(float(b)))


dat = os.path.join(TMP, "numbers.csv")
code, _, err = run([TTP, "--group", "TTP", "--metric", "attacks", "--forecast", "3", "--rolling", "2",
                    "-o", os.path.join(TMP, "numbers.svg"), "--data", dat])
check("--data written", code == 0 and os.path.isfile(dat), err)
if code == 0:
    got = csv_rows(open(dat).read())
    fc = csv_rows(subprocess.run([BIN, "forecast", TTP, "--group", "TTP", "--metric", "attacks",
                                  "--horizon", "3", "--format", "csv"], capture_output=True, text=True).stdout)
    ro = csv_rows(subprocess.run([BIN, "rolling", TTP, "--group", "TTP", "--metric", "attacks",
                                  "--window", "2", "--format", "csv"], capture_output=True, text=True).stdout)
    check("--data rows", len(got) == 7 and len(fc) == 3 and len(ro) == 4, f"{len(got)} {len(fc)} {len(ro)}")
    if len(got) == 7 and len(fc) == 3 and len(ro) == 4:
        ok = all(got[4 + i]["month"] == fc[i]["month"] and close(got[4 + i]["forecast_mean"], fc[i]["mean"]) and
                 all(close(got[4 + i][col], fc[i][col]) for col in ("pi80_lo", "pi80_hi", "pi95_lo", "pi95_hi"))
                 for i in range(3))
        check("bands = ctrend forecast pi80/pi95 (same seed, sims)", ok, str(got[4:]))
        ok = all(got[i]["value"] == ro[i]["value"] and got[i]["rolling_mean"] == ro[i]["rolling_mean_2"]
                 for i in range(4))
        check("rolling mean = ctrend rolling", ok, str(got[:4]))
        # R 4.2, tests/plot/data/fitted.R: fitted(glm(c(42,22,39,54) ~ I(1:4), family = poisson))
        r_fit = [31.653955203066129, 36.255770738432140, 41.526592914064224, 47.563681144487020]
        d = max(abs(float(got[i]["fitted"]) - r_fit[i]) / r_fit[i] for i in range(4))
        print(f"fitted vs R glm: max relative difference {d:.2e}")
        check("fitted = R glm", d < 1e-8, f"{d}")
        check("--data keys", got[0]["group"] == "TTP" and got[0]["metric"] == "attacks", str(got[0]))

# fitted mean through a month not reported: R 4.2 (tests/plot/data/fitted.R)
# predict(glm(y ~ t, poisson), data.frame(t = 1:12), type = "response"), y[5] = NA, y[8] = 0
dat = os.path.join(TMP, "gap.csv")
code, _, err = run([os.path.join(DATA, "gap.csv"), "--group", "A", "--fit", "poisson", "-o",
                    os.path.join(TMP, "gap.svg"), "--data", dat])
if code == 0:
    got = csv_rows(open(dat).read())
    r_pred = [10.336454455895355, 10.942429523879808, 11.583929905170249, 12.263038272721667,
              12.981959396276773, 13.743027300295202, 14.548712841516625, 15.401631730758774,
              16.304553024993762, 17.260408117272682, 18.272300253684918, 19.343514608249588]
    d = max(abs(float(got[i]["fitted"]) - r_pred[i]) / r_pred[i] for i in range(12))
    print(f"fitted (incl. the missing month) vs R predict: max relative difference {d:.2e}")
    check("fitted through a gap = R predict", d < 1e-8 and got[4]["value"] == "", f"{d} {got[4]}")
else:
    check("gap fit", False, err)

# ---- errors ---------------------------------------------------------------------------------
def expect_error(name, args, want_code, want_msg, path=None):
    if path and os.path.exists(path):
        os.remove(path)
    code, _, err = run(args)
    check(name, code == want_code and want_msg in err, f"exit {code}, stderr {err!r}")
    if path:
        check(name + " (no file)", not os.path.exists(path), "a figure was written")


bad = os.path.join(TMP, "bad.png")
expect_error("no output", [TTP], 1, "-o OUT")
expect_error("bad extension", [TTP, "-o", os.path.join(TMP, "x.gif")], 1, ".svg, .png or .pdf")
expect_error("unwritable", [TTP, "--metric", "attacks", "-o", "/nonexistent/dir/x.png"], 1, "cannot write")
expect_error("unknown option", [TTP, "--frobnicate", "-o", bad], 1, "unknown option")
expect_error("bad family", [TTP, "--fit", "gamma", "-o", bad], 1, "must be poisson")
expect_error("terms need fit", [TTP, "--trend", "-o", bad], 1, "need --fit")
expect_error("fourier and dummies", [TTP, "--fit", "poisson", "--fourier", "1", "--month-dummies",
                                     "-o", bad], 1, "not both")
expect_error("bad month", [TTP, "--fit", "poisson", "--step", "2022-13", "-o", bad], 1, "not a month")
expect_error("no series", [TTP, "--group", "nobody", "-o", bad], 2, "no series selected", bad)
expect_error("too many series", ["datasets/ttp_2022_breakdowns.csv", "-o", bad], 1, "at most 12 panels", bad)
expect_error("all-zero fit", [os.path.join(DATA, "gap.csv"), "--group", "Z", "--fit", "poisson",
                              "-o", bad], 2, "CTREND_EALLZERO", bad)
expect_error("break on 4 months", [TTP, "--metric", "attacks", "--find-break", "-o", bad], 2,
             "CTREND_ESHORT", bad)
expect_error("highlight reversed", [TTP, "--highlight", "2022-03:2022-01", "-o", bad], 1, "before the start", bad)
expect_error("highlight bad month", [TTP, "--highlight", "2022-01:soon", "-o", bad], 1, "not a month", bad)
expect_error("too many highlights", [TTP] + ["--highlight", "2022-01"] * 5 + ["-o", bad], 1, "at most 4", bad)
expect_error("missing file", ["no/such.csv", "-o", bad], 2, "no/such.csv", bad)
expect_error("tiny size", [TTP, "-o", bad, "--width", "60"], 1, "--width needs a size", bad)
expect_error("too small for panels", ["datasets/is_pakistan_2022.csv", "--metric", "attacks", "-o", bad,
                                      "--width", "200", "--height", "150"], 1, "too small", bad)
# PLplot without its cairo driver (PLPLOT_DRV_DIR pointing at a copy of the driver directory
# without cairo): a message, not PLplot's interactive device prompt
drvdir = subprocess.run(["pkg-config", "--variable=drvdir", "plplot"], capture_output=True,
                        text=True).stdout.strip()
if drvdir and os.path.isdir(drvdir):
    nocairo = tempfile.mkdtemp(prefix="ctrend_nodrv_")
    for fn in os.listdir(drvdir):
        if not fn.startswith("cairo"):
            os.symlink(os.path.join(drvdir, fn), os.path.join(nocairo, fn))
    p = subprocess.run([BIN, "plot", TTP, "-o", bad], capture_output=True, text=True,
                       env=dict(os.environ, PLPLOT_DRV_DIR=nocairo), stdin=subprocess.DEVNULL,
                       timeout=60)
    check("no cairo driver", p.returncode == 1 and "plplot-driver-cairo" in p.stderr
          and not os.path.exists(bad), f"exit {p.returncode}, stderr {p.stderr!r}")
code, out_text, _ = run(["--help"])
check("help", code == 0 and "--forecast H" in out_text, f"exit {code}")


# ---- ctrend check --figures DIR: one figure per claim ----------------------------------------
SEED = "datasets/claims/seed_004.claims"
SEED_DATA = ["--data", "datasets/ttp_2022.csv", "--data", "datasets/ttp_2022_breakdowns.csv",
             "--data", "datasets/is_pakistan_2022.csv"]
SPAN_TARGET = "rgb(100%,92.941176%,43.529412%)"  # C_SPAN (255, 237, 111) as cairo writes it
SPAN_BASE = "rgb(45.490196%,76.862745%,46.27451%)"  # C_SPAN2 (116, 196, 118)


def run_check(args):
    p = subprocess.run([BIN, "check"] + args, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def claim_ids(path):
    ids, kinds = [], {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("[") and line.endswith("]"):
                ids.append(line[1:-1])
            elif line.startswith("claim") and "=" in line and ids:
                kinds[ids[-1]] = line.split("=", 1)[1].split()[0]
    return ids, kinds


def svg_ok(path):
    try:
        root = ET.parse(path).getroot()
        return root.tag.endswith("svg")
    except (ET.ParseError, OSError):
        return False


figdir = os.path.join(TMP, "figs", "nested")  # created with its parent (mkdir -p)
code0, out0, _ = run_check([SEED] + SEED_DATA + ["--format", "csv"])
code, out_text, err = run_check([SEED] + SEED_DATA + ["--format", "csv", "--figures", figdir])
ids, kinds = claim_ids(SEED)
check("check --figures exit = claims summary", code == 3 and code0 == 3, f"exit {code} / {code0}: {err}")
check("check --figures same table", out_text == out0, "stdout differs from the run without --figures")
files = sorted(os.listdir(figdir)) if os.path.isdir(figdir) else []
check("check --figures one file per claim", files == sorted(i + ".svg" for i in ids) and len(ids) == 42,
      f"{len(files)} files for {len(ids)} claims")
bad_svg = [f for f in files if not svg_ok(os.path.join(figdir, f))]
check("check --figures valid SVG", not bad_svg, f"not parsing: {bad_svg}")
# every figure highlights its target months; the base colour appears exactly in the change
# claims' figures (the only claims of seed_004 with a base)
no_target = [f for f in files if SPAN_TARGET not in open(os.path.join(figdir, f)).read()]
with_base = sorted(f[:-4] for f in files if SPAN_BASE in open(os.path.join(figdir, f)).read())
check("check --figures target highlighted", not no_target, f"no target span in {no_target}")
check("check --figures base highlighted", with_base == sorted(i for i in ids if kinds[i] == "change")
      and len(with_base) == 3, f"base colour in {with_base}")
bad_num = [f for f in files if any(t in open(os.path.join(figdir, f)).read() for t in ("nan", "inf"))]
check("check --figures no NaN/Inf coordinates", not bad_num, f"{bad_num}")

# PNG and PDF of one claim (--explain ID draws only that one); exit 4 = unverifiable
pngdir = os.path.join(TMP, "figs_png")
code, out_text, err = run_check([SEED] + SEED_DATA + ["--explain", "ttp-2022-02-vs-prev2",
                                                       "--figures", pngdir, "--figures-format", "png"])
check("check --figures png exit", code == 4 and "holds only if" in out_text, f"exit {code}: {err}")
pngs = os.listdir(pngdir) if os.path.isdir(pngdir) else []
check("check --figures png one file", pngs == ["ttp-2022-02-vs-prev2.png"], f"{pngs}")
if pngs:
    try:
        w, h, _ch, _rows = png_decode(os.path.join(pngdir, pngs[0]))
        check("check --figures png valid", w == 900 and 300 <= h <= 1000, f"{w}x{h}")
    except ValueError as e:
        check("check --figures png valid", False, str(e))
pdfdir = os.path.join(TMP, "figs_pdf")
code, _, err = run_check([SEED] + SEED_DATA + ["--explain", "ttp-2022-04-by-service",
                                                "--figures", pdfdir, "--figures-format", "pdf"])
pdf = os.path.join(pdfdir, "ttp-2022-04-by-service.pdf")
blob = open(pdf, "rb").read() if os.path.isfile(pdf) else b""
check("check --figures pdf", code == 3 and blob.startswith(b"%PDF-") and b"%%EOF" in blob[-64:]
      and b"/MediaBox" in blob, f"exit {code}: {err}")

# record, trend, period change, an absent series, more terms than panels, and ids that are
# not file names (':' -> '_'; a clash gets "-2"; ".." stays inside DIR)
claims = os.path.join(TMP, "kinds.claims")
with open(claims, "w", encoding="utf-8") as f:
    f.write("source = test\n"
            "[rec:1]\nquote = highest since January\nclaim = record A/attacks in 2021-11 highest since 2021-01\n"
            "[rec_1]\nquote = q\nclaim = trend B/attacks over 2021-01..2021-12 steady increasing\n"
            "[..]\nquote = q\nclaim = change B/attacks over 2021-07..2021-12 vs 2021-01..2021-06 up 50%\n"
            "[absent]\nquote = q\nclaim = value NOPE/attacks in 2021-03 = 1\n"
            "[many]\nquote = q\nclaim = value " + " + ".join(["B/attacks"] * 13) +
            " in 2021-03 = A/attacks + B/attacks\n")
kdir = os.path.join(TMP, "figs_kinds")
code, out_text, err = run_check([claims, "--data", os.path.join(DATA, "gap.csv"), "--figures", kdir])
kfiles = sorted(os.listdir(kdir)) if os.path.isdir(kdir) else []
check("check --figures other kinds", code in (3, 4) and kfiles == sorted(
    ["rec_1.svg", "rec_1-2.svg", "_.svg", "absent.svg", "many.svg"]), f"exit {code}: {err} {kfiles}")
check("check --figures other kinds valid", all(svg_ok(os.path.join(kdir, f)) for f in kfiles), f"{kfiles}")

# errors: exit 1 with a message, no figure directory left behind
afile = os.path.join(TMP, "a_file")
open(afile, "w").close()
for name, args, msg in [
        ("figures into a file", ["--figures", os.path.join(afile, "sub")], "cannot create directory"),
        ("figures bad format", ["--figures", os.path.join(TMP, "f1"), "--figures-format", "gif"],
         "svg, png or pdf"),
        ("figures-format alone", ["--figures-format", "png"], "needs --figures"),
        ("figures no value", ["--figures"], "needs a value")]:
    code, _, err = run_check([SEED] + SEED_DATA + args)
    check("check " + name, code == 1 and msg in err, f"exit {code}, stderr {err!r}")
check("check bad format (no dir)", not os.path.exists(os.path.join(TMP, "f1")), "directory created")
code, out_text, _ = run_check(["--help"])
check("check help", code == 0 and "--figures DIR" in out_text, f"exit {code}")

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
