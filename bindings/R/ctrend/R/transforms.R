# transforms.R — reading CSVs, rolling means, changes, per-day rates, calendar aggregation.
# Series in: numeric vectors or monthly ts (NA = missing). Series out: the same kind (a ts keeps
# its start and frequency).

# one character of delim/thousands/decimal as the code ctrend_reader_set_int takes ("tab" = TAB);
# which characters are allowed is io.h's rule, checked by C (EINVAL names the option)
ct_read_char_ <- function(value, arg) {
  if (identical(value, "tab")) value <- "\t"
  if (!is.character(value) || length(value) != 1L || is.na(value) || nchar(value, "bytes") != 1L)
    ct_arg_error_(arg, "one (single-byte) character", value)
  as.integer(charToRaw(value))
}

ct_read_options_ <- function(shape, duplicates, require_counts, start, end, date_col, group_col,
                             region_col, metric_col, value_col, sum_cols, source_name,
                             date_format = NULL, delim = NULL, thousands = NULL, decimal = NULL) {
  shape <- ct_chk_choice_(shape, "shape", names(ct_shapes_))
  duplicates <- ct_chk_choice_(duplicates, "duplicates", c("error", "sum"))
  ct_chk_flag_(require_counts, "require_counts")
  k <- ct_read_int_keys_
  ik <- unname(k[c("shape", "duplicates", "require_counts")])
  iv <- c(ct_shapes_[[shape]], if (duplicates == "sum") 1 else 0, if (require_counts) 1 else 0)
  if (!is.null(start)) { ik <- c(ik, k[["start"]]); iv <- c(iv, ct_chk_month_(start, "start")) }
  if (!is.null(end)) { ik <- c(ik, k[["end"]]); iv <- c(iv, ct_chk_month_(end, "end")) }
  for (a in c("delim", "decimal", "thousands")) {  # decimal first: thousands must differ from it
    v <- get(a)
    if (!is.null(v)) { ik <- c(ik, k[[a]]); iv <- c(iv, ct_read_char_(v, a)) }
  }
  sk <- integer(); sv <- character()
  add <- function(key, value, arg, several = FALSE) if (!is.null(value)) {
    # io.h: "" for the group/region/metric/value column means "the input has none"
    if (several) ct_chk_strings_(value, arg) else
      ct_chk_string_(value, arg, allow_empty = key %in% c("group_col", "region_col", "metric_col", "value_col"))
    sk <<- c(sk, rep(ct_read_str_keys_[[key]], length(value))); sv <<- c(sv, value)
  }
  add("date_col", date_col, "date_col"); add("group_col", group_col, "group_col")
  add("region_col", region_col, "region_col"); add("metric_col", metric_col, "metric_col")
  add("value_col", value_col, "value_col"); add("sum_cols", sum_cols, "sum_cols", TRUE)
  add("source_name", source_name, "source_name"); add("date_format", date_format, "date_format")
  list(ik, iv, sk, sv)
}

ct_read_csv <- function(file, shape = "auto", duplicates = "error", require_counts = TRUE,
                        start = NULL, end = NULL, date_col = NULL, group_col = NULL,
                        region_col = NULL, metric_col = NULL, value_col = NULL, sum_cols = NULL,
                        text = NULL, output = c("data.frame", "frame", "ts"), where = NULL,
                        date_format = NULL, delim = NULL, thousands = NULL, decimal = NULL) {
  output <- ct_chk_choice_(output, "output", c("data.frame", "frame", "ts"))
  if (!is.null(where)) ct_chk_strings_(where, "where")
  if (is.null(text)) {
    if (missing(file)) ct_arg_error_("file", "a CSV file name (or give text=)", NULL)
    ct_chk_string_(file, "file")
  } else if (!is.character(text) || length(text) == 0L || anyNA(text)) {
    ct_arg_error_("text", "a character vector of CSV lines", text)
  }
  o <- ct_read_options_(shape, duplicates, require_counts, start, end, date_col, group_col,
                        region_col, metric_col, value_col, sum_cols,
                        if (!is.null(text)) "<text>" else NULL, date_format, delim, thousands,
                        decimal)
  f <- if (!is.null(text)) {
    .Call(C_read_csv, paste(text, collapse = "\n"), TRUE, o[[1]], o[[2]], o[[3]], o[[4]], where)
  } else {
    .Call(C_read_csv, path.expand(file), FALSE, o[[1]], o[[2]], o[[3]], o[[4]], where)
  }
  switch(output,
         frame = f,
         data.frame = as.data.frame(f),
         ts = {
           df <- as.data.frame(f)
           info <- .Call(C_frame_info, f)
           stats::ts(as.matrix(df[, -1, drop = FALSE]), start = ct_ts_start_(info[[1L]]), frequency = 12)
         })
}

# ---- transforms: x is a vector, a monthly ts, a zoo series or a data.frame with a month
# column (several value columns: column-wise); the result has x's class and calendar.

