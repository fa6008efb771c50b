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
 * claim against a ctrend_frame; getters return, per claim i (0-based, file order), the verdict,
 * computed and quoted figures, exact statistics for changes and a step-by-step explanation.
 *
 * Ownership: the handle owns every string it returns ("borrowed": valid until the next
 * ctrend_claims_check on the handle or ctrend_claims_free). Thread-safety: one handle must
 * not be used from two threads at once; distinct handles are independent.
 */
#ifndef CTREND_CLAIMS_H
#define CTREND_CLAIMS_H

#include "ctrend/common.h"
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

/** Exit status conventions of `ctrend check` (ctrend_claims_summary). */
#define CTREND_CLAIMS_EXIT_SUPPORTED 0
#define CTREND_CLAIMS_EXIT_CONTRADICTED 3
#define CTREND_CLAIMS_EXIT_UNVERIFIABLE 4

/** Significance level for the "within noise" flag and trend claims (default 0.05). */
#define CTREND_CLAIMS_ALPHA 0.05
/** Default relative tolerance of "about", "nearly", "almost", "doubled", "halved" (10%). */
#define CTREND_CLAIMS_ABOUT_RTOL 0.10

/**
 * Parse a claims file. text: bytes (need not be NUL-terminated), len: their number;
 * source_name: name used in messages (may be NULL). Lines end in LF, CRLF or a lone CR.
 * On CTREND_OK *out is a new handle (caller frees with ctrend_claims_free).
 * On CTREND_EPARSE *out is STILL a handle (caller frees): ctrend_claims_errmsg / _error_line /
 * _error_column / _error_id describe the first error, like a compiler ("claims.txt:12:31:
 * [ttp-feb] expected a month, got 'Feb'"), ctrend_claims_n_errors / _error_at list them all,
 * and the handle holds EVERY record of the file: a record with an error is kept with
 * verdict CTREND_VERDICT_INVALID and its own message (ctrend_claims_claim_error), the
 * others parse normally and ctrend_claims_check checks them (a caller that treats EPARSE as
 * fatal, as before, may still do so). Errors outside any record (a bad line before the
 * first [id]) are in the list only.
 * Other status: EINVAL (NULL text or out; *out = NULL), ENOMEM (*out = NULL).
 */
CTREND_API int ctrend_claims_parse(const char *text, size_t len, const char *source_name,
                                   ctrend_claims **out);
/** Release a handle; NULL is a no-op. */
CTREND_API void ctrend_claims_free(ctrend_claims *c);

/** Last error message (borrowed; "" when none). */
CTREND_API const char *ctrend_claims_errmsg(const ctrend_claims *c);
/** 1-based line and column of the parse error (0 when none). */
CTREND_API int ctrend_claims_error_line(const ctrend_claims *c);
CTREND_API int ctrend_claims_error_column(const ctrend_claims *c);
/** Id of the record holding the parse error (borrowed; "" if none or before any record). */
CTREND_API const char *ctrend_claims_error_id(const ctrend_claims *c);
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
 * Evaluate every claim against data (not modified; series are looked up by group/region/metric).
 * Verdicts are data outcomes, not errors: a claim on a missing series is UNVERIFIABLE.
 * Status: OK, EINVAL (NULL argument), ENOMEM, ENUMERIC (an exact test failed; message on the
 * handle). May be called again with other data; previous results are replaced.
 */
CTREND_API int ctrend_claims_check(ctrend_claims *c, const ctrend_frame *data);

/** Number of claims. */
CTREND_API size_t ctrend_claims_count(const ctrend_claims *c);
/** Index of the claim with this id; ENOTFOUND if none. */
CTREND_API int ctrend_claims_find(const ctrend_claims *c, const char *id, size_t *index);

/** Borrowed strings of claim i (NULL for a bad index): id, quote, source, claim line as written. */
CTREND_API const char *ctrend_claims_id(const ctrend_claims *c, size_t i);
CTREND_API const char *ctrend_claims_quote(const ctrend_claims *c, size_t i);
CTREND_API const char *ctrend_claims_source(const ctrend_claims *c, size_t i);
CTREND_API const char *ctrend_claims_text(const ctrend_claims *c, size_t i);
/** 1-based line of claim i's claim = line in the file (0 for a bad index). */
CTREND_API int ctrend_claims_line(const ctrend_claims *c, size_t i);

