/*
 * report.c — `ctrend check CLAIMS --data FILE... --report out.html|out.md`: the verdicts of
 * a claims file as a page to publish (contract in report.h).
 *
 * The page is built from the public claims getters only (verdict, figures, explanation,
 * kind, terms, target and base months) plus the `note =` lines of the claims file, which the
 * library does not keep. Per claim it shows:
 *   - the quote and its source;
 *   - the verdict as a badge: colour AND a text label AND a symbol (never colour alone);
 *   - "in words": one or two plain sentences built from the figures (rate ratio, its exact
 *     95% CI, the one-sided p of the stated threshold, what is missing and the bound);
 *   - "the numbers": the claim line and the library's step-by-step explanation, verbatim;
 *   - caveats: the record's notes, "within Poisson noise", per-day vs per-month disagreement,
 *     missing data;
 *   - the claim's figure, drawn by the same code as `check --figures` (cmd_check.c), inlined
 *     as SVG with its element ids made unique per figure (PLplot's cairo SVGs all name their
 *     glyphs "glyph0-1", ...: several in one page would otherwise borrow each other's glyphs)
 *     and a text alternative listing the series and the values of the highlighted months.
 *
 * Untrusted input: every string that comes from the claims file or the data (ids, quotes,
 * sources, notes, series names, file names) goes through html_text()/md_text(). Element ids
 * of the page are built from claim indices, never from claim ids. The inline script reads
 * the DOM only (no user text is ever placed inside <script>), and a Content-Security-Policy
 * forbids any network access (default-src 'none').
 *
 * Filter and search are progressive enhancement: without JavaScript every card is shown and
 * the (useless) controls stay hidden; with it, the controls appear, and the URL fragment
 * "#verdict=contradicted&q=deaths" selects a filter on load (bookmarkable, testable with
 * `chromium --headless --dump-dom`).
 */
#include <ctype.h>
#include <strings.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "plot.h"
#include "report.h"
#include "claims_view.h"

/* Verdict classes shown in the summary. A verdict the library may add later (an invalid
 * claim) and UNCHECKED count as "invalid": not silently merged with the three known ones. */
enum { VC_SUPPORTED = 0, VC_CONTRADICTED = 1, VC_UNVERIFIABLE = 2, VC_INVALID = 3, VC_N = 4 };
static const char *const vc_key[VC_N] = {"supported", "contradicted", "unverifiable", "invalid"};
static const char *const vc_label[VC_N] = {"Supported", "Contradicted", "Unverifiable", "Invalid"};
/* symbols beside the label (aria-hidden: the label says it) */
static const char *const vc_symbol[VC_N] = {"\xe2\x9c\x93", "\xe2\x9c\x97", "?", "!"};

/* Significance level used in the sentences (the library's, claims.h). */
#define REPORT_ALPHA CTREND_CLAIMS_ALPHA
/* At most this many series are named in a figure's text alternative. */
#define REPORT_ALT_TERMS 8

static int verdict_class(int v)
{
    switch (v) {
    case CTREND_VERDICT_SUPPORTED: return VC_SUPPORTED;
    case CTREND_VERDICT_CONTRADICTED: return VC_CONTRADICTED;
    case CTREND_VERDICT_UNVERIFIABLE: return VC_UNVERIFIABLE;
    default: return VC_INVALID;
    }
}

int report_format_from_path(const char *path)
{
    const char *dot = path ? strrchr(path, '.') : NULL;
    if (!dot || strchr(dot, '/')) return -1;
    if (!strcasecmp(dot, ".html") || !strcasecmp(dot, ".htm")) return REPORT_HTML;
    if (!strcasecmp(dot, ".md") || !strcasecmp(dot, ".markdown")) return REPORT_MD;
    return -1;
}

/* ---- escaping ---------------------------------------------------------------------------- */

/* HTML text and attribute values: & < > " ' as character references; control characters
 * other than tab/newline dropped (not allowed in HTML). */
static void html_text_n(FILE *fp, const char *s, size_t n)
{
    for (size_t k = 0; k < n && s[k]; ++k) {
        const unsigned char ch = (unsigned char)s[k];
        switch (ch) {
        case '&': fputs("&amp;", fp); break;
        case '<': fputs("&lt;", fp); break;
        case '>': fputs("&gt;", fp); break;
        case '"': fputs("&quot;", fp); break;
        case '\'': fputs("&#39;", fp); break;
        default:
            if (ch < 0x20 && ch != '\n' && ch != '\t') break;
            if (ch == 0x7f) break;
            fputc((int)ch, fp);
        }
    }
}

static void html_text(FILE *fp, const char *s)
{
    if (s) html_text_n(fp, s, strlen(s));
}

/* Markdown text: HTML-significant characters as entities (CMSs pass raw HTML through), and
 * the Markdown punctuation backslash-escaped, so a quote can neither inject markup nor
 * become a link, emphasis, heading or table cell. */
static void md_text(FILE *fp, const char *s)
{
    if (!s) return;
    /* at the start: "- x", "+ x", "1. x" would start a list */
    const char *p = s;
    if (*p == '-' || *p == '+') fputc('\\', fp);
    while (isdigit((unsigned char)*p)) fputc(*p++, fp);
    if (p > s && (*p == '.' || *p == ')')) fputc('\\', fp);
    for (; *p; ++p) {
        const unsigned char ch = (unsigned char)*p;
        if (ch == '&') fputs("&amp;", fp);
        else if (ch == '<') fputs("&lt;", fp);
        else if (ch == '>') fputs("&gt;", fp);
        else if (ch < 0x20 || ch == 0x7f) fputc(' ', fp);
        else if (strchr("\\`*_{}[]()#!|~", (int)ch)) fprintf(fp, "\\%c", ch);
        else fputc((int)ch, fp);
    }
}

/* ---- words ------------------------------------------------------------------------------- */

static void month_words(int32_t m, char *buf, size_t cap)
{
    static const char *const names[12] = {"January", "February", "March",     "April",
                                          "May",     "June",     "July",      "August",
                                          "September", "October", "November", "December"};
    const int32_t y = m >= 0 ? m / 12 : -((-m + 11) / 12);
    snprintf(buf, cap, "%s %d", names[m - y * 12], (int)y);
}

static void range_words(int32_t a, int32_t b, char *buf, size_t cap)
{
    char x[32], y[32];
    month_words(a, x, sizeof x);
    if (a == b) {
        snprintf(buf, cap, "%s", x);
        return;
    }
    month_words(b, y, sizeof y);
    snprintf(buf, cap, "%s to %s", x, y);
}

