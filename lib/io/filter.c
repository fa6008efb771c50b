/*
 * filter.c — row filters (--where): a small expression language compiled once, evaluated
 * per CSV row by the reader before any aggregation.
 *
 * Grammar (recursive descent; precedence not > and > or, as in SQL):
 *   expr    := and_e { "or" and_e }
 *   and_e   := not_e { "and" not_e }
 *   not_e   := "not" not_e | primary
 *   primary := "(" expr ")" | column test
 *   test    := ("==" | "!=") (string | number) | ("~" | "~*" | "=~") string
 *            | ("<" | "<=" | ">" | ">=") number | "in" "(" string { "," string } ")"
 *   column  := bare name [A-Za-z_][A-Za-z0-9_.]* (not a keyword) | `any text` (`` = `)
 *   string  := "..." or '...' with \" \' \\ escapes;  number := a decimal number
 * Keywords are case-insensitive. Text tests compare bytes exactly (== != in), search a
 * substring (~), a substring ignoring ASCII case (~*), or a POSIX extended regular expression
 * (=~, regcomp(3) with REG_EXTENDED | REG_NOSUB, IEEE Std 1003.1-2017 section 9.4).
 * Numeric tests (< <= > >=, and == != with a number) read the cell as the reader reads a
 * number; a cell that is not one (empty, NA, text) fails the test, so `x != 3` is false on
 * an empty cell (write `not x == 3` to keep it).
 * Several expressions added to one filter must all hold.
 */
#include <regex.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ctrend/io.h"
#include "internal.h"
#include "io_internal.h"

/* Parentheses and `not` nest at most this deep; a filter holds at most MAX_NODES tests and
 * connectives (evaluation recurses along and/or chains). */
#define MAX_DEPTH 64
#define MAX_NODES 4096

enum { N_AND, N_OR, N_NOT, N_EQ, N_NE, N_SUB, N_ISUB, N_RE, N_IN, N_LT, N_LE, N_GT, N_GE, N_NEQ, N_NNE };

typedef struct fnode {
    int op;
    size_t a, b;     /* children (AND, OR: a, b; NOT: a) */
    size_t col;      /* column index in the filter's list */
    char *text;      /* literal text (EQ NE SUB ISUB) */
    size_t tlen;
    char **list;     /* IN */
    size_t *lens, nlist;
    double num;      /* numeric tests */
    regex_t re;
    int has_re;
} fnode;

struct ctrend_filter {
    fnode *nodes;
    size_t n, cap;
    size_t *roots;
    size_t nroots, cap_roots;
    char **cols;
    size_t ncols, cap_cols;
    char errmsg[256];
    int64_t erroff;
};

/* ---------------------------------------------------------------- lexer */

enum { T_END, T_NAME, T_STR, T_NUM, T_OP, T_LP, T_RP, T_COMMA, T_AND, T_OR, T_NOT, T_IN, T_BAD };

typedef struct lexer {
    ctrend_filter *f;
    const char *s;
    size_t pos;
    int tok;
    size_t tstart;
    char *text; /* T_NAME (unquoted or backquoted), T_STR: decoded text; T_OP: the operator */
    size_t tlen, tcap;
    int depth;
    int failed, nomem;
} lexer;

static int perr(lexer *L, size_t at, const char *fmt, ...)
{
    if (L->failed) return -1;
    L->failed = 1;
    L->f->erroff = (int64_t)at + 1;
    int n = snprintf(L->f->errmsg, sizeof L->f->errmsg, "--where, character %zu: ", at + 1);
    if (n < 0) n = 0;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(L->f->errmsg + n, sizeof L->f->errmsg - (size_t)n, fmt, ap);
    va_end(ap);
    return -1;
}

static int push(lexer *L, char c)
{
    if (L->tlen + 2 > L->tcap) {
        const size_t nc = L->tcap ? 2 * L->tcap : 32;
        char *t = realloc(L->text, nc);
        if (!t) {
            L->nomem = L->failed = 1;
            return -1;
        }
        L->text = t;
        L->tcap = nc;
    }
    L->text[L->tlen++] = c;
    L->text[L->tlen] = '\0';
    return 0;
}

