/* SPDX-License-Identifier: GPL-3.0-or-later */
/* model_args.c — parsing of model options and building the design for one series. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "model_args.h"

const char cli_model_help[] =
    "Model:\n"
    "  --family poisson|quasipoisson|negbin|gaussian   (default poisson; log link for counts;\n"
    "                          also --model, and linear = gaussian)\n"
    "  --no-trend              drop the linear trend (on by default: 1..n over the fit window)\n"
    "  --fourier K, --season K K sine/cosine pairs of the 12-month season (sin12 cos12 sin6 ...)\n"
    "  --month-dummies         month-of-year indicators instead\n"
    "  --step YYYY-MM          level shift from that month on (repeatable)\n"
    "  --slope-change YYYY-MM  change of trend from that month on (repeatable)\n"
    "  --offset-days           offset log(days in month): a rate per day, so February's\n"
    "                          28 days are not read as a decline\n"
    "  --exposure METRIC       offset log(METRIC) from the same group/region (e.g. population)\n"
    "  --offset days|METRIC    the same two offsets, as one option\n"
    "  --covariate METRIC      another metric of the same group/region as a regressor (repeatable)\n"
    "  --level P               confidence level of the Wald intervals (default 0.95)\n"
    "  --epsilon E, --maxit N  IRLS convergence (defaults 1e-8 and 25, as R's glm.control)\n"
    "  --seed S                random seed for simulations (default 20240101)\n";

void cli_model_init(cli_model *m)
{
    memset(m, 0, sizeof *m);
    m->family = CTREND_FAMILY_POISSON;
    m->trend = 1;
    m->level = 0.95;
    m->epsilon = NAN;
    m->maxit = NAN;
    m->seed = 20240101u;
}

static int need(int argc, char **argv, int i)
{
    if (i + 1 < argc) return 0;
    fprintf(stderr, "ctrend: %s needs a value\n", argv[i]);
    return -1;
}

static int parse_double(const char *opt, const char *s, double lo, double hi, double *v)
{
    char *end;
    errno = 0;
    const double x = strtod(s, &end);
    if (errno || end == s || *end || !(x > lo && x < hi)) {
        fprintf(stderr, "ctrend: %s must be a number in (%g, %g), got '%s'\n", opt, lo, hi, s);
        return -1;
    }
    *v = x;
    return 0;
}

/* --family V (also --model): 0, or -1 after a message. */
static int family_option(cli_model *m, const char *v)
{
    if (!strcmp(v, "poisson"))
        m->family = CTREND_FAMILY_POISSON;
    else if (!strcmp(v, "quasipoisson") || !strcmp(v, "quasi"))
        m->family = CTREND_FAMILY_QUASIPOISSON;
    else if (!strcmp(v, "negbin") || !strcmp(v, "nb"))
        m->family = CTREND_FAMILY_NEGBIN;
    else if (!strcmp(v, "gaussian") || !strcmp(v, "ols") || !strcmp(v, "linear"))
        m->family = CTREND_FAMILY_GAUSSIAN;
    else {
        fprintf(stderr,
                "ctrend: --family must be poisson, quasipoisson, negbin or gaussian, not '%s'\n",
                v);
        return -1;
    }
    return 0;
}

/* --step V or --slope-change V (opt): the month added to its list; 0, or -1 after a message. */
static int term_month_option(cli_model *m, const char *opt, const char *v)
{
    int32_t mo;
    if (cli_parse_month(v, &mo)) return -1;
    int32_t *arr = opt[2] == 's' && opt[3] == 't' ? m->steps : m->slopes;
    size_t *cnt = arr == m->steps ? &m->n_steps : &m->n_slopes;
    if (*cnt == CLI_MAX_TERMS) {
        fprintf(stderr, "ctrend: too many %s terms\n", opt);
        return -1;
    }
    for (size_t k = 0; k < *cnt; ++k)
        if (arr[k] == mo) { /* was "duplicate (series, month) row" from the design */
            fprintf(stderr, "ctrend: %s %s is given twice\n", opt, v);
            return -1;
        }
    arr[(*cnt)++] = mo;
    return 0;
}

/* --seed V: a non-negative integer; 0, or -1 after a message. */
static int seed_option(cli_model *m, const char *v)
{
    char *end;
    errno = 0;
    const unsigned long long x = strtoull(v, &end, 10);
    if (errno || *end || v[0] == '-') {
        fprintf(stderr, "ctrend: --seed needs a non-negative integer\n");
        return -1;
    }
    m->seed = (uint64_t)x;
    return 0;
}

