/* cmd_check.c — `ctrend check CLAIMS --data FILE...`: verdict per quoted statistic. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"


static const char help[] =
    "usage: ctrend check CLAIMS --data FILE... [--explain ID] [--format table|csv|json]\n\n"
    "Check the claims in CLAIMS (syntax: docs/claims.md) against the data files (every\n"
    "--data FILE, and any further FILE argument; their series are pooled, a series may appear\n"
    "in one file only). One row per claim: verdict (SUPPORTED, CONTRADICTED, UNVERIFIABLE),\n"
    "computed and quoted figure, for changes the exact rate ratio, its 95% CI and p-value\n"
    "(R poisson.test) and whether the change is within Poisson noise; for unverifiable claims\n"
    "with one missing value, the bound that would make the claim true.\n"
    "--explain ID prints the arithmetic of one claim step by step.\n\n"
    "Exit status: 0 every claim supported, 3 some claim contradicted, 4 none contradicted\n"
    "but some unverifiable, 1 usage error, 2 data or claims-file error.\n\n";

static char *read_all(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        const size_t got = fread(buf + n, 1, cap - n, fp);
        n += got;
        if (n < cap) break;
        char *nb = realloc(buf, cap * 2);
        if (!nb) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = nb;
        cap *= 2;
    }
    if (buf && ferror(fp)) {
        free(buf);
        buf = NULL;
    }
    fclose(fp);
    *len = n;
    return buf;
}

/* Pool every frame's series into one frame; a series in two files is a data error. */
static int pool(const cli_data *d, ctrend_frame **out)
{
    ctrend_frame *all = NULL;
    if (ctrend_frame_new(&all) != CTREND_OK) return CLI_EXIT_DATA;
    for (size_t k = 0; k < d->n; ++k) {
        const ctrend_frame *f = d->frames[k];
        const int32_t start = ctrend_frame_start(f);
        const size_t n = ctrend_frame_n_months(f);
        for (size_t s = 0; s < ctrend_frame_n_series(f); ++s) {
            size_t idx;
            if (ctrend_frame_add_series(all, ctrend_frame_group(f, s), ctrend_frame_region(f, s),
                                        ctrend_frame_metric(f, s), &idx) != CTREND_OK) {
                ctrend_frame_free(all);
                return CLI_EXIT_DATA;
            }
            for (size_t i = 0; i < n; ++i) {
                double v;
                const int32_t m = start + (int32_t)i;
                if (ctrend_frame_get(f, s, m, &v) != CTREND_OK || isnan(v)) continue;
                const int rc = ctrend_frame_set(all, idx, m, v);
                if (rc != CTREND_OK) {
                    char ms[CTREND_MONTH_STRLEN];
                    cli_month_str(m, ms);
                    fprintf(stderr, "ctrend check: %s: series %s/%s%s%s at %s: %s\n", d->names[k],
                            ctrend_frame_group(f, s), ctrend_frame_metric(f, s),
                            *ctrend_frame_region(f, s) ? "/" : "", ctrend_frame_region(f, s), ms,
                            rc == CTREND_EDUPLICATE ? "also given by an earlier file"
                                                    : ctrend_strerror(rc));
                    ctrend_frame_free(all);
                    return CLI_EXIT_DATA;
                }
            }
        }
    }
    *out = all;
    return CLI_EXIT_OK;
}

static double figure(const ctrend_claims *cl, size_t i, int which)
{
    double v = NAN;
    (void)ctrend_claims_figure(cl, i, which, &v);
    return v;
}

