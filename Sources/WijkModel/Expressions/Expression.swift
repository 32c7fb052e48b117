/// A parsed XLSForm-style expression. Parsed once at load, evaluated often.
///
/// Supported: `${id}`, `.`, '…' and "…" strings, numbers, `= != < <= > >=`,
/// `and or`, `+ - * div mod`, unary minus, parentheses, and the functions
/// `selected`, `count-selected`, `string-length`, `coalesce`, `if`, `not`,
/// `today`, `true`, `false`, `number`, `string`.
public struct Expression: Sendable, Hashable, CustomStringConvertible {
    /// The text as written in the questionnaire.
    public let source: String
    /// Question ids referenced with `${id}`.
    public let references: Set<String>
    /// Whether the expression uses `.` (the value being checked).
    public let usesCurrent: Bool
    let root: ExpressionNode

    /// Parses `source`; the error carries the character offset of the problem.
    public static func parse(_ source: String) throws(ExpressionError) -> Expression {
        var parser = Parser(tokens: try Lexer.tokenize(source))
        let root = try parser.parseExpression()
        return Expression(source: source, references: parser.references,
                          usesCurrent: parser.usesCurrent, root: root)
    }

    /// The value of the expression against `context`.
    public func evaluate(in context: some ExpressionContext) -> ExpressionValue {
        Evaluator(context: context).evaluate(root)
    }

    /// Evaluate as a condition (relevant, required, constraint): XPath truthiness.
    public func isTrue(in context: some ExpressionContext) -> Bool {
        evaluate(in: context).isTruthy
    }

    public var description: String { source }

    // The tree is a function of the source, so the source alone decides identity.
    public static func == (lhs: Expression, rhs: Expression) -> Bool { lhs.source == rhs.source }
    public func hash(into hasher: inout Hasher) { hasher.combine(source) }
}
