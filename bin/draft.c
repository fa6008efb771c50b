/*
 * draft.c — `ctrend claims draft`: from the text of a report to a first claims file
 * (contract in draft.h, user guide in docs/factcheck.md).
 *
 * Method (rule-based; every rule is written for the way reports state monthly counts):
 *  1. Lines. A line "January 2022:" (a month heading) sets the month of the lines below it; a
 *     short line without a full stop that names a group (through the alias table) sets the
 *     group(s) of the section below ("ISKP and ... (ISPP) Threat to the Region": both, read
 *     as the combined group "ISKP+ISPP" when a sentence names neither). A short label ending
 *     in ':' ("Locations:") is joined to the line after it when that starts with a figure.
 *  2. Sentences: a line is cut at '.', '!' or '?' followed by a space and a capital letter,
 *     a digit or a quotation mark, except after abbreviations (U.S., Dr., Lt., No., ...) and
 *     single capitals.
 *  3. Statistics in a sentence:
 *       counts       a number (digits, "1,500", or a number word up to twenty) followed by a
 *                    unit phrase of the alias table ("42 attacks", "48 of military",
 *                    "1 “arrest”"), optionally after a comparator ("more than 60");
 *                    "LABEL: N" when LABEL holds the unit ("Total attacks claimed by ISKP: 1");
 *       lists        counts whose units are all one family of breakdown series (attacks_blast,
 *                    attacks_sniper, ... or casualties_military, ...) become one part/total
 *                    claim: the parts' sum = the family's total (attacks_* -> attacks,
 *                    casualties_* -> what "casualties" means: deaths + injured);
 *                    "12 attacks in North Waziristan, 5 in DI Khan, ..." becomes one claim on
 *                    the regions' series = the total;
 *       casualties   a label "casualties" over N deaths and M injured also gives the claim
 *                    deaths + injured = N + M;
 *       changes      "down by more than 50%", "up 42%", "an 83% rise", "doubled", "halved",
 *                    "down by more than half", "two times", with the base "as compared to the
 *                    previous 2 months" (previous K), "than in January" (a month),
 *                    "year-on-year" (year-ago); no base named: written as a TODO;
 *       records      "highest ... since November 2014" (record ... highest since);
 *       regularity   "a daily occurrence", "on a daily basis", "every day" (daily ...).
 *  4. Periods: "from Jan to early Dec 2022", "between August 2021 and September 2022",
 *     "since August 2021" (to the report's month), "first half of 2023", "first four months of
 *     2022", "last month", "in February" (the year of the month heading above, else the
 *     latest such month not after the report's date), "2022-02". The report's date comes from
 *     --date, else from the text's first lines ("30 Dec": the year is then the latest year the
 *     text names, and the draft says so).
 *  5. Names: groups and metrics through the alias table (built in, draft_default_aliases; more
 *     with --aliases FILE). With --data, every series must exist in the data; a combined group
 *     "A+B" without the series falls back to A/m + B/m; otherwise the claim is a TODO naming
 *     the series that is missing.
 *  6. A sentence that names a day ("March 4th:", "on the 2nd of December") reports one
 *     incident: its figures are not monthly totals and are written as TODOs.
 * Output: one record per statistic, quote = the exact sentence, a generated id and the claim;
 * a record whose claim cannot be resolved is commented out whole, with "# TODO: what is
 * missing", so that the draft always parses.
 */
#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "draft.h"

/* Names, ids and messages live in fixed buffers and are cut when longer (a claim line of
 * several kilobytes is not useful in a draft): GCC's truncation warnings are expected here. */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wformat-truncation"
#endif

const char draft_default_aliases[] =
    "# ctrend claims draft: built-in alias table. Syntax of an --aliases FILE (read first, so\n"
    "# its phrases win):  group NAME = phrase, ...   metric NAME = phrase, ...   region NAME = phrase, ...\n"
    "# Phrases match case-insensitively as whole words (spaces match any run of spaces; quote\n"
    "# marks are ignored); the longest phrase wins. A metric NAME may be a sum: \"deaths + injured\".\n"
    "# A metric FAMILY_PART (attacks_blast) is a breakdown of FAMILY: a list of such counts is\n"
    "# checked against the FAMILY total (the metric the phrase FAMILY names).\n"
    "group TTP = Tehrik-i-Taliban Pakistan, Tehrik-e-Taliban Pakistan, Tehreek-e-Taliban Pakistan, "
    "Tehrik-e-Taliban, Pakistani Taliban, TTP\n"
    "group ISKP = Islamic State Khorasan Province, Islamic State Wilayah Khorasan, Islamic State Khorasan, "
    "Islamic State-Khorasan, IS-Khorasan, IS-KP, ISIS-K, IS-K, ISKP\n"
    "group ISPP = Islamic State Wilayah Pakistan, Islamic State Pakistan Province, ISPP\n"
    "group PICSS = Pakistan Institute for Conflict and Security Studies, PICSS\n"
    "metric attacks_blast = IED/landmine blasts, IED blasts, blasts, blast, bombings, IED attacks\n"
    "metric attacks_targeted = targeted attacks/assassinations, targeted assassinations, targeted attacks, "
    "targeted attack, targeted assassination\n"
    "metric attacks_ambush = ambush attacks, ambush attack, ambushes\n"
    "metric attacks_sniper = sniper attacks, sniper attack\n"
    "metric attacks_guerrilla = guerilla attacks, guerrilla attacks, guerilla attack, guerrilla attack\n"
    "metric attacks_other = other attacks, other attack\n"
    "metric attacks_retaliatory = retaliatory attacks/clashes, retaliatory attacks, retaliatory attack\n"
    "metric attacks_suicide = istishhadi attacks, istishhadi attack, suicide attacks, suicide attack, "
    "suicide bombings, suicide bombing\n"
    "metric attacks = attacks, attack, terrorist attacks, militant attacks, incidents\n"
    "metric deaths = deaths, death, killed, dead, fatalities\n"
    "metric injured = wounded, injured, injuries, injury\n"
    "metric arrests = arrests, arrest\n"
    "metric deaths + injured = casualties, killed or wounded, killed and wounded, killed and injured, "
    "deaths and injuries\n"
    "metric casualties_military = of military, military\n"
    "metric casualties_police = police, policemen\n"
    "metric casualties_fc = FC, Frontier Corps\n"
    "metric casualties_levies = Levies\n"
    "metric casualties_secret_services = secret services, secret service\n"
    "metric casualties_afghan_taliban = Afghan Taliban members, Afghan Taliban member\n"
    "region Khyber = Khyber Agency, Khyber District\n"
    "region DI Khan = D.I. Khan, Dera Ismail Khan, D I Khan\n"
    "region Khyber Pakhtunkhwa = KP, KPK, Khyber-Pakhtunkhwa\n";

/* ---- alias table ----------------------------------------------------------------------------- */

enum { AL_GROUP = 0, AL_METRIC = 1, AL_REGION = 2 };
typedef struct alias {
    int kind;
    char name[96];
    char phrase[96]; /* lower case */
    size_t len;
} alias;

typedef struct aliases {
    alias *a;
    size_t n, cap;
} aliases;

static int alias_add(aliases *t, int kind, const char *name, const char *phrase)
{
    for (size_t i = 0; i < t->n; ++i) /* an earlier entry (the user's file) wins */
        if (t->a[i].kind == kind && !strcasecmp(t->a[i].phrase, phrase)) return 0;
    if (t->n == t->cap) {
        const size_t cap = t->cap ? 2 * t->cap : 64;
        alias *na = realloc(t->a, cap * sizeof *na);
        if (!na) return -1;
        t->a = na;
        t->cap = cap;
    }
    alias *x = &t->a[t->n++];
    x->kind = kind;
    snprintf(x->name, sizeof x->name, "%s", name);
    snprintf(x->phrase, sizeof x->phrase, "%s", phrase);
    for (char *p = x->phrase; *p; ++p) *p = (char)tolower((unsigned char)*p);
    x->len = strlen(x->phrase);
    return 0;
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t') ++s;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n')) s[--n] = '\0';
    return s;
}

/* Read alias lines from text; returns 0, or the 1-based number of a bad line. */
static size_t alias_parse(aliases *t, const char *text)
{
    size_t lineno = 0;
    for (const char *p = text; *p;) {
        const size_t n = strcspn(p, "\n");
        char line[2048];
        snprintf(line, sizeof line, "%.*s", (int)(n < sizeof line ? n : sizeof line - 1), p);
        p += n;
        if (*p) ++p;
        ++lineno;
        char *s = trim(line);
        if (!*s || *s == '#') continue;
        int kind;
        if (!strncmp(s, "group ", 6)) kind = AL_GROUP, s += 6;
        else if (!strncmp(s, "metric ", 7)) kind = AL_METRIC, s += 7;
        else if (!strncmp(s, "region ", 7)) kind = AL_REGION, s += 7;
        else return lineno;
        char *eq = strchr(s, '=');
        if (!eq) return lineno;
        *eq = '\0';
        const char *name = trim(s);
        if (!*name) return lineno;
        for (char *ph = strtok(eq + 1, ","); ph; ph = strtok(NULL, ",")) {
            char *x = trim(ph);
            if (*x && alias_add(t, kind, name, x)) return lineno;
        }
    }
    return 0;
}

