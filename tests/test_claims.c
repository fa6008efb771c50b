/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_claims.c — the claims checker: parse errors (line/column), every claim kind SUPPORTED /
 * CONTRADICTED / UNVERIFIABLE with hand arithmetic, rounding and strictness, the TTP February
 * sentence, exact statistics against R's poisson.test (tests/data/claims/claims_poisson_R.R,
 * output in claims_poisson_R.out), and the seed claims files on the transcribed data.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "ctrend.h"
#include "claims_test_util.h"
#include "test_util.h"
#include "getters.h"

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

/* TTP Jan-Apr 2022 as in the report: attacks 42, 22, 39, 54; deaths 48, 36, 75, 97;
 * injured 53, 39, 80, 100; casualties by service in April 122 + 56 + 16 + 2. */
static ctrend_frame *ttp_frame(void)
{
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_frame_new(&f), CTREND_OK);
    const double at[] = {42, 22, 39, 54}, de[] = {48, 36, 75, 97}, in[] = {53, 39, 80, 100};
    for (int m = 1; m <= 4; m++) {
        put(f, "TTP", "", "attacks", 2022, m, at[m - 1]);
        put(f, "TTP", "", "deaths", 2022, m, de[m - 1]);
        put(f, "TTP", "", "injured", 2022, m, in[m - 1]);
    }
    put(f, "TTP", "", "casualties_military", 2022, 4, 122);
    put(f, "TTP", "", "casualties_police", 2022, 4, 56);
    put(f, "TTP", "", "casualties_fc", 2022, 4, 16);
    put(f, "TTP", "", "casualties_secret_services", 2022, 4, 2);
    put(f, "TTP", "North Waziristan", "attacks", 2022, 1, 12);
    return f;
}

/* Parse one claim line into a handle with id "c". */
static ctrend_claims *one(const char *claim_line, const char *extra)
{
    char buf[1024];
    snprintf(buf, sizeof buf, "[c]\nquote = q\n%sclaim = %s\n", extra ? extra : "", claim_line);
    ctrend_claims *c = NULL;
    const int rc = cq_parse(buf, strlen(buf), "t.claims", &c);
    if (rc != CTREND_OK) print_error("parse: %s\n", ctrend_claims_errmsg(c));
    assert_int_equal(rc, CTREND_OK);
    assert_int_equal(ctrend_claims_count(c), 1);
    return c;
}

static double fig(const ctrend_claims *c, int which)
{
    double v = 0;
    assert_int_equal(ctrend_claims_figure(c, 0, which, &v), CTREND_OK);
    return v;
}

/* Check one claim on frame f and return its verdict (handle freed). */
static int verdict_of(const ctrend_frame *f, const char *line, const char *extra)
{
    ctrend_claims *c = one(line, extra);
    assert_int_equal(cq_check(c, f), CTREND_OK);
    const int v = cq_verdict(c, 0);
    ctrend_claims_free(c);
    return v;
}

#define SUP CTREND_VERDICT_SUPPORTED
#define CON CTREND_VERDICT_CONTRADICTED
#define UNV CTREND_VERDICT_UNVERIFIABLE

/* ---- parse errors ---------------------------------------------------------------------- */

static void expect_error(const char *text, int line, int col, const char *id)
{
    ctrend_claims *c = NULL;
    assert_int_equal(cq_parse(text, strlen(text), "bad.claims", &c), CTREND_EPARSE);
    assert_non_null(c);
    if (cq_error_line(c) != line || cq_error_column(c) != col)
        print_error("message: %s\n", ctrend_claims_errmsg(c));
    assert_int_equal(cq_error_line(c), line);
    assert_int_equal(cq_error_column(c), col);
    assert_string_equal(cq_error_id(c), id);
    assert_true(strncmp(ctrend_claims_errmsg(c), "bad.claims:", 11) == 0);
    /* every error is listed, the first one first; a record holding an error is kept as
     * INVALID with its own message, line and column (issue 16 #8) */
    assert_true(ctrend_claims_n_errors(c) >= 1);
    assert_string_equal(ctrend_claims_error_at(c, 0), ctrend_claims_errmsg(c));
    assert_null(ctrend_claims_error_at(c, ctrend_claims_n_errors(c)));
    size_t n_inv = 0;
    for (size_t i = 0; i < ctrend_claims_count(c); i++) {
        int l = 0, k = 0;
        const char *m = ctrend_claims_claim_error(c, i, &l, &k);
        if (!m) continue;
        n_inv++;
        assert_int_equal(cq_verdict(c, i), CTREND_VERDICT_INVALID);
        assert_int_equal(cq_kind_of(c, i), -1);
        assert_int_equal(ctrend_claims_n_terms(c, i), 0);
        assert_true(l >= 1 && k >= 1);
        if (l == line && k == col) assert_string_equal(m, ctrend_claims_errmsg(c));
    }
    assert_int_equal(n_inv, ctrend_claims_n_invalid(c));
    if (*id) assert_true(n_inv >= 1);
    ctrend_claims_free(c);
}

static void test_parse_errors(void **state)
{
    (void)state;
    /* "claim = value TTP/attacks in Feb 2022 = 42": "Feb" starts at column 30 */
    expect_error("[a]\nquote = x\nclaim = value TTP/attacks in Feb 2022 = 42\n", 3, 30, "a");
    /* unknown key at column 1 of line 2 */
    expect_error("[a]\nquot = x\nclaim = value TTP/attacks in 2022-01 = 42\n", 2, 1, "a");
    /* record without a claim, reported at the next header (line 3, column 1) */
    expect_error("[a]\nquote = x\n[b]\nclaim = value TTP/attacks in 2022-01 = 1\n", 3, 1, "a");
    /* duplicate id: column 2 (after '[') */
    expect_error("[a]\nclaim = value T/a in 2022-01 = 1\n[a]\nclaim = value T/a in 2022-01 = 1\n", 3,
                 2, "a");
    /* a change needs % or x: "claim = change T/a in 2022-02 vs 2022-01 down more than 50"
     * -> the number "50" at column 57 */
    expect_error("[c]\nclaim = change T/a in 2022-02 vs 2022-01 down more than 50\n", 2, 57, "c");
    /* trailing text: "extra" at column 35 in "claim = value T/a in 2022-01 = 42 extra" */
    expect_error("[c]\nclaim = value T/a in 2022-01 = 42 extra\n", 2, 35, "c");
    /* only source may precede the first record */
    expect_error("quote = x\n[a]\nclaim = value T/a in 2022-01 = 1\n", 1, 1, "");
    /* not a series: "TTP" without '/' at column 15 */
    expect_error("[a]\nclaim = value TTP in 2022-01 = 1\n", 2, 15, "a");
    /* month 13 is not a month: "2022-13" at column 22 */
    expect_error("[a]\nclaim = value T/a in 2022-13 = 1\n", 2, 22, "a");
    /* reversed range: the end month at column 31 */
    expect_error("[a]\nclaim = sum T/a over 2022-03..2022-01 = 1\n", 2, 31, "a");
    /* bad id character */
    expect_error("[a b]\nclaim = value T/a in 2022-01 = 1\n", 1, 3, "");
    /* two claims in a record */
    expect_error("[a]\nclaim = value T/a in 2022-01 = 1\nclaim = value T/a in 2022-01 = 1\n", 3, 1,
                 "a");
    /* last record without claim: reported on the last line */
    expect_error("[a]\nquote = x\n", 2, 1, "a");
    /* unknown claim kind at column 9 */
    expect_error("[a]\nclaim = values T/a in 2022-01 = 1\n", 2, 9, "a");
    /* bad tolerance */
    expect_error("[a]\ntolerance = abc\nclaim = value T/a in 2022-01 = 1\n", 2, 13, "a");

    /* status codes other than EPARSE */
    ctrend_claims *c = (ctrend_claims *)1;
    assert_int_equal(cq_parse(NULL, 0, NULL, &c), CTREND_EINVAL);
    assert_null(c);
    assert_int_equal(cq_parse("", 0, NULL, NULL), CTREND_EINVAL);
    /* empty file: no claims, summary 0 */
    assert_int_equal(cq_parse("# nothing\n", 10, NULL, &c), CTREND_OK);
    assert_int_equal(ctrend_claims_count(c), 0);
    assert_int_equal(cq_summary(c, NULL, NULL, NULL), 0);
    ctrend_claims_free(c);
    ctrend_claims_free(NULL);
}

