# The random argument fuzzer (fuzz-args.R) for 5 s, so the normal suite runs it; CI runs it for
# 60 s (.ci/run). Same judgement as test-hostile.R: no crash, no hang, every error classed and
# naming a replaced argument (or one of the function's own).
test_that("random hostile arguments (5 s): no crash, no hang, every error classed and named", {
  has_module(ct_fit(c(1, 2, 3), start = "2020-01"))
  source(test_path("fuzz-args.R"), local = TRUE)
  out <- fuzz_args(seconds = 5, seed = as.integer(Sys.getenv("CTREND_FUZZ_SEED", "1")), batch = 20L)
  expect_gt(out$n, 0L)
  expect_identical(length(out$failures), 0L, label = paste(out$failures, collapse = "\n"))
  message(sprintf("fuzz-args: %d executions, %d failures", out$n, length(out$failures)))
})
