"""gen_r.py — the R side of gen_api.py: api_generated.R and api_generated.c.

The C file holds one .Call wrapper per bindable function, named ctr_api_<function>, which
  1. checks and converts every argument (type, length, range from the definition; an error
     names the function, the argument and the allowed range; nothing reaches C unchecked),
  2. allocates the outputs (arrays of the documented length; (out, cap, *needed) by a size
     query first), calls the function once,
  3. returns list(value-or-status, message, outputs...).
Lengths that equal an input array's length are taken from that array and are not arguments.
Handles are external pointers tagged with their C type name (the tags the hand-written
package uses too), finalized by the type's _free.
The R file holds the constants, the argument table and one R function per wrapper,
ct_api_<function without ctrend_>, which raises a condition of class
c("ctrend_<code>", "ctrend_error", "error", "condition") on a non-zero status.
"""
import re

import apidef

R_WHOLE_MAX = 9007199254740992.0  # 2^53: larger doubles are not exact integers in R
INT_LIMITS = {"int": (-2147483647.0, 2147483647.0), "int32_t": (-2147483647.0, 2147483647.0),
              "int64_t": (-R_WHOLE_MAX, R_WHOLE_MAX), "size_t": (0.0, R_WHOLE_MAX),
              "uint64_t": (0.0, R_WHOLE_MAX)}
UNBINDABLE_ROLES = {"HANDLE_ARRAY_IN", "HANDLE_ARRAY_OUT"}
ELEM = {"double": "double", "int32_t": "int32_t", "int": "int", "size_t": "size_t"}


def base_type(ctype):
    return ctype.replace("const ", "").replace(" *const", " *").strip()


def elem_type(ctype):
    b = base_type(ctype)
    return b[:-1].strip() if b.endswith("*") else None


RECORD_ROLES = ("RECORD_OUT", "RECORD_IN", "RECORD_IN_OPT")


def handle_type(ctype, role=None):
    if role in RECORD_ROLES:
        return None
    b = base_type(ctype)
    m = re.fullmatch(r"(ctrend_\w+) \*+", b)
    return m.group(1) if m and m.group(1) != "ctrend_error" else None


def bindable(defn, f):
    """None if the R generator can wrap f, else the reason."""
    for p in f.params:
        if p.role in UNBINDABLE_ROLES:
            return "%s: %s is not wrapped generically" % (p.name, p.role)
        if p.role in ("ARRAY_IN", "ARRAY_IN_OPT", "ARRAY_OUT", "ARRAY_OUT_OPT", "CAP_OUT"):
            if elem_type(p.ctype) not in ELEM:
                return "%s: arrays of %s" % (p.name, p.ctype)
    return None


def record_tag(ctype):
    return base_type(ctype)[:-1].strip()


def gen_records(defn, constraint, w):
    """C converters for each record: a named numeric vector or list -> struct (fields checked
    against their roles) and struct -> a named numeric vector."""
    used_in = {record_tag(p.ctype) for f in defn["functions"] if not bindable(defn, f)
               for p in f.params if p.role in ("RECORD_IN", "RECORD_IN_OPT")}
    used_out = {record_tag(p.ctype) for f in defn["functions"] if not bindable(defn, f)
                for p in f.params if p.role == "RECORD_OUT"}
    for tag, r in defn["records"].items():
        fields = r["fields"]
        if tag in used_in:
            gen_record_in(defn, constraint, w, tag, fields)
        if tag in used_out:
            gen_record_out(w, tag, fields)


def gen_record_in(defn, constraint, w, tag, fields):
    w("/* %s from a named numeric vector or list (NULL when optional = defaults). */" % tag)
    w("static const %s *api_rec_in_%s(SEXP x, %s *b, const char *fn, const char *arg, "
      "int optional)" % (tag, tag, tag))
    w("{")
    w("    static const char *const want[] = {%s};" % ", ".join('"%s"' % q.name for q in fields))
    w("    SEXP v[%d];" % len(fields))
    w("    if (optional && x == R_NilValue) return NULL;")
    w("    (void)api_rec_fields(x, want, %d, v, fn, arg);" % len(fields))
    for i, q in enumerate(fields):
        c = constraint(defn, q)
        if q.ctype == "double" and c and c[0] == "range":
            lo, hi, lo_open, hi_open = c[1]
            w("    b->%s = api_real(v[%d], fn, \"%s\", %s, %s, %d, %d);"
              % (q.name, i, q.name, num(lo), num(hi), int(lo_open), int(hi_open)))
        elif q.ctype == "double":
            w("    b->%s = api_num(v[%d], fn, \"%s\");" % (q.name, i, q.name))
        elif c and c[0] == "enum":
            n = len(defn["enums"][c[1]]["values"])
            w("    b->%s = (int)api_oneof(v[%d], fn, \"%s\", api_enum_%s, %d);"
              % (q.name, i, q.name, c[1], n))
        else:
            w("    b->%s = (int)api_whole(v[%d], fn, \"%s\", -2147483647.0, 2147483647.0);"
              % (q.name, i, q.name))
    w("    UNPROTECT(1);")
    w("    return b;")
    w("}")
    w("")


def gen_record_out(w, tag, fields):
    w("/* %s as a named numeric vector. */" % tag)
    w("static SEXP api_rec_out_%s(const %s *b)" % (tag, tag))
    w("{")
    w("    static const char *const nm[] = {%s};" % ", ".join('"%s"' % q.name for q in fields))
    w("    SEXP out = PROTECT(Rf_allocVector(REALSXP, %d));" % len(fields))
    for i, q in enumerate(fields):
        w("    REAL(out)[%d] = (double)b->%s;" % (i, q.name))
    w("    api_set_names(out, nm, %d);" % len(fields))
    w("    UNPROTECT(1);")
    w("    return out;")
    w("}")
    w("")


