/*
 * cmd_claims.c — `ctrend claims draft REPORT.txt` (a first claims file from a report's text,
 * draft.c) and `ctrend claims compare REFERENCE DRAFT` (how much of a hand-made claims file
 * a draft recovers: quotes and claims, recall and precision). docs/factcheck.md.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "draft.h"
#include "cli.h"
#include "claims_view.h"

static const char help_main[] =
    "usage: ctrend claims draft REPORT.txt [--data FILE...] [--date YYYY-MM-DD] [--aliases FILE]\n"
    "                           [--source NAME] [-o draft.claims]\n"
    "       ctrend claims draft --print-aliases\n"
    "       ctrend claims compare REFERENCE.claims DRAFT.claims [--data FILE...] [--format ...]\n\n"
    "draft: find the sentences of REPORT.txt that state a statistic (counts with a unit word,\n"
    "percentages and multiples, records, 'a daily occurrence'), resolve their months (month\n"
    "headings, 'in February', 'from Jan to early Dec 2022', 'last month' relative to the report's\n"
    "date: --date, else the date in the text's first lines) and their series (the alias table:\n"
    "--print-aliases shows the built-in one, --aliases FILE adds to it; with --data every series\n"
    "must exist in the data). Writes one record per statistic: quote = the exact sentence, an id,\n"
    "and a claim line; what cannot be resolved is commented out with '# TODO: ...'. Mojibake\n"
    "(UTF-8 read as Windows-1257) is repaired, and passages that cannot be are named.\n"
    "-o FILE (default: standard output). --source NAME (default: REPORT's file name).\n\n"
    "compare: quotes of REFERENCE found in DRAFT (a reference quote is found when a draft quote\n"
    "contains it, ignoring quotation-mark style and spacing) and claims of REFERENCE that DRAFT\n"
    "states exactly or equivalently (same kind, series on each side, months, quoted figure, and\n"
    "the same verdict and computed figure on the --data), as recall and precision.\n\n"
    "Exit status: 0 success, 1 usage error, 2 input error.\n";

static char *read_file(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    char *buf = NULL;
    size_t cap = 0, n = 0;
    for (;;) {
        if (n + 4096 + 1 > cap) {
            const size_t nc = cap ? 2 * cap : 65536;
            char *nb = realloc(buf, nc);
            if (!nb) {
                free(buf);
                fclose(fp);
                return NULL;
            }
            buf = nb;
            cap = nc;
        }
        const size_t got = fread(buf + n, 1, cap - n - 1, fp);
        n += got;
        if (got == 0) break;
    }
    fclose(fp);
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* Parse the common data options and --data; returns the pooled frame in *all (NULL when no
 * data file). */
static int load_data(cli_common *c, cli_data *d, ctrend_frame **all)
{
    *all = NULL;
    d->n = 0;
    if (c->n_files == 0) return CLI_EXIT_OK;
    int rc = cli_load(c, d);
    if (rc) return rc;
    rc = check_pool(d, all);
    if (rc) cli_data_free(d);
    return rc;
}

static int parse_date(const char *s, int32_t *month, int *day)
{
    int y, m, dd = 0;
    char tail;
    const int k = sscanf(s, "%4d-%2d-%2d%c", &y, &m, &dd, &tail);
    if ((k != 3 && !(k == 2 && strlen(s) == 7)) || m < 1 || m > 12 || (k == 3 && (dd < 1 || dd > 31)))
        return -1;
    *month = y * 12 + m - 1;
    *day = dd;
    return 0;
}

/* The safety net: a draft must parse. While ctrend_claims_parse fails, comment out the record
 * holding the error with a TODO quoting the parser's message. Returns the new text
 * (malloc'd) or NULL; *n_fixed counts the records commented out. */