static void test_parse_fields(void **state)
{
    (void)state;
    const char *t = "# header\nsource = default.txt\n\n[x1]\nquote = \"Quoted, with comma\"\n"
                    "claim = value TTP/attacks/\"North Waziristan\" in 2022-01 = 12\n"
                    "[x2]\nsource = other.txt\nnote = free text\n"
                    "claim = value ISKP+ISPP/deaths in 2022-01 = 2\n";
    ctrend_claims *c = NULL;
    assert_int_equal(cq_parse(t, strlen(t), "f", &c), CTREND_OK);
    assert_int_equal(ctrend_claims_count(c), 2);
    assert_string_equal(cq_id(c, 0), "x1");
    assert_string_equal(cq_quote(c, 0), "Quoted, with comma");
    assert_string_equal(cq_source(c, 0), "default.txt");
    assert_string_equal(cq_source(c, 1), "other.txt");
    assert_int_equal(cq_line(c, 0), 6);
    assert_string_equal(cq_text(c, 1), "value ISKP+ISPP/deaths in 2022-01 = 2");
    size_t i = 9;
    assert_int_equal(ctrend_claims_find(c, "x2", &i), CTREND_OK);
    assert_int_equal(i, 1);
    assert_int_equal(ctrend_claims_find(c, "nope", &i), CTREND_ENOTFOUND);
    assert_null(cq_id(c, 2));
    assert_int_equal(cq_verdict(c, 0), CTREND_VERDICT_UNCHECKED);
    /* region with a space resolves */
    ctrend_frame *f = ttp_frame();
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(cq_verdict(c, 0), SUP);
    assert_int_equal(cq_verdict(c, 1), UNV); /* no ISKP+ISPP series in this frame */
    /* errors of the getters */
    double v;
    assert_int_equal(ctrend_claims_figure(c, 5, CTREND_CLAIMS_COMPUTED, &v), CTREND_ERANGE);
    assert_int_equal(ctrend_claims_figure(c, 0, 99, &v), CTREND_EINVAL);
    assert_int_equal(cq_check(NULL, f), CTREND_EINVAL);
    assert_int_equal(cq_check(c, NULL), CTREND_EINVAL);
    assert_string_equal(ctrend_claims_verdict_name(CON), "CONTRADICTED");
    ctrend_claims_free(c);
    ctrend_frame_free(f);
}

/* ---- values, sums, means, part/total ---------------------------------------------------- */

static void test_values(void **state)
{
    (void)state;
    ctrend_frame *f = ttp_frame();
    assert_int_equal(verdict_of(f, "value TTP/attacks in 2022-01 = 42", NULL), SUP);
    assert_int_equal(verdict_of(f, "value TTP/attacks in 2022-01 = 41", NULL), CON);
    assert_int_equal(verdict_of(f, "value TTP/attacks in 2021-12 = 41", NULL), UNV);
    /* sum 42+22+39+54 = 157; mean 157/4 = 39.25 */
    assert_int_equal(verdict_of(f, "sum TTP/attacks over 2022-01..2022-04 = 157", NULL), SUP);
    assert_int_equal(verdict_of(f, "sum TTP/attacks over 2022-01..2022-04 more than 157", NULL), CON);
    assert_int_equal(verdict_of(f, "sum TTP/attacks over 2022-01..2022-04 at least 157", NULL), SUP);
    assert_int_equal(verdict_of(f, "sum TTP/attacks over 2022-01..2022-05 at least 100", NULL), UNV);
    assert_int_equal(verdict_of(f, "mean TTP/attacks over 2022-01..2022-04 = 39", NULL), SUP);
    assert_int_equal(verdict_of(f, "mean TTP/attacks over 2022-01..2022-04 = 39.3", NULL), SUP);
    assert_int_equal(verdict_of(f, "mean TTP/attacks over 2022-01..2022-04 = 39.2", NULL), CON);
    /* "over 40" strict, "nearly 40": 39.25 >= 40 - 4 and < 40.5 */
    assert_int_equal(verdict_of(f, "mean TTP/attacks over 2022-01..2022-04 over 40", NULL), CON);
    assert_int_equal(verdict_of(f, "mean TTP/attacks over 2022-01..2022-04 nearly 40", NULL), SUP);
    /* "almost 39": 39.25 rounds to 39, so it holds; "almost 38": 39.25 >= 38.5 -> no */
    assert_int_equal(verdict_of(f, "mean TTP/attacks over 2022-01..2022-04 almost 39", NULL), SUP);
    assert_int_equal(verdict_of(f, "mean TTP/attacks over 2022-01..2022-04 almost 38", NULL), CON);
    /* deaths + injuries in 2022-01..04 = 101+75+155+197 = 528 */
    assert_int_equal(verdict_of(f, "sum TTP/deaths + TTP/injured over 2022-01..2022-04 = 528", NULL), SUP);

    /* Feb: "75 casualties, including 30 deaths" vs 36 + 39: the total holds, the deaths do not */
    ctrend_claims *c = one("value TTP/deaths + TTP/injured in 2022-02 = 75", NULL);
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(cq_verdict(c, 0), SUP);
    ctrend_claims_free(c);
    c = one("value TTP/deaths in 2022-02 = 30", NULL);
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(cq_verdict(c, 0), CON);
    assert_close(fig(c, CTREND_CLAIMS_COMPUTED), 36, 0, 0);
    assert_close(fig(c, CTREND_CLAIMS_QUOTED), 30, 0, 0);
    ctrend_claims_free(c);
    /* April: services 122+56+16+2 = 196 vs deaths + injuries 97+100 = 197 -> CONTRADICTED by 1 */
    c = one("value TTP/casualties_military + TTP/casualties_police + TTP/casualties_fc + "
            "TTP/casualties_secret_services in 2022-04 = TTP/deaths + TTP/injured", NULL);
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(cq_verdict(c, 0), CON);
    assert_close(fig(c, CTREND_CLAIMS_COMPUTED), 196, 0, 0);
    assert_close(fig(c, CTREND_CLAIMS_QUOTED), 197, 0, 0);
    assert_non_null(strstr(cq_explanation(c, 0), "differ by 1"));
    ctrend_claims_free(c);
    /* a missing part: unverifiable, and the one missing value decides: levies = 1 would not help
     * (left side has no levies term) -> bound on casualties_levies of March: 0..  */
    c = one("value TTP/casualties_military in 2022-03 = TTP/deaths", NULL);
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(cq_verdict(c, 0), UNV);
    assert_close(fig(c, CTREND_CLAIMS_BOUND), 75, 0, 0); /* holds only if it equals 75 */
    assert_non_null(strstr(cq_explanation(c, 0), "holds only if TTP/casualties_military 2022-03 = 75"));
    ctrend_claims_free(c);
    ctrend_frame_free(f);
}

