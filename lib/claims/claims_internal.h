/* SPDX-License-Identifier: GPL-3.0-or-later */
/* claims_internal.h — private structures of the claims checker (lib/claims/ sources). */
#ifndef CTREND_CLAIMS_INTERNAL_H
#define CTREND_CLAIMS_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "ctrend/claims.h"
#include "ctrend/frame.h"

/* Longest month range MONTH..MONTH a claim may name (target or base): 1200 months = 100
 * years, the same limit as 'previous K'. Longer ranges are CTREND_EPARSE ("a range of at most
 * 1200 months"): no monthly series spans them, and every month of a range is read (and, when
 * missing, listed), so an absurd range like 0001-01..9999-12 costs time and memory for nothing. */
#define CTREND__MAX_RANGE_MONTHS 1200

/* ---- growable text buffer (explain.c) ---------------------------------------------------- */
/* An allocation failure sets oom (every later append is then a no-op) and, when oom_to is
 * set, *oom_to as well: a buffer made with CTREND__BUF_TO(&E->oom) reports its failure to its
 * evaluator by itself, so no local buffer can lose one (a caller need not check each). */
typedef struct ctrend__buf {
    char *s;
    size_t len, cap;
    int oom;
    int *oom_to; /* NULL, or a flag that also records a failure (not owned) */
} ctrend__buf;
#define CTREND__BUF_TO(flag) {NULL, 0, 0, 0, (flag)}
#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
void ctrend__buf_printf(ctrend__buf *b, const char *fmt, ...);
/* Append n bytes of s (a string: no formatting, no size query). */
void ctrend__buf_put(ctrend__buf *b, const char *s, size_t n);
void ctrend__buf_puts(ctrend__buf *b, const char *s);
/* Append v as printf's "%.15g" would (whole numbers without printf). */
void ctrend__buf_g15(ctrend__buf *b, double v);
char *ctrend__buf_take(ctrend__buf *b); /* NUL-terminated, caller frees; NULL on OOM */
void ctrend__buf_free(ctrend__buf *b);

/* ---- lexer (lexer.c) ------------------------------------------------------------------- */
enum ctrend__tok_kind {
    CTREND__T_END = 0,
    CTREND__T_WORD,   /* keyword or series name (may contain / + _ . - and a "quoted" part) */
    CTREND__T_NUMBER, /* [+-]digits[.digits] with optional suffix % or x */
    CTREND__T_MONTH,  /* YYYY-MM */
    CTREND__T_RANGE,  /* .. */
    CTREND__T_OP,     /* + = < > <= >= ~ , and the UTF-8 signs >= <= ~ (U+2265 U+2264 U+2248) */
    CTREND__T_DATE,   /* YYYY-MM-DD: num = days since 1970-01-01 */
    CTREND__T_PERIOD, /* YYYY-Qn or YYYY-Hn: num = first month, span = 3 or 6 */
    CTREND__T_ERROR   /* err: what is wrong (static), or NULL = unexpected character */
};
typedef struct ctrend__tok {
    int kind;
    const char *p; /* start in the line */
    size_t len;
    int col;       /* 1-based column in the line */
    double num;    /* NUMBER: value; MONTH: month index */
    int decimals;  /* NUMBER: digits after the point */
    char suffix;   /* NUMBER: '%', 'x', 'o' (ordinal 2nd, 3rd, 10th) or 0 */
    int digits;    /* NUMBER: digits before the point (a 4-digit integer may be a year) */
    int span;      /* PERIOD: months (3 quarter, 6 half) */
    const char *err; /* ERROR: message (static) or NULL */
} ctrend__tok;
/* Tokenise line[0..len) (col0 = column of line[0]). *ntok tokens into a malloc'd array
 * (caller frees), terminated by a T_END token. Returns 0, or 1 on allocation failure. */
int ctrend__lex(const char *line, size_t len, int col0, ctrend__tok **toks, size_t *ntok);
/* "YYYY-MM-DD" (n = 10) -> days since 1970-01-01; returns 0, or 1 when not a valid date. */
int ctrend__day_parse(const char *s, size_t n, int32_t *day);
void ctrend__day_format(int32_t day, char out[11]);

