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
#include "claims_test_util.h"
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
    const int rc = cq_parse(text, strlen(text), "t.claims", &c);
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
    assert_int_equal(cq_check(c, f), CTREND_OK);
    const int v = cq_verdict(c, 0);
    if (note) snprintf(note, ncap, "%s", cq_note(c, 0));
    ctrend_claims_free(c);
    return v;
}

static double fig1(const ctrend_frame *f, const char *line, int which)
{
    char buf[1024];
    snprintf(buf, sizeof buf, "[c]\nclaim = %s\n", line);
    ctrend_claims *c = parse_ok(buf);
    assert_int_equal(cq_check(c, f), CTREND_OK);
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
    assert_int_equal(cq_parse(buf, strlen(buf), "t.claims", &c), CTREND_EPARSE);
    snprintf(msg, cap, "%s", ctrend_claims_errmsg(c));
    if (col) *col = cq_error_column(c);
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
    assert_int_equal(cq_check(c, g), CTREND_OK);
    assert_int_equal(cq_verdict(c, 0), UNV);
    assert_has(cq_explanation(c, 0), "versus the months present alone (2022-08, 2022-09, "
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
    assert_string_equal(cq_source(c, 0), "004_9b6637ebe242a1f9.txt");
    assert_string_equal(cq_text(c, 0), "change TTP/attacks in 2022-02 vs previous 2 down more than 50%");
    assert_string_equal(cq_quote(c, 1), "TTP is the #1 threat # not a comment inside a quote");
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
    assert_int_equal(cq_parse(t, strlen(t), "t.claims", &c), CTREND_EPARSE);
    assert_int_equal(ctrend_claims_count(c), 5);
    assert_int_equal(ctrend_claims_n_errors(c), 2);
    assert_int_equal(ctrend_claims_n_invalid(c), 2);
    /* the first error: line 5, "Jan" at column 22 of "claim = value G/n in Jan 2022 = 10" */
    assert_int_equal(cq_error_line(c), 5);
    assert_int_equal(cq_error_column(c), 22);
    int l = 0, k = 0;
    assert_non_null(ctrend_claims_claim_error(c, 1, &l, &k));
    assert_int_equal(l, 5);
    assert_int_equal(k, 22);
    assert_has(ctrend_claims_claim_error(c, 1, NULL, NULL), "t.claims:5:22: [b] expected a month");
    /* "[d e]": the space at column 3 of line 8 */
    assert_has(ctrend_claims_claim_error(c, 3, &l, &k), "t.claims:8:3: record ids use");
    assert_null(ctrend_claims_claim_error(c, 0, NULL, NULL));
    assert_int_equal(cq_verdict(c, 1), INV);
    ctrend_frame *f = new_frame();
    put(f, "G", "", "n", 2022, 1, 10);
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(cq_verdict(c, 0), SUP);
    assert_int_equal(cq_verdict(c, 1), INV);
    assert_int_equal(cq_verdict(c, 2), CON);
    assert_int_equal(cq_verdict(c, 3), INV);
    assert_int_equal(cq_verdict(c, 4), SUP);
    assert_string_equal(ctrend_claims_verdict_name(INV), "INVALID");
    assert_has(cq_note(c, 1), "[b] expected a month");
    assert_has(cq_explanation(c, 1), "INVALID: t.claims:5:22");
    int32_t a, b;
    assert_int_equal(ctrend_claims_target(c, 1, &a, &b), CTREND_EPARSE);
    size_t s, n, u;
    /* the exit status still says something is wrong: 3 (one contradicted), and INVALID is
     * counted with the unverifiable */
    assert_int_equal(cq_summary(c, &s, &n, &u), CQ_EXIT_CONTRADICTED);
    assert_int_equal(s, 2);
    assert_int_equal(n, 1);
    assert_int_equal(u, 2);
    ctrend_claims_free(c);
    /* all supported but one invalid: 4, not 0 */
    const char *t2 = "[a]\nclaim = value G/n in 2022-01 = 10\n[b]\nclaim = valu G/n in 2022-01 = 10\n";
    assert_int_equal(cq_parse(t2, strlen(t2), "t.claims", &c), CTREND_EPARSE);
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(cq_summary(c, NULL, NULL, NULL), CQ_EXIT_UNVERIFIABLE);
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
    assert_string_equal(cq_term_group(c, 0, 0), "A/B");
    assert_string_equal(cq_term_metric(c, 0, 0), "deaths (all)");
    assert_string_equal(cq_term_region(c, 0, 0), "Khyber Pakhtunkhwa");
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
    assert_int_equal(cq_line(c, 1), 4);
    ctrend_claims_free(c);
    /* CRLF too */
    c = parse_ok("[a]\r\nclaim = value G/n in 2022-01 = 10\r\n[b]\r\nclaim = value G/n in 2022-01 = 9\r\n");
    assert_int_equal(cq_line(c, 1), 4);
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
    assert_int_equal(cq_parse(t, strlen(t), "t.claims", &c), CTREND_EPARSE);
    assert_int_equal(ctrend_claims_count(c), 50);
    assert_int_equal(ctrend_claims_n_invalid(c), 10); /* ids 0..9 repeated once each */
    /* record 40 = "[id0]" again at line 81; the first [id0] has its claim on line 2 */
    assert_has(ctrend_claims_claim_error(c, 40, NULL, NULL), "t.claims:81:2: [id0] duplicate record id (first at line 2)");
    size_t i;
    assert_int_equal(ctrend_claims_find(c, "id0", &i), CTREND_OK);
    assert_int_equal(i, 0);
    ctrend_claims_free(c);
}


/* ---- new forms: share, record in a period, rank, calendar periods, slightly/sharply ------- */

/* PICSS-style data: attacks in KP, Balochistan and the total, 2023-01..06; deaths 2022. */
static const char *skip_g, *skip_r, *skip_m;
static int32_t skip_month = INT32_MIN;

/* put(), except the one cell named by skip_* (left missing) */
static void put_s(ctrend_frame *f, const char *g, const char *r, const char *met, int y, int m, double v)
{
    if (skip_g && !strcmp(g, skip_g) && !strcmp(r, skip_r) && !strcmp(met, skip_m) && M(y, m) == skip_month) {
        size_t idx;
        assert_int_equal(ctrend_frame_add_series(f, g, r, met, &idx), CTREND_OK);
        return;
    }
    put(f, g, r, met, y, m, v);
}

static ctrend_frame *picss_frame_without(const char *g, const char *r, const char *met, int y, int m);

static ctrend_frame *picss_frame(void) { return picss_frame_without(NULL, NULL, NULL, 0, 1); }

static ctrend_frame *picss_frame_without(const char *g, const char *r, const char *met, int y, int m0)
{
    skip_g = g;
    skip_r = r;
    skip_m = met;
    skip_month = g ? M(y, m0) : INT32_MIN;
    ctrend_frame *f = new_frame();
    const double kp[] = {10, 12, 9, 11, 8, 12};   /* sum 62 */
    const double bal[] = {5, 6, 7, 4, 6, 5};      /* sum 33 */
    const double all[] = {16, 19, 17, 16, 15, 17}; /* sum 100 */
    const double h1[] = {30, 40, 35, 20, 25, 28};
    for (int m = 1; m <= 6; m++) {
        put_s(f, "PICSS", "KP", "attacks", 2023, m, kp[m - 1]);
        put_s(f, "PICSS", "BALOCHISTAN", "attacks", 2023, m, bal[m - 1]);
        put_s(f, "PICSS", "", "attacks", 2023, m, all[m - 1]);
        put_s(f, "P2", "", "attacks", 2023, m, h1[m - 1]);
    }
    const double d22[] = {20, 25, 22, 30, 28, 26, 31, 29, 27, 33, 35, 41}; /* Dec highest */
    for (int m = 1; m <= 12; m++) put_s(f, "PICSS", "", "deaths", 2022, m, d22[m - 1]);
    return f;
}

static void test_share(void **state)
{
    (void)state;
    ctrend_frame *f = picss_frame();
    /* "62% of the attacks were in Khyber Pakhtunkhwa": 62 / 100 over 2023-01..06 */
    assert_int_equal(check1(f, "share PICSS/attacks/KP of PICSS/attacks over 2023-01..2023-06 about 62%", NULL, NULL, 0), SUP);
    assert_close(fig1(f, "share PICSS/attacks/KP of PICSS/attacks over 2023-01..2023-06 = 62%", CTREND_CLAIMS_COMPUTED), 62, 1e-12, 0);
    /* about 70%: |62 - 70| = 8 > 10% of 70 = 7 */
    assert_int_equal(check1(f, "share PICSS/attacks/KP of PICSS/attacks over 2023-01..2023-06 about 70%", NULL, NULL, 0), CON);
    /* over the same range as a calendar half: 2023-H1 = 2023-01..06 */
    assert_int_equal(check1(f, "share PICSS/attacks/KP of PICSS/attacks over 2023-H1 = 62%", NULL, NULL, 0), SUP);
    /* March: 9 / 17 = 52.94% -> "53%"; KP + BALOCHISTAN: (9 + 7)/17 = 94.1% */
    assert_int_equal(check1(f, "share PICSS/attacks/KP of PICSS/attacks in 2023-03 = 53%", NULL, NULL, 0), SUP);
    assert_int_equal(check1(f, "share PICSS/attacks/KP + PICSS/attacks/BALOCHISTAN of PICSS/attacks in 2023-03 more than 90%", NULL, NULL, 0), SUP);
    /* a missing month of the total: 62 / (83 + v) = 62% needs 100 * 62 / (83 + v) to round to 62:
     * 61.5 <= 6200 / (83 + v) < 62.5 -> 16.2 < v <= 17.8 -> v = 17 */
    ctrend_frame *g = picss_frame_without("PICSS", "", "attacks", 2023, 6);
    char note[300];
    assert_int_equal(check1(g, "share PICSS/attacks/KP of PICSS/attacks over 2023-H1 = 62%", NULL, note, sizeof note), UNV);
    assert_string_equal(note, "holds only if PICSS/attacks 2023-06 = 17");
    char msg[300];
    parse_err("share PICSS/attacks/KP of PICSS/attacks in 2023-03 = 53", msg, sizeof msg, NULL);
    assert_has(msg, "a percentage (a share: 62%)");
    ctrend_frame_free(g);
    ctrend_frame_free(f);
}

static void test_record_in_period(void **state)
{
    (void)state;
    ctrend_frame *f = picss_frame();
    char note[300];
    /* "the deadliest month of 2022": Dec 41 > every other month (max 35 in Nov) */
    assert_int_equal(check1(f, "record PICSS/deaths in 2022-12 highest in 2022", NULL, NULL, 0), SUP);
    assert_int_equal(check1(f, "record PICSS/deaths in 2022-11 highest in 2022", NULL, NULL, 0), CON);
    /* Nov 35 is the 2nd highest; Jan 20 the lowest; Mar 22 the 2nd lowest (after 20) */
    assert_int_equal(check1(f, "record PICSS/deaths in 2022-11 2nd highest in 2022", NULL, NULL, 0), SUP);
    assert_int_equal(check1(f, "record PICSS/deaths in 2022-01 lowest in 2022", NULL, NULL, 0), SUP);
    assert_int_equal(check1(f, "record PICSS/deaths in 2022-03 second lowest in 2022", NULL, NULL, 0), SUP);
    /* 2023-H1 of P2: 30, 40, 35, 20, 25, 28: March (35) 2nd highest, not 3rd */
    assert_int_equal(check1(f, "record P2/attacks in 2023-03 2nd highest in 2023-H1", NULL, NULL, 0), SUP);
    assert_int_equal(check1(f, "record P2/attacks in 2023-03 3rd highest in 2023-H1", NULL, NULL, 0), CON);
    /* quarters: 2022-Q4 = Oct 33, Nov 35, Dec 41 -> Oct lowest */
    assert_int_equal(check1(f, "record PICSS/deaths in 2022-10 lowest in 2022-Q4", NULL, NULL, 0), SUP);
    /* a tie is not a strict record and the note says with which month: KP Feb 12 = Jun 12 */
    assert_int_equal(check1(f, "record PICSS/attacks/KP in 2023-02 highest in 2023-H1", NULL, note, sizeof note), CON);
    assert_string_equal(note, "tied with 2023-06 (12): not a strict record");
    /* the base months of a record in a period: the period */
    ctrend_claims *c = parse_ok("[c]\nclaim = record P2/attacks in 2023-03 2nd highest in 2023-H1\n");
    int32_t a, b;
    assert_int_equal(ctrend_claims_base(c, 0, &a, &b), CTREND_OK);
    assert_int_equal(a, M(2023, 1));
    assert_int_equal(b, M(2023, 6));
    ctrend_claims_free(c);
    char msg[300];
    parse_err("record P2/attacks in 2023-08 highest in 2023-H1", msg, sizeof msg, NULL);
    assert_has(msg, "the target must lie in the period");
    parse_err("record P2/attacks in 2023-03 7th highest in 2023-H1", msg, sizeof msg, NULL);
    assert_has(msg, "the period has 6 months; no 7th place");
    /* one missing month decides: Dec missing, the rest at most 35 -> Dec >= 36 */
    ctrend_frame *g = picss_frame_without("PICSS", "", "deaths", 2022, 12);
    assert_int_equal(check1(g, "record PICSS/deaths in 2022-12 highest in 2022", NULL, note, sizeof note), UNV);
    assert_string_equal(note, "holds only if PICSS/deaths 2022-12 >= 36");
    /* Nov (35) 2nd highest with Dec missing: Dec must be above 35, i.e. >= 36 too */
    assert_int_equal(check1(g, "record PICSS/deaths in 2022-11 2nd highest in 2022", NULL, note, sizeof note), UNV);
    assert_string_equal(note, "holds only if PICSS/deaths 2022-12 >= 36");
    /* Nov highest: Dec <= 34 */
    assert_int_equal(check1(g, "record PICSS/deaths in 2022-11 highest in 2022", NULL, note, sizeof note), UNV);
    assert_string_equal(note, "holds only if PICSS/deaths 2022-12 <= 34");
    ctrend_frame_free(g);
    ctrend_frame_free(f);
}

static void test_years(void **state)
{
    (void)state;
    /* yearly totals 2015..2022 built from one month each (others 0): 2015 120, 2016 150,
     * 2017 170, 2018 200, 2019 260, 2020 240, 2021 300, 2022 320 */
    ctrend_frame *f = new_frame();
    const double tot[] = {120, 150, 170, 200, 260, 240, 300, 320};
    for (int y = 2015; y <= 2022; y++)
        for (int m = 1; m <= 12; m++) put(f, "X", "", "deaths", y, m, m == 6 ? tot[y - 2015] : 0);
    /* "2022 was the deadliest year since 2018": 320 > 300, 240, 260, 200 */
    assert_int_equal(check1(f, "record X/deaths in 2022 highest in 2018..2022", NULL, NULL, 0), SUP);
    assert_int_equal(check1(f, "record X/deaths in 2019 2nd highest in 2015..2019", NULL, NULL, 0), CON);
    assert_int_equal(check1(f, "record X/deaths in 2018 2nd highest in 2015..2019", NULL, NULL, 0), SUP);
    /* value in a year: the year's total */
    assert_int_equal(check1(f, "value X/deaths in 2019 = 260", NULL, NULL, 0), SUP);
    assert_int_equal(check1(f, "sum X/deaths over 2018..2019 = 460", NULL, NULL, 0), SUP);
    /* trend over yearly totals 120, 150, 170, 200, 260: increasing */
    ctrend_claims *c = parse_ok("[c]\nclaim = trend X/deaths over 2015..2019 increasing\n");
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(cq_verdict(c, 0), SUP);
    assert_has(cq_explanation(c, 0), "Poisson log-linear trend over 5 year(s)");
    /* R: coef(glm(c(120,150,170,200,260) ~ I(0:4), family = poisson))[2] = 0.1860685
     * (rate x1.2045 per year); and the Poisson score equations hold at the fit:
     * sum(y - mu) = 0 and sum(t (y - mu)) = 0 */
    double ratio = 0;
    assert_int_equal(ctrend_claims_figure(c, 0, CTREND_CLAIMS_RATIO, &ratio), CTREND_OK);
    assert_close(log(ratio), 0.1860685, 0, 5e-8);
    {
        const double y[] = {120, 150, 170, 200, 260};
        const double b = log(ratio);
        double e = 0, te = 0, sy = 900, ty = 0;
        for (int t = 0; t < 5; t++) {
            e += exp(b * t);
            te += t * exp(b * t);
            ty += t * y[t];
        }
        /* mu_t = exp(a + b t) with exp(a) = sum(y) / sum(exp(b t)); then sum(t mu) = sum(t y) */
        assert_close(sy / e * te, ty, 1e-9, 0);
    }
    ctrend_claims_free(c);
    char msg[300];
    parse_err("trend X/deaths over 2018..2019 increasing", msg, sizeof msg, NULL);
    assert_has(msg, "a trend over years needs at least 3 years");
    parse_err("record X/deaths in 2022-06 highest in 2018..2022", msg, sizeof msg, NULL);
    assert_has(msg, "over a range of years the target is a year");
    ctrend_frame_free(f);
}

static void test_rank(void **state)
{
    (void)state;
    ctrend_frame *f = picss_frame();
    char note[300];
    /* "KP was the most affected province": 2023-H1 KP 62 > BALOCHISTAN 33 */
    assert_int_equal(check1(f, "rank PICSS/attacks/KP, PICSS/attacks/BALOCHISTAN over 2023-H1 first", NULL, NULL, 0), SUP);
    assert_int_equal(check1(f, "rank PICSS/attacks/BALOCHISTAN, PICSS/attacks/KP over 2023-H1 first", NULL, NULL, 0), CON);
    /* total 100 > KP 62 > BALOCHISTAN 33: highest first; the reverse lowest first */
    assert_int_equal(check1(f, "rank PICSS/attacks, PICSS/attacks/KP, PICSS/attacks/BALOCHISTAN over 2023-H1 highest first", NULL, NULL, 0), SUP);
    assert_int_equal(check1(f, "rank PICSS/attacks/BALOCHISTAN, PICSS/attacks/KP, PICSS/attacks over 2023-H1 lowest first", NULL, NULL, 0), SUP);
    assert_int_equal(check1(f, "rank PICSS/attacks/KP, PICSS/attacks, PICSS/attacks/BALOCHISTAN over 2023-H1 highest first", NULL, NULL, 0), CON);
    /* a tie (a series ranked against itself, 12 and 12 in Feb) is not a strict order */
    assert_int_equal(check1(f, "rank PICSS/attacks/KP, PICSS/attacks/KP in 2023-02 first", NULL, note, sizeof note), CON);
    assert_string_equal(note, "items 1 and 2 are tied (12): not a strict order");
    /* a ranked sum: KP + BALOCHISTAN (95) vs P2 (178) over H1: P2 30+40+35+20+25+28 = 178 */
    assert_int_equal(check1(f, "rank P2/attacks, PICSS/attacks/KP + PICSS/attacks/BALOCHISTAN over 2023-H1 first", NULL, NULL, 0), SUP);
    ctrend_claims *c = parse_ok("[c]\nclaim = rank P2/attacks, PICSS/attacks/KP + PICSS/attacks/BALOCHISTAN over 2023-H1 first\n");
    assert_int_equal(cq_kind_of(c, 0), CTREND_CLAIMS_KIND_RANK);
    assert_int_equal(ctrend_claims_n_terms(c, 0), 3);
    ctrend_claims_free(c);
    /* one missing cell: BALOCHISTAN Jan missing -> 28 + v vs KP 62: KP first iff v <= 33 */
    ctrend_frame *g = picss_frame_without("PICSS", "BALOCHISTAN", "attacks", 2023, 1);
    assert_int_equal(check1(g, "rank PICSS/attacks/KP, PICSS/attacks/BALOCHISTAN over 2023-H1 first", NULL, note, sizeof note), UNV);
    assert_string_equal(note, "holds only if PICSS/attacks/BALOCHISTAN 2023-01 <= 33");
    char msg[300];
    parse_err("rank PICSS/attacks/KP over 2023-H1 first", msg, sizeof msg, NULL);
    assert_has(msg, "a second series to rank against");
    ctrend_frame_free(g);
    ctrend_frame_free(f);
}

static void test_periods(void **state)
{
    (void)state;
    ctrend_frame *f = new_frame();
    for (int m = 1; m <= 12; m++) put(f, "X", "", "n", 2023, m, 10 * m); /* 10, 20, ..., 120 */
    /* 2023-Q2 = Apr..Jun: 40 + 50 + 60 = 150 */
    assert_int_equal(check1(f, "sum X/n over 2023-Q2 = 150", NULL, NULL, 0), SUP);
    /* H2 (70..120: 570) vs H1 (10..60: 210): 570/210 = 2.714 -> up 171.4% */
    assert_int_equal(check1(f, "change X/n over 2023-H2 vs 2023-H1 up 171%", NULL, NULL, 0), SUP);
    /* 2023-Q2 vs previous 3 (Jan..Mar: 60): 150/60 = 2.5x */
    assert_int_equal(check1(f, "change X/n over 2023-Q2 vs previous 3 up 2.5x", NULL, NULL, 0), SUP);
    /* Q4 vs Q3: (100+110+120)/(70+80+90) = 330/240 = 1.375 -> up 37.5% */
    assert_int_equal(check1(f, "change X/n over 2023-Q4 vs 2023-Q3 up 37.5%", NULL, NULL, 0), SUP);
    /* a year: 10 + ... + 120 = 780; mean 65 */
    assert_int_equal(check1(f, "sum X/n over 2023 = 780", NULL, NULL, 0), SUP);
    assert_int_equal(check1(f, "mean X/n over 2023 = 65", NULL, NULL, 0), SUP);
    /* Q1..Q2 as a range of periods: Jan..Jun = 210 */
    assert_int_equal(check1(f, "sum X/n over 2023-Q1..2023-Q2 = 210", NULL, NULL, 0), SUP);
    ctrend_claims *c = parse_ok("[c]\nclaim = change X/n over 2023-Q2 vs previous 3 up 2.5x\n");
    int32_t a, b;
    assert_int_equal(ctrend_claims_target(c, 0, &a, &b), CTREND_OK);
    assert_int_equal(a, M(2023, 4));
    assert_int_equal(b, M(2023, 6));
    assert_int_equal(ctrend_claims_base(c, 0, &a, &b), CTREND_OK);
    assert_int_equal(a, M(2023, 1));
    assert_int_equal(b, M(2023, 3));
    ctrend_claims_free(c);
    char msg[300];
    parse_err("sum X/n over 2023-Q5 = 1", msg, sizeof msg, NULL);
    assert_has(msg, "a quarter is YYYY-Q1..YYYY-Q4");
    parse_err("record X/n in 2023-Q2 highest since 2022-01", msg, sizeof msg, NULL);
    assert_has(msg, "'since' compares one month");
    ctrend_frame_free(f);
}

static void test_slightly_sharply(void **state)
{
    (void)state;
    ctrend_frame *f = new_frame();
    put(f, "X", "", "n", 2022, 1, 100);
    put(f, "X", "", "n", 2022, 2, 95); /* -5% */
    put(f, "X", "", "n", 2022, 3, 60); /* vs Feb: 60/95 - 1 = -36.8% */
    char note[300];
    assert_int_equal(check1(f, "change X/n in 2022-02 vs 2022-01 down slightly", NULL, note, sizeof note), SUP);
    assert_has(note, "'slightly' read as a change between 0 and 10%");
    assert_int_equal(check1(f, "change X/n in 2022-02 vs 2022-01 down sharply", NULL, note, sizeof note), CON);
    assert_has(note, "'sharply' read as a change over 25%");
    assert_int_equal(check1(f, "change X/n in 2022-03 vs 2022-02 down sharply", NULL, NULL, 0), SUP);
    assert_int_equal(check1(f, "change X/n in 2022-02 vs 2022-01 up slightly", NULL, NULL, 0), CON);
    /* configurable: slight = 3% (record) -> a 5% fall is not slight; sharp = 40% (file) ->
     * 36.8% is not sharp */
    assert_int_equal(check1(f, "change X/n in 2022-02 vs 2022-01 down slightly", NULL, NULL, 0), SUP);
    {
        ctrend_claims *c = parse_ok("sharp = 40%\n[a]\nslight = 3%\nclaim = change X/n in 2022-02 vs 2022-01 down slightly\n"
                                    "[b]\nclaim = change X/n in 2022-03 vs 2022-02 down sharply\n");
        assert_int_equal(cq_check(c, f), CTREND_OK);
        assert_int_equal(cq_verdict(c, 0), CON);
        assert_int_equal(cq_verdict(c, 1), CON);
        assert_has(cq_note(c, 1), "'sharply' read as a change over 40%");
        ctrend_claims_free(c);
    }
    ctrend_frame_free(f);
}

/* ---- real-report habits: vintages, rounding, definitions ------------------------------------- */

static void test_vintages(void **state)
{
    (void)state;
    /* March 2023 first published as 37 attacks (2023-04-05), revised to 39 (2023-05-03);
     * February 30 in both */
    ctrend_frame *f = new_frame();
    put(f, "PICSS", "", "attacks@2023-04-05", 2023, 3, 37);
    put(f, "PICSS", "", "attacks@2023-04-05", 2023, 2, 30);
    put(f, "PICSS", "", "attacks@2023-05-03", 2023, 3, 39);
    char note[400];
    assert_int_equal(check1(f, "value PICSS/attacks in 2023-03 = 37 as of 2023-04-10", NULL, note, sizeof note), SUP);
    assert_string_equal(note, "vintage 2023-04-05 (as of 2023-04-10); the vintage of 2023-05-03 would make it CONTRADICTED");
    /* without as of: the latest (39) */
    assert_int_equal(check1(f, "value PICSS/attacks in 2023-03 = 37", NULL, note, sizeof note), CON);
    assert_string_equal(note, "vintage 2023-05-03; the vintage of 2023-04-05 would make it SUPPORTED");
    /* the file's as_of; published the day itself counts (inclusive) */
    assert_int_equal(check1(f, "value PICSS/attacks in 2023-03 = 37", "as_of = 2023-04-05\n", NULL, 0), SUP);
    /* before any vintage: nothing published yet -> missing */
    assert_int_equal(check1(f, "value PICSS/attacks in 2023-03 = 37 as of 2023-04-01", NULL, NULL, 0), UNV);
    /* Feb is only in the first vintage: read from it even as of the revision. 39 vs 30: up
     * 30%, within Poisson noise (exact two-sided p 0.336, R poisson.test(c(39, 30))); 37 vs 30
     * would be +23.3% */
    assert_int_equal(check1(f, "change PICSS/attacks in 2023-03 vs 2023-02 up 30%", NULL, note, sizeof note), SUP);
    assert_string_equal(note, "within noise; vintage 2023-05-03; the vintage of 2023-04-05 would make it CONTRADICTED");
    /* 37 vs 30: +23.3% holds under either vintage ("up more than 20%") */
    assert_int_equal(check1(f, "change PICSS/attacks in 2023-03 vs 2023-02 up more than 20%", NULL, note, sizeof note), SUP);
    assert_has(note, "no other vintage changes the verdict");
    char msg[300];
    parse_err("value PICSS/attacks in 2023-03 = 37 as of 2023-02-30", msg, sizeof msg, NULL);
    assert_has(msg, "not a date");
    ctrend_frame_free(f);
}

static void test_rounding(void **state)
{
    (void)state;
    ctrend_frame *f = new_frame();
    put(f, "X", "", "n", 2022, 1, 1000);
    put(f, "X", "", "n", 2022, 2, 872); /* down 12.8% */
    put(f, "X", "", "n", 2022, 3, 4600); /* vs Jan: 4.6x */
    char note[300];
    /* "12%" for -12.8%: rounds to 13 -> CONTRADICTED by default */
    assert_int_equal(check1(f, "change X/n in 2022-02 vs 2022-01 down 12%", NULL, NULL, 0), CON);
    assert_int_equal(check1(f, "change X/n in 2022-02 vs 2022-01 down 12%", "rounding = truncate\n", NULL, 0), SUP);
    assert_int_equal(check1(f, "change X/n in 2022-02 vs 2022-01 down 13%", "rounding = truncate\n", NULL, 0), CON);
    assert_int_equal(check1(f, "change X/n in 2022-02 vs 2022-01 down 12%", "rounding = either\n", note, sizeof note), SUP);
    assert_string_equal(note, "holds only if the source truncated (12.8 cut to 12)");
    /* "13%" rounds: no truncation caveat */
    assert_int_equal(check1(f, "change X/n in 2022-02 vs 2022-01 down 13%", "rounding = either\n", note, sizeof note), SUP);
    assert_string_equal(note, "");
    /* "4x" for 4.6 */
    assert_int_equal(check1(f, "change X/n in 2022-03 vs 2022-01 up 4x", NULL, NULL, 0), CON);
    assert_int_equal(check1(f, "change X/n in 2022-03 vs 2022-01 up 4x", "rounding = either\n", NULL, 0), SUP);
    /* a record-level setting */
    {
        ctrend_claims *c = parse_ok("[a]\nrounding = truncate\nclaim = change X/n in 2022-02 vs 2022-01 down 12%\n");
        assert_int_equal(cq_check(c, f), CTREND_OK);
        assert_int_equal(cq_verdict(c, 0), SUP);
        ctrend_claims_free(c);
    }
    ctrend_frame_free(f);
}

static void test_define(void **state)
{
    (void)state;
    ctrend_frame *f = new_frame();
    put(f, "PICSS", "", "deaths", 2023, 1, 10);
    put(f, "PICSS", "", "injured", 2023, 1, 20);
    put(f, "PICSS", "KP", "deaths", 2023, 1, 4);
    put(f, "PICSS", "KP", "injured", 2023, 1, 5);
    char note[300];
    /* casualties = deaths + injured: 10 + 20 = 30; in KP 4 + 5 = 9 */
    assert_int_equal(check1(f, "value PICSS/casualties in 2023-01 = 30", "define casualties = deaths + injured\n", note, sizeof note), SUP);
    assert_string_equal(note, "read with define casualties = deaths + injured");
    assert_int_equal(check1(f, "value PICSS/casualties/KP in 2023-01 = 9", "define casualties = deaths + injured\n", NULL, 0), SUP);
    ctrend_claims *c = parse_ok("define casualties = deaths + injured\n[a]\nclaim = value PICSS/casualties in 2023-01 = 30\n");
    assert_int_equal(ctrend_claims_n_terms(c, 0), 2);
    assert_string_equal(cq_term_metric(c, 0, 1), "injured");
    ctrend_claims_free(c);
    ctrend_claims *e = NULL;
    const char *bad = "define casualties = deaths injured\n[a]\nclaim = value PICSS/deaths in 2023-01 = 10\n";
    assert_int_equal(cq_parse(bad, strlen(bad), "t", &e), CTREND_EPARSE);
    assert_has(ctrend_claims_errmsg(e), "t:1:28: define: metrics are joined by ' + '");
    assert_int_equal(ctrend_claims_count(e), 1); /* the record itself is fine */
    assert_int_equal(ctrend_claims_n_invalid(e), 0);
    ctrend_claims_free(e);
    /* a define inside a record: an error of the file, the record is still checked */
    const char *late = "[a]\ndefine casualties = deaths + injured\nclaim = value PICSS/deaths in 2023-01 = 10\n";
    assert_int_equal(cq_parse(late, strlen(late), "t", &e), CTREND_EPARSE);
    assert_has(ctrend_claims_errmsg(e), "t:2:1: 'define' comes before the first [id]");
    assert_int_equal(ctrend_claims_n_invalid(e), 0);
    assert_int_equal(cq_check(e, f), CTREND_OK);
    assert_int_equal(cq_verdict(e, 0), SUP);
    ctrend_claims_free(e);
    ctrend_frame_free(f);
}

/* ---- approximate source figures: bounds as intervals, three-valued verdicts ------------- */

static void test_approximate(void **state)
{
    (void)state;
    /* "at least 22 people were killed" in January: X/deaths@min = 22; "up to 30" in February:
     * X/deaths@max = 30; "some 612 attacks" in March: X/attacks@about = 612 (default
     * tolerance 10%: 550.8..673.2, counts 551..673) */
    ctrend_frame *f = new_frame();
    put(f, "X", "", "deaths@min", 2023, 1, 22);
    put(f, "X", "", "deaths@max", 2023, 2, 30);
    put(f, "X", "", "attacks@about", 2023, 3, 612);
    put(f, "X", "", "deaths", 2023, 3, 5); /* an exact figure */
    char note[300];
    /* every value >= 22 is at least 20 */
    assert_int_equal(check1(f, "value X/deaths in 2023-01 at least 20", NULL, note, sizeof note), SUP);
    assert_string_equal(note, "holds for every value of X/deaths 2023-01 the data allow (>= 22, tried to 100000)");
    /* "more than 30": only if >= 31 */
    assert_int_equal(check1(f, "value X/deaths in 2023-01 more than 30", NULL, note, sizeof note), UNV);
    assert_string_equal(note, "the approximate figure decides: holds only if X/deaths 2023-01 >= 31 (the data: >= 22)");
    assert_int_equal(check1(f, "value X/deaths in 2023-01 less than 20", NULL, note, sizeof note), CON);
    assert_string_equal(note, "fails for every value of X/deaths 2023-01 the data allow (>= 22)");
    /* <= 30: "at most 30" holds, "= 40" fails, "at least 10" decided by the value */
    assert_int_equal(check1(f, "value X/deaths in 2023-02 at most 30", NULL, NULL, 0), SUP);
    assert_int_equal(check1(f, "value X/deaths in 2023-02 = 40", NULL, NULL, 0), CON);
    assert_int_equal(check1(f, "value X/deaths in 2023-02 at least 10", NULL, note, sizeof note), UNV);
    assert_string_equal(note, "the approximate figure decides: holds only if X/deaths 2023-02 >= 10 (the data: <= 30)");
    /* about 612 (551..673): "more than 500" holds; "about 600" (540..660) only up to 660 */
    assert_int_equal(check1(f, "value X/attacks in 2023-03 more than 500", NULL, NULL, 0), SUP);
    assert_int_equal(check1(f, "value X/attacks in 2023-03 about 600", NULL, note, sizeof note), UNV);
    assert_string_equal(note, "the approximate figure decides: holds only if X/attacks 2023-03 <= 660 (the data: 551..673)");
    /* a file tolerance of 1% reads "about 612" as 605.88..618.12 -> 606..618: "about 600"
     * (594..606 with tolerance 1% of 600 = 6) holds only at 606 */
    assert_int_equal(check1(f, "value X/attacks in 2023-03 about 600", "tolerance = 1%\n", note, sizeof note), UNV);
    assert_string_equal(note, "the approximate figure decides: holds only if X/attacks 2023-03 <= 606 (the data: 606..618)");
    /* two approximate cells: Jan >= 22 plus Feb <= 30: the sum is at least 22 whatever they are;
     * "more than 60" holds at (>= 31 + 30) but not at (22 + 0) */
    assert_int_equal(check1(f, "sum X/deaths over 2023-01..2023-02 at least 22", NULL, note, sizeof note), SUP);
    assert_string_equal(note, "holds for every value the data's 2 approximate figures allow");
    assert_int_equal(check1(f, "sum X/deaths over 2023-01..2023-02 more than 60", NULL, note, sizeof note), UNV);
    assert_string_equal(note, "the data's 2 approximate figures decide: holds for some of their values, not others");
    /* a change against an approximate base: Mar deaths 5 vs Feb <= 30: "down" needs Feb > 5 */
    assert_int_equal(check1(f, "change X/deaths in 2023-03 vs 2023-02 down more than 0%", NULL, note, sizeof note), UNV);
    assert_string_equal(note, "the approximate figure decides: holds only if X/deaths 2023-02 >= 6 (the data: <= 30)");
    ctrend_frame_free(f);
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
        cmocka_unit_test(test_share),
        cmocka_unit_test(test_record_in_period),
        cmocka_unit_test(test_years),
        cmocka_unit_test(test_rank),
        cmocka_unit_test(test_periods),
        cmocka_unit_test(test_slightly_sharply),
        cmocka_unit_test(test_vintages),
        cmocka_unit_test(test_rounding),
        cmocka_unit_test(test_define),
        cmocka_unit_test(test_approximate),
    };
    ctrend_init();
    return cmocka_run_group_tests(tests, NULL, NULL);
}
