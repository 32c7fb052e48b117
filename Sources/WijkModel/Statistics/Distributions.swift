import Foundation

/// Student's t distribution with `df` degrees of freedom (df > 0, not
/// necessarily whole: Welch's test gives fractional ones).
public enum StudentT {
    /// P(T ≤ t).
    public static func cdf(_ t: Double, df: Double) -> Double {
        precondition(df > 0, "t distribution needs df > 0")
        if t.isInfinite { return t > 0 ? 1 : 0 }
        let tail = 0.5 * SpecialFunctions.betaI(df / 2, 0.5, df / (df + t * t))
        return t > 0 ? 1 - tail : tail
    }

    /// P(|T| ≥ |t|): the two-sided p-value of a t statistic.
    public static func twoSidedP(_ t: Double, df: Double) -> Double {
        precondition(df > 0, "t distribution needs df > 0")
        if t.isInfinite { return 0 }
        return min(1, SpecialFunctions.betaI(df / 2, 0.5, df / (df + t * t)))
    }

    /// The density, for Newton steps in `quantile`.
    static func density(_ t: Double, df: Double) -> Double {
        let logC = SpecialFunctions.logGamma((df + 1) / 2) - SpecialFunctions.logGamma(df / 2)
            - 0.5 * log(df * Double.pi)
        return exp(logC - (df + 1) / 2 * log1p(t * t / df))
    }

    /// The p-quantile, 0 < p < 1: t with P(T ≤ t) = p. Newton steps on the
    /// distribution function, kept inside a bracket that bisection narrows
    /// whenever a step would leave it (the t's heavy tails at df = 1 throw
    /// plain Newton far out).
    public static func quantile(_ p: Double, df: Double) -> Double {
        precondition(p > 0 && p < 1 && df > 0, "t quantile needs 0 < p < 1 and df > 0")
        if p == 0.5 { return 0 }
        if p < 0.5 { return -quantile(1 - p, df: df) }
        var lo = 0.0, hi = 1.0
        while cdf(hi, df: df) < p { lo = hi; hi *= 2 }
        var x = max(lo, min(hi, SpecialFunctions.normalQuantile(p)))
        for _ in 0..<200 {
            let f = cdf(x, df: df) - p
            if f == 0 { return x }
            if f < 0 { lo = x } else { hi = x }
            var next = x - f / density(x, df: df)
            if !(next > lo && next < hi) { next = (lo + hi) / 2 }
            if abs(next - x) <= 1e-14 * max(1, abs(x)) { return next }
            x = next
        }
        return x
    }
}

/// The chi-square distribution with `df` degrees of freedom.
public enum ChiSquareDistribution {
    /// P(X ≥ x): the p-value of a chi-square statistic.
    public static func upperTail(_ x: Double, df: Double) -> Double {
        precondition(df > 0, "chi-square distribution needs df > 0")
        if x <= 0 { return 1 }
        return SpecialFunctions.gammaQ(df / 2, x / 2)
    }
}

/// The standard normal distribution.
public enum StandardNormal {
    /// z with Φ(z) = p, 0 < p < 1 (1.959964 for 0.975).
    public static func quantile(_ p: Double) -> Double { SpecialFunctions.normalQuantile(p) }

    public static func cdf(_ z: Double) -> Double { SpecialFunctions.normalCDF(z) }
}
