# qpois_large_R.R — reference quantiles for huge Poisson means (tests/test_forecast.c,
# test_qpois_large). R 4.2.2: Rscript tests/data/models/qpois_large_R.R > tests/data/models/qpois_large_R.txt
# One line per mean: mu, then qpois(p, mu) for p in probs (the header line).
probs <- c(0.001, 0.025, 0.1, 0.5, 0.9, 0.975, 0.999)
mus <- c(1e5, 1234567, 1e8, 5e8, 4e9, 4.3e9, 4.9e9, 1e10, 1e11, 1e12)
cat("mu", sprintf("%.3f", probs), "\n")
for (mu in mus) cat(sprintf("%.0f", mu), sprintf("%.0f", qpois(probs, mu)), "\n")
