/*
 * ctbench.c — the ctrend side of the benchmark, driven through the public API only.
 *
 *   ctbench events EVENTS.csv OUT.csv [THREADS]
 *       ctrend_reader (event shape, group + region, fatalities summed) -> monthly counts,
 *       read on THREADS threads (CTREND_READ_THREADS; default: the reader's, 0 = all CPUs).
 *       Timed: read + aggregate. OUT (untimed): group,region,month,events,fatalities for
 *       every non-zero month, sorted, for the agreement check against pandas.
 *   ctbench fit PANEL.csv THREADS OUT.csv
 *       ctrend_reader (wide) + ctrend_batch_fit(Poisson, intercept + trend + 2 Fourier
 *       pairs + step at 2012-01) over every series, the read (CTREND_READ_THREADS) and the
 *       fits on THREADS threads (0 = all CPUs). Timed: read, fit, and both.
 *       OUT: group,b0..b6 (%.17g). A 5th argument `serial` turns the lane path off
 *       (CTREND_BATCH_LANES = 0: one ctrend_model_fit per series).
 *   ctbench roll VALUES.f64 N_MONTHS THREADS OUT_PREFIX
 *       rolling mean (window 12, trailing, pandas' min_periods) and percent change (lag 1)
 *       over the raw doubles: once as one long vector, once per series (rows of N_MONTHS)
 *       with ctrend_batch_*. Timed separately. OUT_PREFIX.{flat_mean,flat_pct,mean,pct}.f64.
 *
 * Each mode prints "key=value" pairs on one line; bench/run.sh parses them. *_s are
 * wall-clock seconds, *cpu_s the process's CPU seconds (all threads) over the same span.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <ctrend.h>
#include <ctrend/batch.h>
#include "../tests/getters.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* CPU time of the whole process (all threads): robust to other jobs sharing the cores. */
static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static int die(const char *what, int st)
{
    fprintf(stderr, "ctbench: %s: %s\n", what, ctrend_strerror(st));
    return 1;
}

static long g_read_threads = -1; /* CTREND_READ_THREADS; -1 = the reader's default */

static int read_frame(const char *path, int shape, int sum_fatalities, ctrend_frame **f)
{
    ctrend_reader *r = NULL;
    int st = ctrend_reader_new(&r, NULL);
    if (!st)
        st = ctrend_reader_set_int(r, CTREND_READ_SHAPE, shape);
    if (!st && sum_fatalities)
        st = ctrend_reader_set_str(r, CTREND_READ_SUM_COL, "fatalities");
    /* CTBENCH_FAST_SPLIT=0: every byte through libcsv (the reader before the fast splitter) */
    if (!st && getenv("CTBENCH_FAST_SPLIT"))
        st = ctrend_reader_set_int(r, CTREND_READ_FAST_SPLIT, atoi(getenv("CTBENCH_FAST_SPLIT")));
    /* CTBENCH_CHUNK_BYTES=N: the parallel read's chunk size (CTREND_READ_CHUNK_BYTES) */
    if (!st && getenv("CTBENCH_CHUNK_BYTES"))
        st = ctrend_reader_set_int(r, CTREND_READ_CHUNK_BYTES, atoll(getenv("CTBENCH_CHUNK_BYTES")));
    if (!st && g_read_threads >= 0)
        st = ctrend_reader_set_int(r, CTREND_READ_THREADS, g_read_threads);
    if (!st)
        st = ctrend_reader_read_file(r, path, f, NULL);
    if (st)
        fprintf(stderr, "ctbench: %s\n", ctrend_reader_errmsg(r));
    ctrend_reader_free(r);
    return st;
}

typedef struct cell_row {
    const char *group, *region;
    size_t events_idx, fat_idx;
} cell_row;

static int cmp_rows(const void *a, const void *b)
{
    const cell_row *x = a, *y = b;
    const int c = strcmp(x->group, y->group);
    return c ? c : strcmp(x->region, y->region);
}

