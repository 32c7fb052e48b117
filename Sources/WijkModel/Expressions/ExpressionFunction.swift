/// The functions an expression may call, named as in XLSForm.
enum ExpressionFunction: String, Sendable, Hashable, CaseIterable {
    case selected
    case countSelected = "count-selected"
    case stringLength = "string-length"
    case coalesce
    case `if`
    case not
    case today
    case `true`
    case `false`
    case number
    case string

    /// The exact number of arguments; checked at parse time.
    var arity: Int {
        switch self {
        case .today, .true, .false: return 0
        case .countSelected, .stringLength, .not, .number, .string: return 1
        case .selected, .coalesce: return 2
        case .if: return 3
        }
    }
}

extension Evaluator {
    /// Calls `function`; arguments are evaluated lazily so `if` and `coalesce`
    /// only pay for the branch they use.
    func call(_ function: ExpressionFunction, _ args: [ExpressionNode]) -> ExpressionValue {
        switch function {
        case .selected:
            let needle = evaluate(args[1]).stringValue
            switch evaluate(args[0]) {
            case .empty: return .bool(false)
            case .list(let items): return .bool(items.contains(needle))
            case let other:
                return .bool(other.stringValue.split(separator: " ").contains { $0 == needle })
            }
        case .countSelected:
            switch evaluate(args[0]) {
            case .empty: return .number(0)
            case .list(let items): return .number(Double(items.count))
            case let other:
                return .number(Double(other.stringValue.split(separator: " ").count))
            }
        case .stringLength:
            return .number(Double(evaluate(args[0]).stringValue.count))
        case .coalesce:
            let first = evaluate(args[0])
            return first.isBlank ? evaluate(args[1]) : first
        case .if:
            return evaluate(args[0]).isTruthy ? evaluate(args[1]) : evaluate(args[2])
        case .not:
            return .bool(!evaluate(args[0]).isTruthy)
        case .today:
            return .string(context.today)
        case .true:
            return .bool(true)
        case .false:
            return .bool(false)
        case .number:
            // XPath gives NaN for non-numbers; empty keeps "not a number" out of arithmetic.
            return evaluate(args[0]).numberValue.map(ExpressionValue.number) ?? .empty
        case .string:
            return .string(evaluate(args[0]).stringValue)
        }
    }
}
