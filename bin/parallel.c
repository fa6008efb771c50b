/* SPDX-License-Identifier: GPL-3.0-or-later */
/* parallel.c — cli_parallel_for: dynamic scheduling from one atomic counter (OpenMP's
 * schedule(dynamic, 1)), the scheme of lib/batch.c's runner (ctrend__parallel_for in
 * lib/internal.h) for the CLI's own loops. It stays a copy on purpose: bin/ sees only the
 * public API (README, Architecture), and a public function cannot take a callback (STYLE.md
 * section 5: Python's ctypes and R could not pass one safely from worker threads). Keep the
 * two in step: the caller is one of the workers, a thread that cannot start leaves its share
 * to the others, and run writes only item i's results. */
#include "parallel.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

#include <ctrend.h>

typedef struct par_job {
    size_t n;
    atomic_size_t next;
    void (*run)(void *ctx, size_t i);
    void *ctx;
} par_job;

static void *par_work(void *arg)
{
    par_job *j = arg;
    for (;;) {
        const size_t i = atomic_fetch_add(&j->next, 1);
        if (i >= j->n) break;
        j->run(j->ctx, i);
    }
    return NULL;
}

void cli_parallel_for(size_t n, size_t n_threads, void (*run)(void *ctx, size_t i), void *ctx)
{
    par_job job;
    job.n = n;
    job.run = run;
    job.ctx = ctx;
    atomic_init(&job.next, 0);
    if (n_threads == 0) n_threads = ctrend_batch_default_threads();
    if (n_threads > n) n_threads = n;
    pthread_t *tid = n_threads > 1 ? malloc((n_threads - 1) * sizeof *tid) : NULL;
    size_t started = 0;
    if (tid)
        for (size_t t = 0; t + 1 < n_threads; ++t) {
            if (pthread_create(&tid[started], NULL, par_work, &job) != 0) break;
            ++started;
        }
    par_work(&job);
    for (size_t t = 0; t < started; ++t) pthread_join(tid[t], NULL);
    free(tid);
}
