# frame.R — ctrend_frame: monthly count series keyed by (group, region, metric).

ct_key_ <- function(key, arg = "key") {
  if (!is.character(key) || anyNA(key) || !length(key) %in% 1:3 || any(grepl("[[:cntrl:]]", key)))
    ct_arg_error_(arg, "\"group/metric\", \"group/region/metric\" or a length-2/3 character vector", key)
  if (length(key) == 1L && grepl("/", key)) key <- strsplit(key, "/", fixed = TRUE)[[1L]]
  if (length(key) == 2L) return(c(key[1L], "", key[2L]))
  if (length(key) == 3L) return(key)
  ct_arg_error_(arg, "\"group/metric\", \"group/region/metric\" or a length-2/3 character vector", key)
}

# x: NULL (empty frame), a ts (matrix: one series per column), a zoo series, a data.frame
# with a month column, or a named list of series (ts/zoo, or vectors with start=). Series
# are placed on their monthly calendars first (gaps = missing; two values in a month = error).
ct_frame <- function(x = NULL, start = NULL) ct_frame_from_(x, start, "x")

# internal: `arg` names x in errors (ct_check_claims passes "data")
ct_frame_from_ <- function(x, start, arg) {
  f <- .Call(C_frame_new)
  if (is.null(x)) return(f)
  put <- function(s) {
    for (j in seq_len(ncol(s$values))) ct_frame_put_(f, s$names[j], s$values[, j], s$start)
    f
  }
  if (stats::is.ts(x) || inherits(x, "zoo") || is.data.frame(x)) {
    s <- ct_series_in_(x, arg)
    if (!isTRUE(s$multi)) s$names <- "series"
    return(put(s))
  }
  if (!is.list(x) || is.null(names(x)) || any(!nzchar(names(x))) || anyNA(names(x)))
    ct_arg_error_(arg, "a named list of series, a ts, a zoo series or a data.frame with a month column", x)
  for (nm in names(x)) {
    v <- x[[nm]]
    indexed <- stats::is.ts(v) || inherits(v, "zoo")
    s <- ct_series1_in_(v, paste0(arg, "$", nm), if (indexed) NULL else start, need_start = TRUE)
    ct_frame_put_(f, nm, s$y, s$start)
  }
  f
}

# `months`: the first month (values on consecutive months: one ctrend_frame_set_values call,
# NA = not reported) or one month per value (one ctrend_frame_set per reported value).
ct_frame_put_ <- function(f, name, values, months) {
  key <- if (grepl("/", name)) ct_key_(name, "x") else c(name, "", "")
  idx <- .Call(C_frame_add_series, f, key[1L], key[2L], key[3L])
  values <- as.numeric(values)
  keep <- !is.na(values)
  if (!any(keep)) return(invisible(idx))
  if (length(months) == 1L) {
    ct_api_frame_set_values(f, idx, values, months)
  } else {
    .Call(C_frame_set, f, idx, as.integer(months[keep]), values[keep], FALSE)
  }
  invisible(idx)
}

ct_frame_keys <- function(f) {
  ct_chk_frame_(f)
  info <- .Call(C_frame_info, f)
  data.frame(group = info[[3L]], region = info[[4L]], metric = info[[5L]], stringsAsFactors = FALSE)
}

ct_key_name_ <- function(g, r, m) {
  parts <- c(g, r, m)
  paste(parts[nzchar(parts)], collapse = "/")
}

# One series as a monthly ts; `key` is a position (1-based), "group/metric", "group/region/metric"
# or a length-2/3 character vector.
ct_frame_series <- function(f, key) {
  ct_chk_frame_(f)
  info <- .Call(C_frame_info, f)
  ct_as_ts_(.Call(C_frame_values, f, ct_frame_index_(f, key, info)), info[[1L]])
}

# internal: 0-based index of series `key` (a 1-based position or a key) of frame f.
ct_frame_index_ <- function(f, key, info = .Call(C_frame_info, f)) {
  if (is.numeric(key)) {
    if (length(info[[3L]]) == 0L) ct_arg_error_("f", "a frame with at least one series", f)
    return(ct_chk_whole_(key, "key", 1, length(info[[3L]])) - 1)
  }
  k <- ct_key_(key)
  idx <- .Call(C_frame_find, f, k[1L], k[2L], k[3L])
  if (is.na(idx)) ct_stop_(13L, "no such series", paste(key, collapse = "/"))
  idx
}

