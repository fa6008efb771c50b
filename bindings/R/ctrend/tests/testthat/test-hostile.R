# Hostile-argument sweep (issue 18; values, baselines and the batch runner: helper-hostile.R): every exported function, every argument replaced in
# turn by a hostile value (negative, 0, 2^61, 2^63, 2^64+2, NaN, Inf, NULL, NA, empty, a
# string, a factor, a complex number, a list, the wrong length), each call run in a child
# Rscript under a timeout. Asserted: 0 crashes (signals), 0 hangs, every error a classed
# ctrend condition (no raw R error from inside the package), and every argument error names
# the argument it is about. Cases run in batches (starting R costs ~0.5 s); a batch that
# dies or times out pins the failure on its running case, which is then re-run alone in its
# own process under a 10 s timeout to confirm, and the batch resumes after it.

test_that("hostile arguments: no crash, no hang, every error classed and naming its argument", {
  has_module(ct_fit(c(1, 2, 3), start = "2020-01"))
  cases <- hostile_cases()
  texts <- vapply(cases, `[[`, "", "text")
  res <- run_hostile(texts)
  kind <- vapply(res, function(r) if (is.null(r)) "lost" else r[1L], "")
  cls <- vapply(res, function(r) if (length(r) >= 2L) r[2L] else "", "")
  msg <- vapply(res, function(r) if (length(r) >= 3L) r[3L] else "", "")
  fn <- vapply(cases, `[[`, "", "fn"); arg <- vapply(cases, `[[`, "", "arg")
  show <- function(sel) paste(texts[sel], "->", kind[sel], cls[sel], msg[sel], collapse = "\n")
  expect_identical(sum(kind %in% c("crash", "lost")), 0L, label = show(kind %in% c("crash", "lost")))
  expect_identical(sum(kind == "hang"), 0L, label = show(kind == "hang"))
  base <- vapply(cases, `[[`, "", "value") == "(baseline)"
  expect_identical(kind[base], rep("ok", sum(base)), label = show(base & kind != "ok"))
  # every error is a ctrend condition (argument error or a library status), never a raw R error
  raw <- kind == "error" & !cls %in% ctrend_classes()
  expect_identical(sum(raw), 0L, label = show(raw))
  # argument errors name the argument that was replaced
  argerr <- kind == "error" & cls == "ctrend_argument_error"
  # (the replaced one, or another argument whose allowed range depends on it, e.g. k <= length(x))
  said <- said_arg(msg)
  named <- mapply(function(f, a, w) w == a || w %in% formals_of(f), fn, arg, said)
  expect_identical(sum(argerr & !named), 0L, label = show(argerr & !named))
  self <- argerr & said == arg
  # NaN, NA, a factor, a complex number and a list are never accepted as numbers
  bad <- vapply(cases, `[[`, "", "value") %in% c("NaN", "factor(c(\"3\", \"1\"))", "1+2i", "list(1)")
  accepted <- bad & kind == "ok" & !arg %in% c("x", "m") & !(fn %in% c("ct_month", "ct_month_str", "ct_month_days"))
  expect_identical(sum(accepted), 0L, label = show(accepted))
  if (nzchar(Sys.getenv("CTREND_SWEEP_REPORT"))) writeLines(show(kind == "ok" & !base), Sys.getenv("CTREND_SWEEP_REPORT"))
  message(sprintf("hostile sweep: %d cases, %d errors (%d argument errors, %d naming the replaced argument), %d accepted, 0 crashes, 0 hangs",
                  length(texts), sum(kind == "error"), sum(argerr), sum(self), sum(kind == "ok")))
})
