# backtest_ref.R — reference point-forecast scores of a rolling-origin backtest, for
# tests/test_backtest.c. R 4.2.2, base R only. Run from the repository root:
#   Rscript tests/data/score/backtest_ref.R
# Series: 48 months from Jan 2018, Poisson counts with a trend and a season, one NaN.
# Backtest: expanding window, initial 24, horizon 3, step 2 -> origins t = 24, 26, ..., 44
# (floor((48 - 24 - 3)/2) + 1 = 11). At each origin: the "last", "mean6" and "seasonal"
# baselines' point forecasts, and Poisson GLMs y ~ trend and y ~ trend + sin12 + cos12
# (trend = 1..t inside the window, continuing t+1..t+3; sin/cos(2 pi m/12), m = month of
# year, Jan = 1) fitted by glm() and predicted with predict(type = "response").
options(digits = 17)
dir <- "tests/data/score"
set.seed(4711)
n <- 48
tt <- 1:n
moy <- ((tt - 1) %% 12) + 1
y <- rpois(n, exp(1.2 + 0.025 * tt + 0.5 * sin(2 * pi * moy / 12)))
y[30] <- NA
writeLines(ifelse(is.na(y), "NaN", as.character(y)), file.path(dir, "backtest_series.txt"))

initial <- 24; h <- 3; step <- 2
origins <- seq(initial, n - h, by = step)
models <- c("last", "mean6", "seasonal", "pois_trend", "pois_trend_fourier", "pois_trend_w18")
# pois_trend_w18: the same y ~ trend GLM on a sliding window of the last 18 months
# (trend 1..18 inside every window, 19..21 ahead).
res <- list()
for (mname in models) {
  obs <- c(); pred <- c()
  for (t in origins) {
    tr <- y[1:t]
    if (mname == "last") p <- rep(tail(tr[!is.na(tr)], 1), h)
    if (mname == "mean6") p <- rep(mean(tail(tr, 6), na.rm = TRUE), h)
    if (mname == "seasonal") p <- y[t + (1:h) - 12]
    if (mname == "pois_trend_w18") {
      d <- data.frame(y = tr[(t - 17):t], trend = 1:18)
      fit <- glm(y ~ trend, family = poisson, data = d, control = glm.control(epsilon = 1e-12, maxit = 100))
      p <- unname(predict(fit, newdata = data.frame(trend = 18 + 1:h), type = "response"))
    } else if (startsWith(mname, "pois")) {
      d <- data.frame(y = tr, trend = 1:t, s = sin(2 * pi * moy[1:t] / 12),
                      c = cos(2 * pi * moy[1:t] / 12))
      nd <- data.frame(trend = t + 1:h, s = sin(2 * pi * moy[t + 1:h] / 12),
                       c = cos(2 * pi * moy[t + 1:h] / 12))
      f <- if (mname == "pois_trend") y ~ trend else y ~ trend + s + c
      fit <- glm(f, family = poisson, data = d, control = glm.control(epsilon = 1e-12, maxit = 100))
      p <- unname(predict(fit, newdata = nd, type = "response"))
    }
    obs <- c(obs, y[t + 1:h]); pred <- c(pred, p)
  }
  ok <- !is.na(obs) & !is.na(pred)
  res[[mname]] <- c(mean(abs(pred[ok] - obs[ok])), sqrt(mean((pred[ok] - obs[ok])^2)),
                    mean((log1p(pred[ok]) - log1p(obs[ok]))^2), sum(ok))
}
out <- c("model,mae,rmse,msle,n")
for (mname in models) out <- c(out, paste(c(mname, sprintf("%.17g", res[[mname]])), collapse = ","))
writeLines(out, file.path(dir, "backtest_ref.csv"))
