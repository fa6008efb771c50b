# Logic the library owns (issue 12, item 3) through the R package: ct_frame_window,
# ct_frame_merge, ct_fit(exposure =) and predict(interval = "confidence"), against R's own
# glm / predict.glm / window() / merge computed here.

y <- ts(c(3, 5, 4, 7, NA, 9, 8, 12, 10, 14, 13, 17), start = c(2022, 1), frequency = 12)
pop <- ts(seq(100, 122, by = 2), start = c(2022, 1), frequency = 12)

test_that("ct_frame_window is stats::window with NA outside the series", {
  f <- ct_frame(list("TTP/attacks" = y))
  got <- ct_frame_window(f, "TTP/attacks", "2021-10", "2023-02")
  want <- window(y, start = c(2021, 10), end = c(2023, 2), extend = TRUE)
  expect_equal(as.numeric(got), as.numeric(want))
  expect_equal(tsp(got), tsp(want))
  expect_equal(as.numeric(ct_frame_window(f, 1, "2022-03", n_months = 2)), c(4, 7))
  expect_error(ct_frame_window(f, 1, "2022-03"), class = "ctrend_argument_error")
})

test_that("ct_frame_merge keeps every series and refuses one series twice", {
  a <- ct_frame(list("TTP/attacks" = y))
  b <- ct_frame(list("ISKP/attacks" = window(y, start = c(2022, 4))))
  m <- ct_frame_merge(a, b)
  expect_equal(ct_frame_keys(m)$group, c("TTP", "ISKP"))
  expect_equal(as.numeric(ct_frame_series(m, "ISKP/attacks")),
               c(rep(NA, 3), as.numeric(window(y, start = c(2022, 4)))))
  e <- tryCatch(ct_frame_merge(a, a, names = c("a.csv", "b.csv")), error = function(e) e)
  expect_s3_class(e, "ctrend_eduplicate")
  expect_match(conditionMessage(e), "TTP//attacks")
})

test_that("exposure: the offset is log(exposure); 0 is refused, NA drops the month", {
  m <- ct_fit(y, "poisson", exposure = pop)
  t <- 1:12
  r <- glm(as.numeric(y) ~ t + offset(log(as.numeric(pop))), family = poisson)
  expect_equal(unname(coef(m)), unname(coef(r)), tolerance = 1e-8)
  bad <- pop; bad[4] <- 0
  expect_error(ct_fit(y, "poisson", exposure = bad), class = "ctrend_edomain")
  miss <- pop; miss[3] <- NA
  expect_equal(nobs(ct_fit(y, "poisson", exposure = miss)), nobs(m) - 1)
  expect_error(ct_fit(y, "poisson", exposure = pop, offset = log(as.numeric(pop))),
               class = "ctrend_argument_error")
})

test_that("predict(interval = 'confidence') and se.fit equal predict.glm", {
  m <- ct_fit(y, "poisson", exposure = pop)
  t <- 1:12
  yy <- as.numeric(y); pp <- as.numeric(pop)
  r <- glm(yy ~ t + offset(log(pp)), family = poisson)
  nd <- data.frame(t = t, pp = pp)
  pl <- predict(r, nd, type = "link", se.fit = TRUE)
  pr <- predict(r, nd, type = "response", se.fit = TRUE)
  q <- qnorm(0.95)
  got <- predict(m, type = "response", interval = "confidence", level = 0.9, se.fit = TRUE)
  expect_equal(unname(got$fit[, "fit"]), unname(pr$fit), tolerance = 1e-8)
  expect_equal(as.numeric(got$se.fit), unname(pr$se.fit), tolerance = 1e-6)
  expect_equal(unname(got$fit[, "lwr"]), unname(exp(pl$fit - q * pl$se.fit)), tolerance = 1e-6)
  expect_equal(unname(got$fit[, "upr"]), unname(exp(pl$fit + q * pl$se.fit)), tolerance = 1e-6)
  gl <- predict(m, type = "link", se.fit = TRUE)
  expect_equal(as.numeric(gl$se.fit), unname(pl$se.fit), tolerance = 1e-6)
  # Gaussian: predict.lm(interval = "confidence") (t quantile)
  g <- ct_fit(y, "gaussian")
  l <- predict(lm(yy ~ t), data.frame(t = t), interval = "confidence", level = 0.9)
  expect_equal(unname(predict(g, interval = "confidence", level = 0.9)), unname(l), tolerance = 1e-8)
  expect_error(predict(m, interval = "confidence", level = 1), class = "ctrend_argument_error")
})
