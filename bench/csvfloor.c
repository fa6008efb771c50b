/*
 * csvfloor.c — the ingest floor: libcsv's bare parse of a file, nothing else.
 *
 *   csvfloor FILE    prints "rows=R fields=F seconds=S cpu_s=C"
 *
 * Reads FILE in 64 KiB chunks (as ctrend_reader_read_file does) and hands them to
 * csv_parse with callbacks that only count fields and records. Any CSV reader built on
 * libcsv pays at least this; ctrend's reader adds field conversion and aggregation.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <csv.h>

struct counts {
    size_t fields, rows, bytes;
};

static void on_field(void *s, size_t len, void *data)
{
    struct counts *c = data;
    (void)s;
    c->fields++;
    c->bytes += len;
}

static void on_row(int ch, void *data)
{
    (void)ch;
    ((struct counts *)data)->rows++;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

int main(int argc, char **argv)
{
    static char buf[1 << 16];
    struct csv_parser p;
    struct counts c = {0, 0, 0};
    FILE *in;
    size_t n;
    double t0, c0;
    if (argc != 2) {
        fprintf(stderr, "usage: csvfloor FILE\n");
        return 2;
    }
    c0 = cpu_now();
    t0 = now();
    in = fopen(argv[1], "rb");
    if (!in || csv_init(&p, CSV_APPEND_NULL | CSV_EMPTY_IS_NULL) != 0) {
        perror(argv[1]);
        return 1;
    }
    while ((n = fread(buf, 1, sizeof buf, in)) > 0) {
        if (csv_parse(&p, buf, n, on_field, on_row, &c) != n) {
            fprintf(stderr, "csvfloor: %s\n", csv_strerror(csv_error(&p)));
            return 1;
        }
    }
    csv_fini(&p, on_field, on_row, &c);
    csv_free(&p);
    fclose(in);
    printf("rows=%zu fields=%zu seconds=%.6f cpu_s=%.6f\n", c.rows, c.fields, now() - t0,
           cpu_now() - c0);
    return 0;
}
