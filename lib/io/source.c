/*
 * source.c — input bytes for ctrend_reader_read_file: a file, standard input ("-"), or
 * either one gzip-compressed.
 *
 * Method. Every source is read through zlib's gz* interface (zlib 1.2.13, gzdopen/gzread;
 * RFC 1952 for the format): gzread decompresses gzip data while streaming and, on anything
 * else, copies the bytes through unchanged ("transparent" reading, zlib.h at gzread), so
 * compression is recognised by its magic bytes, not the file name, and works on a pipe too.
 * Memory: zlib's buffers (gzbuffer, 64 KiB) plus the inflate window (32 KiB), whatever the
 * file size. Before reading, fstat(2) refuses a directory, and a FIFO is opened with
 * O_NONBLOCK so that one without a writer gives "no data" instead of blocking forever.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include "ctrend/common.h"
#include "io_internal.h"


static void why(int err, char *buf, size_t cap)
{
    if (strerror_r(err, buf, cap)) snprintf(buf, cap, "error %d", err);
}

int ctrend__source_open(const char *path, ctrend__source *src, char *msg, size_t cap)
{
    memset(src, 0, sizeof *src);
    const int is_stdin = !strcmp(path, "-");
    int fd = is_stdin ? dup(STDIN_FILENO) : open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        char w[128];
        why(errno, w, sizeof w);
        snprintf(msg, cap, is_stdin ? "cannot read standard input: %s" : "cannot open: %s", w);
        return CTREND_EIO;
    }
    struct stat st;
    if (fstat(fd, &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            close(fd);
            snprintf(msg, cap, "is a directory, not a CSV file");
            return CTREND_EIO;
        }
        src->fifo = !is_stdin && S_ISFIFO(st.st_mode);
    }
    if (!is_stdin) { /* reads block from here on (O_NONBLOCK only kept open() from waiting) */
        const int fl = fcntl(fd, F_GETFL);
        if (fl >= 0) (void)fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
    }
    gzFile gz = gzdopen(fd, "rb");
    if (!gz) {
        close(fd);
        snprintf(msg, cap, "out of memory");
        return CTREND_ENOMEM;
    }
    gzbuffer(gz, 64 * 1024);
    src->gz = gz;
    return CTREND_OK;
}

int ctrend__source_read(ctrend__source *src, char *buf, size_t cap, size_t *got, char *msg, size_t mcap)
{
    *got = 0;
    const unsigned want = cap > (1u << 30) ? (1u << 30) : (unsigned)cap;
    gzFile gz = src->gz;
    const int n = gzread(gz, buf, want);
    int err = Z_OK;
    const char *zmsg = gzerror(gz, &err);
    if (n < 0 || (err != Z_OK && err != Z_STREAM_END)) {
        if (err == Z_MEM_ERROR) { /* zlib's buffers (allocated at the first read) */
            snprintf(msg, mcap, "out of memory");
            return CTREND_ENOMEM;
        }
        if (err == Z_ERRNO) {
            char w[128];
            why(errno, w, sizeof w);
            snprintf(msg, mcap, "read error: %s", w);
        } else {
            /* zlib prefixes its message with the path it knows, "<fd:N>: " here */
            if (zmsg && !strncmp(zmsg, "<fd:", 4) && strstr(zmsg, ": ")) zmsg = strstr(zmsg, ": ") + 2;
            snprintf(msg, mcap, "gzip data: %s", zmsg && *zmsg ? zmsg : "corrupt");
        }
        return CTREND_EIO;
    }
    if (n == 0 && src->n_read == 0 && src->fifo) {
        snprintf(msg, mcap, "is a named pipe (FIFO) that gave no data: is anything writing to it?");
        return CTREND_EIO;
    }
    *got = (size_t)n;
    src->n_read += (size_t)n;
    return CTREND_OK;
}

void ctrend__source_close(ctrend__source *src)
{
    if (src->gz) gzclose_r((gzFile)src->gz);
    src->gz = NULL;
}
