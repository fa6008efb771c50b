# transforms.R — reading CSVs, rolling means, changes, per-day rates, calendar aggregation.
# Series in: numeric vectors or monthly ts (NA = missing). Series out: the same kind (a ts keeps
# its start and frequency).

ct_like_ <- function(values, x) {
  values <- ct_nan_to_na_(values)
  if (stats::is.ts(x)) return(stats::ts(values, start = stats::start(x), frequency = stats::frequency(x)))
  names(values) <- names(x)
  values
}

ct_read_options_ <- function(shape, duplicates, require_counts, start, end, date_col, group_col,
                             region_col, metric_col, value_col, sum_cols, source_name) {
  shape <- match.arg(shape, c("auto", "wide", "long", "event"))
  duplicates <- match.arg(duplicates, c("error", "sum"))
  ik <- c(0L, 1L, 2L); iv <- c(match(shape, c("auto", "wide", "long", "event")) - 1,
                               if (duplicates == "sum") 1 else 0, if (isTRUE(require_counts)) 1 else 0)
  if (!is.null(start)) { ik <- c(ik, 3L); iv <- c(iv, ct_month(start)) }
  if (!is.null(end)) { ik <- c(ik, 4L); iv <- c(iv, ct_month(end)) }
  sk <- integer(); sv <- character()
  add <- function(key, value) if (!is.null(value)) { sk <<- c(sk, rep(key, length(value))); sv <<- c(sv, as.character(value)) }
  add(10L, date_col); add(11L, group_col); add(12L, region_col); add(13L, metric_col)
  add(14L, value_col); add(15L, sum_cols); add(16L, source_name)
  list(ik, iv, sk, sv)
}

ct_read_csv <- function(file, shape = "auto", duplicates = "error", require_counts = TRUE,
                        start = NULL, end = NULL, date_col = NULL, group_col = NULL,
                        region_col = NULL, metric_col = NULL, value_col = NULL, sum_cols = NULL,
                        text = NULL, output = c("data.frame", "frame", "ts")) {
  output <- match.arg(output)
  o <- ct_read_options_(shape, duplicates, require_counts, start, end, date_col, group_col,
                        region_col, metric_col, value_col, sum_cols,
                        if (!is.null(text)) "<text>" else NULL)
  f <- if (!is.null(text)) {
    .Call(C_read_csv, paste(text, collapse = "\n"), TRUE, o[[1]], o[[2]], o[[3]], o[[4]])
  } else {
    .Call(C_read_csv, path.expand(file), FALSE, o[[1]], o[[2]], o[[3]], o[[4]])
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

ct_align_ <- function(align) {
  align <- match.arg(align, c("right", "center", "center_pandas", "trailing", "centred", "centred_zoo"))
  switch(align, right = , trailing = 0L, center = , centred_zoo = 2L, center_pandas = , centred = 1L)
}

ct_rolling_mean <- function(x, k, align = "right", min_periods = 0L)
  ct_like_(.Call(C_rolling, 0L, x, k, ct_align_(align), min_periods), x)

ct_rolling_sum <- function(x, k, align = "right", min_periods = 0L)
  ct_like_(.Call(C_rolling, 1L, x, k, ct_align_(align), min_periods), x)

ct_cumsum <- function(x) ct_like_(.Call(C_rolling, 2L, x, 1L, 0L, 0L), x)

ct_change_ <- function(which, x, k, y = NULL) {
  r <- .Call(C_change, which, x, k, y)
  out <- ct_like_(r[[1L]], x)
  attr(out, "reason") <- r[[2L]]
  out
}

ct_pct_change <- function(x, lag = 1L) ct_change_(0L, x, lag)
ct_pct_change_vs_mean <- function(x, k) ct_change_(1L, x, k)
ct_diff <- function(x, lag = 1L) ct_change_(2L, x, lag)
ct_ratio <- function(x, lag = 1L) ct_change_(3L, x, lag)
ct_share <- function(part, total) ct_change_(4L, part, 0L, total)
ct_change_reasons <- function() .Call(C_change_reasons)

ct_start_of_ <- function(x, start) {
  if (!is.null(start)) return(ct_month(start))
  m <- ct_ts_month_(x)
  if (is.null(m)) stop("ctrend: start= is needed unless x is a monthly ts")
  m
}

ct_per_day <- function(x, start = NULL) ct_like_(.Call(C_per_day, x, ct_start_of_(x, start)), x)

ct_aggregate <- function(x, period_months = 3L, start = NULL, allow_missing = FALSE) {
  r <- .Call(C_aggregate, x, ct_start_of_(x, start), period_months, allow_missing)
  first <- r[[2L]]
  stats::ts(ct_nan_to_na_(r[[1L]]), start = c(first %/% 12L, (first %% 12L) %/% period_months + 1L),
            frequency = 12 / period_months)
}
