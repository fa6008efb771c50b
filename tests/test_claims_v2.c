/*
 * test_claims_v2.c — claims v2 (issue 16, and the claims items of issues 11 and 18): the eight
 * defects with their quoted reproductions, quoted names, messages, the new forms (share,
 * record in a period, rank, calendar periods, slightly/sharply), real-report habits
 * (vintages and `as of`, rounding, define) and the docs/claims.md examples run as claims.
 * Every expected figure is worked out by hand in the comment next to it.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "ctrend.h"
#include "test_util.h"
#include "utf8_check.h"

#define SUP CTREND_VERDICT_SUPPORTED
#define CON CTREND_VERDICT_CONTRADICTED
#define UNV CTREND_VERDICT_UNVERIFIABLE
#define INV CTREND_VERDICT_INVALID

static int32_t M(int y, int m)
{
    int32_t v = 0;
    assert_int_equal(ctrend_month_make(y, m, &v), CTREND_OK);
    return v;
}

static void put(ctrend_frame *f, const char *g, const char *r, const char *met, int y, int m, double v)
{
    size_t idx;
    assert_int_equal(ctrend_frame_add_series(f, g, r, met, &idx), CTREND_OK);
    assert_int_equal(ctrend_frame_set(f, idx, M(y, m), v), CTREND_OK);
}

static ctrend_frame *new_frame(void)
{
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_frame_new(&f), CTREND_OK);
    return f;
}

/* Parse a whole file (must parse cleanly). */
static ctrend_claims *parse_ok(const char *text)
{
    ctrend_claims *c = NULL;
    const int rc = ctrend_claims_parse(text, strlen(text), "t.claims", &c);
    if (rc != CTREND_OK) print_error("parse: %s\n", ctrend_claims_errmsg(c));
    assert_int_equal(rc, CTREND_OK);
    return c;
}

/* One claim line (with optional extra record lines), checked on f: verdict, and the note and
 * explanation copied into the caller's buffers when given. */
static int check1(const ctrend_frame *f, const char *line, const char *extra, char *note, size_t ncap)
{
    char buf[2048];
    snprintf(buf, sizeof buf, "%s[c]\nquote = q\nclaim = %s\n", extra ? extra : "", line);
    ctrend_claims *c = parse_ok(buf);
    assert_int_equal(ctrend_claims_count(c), 1);
    assert_int_equal(ctrend_claims_check(c, f), CTREND_OK);
    const int v = ctrend_claims_verdict(c, 0);
    if (note) snprintf(note, ncap, "%s", ctrend_claims_note(c, 0));
    ctrend_claims_free(c);
    return v;
}

static double fig1(const ctrend_frame *f, const char *line, int which)
{
    char buf[1024];
    snprintf(buf, sizeof buf, "[c]\nclaim = %s\n", line);
    ctrend_claims *c = parse_ok(buf);
    assert_int_equal(ctrend_claims_check(c, f), CTREND_OK);
    double v = 0;
    assert_int_equal(ctrend_claims_figure(c, 0, which, &v), CTREND_OK);
    ctrend_claims_free(c);
    return v;
}

/* The parse error of a one-record file: its message (copied). */
static void parse_err(const char *line, char *msg, size_t cap, int *col)
{
    char buf[1024];
    snprintf(buf, sizeof buf, "[c]\nclaim = %s\n", line);
    ctrend_claims *c = NULL;
    assert_int_equal(ctrend_claims_parse(buf, strlen(buf), "t.claims", &c), CTREND_EPARSE);
    snprintf(msg, cap, "%s", ctrend_claims_errmsg(c));
    if (col) *col = ctrend_claims_error_column(c);
    assert_true(test_utf8_ok(ctrend_claims_errmsg(c), 1));
    ctrend_claims_free(c);
}

#define assert_has(hay, needle)                                                               \
    do {                                                                                      \
        if (!strstr((hay), (needle))) {                                                       \
            print_error("'%s' not in '%.300s'\n", (needle), (hay));                           \
            fail();                                                                           \
        }                                                                                     \
    } while (0)

/* ---- defects 1 and 2 -------------------------------------------------------------------- */

