/* SPDX-License-Identifier: GPL-3.0-or-later */
/* common.c — options shared by the data commands, loading input files, selecting series. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include "cli.h"

const char cli_common_help[] =
    "Input:\n"
    "  FILE...                 CSV files (wide, long/tidy or event-level; detected from the header);\n"
    "                          - reads standard input; gzip data (.gz) are decompressed on the fly\n"
    "  --shape auto|wide|long|event\n"
    "  --delim C               field delimiter (default: sniffed: , ; tab |)\n"
    "  --thousands C           thousands separator in numbers: , . ' or space (default: none;\n"
    "                          quoted \"1,234\" cells of a comma file are read anyway)\n"
    "  --decimal C             decimal mark: . (default) or ,\n"
    "  --max-record BYTES      longest record accepted (default 64 MiB)\n"
    "  --threads N             threads for reading a large long or event file (default 0 = all\n"
    "                          CPUs; 1 = serial; the result is the same for every N)\n"
    "  --date-col NAME         month/date column (default: 'month' or 'date')\n"
    "  --date-format FMT|excel how dates are written (default: detected per column, docs/io.md);\n"
    "                          FMT like %d/%m/%Y or %b-%y; excel = serial day numbers\n"
    "  --group-col NAME        group column (default: 'group')\n"
    "  --region-col NAME       region column (default: 'region')\n"
    "  --metric-col NAME, --value-col NAME   long shape column names\n"
    "  --sum COL               event shape: also sum COL per month (repeatable)\n"
    "  --where EXPR            keep only rows where EXPR holds (repeatable: all must hold), e.g.\n"
    "                          'side_a == \"TTP\" or side_b == \"TTP\"', 'actor1 ~* \"ttp\"',\n"
    "                          '`Fuel price` > 100', 'region in (\"Sindh\", \"Punjab\")' (docs/io.md)\n"
    "  --span-from YYYY-MM, --span-to YYYY-MM   event shape: months with no event in this span are 0\n"
    "  --duplicates error|sum  a repeated (series, month) row is an error (default) or added\n"
    "  --no-count-check        accept negative or fractional values (rates, not counts)\n"
    "  --by group,region|group|region|none  series key: sum over the keys not named\n"
    "                          (a month missing in any part is missing in the sum)\n"
    "  --by-skip-missing       sum the parts reported that month instead (a breakdown that\n"
    "                          lists only non-zero parts)\n"
    "Selection:\n"
    "  --group G[,G...]  --region R[,R...]  --metric M[,M...]  --from YYYY-MM  --to YYYY-MM\n"
    "                          a name with a comma in \"quotes\" or with \\, : --group '\"A, B\",TTP';\n"
    "                          a name the data lacks is an error naming the nearest one\n"
    "Output:\n"
    "  --format table|csv|json (default: table on a terminal, csv otherwise)\n";

void cli_common_init(cli_common *c)
{
    memset(c, 0, sizeof *c);
    c->format = isatty(STDOUT_FILENO) ? CLI_FORMAT_TABLE : CLI_FORMAT_CSV;
}

int cli_parse_month(const char *s, int32_t *m)
{
    if (ctrend_month_parse(s, strlen(s), m) != CTREND_OK) {
        fprintf(stderr, "ctrend: not a month: '%s' (expected e.g. 2022-01 or Jan 2022)\n", s);
        return -1;
    }
    return 0;
}

int cli_parse_size(const char *opt, const char *s, size_t *v)
{
    char *end;
    errno = 0;
    const unsigned long long x = strtoull(s, &end, 10);
    if (errno || end == s || *end || s[0] == '-' || x == 0) {
        fprintf(stderr, "ctrend: %s needs a positive whole number, got '%s'\n", opt, s);
        return -1;
    }
    if (x > CLI_MAX_SIZE_OPTION) {
        fprintf(stderr, "ctrend: %s is at most %d, got '%s'\n", opt, CLI_MAX_SIZE_OPTION, s);
        return -1;
    }
    *v = (size_t)x;
    return 0;
}

void cli_month_str(int32_t m, char buf[CTREND_MONTH_STRLEN_V2])
{
    /* every int32_t index has a spelling: years 0..9999 as YYYY-MM, others in ISO 8601's
     * expanded form (-0001-03, +10000-01), which ctrend_month_parse_v2 reads back */
    if (ctrend_month_format_v2(m, buf, CTREND_MONTH_STRLEN_V2) != CTREND_OK) strcpy(buf, "?");
}

static const char *value_of(int argc, char **argv, int *i)
{
    if (*i + 1 >= argc) {
        fprintf(stderr, "ctrend: %s needs a value\n", argv[*i]);
        return NULL;
    }
    return argv[++*i];
}

