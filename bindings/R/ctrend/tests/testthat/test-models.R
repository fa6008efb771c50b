polio <- function() {
  d <- utils::read.csv(ref_dir("us_polio", "data.csv"))
  ts(as.numeric(d$cases), start = c(1970, 1), frequency = 12)
}

harmonics <- function(y) {
  m <- cycle(y)
  data.frame(trend = seq_along(y), sin12 = sin(2 * pi * m / 12), cos12 = cos(2 * pi * m / 12),
             sin6 = sin(2 * pi * m / 6), cos6 = cos(2 * pi * m / 6))
}

test_that("Poisson and quasi-Poisson fits equal glm()", {
  has_module(ct_fit(c(1, 2, 3), start = "2020-01"))
  y <- window(polio(), end = c(1982, 12))
  d <- harmonics(y)
  g <- glm(as.numeric(y) ~ trend + sin12 + cos12 + sin6 + cos6, family = poisson, data = d,
           control = glm.control(epsilon = 1e-12))
  m <- ct_fit(y, "poisson", trend = TRUE, fourier = 2, epsilon = 1e-12)
  expect_equal(unname(coef(m)), unname(coef(g)), tolerance = 1e-7)
  expect_equal(unname(sqrt(diag(vcov(m)))), unname(sqrt(diag(vcov(g)))), tolerance = 1e-7)
  expect_equal(deviance(m), deviance(g), tolerance = 1e-9)
  expect_equal(AIC(m), AIC(g), tolerance = 1e-9)
  expect_equal(as.numeric(logLik(m)), as.numeric(logLik(g)), tolerance = 1e-9)
  expect_equal(as.numeric(fitted(m)), unname(fitted(g)), tolerance = 1e-7)
  expect_equal(as.numeric(residuals(m, "pearson")), unname(residuals(g, "pearson")), tolerance = 1e-6)
  expect_true(is.ts(fitted(m)))
  q <- glm(as.numeric(y) ~ trend + sin12 + cos12 + sin6 + cos6, family = quasipoisson, data = d,
           control = glm.control(epsilon = 1e-12))
  mq <- ct_fit(y, "quasipoisson", trend = TRUE, fourier = 2, epsilon = 1e-12)
  expect_equal(unname(summary(mq)$coefficients[, 2]), unname(summary(q)$coefficients[, 2]), tolerance = 1e-7)
  expect_equal(unname(summary(mq)$coefficients[, 4]), unname(summary(q)$coefficients[, 4]), tolerance = 1e-6)
  expect_output(print(summary(m)), "Rate ratios")
  expect_output(print(m), "Poisson model")
})

test_that("negative binomial fits equal MASS::glm.nb()", {
  has_module(ct_fit(c(1, 2, 3), start = "2020-01"))
  skip_if_not_installed("MASS")
  y <- window(polio(), end = c(1982, 12))
  d <- harmonics(y)
  nb <- tryCatch(ct_fit(y, "negbin", trend = TRUE, fourier = 2, epsilon = 1e-12, maxit = 100),
                 ctrend_eunsupported = function(e) NULL)
  if (is.null(nb)) skip("negative binomial not in this libctrend build")
  g <- MASS::glm.nb(as.numeric(y) ~ trend + sin12 + cos12 + sin6 + cos6, data = d,
                    control = glm.control(epsilon = 1e-12, maxit = 100))
  expect_equal(unname(coef(nb)), unname(coef(g)), tolerance = 1e-5)
  expect_equal(ct_scalar(nb, "theta")[[1]], g$theta, tolerance = 1e-5)
  expect_equal(AIC(nb), AIC(g), tolerance = 1e-6)
})

test_that("forecasts equal predict(glm) and qpois", {
  has_module(ct_fit(c(1, 2, 3), start = "2020-01"))
  y <- window(polio(), end = c(1982, 12))
  d <- harmonics(y)
  g <- glm(as.numeric(y) ~ trend + sin12 + cos12 + sin6 + cos6, family = poisson, data = d,
           control = glm.control(epsilon = 1e-12))
  m <- ct_fit(y, "poisson", trend = TRUE, fourier = 2, epsilon = 1e-12)
  f <- ct_forecast(m, 12)
  nd <- harmonics(ts(1:168, start = c(1970, 1), frequency = 12))[157:168, ]
  p <- predict(g, newdata = nd, type = "link", se.fit = TRUE)
  expect_identical(f$month[1], "1983-01")
  expect_equal(f$mean, unname(exp(p$fit)), tolerance = 1e-7)
  expect_equal(f$mean_lo, unname(exp(p$fit - qnorm(0.975) * p$se.fit)), tolerance = 1e-7)
  expect_equal(f$plugin_hi, qpois(0.975, f$mean))
  s1 <- ct_forecast(m, 6, n_sims = 500, seed = 1)
  s2 <- ct_forecast(m, 6, n_sims = 500, seed = 1)
  expect_identical(s1$predictive_hi, s2$predictive_hi)
})

