import Foundation

/// A two-sided confidence interval, on the scale of the estimate it belongs to
/// (a proportion 0…1, a percentage 0…100, a mean in the answer's unit).
public struct ConfidenceInterval: Sendable, Hashable {
    public var lower: Double
    public var upper: Double
    /// The confidence level, 0.95 throughout Wijk.
    public var level: Double

    public init(lower: Double, upper: Double, level: Double = 0.95) {
        self.lower = lower; self.upper = upper; self.level = level
    }

    /// The interval multiplied by `factor` (a proportion's interval as percentages: 100).
    public func scaled(by factor: Double) -> ConfidenceInterval {
        ConfidenceInterval(lower: lower * factor, upper: upper * factor, level: level)
    }

    /// Φ⁻¹(0.975), the 95% level's z (checked against `StandardNormal.quantile` in the tests).
    static let z95 = 1.959963984540054

    /// Wilson's score interval for a proportion `successes / n`: unlike the
    /// textbook p ± z·√(p(1−p)/n) it never leaves 0…1 and does not collapse to
    /// a point at 0/n or n/n, which small wijkteam samples hit often (Wilson
    /// 1927; Agresti & Coull 1998). nil when n is 0 or the counts are impossible.
    public static func wilson(successes: Int, n: Int, level: Double = 0.95) -> ConfidenceInterval? {
        guard n > 0, successes >= 0, successes <= n, level > 0, level < 1 else { return nil }
        let z = level == 0.95 ? Self.z95 : StandardNormal.quantile(1 - (1 - level) / 2)
        let nn = Double(n), p = Double(successes) / nn, z2 = z * z
        let denominator = 1 + z2 / nn
        let centre = (p + z2 / (2 * nn)) / denominator
        let half = z / denominator * (p * (1 - p) / nn + z2 / (4 * nn * nn)).squareRoot()
        // At 0/n and n/n the bound is exactly 0 or 1; say so without rounding noise.
        let lower = successes == 0 ? 0 : max(0, centre - half)
        let upper = successes == n ? 1 : min(1, centre + half)
        return ConfidenceInterval(lower: lower, upper: upper, level: level)
    }

    /// The t interval for a mean: mean ± t(1 − α/2; n − 1) · sd / √n.
    /// nil below two values (no standard deviation) or for a negative sd.
    public static func mean(_ mean: Double, sd: Double, n: Int, level: Double = 0.95) -> ConfidenceInterval? {
        guard n >= 2, sd >= 0, sd.isFinite, mean.isFinite, level > 0, level < 1 else { return nil }
        let t = StudentT.quantile(1 - (1 - level) / 2, df: Double(n - 1))
        let half = t * sd / Double(n).squareRoot()
        return ConfidenceInterval(lower: mean - half, upper: mean + half, level: level)
    }
}
