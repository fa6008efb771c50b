/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fuzz_claims.c — the claims parser (include/ctrend/claims.h) on arbitrary text, and the
 * evaluator on whatever parses, against a small fixed frame (TTP Jan-Apr 2022 attacks and
 * deaths as in datasets/, ISKP attacks with a NaN hole, a series of zeros).
 *
 * Promises checked: parse returns OK or EPARSE (ENOMEM aside) and always a handle; on
 * EPARSE the handle has a non-empty message, a 1-based line (column >= 0), as many listed
 * errors as at least its INVALID claims, and still every record (the bad ones INVALID with
 * their own message); every claim has an id, text and 1-based line; check returns OK
 * (ENUMERIC is documented for a failed exact test); every verdict is SUPPORTED /
 * CONTRADICTED / UNVERIFIABLE, or INVALID exactly for the claims with a parse error;
 * every figure getter succeeds and no figure is +-Inf (NaN = not applicable); every
 * explanation is a non-NULL string; the summary's counts add up to the number of claims.
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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static ctrend_frame *frame;
    if (!frame) frame = data_frame(); /* built once, read-only afterwards */
    char *text = malloc(size ? size : 1); /* exact size: over-reads are ASan reports */
    if (!text) return 0;
    if (size) memcpy(text, data, size);
    ctrend_claims *c = NULL;
    const int rc = ctrend_claims_parse(text, size, "fuzz.claims", &c);
    FUZZ_CHECK(rc == CTREND_OK || rc == CTREND_EPARSE || rc == CTREND_ENOMEM);
    if (rc == CTREND_ENOMEM) {
        FUZZ_CHECK(c == NULL);
        free(text);
        return 0;
    }
    FUZZ_CHECK(c != NULL);
    const char *msg = ctrend_claims_errmsg(c);
    FUZZ_CHECK(msg != NULL && ctrend_claims_error_id(c) != NULL);
    if (rc == CTREND_EPARSE) {
        FUZZ_CHECK(msg[0] != '\0');
        FUZZ_CHECK(ctrend_claims_error_line(c) >= 1 && ctrend_claims_error_column(c) >= 0);
        FUZZ_CHECK(ctrend_claims_n_errors(c) >= 1 && ctrend_claims_n_errors(c) >= ctrend_claims_n_invalid(c));
    } else {
        FUZZ_CHECK(ctrend_claims_n_errors(c) == 0 && ctrend_claims_n_invalid(c) == 0);
    }
    {
        const size_t n = ctrend_claims_count(c);
        for (size_t i = 0; i < n; ++i) {
            FUZZ_CHECK(ctrend_claims_id(c, i) != NULL && ctrend_claims_text(c, i) != NULL);
            FUZZ_CHECK(ctrend_claims_line(c, i) >= 1);
            const int inv = ctrend_claims_claim_error(c, i, NULL, NULL) != NULL;
            FUZZ_CHECK(ctrend_claims_verdict(c, i) == (inv ? CTREND_VERDICT_INVALID : CTREND_VERDICT_UNCHECKED));
        }
        const int crc = ctrend_claims_check(c, frame);
        FUZZ_CHECK(crc == CTREND_OK || crc == CTREND_ENUMERIC || crc == CTREND_ENOMEM);
        if (crc == CTREND_OK) {
            size_t ns = 0, nc = 0, nu = 0;
            const int exit_code = ctrend_claims_summary(c, &ns, &nc, &nu);
            FUZZ_CHECK(ns + nc + nu == n);
            FUZZ_CHECK(exit_code == CTREND_CLAIMS_EXIT_SUPPORTED || exit_code == CTREND_CLAIMS_EXIT_CONTRADICTED ||
                       exit_code == CTREND_CLAIMS_EXIT_UNVERIFIABLE);
            for (size_t i = 0; i < n; ++i) {
                const int v = ctrend_claims_verdict(c, i);
                const int inv = ctrend_claims_claim_error(c, i, NULL, NULL) != NULL;
                FUZZ_CHECK(inv ? v == CTREND_VERDICT_INVALID
                               : (v == CTREND_VERDICT_SUPPORTED || v == CTREND_VERDICT_CONTRADICTED ||
                                  v == CTREND_VERDICT_UNVERIFIABLE));
                FUZZ_CHECK(ctrend_claims_explanation(c, i) != NULL && ctrend_claims_note(c, i) != NULL);
                for (int w = CTREND_CLAIMS_COMPUTED; w <= CTREND_CLAIMS_BOUND; ++w) {
                    double val = 0.0;
                    FUZZ_CHECK(ctrend_claims_figure(c, i, w, &val) == CTREND_OK);
                    FUZZ_CHECK(!isinf(val));
                }
                const int noise = ctrend_claims_within_noise(c, i);
                FUZZ_CHECK(noise == 0 || noise == 1);
            }
            FUZZ_CHECK(ctrend_claims_explanation(c, n) == NULL);
        }
    }
    ctrend_claims_free(c);
    free(text);
    return 0;
}
