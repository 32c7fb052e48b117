/// A small deterministic pseudo-random generator (SplitMix64, Steele et al.
/// 2014): the same seed gives the same sequence on every platform and Swift
/// version, which `SystemRandomNumberGenerator` and the standard library's
/// `random(in:)` algorithms do not promise. Not for anything secret.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// A generator for item `index` of a run seeded with `seed`, so item 7 is
    /// the same whether items 0…6 were made or not (lazy and parallel use).
    public init(seed: UInt64, index: Int) {
        var mixer = SplitMix64(seed: seed ^ 0x5851_F42D_4C95_7F2D)
        let base = mixer.next()
        state = base &+ UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03
        _ = next()
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range`, by our own multiply-shift (Lemire without
    /// rejection; the bias is below 2^-32 for the small ranges used here), so
    /// the result does not depend on the standard library's algorithm.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) &+ 1
        if width == 0 { return Int(truncatingIfNeeded: next()) }
        let product = next().multipliedFullWidth(by: width)
        return range.lowerBound + Int(product.high)
    }

    /// True with probability `p` (0…1).
    public mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ items: [T]) -> T {
        items[int(in: 0...(items.count - 1))]
    }

    /// `count` distinct elements of `items` in their original order.
    public mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        var indices = Array(items.indices)
        var chosen: [Int] = []
        for _ in 0..<min(count, items.count) {
            let k = int(in: 0...(indices.count - 1))
            chosen.append(indices.remove(at: k))
        }
        return chosen.sorted().map { items[$0] }
    }

    /// An approximately standard normal number (mean 0, sd 1): the sum of
    /// twelve uniforms minus six (Irwin–Hall). Only additions, so the result
    /// is the same on every platform, which `log`/`cos` (Box–Muller) are not
    /// promised to be; the tails stop at ±6, which suits synthetic answers.
    public mutating func normal() -> Double {
        var sum = 0.0
        for _ in 0..<12 { sum += Double(next() >> 11) / Double(1 << 53) }
        return sum - 6
    }

    /// An index into `weights` (non-negative, not all zero), drawn in
    /// proportion to its weight.
    public mutating func weightedIndex(_ weights: [Double]) -> Int {
        let total = weights.reduce(0) { $0 + Swift.max(0, $1) }
        guard total > 0 else { return int(in: 0...(weights.count - 1)) }
        var x = Double(next() >> 11) / Double(1 << 53) * total
        for (i, w) in weights.enumerated() where w > 0 {
            if x < w { return i }
            x -= w
        }
        return weights.lastIndex { $0 > 0 } ?? 0
    }

    /// A UUID-formatted id (version 4 layout, uppercase like `UUID().uuidString`).
    public mutating func uuidString() -> String {
        var a = next(), b = next()
        a = (a & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000      // version 4
        b = (b & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000      // RFC 4122 variant
        let hex = hex16(a) + hex16(b)
        let c = Array(hex)
        return String(c[0..<8]) + "-" + String(c[8..<12]) + "-" + String(c[12..<16]) + "-"
            + String(c[16..<20]) + "-" + String(c[20..<32])
    }

    private func hex16(_ v: UInt64) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