/** Verdict of claim i (a ctrend_verdict); CTREND_VERDICT_UNCHECKED for a bad index. */
CTREND_API int ctrend_claims_verdict(const ctrend_claims *c, size_t i);
/** Static name of a verdict: "SUPPORTED", "CONTRADICTED", "UNVERIFIABLE", "UNCHECKED",
 * "INVALID". */
CTREND_API const char *ctrend_claims_verdict_name(int verdict);

/** Figures of claim i (NaN when not applicable or not computable). */
enum ctrend_claims_figure {
    CTREND_CLAIMS_COMPUTED = 0,  /* the figure computed from data, in the claim's units */
    CTREND_CLAIMS_QUOTED = 1,    /* the quoted figure (or right-hand side value) */
    CTREND_CLAIMS_RATIO = 2,     /* changes: rate ratio (per month, or per day with per-day) */
    CTREND_CLAIMS_CI_LOWER = 3,  /* changes: exact 95% CI of the ratio (poisson.test) */
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
 * 1 if claim i is a change or trend whose direction is not distinguishable from Poisson noise
 * (p >= CTREND_CLAIMS_ALPHA), else 0 (also for claims without a test).
 */
CTREND_API int ctrend_claims_within_noise(const ctrend_claims *c, size_t i);
/**
 * Multi-line explanation of claim i (borrowed; NULL for a bad index): the arithmetic step by
 * step, the exact statistics, the months/series missing and, when one missing value decides
 * the claim, the bound that would make it true ("holds only if TTP/attacks 2021-12 >= 47").
 */
CTREND_API const char *ctrend_claims_explanation(const ctrend_claims *c, size_t i);
/**
 * One-line note of claim i (borrowed; NULL for a bad index; "" when nothing to add): every
 * caveat that changes how the verdict reads, joined by "; " — within noise, what is missing
 * and the bound (or that no value makes it hold), months left out of a trend, a zero base,
 * the vintage used and whether another flips the verdict, a verdict holding only under
 * truncation, the reading of slightly/sharply, a definition used, a tie, the parse error of
 * an INVALID claim. `ctrend check` prints it as its `note` column.
 */
CTREND_API const char *ctrend_claims_note(const ctrend_claims *c, size_t i);

/**
 * Summary after ctrend_claims_check: counts of each verdict (any pointer may be NULL) and the
 * exit status: CTREND_CLAIMS_EXIT_SUPPORTED (0) when every claim is supported,
 * CTREND_CLAIMS_EXIT_CONTRADICTED (3) when any is contradicted, else
 * CTREND_CLAIMS_EXIT_UNVERIFIABLE (4) when some are unverifiable (or unchecked, or INVALID:
 * n_unverifiable counts those too; ctrend_claims_n_invalid tells them apart).
 * An empty claims set gives 0.
 */
CTREND_API int ctrend_claims_summary(const ctrend_claims *c, size_t *n_supported,
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

/** Kind of claim i (a ctrend_claims_kind), or -1 for a NULL handle, a bad index or an
 * INVALID claim. */
CTREND_API int ctrend_claims_kind_of(const ctrend_claims *c, size_t i);

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
 * valid until ctrend_claims_free; NULL for a NULL handle or a bad i or j). The region is ""
 * when the claim names none (`TTP/attacks`); `TTP/attacks/"North Waziristan"` gives group
 * "TTP", metric "attacks", region "North Waziristan".
 */
CTREND_API const char *ctrend_claims_term_group(const ctrend_claims *c, size_t i, size_t j);
CTREND_API const char *ctrend_claims_term_region(const ctrend_claims *c, size_t i, size_t j);
CTREND_API const char *ctrend_claims_term_metric(const ctrend_claims *c, size_t i, size_t j);
/**
 * Side of term j of claim i: 0 for the claim's expression, 1 for the right-hand expression
 * of a part/total claim; -1 for a NULL handle or a bad i or j.
 */
CTREND_API int ctrend_claims_term_side(const ctrend_claims *c, size_t i, size_t j);

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