/* --delim, --thousands, --decimal: 1 = consumed, 0 = not this option, -1 = usage error (printed). */
static int char_option(cli_common *c, const char *a, int argc, char **argv, int *i)
{
    if (!strcmp(a, "--delim") || !strcmp(a, "--thousands") || !strcmp(a, "--decimal")) {
        const char *v = value_of(argc, argv, i);
        if (!v) return -1;
        int ch = -1;
        if (!strcmp(v, "tab") || !strcmp(v, "\\t") || !strcmp(v, "\t")) ch = '\t';
        else if (!strcmp(v, "space")) ch = ' ';
        else if (!strcmp(v, "none") && a[2] == 't') ch = 0;
        else if (strlen(v) == 1) ch = (unsigned char)v[0];
        const int ok = a[2] == 'd' && a[3] == 'e' && a[4] == 'l'
                           ? ch > 0 && ch != '"' && ch != '\n' && ch != '\r'
                       : a[2] == 't' ? ch == 0 || ch == ',' || ch == '.' || ch == ' ' || ch == '\''
                                     : ch == '.' || ch == ',';
        if (!ok) {
            fprintf(stderr, "ctrend: %s takes %s, not '%s'\n", a,
                    a[2] == 'd' && a[3] == 'e' && a[4] == 'l' ? "one character (',' ';' tab '|' ...)"
                    : a[2] == 't'                              ? "',' '.' ' ' (space) or \"'\""
                                                               : "'.' or ','",
                    v);
            return -1;
        }
        if (a[2] == 't') c->thousands = ch;
        else if (a[4] == 'l') c->delim = ch;
        else c->decimal = ch;
        return 1;
    }
    return 0;
}

/* --format, --shape, --duplicates: 1 = consumed, 0 = not this option, -1 = usage error (printed). */
static int keyword_option(cli_common *c, const char *a, int argc, char **argv, int *i)
{
    const char *v;
    if (!strcmp(a, "--format")) {
        if (!(v = value_of(argc, argv, i))) return -1;
        if (!strcmp(v, "table")) c->format = CLI_FORMAT_TABLE;
        else if (!strcmp(v, "csv")) c->format = CLI_FORMAT_CSV;
        else if (!strcmp(v, "json")) c->format = CLI_FORMAT_JSON;
        else {
            fprintf(stderr, "ctrend: --format must be table, csv or json, not '%s'\n", v);
            return -1;
        }
        return 1;
    }
    if (!strcmp(a, "--shape")) {
        if (!(v = value_of(argc, argv, i))) return -1;
        if (!strcmp(v, "auto")) c->shape = CTREND_SHAPE_AUTO;
        else if (!strcmp(v, "wide")) c->shape = CTREND_SHAPE_WIDE;
        else if (!strcmp(v, "long")) c->shape = CTREND_SHAPE_LONG;
        else if (!strcmp(v, "event")) c->shape = CTREND_SHAPE_EVENT;
        else {
            fprintf(stderr, "ctrend: --shape must be auto, wide, long or event, not '%s'\n", v);
            return -1;
        }
        return 1;
    }
    if (!strcmp(a, "--duplicates")) {
        if (!(v = value_of(argc, argv, i))) return -1;
        if (!strcmp(v, "error")) c->duplicates_sum = 0;
        else if (!strcmp(v, "sum")) c->duplicates_sum = 1;
        else {
            fprintf(stderr, "ctrend: --duplicates must be error or sum, not '%s'\n", v);
            return -1;
        }
        return 1;
    }
    return 0;
}

/* --by: 1 = consumed, 0 = not this option, -1 = usage error (printed). */
static int by_option(cli_common *c, const char *a, int argc, char **argv, int *i)
{
    const char *v;
    if (!strcmp(a, "--by")) {
        if (!(v = value_of(argc, argv, i))) return -1;
        c->by_set = 1;
        c->by_group = c->by_region = 0;
        if (strcmp(v, "none") && strcmp(v, "")) {
            const char *p = v;
            while (*p) {
                const char *comma = strchr(p, ',');
                const size_t len = comma ? (size_t)(comma - p) : strlen(p);
                if (len == 5 && !strncmp(p, "group", 5)) c->by_group = 1;
                else if (len == 6 && !strncmp(p, "region", 6)) c->by_region = 1;
                else {
                    fprintf(stderr, "ctrend: --by takes group, region, group,region or none, not '%s'\n", v);
                    return -1;
                }
                p += len + (comma != NULL);
            }
        }
        return 1;
    }
    if (!strcmp(a, "--by-skip-missing")) {
        c->by_skip_missing = 1;
        return 1;
    }
    return 0;
}

