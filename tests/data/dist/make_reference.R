# SPDX-License-Identifier: GPL-3.0-or-later
# make_reference.R — R's values for tests/test_dist.c (ctrend/dist.h).
#   Rscript make_reference.R > r_reference.csv      (R 4.2.2 Patched 2022-11-10, Debian 12)
# Columns: fn,a,b,c,flag1,flag2,value — fn is the R call; a, b, c its arguments (x or q or p,
# then the parameters; c = NA when unused); flag1 = log (d*) or lower.tail (p*, q*); flag2 =
# log.p (p*, q*); value printed with 17 significant digits. Grid: counts around the mean
# (mean + k sd, k = -6..6) and at 0..3, for means from 1e-3 to 4e9; quantiles at 13 levels
# in both tails and on the log scale.
f <- function(x) sprintf("%.17g", x)
out <- function(fn, a, b, c, f1, f2, v)
  cat(paste(fn, f(a), f(b), if (is.na(c)) "NA" else f(c), f1, f2, f(v), sep = ","), "\n", sep = "")
cat("fn,a,b,c,flag1,flag2,value\n")
lambdas <- c(1e-3, 0.5, 1, 3.7, 10, 42, 100, 1234.5, 1e5, 1e8, 4.3e9)
xs <- function(m) sort(unique(pmax(0, c(0:3, round(m + (-6:6) * sqrt(m))))))
ps <- c(1e-12, 1e-6, 1e-3, 0.025, 0.1, 0.3, 0.5, 0.7, 0.9, 0.975, 0.999, 1 - 1e-6, 1 - 1e-12)
for (l in lambdas) for (x in xs(l)) {
  for (g in 0:1) out("dpois", x, l, NA, g, 0, dpois(x, l, log = g == 1))
  for (lt in 0:1) for (lp in 0:1) {
    v <- ppois(x, l, lower.tail = lt == 1, log.p = lp == 1)
    if (lp == 1 || v > 1e-300) out("ppois", x, l, NA, lt, lp, v)
  }
}
for (l in lambdas) for (p in ps) for (lt in 0:1) {
  out("qpois", p, l, NA, lt, 0, qpois(p, l, lower.tail = lt == 1))
  out("qpois", log(p), l, NA, lt, 1, qpois(log(p), l, lower.tail = lt == 1, log.p = TRUE))
}
sizes <- c(0.5, 1, 2.5, 10, 1000, 1e6)
for (s in sizes) for (pr in c(0.01, 0.3, 0.5, 0.9, 1)) {
  m <- s * (1 - pr) / pr
  for (x in xs(m + 1)) for (g in 0:1) out("dnbinom", x, s, pr, g, 0, dnbinom(x, s, pr, log = g == 1))
}
mus <- c(0.01, 1, 7.5, 100, 1e4, 1e7)
for (s in sizes) for (mu in mus) {
  sd <- sqrt(mu + mu^2 / s)
  for (x in sort(unique(pmax(0, c(0:3, round(mu + (-3:6) * sd)))))) {
    for (g in 0:1) out("dnbinom_mu", x, s, mu, g, 0, dnbinom(x, s, mu = mu, log = g == 1))
    for (lt in 0:1) for (lp in 0:1) {
      v <- pnbinom(x, s, mu = mu, lower.tail = lt == 1, log.p = lp == 1)
      if (lp == 1 || v > 1e-300) out("pnbinom_mu", x, s, mu, lt, lp, v)
    }
  }
  for (p in ps) for (lt in 0:1) {
    out("qnbinom_mu", p, s, mu, lt, 0, qnbinom(p, s, mu = mu, lower.tail = lt == 1))
    out("qnbinom_mu", log(p), s, mu, lt, 1, qnbinom(log(p), s, mu = mu, lower.tail = lt == 1, log.p = TRUE))
  }
}
