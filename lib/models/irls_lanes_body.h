/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * irls_lanes_body.h — the lane kernel's vector code, written once and included by
 * irls_lanes.c once per vector width (never installed, never included elsewhere). The
 * includer defines
 *   LW        lanes per vector (4: AVX2 and the baseline ISA; 8: AVX-512),
 *   VD, VI    GCC vector types of LW doubles and LW long longs,
 *   LN(name)  the width's name of a function or type (name##_w4, name##_w8),
 *   LANES_BODY_TARGET  the instance's function attributes: empty at 4 lanes (the generic and
 *             AVX2 callers give the ISA), the AVX-512 target at 8 (a 64-byte vector passed
 *             to or returned by a function without avx512f changes its ABI: clang refuses it),
 * and provides GI, LANES_INLINE, LANES_UNROLL, LANES_PASS, LANES_TMAX, LANES_MOMENTS,
 * LANES_DISPATCH_P and lane_load. The method is irls_lanes.c's (file comment); every lane's
 * arithmetic is the same at either width, so a series' result does not depend on the width but
 * for the vector exp of the instance (libmvec's 4- and 8-lane exp; tests/test_lanes.c compares
 * every path with R).
 */

/* Every function of the body: inlined into the instance's dispatched callers, with its ISA. */
#define LANES_FN static LANES_INLINE LANES_BODY_TARGET

LANES_FN VD LN(bcast)(double x)
{
    VD v = {0};
    for (int l = 0; l < LW; ++l) v[l] = x;
    return v;
}
/* m ? a : b, m a comparison result (all ones / all zeros per lane). */
LANES_FN VD LN(vsel)(VI m, VD a, VD b)
{
    return (VD)((m & (VI)a) | (~m & (VI)b));
}
LANES_FN VD LN(vbcast)(const double *x)
{
    return LN(bcast)(*x);
}
LANES_FN VD LN(vexp_scalar)(VD x)
{
    for (int l = 0; l < LW; ++l) x[l] = exp(x[l]);
    return x;
}
LANES_FN VD LN(vsqrt_scalar)(VD x)
{
    for (int l = 0; l < LW; ++l) x[l] = sqrt(x[l]);
    return x;
}
LANES_FN VI LN(vfinite)(VD x)
{
    return (x - x) == LN(bcast)(0.0); /* NaN and +-Inf give NaN */
}

/* The kernel's per-series rows, lane l of each (64-byte aligned views into scratch). */
typedef struct LN(lanes_rows) {
    VD *Y, *LY, *ETA, *MU;
} LN(lanes_rows);

/* The doubles of an array of vectors, element q * LW + l = lane l of vector q
 * (&v[0][0] is GCC's extension; clang refuses the address of a vector element). */
LANES_FN double *LN(lane_doubles)(VD *v) { return (double *)(void *)v; }

/* Row i's offsets, one per lane: the first LW of the CTREND__LANES_MAX copies of offset_i in
 * the design's OB (irls_lanes.h). */
LANES_FN VD LN(offsets)(const double *OB, size_t i)
{
    VD v;
    memcpy(&v, OB + i * CTREND__LANES_MAX, sizeof v);
    return v;
}

/* lane_load (irls_lanes.c) into lane l of this width's rows. */
LANES_FN void LN(load)(const ctrend__lanes_design *d, const LN(lanes_rows) *r, size_t l,
                       const double *ys, const size_t *perm, double *devold, double *noise)
{
    lane_load(d, LN(lane_doubles)(r->Y), LN(lane_doubles)(r->LY), LN(lane_doubles)(r->ETA),
              LN(lane_doubles)(r->MU), LW, l, ys, perm, devold, noise);
}


/* Lane l converged: its coefficients, (X'WX)^-1 from the packed Cholesky factor G of this
 * iteration (diag of (L L')^-1 = column sums of squares of L^-1), fitted values. Kernel
 * column j is design column cols[j] and kernel row q design row perm[q] (NULL: the
 * identity). */
