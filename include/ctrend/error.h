/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ctrend/error.h — the one error record (jansson's json_error_t shape; docs/api.md §3).
 *
 * Fallible constructors and readers of the 1.0 API take a `ctrend_error *err` as their last
 * parameter (NULL = not wanted) and fill it on failure with everything known: the status, a
 * one-line message, and where the problem is (input name, line, column, series key or claim
 * id). On success they clear it (code CTREND_OK, empty strings, zero positions).
 *
 * The layout is PINNED (bindings may mirror it, e.g. as a ctypes Structure): fields are never
 * reordered, resized or removed; a larger record would be a new type (ctrend_error_v2).
 * ctrend_error_sizeof() lets a binding check its mirror at load time. Strings are always
 * NUL-terminated valid UTF-8: longer text is cut at a character boundary and ends in "...".
 * Thread safety: a record is plain caller-owned memory; the functions below touch only it.
 */
#ifndef CTREND_ERROR_H
#define CTREND_ERROR_H

#include "ctrend/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Capacities in bytes, including the terminating NUL (jansson: text 160, source 80). */
#define CTREND_ERROR_MESSAGE_LEN 160
#define CTREND_ERROR_FILE_LEN 80
#define CTREND_ERROR_KEY_LEN 160

typedef struct ctrend_error {
    int code;                               /* the ctrend_status returned (CTREND_OK: none) */
    char message[CTREND_ERROR_MESSAGE_LEN]; /* one line, no trailing newline ("" when none) */
    char file[CTREND_ERROR_FILE_LEN];       /* input name: a path, "<input>" ("" when none) */
    int64_t line;                           /* 1-based line of the offending record; 0 = none */
    int64_t column;                         /* 1-based field or character; 0 = none */
    char key[CTREND_ERROR_KEY_LEN];         /* series "group/region/metric" or claim id, or "" */
} ctrend_error;

/** sizeof(ctrend_error) in this build (bindings compare with their mirror). */
CTREND_API size_t ctrend_error_sizeof(void);

/** Reset to "no error": code CTREND_OK, empty strings, line = column = 0. NULL is a no-op. */
CTREND_API void ctrend_error_clear(ctrend_error *err);

/**
 * Fill a record (the helper every fallible function uses). code: the status; file, key,
 * message: copied, NULL = ""; longer strings are cut at a UTF-8 character boundary and end in
 * "..." within the field (invalid bytes in them are replaced by '?'; control characters,
 * newlines included, by ' ');
 * line, column: >= 0 (0 = not applicable). NULL err is a no-op (the caller did not ask).
 * Returns `code`, so a function can end with `return ctrend_error_set(err, CTREND_EPARSE, ...);`.
 * An empty or NULL message is replaced by ctrend_strerror(code).
 */
CTREND_API int ctrend_error_set(ctrend_error *err, int code, const char *file, int64_t line,
                                int64_t column, const char *key, const char *message);

/**
 * Format a record as one line, compiler style:
 *   "FILE:LINE:COLUMN: [KEY] MESSAGE"   (parts without a value are left out with their ':'
 *                                          or brackets: "FILE:LINE: MESSAGE", "MESSAGE")
 * into buf (caller owns, cap bytes including the NUL). *needed (may be NULL) receives the
 * bytes the full text needs including the NUL; buf = NULL is a size query.
 * Returns CTREND_OK, CTREND_EINVAL (err NULL, or buf NULL with cap > 0), CTREND_ERANGE (cap
 * too small: nothing is written).
 */
CTREND_API int ctrend_error_format(const ctrend_error *err, char *buf, size_t cap,
                                   size_t *needed);

#ifdef __cplusplus
}
#endif
#endif /* CTREND_ERROR_H */
