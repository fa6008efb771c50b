/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ctrend/claims.h — check quoted statistics ("claims") against monthly count data.
 *
 * A claims file is plain text (syntax in docs/claims.md): records
 *
 *     [ttp-feb-vs-prev2]
 *     quote  = Claimed attacks by TTP were down by more than 50% in February ...
 *     source = 004_9b6637ebe242a1f9.txt
 *     claim  = change TTP/attacks in 2022-02 vs previous 2 down more than 50%
 *
 * ctrend_claims_parse() reads the text into a handle; ctrend_claims_check() evaluates every
 * claim against a ctrend_frame, with an options handle (confidence level, alpha, "about"
 * tolerance; NULL = defaults); getters return, per claim i (0-based, file order), the verdict,
 * computed and quoted figures, exact statistics for changes and a step-by-step explanation.
 *
 * Ownership: the handle owns every string it returns ("borrowed": valid until the next
 * ctrend_claims_check on the handle or ctrend_claims_free). Thread-safety: one handle must
 * not be used from two threads at once; distinct handles are independent.
 */
#ifndef CTREND_CLAIMS_H
#define CTREND_CLAIMS_H

#include "ctrend/common.h"
#include "ctrend/error.h"
#include "ctrend/frame.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ctrend_claims ctrend_claims;

/** Verdicts. Values pinned. */
typedef enum ctrend_verdict {
    CTREND_VERDICT_SUPPORTED = 0,
    CTREND_VERDICT_CONTRADICTED = 1,
    CTREND_VERDICT_UNVERIFIABLE = 2, /* data missing: see the explanation for what is needed */
    CTREND_VERDICT_UNCHECKED = 3,    /* ctrend_claims_check has not been run */
    CTREND_VERDICT_INVALID = 4       /* the record does not parse: ctrend_claims_claim_error */
} ctrend_verdict;

/* ---- Options (docs/api.md section 4: a handle with typed setters and a bounds getter) ----
 * Defaults reproduce 0.1 exactly; ctrend_claims_check with opts = NULL uses them. */
typedef struct ctrend_claims_opts ctrend_claims_opts;

/** Option keys. Values pinned (dense from 0); each key has one type: the other setter is EINVAL. */
typedef enum ctrend_claims_opt {
    CTREND_CLAIMS_OPT_LEVEL = 0,      /* double, 0 < level < 1, default CTREND_CLAIMS_LEVEL (0.95):
                                         confidence level of the exact rate-ratio interval of a
                                         change (poisson.test's conf.level) and of the Wald
                                         interval of a trend (figures CI_LOWER, CI_UPPER) */
    CTREND_CLAIMS_OPT_ALPHA = 1,      /* double, 0 < alpha < 1, default CTREND_CLAIMS_ALPHA (0.05):
                                         "within noise" when the test's p >= alpha */
    CTREND_CLAIMS_OPT_ABOUT_RTOL = 2, /* double, 0 <= rtol <= 1, default CTREND_CLAIMS_ABOUT_RTOL
                                         (0.10): tolerance of "about"/"nearly" (and of "about"
                                         data cells) relative to the figure, when the record and
                                         the file set no `tolerance` */
    CTREND_CLAIMS_OPT_BOUND_MAX = 3   /* int, 1 <= n <= 1000000, default CTREND_CLAIMS_BOUND_MAX
                                         (100000): largest value tried for a single missing cell
                                         when searching the bound (figure BOUND) */
} ctrend_claims_opt;

/** Default confidence level (CTREND_CLAIMS_OPT_LEVEL). */
#define CTREND_CLAIMS_LEVEL 0.95
/** Default significance level for the "within noise" flag (CTREND_CLAIMS_OPT_ALPHA). */
#define CTREND_CLAIMS_ALPHA 0.05
/** Default relative tolerance of "about", "nearly", "almost", "doubled", "halved" (10%). */
#define CTREND_CLAIMS_ABOUT_RTOL 0.10
/** Default largest value tried for one missing cell (CTREND_CLAIMS_OPT_BOUND_MAX). */
#define CTREND_CLAIMS_BOUND_MAX 100000

