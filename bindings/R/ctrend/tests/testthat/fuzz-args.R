# fuzz-args.R — seeded, type-aware random fuzzer of the R binding's argument marshalling
# (issue 18 #6). The fixed-case sweep (test-hostile.R) replaces one argument at a time by one
# of 15 values; this draws calls of every function of hostile_baselines (helper-hostile.R)
# with one to three arguments replaced by values drawn for the argument's kind, read from its
# baseline text:
#   numbers  hostile sizes (-1, 0, 2^31, 2^53 + 1, 2^63, 2^64 + 2, ...), NaN, NA, +-Inf, -0,
#            subnormals, fractions, integers and the bounds lo - 1, lo, hi, hi + 1 of the C
#            parameter of the same name in the generated definition (ctrend:::ct_api_args, from
#            api/ctrend_api.h); strings  control characters, long, empty, NA_character_, months
#            out of the calendar; vectors  other lengths, hostile elements, other types (factor,
#            complex, character, Date, list, matrix); and anything for any argument: NULL, a
#            wrong type, the wrong length.
# Each call runs in a child Rscript (run_hostile: batches, a dead or hung batch re-run case by
# case under a 10 s timeout). Judged as test-hostile.R judges: no crash, no hang, every error a
# classed ctrend condition, every argument error naming a replaced argument or one of the
# function's own.
#
#   Rscript fuzz-args.R [SECONDS (60)] [SEED (1)]       # prints failures and a closing line
#   fuzz_args(seconds, seed)                            # from test-fuzz-args.R (5 s)
# Case k of seed s is drawn from set.seed((s * 100003 + k) mod (2^31 - 1)), so "seed s case k" is reproduced by
# fuzz_case_text(s, k). Exit status 1 (script) or a failed expectation (test) on a failure.

fuzz_numbers <- c("-1", "0", "1", "2", "-2^31", "2^31 - 1", "2^31", "2^32", "2^53 + 1", "2^61", "2^63",
                  "2^64 + 2", "-2^63", "1e9", "1e30", "NaN", "NA", "NA_integer_", "NA_real_", "Inf", "-Inf",
                  "-0", "5e-324", "2.2e-308", "0.5", "-0.5", "12.5", "1e308", "-1e308", "0.999999999",
                  "1L", "TRUE", "\"3\"", "1+2i", "factor(\"1\")", "as.raw(1)", "list(1)", "c(1, 2)", "numeric(0)")
fuzz_strings <- c("\"\"", "\" \"", "\"a\\001b\"", "\"\\033[31m\"", "\"\\u00e9\"", "strrep(\"x\", 10000)", "\"0000-01\"",
                  "\"2022-13\"", "\"2022-00\"", "\"10000-01\"", "\"2022-02-30\"", "\"NaN\"", "\"NA\"", "NA_character_",
                  "c(\"a\", \"b\")", "character(0)", "\"%s%n\"", "\"\\\\\"", "\"a\\nb\"", "enc2native(\"\\u2264\")")
fuzz_elems <- c("1", "2", "7", "0", "NaN", "NA", "Inf", "-Inf", "-1", "0.5", "1e308", "2^53 + 2", "-0", "5e-324")
fuzz_wrong <- c("NULL", "NA", "TRUE", "\"a\"", "1+2i", "list(1)", "list()", "factor(c(\"3\", \"1\"))", "matrix(1:4, 2)",
                "data.frame(a = 1:3)", "Sys.Date()", "function(x) x", "quote(x)", "new.env()", "as.raw(0:3)",
                "c(a = 1, b = 2)", "array(1, c(1, 1, 1))")

# bounds of every C parameter named `arg` in the definition (lo - 1, lo, hi, hi + 1)
fuzz_bounds <- local({
  cache <- list()
  function(arg) {
    if (!is.null(cache[[arg]])) return(cache[[arg]])
    defs <- get("ct_api_args", asNamespace("ctrend"))
    out <- character(0)
    for (f in defs) for (nm in names(f)) if (nm == arg && !is.null(f[[nm]]$lo) && f[[nm]]$role %in% c("RANGE", "OPEN", "LOPEN")) {
      for (v in c(f[[nm]]$lo, f[[nm]]$hi)) if (is.finite(v)) out <- c(out, sprintf("%.17g", c(v - 1, v, v + 1)))
    }
    cache[[arg]] <<- unique(out)
    cache[[arg]]
  }
})

fuzz_kind <- function(text) {
  if (grepl("^-?[0-9.]+(e[-+]?[0-9]+)?L?$", text)) return("number")
  if (grepl("^\"", text)) return("string")
  if (text %in% c("TRUE", "FALSE")) return("flag")
  if (grepl("^(c|rep|matrix)\\(", text)) return("vector")
  "other"
}

fuzz_vector <- function(text) {
  r <- runif(1)
  if (r < 0.2) return(sample(c(fuzz_wrong, "integer(0)", "numeric(0)", "as.character(1:4)", "as.factor(1:4)",
                               "as.complex(1:4)", "Sys.Date() + 0:3", "list(1, 2)", "c(1, 2)[0]"), 1))
  n <- sample(c(0L, 1L, 2L, 3L, 4L, 7L, 30L, 400L), 1)
  el <- sample(fuzz_elems[1:4], n, TRUE)
  if (n && r < 0.8) { m <- min(n, sample(1:3, 1)); el[sample.int(n, m)] <- sample(fuzz_elems, m, TRUE) }
  v <- if (n) paste0("c(", paste(el, collapse = ", "), ")") else "numeric(0)"
  if (runif(1) < 0.2) v <- sample(c(paste0("as.integer(", v, ")"), paste0("as.character(", v, ")"),
                                    paste0("matrix(", v, ", 1)"), paste0("as.list(", v, ")")), 1)
  v
}

