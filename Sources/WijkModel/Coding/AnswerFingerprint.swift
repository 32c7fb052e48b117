/// A fingerprint of an answer's text, stored with each coding, so a coding
/// of a text that was edited afterwards is recognised as stale.
///
/// FNV-1a, 64 bits, over the text's UTF-8 bytes exactly as stored (no
/// trimming or normalisation: any edit counts), written `fnv1a64:` + 16
/// lower-case hex digits. Not a cryptographic hash — it only has to notice
/// edits, and two different texts share one by chance with odds of 2⁻⁶⁴.
/// In memory a fingerprint is its 64-bit value (`value(of:)`); the string
/// form is for the file and the API.
public enum AnswerFingerprint {
    public static let prefix = "fnv1a64:"

    public static func of(_ text: String) -> String { string(value(of: text)) }

    static func value(of text: String) -> UInt64 { FNV1a.hash(text.utf8) }

    /// The written form of a value: `fnv1a64:` and 16 lower-case hex digits.
    static func string(_ value: UInt64) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = Array(prefix.utf8)
        for shift in stride(from: 60, through: 0, by: -4) { out.append(digits[Int(value >> UInt64(shift) & 0xF)]) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The value of a written fingerprint; nil unless it has exactly the shape `of` writes.
    static func value(parsing s: String) -> UInt64? {
        guard s.hasPrefix(prefix) else { return nil }
        let hex = s.utf8.dropFirst(prefix.utf8.count)
        guard hex.count == 16 else { return nil }
        var v: UInt64 = 0
        for b in hex {
            switch b {
            case 0x30...0x39: v = v << 4 | UInt64(b - 0x30)
            case 0x61...0x66: v = v << 4 | UInt64(b - 0x61 + 10)
            default: return nil
            }
        }
        return v
    }

    /// Whether `s` has the shape `of` writes.
    public static func isValid(_ s: String) -> Bool { value(parsing: s) != nil }
}
