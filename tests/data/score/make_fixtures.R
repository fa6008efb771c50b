# make_fixtures.R — reference numbers for tests/test_score.c (R 4.2.2, base R only).
# Run from the repository root:  Rscript tests/data/score/make_fixtures.R
# Every number is computed from the DEFINITIONS, independently of lib/score.c:
#  - CRPS of a count distribution: sum over unit intervals [k, k+1) of
#    (F(k) - 1{y <= x})^2, summed over k = 0..K with K far in the upper tail (no lower
#    truncation), using R's ppois/pnbinom. For mu = 1e9 the sum starts at the 1e-30 quantile
#    (F < 1e-30 below it, a change < 1e-51). The closed form is NOT used: R's
#    besselI(2e9, 0, expon.scaled = TRUE) returns 0 (it fails above ~1e5).
#  - sample CRPS: brute force O(m^2) double sum over all pairs (outer()).
#  - ignorance: findInterval() on the ViEWS edges; bin probabilities from ppois/pnbinom.
#  - quantiles: quantile(type = 7); interval score: Gneiting & Raftery (2007) eq. 43.
options(digits = 17)
dir <- "tests/data/score"
fmt <- function(x) sprintf("%.17g", x)

# cdf(k, lower) must return P(X <= k) (lower = TRUE) or P(X > k) (lower = FALSE); the
# upper tail is taken from R directly, not as 1 - F (which loses precision, e.g. mu = 1e-8).
crps_series <- function(y, cdf, K, lo = 0) {
  # below lo, F(k) < 1e-30 is taken as 0: the part of [0, lo) at or above y adds 1 per unit
  k <- lo:K
  F <- cdf(k, TRUE)
  S <- cdf(k, FALSE)
  a <- pmin(pmax(y - k, 0), 1)          # part of [k, k+1) below y
  tail_above <- max(0, y - (K + 1))      # F = 1 beyond K
  sum(a * F^2 + (1 - a) * S^2) + tail_above + max(0, lo - y)
}
crps_pois_closed <- function(y, mu) {
  (y - mu) * (2 * ppois(y, mu) - 1) + 2 * mu * dpois(floor(y), mu) -
    mu * (besselI(2 * mu, 0, TRUE) + besselI(2 * mu, 1, TRUE))
}

rows <- list()
pois_cases <- list(c(0, 0.3), c(1, 0.3), c(0, 4.2), c(3, 4.2), c(17, 4.2), c(2.5, 4.2),
                   c(0, 37.5), c(40, 37.5), c(120, 37.5), c(5000, 4873.2), c(0, 4873.2),
                   c(1e6 + 2000, 1e6), c(0, 1e-8), c(250, 0.7))
for (cs in pois_cases) {
  y <- cs[1]; mu <- cs[2]
  K <- ceiling(max(y, qpois(1e-300, mu, lower.tail = FALSE)) + 50 + 10 * sqrt(mu))
  v <- crps_series(y, function(k, lw = TRUE) ppois(k, mu, lower.tail = lw), K)
  rows[[length(rows) + 1]] <- c("pois", fmt(y), fmt(mu), "inf", fmt(v))
}
# mu = 1e9 (the "huge count" case): the series over the bulk
for (y in c(1e9, 1e9 + 12345, 999e6, 0)) {
  lo <- qpois(1e-30, 1e9); K <- qpois(1e-30, 1e9, lower.tail = FALSE) + 10
  v <- crps_series(y, function(k, lw = TRUE) ppois(k, 1e9, lower.tail = lw), max(K, ceiling(y)), lo)
  rows[[length(rows) + 1]] <- c("pois", fmt(y), "1000000000", "inf", fmt(v))
}
nb_cases <- list(c(0, 4.2, 1.3), c(3, 4.2, 1.3), c(30, 4.2, 1.3), c(7.5, 4.2, 1.3),
                 c(0, 0.2, 0.1), c(12, 0.2, 0.1), c(0, 37.5, 0.6), c(40, 37.5, 0.6),
                 c(1000, 37.5, 0.6), c(5, 6, 50), c(9000, 10000, 2.5), c(0, 10000, 2.5),
                 c(4, 3.3, 1e8), c(100000, 1e5, 2), c(0, 1e-7, 2), c(3, 1e-7, 2))
for (cs in nb_cases) {
  y <- cs[1]; mu <- cs[2]; th <- cs[3]
  K <- ceiling(max(y, qnbinom(1e-20, size = th, mu = mu, lower.tail = FALSE)) + 100)
  v <- crps_series(y, function(k, lw = TRUE) pnbinom(k, size = th, mu = mu, lower.tail = lw), K)
  rows[[length(rows) + 1]] <- c("nb", fmt(y), fmt(mu), fmt(th), fmt(v))
}
writeLines(c("family,y,mu,theta,crps", vapply(rows, paste, "", collapse = ",")),
           file.path(dir, "crps_dist.csv"))

