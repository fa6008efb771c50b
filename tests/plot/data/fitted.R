# tests/plot/data/fitted.R — the R 4.2 numbers that tests/plot/check_plot.py compares the
# plotted fitted means with (Rscript tests/plot/data/fitted.R).
options(digits = 17)
# datasets/ttp_2022.csv, TTP attacks Jan-Apr 2022: Poisson GLM with a linear trend 1..4
y <- c(42, 22, 39, 54); t <- 1:4
print(unname(fitted(glm(y ~ t, family = poisson))))
# tests/plot/data/gap.csv, series A: 2021-05 not reported (NA, dropped), 2021-08 = 0;
# the model's mean for every month, the missing one included
y2 <- c(12, 9, 15, 11, NA, 18, 14, 0, 21, 17, 24, 19); t2 <- 1:12
m2 <- glm(y2 ~ t2, family = poisson)
print(unname(predict(m2, newdata = data.frame(t2 = 1:12), type = "response")))