int cli_common_option(cli_common *c, int argc, char **argv, int *i)
{
    const char *a = argv[*i];
    const char *v;
#define STR_OPT(flag, field)                                 \
    if (!strcmp(a, flag)) {                                  \
        if (!(v = value_of(argc, argv, i))) return -1;       \
        c->field = v;                                        \
        return 1;                                            \
    }
    STR_OPT("--group", group)
    STR_OPT("--region", region)
    STR_OPT("--metric", metric)
    STR_OPT("--date-col", date_col)
    STR_OPT("--group-col", group_col)
    STR_OPT("--region-col", region_col)
    STR_OPT("--metric-col", metric_col)
    STR_OPT("--value-col", value_col)
    STR_OPT("--date-format", date_format)
#undef STR_OPT
    if (!strcmp(a, "--from") || !strcmp(a, "--to") || !strcmp(a, "--span-from") ||
        !strcmp(a, "--span-to")) {
        if (!(v = value_of(argc, argv, i))) return -1;
        int32_t m;
        if (cli_parse_month(v, &m)) return -1;
        if (!strcmp(a, "--from")) { c->from = m; c->has_from = 1; }
        else if (!strcmp(a, "--to")) { c->to = m; c->has_to = 1; }
        else if (!strcmp(a, "--span-from")) { c->data_from = m; c->has_data_from = 1; }
        else { c->data_to = m; c->has_data_to = 1; }
        return 1;
    }
    if (!strcmp(a, "--sum")) {
        if (!(v = value_of(argc, argv, i))) return -1;
        if (c->n_sums == CLI_MAX_SUMS) {
            fprintf(stderr, "ctrend: at most %d --sum columns\n", CLI_MAX_SUMS);
            return -1;
        }
        c->sums[c->n_sums++] = v;
        return 1;
    }
    int r;
    if ((r = char_option(c, a, argc, argv, i)) || (r = keyword_option(c, a, argc, argv, i)) ||
        (r = by_option(c, a, argc, argv, i)))
        return r;
    if (!strcmp(a, "--max-record")) {
        if (!(v = value_of(argc, argv, i))) return -1;
        char *end;
        errno = 0;
        const long long x = strtoll(v, &end, 10);
        if (errno || end == v || *end || x < 1) {
            fprintf(stderr, "ctrend: --max-record needs a positive number of bytes, got '%s'\n", v);
            return -1;
        }
        c->max_record = x;
        return 1;
    }
    if (!strcmp(a, "--threads")) { /* forecast and breaks read their own --threads first */
        if (!(v = value_of(argc, argv, i))) return -1;
        size_t n = 0;
        if (strcmp(v, "0") && cli_parse_size(a, v, &n)) return -1;
        if (n > CTREND_BATCH_THREADS_MAX) {
            fprintf(stderr, "ctrend: --threads is at most %d, got '%s'\n", CTREND_BATCH_THREADS_MAX, v);
            return -1;
        }
        c->read_threads = (long long)n;
        c->has_read_threads = 1;
        return 1;
    }
    if (!strcmp(a, "--where")) {
        if (!(v = value_of(argc, argv, i))) return -1;
        if (c->n_wheres == CLI_MAX_SUMS) {
            fprintf(stderr, "ctrend: at most %d --where expressions\n", CLI_MAX_SUMS);
            return -1;
        }
        c->wheres[c->n_wheres++] = v;
        return 1;
    }
    if (!strcmp(a, "--no-count-check")) {
        c->allow_noncount = 1;
        return 1;
    }
    if (a[0] == '-' && a[1] == '-' && a[2]) return 0;
    if (a[0] == '-' && a[1]) return 0;
    if (c->n_files == CLI_MAX_FILES) {
        fprintf(stderr, "ctrend: at most %d input files\n", CLI_MAX_FILES);
        return -1;
    }
    c->files[c->n_files++] = a;
    return 1;
}

static int list_next(const char **p, char *buf, size_t cap);

/* Compile the --where expressions into one filter; a syntax error is a usage error, shown
 * with a caret under the offending character. */
static int build_filter(const cli_common *c, ctrend_filter **out)
{
    *out = NULL;
    if (!c->n_wheres) return 0;
    ctrend_filter *f = NULL;
    if (ctrend_filter_new(&f)) {
        fprintf(stderr, "ctrend: out of memory\n");
        return CLI_EXIT_DATA;
    }
    for (size_t k = 0; k < c->n_wheres; ++k) {
        const int rc = ctrend_filter_add(f, c->wheres[k]);
        if (rc == CTREND_OK) continue;
        fprintf(stderr, "ctrend: %s\n", rc == CTREND_EPARSE ? ctrend_filter_errmsg(f) : ctrend_strerror(rc));
        const int64_t at = ctrend_filter_error_offset(f);
        if (rc == CTREND_EPARSE && at > 0)
            fprintf(stderr, "  %s\n  %*s^\n", c->wheres[k], (int)(at - 1), "");
        ctrend_filter_free(f);
        return rc == CTREND_EPARSE ? CLI_EXIT_USAGE : CLI_EXIT_DATA;
    }
    *out = f;
    return 0;
}