test_that("fit errors are classed conditions with the library's message", {
  has_module(ct_fit(c(1, 2, 3), start = "2020-01"))
  expect_error(ct_fit(rep(0, 24), start = "2020-01"), class = "ctrend_eallzero")
  expect_error(ct_fit(c(1, -2, 3), start = "2020-01", trend = FALSE), class = "ctrend_edomain")
  e <- tryCatch(ct_fit(c(1, 2, 3, 4), start = "2020-01", step = "2019-01"), error = identity)
  expect_s3_class(e, "ctrend_esingular")
  expect_identical(e$status, 8L)
})

test_that("missing months are dropped like na.omit", {
  has_module(ct_fit(c(1, 2, 3), start = "2020-01"))
  y <- window(polio(), start = c(1975, 1), end = c(1979, 12))
  y[c(4, 11)] <- NA
  d <- harmonics(y)
  g <- glm(as.numeric(y) ~ trend + sin12 + cos12, family = poisson, data = d,
           control = glm.control(epsilon = 1e-12))
  m <- ct_fit(y, trend = TRUE, fourier = 1, epsilon = 1e-12)
  expect_equal(unname(coef(m)), unname(coef(g)), tolerance = 1e-7)
  expect_identical(nobs(m), 58L)
  expect_true(is.na(fitted(m)[4]))
})

test_that("exact tests equal poisson.test()", {
  has_module(ct_poisson_test(3))
  cases <- list(list(c(22, 42), c(1, 1), 1, "two.sided"), list(c(22, 42), c(3, 6), 1, "two.sided"),
                list(c(0, 5), c(1, 1), 1, "two.sided"), list(c(7, 19), c(1, 1), 1, "less"),
                list(c(22, 42), c(1, 1), 0.5, "two.sided"), list(c(35, 61), c(1, 1), 1, "greater"),
                list(22, 1, 30, "two.sided"), list(42, 2, 15, "two.sided"), list(0, 1, 1, "two.sided"),
                list(35, 1, 22, "greater"))
  worst <- 0
  for (cs in cases) {
    want <- poisson.test(cs[[1]], cs[[2]], r = cs[[3]], alternative = cs[[4]])
    got <- ct_poisson_test(cs[[1]], cs[[2]], r = cs[[3]], alternative = cs[[4]])
    expect_s3_class(got, "htest")
    for (nm in c("estimate", "conf.int", "p.value")) {
      w <- as.numeric(want[[nm]]); g <- as.numeric(got[[nm]])
      expect_equal(g, w, tolerance = 1e-9, label = paste(deparse(cs), nm))
      fin <- is.finite(w) & w != 0
      if (any(fin)) worst <- max(worst, abs(g[fin] - w[fin]) / abs(w[fin]))
    }
  }
  expect_lt(worst, 1e-9)
  x <- ts(c(42, 46, 22), start = c(2022, 1), frequency = 12)
  v <- ct_vs_previous(x, 3, 2)
  expect_equal(v$p.value, poisson.test(c(22, 88), c(1, 2))$p.value, tolerance = 1e-9)
  expect_equal(ct_period_ratio(22, c(42, 46))$estimate, v$estimate)
  expect_error(ct_poisson_test(-1), class = "ctrend_argument_error")
  expect_error(ct_poisson_ci(3, conf.level = 95), class = "ctrend_einval")
})

test_that("batch fits equal single fits", {
  has_module(ct_fit(c(1, 2, 3), start = "2020-01"))
  d <- utils::read.csv(ref_dir("meningococcal_france", "data.csv"))
  cols <- setdiff(names(d), "month")
  f <- ct_frame(stats::setNames(lapply(cols, function(c) as.numeric(d[[c]])), paste0("g/", cols)), start = d$month[1])
  b <- ct_batch_fit(f, d$month[1], 60, fourier = 2, n_threads = 3)
  expect_identical(b$status, rep("CTREND_OK", length(cols)))
  for (i in seq_along(cols)) {
    m <- ct_fit(as.numeric(d[[cols[i]]])[1:60], start = d$month[1], fourier = 2)
    expect_equal(unname(unlist(b[i, paste0("coef_", names(coef(m)))])), unname(coef(m)), tolerance = 1e-12)
    expect_equal(b$deviance[i], deviance(m), tolerance = 1e-12)
  }
})