def derived_lengths(f):
    """{len_param: source param} for lengths taken from a required input array or bytes."""
    out = {}
    names = {p.name for p in f.params}
    for p in f.params:
        if p.role in ("ARRAY_IN", "BYTES") and p.args and p.args[0].strip() in names:
            n = p.args[0].strip()
            if n not in out:
                out[n] = p.name
    return out


def c_expr(f, expr):
    """A C expression over the wrapper's locals (a_<param>), products overflow-checked."""
    names = {p.name for p in f.params}
    factors = [x.strip() for x in expr.split("*")]
    conv = []
    for x in factors:
        conv.append(re.sub(r"\b([A-Za-z_]\w*)\b",
                           lambda m: "a_" + m.group(1) if m.group(1) in names else m.group(1), x))
    e = "(size_t)(%s)" % conv[0]
    for x in conv[1:]:
        e = "api_mul(%s, (size_t)(%s), FN)" % (e, x)
    return e


def r_args(f):
    """Parameters that are R arguments, in C order."""
    der = derived_lengths(f)
    out = []
    for p in f.params:
        if p.name in der or p.role in ("CAP", "NEEDED", "CAP_OUT", "ARRAY_OUT", "ARRAY_OUT_OPT",
                                       "OUT", "OUT_OPT", "HANDLE_OUT", "STRBUF", "ERROR_OUT",
                                       "RECORD_OUT"):
            continue
        out.append(p)
    return out


def outputs_of(f):
    return [p for p in f.params if p.role in ("CAP_OUT", "ARRAY_OUT", "ARRAY_OUT_OPT", "OUT",
                                              "OUT_OPT", "HANDLE_OUT", "STRBUF", "ERROR_OUT",
                                              "RECORD_OUT")
            or (p.role == "NEEDED" and not any(q.role in ("CAP_OUT", "STRBUF") for q in f.params))]


def has_errmsg(defn, t):
    return any(g.name == t + "_errmsg" for g in defn["functions"])


def has_free(defn, t):
    return any(g.name == t + "_free" for g in defn["functions"])


def num(v):
    if v == float("inf"):
        return "INFINITY"
    if v == float("-inf"):
        return "-INFINITY"
    return repr(float(v))


def gen_c(defn, digest, constraint, resolve):
    L = []
    w = L.append
    w("/* SPDX-License-Identifier: GPL-3.0-or-later */")
    w("/*")
    w(" * Generated from api/ctrend_api.h by bindings/gen/gen_api.py. DO NOT EDIT.")
    w(" * Definition sha256 %s" % digest)
    w(" *")
    w(" * .Call wrappers ctr_api_<function> for every function of the definition that can be")
    w(" * wrapped generically (the rest: bindings/gen/unbound.txt), and their registration table")
    w(" * ctr_api_call_methods. To use them, register them from R_init_ctrend:")
    w(" *     ctr_api_register(dll, call_methods);   (instead of R_registerRoutines(...))")
    w(" * which registers the package's own table and this one together.")
    w(" */")
    w("#include <math.h>")
    w("#include <stdint.h>")
    w("#include <string.h>")
    w("#include <R.h>")
    w("#include <Rinternals.h>")
    w("#include <R_ext/Rdynload.h>")
    w("#include <ctrend.h>")
    w("")
    w(C_HELPERS)
    # enum value tables
    for tag, e in defn["enums"].items():
        vals = ", ".join(str(v) for _n, v in e["values"])
        w("static const double api_enum_%s[] = {%s};" % (tag, vals))
    w("")
    gen_records(defn, constraint, w)
    # finalizers
    types = sorted({handle_type(p.ctype) for f in defn["functions"] for p in f.params
                    if handle_type(p.ctype)} | {handle_type(f.ret) for f in defn["functions"]
                                               if handle_type(f.ret)})
    for t in types:
        if has_free(defn, t):
            w("static void api_fin_%s(SEXP x)" % t)
            w("{")
            w("    %s *p = (%s *)R_ExternalPtrAddr(x);" % (t, t))
            w("    if (p) {")
            w("        R_ClearExternalPtr(x);")
            w("        %s_free(p);" % t)
            w("    }")
            w("}")
            w("")
    names = []
    for f in defn["functions"]:
        if bindable(defn, f):
            continue
        names.append((f.name, len(r_args(f))))
        gen_wrapper(defn, f, w, constraint)
    w("const R_CallMethodDef ctr_api_call_methods[] = {")
    for n, k in names:
        w("    {\"ctr_api_%s\", (DL_FUNC)&ctr_api_%s, %d}," % (n, n, k))
    w("    {NULL, NULL, 0}};")
    w("const int ctr_api_n_call_methods = %d;" % len(names))
    w("")
    w(C_REGISTER % (len(names)))
    return "\n".join(L) + "\n"


