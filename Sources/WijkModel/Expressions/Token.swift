/// One lexical unit of an expression, with the character offset where it starts.
struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case number(Double)
        case string(String)
        /// `${id}`
        case reference(String)
        /// `.`
        case current
        /// A bare name: a function name or one of the keywords and/or/div/mod.
        case name(String)
        case leftParen, rightParen, comma
        case plus, minus, star
        case equal, notEqual, less, lessEqual, greater, greaterEqual
        case end
    }

    var kind: Kind
    var position: Int

    /// How the token is shown in error messages.
    var text: String {
        switch kind {
        case .number(let d): return ExpressionValue.format(d)
        case .string(let s): return "'\(s)'"
        case .reference(let id): return "${\(id)}"
        case .current: return "."
        case .name(let n): return n
        case .leftParen: return "("
        case .rightParen: return ")"
        case .comma: return ","
        case .plus: return "+"
        case .minus: return "-"
        case .star: return "*"
        case .equal: return "="
        case .notEqual: return "!="
        case .less: return "<"
        case .lessEqual: return "<="
        case .greater: return ">"
        case .greaterEqual: return ">="
        case .end: return "end"
        }
    }
}
