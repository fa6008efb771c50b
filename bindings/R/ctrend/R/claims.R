# claims.R — check quoted statistics against data (syntax: docs/claims.md of libctrend).

# A record that does not parse does not stop the check (claims v2 #8): its row has verdict
# INVALID and the parse message in `error`; the others are checked. strict = TRUE makes any
# parse error an R condition (class ctrend_eparse, with line and column) instead.
# level: confidence level of the intervals (0 < level < 1; NULL = 0.95, poisson.test's conf.level).
ct_check_claims <- function(claims, data, text = NULL, ..., strict = FALSE, level = NULL) {
  if (!is.logical(strict) || length(strict) != 1L || is.na(strict))
    ct_arg_error_("strict", "TRUE or FALSE", strict)
  if (!is.null(level) && (!is.numeric(level) || length(level) != 1L || is.na(level) ||
                          !(level > 0 && level < 1)))
    ct_arg_error_("level", "a number with 0 < level < 1", level)
  if (missing(data) || is.null(data))
    ct_arg_error_("data", "a ctrend_frame, CSV file names, a data.frame with a month column, a ts or a named list", NULL)
  if (!is.null(text) && (!is.character(text) || length(text) == 0L || anyNA(text)))
    ct_arg_error_("text", "a character vector of claims lines", text)
  if (!is.null(text) && !missing(claims) && !is.null(claims))
    ct_arg_error_("claims", "NULL (or missing) when text= gives the claims", claims)
  if (is.null(text) && missing(claims)) ct_arg_error_("claims", "a claims file name (or give text=)", NULL)
  if (is.null(text)) {
    ct_chk_string_(claims, "claims")
    if (!file.exists(claims)) ct_arg_error_("claims", "an existing claims file (or give text=)", claims)
    text <- paste(readLines(claims, warn = FALSE, encoding = "UTF-8"), collapse = "\n")
    source_name <- claims
  } else {
    text <- paste(text, collapse = "\n")
    source_name <- "<text>"
  }
  f <- if (inherits(data, "ctrend_frame")) data else if (is.character(data)) {
    ct_chk_strings_(data, "data")
    # a name that is no file is refused as `data` (ct_read_csv would name its own `file`)
    for (path in data)
      if (!file.exists(path)) ct_arg_error_("data", "existing CSV file names", path)
    ct_frame_merge_(lapply(data, ct_read_csv, output = "frame", ...))
  } else ct_frame_from_(data, list(...)$start, "data")
  r <- .Call(C_claims_check, text, source_name, f, strict,
             if (is.null(level)) NA_real_ else as.double(level))
  fig <- r[[7]]
  colnames(fig) <- c("computed", "quoted", "ratio", "ci_lower", "ci_upper", "p_value", "p_claim",
                     "ratio_per_day", "bound")
  out <- data.frame(id = r[[1]], verdict = r[[2]], fig, within_noise = r[[8]], quote = r[[3]],
                    source = r[[4]], claim = r[[5]], line = r[[6]], explanation = r[[9]],
                    note = r[[11]], error = r[[12]], stringsAsFactors = FALSE)
  s <- r[[10]]
  # claims.h counts INVALID records among the unverifiable ones; here they are apart, and
  # any parse error makes the exit status 2, as `ctrend check`
  attr(out, "summary") <- c(supported = s[1], contradicted = s[2], unverifiable = s[3] - s[5],
                            invalid = s[5],
                            exit_status = if (s[5] > 0 || length(r[[13]]) > 0) 2 else s[4])
  attr(out, "parse_errors") <- r[[13]]
  class(out) <- c("ctrend_claims", "data.frame")
  out
}

print.ctrend_claims <- function(x, ...) {
  df <- as.data.frame(unclass(x), stringsAsFactors = FALSE)
  # a subset of the columns (x[, c("id", "verdict")]) keeps the class: show what is there
  show <- df[, intersect(c("id", "verdict", "computed", "quoted", "ratio", "p_value", "error"),
                         names(df)), drop = FALSE]
  if ("error" %in% names(show) && all(is.na(show$error))) show$error <- NULL
  print(show, row.names = FALSE)
  s <- attr(x, "summary")
  if (!is.null(s)) {
    n_inv <- if ("invalid" %in% names(s)) as.integer(s[["invalid"]]) else 0L
    cat(sprintf("%d supported, %d contradicted, %d unverifiable%s (exit status %d)\n",
                as.integer(s[["supported"]]), as.integer(s[["contradicted"]]),
                as.integer(s[["unverifiable"]]),
                if (n_inv > 0L) sprintf(", %d invalid", n_inv) else "",
                as.integer(s[["exit_status"]])))
  }
  invisible(x)
}

ct_explain <- function(results, id) {
  if (!inherits(results, "ctrend_claims")) ct_arg_error_("results", "the result of ct_check_claims()", results)
  ct_chk_string_(id, "id")
  e <- results$explanation[match(id, results$id)]
  if (is.na(e)) ct_arg_error_("id", paste("the id of a claim in results:", paste(results$id, collapse = ", ")), id)
  cat(e, if (!endsWith(e, "\n")) "\n", sep = "")
  invisible(e)
}
