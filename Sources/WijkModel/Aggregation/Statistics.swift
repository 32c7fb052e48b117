/// Descriptive statistics of numeric answers. Quartiles and the median
/// interpolate linearly between order statistics (Hyndman–Fan type 7, the
/// default of R and NumPy); `sd` is the sample standard deviation (n − 1).
public struct Statistics: Sendable, Hashable {
    public var n: Int
    public var mean: Double
    public var median: Double
    /// nil for fewer than two values.
    public var sd: Double?
    public var min: Double
    public var max: Double
    public var q1: Double
    public var q3: Double
    /// What the answers can be (a scale's points, a number's minimum and maximum),
    /// which bounds the mean's interval too; nil when unknown.
    public var bounds: ClosedRange<Double>?

    /// Statistics of a histogram (value → count); nil when it is empty.
    public init?(histogram: [Double: Int]) {
        let sorted = histogram.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        let n = sorted.reduce(0) { $0 + $1.value }
        guard n > 0 else { return nil }
        var sum = 0.0
        for (v, c) in sorted { sum += v * Double(c) }
        let mean = sum / Double(n)
        var squares = 0.0
        for (v, c) in sorted { squares += (v - mean) * (v - mean) * Double(c) }
        func orderStatistic(_ k: Int) -> Double {   // 0-based
            var seen = 0
            for (v, c) in sorted {
                seen += c
                if k < seen { return v }
            }
            return sorted[sorted.count - 1].key
        }
        func quantile(_ p: Double) -> Double {
            let h = Double(n - 1) * p
            let lo = Int(h.rounded(.down))
            let a = orderStatistic(lo)
            let b = orderStatistic(Swift.min(lo + 1, n - 1))
            return a + (h - Double(lo)) * (b - a)
        }
        self.n = n
        self.mean = mean
        self.sd = n > 1 ? (squares / Double(n - 1)).squareRoot() : nil
        self.min = sorted[0].key
        self.max = sorted[sorted.count - 1].key
        self.median = quantile(0.5)
        self.q1 = quantile(0.25)
        self.q3 = quantile(0.75)
    }

    /// From a list of values (convenient in tests).
    public init?(values: [Double]) {
        var histogram: [Double: Int] = [:]
        for v in values { histogram[v, default: 0] += 1 }
        self.init(histogram: histogram)
    }
}