static int by_length_desc(const void *a, const void *b)
{
    const alias *x = a, *y = b;
    return x->len < y->len ? 1 : x->len > y->len ? -1 : 0;
}

/* ---- matching helpers ------------------------------------------------------------------------- */

/* The sentence as matched: ASCII lower case, quotation marks (straight and curly, same byte
 * length) and en/em dashes turned into spaces, so that positions in it are positions in the sentence. */
static void normalise(const char *s, char *out, size_t n)
{
    for (size_t i = 0; i < n; ++i) {
        const unsigned char c = (unsigned char)s[i];
        if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
            (((unsigned char)s[i + 2] >= 0x98 && (unsigned char)s[i + 2] <= 0x9F) ||
             (unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94)) { /* quotes, dashes */
            out[i] = out[i + 1] = out[i + 2] = ' ';
            i += 2;
            continue;
        }
        out[i] = c == '"' ? ' ' : (char)tolower(c);
    }
    out[n] = '\0';
}

static int is_word(unsigned char c) { return isalnum(c) || c >= 0x80; }

/* Does phrase (lower case) match at s (normalised)? Spaces match runs of spaces; the match
 * must end at a word boundary. Returns the length matched or 0. */
static size_t phrase_at(const char *s, const char *phrase)
{
    size_t i = 0;
    for (const char *p = phrase; *p; ++p) {
        if (*p == ' ') {
            if (s[i] != ' ') return 0;
            while (s[i] == ' ') ++i;
            continue;
        }
        if (s[i] != *p) return 0;
        ++i;
    }
    if (is_word((unsigned char)s[i]) && is_word((unsigned char)s[i - 1])) return 0;
    return i;
}

/* Longest alias of kind at position i of the normalised sentence (i at a word start). */
static const alias *alias_at(const aliases *t, int kind, const char *ns, size_t i, size_t *len)
{
    if (i > 0 && is_word((unsigned char)ns[i - 1])) return NULL;
    for (size_t k = 0; k < t->n; ++k) {
        if (t->a[k].kind != kind) continue;
        const size_t m = phrase_at(ns + i, t->a[k].phrase);
        if (m) {
            *len = m;
            return &t->a[k];
        }
    }
    return NULL;
}

static size_t skip_spaces(const char *ns, size_t i)
{
    while (ns[i] == ' ' || ns[i] == '\t') ++i;
    return i;
}

/* ---- numbers and months ------------------------------------------------------------------------ */

