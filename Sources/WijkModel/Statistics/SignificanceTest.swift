import Foundation

/// The result of one significance test, whichever it was, in the form every
/// output shows: method, statistic, degrees of freedom, p and n.
public struct SignificanceTest: Sendable, Hashable {
    public enum Method: String, Sendable, Hashable {
        /// Pearson's chi-square test of independence (no continuity correction).
        case chiSquare
        /// Fisher's exact test for a 2×2 table, two-sided.
        case fisherExact
        /// Welch's t-test for two means (unequal variances).
        case welchT
    }

    /// The conventional level Wijk marks a difference at.
    public static let alpha = 0.05

    public var method: Method
    /// χ² or t; nil for Fisher's exact test, which has none.
    public var statistic: Double?
    /// Degrees of freedom (fractional for Welch); nil for Fisher's exact test.
    public var degreesOfFreedom: Double?
    /// Two-sided p-value.
    public var p: Double
    /// Observations tested (the table's total, or both groups' n).
    public var n: Int
    /// For a chi-square test: its small expected counts. nil for the others.
    public var smallCells: SmallCells?

    /// Whether the p-value can be trusted: a chi-square test only when
    /// Cochran's rule holds; Fisher's exact and Welch's tests always.
    public var isReliable: Bool { smallCells?.cochranHolds ?? true }

    /// Whether the test supports a difference at `alpha`: p below it, and a
    /// p-value that can be trusted. Only this marks a difference as such.
    public func isSignificant(at alpha: Double = SignificanceTest.alpha) -> Bool {
        isReliable && p < alpha
    }
}

extension SignificanceTest {
    /// The test the table calls for, after leaving out rows and columns no
    /// one is in: Fisher's exact test for a 2×2 table with an expected count
    /// below 5 (where chi-square's approximation is poor), else Pearson's
    /// chi-square (with its `smallCells` for the warning). nil when there is
    /// nothing to test: no observations, or a single row or column left.
    public static func independence(_ table: ContingencyTable) -> SignificanceTest? {
        let reduced = table.withoutEmptyLines
        guard reduced.rowCount >= 2, reduced.columnCount >= 2 else { return nil }
        if reduced.rowCount == 2, reduced.columnCount == 2, reduced.smallCells.any {
            return fisherExact(reduced)
        }
        return chiSquare(reduced)
    }

    /// Pearson's χ² = Σ (observed − expected)² / expected over the table
    /// without its empty lines, df = (rows − 1)(columns − 1), p from the
    /// chi-square distribution. nil with fewer than two non-empty rows or columns.
    public static func chiSquare(_ table: ContingencyTable) -> SignificanceTest? {
        let t = table.withoutEmptyLines
        guard t.rowCount >= 2, t.columnCount >= 2 else { return nil }
        var chi2 = 0.0
        for r in 0..<t.rowCount {
            for c in 0..<t.columnCount {
                let e = t.expected(r, c), d = Double(t.counts[r][c]) - e
                chi2 += d * d / e
            }
        }
        let df = Double((t.rowCount - 1) * (t.columnCount - 1))
        return SignificanceTest(method: .chiSquare, statistic: chi2, degreesOfFreedom: df,
                                p: ChiSquareDistribution.upperTail(chi2, df: df), n: t.total,
                                smallCells: t.smallCells)
    }

    /// Fisher's exact test for a 2×2 table, two-sided: the probability, with
    /// the margins fixed, of every table no more likely than the one observed
    /// (with R's relative tolerance of 1e-7 for ties). nil unless the table is
    /// 2×2 with at least one observation.
    public static func fisherExact(_ table: ContingencyTable) -> SignificanceTest? {
        guard table.rowCount == 2, table.columnCount == 2, table.total > 0 else { return nil }
        let a = table.counts[0][0]
        let row1 = table.rowTotals[0], row2 = table.rowTotals[1], column1 = table.columnTotals[0]
        let n = table.total
        func logChoose(_ n: Int, _ k: Int) -> Double {
            SpecialFunctions.logGamma(Double(n + 1)) - SpecialFunctions.logGamma(Double(k + 1))
                - SpecialFunctions.logGamma(Double(n - k + 1))
        }
        let logTotal = logChoose(n, column1)
        func logP(_ k: Int) -> Double { logChoose(row1, k) + logChoose(row2, column1 - k) - logTotal }
        let observed = logP(a) + log1p(1e-7)
        var p = 0.0
        for k in max(0, column1 - row2)...min(row1, column1) {
            let lp = logP(k)
            if lp <= observed { p += exp(lp) }
        }
        return SignificanceTest(method: .fisherExact, statistic: nil, degreesOfFreedom: nil,
                                p: min(1, p), n: n, smallCells: nil)
    }

    /// Welch's t-test of two means from their summaries: t = (m₂ − m₁) / √(s₁²/n₁ + s₂²/n₂),
    /// df by Welch–Satterthwaite. nil when either group has fewer than two
    /// values or both have no spread (the standard error is 0).
    public static func welch(mean1: Double, sd1: Double, n1: Int,
                             mean2: Double, sd2: Double, n2: Int) -> SignificanceTest? {
        guard n1 >= 2, n2 >= 2, sd1 >= 0, sd2 >= 0 else { return nil }
        let v1 = sd1 * sd1 / Double(n1), v2 = sd2 * sd2 / Double(n2)
        guard v1 + v2 > 0 else { return nil }
        let t = (mean2 - mean1) / (v1 + v2).squareRoot()
        let df = (v1 + v2) * (v1 + v2) / (v1 * v1 / Double(n1 - 1) + v2 * v2 / Double(n2 - 1))
        return SignificanceTest(method: .welchT, statistic: t, degreesOfFreedom: df,
                                p: StudentT.twoSidedP(t, df: df), n: n1 + n2, smallCells: nil)
    }
}
