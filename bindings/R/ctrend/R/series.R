# series.R — index-aware input and class-preserving output.
#
# A monthly ts (frequency 12), a zoo series (yearmon, Date, POSIXct or "YYYY-MM" index) or a
# data.frame with a month column is placed on a complete monthly calendar: months absent from
# the index become NA (missing, and reported as such), never skipped; two values in one month
# are an error naming the month. Results go back in the input's class: ts -> ts, zoo -> zoo,
# data.frame -> data.frame (with a month column of the input's type), vector -> vector.

# Month indices of an index vector (Date, POSIXt, yearmon, character, factor labels, month
# indices or ts times). `what` names it in errors.
ct_index_months_ <- function(idx, what) {
  m <- if (inherits(idx, "yearmon")) as.integer(round(unclass(idx) * 12)) else
    if (is.factor(idx)) ct_month_(as.character(idx), what) else
    if (is.character(idx) || inherits(idx, c("Date", "POSIXt")) || is.numeric(idx)) ct_month_(idx, what) else
    ct_arg_error_(what, "months (Date, yearmon, POSIXct or \"YYYY-MM\")", idx)
  if (anyNA(m)) ct_arg_error_(what, "months without NA", idx, sprintf("row %d is NA", which(is.na(m))[1L]))
  if (any(m < ct_month_min_() | m > ct_month_max_())) ct_arg_error_(what, "months in 0001-01..9999-12", idx)
  m
}

# Place rows (values: matrix, one row per index entry) on the complete calendar min..max.
ct_place_ <- function(months, values, what) {
  d <- duplicated(months)
  if (any(d)) {
    m <- months[which(d)[1L]]
    rows <- which(months == m)
    ct_arg_error_(what, "one value per month", ct_month_str(months),
                  sprintf("two values in month %s (rows %s)", ct_month_str(m), paste(rows, collapse = " and ")))
  }
  start <- min(months)
  n <- max(months) - start + 1L
  out <- matrix(NA_real_, n, ncol(values), dimnames = list(NULL, colnames(values)))
  out[months - start + 1L, ] <- values
  list(start = start, n = n, values = out, gaps = setdiff(start + seq_len(n) - 1L, months))
}

ct_value_matrix_ <- function(df, what) {
  cols <- lapply(names(df), function(nm) {
    v <- df[[nm]]
    if (!ct_is_plain_num_(v) || !is.null(dim(v)))
      ct_arg_error_(paste0(what, "$", nm), "a numeric column (counts or values)", v)
    as.numeric(v)
  })
  m <- matrix(unlist(cols), nrow = nrow(df), ncol = length(cols))
  colnames(m) <- names(df)
  m
}

# The month column of a data.frame: `month_col` if given, else "month", else the only column
# of class Date, yearmon or POSIXct.
ct_month_col_ <- function(df, month_col = NULL, what = "data") {
  if (!is.null(month_col)) {
    ct_chk_string_(month_col, "month_col")
    if (!month_col %in% names(df)) ct_arg_error_("month_col", paste("a column of", what), month_col)
    return(month_col)
  }
  if ("month" %in% names(df)) return("month")
  dated <- names(df)[vapply(df, function(v) inherits(v, c("Date", "yearmon", "POSIXt")), TRUE)]
  if (length(dated) == 1L) return(dated)
  ct_arg_error_(what, "a data.frame with a month column (named \"month\", or a single Date/yearmon column)",
                df, sprintf("columns: %s", paste(names(df), collapse = ", ")))
}

