/*
 * panel_io.h — what the two fitting floors (irlsfloor.c, lanefloor.c) share: reading gen's
 * panel (month,group,region,attacks; series-major, PANEL_N months from 2000-01, so row k
 * is series k / PANEL_N, month k % PANEL_N), the design of ctrend_design for it, and the
 * coefficient file check.py compares with R (group,b0..b6, %.17g). Parsing is not timed.
 */
#ifndef CTREND_BENCH_PANEL_IO_H
#define CTREND_BENCH_PANEL_IO_H

#include <math.h>
#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define PANEL_N 240
#define PANEL_P 7
#define PANEL_STEP_T 144 /* the step at 2012-01 */

typedef struct panel {
    double *y;         /* n_series * PANEL_N counts, series-major */
    char (*names)[16]; /* each series' group */
    size_t n_series;
} panel;

static double panel_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static double panel_cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* 0 = read; the arrays are malloc'd (panel_free). */
static int panel_read(const char *path, panel *pn)
{
    char line[256];
    size_t n_rows = 0, cap = 0;
    memset(pn, 0, sizeof *pn);
    FILE *in = fopen(path, "r");
    if (!in || !fgets(line, sizeof line, in)) return 1;
    while (fgets(line, sizeof line, in)) {
        char *c1 = strchr(line, ','), *c2, *c3;
        if (!c1 || !(c2 = strchr(c1 + 1, ',')) || !(c3 = strchr(c2 + 1, ','))) return 1;
        if (n_rows == cap) {
            cap = cap ? 2 * cap : 1 << 16;
            pn->y = realloc(pn->y, cap * sizeof *pn->y);
            pn->names = realloc(pn->names, (cap / PANEL_N + 1) * sizeof *pn->names);
            if (!pn->y || !pn->names) return 1;
        }
        if (n_rows % PANEL_N == 0) {
            *c2 = '\0';
            snprintf(pn->names[n_rows / PANEL_N], sizeof pn->names[0], "%s", c1 + 1);
        }
        pn->y[n_rows++] = strtod(c3 + 1, NULL);
    }
    fclose(in);
    pn->n_series = n_rows / PANEL_N;
    return 0;
}

static void panel_free(panel *pn)
{
    free(pn->y);
    free(pn->names);
}

/* log mu = b0 + b1 trend + b2 sin12 + b3 cos12 + b4 sin6 + b5 cos6 + b6 step: ctrend_design's
 * columns (trend 1..n, sin/cos(2 pi k m / 12), m = month of year, Jan = 1). */
static void panel_design(double X[PANEL_N][PANEL_P])
{
    for (size_t i = 0; i < PANEL_N; ++i) {
        const double m = (double)(i % 12 + 1);
        X[i][0] = 1.0;
        X[i][1] = (double)(i + 1);
        X[i][2] = sin(2.0 * M_PI * m / 12.0);
        X[i][3] = cos(2.0 * M_PI * m / 12.0);
        X[i][4] = sin(4.0 * M_PI * m / 12.0);
        X[i][5] = cos(4.0 * M_PI * m / 12.0);
        X[i][6] = i >= PANEL_STEP_T ? 1.0 : 0.0;
    }
}

static int panel_write_coefs(const char *path, const panel *pn, const double *coef)
{
    FILE *out = fopen(path, "w");
    if (!out) return 1;
    fputs("group,b0,b1,b2,b3,b4,b5,b6\n", out);
    for (size_t s = 0; s < pn->n_series; ++s) {
        fputs(pn->names[s], out);
        for (size_t j = 0; j < PANEL_P; ++j) fprintf(out, ",%.17g", coef[s * PANEL_P + j]);
        fputc('\n', out);
    }
    return fclose(out) ? 1 : 0;
}

#endif
