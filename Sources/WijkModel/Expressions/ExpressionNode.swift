/// Binary operators, grouped by XPath precedence (see `Parser`).
enum BinaryOperator: Sendable, Hashable {
    case or, and
    case equal, notEqual
    case less, lessEqual, greater, greaterEqual
    case add, subtract
    case multiply, divide, modulo
}

/// The parsed form of an expression, evaluated directly by `Evaluator`.
indirect enum ExpressionNode: Sendable, Hashable {
    /// A string or number written in the source.
    case literal(ExpressionValue)
    /// `${id}`
    case reference(String)
    /// `.`
    case current
    /// Unary minus.
    case negate(ExpressionNode)
    case binary(BinaryOperator, ExpressionNode, ExpressionNode)
    /// A call of a known function; the argument count was checked when parsing.
    case call(ExpressionFunction, [ExpressionNode])
}