fuzz_value <- function(arg, text) {
  kind <- fuzz_kind(text)
  if (kind == "other" || runif(1) < 0.1) kind <- sample(c("number", "string", "vector", "wrong"), 1)
  switch(kind,
         number = {
           b <- fuzz_bounds(arg)
           pool <- if (length(b) && runif(1) < 0.35) b else fuzz_numbers
           sample(pool, 1)
         },
         string = {
           if (runif(1) < 0.3 && grepl("^\"[^\"]+\"$", text)) {
             s <- substr(text, 2L, nchar(text) - 1L); i <- sample(0:nchar(s), 1)
             paste0("\"", substr(s, 1, i), sample(c("\\001", "\\n", "9", "-", "\\u2264", "["), 1), substr(s, i + 1, nchar(s)), "\"")
           } else sample(c(fuzz_strings, fuzz_wrong[1:6]), 1)
         },
         flag = sample(c("NA", "c(TRUE, FALSE)", "1", "0", "\"TRUE\"", "NULL", "logical(0)", "2"), 1),
         vector = fuzz_vector(text),
         wrong = sample(fuzz_wrong, 1))
}

fuzz_functions <- function() setdiff(names(hostile_baselines), c("anova"))

# case k of seed s: list(fn, args (replaced), text)
fuzz_case <- function(seed, k) {
  set.seed((as.numeric(seed) * 100003 + k) %% .Machine$integer.max)
  fns <- fuzz_functions()
  fn <- fns[sample.int(length(fns), 1)]
  b <- hostile_baselines[[fn]]
  vary <- setdiff(names(b)[nzchar(names(b))], if (fn %in% stats_generics) c("object", "x"))
  n <- if (runif(1) < 0.7) 1L else if (runif(1) < 0.7) 2L else 3L
  args <- vary[sample.int(length(vary), min(n, length(vary)))]
  for (a in args) b[[a]] <- fuzz_value(a, b[[a]])
  nm <- names(b)
  text <- paste0(fn, "(", paste(ifelse(nzchar(nm), paste0("`", nm, "` = ", b), b), collapse = ", "), ")")
  list(fn = fn, args = args, text = text)
}
fuzz_case_text <- function(seed, k) fuzz_case(seed, k)$text

# What is wrong with one outcome r = c(kind, class, message), or "" (test-hostile.R's rules)
fuzz_problem <- function(case, r) {
  if (is.null(r)) return("lost (no outcome)")
  if (r[1L] %in% c("crash", "hang")) return(paste(r[1L], r[2L]))
  if (r[1L] == "ok") return("")
  if (!r[2L] %in% ctrend_classes()) return(paste("raw R error", r[2L], r[3L]))
  if (r[2L] == "ctrend_argument_error") {
    said <- said_arg(r[3L])
    if (!(said %in% case$args || said %in% formals_of(case$fn))) return(paste("error names", said, "not", paste(case$args, collapse = "/")))
  }
  ""
}

# Runs random cases for `seconds` (batches of 40 in child processes); returns list(n, failures)
fuzz_args <- function(seconds = 60, seed = 1, batch = 40L) {
  deadline <- Sys.time() + seconds
  k <- 0L; n <- 0L; failures <- character(0); kinds <- c(ok = 0L, error = 0L)
  while (Sys.time() < deadline) {
    cases <- lapply(k + seq_len(batch), function(i) fuzz_case(seed, i))
    res <- run_hostile(vapply(cases, `[[`, "", "text"), batch = batch)
    for (i in seq_along(cases)) {
      why <- fuzz_problem(cases[[i]], res[[i]])
      if (!is.null(res[[i]]) && res[[i]][1L] %in% names(kinds)) kinds[res[[i]][1L]] <- kinds[res[[i]][1L]] + 1L
      if (nzchar(why)) failures <- c(failures, sprintf("FAIL seed %d case %d: %s -> %s", seed, k + i, cases[[i]]$text, why))
    }
    k <- k + batch; n <- n + length(cases)
  }
  list(n = n, failures = failures, kinds = kinds)
}

if (sys.nframe() == 0L) { # run as a script: Rscript fuzz-args.R [SECONDS] [SEED]
  a <- commandArgs(trailingOnly = TRUE)
  seconds <- if (length(a) >= 1L) as.numeric(a[1L]) else 60
  seed <- if (length(a) >= 2L) as.integer(a[2L]) else 1L
  file_arg <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))
  hostile_dir <- dirname(normalizePath(file_arg))
  suppressPackageStartupMessages(library(ctrend))
  source(file.path(hostile_dir, "helper-hostile.R"))
  t0 <- Sys.time()
  out <- fuzz_args(seconds, seed)
  writeLines(out$failures)
  cat(sprintf("fuzz-args.R: %d executions, %d failures (ok %d, error %d; seed %d, %.0f s)\n", out$n, length(out$failures),
              out$kinds[["ok"]], out$kinds[["error"]], seed, as.numeric(difftime(Sys.time(), t0, units = "secs"))))
  quit(status = if (length(out$failures) || out$n == 0L) 1L else 0L)
}