LANES_FN void LN(lane_finish)(const ctrend__lanes_design *d, const LN(lanes_rows) *r,
                              size_t l, const VD *B, const VD *G, double dev,
                              int iterations, ctrend__lanes_out *o, const size_t *cols,
                              const size_t *perm, const size_t P)
{
    const size_t n = d->n;
    double L[CTREND__LANES_PMAX * CTREND__LANES_PMAX], Li[CTREND__LANES_PMAX * CTREND__LANES_PMAX];
    o->ok = 1;
    o->iterations = iterations;
    o->deviance = dev;
    for (size_t j = 0; j < P; ++j) {
        o->coef[cols ? cols[j] : j] = B[j][l];
        for (size_t k = 0; k <= j; ++k) L[j * P + k] = G[GI(j, k)][l];
    }
    for (size_t j = 0; j < P; ++j) {
        Li[j * P + j] = 1.0 / L[j * P + j];
        for (size_t i = j + 1; i < P; ++i) {
            double t = 0.0;
            for (size_t k = j; k < i; ++k) t -= L[i * P + k] * Li[k * P + j];
            Li[i * P + j] = t / L[i * P + i];
        }
    }
    for (size_t j = 0; j < P; ++j) {
        double v = 0.0;
        for (size_t i = j; i < P; ++i) v += Li[i * P + j] * Li[i * P + j];
        o->se[cols ? cols[j] : j] = sqrt(v);
    }
    /* the whole (L L')^-1 = L^-T L^-1: entry (a, b) sums rows i >= max(a, b) of L^-1 */
    if (o->vcov)
        for (size_t a = 0; a < P; ++a)
            for (size_t b = 0; b <= a; ++b) {
                double v = 0.0;
                for (size_t i = a; i < P; ++i) v += Li[i * P + a] * Li[i * P + b];
                const size_t ca = cols ? cols[a] : a, cb = cols ? cols[b] : b;
                o->vcov[ca * P + cb] = o->vcov[cb * P + ca] = v;
            }
    const double *const Y = LN(lane_doubles)(r->Y), *const MU = LN(lane_doubles)(r->MU),
                        *const ETA = LN(lane_doubles)(r->ETA);
    double mz = INFINITY;
    for (size_t q = 0; q < n; ++q) { /* branch-free: a min of the means at zero counts */
        const double m = Y[q * LW + l] == 0 ? MU[q * LW + l] : INFINITY;
        mz = m < mz ? m : mz;
    }
    o->min_mu_zero = mz;
    if (o->mu)
        for (size_t q = 0; q < n; ++q) o->mu[perm ? perm[q] : q] = MU[q * LW + l];
    if (o->eta)
        for (size_t q = 0; q < n; ++q) o->eta[perm ? perm[q] : q] = ETA[q * LW + l];
}

/* The ordinary path's X'Wz (entries 0..P-1 of A) and packed lower triangle of X'WX (entries
 * P..T-1): entry e sums, over the rows, weight * S[i][e] with weight w*z = mu (eta - off) +
 * (y - mu) (no division) for X'Wz and w = mu for X'WX; LANES_PASS entries per pass over the
 * rows, each a register. */
LANES_FN void LN(xwx_rows)(const ctrend__lanes_design *d, const LN(lanes_rows) *r, VD *A,
                           VD (*vb)(const double *), const size_t P)
{
    const size_t n = d->n, T = CTREND__LANES_ROW(P);
    const double *const S = d->S;
    const double *const OB = d->OB;
    const VD *const Y = r->Y, *const ETA = r->ETA, *const MU = r->MU;
    LANES_UNROLL
    for (size_t e0 = 0; e0 < T; e0 += LANES_PASS) {
        VD acc[LANES_PASS];
        LANES_UNROLL
        for (size_t k = 0; k < LANES_PASS; ++k) acc[k] = LN(bcast)(0.0);
        const double *s = S + e0;
        for (size_t i = 0; i < n; ++i, s += T) {
            const VD w = MU[i];
            const VD wz = e0 < P ? w * (ETA[i] - LN(offsets)(OB, i)) + (Y[i] - w) : w;
            LANES_UNROLL
            for (size_t k = 0; k < LANES_PASS; ++k)
                if (e0 + k < T) acc[k] += (e0 + k < P ? wz : w) * vb(s + k);
        }
        LANES_UNROLL
        for (size_t k = 0; k < LANES_PASS; ++k)
            if (e0 + k < T) A[e0 + k] = acc[k];
    }
}

