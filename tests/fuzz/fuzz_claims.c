/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fuzz_claims.c — the claims parser (include/ctrend/claims.h) on arbitrary text, and the
 * evaluator on whatever parses, against a small fixed frame (TTP Jan-Apr 2022 attacks and
 * deaths as in datasets/, ISKP attacks with a NaN hole, a series of zeros).
 *
 * Promises checked: the lenient parse returns OK (ENOMEM aside) and a handle; when the file
 * has errors the handle has a non-empty message, an error record (EPARSE, 1-based line,
 * column >= 0), as many listed errors as at least its INVALID claims, and still every record
 * (the bad ones INVALID with their own message); the strict parse returns OK exactly when
 * there is no error, else EPARSE with no handle and the same first error; every claim has an
 * id, text and 1-based line; check returns OK (ENUMERIC is documented for a failed exact
 * test); every verdict is SUPPORTED / CONTRADICTED / UNVERIFIABLE, or INVALID exactly for
 * the claims with a parse error; every getter succeeds, no figure is +-Inf (NaN = not
 * applicable); a bad index is ERANGE; the counts add up to the number of claims.
 *
 * Every input that parses is checked, whatever its month range: checking a claim over a long
 * range of missing data used to take time quadratic in (terms x months) and was masked here
 * (FUZZ_CHECK_LONG_RANGES); fixed in lib/claims/eval.c (missing cells de-duplicated once,
 * sorted) and capped by the parser (CTREND__MAX_RANGE_MONTHS), see docs/guarantees.md.
 */
#include <math.h>
#include <string.h>
#include <ctrend.h>
#include "fuzz.h"

static ctrend_frame *data_frame(void)
{
    static const struct { const char *g, *m; double v[4]; } rows[] = {
        {"TTP", "attacks", {42, 22, 39, 54}},
        {"TTP", "deaths", {48, 36, 75, 97}},
        {"ISKP", "attacks", {3, NAN, 5, 1}},
        {"ISPP", "attacks", {0, 0, 0, 0}},
    };
    ctrend_frame *f = NULL;
    FUZZ_CHECK(ctrend_frame_new(&f) == CTREND_OK);
    for (size_t k = 0; k < sizeof rows / sizeof rows[0]; ++k) {
        size_t idx = 0;
        FUZZ_CHECK(ctrend_frame_add_series(f, rows[k].g, "", rows[k].m, &idx) == CTREND_OK);
        for (int32_t mo = 0; mo < 4; ++mo)
            FUZZ_CHECK(ctrend_frame_set(f, idx, 2022 * 12 + mo, rows[k].v[mo]) == CTREND_OK);
    }
    return f;
}

/* The strict parse agrees with the lenient one: OK exactly when the lenient handle has no
 * error, and then no handle on EPARSE, with the first error's record. */
static void check_strict(const char *text, size_t size, const ctrend_claims *lenient)
{
    ctrend_claims *c = NULL;
    ctrend_error e;
    const int rc = ctrend_claims_parse(text, size, "fuzz.claims", &c, &e);
    FUZZ_CHECK(rc == CTREND_OK || rc == CTREND_EPARSE || rc == CTREND_ENOMEM);
    if (rc == CTREND_ENOMEM) return;
    FUZZ_CHECK((rc == CTREND_OK) == (ctrend_claims_n_errors(lenient) == 0));
    FUZZ_CHECK((c != NULL) == (rc == CTREND_OK) && e.code == rc);
    if (rc == CTREND_EPARSE) {
        ctrend_error first;
        FUZZ_CHECK(ctrend_claims_error(lenient, &first) == CTREND_OK);
        FUZZ_CHECK(first.line == e.line && first.column == e.column && !strcmp(first.key, e.key));
        FUZZ_CHECK(e.message[0] != '\0' && e.line >= 1 && e.column >= 0);
    }
    ctrend_claims_free(c);
}

