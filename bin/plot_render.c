/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plot_render.c — the CLI's door to libctrend-figure (lib/figure/render/render.c): a figure
 * specification is drawn there; without PLplot at configure time this says what to install.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"
#include "plot.h"
#ifdef CTREND_HAVE_PLOT
#include <ctrend-figure.h>

int plot_available(void) { return 1; }

/* The figure is rendered through a temporary file this door creates and registers with the
 * interrupt handler (bin/progress.c), together with the destination when it did not exist
 * yet: Ctrl-C during the rendering (PLplot: up to seconds for a large PNG) removes both
 * instead of leaving a ctrend-plot-* file in TMPDIR and an empty or partial figure. */
int plot_render(const ctrend_figure *fig, const char *path, int device, char *err, size_t errcap)
{
    const char *dir = getenv("TMPDIR");
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s/ctrend-plot-XXXXXX", dir && *dir ? dir : "/tmp");
    /* no interrupt between creating the file and registering it: SIGINT/SIGTERM wait (and
     * are handled, removing both, as soon as they are unblocked) */
    sigset_t stop, old;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    sigprocmask(SIG_BLOCK, &stop, &old);
    const int fd = mkstemp(tmp);
    const int mk_errno = errno;
    int pushed_tmp = 0, pushed_out = 0;
    if (fd >= 0) {
        close(fd);
        pushed_tmp = cli_interrupt_temp(tmp) == 0;
        pushed_out = access(path, F_OK) != 0 && cli_interrupt_temp(path) == 0;
    }
    sigprocmask(SIG_SETMASK, &old, NULL);
    if (fd < 0) {
        snprintf(err, errcap, "cannot create a temporary file in %.300s: %s", dir && *dir ? dir : "/tmp",
                 strerror(mk_errno));
        return -1;
    }
    ctrend_error e;
    const int rc = ctrend_figure_render_tmp(fig, path, tmp, device, &e); /* removes tmp */
    if (pushed_out) cli_interrupt_temp(NULL);
    if (pushed_tmp) cli_interrupt_temp(NULL);
    if (rc == CTREND_OK) return 0;
    snprintf(err, errcap, "%s", e.message);
    return -1;
}

#else

int plot_available(void) { return 0; }

int plot_render(const ctrend_figure *fig, const char *path, int device, char *err, size_t errcap)
{
    (void)fig;
    (void)path;
    (void)device;
    snprintf(err, errcap, "this ctrend was built without PLplot");
    return -1;
}

#endif