/* ---- claim AST ---------------------------------------------------------------------------- */
/* Kinds: the public ctrend_claims_kind is the one definition; these are short names for it. */
enum ctrend__kind {
    K_VALUE = CTREND_CLAIMS_KIND_VALUE,
    K_SUM = CTREND_CLAIMS_KIND_SUM,
    K_MEAN = CTREND_CLAIMS_KIND_MEAN,
    K_DAILY = CTREND_CLAIMS_KIND_DAILY,
    K_CHANGE = CTREND_CLAIMS_KIND_CHANGE,
    K_RECORD = CTREND_CLAIMS_KIND_RECORD,
    K_TREND = CTREND_CLAIMS_KIND_TREND,
    K_SHARE = CTREND_CLAIMS_KIND_SHARE,
    K_RANK = CTREND_CLAIMS_KIND_RANK
};
/* Figures per claim: every ctrend_claims_figure value (the last is CTREND_CLAIMS_BOUND). */
#define CTREND__N_FIGURES ((size_t)CTREND_CLAIMS_BOUND + 1)
/* C_SLIGHT / C_SHARP: "up slightly" (0 < change < slight), "up sharply" (change > sharp) */
enum ctrend__cmp { C_EQ, C_GT, C_LT, C_GE, C_LE, C_ABOUT, C_NEARLY, C_SLIGHT, C_SHARP };
/* rounding of a quoted figure without comparator (file or record key `rounding`) */
enum ctrend__rounding { R_ROUND = 0, R_TRUNCATE, R_EITHER };
/* rank orders */
enum ctrend__rank { RK_FIRST, RK_HIGHEST_FIRST, RK_LOWEST_FIRST };
enum ctrend__base { B_MONTH, B_RANGE, B_PREVIOUS };

typedef struct ctrend__series {
    char *group, *metric, *region; /* region "" when absent */
} ctrend__series;

typedef struct ctrend__expr {
    ctrend__series *s;
    size_t n;
} ctrend__expr;

typedef struct ctrend__claim {
    char *id, *quote, *source, *text;
    int line;
    double tol;     /* about/nearly tolerance; NaN = default */
    int tol_rel;    /* tol is relative (given with %) */
    /* claim */
    int kind;
    ctrend__expr lhs, rhs; /* rhs.n > 0: compare with an expression (consistency) */
    int32_t m1, m2;        /* target month or range */
    int base;              /* changes */
    int32_t b1, b2;
    int k;                 /* previous k */
    int per_day;
    int cmp;
    double q;              /* quoted number (percent, ratio or count) */
    int q_decimals;
    char unit;             /* '%', 'x' or 0 */
    int direction;         /* +1 up, -1 down, 0 signed */
    int high;              /* record: 1 highest, 0 lowest */
    int record_change;     /* record of month-on-month change */
    int trend_dir;         /* -1 decreasing, +1 increasing */
    int years;             /* record/trend over a range of years: compare calendar-year totals */
    int nth;               /* record ... Nth highest|lowest in PERIOD (0 = 'since' form) */
    size_t *item_end;      /* rank: lhs.s[item_end[k-1]..item_end[k]) is item k */
    size_t n_items;
    int rank_order;        /* enum ctrend__rank */
    double slight, sharp;  /* thresholds of slightly / sharply (percent) */
    int rounding;          /* enum ctrend__rounding */
    int32_t as_of;         /* vintage cut-off (days since 1970-01-01), INT32_MIN = latest */
    char *defs;            /* "casualties = deaths + injured" definitions used, or NULL */
    char *invalid;         /* parse error of this claim (full message), NULL when valid */
    int err_line, err_col;
    /* results */
    int verdict;
    double fig[CTREND__N_FIGURES];
    int noise;
    char *expl;
    char *note;            /* one-line note: every caveat that changes how the verdict reads */
} ctrend__claim;

struct ctrend_claims {
    ctrend__claim *v;
    size_t n, cap;
    char *errmsg;     /* the first parse error (or a check error), formatted */
    ctrend_error err; /* the same error as a record (code CTREND_OK: none) */
    char **errs;      /* every parse error, in file order */
    size_t n_errs;
};

/* Options (ctrend_claims_opts_*; claims.c). */
struct ctrend_claims_opts {
    double level, alpha, about_rtol, bound_max;
};
/* The defaults, for opts = NULL. */
extern const struct ctrend_claims_opts ctrend__claims_opts_default;

