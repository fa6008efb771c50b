# validate.R — argument checks at the R edge. Every exported function checks each argument
# here before any .Call: a bad value (negative, zero where not allowed, huge, NaN, NA, NULL,
# empty, a factor, a string where a number is wanted, the wrong length) is an error of class
# c("ctrend_argument_error", "ctrend_einval", "ctrend_error") that names the argument, its
# allowed range and the value received. Limits live in constants.R.

ct_describe_ <- function(x) {
  if (is.null(x)) return("NULL")
  if (is.factor(x)) return(sprintf("a factor of length %d", length(x)))
  if (is.function(x)) return("a function")
  if (is.environment(x)) return("an environment")
  cls <- if (is.object(x)) class(x)[1L] else typeof(x)
  if (length(x) == 0L) return(sprintf("an empty %s", cls))
  art <- if (grepl("^[aeiou]", cls)) "an" else "a"
  if (length(x) > 1L) return(sprintf("%s %s of length %d", art, cls, length(x)))
  if (is.list(x)) return(sprintf("a list of length 1"))
  v <- if (is.numeric(x) && !is.object(x)) format(unclass(x), digits = 15) else
    tryCatch(format(x), error = function(e) "?")
  if (is.character(x) && !is.na(x)) v <- paste0("\"", substr(x, 1, 60), "\"")
  sprintf("%s (%s)", v, cls)
}

ct_arg_error_ <- function(arg, must, value, detail = NULL) {
  text <- sprintf("ctrend: argument '%s' must be %s; got %s%s", arg, must, ct_describe_(value),
                  if (is.null(detail)) "" else paste0(" (", detail, ")"))
  stop(structure(class = c("ctrend_argument_error", "ctrend_einval", "ctrend_error", "error",
                           "condition"),
                 list(message = text, call = NULL, status = 1L, name = "CTREND_EINVAL",
                      detail = text, argument = arg, line = 0L, column = 0L)))
}

ct_fmt_num_ <- function(v) {
  if (is.infinite(v)) return(if (v > 0) "Inf" else "-Inf")
  if (v == 2^53) return("2^53")
  format(v, scientific = abs(v) >= 1e7, digits = 15)
}

ct_is_plain_num_ <- function(x) {
  (is.numeric(x) && !is.factor(x) && !inherits(x, c("Date", "POSIXt", "difftime"))) ||
    (is.logical(x) && length(x) > 0L && all(is.na(x)))
}

# A whole number lo..hi (a count, an index, a month count). Returns a double.
ct_chk_whole_ <- function(x, arg, lo = 0, hi = ct_limits_$months) {
  must <- sprintf("a whole number in %s..%s", ct_fmt_num_(lo), ct_fmt_num_(hi))
  if (!is.numeric(x) || length(x) != 1L) ct_arg_error_(arg, must, x)
  v <- as.numeric(x)
  if (is.na(v) || !is.finite(v) || v != round(v) || v < lo || v > hi) ct_arg_error_(arg, must, x)
  v
}

# A real number in a range; open = c(lower_open, upper_open).
ct_chk_real_ <- function(x, arg, lo = -Inf, hi = Inf, open = c(FALSE, FALSE), finite = TRUE) {
  must <- sprintf("a number in %s%s, %s%s", if (open[1]) "(" else "[", ct_fmt_num_(lo),
                  ct_fmt_num_(hi), if (open[2]) ")" else "]")
  if (!is.numeric(x) || is.factor(x) || length(x) != 1L) ct_arg_error_(arg, must, x)
  v <- as.numeric(x)
  if (is.na(v) || (finite && !is.finite(v)) || v < lo || v > hi || (open[1] && v == lo) ||
      (open[2] && v == hi)) ct_arg_error_(arg, must, x)
  v
}

ct_chk_level_ <- function(x, arg = "level") ct_chk_real_(x, arg, 0, 1, c(TRUE, TRUE))
ct_chk_seed_ <- function(x, arg = "seed") ct_chk_whole_(x, arg, 0, ct_limits_$seed)

ct_chk_flag_ <- function(x, arg) {
  if (!is.logical(x) || length(x) != 1L || is.na(x)) ct_arg_error_(arg, "TRUE or FALSE", x)
  x
}

ct_chk_string_ <- function(x, arg, allow_empty = FALSE) {
  if (!is.character(x) || length(x) != 1L || is.na(x) || (!allow_empty && !nzchar(x)))
    ct_arg_error_(arg, if (allow_empty) "a single string" else "a single non-empty string", x)
  if (grepl("[[:cntrl:]]", x)) ct_arg_error_(arg, "a string without control characters", x)
  x
}

ct_chk_strings_ <- function(x, arg) {
  if (!is.character(x) || length(x) == 0L || anyNA(x) || any(!nzchar(x)))
    ct_arg_error_(arg, "a character vector of non-empty strings", x)
  x
}