static const char *const number_words[] = {"zero", "one", "two", "three", "four", "five", "six",
                                           "seven", "eight", "nine", "ten", "eleven", "twelve",
                                           "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                           "eighteen", "nineteen", "twenty"};

/* A number at i of the normalised sentence: digits with thousands commas and decimals, or a
 * number word. Returns its length (0 if none) and the value. */
static size_t number_at(const char *ns, size_t i, double *v, int *is_word_number)
{
    if (i > 0 && (is_word((unsigned char)ns[i - 1]) || ns[i - 1] == '-' || ns[i - 1] == '/' ||
                  ns[i - 1] == '#' || ns[i - 1] == '.' || ns[i - 1] == ','))
        return 0;
    *is_word_number = 0;
    if (isdigit((unsigned char)ns[i])) {
        char buf[64];
        size_t k = 0, j = i;
        while ((isdigit((unsigned char)ns[j]) ||
                (ns[j] == ',' && isdigit((unsigned char)ns[j + 1]) && isdigit((unsigned char)ns[j + 2]) &&
                 isdigit((unsigned char)ns[j + 3]) && !isdigit((unsigned char)ns[j + 4])) ||
                (ns[j] == '.' && isdigit((unsigned char)ns[j + 1]))) &&
               k + 1 < sizeof buf) {
            if (ns[j] != ',') buf[k++] = ns[j];
            ++j;
        }
        buf[k] = '\0';
        if (isalpha((unsigned char)ns[j]) && strncmp(ns + j, "x ", 2)) return 0; /* 27th, 3rd, G3a */
        if (ns[j] == '-' && isalpha((unsigned char)ns[j + 1])) return 0;      /* 32-year-old */
        if (ns[j] == '/' || (ns[j] == '-' && isdigit((unsigned char)ns[j + 1]))) return 0; /* 9/11, 600-700 */
        *v = strtod(buf, NULL);
        return j - i;
    }
    for (size_t w = 0; w < sizeof number_words / sizeof number_words[0]; ++w) {
        const size_t m = phrase_at(ns + i, number_words[w]);
        if (m) {
            *v = (double)w;
            *is_word_number = 1;
            return m;
        }
    }
    return 0;
}

static const char *const month_names[12] = {"january", "february", "march", "april", "may", "june",
                                            "july", "august", "september", "october", "november", "december"};

/* A month name at i (original sentence s must have a capital there; "Sept", "Jan." too).
 * Returns its length and the month 0..11, or 0. */
static size_t month_name_at(const char *s, const char *ns, size_t i, int *mon)
{
    if (!isupper((unsigned char)s[i]) || (i > 0 && is_word((unsigned char)ns[i - 1]))) return 0;
    for (int m = 0; m < 12; ++m) {
        size_t k = phrase_at(ns + i, month_names[m]);
        if (!k && !strncmp(ns + i, month_names[m], 3) && !isalpha((unsigned char)ns[i + 3])) k = 3;
        if (!k && m == 8 && !strncmp(ns + i, "sept", 4) && !isalpha((unsigned char)ns[i + 4])) k = 4;
        if (k) {
            if (ns[i + k] == '.') ++k;
            *mon = m;
            return k;
        }
    }
    return 0;
}

/* A year 1900..2100 at i. */
static int year_at(const char *ns, size_t i, int *year)
{
    if (i > 0 && is_word((unsigned char)ns[i - 1])) return 0;
    for (int k = 0; k < 4; ++k)
        if (!isdigit((unsigned char)ns[i + (size_t)k])) return 0;
    if (is_word((unsigned char)ns[i + 4])) return 0;
    const int y = atoi(ns + i);
    if (y < 1900 || y > 2100) return 0;
    *year = y;
    return 4;
}

/* "MONTH [,] [YYYY]" at i: month index (year*12+m) when the year is given, else *year = 0. */
static size_t month_at(const char *s, const char *ns, size_t i, int *mon, int *year)
{
    const size_t k = month_name_at(s, ns, i, mon);
    if (!k) return 0;
    size_t j = i + k;
    if (ns[j] == ',') ++j;
    j = skip_spaces(ns, j);
    *year = 0;
    const int y = year_at(ns, j, year);
    return y ? j + 4 - i : k;
}

/* Is the word just before position i (after spaces) a month name? ("September 11", "Jan 30") */
static int month_before(const char *s, const char *ns, size_t i)
{
    size_t b = i;
    while (b > 0 && ns[b - 1] == ' ') --b;
    if (b == i) return 0;
    size_t a = b;
    while (a > 0 && isalpha((unsigned char)ns[a - 1])) --a;
    int mon;
    return b > a && month_name_at(s, ns, a, &mon) == b - a;
}

/* ---- the drafting state ---------------------------------------------------------------------------- */

#define MAX_ITEMS 24
/* Longest sentence analysed (bytes). A real sentence stating figures is well under 1000 bytes
 * (seed 004's longest list of locations is 330); longer "sentences" are text without full
 * stops (tables, lists run together) and are skipped with a note in the draft, which also
 * bounds the drafter's time per sentence. */
#define DRAFT_MAX_SENTENCE 4000
#define MAX_GROUPS 3

typedef struct item {
    double n;
    const alias *unit;   /* metric alias, or NULL for "N in PLACE" items of a location list */
    char region[96];     /* "N ... in PLACE" */
    char cmp[24];        /* comparator words ("more than"), "" for none */
    size_t at;           /* position in the sentence */
} item;

typedef struct drafter {
    aliases al;
    const draft_options *o;
    int32_t report_month;
    FILE *out;
    /* context */
    int32_t ctx_month;             /* from a month heading, or INT32_MIN */
    char ctx_groups[MAX_GROUPS][96];
    size_t n_ctx_groups;
    /* output */
    char **ids;
    size_t n_ids, cap_ids;
    size_t n_claims, n_todo;
    size_t line;
} drafter;

static void month_str(int32_t m, char *buf, size_t cap)
{
    char s[CTREND_MONTH_STRLEN_V2];
    if (ctrend_month_format_v2(m, s, sizeof s) != CTREND_OK) strcpy(s, "?");
    snprintf(buf, cap, "%s", s);
}

/* A month without a year: the year of the month heading above, else the latest such month
 * not after the report's month. */
static int32_t resolve_year(const drafter *d, int mon)
{
    if (d->ctx_month != INT32_MIN) return (d->ctx_month / 12) * 12 + mon;
    if (d->report_month == INT32_MIN) return INT32_MIN;
    int32_t m = (d->report_month / 12) * 12 + mon;
    if (m > d->report_month) m -= 12;
    return m;
}

/* ---- series names ------------------------------------------------------------------------------------ */

/* Append "G/metric[/"region"]" for each part of metric name (a sum "a + b") to buf; with data,
 * check each series (a combined group A+B without it: A/m + B/m). Returns 1, or 0 with the
 * missing series in why. */
static int series_expr(const drafter *d, const char *group, const char *metric, const char *region,
                       char *buf, size_t cap, char *why, size_t whycap)
{
    char parts[4][96];
    size_t np = 0;
    char tmp[192];
    snprintf(tmp, sizeof tmp, "%s", metric);
    for (char *p = strtok(tmp, "+"); p && np < 4; p = strtok(NULL, "+")) snprintf(parts[np++], sizeof parts[0], "%s", trim(p));
    for (size_t k = 0; k < np; ++k) {
        char one[512];
        char reg[128] = "";
        if (region && *region) snprintf(reg, sizeof reg, "/\"%s\"", region);
        size_t idx;
        if (!d->o->data || ctrend_frame_find(d->o->data, group, region ? region : "", parts[k], &idx) == CTREND_OK) {
            snprintf(one, sizeof one, "%s/%s%s", group, parts[k], reg);
        } else {
            /* combined group: the members' series */
            const char *plus = strchr(group, '+');
            int ok = plus != NULL;
            one[0] = '\0';
            char gs[96];
            snprintf(gs, sizeof gs, "%s", group);
            for (char *g = strtok(gs, "+"); g && ok; g = strtok(NULL, "+")) {
                if (ctrend_frame_find(d->o->data, g, region ? region : "", parts[k], &idx) != CTREND_OK) ok = 0;
                else {
                    const size_t u = strlen(one);
                    snprintf(one + u, sizeof one - u, "%s%s/%s%s", u ? " + " : "", g, parts[k], reg);
                }
            }
            if (!ok) {
                snprintf(why, whycap, "no series %s/%s%s in the data", group, parts[k], reg);
                return 0;
            }
        }
        const size_t u = strlen(buf);
        snprintf(buf + u, cap - u, "%s%s", u ? " + " : "", one);
    }
    return 1;
}

/* Append the series of metric to expr as series_expr does; when a series is missing (or no
 * group is known) append them by name anyway and set *todo to why, unless a TODO is set. */
static void series_or_todo(const drafter *d, int has_group, const char *group, const char *metric,
                           const char *region, char *expr, size_t cap, const char **todo, char *why,
                           size_t whycap)
{
    const size_t u0 = strlen(expr);
    if (has_group && series_expr(d, group, metric, region, expr, cap, why, whycap)) return;
    expr[u0] = '\0';
    if (!has_group) snprintf(why, whycap, "which group? (no group named in the sentence or its section)");
    char tmp[192];
    snprintf(tmp, sizeof tmp, "%s", metric);
    int first = 1;
    for (char *p = strtok(tmp, "+"); p; p = strtok(NULL, "+")) {
        const size_t u = strlen(expr);
        snprintf(expr + u, cap - u, "%s%s/%s%s%s%s", u ? " + " : "", has_group ? group : "?", trim(p),
                 region && *region ? "/\"" : "", region && *region ? region : "", region && *region ? "\"" : "");
        first = 0;
    }
    (void)first;
    if (!*todo) *todo = why;
}

/* ---- output ------------------------------------------------------------------------------------------- */

static void slug(const char *in, char *out, size_t cap)
{
    size_t k = 0;
    int dash = 0;
    for (const char *p = in; *p && k + 1 < cap; ++p) {
        const unsigned char c = (unsigned char)*p;
        if (isalnum(c)) {
            out[k++] = (char)tolower(c);
            dash = 0;
        } else if (!dash && k) {
            out[k++] = '-';
            dash = 1;
        }
    }
    while (k && out[k - 1] == '-') --k;
    out[k] = '\0';
}

static const char *unique_id(drafter *d, const char *want)
{
    static char id[200];
    snprintf(id, sizeof id, "%s", *want ? want : "claim");
    for (unsigned dup = 2;; ++dup) {
        size_t k = 0;
        while (k < d->n_ids && strcmp(d->ids[k], id)) ++k;
        if (k == d->n_ids) break;
        snprintf(id, sizeof id, "%.180s-%u", want, dup);
    }
    if (d->n_ids == d->cap_ids) {
        const size_t cap = d->cap_ids ? 2 * d->cap_ids : 64;
        char **ni = realloc(d->ids, cap * sizeof *ni);
        if (!ni) return id;
        d->ids = ni;
        d->cap_ids = cap;
    }
    d->ids[d->n_ids] = strdup(id);
    if (d->ids[d->n_ids]) ++d->n_ids;
    return id;
}

/* One record: claim != NULL and todo == NULL: active; else commented out with the TODO. */
static void emit(drafter *d, const char *quote, const char *id_hint, const char *claim, const char *todo,
                 const char *comment)
{
    char sl[160];
    slug(id_hint, sl, sizeof sl);
    const char *id = unique_id(d, sl);
    const int active = claim && !todo;
    const char *c = active ? "" : "# ";
    fprintf(d->out, "\n%s[%s]\n%squote = ", c, id, c);
    for (const char *p = quote; *p; ++p) fputc(*p == '\n' ? ' ' : *p, d->out);
    fprintf(d->out, "\n# line %zu", d->line);
    if (comment && *comment) fprintf(d->out, "; %s", comment);
    fputc('\n', d->out);
    if (todo) fprintf(d->out, "# TODO: %s\n", todo);
    if (claim) fprintf(d->out, "%sclaim = %s\n", c, claim);
    if (active) ++d->n_claims;
    else ++d->n_todo;
}

/* ---- periods --------------------------------------------------------------------------------------------- */

typedef struct period {
    int32_t first, last; /* INT32_MIN when none */
    char why[160];       /* unresolved: what is missing */
    int day;             /* a day of the month is named: one incident */
} period;

static const char *const ordinal_words[] = {"first", "second", "third", "fourth", "fifth", "sixth",
                                            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"};

/* Whether the sentence names a day of a month: "March 4th", "4th March", "the 2nd of
 * December", "August 27th", or without an ordinal "September 11", "Jan 30" (not a year). */
static int find_day(const char *s, const char *ns)
{
    const size_t n = strlen(ns);
    int day = 0;
    for (size_t i = 0; i < n; ++i) {
        /* a day: "March 4th", "4th March", "the 2nd of December", "August 27th" */
        if (isdigit((unsigned char)ns[i]) && (i == 0 || !is_word((unsigned char)ns[i - 1]))) {
            size_t j = i;
            while (isdigit((unsigned char)ns[j])) ++j;
            const int ord = !strncmp(ns + j, "st", 2) || !strncmp(ns + j, "nd", 2) || !strncmp(ns + j, "rd", 2) ||
                            !strncmp(ns + j, "th", 2);
            if (j - i <= 2 && atoi(ns + i) >= 1 && atoi(ns + i) <= 31 && (!ord || !is_word((unsigned char)ns[j + 2]))) {
                size_t k = skip_spaces(ns, ord ? j + 2 : j);
                if (!strncmp(ns + k, "of ", 3)) k = skip_spaces(ns, k + 3);
                int m0;
                if ((ord || k > j) && month_name_at(s, ns, k, &m0)) day = 1; /* "4th March", "26 April" */
                if (ord && month_before(s, ns, i)) day = 1;                    /* "March 4th" */
            }
        }
    }
    /* a day without an ordinal: "September 11", "Jan 30" (not a year) */
    for (size_t i = 0; i < n && !day; ++i)
        if (isdigit((unsigned char)ns[i]) && (i == 0 || !is_word((unsigned char)ns[i - 1])) && month_before(s, ns, i)) {
            size_t j = i;
            while (isdigit((unsigned char)ns[j])) ++j;
            if (j - i <= 2 && atoi(ns + i) >= 1 && atoi(ns + i) <= 31) day = 1;
        }
    return day;
}

/* "from M to M" (or "through", "-"), "between M and M" at ns + i (k: the first word's
 * length); a year named once serves both ends. 1 when it decided p (or p->why). */
static int range_from_to(const char *s, const char *ns, size_t i, size_t k, period *p)
{
    int mon, year, mon2, year2;
    const int between = ns[i] == 'b';
    size_t j = skip_spaces(ns, i + k);
    const size_t a = month_at(s, ns, j, &mon, &year);
    if (!a) return 0;
    j = skip_spaces(ns, j + a);
    size_t t = phrase_at(ns + j, between ? "and" : "to");
    if (!t && !between) t = phrase_at(ns + j, "through");
    if (!t) t = ns[j] == '-' ? 1 : 0;
    if (!t) return 0;
    j = skip_spaces(ns, j + t);
    size_t q;
    if ((q = phrase_at(ns + j, "early")) || (q = phrase_at(ns + j, "late")) || (q = phrase_at(ns + j, "mid")) ||
        (q = phrase_at(ns + j, "the end of")))
        j = skip_spaces(ns, j + q);
    if (!month_at(s, ns, j, &mon2, &year2)) return 0;
    if (!year2) year2 = year ? year : 0;
    if (!year) year = year2 ? (mon <= mon2 ? year2 : year2 - 1) : 0;
    if (!year || !year2) {
        snprintf(p->why, sizeof p->why, "the year of the range is not named");
        return 1;
    }
    p->first = year * 12 + mon;
    p->last = year2 * 12 + mon2;
    return 1;
}

/* A range or a relative period: "from M to M", "between M and M", "since M", "first/second
 * half of YYYY", "first N months of YYYY", "last month". 1 when one decided p (or p->why). */
static int find_range(const drafter *d, const char *s, const char *ns, period *p)
{
    const size_t n = strlen(ns);
    int mon, year;
    for (size_t i = 0; i < n; ++i) {
        if (i > 0 && is_word((unsigned char)ns[i - 1])) continue;
        size_t k;
        if ((k = phrase_at(ns + i, "from")) || (k = phrase_at(ns + i, "between"))) {
            if (range_from_to(s, ns, i, k, p)) return 1;
            continue;
        }
        if ((k = phrase_at(ns + i, "since"))) {
            size_t j = skip_spaces(ns, i + k);
            size_t q;
            if ((q = phrase_at(ns + j, "early")) || (q = phrase_at(ns + j, "late")) || (q = phrase_at(ns + j, "mid")))
                j = skip_spaces(ns, j + q);
            const size_t a = month_at(s, ns, j, &mon, &year);
            if (a && !strstr(ns, "highest") && !strstr(ns, "lowest")) {
                const int32_t first = year ? year * 12 + mon : resolve_year(d, mon);
                if (first == INT32_MIN || d->report_month == INT32_MIN) {
                    snprintf(p->why, sizeof p->why, "\"since\": the report's date is not known (--date)");
                    return 1;
                }
                p->first = first;
                p->last = d->report_month;
                return 1;
            }
        }
        if ((k = phrase_at(ns + i, "first half of")) || (k = phrase_at(ns + i, "second half of"))) {
            const size_t j = skip_spaces(ns, i + k);
            if (year_at(ns, j, &year)) {
                p->first = year * 12 + (ns[i] == 'f' ? 0 : 6);
                p->last = p->first + 5;
                return 1;
            }
        }
        if ((k = phrase_at(ns + i, "first"))) {
            size_t j = skip_spaces(ns, i + k);
            double v;
            int w;
            const size_t m = number_at(ns, j, &v, &w);
            if (m && v >= 1 && v <= 12) {
                j = skip_spaces(ns, j + m);
                const size_t mm = phrase_at(ns + j, "months of");
                if (mm && year_at(ns, skip_spaces(ns, j + mm), &year)) {
                    p->first = year * 12;
                    p->last = year * 12 + (int32_t)v - 1;
                    return 1;
                }
            }
        }
        if (phrase_at(ns + i, "last month")) {
            if (d->report_month == INT32_MIN) {
                snprintf(p->why, sizeof p->why, "\"last month\": the report's date is not known (--date)");
                return 1;
            }
            p->first = p->last = d->report_month - 1;
            return 1;
        }
    }
    return 0;
}

/* One month: the first month name of the sentence that is not the base of a comparison,
 * else the month heading above; p->why says why there is none. */
static void find_one_month(const drafter *d, const char *s, const char *ns, period *p)
{
    const size_t n = strlen(ns);
    int mon, year;
    (void)ordinal_words;
    for (size_t i = 0; i < n; ++i) {
        const size_t a = month_at(s, ns, i, &mon, &year);
        if (!a) continue;
        /* "compared to January", "than in January", "from January": a base, not the target */
        size_t b = i;
        while (b > 0 && ns[b - 1] == ' ') --b;
        if ((b >= 4 && !strncmp(ns + b - 4, "than", 4)) || (b >= 2 && !strncmp(ns + b - 2, "to", 2) && b >= 11 &&
                                                            strstr(ns + (b > 14 ? b - 14 : 0), "compared")) ||
            (b >= 7 && !strncmp(ns + b - 7, "than in", 7)) || (b >= 4 && !strncmp(ns + b - 4, "with", 4)) ||
            (b >= 5 && !strncmp(ns + b - 5, "since", 5)))
            continue;
        p->first = p->last = year ? year * 12 + mon : resolve_year(d, mon);
        if (p->first == INT32_MIN) snprintf(p->why, sizeof p->why, "the year of %s is not known (--date)", month_names[mon]);
        return;
    }
    if (d->ctx_month != INT32_MIN) {
        p->first = p->last = d->ctx_month;
        return;
    }
    snprintf(p->why, sizeof p->why, "no month named");
}

/* The period a sentence speaks of (see the method, 4). */
static void find_period(const drafter *d, const char *s, const char *ns, period *p)
{
    p->first = p->last = INT32_MIN;
    p->why[0] = '\0';
    p->day = find_day(s, ns);
    if (find_range(d, s, ns, p)) return;
    find_one_month(d, s, ns, p);
}

/* ---- one sentence --------------------------------------------------------------------------------------- */

/* The distinct groups whose aliases occur in the normalised text ns, in order of first
 * occurrence (at most MAX_GROUPS); returns how many were written into found. */
static size_t groups_named(const drafter *d, const char *ns, char found[][96])
{
    size_t nf = 0;
    for (size_t i = 0; ns[i] && nf < MAX_GROUPS; ++i) {
        size_t len;
        const alias *a = alias_at(&d->al, AL_GROUP, ns, i, &len);
        if (!a) continue;
        size_t k = 0;
        while (k < nf && strcmp(found[k], a->name)) ++k;
        if (k == nf) snprintf(found[nf++], sizeof found[0], "%s", a->name);
        i += len - 1;
    }
    return nf;
}

/* Groups named in the sentence (alias matches, in order), or the section's. Writes the group
 * name ("A+B" for two) into g. Returns 1, or 0 when none is known. */
static int sentence_group(const drafter *d, const char *ns, char *g, size_t cap, int *explicit)
{
    char found[MAX_GROUPS][96];
    size_t nf = groups_named(d, ns, found);
    *explicit = nf > 0;
    if (nf == 0) {
        if (!d->n_ctx_groups) return 0;
        for (size_t k = 0; k < d->n_ctx_groups; ++k) snprintf(found[k], sizeof found[0], "%s", d->ctx_groups[k]);
        nf = d->n_ctx_groups;
    }
    /* "by TTP and ISKP" in one sentence of counts: the combined group when the sentence
     * joins them with '+' or "and"; otherwise the first named */
    if (nf >= 2 && *explicit && !(strstr(ns, " + ") || strstr(ns, " and "))) nf = 1;
    g[0] = '\0';
    for (size_t k = 0; k < nf && k < 2; ++k) {
        const size_t u = strlen(g);
        snprintf(g + u, cap - u, "%s%s", k ? "+" : "", found[k]);
    }
    return 1;
}

/* The family of a breakdown metric ("attacks_blast" -> "attacks"), "" if none. */
static void family_of(const char *metric, char *fam, size_t cap)
{
    const char *u = strchr(metric, '_');
    if (!u || strchr(metric, '+')) {
        fam[0] = '\0';
        return;
    }
    snprintf(fam, cap, "%.*s", (int)(u - metric), metric);
}

/* The metric a family's total means: the metric alias whose phrase is the family's name. */
static const char *family_total(const drafter *d, const char *fam)
{
    for (size_t k = 0; k < d->al.n; ++k)
        if (d->al.a[k].kind == AL_METRIC && !strcmp(d->al.a[k].phrase, fam)) return d->al.a[k].name;
    return fam;
}

static const char *const comparators[][2] = {
    {"more than", "more than"}, {"over", "more than"},   {"at least", "at least"},
    {"about", "about"},         {"around", "about"},     {"approximately", "about"},
    {"roughly", "about"},       {"nearly", "nearly"},    {"almost", "almost"},
    {"less than", "less than"}, {"fewer than", "less than"}, {"up to", "at most"},
    {"at most", "at most"},     {"at least", "at least"},
};

/* Comparator words just before position i of ns (into cmp), "" if none. */
static void comparator_before(const char *ns, size_t i, char *cmp, size_t cap)
{
    cmp[0] = '\0';
    while (i > 0 && ns[i - 1] == ' ') --i;
    for (size_t k = 0; k < sizeof comparators / sizeof comparators[0]; ++k) {
        const size_t n = strlen(comparators[k][0]);
        if (i >= n && !strncmp(ns + i - n, comparators[k][0], n) && (i == n || !is_word((unsigned char)ns[i - n - 1]))) {
            snprintf(cmp, cap, "%s", comparators[k][1]);
            return;
        }
    }
}

/* A region name after "in " at j of the sentence s: capitalised words up to ',', ';', '.',
 * " and" or the end. Returns its length or 0. */
static size_t region_at(const drafter *d, const char *s, const char *ns, size_t j, char *out, size_t cap)
{
    int mon;
    if (!isupper((unsigned char)s[j]) || month_name_at(s, ns, j, &mon)) return 0;
    size_t e = j;
    while (s[e] && s[e] != ',' && s[e] != ';' && s[e] != '.' && s[e] != '(' && strncmp(ns + e, " and ", 5)) ++e;
    while (e > j && s[e - 1] == ' ') --e;
    if (e - j >= cap || e == j) return 0;
    snprintf(out, cap, "%.*s", (int)(e - j), s + j);
    for (size_t k = 0; k < d->al.n; ++k) /* a region alias names the data's region */
        if (d->al.a[k].kind == AL_REGION && d->al.a[k].len == e - j && !strncmp(ns + j, d->al.a[k].phrase, e - j)) {
            snprintf(out, cap, "%s", d->al.a[k].name);
            break;
        }
    return e - j;
}

/* The unit of a count at i with no unit after it (j: after the number) from the verb before
 * it or "lives" after it: "killed more than 60 people", "claimed 52 lives", "killing 144
 * people". NULL when neither names a metric alias. */
static const alias *verb_unit(const drafter *d, const char *ns, size_t i, size_t j)
{
    static const char *const verbs[][2] = {{"killed", "killed"}, {"killing", "killed"},
                                           {"wounded", "wounded"}, {"wounding", "wounded"},
                                           {"injured", "injured"}, {"injuring", "injured"}};
    const alias *u = NULL;
    size_t b = i;
    while (b > 0 && ns[b - 1] == ' ') --b;
    char cmp0[24];
    comparator_before(ns, i, cmp0, sizeof cmp0);
    if (*cmp0) { /* step over the comparator's words */
        for (int wds = 0; wds < (strchr(cmp0, ' ') ? 2 : 1) && b > 0; ++wds) {
            while (b > 0 && ns[b - 1] != ' ') --b;
            while (b > 0 && ns[b - 1] == ' ') --b;
        }
    }
    for (size_t k2 = 0; k2 < sizeof verbs / sizeof *verbs && !u; ++k2) {
        const size_t L = strlen(verbs[k2][0]);
        if (b >= L && !strncmp(ns + b - L, verbs[k2][0], L) && (b == L || !is_word((unsigned char)ns[b - L - 1])))
            for (size_t q = 0; q < d->al.n && !u; ++q)
                if (d->al.a[q].kind == AL_METRIC && !strcmp(d->al.a[q].phrase, verbs[k2][1])) u = &d->al.a[q];
    }
    if (!u && phrase_at(ns + j, "lives"))
        for (size_t q = 0; q < d->al.n && !u; ++q)
            if (d->al.a[q].kind == AL_METRIC && !strcmp(d->al.a[q].phrase, "killed")) u = &d->al.a[q];
    return u;
}

/* The longest metric alias in the label ending at the ':' before b ("LABEL: N"): the label
 * runs from the previous ':' (or the start). NULL when none. */
static const alias *label_unit(const drafter *d, const char *ns, size_t b)
{
    const alias *lu = NULL;
    size_t q0 = b - 1;
    while (q0 > 0 && ns[q0 - 1] != ':') --q0;
    for (size_t q = q0; q + 1 < b; ++q) {
        size_t l2;
        const alias *a = alias_at(&d->al, AL_METRIC, ns, q, &l2);
        if (a && (!lu || a->len > lu->len)) lu = a;
    }
    return lu;
}

/* Counts of the sentence: "N [of] UNIT [in PLACE]", "N in PLACE" after a located count,
 * and "LABEL: N". */
static size_t find_counts(const drafter *d, const char *s, const char *ns, item *it, size_t cap)
{
    const size_t n = strlen(ns);
    size_t k = 0;
    int located = 0;
    const alias *last_unit = NULL;
    for (size_t i = 0; i < n && k < cap; ++i) {
        double v;
        int w;
        const size_t m = number_at(ns, i, &v, &w);
        if (!m) continue;
        if (!w && m <= 2 && month_before(s, ns, i)) continue; /* a day: "September 11 attacks" */
        int yr;
        size_t j = skip_spaces(ns, i + m);
        size_t len = 0;
        const alias *u = alias_at(&d->al, AL_METRIC, ns, j, &len);
        if (!u && (!strncmp(ns + j, "of ", 3))) { /* "48 of military" is an alias; "5 of the attacks" */
            const size_t j2 = skip_spaces(ns, j + 3);
            u = alias_at(&d->al, AL_METRIC, ns, j2, &len);
            if (u) j = j2;
        }
        if (!u && year_at(ns, i, &yr)) continue;
        if (!u && (u = verb_unit(d, ns, i, j))) len = 0;
        if (w && !u) continue;
        item *x = &it[k];
        memset(x, 0, sizeof *x);
        x->n = v;
        x->at = i;
        comparator_before(ns, i, x->cmp, sizeof x->cmp);
        if (u) {
            x->unit = u;
            last_unit = u;
            size_t e = skip_spaces(ns, j + len);
            if (phrase_at(ns + e, "in")) {
                const size_t r = region_at(d, s, ns, skip_spaces(ns, e + 2), x->region, sizeof x->region);
                if (r) located = 1;
            }
            ++k;
            i = j + len - 1;
            continue;
        }
        if (phrase_at(ns + j, "in") && (located || ns[skip_spaces(ns, i + m)] == 'i')) {
            const size_t r = region_at(d, s, ns, skip_spaces(ns, j + 2), x->region, sizeof x->region);
            if (r && (located || i == 0 || strchr(":", ns[i > 1 ? i - 2 : 0]) || k > 0 ||
                      strstr(ns, "location"))) {
                x->unit = last_unit;
                ++k;
                located = 1;
                i = j + 2 + r - 1;
                continue;
            }
        }
        /* "LABEL: N" with the unit in the label */
        size_t b = i;
        while (b > 0 && ns[b - 1] == ' ') --b;
        if (b > 0 && ns[b - 1] == ':' && !is_word((unsigned char)ns[i + m])) {
            const alias *lu = label_unit(d, ns, b);
            if (lu) {
                x->unit = lu;
                ++k;
            }
        }
    }
    return k;
}

/* A percentage, multiple or "half" change in the sentence: writes the claim's TEST ("down
 * more than 50%") into test. Returns 1 if found. */
static int find_change(const char *ns, char *test, size_t cap)
{
    static const char *const down_w[] = {"down", "fell", "fall", "decrease", "decreased", "drop", "dropped",
                                         "declined", "decline", "lower", "reduction", "fewer"};
    static const char *const up_w[] = {"up", "rose", "rise", "increase", "increased", "surge", "surged",
                                       "higher", "jump", "jumped", "grew", "more"};
    const size_t n = strlen(ns);
    const char *dir = NULL;
    for (size_t i = 0; i < n && !dir; ++i) {
        if (i > 0 && is_word((unsigned char)ns[i - 1])) continue;
        for (size_t k = 0; k < sizeof down_w / sizeof *down_w && !dir; ++k)
            if (phrase_at(ns + i, down_w[k])) dir = "down";
        for (size_t k = 0; k < sizeof up_w / sizeof *up_w && !dir; ++k)
            if (phrase_at(ns + i, up_w[k]) && strcmp(up_w[k], "more")) dir = "up";
    }
    for (size_t i = 0; i < n; ++i) {
        double v;
        int w;
        const size_t m = number_at(ns, i, &v, &w);
        size_t j = m ? skip_spaces(ns, i + m) : 0;
        if (m && (ns[i + m] == '%' || phrase_at(ns + j, "percent") || phrase_at(ns + j, "per cent"))) {
            char cmp[24];
            comparator_before(ns, i, cmp, sizeof cmp);
            if (!dir) return 0;
            snprintf(test, cap, "%s %s%s%g%%", dir, cmp, *cmp ? " " : "", v);
            return 1;
        }
        if (m && (phrase_at(ns + j, "times") || phrase_at(ns + j, "fold"))) {
            snprintf(test, cap, "up %gx", v);
            return 1;
        }
    }
    if (strstr(ns, "doubled")) {
        snprintf(test, cap, "%s", strstr(ns, "more than doubled") ? "more than doubled" : "doubled");
        return 1;
    }
    if (strstr(ns, "halved")) {
        snprintf(test, cap, "halved");
        return 1;
    }
    if (dir && !strcmp(dir, "down") && strstr(ns, "more than half")) {
        snprintf(test, cap, "down more than 50%%");
        return 1;
    }
    if (dir && !strcmp(dir, "down") && strstr(ns, "by half")) {
        snprintf(test, cap, "halved");
        return 1;
    }
    return 0;
}

/* The base of a change: "previous K", a month, "year-ago"; "" when none is named. */
static void find_base(const drafter *d, const char *s, const char *ns, char *base, size_t cap)
{
    base[0] = '\0';
    const char *p;
    if ((p = strstr(ns, "previous")) || (p = strstr(ns, "preceding")) || (p = strstr(ns, "past"))) {
        /* step over the word found: "previous" (8), "preceding" (9) or "past" (4) */
        const size_t word = !strncmp(p, "previous", 8) ? 8 : !strncmp(p, "preceding", 9) ? 9 : 4;
        size_t j = skip_spaces(ns, (size_t)(p - ns) + word);
        double v;
        int w;
        const size_t m = number_at(ns, j, &v, &w);
        if (m && phrase_at(ns + skip_spaces(ns, j + m), "months")) {
            snprintf(base, cap, "previous %g", v);
            return;
        }
        if (phrase_at(ns + j, "month")) {
            snprintf(base, cap, "previous 1");
            return;
        }
    }
    if (strstr(ns, "year-on-year") || strstr(ns, "a year earlier") || strstr(ns, "a year ago") ||
        strstr(ns, "same month last year") || strstr(ns, "year on year")) {
        snprintf(base, cap, "year-ago");
        return;
    }
    static const char *const before[] = {"compared to ", "compared with ", "than in ", "than ", "from ", "over "};
    for (size_t k = 0; k < sizeof before / sizeof *before; ++k) {
        for (const char *q = ns; (q = strstr(q, before[k])) != NULL; ++q) {
            size_t j = (size_t)(q - ns) + strlen(before[k]);
            if (!strncmp(ns + j, "the ", 4)) j += 4;
            int mon, year;
            if (month_at(s, ns, j, &mon, &year)) {
                const int32_t m = year ? year * 12 + mon : resolve_year(d, mon);
                if (m != INT32_MIN) {
                    month_str(m, base, cap);
                    return;
                }
            }
        }
    }
    if (strstr(ns, "last month") || strstr(ns, "month before") || strstr(ns, "month-on-month"))
        snprintf(base, cap, "previous 1");
}

/* Analyse one sentence and write its records. */
/* The first unit phrase (metric alias) of the sentence, or NULL. */
static const alias *first_unit(const drafter *d, const char *ns)
{
    for (size_t i = 0; ns[i]; ++i) {
        size_t len;
        const alias *u = alias_at(&d->al, AL_METRIC, ns, i, &len);
        if (u) return u;
    }
    return NULL;
}

/* What a sentence says, shared by the kinds of record it may give (sentence()). */
typedef struct sent {
    const char *s, *ns;       /* the sentence, and normalised */
    int has_group;
    char group[200];          /* "x" without one */
    period p;
    char m1[32], m2[32];      /* its months ("x" without) */
    char when[80];            /* "in M", "over M..M" or "in ?" */
    const char *todo;         /* why the records are TODO, or NULL */
    char todo_buf[320];
    item it[MAX_ITEMS];       /* its counts */
    size_t ni;
} sent;

/* A change: "down by more than 50% ... as compared to the previous 2 months". */
static void emit_change(drafter *d, const sent *x, const char *test)
{
    char claim[4096], why[256], hint[256], base[64], expr[2048] = "";
    const alias *u = first_unit(d, x->ns);
    const char *t = x->todo;
    if (!u) t = t ? t : "which series? (no unit word such as attacks or deaths)";
    series_or_todo(d, x->has_group, x->group, u ? u->name : "?", NULL, expr, sizeof expr, &t, why, sizeof why);
    find_base(d, x->s, x->ns, base, sizeof base);
    if (!t && !*base) t = "compared with what? (no base named; month on month would be 'vs previous 1')";
    snprintf(claim, sizeof claim, "change %s %s vs %s %s", expr, x->when, *base ? base : "?", test);
    snprintf(hint, sizeof hint, "%s-%s-%s-change", x->group, x->m1, u ? u->name : "x");
    emit(d, x->s, hint, claim, t, NULL);
}

/* A record: "highest ... since MONTH" (since: where "since" starts in ns). */
static void emit_record(drafter *d, const sent *x, int highest, const char *since)
{
    char claim[4096], why[256], hint[256], sm[32] = "", expr[2048] = "";
    const size_t j = skip_spaces(x->ns, (size_t)(since - x->ns) + 5);
    int mon, year;
    const alias *u = first_unit(d, x->ns);
    if (month_at(x->s, x->ns, j, &mon, &year) && year) month_str(year * 12 + mon, sm, sizeof sm);
    const char *t = x->todo;
    if (!u && !t) t = "which series? (no unit word)";
    if (!*sm && !t) t = "since when? (no month and year after 'since')";
    series_or_todo(d, x->has_group, x->group, u ? u->name : "?", NULL, expr, sizeof expr, &t, why, sizeof why);
    snprintf(claim, sizeof claim, "record %s in %s %s since %s", expr, x->p.first != INT32_MIN ? x->m1 : "?",
             highest ? "highest" : "lowest", *sm ? sm : "?");
    snprintf(hint, sizeof hint, "%s-%s-record", x->group, x->m1);
    emit(d, x->s, hint, claim, t, NULL);
}

/* Regularity: "a daily occurrence", "on a daily basis", "every day". */
static void emit_daily(drafter *d, const sent *x)
{
    char claim[4096], why[256], hint[256], expr[2048] = "";
    const alias *u = first_unit(d, x->ns);
    const char *t = x->todo;
    series_or_todo(d, x->has_group, x->group, u ? u->name : "attacks", NULL, expr, sizeof expr, &t, why, sizeof why);
    snprintf(claim, sizeof claim, "daily %s %s", expr, x->when);
    snprintf(hint, sizeof hint, "%s-%s-daily", x->group, x->m1);
    emit(d, x->s, hint, claim, t, u ? NULL : "unit assumed: attacks");
}

/* A list of parts that add up: a breakdown family (fam) or regions. */
static void emit_parts(drafter *d, const sent *x, int by_region, const char *fam, double sum)
{
    char claim[4096], why[256], hint[256];
    const item *it = x->it;
    const char *metric = by_region ? (it[0].unit ? it[0].unit->name : "attacks") : NULL;
    const char *total = by_region ? metric : family_total(d, fam);
    char lhs[3000] = "", rhs[1024] = "";
    const char *t = x->todo;
    for (size_t i = 0; i < x->ni; ++i) {
        series_or_todo(d, x->has_group, x->group, by_region ? metric : it[i].unit->name,
                       by_region ? it[i].region : NULL, lhs, sizeof lhs, &t, why, sizeof why);
    }
    series_or_todo(d, x->has_group, x->group, total, NULL, rhs, sizeof rhs, &t, why, sizeof why);
    snprintf(claim, sizeof claim, "value %s %s = %s", lhs, x->when, rhs);
    char c2[200];
    snprintf(c2, sizeof c2, "%s: the parts add up to %g", by_region ? "by region" : "a breakdown", sum);
    snprintf(hint, sizeof hint, "%s-%s-%s-%s", x->group, x->m1, by_region ? metric : fam,
             by_region ? "by-region" : "breakdown");
    emit(d, x->s, hint, claim, t, c2);
}

/* One record per count with a unit, and deaths + injured when the sentence gives both as
 * casualties ("Total casualties ...: N deaths, M injuries"). */
static void emit_values(drafter *d, const sent *x)
{
    char claim[4096], why[256], hint[256];
    const item *it = x->it;
    double dsum = 0;
    int has_d = 0, has_i = 0;
    for (size_t i = 0; i < x->ni; ++i) {
        if (!it[i].unit) continue;
        const char *metric = it[i].unit->name;
        char expr[2048] = "";
        const char *t = x->todo;
        series_or_todo(d, x->has_group, x->group, metric, it[i].region[0] ? it[i].region : NULL, expr, sizeof expr,
                       &t, why, sizeof why);
        char fig[64];
        snprintf(fig, sizeof fig, "%s%s%g", *it[i].cmp ? it[i].cmp : "=", " ", it[i].n);
        if (x->p.first != INT32_MIN && x->p.first != x->p.last)
            snprintf(claim, sizeof claim, "sum %s over %s..%s %s", expr, x->m1, x->m2, fig);
        else
            snprintf(claim, sizeof claim, "value %s %s %s", expr, x->when, fig);
        if (x->p.first != x->p.last) snprintf(hint, sizeof hint, "%s-%s-%s-%s", x->group, x->m1, x->m2, metric);
        else snprintf(hint, sizeof hint, "%s-%s-%s", x->group, x->m1, metric);
        emit(d, x->s, hint, claim, t, NULL);
        if (!strcmp(metric, "deaths") && !*it[i].cmp) dsum += it[i].n, has_d = 1;
        if (!strcmp(metric, "injured") && !*it[i].cmp) dsum += it[i].n, has_i = 1;
    }
    if (has_d && has_i && (strstr(x->ns, "casualties") || strstr(x->ns, "killed and"))) {
        char expr[2048] = "";
        const char *t = x->todo;
        series_or_todo(d, x->has_group, x->group, "deaths + injured", NULL, expr, sizeof expr, &t, why, sizeof why);
        snprintf(claim, sizeof claim, "value %s %s = %g", expr, x->when, dsum);
        snprintf(hint, sizeof hint, "%s-%s-casualties", x->group, x->m1);
        emit(d, x->s, hint, claim, t, "casualties: deaths + injured");
    }
}

/* The sentence's group, period, months and what makes its records TODO. */
static void sentence_facts(drafter *d, sent *x, int *incident)
{
    int explicit;
    x->has_group = sentence_group(d, x->ns, x->group, sizeof x->group, &explicit);
    if (!x->has_group) snprintf(x->group, sizeof x->group, "x");
    find_period(d, x->s, x->ns, &x->p);
    if (x->p.day) *incident = 1;
    snprintf(x->m1, sizeof x->m1, "x");
    snprintf(x->m2, sizeof x->m2, "x");
    if (x->p.first != INT32_MIN) {
        month_str(x->p.first, x->m1, sizeof x->m1);
        month_str(x->p.last, x->m2, sizeof x->m2);
    }
    snprintf(x->when, sizeof x->when, "in ?");
    if (x->p.first != INT32_MIN)
        snprintf(x->when, sizeof x->when, x->p.first == x->p.last ? "in %s" : "over %s..%s", x->m1, x->m2);
    x->todo = NULL;
    if (!x->has_group) x->todo = "which group? (no group named in the sentence or its section)";
    else if (x->p.first == INT32_MIN) {
        snprintf(x->todo_buf, sizeof x->todo_buf, "which month? (%s)", x->p.why);
        x->todo = x->todo_buf;
    } else if (*incident)
        x->todo = x->p.day ? "the figures of one incident (a day is named), not a monthly total"
                           : "the figures of one incident (the paragraph names a day), not a monthly total";
}

/* Analyse one sentence and write its records. *incident: set when the sentence names a day
 * (and read: a sentence after one in the same paragraph is about the same incident). */
static void sentence(drafter *d, const char *s, int *incident)
{
    const size_t n = strlen(s);
    char *ns = malloc(n + 8);
    if (!ns) return;
    normalise(s, ns, n);
    memset(ns + n, 0, 8);
    sent sx, *x = &sx;
    x->s = s;
    x->ns = ns;
    sentence_facts(d, x, incident);
    x->ni = find_counts(d, s, ns, x->it, MAX_ITEMS);
    char test[64];
    if (find_change(ns, test, sizeof test)) emit_change(d, x, test);
    const char *hi = strstr(ns, "highest"), *lo = strstr(ns, "lowest"), *since = strstr(ns, "since");
    if ((hi || lo) && since) emit_record(d, x, hi != NULL, since);
    if (strstr(ns, "daily occurrence") || strstr(ns, "daily basis") || strstr(ns, "every day")) emit_daily(d, x);

    /* lists: a breakdown family, or regions */
    size_t n_region = 0, n_family = 0;
    char fam[64] = "", f2[64];
    for (size_t i = 0; i < x->ni; ++i) {
        if (x->it[i].region[0]) ++n_region;
        if (!x->it[i].unit) continue;
        family_of(x->it[i].unit->name, f2, sizeof f2);
        if (*f2 && (!*fam || !strcmp(fam, f2))) {
            snprintf(fam, sizeof fam, "%s", f2);
            ++n_family;
        }
    }
    double sum = 0;
    for (size_t i = 0; i < x->ni; ++i) sum += x->it[i].n;
    if (x->ni >= 2 && (n_region == x->ni || n_family == x->ni)) emit_parts(d, x, n_region == x->ni, fam, sum);
    else emit_values(d, x);
    free(ns);
}

/* ---- lines and sentences ---------------------------------------------------------------------------------- */

static int is_abbrev_before(const char *s, size_t i)
{
    /* s[i] == '.': "U.S.", "Dr.", single capitals, "No." */
    static const char *const ab[] = {"Mr", "Mrs", "Ms", "Dr", "Lt", "Gen", "Col", "St", "No", "vs", "etc", "Jan", "Feb",
                                     "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "approx", "Govt", "govt", "Maj", "Capt"};
    size_t a = i;
    while (a > 0 && isalpha((unsigned char)s[a - 1])) --a;
    const size_t n = i - a;
    if (n == 1 && isupper((unsigned char)s[a])) return 1;
    for (size_t k = 0; k < sizeof ab / sizeof *ab; ++k)
        if (strlen(ab[k]) == n && !strncmp(s + a, ab[k], n)) return 1;
    return 0;
}

/* Split a line into sentences and analyse each. */
static void line_sentences(drafter *d, const char *line)
{
    const size_t n = strlen(line);
    int incident = 0;
    size_t start = 0;
    for (size_t i = 0; i <= n; ++i) {
        int end = i == n;
        if (!end && (line[i] == '.' || line[i] == '!' || line[i] == '?') && line[i + 1] == ' ') {
            size_t j = i + 1;
            while (line[j] == ' ') ++j;
            const unsigned char c = (unsigned char)line[j];
            if ((isupper(c) || isdigit(c) || c == '"' || c == 0xE2) && !(line[i] == '.' && is_abbrev_before(line, i)))
                end = 1;
        }
        if (!end) continue;
        size_t e = i < n ? i + 1 : n;
        size_t a = start;
        while (a < e && (line[a] == ' ' || line[a] == '\t')) ++a;
        while (e > a && (line[e - 1] == ' ' || line[e - 1] == '\t')) --e;
        if (e > a) {
            if (e - a > DRAFT_MAX_SENTENCE) {
                fprintf(d->out, "\n# line %zu: a sentence of %zu bytes skipped (longer than %d bytes)\n", d->line,
                        e - a, DRAFT_MAX_SENTENCE);
                start = i + 1;
                continue;
            }
            char *s = strndup(line + a, e - a);
            if (s) {
                /* only sentences with a figure or a figure word are analysed */
                int any = 0;
                for (const char *p = s; *p && !any; ++p) any = isdigit((unsigned char)*p);
                if (!any) any = strstr(s, "doubled") || strstr(s, "halved") || strstr(s, "daily") ||
                                strstr(s, "every day") || strstr(s, "highest") || strstr(s, "lowest") ||
                                strstr(s, " half");
                if (!any) {
                    char *ns = malloc(strlen(s) + 8);
                    if (ns) {
                        normalise(s, ns, strlen(s));
                        double v;
                        int w;
                        for (size_t q = 0; ns[q] && !any; ++q)
                            if (number_at(ns, q, &v, &w) && w && v > 0) any = 1;
                        free(ns);
                    }
                }
                if (any) sentence(d, s, &incident);
                free(s);
            }
        }
        start = i + 1;
    }
}

/* A month heading "January 2022:" (the whole line). */
static int month_heading(const char *line, int32_t *m)
{
    char ns[128];
    const size_t n = strlen(line);
    if (n >= sizeof ns) return 0;
    normalise(line, ns, n);
    int mon, year;
    const size_t k = month_at(line, ns, 0, &mon, &year);
    if (!k || !year) return 0;
    size_t j = skip_spaces(ns, k);
    if (ns[j] == ':') j = skip_spaces(ns, j + 1);
    if (ns[j]) return 0;
    *m = year * 12 + mon;
    return 1;
}

static size_t word_count(const char *s)
{
    size_t n = 0;
    int in = 0;
    for (; *s; ++s) {
        const int w = !isspace((unsigned char)*s);
        if (w && !in) ++n;
        in = w;
    }
    return n;
}

/* A section heading: short, no full stop at the end. Sets the section's groups. */
static void heading(drafter *d, const char *line)
{
    const size_t n = strlen(line);
    char *ns = malloc(n + 8);
    if (!ns) return;
    normalise(line, ns, n);
    memset(ns + n, 0, 8);
    char found[MAX_GROUPS][96];
    size_t nf = groups_named(d, ns, found);
    free(ns);
    if (!nf) return;
    for (size_t k = 0; k < nf; ++k) snprintf(d->ctx_groups[k], sizeof d->ctx_groups[0], "%s", found[k]);
    d->n_ctx_groups = nf;
    d->ctx_month = INT32_MIN;
}

/* The report's date from its first lines: "30 Dec", "Wed Sep 13 2023", "03 May, 2023",
 * "August 8, 2024". A date without a year takes the latest year the text names. */
static int32_t find_report_date(const char *text, size_t *line_out, int *year_guessed, char *seen, size_t seencap)
{
    size_t line = 0;
    int maxyear = 0;
    /* the latest year named right after a month ("December 2022"): a bare year may be a
     * forecast ("2023 will most likely be ...") */
    for (const char *p = text; *p; ++p)
        if (isdigit((unsigned char)*p) && p - text >= 4 && p[-1] == ' ' && isalpha((unsigned char)p[-2])) {
            int y, mon;
            char ns[6], w[16], wn[16];
            snprintf(ns, sizeof ns, "%.5s", p);
            const char *a = p - 1;
            while (a > text && isalpha((unsigned char)a[-1]) && p - a < 12) --a;
            snprintf(w, sizeof w, "%.*s", (int)(p - 1 - a), a);
            normalise(w, wn, strlen(w));
            if (year_at(ns, 0, &y) && month_name_at(w, wn, 0, &mon) && y > maxyear) maxyear = y;
        }
    for (const char *p = text; *p && line < 12;) {
        const size_t n = strcspn(p, "\n");
        ++line;
        if (n > 0 && n < 60) {
            char s[64], ns[64];
            snprintf(s, sizeof s, "%.*s", (int)n, p);
            normalise(s, ns, strlen(s));
            for (size_t i = 0; ns[i]; ++i) {
                int mon, year;
                const size_t k = month_at(s, ns, i, &mon, &year);
                if (!k) continue;
                /* a day beside it: "30 Dec", "Sep 13 2023", "03 May, 2023" */
                int day = 0;
                if (i >= 2 && isdigit((unsigned char)ns[i - 2])) day = 1;
                size_t j = skip_spaces(ns, i + month_name_at(s, ns, i, &mon));
                if (isdigit((unsigned char)ns[j])) {
                    day = 1;
                    while (isdigit((unsigned char)ns[j])) ++j;
                    if (ns[j] == ',') ++j;
                    j = skip_spaces(ns, j);
                    if (!year) year_at(ns, j, &year);
                }
                if (!day) continue;
                *line_out = line;
                snprintf(seen, seencap, "%s", s);
                *year_guessed = !year;
                if (!year) year = maxyear;
                if (!year) return INT32_MIN;
                return year * 12 + mon;
            }
        }
        p += n;
        if (*p) ++p;
    }
    return INT32_MIN;
}

/* The --aliases file, then the built-in aliases, longest phrase first. 0, or -1 (printed). */
static int load_aliases(drafter *d, const draft_options *o)
{
    if (o->aliases_path) {
        FILE *fp = fopen(o->aliases_path, "rb");
        if (!fp) {
            fprintf(stderr, "ctrend claims draft: --aliases: cannot read '%s'\n", o->aliases_path);
            return -1;
        }
        char *buf = NULL;
        size_t cap = 0;
        FILE *mem = open_memstream(&buf, &cap);
        int c;
        while (mem && (c = fgetc(fp)) != EOF) fputc(c, mem);
        fclose(fp);
        if (mem) fclose(mem);
        const size_t bad = buf ? alias_parse(&d->al, buf) : 1;
        free(buf);
        if (bad) {
            fprintf(stderr, "ctrend claims draft: %s:%zu: expected 'group NAME = phrase, ...' or "
                            "'metric NAME = phrase, ...'\n", o->aliases_path, bad);
            free(d->al.a);
            return -1;
        }
    }
    if (alias_parse(&d->al, draft_default_aliases)) {
        free(d->al.a);
        return -1;
    }
    qsort(d->al.a, d->al.n, sizeof *d->al.a, by_length_desc);
    return 0;
}

/* The header comments: the report's date (found in the text unless --date), the encoding
 * repairs, the source line. Sets d->report_month. */
static void write_header(drafter *d, const draft_text *t, const draft_options *o, const char *name, FILE *out)
{
    /* the report's date */
    d->report_month = o->report_month;
    fprintf(out, "# Draft claims for %s (ctrend claims draft %s): read and edit before `ctrend check`.\n",
            name, ctrend_version_string());
    if (d->report_month == INT32_MIN) {
        char seen[64] = "";
        size_t dline = 0;
        int guessed = 0;
        d->report_month = find_report_date(t->text, &dline, &guessed, seen, sizeof seen);
        if (d->report_month != INT32_MIN) {
            char ms[32];
            month_str(d->report_month, ms, sizeof ms);
            fprintf(out, "# report date: %s, from \"%s\" (line %zu)%s\n", ms, seen, dline,
                    guessed ? "; the year is not given: taken as the latest year the text names after a month" : "");
        } else {
            fprintf(out, "# report date: not found (give --date YYYY-MM-DD): relative months are TODOs\n");
        }
    } else {
        char ms[32];
        month_str(d->report_month, ms, sizeof ms);
        fprintf(out, "# report date: %s (--date)\n", ms);
    }
    if (t->repaired)
        fprintf(out, "# encoding: %d passages repaired (UTF-8 that had been read as Windows-1257)\n", t->repaired);
    for (size_t k = 0; k < t->n_warn; ++k) fprintf(out, "# encoding, line %zu: %s\n", t->warn[k].line, t->warn[k].msg);
    fprintf(out, "# A record that could not be resolved is commented out with a TODO saying what is missing.\n");
    fprintf(out, "source = %s\n", o->source);

}

/* Every line of the text: month headings, section headings, a label line joined with the
 * line after it, the sentences of the others. */
static void read_lines(drafter *d, const draft_text *t)
{
    /* lines */
    char *text = t->text;
    size_t lineno = 0;
    char *pending = NULL; /* a label line "Locations:" waiting for the line after it */
    size_t pending_line = 0;
    for (char *p = text; *p;) {
        const size_t n = strcspn(p, "\n");
        char *line = strndup(p, n);
        p += n;
        if (*p) ++p;
        ++lineno;
        if (!line) break;
        char *s = trim(line);
        /* non-breaking spaces as spaces */
        for (char *q = s; (q = strstr(q, "\xc2\xa0")) != NULL;) memcpy(q, "  ", 2);
        s = trim(s);
        if (!*s) {
            free(line);
            continue;
        }
        int32_t m;
        if (month_heading(s, &m)) {
            d->ctx_month = m;
            free(pending);
            pending = NULL;
            free(line);
            continue;
        }
        const size_t len = strlen(s);
        if (pending) {
            if (isdigit((unsigned char)s[0])) {
                char *joined = malloc(strlen(pending) + len + 2);
                if (joined) {
                    sprintf(joined, "%s %s", pending, s);
                    d->line = pending_line;
                    line_sentences(d, joined);
                    free(joined);
                }
                free(pending);
                pending = NULL;
                free(line);
                continue;
            }
            free(pending);
            pending = NULL;
        }
        if (s[len - 1] == ':' && word_count(s) <= 4) {
            pending = strdup(s);
            pending_line = lineno;
            free(line);
            continue;
        }
        if (word_count(s) <= 14 && !strchr(".!?", s[len - 1]) && !strchr(s, ':')) heading(d, s);
        d->line = lineno;
        line_sentences(d, s);
        free(line);
    }
    free(pending);
}

int draft_write(draft_text *t, const draft_options *o, const char *name, FILE *out, size_t *n_claims,
                size_t *n_todo)
{
    drafter d;
    memset(&d, 0, sizeof d);
    d.o = o;
    d.out = out;
    d.ctx_month = INT32_MIN;
    if (load_aliases(&d, o)) return -1;
    write_header(&d, t, o, name, out);
    read_lines(&d, t);
    for (size_t k = 0; k < d.n_ids; ++k) free(d.ids[k]);
    free(d.ids);
    free(d.al.a);
    if (n_claims) *n_claims = d.n_claims;
    if (n_todo) *n_todo = d.n_todo;
    return 0;
}