/* Every getter of claim i succeeds after a check, and its values are in range. */
static void check_claim(const ctrend_claims *c, size_t i)
{
    int v = -1, noise = -1;
    const char *s = NULL;
    FUZZ_CHECK(ctrend_claims_verdict(c, i, &v) == CTREND_OK);
    const int inv = ctrend_claims_claim_error(c, i, NULL, NULL) != NULL;
    FUZZ_CHECK(inv ? v == CTREND_VERDICT_INVALID
                   : (v == CTREND_VERDICT_SUPPORTED || v == CTREND_VERDICT_CONTRADICTED ||
                      v == CTREND_VERDICT_UNVERIFIABLE));
    FUZZ_CHECK(ctrend_claims_explanation(c, i, &s) == CTREND_OK && s != NULL);
    s = NULL;
    FUZZ_CHECK(ctrend_claims_note(c, i, &s) == CTREND_OK && s != NULL);
    for (int w = CTREND_CLAIMS_COMPUTED; w <= CTREND_CLAIMS_BOUND; ++w) {
        double val = 0.0;
        FUZZ_CHECK(ctrend_claims_figure(c, i, w, &val) == CTREND_OK);
        FUZZ_CHECK(!isinf(val));
    }
    FUZZ_CHECK(ctrend_claims_within_noise(c, i, &noise) == CTREND_OK && (noise == 0 || noise == 1));
    int kind = -1;
    const int krc = ctrend_claims_kind_of(c, i, &kind);
    FUZZ_CHECK(inv ? krc == CTREND_EPARSE : (krc == CTREND_OK && kind >= 0 && kind <= CTREND_CLAIMS_KIND_RANK));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static ctrend_frame *frame;
    if (!frame) frame = data_frame(); /* built once, read-only afterwards */
    char *text = malloc(size ? size : 1); /* exact size: over-reads are ASan reports */
    if (!text) return 0;
    if (size) memcpy(text, data, size);
    ctrend_claims *c = NULL;
    const int rc = ctrend_claims_parse_lenient(text, size, "fuzz.claims", &c, NULL);
    FUZZ_CHECK(rc == CTREND_OK || rc == CTREND_ENOMEM);
    if (rc == CTREND_ENOMEM) {
        FUZZ_CHECK(c == NULL);
        free(text);
        return 0;
    }
    FUZZ_CHECK(c != NULL);
    check_strict(text, size, c);
    const char *msg = ctrend_claims_errmsg(c);
    ctrend_error first;
    FUZZ_CHECK(msg != NULL && ctrend_claims_error(c, &first) == CTREND_OK);
    if (ctrend_claims_n_errors(c)) {
        FUZZ_CHECK(msg[0] != '\0' && first.code == CTREND_EPARSE);
        FUZZ_CHECK(first.line >= 1 && first.column >= 0);
        FUZZ_CHECK(ctrend_claims_n_errors(c) >= ctrend_claims_n_invalid(c));
    } else {
        FUZZ_CHECK(ctrend_claims_n_invalid(c) == 0 && first.code == CTREND_OK);
    }
    const size_t n = ctrend_claims_count(c);
    for (size_t i = 0; i < n; ++i) {
        const char *id = NULL, *t = NULL;
        int line = 0, v = -1;
        FUZZ_CHECK(ctrend_claims_id(c, i, &id) == CTREND_OK && ctrend_claims_text(c, i, &t) == CTREND_OK);
        FUZZ_CHECK(id != NULL && t != NULL);
        FUZZ_CHECK(ctrend_claims_line(c, i, &line) == CTREND_OK && line >= 1);
        const int inv = ctrend_claims_claim_error(c, i, NULL, NULL) != NULL;
        FUZZ_CHECK(ctrend_claims_verdict(c, i, &v) == CTREND_OK);
        FUZZ_CHECK(v == (inv ? CTREND_VERDICT_INVALID : CTREND_VERDICT_UNCHECKED));
    }
    const int crc = ctrend_claims_check(c, NULL, frame, NULL);
    FUZZ_CHECK(crc == CTREND_OK || crc == CTREND_ENUMERIC || crc == CTREND_ENOMEM);
    if (crc == CTREND_OK) {
        size_t ns = 0, nc = 0, nu = 0;
        FUZZ_CHECK(ctrend_claims_counts(c, &ns, &nc, &nu) == CTREND_OK);
        FUZZ_CHECK(ns + nc + nu == n);
        for (size_t i = 0; i < n; ++i) check_claim(c, i);
        const char *s = NULL;
        FUZZ_CHECK(ctrend_claims_explanation(c, n, &s) == CTREND_ERANGE && s == NULL);
    }
    ctrend_claims_free(c);
    free(text);
    return 0;
}
