/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * chunk.h — the reader's parallel path for large files (lib/io/chunk.c). Never installed.
 *
 * ctrend_reader_read_file hands a path here first. When the input is a regular file (not
 * gzip data) of at least CTREND__CHUNK_MIN_CHUNKS chunks and the reader may use more than one
 * thread, the file is mapped and read in chunks on CTREND_READ_THREADS threads, each chunk by a
 * copy of the reader, the partial results merged in chunk order; otherwise, and whenever the
 * chunked result could differ from the serial reader's, the bytes go through the serial
 * reader. Either way the reader ends up in the state ctrend_reader_feed of every byte of the
 * file would leave it in (the same frame, counters, skipped rows and error).
 */
#ifndef CTREND_CHUNK_H
#define CTREND_CHUNK_H

#include <stdint.h>

/* CTREND_READ_CHUNK_BYTES = 0 (the default): the file's size / CTREND__CHUNK_PARTS,
 * rounded up to a multiple of 64 KiB and kept within [CTREND__CHUNK_DEFAULT_MIN,
 * CTREND__CHUNK_DEFAULT_MAX] (ctrend__chunk_default_bytes). The chunk size depends on the
 * file only, never on the thread count, so neither do the cuts. */
#define CTREND__CHUNK_PARTS 8
#define CTREND__CHUNK_DEFAULT_MIN ((int64_t)256 << 10)
#define CTREND__CHUNK_DEFAULT_MAX ((int64_t)4 << 20)
/* CTREND_READ_CHUNK_BYTES: largest value. */
#define CTREND__CHUNK_MAX ((int64_t)1 << 40)
/* Files smaller than this many chunks are read serially. */
#define CTREND__CHUNK_MIN_CHUNKS 4

/* The default chunk size for a file of `size` bytes (see CTREND__CHUNK_PARTS). */
uint64_t ctrend__chunk_default_bytes(uint64_t size);

struct ctrend_reader;

/*
 * Read the file at `path` into r, whose input has begun (ctrend__rd_begin_input) and fed
 * nothing yet. 1 = done: every byte of the file went into r (the caller finishes the
 * input, which reports any error); 0 = not taken (not a regular file, gzip, too small, one
 * thread, cannot be mapped): r is untouched and the caller reads the file itself.
 */
int ctrend__chunk_read_file(struct ctrend_reader *r, const char *path);

/* Chunks the last ctrend_reader_read_file of r merged: 0 when it read serially (also after
 * falling back). For tests and benchmarks. */
int64_t ctrend__reader_chunks_merged(const struct ctrend_reader *r);

#endif
