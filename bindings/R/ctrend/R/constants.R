# constants.R — the enum tables and argument limits the R edge uses, in one place.
# Every enum value comes from the API definition (api/ctrend_api.h) through the generated
# R/api_generated.R (ct_api_enums, ct_api_constants): nothing here retypes a value. The R
# names are the C names without their prefix, in lower case, plus R's spellings as aliases.

# ct_enum_(tag, prefix, rename, aliases): named integer vector of enum `tag`; `rename` maps a
# lower-case name to the R spelling, `aliases` adds spellings of values already present.
ct_enum_ <- function(tag, prefix, rename = character(), aliases = character()) {
  v <- ct_api_enums[[tag]]
  stopifnot(!is.null(v), all(startsWith(names(v), prefix)))
  nm <- tolower(substring(names(v), nchar(prefix) + 1L))
  hit <- nm %in% names(rename)
  nm[hit] <- rename[nm[hit]]
  names(v) <- nm
  c(v, stats::setNames(v[unname(aliases)], names(aliases)))
}

# model.h: ctrend_family, ctrend_model_opt, ctrend_model_vec, ctrend_model_sca, ctrend_break_kind
ct_families_ <- ct_enum_("ctrend_family", "CTREND_FAMILY_")
ct_model_options_ <- ct_enum_("ctrend_model_opt", "CTREND_OPT_")
ct_model_vectors_ <- ct_enum_("ctrend_model_vec", "CTREND_MV_")
ct_model_scalars_ <- ct_enum_("ctrend_model_sca", "CTREND_MS_")
ct_break_kinds_ <- ct_enum_("ctrend_break_kind", "CTREND_BREAK_")
# baseline.h: ctrend_baseline; backtest.h: ctrend_backtest_metric (column order of the scores)
ct_baselines_ <- ct_enum_("ctrend_baseline", "CTREND_BASELINE_")
ct_bt_metrics_ <- toupper(names(ct_enum_("ctrend_backtest_metric", "CTREND_BT_")))
# rolling.h: ctrend_align; R's "center" is zoo's centring (rollmean), "center_pandas" pandas'
ct_aligns_ <- ct_enum_("ctrend_align", "CTREND_ALIGN_",
                       aliases = c(right = "trailing", center = "centred_zoo",
                                   center_pandas = "centred"))
# exact.h: ctrend_alternative (R's spelling two.sided)
ct_alternatives_ <- ct_enum_("ctrend_alternative", "CTREND_", rename = c(two_sided = "two.sided"))
# io.h: reader option keys; io.h numbers the integer options from 0 (ctrend_reader_set_int)
# and the string options from 10 (ctrend_reader_set_str). R says start/end for FROM/TO.
ct_read_keys_ <- ct_enum_("ctrend_read_option", "CTREND_READ_",
                          rename = c(from = "start", to = "end", sum_col = "sum_cols"))
ct_read_int_keys_ <- ct_read_keys_[ct_read_keys_ < 10L]
ct_read_str_keys_ <- ct_read_keys_[ct_read_keys_ >= 10L]
ct_shapes_ <- ct_enum_("ctrend_shape", "CTREND_SHAPE_")

# Limits checked at the R edge before any .Call (issue 18: no size reaches C unchecked).
# Where a limit is a constant of the API definition it is read from ct_api_constants; the rest
# are the R binding's own bounds (not in the C API), each with where it comes from.
ct_limits_ <- list(
  year_min = ct_api_constants$CTREND_YEAR_MIN,   # month.h (API definition)
  year_max = ct_api_constants$CTREND_YEAR_MAX,   # month.h (API definition)
  # any count of months (windows, horizons, lags, segments) fits the calendar 1..9999
  months = ct_api_constants$CTREND_YEAR_MAX * 12,
  fourier = ct_api_constants$CTREND_DESIGN_MAX_FOURIER,  # design.h (API definition)
  # R binding's own bounds (not in the C API):
  samples = 1e6,                 # simulated paths / predictive draws per forecast month
  draws_total = 5e7,             # h * n_samples doubles held at once (400 MB)
  n_boot = 1e4,                  # bootstrap replicates of the break search
  maxit = 1e4,                   # IRLS iterations
  threads = 1024L,
  seed = 2^53,                   # seeds travel as doubles: whole numbers up to 2^53
  count = ct_api_constants$CTREND_EXACT_COUNT_MAX,  # exact.h (API definition)
  theta = 1e8                    # NB size in the scores: above it the NB scores of libctrend 0.1
                                 # lose accuracy (1e-8 at 1e9, wrong at 1e16) while NB equals
                                 # Poisson to ~1e-8: use the Poisson score
)
ct_month_min_ <- function() ct_limits_$year_min * 12L
ct_month_max_ <- function() ct_limits_$year_max * 12L + 11L