static int configure(const cli_common *c, ctrend_reader *r, const char *file, const ctrend_filter *filter)
{
    int rc = ctrend_reader_set_int(r, CTREND_READ_SHAPE, c->shape);
    if (!rc) rc = ctrend_reader_set_filter(r, filter);
    if (!rc) rc = ctrend_reader_set_int(r, CTREND_READ_DUPLICATES, c->duplicates_sum);
    if (!rc) rc = ctrend_reader_set_int(r, CTREND_READ_REQUIRE_COUNTS, !c->allow_noncount);
    if (!rc) rc = ctrend_reader_set_str(r, CTREND_READ_SOURCE_NAME, strcmp(file, "-") ? file : "<stdin>");
    if (!rc && c->date_col && !c->date_col[0]) {
        fprintf(stderr, "ctrend: --date-col needs a column name (the date column cannot be switched off)\n");
        return -1;
    }
    if (!rc && c->date_col) rc = ctrend_reader_set_str(r, CTREND_READ_DATE_COL, c->date_col);
    if (!rc && c->group_col) rc = ctrend_reader_set_str(r, CTREND_READ_GROUP_COL, c->group_col);
    if (!rc && c->region_col) rc = ctrend_reader_set_str(r, CTREND_READ_REGION_COL, c->region_col);
    if (!rc && c->metric_col) rc = ctrend_reader_set_str(r, CTREND_READ_METRIC_COL, c->metric_col);
    if (!rc && c->value_col) rc = ctrend_reader_set_str(r, CTREND_READ_VALUE_COL, c->value_col);
    if (!rc && c->date_format && ctrend_reader_set_str(r, CTREND_READ_DATE_FORMAT, c->date_format)) {
        fprintf(stderr, "ctrend: --date-format '%s' is neither 'excel' nor a pattern naming one year "
                        "(%%Y or %%y) and one month (%%m, %%b or %%B) with only %%Y %%y %%m %%d %%e %%b %%B "
                        "%%H %%M %%S %%%% and literal characters\n", c->date_format);
        return -1;
    }
    for (size_t k = 0; !rc && k < c->n_sums; ++k)
        rc = ctrend_reader_set_str(r, CTREND_READ_SUM_COL, c->sums[k]);
    if (!rc) rc = ctrend_reader_set_int(r, CTREND_READ_DELIM, c->delim);
    if (!rc) rc = ctrend_reader_set_int(r, CTREND_READ_MAX_RECORD, c->max_record);
    if (!rc && c->has_read_threads) rc = ctrend_reader_set_int(r, CTREND_READ_THREADS, c->read_threads);
    if (!rc) rc = ctrend_reader_set_int(r, CTREND_READ_DECIMAL, c->decimal);
    if (!rc) rc = ctrend_reader_set_int(r, CTREND_READ_THOUSANDS, c->thousands);
    if (rc == CTREND_EINVAL && c->thousands && c->thousands == (c->decimal ? c->decimal : '.')) {
        fprintf(stderr, "ctrend: --thousands and --decimal cannot both be '%c'\n", c->thousands);
        return -1;
    }
    /* only the selected metrics (and the model's covariates/exposure) are read: every other
     * column may hold anything (a price beside the counts) */
    if (!rc) rc = ctrend_reader_set_str(r, CTREND_READ_METRIC, NULL);
    if (!rc) rc = ctrend_reader_set_str(r, CTREND_READ_NONCOUNT_COL, NULL);
    if (!rc && c->metric) {
        char item[1024];
        for (const char *p = c->metric; !rc && list_next(&p, item, sizeof item);)
            rc = ctrend_reader_set_str(r, CTREND_READ_METRIC, item);
        for (size_t k = 0; !rc && k < c->n_extra; ++k)
            rc = ctrend_reader_set_str(r, CTREND_READ_METRIC, c->extra_metrics[k]);
    }
    for (size_t k = 0; !rc && k < c->n_extra; ++k)
        rc = ctrend_reader_set_str(r, CTREND_READ_NONCOUNT_COL, c->extra_metrics[k]);
    if (!rc && c->has_data_from) rc = ctrend_reader_set_int(r, CTREND_READ_FROM, c->data_from);
    if (!rc && c->has_data_to) rc = ctrend_reader_set_int(r, CTREND_READ_TO, c->data_to);
    return rc;
}

