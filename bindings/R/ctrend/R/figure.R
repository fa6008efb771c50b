# Figures as data: the specification of ctrend/figure.h (what `ctrend plot` draws) as an R list,
# and plot() drawing it with base graphics. Every number is read back from the C figure, which
# computes it with the same calls as the CLI (the bands are the forecast's predictive 80% / 95%
# intervals, the fitted line the model's mean continued through months not reported).

ct_fig_enum_ <- function(tag, name) ct_api_enums[[tag]][[name]]

# The figure handle as plain data: list(panels, values, missing, spans, marks, texts, options).
ct_figure_read_ <- function(fig) {
  np <- ct_api_figure_n_panels(fig)
  layers <- ct_api_enums$ctrend_figure_layer
  lnames <- tolower(sub("^CTREND_FIGURE_", "", names(layers)))
  panels <- values <- missing <- spans <- marks <- list()
  for (k in seq_len(np) - 1L) {
    pm <- ct_api_figure_panel_months(fig, k)
    start <- pm[[1L]]; n <- pm[[2L]]; h <- pm[[3L]]
    panels[[k + 1L]] <- data.frame(
      panel = k, title = ct_api_figure_panel_text(fig, k, 0L),
      ylabel = ct_api_figure_panel_text(fig, k, 1L), start = ct_month_str(start), n = n, h = h,
      stringsAsFactors = FALSE)
    v <- data.frame(panel = rep(k, n + h), month = ct_month_str(start + seq_len(n + h) - 1L),
                    stringsAsFactors = FALSE)
    for (j in seq_along(layers)) {
      x <- ct_api_figure_panel_vector(fig, k, layers[[j]])
      col <- rep(NA_real_, n + h)
      if (length(x)) {
        if (j <= 3L) col[seq_len(n)] <- x else col[n + seq_len(h)] <- x
      }
      v[[lnames[j]]] <- col
    }
    values[[k + 1L]] <- v
    runs <- ct_api_figure_panel_missing(fig, k)
    if (length(runs))
      missing[[k + 1L]] <- data.frame(panel = k, first = ct_month_str(runs[c(TRUE, FALSE)]),
                                      last = ct_month_str(runs[c(FALSE, TRUE)]),
                                      stringsAsFactors = FALSE)
    for (s in seq_len(ct_api_figure_panel_n_spans(fig, k)) - 1L) {
      sp <- ct_api_figure_panel_span(fig, k, s)
      spans[[length(spans) + 1L]] <- data.frame(
        panel = k, first = ct_month_str(sp[[1L]]), last = ct_month_str(sp[[2L]]),
        kind = c("main", "base")[sp[[3L]] + 1L], stringsAsFactors = FALSE)
    }
    for (s in seq_len(ct_api_figure_panel_n_marks(fig, k)) - 1L) {
      mk <- ct_api_figure_panel_mark(fig, k, s)
      marks[[length(marks) + 1L]] <- data.frame(
        panel = k, month = ct_month_str(mk[[1L]]), kind = c("step", "break", "slope")[mk[[2L]] + 1L],
        label = ct_api_figure_panel_mark_label(fig, k, s), stringsAsFactors = FALSE)
    }
  }
  bind <- function(l, cols) if (length(l)) do.call(rbind, l) else
    as.data.frame(setNames(replicate(length(cols), character(), simplify = FALSE), cols))
  tk <- ct_api_enums$ctrend_figure_text_key
  texts <- lapply(tk, function(w) ct_api_figure_text(fig, w))
  names(texts) <- tolower(sub("^CTREND_FIGURE_", "", names(tk)))
  o <- ct_api_figure_options(fig)
  structure(list(
    panels = bind(panels, c("panel", "title", "ylabel", "start", "n", "h")),
    values = bind(values, c("panel", "month", lnames)),
    missing = bind(missing, c("panel", "first", "last")),
    spans = bind(spans, c("panel", "first", "last", "kind")),
    marks = bind(marks, c("panel", "month", "kind", "label")),
    texts = texts,
    options = list(style = c("bars", "points")[o[[1L]] + 1L], width = o[[2L]], height = o[[3L]],
                   label_spans = o[[4L]] == 1L)), class = "ct_figure")
}

