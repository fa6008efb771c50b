/* SPDX-License-Identifier: GPL-3.0-or-later */
/* parallel.h — run one function over items 0..n-1 on N threads (the CLI's series loops). */
#ifndef CTREND_CLI_PARALLEL_H
#define CTREND_CLI_PARALLEL_H

#include <stddef.h>

/* run(ctx, i) for every i < n on n_threads threads (0 = all online CPUs; the calling thread
 * is one of them), items handed out one at a time from an atomic counter. run must write
 * only item i's own results, so the output does not depend on the thread count. A thread
 * that cannot be started leaves its share to the others (never an error). */
void cli_parallel_for(size_t n, size_t n_threads, void (*run)(void *ctx, size_t i), void *ctx);

#endif
