/* SPDX-License-Identifier: GPL-3.0-or-later */
/* progress.c — a one-line progress report on stderr for long batch work: shown only when
 * stderr is a terminal and the work has taken more than a second (issue 6); and the
 * SIGINT/SIGTERM handling that stops long work cleanly (issue 18). */
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

/* ---- interrupts ----------------------------------------------------------------------
 * The handler does only async-signal-safe things (POSIX.1-2017 2.4.3: write, unlink, _exit;
 * stores to volatile sig_atomic_t and lock-free atomics, C11 7.14.1.1), as the signal may
 * arrive on any thread, a batch worker included. */
#include <signal.h>
#include <errno.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

static volatile sig_atomic_t got_signal;
static ctrend_batch_opts *_Atomic watched;
/* Files an interrupt removes: a stack (a report's temporary page, then the figure's
 * temporary file and destination inside it). Entries are written before the count grows. */
#define N_TEMP 4
static char temp_path[N_TEMP][4096];
static volatile sig_atomic_t n_temp;
static volatile sig_atomic_t printing;

static void interrupt_message(void)
{
    static const char msg[] = "ctrend: interrupted\n";
    ssize_t w = write(STDERR_FILENO, msg, sizeof msg - 1);
    (void)w; /* nothing to do if stderr is gone */
}

static void on_signal(int sig)
{
    const int second = got_signal != 0;
    ctrend_batch_opts *o = atomic_load(&watched);
    got_signal = sig;
    if (o && !second) {
        ctrend_batch_opts_cancel(o); /* the command stops at the next series */
        return;
    }
    for (sig_atomic_t i = 0; i < n_temp && i < N_TEMP; ++i) unlink(temp_path[i]);
    if (printing) { /* rows already written stay: end them with a line no table has */
        static const char mark[] = "\n# ctrend: interrupted: the output above is incomplete\n";
        ssize_t w = write(STDOUT_FILENO, mark, sizeof mark - 1);
        (void)w;
    }
    interrupt_message();
    _exit(128 + sig);
}

void cli_interrupt_install(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sa.sa_flags = SA_RESTART; /* a write interrupted while the batch is cancelled resumes */
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
}

void cli_interrupt_watch(ctrend_batch_opts *o)
{
    atomic_store(&watched, o);
    if (o && got_signal) ctrend_batch_opts_cancel(o); /* a signal before the section */
}

int cli_interrupted(void) { return got_signal; }

void cli_interrupt_printing(int on) { printing = on != 0; }

int cli_interrupt_exit(void)
{
    const int sig = got_signal ? got_signal : SIGINT;
    if (printing) /* streamed rows (csv/json) are on stdout: mark them incomplete */
        fputs("\n# ctrend: interrupted: the output above is incomplete\n", stdout);
    interrupt_message();
    return 128 + sig;
}

int cli_interrupt_temp(const char *path)
{
    if (!path) { /* forget the last one registered */
        if (n_temp > 0) n_temp = n_temp - 1;
        return 0;
    }
    const size_t n = strlen(path);
    if (n_temp >= N_TEMP || n >= sizeof temp_path[0]) return -1;
    memcpy(temp_path[n_temp], path, n + 1);
    n_temp = n_temp + 1; /* after the copy: the handler never sees a half-written path */
    return 0;
}

static sigset_t held_mask;

void cli_interrupt_hold(int on)
{
    if (on) {
        sigset_t stop;
        sigemptyset(&stop);
        sigaddset(&stop, SIGINT);
        sigaddset(&stop, SIGTERM);
        sigprocmask(SIG_BLOCK, &stop, &held_mask);
    } else {
        sigprocmask(SIG_SETMASK, &held_mask, NULL);
    }
}

int cli_interrupt_mkstemp(char *tmpl)
{
    cli_interrupt_hold(1);
    int rc = -1;
    const int fd = mkstemp(tmpl);
    int e = errno;
    if (fd >= 0) {
        close(fd);
        if (cli_interrupt_temp(tmpl) == 0) rc = 0;
        else {
            unlink(tmpl);
            e = ENOSPC;
        }
    }
    cli_interrupt_hold(0);
    if (rc) errno = e;
    return rc;
}

void cli_interrupt_unlink(const char *path)
{
    cli_interrupt_hold(1);
    unlink(path);
    cli_interrupt_temp(NULL);
    cli_interrupt_hold(0);
}