static int mode_events(const char *path, const char *out_path)
{
    ctrend_frame *f = NULL;
    const double c0 = cpu_now(), t0 = now();
    int st = read_frame(path, CTREND_SHAPE_EVENT, 1, &f);
    const double t1 = now(), c1 = cpu_now();
    size_t n_series, n_months, i, n_rows = 0, t;
    cell_row *rows;
    double *ev, *fa, total = 0.0;
    FILE *out;
    if (st)
        return die("read", st);
    n_series = ctrend_frame_n_series(f);
    n_months = ctrend_frame_n_months(f);
    rows = malloc(n_series * sizeof *rows);
    ev = malloc(n_months * sizeof *ev);
    fa = malloc(n_months * sizeof *fa);
    if (!rows || !ev || !fa)
        return die("alloc", CTREND_ENOMEM);
    for (i = 0; i < n_series; ++i) {
        if (strcmp(tg_frame_metric(f, i), "events") != 0)
            continue;
        rows[n_rows].group = tg_frame_group(f, i);
        rows[n_rows].region = tg_frame_region(f, i);
        rows[n_rows].events_idx = i;
        if ((st = ctrend_frame_find(f, rows[n_rows].group, rows[n_rows].region, "fatalities",
                                    &rows[n_rows].fat_idx)))
            return die("find fatalities", st);
        ++n_rows;
    }
    qsort(rows, n_rows, sizeof *rows, cmp_rows);
    out = fopen(out_path, "w");
    if (!out)
        return die(out_path, CTREND_EIO);
    fputs("group,region,month,events,fatalities\n", out);
    for (i = 0; i < n_rows; ++i) {
        ctrend_frame_values(f, rows[i].events_idx, ev, n_months, NULL);
        ctrend_frame_values(f, rows[i].fat_idx, fa, n_months, NULL);
        for (t = 0; t < n_months; ++t) {
            char m[16];
            if (!(ev[t] > 0))
                continue;
            ctrend_month_format(tg_frame_start(f) + (int32_t)t, m, sizeof m);
            fprintf(out, "%s,%s,%s,%.0f,%.0f\n", rows[i].group, rows[i].region, m, ev[t], fa[t]);
            total += ev[t];
        }
    }
    fclose(out);
    printf("seconds=%.6f cpu_s=%.6f series=%zu months=%zu events=%.0f\n", t1 - t0, c1 - c0, n_rows,
           n_months, total);
    free(rows);
    free(ev);
    free(fa);
    ctrend_frame_free(f);
    return 0;
}

static int mode_fit(const char *path, size_t threads, const char *out_path, int lanes)
{
    ctrend_model_opts *opts = NULL;
    ctrend_frame *f = NULL;
    ctrend_design *d = NULL;
    double t0, t1, t2, c0, c1, c2, *coef;
    size_t n_series, p, i, j, failed = 0;
    int st, *status;
    int32_t step;
    FILE *out;
    c0 = cpu_now();
    t0 = now();
    if ((st = read_frame(path, CTREND_SHAPE_WIDE, 0, &f)))
        return die("read", st);
    t1 = now();
    c1 = cpu_now();
    if ((st = ctrend_month_make(2012, 1, &step)))
        return die("month", st);
    if ((st = ctrend_design_new(tg_frame_start(f), ctrend_frame_n_months(f), &d))
        || (st = ctrend_design_add_trend(d)) || (st = ctrend_design_add_fourier(d, 2))
        || (st = ctrend_design_add_step(d, step, NULL)))
        return die("design", st);
    n_series = ctrend_frame_n_series(f);
    p = ctrend_design_ncol(d);
    coef = malloc(n_series * p * sizeof *coef);
    status = malloc(n_series * sizeof *status);
    if (!coef || !status)
        return die("alloc", CTREND_ENOMEM);
    ctrend_batch_opts *bo = NULL;
    if ((st = ctrend_model_opts_new(&opts)) || (st = ctrend_batch_opts_new(&bo))
        || (st = ctrend_batch_opts_set_model(bo, opts))
        || (st = ctrend_batch_opts_set_int(bo, CTREND_BATCH_THREADS, (int64_t)threads))
        || (st = ctrend_batch_opts_set_int(bo, CTREND_BATCH_LANES, lanes)))
        return die("options", st);
    st = ctrend_batch_fit(bo, f, CTREND_FAMILY_POISSON, d, coef, NULL, NULL, status);
    ctrend_batch_opts_free(bo);
    t2 = now();
    c2 = cpu_now();
    if (st)
        return die("batch fit", st);
    out = fopen(out_path, "w");
    if (!out)
        return die(out_path, CTREND_EIO);
    fputs("group,b0,b1,b2,b3,b4,b5,b6\n", out);
    for (i = 0; i < n_series; ++i) {
        fputs(tg_frame_group(f, i), out);
        if (status[i])
            ++failed;
        for (j = 0; j < p; ++j)
            fprintf(out, ",%.17g", coef[i * p + j]);
        fputc('\n', out);
    }
    fclose(out);
    printf("read_s=%.6f fit_s=%.6f total_s=%.6f read_cpu_s=%.6f fit_cpu_s=%.6f total_cpu_s=%.6f "
           "fits=%zu failed=%zu us_per_fit=%.2f threads=%zu\n",
           t1 - t0, t2 - t1, t2 - t0, c1 - c0, c2 - c1, c2 - c0, n_series, failed,
           1e6 * (t2 - t1) / (double)n_series, threads ? threads : ctrend_batch_default_threads());
    free(coef);
    free(status);
    ctrend_model_opts_free(opts);
    ctrend_design_free(d);
    ctrend_frame_free(f);
    return 0;
}

