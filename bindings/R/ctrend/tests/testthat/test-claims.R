claims_text <- c(
  "[jan-attacks]", "quote = TTP claimed 42 attacks in January 2022",
  "claim = value TTP/attacks in 2022-01 = 42",
  "[jan-attacks-wrong]", "claim = value TTP/attacks in 2022-01 = 30",
  "[apr-vs-mar]", "claim = change TTP/attacks in 2022-04 vs 2022-03 up more than 30%",
  "[dec-missing]", "claim = value TTP/attacks in 2021-12 = 47")

test_that("claims get verdicts and exact statistics equal to poisson.test", {
  has_module(ct_check_claims(text = "[a]\nclaim = value A/b in 2022-01 = 1",
                             data = ct_frame(list("A/b" = 1), start = "2022-01")))
  f <- ct_frame(list("TTP/attacks" = c(42, 22, 39, 54)), start = "2022-01")
  r <- ct_check_claims(text = claims_text, data = f)
  expect_identical(r$verdict, c("SUPPORTED", "CONTRADICTED", "SUPPORTED", "UNVERIFIABLE"))
  pt <- poisson.test(c(54, 39))
  i <- match("apr-vs-mar", r$id)
  expect_equal(r$ratio[i], 54 / 39, tolerance = 1e-12)
  expect_equal(c(r$ci_lower[i], r$ci_upper[i]), as.numeric(pt$conf.int), tolerance = 1e-9)
  expect_equal(r$p_value[i], pt$p.value, tolerance = 1e-9)
  expect_identical(unname(attr(r, "summary")[["exit_status"]]), 3)
  expect_output(print(r), "2 supported, 1 contradicted, 1 unverifiable")
  expect_output(ct_explain(r, "dec-missing"), "2021-12")
})

test_that("claims parse errors are conditions with line and column", {
  has_module(ct_check_claims(text = "[a]\nclaim = value A/b in 2022-01 = 1",
                             data = ct_frame(list("A/b" = 1), start = "2022-01")))
  f <- ct_frame(list("TTP/attacks" = 1), start = "2022-01")
  e <- tryCatch(ct_check_claims(text = c("[a]", "claim = value TTP/attacks in Feb = 3"), data = f,
                                strict = TRUE), error = identity)
  expect_s3_class(e, "ctrend_eparse")
  expect_identical(e$line, 2L)
  expect_true(e$column > 0)
})

test_that("a bad record does not blank the file: INVALID row, the others checked (claims v2 #8)", {
  has_module(ct_check_claims(text = "[a]\nclaim = value A/b in 2022-01 = 1",
                             data = ct_frame(list("A/b" = 1), start = "2022-01")))
  # [b] does not parse (a month is YYYY-MM, line 4); [a]: the frame holds 42 in 2022-01 and
  # the claim says 42, so SUPPORTED
  f <- ct_frame(list("TTP/attacks" = c(42, 22)), start = "2022-01")
  r <- ct_check_claims(text = c("[a]", "claim = value TTP/attacks in 2022-01 = 42",
                                "[b]", "claim = value TTP/attacks in Feb = 3"), data = f)
  expect_identical(r$id, c("a", "b"))
  expect_identical(r$verdict, c("SUPPORTED", "INVALID"))
  expect_identical(r$computed[1], 42)
  expect_true(is.na(r$computed[2]))
  expect_true(is.na(r$error[1]))
  expect_match(r$error[2], ":4:.*\\[b\\]")
  s <- attr(r, "summary")
  expect_identical(unname(s[c("supported", "invalid", "exit_status")]), c(1, 1, 2))
  expect_length(attr(r, "parse_errors"), 1L)
  expect_output(print(r), "1 supported, 0 contradicted, 0 unverifiable, 1 invalid \\(exit status 2\\)")
  # a column subset keeps the class and still prints (was "undefined columns selected")
  expect_output(print(r[, c("id", "verdict")]), "INVALID")
  expect_error(ct_check_claims(text = "[a]", data = f, strict = NA), class = "ctrend_argument_error")
})

test_that("level = 0.9 gives poisson.test's conf.level = 0.9 interval; a bad level is refused", {
  has_module(ct_check_claims(text = "[a]\nclaim = value A/b in 2022-01 = 1",
                             data = ct_frame(list("A/b" = 1), start = "2022-01")))
  f <- ct_frame(list("TTP/attacks" = c(42, 22, 39, 54)), start = "2022-01")
  r <- ct_check_claims(text = claims_text, data = f, level = 0.9)
  pt <- poisson.test(c(54, 39), conf.level = 0.9)
  i <- match("apr-vs-mar", r$id)
  expect_equal(c(r$ci_lower[i], r$ci_upper[i]), as.numeric(pt$conf.int), tolerance = 1e-9)
  expect_equal(r$p_value[i], pt$p.value, tolerance = 1e-9)
  r95 <- ct_check_claims(text = claims_text, data = f)
  expect_identical(r$verdict, r95$verdict)
  expect_error(ct_check_claims(text = claims_text, data = f, level = 1), "level")
  expect_error(ct_check_claims(text = claims_text, data = f, level = NA_real_), "level")
})

test_that("a data file name that does not exist is refused naming `data` (fuzz-args seed 9 case 1557)", {
  # found by fuzz-args.R: ct_read_csv's error named its own argument `file`
  e <- tryCatch(ct_check_claims(text = "[c]\nclaim = x\n", data = "a\001b"), error = identity)
  expect_s3_class(e, "ctrend_argument_error")
  expect_identical(e$argument, "data")
  expect_match(conditionMessage(e), "argument 'data' must be existing CSV file names")
})
