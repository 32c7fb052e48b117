/// Splits expression source into tokens. Runs once per expression, at load.
///
/// Positions are offsets in `Character`s (what a form author sees as
/// characters), not bytes, so error carets line up with the text.
struct Lexer {
    private let chars: [Character]
    private var index = 0

    init(_ source: String) {
        chars = Array(source)
    }

    /// All tokens, ending with `.end`.
    static func tokenize(_ source: String) throws(ExpressionError) -> [Token] {
        var lexer = Lexer(source)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private func peek(_ offset: Int = 0) -> Character? {
        let i = index + offset
        return i < chars.count ? chars[i] : nil
    }

    private static func isDigit(_ c: Character?) -> Bool {
        guard let c, c.isASCII, let v = c.asciiValue else { return false }
        return v >= 48 && v <= 57
    }

    private static func isNameStart(_ c: Character) -> Bool {
        c.isLetter || c == "_"
    }

    private mutating func next() throws(ExpressionError) -> Token {
        while let c = peek(), c.isWhitespace { index += 1 }
        let start = index
        guard let c = peek() else { return Token(kind: .end, position: start) }

        func single(_ kind: Token.Kind, length: Int = 1) -> Token {
            index += length
            return Token(kind: kind, position: start)
        }

        switch c {
        case "(": return single(.leftParen)
        case ")": return single(.rightParen)
        case ",": return single(.comma)
        case "+": return single(.plus)
        case "-": return single(.minus)
        case "*": return single(.star)
        case "=": return single(.equal)
        case "!":
            if peek(1) == "=" { return single(.notEqual, length: 2) }
            throw ExpressionError(.unexpectedCharacter(c), at: start)
        case "<": return peek(1) == "=" ? single(.lessEqual, length: 2) : single(.less)
        case ">": return peek(1) == "=" ? single(.greaterEqual, length: 2) : single(.greater)
        case "'", "\"": return try string(quote: c)
        case "$": return try reference()
        case ".":
            if Self.isDigit(peek(1)) { return number() }
            return single(.current)
        default:
            if Self.isDigit(c) { return number() }
            if Self.isNameStart(c) { return name() }
            throw ExpressionError(.unexpectedCharacter(c), at: start)
        }
    }

    /// XPath strings have no escapes: the other quote kind is used to embed one.
    private mutating func string(quote: Character) throws(ExpressionError) -> Token {
        let start = index
        index += 1
        let contentStart = index
        while let c = peek(), c != quote { index += 1 }
        guard peek() == quote else { throw ExpressionError(.unterminatedString, at: start) }
        let text = String(chars[contentStart..<index])
        index += 1
        return Token(kind: .string(text), position: start)
    }

    private mutating func reference() throws(ExpressionError) -> Token {
        let start = index
        guard peek(1) == "{" else { throw ExpressionError(.unexpectedCharacter("$"), at: start) }
        index += 2
        if peek() == "}" { throw ExpressionError(.emptyReference, at: start) }
        guard let first = peek() else { throw ExpressionError(.unterminatedReference, at: start) }
        guard Self.isNameStart(first) else { throw ExpressionError(.invalidReference, at: index) }
        let idStart = index
        while let c = peek(), c.isLetter || Self.isDigit(c) || c == "_" || c == "-" || c == "." {
            index += 1
        }
        let id = String(chars[idStart..<index])
        guard let close = peek() else { throw ExpressionError(.unterminatedReference, at: start) }
        guard close == "}" else { throw ExpressionError(.invalidReference, at: index) }
        index += 1
        return Token(kind: .reference(id), position: start)
    }

    private mutating func number() -> Token {
        let start = index
        while Self.isDigit(peek()) { index += 1 }
        if peek() == ".", Self.isDigit(peek(1)) {
            index += 1
            while Self.isDigit(peek()) { index += 1 }
        }
        // Only ASCII digits and one dot reach here, so the conversion cannot fail.
        let value = Double(String(chars[start..<index])) ?? 0
        return Token(kind: .number(value), position: start)
    }

    /// Function names and keywords; `-` is allowed inside, as in `count-selected`.
    private mutating func name() -> Token {
        let start = index
        while let c = peek(), c.isLetter || Self.isDigit(c) || c == "_" || c == "-" { index += 1 }
        return Token(kind: .name(String(chars[start..<index])), position: start)
    }
}
