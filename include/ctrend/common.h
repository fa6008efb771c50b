/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ctrend/common.h — export macro, status codes, version and process set-up.
 *
 * Status codes are returned by every fallible ctrend function (0 = CTREND_OK).
 * Their numeric values are PINNED: they are never renumbered, new codes are
 * only appended at the end of CTREND_STATUS_LIST. Bindings may hard-code them.
 */
#ifndef CTREND_COMMON_H
#define CTREND_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include "ctrend/version.h"

#if defined(_WIN32) && !defined(CTREND_STATIC)
#  ifdef CTREND_BUILDING
#    define CTREND_API __declspec(dllexport)
#  else
#    define CTREND_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__) || defined(__clang__)
#  define CTREND_API __attribute__((visibility("default")))
#else
#  define CTREND_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* X(NAME, value, message). Append only; never renumber. */
#define CTREND_STATUS_LIST(X)                                                        \
    X(OK,        0,  "success")                                                      \
    X(EINVAL,    1,  "invalid argument")                                             \
    X(ENOMEM,    2,  "out of memory")                                                \
    X(EIO,       3,  "input/output error")                                           \
    X(EPARSE,    4,  "parse error")                                                  \
    X(EDOMAIN,   5,  "value outside its domain (negative or non-integer count)")     \
    X(ESHORT,    6,  "too few observations")                                         \
    X(ENOCONV,   7,  "iteration did not converge")                                   \
    X(ESINGULAR, 8,  "singular or rank-deficient design")                            \
    X(ENUMERIC,  9,  "numerical failure in GSL")                                     \
    X(EDUPLICATE,10, "duplicate (series, month) row")                                \
    X(ERAGGED,   11, "row has the wrong number of fields")                           \
    X(EEMPTY,    12, "empty input")                                                  \
    X(ENOTFOUND, 13, "no such column, series or item")                               \
    X(ERANGE,    14, "output buffer too small or index out of range")                \
    X(EALLZERO,  15, "every count is zero: the log-linear MLE does not exist")       \
    X(ESEPARATION,16,"a design column separates zero counts: the MLE is infinite")   \
    X(EUNSUPPORTED,17,"operation not supported for this model or input")              \
    X(ELIMIT,    18, "a documented size or work limit would be exceeded") \
    X(ECANCELED, 19, "cancelled (ctrend_batch_opts_cancel or ctrend_model_opts_cancel)")

typedef enum ctrend_status {
#define CTREND__STATUS_ENUM(name, value, msg) CTREND_##name = value,
    CTREND_STATUS_LIST(CTREND__STATUS_ENUM)
#undef CTREND__STATUS_ENUM
    CTREND_STATUS_COUNT_ /* not a status; one past the last value */
} ctrend_status;

/** Static English message for a status code; "unknown status" for others. Never NULL. */
CTREND_API const char *ctrend_strerror(int status);
/** Static symbolic name, e.g. "CTREND_EPARSE"; "CTREND_UNKNOWN" for others. Never NULL. */
CTREND_API const char *ctrend_status_name(int status);
/** Number of status codes defined by this library build (bindings compare with theirs). */
CTREND_API int ctrend_status_count(void);

/** Runtime version: MAJOR*10000 + MINOR*100 + PATCH (compare with CTREND_VERSION_NUMBER). */
CTREND_API int ctrend_version_number(void);
/** Runtime version string "MAJOR.MINOR.PATCH"; static, never NULL. */
CTREND_API const char *ctrend_version_string(void);

/**
 * Process set-up: switches GSL's aborting error handler off (gsl_set_error_handler_off),
 * which is process-global. Idempotent and thread-safe (pthread_once). Call once at the
 * program edge: the CLI's main, the Python/R load hooks. Library functions never touch
 * the handler themselves; they validate inputs and use GSL's status-returning variants.
 */
CTREND_API void ctrend_init(void);

#ifdef __cplusplus
}
#endif
#endif /* CTREND_COMMON_H */