static int write_f64(const char *prefix, const char *suffix, const double *x, size_t n)
{
    char path[1024];
    FILE *out;
    size_t w;
    snprintf(path, sizeof path, "%s.%s.f64", prefix, suffix);
    if (!(out = fopen(path, "wb")))
        return 1;
    w = fwrite(x, sizeof *x, n, out);
    return (fclose(out) != 0 || w != n);
}

static int mode_roll(const char *path, size_t n_months, size_t threads, const char *prefix)
{
    FILE *in = fopen(path, "rb");
    double *x, *out;
    size_t n, cap = (size_t)1 << 20, n_series;
    double t[5];
    int st;
    if (!in)
        return die(path, CTREND_EIO);
    x = malloc(cap * sizeof *x);
    n = 0;
    while (x) {
        const size_t got = fread(x + n, sizeof *x, cap - n, in);
        n += got;
        if (n < cap)
            break;
        cap *= 2;
        x = realloc(x, cap * sizeof *x);
    }
    fclose(in);
    if (!x || n_months == 0 || (out = malloc(n * sizeof *out)) == NULL)
        return die("alloc", CTREND_ENOMEM);
    n_series = n / n_months;
    n = n_series * n_months;
    t[0] = now();
    if ((st = ctrend_rolling_mean(x, n, 12, CTREND_ALIGN_TRAILING, 0, out)))
        return die("rolling", st);
    t[1] = now();
    if (write_f64(prefix, "flat_mean", out, n))
        return die("write", CTREND_EIO);
    t[1] -= t[0];
    t[0] = now();
    if ((st = ctrend_change_pct(x, n, 1, out, NULL)))
        return die("pct", st);
    t[2] = now() - t[0];
    if (write_f64(prefix, "flat_pct", out, n))
        return die("write", CTREND_EIO);
    t[0] = now();
    ctrend_batch_opts *bo = NULL;
    if ((st = ctrend_batch_opts_new(&bo))
        || (st = ctrend_batch_opts_set_int(bo, CTREND_BATCH_THREADS, (int64_t)threads)))
        return die("options", st);
    if ((st = ctrend_batch_rolling_mean(bo, x, n_series, n_months, 12, 0, out, NULL)))
        return die("batch rolling", st);
    t[3] = now() - t[0];
    if (write_f64(prefix, "mean", out, n))
        return die("write", CTREND_EIO);
    t[0] = now();
    st = ctrend_batch_change_pct(bo, x, n_series, n_months, 1, out, NULL, NULL);
    ctrend_batch_opts_free(bo);
    if (st)
        return die("batch pct", st);
    t[4] = now() - t[0];
    if (write_f64(prefix, "pct", out, n))
        return die("write", CTREND_EIO);
    printf("values=%zu flat_mean_s=%.6f flat_pct_s=%.6f mean_s=%.6f pct_s=%.6f\n", n, t[1], t[2],
           t[3], t[4]);
    free(x);
    free(out);
    return 0;
}

int main(int argc, char **argv)
{
    ctrend_init();
    if ((argc == 4 || argc == 5) && !strcmp(argv[1], "events")) {
        if (argc == 5)
            g_read_threads = strtol(argv[4], NULL, 10);
        return mode_events(argv[2], argv[3]);
    }
    if ((argc == 5 || (argc == 6 && !strcmp(argv[5], "serial"))) && !strcmp(argv[1], "fit")) {
        g_read_threads = strtol(argv[3], NULL, 10); /* the read on as many threads as the fits */
        return mode_fit(argv[2], (size_t)strtoul(argv[3], NULL, 10), argv[4], argc == 5);
    }
    if (argc == 6 && !strcmp(argv[1], "roll"))
        return mode_roll(argv[2], (size_t)strtoul(argv[3], NULL, 10),
                         (size_t)strtoul(argv[4], NULL, 10), argv[5]);
    fprintf(stderr, "usage: ctbench events FILE OUT [THREADS] | fit FILE THREADS OUT"
                    " | roll FILE.f64 N_MONTHS THREADS PREFIX\n");
    return 2;
}