/* A number for prose: up to 3 significant decimals, no trailing zeros ("0.524", "47.6"). */
static void num_words(double v, char *buf, size_t cap)
{
    if (!isfinite(v)) {
        snprintf(buf, cap, "%s", isnan(v) ? "undefined" : v > 0 ? "infinity" : "-infinity");
        return;
    }
    const double a = fabs(v);
    snprintf(buf, cap, "%.*f", a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3, v);
    if (strchr(buf, '.')) {
        size_t n = strlen(buf);
        while (n > 0 && buf[n - 1] == '0') buf[--n] = '\0';
        if (n > 0 && buf[n - 1] == '.') buf[--n] = '\0';
    }
}

/* A p-value: two significant digits, "< 0.0001" below. */
static void p_words(double p, char *buf, size_t cap)
{
    if (!isfinite(p)) snprintf(buf, cap, "undefined");
    else if (p < 1e-4) snprintf(buf, cap, "< 0.0001");
    else snprintf(buf, cap, "= %.2g", p);
}

static double fig(const ctrend_claims *cl, size_t i, int which)
{
    double v = NAN;
    (void)ctrend_claims_figure(cl, i, which, &v);
    return v;
}

/* The line of the explanation that starts with prefix (copied without the prefix, up to
 * its end), or 0 when there is none. */
static int expl_line(const char *expl, const char *prefix, char *out, size_t cap)
{
    const size_t n = strlen(prefix);
    for (const char *p = expl; p && *p;) {
        if (!strncmp(p, prefix, n)) {
            const size_t len = strcspn(p + n, "\n");
            snprintf(out, cap, "%.*s", (int)len, p + n);
            return 1;
        }
        p = strchr(p, '\n');
        if (p) ++p;
    }
    return 0;
}

/* A sentence buffer: text appended with say(), cut at cap bytes (always NUL-terminated). */
typedef struct words {
    char *buf;
    size_t cap, u;
} words_buf;

