import Foundation

/// Text bound for a human — a terminal, a text or markdown file — with every
/// character that could act instead of being read shown visibly as `\u{1B}`.
///
/// Response files, questionnaires, lock files and file names come from other
/// people's laptops; one ESC in an open answer can retitle, clear or rewrite
/// the coordinator's terminal, and a bidi override can make a line read
/// differently from what it says ("Trojan Source"). Shown visibly:
/// - C0 controls (U+0000–U+001F) except line feed and tab (`block`), or
///   all of them (`line`, for one-line fields such as file names and keys);
/// - DEL (U+007F) and C1 controls (U+0080–U+009F, including the 8-bit CSI U+009B);
/// - bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
///
/// An ESC sequence loses its ESC, so the rest is plain text. Kept: the marks
/// U+200E/U+200F/U+061C (LRM, RLM, ALM) — they only set the direction of
/// neutral characters next to them, cannot reorder a run, and belong in
/// Arabic, Hebrew and Farsi text; U+2028/U+2029, which terminals do not obey.
/// The escaped form is printable, so escaping twice changes nothing more.
/// JSON output never goes through here: it stays exact (RFC 8259 escapes).
public enum DisplayText {
    /// Keeps line feeds and tabs: for multi-line output such as a whole report.
    public static func block(_ s: String) -> String { escape(s, keepLayout: true) }

    /// Escapes line feeds and tabs too: for one field on one line, so a file
    /// name cannot start a fake second line.
    public static func line(_ s: String) -> String { escape(s, keepLayout: false) }

    /// Whether the scalar is shown escaped (`keepLayout`: LF and tab are not).
    @inline(__always)
    public static func isUnsafe(_ v: UInt32, keepLayout: Bool = true) -> Bool {
        if v < 0x20 { return !(keepLayout && (v == 0x0A || v == 0x09)) }
        if v < 0x7F { return false }
        if v <= 0x9F { return true }
        return (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// DEL (7F), a C1 control (C2 80–9F) or a bidi control (E2 80 AA–AE,
    /// E2 81 A6–A9) starting at `b[i]` in UTF-8: its scalar and byte length.
    /// The one byte-level copy of the rule; the JSON writer, `export jsonl`
    /// and the check below use it.
    @inline(__always)
    static func unsafeSequence(_ b: UnsafePointer<UInt8>, at i: Int, count: Int) -> (scalar: UInt32, length: Int)? {
        switch b[i] {
        case 0x7F: return (0x7F, 1)
        case 0xC2 where i + 1 < count && (0x80...0x9F).contains(b[i + 1]): return (UInt32(b[i + 1]), 2)
        case 0xE2 where i + 2 < count && b[i + 1] & 0xC0 == 0x80 && b[i + 2] & 0xC0 == 0x80:
            let scalar = 0x2000 | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
            return isUnsafe(scalar) ? (scalar, 3) : nil
        default: return nil
        }
    }

    private static func escape(_ s: String, keepLayout: Bool) -> String {
        // Fast check on the bytes: nearly all text needs nothing.
        guard needsEscaping(s, keepLayout: keepLayout) else { return s }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            if isUnsafe(scalar.value, keepLayout: keepLayout) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// On the UTF-8 bytes: C0 are single bytes, the rest `unsafeSequence`.
    private static func needsEscaping(_ s: String, keepLayout: Bool) -> Bool {
        var copy = s
        return copy.withUTF8 { b in
            guard let p = b.baseAddress else { return false }
            for i in 0..<b.count {
                let c = p[i]
                if c < 0x20 {
                    if !(keepLayout && (c == 0x0A || c == 0x09)) { return true }
                } else if c >= 0x7F, unsafeSequence(p, at: i, count: b.count) != nil {
                    return true
                }
            }
            return false
        }
    }
}

/// Markdown text from data: escaped for a human (`DisplayText`) and so that it
/// cannot change the document's structure — start a heading, list, quote or
/// block of its own, end a table cell, open a code span, an HTML tag or a link.
public enum MarkdownText {
    /// One inline run (a table cell, a list item's or heading's text, a quoted
    /// answer): line breaks become spaces; `\`, `` ` ``, `|`, `<`, `[`, `]` and
    /// `&` are backslash-escaped anywhere (CommonMark allows it before any ASCII
    /// punctuation), and a leading `#`, `>`, `-`, `+`, `*`, `=` or `1.`/`1)`
    /// too. Emphasis (`*`, `_` inside text) is left: it cannot change structure.
    public static func inline(_ s: String) -> String {
        // Most texts have no line break or tab: skip the (slow) Foundation replacements then.
        let breaks = s.utf8.contains { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        let flat = DisplayText.line(!breaks ? s : s.replacingOccurrences(of: "\r\n", with: " ")
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
            .replacingOccurrences(of: "\t", with: " "))
        var out = ""
        out.reserveCapacity(flat.utf8.count + 8)
        var atStart = true
        var digits = false
        for c in flat {
            if atStart && c == " " { out.append(c); continue }
            if special.contains(c) || (atStart && leading.contains(c)) || (digits && (c == "." || c == ")")) {
                out.append("\\")
            }
            digits = (atStart || digits) && c.isASCII && c.isNumber
            atStart = false
            out.append(c)
        }
        return out
    }

    static let special: Set<Character> = ["\\", "`", "|", "<", "[", "]", "&"]
    static let leading: Set<Character> = ["#", ">", "-", "+", "*", "="]
}