static char *draft_parseable(char *text, size_t *n_fixed)
{
    *n_fixed = 0;
    for (int round = 0; round < 1000; ++round) {
        ctrend_claims *cl = NULL;
        char msg[512];
        int line = 0;
        const int rc = cv_parse_strict(text, strlen(text), "draft", &cl, msg, sizeof msg, &line);
        ctrend_claims_free(cl);
        if (rc != CTREND_EPARSE) return text;
        /* lines of the record: from its "[id]" line (at or before the error) to the next blank line */
        char **starts = NULL;
        size_t n = 0, cap = 0;
        for (char *p = text;; ) {
            if (n == cap) {
                cap = cap ? 2 * cap : 256;
                char **ns = realloc(starts, cap * sizeof *ns);
                if (!ns) { free(starts); return text; }
                starts = ns;
            }
            starts[n++] = p;
            char *e = strchr(p, '\n');
            if (!e) break;
            p = e + 1;
        }
        if (line < 1 || (size_t)line > n) { free(starts); return text; }
        size_t a = (size_t)line - 1;
        while (a > 0 && starts[a][0] != '[') --a;
        if (starts[a][0] != '[') { free(starts); return text; }
        size_t b = a;
        while (b < n && starts[b][0] != '\n' && starts[b][0] != '\0') ++b;
        /* rebuild: "# " before each line of [a, b), the TODO after the record's lines */
        size_t len = strlen(text), extra = 2 * (b - a) + strlen(msg) + 64;
        char *out = malloc(len + extra + 1);
        if (!out) { free(starts); return text; }
        size_t u = 0;
        const size_t head = (size_t)(starts[a] - text);
        memcpy(out, text, head);
        u = head;
        for (size_t k = a; k < b; ++k) {
            const char *ls = starts[k], *le = strchr(ls, '\n');
            const size_t ll = le ? (size_t)(le - ls) + 1 : strlen(ls);
            if (ls[0] != '#') { out[u++] = '#'; out[u++] = ' '; }
            memcpy(out + u, ls, ll);
            u += ll;
        }
        u += (size_t)snprintf(out + u, extra, "# TODO: the claim does not parse: %s\n", msg);
        const char *rest = b < n ? starts[b] : text + len;
        memcpy(out + u, rest, strlen(rest) + 1);
        free(starts);
        free(text);
        text = out;
        ++*n_fixed;
    }
    return text;
}

/* What `claims draft` was asked on its command line. */
typedef struct draft_args {
    cli_common c;
    const char *report, *out_path, *source;
    draft_options o;
} draft_args;

static int is_draft_value_option(const char *opt)
{
    return !strcmp(opt, "--data") || !strcmp(opt, "--date") || !strcmp(opt, "--aliases") ||
           !strcmp(opt, "-o") || !strcmp(opt, "--output") || !strcmp(opt, "--source");
}

/* The value v of option opt (is_draft_value_option). Returns 0, or -1 after a message. */
static int draft_value(draft_args *a, const char *opt, const char *v)
{
    if (!strcmp(opt, "--data")) {
        if (a->c.n_files == CLI_MAX_FILES) {
            fprintf(stderr, "ctrend claims draft: more than %d data files\n", CLI_MAX_FILES);
            return -1;
        }
        a->c.files[a->c.n_files++] = v;
    } else if (!strcmp(opt, "--date")) {
        if (parse_date(v, &a->o.report_month, &a->o.report_day)) {
            fprintf(stderr, "ctrend claims draft: --date must be YYYY-MM-DD, got '%s'\n", v);
            return -1;
        }
    } else if (!strcmp(opt, "--aliases"))
        a->o.aliases_path = v;
    else if (!strcmp(opt, "--source"))
        a->source = v;
    else
        a->out_path = v; /* -o, --output */
    return 0;
}

/* Read argv into a. Returns -1 to go on, or the exit status (0 after --help or
 * --print-aliases, which prints the default aliases). */
