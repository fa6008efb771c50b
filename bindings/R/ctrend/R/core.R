# core.R — errors, version, status codes and months.

#' @noRd
ct_stop_ <- function(status, message, where = "", line = 0, column = 0) {
  name <- ct_api_status_name(status)
  cls <- tolower(sub("^CTREND_", "ctrend_", name))
  text <- if (nzchar(where)) paste0(where, ": ", name, ": ", message) else paste0(name, ": ", message)
  cond <- structure(
    class = c(cls, "ctrend_error", "error", "condition"),
    list(message = text, call = NULL, status = as.integer(status), name = name,
         detail = message, line = as.integer(line), column = as.integer(column))
  )
  stop(cond)
}

#' @export
conditionMessage.ctrend_error <- function(c) c$message

# version, status names and messages: the generated wrappers of api/ctrend_api.h
ct_version <- function() ct_api_version_string()
ct_version_number <- function() ct_api_version_number()
ct_chk_status_ <- function(status) {
  if (!is.numeric(status) || length(status) == 0L || anyNA(status) || any(status != round(status)) ||
      any(abs(status) > .Machine$integer.max))
    ct_arg_error_("status", "status codes (whole numbers; see ct_status_codes())", status)
  as.integer(status)
}
ct_strerror <- function(status) vapply(ct_chk_status_(status), ct_api_strerror, "")
ct_status_name <- function(status) vapply(ct_chk_status_(status), ct_api_status_name, "")
ct_status_codes <- function() {
  codes <- seq_len(ct_api_status_count()) - 1L
  stats::setNames(codes, vapply(codes, ct_api_status_name, ""))
}

# Month index m = year*12 + month-1 of character ("2022-01", "Jan 2022", ...), Date/POSIXt,
# numeric year+fraction (ts time: 2022 + 1/12), or integer indices passed through.
ct_month <- function(x) ct_month_(x, "x")

# internal: months of x; `arg` names x in errors
ct_month_ <- function(x, arg) {
  if (is.character(x) || is.factor(x)) return(.Call(C_month_parse, as.character(x)))
  if (inherits(x, "yearmon")) return(as.integer(round(unclass(x) * 12)))
  if (inherits(x, "Date") || inherits(x, "POSIXt")) {
    lt <- as.POSIXlt(x)
    return(as.integer((lt$year + 1900L) * 12L + lt$mon))
  }
  if (is.numeric(x)) {
    v <- as.numeric(x)
    bad <- !is.na(v) & (!is.finite(v) | abs(v) > 9999 * 12 + 11)
    if (any(bad)) ct_arg_error_(arg, "months: month indices 12..119999 or years 1..9999 (+ fraction)",
                                x[which(bad)[1L]])
    m <- if (all(is.na(v) | v == round(v)) && all(is.na(v) | v > 9999 * 12 / 10)) v  # month indices (year >= 1000)
      else round(v * 12)  # ts time: year + (month-1)/12
    out <- !is.na(m) & (m < ct_month_min_() | m > ct_month_max_())
    if (any(out)) ct_arg_error_(arg, "months in years 1..9999 (month indices 12..119999, or year + fraction)",
                                x[which(out)[1L]])
    return(as.integer(m))
  }
  if (is.logical(x) && all(is.na(x))) return(rep(NA_integer_, length(x)))
  ct_arg_error_(arg, "months (character \"2022-01\", Date, POSIXct, yearmon, or numbers)", x)
}

ct_month_str <- function(m) {
  if (!is.numeric(m) || any(!is.na(m) & (m != round(m) | m < ct_month_min_() | m > ct_month_max_())))
    ct_arg_error_("m", "month indices (year*12 + month-1, years 1..9999)", m)
  .Call(C_month_format, as.integer(m))
}
ct_month_days <- function(m) .Call(C_month_days, ct_month_(m, "m"))

# internal: ts start vector and time of month index m
ct_ts_start_ <- function(m) c(m %/% 12L, m %% 12L + 1L)
ct_nan_to_na_ <- function(x) { x[is.nan(x)] <- NA_real_; x }
ct_as_ts_ <- function(values, start_month) {
  stats::ts(ct_nan_to_na_(values), start = ct_ts_start_(start_month), frequency = 12)
}
# internal: start month of a monthly ts (or NULL)
ct_ts_month_ <- function(x) {
  if (!stats::is.ts(x) || stats::frequency(x) != 12) return(NULL)
  st <- stats::start(x)
  as.integer(st[1L] * 12L + st[2L] - 1L)
}

# Named logical vector: which libctrend modules this installation provides.
ct_capabilities <- function() .Call(C_capabilities)
