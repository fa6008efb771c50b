# R peer: glm(family = poisson) per series in a loop.
# usage: Rscript r_fit.R PANEL.csv OUT.csv [MAX_SERIES]
# Same design as ctrend_design / sm_fit.py. glm.control() defaults (epsilon 1e-8, maxit 25).
# Also times glm.fit on a prebuilt model matrix (R's fastest way to the same numbers).
args <- commandArgs(TRUE)
t0 <- Sys.time()
df <- read.csv(args[1], colClasses = c("character", "character", "character", "numeric"))
t1 <- Sys.time()
n <- 240L
mo <- as.integer(substr(df$month[1:n], 6, 7)); yr <- as.integer(substr(df$month[1:n], 1, 4))
trend <- seq_len(n)
s12 <- sin(2 * pi * mo / 12); c12 <- cos(2 * pi * mo / 12)
s6 <- sin(4 * pi * mo / 12); c6 <- cos(4 * pi * mo / 12)
step <- as.numeric(yr * 12 + mo - 1 >= 2012 * 12)
ns <- nrow(df) %/% n
if (length(args) > 2) ns <- min(ns, as.integer(args[3]))
coef <- matrix(NA_real_, ns, 7)
cpu <- function() sum(proc.time()[c("user.self", "sys.self")])
c2 <- cpu()
t2 <- Sys.time()
for (s in seq_len(ns)) {
  y <- df$attacks[((s - 1) * n + 1):(s * n)]
  coef[s, ] <- coef(glm(y ~ trend + s12 + c12 + s6 + c6 + step, family = poisson))
}
t3 <- Sys.time()
c3 <- cpu()
# R's fast path for the same fit: glm.fit on a prebuilt model matrix (no formula/model frame)
X <- cbind(1, trend, s12, c12, s6, c6, step)
fam <- poisson()
coef2 <- matrix(NA_real_, ns, 7)
c4 <- cpu()
t4 <- Sys.time()
for (s in seq_len(ns)) {
  y <- df$attacks[((s - 1) * n + 1):(s * n)]
  coef2[s, ] <- glm.fit(X, y, family = fam)$coefficients
}
t5 <- Sys.time()
c5 <- cpu()
stopifnot(max(abs(coef2 - coef) / pmax(abs(coef), 1e-300)) < 1e-12)
out <- data.frame(group = df$group[(seq_len(ns) - 1) * n + 1], coef)
names(out) <- c("group", paste0("b", 0:6))
write.csv(format(out, digits = 17), args[2], row.names = FALSE, quote = FALSE)
fit <- as.numeric(difftime(t3, t2, units = "secs"))
fit2 <- as.numeric(difftime(t5, t4, units = "secs"))
cat(sprintf(paste("read_s=%.6f fit_s=%.6f fit_cpu_s=%.6f fits=%d us_per_fit=%.2f",
                  "glmfit_s=%.6f glmfit_cpu_s=%.6f us_per_glmfit=%.2f\n"),
            as.numeric(difftime(t1, t0, units = "secs")), fit, c3 - c2, ns, 1e6 * fit / ns,
            fit2, c5 - c4, 1e6 * fit2 / ns))