static int draft_parse_args(int argc, char **argv, draft_args *a)
{
    memset(a, 0, sizeof *a);
    cli_common_init(&a->c);
    a->o.report_month = INT32_MIN;
    for (int i = 1; i < argc; ++i) {
        const char *opt = argv[i];
        if (cli_is_help(opt)) return cli_print_help(help_main, 0);
        if (!strcmp(opt, "--print-aliases")) {
            fputs(draft_default_aliases, stdout);
            return CLI_EXIT_OK;
        }
        if (is_draft_value_option(opt)) {
            if (i + 1 >= argc) {
                fprintf(stderr, "ctrend claims draft: %s needs a value\n", opt);
                return CLI_EXIT_USAGE;
            }
            if (draft_value(a, opt, argv[++i])) return CLI_EXIT_USAGE;
            continue;
        }
        if (opt[0] != '-' && !a->report) {
            a->report = opt;
            continue;
        }
        if (cli_other_option("claims draft", &a->c, NULL, argc, argv, &i)) return CLI_EXIT_USAGE;
    }
    if (!a->report) {
        fprintf(stderr, "ctrend claims draft: no REPORT file (see --help)\n");
        return CLI_EXIT_USAGE;
    }
    return -1;
}

/* The draft of t into out (made in memory first, its unparseable lines commented out), then
 * out closed unless stdout, and the summary on stderr. Returns 0 or the exit status. */
static int draft_emit(const draft_args *a, draft_text *t, FILE *out)
{
    int rc = 0;
    size_t nc = 0, nt = 0, nfix = 0;
    char *buf = NULL;
    size_t blen = 0;
    FILE *mem = open_memstream(&buf, &blen);
    if (!mem || draft_write(t, &a->o, a->o.source, mem, &nc, &nt)) rc = CLI_EXIT_DATA;
    if (mem) fclose(mem);
    if (!rc && buf) {
        buf = draft_parseable(buf, &nfix);
        nc -= nfix < nc ? nfix : nc;
        nt += nfix;
        fputs(buf, out);
    }
    free(buf);
    if (out != stdout && fclose(out) != 0) {
        fprintf(stderr, "ctrend claims draft: error writing '%s'\n", a->out_path);
        rc = CLI_EXIT_DATA;
    }
    if (rc) return rc;
    for (size_t k = 0; k < t->n_warn; ++k)
        fprintf(stderr, "ctrend claims draft: %s:%zu: %s\n", a->report, t->warn[k].line,
                t->warn[k].msg);
    if (t->repaired)
        fprintf(stderr,
                "ctrend claims draft: %s: %d passages repaired (UTF-8 read as Windows-1257)\n",
                a->report, t->repaired);
    fprintf(stderr, "ctrend claims draft: %zu claims, %zu TODO records (commented out)%s%s\n", nc,
            nt, a->out_path ? " written to " : "", a->out_path ? a->out_path : "");
    return 0;
}

static int cmd_draft(int argc, char **argv)
{
    draft_args a;
    int rc = draft_parse_args(argc, argv, &a);
    if (rc >= 0) return rc;
    size_t len;
    char *bytes = read_file(a.report, &len);
    if (!bytes) {
        fprintf(stderr, "ctrend claims draft: %s: cannot read\n", a.report);
        return CLI_EXIT_DATA;
    }
    draft_text t;
    const int lrc = draft_text_load(&t, bytes, len);
    free(bytes);
    if (lrc) {
        fprintf(stderr, "ctrend claims draft: out of memory\n");
        return CLI_EXIT_DATA;
    }
    cli_data d;
    ctrend_frame *all = NULL;
    rc = load_data(&a.c, &d, &all);
    if (rc) {
        draft_text_free(&t);
        return rc;
    }
    a.o.data = all;
    const char *base = strrchr(a.report, '/');
    a.o.source = a.source ? a.source : base ? base + 1 : a.report;
    FILE *out = a.out_path ? fopen(a.out_path, "w") : stdout;
    if (!out) {
        fprintf(stderr, "ctrend claims draft: cannot write '%s'\n", a.out_path);
        rc = CLI_EXIT_USAGE;
    } else {
        rc = draft_emit(&a, &t, out);
    }
    ctrend_frame_free(all);
    if (a.c.n_files) cli_data_free(&d);
    draft_text_free(&t);
    return rc;
}

