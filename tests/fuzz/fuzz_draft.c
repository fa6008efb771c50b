/*
 * fuzz_draft.c — `ctrend claims draft` (bin/draft.c, bin/draft_text.c, compiled in here: the
 * drafter belongs to the command line, not the library) on arbitrary report text.
 *
 * Promises checked: loading never fails but for memory; the loaded text is valid UTF-8 with no
 * control character but newline and tab (so nothing a report holds can end a quote's line
 * early); drafting returns 0; every line of the draft is empty, a comment ("#"), a record
 * header ("[id]"), or a "source =", "quote =" or "claim =" line (a report cannot inject a claim
 * line of its own); the draft's claim lines that the parser accepts check without error against
 * an empty frame.
 */
#include <string.h>
#include <ctrend.h>
#include "claims_test_util.h"
#include "fuzz.h"
#include "../../bin/draft_text.c"
#include "../../bin/draft.c"

static int valid_utf8_no_controls(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        uint32_t c;
        const size_t k = utf8_next((const unsigned char *)s + i, n - i, &c);
        if (!k || (c < 0x20 && c != '\n' && c != '\t')) return 0;
        i += k;
    }
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static ctrend_frame *empty;
    if (!empty) FUZZ_CHECK(ctrend_frame_new(&empty) == CTREND_OK);
    draft_text t;
    if (draft_text_load(&t, (const char *)data, size) != 0) return 0;
    FUZZ_CHECK(t.text != NULL && strlen(t.text) == t.len && valid_utf8_no_controls(t.text, t.len));
    draft_options o;
    memset(&o, 0, sizeof o);
    /* the first byte picks a report date (or none: found in the text) */
    o.report_month = size && data[0] < 128 ? 2020 * 12 + data[0] % 60 : INT32_MIN;
    o.source = "fuzz.txt";
    char *out = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&out, &len);
    FUZZ_CHECK(fp != NULL);
    size_t nc = 0, nt = 0;
    FUZZ_CHECK(draft_write(&t, &o, "fuzz.txt", fp, &nc, &nt) == 0);
    fclose(fp);
    FUZZ_CHECK(out != NULL && strlen(out) == len);
    for (const char *p = out; *p;) {
        const size_t n = strcspn(p, "\n");
        FUZZ_CHECK(n == 0 || p[0] == '#' || p[0] == '[' || !strncmp(p, "source = ", 9) ||
                   !strncmp(p, "quote = ", 8) || !strncmp(p, "claim = ", 8));
        FUZZ_CHECK(memchr(p, '\r', n) == NULL);
        p += n;
        if (*p) ++p;
    }
    ctrend_claims *cl = NULL;
    const int rc = cq_parse(out, len, "draft", &cl);
    FUZZ_CHECK(rc == CTREND_OK || rc == CTREND_EPARSE || rc == CTREND_ENOMEM);
    if (rc == CTREND_OK) FUZZ_CHECK(cq_check(cl, empty) == CTREND_OK);
    ctrend_claims_free(cl);
    free(out);
    draft_text_free(&t);
    return 0;
}
