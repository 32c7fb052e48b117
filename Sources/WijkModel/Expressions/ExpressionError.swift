/// A parse error with the 0-based character offset where it was found.
public struct ExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, so a caller can phrase it in the interface language.
    public enum Kind: Sendable, Hashable {
        case emptyExpression
        case unexpectedCharacter(Character)
        case unterminatedString
        case emptyReference
        case invalidReference
        case unterminatedReference
        case unexpectedToken(String)
        case unexpectedEnd
        case unknownName(String)
        case unknownFunction(String)
        case wrongArgumentCount(function: String, expected: Int, got: Int)
        case missingClosingParenthesis
        case trailingInput(String)
        /// More tokens than `Parser.maxTokens`.
        case tooLong(limit: Int)
        /// Nested deeper than `Parser.maxNesting` (brackets, calls, minus signs) or
        /// a tree deeper than `Parser.maxDepth`: the evaluator recurses, so depth is bounded.
        case tooDeep(limit: Int)
        /// A message built by a caller through `init(message:position:)`.
        case other
    }

    /// English description of the problem (see `message(in:)` for Dutch).
    public var message: String
    /// 0-based character (grapheme) offset into the source.
    public var position: Int
    public var kind: Kind

    public init(message: String, position: Int) {
        self.message = message; self.position = position; self.kind = .other
    }

    public init(_ kind: Kind, at position: Int) {
        self.kind = kind
        self.position = position
        self.message = Self.text(for: kind, lang: .en) ?? "invalid expression"
    }

    /// The message in the given interface language.
    public func message(in lang: Lang) -> String {
        Self.text(for: kind, lang: lang) ?? message
    }

    public var description: String { "\(message) (at position \(position + 1))" }

    private static func text(for kind: Kind, lang: Lang) -> String? {
        switch kind {
        case .emptyExpression:
            return lang.t("lege expressie", "empty expression")
        case .unexpectedCharacter(let c):
            return lang.t("onverwacht teken '\(c)'", "unexpected character '\(c)'")
        case .unterminatedString:
            return lang.t("tekst zonder afsluitend aanhalingsteken", "unterminated string")
        case .emptyReference:
            return lang.t("lege verwijzing ${}", "empty reference ${}")
        case .invalidReference:
            return lang.t("ongeldige vraagnaam in ${…}", "invalid question id in ${…}")
        case .unterminatedReference:
            return lang.t("verwijzing zonder afsluitende }", "reference without closing }")
        case .unexpectedToken(let t):
            return lang.t("onverwacht '\(t)'", "unexpected '\(t)'")
        case .unexpectedEnd:
            return lang.t("expressie houdt onverwacht op", "unexpected end of expression")
        case .unknownName(let n):
            return lang.t("onbekende naam '\(n)' (bedoelt u ${\(n)}?)",
                          "unknown name '\(n)' (did you mean ${\(n)}?)")
        case .unknownFunction(let f):
            return lang.t("onbekende functie '\(f)'", "unknown function '\(f)'")
        case .wrongArgumentCount(let f, let expected, let got):
            return lang.t("\(f)() verwacht \(lang.count(expected, Noun.argument)), kreeg \(got)",
                          "\(f)() takes \(lang.count(expected, Noun.argument)), got \(got)")
        case .missingClosingParenthesis:
            return lang.t("')' ontbreekt", "missing ')'")
        case .trailingInput(let t):
            return lang.t("onverwacht '\(t)' na het einde van de expressie",
                          "unexpected '\(t)' after the end of the expression")
        case .tooLong(let limit):
            return lang.t("expressie te lang (meer dan \(limit) onderdelen)",
                          "expression too long (more than \(limit) tokens)")
        case .tooDeep(let limit):
            return lang.t("expressie te diep genest (meer dan \(limit) niveaus)",
                          "expression nested too deeply (more than \(limit) levels)")
        case .other:
            return nil
        }
    }
}