static int selected_raw(const cli_common *c, const ctrend_frame *f, size_t s);
static int list_next(const char **p, char *buf, size_t cap);

/* A new frame holding only the series that pass the selection. */
static int select_copy(const cli_common *c, const ctrend_frame *f, ctrend_frame **out)
{
    ctrend_frame *g = NULL;
    int rc = ctrend_frame_new(&g);
    const int32_t start = cli_frame_start(f);
    const size_t n = ctrend_frame_n_months(f);
    for (size_t s = 0; !rc && s < ctrend_frame_n_series(f); ++s) {
        if (!selected_raw(c, f, s)) continue;
        size_t k;
        rc = ctrend_frame_add_series(g, cli_key_group(f, s), cli_key_region(f, s),
                                     cli_key_metric(f, s), &k);
        double *v = n ? malloc(n * sizeof *v) : NULL;
        if (!rc && n && !v) rc = CTREND_ENOMEM;
        if (!rc && n) rc = ctrend_frame_window(f, s, start, n, v, n, NULL);
        for (size_t i = 0; !rc && i < n; ++i)
            if (!isnan(v[i])) rc = ctrend_frame_set(g, k, start + (int32_t)i, v[i]);
        free(v);
    }
    if (rc) {
        ctrend_frame_free(g);
        return rc;
    }
    *out = g;
    return CTREND_OK;
}

static int check_selection(const cli_common *c, const cli_data *d);

/* The same series in two files would be printed twice (and `check` rejects it). */
static int check_duplicates(const cli_data *d)
{
    int code = 0;
    for (size_t k = 1; k < d->n && !code; ++k)
        for (size_t s = 0; s < ctrend_frame_n_series(d->frames[k]) && !code; ++s) {
            const char *g = cli_key_group(d->frames[k], s), *rg = cli_key_region(d->frames[k], s),
                       *m = cli_key_metric(d->frames[k], s);
            for (size_t j = 0; j < k && !code; ++j) {
                size_t idx;
                if (ctrend_frame_find(d->frames[j], g, rg, m, &idx) != CTREND_OK) continue;
                fprintf(stderr, "ctrend: series %s%s%s%s%s is in both %s and %s: give each series "
                        "once (merge or select the files) [CTREND_EDUPLICATE]\n", g, *g ? "/" : "",
                        rg, *rg ? "/" : "", m, d->names[j], d->names[k]);
                code = CLI_EXIT_DATA;
            }
        }
    return code;
}

int cli_load(const cli_common *c, cli_data *d)
{
    memset(d, 0, sizeof *d);
    if (c->n_files == 0) {
        fprintf(stderr, "ctrend: no input FILE given (see --help)\n");
        return CLI_EXIT_USAGE;
    }
    if (c->has_from && c->has_to && c->from > c->to) {
        char a[CTREND_MONTH_STRLEN_V2], b[CTREND_MONTH_STRLEN_V2];
        cli_month_str(c->from, a);
        cli_month_str(c->to, b);
        fprintf(stderr, "ctrend: --from %s is after --to %s: the window would be empty\n", a, b);
        return CLI_EXIT_USAGE;
    }
    ctrend_filter *filter = NULL;
    int code = build_filter(c, &filter);
    if (code) return code;
    ctrend_reader *r = NULL;
    if (ctrend_reader_new(&r, NULL) != CTREND_OK) {
        fprintf(stderr, "ctrend: out of memory\n");
        ctrend_filter_free(filter);
        return CLI_EXIT_DATA;
    }
    for (size_t k = 0; k < c->n_files && !code; ++k) {
        int rc = configure(c, r, c->files[k], filter);
        if (rc) {
            if (rc > 0) fprintf(stderr, "ctrend: %s: %s\n", c->files[k], ctrend_strerror(rc));
            code = rc == CTREND_ENOMEM ? CLI_EXIT_DATA : CLI_EXIT_USAGE;
            break;
        }
        ctrend_frame *f = NULL;
        rc = ctrend_reader_read_file(r, c->files[k], &f, NULL);
        if (rc != CTREND_OK) {
            const char *msg = ctrend_reader_errmsg(r);
            fprintf(stderr, "ctrend: %s [%s]\n", msg && *msg ? msg : ctrend_strerror(rc),
                    ctrend_status_name(rc));
            /* a --where column the header lacks is a mistake in the command, not the data */
            code = rc == CTREND_ENOTFOUND && filter && strstr(msg, "(--where) names column") ? CLI_EXIT_USAGE
                                                                                             : CLI_EXIT_DATA;
            break;
        }
        const int64_t n_skip = ctrend_reader_n_skipped(r);
        for (int64_t q = 0; q < n_skip && q < CTREND_READ_SKIPPED_KEPT; ++q)
            fprintf(stderr, "ctrend: %s:%lld: skipped a total row\n", c->files[k],
                    (long long)ctrend_reader_skipped_line(r, q));
        if (n_skip > CTREND_READ_SKIPPED_KEPT)
            fprintf(stderr, "ctrend: %s: skipped %lld more total rows\n", c->files[k],
                    (long long)(n_skip - CTREND_READ_SKIPPED_KEPT));
        d->frames[d->n] = f;
        d->names[d->n] = c->files[k];
        d->n++;
    }
    ctrend_reader_free(r);
    ctrend_filter_free(filter);
    if (!code) code = check_selection(c, d);
    for (size_t k = 0; k < d->n && !code && c->by_set; ++k) {
        /* select first (--group/--region/--metric name the parts), then sum */
        ctrend_frame *sel = NULL, *g = NULL;
        int rc = select_copy(c, d->frames[k], &sel);
        if (!rc) rc = ctrend_frame_collapse(sel, c->by_group, c->by_region, c->by_skip_missing, &g);
        ctrend_frame_free(sel);
        if (rc) {
            fprintf(stderr, "ctrend: %s: %s\n", d->names[k], ctrend_strerror(rc));
            code = CLI_EXIT_DATA;
            break;
        }
        ctrend_frame_free(d->frames[k]);
        d->frames[k] = g;
    }
    if (!code) code = check_duplicates(d);
    if (code) cli_data_free(d);
    return code;
}