/** New options handle with every default. Status: OK, EINVAL (out NULL), ENOMEM (*out = NULL). */
CTREND_API int ctrend_claims_opts_new(ctrend_claims_opts **out);
/** Release an options handle; NULL is a no-op. */
CTREND_API void ctrend_claims_opts_free(ctrend_claims_opts *o);
/**
 * Set a double-valued key (LEVEL, ALPHA, ABOUT_RTOL). Status: OK; EINVAL (NULL o, unknown
 * key, an int key); EDOMAIN (value NaN or outside the key's range: the option is unchanged).
 */
CTREND_API int ctrend_claims_opts_set_double(ctrend_claims_opts *o, int key, double value);
/** Set an int-valued key (BOUND_MAX). Status: OK; EINVAL (NULL o, unknown key, a double
 * key); EDOMAIN (outside the range: unchanged). */
CTREND_API int ctrend_claims_opts_set_int(ctrend_claims_opts *o, int key, int64_t value);
/** Current value of any key (an int key as a whole double). EINVAL for NULL o or value,
 * or an unknown key. */
CTREND_API int ctrend_claims_opts_get(const ctrend_claims_opts *o, int key, double *value);
/**
 * Allowed range of a key: *lo, *hi (either may be NULL). LEVEL and ALPHA are open at both
 * ends (0 < v < 1); ABOUT_RTOL and BOUND_MAX are closed. EINVAL for an unknown key.
 */
CTREND_API int ctrend_claims_opts_bounds(int key, double *lo, double *hi);

/* ---- Parsing ------------------------------------------------------------------------------ */

/**
 * Parse a claims file. text: bytes (need not be NUL-terminated), len: their number;
 * source_name: name used in messages (may be NULL: "<claims>"). Lines end in LF, CRLF or a
 * lone CR. err (ctrend/error.h; may be NULL) is cleared on success and filled on failure.
 * On CTREND_OK *out is a new handle (caller frees with ctrend_claims_free).
 * On CTREND_EPARSE (any error in the file) *out = NULL and err holds the FIRST error, like a
 * compiler: file = source_name, line, column (1-based), key = the id of the record holding
 * it ("" before the first record), message ("expected a month, got 'Feb'");
 * ctrend_error_format prints "claims.txt:12:31: [ttp-feb] expected a month, got 'Feb'".
 * To keep the valid records of a file with errors, use ctrend_claims_parse_lenient.
 * Other status: EINVAL (NULL text or out), ENOMEM; *out = NULL with either.
 */
CTREND_API int ctrend_claims_parse(const char *text, size_t len, const char *source_name,
                                   ctrend_claims **out, ctrend_error *err);
/**
 * Parse a claims file keeping EVERY record, as `ctrend check` does: a record with an error
 * is kept with verdict CTREND_VERDICT_INVALID and its own message (ctrend_claims_claim_error),
 * the others parse normally and ctrend_claims_check checks them. Errors are data here, not a
 * failure: the status is CTREND_OK with a handle whenever the text could be read;
 * ctrend_claims_n_errors > 0 tells a file with errors, ctrend_claims_error_at lists them
 * (those outside any record, such as a bad line before the first [id], are in the list
 * only) and ctrend_claims_error fills a record with the first.
 * Status: OK; EINVAL (NULL text or out), ENOMEM (*out = NULL, err filled).
 */
CTREND_API int ctrend_claims_parse_lenient(const char *text, size_t len, const char *source_name,
                                           ctrend_claims **out, ctrend_error *err);
/** Release a handle; NULL is a no-op. */
CTREND_API void ctrend_claims_free(ctrend_claims *c);

/** Last error message, formatted "FILE:LINE:COL: [id] message" (borrowed; "" when none):
 * the first parse error of ctrend_claims_parse_lenient, or the last check error. */