/* The handle's lifecycle, all in claims.c: a new empty handle (NULL on OOM); a new record
 * appended (zeroed, figures NaN, verdict UNCHECKED; NULL on OOM); a claim's memory. */
ctrend_claims *ctrend__claims_new(void);
ctrend__claim *ctrend__claims_add(ctrend_claims *h);
void ctrend__claim_clear(ctrend__claim *c);
void ctrend__claim_free_terms(ctrend__claim *c);

/* Default thresholds of "slightly" / "sharply" (percent change): keys `slight =`, `sharp =` */
#define CTREND__SLIGHT_PCT 10.0
#define CTREND__SHARP_PCT 25.0
#define CTREND__NO_ASOF INT32_MIN

/* Vintages in the data: series whose metric is "NAME@YYYY-MM-DD" hold the figures of NAME as
 * published that day (built once per ctrend_claims_check by ctrend__vintages_build). */
typedef struct ctrend__vint {
    size_t idx;          /* frame series */
    const char *group, *region, *metric; /* borrowed from the frame; metric = "NAME@DATE" */
    size_t name_len;     /* length of NAME */
    int32_t day;         /* days since 1970-01-01 */
} ctrend__vint;
typedef struct ctrend__vintages {
    ctrend__vint *v;
    size_t n;
    int has_approx; /* some metric ends in @min, @max or @about (approximate figures) */
} ctrend__vintages;
/* Returns 0, or 1 on allocation failure. */
int ctrend__vintages_build(const ctrend_frame *f, ctrend__vintages *out);

/* query.c: the base months of claim c (the one definition: ctrend_claims_base and eval.c
 * read it). Returns 1 and sets *a..*b for a change or record, else 0 (no base). */
int ctrend__claim_base(const ctrend__claim *c, int32_t *a, int32_t *b);
/* eval.c: evaluate claim c on data, filling verdict/fig/noise/expl/note. Returns a status. */
int ctrend__claim_eval(ctrend__claim *c, const ctrend_frame *data, const ctrend__vintages *vi,
                       const struct ctrend_claims_opts *o);
/* explain.c: "TTP/attacks" or "TTP/attacks/North Waziristan" */
void ctrend__series_name(ctrend__buf *b, const ctrend__series *s);
void ctrend__expr_name(ctrend__buf *b, const ctrend__expr *e);
void ctrend__month_name(ctrend__buf *b, int32_t m);
const char *ctrend__cmp_word(int cmp);
/* explain.c: sentences of the explanation from eval.c's numbers */
void ctrend__explain_claim(const ctrend__claim *c, ctrend__buf *x);
void ctrend__day_name(ctrend__buf *b, int32_t day);
typedef struct ctrend__trend_text {
    size_t n_points;
    const char *unit; /* "month" or "year" */
    double slope, level, lo, hi, p2, p1;
    int ups, downs, against;
} ctrend__trend_text;
void ctrend__explain_trend(ctrend__buf *x, const ctrend__trend_text *t);
/* What eval.c found for a claim whose cells are all present and exact, for its sentences. */
typedef struct ctrend__result_text {
    int holds;
    double v, q;         /* the computed value and the quoted one (or what it is compared with) */
    double part, total;  /* share: the sums (NaN for other kinds) */
    int zero_both;       /* change: 0 in both periods */
    int tie;             /* record / rank: a tie */
    int32_t tie_unit;    /* record: the first unit tied with the target */
    size_t tie_a, tie_b; /* rank: the first two items tied */
    int trunc_only;      /* holds only if the source truncated */
    double (*item_total)(void *ctx, size_t k); /* rank: the total of item k */
    void *ctx;
} ctrend__result_text;
/* The computed figures in words, per kind (a change's exact statistics follow from eval.c). */
void ctrend__explain_result(const ctrend__claim *c, const ctrend__result_text *r, ctrend__buf *x,
                            ctrend__buf *note);
/* The verdict line (SUPPORTED / CONTRADICTED, within noise, truncation); may rewrite the note. */
void ctrend__explain_verdict(const ctrend__claim *c, const ctrend__result_text *r, ctrend__buf *x,
                             ctrend__buf *note);

#endif
