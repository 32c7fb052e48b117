/// A fingerprint of an answer's text, stored with each coding, so a coding
/// of a text that was edited afterwards is recognised as stale.
///
/// FNV-1a, 64 bits, over the text's UTF-8 bytes exactly as stored (no
/// trimming or normalisation: any edit counts), written `fnv1a64:` + 16
/// lower-case hex digits. Not a cryptographic hash — it only has to notice
/// edits, and two different texts share one by chance with odds of 2⁻⁶⁴.
public enum AnswerFingerprint {
    public static let prefix = "fnv1a64:"

    public static func of(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return prefix + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Whether `s` has the shape `of` writes.
    public static func isValid(_ s: String) -> Bool {
        guard s.hasPrefix(prefix) else { return false }
        let hex = s.utf8.dropFirst(prefix.utf8.count)
        return hex.count == 16 && hex.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }
}