CTREND_API const char *ctrend_claims_errmsg(const ctrend_claims *c);
/**
 * The handle's error as a record (the same error as ctrend_claims_errmsg; code CTREND_OK and
 * empty fields when none): a parse error has code CTREND_EPARSE, file, line, column and the
 * record id as key; a check error the status ctrend_claims_check returned and the claim id.
 * Status: OK; EINVAL (NULL c or err).
 */
CTREND_API int ctrend_claims_error(const ctrend_claims *c, ctrend_error *err);
/** Number of parse errors (0 after a clean parse). */
CTREND_API size_t ctrend_claims_n_errors(const ctrend_claims *c);
/** Parse error k, "FILE:LINE:COL: [id] message" (borrowed; NULL for a bad k). */
CTREND_API const char *ctrend_claims_error_at(const ctrend_claims *c, size_t k);
/**
 * Parse error of claim i, "FILE:LINE:COL: [id] message" (borrowed), and its 1-based line
 * and column (either pointer may be NULL); NULL (line, column untouched) when claim i is
 * valid or i is a bad index.
 */
CTREND_API const char *ctrend_claims_claim_error(const ctrend_claims *c, size_t i, int *line,
                                                 int *column);

/**
 * Evaluate every claim against data (not modified; series are looked up by group/region/metric)
 * with options opts (NULL = the documented defaults). Verdicts are data outcomes, not errors:
 * a claim on a missing series is UNVERIFIABLE. err (may be NULL) is cleared on success and
 * filled on failure (key = the claim's id).
 * Status: OK, EINVAL (NULL c or data), ENOMEM, ENUMERIC (an exact test failed). May be called
 * again with other data or options; previous results are replaced.
 */
CTREND_API int ctrend_claims_check(ctrend_claims *c, const ctrend_claims_opts *opts,
                                   const ctrend_frame *data, ctrend_error *err);

/** Number of claims. */
CTREND_API size_t ctrend_claims_count(const ctrend_claims *c);
/** Index of the claim with this id; ENOTFOUND if none. */
CTREND_API int ctrend_claims_find(const ctrend_claims *c, const char *id, size_t *index);

/* Getters of claim i (docs/api.md section 6): each returns a status and writes its value
 * through the last argument, which is untouched on failure. Status: OK; EINVAL (NULL c or
 * out); ERANGE (i >= ctrend_claims_count). Strings are borrowed from the handle. */

/** Id, quote, source and the claim line as written. */
CTREND_API int ctrend_claims_id(const ctrend_claims *c, size_t i, const char **out);
CTREND_API int ctrend_claims_quote(const ctrend_claims *c, size_t i, const char **out);
CTREND_API int ctrend_claims_source(const ctrend_claims *c, size_t i, const char **out);
CTREND_API int ctrend_claims_text(const ctrend_claims *c, size_t i, const char **out);
/** 1-based line of claim i's `claim =` line in the file (of its error for an INVALID record). */
CTREND_API int ctrend_claims_line(const ctrend_claims *c, size_t i, int *out);

/** Verdict of claim i (a ctrend_verdict; UNCHECKED before ctrend_claims_check). */
CTREND_API int ctrend_claims_verdict(const ctrend_claims *c, size_t i, int *out);
/** Static name of a verdict: "SUPPORTED", "CONTRADICTED", "UNVERIFIABLE", "UNCHECKED",
 * "INVALID". */
CTREND_API const char *ctrend_claims_verdict_name(int verdict);

