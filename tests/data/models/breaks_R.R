## Profile likelihood of one level break (and level+slope) for tests/test_breaks.c.
## Rscript breaks_R.R > breaks_R.txt     (R 4.2.2)
d <- read.csv("../ref/pak_ucdp_ged/data.csv")
d <- d[d$month >= "2007-01" & d$month <= "2020-12", ]
m <- as.integer(substr(d$month, 6, 7)); n <- nrow(d); t <- seq_len(n)
X <- data.frame(y = d$events_all, trend = t, sin12 = sin(2*pi*m/12), cos12 = cos(2*pi*m/12),
                sin6 = sin(2*pi*m/6), cos6 = cos(2*pi*m/6))
ctl <- glm.control(epsilon = 1e-12, maxit = 100)
f0 <- glm(y ~ ., family = poisson, data = X, control = ctl)
ms <- 12
for (kind in c("level", "level_slope")) {
  ll <- sapply(ms:(n - ms), function(k) {     # 0-based row k = first month of the new regime
    X$bs <- as.numeric(t >= k + 1)
    if (kind == "level_slope") X$bl <- pmax(0, t - (k + 1))
    as.numeric(logLik(glm(y ~ ., family = poisson, data = X, control = ctl)))
  })
  lr <- 2 * (ll - as.numeric(logLik(f0)))
  kb <- which.max(lr) + ms - 1
  cat(sprintf("%s_index %d\n%s_month %s\n%s_lr %.15g\n%s_lr_first %.15g\n%s_lr_last %.15g\n",
      kind, kb, kind, d$month[kb + 1], kind, max(lr), kind, lr[1], kind, lr[length(lr)]))
}