C_HELPERS = r'''#define API_WHOLE_MAX 9007199254740992.0 /* 2^53 */

static void api_fail(const char *fn, const char *arg, const char *what);

/* The n named fields `want` of a record given as a named numeric vector or list: every one
 * present once, nothing else (each error names the argument and the field). Returns the
 * record as a list, PROTECTed once (the caller unprotects it after reading v). */
static SEXP api_rec_fields(SEXP x, const char *const *want, int n, SEXP *v, const char *fn,
                           const char *arg)
{
    if (Rf_isFactor(x) || (TYPEOF(x) != VECSXP && TYPEOF(x) != REALSXP && TYPEOF(x) != INTSXP))
        api_fail(fn, arg, "must be a named numeric vector or list");
    SEXP names = Rf_getAttrib(x, R_NamesSymbol);
    if (names == R_NilValue) api_fail(fn, arg, "must have names");
    SEXP l = PROTECT(TYPEOF(x) == VECSXP ? x : Rf_coerceVector(x, VECSXP));
    for (int k = 0; k < n; ++k) v[k] = NULL;
    for (R_xlen_t i = 0; i < XLENGTH(l); ++i) {
        const char *nm = CHAR(STRING_ELT(names, i));
        int k = 0;
        while (k < n && strcmp(nm, want[k]) != 0) ++k;
        if (k == n) Rf_error("ctrend: %s: argument '%s' has no field '%s'", fn, arg, nm);
        if (v[k]) Rf_error("ctrend: %s: argument '%s' gives field '%s' twice", fn, arg, nm);
        v[k] = VECTOR_ELT(l, i);
    }
    for (int k = 0; k < n; ++k)
        if (!v[k]) Rf_error("ctrend: %s: argument '%s' needs field '%s'", fn, arg, want[k]);
    return l;
}

static void api_set_names(SEXP x, const char *const *nm, int n)
{
    SEXP names = PROTECT(Rf_allocVector(STRSXP, n));
    for (int i = 0; i < n; ++i) SET_STRING_ELT(names, i, Rf_mkChar(nm[i]));
    Rf_setAttrib(x, R_NamesSymbol, names);
    UNPROTECT(1);
}

static void api_fail(const char *fn, const char *arg, const char *what)
{
    Rf_error("ctrend: %s: argument '%s' %s", fn, arg, what);
}

static double api_num(SEXP x, const char *fn, const char *arg)
{
    if ((TYPEOF(x) != REALSXP && TYPEOF(x) != INTSXP && TYPEOF(x) != LGLSXP) ||
        XLENGTH(x) != 1 || Rf_isFactor(x))
        api_fail(fn, arg, "must be a single number");
    if (TYPEOF(x) == REALSXP) return REAL(x)[0];
    int v = TYPEOF(x) == INTSXP ? INTEGER(x)[0] : LOGICAL(x)[0];
    return v == NA_INTEGER ? NA_REAL : (double)v;
}

/* A whole number in [lo, hi] (integer C types; hi at most 2^53). */
static double api_whole(SEXP x, const char *fn, const char *arg, double lo, double hi)
{
    double v = api_num(x, fn, arg);
    if (!(v >= lo && v <= hi) || v != floor(v)) {
        char buf[160];
        snprintf(buf, sizeof buf, "must be a whole number in [%.17g, %.17g], got %.17g", lo, hi, v);
        api_fail(fn, arg, buf);
    }
    return v;
}

static double api_real(SEXP x, const char *fn, const char *arg, double lo, double hi,
                       int lo_open, int hi_open)
{
    double v = api_num(x, fn, arg);
    int ok = (lo_open ? v > lo : v >= lo) && (hi_open ? v < hi : v <= hi);
    if (!ok) {
        char buf[160];
        snprintf(buf, sizeof buf, "must be in %s%.17g, %.17g%s, got %.17g", lo_open ? "(" : "[",
                 lo, hi, hi_open ? ")" : "]", v);
        api_fail(fn, arg, buf);
    }
    return v;
}

static double api_oneof(SEXP x, const char *fn, const char *arg, const double *vals, size_t n)
{
    double v = api_num(x, fn, arg);
    for (size_t i = 0; i < n; ++i)
        if (v == vals[i]) return v;
    char buf[160];
    size_t len = (size_t)snprintf(buf, sizeof buf, "must be one of");
    for (size_t i = 0; i < n && len < sizeof buf; ++i)
        len += (size_t)snprintf(buf + len, sizeof buf - len, " %.17g", vals[i]);
    api_fail(fn, arg, buf);
    return v;
}

static const char *api_str(SEXP x, const char *fn, const char *arg, int optional)
{
    if (optional && (x == R_NilValue || (Rf_isString(x) && XLENGTH(x) == 1 &&
                                         STRING_ELT(x, 0) == NA_STRING)))
        return NULL;
    if (!Rf_isString(x) || XLENGTH(x) != 1 || STRING_ELT(x, 0) == NA_STRING)
        api_fail(fn, arg, optional ? "must be a single string or NULL" : "must be a single string");
    return Rf_translateCharUTF8(STRING_ELT(x, 0));
}

static const char *api_bytes(SEXP x, const char *fn, const char *arg, size_t *len)
{
    if (TYPEOF(x) == RAWSXP) {
        *len = (size_t)XLENGTH(x);
        return (const char *)RAW(x);
    }
    const char *s = api_str(x, fn, arg, 0);
    *len = strlen(s);
    return s;
}

static size_t api_mul(size_t a, size_t b, const char *fn)
{
    if (b != 0 && a > SIZE_MAX / b) Rf_error("ctrend: %s: array size overflows", fn);
    return a * b;
}

/* A numeric vector as REALSXP (coerced from integer/logical), R_NilValue if optional and NULL. */
static SEXP api_dblvec(SEXP x, const char *fn, const char *arg, int optional)
{
    if (optional && x == R_NilValue) return R_NilValue;
    if (Rf_isFactor(x) || (TYPEOF(x) != REALSXP && TYPEOF(x) != INTSXP && TYPEOF(x) != LGLSXP))
        api_fail(fn, arg, optional ? "must be a numeric vector or NULL" : "must be a numeric vector");
    return TYPEOF(x) == REALSXP ? x : Rf_coerceVector(x, REALSXP);
}

static void api_need(SEXP x, size_t need, const char *fn, const char *arg)
{
    if (x != R_NilValue && (size_t)XLENGTH(x) != need) {
        char buf[160];
        snprintf(buf, sizeof buf, "must have length %.0f, got %.0f", (double)need,
                 (double)XLENGTH(x));
        api_fail(fn, arg, buf);
    }
}

static size_t *api_sizevec(SEXP v, const char *fn, const char *arg)
{
    if (v == R_NilValue) return NULL;
    size_t n = (size_t)XLENGTH(v);
    size_t *out = (size_t *)R_alloc(n ? n : 1, sizeof *out);
    for (size_t i = 0; i < n; ++i) {
        double d = REAL(v)[i];
        if (!(d >= 0 && d <= API_WHOLE_MAX) || d != floor(d))
            api_fail(fn, arg, "must hold whole numbers >= 0");
        out[i] = (size_t)d;
    }
    return out;
}

static int *api_intvec(SEXP v, const char *fn, const char *arg)
{
    if (v == R_NilValue) return NULL;
    size_t n = (size_t)XLENGTH(v);
    int *out = (int *)R_alloc(n ? n : 1, sizeof *out);
    for (size_t i = 0; i < n; ++i) {
        double d = REAL(v)[i];
        if (!(d >= -2147483647.0 && d <= 2147483647.0) || d != floor(d))
            api_fail(fn, arg, "must hold whole numbers (32-bit)");
        out[i] = (int)d;
    }
    return out;
}

static void *api_handle(SEXP x, const char *tag, const char *fn, const char *arg, int optional)
{
    if (optional && x == R_NilValue) return NULL;
    if (TYPEOF(x) != EXTPTRSXP || R_ExternalPtrTag(x) != Rf_install(tag)) {
        char buf[160];
        snprintf(buf, sizeof buf, "must be a %s handle%s", tag, optional ? " or NULL" : "");
        api_fail(fn, arg, buf);
    }
    void *p = R_ExternalPtrAddr(x);
    if (!p) api_fail(fn, arg, "has been freed (or was restored from a saved session)");
    return p;
}

static SEXP api_wrap(void *p, const char *tag, R_CFinalizer_t fin, SEXP prot)
{
    SEXP x = PROTECT(R_MakeExternalPtr(p, Rf_install(tag), prot));
    if (fin) R_RegisterCFinalizerEx(x, fin, TRUE);
    Rf_setAttrib(x, R_ClassSymbol, PROTECT(Rf_mkString("ctrend_handle")));
    UNPROTECT(2);
    return x;
}

static SEXP api_string(const char *s)
{
    if (!s) return R_NilValue;
    return Rf_ScalarString(Rf_mkCharCE(s, CE_UTF8));
}

static SEXP api_sizes_to_real(const size_t *v, size_t n)
{
    SEXP out = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)n));
    for (size_t i = 0; i < n; ++i) REAL(out)[i] = (double)v[i];
    UNPROTECT(1);
    return out;
}

/* A ctrend_error as list(code, message, file, line, column, key). */
static SEXP api_error_list(const ctrend_error *e)
{
    static const char *const nm[] = {"code", "message", "file", "line", "column", "key", ""};
    SEXP out = PROTECT(Rf_mkNamed(VECSXP, nm));
    SET_VECTOR_ELT(out, 0, Rf_ScalarInteger(e->code));
    SET_VECTOR_ELT(out, 1, api_string(e->message));
    SET_VECTOR_ELT(out, 2, api_string(e->file));
    SET_VECTOR_ELT(out, 3, Rf_ScalarReal((double)e->line));
    SET_VECTOR_ELT(out, 4, Rf_ScalarReal((double)e->column));
    SET_VECTOR_ELT(out, 5, api_string(e->key));
    UNPROTECT(1);
    return out;
}

/* The message of a failed call's error record, "FILE:LINE:COL: [key] message" (R-allocated). */
static const char *api_error_text(const ctrend_error *e)
{
    size_t need = 0;
    if (ctrend_error_format(e, NULL, 0, &need) != CTREND_OK || need == 0) return "";
    char *buf = R_alloc(need, 1);
    return ctrend_error_format(e, buf, need, NULL) == CTREND_OK ? buf : "";
}

/* A list as made by api_error_list back into a record (through ctrend_error_set's rules). */
static void api_error_from(SEXP x, ctrend_error *e, const char *fn, const char *arg)
{
    if (TYPEOF(x) != VECSXP) api_fail(fn, arg, "must be a list(code, message, file, line, column, key)");
    SEXP names = Rf_getAttrib(x, R_NamesSymbol);
    SEXP v[6] = {R_NilValue, R_NilValue, R_NilValue, R_NilValue, R_NilValue, R_NilValue};
    static const char *const want[] = {"code", "message", "file", "line", "column", "key"};
    for (R_xlen_t i = 0; names != R_NilValue && i < XLENGTH(x); ++i)
        for (int k = 0; k < 6; ++k)
            if (strcmp(CHAR(STRING_ELT(names, i)), want[k]) == 0) v[k] = VECTOR_ELT(x, i);
    const int code = v[0] == R_NilValue ? 0 : (int)api_whole(v[0], fn, "code", 0, 2147483647.0);
    const double line = v[3] == R_NilValue ? 0 : api_whole(v[3], fn, "line", 0, API_WHOLE_MAX);
    const double col = v[4] == R_NilValue ? 0 : api_whole(v[4], fn, "column", 0, API_WHOLE_MAX);
    ctrend_error_set(e, code, v[2] == R_NilValue ? NULL : api_str(v[2], fn, "file", 1),
                     (int64_t)line, (int64_t)col,
                     v[5] == R_NilValue ? NULL : api_str(v[5], fn, "key", 1),
                     v[1] == R_NilValue ? NULL : api_str(v[1], fn, "message", 1));
}

/* list(value, message, outputs...) with names */
static SEXP api_result(SEXP value, const char *msg, int n_out, const SEXP *outs,
                       const char *const *names)
{
    SEXP res = PROTECT(Rf_allocVector(VECSXP, 2 + n_out));
    SEXP nm = PROTECT(Rf_allocVector(STRSXP, 2 + n_out));
    SET_VECTOR_ELT(res, 0, value);
    SET_VECTOR_ELT(res, 1, Rf_mkString(msg ? msg : ""));
    SET_STRING_ELT(nm, 0, Rf_mkChar("value"));
    SET_STRING_ELT(nm, 1, Rf_mkChar("message"));
    for (int i = 0; i < n_out; ++i) {
        SET_VECTOR_ELT(res, 2 + i, outs[i]);
        SET_STRING_ELT(nm, 2 + i, Rf_mkChar(names[i]));
    }
    Rf_setAttrib(res, R_NamesSymbol, nm);
    UNPROTECT(2);
    return res;
}
'''