static void say(words_buf *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void say(words_buf *w, const char *fmt, ...)
{
    if (w->u >= w->cap) return;
    va_list ap;
    va_start(ap, fmt);
    const int k = vsnprintf(w->buf + w->u, w->cap - w->u, fmt, ap);
    va_end(ap);
    w->u = k < 0 ? w->cap : w->u + (size_t)k > w->cap ? w->cap : w->u + (size_t)k;
}

/* What claim_words reads of claim i once. */
typedef struct claim_facts {
    const char *expl;
    int verdict, kind, has_t, has_b;
    int32_t b1, b2;
    char tw[80], bw[80]; /* the target and base months in words */
} claim_facts;

/* An unverifiable claim: why, and the bound that would make it hold. */
static void words_unverifiable(words_buf *w, const claim_facts *f)
{
    char line[512];
    say(w, "This claim cannot be checked against these data");
    if (expl_line(f->expl, "UNVERIFIABLE: ", line, sizeof line)) say(w, ": %s", line);
    say(w, ".");
    if (expl_line(f->expl, "holds only if ", line, sizeof line))
        say(w, " It would hold only if %s.", line);
    if (expl_line(f->expl, "versus the months present alone ", line, sizeof line))
        say(w, " Against the months present alone %s.", line);
}

/* A change: the rate ratio with its interval, the stated threshold's test, the noise test. */
static void words_change(words_buf *w, const ctrend_claims *cl, size_t i, const claim_facts *f,
                         double ratio, double level)
{
    char a[64], b[64], c[64], d[64];
    const double lo = fig(cl, i, CTREND_CLAIMS_CI_LOWER), hi = fig(cl, i, CTREND_CLAIMS_CI_UPPER);
    const double p2 = fig(cl, i, CTREND_CLAIMS_P_VALUE), p1 = fig(cl, i, CTREND_CLAIMS_P_CLAIM);
    num_words(ratio, a, sizeof a);
    num_words(lo, b, sizeof b);
    num_words(hi, c, sizeof c);
    num_words(100.0 * fabs(ratio - 1.0), d, sizeof d);
    say(w,
        "The monthly rate %s to %s times that of %s%s (%s %s%%; exact %g%% confidence "
        "interval %s to %s times).",
        ratio < 1   ? "fell"
        : ratio > 1 ? "rose"
                    : "stayed the same",
        a, f->b1 == f->b2 ? "" : "the mean of ", f->bw, ratio < 1 ? "a fall of" : "a rise of", d,
        100.0 * level, b, c);
    /* the stated threshold: "H0 ratio >= 0.5 vs less, p = 0.6264", and the claim as
     * the explanation words it ("claimed: down more than 50%") */
    if (strstr(f->expl, "H0 ratio ") && isfinite(p1)) {
        char said[200] = "the stated figure";
        const char *cs = strstr(f->expl, "; claimed: ");
        if (cs) snprintf(said, sizeof said, "%.*s", (int)strcspn(cs + 11, "\n"), cs + 11);
        p_words(p1, a, sizeof a);
        say(w, " The change as stated (%s) %s (one-sided exact p %s).", said,
            p1 < REPORT_ALPHA ? "is established" : "is not established", a);
    }
    if (isfinite(p2)) {
        p_words(p2, a, sizeof a);
        say(w, " The change itself is %s Poisson noise (two-sided p %s).",
            p2 < REPORT_ALPHA ? "larger than" : "within", a);
    }
}

/* A part/total claim whose explanation has "left side = L ... = R": 1 when said, else 0. */
static int words_parts(words_buf *w, const claim_facts *f)
{
    char line[512], a[64], b[64], c[64];
    if (!expl_line(f->expl, "left side = ", line, sizeof line)) return 0;
    double l = NAN, r = NAN;
    const char *eq = strstr(line, ") = ");
    if (sscanf(line, "%lf", &l) != 1 || !eq || sscanf(eq + 4, "%lf", &r) != 1) return 0;
    num_words(l, a, sizeof a);
    num_words(r, b, sizeof b);
    num_words(fabs(l - r), c, sizeof c);
    say(w, "The parts listed add up to %s%s%s; the total is %s: %s%s.", a, f->has_t ? " in " : "",
        f->has_t ? f->tw : "", b, l == r ? "they agree" : "they differ by ", l == r ? "" : c);
    return 1;
}

/* A daily rate, a value, a sum or a mean with a computed figure: 1 when said, else 0. */
static int words_figure(words_buf *w, const ctrend_claims *cl, size_t i, const claim_facts *f)
{
    char a[64], b[64];
    const int kind = f->kind;
    const double got = fig(cl, i, CTREND_CLAIMS_COMPUTED), quoted = fig(cl, i, CTREND_CLAIMS_QUOTED);
    if (kind == CTREND_CLAIMS_KIND_DAILY && isfinite(got) && f->has_t) {
        num_words(got, a, sizeof a);
        say(w, "The data give %s in %s: %s.", a, f->tw,
            f->verdict == CTREND_VERDICT_SUPPORTED ? "at least one a day" : "fewer than one a day");
        return 1;
    }
    if ((kind != CTREND_CLAIMS_KIND_VALUE && kind != CTREND_CLAIMS_KIND_SUM &&
         kind != CTREND_CLAIMS_KIND_MEAN) ||
        !isfinite(got))
        return 0;
    num_words(got, a, sizeof a);
    num_words(quoted, b, sizeof b);
    say(w, "The data give %s%s%s%s; the report says %s.",
        kind == CTREND_CLAIMS_KIND_SUM    ? "a total of "
        : kind == CTREND_CLAIMS_KIND_MEAN ? "a mean of "
                                          : "",
        a, f->has_t ? (kind == CTREND_CLAIMS_KIND_VALUE ? " for " : " over ") : "",
        f->has_t ? f->tw : "", isfinite(quoted) ? b : "a figure the data can be compared with");
    return 1;
}

/* Records, trends and anything else: the explanation's result lines. */
static void words_results(words_buf *w, const claim_facts *f)
{
    const char *data = strstr(f->expl, "\ndata:\n");
    for (const char *p = data ? data + 7 : f->expl; *p;) {
        const size_t n = strcspn(p, "\n");
        if (n && p[0] != ' ' && strncmp(p, "claim:", 6) && strncmp(p, "rate ratio", 10))
            say(w, "%s%.*s.", w->u ? " " : "", (int)n, p);
        p += n;
        if (*p) ++p;
    }
}

/* Sentences "in words" for claim i, into buf (plain text, escaped by the caller). */
static void claim_words(const ctrend_claims *cl, size_t i, double level, char *buf, size_t cap)
{
    words_buf w = {buf, cap, 0};
    claim_facts f;
    f.expl = cv_str(ctrend_claims_explanation, cl, i);
    f.verdict = cv_int(ctrend_claims_verdict, cl, i, CTREND_VERDICT_UNCHECKED);
    f.kind = cv_int(ctrend_claims_kind_of, cl, i, -1);
    buf[0] = '\0';
    if (!f.expl) {
        say(&w, "This claim was not checked.");
        return;
    }
    int32_t t1 = 0, t2 = 0;
    f.b1 = f.b2 = 0;
    f.has_t = ctrend_claims_target(cl, i, &t1, &t2) == CTREND_OK;
    f.has_b = ctrend_claims_base(cl, i, &f.b1, &f.b2) == CTREND_OK;
    if (f.has_t) range_words(t1, t2, f.tw, sizeof f.tw);
    if (f.has_b) range_words(f.b1, f.b2, f.bw, sizeof f.bw);
    const double ratio = fig(cl, i, CTREND_CLAIMS_RATIO);
    if (f.verdict == CTREND_VERDICT_UNVERIFIABLE)
        words_unverifiable(&w, &f);
    else if (f.kind == CTREND_CLAIMS_KIND_CHANGE && isfinite(ratio) && f.has_t && f.has_b)
        words_change(&w, cl, i, &f, ratio, level);
    else if (!words_parts(&w, &f) && !words_figure(&w, cl, i, &f))
        words_results(&w, &f);
}

/* ---- notes of the claims file -------------------------------------------------------------- */

typedef struct notes {
    char **text; /* per claim: its note = lines joined by "\n", or NULL */
    size_t n;
} notes;

/* The `note = ...` lines of each record of the claims file (the library ignores them). */
static void notes_read(const char *path, const ctrend_claims *cl, notes *out)
{
    out->n = ctrend_claims_count(cl);
    out->text = calloc(out->n ? out->n : 1, sizeof *out->text);
    FILE *fp = out->text ? fopen(path, "rb") : NULL;
    if (!fp) return;
    char line[8192];
    size_t cur = (size_t)-1;
    while (fgets(line, sizeof line, fp)) {
        char *s = line;
        while (*s == ' ' || *s == '\t') ++s;
        s[strcspn(s, "\r\n")] = '\0';
        if (*s == '[') {
            char *e = strchr(s, ']');
            cur = (size_t)-1;
            if (e) {
                *e = '\0';
                size_t idx;
                if (ctrend_claims_find(cl, s + 1, &idx) == CTREND_OK) cur = idx;
            }
            continue;
        }
        if (cur == (size_t)-1 || strncmp(s, "note", 4)) continue;
        s += 4;
        while (*s == ' ' || *s == '\t') ++s;
        if (*s != '=') continue;
        ++s;
        while (*s == ' ' || *s == '\t') ++s;
        const size_t old = out->text[cur] ? strlen(out->text[cur]) : 0;
        char *nt = realloc(out->text[cur], old + strlen(s) + 2);
        if (!nt) break;
        if (old) nt[old] = '\n';
        strcpy(nt + (old ? old + 1 : 0), s);
        out->text[cur] = nt;
    }
    fclose(fp);
}

static void notes_free(notes *n)
{
    for (size_t i = 0; n->text && i < n->n; ++i) free(n->text[i]);
    free(n->text);
}

/* Caveats of claim i, one per call of emit (plain text). */
typedef void (*caveat_fn)(FILE *fp, const char *text);

static void caveats(const ctrend_claims *cl, size_t i, const notes *nt, FILE *fp, caveat_fn emit)
{
    const char *expl = cv_str(ctrend_claims_explanation, cl, i);
    char line[600];
    if (cv_int(ctrend_claims_verdict, cl, i, CTREND_VERDICT_UNCHECKED) == CTREND_VERDICT_SUPPORTED && cv_int(ctrend_claims_within_noise, cl, i, 0))
        emit(fp, "Within Poisson noise: the direction of the change is not distinguishable from "
                 "chance month-to-month variation at the 5% level, even though the stated figure holds.");
    /* per day vs per month: months of different lengths can move a conclusion */
    const double p = fig(cl, i, CTREND_CLAIMS_P_VALUE);
    if (expl && expl_line(expl, "  per day (months differ in length): ", line, sizeof line)) {
        const char *pp = strstr(line, "p = ");
        double pd = NAN;
        if (pp && sscanf(pp + 4, "%lf", &pd) == 1 && isfinite(p) &&
            ((pd < REPORT_ALPHA) != (p < REPORT_ALPHA))) {
            char msg[800];
            snprintf(msg, sizeof msg, "Per day the conclusion differs (the months differ in length): %s.",
                     line);
            emit(fp, msg);
        } else if (pp) {
            char msg[800];
            snprintf(msg, sizeof msg, "The months differ in length; per day: %s.", line);
            emit(fp, msg);
        }
    }
    if (expl && cv_int(ctrend_claims_verdict, cl, i, CTREND_VERDICT_UNCHECKED) == CTREND_VERDICT_UNVERIFIABLE)
        emit(fp, "A month missing from the data is never read as zero: the claim stays open until "
                 "the missing figures are found.");
    if (nt->text && i < nt->n && nt->text[i]) {
        const char *s = nt->text[i];
        while (*s) {
            const size_t n = strcspn(s, "\n");
            char msg[8192];
            snprintf(msg, sizeof msg, "Note: %.*s", (int)n, s);
            emit(fp, msg);
            s += n;
            if (*s) ++s;
        }
    }
}

/* The caveats of claim i (each item written by emit) as one string, caller frees: *len is
 * its length, 0 when there are none; NULL when out of memory (then nothing is shown). */
static char *caveats_text(const ctrend_claims *cl, size_t i, const notes *nt, caveat_fn emit,
                          size_t *len)
{
    char *text = NULL;
    FILE *mem = open_memstream(&text, len);
    if (!mem) return NULL;
    caveats(cl, i, nt, mem, emit);
    fclose(mem);
    return text;
}

/* ---- figures ------------------------------------------------------------------------------- */

/* Text alternative of claim i's figure: the series drawn, the months highlighted and their
 * values (plain text). */
static void figure_alt(const ctrend_claims *cl, size_t i, const ctrend_frame *all, char *buf, size_t cap)
{
    size_t u = 0;
    int32_t t1, t2, b1, b2;
    char tw[80], bw[80];
    buf[0] = '\0';
    if (ctrend_claims_target(cl, i, &t1, &t2) != CTREND_OK) return;
    const int has_b = ctrend_claims_base(cl, i, &b1, &b2) == CTREND_OK;
    range_words(t1, t2, tw, sizeof tw);
    if (has_b) range_words(b1, b2, bw, sizeof bw);
    const size_t nt = ctrend_claims_n_terms(cl, i);
    u += (size_t)snprintf(buf + u, cap - u, "Bar chart of monthly counts of ");
    for (size_t j = 0; j < nt && j < REPORT_ALT_TERMS && u < cap; ++j) {
        const char *g = cv_term(ctrend_claims_term_group, cl, i, j), *m = cv_term(ctrend_claims_term_metric, cl, i, j);
        const char *r = cv_term(ctrend_claims_term_region, cl, i, j);
        u += (size_t)snprintf(buf + u, cap - u, "%s%s/%s%s%s", j ? ", " : "", g, m, *r ? "/" : "", r);
        /* the values of the highlighted months */
        size_t idx;
        if (ctrend_frame_find(all, g, r, m, &idx) == CTREND_OK && t2 - t1 < 12) {
            u += u < cap ? (size_t)snprintf(buf + u, cap - u, " (") : 0;
            for (int32_t mm = t1; mm <= t2 && u < cap; ++mm) {
                double x = NAN;
                char ms[CTREND_MONTH_STRLEN_V2], vs[32];
                (void)ctrend_frame_get(all, idx, mm, &x);
                cli_month_str(mm, ms);
                if (isnan(x)) snprintf(vs, sizeof vs, "not reported");
                else snprintf(vs, sizeof vs, "%.15g", x);
                u += (size_t)snprintf(buf + u, cap - u, "%s%s: %s", mm > t1 ? ", " : "", ms, vs);
            }
            u += u < cap ? (size_t)snprintf(buf + u, cap - u, ")") : 0;
        } else if (ctrend_frame_find(all, g, r, m, &idx) != CTREND_OK) {
            u += u < cap ? (size_t)snprintf(buf + u, cap - u, " (not in the data)") : 0;
        }
    }
    if (nt > REPORT_ALT_TERMS && u < cap)
        u += (size_t)snprintf(buf + u, cap - u, " and %zu more series", nt - REPORT_ALT_TERMS);
    if (u < cap) /* the last piece: u is not needed after it */
        (void)snprintf(buf + u, cap - u, ". Highlighted: %s (the claimed months)%s%s%s.", tw,
                              has_b ? " and " : "", has_b ? bw : "",
                              has_b ? (cv_int(ctrend_claims_kind_of, cl, i, -1) == CTREND_CLAIMS_KIND_RECORD
                                           ? " (the months since)"
                                           : " (the months compared with)")
                                    : "");
}

/* Write svg (a PLplot cairo SVG document) inline: without its XML declaration, with every
 * id, href="#..." and url(#...) prefixed by "f<k>-", role="img" and a <title> (the text
 * alternative, escaped) as its first child. */
static void inline_svg(FILE *fp, const char *svg, size_t k, const char *alt)
{
    const char *p = strstr(svg, "<svg");
    if (!p) return;
    char pre[32];
    snprintf(pre, sizeof pre, "f%zu-", k);
    const char *end = strchr(p, '>');
    if (!end) return;
    fwrite(p, 1, (size_t)(end - p), fp);
    fprintf(fp, " role=\"img\" aria-labelledby=\"figt-%zu\" focusable=\"false\"><title id=\"figt-%zu\">", k, k);
    html_text(fp, alt);
    fputs("</title>", fp);
    for (p = end + 1; *p;) {
        static const char *const pats[3] = {"id=\"", "href=\"#", "url(#"};
        size_t hit = 3, at = (size_t)-1;
        for (size_t q = 0; q < 3; ++q) {
            const char *f = strstr(p, pats[q]);
            if (f && (size_t)(f - p) < at) at = (size_t)(f - p), hit = q;
        }
        if (hit == 3) {
            fputs(p, fp);
            break;
        }
        const size_t n = at + strlen(pats[hit]);
        fwrite(p, 1, n, fp);
        fputs(pre, fp);
        p += n;
    }
}

/* ---- HTML --------------------------------------------------------------------------------- */

static const char html_css[] =
    ":root{--fg:#1b1b1b;--muted:#4a4a4a;--bg:#fff;--line:#c9c9c9;--card:#fafafa}\n"
    "*{box-sizing:border-box}\n"
    "body{font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;"
    "color:var(--fg);background:var(--bg);margin:0 auto;max-width:62rem;padding:0 1rem 2rem}\n"
    ".skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}\n"
    "h1{font-size:1.7rem;margin:1.2rem 0 .3rem}h2{font-size:1.3rem;margin:1.4rem 0 .5rem}\n"
    "h3{font-size:1.1rem;margin:0;word-break:break-word}h4{font-size:.95rem;margin:.8rem 0 .2rem}\n"
    ".meta{color:var(--muted);font-size:.9rem}\n"
    ".summary{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0;margin:0}\n"
    ".summary a{text-decoration:none}\n"
    ".badge{display:inline-block;border-radius:.3rem;padding:.15rem .55rem;font-weight:700;"
    "border:2px solid transparent;color:#fff}\n"
    ".b-supported{background:#1a7f37}.b-contradicted{background:#b42318}"
    ".b-unverifiable{background:#5c4400}.b-invalid{background:#4b3b8f}\n"
    "form#filters{margin:.8rem 0;padding:.6rem .8rem;border:1px solid var(--line);border-radius:.4rem}\n"
    "form#filters fieldset{border:0;margin:0;padding:0;display:inline}\n"
    "form#filters label{margin-right:.8rem}input[type=search]{font:inherit;padding:.2rem .4rem;min-width:16rem}\n"
    ":focus-visible{outline:3px solid #0b57d0;outline-offset:2px}\n"
    ".card{border:1px solid var(--line);border-left:.5rem solid var(--line);border-radius:.4rem;"
    "background:var(--card);padding:.8rem 1rem;margin:1rem 0}\n"
    ".card.v-supported{border-left-color:#1a7f37}.card.v-contradicted{border-left-color:#b42318}"
    ".card.v-unverifiable{border-left-color:#5c4400}.card.v-invalid{border-left-color:#4b3b8f}\n"
    ".card>header{display:flex;flex-wrap:wrap;gap:.6rem;align-items:center;justify-content:space-between}\n"
    "blockquote{margin:.6rem 0;padding:.2rem .8rem;border-left:3px solid var(--line);font-size:1.05rem}\n"
    "blockquote p{margin:.2rem 0}blockquote footer{color:var(--muted);font-size:.9rem}\n"
    "code,pre{font-family:'DejaVu Sans Mono',Consolas,monospace;font-size:.85rem}\n"
    "pre{white-space:pre-wrap;word-break:break-word;background:#f0f0f0;padding:.5rem;border-radius:.3rem;margin:.2rem 0}\n"
    "figure{margin:.8rem 0 0}figure svg{width:100%;height:auto;max-width:56rem;display:block;background:#fff}\n"
    "figcaption{color:var(--muted);font-size:.9rem}\n"
    "footer.page{margin-top:2rem;color:var(--muted);font-size:.85rem;border-top:1px solid var(--line)}\n"
    "@media print{body{max-width:none;font-size:11pt}.skip,form#filters,#shown{display:none!important}"
    ".card[hidden]{display:block!important}.card{break-inside:avoid;background:#fff}"
    ".badge{color:#000!important;background:#fff!important;border-color:#000}"
    "a{color:#000;text-decoration:none}pre{background:#fff;border:1px solid #999}}\n";

/* The filter and search: reads the DOM and location.hash, never any user text as code. */
static const char html_js[] =
    "(function(){\n"
    "var form=document.getElementById('filters'),q=document.getElementById('q'),\n"
    "    shown=document.getElementById('shown'),cards=[].slice.call(document.querySelectorAll('article.card'));\n"
    "if(!form||!q)return;form.hidden=false;\n"
    "function text(c){var s='',e=c.querySelectorAll('.s');for(var k=0;k<e.length;k++)s+=' '+e[k].textContent;return s.toLowerCase();}\n"
    "var texts=cards.map(text);\n"
    "function current(){var r=form.querySelector('input[name=verdict]:checked');return r?r.value:'all';}\n"
    "function apply(){var v=current(),t=q.value.trim().toLowerCase(),n=0;\n"
    "  cards.forEach(function(c,k){var ok=(v==='all'||c.getAttribute('data-verdict')===v)&&(!t||texts[k].indexOf(t)>=0);\n"
    "    c.hidden=!ok;if(ok)n++;});\n"
    "  shown.textContent='Showing '+n+' of '+cards.length+' claims'+(v==='all'?'':' ('+v+')')+(t?' matching \\u201c'+q.value.trim()+'\\u201d':'')+'.';\n"
    "  document.body.setAttribute('data-filter',v);document.body.setAttribute('data-shown',String(n));}\n"
    "function fromHash(){var v='all',t='';location.hash.replace(/^#/,'').split('&').forEach(function(kv){\n"
    "  var i=kv.indexOf('='),k=i<0?kv:kv.slice(0,i),x=i<0?'':kv.slice(i+1);\n"
    "  try{x=decodeURIComponent(x.replace(/\\+/g,' '));}catch(e){x='';}\n"
    "  if(k==='verdict')v=x;else if(k==='q')t=x;});\n"
    "  var r=form.querySelector('input[name=verdict][value=\"'+(/^[a-z]+$/.test(v)?v:'all')+'\"]')||form.querySelector('input[value=all]');\n"
    "  r.checked=true;q.value=t;apply();}\n"
    "function toHash(){var v=current(),t=q.value.trim(),h=[];if(v!=='all')h.push('verdict='+v);if(t)h.push('q='+encodeURIComponent(t));\n"
    "  if(history.replaceState)history.replaceState(null,'',h.length?'#'+h.join('&'):location.pathname+location.search);}\n"
    "form.addEventListener('change',function(){apply();toHash();});\n"
    "q.addEventListener('input',function(){apply();toHash();});\n"
    "form.addEventListener('submit',function(e){e.preventDefault();});\n"
    "window.addEventListener('hashchange',fromHash);fromHash();\n"
    "})();\n";

static void html_li(FILE *fp, const char *text)
{
    fputs("<li>", fp);
    html_text(fp, text);
    fputs("</li>\n", fp);
}

/* The source shown in the title: the one source of every claim, or NULL when they differ. */
static const char *common_source(const ctrend_claims *cl)
{
    const char *s = NULL;
    for (size_t i = 0; i < ctrend_claims_count(cl); ++i) {
        const char *x = cv_str(ctrend_claims_source, cl, i);
        if (!x || !*x) continue;
        if (!s) s = x;
        else if (strcmp(s, x)) return NULL;
    }
    return s;
}

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

static void data_files(FILE *fp, const report_input *in, int md)
{
    for (size_t k = 0; k < in->data->n; ++k) {
        if (k) fputs(", ", fp);
        if (md) md_text(fp, in->data->names[k]);
        else {
            fputs("<code>", fp);
            html_text(fp, in->data->names[k]);
            fputs("</code>", fp);
        }
    }
}

/* Render claim i to a temporary SVG and return its text (malloc'd) or NULL. */
static char *figure_svg(const ctrend_claims *cl, size_t i, const report_input *in)
{
    const char *tmp = getenv("TMPDIR");
    char path[4096];
    snprintf(path, sizeof path, "%s/ctrend-report-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    /* created and registered with SIGINT/SIGTERM held: an interrupt at any point removes it
     * (bin/progress.c), as bin/plot_render.c does for the figure's own temporary file */
    if (cli_interrupt_mkstemp(path) != 0) {
        fprintf(stderr, "ctrend check: --report: cannot create a temporary file: %s\n", strerror(errno));
        return NULL;
    }
    char *svg = NULL;
    size_t len = 0;
    if (check_claim_figure(cl, i, in->all, in->data, path, CTREND_FIGURE_SVG) == 0) {
        svg = cli_read_file(path, &len);
        if (!svg && errno == ENOMEM) cli_note_out_of_memory(); /* no page with a figure missing */
    }
    cli_interrupt_unlink(path);
    return svg;
}

/* The page's head and header: title, styles, what was checked against what. */
static void html_head(FILE *fp, const ctrend_claims *cl, const report_input *in)
{
    const size_t n = ctrend_claims_count(cl);
    const char *src = common_source(cl);
    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
          "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n", fp);
    fprintf(fp, "<meta name=\"generator\" content=\"ctrend %s\">\n<title>Fact-check: ", ctrend_version_string());
    html_text(fp, src ? src : base_name(in->claims_path));
    fprintf(fp, "</title>\n<style>\n%s</style>\n</head>\n<body>\n"
                "<a class=\"skip\" href=\"#claims\">Skip to the claims</a>\n<header>\n<h1>Fact-check",
            html_css);
    if (src) {
        fputs(" of <cite>", fp);
        html_text(fp, src);
        fputs("</cite>", fp);
    }
    fprintf(fp, "</h1>\n<p class=\"meta\">%zu claim%s from <code>", n, n == 1 ? "" : "s");
    html_text(fp, base_name(in->claims_path));
    fputs("</code> checked against ", fp);
    data_files(fp, in, 0);
    fputs(" with exact Poisson statistics (a claim holds when the data give the figure quoted; "
          "changes are tested as rate ratios, R&#39;s <code>poisson.test</code>).</p>\n</header>\n", fp);
}

/* The summary (a badge per verdict class with its count) and the filter form. */
static void html_summary(FILE *fp, const size_t counts[VC_N])
{
    fputs("<nav aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">Summary</h2>\n<ul class=\"summary\" id=\"summary\">\n", fp);
    for (int k = 0; k < VC_N; ++k)
        fprintf(fp, "<li><a class=\"badge b-%s\" href=\"#verdict=%s\" data-verdict=\"%s\"><span aria-hidden=\"true\">%s</span> "
                    "<span class=\"count\" id=\"count-%s\">%zu</span> %s</a></li>\n",
                vc_key[k], vc_key[k], vc_key[k], vc_symbol[k], vc_key[k], counts[k], vc_key[k]);
    fputs("</ul>\n<form id=\"filters\" role=\"search\" hidden aria-label=\"Filter the claims\">\n"
          "<fieldset><legend>Show:</legend>\n"
          "<label><input type=\"radio\" name=\"verdict\" value=\"all\" checked> all</label>\n", fp);
    for (int k = 0; k < VC_N; ++k)
        fprintf(fp, "<label><input type=\"radio\" name=\"verdict\" value=\"%s\"> %s</label>\n", vc_key[k], vc_key[k]);
    fputs("</fieldset>\n<label for=\"q\">Search quotes, ids and claims:</label> "
          "<input type=\"search\" id=\"q\" name=\"q\" autocomplete=\"off\">\n"
          "<p id=\"shown\" aria-live=\"polite\"></p>\n</form>\n</nav>\n"
          "<main id=\"claims\">\n<h2>Claims</h2>\n", fp);
}

/* The card of claim i: verdict, quote, the claim in words and numbers, caveats, figure. */
static void html_card(FILE *fp, const ctrend_claims *cl, size_t i, const report_input *in,
                      const notes *nt)
{
    const int vc = verdict_class(cv_int(ctrend_claims_verdict, cl, i, CTREND_VERDICT_UNCHECKED));
    fprintf(fp, "<article class=\"card v-%s\" id=\"c%zu\" data-verdict=\"%s\" data-id=\"",
            vc_key[vc], i + 1, vc_key[vc]);
    html_text(fp, cv_str(ctrend_claims_id, cl, i));
    fprintf(fp, "\" aria-labelledby=\"h%zu\">\n<header><h3 id=\"h%zu\" class=\"s\">", i + 1, i + 1);
    html_text(fp, cv_str(ctrend_claims_id, cl, i));
    fprintf(fp,
            "</h3> <span class=\"badge b-%s verdict\"><span aria-hidden=\"true\">%s</span> "
            "%s</span></header>\n",
            vc_key[vc], vc_symbol[vc], vc_label[vc]);
    fputs("<blockquote><p class=\"quote s\">", fp);
    html_text(fp, cv_str(ctrend_claims_quote, cl, i));
    fputs("</p>", fp);
    const char *s = cv_str(ctrend_claims_source, cl, i);
    if (s && *s) {
        fputs("<footer>Source: <cite class=\"s\">", fp);
        html_text(fp, s);
        fputs("</cite></footer>", fp);
    }
    fputs("</blockquote>\n<h4>In words</h4>\n<p class=\"words\">", fp);
    char words[2048];
    claim_words(cl, i, in->level, words, sizeof words);
    html_text(fp, words);
    fputs("</p>\n<h4>The numbers</h4>\n<p>Claim: <code class=\"claim s\">", fp);
    html_text(fp, cv_str(ctrend_claims_text, cl, i));
    fputs("</code></p>\n<pre class=\"arith\">", fp);
    html_text(fp, cv_str(ctrend_claims_explanation, cl, i));
    fputs("</pre>\n", fp);
    /* caveats: collected first so that an empty list prints nothing */
    size_t cvn = 0;
    char *cv = caveats_text(cl, i, nt, html_li, &cvn);
    if (cv && cvn) fprintf(fp, "<h4>Caveats</h4>\n<ul class=\"caveats\">\n%s</ul>\n", cv);
    free(cv);
    if (plot_available()) {
        char *svg = figure_svg(cl, i, in);
        char alt[2048];
        figure_alt(cl, i, in->all, alt, sizeof alt);
        if (svg) {
            fprintf(fp, "<figure class=\"claim-figure\" aria-labelledby=\"fc%zu\">\n", i + 1);
            inline_svg(fp, svg, i + 1, alt);
            fprintf(fp, "\n<figcaption id=\"fc%zu\">", i + 1);
            html_text(fp, alt);
            fputs("</figcaption>\n</figure>\n", fp);
            free(svg);
        } else {
            fputs("<p class=\"meta\">(The figure could not be drawn: see the messages of ctrend "
                  "check.)</p>\n",
                  fp);
        }
    }
    fputs("</article>\n", fp);
}

/* The card of a record that does not parse (number k: the card's id is c<k>). */
static void html_invalid_card(FILE *fp, const report_invalid *x, size_t k)
{
    fprintf(fp, "<article class=\"card v-invalid\" id=\"c%zu\" data-verdict=\"invalid\" data-id=\"",
            k);
    html_text(fp, x->id);
    fprintf(fp, "\" aria-labelledby=\"h%zu\">\n<header><h3 id=\"h%zu\" class=\"s\">", k, k);
    html_text(fp, *x->id ? x->id : "(no id)");
    fprintf(fp,
            "</h3> <span class=\"badge b-invalid verdict\"><span aria-hidden=\"true\">%s</span> "
            "%s</span></header>\n",
            vc_symbol[VC_INVALID], vc_label[VC_INVALID]);
    fputs("<blockquote><p class=\"quote s\">", fp);
    html_text(fp, x->quote);
    fputs("</p></blockquote>\n<h4>In words</h4>\n<p class=\"words\">This record of the claims file "
          "does not "
          "parse, so it was not checked. The parser says:</p>\n<pre class=\"arith s\">",
          fp);
    html_text(fp, x->msg);
    fputs("</pre>\n</article>\n", fp);
}

/* The page's footer and script. */
static void html_footer(FILE *fp, const report_input *in)
{
    fputs("</main>\n<footer class=\"page\">\n<p>", fp);
    if (!plot_available())
        fputs("Figures are not included: this ctrend was built without plotting support (PLplot). ", fp);
    fprintf(fp, "Made with ctrend %s (<code>ctrend check ", ctrend_version_string());
    html_text(fp, base_name(in->claims_path));
    fputs(" --report</code>). Verdicts compare the quoted figures with the data files named "
          "above, which may themselves be claims (e.g. figures claimed by a group); a missing "
          "month is never read as zero.</p>\n</footer>\n<script>\n", fp);
    fputs(html_js, fp);
    fputs("</script>\n</body>\n</html>\n", fp);
}

static int write_html(FILE *fp, const ctrend_claims *cl, const report_input *in, const notes *nt,
                      const size_t counts[VC_N])
{
    const size_t n = ctrend_claims_count(cl);
    html_head(fp, cl, in);
    html_summary(fp, counts);
    for (size_t i = 0; i < n; ++i) html_card(fp, cl, i, in, nt);
    for (size_t k = 0; k < in->n_invalid; ++k) html_invalid_card(fp, &in->invalid[k], n + k + 1);
    html_footer(fp, in);
    return 0;
}

/* ---- Markdown ------------------------------------------------------------------------------ */

static void md_li(FILE *fp, const char *text)
{
    fputs("- ", fp);
    md_text(fp, text);
    fputs("\n", fp);
}

/* figures directory for a Markdown report: "dir/name.md" -> "dir/name_figures" and the
 * link prefix "name_figures/" relative to the report. */
static void md_fig_dir(const char *path, char *dir, size_t cap, char *rel, size_t relcap)
{
    const char *dot = strrchr(path, '.');
    const size_t stem = dot ? (size_t)(dot - path) : strlen(path);
    snprintf(dir, cap, "%.*s_figures", (int)stem, path);
    snprintf(rel, relcap, "%s", base_name(dir));
}

/* The Markdown page's title, what was checked against what, and the counts per verdict. */
static void md_head(FILE *fp, const ctrend_claims *cl, const report_input *in,
                    const size_t counts[VC_N])
{
    const size_t n = ctrend_claims_count(cl);
    const char *src = common_source(cl);
    fputs("# Fact-check", fp);
    if (src) {
        fputs(" of ", fp);
        md_text(fp, src);
    }
    fprintf(fp, "\n\n%zu claims from ", n);
    md_text(fp, base_name(in->claims_path));
    fputs(" checked against ", fp);
    data_files(fp, in, 1);
    fputs(" with exact Poisson statistics.\n\n| verdict | claims |\n|---|---|\n", fp);
    for (int k = 0; k < VC_N; ++k) fprintf(fp, "| %s %s | %zu |\n", vc_symbol[k], vc_label[k], counts[k]);
}

/* The section of claim i without its figure: verdict, quote, the claim in words and
 * numbers, caveats. */
static void md_claim(FILE *fp, const ctrend_claims *cl, size_t i, const report_input *in,
                     const notes *nt)
{
    const int vc = verdict_class(cv_int(ctrend_claims_verdict, cl, i, CTREND_VERDICT_UNCHECKED));
    fputs("\n## ", fp);
    md_text(fp, cv_str(ctrend_claims_id, cl, i));
    fprintf(fp, " — %s **%s**\n\n> ", vc_symbol[vc], vc_label[vc]);
    md_text(fp, cv_str(ctrend_claims_quote, cl, i));
    const char *s = cv_str(ctrend_claims_source, cl, i);
    if (s && *s) {
        fputs("\n>\n> — ", fp);
        md_text(fp, s);
    }
    char words[2048];
    claim_words(cl, i, in->level, words, sizeof words);
    fputs("\n\n", fp);
    md_text(fp, words);
    fputs("\n\nClaim: `", fp);
    /* inside a code span only a backtick matters: replaced */
    for (const char *p = cv_str(ctrend_claims_text, cl, i); p && *p; ++p)
        fputc(*p == '`' ? '\'' : *p, fp);
    fputs("`\n\n```text\n", fp);
    for (const char *p = cv_str(ctrend_claims_explanation, cl, i); p && *p; ++p) {
        if (p[0] == '`' && p[1] == '`' && p[2] == '`') { /* cannot close the fence */
            fputs("'''", fp);
            p += 2;
        } else
            fputc(*p, fp);
    }
    fputs("```\n", fp);
    size_t cvn = 0;
    char *cv = caveats_text(cl, i, nt, md_li, &cvn);
    if (cv && cvn) fprintf(fp, "\nCaveats:\n\n%s", cv);
    free(cv);
}

/* The figure of claim i as dir/NAME.svg (names[i], as `check --figures` makes it: equal
 * names get -2, -3, ...), linked as rel/NAME.svg. Returns 0 or -1 (message printed). */
static int md_figure(FILE *fp, const ctrend_claims *cl, size_t i, const report_input *in,
                     const char *dir, const char *rel, char (*names)[256])
{
    check_figure_name(cl, i, names);
    char fpath[8192], alt[2048];
    snprintf(fpath, sizeof fpath, "%s/%s.svg", dir, names[i]);
    if (check_claim_figure(cl, i, in->all, in->data, fpath, CTREND_FIGURE_SVG) != 0) return -1;
    figure_alt(cl, i, in->all, alt, sizeof alt);
    fputs("\n![", fp);
    md_text(fp, alt);
    fprintf(fp, "](%s/%s.svg)\n", rel, names[i]);
    return 0;
}

/* The section of a record that does not parse. */
static void md_invalid(FILE *fp, const report_invalid *x)
{
    fputs("\n## ", fp);
    md_text(fp, *x->id ? x->id : "(no id)");
    fprintf(fp, " — %s **%s**\n\n> ", vc_symbol[VC_INVALID], vc_label[VC_INVALID]);
    md_text(fp, x->quote);
    fputs("\n\nThis record of the claims file does not parse, so it was not checked: ", fp);
    md_text(fp, x->msg);
    fputs("\n", fp);
}

static int write_md(FILE *fp, const char *path, const ctrend_claims *cl, const report_input *in,
                    const notes *nt, const size_t counts[VC_N])
{
    const size_t n = ctrend_claims_count(cl);
    char dir[4096], rel[4096];
    md_fig_dir(path, dir, sizeof dir, rel, sizeof rel);
    const int figs = plot_available();
    if (figs && check_make_dirs(dir) != 0) {
        fprintf(stderr, "ctrend check: --report: cannot create directory '%s': %s\n", dir,
                strerror(errno));
        return -1;
    }
    md_head(fp, cl, in, counts);
    char(*names)[256] = calloc(n ? n : 1, sizeof *names);
    if (!names) return -1;
    int rc = 0;
    for (size_t i = 0; i < n && !rc; ++i) {
        md_claim(fp, cl, i, in, nt);
        if (figs) rc = md_figure(fp, cl, i, in, dir, rel, names);
    }
    free(names);
    for (size_t k = 0; k < in->n_invalid && !rc; ++k) md_invalid(fp, &in->invalid[k]);
    fprintf(fp, "\n---\n\nMade with ctrend %s. A missing month is never read as zero.\n", ctrend_version_string());
    return rc;
}

/* Is the line at p a record's "[id]" line (blanks before the bracket allowed)? */
static int record_head(const char *p)
{
    while (*p == ' ' || *p == '\t') ++p;
    return *p == '[';
}

/* The record of buf holding its line `line` (1-based): *start its "[id]" line (NULL when the
 * line comes before any record), *end the next record's "[id]" line or the end of buf. */
static void record_span(char *buf, int line, char **start, char **end)
{
    char *p = buf;
    *start = NULL;
    for (int k = 1; *p && k <= line; ++k) {
        if (record_head(p)) *start = p;
        char *e = strchr(p, '\n');
        p = e ? e + 1 : p + strlen(p);
    }
    if (!*start) return;
    char *q = strchr(*start, '\n');
    q = q ? q + 1 : *start + strlen(*start);
    while (*q && !record_head(q)) {
        char *e = strchr(q, '\n');
        q = e ? e + 1 : q + strlen(q);
    }
    *end = q;
}

/* The value of the record's `quote =` line, [start, end), into out (cap bytes; the last one
 * when there are several; out untouched when there is none). */
static void record_quote(const char *start, const char *end, char *out, size_t cap)
{
    for (const char *q = start; q < end;) {
        const char *e = memchr(q, '\n', (size_t)(end - q));
        const size_t n = e ? (size_t)(e - q) : (size_t)(end - q);
        const char *s = q;
        while (s < q + n && (*s == ' ' || *s == '\t')) ++s;
        if (!strncmp(s, "quote", 5)) {
            const char *v = s + 5;
            while (v < q + n && (*v == ' ' || *v == '\t')) ++v;
            if (v < q + n && *v == '=') {
                ++v;
                while (v < q + n && (*v == ' ' || *v == '\t')) ++v;
                snprintf(out, cap, "%.*s", (int)(q + n - v), v);
            }
        }
        q = e ? e + 1 : end;
    }
}

int report_parse_lenient(const char *text, size_t len, const char *name, ctrend_claims **out,
                         report_invalid **inv, size_t *n_inv)
{
    *out = NULL;
    *inv = NULL;
    *n_inv = 0;
    char *buf = malloc(len + 1);
    if (!buf) return CTREND_ENOMEM;
    memcpy(buf, text, len);
    buf[len] = '\0';
    size_t cap = 0;
    for (;;) {
        ctrend_claims *cl = NULL;
        const int rc = ctrend_claims_parse_lenient(buf, strlen(buf), name, &cl, NULL);
        if (rc != CTREND_OK || ctrend_claims_n_errors(cl) == 0) {
            free(buf);
            *out = cl;
            return rc;
        }
        ctrend_error first;
        (void)ctrend_claims_error(cl, &first);
        report_invalid one;
        memset(&one, 0, sizeof one);
        snprintf(one.msg, sizeof one.msg, "%s", ctrend_claims_errmsg(cl));
        snprintf(one.id, sizeof one.id, "%.127s", first.key); /* ids longer than 127 bytes are cut */
        /* the record holding the error: from its "[id]" line to the next record */
        char *start, *end;
        record_span(buf, (int)first.line, &start, &end);
        if (!start) { /* before any record: nothing to set aside */
            *out = cl;
            free(buf);
            return CTREND_EPARSE;
        }
        ctrend_claims_free(cl);
        /* its quote, then blank every byte of it but the newlines (line numbers stay) */
        record_quote(start, end, one.quote, sizeof one.quote);
        for (char *q = start; q < end; ++q)
            if (*q != '\n') *q = ' ';
        *start = '#';
        if (*n_inv == cap) {
            cap = cap ? 2 * cap : 8;
            report_invalid *ni = realloc(*inv, cap * sizeof *ni);
            if (!ni) {
                free(buf);
                return CTREND_ENOMEM;
            }
            *inv = ni;
        }
        (*inv)[(*n_inv)++] = one;
    }
}

int report_write(const char *path, int format, const ctrend_claims *cl, const report_input *in)
{
    size_t counts[VC_N] = {0};
    for (size_t i = 0; i < ctrend_claims_count(cl); ++i) ++counts[verdict_class(cv_int(ctrend_claims_verdict, cl, i, CTREND_VERDICT_UNCHECKED))];
    counts[VC_INVALID] += in->n_invalid;
    notes nt;
    notes_read(in->claims_path, cl, &nt);
    /* a page that did not exist is registered before it is created: Ctrl-C while the
     * figures render removes it instead of leaving a partial page (bin/progress.c) */
    cli_interrupt_hold(1);
    const int pushed = access(path, F_OK) != 0 && cli_interrupt_temp(path) == 0;
    FILE *fp = fopen(path, "w");
    const int open_errno = errno;
    cli_interrupt_hold(0);
    if (!fp) {
        if (pushed) cli_interrupt_temp(NULL);
        fprintf(stderr, "ctrend check: --report: cannot write '%s': %s\n", path, strerror(open_errno));
        notes_free(&nt);
        return -1;
    }
    int rc = format == REPORT_HTML ? write_html(fp, cl, in, &nt, counts) : write_md(fp, path, cl, in, &nt, counts);
    if (fclose(fp) != 0 && !rc) {
        fprintf(stderr, "ctrend check: --report: error writing '%s': %s\n", path, strerror(errno));
        rc = -1;
    }
    if (pushed) cli_interrupt_temp(NULL); /* finished: an interrupt from here keeps it */
    notes_free(&nt);
    return rc;
}
