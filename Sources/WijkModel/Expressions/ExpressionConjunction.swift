import Foundation

/// Conditions joined with `and` as text (a section's and a question's "only
/// if" in the codebook), printed so that each part keeps its meaning.
extension Expression {
    /// The parts joined with ` and `: a part whose top operator binds more
    /// loosely than `and` (an `or`) is put in brackets, unless its source is
    /// already one bracketed whole; other parts are printed as written.
    public static func conjunction(_ parts: [Expression]) -> String {
        guard parts.count > 1 else { return parts.first?.source ?? "" }
        return parts.map { part in
            let text = part.source.trimmingCharacters(in: .whitespaces)
            guard case .binary(.or, _, _) = part.root, !isBracketedWhole(text) else { return text }
            return "(" + text + ")"
        }.joined(separator: " and ")
    }

    /// Whether `text` is "( … )" with the first bracket closed by the last
    /// character, brackets inside string literals not counted.
    static func isBracketedWhole(_ text: String) -> Bool {
        guard text.first == "(", text.last == ")" else { return false }
        var depth = 0
        var quote: Character?
        for (offset, c) in text.enumerated() {
            if let q = quote { if c == q { quote = nil }; continue }
            switch c {
            case "'", "\"": quote = c
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return offset == text.count - 1 }
            default: break
            }
        }
        return false
    }
}