C_REGISTER = r'''/*
 * Register the package's own routines (`own`, terminated by {NULL, NULL, 0}) together with
 * ctr_api_call_methods, then forbid dynamic look-up (as R_init_ctrend does today).
 */
void ctr_api_register(DllInfo *dll, const R_CallMethodDef *own);
void ctr_api_register(DllInfo *dll, const R_CallMethodDef *own)
{
    static R_CallMethodDef all[%d + 512 + 1];
    size_t k = 0;
    for (size_t i = 0; own && own[i].name && k < 512; ++i) all[k++] = own[i];
    for (int i = 0; i < ctr_api_n_call_methods; ++i) all[k++] = ctr_api_call_methods[i];
    all[k].name = NULL;
    all[k].fun = NULL;
    all[k].numArgs = 0;
    R_registerRoutines(dll, NULL, all, NULL, NULL);
    R_useDynamicSymbols(dll, FALSE);
    R_forceSymbols(dll, TRUE);
}'''


def gen_wrapper(defn, f, w, constraint):
    der = derived_lengths(f)
    rargs = r_args(f)
    sig = ", ".join("SEXP s_%s" % p.name for p in rargs) or "void"
    w("SEXP ctr_api_%s(%s);" % (f.name, sig))
    w("SEXP ctr_api_%s(%s)" % (f.name, sig))
    w("{")
    w("    static const char FN[] = \"%s\";" % f.name)
    w("    (void)FN;")
    w("    int nprot = 0;")
    decl_after = []
    # 1. inputs that other lengths come from, and scalars
    for p in f.params:
        t = p.ctype
        if p.role in ("ARRAY_IN", "ARRAY_IN_OPT"):
            opt = 1 if p.role == "ARRAY_IN_OPT" else 0
            w("    SEXP v_%s = PROTECT(api_dblvec(s_%s, FN, \"%s\", %d));" % (p.name, p.name, p.name, opt))
            w("    ++nprot;")
        elif p.role == "BYTES":
            ln = p.args[0].strip()
            w("    size_t a_%s;" % ln)
            w("    const char *a_%s = api_bytes(s_%s, FN, \"%s\", &a_%s);" % (p.name, p.name, p.name, ln))
    for ln, src in der.items():
        sp = next(q for q in f.params if q.name == src)
        if sp.role == "BYTES":
            continue
        w("    size_t a_%s = (size_t)XLENGTH(v_%s);" % (ln, src))
        lp = next(q for q in f.params if q.name == ln)
        c = constraint(defn, lp)
        if c and c[0] == "range" and c[1][0] > 0:
            w("    if (a_%s < %d) api_fail(FN, \"%s\", \"must have length >= %d\");"
              % (ln, int(c[1][0]), src, int(c[1][0])))
    for p in rargs:
        t = p.ctype
        if p.role in ("ARRAY_IN", "ARRAY_IN_OPT", "BYTES"):
            continue
        if p.role == "ERROR_IN":
            w("    ctrend_error a_%s;" % p.name)
            w("    api_error_from(s_%s, &a_%s, FN, \"%s\");" % (p.name, p.name, p.name))
            continue
        if p.role in ("RECORD_IN", "RECORD_IN_OPT"):
            tag = record_tag(p.ctype)
            w("    %s b_%s;" % (tag, p.name))
            w("    const %s *a_%s = api_rec_in_%s(s_%s, &b_%s, FN, \"%s\", %d);"
              % (tag, p.name, tag, p.name, p.name, p.name, int(p.role == "RECORD_IN_OPT")))
            continue
        ht = handle_type(t)
        if ht:
            opt = 1 if p.role == "HANDLE_OPT" else 0
            w("    %s a_%s = (%s)api_handle(s_%s, \"%s\", FN, \"%s\", %d);"
              % (t, p.name, t, p.name, ht, p.name, opt))
            continue
        if t == "const char *":
            opt = 1 if p.role == "STR_OPT" else 0
            w("    const char *a_%s = api_str(s_%s, FN, \"%s\", %d);" % (p.name, p.name, p.name, opt))
            continue
        c = constraint(defn, p)
        cast = t
        if t in INT_LIMITS or t in defn["enums"]:
            lim = INT_LIMITS.get(t, (-2147483647.0, 2147483647.0))
            if c and c[0] == "range":
                lo, hi = max(float(c[1][0]), lim[0]), min(float(c[1][1]), lim[1])
                if c[1][2]:
                    lo = lo + 1
                if c[1][3]:
                    hi = hi - 1
                w("    %s a_%s = (%s)api_whole(s_%s, FN, \"%s\", %s, %s);"
                  % (t, p.name, cast, p.name, p.name, num(lo), num(hi)))
            elif c and c[0] == "enum":
                n = len(defn["enums"][c[1]]["values"])
                w("    %s a_%s = (%s)api_oneof(s_%s, FN, \"%s\", api_enum_%s, %d);"
                  % (t, p.name, cast, p.name, p.name, c[1], n))
            elif c and c[0] == "oneof":
                vals = ", ".join(num(v) for v in c[1])
                w("    static const double oneof_%s[] = {%s};" % (p.name, vals))
                w("    %s a_%s = (%s)api_oneof(s_%s, FN, \"%s\", oneof_%s, %d);"
                  % (t, p.name, cast, p.name, p.name, p.name, len(c[1])))
            else:
                w("    %s a_%s = (%s)api_whole(s_%s, FN, \"%s\", %s, %s);"
                  % (t, p.name, cast, p.name, p.name, num(lim[0]), num(lim[1])))
        elif t == "double":
            if c and c[0] == "range":
                lo, hi, lo_open, hi_open = c[1]
                w("    double a_%s = api_real(s_%s, FN, \"%s\", %s, %s, %d, %d);"
                  % (p.name, p.name, p.name, num(lo), num(hi), int(lo_open), int(hi_open)))
            else:
                w("    double a_%s = api_num(s_%s, FN, \"%s\");" % (p.name, p.name, p.name))
        else:
            raise ValueError("%s: no R conversion for %s %s" % (f.name, t, p.name))
    # 2. input arrays: length checks and pointers
    for p in f.params:
        if p.role not in ("ARRAY_IN", "ARRAY_IN_OPT"):
            continue
        e = elem_type(p.ctype)
        expr = p.args[0].strip()
        if der.get(expr) != p.name:
            w("    api_need(v_%s, %s, FN, \"%s\");" % (p.name, c_expr(f, expr), p.name))
        if e == "double":
            w("    const double *a_%s = v_%s == R_NilValue ? NULL : REAL(v_%s);"
              % (p.name, p.name, p.name))
        elif e == "size_t":
            w("    const size_t *a_%s = api_sizevec(v_%s, FN, \"%s\");" % (p.name, p.name, p.name))
        elif e == "int":
            w("    const int *a_%s = api_intvec(v_%s, FN, \"%s\");" % (p.name, p.name, p.name))
        else:
            raise ValueError("%s: array of %s" % (f.name, e))
    # 3. outputs
    outs = outputs_of(f)
    capout = [p for p in f.params if p.role == "CAP_OUT" or (p.role == "STRBUF" and any(
        q.role == "NEEDED" for q in f.params))]
    needed = [p for p in f.params if p.role == "NEEDED"]
    capname = {p.args[0].strip(): p for p in capout}
    for p in f.params:
        if p.role == "CAP":
            w("    size_t a_%s = 0;" % p.name)
        elif p.role == "NEEDED":
            w("    size_t a_%s = 0;" % p.name)
        elif p.role in ("OUT", "OUT_OPT"):
            e = elem_type(p.ctype)
            if e == "char *":  # const char **: a borrowed string
                w("    const char *a_%s = NULL;" % p.name)
            else:
                w("    %s a_%s = 0;" % (e, p.name))
        elif p.role == "HANDLE_OUT":
            w("    %s a_%s = NULL;" % (base_type(p.ctype)[:-1].strip(), p.name))
        elif p.role == "ERROR_OUT":
            w("    ctrend_error a_%s;" % p.name)
            w("    ctrend_error_clear(&a_%s);" % p.name)
        elif p.role == "RECORD_OUT":
            w("    %s a_%s;" % (record_tag(p.ctype), p.name))
            w("    memset(&a_%s, 0, sizeof a_%s);" % (p.name, p.name))
    call_args = []
    for p in f.params:
        if p.role in ("OUT", "OUT_OPT", "NEEDED", "HANDLE_OUT", "ERROR_OUT", "ERROR_IN",
                      "RECORD_OUT"):
            call_args.append("&a_%s" % p.name)
        else:
            call_args.append("a_%s" % p.name)
    if capout and needed:
        # size query first
        qargs = []
        for p in f.params:
            if p.role in ("CAP_OUT", "STRBUF"):
                qargs.append("NULL")
            elif p.role in ("ARRAY_OUT", "ARRAY_OUT_OPT"):
                qargs.append("NULL")
            elif p.role in ("OUT", "OUT_OPT", "NEEDED", "HANDLE_OUT", "ERROR_OUT", "ERROR_IN"):
                qargs.append("&a_%s" % p.name)
            else:
                qargs.append("a_%s" % p.name)
        w("    int q = %s(%s);" % (f.name, ", ".join(qargs)))
        w("    if (q != CTREND_OK) {")
        w("        UNPROTECT(nprot);")
        w("        return api_result(Rf_ScalarInteger(q), %s, 0, NULL, NULL);" % errmsg_expr(defn, f))
        w("    }")
        for p in capout:
            # CAP_OUT(cap, size): that output's own size (a second output beside the one
            # NEEDED reports, e.g. ctrend_baseline_forecast's h points beside its samples)
            size = c_expr(f, p.args[1].strip()) if len(p.args) > 1 else "a_" + needed[0].name
            w("    a_%s = %s;" % (p.args[0].strip(), size))
    for p in f.params:
        if p.role == "CAP_OUT" and not needed:
            size = p.args[1].strip() if len(p.args) > 1 else None
            if size is None:
                raise ValueError("%s: CAP_OUT without NEEDED needs a size" % f.name)
            w("    a_%s = %s;" % (p.args[0].strip(), c_expr(f, size)))
    for p in f.params:
        if p.role in ("ARRAY_OUT", "ARRAY_OUT_OPT", "CAP_OUT"):
            e = elem_type(p.ctype)
            ln = ("a_%s" % p.args[0].strip()) if p.role == "CAP_OUT" else c_expr(f, p.args[0])
            if e == "double":
                w("    SEXP o_%s = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)%s));" % (p.name, ln))
                w("    ++nprot;")
                w("    double *a_%s = REAL(o_%s);" % (p.name, p.name))
            elif e in ("int", "int32_t"):
                w("    SEXP o_%s = PROTECT(Rf_allocVector(INTSXP, (R_xlen_t)%s));" % (p.name, ln))
                w("    ++nprot;")
                w("    %s *a_%s = (%s *)INTEGER(o_%s);" % (e, p.name, e, p.name))
            elif e == "size_t":
                w("    size_t n_%s = %s;" % (p.name, ln))
                w("    size_t *a_%s = (size_t *)R_alloc(n_%s ? n_%s : 1, sizeof(size_t));"
                  % (p.name, p.name, p.name))
        elif p.role == "STRBUF":
            if not (capout and needed):
                size = c_expr(f, p.args[1]) if len(p.args) > 1 else "64"
                w("    a_%s = %s;" % (p.args[0].strip(), size))
            w("    char *a_%s = R_alloc(a_%s ? a_%s : 1, 1);"
              % (p.name, p.args[0].strip(), p.args[0].strip()))
    # 4. call
    ret = f.ret
    if ret == "void":
        w("    %s(%s);" % (f.name, ", ".join(call_args)))
    else:
        w("    %s r = %s(%s);" % (ret, f.name, ", ".join(call_args)))
    if f.ret_role == "FREE":
        hp = f.params[0]
        w("    if (s_%s != R_NilValue) R_ClearExternalPtr(s_%s);" % (hp.name, hp.name))
        w("    UNPROTECT(nprot);")
        w("    return R_NilValue;")
        w("}")
        w("")
        return
    # wrap new handles at once (before any allocation that could fail)
    for p in f.params:
        if p.role == "HANDLE_OUT":
            ht = handle_type(p.ctype)
            fin = "api_fin_%s" % ht if has_free(defn, ht) else "NULL"
            if f.ret_role == "STATUS":
                w("    if (r != CTREND_OK && a_%s) {" % p.name)
                msg = "%s_errmsg(a_%s)" % (ht, p.name) if has_errmsg(defn, ht) else "\"\""
                w("        SEXP m = PROTECT(Rf_mkString(%s));" % msg)
                w("        %s_free(a_%s);" % (ht, p.name))
                w("        UNPROTECT(nprot + 1);")
                w("        return api_result(Rf_ScalarInteger(r), CHAR(STRING_ELT(m, 0)), 0, NULL, NULL);")
                w("    }")
            w("    SEXP o_%s = PROTECT(a_%s ? api_wrap(a_%s, \"%s\", %s, R_NilValue) : R_NilValue);"
              % (p.name, p.name, p.name, ht, fin))
            w("    ++nprot;")
    if f.ret_role == "STATUS":
        w("    if (r != CTREND_OK) {")
        w("        UNPROTECT(nprot);")
        w("        return api_result(Rf_ScalarInteger(r), %s, 0, NULL, NULL);" % errmsg_expr(defn, f))
        w("    }")
    # value
    if f.ret_role in ("STATUS",):
        w("    SEXP val = PROTECT(Rf_ScalarInteger(r));")
    elif f.ret_role == "VOID":
        w("    SEXP val = PROTECT(R_NilValue);")
    elif f.ret_role == "STRING":
        w("    SEXP val = PROTECT(api_string(r));")
    elif f.ret_role == "HANDLE_BORROWED":
        owner = next(p for p in f.params if handle_type(p.ctype))
        w("    SEXP val = PROTECT(r ? api_wrap((void *)r, \"%s\", NULL, s_%s) : R_NilValue);"
          % (handle_type(ret), owner.name))
    elif ret in ("int", "int32_t"):
        w("    SEXP val = PROTECT(Rf_ScalarInteger((int)r));")
    else:
        w("    SEXP val = PROTECT(Rf_ScalarReal((double)r));")
    w("    ++nprot;")
    # outputs
    onames = []
    for p in outs:
        e = elem_type(p.ctype)
        if p.role in ("ARRAY_OUT", "ARRAY_OUT_OPT", "CAP_OUT"):
            if e == "size_t":
                w("    SEXP o_%s = PROTECT(api_sizes_to_real(a_%s, n_%s));" % (p.name, p.name, p.name))
                w("    ++nprot;")
        elif p.role in ("OUT", "OUT_OPT", "NEEDED"):
            if e == "char *":
                w("    SEXP o_%s = PROTECT(api_string(a_%s));" % (p.name, p.name))
            elif e in ("int", "int32_t"):
                w("    SEXP o_%s = PROTECT(Rf_ScalarInteger((int)a_%s));" % (p.name, p.name))
            else:
                w("    SEXP o_%s = PROTECT(Rf_ScalarReal((double)a_%s));" % (p.name, p.name))
            w("    ++nprot;")
        elif p.role == "STRBUF":
            w("    SEXP o_%s = PROTECT(api_string(a_%s));" % (p.name, p.name))
            w("    ++nprot;")
        elif p.role == "ERROR_OUT":
            w("    SEXP o_%s = PROTECT(api_error_list(&a_%s));" % (p.name, p.name))
            w("    ++nprot;")
        elif p.role == "RECORD_OUT":
            w("    SEXP o_%s = PROTECT(api_rec_out_%s(&a_%s));"
              % (p.name, record_tag(p.ctype), p.name))
            w("    ++nprot;")
        onames.append(p.name)
    if onames:
        w("    const SEXP outs[] = {%s};" % ", ".join("o_" + n for n in onames))
        w("    static const char *const names[] = {%s};" % ", ".join('"%s"' % n for n in onames))
        w("    SEXP res = api_result(val, \"\", %d, outs, names);" % len(onames))
    else:
        w("    SEXP res = api_result(val, \"\", 0, NULL, NULL);")
    w("    UNPROTECT(nprot);")
    w("    return res;")
    w("}")
    w("")


