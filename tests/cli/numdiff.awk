# numdiff.awk — compare two text files token by token; numbers may differ by a relative
# 1e-9 (last-digit noise across libm/BLAS builds), everything else must be identical.
# usage: awk -f numdiff.awk EXPECTED ACTUAL   (exit 0 = same, 1 = different)
function isnum(s) { return s ~ /^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$/ }
function same(a, b,    d, m) {
    if (a == b) return 1
    if (!isnum(a) || !isnum(b)) return 0
    d = a - b; if (d < 0) d = -d
    m = a < 0 ? -a : a; if ((b < 0 ? -b : b) > m) m = (b < 0 ? -b : b)
    return d <= 1e-9 * m + 1e-300
}
NR == FNR { want[FNR] = $0; nwant = FNR; next }
{
    if (FNR > nwant) { bad = 1; exit }
    na = split(want[FNR], ta, /[ ,:\[\]{}]+/); nb = split($0, tb, /[ ,:\[\]{}]+/)
    if (na != nb) { bad = 1; exit }
    for (k = 1; k <= na; ++k) if (!same(ta[k], tb[k])) { bad = 1; exit }
    ngot = FNR
}
END { if (!bad && ngot != nwant) bad = 1; exit bad }