/* The ordinary path's eta, mu and deviance at the new beta B, committed only in good lanes;
 * returns the deviance. */
LANES_FN VD LN(eta_rows)(const ctrend__lanes_design *d, const LN(lanes_rows) *r,
                         const VD *B, VI good, VD (*vexp)(VD),
                         VD (*vb)(const double *), VD (*vs)(VI, VD, VD),
                         const size_t P)
{
    const size_t n = d->n, T = CTREND__LANES_ROW(P);
    const double *const OB = d->OB;
    const VD *const Y = r->Y, *const LY = r->LY;
    VD *const ETA = r->ETA, *const MU = r->MU;
    const VD eps = LN(bcast)(DBL_EPSILON), zero = LN(bcast)(0.0);
    VD dev = zero;
    const double *s = d->S;
    for (size_t i = 0; i < n; ++i, s += T) {
        VD lin = zero;
        LANES_UNROLL
        for (size_t j = 0; j < P; ++j) lin += vb(s + j) * B[j];
        const VD e = lin + LN(offsets)(OB, i);
        VD mu = vexp(e);
        const VI clamp = mu > eps;
        mu = vs(clamp, mu, eps);
        const VD lmu = vs(clamp, e, LN(bcast)(log(DBL_EPSILON)));
        const VD yv = Y[i];
        const VD pos = yv * (LY[i] - lmu) - (yv - mu);
        dev += LN(bcast)(2.0) * vs(yv > zero, pos, mu);
        ETA[i] = vs(good, e, ETA[i]);
        MU[i] = vs(good, mu, MU[i]);
    }
    return dev;
}

/* ---- the grouped path ----
 * The row passes below do not depend on p: one copy per instance (not per p), called once
 * per iteration, so that each is compiled as a small function of its own. */

/* Per group g, with t the varying column (XV) and w = mu, wz = w z = mu (eta - off) +
 * (y - mu) as in LN(xwx_rows), the moments over the group's rows (contiguous: registers)
 *   Mom[g][0] = sum w, [1] = sum w t, [2] = sum w t^2, [3] = sum wz, [4] = sum wz t. */
LANES_FN void LN(grp_moments_rows)(const ctrend__lanes_groups *gr, const LN(lanes_rows) *r,
                                   VD *Mom, VD (*vb)(const double *),
                                   const int HAS_OFF)
{
    const size_t G = gr->n_groups, *const gs = gr->gstart;
    const double *const XV = gr->XV, *const OFF = gr->OFF;
    const VD *const Y = r->Y, *const ETA = r->ETA, *const MU = r->MU;
    for (size_t g = 0; g < G; ++g) {
        VD s0 = LN(bcast)(0.0), s1 = s0, s2 = s0, z0 = s0, z1 = s0;
        for (size_t q = gs[g]; q < gs[g + 1]; ++q) {
            const VD w = MU[q], t = vb(XV + q);
            const VD wz = w * (HAS_OFF ? ETA[q] - vb(OFF + q) : ETA[q]) + (Y[q] - w);
            const VD wt = w * t;
            s0 += w;
            s1 += wt;
            s2 += wt * t;
            z0 += wz;
            z1 += wz * t;
        }
        VD *m = Mom + g * LANES_MOMENTS;
        m[0] = s0;
        m[1] = s1;
        m[2] = s2;
        m[3] = z0;
        m[4] = z1;
    }
}
LANES_FN void LN(grp_moments_body)(const ctrend__lanes_groups *gr, const LN(lanes_rows) *r,
                                   VD *Mom, VD (*vb)(const double *))
{
    if (gr->OFF)
        LN(grp_moments_rows)(gr, r, Mom, vb, 1);
    else
        LN(grp_moments_rows)(gr, r, Mom, vb, 0);
}