def errmsg_expr(defn, f):
    for p in f.params:  # a function with an error record: its message (a failed constructor
        if p.role == "ERROR_OUT":  # returns no handle to ask)
            return "api_error_text(&a_%s)" % p.name
    for p in f.params:
        ht = handle_type(p.ctype)
        if ht and p.role in ("HANDLE", "HANDLE_OPT") and has_errmsg(defn, ht):
            return "a_%s ? %s_errmsg(a_%s) : \"\"" % (p.name, ht, p.name)
    return "\"\""


def r_name(fname):
    return "ct_api_" + fname[len("ctrend_"):]


def gen_r(defn, digest, constraint, resolve):
    L = []
    w = L.append
    w("# Generated from api/ctrend_api.h by bindings/gen/gen_api.py. DO NOT EDIT.")
    w("# Definition sha256 %s" % digest)
    w("#")
    w("# ct_api_enums[[tag]]: named integer vectors of every public enum (values pinned);")
    w("# ct_api_constants: every numeric CTREND_ #define; ct_api_args[[function]][[argument]]:")
    w("# list(type, role, lo, hi, lo_open, hi_open, values) from the definition;")
    w("# ct_api_<function>(...): calls .Call wrapper ctr_api_ctrend_<function> (src/api_generated.c;")
    w("# usable once R_init_ctrend calls ctr_api_register) and raises a ctrend_<code> condition")
    w("# on a non-zero status. One output: returned as is; several: a named list.")
    w("# Internal (not exported). Month indices, series and claim indices are 0-based, as in C.")
    w("")
    w("ct_api_enums <- list(")
    items = []
    for tag, e in defn["enums"].items():
        vals = ", ".join("%s = %dL" % (n, v) for n, v in e["values"])
        items.append("  %s = c(%s)" % (tag, vals))
    w(",\n".join(items))
    w(")")
    w("")
    w("ct_api_constants <- list(")
    items = []
    for name, kind, value in defn["constants"]:
        v = ("%dL" % value) if kind == "INT" and abs(value) < 2**31 else repr(float(value))
        if kind == "INT" and value == -2**31:
            v = "NA_integer_"  # INT32_MIN is R's NA_integer_
        items.append("  %s = %s" % (name, v))
    w(",\n".join(items))
    w(")")
    w("")
    w("ct_api_args <- list(")
    fitems = []
    for f in defn["functions"]:
        pitems = []
        for p in f.params:
            c = constraint(defn, p)
            fields = ["type = %s" % rstr(p.ctype), "role = %s" % rstr(p.role)]
            if c and c[0] == "range":
                lo, hi, lo_open, hi_open = c[1]
                fields += ["lo = %s" % rnum(lo), "hi = %s" % rnum(hi),
                           "lo_open = %s" % ("TRUE" if lo_open else "FALSE"),
                           "hi_open = %s" % ("TRUE" if hi_open else "FALSE")]
            elif c and c[0] == "oneof":
                fields.append("values = c(%s)" % ", ".join(rnum(v) for v in c[1]))
            elif c and c[0] == "enum":
                fields.append("enum = %s" % rstr(c[1]))
            if p.args:
                fields.append("args = c(%s)" % ", ".join(rstr(a) for a in p.args))
            pitems.append("    %s = list(%s)" % (p.name, ", ".join(fields)))
        fitems.append("  %s = list(%s)" % (f.name, ("\n" + ",\n".join(pitems) + "\n  ") if pitems else ""))
    w(",\n".join(fitems))
    w(")")
    w("")
    w(R_HELPERS)
    for f in defn["functions"]:
        if bindable(defn, f):
            continue
        args = [p.name for p in r_args(f)]
        outs = outputs_of(f)
        w("%s <- function(%s) {" % (r_name(f.name), ", ".join(args)))
        call = ", ".join(['ct_api_sym_("ctr_api_%s")' % f.name] + args)
        w("  r <- .Call(%s)" % call)
        if f.ret_role == "FREE":
            w("  invisible(NULL)")
            w("}")
            continue
        if f.ret_role == "STATUS":
            w("  if (r[[1L]] != 0L) ct_api_stop_(r[[1L]], r[[2L]], %s)" % rstr(f.name))
            if not outs:
                w("  invisible(NULL)")
            elif len(outs) == 1:
                w("  r[[3L]]")
            else:
                w("  r[-(1:2)]")
        else:
            if not outs:
                w("  r[[1L]]")
            else:
                w("  r[-2L]")
        w("}")
    w("")
    return "\n".join(L) + "\n"


