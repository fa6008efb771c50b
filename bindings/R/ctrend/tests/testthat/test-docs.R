# The R tour of docs/bindings.md: every ```r block marked <!-- tour:r --> runs, in order, in
# one environment, from the source tree root with build/ctrend pointing at this build tree.
# The blocks' stopifnot() calls compare with the CLI, glm() and the values quoted in the text.
test_that("the R tour in docs/bindings.md runs and its checks hold", {
  has_module(ct_fit(c(1, 2, 3), start = "2020-01"))
  skip_if_not_installed("zoo")
  p <- source_root()
  doc <- file.path(p$src, "docs", "bindings.md")
  if (!file.exists(doc) || !file.exists(file.path(p$build, "ctrend"))) skip("docs or CLI not found")
  lines <- readLines(doc)
  marks <- which(lines == "<!-- tour:r -->")
  expect_gte(length(marks), 4L)
  blocks <- lapply(marks, function(i) {
    stopifnot(lines[i + 1L] == "```r")
    end <- i + 1L + which(lines[(i + 2L):length(lines)] == "```")[1L]
    lines[(i + 2L):(end - 1L)]
  })
  tmp <- tempfile(); dir.create(tmp)
  dir.create(file.path(tmp, "build"))
  file.symlink(file.path(p$build, "ctrend"), file.path(tmp, "build", "ctrend"))
  file.symlink(file.path(p$src, "datasets"), file.path(tmp, "datasets"))
  old <- setwd(tmp); on.exit(setwd(old))
  env <- new.env(parent = globalenv())
  for (b in blocks) {
    out <- utils::capture.output(r <- tryCatch({ eval(parse(text = b), env); NULL }, error = identity))
    expect_null(r, label = paste(c(conditionMessage(if (is.null(r)) simpleError("") else r), b[1:2]), collapse = "\n"))
  }
  expect_true(exists("m", env) && inherits(env$m, "ctrend_model"))
})