/* eta = c_g + t beta_t + off at kernel row q of group g (c_g = CG[g * LANES_MOMENTS], the
 * grouped columns' part, once per group) and exp(eta); then mu = max(exp(eta), eps) and the
 * deviance, *dev, in a loop of their own (exp's call clobbers every vector register).
 * Committed in every lane: a lane that is not good ends at this iteration and is reloaded
 * before its rows are read again (LN(lanes_kernel)). */
LANES_FN void LN(grp_eta_body)(const ctrend__lanes_groups *gr, const LN(lanes_rows) *r,
                               size_t n, const VD *CG, const VD *bt, VD *dev,
                               VD (*vexp)(VD), VD (*vb)(const double *),
                               VD (*vs)(VI, VD, VD))
{
    const size_t G = gr->n_groups, *const gs = gr->gstart;
    const double *const XV = gr->XV, *const OFF = gr->OFF;
    const VD *const Y = r->Y, *const LY = r->LY;
    VD *const ETA = r->ETA, *const MU = r->MU;
    const VD b = *bt, eps = LN(bcast)(DBL_EPSILON), zero = LN(bcast)(0.0);
    for (size_t g = 0; g < G; ++g) {
        const VD cg = CG[g * LANES_MOMENTS];
        if (OFF)
            for (size_t q = gs[g]; q < gs[g + 1]; ++q) {
                const VD e = cg + vb(XV + q) * b + vb(OFF + q);
                ETA[q] = e;
                MU[q] = vexp(e);
            }
        else
            for (size_t q = gs[g]; q < gs[g + 1]; ++q) {
                const VD e = cg + vb(XV + q) * b;
                ETA[q] = e;
                MU[q] = vexp(e);
            }
    }
    VD s = zero;
    for (size_t q = 0; q < n; ++q) {
        const VD e = ETA[q];
        VD mu = MU[q];
        const VI clamp = mu > eps;
        mu = vs(clamp, mu, eps);
        const VD lmu = vs(clamp, e, LN(bcast)(log(DBL_EPSILON)));
        const VD yv = Y[q];
        const VD pos = yv * (LY[q] - lmu) - (yv - mu);
        s += LN(bcast)(2.0) * vs(yv > zero, pos, mu);
        MU[q] = mu;
    }
    *dev = s;
}


typedef void (*LN(grp_moments_fn))(const ctrend__lanes_groups *, const LN(lanes_rows) *, VD *);
typedef void (*LN(grp_eta_fn))(const ctrend__lanes_groups *, const LN(lanes_rows) *, size_t,
                           const VD *, const VD *, VD *);


/* The grouped path's X'Wz and X'WX (the same entries as LN(xwx_rows)', in kernel column order:
 * the varying column last) from the moments: entry e sums over the groups
 * C[g][e] * Mom[g][m(e)], C[g] being the group's row of products with t set to 1 and
 *   m(e) = 3 for the X'Wz entries of the grouped columns (e < P-1), 4 for t's (e = P-1),
 *          0 for X'WX's grouped block (P <= e < T-P), 1 for its row of t (T-P <= e < T-1),
 *          2 for its corner (e = T-1),
 * known at compile time for each e, since the packed row of t is the last one. */