R_HELPERS = r'''ct_api_dll_ <- function() "ctrend"
ct_api_syms_ <- new.env(parent = emptyenv())
# The registered routine `name` of the package's DLL (looked up once, then cached).
ct_api_sym_ <- function(name) {
  s <- ct_api_syms_[[name]]
  if (is.null(s)) {
    s <- getNativeSymbolInfo(name, getLoadedDLLs()[[ct_api_dll_()]])
    assign(name, s, envir = ct_api_syms_)
  }
  s
}

ct_api_stop_ <- function(status, message, where) {
  codes <- ct_api_enums$ctrend_status
  name <- names(codes)[match(status, codes)]
  if (is.na(name)) name <- "CTREND_UNKNOWN"
  detail <- if (nzchar(message)) message else name
  cls <- tolower(sub("^CTREND_", "ctrend_", name))
  cond <- structure(
    class = c(cls, "ctrend_error", "error", "condition"),
    list(message = paste0(where, ": ", name, ": ", detail), call = NULL,
         status = as.integer(status), name = name, detail = message)
  )
  stop(cond)
}

# Check one scalar argument against the definition (for hand-written code that wants the
# error before any .Call); returns the value. The .Call wrappers check again in C.
ct_api_check_ <- function(fn, arg, value) {
  a <- ct_api_args[[fn]][[arg]]
  if (is.null(a)) stop("ctrend: ", fn, " has no argument ", arg)
  fail <- function(what) stop(sprintf("ctrend: %s: argument '%s' %s", fn, arg, what), call. = FALSE)
  if (!is.numeric(value) || length(value) != 1L || is.factor(value)) fail("must be a single number")
  if (!is.null(a$lo)) {
    ok <- (if (a$lo_open) value > a$lo else value >= a$lo) &&
          (if (a$hi_open) value < a$hi else value <= a$hi)
    if (is.na(ok) || !ok) fail(sprintf("must be in %s%.17g, %.17g%s", if (a$lo_open) "(" else "[",
                                       a$lo, a$hi, if (a$hi_open) ")" else "]"))
  }
  if (!is.null(a$values) && !(value %in% a$values))
    fail(paste("must be one of", paste(a$values, collapse = ", ")))
  if (!is.null(a$enum) && !(value %in% ct_api_enums[[a$enum]]))
    fail(paste("must be a", a$enum, "value"))
  if (a$type != "double" && (is.na(value) || value != floor(value))) fail("must be a whole number")
  value
}
'''


def rstr(s):
    return '"%s"' % s.replace("\\", "\\\\").replace('"', '\\"')


def rnum(v):
    if v == float("inf"):
        return "Inf"
    if v == float("-inf"):
        return "-Inf"
    return repr(float(v)) if isinstance(v, float) else ("%d" % v if abs(v) < 2**53 else repr(float(v)))
