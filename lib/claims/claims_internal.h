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
typedef struct ctrend__buf {
    char *s;
    size_t len, cap;
    int oom;
} ctrend__buf;
#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
void ctrend__buf_printf(ctrend__buf *b, const char *fmt, ...);
char *ctrend__buf_take(ctrend__buf *b); /* NUL-terminated, caller frees; NULL on OOM */
void ctrend__buf_free(ctrend__buf *b);

/* ---- lexer (lexer.c) ------------------------------------------------------------------- */
enum ctrend__tok_kind {
    CTREND__T_END = 0,
    CTREND__T_WORD,   /* keyword or series name (may contain / + _ . - and a "quoted" part) */
    CTREND__T_NUMBER, /* [+-]digits[.digits] with optional suffix % or x */
    CTREND__T_MONTH,  /* YYYY-MM */
    CTREND__T_RANGE,  /* .. */
    CTREND__T_OP,     /* + = < > <= >= ~ */
    CTREND__T_ERROR
};
typedef struct ctrend__tok {
    int kind;
    const char *p; /* start in the line */
    size_t len;
    int col;       /* 1-based column in the line */
    double num;    /* NUMBER: value; MONTH: month index */
    int decimals;  /* NUMBER: digits after the point */
    char suffix;   /* NUMBER: '%', 'x' or 0 */
} ctrend__tok;
/* Tokenise line[0..len) (col0 = column of line[0]). *ntok tokens into a malloc'd array
 * (caller frees), terminated by a T_END token. Returns 0, or 1 on allocation failure. */
int ctrend__lex(const char *line, size_t len, int col0, ctrend__tok **toks, size_t *ntok);

/* ---- claim AST ---------------------------------------------------------------------------- */
enum ctrend__kind { K_VALUE, K_SUM, K_MEAN, K_DAILY, K_CHANGE, K_RECORD, K_TREND };
enum ctrend__cmp { C_EQ, C_GT, C_LT, C_GE, C_LE, C_ABOUT, C_NEARLY };
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
    /* results */
    int verdict;
    double fig[9];
    int noise;
    char *expl;
} ctrend__claim;

struct ctrend_claims {
    ctrend__claim *v;
    size_t n, cap;
    char *errmsg;
    int err_line, err_col;
    char *err_id;
};

/* parser.c */
void ctrend__claim_clear(ctrend__claim *c);
/* eval.c: evaluate claim c on data, filling verdict/fig/noise/expl. Returns a status. */
int ctrend__claim_eval(ctrend__claim *c, const ctrend_frame *data);
/* explain.c: "TTP/attacks" or "TTP/attacks/North Waziristan" */
void ctrend__series_name(ctrend__buf *b, const ctrend__series *s);
void ctrend__expr_name(ctrend__buf *b, const ctrend__expr *e);
void ctrend__month_name(ctrend__buf *b, int32_t m);
const char *ctrend__cmp_word(int cmp);

#endif