void cli_data_free(cli_data *d)
{
    for (size_t k = 0; k < d->n; ++k) ctrend_frame_free(d->frames[k]);
    d->n = 0;
}

/*
 * The next item of a comma-separated selection list into buf (cap bytes, cut when longer);
 * *p advances past it. An item in double quotes may hold commas ("" is a quote), and a
 * backslash takes the next character literally: --group '"Lashkar-e-Jhangvi, Al-Alami",TTP'
 * or --group 'Lashkar-e-Jhangvi\, Al-Alami'. Returns 0 at the end of the list.
 */
static int list_next(const char **p, char *buf, size_t cap)
{
    const char *q = *p;
    if (!q) return 0;
    size_t n = 0;
    int quoted = 0;
    for (;; ++q) {
        char ch = *q;
        if (!ch) break;
        if (quoted) {
            if (ch == '"' && q[1] == '"') ++q;
            else if (ch == '"') { quoted = 0; continue; }
        } else if (ch == '"' && n == 0) {
            quoted = 1;
            continue;
        } else if (ch == '\\' && q[1]) {
            ch = *++q;
        } else if (ch == ',') {
            break;
        }
        if (n + 1 < cap) buf[n++] = ch;
    }
    buf[n] = '\0';
    *p = *q ? q + 1 : NULL;
    return 1;
}

/* Is `name` one of the items of `list` (case-insensitive)? NULL list: everything. */
static int in_list(const char *list, const char *name)
{
    if (!list) return 1;
    char item[1024];
    for (const char *p = list; list_next(&p, item, sizeof item);)
        if (!strcasecmp(item, name)) return 1;
    return 0;
}

static const char *key_of(const ctrend_frame *f, size_t s, int which)
{
    const char *v = which == 0 ? cli_key_group(f, s) : which == 1 ? cli_key_region(f, s)
                                                                      : cli_key_metric(f, s);
    return v ? v : "";
}

/* Every item of --group/--region/--metric must name something the data has, and the
 * selection as a whole must keep a series: else exit 2 listing what there is and the
 * nearest name (a typo must not print an empty table with exit 0). */