LANES_FN void LN(xwx_groups)(const ctrend__lanes_groups *gr, const VD *Mom, VD *A,
                             VD (*vb)(const double *), const size_t P)
{
    const size_t T = CTREND__LANES_ROW(P), G = gr->n_groups;
    const double *const C = gr->C;
    LANES_UNROLL
    for (size_t e0 = 0; e0 < T; e0 += LANES_PASS) {
        VD acc[LANES_PASS];
        LANES_UNROLL
        for (size_t k = 0; k < LANES_PASS; ++k) acc[k] = LN(bcast)(0.0);
        const double *c = C + e0;
        const VD *m = Mom;
        for (size_t g = 0; g < G; ++g, c += T, m += LANES_MOMENTS) {
            LANES_UNROLL
            for (size_t k = 0; k < LANES_PASS; ++k) {
                const size_t e = e0 + k;
                if (e < T) {
                    const size_t mi = e + 1 < P ? 3 : e + 1 == P ? 4 : e + P < T ? 0
                                                                 : e + 1 < T ? 1 : 2;
                    acc[k] += m[mi] * vb(c + k);
                }
            }
        }
        LANES_UNROLL
        for (size_t k = 0; k < LANES_PASS; ++k)
            if (e0 + k < T) A[e0 + k] = acc[k];
    }
}

/* The instance's primitives and grouped row passes. */
typedef struct LN(lanes_isa) {
    VD (*vexp)(VD);
    VD (*vsqrt)(VD);
    VD (*vb)(const double *);
    VD (*vs)(VI, VD, VD);
    LN(grp_moments_fn) moments;
    LN(grp_eta_fn) eta;
} LN(lanes_isa);

/* The fits of a whole call; P is a compile-time constant in the dispatched copies, and so
 * is GROUPED (1: the grouped path, d->groups set; 0: the ordinary one). */