/* ---- changes ------------------------------------------------------------------------- */

static ctrend_frame *pair_frame(double jan, double feb)
{
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_frame_new(&f), CTREND_OK);
    put(f, "G", "", "n", 2022, 1, jan);
    put(f, "G", "", "n", 2022, 2, feb);
    return f;
}

static void test_rounding_and_strictness(void **state)
{
    (void)state;
    /* 22 vs 12: +83.333% -> "83%" and "83.3%" hold, "83.4%" and "84%" do not */
    ctrend_frame *f = pair_frame(12, 22);
    assert_int_equal(verdict_of(f, "change G/n in 2022-02 vs 2022-01 up 83%", NULL), SUP);
    assert_int_equal(verdict_of(f, "change G/n in 2022-02 vs 2022-01 = +83%", NULL), SUP);
    assert_int_equal(verdict_of(f, "change G/n in 2022-02 vs 2022-01 up 83.3%", NULL), SUP);
    assert_int_equal(verdict_of(f, "change G/n in 2022-02 vs 2022-01 up 83.4%", NULL), CON);
    assert_int_equal(verdict_of(f, "change G/n in 2022-02 vs 2022-01 up 84%", NULL), CON);
    assert_int_equal(verdict_of(f, "change G/n in 2022-02 vs 2022-01 down 83%", NULL), CON);
    ctrend_frame_free(f);
    /* 365 vs 200: +82.5% exactly rounds (half away from zero) to 83 */
    f = pair_frame(200, 365);
    assert_int_equal(verdict_of(f, "change G/n in 2022-02 vs 2022-01 up 83%", NULL), SUP);
    assert_int_equal(verdict_of(f, "change G/n in 2022-02 vs 2022-01 up 82%", NULL), CON);
    ctrend_frame_free(f);
    /* 30 vs 20: +50% exactly: "more than 50%" is strict, "at least 50%" is not */
    f = pair_frame(20, 30);
    assert_int_equal(verdict_of(f, "change G/n in 2022-02 vs 2022-01 up more than 50%", NULL), CON);
    assert_int_equal(verdict_of(f, "change G/n in 2022-02 vs 2022-01 up over 50%", NULL), CON);
    assert_int_equal(verdict_of(f, "change G/n in 2022-02 vs 2022-01 up at least 50%", NULL), SUP);
    assert_int_equal(verdict_of(f, "change G/n in 2022-02 vs 2022-01 up at most 50%", NULL), SUP);
    assert_int_equal(verdict_of(f, "change G/n in 2022-02 vs 2022-01 up less than 50%", NULL), CON);
    assert_int_equal(verdict_of(f, "change G/n in 2022-02 vs 2022-01 > 49.9%", NULL), SUP);
    assert_int_equal(verdict_of(f, "change G/n in 2022-02 vs 2022-01 = 1.5x", NULL), SUP);
    ctrend_frame_free(f);
    /* 22 vs 42: down 47.62% -> about 50% (tol 10% of 50 = 5) yes; with tolerance 2 no;
     * nearly 50% (45 <= 47.6 < 50.5) yes; almost 45% no; halved (0.524 within 0.45..0.55) yes */
    f = pair_frame(42, 22);
    assert_int_equal(verdict_of(f, "change G/n in 2022-02 vs 2022-01 down about 50%", NULL), SUP);
    assert_int_equal(verdict_of(f, "change G/n in 2022-02 vs 2022-01 down about 50%", "tolerance = 2\n"), CON);
    assert_int_equal(verdict_of(f, "change G/n in 2022-02 vs 2022-01 down about 50%", "tolerance = 5%\n"), SUP);
    assert_int_equal(verdict_of(f, "change G/n in 2022-02 vs 2022-01 down nearly 50%", NULL), SUP);
    assert_int_equal(verdict_of(f, "change G/n in 2022-02 vs 2022-01 down almost 45%", NULL), CON);
    assert_int_equal(verdict_of(f, "change G/n in 2022-02 vs 2022-01 halved", NULL), SUP);
    assert_int_equal(verdict_of(f, "change G/n in 2022-02 vs 2022-01 more than halved", NULL), CON);
    assert_int_equal(verdict_of(f, "change G/n in 2022-01 vs 2022-02 doubled", NULL), SUP);   /* 1.909 */
    assert_int_equal(verdict_of(f, "change G/n in 2022-01 vs 2022-02 more than doubled", NULL), CON);
    ctrend_frame_free(f);
}

static void test_ttp_february(void **state)
{
    (void)state;
    const char *line = "change TTP/attacks in 2022-02 vs previous 2 down more than 50%";
    /* Only Jan-Apr: December 2021 missing. 22/((42 + D)/2) < 0.5 <=> D > 46 <=> D >= 47 */
    ctrend_frame *f = ttp_frame();
    ctrend_claims *c = one(line, NULL);
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(cq_verdict(c, 0), UNV);
    assert_close(fig(c, CTREND_CLAIMS_BOUND), 47, 0, 0);
    const char *x = cq_explanation(c, 0);
    assert_non_null(strstr(x, "missing TTP/attacks 2021-12"));
    assert_non_null(strstr(x, "holds only if TTP/attacks 2021-12 >= 47"));
    assert_non_null(strstr(x, "-47.6%")); /* versus January alone */
    assert_int_equal(cq_summary(c, NULL, NULL, NULL), CQ_EXIT_UNVERIFIABLE);
    ctrend_claims_free(c);

    /* With December 2021 = 50: 22 / ((50 + 42)/2) = 0.4783 -> down 52.2% -> SUPPORTED;
     * R: poisson.test(c(22, 92), c(1, 2)): CI 0.285900918923441..0.768050472510575,
     * p 0.00135718060900515; one-sided H0 ratio >= 0.5: p 0.481373599259356 -> within noise */
    put(f, "TTP", "", "attacks", 2021, 12, 50);
    c = one(line, NULL);
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(cq_verdict(c, 0), SUP);
    assert_close(fig(c, CTREND_CLAIMS_COMPUTED), 100.0 * (1 - 22.0 / 46.0), 1e-12, 0);
    assert_close(fig(c, CTREND_CLAIMS_QUOTED), 50, 0, 0);
    assert_close(fig(c, CTREND_CLAIMS_RATIO), 0.478260869565217, 1e-12, 0);
    assert_close(fig(c, CTREND_CLAIMS_CI_LOWER), 0.285900918923441, 1e-9, 0);
    assert_close(fig(c, CTREND_CLAIMS_CI_UPPER), 0.768050472510575, 1e-9, 0);
    assert_close(fig(c, CTREND_CLAIMS_P_VALUE), 0.00135718060900515, 1e-9, 0);
    assert_close(fig(c, CTREND_CLAIMS_P_CLAIM), 0.481373599259356, 1e-9, 0);
    /* per day: Feb 28 days vs Dec 31 + Jan 31: (22/28)/(92/62) = 0.529503105590062 */
    assert_close(fig(c, CTREND_CLAIMS_RATIO_PER_DAY), 0.529503105590062, 1e-12, 0);
    assert_int_equal(cq_within_noise(c, 0), 1);
    assert_non_null(strstr(cq_explanation(c, 0), "within noise"));
    ctrend_claims_free(c);
    /* per-day version: 0.5295 -> down 47.0%: CONTRADICTED; R one-sided p 0.649610550538301 */
    c = one("change TTP/attacks in 2022-02 vs previous 2 per-day down more than 50%", NULL);
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(cq_verdict(c, 0), CON);
    assert_close(fig(c, CTREND_CLAIMS_RATIO), 0.529503105590062, 1e-12, 0);
    assert_close(fig(c, CTREND_CLAIMS_CI_LOWER), 0.316533160236667, 1e-9, 0);
    assert_close(fig(c, CTREND_CLAIMS_CI_UPPER), 0.850341594565279, 1e-9, 0);
    assert_close(fig(c, CTREND_CLAIMS_P_VALUE), 0.00606851090782547, 1e-9, 0);
    assert_close(fig(c, CTREND_CLAIMS_P_CLAIM), 0.649610550538301, 1e-9, 0);
    ctrend_claims_free(c);
    ctrend_frame_free(f);

    /* December = 46: 22/44 = 0.5 exactly: down 50%, and "more than" is strict -> CONTRADICTED */
    f = ttp_frame();
    put(f, "TTP", "", "attacks", 2021, 12, 46);
    assert_int_equal(verdict_of(f, line, NULL), CON);
    ctrend_frame_free(f);
}