length.ctrend_frame <- function(x) length(.Call(C_frame_info, x)[[3L]])

as.data.frame.ctrend_frame <- function(x, row.names = NULL, optional = FALSE, ...) {
  info <- .Call(C_frame_info, x)
  n <- info[[2L]]
  out <- data.frame(month = if (n > 0) ct_month_str(info[[1L]] + seq_len(n) - 1L) else character(),
                    stringsAsFactors = FALSE)
  for (i in seq_along(info[[3L]])) {
    nm <- ct_key_name_(info[[3L]][i], info[[4L]][i], info[[5L]][i])
    out[[nm]] <- ct_nan_to_na_(.Call(C_frame_values, x, i - 1))
  }
  out
}

print.ctrend_frame <- function(x, ...) {
  info <- .Call(C_frame_info, x)
  n <- info[[2L]]
  cal <- if (n > 0) paste0(ct_month_str(info[[1L]]), "..", ct_month_str(info[[1L]] + n - 1L)) else "empty"
  cat(sprintf("<ctrend frame: %d series, %d months %s>\n", length(info[[3L]]), as.integer(n), cal))
  if (n > 0 && length(info[[3L]]) > 0) print(utils::head(as.data.frame(x), 12L), row.names = FALSE)
  invisible(x)
}

# Sum series that agree on the kept keys (the CLI's --by): by = c("group"), "region", both or none.
ct_frame_collapse <- function(f, by = c("group", "region"), skip_missing = FALSE) {
  ct_chk_frame_(f)
  if (!is.null(by) && (!is.character(by) || anyNA(by) || !all(by %in% c("group", "region"))))
    ct_arg_error_("by", "NULL or a subset of c(\"group\", \"region\")", by)
  ct_chk_flag_(skip_missing, "skip_missing")
  .Call(C_frame_collapse, f, "group" %in% by, "region" %in% by, skip_missing)
}

# One series over months first..last (or n_months from first) as a monthly ts, NA outside
# what the series holds (never 0): the library's ctrend_frame_window.
ct_frame_window <- function(f, key, first, last = NULL, n_months = NULL) {
  ct_chk_frame_(f)
  idx <- ct_frame_index_(f, key)
  a <- ct_chk_month_(first, "first")
  if (is.null(last) == is.null(n_months)) ct_arg_error_("last", "last or n_months (one of them)", last)
  n <- if (!is.null(last)) {
    b <- ct_chk_month_(last, "last")
    if (b < a) ct_arg_error_("last", "a month not before first", last)
    b - a + 1L
  } else ct_chk_whole_(n_months, "n_months", 1, ct_limits_$months)
  ct_as_ts_(ct_api_frame_window(f, idx, a, n), a)
}

# Merge frames into a new one: the library's ctrend_frame_merge, with the CLI's one rule: each
# series comes from one frame (a series key in two frames is a ctrend_eduplicate error naming
# it and, with `names`, the frame it came from again).
ct_frame_merge <- function(..., names = NULL) {
  frames <- list(...)
  if (length(frames) == 1L && is.list(frames[[1L]]) && !inherits(frames[[1L]], "ctrend_frame"))
    frames <- frames[[1L]]
  for (f in frames) ct_chk_frame_(f)
  if (!is.null(names) && (!is.character(names) || length(names) != length(frames)))
    ct_arg_error_("names", sprintf("a character vector of %d frame names", length(frames)), names)
  out <- .Call(C_frame_new)
  for (k in seq_along(frames))
    ct_api_frame_merge(out, frames[[k]], if (is.null(names)) NULL else names[[k]])
  out
}

# internal: pool the series of several frames into one (ct_check_claims' data files).
ct_frame_merge_ <- function(frames) {
  if (length(frames) == 1L) return(frames[[1L]])
  ct_frame_merge(frames)
}