# Read x as series on a calendar. Returns list(values = matrix n x k, start (NULL when a plain
# vector came without start), kind, names, index_type, month_col, gaps).
# need_start: a plain vector without start= is an error (models, per-day rates).
ct_series_in_ <- function(x, arg = "x", start = NULL, need_start = FALSE, month_col = NULL,
                          min_len = 1L) {
  indexed <- inherits(x, "zoo") || stats::is.ts(x) || is.data.frame(x)
  if (indexed && !is.null(start))
    ct_arg_error_("start", sprintf("NULL when %s carries its own months (a %s)", arg, class(x)[1L]), start)
  if (inherits(x, "zoo")) {
    idx <- zoo::index(x)
    v <- zoo::coredata(x)
    if (is.null(dim(v))) v <- matrix(v, ncol = 1L, dimnames = list(NULL, "value"))
    if (is.null(colnames(v))) colnames(v) <- paste0("V", seq_len(ncol(v)))
    if (!ct_is_plain_num_(v)) ct_arg_error_(arg, "a zoo series of numbers", x)
    storage.mode(v) <- "double"
    if (length(idx) < min_len) ct_arg_error_(arg, sprintf("a zoo series of at least %d month(s)", min_len), x)
    p <- ct_place_(ct_index_months_(idx, paste0("index(", arg, ")")), v, paste0("index(", arg, ")"))
    return(list(values = p$values, start = p$start, kind = "zoo", names = colnames(v),
                index_type = if (inherits(idx, "Date")) "Date" else "yearmon", gaps = p$gaps,
                multi = !is.null(dim(zoo::coredata(x)))))
  }
  if (stats::is.ts(x)) {
    if (stats::frequency(x) != 12)
      ct_arg_error_(arg, "a monthly ts (frequency 12)", x, sprintf("frequency %g", stats::frequency(x)))
    v <- unclass(x)
    multi <- !is.null(dim(v))
    nm <- if (!multi) "value" else if (is.null(colnames(x))) paste0("V", seq_len(ncol(x))) else colnames(x)
    attributes(v) <- NULL
    if (!ct_is_plain_num_(v) || length(v) < min_len)
      ct_arg_error_(arg, sprintf("a numeric ts of at least %d month(s)", min_len), x)
    v <- matrix(as.numeric(v), ncol = length(nm), dimnames = list(NULL, nm))
    return(list(values = v, start = ct_ts_month_(x), kind = "ts", names = nm, gaps = integer(),
                multi = multi))
  }
  if (is.data.frame(x)) {
    mc <- ct_month_col_(x, month_col, arg)
    rest <- x[setdiff(names(x), mc)]
    if (ncol(rest) == 0L) ct_arg_error_(arg, "a data.frame with a value column besides its month column", x)
    if (nrow(x) < min_len) ct_arg_error_(arg, sprintf("a data.frame of at least %d row(s)", min_len), x)
    mv <- x[[mc]]
    p <- ct_place_(ct_index_months_(mv, paste0(arg, "$", mc)), ct_value_matrix_(rest, arg),
                   paste0(arg, "$", mc))
    return(list(values = p$values, start = p$start, kind = "data.frame", names = names(rest),
                month_col = mc, index_type = if (inherits(mv, "Date")) "Date" else
                  if (inherits(mv, "yearmon")) "yearmon" else "character", gaps = p$gaps, multi = TRUE))
  }
  if (is.matrix(x) && ncol(x) > 1L) {
    if (!ct_is_plain_num_(x)) ct_arg_error_(arg, "a numeric matrix, vector, ts, zoo or data.frame", x)
    v <- matrix(as.numeric(x), nrow(x), dimnames = list(NULL, if (is.null(colnames(x))) paste0("V", seq_len(ncol(x))) else colnames(x)))
    m0 <- if (!is.null(start)) ct_chk_month_(start, "start") else if (need_start)
      ct_arg_error_("start", sprintf("a month when %s is a plain matrix (or pass a ts, zoo or data.frame with a month column)", arg), start) else NULL
    return(list(values = v, start = m0, kind = "matrix", names = colnames(v), gaps = integer(), multi = TRUE))
  }
  v <- ct_chk_values_(x, arg, min_len = min_len)
  m0 <- if (!is.null(start)) ct_chk_month_(start, "start") else if (need_start)
    ct_arg_error_("start", sprintf("a month when %s is a plain vector (or pass a ts, zoo or data.frame with a month column)", arg), start) else NULL
  if (!is.null(m0) && m0 + length(v) - 1L > ct_month_max_())
    ct_arg_error_(arg, "a series ending by 9999-12", x, sprintf("%d months from %s", length(v), ct_month_str(m0)))
  list(values = matrix(v, ncol = 1L, dimnames = list(NULL, "value")), start = m0, kind = "vector",
       names = "value", orig_names = names(x), gaps = integer(), multi = FALSE)
}

# One series only (models, breaks, tests): error when x has several value columns.
ct_series1_in_ <- function(x, arg = "y", start = NULL, need_start = TRUE, month_col = NULL, min_len = 1L) {
  s <- ct_series_in_(x, arg, start, need_start, month_col, min_len)
  if (ncol(s$values) != 1L)
    ct_arg_error_(arg, "one series (a single value column)", x,
                  sprintf("columns %s: pick one, or use ct_glm(column ~ ..., data)", paste(s$names, collapse = ", ")))
  s$y <- s$values[, 1L]
  s
}

# Months of a calendar as the input's month type.
ct_months_as_ <- function(months, type) {
  switch(if (is.null(type)) "character" else type,
         Date = as.Date(sprintf("%04d-%02d-01", months %/% 12L, months %% 12L + 1L)),
         yearmon = zoo::as.yearmon(months %/% 12L + (months %% 12L) / 12),
         ct_month_str(months))
}

# Results (a vector or a matrix over the calendar of `s`, or over `start`..) in s's class.
ct_series_out_ <- function(values, s, start = s$start) {
  values <- as.matrix(values)
  values[is.nan(values)] <- NA_real_
  if (ncol(values) == length(s$names)) colnames(values) <- s$names
  n <- nrow(values)
  one <- ncol(values) == 1L && !isTRUE(s$multi)
  switch(s$kind,
    ts = stats::ts(if (one) values[, 1L] else values, start = ct_ts_start_(start), frequency = 12),
    zoo = {
      idx <- ct_months_as_(start + seq_len(n) - 1L, s$index_type)
      zoo::zoo(if (one) values[, 1L] else values, order.by = idx)
    },
    data.frame = {
      out <- data.frame(month = ct_months_as_(start + seq_len(n) - 1L, s$index_type),
                        stringsAsFactors = FALSE)
      names(out) <- s$month_col
      for (j in seq_len(ncol(values))) out[[colnames(values)[j]]] <- values[, j]
      out
    },
    matrix = values,
    {
      v <- values[, 1L]
      if (!is.null(s$orig_names) && length(s$orig_names) == n) names(v) <- s$orig_names
      v
    })
}

# Apply fun(values, start) -> values of the same length to each column; back in x's class.
ct_columnwise_ <- function(x, fun, arg = "x", start = NULL, need_start = FALSE) {
  s <- ct_series_in_(x, arg, start, need_start)
  out <- s$values
  for (j in seq_len(ncol(out))) out[, j] <- fun(s$values[, j], s$start)
  ct_series_out_(out, s)
}