static int is_name_start(int c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
static int is_name_char(int c) { return is_name_start(c) || (c >= '0' && c <= '9') || c == '.'; }

static int kw(const char *t, const char *k) { return ctrend__io_name_eq(t, k); }

static void next(lexer *L)
{
    const char *s = L->s;
    while (s[L->pos] == ' ' || s[L->pos] == '\t' || s[L->pos] == '\n' || s[L->pos] == '\r') ++L->pos;
    L->tstart = L->pos;
    L->tlen = 0;
    if (push(L, '\0')) { L->tok = T_BAD; return; }
    L->tlen = 0;
    const char c = s[L->pos];
    if (!c) { L->tok = T_END; return; }
    if (c == '(') { ++L->pos; L->tok = T_LP; return; }
    if (c == ')') { ++L->pos; L->tok = T_RP; return; }
    if (c == ',') { ++L->pos; L->tok = T_COMMA; return; }
    if (c == '"' || c == '\'') {
        ++L->pos;
        for (;;) {
            char d = s[L->pos];
            if (!d) {
                perr(L, L->tstart, "unterminated string (close it with %c)", c);
                L->tok = T_BAD;
                return;
            }
            ++L->pos;
            if (d == c) break;
            if (d == '\\' && (s[L->pos] == '"' || s[L->pos] == '\'' || s[L->pos] == '\\')) d = s[L->pos++];
            if (push(L, d)) { L->tok = T_BAD; return; }
        }
        L->tok = T_STR;
        return;
    }
    if (c == '`') {
        ++L->pos;
        for (;;) {
            const char d = s[L->pos];
            if (!d) {
                perr(L, L->tstart, "unterminated `column name` (close it with `)");
                L->tok = T_BAD;
                return;
            }
            ++L->pos;
            if (d == '`') {
                if (s[L->pos] != '`') break;
                ++L->pos; /* `` = a literal backquote */
            }
            if (push(L, d)) { L->tok = T_BAD; return; }
        }
        if (!L->tlen) {
            perr(L, L->tstart, "empty `column name`");
            L->tok = T_BAD;
            return;
        }
        L->tok = T_NAME;
        return;
    }
    if ((c >= '0' && c <= '9') || ((c == '-' || c == '+' || c == '.') && s[L->pos + 1] >= '0' && s[L->pos + 1] <= '9') ||
        ((c == '-' || c == '+') && s[L->pos + 1] == '.')) {
        /* the token's text; ctrend__io_parse_value decides whether it is a number */
        if (push(L, s[L->pos++])) { L->tok = T_BAD; return; }
        while (is_name_char((unsigned char)s[L->pos]) ||
               ((s[L->pos] == '+' || s[L->pos] == '-') && (s[L->pos - 1] == 'e' || s[L->pos - 1] == 'E')))
            if (push(L, s[L->pos++])) { L->tok = T_BAD; return; }
        L->tok = T_NUM;
        return;
    }
    if (is_name_start((unsigned char)c)) {
        while (is_name_char((unsigned char)s[L->pos]))
            if (push(L, s[L->pos++])) { L->tok = T_BAD; return; }
        L->tok = kw(L->text, "and") ? T_AND : kw(L->text, "or") ? T_OR : kw(L->text, "not") ? T_NOT
               : kw(L->text, "in")  ? T_IN  : T_NAME;
        return;
    }
    static const char *const ops[] = {"==", "!=", "=~", "~*", ">=", "<=", "~", ">", "<"};
    for (size_t k = 0; k < sizeof ops / sizeof ops[0]; ++k) {
        const size_t n = strlen(ops[k]);
        if (!strncmp(s + L->pos, ops[k], n)) {
            L->pos += n;
            for (size_t i = 0; i < n; ++i) push(L, ops[k][i]);
            L->tok = T_OP;
            return;
        }
    }
    if (c == '=') perr(L, L->pos, "'=' is not an operator (equality is ==)");
    else if (c == '&' || c == '|' || c == '!')
        perr(L, L->pos, "unexpected '%c' (write and, or, not)", c);
    else if ((unsigned char)c >= 0x20 && (unsigned char)c < 0x7f)
        perr(L, L->pos, "unexpected '%c' (names with spaces or punctuation go in `backquotes`)", c);
    else perr(L, L->pos, "unexpected byte 0x%02X", (unsigned)(unsigned char)c);
    L->tok = T_BAD;
}

/* ---------------------------------------------------------------- parser */

static size_t new_node(lexer *L, int op)
{
    ctrend_filter *f = L->f;
    if (f->n >= MAX_NODES) {
        perr(L, L->tstart, "more than %d terms in the filter", MAX_NODES);
        return (size_t)-1;
    }
    if (f->n == f->cap) {
        const size_t nc = f->cap ? 2 * f->cap : 16;
        fnode *t = realloc(f->nodes, nc * sizeof *t);
        if (!t) {
            L->nomem = L->failed = 1;
            return (size_t)-1;
        }
        f->nodes = t;
        f->cap = nc;
    }
    memset(&f->nodes[f->n], 0, sizeof f->nodes[f->n]);
    f->nodes[f->n].op = op;
    return f->n++;
}

static char *dup_text(lexer *L)
{
    char *t = malloc(L->tlen + 1);
    if (!t) {
        L->nomem = L->failed = 1;
        return NULL;
    }
    memcpy(t, L->text, L->tlen + 1);
    return t;
}

static size_t column_index(lexer *L)
{
    ctrend_filter *f = L->f;
    for (size_t k = 0; k < f->ncols; ++k)
        if (ctrend__io_name_eq(f->cols[k], L->text)) return k;
    if (f->ncols == f->cap_cols) {
        const size_t nc = f->cap_cols ? 2 * f->cap_cols : 8;
        char **t = realloc(f->cols, nc * sizeof *t);
        if (!t) {
            L->nomem = L->failed = 1;
            return (size_t)-1;
        }
        f->cols = t;
        f->cap_cols = nc;
    }
    if (!(f->cols[f->ncols] = dup_text(L))) return (size_t)-1;
    return f->ncols++;
}

static int number(lexer *L, double *v)
{
    int missing;
    if (L->tok != T_NUM || ctrend__io_parse_value(L->text, L->tlen, v, &missing) || missing)
        return perr(L, L->tstart, "expected a number%s%s%s", L->tok == T_NUM ? ", got " : "",
                    L->tok == T_NUM ? L->text : "", L->tok == T_STR ? " (numeric tests take a bare number)" : "");
    next(L);
    return 0;
}

static size_t parse_or(lexer *L);

static size_t parse_test(lexer *L)
{
    if (L->tok != T_NAME)
        return (size_t)perr(L, L->tstart, L->tok == T_END ? "expected a column name, got the end of the expression"
                                                          : "expected a column name");
    const size_t col = column_index(L);
    if (L->failed) return (size_t)-1;
    next(L);
    if (L->tok == T_IN) {
        next(L);
        if (L->tok != T_LP) return (size_t)perr(L, L->tstart, "expected ( after in");
        const size_t id = new_node(L, N_IN);
        if (L->failed) return id;
        L->f->nodes[id].col = col;
        for (;;) {
            next(L);
            if (L->tok != T_STR) return (size_t)perr(L, L->tstart, "expected a \"string\" in the in (...) list");
            fnode *nd = &L->f->nodes[id];
            char **lt = realloc(nd->list, (nd->nlist + 1) * sizeof *lt);
            if (!lt) return (size_t)(L->nomem = L->failed = 1, -1);
            nd->list = lt;
            size_t *ll = realloc(nd->lens, (nd->nlist + 1) * sizeof *ll);
            if (!ll) return (size_t)(L->nomem = L->failed = 1, -1);
            nd->lens = ll;
            if (!(nd->list[nd->nlist] = dup_text(L))) return (size_t)-1;
            nd->lens[nd->nlist++] = L->tlen;
            next(L);
            if (L->tok == T_RP) break;
            if (L->tok != T_COMMA) return (size_t)perr(L, L->tstart, "expected , or ) in the in (...) list");
        }
        next(L);
        return id;
    }
    if (L->tok != T_OP)
        return (size_t)perr(L, L->tstart, "expected an operator after the column name (== != ~ ~* =~ < <= > >= in)");
    char op[4];
    snprintf(op, sizeof op, "%s", L->text);
    const size_t op_at = L->tstart;
    next(L);
    int kind;
    if (!strcmp(op, "<")) kind = N_LT;
    else if (!strcmp(op, "<=")) kind = N_LE;
    else if (!strcmp(op, ">")) kind = N_GT;
    else if (!strcmp(op, ">=")) kind = N_GE;
    else if ((!strcmp(op, "==") || !strcmp(op, "!=")) && L->tok == T_NUM) kind = op[0] == '=' ? N_NEQ : N_NNE;
    else if (!strcmp(op, "==")) kind = N_EQ;
    else if (!strcmp(op, "!=")) kind = N_NE;
    else if (!strcmp(op, "~")) kind = N_SUB;
    else if (!strcmp(op, "~*")) kind = N_ISUB;
    else kind = N_RE;
    const size_t id = new_node(L, kind);
    if (L->failed) return id;
    L->f->nodes[id].col = col;
    if (kind >= N_LT) {
        double v;
        if (number(L, &v)) return (size_t)-1;
        L->f->nodes[id].num = v;
        return id;
    }
    if (L->tok != T_STR)
        return (size_t)perr(L, L->tstart, "expected a \"string\" after %s", op);
    if (kind == N_RE) {
        const int e = regcomp(&L->f->nodes[id].re, L->text, REG_EXTENDED | REG_NOSUB);
        if (e) {
            char why[128];
            regerror(e, NULL, why, sizeof why);
            return (size_t)perr(L, L->tstart, "invalid regular expression: %s", why);
        }
        L->f->nodes[id].has_re = 1;
    } else {
        if (!(L->f->nodes[id].text = dup_text(L))) return (size_t)-1;
        L->f->nodes[id].tlen = L->tlen;
    }
    (void)op_at;
    next(L);
    return id;
}

static size_t parse_not(lexer *L)
{
    if (L->failed) return (size_t)-1;
    if (++L->depth > MAX_DEPTH) return (size_t)perr(L, L->tstart, "nested more than %d deep", MAX_DEPTH);
    size_t id;
    if (L->tok == T_NOT) {
        next(L);
        const size_t a = parse_not(L);
        if (L->failed) return a;
        id = new_node(L, N_NOT);
        if (!L->failed) L->f->nodes[id].a = a;
    } else if (L->tok == T_LP) {
        const size_t open = L->tstart;
        next(L);
        id = parse_or(L);
        if (L->failed) return id;
        if (L->tok != T_RP) return (size_t)perr(L, L->tstart, "expected ) to close the ( at character %zu", open + 1);
        next(L);
    } else {
        id = parse_test(L);
    }
    --L->depth;
    return id;
}

static size_t parse_bin(lexer *L, int tok, int op)
{
    size_t a = tok == T_OR ? parse_bin(L, T_AND, N_AND) : parse_not(L);
    while (!L->failed && L->tok == tok) {
        next(L);
        const size_t b = tok == T_OR ? parse_bin(L, T_AND, N_AND) : parse_not(L);
        if (L->failed) return b;
        const size_t id = new_node(L, op);
        if (L->failed) return id;
        L->f->nodes[id].a = a;
        L->f->nodes[id].b = b;
        a = id;
    }
    return a;
}

static size_t parse_or(lexer *L) { return parse_bin(L, T_OR, N_OR); }

/* ---------------------------------------------------------------- API */

int ctrend_filter_new(ctrend_filter **out)
{
    if (!out) return CTREND_EINVAL;
    ctrend_filter *f = calloc(1, sizeof *f);
    if (!f) return CTREND_ENOMEM;
    *out = f;
    return CTREND_OK;
}

static void free_node(fnode *nd)
{
    free(nd->text);
    for (size_t k = 0; k < nd->nlist; ++k) free(nd->list[k]);
    free(nd->list);
    free(nd->lens);
    if (nd->has_re) regfree(&nd->re);
}

void ctrend_filter_free(ctrend_filter *f)
{
    if (!f) return;
    for (size_t k = 0; k < f->n; ++k) free_node(&f->nodes[k]);
    free(f->nodes);
    free(f->roots);
    for (size_t k = 0; k < f->ncols; ++k) free(f->cols[k]);
    free(f->cols);
    free(f);
}

int ctrend_filter_add(ctrend_filter *f, const char *expr)
{
    if (!f || !expr) return CTREND_EINVAL;
    f->errmsg[0] = '\0';
    f->erroff = 0;
    const size_t n0 = f->n, c0 = f->ncols;
    lexer L = {.f = f, .s = expr};
    next(&L);
    size_t root = (size_t)-1;
    if (!L.failed && L.tok == T_END) perr(&L, 0, "empty expression");
    if (!L.failed) root = parse_or(&L);
    if (!L.failed && L.tok != T_END)
        perr(&L, L.tstart, L.tok == T_RP ? "unmatched )" : "expected and, or or the end of the expression");
    if (!L.failed && f->nroots == f->cap_roots) {
        const size_t nc = f->cap_roots ? 2 * f->cap_roots : 4;
        size_t *t = realloc(f->roots, nc * sizeof *t);
        if (!t) L.nomem = L.failed = 1;
        else {
            f->roots = t;
            f->cap_roots = nc;
        }
    }
    free(L.text);
    if (L.failed) { /* drop what this expression added */
        for (size_t k = n0; k < f->n; ++k) free_node(&f->nodes[k]);
        f->n = n0;
        for (size_t k = c0; k < f->ncols; ++k) free(f->cols[k]);
        f->ncols = c0;
        if (L.nomem) {
            snprintf(f->errmsg, sizeof f->errmsg, "out of memory");
            f->erroff = 0;
            return CTREND_ENOMEM;
        }
        return CTREND_EPARSE; /* the message quotes ASCII only */
    }
    f->roots[f->nroots++] = root;
    return CTREND_OK;
}

const char *ctrend_filter_errmsg(const ctrend_filter *f) { return f ? f->errmsg : ""; }
int64_t ctrend_filter_error_offset(const ctrend_filter *f) { return f ? f->erroff : 0; }
int64_t ctrend_filter_n_columns(const ctrend_filter *f) { return f ? (int64_t)f->ncols : 0; }
const char *ctrend_filter_column(const ctrend_filter *f, int64_t k)
{
    return f && k >= 0 && (size_t)k < f->ncols ? f->cols[k] : NULL;
}

static int lower(int c) { return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c; }

static int has_sub(const char *s, size_t n, const char *t, size_t m, int fold)
{
    if (m == 0) return 1;
    for (size_t i = 0; i + m <= n; ++i) {
        size_t k = 0;
        if (fold) while (k < m && lower((unsigned char)s[i + k]) == lower((unsigned char)t[k])) ++k;
        else while (k < m && s[i + k] == t[k]) ++k;
        if (k == m) return 1;
    }
    return 0;
}

static int eval_node(const ctrend_filter *f, size_t id, const char *const *cells, const size_t *lens)
{
    const fnode *nd = &f->nodes[id];
    switch (nd->op) {
    case N_AND: return eval_node(f, nd->a, cells, lens) && eval_node(f, nd->b, cells, lens);
    case N_OR: return eval_node(f, nd->a, cells, lens) || eval_node(f, nd->b, cells, lens);
    case N_NOT: return !eval_node(f, nd->a, cells, lens);
    default: break;
    }
    const char *s = cells[nd->col];
    const size_t n = lens[nd->col];
    switch (nd->op) {
    case N_EQ: return n == nd->tlen && !memcmp(s, nd->text, n);
    case N_NE: return !(n == nd->tlen && !memcmp(s, nd->text, n));
    case N_SUB: return has_sub(s, n, nd->text, nd->tlen, 0);
    case N_ISUB: return has_sub(s, n, nd->text, nd->tlen, 1);
    case N_RE: return regexec(&nd->re, s, 0, NULL, 0) == 0; /* the C string: up to a NUL byte */
    case N_IN:
        for (size_t k = 0; k < nd->nlist; ++k)
            if (n == nd->lens[k] && !memcmp(s, nd->list[k], n)) return 1;
        return 0;
    default: {
        double v;
        int missing;
        if (ctrend__io_parse_value(s, n, &v, &missing) || missing) return 0;
        switch (nd->op) {
        case N_LT: return v < nd->num;
        case N_LE: return v <= nd->num;
        case N_GT: return v > nd->num;
        case N_GE: return v >= nd->num;
        case N_NEQ: return v == nd->num;
        default: return v != nd->num;
        }
    }
    }
}

int ctrend__filter_match(const ctrend_filter *f, const char *const *cells, const size_t *lens)
{
    for (size_t k = 0; k < f->nroots; ++k)
        if (!eval_node(f, f->roots[k], cells, lens)) return 0;
    return 1;
}

int ctrend_filter_eval(const ctrend_filter *f, const char *const *cells, int64_t n_cells, int *result)
{
    if (!f || !result || n_cells < 0 || (size_t)n_cells != f->ncols || (n_cells && !cells)) return CTREND_EINVAL;
    size_t stack[16];
    size_t *lens = f->ncols <= 16 ? stack : malloc(f->ncols * sizeof *lens);
    if (!lens) return CTREND_ENOMEM;
    for (size_t k = 0; k < f->ncols; ++k) {
        if (!cells[k]) {
            if (lens != stack) free(lens);
            return CTREND_EINVAL;
        }
        lens[k] = strlen(cells[k]);
    }
    *result = ctrend__filter_match(f, cells, lens);
    if (lens != stack) free(lens);
    return CTREND_OK;
}
