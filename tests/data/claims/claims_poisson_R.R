## poisson.test numbers asserted in tests/test_claims.c (R 4.2, stats only).
## Run: Rscript claims_poisson_R.R
options(digits = 15)
show <- function(label, pt) cat(sprintf("%-40s est %.15g lo %.15g hi %.15g p %.15g\n", label,
                                        unname(pt$estimate), pt$conf.int[1], pt$conf.int[2], pt$p.value))
# TTP Feb 2022 (22) vs mean of Dec 2021 (50, test value) + Jan 2022 (42): per month, t = 1 vs 2
show("feb_vs_prev2_two", poisson.test(c(22, 92), c(1, 2)))
show("feb_vs_prev2_less_0.5", poisson.test(c(22, 92), c(1, 2), r = 0.5, alternative = "less"))
# per day: Feb 28 days vs Dec 31 + Jan 31 = 62 days
show("feb_vs_prev2_perday_two", poisson.test(c(22, 92), c(28, 62)))
show("feb_vs_prev2_perday_less_0.5", poisson.test(c(22, 92), c(28, 62), r = 0.5, alternative = "less"))
# Feb 22 vs Jan 42: per month and per day
show("feb_vs_jan_two", poisson.test(c(22, 42), c(1, 1)))
show("feb_vs_jan_less_0.5", poisson.test(c(22, 42), c(1, 1), r = 0.5, alternative = "less"))
show("feb_vs_jan_perday_two", poisson.test(c(22, 42), c(28, 31)))
# March 39 vs Feb 22, "up more than 50%": H0 ratio <= 1.5 vs greater
show("mar_vs_feb_two", poisson.test(c(39, 22), c(1, 1)))
show("mar_vs_feb_greater_1.5", poisson.test(c(39, 22), c(1, 1), r = 1.5, alternative = "greater"))
# period: Mar+Apr (39+54) vs Jan+Feb (42+22)
show("marapr_vs_janfeb_two", poisson.test(c(93, 64), c(2, 2)))
# trend: glm Poisson (tight convergence, epsilon 1e-14: the default 1e-8 leaves ~1e-6 in the SE) on 42, 22, 39, 54 (t = 0..3)
y <- c(42, 22, 39, 54); t <- 0:3
s <- summary(glm(y ~ t, family = poisson, control = glm.control(epsilon = 1e-14, maxit = 100)))$coefficients
cat(sprintf("trend_slope %.15g se %.15g p %.15g\n", s[2, 1], s[2, 2], s[2, 4]))
y2 <- c(60, 50, 45, 30, 33, 20); t2 <- 0:5
s2 <- summary(glm(y2 ~ t2, family = poisson, control = glm.control(epsilon = 1e-14, maxit = 100)))$coefficients
cat(sprintf("trend2_slope %.15g se %.15g p %.15g\n", s2[2, 1], s2[2, 2], s2[2, 4]))
