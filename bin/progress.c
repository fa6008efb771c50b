/* SPDX-License-Identifier: GPL-3.0-or-later */
/* progress.c — a one-line progress report on stderr for long batch work: shown only when
 * stderr is a terminal and the work has taken more than a second (issue 6). */
#include <stdio.h>
#include <time.h>
#include <unistd.h>
#include "cli.h"

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

void cli_progress_start(cli_progress *p, const char *what, size_t total)
{
    p->what = what;
    p->total = total;
    p->start = now_seconds();
    p->shown = 0;
    p->last = 0.0;
    p->tty = isatty(STDERR_FILENO);
}

void cli_progress_update(cli_progress *p, size_t done)
{
    if (!p->tty) return;
    const double t = now_seconds();
    if (t - p->start < 1.0 || (t - p->last < 0.2 && done < p->total)) return;
    p->last = t;
    fprintf(stderr, "\r%s: %zu/%zu series (%.0f%%)", p->what, done, p->total,
            p->total ? 100.0 * (double)done / (double)p->total : 100.0);
    fflush(stderr);
    p->shown = 1;
}

void cli_progress_end(cli_progress *p)
{
    if (p->shown) fprintf(stderr, "\r%*s\r", 60, "");
}