static void test_ratio_with_direction(void **state)
{
    (void)state;
    ctrend_frame *f = new_frame();
    put(f, "G", "", "n", 2022, 1, 10);
    put(f, "G", "", "n", 2022, 2, 20);
    put(f, "G", "", "n", 2022, 3, 25);
    put(f, "G", "", "n", 2022, 4, 5);
    /* #1 "change ... vs 2022-02 up 2x" was rejected. Feb 20 vs Jan 10: ratio 2 -> "up 2x" holds */
    assert_int_equal(check1(f, "change G/n in 2022-02 vs 2022-01 up 2x", NULL, NULL, 0), SUP);
    /* Mar 25 vs Jan 10: 2.5, rounds (half away from zero) to 3, not 2 */
    assert_int_equal(check1(f, "change G/n in 2022-03 vs 2022-01 up 2x", NULL, NULL, 0), CON);
    assert_int_equal(check1(f, "change G/n in 2022-03 vs 2022-01 up more than 2x", NULL, NULL, 0), SUP);
    /* "down 4x": Apr 5 vs Feb 20 is 1/4, so the fall is 4-fold; 5 vs 25 is 5-fold */
    assert_int_equal(check1(f, "change G/n in 2022-04 vs 2022-02 down 4x", NULL, NULL, 0), SUP);
    assert_close(fig1(f, "change G/n in 2022-04 vs 2022-03 down 4x", CTREND_CLAIMS_COMPUTED), 5, 1e-12, 0);
    /* "up 2x" for a fall (Apr 5 vs Jan 10: 0.5) fails */
    assert_int_equal(check1(f, "change G/n in 2022-04 vs 2022-01 up 2x", NULL, NULL, 0), CON);
    char msg[400];
    parse_err("change G/n in 2022-04 vs 2022-01 up 0x", msg, sizeof msg, NULL);
    assert_has(msg, "a ratio is positive");
    ctrend_frame_free(f);
}

static void test_range_vs_previous(void **state)
{
    (void)state;
    /* #2 "change ... over 2023-01..2023-05 vs previous 6 up 18%" was rejected. Base: the 6
     * months before 2023-01, 2022-07..2022-12, 10 each (mean 10/month); target 2023-01..05:
     * 11, 12, 12, 12, 12 = 59, mean 11.8/month: 100 (11.8/10 - 1) = +18%. */
    ctrend_frame *f = new_frame();
    for (int m = 7; m <= 12; m++) put(f, "X", "", "attacks", 2022, m, 10);
    const double t[] = {11, 12, 12, 12, 12};
    for (int m = 1; m <= 5; m++) put(f, "X", "", "attacks", 2023, m, t[m - 1]);
    const char *line = "change X/attacks over 2023-01..2023-05 vs previous 6 up 18%";
    assert_int_equal(check1(f, line, NULL, NULL, 0), SUP);
    assert_close(fig1(f, line, CTREND_CLAIMS_COMPUTED), 18, 1e-12, 0);
    assert_int_equal(check1(f, "change X/attacks over 2023-01..2023-05 vs previous 6 up 20%", NULL, NULL, 0), CON);
    char buf[200];
    snprintf(buf, sizeof buf, "[c]\nclaim = %s\n", line);
    ctrend_claims *c = parse_ok(buf);
    int32_t a, b;
    assert_int_equal(ctrend_claims_base(c, 0, &a, &b), CTREND_OK);
    assert_int_equal(a, M(2022, 7));
    assert_int_equal(b, M(2022, 12));
    ctrend_claims_free(c);
    /* one base month missing: unverifiable, and the change against the 5 months present
     * (mean 10) is still shown: +18.0% */
    ctrend_frame *g = new_frame();
    for (int m = 8; m <= 12; m++) put(g, "X", "", "attacks", 2022, m, 10);
    for (int m = 1; m <= 5; m++) put(g, "X", "", "attacks", 2023, m, t[m - 1]);
    c = parse_ok(buf);
    assert_int_equal(ctrend_claims_check(c, g), CTREND_OK);
    assert_int_equal(ctrend_claims_verdict(c, 0), UNV);
    assert_has(ctrend_claims_explanation(c, 0), "versus the months present alone (2022-08, 2022-09, "
                                                "2022-10, 2022-11, 2022-12): 11.8 vs mean 10: +18.0%");
    ctrend_claims_free(c);
    ctrend_frame_free(f);
    ctrend_frame_free(g);
}

