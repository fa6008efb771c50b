/*
 * test_claims_docs.c — docs/claims.md cannot drift from the parser (issue 16): every
 * ```claims block of the docs is parsed and checked against the data of its ```csv blocks,
 * and each record's "note = expect VERDICT" must be the verdict (the expected figures are
 * worked out by hand in the notes themselves); the File syntax block must parse as written;
 * every example in the third column of the claim-forms table must parse as a claim line.
 * Also: datasets/claims/seed_v2.claims (the real-report set) on the bundled data, verdict by
 * verdict, read through the library's CSV reader as `ctrend check` reads them.
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

typedef struct block {
    char info[16];
    char *text;
    int line; /* first line of the block's content in the docs */
} block;

/* Split a markdown text into its fenced blocks (``` fences at the start of a line). */
static size_t fenced_blocks(const char *doc, block *out, size_t cap)
{
    size_t n = 0;
    const char *p = doc;
    int line = 1;
    while (*p) {
        const char *eol = strchr(p, '\n');
        const size_t len = eol ? (size_t)(eol - p) : strlen(p);
        if (len >= 3 && !strncmp(p, "```", 3)) {
            block b;
            memset(&b, 0, sizeof b);
            size_t il = len - 3 < sizeof b.info - 1 ? len - 3 : sizeof b.info - 1;
            memcpy(b.info, p + 3, il);
            b.info[il] = '\0';
            b.line = line + 1;
            const char *q = eol ? eol + 1 : p + len;
            const char *start = q;
            int l2 = line + 1;
            while (*q && strncmp(q, "```", 3)) {
                const char *e = strchr(q, '\n');
                q = e ? e + 1 : q + strlen(q);
                l2++;
            }
            b.text = malloc((size_t)(q - start) + 1);
            assert_non_null(b.text);
            memcpy(b.text, start, (size_t)(q - start));
            b.text[q - start] = '\0';
            assert_true(n < cap);
            out[n++] = b;
            line = l2;
            const char *e = strchr(q, '\n');
            p = e ? e + 1 : q + strlen(q);
            line++;
            continue;
        }
        p = eol ? eol + 1 : p + len;
        line++;
    }
    return n;
}

/* Long-format CSV rows "month,group,region,metric,value" into f. */
static void load_long(ctrend_frame *f, const char *text)
{
    const char *p = text;
    int first = 1;
    while (*p) {
        const char *eol = strchr(p, '\n');
        const size_t len = eol ? (size_t)(eol - p) : strlen(p);
        char row[256];
        assert_true(len < sizeof row);
        memcpy(row, p, len);
        row[len] = '\0';
        p = eol ? eol + 1 : p + len;
        if (first) {
            assert_string_equal(row, "month,group,region,metric,value");
            first = 0;
            continue;
        }
        if (!*row) continue;
        char *fl[5], *q = row;
        for (int i = 0; i < 5; i++) {
            fl[i] = q;
            char *cm = strchr(q, ',');
            if (cm) {
                *cm = '\0';
                q = cm + 1;
            }
        }
        int32_t m;
        assert_int_equal(ctrend_month_parse(fl[0], strlen(fl[0]), &m), CTREND_OK);
        size_t idx;
        assert_int_equal(ctrend_frame_add_series(f, fl[1], fl[2], fl[3], &idx), CTREND_OK);
        assert_int_equal(ctrend_frame_set(f, idx, m, atof(fl[4])), CTREND_OK);
    }
}

static int verdict_code(const char *w)
{
    static const char *const names[] = {"SUPPORTED", "CONTRADICTED", "UNVERIFIABLE", "UNCHECKED", "INVALID"};
    for (int k = 0; k < 5; k++)
        if (!strncmp(w, names[k], strlen(names[k]))) return k;
    return -1;
}

/* Check every "note = expect VERDICT" of a claims text against the checked handle. */
static size_t check_expectations(const ctrend_claims *c, const char *text, int line0)
{
    size_t n = 0;
    char id[128] = "";
    const char *p = text;
    while (*p) {
        const char *eol = strchr(p, '\n');
        const size_t len = eol ? (size_t)(eol - p) : strlen(p);
        if (len > 2 && p[0] == '[') {
            const char *e = memchr(p, ']', len);
            assert_non_null(e);
            snprintf(id, sizeof id, "%.*s", (int)(e - p - 1), p + 1);
        }
        const char *ex = strstr(p, "expect ");
        if (!strncmp(p, "note", 4) && ex && ex < p + len) {
            const int want = verdict_code(ex + 7);
            assert_true(want >= 0);
            size_t i;
            assert_int_equal(ctrend_claims_find(c, id, &i), CTREND_OK);
            const int got = cq_verdict(c, i);
            if (got != want)
                print_error("docs/claims.md (block at line %d) [%s]: %s, the docs say %s\n%s", line0, id,
                            ctrend_claims_verdict_name(got), ctrend_claims_verdict_name(want),
                            cq_explanation(c, i));
            assert_int_equal(got, want);
            n++;
        }
        p = eol ? eol + 1 : p + len;
    }
    return n;
}

