import Foundation
@testable import WijkModel

/// Seeded, structure-aware mutations for the in-suite fuzz tests: byte flips,
/// inserted JSON tokens and hostile values, deleted, duplicated and spliced
/// ranges, truncation. The same seed gives the same inputs on every run.
struct FuzzMutator {
    var rng: SplitMix64

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    /// Pieces an attacker (or a broken editor) would put into a JSON file.
    static let tokens: [String] = [
        "\"", "{", "}", "[", "]", ",", ":", " ", "\n", "\\", "null", "true", "false", "0", "-0", "1.5", "1e19",
        "9.3e18", "1e300", "-1e19", "1e-400", "9007199254740993", "-9223372036854775809", "NaN", "Infinity",
        "\\u0000", "\\ud800", "\\udc00\\ud800", "\\u001b]0;x\\u0007", "\u{1B}[2J", "\u{9B}", "\u{202E}", "\u{7F}",
        "é", "\u{FEFF}", "\u{FFFF}", "\"status\": \"draft\", ", "\"x\": 1, \"x\": 2, ", "{\"special\": \"dontKnow\"}",
        "{\"special\": \"maybe\"}", "[\"a\", \"a\"]", String(repeating: "[", count: 80), String(repeating: "{\"a\":", count: 70),
        "\"revision\": 1e19, ", "\"updatedAt\": \"9999-99-99T99:99:99Z\", ", "\"formatVersion\": 2, ",
    ].map { String($0) }

    /// Two pieces for expressions: tokens of the language and deep or odd input.
    static let expressionTokens: [String] = [
        "${a}", "${b}", "${c}", ".", "1", "-1", "0", "1e308", "1e-308", "'x'", "\"y\"", "(", ")", "+", "-", "*", "div",
        "mod", "=", "!=", "<", "<=", ">", ">=", "and", "or", "not(", "if(", "selected(", "count-selected(", "coalesce(",
        "string-length(", "today()", "number(", "string(", ",", " ", "${", "}", "'", "$", "#", "\u{1B}",
        String(repeating: "not(", count: 60), String(repeating: "(", count: 55), String(repeating: "-", count: 70),
        String(repeating: "1+", count: 300),
    ]

    mutating func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }
    mutating func index(_ count: Int) -> Int { count == 0 ? 0 : Int(rng.next() % UInt64(count)) }

    /// One to four mutations of `bytes`; `others` are spliced from.
    mutating func mutate(_ bytes: [UInt8], others: [[UInt8]], tokens: [String] = tokens) -> [UInt8] {
        var b = bytes
        for _ in 0...(rng.next() % 4) {
            switch rng.next() % 8 {
            case 0 where !b.isEmpty:   // flip a byte to any value
                b[index(b.count)] = UInt8(truncatingIfNeeded: rng.next())
            case 1, 2:                 // insert a token
                b.insert(contentsOf: Array(pick(tokens).utf8), at: index(b.count + 1))
            case 3 where !b.isEmpty:   // delete a range
                let at = index(b.count)
                b.removeSubrange(at..<min(b.count, at + 1 + index(40)))
            case 4 where !b.isEmpty:   // duplicate a range (a key or value twice)
                let at = index(b.count), end = min(b.count, at + 1 + index(120))
                b.insert(contentsOf: b[at..<end], at: end)
            case 5:                    // splice another file's middle in
                let other = pick(others)
                let at = index(other.count), end = min(other.count, at + index(200))
                b.insert(contentsOf: other[at..<end], at: index(b.count + 1))
            case 6 where !b.isEmpty:   // truncate
                b.removeSubrange(index(b.count)...)
            default:                   // replace a digit run with a hostile number
                if let at = b.indices.dropFirst(index(b.count)).first(where: { (0x30...0x39).contains(b[$0]) }) {
                    var end = at
                    while end < b.count, (0x30...0x39).contains(b[end]) { end += 1 }
                    b.replaceSubrange(at..<end, with: Array(pick(["1e19", "-1e19", "1e300", "9.3e18", "-0", "0.5"]).utf8))
                }
            }
        }
        return b
    }
}
