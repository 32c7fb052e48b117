import Foundation

/// The special functions the tests and intervals rest on, implemented here so
/// the model needs nothing beyond Foundation. Algorithms: Numerical Recipes
/// (3rd ed.) §6.2 (incomplete gamma: series below a + 1, Lentz's continued
/// fraction above) and §6.4 (incomplete beta by its continued fraction);
/// Acklam's rational approximation for the normal quantile, refined by one
/// Halley step on `erfc`. Accuracy is ~1e-12 relative, far beyond what a
/// p-value printed with three decimals needs.
enum SpecialFunctions {
    private static let epsilon = 1e-15
    private static let tiny = 1e-300
    private static let maxIterations = 10_000

    /// ln Γ(x) for x > 0.
    static func logGamma(_ x: Double) -> Double { lgamma(x) }

    /// The regularized lower incomplete gamma function P(a, x), a > 0, x ≥ 0.
    static func gammaP(_ a: Double, _ x: Double) -> Double {
        precondition(a > 0 && x >= 0, "gammaP needs a > 0 and x ≥ 0")
        if x == 0 { return 0 }
        if x.isInfinite { return 1 }
        return x < a + 1 ? gammaSeries(a, x) : 1 - gammaFraction(a, x)
    }

    /// The regularized upper incomplete gamma function Q(a, x) = 1 − P(a, x),
    /// computed directly in the tail so tiny p-values keep their digits.
    static func gammaQ(_ a: Double, _ x: Double) -> Double {
        precondition(a > 0 && x >= 0, "gammaQ needs a > 0 and x ≥ 0")
        if x == 0 { return 1 }
        if x.isInfinite { return 0 }
        return x < a + 1 ? 1 - gammaSeries(a, x) : gammaFraction(a, x)
    }

    private static func gammaPrefix(_ a: Double, _ x: Double) -> Double {
        exp(-x + a * log(x) - logGamma(a))
    }

    private static func gammaSeries(_ a: Double, _ x: Double) -> Double {
        var ap = a, term = 1 / a, sum = term
        for _ in 0..<maxIterations {
            ap += 1
            term *= x / ap
            sum += term
            if abs(term) < abs(sum) * epsilon { break }
        }
        return min(1, sum * gammaPrefix(a, x))
    }

    private static func gammaFraction(_ a: Double, _ x: Double) -> Double {
        var b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d
        for i in 1...maxIterations {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b; if abs(d) < tiny { d = tiny }
            c = b + an / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < epsilon { break }
        }
        return min(1, max(0, gammaPrefix(a, x) * h))
    }

    /// The regularized incomplete beta function I_x(a, b), a, b > 0, 0 ≤ x ≤ 1.
    static func betaI(_ a: Double, _ b: Double, _ x: Double) -> Double {
        precondition(a > 0 && b > 0 && x >= 0 && x <= 1, "betaI needs a, b > 0 and 0 ≤ x ≤ 1")
        if x == 0 { return 0 }
        if x == 1 { return 1 }
        let front = exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * log(x) + b * log1p(-x))
        // The fraction converges fast only on this side of the mean; use the symmetry otherwise.
        if x < (a + 1) / (a + b + 2) { return front * betaFraction(a, b, x) / a }
        return 1 - front * betaFraction(b, a, 1 - x) / b
    }

    private static func betaFraction(_ a: Double, _ b: Double, _ x: Double) -> Double {
        let qab = a + b, qap = a + 1, qam = a - 1
        var c = 1.0, d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...maxIterations {
            let m = Double(m), m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d; if abs(d) < tiny { d = tiny }
            c = 1 + aa / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d; if abs(d) < tiny { d = tiny }
            c = 1 + aa / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < epsilon { break }
        }
        return h
    }

    /// The standard normal distribution function Φ(z).
    static func normalCDF(_ z: Double) -> Double { 0.5 * erfc(-z / 2.0.squareRoot()) }

    /// Φ⁻¹(p) for 0 < p < 1.
    static func normalQuantile(_ p: Double) -> Double {
        precondition(p > 0 && p < 1, "normalQuantile needs 0 < p < 1")
        let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
        let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                 6.680131188771972e+01, -1.328068155288572e+01]
        let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                 -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        let low = 0.02425
        var x: Double
        if p < low {
            let q = (-2 * log(p)).squareRoot()
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        } else if p <= 1 - low {
            let q = p - 0.5, r = q * q
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
        } else {
            let q = (-2 * log1p(-p)).squareRoot()
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        // One Halley step brings Acklam's 1e-9 to full double precision.
        let e = normalCDF(x) - p
        let u = e * (2 * Double.pi).squareRoot() * exp(x * x / 2)
        x -= u / (1 + x * u / 2)
        return x
    }
}