static void test_docs_examples(void **state)
{
    (void)state;
    size_t len;
    char *doc = ctrend_test_slurp("docs/claims.md", &len);
    assert_non_null(doc);
    block b[64];
    const size_t nb = fenced_blocks(doc, b, 64);
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_frame_new(&f), CTREND_OK);
    size_t n_csv = 0, n_claims = 0, n_expect = 0;
    for (size_t k = 0; k < nb; k++)
        if (!strcmp(b[k].info, "csv")) {
            load_long(f, b[k].text);
            n_csv++;
        }
    for (size_t k = 0; k < nb; k++) {
        if (strcmp(b[k].info, "claims")) continue;
        ctrend_claims *c = NULL;
        const int rc = cq_parse(b[k].text, strlen(b[k].text), "docs/claims.md", &c);
        if (rc != CTREND_OK) print_error("block at line %d: %s\n", b[k].line, ctrend_claims_errmsg(c));
        assert_int_equal(rc, CTREND_OK);
        assert_int_equal(cq_check(c, f), CTREND_OK);
        n_expect += check_expectations(c, b[k].text, b[k].line);
        n_claims += ctrend_claims_count(c);
        ctrend_claims_free(c);
    }
    assert_true(n_csv >= 1);
    assert_true(n_claims >= 10);
    assert_int_equal(n_expect, n_claims); /* every docs example states its verdict */
    print_message("docs/claims.md: %zu claims checked against %zu csv block(s)\n", n_claims, n_csv);

    /* the File syntax block (the first untagged block after its heading), as written */
    const char *fs = strstr(doc, "### File syntax");
    assert_non_null(fs);
    int found = 0;
    for (size_t k = 0; k < nb && !found; k++) {
        if (b[k].info[0] || strstr(doc, b[k].text) < fs) continue;
        ctrend_claims *c = NULL;
        const int rc = cq_parse(b[k].text, strlen(b[k].text), "docs/claims.md", &c);
        if (rc != CTREND_OK) print_error("File syntax block: %s\n", ctrend_claims_errmsg(c));
        assert_int_equal(rc, CTREND_OK);
        assert_int_equal(ctrend_claims_count(c), 1);
        ctrend_claims_free(c);
        found = 1;
    }
    assert_true(found);

    /* every `...` example in the third column of the claim-forms table parses */
    static const char *const kinds[] = {"value ", "sum ", "mean ", "share ", "change ", "record ",
                                        "rank ", "trend ", "daily "};
    size_t n_table = 0;
    const char *p = strstr(doc, "| kind | form | example");
    assert_non_null(p);
    while ((p = strchr(p, '\n')) && p[1] == '|') {
        p++;
        const char *eol = strchr(p, '\n');
        /* the third column: after the third unescaped '|' */
        const char *col = p;
        for (int bars = 0; bars < 3 && col < eol; col++)
            if (*col == '|' && col[-1] != '\\') bars++;
        while (col < eol) {
            const char *a = memchr(col, '`', (size_t)(eol - col));
            if (!a) break;
            const char *z = memchr(a + 1, '`', (size_t)(eol - a - 1));
            assert_non_null(z);
            char line[600];
            snprintf(line, sizeof line, "%.*s", (int)(z - a - 1), a + 1);
            int is_claim = 0;
            for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
                if (!strncmp(line, kinds[k], strlen(kinds[k]))) is_claim = 1;
            if (is_claim) {
                char rec[700];
                snprintf(rec, sizeof rec, "[t]\nclaim = %s\n", line);
                ctrend_claims *c = NULL;
                const int rc = cq_parse(rec, strlen(rec), "table", &c);
                if (rc != CTREND_OK) print_error("table example: %s\n", ctrend_claims_errmsg(c));
                assert_int_equal(rc, CTREND_OK);
                ctrend_claims_free(c);
                n_table++;
            }
            col = z + 1;
        }
    }
    print_message("table: %zu examples parsed\n", n_table);
    assert_true(n_table >= 13);
    for (size_t k = 0; k < nb; k++) free(b[k].text);
    ctrend_frame_free(f);
    free(doc);
}

/* Pool the series of a file read by the library's reader into f. */
static void read_into(ctrend_frame *f, const char *path)
{
    ctrend_reader *r = NULL;
    ctrend_frame *g = NULL;
    assert_int_equal(ctrend_reader_new(&r, NULL), CTREND_OK);
    const int rc = ctrend_reader_read_file(r, path, &g, NULL);
    if (rc != CTREND_OK) print_error("%s: %s\n", path, ctrend_reader_errmsg(r));
    assert_int_equal(rc, CTREND_OK);
    ctrend_reader_free(r);
    const int32_t start = tg_frame_start(g);
    for (size_t s = 0; s < ctrend_frame_n_series(g); s++) {
        size_t idx;
        assert_int_equal(ctrend_frame_add_series(f, tg_frame_group(g, s), tg_frame_region(g, s),
                                                 tg_frame_metric(g, s), &idx),
                         CTREND_OK);
        for (size_t i = 0; i < ctrend_frame_n_months(g); i++) {
            double v;
            if (ctrend_frame_get(g, s, start + (int32_t)i, &v) == CTREND_OK && !isnan(v))
                assert_int_equal(ctrend_frame_set(f, idx, start + (int32_t)i, v), CTREND_OK);
        }
    }
    ctrend_frame_free(g);
}