static void test_change_kinds(void **state)
{
    (void)state;
    ctrend_frame *f = ttp_frame();
    /* Feb vs Jan: R poisson.test(c(22,42)): 0.523809523809524 (0.29779662068768..0.897616164626464),
     * p 0.0168581900442812; per day (c(28,31)): 0.579931972789116, p 0.044460101149451 */
    ctrend_claims *c = one("change TTP/attacks in 2022-02 vs 2022-01 down more than 50%", NULL);
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(cq_verdict(c, 0), CON);
    assert_close(fig(c, CTREND_CLAIMS_COMPUTED), 100.0 * 20.0 / 42.0, 1e-12, 0); /* 47.62 */
    assert_close(fig(c, CTREND_CLAIMS_CI_LOWER), 0.29779662068768, 1e-9, 0);
    assert_close(fig(c, CTREND_CLAIMS_CI_UPPER), 0.897616164626464, 1e-9, 0);
    assert_close(fig(c, CTREND_CLAIMS_P_VALUE), 0.0168581900442812, 1e-9, 0);
    assert_close(fig(c, CTREND_CLAIMS_P_CLAIM), 0.62641489371055, 1e-9, 0);
    assert_close(fig(c, CTREND_CLAIMS_RATIO_PER_DAY), 0.579931972789116, 1e-12, 0);
    assert_non_null(strstr(cq_explanation(c, 0), "p = 0.04446"));
    ctrend_claims_free(c);
    /* a "down" claim that went up: Mar 39 vs Feb 22 is up 77.27%, not "down -77.27%" */
    c = one("change TTP/attacks in 2022-03 vs 2022-02 down more than 10%", NULL);
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(cq_verdict(c, 0), CON);
    assert_non_null(strstr(cq_explanation(c, 0), "computed: up 77.27%"));
    ctrend_claims_free(c);
    /* per day: down 42.0% -> "down more than 40%" holds */
    assert_int_equal(verdict_of(f, "change TTP/attacks in 2022-02 vs 2022-01 per-day down more than 40%", NULL), SUP);
    /* March vs Feb up 77.3%: "up more than 50%" SUPPORTED but within noise:
     * R poisson.test(c(39,22), r = 1.5, alternative = "greater")$p.value = 0.312281998815636 */
    c = one("change TTP/attacks in 2022-03 vs 2022-02 up more than 50%", NULL);
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(cq_verdict(c, 0), SUP);
    assert_close(fig(c, CTREND_CLAIMS_P_CLAIM), 0.312281998815636, 1e-9, 0);
    assert_close(fig(c, CTREND_CLAIMS_P_VALUE), 0.0396170148984998, 1e-9, 0);
    assert_int_equal(cq_within_noise(c, 0), 1);
    assert_non_null(strstr(cq_explanation(c, 0), "SUPPORTED, but within noise: p = 0.31"));
    ctrend_claims_free(c);
    /* period vs period: (39+54)/(42+22) = 1.453125 -> up 45%; R p 0.0251280321903172 */
    c = one("change TTP/attacks over 2022-03..2022-04 vs 2022-01..2022-02 up 45%", NULL);
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(cq_verdict(c, 0), SUP);
    assert_close(fig(c, CTREND_CLAIMS_P_VALUE), 0.0251280321903172, 1e-9, 0);
    assert_close(fig(c, CTREND_CLAIMS_CI_LOWER), 1.04568495823347, 1e-9, 0);
    assert_int_equal(cq_within_noise(c, 0), 0);
    ctrend_claims_free(c);
    /* year over year: 2021-02 missing -> bound; 22 vs 20 = +10% */
    c = one("change TTP/attacks in 2022-02 vs year-ago up 10%", NULL);
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(cq_verdict(c, 0), UNV);
    /* 22/Y - 1 rounds to 10% <=> 0.095 <= 22/Y - 1 < 0.105 <=> Y = 20 only */
    assert_non_null(strstr(cq_explanation(c, 0), "holds only if TTP/attacks 2021-02 = 20"));
    ctrend_claims_free(c);
    put(f, "TTP", "", "attacks", 2021, 2, 20);
    assert_int_equal(verdict_of(f, "change TTP/attacks in 2022-02 vs year-ago up 10%", NULL), SUP);
    /* previous 3 with 2021-11 and 2021-12 missing: two cells missing, no bound */
    c = one("change TTP/attacks in 2022-02 vs previous 3 down 20%", NULL);
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(cq_verdict(c, 0), UNV);
    assert_nan(fig(c, CTREND_CLAIMS_BOUND));
    assert_non_null(strstr(cq_explanation(c, 0), "TTP/attacks 2021-11..2021-12 (2 months)"));
    ctrend_claims_free(c);
    ctrend_frame_free(f);
}

/* ---- records, daily, trends ------------------------------------------------------------- */

