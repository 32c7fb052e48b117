/// Display width of text in terminal columns, from Unicode properties alone.
///
/// Works without `setlocale` (so in tests and before the terminal starts) and follows
/// glibc's `wcwidth` where terminals agree: combining marks, format characters and
/// controls take 0 columns, East Asian wide/fullwidth characters and emoji presentation
/// take 2, everything else 1.
public enum TextWidth {
    /// Columns taken by one Unicode scalar on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x7F { return v >= 0x20 ? 1 : 0 }  // fast path for ASCII
        if v < 0xA0 { return 0 }                  // DEL and C1 controls
        if v == 0xAD || isPrependedMark(v) { return 1 }  // shown as a glyph by glibc and terminals
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control,
             .lineSeparator, .paragraphSeparator:
            return 0
        default:
            break
        }
        // Hangul medial vowels and final consonants join the preceding initial.
        if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return 0 }
        if isWide(v) { return 2 }
        // A lone regional indicator is narrow (glibc); a pair is a flag, see `of(Character)`.
        if scalar.properties.isEmojiPresentation, !(0x1F1E6...0x1F1FF).contains(v) { return 2 }
        return 1
    }

    /// Columns taken by one grapheme (what a terminal cell holds): 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count == 1 { return of(first) }
        // An emoji with U+FE0F (emoji presentation), flags and ZWJ sequences are one wide glyph.
        if first.properties.isEmoji && (scalars.contains("\u{FE0F}") || first.properties.isEmojiPresentation) {
            return 2
        }
        var total = 0
        for scalar in scalars { total += of(scalar) }
        return min(total, 2)
    }

    /// Columns taken by a string on one line (newlines count as 0).
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The longest prefix of `text` that fits in `width` columns, and its width.
    public static func prefix(_ text: some StringProtocol, fitting width: Int) -> (text: String, width: Int) {
        var used = 0
        var result = ""
        for character in text {
            let w = of(character)
            if used + w > width { break }
            used += w
            result.append(character)
        }
        return (result, used)
    }

    /// `text` cut to at most `width` columns, ending in "…" when something was cut.
    public static func truncate(_ text: some StringProtocol, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return String(text) }
        let ellipsisWidth = of(ellipsis)
        guard ellipsisWidth <= width else { return prefix(text, fitting: width).text }
        return prefix(text, fitting: width - ellipsisWidth).text + ellipsis
    }

    // East Asian Width W and F ranges (Unicode 15) as glibc's wcwidth has them, without
    // the emoji that `isEmojiPresentation` already covers. Sorted for the binary search.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x16FF0...0x16FF1, 0x17000...0x18CD5,
        0x18D00...0x18D08, 0x1AFF0...0x1B2FF, 0x1F200...0x1F202, 0x1F210...0x1F23B,
        0x1F240...0x1F248, 0x1F250...0x1F251, 0x1F260...0x1F265, 0x20000...0x2FFFD,
        0x30000...0x3FFFD,
    ]

    /// Format characters that glibc and terminals draw (Arabic number signs and the like).
    private static func isPrependedMark(_ v: UInt32) -> Bool {
        (0x600...0x605).contains(v) || v == 0x6DD || v == 0x70F || v == 0x890 || v == 0x891
            || v == 0x8E2 || v == 0x110BD || v == 0x110CD
    }

    private static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        var low = 0, high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if v < range.lowerBound { high = mid - 1 } else if v > range.upperBound { low = mid + 1 } else { return true }
        }
        return false
    }
}

extension Character {
    /// Display width in terminal columns (see `TextWidth`).
    public var displayWidth: Int { TextWidth.of(self) }
}

extension StringProtocol {
    /// Display width in terminal columns (see `TextWidth`).
    public var displayWidth: Int { TextWidth.of(self) }
}