/* ---- defect 3: comments after content; the docs' File syntax block ------------------------ */

static void test_trailing_comments(void **state)
{
    (void)state;
    /* #3 "4:19: text after ']'": the docs' block, copied as written */
    const char *t = "# comment (also ';')\n"
                    "source = 004_9b6637ebe242a1f9.txt          # default source for the records below\n"
                    "\n"
                    "[ttp-feb-vs-prev2]                           # record id: letters, digits, - _ . :\n"
                    "quote  = Claimed attacks by TTP were down by more than 50% in February as compared to the previous 2 months.\n"
                    "tolerance = 5%                               # optional\n"
                    "claim  = change TTP/attacks in 2022-02 vs previous 2 down more than 50%  # the claim\n"
                    "[q]\nquote = TTP is the #1 threat # not a comment inside a quote\n"
                    "claim = value TTP/attacks in 2022-02 = 22\n";
    ctrend_claims *c = parse_ok(t);
    assert_int_equal(ctrend_claims_count(c), 2);
    assert_string_equal(ctrend_claims_source(c, 0), "004_9b6637ebe242a1f9.txt");
    assert_string_equal(ctrend_claims_text(c, 0), "change TTP/attacks in 2022-02 vs previous 2 down more than 50%");
    assert_string_equal(ctrend_claims_quote(c, 1), "TTP is the #1 threat # not a comment inside a quote");
    ctrend_claims_free(c);
}

/* ---- defect 4: zero bases ------------------------------------------------------------------ */

static void test_zero_bases(void **state)
{
    (void)state;
    ctrend_frame *f = new_frame();
    put(f, "X", "", "n", 2022, 4, 0);
    put(f, "X", "", "n", 2022, 5, 0);
    put(f, "X", "", "n", 2022, 6, 5);
    char note[300];
    /* #4 "change X in 2022-05 vs 2022-04 0%" with both months 0 was CONTRADICTED with a NaN:
     * 0 vs 0 is no change: 0%, ratio 1, SUPPORTED, and the note says how it was read */
    assert_int_equal(check1(f, "change X/n in 2022-05 vs 2022-04 0%", NULL, note, sizeof note), SUP);
    assert_has(note, "0 in both periods: read as no change (0%, ratio 1)");
    assert_close(fig1(f, "change X/n in 2022-05 vs 2022-04 0%", CTREND_CLAIMS_COMPUTED), 0, 0, 0);
    assert_close(fig1(f, "change X/n in 2022-05 vs 2022-04 0%", CTREND_CLAIMS_RATIO), 1, 0, 0);
    /* ... so any claimed rise from 0 to 0 is contradicted */
    assert_int_equal(check1(f, "change X/n in 2022-05 vs 2022-04 up 10%", NULL, NULL, 0), CON);
    /* 5 against a zero base: no finite change. "more than doubled" from 0 was SUPPORTED (ratio
     * inf > 2); now UNVERIFIABLE with the reason, and a claimed fall is CONTRADICTED */
    assert_int_equal(check1(f, "change X/n in 2022-06 vs 2022-05 more than doubled", NULL, note, sizeof note), UNV);
    assert_has(note, "the base is 0, so the relative change is undefined");
    assert_int_equal(check1(f, "change X/n in 2022-06 vs 2022-05 up more than 100%", NULL, NULL, 0), UNV);
    assert_int_equal(check1(f, "change X/n in 2022-06 vs 2022-05 down 50%", NULL, note, sizeof note), CON);
    assert_has(note, "it rose from a zero base, so it did not fall");
    assert_nan(fig1(f, "change X/n in 2022-06 vs 2022-05 up 100%", CTREND_CLAIMS_COMPUTED));
    ctrend_frame_free(f);
}

/* ---- defect 5: trends with a missing month --------------------------------------------- */