static void test_record_daily(void **state)
{
    (void)state;
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_frame_new(&f), CTREND_OK);
    /* 2014-11: 90, then 40 75 60 70, 2015-04: 85 (highest since 2014-11, below 90) */
    const double v[] = {90, 40, 75, 60, 70, 85};
    for (int i = 0; i < 6; i++) put(f, "P", "", "attacks", 2014 + (10 + i) / 12, (10 + i) % 12 + 1, v[i]);
    assert_int_equal(verdict_of(f, "record P/attacks in 2015-04 highest since 2014-11", NULL), SUP);
    /* since 2014-12 (40 < 85 so the claim "since" is wrong: 2014-12 is not as high) */
    assert_int_equal(verdict_of(f, "record P/attacks in 2015-04 highest since 2014-12", NULL), CON);
    /* 2015-03 (70) is below 2015-01 (75) */
    assert_int_equal(verdict_of(f, "record P/attacks in 2015-03 highest since 2014-11", NULL), CON);
    /* "lowest since": 2015-01 (75) vs 2014-12 (40 <= 75) with nothing between: holds;
     * 2014-12 (40) lowest since 2014-11 (90): 90 is not as low -> CONTRADICTED */
    assert_int_equal(verdict_of(f, "record P/attacks in 2015-01 lowest since 2014-12", NULL), SUP);
    assert_int_equal(verdict_of(f, "record P/attacks in 2014-12 lowest since 2014-11", NULL), CON);
    assert_int_equal(verdict_of(f, "record P/attacks in 2015-05 highest since 2014-11", NULL), UNV);
    /* record of change: Dec -55.6%, Jan +87.5%, Feb -20%, Mar +16.7%, Apr +21.4%;
     * Apr is the highest change since Jan (Feb -20, Mar 16.7 below 21.4; Jan 87.5 >= 21.4),
     * not since Dec (Jan's 87.5 lies between) */
    assert_int_equal(verdict_of(f, "record change P/attacks in 2015-04 highest since 2015-01", NULL), SUP);
    assert_int_equal(verdict_of(f, "record change P/attacks in 2015-04 highest since 2014-12", NULL), CON);
    /* daily: 2014-12 has 40 >= 31 days */
    assert_int_equal(verdict_of(f, "daily P/attacks in 2014-12", NULL), SUP);
    put(f, "P", "", "attacks", 2015, 6, 29);
    assert_int_equal(verdict_of(f, "daily P/attacks in 2015-06", NULL), CON); /* 29 < 30 */
    assert_int_equal(verdict_of(f, "daily P/attacks over 2015-01..2015-02", NULL), SUP); /* 135 >= 59 */
    ctrend_claims *c = one("daily P/attacks in 2015-07", NULL);
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(cq_verdict(c, 0), UNV);
    assert_close(fig(c, CTREND_CLAIMS_BOUND), 31, 0, 0); /* July has 31 days */
    ctrend_claims_free(c);
    /* Feb 2022 (28 days): 28 is daily, 27 not */
    ctrend_frame *g = pair_frame(27, 28);
    assert_int_equal(verdict_of(g, "daily G/n in 2022-02", NULL), SUP);
    assert_int_equal(verdict_of(g, "daily G/n in 2022-01", NULL), CON);
    ctrend_frame_free(g);
    ctrend_frame_free(f);
}

static void test_trend(void **state)
{
    (void)state;
    ctrend_frame *f = ttp_frame();
    /* R: glm(c(42,22,39,54) ~ 0:3, poisson, epsilon 1e-14): slope 0.135735453711516,
     * se 0.071942009879747, p 0.0591960791735429 -> "increasing" SUPPORTED; the one-sided
     * p = 0.0296 < 0.05, so not within noise; "decreasing" CONTRADICTED */
    ctrend_claims *c = one("trend TTP/attacks over 2022-01..2022-04 increasing", NULL);
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(cq_verdict(c, 0), SUP);
    assert_close(fig(c, CTREND_CLAIMS_RATIO), exp(0.135735453711516), 1e-10, 0);
    assert_close(fig(c, CTREND_CLAIMS_P_VALUE), 0.0591960791735429, 1e-9, 0);
    assert_close(fig(c, CTREND_CLAIMS_P_CLAIM), 0.0591960791735429 / 2, 1e-9, 0);
    assert_close(fig(c, CTREND_CLAIMS_CI_LOWER), exp(0.135735453711516 - 1.959963984540054 * 0.071942009879747), 1e-9, 0);
    assert_int_equal(cq_within_noise(c, 0), 0);
    assert_non_null(strstr(cq_explanation(c, 0), "2 up, 1 down"));
    ctrend_claims_free(c);
    assert_int_equal(verdict_of(f, "trend TTP/attacks over 2022-01..2022-04 steady decreasing", NULL), CON);
    /* fewer than 3 months with data */
    assert_int_equal(verdict_of(f, "trend TTP/attacks over 2022-04..2022-08 decreasing", NULL), UNV);
    ctrend_frame_free(f);
    /* R: glm(c(60,50,45,30,33,20) ~ 0:5, poisson): slope -0.196098601396551, p 6.0555923426237e-07 */
    assert_int_equal(ctrend_frame_new(&f), CTREND_OK);
    const double y[] = {60, 50, 45, 30, 33, 20};
    for (int i = 0; i < 6; i++) put(f, "G", "", "n", 2023, i + 1, y[i]);
    c = one("trend G/n over 2023-01..2023-06 steady decreasing", NULL);
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(cq_verdict(c, 0), SUP);
    assert_close(fig(c, CTREND_CLAIMS_RATIO), exp(-0.196098601396551), 1e-8, 0);
    assert_close(fig(c, CTREND_CLAIMS_P_VALUE), 6.0555923426237e-07, 1e-6, 0);
    assert_non_null(strstr(cq_explanation(c, 0), "(1 against the claimed direction)"));
    ctrend_claims_free(c);
    /* all zeros: no log-linear trend */
    ctrend_frame_free(f);
    assert_int_equal(ctrend_frame_new(&f), CTREND_OK);
    for (int i = 0; i < 4; i++) put(f, "G", "", "n", 2023, i + 1, 0);
    assert_int_equal(verdict_of(f, "trend G/n over 2023-01..2023-04 decreasing", NULL), UNV);
    ctrend_frame_free(f);
}

static void test_summary(void **state)
{
    (void)state;
    ctrend_frame *f = ttp_frame();
    const char *t = "[a]\nclaim = value TTP/attacks in 2022-01 = 42\n"
                    "[b]\nclaim = value TTP/attacks in 2021-01 = 42\n";
    ctrend_claims *c = NULL;
    assert_int_equal(cq_parse(t, strlen(t), NULL, &c), CTREND_OK);
    size_t s = 9, k = 9, u = 9;
    assert_int_equal(cq_summary(c, &s, &k, &u), CQ_EXIT_UNVERIFIABLE); /* unchecked */
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(cq_summary(c, &s, &k, &u), CQ_EXIT_UNVERIFIABLE);
    assert_int_equal(s, 1);
    assert_int_equal(k, 0);
    assert_int_equal(u, 1);
    ctrend_claims_free(c);
    t = "[a]\nclaim = value TTP/attacks in 2022-01 = 42\n[b]\nclaim = value TTP/attacks in 2022-01 = 41\n"
        "[c]\nclaim = value TTP/attacks in 2021-01 = 42\n";
    assert_int_equal(cq_parse(t, strlen(t), NULL, &c), CTREND_OK);
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(cq_summary(c, NULL, NULL, NULL), CQ_EXIT_CONTRADICTED);
    ctrend_claims_free(c);
    t = "[a]\nclaim = value TTP/attacks in 2022-01 = 42\n";
    assert_int_equal(cq_parse(t, strlen(t), NULL, &c), CTREND_OK);
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(cq_summary(c, NULL, NULL, NULL), CQ_EXIT_SUPPORTED);
    /* checking again replaces results */
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(cq_verdict(c, 0), SUP);
    ctrend_claims_free(c);
    ctrend_frame_free(f);
}

/* ---- the seed claims files on the transcribed data ---------------------------------------- */

