library(testthat)
library(ctrend)
test_check("ctrend")
