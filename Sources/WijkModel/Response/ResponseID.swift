/// The one id rule (docs/response-format.md): 1–200 letters, digits, `-` and
/// `_`. The file name is derived from the id, so this rules out path
/// traversal (`../x`), absolute paths, hidden files, control bytes and
/// megabyte-long names. Validate, summary, results, the exports and merge
/// all refuse a file whose id breaks it; the store refuses to write one.
public enum ResponseID {
    public static let maxLength = 200

    public static func isValid(_ id: String) -> Bool {
        var id = id
        return id.withUTF8 { isValid(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// The same rule on raw bytes (the fast scanner's id, before it becomes a `String`).
    static func isValid(bytes: UnsafeRawBufferPointer) -> Bool {
        guard !bytes.isEmpty, bytes.count <= maxLength else { return false }
        for b in bytes {
            let letter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
            guard letter || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x2D else { return false }
        }
        return true
    }

    /// The problem a validator reports for an id that breaks the rule (the id itself is not shown:
    /// it may be a megabyte long or hold control bytes).
    static func problem(_ lang: Lang) -> Problem {
        Problem(path: "$.id", message: lang.t(
            "ongeldige id: alleen letters, cijfers, - en _ (1 tot \(maxLength) tekens)",
            "invalid id: letters, digits, - and _ only (1 to \(maxLength) characters)"))
    }
}