static int verdict_by_id(const ctrend_claims *c, const char *id)
{
    size_t i;
    assert_int_equal(ctrend_claims_find(c, id, &i), CTREND_OK);
    return cq_verdict(c, i);
}

static void test_seed_v2(void **state)
{
    (void)state;
    ctrend_frame *f = NULL;
    assert_int_equal(ctrend_frame_new(&f), CTREND_OK);
    read_into(f, "datasets/ttp_2022.csv");
    read_into(f, "datasets/ttp_2022_breakdowns.csv");
    read_into(f, "datasets/ucdp_ged_pakistan_monthly.csv");
    size_t len;
    char *text = ctrend_test_slurp("datasets/claims/seed_v2.claims", &len);
    assert_non_null(text);
    ctrend_claims *c = NULL;
    assert_int_equal(cq_parse(text, len, "seed_v2.claims", &c), CTREND_OK);
    free(text);
    assert_int_equal(cq_check(c, f), CTREND_OK);
    /* Feb 2022: deaths 36 + injured 39 = 75 */
    assert_int_equal(verdict_by_id(c, "ttp-2022-02-casualties-define"), CTREND_VERDICT_SUPPORTED);
    /* 1 of 22 = 4.55% -> 5% */
    assert_int_equal(verdict_by_id(c, "ttp-2022-02-balochistan-share"), CTREND_VERDICT_SUPPORTED);
    /* NW 8 > 3, 3, 3; as a strict order Bajaur 3 = DI Khan 3 fails */
    assert_int_equal(verdict_by_id(c, "ttp-2022-02-north-waziristan-first"), CTREND_VERDICT_SUPPORTED);
    assert_int_equal(verdict_by_id(c, "ttp-2022-02-order-as-listed"), CTREND_VERDICT_CONTRADICTED);
    /* 10 > 7 > 5 > 3; 14 > 13 > 5 > 4 */
    assert_int_equal(verdict_by_id(c, "ttp-2022-03-order"), CTREND_VERDICT_SUPPORTED);
    assert_int_equal(verdict_by_id(c, "ttp-2022-04-order"), CTREND_VERDICT_SUPPORTED);
    /* 42, 22, 39, 54 */
    assert_int_equal(verdict_by_id(c, "ttp-2022-04-most-attacks-of-jan-apr"), CTREND_VERDICT_SUPPORTED);
    assert_int_equal(verdict_by_id(c, "ttp-2022-02-lowest-of-jan-apr"), CTREND_VERDICT_SUPPORTED);
    /* UCDP ends in 2021-12: the 20 months 2022-01..2023-08 are missing */
    assert_int_equal(verdict_by_id(c, "ttp-over-1500-killed-two-years"), CTREND_VERDICT_UNVERIFIABLE);
    size_t i;
    assert_int_equal(ctrend_claims_find(c, "ttp-over-1500-killed-two-years", &i), CTREND_OK);
    assert_string_equal(cq_note(c, i), "missing \"\"/deaths_best_ttp 2022-01..2023-08 (20 months); "
                                                  "as of 2023-09-13: the data carry no vintages, figures read as given");
    assert_int_equal(verdict_by_id(c, "ttp-daily-occurrence-two-years"), CTREND_VERDICT_UNVERIFIABLE);
    assert_int_equal(verdict_by_id(c, "ttp-intensified-since-kabul"), CTREND_VERDICT_UNVERIFIABLE);
    /* yearly UCDP TTP events 2016..2019: 108, 94, 49, 56. R: glm(c(108,94,49,56) ~ I(0:3),
     * family = poisson): slope -0.2671479, Wald p 3.789397e-07 -> decreasing, SUPPORTED; but
     * 2019 (56) is not the lowest (2018: 49) */
    assert_int_equal(verdict_by_id(c, "ttp-strongholds-dismantled-2016-2019"), CTREND_VERDICT_SUPPORTED);
    assert_int_equal(ctrend_claims_find(c, "ttp-strongholds-dismantled-2016-2019", &i), CTREND_OK);
    double r = 0, p = 0;
    assert_int_equal(ctrend_claims_figure(c, i, CTREND_CLAIMS_RATIO, &r), CTREND_OK);
    assert_int_equal(ctrend_claims_figure(c, i, CTREND_CLAIMS_P_VALUE, &p), CTREND_OK);
    assert_close(log(r), -0.2671479, 0, 5e-8);
    assert_close(p, 3.789397e-07, 1e-6, 0);
    assert_int_equal(verdict_by_id(c, "ttp-2019-fewest-events"), CTREND_VERDICT_CONTRADICTED);
    ctrend_claims_free(c);
    ctrend_frame_free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_docs_examples),
        cmocka_unit_test(test_seed_v2),
    };
    ctrend_init();
    return cmocka_run_group_tests(tests, NULL, NULL);
}