static void load_tidy(ctrend_frame *f, const char *path)
{
    FILE *fp = fopen(path, "r");
    assert_non_null(fp);
    char l[512];
    assert_non_null(fgets(l, sizeof l, fp));
    while (fgets(l, sizeof l, fp)) {
        char *fl[5], *p = l;
        for (int i = 0; i < 5; i++) {
            fl[i] = p;
            char *cm = strchr(p, ',');
            if (cm) { *cm = '\0'; p = cm + 1; }
        }
        fl[4][strcspn(fl[4], "\r\n")] = '\0';
        int32_t m;
        assert_int_equal(ctrend_month_parse(fl[0], strlen(fl[0]), &m), CTREND_OK);
        size_t idx;
        assert_int_equal(ctrend_frame_add_series(f, fl[1], fl[2], fl[3], &idx), CTREND_OK);
        assert_int_equal(ctrend_frame_set(f, idx, m, atof(fl[4])), CTREND_OK);
    }
    fclose(fp);
}

static int verdict_by_id(const ctrend_claims *c, const char *id)
{
    size_t i;
    assert_int_equal(ctrend_claims_find(c, id, &i), CTREND_OK);
    return cq_verdict(c, i);
}

/* Long ranges. Checking used to compare every missing cell with the list of all missing cells
 * (quadratic: "sum A/a + B/b + C/c over 0001-01..9999-12 = 1" took 30 s; fuzzer find
 * tests/fuzz/regressions/claims/). Now the list is de-duplicated once (sort + unique) and a
 * range is at most 1200 months (CTREND__MAX_RANGE_MONTHS). No timing here: the longest legal
 * range is checked for its verdict and missing-cell text, and repeated reads of one missing
 * cell are listed once (and still give the single-cell bound). */
static void test_long_ranges(void **state)
{
    (void)state;
    /* the fuzzer's claim: EPARSE at the end month (column 43), with the length in the message */
    const char *bad = "[a]\nclaim = sum A/a + B/b + C/c over 0001-01..9999-12 = 1\n";
    expect_error(bad, 2, 43, "a");
    ctrend_claims *c = NULL;
    assert_int_equal(cq_parse(bad, strlen(bad), "bad.claims", &c), CTREND_EPARSE);
    assert_non_null(strstr(ctrend_claims_errmsg(c), "a range of at most 1200 months (100 years) is allowed, got 119988 months"));
    ctrend_claims_free(c);
    /* 1201 months (1923-01..2023-01), and a base range of 1464 months (1900-01..2021-12) */
    expect_error("[a]\nclaim = sum A/a over 1923-01..2023-01 = 1\n", 2, 31, "a");
    expect_error("[a]\nclaim = change TTP/attacks in 2022-01 vs 1900-01..2021-12 up 5%\n", 2, 51, "a");

    ctrend_frame *f = ttp_frame();
    put(f, "ISKP", "", "attacks", 2022, 1, 3); /* ISKP/attacks 2022-02 is absent (missing) */
    put(f, "ISKP", "", "attacks", 2022, 3, 5);
    put(f, "ISKP", "", "attacks", 2022, 4, 1);
    /* exactly 1200 months, three absent series: 3600 missing cells, each listed as one run */
    c = one("sum A/a + B/b + C/c over 1923-01..2022-12 = 1", NULL);
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(cq_verdict(c, 0), UNV);
    assert_non_null(strstr(cq_explanation(c, 0),
                           "UNVERIFIABLE: missing A/a 1923-01..2022-12 (1200 months), "
                           "B/b 1923-01..2022-12 (1200 months), C/c 1923-01..2022-12 (1200 months)\n"));
    ctrend_claims_free(c);
    /* the same cells read twice (target range = base range): each listed once.
     * 2000-01..2021-12 = 22*12 = 264 months; 2000-01..2022-04 = 268 months */
    c = one("change TTP/attacks + B/b over 2000-01..2022-04 vs 2000-01..2022-04 up 5%", NULL);
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(cq_verdict(c, 0), UNV);
    assert_non_null(strstr(cq_explanation(c, 0),
                           "UNVERIFIABLE: missing TTP/attacks 2000-01..2021-12 (264 months), "
                           "B/b 2000-01..2022-04 (268 months)\n"));
    ctrend_claims_free(c);
    /* one missing cell (ISKP/attacks 2022-02) read twice, by the target and the base: still a
     * single missing cell, so the bound is searched. x1 = 3 + v + 5, x2 = v + 5 + 1, both over
     * 3 months: 100(R - 1) = 200/(6 + v), which rounds to 5 for v = 31 (5.41) .. 38 (4.55)
     * and not for 30 (5.56) or 39 (4.44). */
    c = one("change ISKP/attacks over 2022-01..2022-03 vs 2022-02..2022-04 up 5%", NULL);
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(cq_verdict(c, 0), UNV);
    const char *e = cq_explanation(c, 0);
    assert_non_null(strstr(e, "UNVERIFIABLE: missing ISKP/attacks 2022-02\n"));
    assert_non_null(strstr(e, "holds only if 31 <= ISKP/attacks 2022-02 <= 38\n"));
    assert_true(fig(c, CTREND_CLAIMS_BOUND) == 31.0);
    ctrend_claims_free(c);
    ctrend_frame_free(f);
}

/* The one-missing-cell bound of a value or sum compared with a right-hand expression (issue
 * 18 #7): found by bisection on L - R, which rises with a cell on the left and falls with one
 * on the right (it was a scan of all 10^5 values). Hand arithmetic: G/a = 10, G/b = 4 in
 * 2022-01, G/c absent (the missing cell, v); G/big = 90004. */
static void test_bound_vs_expression(void **state)
{
    (void)state;
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_frame_new(&f), CTREND_OK);
    put(f, "G", "", "a", 2022, 1, 10);
    put(f, "G", "", "b", 2022, 1, 4);
    put(f, "G", "", "big", 2022, 1, 90004);
    static const struct {
        const char *claim, *says;
        double bound; /* NaN: no single bound */
    } cases[] = {
        /* missing cell on the right: 10 = 4 + v only at v = 6; 10 > 4 + v for v <= 5 */
        {"value G/a in 2022-01 = G/b + G/c", "holds only if G/c 2022-01 = 6\n", 6},
        {"value G/a in 2022-01 > G/b + G/c", "holds only if G/c 2022-01 <= 5\n", 5},
        {"value G/a in 2022-01 < G/b + G/c", "holds only if G/c 2022-01 >= 7\n", 7},
        {"value G/a in 2022-01 at most G/b + G/c", "holds only if G/c 2022-01 >= 6\n", 6},
        /* on the left: v + 4 >= 10 for v >= 6; v + 4 <= 10 for v <= 6 */
        {"value G/c + G/b in 2022-01 at least G/a", "holds only if G/c 2022-01 >= 6\n", 6},
        {"sum G/c + G/b in 2022-01 <= G/a", "holds only if G/c 2022-01 <= 6\n", 6},
        /* 90004 = 4 + v: v = 90000, deep in 0..100000 */
        {"value G/big in 2022-01 = G/b + G/c", "holds only if G/c 2022-01 = 90000\n", 90000},
        /* 4 = 10 + v never; 4 < 10 + v always */
        {"value G/b in 2022-01 = G/a + G/c",
         "no value of G/c 2022-01 in 0..100000 makes the claim hold\n", NAN},
        {"value G/b in 2022-01 < G/a + G/c", "the claim holds whatever G/c 2022-01 is (0..100000)\n",
         NAN},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        ctrend_claims *c = one(cases[k].claim, NULL);
        assert_int_equal(cq_check(c, f), CTREND_OK);
        assert_int_equal(cq_verdict(c, 0), UNV);
        const char *e = cq_explanation(c, 0);
        if (!strstr(e, cases[k].says)) print_error("%s:\n%s", cases[k].claim, e);
        assert_non_null(strstr(e, cases[k].says));
        const double b = fig(c, CTREND_CLAIMS_BOUND);
        if (isnan(cases[k].bound)) assert_true(isnan(b));
        else assert_true(b == cases[k].bound);
        ctrend_claims_free(c);
    }
    ctrend_frame_free(f);
}

