/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * lexer.c — tokens of a claim line (see docs/claims.md for the grammar).
 *
 *   WORD   a letter followed by letters, digits and _ / + . - ; a "quoted" part (after '/')
 *          may hold spaces: TTP/attacks/"North Waziristan". '+' inside a word belongs to the
 *          word (ISKP+ISPP/attacks); the operator '+' must stand alone between spaces.
 *   MONTH  YYYY-MM (checked by ctrend_month_parse)
 *   NUMBER [+-]digits[.digits] then an optional '%' or 'x' (ratio); commas are not allowed
 *   RANGE  ..        OP  + = < > <= >= ~
 * An unknown character gives a T_ERROR token at its column; the parser reports it.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "claims/claims_internal.h"
#include "ctrend/month.h"

static int is_word_char(char ch)
{
    return isalnum((unsigned char)ch) || ch == '_' || ch == '/' || ch == '+' || ch == '.' ||
           ch == '-';
}

static int push(ctrend__tok **v, size_t *n, size_t *cap, const ctrend__tok *t)
{
    if (*n == *cap) {
        const size_t nc = *cap ? *cap * 2 : 16;
        ctrend__tok *nv = realloc(*v, nc * sizeof *nv);
        if (!nv) return 1;
        *v = nv;
        *cap = nc;
    }
    (*v)[(*n)++] = *t;
    return 0;
}

int ctrend__lex(const char *line, size_t len, int col0, ctrend__tok **toks, size_t *ntok)
{
    ctrend__tok *v = NULL;
    size_t n = 0, cap = 0, i = 0;
    while (i < len) {
        const char ch = line[i];
        if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n') {
            i++;
            continue;
        }
        ctrend__tok t;
        memset(&t, 0, sizeof t);
        t.p = line + i;
        t.col = col0 + (int)i;
        const size_t start = i;
        if (isalpha((unsigned char)ch)) {
            t.kind = CTREND__T_WORD;
            while (i < len) {
                if (is_word_char(line[i])) {
                    /* a word never swallows a range "..": stop before it */
                    if (line[i] == '.' && i + 1 < len && line[i + 1] == '.') break;
                    i++;
                } else if (line[i] == '"' && i > start && line[i - 1] == '/') {
                    size_t j = i + 1;
                    while (j < len && line[j] != '"') j++;
                    if (j >= len) { /* unterminated quote */
                        t.kind = CTREND__T_ERROR;
                        i = len;
                        break;
                    }
                    i = j + 1;
                } else {
                    break;
                }
            }
        } else if (isdigit((unsigned char)ch) && i + 7 <= len &&
                   isdigit((unsigned char)line[i + 1]) && isdigit((unsigned char)line[i + 2]) &&
                   isdigit((unsigned char)line[i + 3]) && line[i + 4] == '-' &&
                   isdigit((unsigned char)line[i + 5]) && isdigit((unsigned char)line[i + 6]) &&
                   (i + 7 == len || !isalnum((unsigned char)line[i + 7]))) {
            int32_t m;
            i += 7;
            if (ctrend_month_parse(line + start, 7, &m) != CTREND_OK) {
                t.kind = CTREND__T_ERROR;
            } else {
                t.kind = CTREND__T_MONTH;
                t.num = (double)m;
            }
        } else if (isdigit((unsigned char)ch) ||
                   ((ch == '+' || ch == '-') && i + 1 < len && isdigit((unsigned char)line[i + 1]))) {
            t.kind = CTREND__T_NUMBER;
            i++;
            while (i < len && isdigit((unsigned char)line[i])) i++;
            if (i + 1 < len && line[i] == '.' && isdigit((unsigned char)line[i + 1])) {
                i++;
                const size_t d0 = i;
                while (i < len && isdigit((unsigned char)line[i])) i++;
                t.decimals = (int)(i - d0);
            }
            char buf[64];
            const size_t nl = i - start < sizeof buf - 1 ? i - start : sizeof buf - 1;
            memcpy(buf, line + start, nl);
            buf[nl] = '\0';
            t.num = strtod(buf, NULL);
            if (i < len && (line[i] == '%' || line[i] == 'x')) t.suffix = line[i++];
            if (i < len && (isalnum((unsigned char)line[i]) || line[i] == '_')) t.kind = CTREND__T_ERROR;
        } else if (ch == '.' && i + 1 < len && line[i + 1] == '.') {
            t.kind = CTREND__T_RANGE;
            i += 2;
        } else if (ch == '<' || ch == '>') {
            t.kind = CTREND__T_OP;
            i++;
            if (i < len && line[i] == '=') i++;
        } else if (ch == '=' || ch == '~' || ch == '+') {
            t.kind = CTREND__T_OP;
            i++;
        } else {
            t.kind = CTREND__T_ERROR;
            i++;
        }
        t.len = i - start;
        if (push(&v, &n, &cap, &t)) {
            free(v);
            return 1;
        }
        if (t.kind == CTREND__T_ERROR) break;
    }
    ctrend__tok end;
    memset(&end, 0, sizeof end);
    end.kind = CTREND__T_END;
    end.p = line + len;
    end.col = col0 + (int)len;
    if (push(&v, &n, &cap, &end)) {
        free(v);
        return 1;
    }
    *toks = v;
    *ntok = n;
    return 0;
}