/** Figures of claim i (NaN when not applicable or not computable). */
enum ctrend_claims_figure {
    CTREND_CLAIMS_COMPUTED = 0,  /* the figure computed from data, in the claim's units */
    CTREND_CLAIMS_QUOTED = 1,    /* the quoted figure (or right-hand side value) */
    CTREND_CLAIMS_RATIO = 2,     /* changes: rate ratio (per month, or per day with per-day) */
    CTREND_CLAIMS_CI_LOWER = 3,  /* changes: exact CI of the ratio (poisson.test; level option,
                                    default 95%); trends: Wald CI of exp(slope) */
    CTREND_CLAIMS_CI_UPPER = 4,
    CTREND_CLAIMS_P_VALUE = 5,   /* changes: exact two-sided p for ratio = 1; trends: Wald p */
    CTREND_CLAIMS_P_CLAIM = 6,   /* changes with an inequality: one-sided exact p of H0 "the
                                    stated threshold is not passed"; trends: one-sided p */
    CTREND_CLAIMS_RATIO_PER_DAY = 7, /* changes: the per-day rate ratio */
    CTREND_CLAIMS_BOUND = 8      /* UNVERIFIABLE with one missing value: the bound (see text) */
};
/** Write figure `which` of claim i into *value. ERANGE for a bad index, EINVAL for `which`. */
CTREND_API int ctrend_claims_figure(const ctrend_claims *c, size_t i, int which, double *value);
/**
 * *out = 1 if claim i is a change or trend whose direction is not distinguishable from
 * Poisson noise (p >= the ALPHA option), else 0 (also for claims without a test).
 */
CTREND_API int ctrend_claims_within_noise(const ctrend_claims *c, size_t i, int *out);
/**
 * Multi-line explanation of claim i (borrowed; "" before ctrend_claims_check): the arithmetic
 * step by step, the exact statistics, the months/series missing and, when one missing value
 * decides the claim, the bound that would make it true ("holds only if TTP/attacks 2021-12 >= 47").
 */
CTREND_API int ctrend_claims_explanation(const ctrend_claims *c, size_t i, const char **out);
/**
 * One-line note of claim i (borrowed; "" when nothing to add): every
 * caveat that changes how the verdict reads, joined by "; " — within noise, what is missing
 * and the bound (or that no value makes it hold), months left out of a trend, a zero base,
 * the vintage used and whether another flips the verdict, a verdict holding only under
 * truncation, the reading of slightly/sharply, a definition used, a tie, the parse error of
 * an INVALID claim. `ctrend check` prints it as its `note` column.
 */
CTREND_API int ctrend_claims_note(const ctrend_claims *c, size_t i, const char **out);

/**
 * Counts of each verdict after ctrend_claims_check (any pointer may be NULL): n_unverifiable
 * counts the UNVERIFIABLE claims and also the UNCHECKED and INVALID ones
 * (ctrend_claims_n_invalid tells them apart). `ctrend check` turns them into its exit status
 * (3 any contradicted, else 4 any unverifiable, else 0), in bin/. Status: OK; EINVAL (NULL c).
 */
CTREND_API int ctrend_claims_counts(const ctrend_claims *c, size_t *n_supported,
                                    size_t *n_contradicted, size_t *n_unverifiable);

/** Number of INVALID claims (records that do not parse). `ctrend check` exits 2 when > 0. */
CTREND_API size_t ctrend_claims_n_invalid(const ctrend_claims *c);

/* ---- What a claim compares: its series and months (appended) ---------------------------
 * For drawing a claim (`ctrend check --figures`) or listing the data it needs. Known after
 * ctrend_claims_parse, before and independently of ctrend_claims_check. Months are month
 * indices (year*12 + month-1, include/ctrend/month.h). */

/** Kinds of claim (the first keyword of the claim line). Values pinned; new kinds appended. */
typedef enum ctrend_claims_kind {
    CTREND_CLAIMS_KIND_VALUE = 0,  /* value EXPR in MONTH TEST (also part/total: = EXPR) */
    CTREND_CLAIMS_KIND_SUM = 1,    /* sum (total) EXPR over RANGE TEST */
    CTREND_CLAIMS_KIND_MEAN = 2,   /* mean EXPR over RANGE TEST */
    CTREND_CLAIMS_KIND_DAILY = 3,  /* daily EXPR (in MONTH | over RANGE) */
    CTREND_CLAIMS_KIND_CHANGE = 4, /* change EXPR ... vs BASE TEST */
    CTREND_CLAIMS_KIND_RECORD = 5, /* record [change] EXPR in MONTH highest|lowest since MONTH */
    CTREND_CLAIMS_KIND_TREND = 6,  /* trend EXPR over RANGE [steady] decreasing|increasing */
    CTREND_CLAIMS_KIND_SHARE = 7,  /* share EXPR of EXPR (in MONTH | over RANGE) TEST */
    CTREND_CLAIMS_KIND_RANK = 8    /* rank EXPR, EXPR[, ...] (in | over) ... first */
} ctrend_claims_kind;

