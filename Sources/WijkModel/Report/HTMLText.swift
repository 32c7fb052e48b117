import Foundation

/// Text from data (answers, labels, names) made safe for an HTML report: first
/// `DisplayText` (control and bidi-override characters shown visibly, as on the
/// terminal), then the five characters that could start or end markup or an
/// attribute escaped. Used for element content and for quoted attribute values
/// alike, so a hostile answer can never open a tag, a comment or a script.
public enum HTMLText {
    /// One line: line breaks become spaces (table cells, labels, attributes).
    public static func line(_ s: String) -> String {
        escape(DisplayText.line(s.replacingOccurrences(of: "\r\n", with: " ")
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
            .replacingOccurrences(of: "\t", with: " ")))
    }

    /// Paragraphs of a longer text, each escaped and wrapped in `<p>`.
    public static func paragraphs(_ s: String) -> String {
        s.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
            .map { "<p>" + line($0) + "</p>" }
            .joined()
    }

    /// `&`, `<`, `>`, `"` and `'` as character references.
    public static func escape(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
