/// One answer as stored in a response file.
///
/// single, text, longText and date answers are `.text` (a date as YYYY-MM-DD);
/// integer, decimal and scale answers are `.number`; yesNo is `.bool`;
/// multiple is `.choices`. Don't know and refused are answers, not blanks.
public enum AnswerValue: Sendable, Hashable {
    case text(String)
    case number(Double)
    case bool(Bool)
    case choices([String])
    case dontKnow
    case refused

    /// Whether this is one of the special answers (don't know, refused).
    public var isSpecial: Bool {
        switch self {
        case .dontKnow, .refused: return true
        default: return false
        }
    }

    /// An empty text or an empty selection counts as no answer.
    public var isEmpty: Bool {
        switch self {
        case .text(let s): return s.isEmpty
        case .choices(let c): return c.isEmpty
        default: return false
        }
    }

    /// Whether this answer chose `code` (a single choice equal to it, or a multiple
    /// choice containing it) — how "other, namely …" texts know they apply.
    public func selects(_ code: String) -> Bool {
        switch self {
        case .text(let chosen): return chosen == code
        case .choices(let chosen): return chosen.contains(code)
        default: return false
        }
    }
}
