/*
 * claims_scale.c — issue 18 #7: time to parse and check 10^3..10^5 claims (the duplicate-id
 * check was a scan of every earlier id: quadratic), and the one-missing-cell bound search on
 * 1 200-month claims (it re-summed the whole range for each of the 100 001 trial values).
 * Public API only, so the same source builds against an older libctrend for the comparison
 * in bench/RESULTS.md. Usage: claims_scale [max_claims]
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <ctrend.h>
#include "claims_test_util.h"

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static char *claims_text(size_t n, size_t *len)
{
    const size_t cap = n * 64 + 1;
    char *t = malloc(cap);
    if (!t) exit(1);
    size_t u = 0;
    for (size_t i = 0; i < n; i++)
        u += (size_t)snprintf(t + u, cap - u, "[c%zu]\nclaim = value G/n in 2022-%02zu = %zu\n", i,
                              i % 12 + 1, i % 50);
    *len = u;
    return t;
}

/* one claim on a frame: G/n 1923-01..2022-12 = 1 each, except one missing month */
static double bound_case(const char *claim)
{
    ctrend_frame *f = NULL;
    size_t idx;
    if (ctrend_frame_new(&f) || ctrend_frame_add_series(f, "G", "", "n", &idx)) exit(1);
    for (int32_t m = 1923 * 12; m < 2023 * 12; m++)
        if (m != 1990 * 12 + 5) ctrend_frame_set(f, idx, m, (double)(m % 7));
    char text[512];
    snprintf(text, sizeof text, "[b]\nclaim = %s\n", claim);
    ctrend_claims *c = NULL;
    if (cq_parse(text, strlen(text), "b", &c) != CTREND_OK) {
        fprintf(stderr, "%s\n", ctrend_claims_errmsg(c));
        exit(1);
    }
    const double t0 = now();
    if (cq_check(c, f) != CTREND_OK) exit(1);
    const double t = now() - t0;
    const char *x = cq_explanation(c, 0);
    const char *h = strstr(x, "holds only if");
    if (!h) h = strstr(x, "no value");
    if (!h) h = strstr(x, "the claim holds");
    printf("| `%s` | %.4f | %.*s |\n", claim, t, h ? (int)strcspn(h, "\n") : 1, h ? h : "?");
    ctrend_claims_free(c);
    ctrend_frame_free(f);
    return t;
}

int main(int argc, char **argv)
{
    const size_t max = argc > 1 ? (size_t)atol(argv[1]) : 100000;
    ctrend_init();
    ctrend_frame *f = NULL;
    size_t idx;
    if (ctrend_frame_new(&f) || ctrend_frame_add_series(f, "G", "", "n", &idx)) return 1;
    for (int m = 0; m < 12; m++) ctrend_frame_set(f, idx, 2022 * 12 + m, 10);
    printf("| claims | parse s | check s | parse us/claim |\n|---|---|---|---|\n");
    for (size_t n = 1000; n <= max; n *= 10) {
        size_t len;
        char *t = claims_text(n, &len);
        ctrend_claims *c = NULL;
        const double t0 = now();
        const int rc = cq_parse(t, len, "scale", &c);
        const double t1 = now();
        if (rc != CTREND_OK || ctrend_claims_count(c) != n) return 1;
        if (cq_check(c, f) != CTREND_OK) return 1;
        const double t2 = now();
        printf("| %zu | %.4f | %.4f | %.2f |\n", n, t1 - t0, t2 - t1, 1e6 * (t1 - t0) / (double)n);
        ctrend_claims_free(c);
        free(t);
    }
    ctrend_frame_free(f);
    printf("\n| bound search (one missing month in 1923-01..2022-12) | check s | result |\n|---|---|---|\n");
    /* the sum of the 1 199 months present, m % 7 for month index m, plus 3: holds only if the
     * missing month is 3 */
    double present = 0;
    for (int32_t m = 1923 * 12; m < 2023 * 12; m++)
        if (m != 1990 * 12 + 5) present += (double)(m % 7);
    char claim[160];
    snprintf(claim, sizeof claim, "sum G/n over 1923-01..2022-12 = %.0f", present + 3);
    bound_case(claim);
    bound_case("mean G/n over 1923-01..2022-12 at least 3");
    bound_case("change G/n over 1973-01..2022-12 vs 1923-01..1972-12 up 1%");
    return 0;
}
