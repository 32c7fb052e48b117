/// The value of an expression or sub-expression, with XLSForm's loose typing.
///
/// `empty` is a value of its own (an unanswered question), distinct from `0`
/// and from `false`: arithmetic on it stays empty and ordering comparisons fail.
public enum ExpressionValue: Sendable, Hashable {
    case empty
    case string(String)
    case number(Double)
    case bool(Bool)
    /// The choices of a select-multiple answer.
    case list([String])

    /// An answer as a value. Don't know and refused become the non-numeric strings
    /// `"dontKnow"` / `"refused"`; an empty text or empty selection is `empty`.
    public init(_ answer: AnswerValue?) {
        switch answer {
        case nil: self = .empty
        case .text(let s): self = s.isEmpty ? .empty : .string(s)
        case .number(let d): self = .number(d)
        case .bool(let b): self = .bool(b)
        case .choices(let c): self = c.isEmpty ? .empty : .list(c)
        case .dontKnow: self = .string("dontKnow")
        case .refused: self = .string("refused")
        }
    }

    /// XPath boolean(): bool itself; number != 0; non-empty string or list; empty is false.
    public var isTruthy: Bool {
        switch self {
        case .empty: return false
        case .string(let s): return !s.isEmpty
        case .number(let d): return d != 0 && !d.isNaN
        case .bool(let b): return b
        case .list(let l): return !l.isEmpty
        }
    }

    /// Empty, an empty string, or an empty list: what `coalesce` skips.
    public var isBlank: Bool {
        switch self {
        case .empty: return true
        case .string(let s): return s.isEmpty
        case .list(let l): return l.isEmpty
        case .number, .bool: return false
        }
    }

    /// The value as text: a list joined by spaces (as XLSForm stores it),
    /// whole numbers without `.0`, booleans as `true`/`false`, empty as `""`.
    public var stringValue: String {
        switch self {
        case .empty: return ""
        case .string(let s): return s
        case .number(let d): return Self.format(d)
        case .bool(let b): return b ? "true" : "false"
        case .list(let l): return l.joined(separator: " ")
        }
    }

    /// The value as a number, or nil when it has none (empty, non-numeric text, a list).
    public var numberValue: Double? {
        switch self {
        case .empty, .list: return nil
        case .number(let d): return d
        case .bool(let b): return b ? 1 : 0
        case .string(let s): return Self.parseNumber(s)
        }
    }

    /// Formats a number the way a form author writes it: `3`, `1.5`, `-0.25`.
    static func format(_ d: Double) -> String {
        if d.rounded() == d, abs(d) < 1e15 { return String(Int64(d)) }
        return String(d)
    }

    /// A decimal number such as `12`, `-3.5`, ` 7 `; nil for anything else.
    ///
    /// Stricter than `Double(_:)`, which would also accept `nan`, `inf` and hex.
    static func parseNumber(_ text: String) -> Double? {
        var sawDigit = false
        var sawDot = false
        var started = false
        var ended = false
        for u in text.utf8 {
            switch u {
            case 0x20, 0x09, 0x0A, 0x0D:
                if started { ended = true }
            case 0x30...0x39:
                if ended { return nil }
                started = true; sawDigit = true
            case 0x2E:
                if ended || sawDot { return nil }
                started = true; sawDot = true
            case 0x2D, 0x2B:
                if started { return nil }
                started = true
            default:
                return nil
            }
        }
        guard sawDigit else { return nil }
        return Double(text.trimmingASCIISpaces())
    }

    /// Bool spelled as text: `true/yes/ja/1` and `false/no/nee/0`, any case.
    static func parseBool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "ja", "1": return true
        case "false", "no", "nee", "0": return false
        default: return nil
        }
    }
}

extension String {
    /// Trims spaces, tabs and newlines without Foundation's CharacterSet machinery.
    fileprivate func trimmingASCIISpaces() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !isSpace($0) }),
              let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return self[first...last]
    }
}