#' The figure of a monthly count series, as `ctrend plot` draws it, as plain data.
#'
#' y: counts (NaN/NA = not reported); start: the first month ("2022-01" or a month index);
#' rolling: K for the K-month rolling mean (trailing; centred with centre = TRUE); model: a
#' ctrend model from ct_fit(y, start = start) whose fitted mean is drawn; h, n_sims, seed: a
#' forecast of that model with its 80% / 95% predictive bands (as `ctrend forecast`);
#' highlight: a list of c(first, last) month pairs. Returns a "ct_figure" list (panels,
#' values, missing, spans, marks, texts, options); plot() draws it with base graphics.
ct_figure <- function(y, start, rolling = NULL, centre = FALSE, model = NULL, h = 0L,
                      n_sims = 10000L, seed = 20240101, highlight = list(), title = NULL,
                      ylabel = NULL) {
  if (!is.numeric(y) || !length(y)) ct_arg_error_("y", "a non-empty numeric vector", y)
  s <- ct_month_(start, "start")
  fig <- ct_api_figure_new()[[1L]]
  on.exit(ct_api_figure_free(fig))
  k <- ct_api_figure_add_panel(fig, s, as.double(y))
  if (!is.null(rolling)) {
    ct_api_figure_add_rolling(fig, k, rolling, if (isTRUE(centre)) 1L else 0L)
    ct_api_figure_set_text(fig, 3L, sprintf("%d-month %s mean", as.integer(rolling),
                                            if (isTRUE(centre)) "centred" else "rolling"))
  }
  if (!is.null(model)) {
    if (!inherits(model, "ctrend_model")) ct_arg_error_("model", "a ctrend model (from ct_fit)", model)
    ct_api_figure_add_fit(fig, k, model$ptr)
    if (h > 0) {
      fc <- ct_api_forecast_new(model$ptr, h, n_sims, seed)
      fc <- if (is.list(fc)) fc[[1L]] else fc
      ct_api_figure_add_forecast(fig, k, fc)
      ct_api_forecast_free(fc)
    }
  }
  for (sp in highlight)
    ct_api_figure_add_span(fig, k, ct_month_(sp[[1L]], "highlight"), ct_month_(sp[[length(sp)]], "highlight"), 0L)
  if (!is.null(title)) ct_api_figure_set_text(fig, 0L, title)
  if (!is.null(ylabel)) ct_api_figure_panel_set_text(fig, k, 1L, ylabel)
  ct_figure_read_(fig)
}

# Month "YYYY-MM" -> its index (year*12 + month - 1), for the x axis.
ct_fig_x_ <- function(m) vapply(m, function(s) ct_month_(s, "month"), numeric(1))

#' Draw a ct_figure with base graphics: per panel the bars (grey bands where not reported,
#' never a zero bar), highlighted spans, the forecast bands (95% then 80%), the rolling mean,
#' the fitted mean, the forecast mean (dashed) and the marks.
plot.ct_figure <- function(x, ...) {
  np <- nrow(x$panels)
  op <- graphics::par(mfrow = c(np, 1L), mar = c(3, 4, 2.5, 1))
  on.exit(graphics::par(op))
  for (k in seq_len(np) - 1L) {
    v <- x$values[x$values$panel == k, ]
    mx <- ct_fig_x_(v$month)
    top <- max(c(v$y, v$rolling, v$fitted, v$forecast_mean, v$pi80_hi, v$pi95_hi, 1), na.rm = TRUE) * 1.08
    graphics::plot(range(mx) + c(-0.7, 0.7), c(0, top), type = "n", xlab = "", xaxt = "n",
                   ylab = x$panels$ylabel[k + 1L],
                   main = if (nzchar(x$panels$title[k + 1L])) x$panels$title[k + 1L] else x$texts$title, ...)
    ticks <- pretty(mx)
    graphics::axis(1, at = ticks, labels = ct_month_str(ticks))
    ms <- x$missing[x$missing$panel == k, ]
    for (i in seq_len(nrow(ms)))
      graphics::rect(ct_fig_x_(ms$first[i]) - 0.5, 0, ct_fig_x_(ms$last[i]) + 0.5, top,
                     col = grDevices::adjustcolor("grey75", 0.45), border = NA)
    sp <- x$spans[x$spans$panel == k, ]
    for (i in seq_len(nrow(sp)))
      graphics::rect(ct_fig_x_(sp$first[i]) - 0.5, 0, ct_fig_x_(sp$last[i]) + 0.5, top, border = NA,
                     col = if (sp$kind[i] == "base") grDevices::rgb(116, 196, 118, 102, maxColorValue = 255)
                           else grDevices::rgb(255, 237, 111, 140, maxColorValue = 255))
    fut <- !is.na(v$forecast_mean)
    band <- function(lo, hi, col) if (any(fut))
      graphics::polygon(c(mx[fut], rev(mx[fut])), c(hi[fut], rev(lo[fut])), col = col, border = NA)
    band(v$pi95_lo, v$pi95_hi, grDevices::rgb(253, 208, 162, 153, maxColorValue = 255))
    band(v$pi80_lo, v$pi80_hi, grDevices::rgb(253, 141, 60, 140, maxColorValue = 255))
    ok <- !is.na(v$y)
    if (x$options$style == "points") graphics::points(mx[ok], v$y[ok], pch = 19, col = "#2171b5")
    else graphics::rect(mx[ok] - 0.4, 0, mx[ok] + 0.4, pmax(v$y[ok], 0), col = "#6baed6", border = "#2171b5")
    if (any(!is.na(v$rolling))) graphics::lines(mx, v$rolling, lwd = 2, col = "#252525")
    if (any(!is.na(v$fitted))) graphics::lines(mx, v$fitted, lwd = 2, col = "#d94801")
    if (any(fut)) graphics::lines(mx[fut], v$forecast_mean[fut], lwd = 2, lty = 2, col = "#d94801")
    mk <- x$marks[x$marks$panel == k, ]
    for (i in seq_len(nrow(mk))) graphics::abline(v = ct_fig_x_(mk$month[i]) - 0.5, lty = 2, col = "#78288c")
  }
  invisible(x)
}
