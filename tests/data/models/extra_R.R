## Extra R reference numbers for tests/test_model.c (run from this folder:
##   Rscript extra_R.R > extra_R.txt ). R 4.2.2, AER, MASS.
suppressMessages({library(AER); library(MASS)})
d <- read.csv("../ref/pak_ucdp_ged/data.csv")
d <- d[d$month >= "2007-01" & d$month <= "2020-12", ]
m <- as.integer(substr(d$month, 6, 7))
X <- data.frame(y = d$events_all, trend = seq_len(nrow(d)), sin12 = sin(2*pi*m/12), cos12 = cos(2*pi*m/12),
                sin6 = sin(2*pi*m/6), cos6 = cos(2*pi*m/6), step = as.numeric(d$month >= "2014-06"))
pf <- glm(y ~ trend + sin12 + cos12 + sin6 + cos6 + step, family = poisson, data = X,
          control = glm.control(epsilon = 1e-12, maxit = 100))
t1 <- dispersiontest(pf, trafo = 1); t2 <- dispersiontest(pf, trafo = 2)
cat(sprintf("ct1_alpha %.15g\nct1_z %.15g\nct1_p %.15g\n", t1$estimate, t1$statistic, t1$p.value))
cat(sprintf("ct2_alpha %.15g\nct2_z %.15g\nct2_p %.15g\n", t2$estimate, t2$statistic, t2$p.value))
cat(sprintf("bic %.15g\n", BIC(pf)))
s <- summary(pf)$coefficients
cat(sprintf("z_step %.15g\np_step %.15g\n", s["step", 3], s["step", 4]))
ci <- confint.default(pf)
cat(sprintf("trend_pct_year %.15g\ntrend_pct_lo %.15g\ntrend_pct_hi %.15g\n",
    100*(exp(12*coef(pf)["trend"])-1), 100*(exp(12*ci["trend",1])-1), 100*(exp(12*ci["trend",2])-1)))
qf <- glm(y ~ trend + sin12 + cos12 + sin6 + cos6 + step, family = quasipoisson, data = X,
          control = glm.control(epsilon = 1e-12, maxit = 100))
sq <- summary(qf)$coefficients
cat(sprintf("quasi_t_step %.15g\nquasi_p_step %.15g\n", sq["step", 3], sq["step", 4]))
nb <- glm.nb(y ~ trend + sin12 + cos12 + sin6 + cos6 + step, data = X, control = glm.control(epsilon = 1e-12, maxit = 500))
cat(sprintf("nb_bic %.15g\nnb_null_deviance %.15g\n", BIC(nb), nb$null.deviance))
lf <- lm(y ~ trend + sin12 + cos12 + sin6 + cos6 + step, data = X)
cat(sprintf("ols_loglik %.15g\nols_aic %.15g\nols_f_p %.15g\n", logLik(lf), AIC(lf), pf(summary(lf)$fstatistic[1], 6, 161, lower.tail = FALSE)))
## NaN holes: rows 5, 50 missing -> na.omit
X2 <- X; X2$y[c(5, 50)] <- NA
pf2 <- glm(y ~ trend + sin12 + cos12 + sin6 + cos6 + step, family = poisson, data = X2,
           control = glm.control(epsilon = 1e-12, maxit = 100))
cat(sprintf("nan_coef_step %.15g\nnan_deviance %.15g\nnan_df %d\n", coef(pf2)["step"], deviance(pf2), pf2$df.residual))
## month dummies + slope change + log(days) offset (Poisson, ldeaths 1974-1978)
u <- read.csv("../ref/uk_lung_deaths/data.csv"); u <- u[u$month <= "1978-12", ]
mo <- factor(as.integer(substr(u$month, 6, 7)))
dd <- as.Date(paste0(u$month, "-01")); nd <- as.integer(format(seq(dd[1], by = "month", length.out = nrow(u) + 1)[-1] - 1, "%d"))
t <- seq_len(nrow(u)); sl <- pmax(0, t - 37)   # slope change at 1977-01 (row 37): 0 there, 1 the month after
st <- as.numeric(u$month >= "1977-01")
pu <- glm(u$ldeaths ~ t + mo + st + sl + offset(log(nd)), family = poisson, control = glm.control(epsilon = 1e-12, maxit = 100))
cat(sprintf("uk_coef %s\n", paste(sprintf("%.15g", coef(pu)), collapse = " ")))
cat(sprintf("uk_se %s\n", paste(sprintf("%.15g", sqrt(diag(vcov(pu)))), collapse = " ")))
cat(sprintf("uk_deviance %.15g\nuk_null_deviance %.15g\n", deviance(pu), pu$null.deviance))