static void test_trend_missing_month(void **state)
{
    (void)state;
    /* six months 2022-01..06, March missing: 20, 16, -, 12, 10, 8 (falling). The rule: a trend
     * is fitted on the months present (at least 3) and the note says so. */
    ctrend_frame *f = new_frame();
    const double y[] = {20, 16, NAN, 12, 10, 8};
    for (int m = 1; m <= 6; m++)
        if (!isnan(y[m - 1])) put(f, "X", "", "n", 2022, m, y[m - 1]);
    char note[300];
    assert_int_equal(check1(f, "trend X/n over 2022-01..2022-06 increasing", NULL, note, sizeof note), CON);
    assert_string_equal(note, "fitted on 5 of 6 months, left out (missing): X/n 2022-03");
    assert_int_equal(check1(f, "trend X/n over 2022-01..2022-06 decreasing", NULL, note, sizeof note), SUP);
    assert_has(note, "fitted on 5 of 6 months, left out (missing): X/n 2022-03");
    ctrend_frame_free(f);
}

/* ---- defect 6: the deciding caveat of the bound is in the note ------------------------------ */

static void test_bound_notes(void **state)
{
    (void)state;
    ctrend_frame *f = new_frame();
    put(f, "G", "", "a", 2022, 1, 10);
    char note[300];
    /* G/a + G/b = 5 with G/a = 10: no G/b >= 0 makes it hold; said in the note, not only in
     * the explanation */
    assert_int_equal(check1(f, "value G/a + G/b in 2022-01 = 5", NULL, note, sizeof note), UNV);
    assert_string_equal(note, "missing G/b 2022-01; no value of it in 0..100000 makes the claim hold");
    /* "at least 5": holds whatever G/b is */
    assert_int_equal(check1(f, "value G/a + G/b in 2022-01 at least 5", NULL, note, sizeof note), UNV);
    assert_string_equal(note, "missing G/b 2022-01; the claim holds whatever it is (0..100000)");
    /* "= 12": G/b must be 2 */
    assert_int_equal(check1(f, "value G/a + G/b in 2022-01 = 12", NULL, note, sizeof note), UNV);
    assert_string_equal(note, "holds only if G/b 2022-01 = 2");
    ctrend_frame_free(f);
}

/* ---- defect 7: the docs name the CLI's columns -------------------------------------------- */

static void test_docs_columns(void **state)
{
    (void)state;
    size_t len;
    char *doc = ctrend_test_slurp("docs/claims.md", &len);
    assert_non_null(doc);
    /* the same names, in the same order, as bin/cmd_check.c prints them (golden:
     * tests/cli/cases/check_seed004_csv/stdout) */
    assert_has(doc, "id, verdict, computed, quoted, rate_ratio, ci_low, ci_high, p_change, p_threshold");
    assert_null(strstr(doc, "p_value ("));
    free(doc);
    char *gold = ctrend_test_slurp("tests/cli/cases/check_seed004_csv/stdout", &len);
    assert_non_null(gold);
    const char *header = "id,verdict,computed,quoted,rate_ratio,ci_low,ci_high,p_change,p_threshold,note\n";
    assert_true(!strncmp(gold, header, strlen(header)));
    free(gold);
}

/* ---- defect 8: one bad line never blanks the file ---------------------------------------- */