LANES_FN void LN(lanes_kernel)(const ctrend__lanes_design *d, const double *const *y,
                               size_t n_series, double *scratch, ctrend__lanes_out *out,
                               const LN(lanes_isa) isa, const size_t P, const int GROUPED)
{
    const size_t n = d->n;
    const size_t T = CTREND__LANES_ROW(P);
    const VD zero = LN(bcast)(0.0);
    VD *Y = (VD *)(void *)(((uintptr_t)scratch + 63u) & ~(uintptr_t)63u);
    const LN(lanes_rows) rows = {Y, Y + n, Y + 2 * n, Y + 3 * n};
    VD *const Mom = Y + 4 * n;
    const ctrend__lanes_groups *gr = GROUPED ? d->groups : NULL;
    const size_t *perm = GROUPED ? gr->perm : NULL, *cols = GROUPED ? gr->cols : NULL;
    VD A[LANES_TMAX], B[CTREND__LANES_PMAX];
    double devold[LW], noise[LW];
    size_t cur[LW], next = 0;
    int live[LW], iters[LW];

    if (d->maxit < 1) { /* no iteration allowed: nothing converges (the serial fit says so) */
        for (size_t s = 0; s < n_series; ++s) out[s].ok = 0;
        return;
    }
    for (size_t l = 0; l < LW; ++l) {
        live[l] = next < n_series;
        cur[l] = next;
        iters[l] = 0;
        LN(load)(d, &rows, l, live[l] ? y[next] : NULL, perm, &devold[l], &noise[l]);
        if (live[l]) ++next;
    }

    for (;;) {
        VI active = {0};
        int any = 0;
        for (size_t l = 0; l < LW; ++l) {
            active[l] = live[l] ? -1 : 0;
            any |= live[l];
        }
        if (!any) break;
        if (GROUPED) {
            isa.moments(gr, &rows, Mom);
            LN(xwx_groups)(gr, Mom, A, isa.vb, P);
        } else {
            LN(xwx_rows)(d, &rows, A, isa.vb, P);
        }
        /* Cholesky X'WX = L L' in place (packed lower), lane-parallel */
        VD *G = A + P;
        VI pd = active;
        for (size_t j = 0; j < P; ++j) {
            VD s = G[GI(j, j)];
            for (size_t k = 0; k < j; ++k) s -= G[GI(j, k)] * G[GI(j, k)];
            pd &= s > zero;
            s = LN(vsel)(s > zero, s, LN(bcast)(1.0));
            const VD ljj = isa.vsqrt(s);
            G[GI(j, j)] = ljj;
            for (size_t i2 = j + 1; i2 < P; ++i2) {
                VD t = G[GI(i2, j)];
                for (size_t k = 0; k < j; ++k) t -= G[GI(i2, k)] * G[GI(j, k)];
                G[GI(i2, j)] = t / ljj;
            }
        }
        /* solve L u = X'Wz, L' beta = u */
        for (size_t j = 0; j < P; ++j) {
            VD t = A[j];
            for (size_t k = 0; k < j; ++k) t -= G[GI(j, k)] * B[k];
            B[j] = t / G[GI(j, j)];
        }
        for (size_t j = P; j-- > 0;) {
            VD t = B[j];
            for (size_t k = j + 1; k < P; ++k) t -= G[GI(k, j)] * B[k];
            B[j] = t / G[GI(j, j)];
        }
        VI good = pd;
        for (size_t j = 0; j < P; ++j) good &= LN(vfinite)(B[j]);
        /* eta, mu and the deviance at the new beta */
        VD dev;
        if (GROUPED) {
            /* c_g, the grouped columns' part of eta, into the moments' first slot (read) */
            const double *c = gr->C;
            for (size_t g = 0; g < gr->n_groups; ++g, c += T) {
                VD cg = zero;
                LANES_UNROLL
                for (size_t j = 0; j + 1 < P; ++j) cg += isa.vb(c + j) * B[j];
                Mom[g * LANES_MOMENTS] = cg;
            }
            isa.eta(gr, &rows, n, Mom, &B[P - 1], &dev);
        } else {
            dev = LN(eta_rows)(d, &rows, B, good, isa.vexp, isa.vb, isa.vs, P);
        }
        /* per lane: go on, or report and take the next series */
        for (size_t l = 0; l < LW; ++l) {
            if (!live[l]) continue;
            ctrend__lanes_out *o = out + cur[l];
            const int it = ++iters[l];
            const double dv = dev[l], delta = dv - devold[l];
            const double crit = delta / (fabs(dv) + 0.1);
            /* a rise >= epsilon beyond the rounding floor would be halved serially */
            const int ok_step = good[l] && isfinite(dv) &&
                                (it == 1 || crit < d->epsilon || delta <= noise[l]);
            const int conv = ok_step && (fabs(crit) < d->epsilon || fabs(delta) <= noise[l]);
            if (ok_step && !conv && it < d->maxit) {
                devold[l] = dv;
                continue;
            }
            if (conv) {
                LN(lane_finish)(d, &rows, l, B, G, dv, it, o, cols, perm, P);
            } else {
                o->ok = 0; /* left the plain path or did not converge: refit serially */
                o->iterations = it;
                o->deviance = NAN;
            }
            live[l] = next < n_series;
            if (live[l]) {
                cur[l] = next;
                iters[l] = 0;
                LN(load)(d, &rows, l, y[next++], perm, &devold[l], &noise[l]);
            }
        }
    }
}

/* A call's fits with the instance's primitives: the kernel copy of the design's p (and of the
 * grouped or ordinary path), each inlined into the dispatched caller with its ISA. */
LANES_FN void LN(lanes_run)(const ctrend__lanes_design *d, const double *const *y,
                            size_t n_series, double *scratch, ctrend__lanes_out *out,
                            const LN(lanes_isa) isa)
{
    if (d->groups) {
#define LANES_CALL_GROUPED(P) LN(lanes_kernel)(d, y, n_series, scratch, out, isa, P, 1)
        LANES_DISPATCH_P(d->p, LANES_CALL_GROUPED)
#undef LANES_CALL_GROUPED
        return;
    }
#define LANES_CALL_ORDINARY(P) LN(lanes_kernel)(d, y, n_series, scratch, out, isa, P, 0)
    LANES_DISPATCH_P(d->p, LANES_CALL_ORDINARY)
#undef LANES_CALL_ORDINARY
}

#undef LANES_FN