# One of `choices` (a character vector; the default vector picks its first element, as
# match.arg). A typo names the nearest choice.
ct_chk_choice_ <- function(x, arg, choices) {
  if (identical(x, choices)) return(choices[1L])
  if (!is.character(x) || length(x) != 1L || is.na(x))
    ct_arg_error_(arg, paste0("one of ", paste0("\"", choices, "\"", collapse = ", ")), x)
  hit <- pmatch(x, choices)
  if (!is.na(hit)) return(choices[hit])
  d <- utils::adist(tolower(x), choices)
  near <- choices[which.min(d)]
  ct_arg_error_(arg, paste0("one of ", paste0("\"", choices, "\"", collapse = ", ")), x,
                if (min(d) <= max(2, nchar(x) %/% 3)) sprintf("did you mean \"%s\"?", near) else NULL)
}

# A numeric series (counts or values): a numeric vector (a ts, or the values of a zoo, are
# unclassed first by the caller), NA allowed, at least min_len values. Never a factor (its
# codes are not counts), a string, a complex number or a list. Returns plain doubles.
ct_chk_values_ <- function(x, arg, min_len = 1L, len = NULL, finite = FALSE) {
  must <- if (!is.null(len)) sprintf("a numeric vector of length %d", len) else
    sprintf("a numeric vector of at least %d value%s", min_len, if (min_len == 1L) "" else "s")
  if (is.null(x) || is.factor(x) || !ct_is_plain_num_(x) || is.list(x)) ct_arg_error_(arg, must, x)
  if (!is.null(dim(x)) && length(dim(x)) > 1L && min(dim(x)) > 1L)
    ct_arg_error_(arg, paste(must, "(one series, not a matrix)"), x)
  if (!is.null(len) && length(x) != len) ct_arg_error_(arg, must, x)
  if (length(x) < min_len) ct_arg_error_(arg, must, x)
  v <- as.numeric(x)
  attributes(v) <- NULL
  if (finite && any(!is.na(v) & !is.finite(v))) ct_arg_error_(arg, paste(must, "of finite values"), x)
  v[is.nan(v)] <- NA_real_
  v
}

# Counts for the exact tests: non-negative whole numbers up to CTREND_EXACT_COUNT_MAX.
ct_chk_counts_ <- function(x, arg, len = NULL) {
  must <- if (is.null(len)) "non-negative whole counts" else
    sprintf("%s non-negative whole count%s", paste(len, collapse = " or "), if (max(len) > 1) "s" else "")
  if (!is.numeric(x) || is.factor(x) || (!is.null(len) && !length(x) %in% len) || length(x) == 0L ||
      anyNA(x) || any(!is.finite(x)) || any(x < 0) || any(x > ct_limits_$count) ||
      any(abs(x - round(x)) > 1e-7 * pmax(1, x))) ct_arg_error_(arg, must, x)
  as.numeric(x)
}

ct_chk_exposure_ <- function(x, arg, len) {
  must <- sprintf("%s positive finite number%s", if (len == 1L) "a" else paste(len),
                  if (len == 1L) "" else "s")
  if (!is.numeric(x) || is.factor(x) || !length(x) %in% c(1L, len) || anyNA(x) ||
      any(!is.finite(x)) || any(x <= 0)) ct_arg_error_(arg, must, x)
  rep_len(as.numeric(x), len)
}

# A month: "2022-01", a Date, a yearmon, a month index (year*12 + month-1) or a year+fraction.
ct_chk_month_ <- function(x, arg) {
  if (is.null(x) || length(x) != 1L || is.factor(x) && is.na(x) || is.list(x) ||
      !(is.character(x) || is.factor(x) || is.numeric(x) || inherits(x, c("Date", "POSIXt", "yearmon"))))
    ct_arg_error_(arg, "one month (\"2022-01\", a Date, a yearmon or a month index)", x)
  if (is.na(x)) ct_arg_error_(arg, "one month, not NA", x)
  m <- tryCatch(ct_month_(x, arg), ctrend_argument_error = function(e) stop(e), ctrend_error = function(e)
    ct_arg_error_(arg, "a month (\"YYYY-MM\", years 1..9999)", x, conditionMessage(e)))
  if (is.na(m) || m < ct_month_min_() || m > ct_month_max_())
    ct_arg_error_(arg, "a month in 0001-01..9999-12", x)
  as.integer(m)
}

# Months of a vector (steps, slopes): each a month, none NA.
ct_chk_months_ <- function(x, arg) {
  if (is.null(x)) return(integer())
  vals <- if (is.list(x)) x else as.list(if (is.factor(x)) as.character(x) else x)
  if (inherits(x, c("Date", "POSIXt", "yearmon"))) vals <- lapply(seq_along(x), function(i) x[i])
  if (length(vals) == 0L) ct_arg_error_(arg, "NULL or one or more months", x)
  vapply(vals, ct_chk_month_, integer(1), arg = arg)
}

ct_chk_model_ <- function(x, arg = "object") {
  if (!inherits(x, "ctrend_model")) ct_arg_error_(arg, "a ctrend model (from ct_fit or ct_glm)", x)
  x
}

ct_chk_frame_ <- function(x, arg = "f") {
  if (!inherits(x, "ctrend_frame")) ct_arg_error_(arg, "a ctrend_frame (ct_frame, ct_read_csv(output = \"frame\"))", x)
  x
}