static void test_invalid_claim_kept(void **state)
{
    (void)state;
    const char *t = "[a]\nclaim = value G/n in 2022-01 = 10\n"
                    "[b]\nquote = bad\nclaim = value G/n in Jan 2022 = 10\n"
                    "[c]\nclaim = value G/n in 2022-01 = 11\n"
                    "[d e]\nclaim = value G/n in 2022-01 = 10\n"
                    "[f]\nclaim = value G/n in 2022-01 at least 10\n";
    ctrend_claims *c = NULL;
    assert_int_equal(ctrend_claims_parse(t, strlen(t), "t.claims", &c), CTREND_EPARSE);
    assert_int_equal(ctrend_claims_count(c), 5);
    assert_int_equal(ctrend_claims_n_errors(c), 2);
    assert_int_equal(ctrend_claims_n_invalid(c), 2);
    /* the first error: line 5, "Jan" at column 22 of "claim = value G/n in Jan 2022 = 10" */
    assert_int_equal(ctrend_claims_error_line(c), 5);
    assert_int_equal(ctrend_claims_error_column(c), 22);
    int l = 0, k = 0;
    assert_non_null(ctrend_claims_claim_error(c, 1, &l, &k));
    assert_int_equal(l, 5);
    assert_int_equal(k, 22);
    assert_has(ctrend_claims_claim_error(c, 1, NULL, NULL), "t.claims:5:22: [b] expected a month");
    /* "[d e]": the space at column 3 of line 8 */
    assert_has(ctrend_claims_claim_error(c, 3, &l, &k), "t.claims:8:3: record ids use");
    assert_null(ctrend_claims_claim_error(c, 0, NULL, NULL));
    assert_int_equal(ctrend_claims_verdict(c, 1), INV);
    ctrend_frame *f = new_frame();
    put(f, "G", "", "n", 2022, 1, 10);
    assert_int_equal(ctrend_claims_check(c, f), CTREND_OK);
    assert_int_equal(ctrend_claims_verdict(c, 0), SUP);
    assert_int_equal(ctrend_claims_verdict(c, 1), INV);
    assert_int_equal(ctrend_claims_verdict(c, 2), CON);
    assert_int_equal(ctrend_claims_verdict(c, 3), INV);
    assert_int_equal(ctrend_claims_verdict(c, 4), SUP);
    assert_string_equal(ctrend_claims_verdict_name(INV), "INVALID");
    assert_has(ctrend_claims_note(c, 1), "[b] expected a month");
    assert_has(ctrend_claims_explanation(c, 1), "INVALID: t.claims:5:22");
    int32_t a, b;
    assert_int_equal(ctrend_claims_target(c, 1, &a, &b), CTREND_EPARSE);
    size_t s, n, u;
    /* the exit status still says something is wrong: 3 (one contradicted), and INVALID is
     * counted with the unverifiable */
    assert_int_equal(ctrend_claims_summary(c, &s, &n, &u), CTREND_CLAIMS_EXIT_CONTRADICTED);
    assert_int_equal(s, 2);
    assert_int_equal(n, 1);
    assert_int_equal(u, 2);
    ctrend_claims_free(c);
    /* all supported but one invalid: 4, not 0 */
    const char *t2 = "[a]\nclaim = value G/n in 2022-01 = 10\n[b]\nclaim = valu G/n in 2022-01 = 10\n";
    assert_int_equal(ctrend_claims_parse(t2, strlen(t2), "t.claims", &c), CTREND_EPARSE);
    assert_int_equal(ctrend_claims_check(c, f), CTREND_OK);
    assert_int_equal(ctrend_claims_summary(c, NULL, NULL, NULL), CTREND_CLAIMS_EXIT_UNVERIFIABLE);
    ctrend_claims_free(c);
    ctrend_frame_free(f);
}

/* ---- names (issue 11) and messages (issue 18) ----------------------------------------------- */

static void test_quoted_names(void **state)
{
    (void)state;
    ctrend_frame *f = new_frame();
    put(f, "Tehreek-i-Taliban Pakistan (TTP)", "", "events", 2022, 3, 12);
    put(f, "A/B", "Khyber Pakhtunkhwa", "deaths (all)", 2022, 3, 4);
    put(f, "", "", "events_all", 2022, 3, 30); /* a wide file's column: empty group */
    assert_int_equal(check1(f, "value \"Tehreek-i-Taliban Pakistan (TTP)\"/events in 2022-03 = 12", NULL, NULL, 0), SUP);
    assert_int_equal(check1(f, "value \"A/B\"/\"deaths (all)\"/\"Khyber Pakhtunkhwa\" in 2022-03 = 4", NULL, NULL, 0), SUP);
    assert_int_equal(check1(f, "value \"\"/events_all in 2022-03 = 30", NULL, NULL, 0), SUP);
    /* 12 + 30 = 42 */
    assert_int_equal(check1(f, "value \"Tehreek-i-Taliban Pakistan (TTP)\"/events + \"\"/events_all in 2022-03 = 42", NULL, NULL, 0), SUP);
    ctrend_claims *c = parse_ok("[c]\nclaim = value \"A/B\"/\"deaths (all)\"/\"Khyber Pakhtunkhwa\" in 2022-03 = 4\n");
    assert_string_equal(ctrend_claims_term_group(c, 0, 0), "A/B");
    assert_string_equal(ctrend_claims_term_metric(c, 0, 0), "deaths (all)");
    assert_string_equal(ctrend_claims_term_region(c, 0, 0), "Khyber Pakhtunkhwa");
    ctrend_claims_free(c);
    char msg[400];
    parse_err("value \"TTP/attacks in 2022-03 = 1", msg, sizeof msg, NULL);
    assert_has(msg, "unterminated quote");
    parse_err("value \"\"/\"\" in 2022-03 = 1", msg, sizeof msg, NULL);
    assert_has(msg, "an empty group is written \"\"");
    ctrend_frame_free(f);
}