/* ---- compare -------------------------------------------------------------------------------- */

/* A quote for matching: straight quotation marks, runs of spaces as one, trimmed. */
static char *norm_quote(const char *q)
{
    const size_t n = strlen(q);
    char *o = malloc(n + 1);
    if (!o) return NULL;
    size_t k = 0;
    int sp = 1;
    for (size_t i = 0; i < n; ++i) {
        const unsigned char c = (unsigned char)q[i];
        if (c == 0xE2 && i + 2 < n && (unsigned char)q[i + 1] == 0x80) {
            const unsigned char e = (unsigned char)q[i + 2];
            if (e == 0x9C || e == 0x9D) { o[k++] = '"'; i += 2; sp = 0; continue; }
            if (e == 0x98 || e == 0x99) { o[k++] = '\''; i += 2; sp = 0; continue; }
        }
        if (isspace(c) || (c == 0xC2 && i + 1 < n && (unsigned char)q[i + 1] == 0xA0)) {
            if (c == 0xC2) ++i;
            if (!sp) o[k++] = ' ';
            sp = 1;
            continue;
        }
        o[k++] = (char)c;
        sp = 0;
    }
    while (k && o[k - 1] == ' ') --k;
    o[k] = '\0';
    return o;
}

/* Every "quote = " value of a claims file, also in commented-out records ("# quote = "). */
static size_t file_quotes(const char *text, char ***out)
{
    size_t n = 0, cap = 0;
    char **q = NULL;
    for (const char *p = text; *p;) {
        const size_t len = strcspn(p, "\n");
        const char *s = p, *e = p + len;
        p = *e ? e + 1 : e;
        while (s < e && (*s == ' ' || *s == '\t')) ++s;
        if (s < e && *s == '#') {
            ++s;
            while (s < e && *s == ' ') ++s;
        }
        /* cppcheck 2.10 takes the strcspn() length above for 0 and calls the test always true
         * (a false positive: any line longer than 5 characters passes it) */
        // cppcheck-suppress knownConditionTrueFalse
        if ((size_t)(e - s) < 5 || strncmp(s, "quote", 5)) continue;
        s += 5;
        while (s < e && (*s == ' ' || *s == '\t')) ++s;
        if (s == e || *s != '=') continue;
        ++s;
        char *v = strndup(s, (size_t)(e - s));
        if (!v) break;
        char *nv = norm_quote(v);
        free(v);
        if (!nv) break;
        if (n == cap) {
            cap = cap ? 2 * cap : 64;
            char **nq = realloc(q, cap * sizeof *nq);
            if (!nq) {
                free(nv);
                break;
            }
            q = nq;
        }
        q[n++] = nv;
    }
    *out = q;
    return n;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Sorted "side|group|region|metric" keys of claim i, joined. */
static char *term_key(const ctrend_claims *cl, size_t i)
{
    const size_t n = ctrend_claims_n_terms(cl, i);
    char **k = calloc(n ? n : 1, sizeof *k);
    if (!k) return NULL;
    size_t total = 1;
    for (size_t j = 0; j < n; ++j) {
        const char *g = cv_term(ctrend_claims_term_group, cl, i, j), *r = cv_term(ctrend_claims_term_region, cl, i, j),
                   *m = cv_term(ctrend_claims_term_metric, cl, i, j);
        const size_t len = strlen(g) + strlen(r) + strlen(m) + 8;
        k[j] = malloc(len);
        if (k[j]) snprintf(k[j], len, "%d|%s|%s|%s", cv_side(cl, i, j), g, r, m);
        total += len + 1;
    }
    char *out = malloc(total);
    if (out) {
        out[0] = '\0';
        qsort(k, n, sizeof *k, cmp_str);
        for (size_t j = 0; j < n; ++j)
            if (k[j]) strcat(strcat(out, k[j]), ";");
    }
    for (size_t j = 0; j < n; ++j) free(k[j]);
    free(k);
    return out;
}

static int same_num(double a, double b)
{
    if (isnan(a) || isnan(b)) return isnan(a) && isnan(b);
    return fabs(a - b) <= 1e-9 * (fabs(a) > 1 ? fabs(a) : 1);
}

static int same_ws(const char *a, const char *b)
{
    char *x = norm_quote(a), *y = norm_quote(b);
    const int eq = x && y && !strcmp(x, y);
    free(x);
    free(y);
    return eq;
}

/* 2 = same claim text, 1 = equivalent (see the help), 0 = different. */
static int equivalent(const ctrend_claims *a, size_t i, const ctrend_claims *b, size_t j, char *const *ka,
                      char *const *kb)
{
    if (same_ws(cv_str(ctrend_claims_text, a, i), cv_str(ctrend_claims_text, b, j))) return 2;
    if (cv_int(ctrend_claims_kind_of, a, i, -1) != cv_int(ctrend_claims_kind_of, b, j, -1)) return 0;
    int32_t t[4], u[4];
    const int ta = ctrend_claims_target(a, i, &t[0], &t[1]), tb = ctrend_claims_target(b, j, &u[0], &u[1]);
    const int ba = ctrend_claims_base(a, i, &t[2], &t[3]), bb = ctrend_claims_base(b, j, &u[2], &u[3]);
    if (ta != tb || ba != bb || memcmp(t, u, sizeof t)) return 0;
    if (!ka[i] || !kb[j] || strcmp(ka[i], kb[j])) return 0;
    if (cv_int(ctrend_claims_verdict, a, i, CTREND_VERDICT_UNCHECKED) != cv_int(ctrend_claims_verdict, b, j, CTREND_VERDICT_UNCHECKED)) return 0;
    static const int figs[] = {CTREND_CLAIMS_QUOTED, CTREND_CLAIMS_COMPUTED, CTREND_CLAIMS_RATIO, CTREND_CLAIMS_P_CLAIM};
    for (size_t k = 0; k < sizeof figs / sizeof *figs; ++k) {
        double x = NAN, y = NAN;
        (void)ctrend_claims_figure(a, i, figs[k], &x);
        (void)ctrend_claims_figure(b, j, figs[k], &y);
        if (!same_num(x, y)) return 0;
    }
    return 1;
}

static ctrend_claims *load_claims(const char *path)
{
    size_t len;
    char *text = read_file(path, &len);
    if (!text) {
        fprintf(stderr, "ctrend claims compare: %s: cannot read\n", path);
        return NULL;
    }
    ctrend_claims *cl = NULL;
    char msg[1024];
    int line = 0;
    const int rc = cv_parse_strict(text, len, path, &cl, msg, sizeof msg, &line);
    free(text);
    if (rc != CTREND_OK) {
        fprintf(stderr, "ctrend: %s\n", msg);
        return NULL;
    }
    return cl;
}

/* What `claims compare` measures (see the help): the counts of its table. */
typedef struct compare_counts {
    size_t nr, nd;                                /* reference and draft claims */
    size_t q_found, q_distinct, q_distinct_found; /* reference quotes the draft holds */
    size_t dq_distinct, dq_hit;                   /* distinct draft quotes holding one */
    size_t c_exact, c_equiv, d_hit;               /* claims recovered; draft claims matched */
} compare_counts;

/* The quote measures of q, printing "# quote not found" for each distinct reference quote
 * that no quote of the draft file holds. */
static void compare_quotes(const ctrend_claims *ref, const char *draft_path, compare_counts *q)
{
    size_t len;
    char *dtext = read_file(draft_path, &len);
    char **dq = NULL;
    const size_t ndq = dtext ? file_quotes(dtext, &dq) : 0;
    free(dtext);
    const size_t nr = q->nr;
    char **rq = calloc(nr ? nr : 1, sizeof *rq);
    for (size_t i = 0; rq && i < nr; ++i) rq[i] = norm_quote(cv_str(ctrend_claims_quote, ref, i));
    for (size_t i = 0; rq && i < nr; ++i) {
        int found = 0;
        for (size_t k = 0; k < ndq && !found; ++k) found = rq[i] && strstr(dq[k], rq[i]) != NULL;
        q->q_found += (size_t)found;
        size_t first = 0;
        while (first < i && strcmp(rq[first], rq[i])) ++first;
        if (first == i) {
            ++q->q_distinct;
            q->q_distinct_found += (size_t)found;
        }
        if (!found && first == i) printf("# quote not found: [%s] %s\n", cv_str(ctrend_claims_id, ref, i), rq[i]);
    }
    /* precision of quotes: distinct draft quotes that hold a reference quote */
    for (size_t k = 0; k < ndq; ++k) {
        size_t first = 0;
        while (first < k && strcmp(dq[first], dq[k])) ++first;
        if (first != k) continue;
        ++q->dq_distinct;
        int hit = 0;
        for (size_t i = 0; rq && i < nr && !hit; ++i) hit = rq[i] && strstr(dq[k], rq[i]) != NULL;
        q->dq_hit += (size_t)hit;
    }
    for (size_t i = 0; rq && i < nr; ++i) free(rq[i]);
    for (size_t k = 0; k < ndq; ++k) free(dq[k]);
    free(dq);
    free(rq);
}

/* The claim measures of q, printing each reference claim the draft does not recover and each
 * draft claim without a reference claim. */
static void compare_claims(const ctrend_claims *ref, const ctrend_claims *dr, compare_counts *q)
{
    const size_t nr = q->nr, nd = q->nd;
    char **kr = calloc(nr ? nr : 1, sizeof *kr), **kd = calloc(nd ? nd : 1, sizeof *kd);
    for (size_t i = 0; kr && i < nr; ++i) kr[i] = term_key(ref, i);
    for (size_t j = 0; kd && j < nd; ++j) kd[j] = term_key(dr, j);
    for (size_t i = 0; kr && kd && i < nr; ++i) {
        int best = 0;
        for (size_t j = 0; j < nd && best < 2; ++j) {
            const int e = equivalent(ref, i, dr, j, kr, kd);
            if (e > best) best = e;
        }
        q->c_exact += best == 2;
        q->c_equiv += best >= 1;
        if (!best) printf("# claim not recovered: [%s] %s\n", cv_str(ctrend_claims_id, ref, i), cv_str(ctrend_claims_text, ref, i));
    }
    for (size_t j = 0; kr && kd && j < nd; ++j) {
        int hit = 0;
        for (size_t i = 0; i < nr && !hit; ++i) hit = equivalent(ref, i, dr, j, kr, kd) > 0;
        q->d_hit += (size_t)hit;
        if (!hit) printf("# draft claim without a reference claim: [%s] %s\n", cv_str(ctrend_claims_id, dr, j), cv_str(ctrend_claims_text, dr, j));
    }
    for (size_t i = 0; kr && i < nr; ++i) free(kr[i]);
    for (size_t j = 0; kd && j < nd; ++j) free(kd[j]);
    free(kr);
    free(kd);
}

/* The table of `claims compare`: measure, found, of, share. */
static void compare_table(const compare_counts *q, int format)
{
    cli_table *t = cli_table_new();
    cli_table_column(t, "measure", CLI_COL_TEXT, 0);
    cli_table_column(t, "found", CLI_COL_INT, 0);
    cli_table_column(t, "of", CLI_COL_INT, 0);
    cli_table_column(t, "share", CLI_COL_NUM, 3);
    const struct {
        const char *name;
        size_t a, b;
    } rows[] = {
        {"quote_recall", q->q_found, q->nr}, /* reference records whose quote the draft holds */
        {"quote_recall_distinct", q->q_distinct_found, q->q_distinct},
        {"quote_precision", q->dq_hit,
         q->dq_distinct},                    /* distinct draft quotes holding a reference quote */
        {"claim_recall", q->c_equiv, q->nr}, /* reference claims stated exactly or equivalently */
        {"claim_recall_exact", q->c_exact, q->nr},
        {"claim_precision", q->d_hit,
         q->nd}, /* active draft claims equivalent to a reference claim */
    };
    for (size_t k = 0; k < sizeof rows / sizeof *rows; ++k) {
        cli_table_row(t);
        cli_table_text(t, rows[k].name);
        cli_table_num(t, (double)rows[k].a);
        cli_table_num(t, (double)rows[k].b);
        cli_table_num(t, rows[k].b ? (double)rows[k].a / (double)rows[k].b : NAN);
    }
    cli_table_print(t, stdout, format);
    cli_table_free(t);
}

/* `claims compare REFERENCE DRAFT [--data FILE...]`: c and paths from argv. Returns -1 to go
 * on, or the exit status (0 after --help). */
static int compare_parse_args(int argc, char **argv, cli_common *c, const char *paths[2])
{
    cli_common_init(c);
    paths[0] = paths[1] = NULL;
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (cli_is_help(a)) return cli_print_help(help_main, 0);
        if (!strcmp(a, "--data")) {
            if (i + 1 >= argc || c->n_files == CLI_MAX_FILES) {
                fprintf(stderr, "ctrend claims compare: --data needs a value\n");
                return CLI_EXIT_USAGE;
            }
            c->files[c->n_files++] = argv[++i];
            continue;
        }
        if (a[0] != '-' && (!paths[0] || !paths[1])) {
            paths[paths[0] ? 1 : 0] = a;
            continue;
        }
        if (cli_other_option("claims compare", c, NULL, argc, argv, &i)) return CLI_EXIT_USAGE;
    }
    if (!paths[1]) {
        fprintf(stderr,
                "ctrend claims compare: needs REFERENCE and DRAFT claims files (see --help)\n");
        return CLI_EXIT_USAGE;
    }
    return -1;
}

