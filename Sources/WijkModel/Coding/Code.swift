/// One code of a project's codebook (docs/coding-format.md).
///
/// `id` is short and stable: made from the name when the code is created and
/// never changed by a rename, so codings, `--code`, CSV columns and summaries
/// keep referring to the same code. `guid` is the REFI-QDA identity, kept
/// when a codebook travels to and from QDA tools.
public struct Code: Sendable, Hashable, Identifiable {
    public var id: String
    public var guid: String
    public var name: String
    public var description: String
    /// The theme this code belongs to (one level: a theme has no parent itself).
    public var parent: String?
    /// `#RRGGBB`, as REFI-QDA writes colours.
    public var color: String?

    public init(id: String, guid: String, name: String, description: String = "", parent: String? = nil,
                color: String? = nil) {
        self.id = id; self.guid = guid; self.name = name; self.description = description
        self.parent = parent; self.color = color
    }
}

/// Rules for code ids and colours.
public enum CodeID {
    public static let maxLength = 64

    /// Letters, digits, `-` and `_` (the response id rule), at most `maxLength`.
    public static func isValid(_ id: String) -> Bool {
        id.utf8.count <= maxLength && ResponseID.isValid(id)
    }

    /// A readable id from a name: lower case, accents dropped, other
    /// characters as `_`; `code` when nothing is left. Not yet unique.
    public static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        for scalar in folded.unicodeScalars {
            let ascii = scalar.isASCII && (CharacterSetASCII.isAlnum(UInt8(scalar.value)))
            if ascii { out.unicodeScalars.append(scalar) } else if !out.hasSuffix("_") { out.append("_") }
        }
        var trimmed = Substring(out)
        while trimmed.hasPrefix("_") { trimmed = trimmed.dropFirst() }
        while trimmed.hasSuffix("_") { trimmed = trimmed.dropLast() }
        let id = String(trimmed.prefix(40))
        return id.isEmpty ? "code" : id
    }

    /// Whether `color` is `#RRGGBB`.
    public static func isColor(_ color: String) -> Bool {
        let b = Array(color.utf8)
        return b.count == 7 && b[0] == UInt8(ascii: "#") && b[1...].allSatisfy(CharacterSetASCII.isHex)
    }
}

enum CharacterSetASCII {
    static func isAlnum(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    static func isHex(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x66)
    }
}
