# Fixture of tests/test_batch.c (test_fit_window_selection_vs_R): a 30-month series, Poisson
# fit with intercept + trend on months 4..27 (the design window inside the frame calendar).
# Run: Rscript tests/data/batch/fit_window_R.R   (R 4.2.2; values pasted into the test)
y <- c(12, 15, 9, 22, 18, 25, 31, 17, 28, 35, 30, 41, 38, 29, 44, 52, 47, 39, 58, 61, 55, 49,
       66, 70, 63, 72, 58, 81, 77, 90)
w <- y[4:27]
trend <- seq_along(w)
m <- glm(w ~ trend, family = poisson)
cat(sprintf("coef %.17g\n", coef(m)))
cat(sprintf("se   %.17g\n", sqrt(diag(vcov(m)))))
cat(sprintf("dev  %.17g\n", deviance(m)))
# coef 3.0708848397596418, 0.05144619297078154
# se   0.075637579701997887, 0.0046322903074578455
# dev  25.370889270481047