/* A model option without a value: 1 when opt is one (applied), else 0. */
static int model_flag(cli_model *m, const char *opt)
{
    if (!strcmp(opt, "--no-trend"))
        m->trend = 0;
    else if (!strcmp(opt, "--trend"))
        m->trend = 1;
    else if (!strcmp(opt, "--month-dummies"))
        m->month_dummies = 1;
    else if (!strcmp(opt, "--offset-days"))
        m->offset_days = 1;
    else
        return 0;
    return 1;
}

/* Is opt a model option that takes a value? */
static int model_takes_value(const char *opt)
{
    static const char *const names[] = {"--family",   "--model", "--offset",       "--fourier",
                                        "--season",   "--step",  "--slope-change", "--covariate",
                                        "--exposure", "--level", "--epsilon",      "--maxit",
                                        "--seed"};
    for (size_t k = 0; k < sizeof names / sizeof names[0]; ++k)
        if (!strcmp(opt, names[k])) return 1;
    return 0;
}

/* The value v of model option opt (model_takes_value): 0, or -1 after a message. */
static int model_value(cli_model *m, const char *opt, const char *v)
{
    if (!strcmp(opt, "--family") || !strcmp(opt, "--model")) return family_option(m, v);
    if (!strcmp(opt, "--offset")) { /* --offset days | --offset METRIC (log exposure) */
        if (!strcmp(v, "days")) m->offset_days = 1;
        else m->exposure = v;
        return 0;
    }
    if (!strcmp(opt, "--fourier") || !strcmp(opt, "--season")) {
        if (cli_parse_size(opt, v, &m->fourier)) return -1;
        if (m->fourier > CTREND_DESIGN_MAX_FOURIER) {
            fprintf(stderr, "ctrend: --fourier is at most %d\n", CTREND_DESIGN_MAX_FOURIER);
            return -1;
        }
        return 0;
    }
    if (!strcmp(opt, "--step") || !strcmp(opt, "--slope-change"))
        return term_month_option(m, opt, v);
    if (!strcmp(opt, "--covariate")) {
        if (m->n_covariates == CLI_MAX_TERMS) {
            fprintf(stderr, "ctrend: too many --covariate terms\n");
            return -1;
        }
        m->covariates[m->n_covariates++] = v;
        return 0;
    }
    if (!strcmp(opt, "--exposure")) {
        m->exposure = v;
        return 0;
    }
    if (!strcmp(opt, "--level")) return parse_double(opt, v, 0.0, 1.0, &m->level);
    if (!strcmp(opt, "--epsilon")) return parse_double(opt, v, 0.0, 1.0, &m->epsilon);
    if (!strcmp(opt, "--maxit")) {
        size_t x;
        if (cli_parse_size(opt, v, &x)) return -1;
        m->maxit = (double)x;
        return 0;
    }
    return seed_option(m, v); /* --seed */
}

int cli_model_option(cli_model *m, int argc, char **argv, int *i)
{
    const char *a = argv[*i];
    if (model_flag(m, a)) return 1;
    if (!model_takes_value(a)) return 0;
    if (need(argc, argv, *i)) return -1;
    return model_value(m, a, argv[++*i]) ? -1 : 1;
}

void cli_series_name(const ctrend_frame *f, size_t s, char *buf, size_t cap)
{
    const char *g = cli_key_group(f, s), *r = cli_key_region(f, s),
               *me = cli_key_metric(f, s);
    if (*r) snprintf(buf, cap, "%s/%s/%s", *g ? g : "-", r, me);
    else snprintf(buf, cap, "%s/%s", *g ? g : "-", me);
}

/* Values of metric `metric` of the same group/region as series s over [start, start+n). */
static int sibling(const ctrend_frame *f, size_t s, const char *metric, int32_t start, size_t n,
                   double *out)
{
    size_t k;
    const int rc = ctrend_frame_find(f, cli_key_group(f, s), cli_key_region(f, s), metric, &k);
    if (rc) return rc;
    return ctrend_frame_window(f, k, start, n, out, n, NULL);
}

