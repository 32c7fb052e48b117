import Foundation

/// Writes `JSONValue` as deterministic JSON text: object keys in `JSONObject`
/// order, 2-space indentation when pretty, non-ASCII kept as raw UTF-8 so
/// Dutch text stays readable in diffs.
public enum JSONWriter {
    /// The JSON text, without a trailing newline.
    public static func write(_ value: JSONValue, pretty: Bool = true) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        append(value, to: &out, pretty: pretty, indent: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// The JSON text as UTF-8 bytes with a trailing newline, ready to save.
    public static func data(_ value: JSONValue, pretty: Bool = true) -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        append(value, to: &out, pretty: pretty, indent: 0)
        out.append(0x0A)
        return Data(out)
    }

    /// How a number is written: integral values within ±2^53 without `.0`,
    /// others in Swift's shortest round-trip form, non-finite values as `null`
    /// (JSON has no NaN or infinity).
    public static func format(number d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(.towardZero) && abs(d) <= 9_007_199_254_740_992 {
            return String(Int64(d))
        }
        return d.description   // e.g. 0.1, 1e-05, 1e+300: all valid JSON
    }

    private static func newline(_ out: inout [UInt8], _ indent: Int) {
        out.append(0x0A)
        for _ in 0..<indent { out.append(0x20); out.append(0x20) }
    }

    /// Appends `value` as if it were nested `indent` levels deep (the first
    /// line is not indented): lets a streaming writer embed values without
    /// re-indenting their text.
    static func append(_ value: JSONValue, to out: inout [UInt8], pretty: Bool, indent: Int) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let d): out.append(contentsOf: format(number: d).utf8)
        case .string(let s): appendString(s, to: &out)
        case .array(let items):
            guard !items.isEmpty else { out.append(contentsOf: "[]".utf8); return }
            out.append(0x5B)
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(0x2C) }
                if pretty { newline(&out, indent + 1) }
                append(item, to: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { newline(&out, indent) }
            out.append(0x5D)
        case .object(let object):
            guard !object.entries.isEmpty else { out.append(contentsOf: "{}".utf8); return }
            out.append(0x7B)
            for (i, entry) in object.entries.enumerated() {
                if i > 0 { out.append(0x2C) }
                if pretty { newline(&out, indent + 1) }
                appendString(entry.key, to: &out)
                out.append(0x3A)
                if pretty { out.append(0x20) }
                append(entry.value, to: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { newline(&out, indent) }
            out.append(0x7D)
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Quotes a string: `"` and `\` escaped, newline/tab/CR as `\n` `\t` `\r`
    /// (readable long texts), other control characters and DEL as `\u00XX`,
    /// and C1 controls and bidi overrides/isolates as `\uXXXX` too: the same
    /// value (RFC 8259), but JSON printed to a terminal cannot drive it.
    static func appendString(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { appendString(utf8: $0, to: &out) }
    }

    /// `appendString` over raw UTF-8 bytes. Runs that need no escaping (almost
    /// all of a Dutch text) are copied in one go rather than byte by byte.
    static func appendString(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(0x22)
        var start = 0, i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0x7F {
                if b == 0xC2 || b == 0xE2, let (scalar, length) = DisplayText.unsafeSequence(bytes.baseAddress!, at: i, count: n) {
                    if i > start { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i])) }
                    out.append(contentsOf: "\\u".utf8)
                    for shift in [12, 8, 4, 0] { out.append(hexDigits[Int((scalar >> UInt32(shift)) & 0xF)]) }
                    i += length
                    start = i
                    continue
                }
                i += 1; continue
            }
            if i > start { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i])) }
            switch b {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
            case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
            default:
                out.append(contentsOf: "\\u00".utf8)
                out.append(hexDigits[Int(b >> 4)])
                out.append(hexDigits[Int(b & 0x0F)])
            }
            i += 1
            start = i
        }
        if n > start { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<n])) }
        out.append(0x22)
    }
}
