/// Recursive-descent parser with XPath precedence, lowest first:
/// `or` < `and` < `= !=` < `< <= > >=` < `+ -` < `* div mod` < unary `-`.
struct Parser {
    private let tokens: [Token]
    private var index = 0
    /// Ids seen in `${id}`, collected while parsing so `Expression` needn't walk the tree.
    private(set) var references: Set<String> = []
    private(set) var usesCurrent = false
    /// Brackets, calls and minus signs open now: each costs stack while parsing.
    private var nesting = 0

    /// Limits that keep parsing and evaluating within the stack for any input
    /// (`not(` × 5,000 or `1+` × 100,000 would overflow it); real expressions
    /// use a few dozen tokens and a handful of levels.
    static let maxTokens = 1_000
    static let maxNesting = 50
    static let maxDepth = 200

    init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// Parses a whole expression; anything left over is an error.
    mutating func parseExpression() throws(ExpressionError) -> ExpressionNode {
        if current.kind == .end { throw ExpressionError(.emptyExpression, at: 0) }
        if tokens.count > Self.maxTokens + 1 {   // + the end token
            throw ExpressionError(.tooLong(limit: Self.maxTokens), at: tokens[Self.maxTokens].position)
        }
        let node = try parseOr()
        if current.kind != .end {
            throw ExpressionError(.trailingInput(current.text), at: current.position)
        }
        if Self.depth(of: node) > Self.maxDepth { throw ExpressionError(.tooDeep(limit: Self.maxDepth), at: 0) }
        return node
    }

    /// The tree's depth, without recursion (a long `1+1+…` chain is built
    /// iteratively and may be deep).
    static func depth(of root: ExpressionNode) -> Int {
        var stack: [(ExpressionNode, Int)] = [(root, 1)]
        var deepest = 0
        while let (node, d) = stack.popLast() {
            deepest = max(deepest, d)
            switch node {
            case .literal, .reference, .current: break
            case .negate(let inner): stack.append((inner, d + 1))
            case .binary(_, let l, let r): stack.append((l, d + 1)); stack.append((r, d + 1))
            case .call(_, let arguments): for a in arguments { stack.append((a, d + 1)) }
            }
        }
        return deepest
    }

    private mutating func enter() throws(ExpressionError) {
        nesting += 1
        if nesting > Self.maxNesting { throw ExpressionError(.tooDeep(limit: Self.maxNesting), at: current.position) }
    }

    private var current: Token { tokens[index] }

    private mutating func advance() { if index < tokens.count - 1 { index += 1 } }

    /// Whether the current token is the keyword `word` (and/or/div/mod).
    private func isKeyword(_ word: String) -> Bool {
        if case .name(let n) = current.kind { return n == word }
        return false
    }

    private mutating func parseOr() throws(ExpressionError) -> ExpressionNode {
        var left = try parseAnd()
        while isKeyword("or") {
            advance()
            left = .binary(.or, left, try parseAnd())
        }
        return left
    }

    private mutating func parseAnd() throws(ExpressionError) -> ExpressionNode {
        var left = try parseEquality()
        while isKeyword("and") {
            advance()
            left = .binary(.and, left, try parseEquality())
        }
        return left
    }

    private mutating func parseEquality() throws(ExpressionError) -> ExpressionNode {
        var left = try parseRelational()
        while true {
            let op: BinaryOperator
            switch current.kind {
            case .equal: op = .equal
            case .notEqual: op = .notEqual
            default: return left
            }
            advance()
            left = .binary(op, left, try parseRelational())
        }
    }

    private mutating func parseRelational() throws(ExpressionError) -> ExpressionNode {
        var left = try parseAdditive()
        while true {
            let op: BinaryOperator
            switch current.kind {
            case .less: op = .less
            case .lessEqual: op = .lessEqual
            case .greater: op = .greater
            case .greaterEqual: op = .greaterEqual
            default: return left
            }
            advance()
            left = .binary(op, left, try parseAdditive())
        }
    }

    private mutating func parseAdditive() throws(ExpressionError) -> ExpressionNode {
        var left = try parseMultiplicative()
        while true {
            let op: BinaryOperator
            switch current.kind {
            case .plus: op = .add
            case .minus: op = .subtract
            default: return left
            }
            advance()
            left = .binary(op, left, try parseMultiplicative())
        }
    }

    private mutating func parseMultiplicative() throws(ExpressionError) -> ExpressionNode {
        var left = try parseUnary()
        while true {
            let op: BinaryOperator
            if current.kind == .star {
                op = .multiply
            } else if isKeyword("div") {
                op = .divide
            } else if isKeyword("mod") {
                op = .modulo
            } else {
                return left
            }
            advance()
            left = .binary(op, left, try parseUnary())
        }
    }

    private mutating func parseUnary() throws(ExpressionError) -> ExpressionNode {
        if current.kind == .minus {
            try enter()
            defer { nesting -= 1 }
            advance()
            let operand = try parseUnary()
            // Fold `-3` into a literal so constants cost nothing at evaluation.
            if case .literal(.number(let d)) = operand { return .literal(.number(-d)) }
            return .negate(operand)
        }
        return try parsePrimary()
    }

    private mutating func parsePrimary() throws(ExpressionError) -> ExpressionNode {
        let token = current
        switch token.kind {
        case .number(let d):
            advance()
            return .literal(.number(d))
        case .string(let s):
            advance()
            return .literal(.string(s))
        case .reference(let id):
            advance()
            references.insert(id)
            return .reference(id)
        case .current:
            advance()
            usesCurrent = true
            return .current
        case .leftParen:
            try enter()
            defer { nesting -= 1 }
            advance()
            let inner = try parseOr()
            guard current.kind == .rightParen else {
                throw ExpressionError(.missingClosingParenthesis, at: current.position)
            }
            advance()
            return inner
        case .name(let name):
            if ["and", "or", "div", "mod"].contains(name) {
                throw ExpressionError(.unexpectedToken(name), at: token.position)
            }
            return try parseCall(name: name, at: token.position)
        case .end:
            throw ExpressionError(.unexpectedEnd, at: token.position)
        default:
            throw ExpressionError(.unexpectedToken(token.text), at: token.position)
        }
    }

    private mutating func parseCall(name: String, at position: Int) throws(ExpressionError) -> ExpressionNode {
        advance()
        guard current.kind == .leftParen else {
            throw ExpressionError(.unknownName(name), at: position)
        }
        guard let function = ExpressionFunction(rawValue: name) else {
            throw ExpressionError(.unknownFunction(name), at: position)
        }
        try enter()
        defer { nesting -= 1 }
        advance()
        var arguments: [ExpressionNode] = []
        if current.kind != .rightParen {
            while true {
                arguments.append(try parseOr())
                guard current.kind == .comma else { break }
                advance()
            }
        }
        guard current.kind == .rightParen else {
            throw ExpressionError(.missingClosingParenthesis, at: current.position)
        }
        advance()
        guard arguments.count == function.arity else {
            throw ExpressionError(
                .wrongArgumentCount(function: name, expected: function.arity, got: arguments.count),
                at: position)
        }
        return .call(function, arguments)
    }
}