static void test_seed_files(void **state)
{
    (void)state;
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_frame_new(&f), CTREND_OK);
    load_tidy(f, "tests/data/claims/data/ttp_2022.csv");
    load_tidy(f, "tests/data/claims/data/ttp_2022_breakdowns.csv");
    load_tidy(f, "tests/data/claims/data/is_pakistan_2022.csv");
    size_t len;
    char *text = ctrend_test_slurp("datasets/claims/seed_004.claims", &len);
    assert_non_null(text);
    ctrend_claims *c = NULL;
    assert_int_equal(cq_parse(text, len, "seed_004.claims", &c), CTREND_OK);
    free(text);
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(verdict_by_id(c, "ttp-2022-02-casualties-75"), SUP);
    assert_int_equal(verdict_by_id(c, "ttp-2022-02-deaths-30"), CON);
    assert_int_equal(verdict_by_id(c, "ttp-2022-04-by-service"), CON);
    assert_int_equal(verdict_by_id(c, "ttp-2022-02-vs-prev2"), UNV);
    assert_int_equal(verdict_by_id(c, "ttp-2022-02-vs-jan"), CON);
    assert_int_equal(verdict_by_id(c, "iskp-2022-jan-dec-31"), UNV);
    assert_int_equal(verdict_by_id(c, "is-2022-03-locations"), SUP);
    size_t s, k, u;
    assert_int_equal(cq_summary(c, &s, &k, &u), CQ_EXIT_CONTRADICTED);
    print_message("seed_004: %zu supported, %zu contradicted, %zu unverifiable\n", s, k, u);
    ctrend_claims_free(c);

    text = ctrend_test_slurp("datasets/claims/seed_000_001_003.claims", &len);
    assert_non_null(text);
    assert_int_equal(cq_parse(text, len, "seed_000_001_003.claims", &c), CTREND_OK);
    free(text);
    assert_int_equal(cq_check(c, f), CTREND_OK);
    assert_int_equal(cq_summary(c, &s, &k, &u), CQ_EXIT_UNVERIFIABLE);
    assert_int_equal(u, ctrend_claims_count(c));
    assert_non_null(strstr(cq_explanation(c, 1), "holds only if TTP/attacks 2023-08 >= 31"));
    ctrend_claims_free(c);
    ctrend_frame_free(f);
}

/* What a claim compares (ctrend_claims_kind_of, _n_terms, _term_*, _target, _base), checked by
 * hand against the claim lines of datasets/claims/seed_004.claims and a few inline claims.
 * Month indices: 2022-02 = 2022*12 + 1, "previous 2" of 2022-02 = 2021-12..2022-01. */
static void expect_months(const ctrend_claims *c, size_t i, int32_t t1, int32_t t2, int32_t b1,
                          int32_t b2)
{
    int32_t a = 0, b = 0;
    assert_int_equal(ctrend_claims_target(c, i, &a, &b), CTREND_OK);
    assert_int_equal(a, t1);
    assert_int_equal(b, t2);
    a = b = 0;
    if (b1 == CTREND_CLAIMS_NO_MONTH) {
        assert_int_equal(ctrend_claims_base(c, i, &a, &b), CTREND_ENOTFOUND);
    } else {
        assert_int_equal(ctrend_claims_base(c, i, &a, &b), CTREND_OK);
    }
    assert_int_equal(a, b1);
    assert_int_equal(b, b2);
}

static void expect_term(const ctrend_claims *c, size_t i, size_t j, const char *g, const char *r,
                        const char *m, int side)
{
    assert_string_equal(cq_term_group(c, i, j), g);
    assert_string_equal(cq_term_region(c, i, j), r);
    assert_string_equal(cq_term_metric(c, i, j), m);
    assert_int_equal(cq_term_side(c, i, j), side);
}