static int check_selection(const cli_common *c, const cli_data *d)
{
    static const char *const what[3] = {"group", "region", "metric"};
    const char *lists[3] = {c->group, c->region, c->metric};
    for (int w = 0; w < 3; ++w) {
        if (!lists[w]) continue;
        char item[1024];
        for (const char *p = lists[w]; list_next(&p, item, sizeof item);) {
            const char *nearest = NULL;
            size_t best = (size_t)-1;
            int found = 0;
            for (size_t k = 0; k < d->n && !found; ++k)
                for (size_t s = 0; s < ctrend_frame_n_series(d->frames[k]) && !found; ++s) {
                    const char *name = key_of(d->frames[k], s, w);
                    if (!strcasecmp(name, item)) found = 1;
                    const size_t dist = (size_t)ctrend_name_distance(item, name);
                    if (dist < best) { best = dist; nearest = name; }
                }
            if (found) continue;
            fprintf(stderr, "ctrend: no series selected: --%s '%s' matches none", what[w], item);
            if (nearest) fprintf(stderr, "; did you mean '%s'?", nearest);
            fprintf(stderr, " The data has %ss:", what[w]);
            size_t shown = 0, total = 0;
            for (size_t k = 0; k < d->n; ++k)
                for (size_t s = 0; s < ctrend_frame_n_series(d->frames[k]); ++s) {
                    const char *name = key_of(d->frames[k], s, w);
                    int seen = 0; /* first occurrence only (at most 21 names listed: bounded work per name) */
                    for (size_t k2 = 0; k2 <= k && !seen; ++k2)
                        for (size_t s2 = 0; s2 < (k2 == k ? s : ctrend_frame_n_series(d->frames[k2])) && !seen; ++s2)
                            seen = !strcmp(key_of(d->frames[k2], s2, w), name);
                    if (seen) continue;
                    ++total;
                    if (shown < 20) {
                        fprintf(stderr, "%s '%s'", shown ? "," : "", name);
                        ++shown;
                    }
                    if (total > shown) goto listed; /* enough: " (and more)" */
                }
        listed:
            if (total > shown) fprintf(stderr, " (and more)");
            fprintf(stderr, "\n");
            return CLI_EXIT_DATA;
        }
    }
    if (!c->group && !c->region && !c->metric) return CLI_EXIT_OK;
    for (size_t k = 0; k < d->n; ++k)
        for (size_t s = 0; s < ctrend_frame_n_series(d->frames[k]); ++s)
            if (selected_raw(c, d->frames[k], s)) return CLI_EXIT_OK;
    fprintf(stderr, "ctrend: no series selected: none has that combination of --group, --region and --metric "
                    "(each exists on its own; `ctrend summary FILE` lists the series)\n");
    return CLI_EXIT_DATA;
}

static int selected_raw(const cli_common *c, const ctrend_frame *f, size_t s)
{
    return in_list(c->group, cli_key_group(f, s)) &&
           in_list(c->region, cli_key_region(f, s)) &&
           in_list(c->metric, cli_key_metric(f, s));
}

int cli_selected(const cli_common *c, const ctrend_frame *f, size_t s)
{
    /* with --by the selection was applied to the parts, before summing */
    return c->by_set ? 1 : selected_raw(c, f, s);
}

/* The window of series s: first month and length; -1 when empty. */
static int window_bounds(const cli_common *c, const ctrend_frame *f, size_t s, size_t pad_before,
                         int32_t *first_out, size_t *len)
{
    int32_t first, last;
    if (ctrend_frame_span(f, s, &first, &last) != CTREND_OK) {
        /* no reported month (all missing): the frame's whole calendar, so the series is shown
         * as all-missing instead of vanishing from the output */
        if (ctrend_frame_n_months(f) == 0) return -1;
        first = cli_frame_start(f);
        last = first + (int32_t)ctrend_frame_n_months(f) - 1;
    }
    /* --from/--to widen or narrow the window: months outside the data are missing (NaN). */
    if (c->has_from) first = c->from;
    if (c->has_to) last = c->to;
    if (last < first) return -1;
    first -= (int32_t)pad_before;
    *first_out = first;
    *len = (size_t)(last - first) + 1;
    return 0;
}

/* Months first .. first+len-1 of series s into v (NaN where not reported):
 * ctrend_frame_window, the library's one copy of a window (s and the months are valid here,
 * so it cannot fail). */
static void window_copy(const ctrend_frame *f, size_t s, int32_t first, size_t len, double *v)
{
    if (ctrend_frame_window(f, s, first, len, v, len, NULL) != CTREND_OK)
        for (size_t i = 0; i < len; ++i) v[i] = NAN;
}

int cli_series_window(const cli_common *c, const ctrend_frame *f, size_t s, size_t pad_before,
                      double **out, size_t *n, int32_t *start)
{
    int32_t first;
    size_t len;
    if (window_bounds(c, f, s, pad_before, &first, &len)) return -1;
    double *v = len <= SIZE_MAX / sizeof *v ? malloc(len * sizeof *v) : NULL;
    if (!v) {
        cli_note_out_of_memory(); /* the command then prints nothing and exits 2 */
        return -1;
    }
    window_copy(f, s, first, len, v);
    *out = v;
    *n = len;
    *start = first;
    return 0;
}

/* The loop's buffers: the windows of one batch back to back, and the batch's series. */
typedef struct loop_buf {
    double *x;
    size_t cap;
    cli_series *ser;
    size_t *off;
} loop_buf;

int cli_grow(void *p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap) return 0;
    size_t nc = *cap ? *cap : 64;
    while (nc < need) nc = nc > SIZE_MAX / 2 ? need : 2 * nc;
    void *q = nc <= SIZE_MAX / size ? realloc(*(void **)p, nc * size) : NULL;
    if (!q) return -1;
    *(void **)p = q;
    *cap = nc;
    return 0;
}