# ---- NB CRPS, second reference: the closed form of scoringRules::crps_nbinom ----
# c1 - size c2 c3 with c1 = y(2F(y) - 1), c2 = (1 - p)/p^2,
# c3 = p(2 F_{size+1}(y - 1) - 1) + 2F1(size + 1, 1/2; 2; -4 c2), the 2F1 by its Euler
# integral with integrate(). Only for moderate mu (integrate() fails for mu ~ 1e4 and the
# closed form cancels for mu ~ 1e-7), so those rows are left out here.
h2f1 <- function(a, b, c, z) {
  f <- function(t) t^(b - 1) * (1 - t)^(c - b - 1) * (1 - z * t)^(-a)
  gamma(c) / (gamma(b) * gamma(c - b)) *
    integrate(f, 0, 1, rel.tol = 1e-13, subdivisions = 1000L)$value
}
crps_nb_closed <- function(y, size, mu) {
  prob <- size / (size + mu)
  c1 <- y * (2 * pnbinom(y, size, prob) - 1)
  c2 <- (1 - prob) / prob^2
  c3 <- prob * (2 * pnbinom(y - 1, size + 1, prob) - 1) + h2f1(size + 1, 0.5, 2, -4 * c2)
  c1 - size * c2 * c3
}
closed_rows <- character()
for (cs in nb_cases) {
  if (cs[2] > 100 || cs[2] < 1e-3 || cs[3] > 100) next
  closed_rows <- c(closed_rows, paste(fmt(c(cs, crps_nb_closed(cs[1], cs[3], cs[2]))), collapse = ","))
}
writeLines(c("y,mu,theta,crps", closed_rows), file.path(dir, "crps_nb_closed.csv"))

# ---- ignorance with distributions (floor 1e-10) ----
edges <- c(0, 0.5, 2.5, 5.5, 10.5, 25.5, 50.5, 100.5, 250.5, 500.5, 1000.5)
lo_int <- ceiling(edges); hi_int <- c(ceiling(edges[-1]) - 1, Inf)
binp <- function(b, cdf) { # b 1-based
  if (is.infinite(hi_int[b])) return(1 - cdf(lo_int[b] - 1))
  cdf(hi_int[b]) - if (lo_int[b] == 0) 0 else cdf(lo_int[b] - 1)
}
ign_rows <- list()
ign_cases <- list(c(0, 4.2, Inf), c(2, 4.2, Inf), c(7, 4.2, Inf), c(30, 4.2, Inf),
                  c(1500, 4.2, Inf), c(600, 700, Inf), c(0, 4.2, 1.3), c(30, 4.2, 1.3),
                  c(1001, 300, 0.5), c(11, 12, 3), c(3, 0.05, 0.2))
for (cs in ign_cases) {
  y <- cs[1]; mu <- cs[2]; th <- cs[3]
  cdf <- if (is.infinite(th)) function(k, lw = TRUE) ppois(k, mu, lower.tail = lw) else function(k) pnbinom(k, size = th, mu = mu)
  b <- findInterval(y, edges)
  v <- -log2(max(binp(b, cdf), 1e-10))
  ign_rows[[length(ign_rows) + 1]] <- c(fmt(y), fmt(mu), if (is.infinite(th)) "inf" else fmt(th), fmt(v))
}
writeLines(c("y,mu,theta,ign", vapply(ign_rows, paste, "", collapse = ",")),
           file.path(dir, "ignorance_dist.csv"))

# ---- sample scores ----
set.seed(20261121)
samp_cases <- list(
  list(y = 3, x = c(5)),
  list(y = 0, x = c(2, 7)),
  list(y = 4, x = c(1, 4, 4, 4, 9, 0, 2)),
  list(y = 0, x = rpois(100, 3.7)),
  list(y = 57, x = rnbinom(250, size = 0.8, mu = 40)),
  list(y = 2e9, x = rpois(40, 1e9)),
  list(y = 1200, x = c(rpois(500, 800), rpois(501, 1500))))
lines <- character()
for (cs in samp_cases) {
  y <- cs$y; x <- cs$x; m <- length(x)
  e1 <- mean(abs(x - y)); pair <- sum(abs(outer(x, x, "-")))
  plain <- e1 - pair / (2 * m^2)
  fair <- if (m > 1) e1 - pair / (2 * m * (m - 1)) else NaN
  cnt <- sum(findInterval(x, edges) == findInterval(y, edges))
  ign1 <- -log2((cnt + 1) / (m + 11 * 1))
  ign05 <- -log2((cnt + 0.5) / (m + 11 * 0.5))
  q <- unname(quantile(x, c(0.05, 0.95), type = 7))
  is90 <- (q[2] - q[1]) + 2 / 0.1 * (q[1] - y) * (y < q[1]) + 2 / 0.1 * (y - q[2]) * (y > q[2])
  lines <- c(lines, paste(c(fmt(c(y, m, plain, fair, ign1, ign05, q, is90)), fmt(x)), collapse = " "))
}
writeLines(c("# y m crps_plain crps_fair ign_alpha1 ign_alpha0.5 q05 q95 is90 x_1..x_m", lines),
           file.path(dir, "sample_scores.txt"))

# ---- point scores (NaN y skipped) ----
y <- c(0, 3, NaN, 12, 250, 1, 0, 7)
p <- c(0.5, 2, 99, 15.2, 180, 1, 3.3, 7.7)
ok <- !is.na(y)
mae <- mean(abs(p[ok] - y[ok])); rmse <- sqrt(mean((p[ok] - y[ok])^2))
msle <- mean((log1p(p[ok]) - log1p(y[ok]))^2)
writeLines(c("mae,rmse,msle,n_used", paste(c(fmt(c(mae, rmse, msle)), sum(ok)), collapse = ",")),
           file.path(dir, "point_scores.csv"))
cat("R", R.version.string, "\n")