int cli_model_design(const cli_model *m, const ctrend_frame *f, size_t s, int32_t start,
                     size_t n, ctrend_design **out)
{
    char name[256];
    cli_series_name(f, s, name, sizeof name);
    ctrend_design *d = NULL;
    int rc = ctrend_design_new(start, n, &d);
    if (!rc && m->trend) rc = ctrend_design_add_trend(d);
    if (!rc && m->fourier) rc = ctrend_design_add_fourier(d, m->fourier);
    if (!rc && m->month_dummies) rc = ctrend_design_add_month_dummies(d);
    for (size_t k = 0; !rc && k < m->n_steps; ++k) {
        char term[32], mo[CTREND_MONTH_STRLEN_V2];
        cli_month_str(m->steps[k], mo);
        if (m->n_steps == 1) snprintf(term, sizeof term, "step");
        else snprintf(term, sizeof term, "step%s", mo);
        rc = ctrend_design_add_step(d, m->steps[k], term);
    }
    for (size_t k = 0; !rc && k < m->n_slopes; ++k) {
        char term[32], mo[CTREND_MONTH_STRLEN_V2];
        cli_month_str(m->slopes[k], mo);
        if (m->n_slopes == 1) snprintf(term, sizeof term, "slope");
        else snprintf(term, sizeof term, "slope%s", mo);
        rc = ctrend_design_add_slope_change(d, m->slopes[k], term);
    }
    if (!rc && m->offset_days) rc = ctrend_design_set_offset_days(d, 1);
    double *buf = NULL;
    if (!rc && (m->n_covariates || m->exposure)) {
        buf = malloc(n * sizeof *buf);
        if (!buf) rc = CTREND_ENOMEM;
    }
    for (size_t k = 0; !rc && k < m->n_covariates; ++k) {
        rc = sibling(f, s, m->covariates[k], start, n, buf);
        if (rc == CTREND_ENOTFOUND) {
            fprintf(stderr, "ctrend: %s: no covariate series '%s' for this group/region\n", name, m->covariates[k]);
            break;
        }
        if (!rc) rc = ctrend_design_add_column(d, m->covariates[k], buf, n);
    }
    if (!rc && m->exposure) {
        rc = sibling(f, s, m->exposure, start, n, buf);
        if (rc == CTREND_ENOTFOUND) {
            fprintf(stderr, "ctrend: %s: no exposure series '%s' for this group/region\n", name, m->exposure);
        } else if (!rc) {
            ctrend_error e;
            rc = ctrend_design_set_exposure(d, buf, n, &e);
            if (rc == CTREND_EDOMAIN)
                fprintf(stderr, "ctrend: %s: --exposure %s: %s\n", name, m->exposure, e.message);
        }
    } else if (rc && rc != CTREND_ENOTFOUND) {
        fprintf(stderr, "ctrend: %s: design: %s\n", name, ctrend_strerror(rc));
    }
    if (rc == CTREND_ENOMEM) cli_note_out_of_memory();
    free(buf);
    if (rc) {
        ctrend_design_free(d);
        return rc;
    }
    *out = d;
    return CTREND_OK;
}

int cli_model_opts(const cli_model *m, ctrend_model_opts **out)
{
    ctrend_model_opts *o = NULL;
    int rc = ctrend_model_opts_new(&o);
    if (!rc) rc = ctrend_model_opts_set_double(o, CTREND_OPT_LEVEL, m->level);
    if (!rc && !isnan(m->epsilon))
        rc = ctrend_model_opts_set_double(o, CTREND_OPT_EPSILON, m->epsilon);
    if (!rc && !isnan(m->maxit)) /* a whole number in range (the setter checks the range) */
        rc = m->maxit == floor(m->maxit) && fabs(m->maxit) < 1e15
                 ? ctrend_model_opts_set_int(o, CTREND_OPT_MAXIT, (int64_t)m->maxit)
                 : CTREND_EINVAL;
    if (rc) {
        ctrend_model_opts_free(o);
        return rc;
    }
    *out = o;
    return CTREND_OK;
}