static void test_query(void **state)
{
    (void)state;
    const int32_t NO = CTREND_CLAIMS_NO_MONTH;
    size_t len = 0, i = 0;
    char *text = ctrend_test_slurp("datasets/claims/seed_004.claims", &len);
    assert_non_null(text);
    ctrend_claims *c = NULL;
    assert_int_equal(cq_parse(text, len, "seed_004.claims", &c), CTREND_OK);
    free(text);

    /* change TTP/attacks in 2022-02 vs previous 2 down more than 50% */
    assert_int_equal(ctrend_claims_find(c, "ttp-2022-02-vs-prev2", &i), CTREND_OK);
    assert_int_equal(cq_kind_of(c, i), CTREND_CLAIMS_KIND_CHANGE);
    assert_int_equal(ctrend_claims_n_terms(c, i), 1);
    expect_term(c, i, 0, "TTP", "", "attacks", 0);
    expect_months(c, i, M(2022, 2), M(2022, 2), M(2021, 12), M(2022, 1));
    assert_null(cq_term_group(c, i, 1));
    assert_null(cq_term_region(c, i, 1));
    assert_null(cq_term_metric(c, i, 1));
    assert_int_equal(cq_term_side(c, i, 1), -1);

    /* change TTP/attacks in 2022-02 vs 2022-01 down more than 50% */
    assert_int_equal(ctrend_claims_find(c, "ttp-2022-02-vs-jan", &i), CTREND_OK);
    expect_months(c, i, M(2022, 2), M(2022, 2), M(2022, 1), M(2022, 1));
    /* change TTP/attacks in 2022-03 vs 2022-02 up more than 50% */
    assert_int_equal(ctrend_claims_find(c, "ttp-2022-mar-vs-feb", &i), CTREND_OK);
    expect_months(c, i, M(2022, 3), M(2022, 3), M(2022, 2), M(2022, 2));

    /* value military + police + fc + secret_services in 2022-04 = deaths + injured: 4 + 2 terms */
    assert_int_equal(ctrend_claims_find(c, "ttp-2022-04-by-service", &i), CTREND_OK);
    assert_int_equal(cq_kind_of(c, i), CTREND_CLAIMS_KIND_VALUE);
    assert_int_equal(ctrend_claims_n_terms(c, i), 6);
    expect_term(c, i, 0, "TTP", "", "casualties_military", 0);
    expect_term(c, i, 1, "TTP", "", "casualties_police", 0);
    expect_term(c, i, 2, "TTP", "", "casualties_fc", 0);
    expect_term(c, i, 3, "TTP", "", "casualties_secret_services", 0);
    expect_term(c, i, 4, "TTP", "", "deaths", 1);
    expect_term(c, i, 5, "TTP", "", "injured", 1);
    expect_months(c, i, M(2022, 4), M(2022, 4), NO, NO);

    /* value ISKP+ISPP/attacks/Peshawar + ISKP+ISPP/attacks/Rawalpindi in 2022-01
     *   = ISKP/attacks + ISPP/attacks */
    assert_int_equal(ctrend_claims_find(c, "is-2022-01-locations", &i), CTREND_OK);
    assert_int_equal(ctrend_claims_n_terms(c, i), 4);
    expect_term(c, i, 0, "ISKP+ISPP", "Peshawar", "attacks", 0);
    expect_term(c, i, 1, "ISKP+ISPP", "Rawalpindi", "attacks", 0);
    expect_term(c, i, 2, "ISKP", "", "attacks", 1);
    expect_term(c, i, 3, "ISPP", "", "attacks", 1);

    /* sum TTP/attacks over 2022-01..2022-04 = 157 */
    assert_int_equal(ctrend_claims_find(c, "ttp-2022-jan-apr-attacks", &i), CTREND_OK);
    assert_int_equal(cq_kind_of(c, i), CTREND_CLAIMS_KIND_SUM);
    assert_int_equal(ctrend_claims_n_terms(c, i), 1);
    expect_months(c, i, M(2022, 1), M(2022, 4), NO, NO);
    /* daily TTP/attacks in 2022-03 */
    assert_int_equal(ctrend_claims_find(c, "ttp-2022-03-daily", &i), CTREND_OK);
    assert_int_equal(cq_kind_of(c, i), CTREND_CLAIMS_KIND_DAILY);
    expect_months(c, i, M(2022, 3), M(2022, 3), NO, NO);
    /* value ISKP+ISPP/deaths in 2022-01 = 2: one term, the group name contains '+' */
    assert_int_equal(ctrend_claims_find(c, "is-2022-01-deaths", &i), CTREND_OK);
    assert_int_equal(ctrend_claims_n_terms(c, i), 1);
    expect_term(c, i, 0, "ISKP+ISPP", "", "deaths", 0);

    /* the returned keys are those ctrend_frame_find expects */
    ctrend_frame *f = ttp_frame();
    size_t idx = 0;
    assert_int_equal(ctrend_claims_find(c, "ttp-2022-02-vs-prev2", &i), CTREND_OK);
    assert_int_equal(ctrend_frame_find(f, cq_term_group(c, i, 0),
                                       cq_term_region(c, i, 0),
                                       cq_term_metric(c, i, 0), &idx), CTREND_OK);
    assert_string_equal(tg_frame_metric(f, idx), "attacks");
    assert_string_equal(tg_frame_region(f, idx), "");

    /* the getters do not depend on checking, and checking does not change them */
    assert_int_equal(cq_check(c, f), CTREND_OK);
    expect_months(c, i, M(2022, 2), M(2022, 2), M(2021, 12), M(2022, 1));

    /* bad arguments */
    int32_t a = 7, b = 7;
    const size_t n = ctrend_claims_count(c);
    assert_int_equal(cq_kind_of(c, n), -1);
    assert_int_equal(cq_kind_of(NULL, 0), -1);
    assert_int_equal(ctrend_claims_n_terms(c, n), 0);
    assert_int_equal(ctrend_claims_n_terms(NULL, 0), 0);
    assert_null(cq_term_group(NULL, 0, 0));
    assert_null(cq_term_metric(c, n, 0));
    assert_int_equal(cq_term_side(NULL, 0, 0), -1);
    assert_int_equal(ctrend_claims_target(c, n, &a, &b), CTREND_ERANGE);
    assert_int_equal(ctrend_claims_base(c, n, &a, &b), CTREND_ERANGE);
    assert_int_equal(a, 7); /* untouched on error */
    assert_int_equal(ctrend_claims_target(NULL, 0, &a, &b), CTREND_EINVAL);
    assert_int_equal(ctrend_claims_target(c, 0, NULL, &b), CTREND_EINVAL);
    assert_int_equal(ctrend_claims_target(c, 0, &a, NULL), CTREND_EINVAL);
    assert_int_equal(ctrend_claims_base(NULL, 0, &a, &b), CTREND_EINVAL);
    assert_int_equal(ctrend_claims_base(c, 0, NULL, &b), CTREND_EINVAL);
    assert_int_equal(ctrend_claims_base(c, 0, &a, NULL), CTREND_EINVAL);
    ctrend_claims_free(c);
    ctrend_frame_free(f);

    /* the other kinds and bases, inline */
    c = one("change TTP/attacks over 2022-03..2022-04 vs year-ago up 10%", NULL);
    assert_int_equal(cq_kind_of(c, 0), CTREND_CLAIMS_KIND_CHANGE);
    expect_months(c, 0, M(2022, 3), M(2022, 4), M(2021, 3), M(2021, 4));
    ctrend_claims_free(c);
    c = one("change TTP/attacks in 2022-03 vs year-ago up 10%", NULL);
    expect_months(c, 0, M(2022, 3), M(2022, 3), M(2021, 3), M(2021, 3));
    ctrend_claims_free(c);
    c = one("change TTP/attacks over 2022-03..2022-04 vs 2022-01..2022-02 per-day up 10%", NULL);
    expect_months(c, 0, M(2022, 3), M(2022, 4), M(2022, 1), M(2022, 2));
    ctrend_claims_free(c);
    c = one("change TTP/attacks in 2022-03 vs previous 12 up 10%", NULL);
    expect_months(c, 0, M(2022, 3), M(2022, 3), M(2021, 3), M(2022, 2));
    ctrend_claims_free(c);
    c = one("record PICSS/attacks in 2023-08 highest since 2014-11", NULL);
    assert_int_equal(cq_kind_of(c, 0), CTREND_CLAIMS_KIND_RECORD);
    expect_months(c, 0, M(2023, 8), M(2023, 8), M(2014, 11), M(2023, 7));
    ctrend_claims_free(c);
    c = one("record change PICSS/attacks in 2023-08 lowest since 2023-07", NULL);
    expect_months(c, 0, M(2023, 8), M(2023, 8), M(2023, 7), M(2023, 7));
    ctrend_claims_free(c);
    c = one("trend ISKP/attacks over 2023-01..2023-08 steady decreasing", NULL);
    assert_int_equal(cq_kind_of(c, 0), CTREND_CLAIMS_KIND_TREND);
    expect_months(c, 0, M(2023, 1), M(2023, 8), NO, NO);
    ctrend_claims_free(c);
    c = one("mean TTP/attacks/\"North Waziristan\" + TTP/deaths over 2022-01..2022-02 = 12", NULL);
    assert_int_equal(cq_kind_of(c, 0), CTREND_CLAIMS_KIND_MEAN);
    assert_int_equal(ctrend_claims_n_terms(c, 0), 2);
    expect_term(c, 0, 0, "TTP", "North Waziristan", "attacks", 0);
    expect_term(c, 0, 1, "TTP", "", "deaths", 0);
    expect_months(c, 0, M(2022, 1), M(2022, 2), NO, NO);
    ctrend_claims_free(c);
    c = one("daily TTP/attacks over 2022-01..2022-03", NULL);
    expect_months(c, 0, M(2022, 1), M(2022, 3), NO, NO);
    ctrend_claims_free(c);
}

int main(void)
{
    ctrend_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_errors),
        cmocka_unit_test(test_parse_fields),
        cmocka_unit_test(test_values),
        cmocka_unit_test(test_rounding_and_strictness),
        cmocka_unit_test(test_ttp_february),
        cmocka_unit_test(test_change_kinds),
        cmocka_unit_test(test_record_daily),
        cmocka_unit_test(test_trend),
        cmocka_unit_test(test_summary),
        cmocka_unit_test(test_long_ranges),
        cmocka_unit_test(test_bound_vs_expression),
        cmocka_unit_test(test_seed_files),
        cmocka_unit_test(test_query),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