static int hand_over(const cli_loop *L, cli_table *t, loop_buf *b, size_t nb)
{
    for (size_t i = 0; i < nb; ++i) b->ser[i].x = b->x + b->off[i];
    return L->rows(L->ctx, t, b->ser, nb);
}

/* One pass over every selected series. Out of memory: noted, and the pass stops (0). */
static int loop_pass(const cli_common *c, const cli_data *d, cli_table *t, const cli_loop *L,
                     loop_buf *b)
{
    const size_t batch = L->batch ? L->batch : 1;
    for (size_t k = 0; k < d->n; ++k) {
        const ctrend_frame *f = d->frames[k];
        size_t nb = 0, used = 0;
        int rc = 0;
        for (size_t s = 0; s < ctrend_frame_n_series(f) && !rc; ++s) {
            if (!(L->select ? L->select(L->ctx, f, s) : cli_selected(c, f, s))) continue;
            int32_t first;
            size_t len;
            if (window_bounds(c, f, s, L->pad_before, &first, &len)) continue;
            if (len > SIZE_MAX - used || cli_grow(&b->x, &b->cap, used + len, sizeof *b->x)) {
                cli_note_out_of_memory();
                return 0;
            }
            window_copy(f, s, first, len, b->x + used);
            b->ser[nb] = (cli_series){f, s, NULL, len, first};
            b->off[nb++] = used;
            used += len;
            if (nb == batch) {
                rc = hand_over(L, t, b, nb);
                nb = used = 0;
            }
        }
        if (!rc && nb) rc = hand_over(L, t, b, nb);
        if (rc) return rc;
    }
    return 0;
}

int cli_series_loop(const cli_common *c, const cli_data *d, cli_table *t, const cli_loop *L)
{
    const size_t batch = L->batch ? L->batch : 1;
    loop_buf b = {NULL, 0, calloc(batch, sizeof(cli_series)), calloc(batch, sizeof(size_t))};
    int rc = 0;
    if (!b.ser || !b.off) {
        cli_note_out_of_memory();
    } else if (!L->two_pass) {
        rc = loop_pass(c, d, t, L, &b);
    } else {
        cli_table_measure(t, c->format);
        rc = loop_pass(c, d, t, L, &b);
        if (!rc && !cli_table_stream(t, stdout, c->format)) rc = loop_pass(c, d, t, L, &b);
    }
    free(b.x);
    free(b.ser);
    free(b.off);
    return rc;
}

void cli_sparkline(const double *x, size_t n, char *buf)
{
    static const char *const bars[8] = {"\xe2\x96\x81", "\xe2\x96\x82", "\xe2\x96\x83",
                                        "\xe2\x96\x84", "\xe2\x96\x85", "\xe2\x96\x86",
                                        "\xe2\x96\x87", "\xe2\x96\x88"};
    /* Long series are shown as CLI_SPARK_MAX bins, each the mean of its reported months. */
    const size_t bins = n < CLI_SPARK_MAX ? n : CLI_SPARK_MAX;
    double v[CLI_SPARK_MAX];
    double lo = INFINITY, hi = -INFINITY;
    for (size_t b = 0; b < bins; ++b) {
        const size_t i0 = b * n / bins, i1 = (b + 1) * n / bins;
        double sum = 0.0;
        size_t k = 0;
        for (size_t i = i0; i < i1; ++i)
            if (!isnan(x[i])) {
                sum += x[i];
                ++k;
            }
        v[b] = k ? sum / (double)k : NAN;
        if (k && v[b] < lo) lo = v[b];
        if (k && v[b] > hi) hi = v[b];
    }
    char *p = buf;
    for (size_t b = 0; b < bins; ++b) {
        if (isnan(v[b])) {
            *p++ = ' ';
            continue;
        }
        size_t k = hi > lo ? (size_t)((v[b] - lo) / (hi - lo) * 7.0 + 0.5) : 3;
        if (k > 7) k = 7;
        memcpy(p, bars[k], 3);
        p += 3;
    }
    *p = '\0';
}

int cli_is_help(const char *a) { return !strcmp(a, "--help") || !strcmp(a, "-h"); }

void cli_key_columns(cli_table *t)
{
    cli_table_column(t, "group", CLI_COL_TEXT, 0);
    cli_table_column(t, "region", CLI_COL_TEXT, 0);
    cli_table_column(t, "metric", CLI_COL_TEXT, 0);
}

void cli_key_cells(cli_table *t, const ctrend_frame *f, size_t s)
{
    cli_table_row(t);
    cli_table_text(t, cli_key_group(f, s));
    cli_table_text(t, cli_key_region(f, s));
    cli_table_text(t, cli_key_metric(f, s));
}
