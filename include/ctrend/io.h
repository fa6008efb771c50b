/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ctrend/io.h — streaming CSV reader (libcsv) that builds a ctrend_frame.
 *
 * Three input shapes, detected from the header (and the first data row) or forced with
 * CTREND_READ_SHAPE:
 *   wide   month[,group][,region],attacks,deaths,...  every other column is a metric
 *   long   month,group[,region],metric,value          (a `metric` and a `value` column)
 *   event  one row per event with a date column; aggregated to monthly counts
 *          ("events" = rows) and sums of CTREND_READ_SUM_COL columns, per group/region.
 * The full rules (auto-detection, missing-value tokens, HXL row, zero-filling of event
 * months, error positions) are in docs/io.md.
 *
 * Usage: ctrend_reader_new, optional ctrend_reader_set_int/_str, then either
 * ctrend_reader_read_file, or any number of ctrend_reader_feed calls (chunks of any
 * size, split anywhere) followed by ctrend_reader_finish. The reader can then be reused
 * for another input: parse state is reset, options are kept.
 *
 * Memory grows with the number of series x months (plus the header and the longest
 * record), never with the file size.
 *
 * Errors: the first error stops the input. The failing call returns the status; later
 * feed calls return the same status; finish returns it, frees everything built so far
 * and makes the reader ready for a new input. The error is reported through the
 * `ctrend_error *err` last parameter of ctrend_reader_new/_read_file/_finish (NULL = not
 * wanted; filled on failure with code, input name, line, column, series key and message;
 * cleared on success), and ctrend_reader_error copies it from the reader (after a failed
 * feed, too) until the next input starts (first feed/read_file). ctrend_reader_errmsg is
 * the same as one formatted line, a convenience.
 *   CTREND_EPARSE     unparseable month or number, malformed quoting, empty metric name,
 *                     invalid UTF-8 or a NUL/control character in a header name or a
 *                     group/region/metric cell, a date in another form than its column's,
 *                     a numeric date column whose day/month order no cell settles, a
 *                     thousands separator out of place, a record longer than MAX_RECORD
 *   CTREND_ERANGE     month/day out of range ("2022-13", "2022-02-30", year 0)
 *   CTREND_EDOMAIN    a count (with REQUIRE_COUNTS) that is not an integer in 0..2^53
 *                     (9007199254740992) as written: decided on the digits, so 2^53 + 1
 *                     and 1.00000000000000001 are rejected although their doubles are integers;
 *                     a number too large for a double
 *   CTREND_EDUPLICATE duplicate (series, month) (unless DUPLICATES = 1), or two header
 *                     columns with the same name
 *   CTREND_ERAGGED    a record with more or fewer fields than the header
 *   CTREND_EEMPTY     no data rows (empty input, header only, header + HXL row only, only
 *                     total rows), or a filter that left no row
 *   CTREND_ENOTFOUND  a required column is missing (date, metric/value for long, a
 *                     column named by an option or by the filter, no metric column in
 *                     wide data); the message names the closest header names
 *   CTREND_EIO        read_file: the file cannot be opened or read, is a directory, is a
 *                     FIFO nothing writes to, or holds corrupt gzip data
 *   CTREND_ENOMEM     allocation failure (zlib's buffers included)
 *   CTREND_EINVAL     NULL handle/pointer, unknown option key, bad option value, or
 *                     options changed while an input is in progress
 *
 * Thread-safety: a reader is used by one thread at a time; distinct readers are
 * independent.
 */
#ifndef CTREND_IO_H
#define CTREND_IO_H

#include "ctrend/common.h"
#include "ctrend/error.h"
#include "ctrend/frame.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ctrend_reader ctrend_reader;

/** Input shape. Values pinned. */
typedef enum ctrend_shape {
    CTREND_SHAPE_AUTO = 0,
    CTREND_SHAPE_WIDE = 1,
    CTREND_SHAPE_LONG = 2,
    CTREND_SHAPE_EVENT = 3
} ctrend_shape;

/** Option keys. Values pinned, append only. Integer keys use _set_int, string keys _set_str. */
typedef enum ctrend_read_option {
    CTREND_READ_SHAPE = 0,          /* int: ctrend_shape, default CTREND_SHAPE_AUTO */
    CTREND_READ_DUPLICATES = 1,     /* int: 0 = duplicate (series, month) is an error (default), 1 = sum */
    CTREND_READ_REQUIRE_COUNTS = 2, /* int: 1 (default) = values must be integers in 0..2^53 (9007199254740992)
                                       exactly as written; 0 = any finite number */
    CTREND_READ_FROM = 3,           /* int: month index; rows before it are skipped; event data are zero-filled
                                       from it. 0 (default) = not set */
    CTREND_READ_TO = 4,             /* int: month index; rows after it are skipped; event data are zero-filled
                                       up to it. 0 (default) = not set */
    CTREND_READ_DELIM = 5,          /* int: field delimiter byte. 0 (default) = sniffed from the header line:
                                       ',' if it has one outside quotes, else the most frequent of ';' '\t'
                                       '|' (',' when none occurs); otherwise any byte but '"', CR, LF */
    CTREND_READ_THOUSANDS = 6,      /* int: thousands separator in numbers: 0 (default: none, except that in a
                                       comma-delimited file a quoted cell matching 1,234[,567][.5] is read
                                       grouped), ',', '.', ' ' or '\''; groups must be 3 digits */
    CTREND_READ_DECIMAL = 7,        /* int: decimal mark, '.' (default; 0 = '.') or ','; with ',' a '.' in a
                                       number is an error unless THOUSANDS is '.' */
    CTREND_READ_MAX_RECORD = 8,     /* int: longest record in bytes (a line, or lines joined by a quoted
                                       field); longer is CTREND_EPARSE. 0 (default) =
                                       CTREND_READ_MAX_RECORD_DEFAULT (64 MiB). Bounds the memory libcsv
                                       and the header take on a file without line ends */
    CTREND_READ_FAST_SPLIT = 9,     /* int: 1 (default) = whole lines without a quote are split into fields
                                       by the reader itself (memchr), the rest by libcsv; 0 = every byte
                                       through libcsv. Frames, errors, lines and columns are the same
                                       either way (a switch for tests and benchmarks) */
    CTREND_READ_DATE_COL = 10,      /* str: name of the month/date column (default: `month` or `date`) */
    CTREND_READ_GROUP_COL = 11,     /* str: name of the group column (default: `group`; "" = none) */
    CTREND_READ_REGION_COL = 12,    /* str: name of the region column (default: `region`; "" = none) */
    CTREND_READ_METRIC_COL = 13,    /* str: long shape, name of the metric column (default: `metric`; "" = none) */
    CTREND_READ_VALUE_COL = 14,     /* str: long shape, name of the value column (default: `value`; "" = none) */
    CTREND_READ_SUM_COL = 15,       /* str, repeatable (each call appends): event shape, numeric column
                                       summed per month into a metric of the same name; NULL clears the list */
    CTREND_READ_SOURCE_NAME = 16,   /* str: file name used in error messages (default: the path given to
                                       read_file, else "<input>"); NULL clears */
    CTREND_READ_DATE_FORMAT = 17,   /* str: how date cells are read. NULL or "" (default) = detected per
                                       column from the values (docs/io.md lists the forms); "excel" =
                                       serial day numbers, 1900 date system (serial 60 = the fictitious
                                       1900-02-29, read as February 1900); otherwise a strptime-like
                                       pattern of %Y %y %m %d %e %b %B %H %M %S %% and literal characters
                                       (a blank matches any run of blanks), naming one year (%Y or %y)
                                       and one month (%m, %b or %B); anything else is EINVAL */
    CTREND_READ_METRIC = 18,        /* str, repeatable (each call appends; NULL clears): read only these
                                       metrics. Wide data: only these columns are metrics (every other
                                       column may hold anything; a name the header lacks is ENOTFOUND);
                                       long data: rows of other metrics are skipped unread. Event data:
                                       no effect. Default: every metric */
    CTREND_READ_NONCOUNT_COL = 19,  /* str, repeatable (NULL clears): metrics (wide columns, long metric
                                       names, sum columns) that may hold any finite number even with
                                       REQUIRE_COUNTS = 1 (prices, rates, populations used as covariates
                                       or exposures); a '%' suffix is accepted there */
    CTREND_READ_THREADS = 20,       /* int: threads for ctrend_reader_read_file on a large regular file
                                       (long, event or keyed wide shape, counts only; see docs/io.md
                                       "Parallel reading"): 0 (default) = all online CPUs
                                       (ctrend_batch_default_threads), 1 = the serial reader, at most
                                       CTREND_BATCH_THREADS_MAX. The frame, the skipped rows and any
                                       error are the same for every value */
    CTREND_READ_CHUNK_BYTES = 21    /* int: bytes per chunk of the parallel read (each chunk ends at the
                                       next line end; boundaries depend only on the file and this
                                       value, never on THREADS); files smaller than 4 chunks are read
                                       serially. 0 (default) = the file's size / 8 rounded up to
                                       64 KiB, within [256 KiB, 4 MiB] (so files of 1 MiB or more
                                       are read in chunks); >= 1 */
} ctrend_read_option;

/** Default of CTREND_READ_MAX_RECORD: 64 MiB. */
#define CTREND_READ_MAX_RECORD_DEFAULT ((uint64_t)64 * 1024 * 1024)

/** How many skipped-row line numbers a reader keeps (ctrend_reader_skipped_line). */
#define CTREND_READ_SKIPPED_KEPT 32

/** New reader with default options in *out (caller owns; ctrend_reader_free). EINVAL, ENOMEM
 * (then *out is untouched and err, when not NULL, says so; cleared on success). */
CTREND_API int ctrend_reader_new(ctrend_reader **out, ctrend_error *err);
/** Release a reader and anything it holds. NULL is a no-op. */
CTREND_API void ctrend_reader_free(ctrend_reader *r);

/**
 * Set an integer option (keys 0..9, 20, 21 above). Only between inputs (before the first feed or
 * after finish). EINVAL: NULL reader, string key, unknown key, value out of range
 * (SHAPE 0..3, DUPLICATES/REQUIRE_COUNTS/FAST_SPLIT 0..1, THREADS 0..1024, CHUNK_BYTES 0..2^40, FROM/TO 0 or a valid month index, DELIM
 * 0..255 but '"' CR LF, THOUSANDS 0 ',' '.' ' ' '\'', DECIMAL 0 '.' ',', MAX_RECORD >= 0), or an input
 * in progress.
 */
CTREND_API int ctrend_reader_set_int(ctrend_reader *r, int option, int64_t value);
/**
 * Set a string option (keys 10.. above); the string is copied. NULL resets the option to
 * its default (for SUM_COL: clears the list). For GROUP/REGION/METRIC/VALUE_COL the empty
 * string "" means "the input has no such column" (a column with the default name is then
 * not given that role); DATE_COL "" is EINVAL. Same conditions and codes as set_int; ENOMEM.
 * Column names match the header case-insensitively after libcsv's blank trimming.
 */
CTREND_API int ctrend_reader_set_str(ctrend_reader *r, int option, const char *value);

/**
 * Feed the next len bytes of the input (any split, even inside a quoted field or the
 * UTF-8 BOM). buf may be NULL only when len is 0. Returns CTREND_OK or the first error
 * (see the list above); after an error the input is dead until finish.
 */
CTREND_API int ctrend_reader_feed(ctrend_reader *r, const char *buf, size_t len);
/**
 * End of input. On success *out receives the frame (caller owns; ctrend_frame_free).
 * On error *out is untouched and nothing is leaked, and err (may be NULL) is filled as by
 * ctrend_reader_error; on success err is cleared. Either way the reader is reset for a new
 * input (options kept; the error description stays readable).
 */
CTREND_API int ctrend_reader_finish(ctrend_reader *r, ctrend_frame **out, ctrend_error *err);
/**
 * Convenience: open `path`, feed it in 64 KiB chunks, finish. `path` "-" reads standard
 * input; gzip data (any name) are decompressed while streaming (zlib). CTREND_EIO when the
 * file cannot be opened or a read fails (a directory; a FIFO with no writer; corrupt
 * gzip); otherwise as feed + finish (err as for finish). EINVAL while another input is in
 * progress.
 */
CTREND_API int ctrend_reader_read_file(ctrend_reader *r, const char *path, ctrend_frame **out,
                                       ctrend_error *err);

/**
 * Copy the last error of the reader into *err (caller owns): code (CTREND_OK when there is
 * none), file (the source name: the path, "<stdin>", CTREND_READ_SOURCE_NAME or "<input>"),
 * line (1-based physical line where the offending record starts; 0 = not about a line),
 * column (1-based field index in the record; 0 = not about one field), key (the series
 * "group/region/metric" of a duplicate; "" otherwise) and message (the description without
 * the "file:line: " prefix, e.g. `column 2 "attacks": expected a number, got "12x"`, cut to
 * CTREND_ERROR_MESSAGE_LEN at a character boundary). Valid from the failing call until the
 * next input starts. CTREND_OK, or CTREND_EINVAL when r or err is NULL.
 */
CTREND_API int ctrend_reader_error(const ctrend_reader *r, ctrend_error *err);

/**
 * The last error as one line (a convenience; ctrend_reader_error is the channel), e.g.
 *   data.csv:3: column 2 "attacks": expected a number, got "12x"
 * Always printable UTF-8 (offending text is quoted with '?' for invalid bytes and control
 * characters, cut to 40 bytes at a character boundary).
 * Borrowed (valid until the next call on the reader); "" when there is no error. Never NULL.
 */
CTREND_API const char *ctrend_reader_errmsg(const ctrend_reader *r);

/** Type of an option key (ctrend_reader_opt_type). Values pinned. */
typedef enum ctrend_read_type {
    CTREND_READ_TYPE_NONE = 0, /* not an option key */
    CTREND_READ_TYPE_INT = 1,  /* set with ctrend_reader_set_int */
    CTREND_READ_TYPE_STR = 2   /* set with ctrend_reader_set_str */
} ctrend_read_type;

/** The type of option `key` (a ctrend_read_option): a ctrend_read_type, CTREND_READ_TYPE_NONE
 * for a number that is not a key. Cannot fail; thread-safe. */
CTREND_API int ctrend_reader_opt_type(int key);

/**
 * Range of an integer option: *lo <= value <= *hi (both may be NULL = not wanted) is
 * necessary for ctrend_reader_set_int to accept it. Inside the range some values are still
 * refused, as set_int documents: FROM/TO take 0 or a month index 12..119999 (years
 * 1..9999); DELIM refuses '"', CR and LF; THOUSANDS takes 0 ',' '.' ' ' '\'' and DECIMAL
 * 0 '.' ','. MAX_RECORD's upper bound is 2^63 - 1 (as a double, 2^63).
 * CTREND_OK; CTREND_EINVAL for a string key or a number that is not a key (outputs untouched).
 * Thread-safe (no handle).
 */
CTREND_API int ctrend_reader_opts_bounds(int key, double *lo, double *hi);

/**
 * Rows of the last input skipped because their date cell is a total label ("Total", "Sum",
 * "Grand total", "All"; any case, blanks around ignored): how many (0 when none, and after
 * an input that failed before any). Valid from finish until the next input starts.
 */
CTREND_API int64_t ctrend_reader_n_skipped(const ctrend_reader *r);
/**
 * 1-based line of the k-th skipped row (k from 0), for k < CTREND_READ_SKIPPED_KEPT and
 * k < ctrend_reader_n_skipped(r); 0 otherwise.
 */
CTREND_API int64_t ctrend_reader_skipped_line(const ctrend_reader *r, int64_t k);

/**
 * Levenshtein edit distance between two NUL-terminated names, ASCII case ignored, each cut
 * at 255 bytes: the "did you mean" measure of the reader's messages (closest columns), for
 * callers that suggest names too. -1 when a or b is NULL. Thread-safe.
 */
CTREND_API int64_t ctrend_name_distance(const char *a, const char *b);

/*
 * Row filters (CLI --where). A filter is compiled once from one or more expressions (all
 * must hold) and given to a reader, which applies it to every data row before the row is
 * aggregated or stored; rows that fail are skipped unread (their other cells are not
 * validated). The language (docs/io.md, "Row filters"):
 *   COL == "text"   COL != "text"   COL ~ "substring"   COL ~* "substring, any ASCII case"
 *   COL =~ "POSIX extended regex"   COL in ("a", "b")   COL > 3  >=  <  <=  (== / != with a
 *   number compare numerically; a cell that is not a number fails a numeric test)
 *   and, or, not, parentheses; COL bare ([A-Za-z_][A-Za-z0-9_.]*) or `in backquotes`.
 * Column names match the header case-insensitively; a column the header lacks makes the
 * read fail with CTREND_ENOTFOUND and a message naming the closest header names.
 * A filter is read-only once given to readers: several readers and threads may share it.
 */
typedef struct ctrend_filter ctrend_filter;

/** New empty filter (matches every row) in *out (caller owns; ctrend_filter_free). EINVAL, ENOMEM. */
CTREND_API int ctrend_filter_new(ctrend_filter **out);
/** Release a filter. NULL is a no-op. Never while a reader still holds it (ctrend_reader_set_filter). */
CTREND_API void ctrend_filter_free(ctrend_filter *f);
/**
 * Compile `expr` (NUL-terminated, copied) and add it: a row must then satisfy it too.
 * CTREND_EPARSE on a syntax error or an invalid regular expression: the filter is unchanged
 * and ctrend_filter_errmsg / _error_offset describe the error. ENOMEM (filter unchanged),
 * EINVAL (NULL).
 */
CTREND_API int ctrend_filter_add(ctrend_filter *f, const char *expr);
/** Last ctrend_filter_add error, e.g. "--where, character 9: expected a \"string\" after ==";
 * "" after a success. Borrowed, valid until the next call on f; never NULL. */
CTREND_API const char *ctrend_filter_errmsg(const ctrend_filter *f);
/** 1-based byte offset in the expression of the last error; 0 when none. */
CTREND_API int64_t ctrend_filter_error_offset(const ctrend_filter *f);
/** Number of distinct columns the filter reads. */
CTREND_API int64_t ctrend_filter_n_columns(const ctrend_filter *f);
/** Name of column k (0-based, < ctrend_filter_n_columns), as written; borrowed. NULL when out of range. */
CTREND_API const char *ctrend_filter_column(const ctrend_filter *f, int64_t k);
/**
 * Evaluate the filter on one row: cells[k] is the NUL-terminated text of column k
 * (ctrend_filter_column), n_cells must equal ctrend_filter_n_columns. *result = 1 when every
 * expression holds, else 0. EINVAL (NULL, wrong n_cells), ENOMEM.
 */
CTREND_API int ctrend_filter_eval(const ctrend_filter *f, const char *const *cells, int64_t n_cells, int *result);
/**
 * Give the reader a filter for the next inputs (borrowed: it must stay alive and unchanged
 * while the reader reads; NULL removes it). Only between inputs (EINVAL otherwise).
 * A filter that leaves no data row makes finish return CTREND_EEMPTY saying so.
 */
CTREND_API int ctrend_reader_set_filter(ctrend_reader *r, const ctrend_filter *f);

#ifdef __cplusplus
}
#endif
#endif /* CTREND_IO_H */
