# hostile-worker.R — runs hostile-argument cases for test-hostile.R in a child process:
#   Rscript hostile-worker.R CASES.rds LOG FIRST
# Each case i >= FIRST is one R call (text). Before it the worker appends "i\tSTART" to LOG,
# after it "i\tok|error\tclass\tmessage", so the parent can pin a crash (no END line, signal
# exit status) or a hang (timeout) on its case.
args <- commandArgs(trailingOnly = TRUE)
cases <- readRDS(args[1L])
log <- args[2L]
first <- as.integer(args[3L])
suppressPackageStartupMessages(library(ctrend))
# fixtures named in the case texts
Y24 <- c(3, 5, 2, 8, 6, 9, 4, 7, 5, 10, 6, 8, 9, 12, 7, 11, 10, 13, 9, 12, 14, 11, 15, 13)
F <- ct_frame(list("A/x" = c(1, 2, 3), "B/x" = c(4, 5, 6)), start = "2022-01")
F24 <- ct_frame(list("A/x" = Y24, "B/x" = rev(Y24)), start = "2020-01")
D <- data.frame(month = sprintf("2020-%02d", 1:12), n = Y24[1:12], e = c(2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4, 5))
M <- ct_fit(Y24, start = "2020-01")
M2 <- ct_fit(Y24, start = "2020-01", fourier = 1)
CL <- c("[a]", "claim = value A/x in 2022-01 = 1")
R <- ct_check_claims(text = CL, data = F)
CSV <- tempfile(fileext = ".csv")
writeLines(c("month,a", "2022-01,1", "2022-02,2"), CSV)
grDevices::pdf(NULL)
clean <- function(s) gsub("[\t\n\r]+", " ", s)
for (i in seq_along(cases)) {
  if (i < first) next
  cat(i, "\tSTART\n", sep = "", file = log, append = TRUE)
  r <- tryCatch({
    withCallingHandlers(eval(str2lang(cases[[i]])), warning = function(w) invokeRestart("muffleWarning"))
    c("ok", "", "")
  }, error = function(e) c("error", class(e)[1L], clean(conditionMessage(e))))
  cat(i, "\t", paste(r, collapse = "\t"), "\n", sep = "", file = log, append = TRUE)
}
cat("DONE\n", file = log, append = TRUE)