static int cmd_compare(int argc, char **argv)
{
    cli_common c;
    const char *paths[2];
    const int code = compare_parse_args(argc, argv, &c, paths);
    if (code >= 0) return code;
    ctrend_claims *ref = load_claims(paths[0]), *dr = ref ? load_claims(paths[1]) : NULL;
    if (!dr) {
        ctrend_claims_free(ref);
        return CLI_EXIT_DATA;
    }
    cli_data d;
    ctrend_frame *all = NULL;
    int rc = load_data(&c, &d, &all);
    ctrend_frame *empty = NULL;
    if (!rc && !all && ctrend_frame_new(&empty) != CTREND_OK) rc = CLI_EXIT_DATA;
    int status = CLI_EXIT_OK;
    if (rc || ctrend_claims_check(ref, NULL, all ? all : empty, NULL) != CTREND_OK ||
        ctrend_claims_check(dr, NULL, all ? all : empty, NULL) != CTREND_OK) {
        if (!rc) fprintf(stderr, "ctrend claims compare: checking failed\n");
        status = rc ? rc : CLI_EXIT_DATA;
    } else {
        compare_counts q = {0};
        q.nr = ctrend_claims_count(ref);
        q.nd = ctrend_claims_count(dr);
        compare_quotes(ref, paths[1], &q);
        compare_claims(ref, dr, &q);
        compare_table(&q, c.format);
    }
    ctrend_claims_free(ref);
    ctrend_claims_free(dr);
    ctrend_frame_free(all);
    ctrend_frame_free(empty);
    if (c.n_files && !rc) cli_data_free(&d);
    return status;
}

int cmd_claims(int argc, char **argv)
{
    if (argc < 2 || cli_is_help(argv[1])) return argc < 2 ? (fputs(help_main, stderr), CLI_EXIT_USAGE)
                                                           : cli_print_help(help_main, 0);
    if (!strcmp(argv[1], "draft")) return cmd_draft(argc - 1, argv + 1);
    if (!strcmp(argv[1], "compare")) return cmd_compare(argc - 1, argv + 1);
    fprintf(stderr, "ctrend claims: unknown subcommand '%s' (draft, compare)\n", argv[1]);
    return CLI_EXIT_USAGE;
}