static void test_messages(void **state)
{
    (void)state;
    char msg[400];
    int col = 0;
    /* a sign outside ASCII is named whole (it was cut after its first byte): U+2260 */
    parse_err("value G/n in 2022-01 \xe2\x89\xa0 5", msg, sizeof msg, &col);
    assert_has(msg, "unexpected character '\xe2\x89\xa0'");
    assert_int_equal(col, 30); /* "claim = " is 8 columns; the sign starts at byte 22 + 8 */
    /* U+2265 and U+2264 are comparators now */
    ctrend_frame *f = new_frame();
    put(f, "G", "", "n", 2022, 1, 10);
    assert_int_equal(check1(f, "value G/n in 2022-01 \xe2\x89\xa5 10", NULL, NULL, 0), SUP);
    assert_int_equal(check1(f, "value G/n in 2022-01 \xe2\x89\xa4 9", NULL, NULL, 0), CON);
    /* "1e308%" was "got '1'"; a 44-digit percentage was accepted */
    parse_err("change G/n in 2022-02 vs 2022-01 up 1e308%", msg, sizeof msg, NULL);
    assert_has(msg, "no exponent), got '1e308%'");
    parse_err("change G/n in 2022-02 vs 2022-01 up 12345678901234567890123456789012345678901234%", msg,
              sizeof msg, NULL);
    assert_has(msg, "a number of at most 15 digits");
    /* CR-only line ends (old Mac files) were one line: "text after ']'" */
    const char *cr = "[a]\rclaim = value G/n in 2022-01 = 10\r[b]\rclaim = value G/n in 2022-01 = 9\r";
    ctrend_claims *c = parse_ok(cr);
    assert_int_equal(ctrend_claims_count(c), 2);
    assert_int_equal(ctrend_claims_line(c, 1), 4);
    ctrend_claims_free(c);
    /* CRLF too */
    c = parse_ok("[a]\r\nclaim = value G/n in 2022-01 = 10\r\n[b]\r\nclaim = value G/n in 2022-01 = 9\r\n");
    assert_int_equal(ctrend_claims_line(c, 1), 4);
    ctrend_claims_free(c);
    ctrend_frame_free(f);
}

/* Duplicate ids through the hash set: the second is INVALID and names the first's line. */
static void test_duplicate_ids(void **state)
{
    (void)state;
    char t[4096] = "";
    for (int k = 0; k < 50; k++) {
        char r[80];
        snprintf(r, sizeof r, "[id%d]\nclaim = value G/n in 2022-01 = 1\n", k % 40);
        strcat(t, r);
    }
    ctrend_claims *c = NULL;
    assert_int_equal(ctrend_claims_parse(t, strlen(t), "t.claims", &c), CTREND_EPARSE);
    assert_int_equal(ctrend_claims_count(c), 50);
    assert_int_equal(ctrend_claims_n_invalid(c), 10); /* ids 0..9 repeated once each */
    /* record 40 = "[id0]" again at line 81; the first [id0] has its claim on line 2 */
    assert_has(ctrend_claims_claim_error(c, 40, NULL, NULL), "t.claims:81:2: [id0] duplicate record id (first at line 2)");
    size_t i;
    assert_int_equal(ctrend_claims_find(c, "id0", &i), CTREND_OK);
    assert_int_equal(i, 0);
    ctrend_claims_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ratio_with_direction),
        cmocka_unit_test(test_range_vs_previous),
        cmocka_unit_test(test_trailing_comments),
        cmocka_unit_test(test_zero_bases),
        cmocka_unit_test(test_trend_missing_month),
        cmocka_unit_test(test_bound_notes),
        cmocka_unit_test(test_docs_columns),
        cmocka_unit_test(test_invalid_claim_kept),
        cmocka_unit_test(test_quoted_names),
        cmocka_unit_test(test_messages),
        cmocka_unit_test(test_duplicate_ids),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