int cmd_check(int argc, char **argv)
{
    cli_common c;
    cli_common_init(&c);
    const char *claims_path = NULL, *explain = NULL;
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (cli_is_help(a)) return cli_print_help(help, 0);
        if (!strcmp(a, "--data") || !strcmp(a, "--explain")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "ctrend check: %s needs a value\n", a);
                return CLI_EXIT_USAGE;
            }
            if (!strcmp(a, "--explain")) {
                explain = argv[++i];
                continue;
            }
            if (c.n_files == CLI_MAX_FILES) {
                fprintf(stderr, "ctrend check: more than %d data files\n", CLI_MAX_FILES);
                return CLI_EXIT_USAGE;
            }
            c.files[c.n_files++] = argv[++i];
            continue;
        }
        if (a[0] != '-' && !claims_path) {
            claims_path = a;
            continue;
        }
        if (cli_other_option("check", &c, NULL, argc, argv, &i)) return CLI_EXIT_USAGE;
    }
    if (!claims_path) {
        fprintf(stderr, "ctrend check: no CLAIMS file (see --help)\n");
        return CLI_EXIT_USAGE;
    }
    if (c.n_files == 0) {
        fprintf(stderr, "ctrend check: no data file (--data FILE)\n");
        return CLI_EXIT_USAGE;
    }
    size_t len = 0;
    char *text = read_all(claims_path, &len);
    if (!text) {
        fprintf(stderr, "ctrend check: %s: cannot read\n", claims_path);
        return CLI_EXIT_DATA;
    }
    ctrend_claims *cl = NULL;
    int rc = ctrend_claims_parse(text, len, claims_path, &cl);
    free(text);
    if (rc != CTREND_OK) {
        fprintf(stderr, "ctrend: %s\n", cl ? ctrend_claims_errmsg(cl) : ctrend_strerror(rc));
        ctrend_claims_free(cl);
        return CLI_EXIT_DATA;
    }
    size_t only = 0;
    if (explain && ctrend_claims_find(cl, explain, &only) != CTREND_OK) {
        fprintf(stderr, "ctrend check: no claim with id '%s' in %s\n", explain, claims_path);
        ctrend_claims_free(cl);
        return CLI_EXIT_USAGE;
    }
    cli_data d;
    rc = cli_load(&c, &d);
    if (rc) {
        ctrend_claims_free(cl);
        return rc;
    }
    ctrend_frame *all = NULL;
    rc = pool(&d, &all);
    cli_data_free(&d);
    if (rc) {
        ctrend_claims_free(cl);
        return rc;
    }
    rc = ctrend_claims_check(cl, all);
    ctrend_frame_free(all);
    if (rc != CTREND_OK) {
        fprintf(stderr, "ctrend check: %s\n", ctrend_claims_errmsg(cl));
        ctrend_claims_free(cl);
        return CLI_EXIT_DATA;
    }

    if (explain) {
        const int v = ctrend_claims_verdict(cl, only);
        printf("[%s] %s\nsource: %s\nquote: %s\n%s", ctrend_claims_id(cl, only),
               ctrend_claims_verdict_name(v), ctrend_claims_source(cl, only),
               ctrend_claims_quote(cl, only), ctrend_claims_explanation(cl, only));
        ctrend_claims_free(cl);
        return v == CTREND_VERDICT_SUPPORTED ? CLI_EXIT_OK
               : v == CTREND_VERDICT_CONTRADICTED ? CLI_EXIT_CONTRADICTED
                                                  : CLI_EXIT_UNVERIFIABLE;
    }

    cli_table *t = cli_table_new();
    cli_table_column(t, "id", CLI_COL_TEXT, 0);
    cli_table_column(t, "verdict", CLI_COL_TEXT, 0);
    cli_table_column(t, "computed", CLI_COL_NUM, 2);
    cli_table_column(t, "quoted", CLI_COL_NUM, 2);
    cli_table_column(t, "rate_ratio", CLI_COL_NUM, 3);
    cli_table_column(t, "ci_low", CLI_COL_NUM, 3);
    cli_table_column(t, "ci_high", CLI_COL_NUM, 3);
    cli_table_column(t, "p_change", CLI_COL_NUM, 4);    /* two-sided exact test of ratio = 1 */
    cli_table_column(t, "p_threshold", CLI_COL_NUM, 4); /* one-sided test of the stated figure */
    cli_table_column(t, "note", CLI_COL_TEXT, 0);
    for (size_t i = 0; i < ctrend_claims_count(cl); ++i) {
        cli_table_row(t);
        cli_table_text(t, ctrend_claims_id(cl, i));
        const int v = ctrend_claims_verdict(cl, i);
        cli_table_text(t, ctrend_claims_verdict_name(v));
        cli_table_num(t, figure(cl, i, CTREND_CLAIMS_COMPUTED));
        cli_table_num(t, figure(cl, i, CTREND_CLAIMS_QUOTED));
        cli_table_num(t, figure(cl, i, CTREND_CLAIMS_RATIO));
        cli_table_num(t, figure(cl, i, CTREND_CLAIMS_CI_LOWER));
        cli_table_num(t, figure(cl, i, CTREND_CLAIMS_CI_UPPER));
        cli_table_num(t, figure(cl, i, CTREND_CLAIMS_P_VALUE));
        cli_table_num(t, figure(cl, i, CTREND_CLAIMS_P_CLAIM));
        /* note: the last line of the explanation that says what decides the claim */
        char note[200] = "";
        const char *x = ctrend_claims_explanation(cl, i);
        if (v == CTREND_VERDICT_SUPPORTED && ctrend_claims_within_noise(cl, i)) {
            snprintf(note, sizeof note, "within noise");
        } else if (v == CTREND_VERDICT_UNVERIFIABLE && x) {
            const char *h = strstr(x, "holds only if ");
            const char *m = strstr(x, "missing ");
            const char *src = h ? h : m;
            if (src) {
                size_t n = strcspn(src, "\n");
                if (n >= sizeof note) n = sizeof note - 1;
                memcpy(note, src, n);
                note[n] = '\0';
            }
        }
        cli_table_text(t, note);
    }
    cli_table_print(t, stdout, c.format);
    cli_table_free(t);
    size_t s = 0, k = 0, u = 0;
    const int code = ctrend_claims_summary(cl, &s, &k, &u);
    if (c.format == CLI_FORMAT_TABLE)
        printf("\n%zu supported, %zu contradicted, %zu unverifiable\n", s, k, u);
    ctrend_claims_free(cl);
    return code;
}