int cli_fit_series(const char *cmd, const cli_common *c, const cli_model *mo,
                   ctrend_model_opts *opts, const ctrend_frame *f, size_t s, double **y,
                   size_t *n, int32_t *start, ctrend_design **des, ctrend_model **m)
{
    *des = NULL;
    *m = NULL;
    if (cli_series_window(c, f, s, 0, y, n, start)) return -1;
    char name[256];
    cli_series_name(f, s, name, sizeof name);
    int rc = cli_model_design(mo, f, s, *start, *n, des);
    if (!rc) {
        ctrend_error err;
        rc = ctrend_model_fit(opts, mo->family, *des, *y, *n, m, &err);
        if (rc) fprintf(stderr, "ctrend %s: %s: %s [%s]\n", cmd, name, err.message,
                        ctrend_status_name(rc));
        if (rc == CTREND_ENOMEM) cli_note_out_of_memory();
    }
    return rc;
}

/* Is `metric` the exposure or one of the covariates (a regressor, never a response)? */
static const char *regressor_role(const cli_model *m, const char *metric)
{
    if (m->exposure && !strcmp(metric, m->exposure)) return "--exposure";
    for (size_t k = 0; k < m->n_covariates; ++k)
        if (!strcmp(metric, m->covariates[k])) return "--covariate";
    return NULL;
}

/* --metric naming the exposure or a covariate would model a series on itself (issue 18 #16:
 * `--covariate attacks --metric attacks` fitted attacks on attacks, `--exposure X --metric X`
 * printed nothing with exit 0): a usage error. */
static int check_roles(const cli_common *c, const cli_model *m)
{
    const char *p = c->metric;
    while (p && *p) {
        const char *e = strchr(p, ',');
        const size_t len = e ? (size_t)(e - p) : strlen(p);
        char name[256];
        if (len < sizeof name) {
            memcpy(name, p, len);
            name[len] = 0;
            const char *role = regressor_role(m, name);
            if (role) {
                fprintf(stderr, "ctrend: --metric %s is also the %s series: a series cannot be its "
                        "own regressor; model another metric or drop %s\n", name, role, role);
                return -1;
            }
        }
        p = e ? e + 1 : NULL;
    }
    return 0;
}

void cli_model_extras(const cli_model *m, cli_common *c)
{
    for (size_t k = 0; k < m->n_covariates && c->n_extra < CLI_MAX_SUMS; ++k)
        c->extra_metrics[c->n_extra++] = m->covariates[k];
    if (m->exposure && c->n_extra < CLI_MAX_SUMS) c->extra_metrics[c->n_extra++] = m->exposure;
}

int cli_model_load(const cli_common *c, const cli_model *m, cli_data *d, ctrend_model_opts **opts)
{
    memset(d, 0, sizeof *d);
    if (check_roles(c, m)) return CLI_EXIT_USAGE;
    cli_common cc = *c;
    cli_model_extras(m, &cc);
    const int rc = cli_load(&cc, d);
    if (rc) return rc;
    if (cli_model_opts(m, opts)) {
        cli_data_free(d);
        cli_note_out_of_memory();
        return CLI_EXIT_DATA;
    }
    return CLI_EXIT_OK;
}

int cli_print_help(const char *text, int with_model)
{
    fputs(text, stdout);
    if (with_model) fputs(cli_model_help, stdout);
    fputs(cli_common_help, stdout);
    return CLI_EXIT_OK;
}

int cli_other_option(const char *cmd, cli_common *c, cli_model *mo, int argc, char **argv, int *i)
{
    int r = mo ? cli_model_option(mo, argc, argv, i) : 0;
    if (r == 0) r = cli_common_option(c, argc, argv, i);
    if (r < 0) return -1;
    if (r == 0) {
        fprintf(stderr, "ctrend %s: unknown option '%s' (see --help)\n", cmd, argv[*i]);
        return -1;
    }
    return 0;
}

int cli_model_target(const cli_common *c, const cli_model *m, const ctrend_frame *f, size_t s)
{
    if (!cli_selected(c, f, s)) return 0;
    return regressor_role(m, cli_key_metric(f, s)) == NULL;
}

int cli_model_each(const cli_common *c, const cli_model *m, const cli_data *d,
                   cli_model_each_fn each, void *ctx)
{
    int sum = 0;
    for (size_t k = 0; k < d->n; ++k) {
        const ctrend_frame *f = d->frames[k];
        for (size_t s = 0; s < ctrend_frame_n_series(f); ++s) {
            if (!cli_model_target(c, m, f, s)) continue;
            double *y;
            size_t n;
            int32_t start;
            if (cli_series_window(c, f, s, 0, &y, &n, &start)) continue;
            sum += each(ctx, f, s, y, n, start);
            free(y);
        }
    }
    return sum;
}