ct_align_ <- function(align) ct_aligns_[[ct_chk_choice_(align, "align", names(ct_aligns_))]]

ct_window_arg_ <- function(k, arg = "k") ct_chk_whole_(k, arg, 1, ct_limits_$months)

ct_rolling_ <- function(which, x, k, align, min_periods) {
  k <- ct_window_arg_(k)
  al <- ct_align_(align)
  mp <- ct_chk_whole_(min_periods, "min_periods", 0, k)
  ct_columnwise_(x, function(v, m0) .Call(C_rolling, which, v, k, al, mp))
}

ct_rolling_mean <- function(x, k, align = "right", min_periods = 0L) ct_rolling_(0L, x, k, align, min_periods)
ct_rolling_sum <- function(x, k, align = "right", min_periods = 0L) ct_rolling_(1L, x, k, align, min_periods)
ct_cumsum <- function(x) ct_columnwise_(x, function(v, m0) .Call(C_rolling, 2L, v, 1, 0L, 0))

# Changes carry a "reason" attribute (ct_change_reasons(); a matrix for several columns).
ct_change_ <- function(which, x, k, y = NULL) {
  s <- ct_series_in_(x, "x")
  reasons <- matrix(0L, nrow(s$values), ncol(s$values), dimnames = list(NULL, s$names))
  out <- s$values
  yv <- if (which == 4L) {
    t <- ct_series_in_(y, "total")
    if (!identical(dim(t$values), dim(s$values)) || !identical(t$start, s$start))
      ct_arg_error_("total", sprintf("a series on the calendar of part (%d month(s) x %d column(s))",
                                      nrow(s$values), ncol(s$values)), y)
    t$values
  } else NULL
  for (j in seq_len(ncol(out))) {
    r <- .Call(C_change, which, s$values[, j], k, if (is.null(yv)) NULL else yv[, j])
    out[, j] <- r[[1L]]
    reasons[, j] <- r[[2L]]
  }
  res <- ct_series_out_(out, s)
  attr(res, "reason") <- if (ncol(reasons) == 1L) reasons[, 1L] else reasons
  res
}

ct_lag_arg_ <- function(lag, arg = "lag") ct_chk_whole_(lag, arg, 1, ct_limits_$months)
ct_pct_change <- function(x, lag = 1L) ct_change_(0L, x, ct_lag_arg_(lag))
ct_pct_change_vs_mean <- function(x, k) ct_change_(1L, x, ct_lag_arg_(k, "k"))
ct_diff <- function(x, lag = 1L) ct_change_(2L, x, ct_lag_arg_(lag))
ct_ratio <- function(x, lag = 1L) ct_change_(3L, x, ct_lag_arg_(lag))
ct_share <- function(part, total) {
  if (is.null(total)) ct_arg_error_("total", "a numeric series", total)
  tryCatch(ct_change_(4L, part, 0, total), ctrend_argument_error = function(e) {
    if (identical(e$argument, "x")) e$message <- sub("argument 'x'", "argument 'part'", e$message, fixed = TRUE)
    stop(e)
  })
}
ct_change_reasons <- function() {
  codes <- seq_len(ct_api_change_reason_count()) - 1L
  stats::setNames(vapply(codes, ct_api_change_reason_string, ""),
                  vapply(codes, ct_api_change_reason_name, ""))
}

ct_per_day <- function(x, start = NULL)
  ct_columnwise_(x, function(v, m0) .Call(C_per_day, v, m0), start = start, need_start = TRUE)

ct_aggregate <- function(x, period_months = 3L, start = NULL, allow_missing = FALSE) {
  p <- ct_chk_whole_(period_months, "period_months", 1, 12)
  if (12 %% p != 0) ct_arg_error_("period_months", "a divisor of 12 (1, 2, 3, 4, 6 or 12)", period_months)
  ct_chk_flag_(allow_missing, "allow_missing")
  s <- ct_series_in_(x, "x", start, need_start = TRUE)
  if (ncol(s$values) != 1L) ct_arg_error_("x", "one series", x)
  r <- .Call(C_aggregate, s$values[, 1L], s$start, p, allow_missing)
  first <- r[[2L]]
  v <- r[[1L]]
  v[is.nan(v)] <- NA_real_
  if (s$kind %in% c("zoo", "data.frame")) {
    months <- first + (seq_along(v) - 1L) * p
    if (s$kind == "zoo") return(zoo::zoo(v, order.by = ct_months_as_(months, s$index_type)))
    out <- data.frame(month = ct_months_as_(months, s$index_type), stringsAsFactors = FALSE)
    names(out) <- s$month_col
    out[[s$names]] <- v
    return(out)
  }
  stats::ts(v, start = c(first %/% 12L, (first %% 12L) %/% p + 1L), frequency = 12 / p)
}
