/// Walks an `ExpressionNode` tree against a context. No parsing happens here:
/// this runs on every answer change for every relevance condition.
struct Evaluator<Context: ExpressionContext> {
    let context: Context

    func evaluate(_ node: ExpressionNode) -> ExpressionValue {
        switch node {
        case .literal(let value):
            return value
        case .reference(let id):
            return ExpressionValue(context.answer(id))
        case .current:
            return ExpressionValue(context.current)
        case .negate(let operand):
            guard let d = evaluate(operand).numberValue else { return .empty }
            return .number(-d)
        case .binary(let op, let lhs, let rhs):
            return binary(op, lhs, rhs)
        case .call(let function, let args):
            return call(function, args)
        }
    }

    private func binary(_ op: BinaryOperator, _ lhs: ExpressionNode, _ rhs: ExpressionNode) -> ExpressionValue {
        switch op {
        case .or:
            return .bool(evaluate(lhs).isTruthy || evaluate(rhs).isTruthy)
        case .and:
            return .bool(evaluate(lhs).isTruthy && evaluate(rhs).isTruthy)
        case .equal:
            return .bool(Comparison.equal(evaluate(lhs), evaluate(rhs)))
        case .notEqual:
            return .bool(!Comparison.equal(evaluate(lhs), evaluate(rhs)))
        case .less, .lessEqual, .greater, .greaterEqual:
            guard let order = Comparison.order(evaluate(lhs), evaluate(rhs)) else { return .bool(false) }
            switch op {
            case .less: return .bool(order < 0)
            case .lessEqual: return .bool(order <= 0)
            case .greater: return .bool(order > 0)
            default: return .bool(order >= 0)
            }
        case .add, .subtract, .multiply, .divide, .modulo:
            return arithmetic(op, evaluate(lhs), evaluate(rhs))
        }
    }

    /// Empty or non-numeric operands give empty, never 0 or NaN; so does division by zero.
    private func arithmetic(_ op: BinaryOperator, _ a: ExpressionValue, _ b: ExpressionValue) -> ExpressionValue {
        guard let x = a.numberValue, let y = b.numberValue else { return .empty }
        let result: Double
        switch op {
        case .add: result = x + y
        case .subtract: result = x - y
        case .multiply: result = x * y
        case .divide:
            guard y != 0 else { return .empty }
            result = x / y
        default:
            guard y != 0 else { return .empty }
            // XPath `mod` keeps the sign of the dividend, like truncatingRemainder.
            result = x.truncatingRemainder(dividingBy: y)
        }
        return result.isFinite ? .number(result) : .empty
    }
}
