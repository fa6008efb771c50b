## Extra reference numbers for tests/test_exact.c (R 4.2, stats only).
## Run from this directory: Rscript exact_extra_R.R > exact_extra_R.csv
## kind,x1,T1,x2,T2,r,alternative,level -> estimate,lower,upper,p
## midp rows: mid-p CI for a Poisson count solved with uniroot (tol 1e-15) on ppois/dpois.
options(digits = 17)
rows <- list(
  list("two", 22, 28, 42, 31, 1, "two.sided", 0.95),     # per day: Feb 2022 (28 d) vs Jan 2022 (31 d)
  list("two", 22, 1, 42, 1, 0.5, "less", 0.95),          # "down by more than 50%": H0 ratio >= 0.5
  list("two", 22, 1, 42, 1, 0.5, "greater", 0.95),
  list("two", 22, 1, 84, 2, 1, "two.sided", 0.90),       # month vs mean of previous 2
  list("two", 0, 1, 0, 1, 1, "two.sided", 0.95),         # both zero
  list("two", 5, 1, 0, 1, 1, "two.sided", 0.95),         # x2 = 0
  list("two", 0, 1, 5, 1, 1, "greater", 0.95),
  list("two", 1e9, 1, 1.00005e9, 1, 1, "two.sided", 0.95), # huge counts
  list("two", 3e6, 1, 2.9e6, 1, 1, "two.sided", 0.95),
  list("two", 1, 1, 0, 1, 2, "less", 0.99),
  list("one", 0, 1, NA, NA, 1, "less", 0.95),
  list("one", 7, 31, NA, NA, 0.5, "two.sided", 0.95),
  list("one", 3, 1, NA, NA, 10, "greater", 0.80),
  list("one", 1e9, 1, NA, NA, 1.0001e9, "two.sided", 0.95),
  list("one", 60, 1, NA, NA, 30, "two.sided", 0.95)
)
cat("kind,x1,T1,x2,T2,r,alternative,level,estimate,lower,upper,p\n")
for (r in rows) {
  pt <- if (r[[1]] == "two") poisson.test(c(r[[2]], r[[4]]), c(r[[3]], r[[5]]), r = r[[6]], alternative = r[[7]], conf.level = r[[8]])
        else poisson.test(r[[2]], r[[3]], r = r[[6]], alternative = r[[7]], conf.level = r[[8]])
  cat(sprintf("%s,%.17g,%.17g,%.17g,%.17g,%.17g,%s,%.17g,%.17g,%.17g,%.17g,%.17g\n", r[[1]], r[[2]], r[[3]],
              ifelse(is.na(r[[4]]), -1, r[[4]]), ifelse(is.na(r[[5]]), -1, r[[5]]), r[[6]], r[[7]], r[[8]],
              unname(pt$estimate), pt$conf.int[1], pt$conf.int[2], pt$p.value))
}
midp <- function(x, level) {
  a <- (1 - level) / 2
  lo <- if (x == 0) 0 else uniroot(function(mu) ppois(x, mu, lower.tail = FALSE) + 0.5 * dpois(x, mu) - a,
                                   c(1e-10, x + 100), tol = 1e-15)$root
  hi <- uniroot(function(mu) ppois(x - 1, mu) + 0.5 * dpois(x, mu) - a, c(1e-10, 3 * x + 100), tol = 1e-15)$root
  c(lo, hi)
}
for (x in c(0, 1, 5, 22, 42, 300)) for (lv in c(0.95, 0.9)) {
  ci <- midp(x, lv)
  cat(sprintf("midp,%.17g,1,-1,-1,-1,two.sided,%.17g,%.17g,%.17g,%.17g,-1\n", x, lv, x, ci[1], ci[2]))
}
