# helper-ctrend.R — shared by the test files (testthat sources helper-*.R first).

has_module <- function(expr) {
  ok <- tryCatch({ force(expr); TRUE }, ctrend_eunsupported = function(e) FALSE)
  if (!ok) skip("libctrend built without this module")
}

# Reference data (../shared/reference beside the source tree, found through CTREND_LIB's
# CMakeCache.txt, or CTREND_REFERENCE).
ref_dir <- function(...) {
  roots <- c(Sys.getenv("CTREND_REFERENCE"), file.path(Sys.getenv("CTREND_SOURCE_DIR"), "..", "shared", "reference"))
  lib <- Sys.getenv("CTREND_LIB")
  if (nzchar(lib)) {
    cache <- file.path(dirname(lib), "CMakeCache.txt")
    if (file.exists(cache)) {
      src <- sub("^ctrend_SOURCE_DIR:STATIC=", "", grep("^ctrend_SOURCE_DIR:STATIC=", readLines(cache), value = TRUE))
      roots <- c(roots, file.path(src, "..", "shared", "reference"), file.path(src, "tests", "data", "ref"))
    }
  }
  for (r in roots[nzchar(roots)]) if (file.exists(file.path(r, ...))) return(file.path(r, ...))
  skip(paste("reference data not found:", paste(..., sep = "/")))
}

# The source tree (for the CLI, datasets and docs): from CTREND_LIB's CMakeCache.txt.
source_root <- function() {
  lib <- Sys.getenv("CTREND_LIB")
  cache <- file.path(dirname(lib), "CMakeCache.txt")
  if (!nzchar(lib) || !file.exists(cache)) skip("CTREND_LIB (a build tree) not set")
  src <- sub("^ctrend_SOURCE_DIR:STATIC=", "", grep("^ctrend_SOURCE_DIR:STATIC=", readLines(cache), value = TRUE))
  if (!length(src) || !dir.exists(src)) skip("source tree not found")
  list(src = src, build = dirname(lib))
}
