// TEMPORARY interface placeholder: the expressions helper replaces this file.

/// A parse error with the 0-based character offset where it was found.
public struct ExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var position: Int
    public init(message: String, position: Int) { self.message = message; self.position = position }
    public var description: String { "\(message) (at position \(position + 1))" }
}

/// A parsed XLSForm-style expression. Parsed once at load, evaluated often.
public struct Expression: Sendable, Hashable, CustomStringConvertible {
    public let source: String

    public static func parse(_ source: String) throws(ExpressionError) -> Expression {
        Expression(source: source)
    }

    /// Question ids referenced with `${id}`.
    public var references: Set<String> { [] }

    /// Evaluate as a condition (relevant, required, constraint).
    public func isTrue(in context: some ExpressionContext) -> Bool { true }

    public var description: String { source }
}