/** Sentinel written to the month outputs of ctrend_claims_base when a claim has no base. */
#define CTREND_CLAIMS_NO_MONTH INT32_MIN

/** Kind of claim i (a ctrend_claims_kind). Status: OK; EINVAL (NULL c or out); ERANGE (bad
 * index); EPARSE (an INVALID claim has no kind; *out untouched). */
CTREND_API int ctrend_claims_kind_of(const ctrend_claims *c, size_t i, int *out);

/**
 * Number of series terms claim i reads (0 for a NULL handle, a bad index or an INVALID
 * claim). Terms are numbered 0..n-1: first those of the claim's expression in file order,
 * then, for a part/total claim (`value A + B in MONTH = C + D`), those of the right-hand
 * expression; for a share, the part's terms (side 0) then the total's (side 1); for a
 * rank, every ranked expression's terms in order (side 0). A metric named by a `define`
 * counts as its terms. A series named twice counts twice.
 */
CTREND_API size_t ctrend_claims_n_terms(const ctrend_claims *c, size_t i);
/**
 * Key of term j of claim i, as ctrend_frame_find expects it (borrowed from the handle,
 * valid until ctrend_claims_free). The region is "" when the claim names none
 * (`TTP/attacks`); `TTP/attacks/"North Waziristan"` gives group "TTP", metric "attacks",
 * region "North Waziristan". Status: OK; EINVAL (NULL c or out); ERANGE (a bad i or j).
 */
CTREND_API int ctrend_claims_term_group(const ctrend_claims *c, size_t i, size_t j, const char **out);
CTREND_API int ctrend_claims_term_region(const ctrend_claims *c, size_t i, size_t j, const char **out);
CTREND_API int ctrend_claims_term_metric(const ctrend_claims *c, size_t i, size_t j, const char **out);
/**
 * Side of term j of claim i: 0 for the claim's expression, 1 for the right-hand expression
 * of a part/total claim. Status: OK; EINVAL (NULL c or out); ERANGE (a bad i or j).
 */
CTREND_API int ctrend_claims_term_side(const ctrend_claims *c, size_t i, size_t j, int *out);

/**
 * Target months of claim i, first..last inclusive (first == last for a single month):
 * the MONTH or RANGE after `in` / `over` for every kind (a record: its month; a trend: its
 * span; a calendar period 2023-Q1 its months). Status: OK; EINVAL (NULL c, first or last);
 * ERANGE (bad index); EPARSE (an INVALID claim; outputs untouched).
 */
CTREND_API int ctrend_claims_target(const ctrend_claims *c, size_t i, int32_t *first,
                                    int32_t *last);
/**
 * Base months of claim i, first..last inclusive: what the target is compared with.
 *   change ... vs MONTH / RANGE   that month or range;
 *   change ... vs previous K      the K months before the target month;
 *   change ... vs year-ago        the target shifted 12 months earlier;
 *   record ... since MONTH        the `since` month through the month before the target (the
 *                                 months the record is checked against; `record change`
 *                                 compares month-on-month changes, so it also reads the
 *                                 month before each of these and before the target).
 *   record ... in PERIOD          the whole period (target included) ranked within.
 * Claims without a base (value, part/total, sum, mean, daily, share, rank, trend) return
 * CTREND_ENOTFOUND and set *first = *last = CTREND_CLAIMS_NO_MONTH. Other status: OK; EINVAL
 * (NULL c, first or last); ERANGE (bad index); EPARSE (an INVALID claim; outputs untouched).
 */
CTREND_API int ctrend_claims_base(const ctrend_claims *c, size_t i, int32_t *first,
                                  int32_t *last);

#ifdef __cplusplus
}
#endif
#endif /* CTREND_CLAIMS_H */
