/// Remembering what a condition (a relevance, required or constraint
/// expression) came to, per combination of the answers it reads, so a
/// worker evaluates `${contact} = true()` a handful of times rather than
/// once per file. Only conditions whose every input is a coded answer (a
/// choice, yes/no or scale point, see `ResponseRecord.coded`) or no answer
/// are remembered: for those the key decides the value exactly.
struct ConditionPlan: Sendable {
    /// Slots of the questions the condition reads (`${id}`, and `.`), at
    /// most two, so a key is two words; -1 for none. Not an array: a plan is
    /// passed for every condition of every file, and should cost no
    /// reference count.
    let first: Int
    let second: Int

    /// A plan for `expression` on a question in `currentSlot` (nil: `.` is
    /// no answer, as in relevance); nil when its value cannot be remembered.
    init?(_ expression: Expression?, currentSlot: Int?, indexByID: [String: Int], kinds: [QuestionLayout.Kind]) {
        guard let expression else { return nil }
        var slots: [Int] = []
        var multiple: Set<String> = []
        for id in expression.references.sorted() {
            guard let s = indexByID[id] else { return nil }   // e.g. an "other" text
            slots.append(s)
            if kinds[s] == .multiple { multiple.insert(id) }
        }
        let currentIsMultiple = currentSlot.map { kinds[$0] == .multiple } ?? false
        if expression.usesCurrent, let currentSlot { slots.append(currentSlot) }
        guard slots.count <= 2 else { return nil }
        // A selection is coded as a set: fine where only membership and count are read.
        guard Self.orderFree(expression.root, multiple, currentIsMultiple) else { return nil }
        first = slots.first ?? -1
        second = slots.count > 1 ? slots[1] : -1
    }

    /// The key of a record's inputs; nil when one of them is not coded.
    func key(_ record: ResponseRecord) -> ConditionMemo.Key? {
        guard let a = Self.part(first, record), let b = Self.part(second, record) else { return nil }
        return ConditionMemo.Key(a: a, b: b)
    }

    /// One input's part of a key: its code bits, 0 for no answer (what
    /// expressions see as empty; codes are never 0), nil when not coded.
    private static func part(_ s: Int, _ record: ResponseRecord) -> UInt64? {
        if s < 0 || record.hidden[s] { return 0 }
        if record.coded[s] != 0 { return record.coded[s] }   // coded answers are never empty
        return record.values[s]?.isEmpty ?? true ? 0 : nil
    }

    /// Whether multiple-choice inputs are read only through `selected` and
    /// `count-selected`, which do not depend on the order of the choices.
    private static func orderFree(_ node: ExpressionNode, _ multiple: Set<String>, _ currentIsMultiple: Bool) -> Bool {
        func isMultiple(_ node: ExpressionNode) -> Bool {
            switch node {
            case .reference(let id): return multiple.contains(id)
            case .current: return currentIsMultiple
            default: return false
            }
        }
        switch node {
        case .literal: return true
        case .reference, .current: return !isMultiple(node)
        case .negate(let operand): return orderFree(operand, multiple, currentIsMultiple)
        case .binary(_, let lhs, let rhs):
            return orderFree(lhs, multiple, currentIsMultiple) && orderFree(rhs, multiple, currentIsMultiple)
        case .call(let function, let args):
            var rest = args[...]
            if function == .selected || function == .countSelected, let first = args.first, isMultiple(first) {
                rest = args.dropFirst()
            }
            return rest.allSatisfy { orderFree($0, multiple, currentIsMultiple) }
        }
    }
}

/// One worker's remembered condition values for one layout. A class: a
/// record hands it out for every condition, and a struct of three arrays
/// taken out and put back cost six reference counts each time.
final class ConditionMemo {
    typealias Key = WordPair
    typealias Table = PairTable<Bool>

    /// By relevance key, and by question for constraints and requirements.
    /// Unchecked: one worker's record owns its memo and passes one table at
    /// a time; the run-time check cost ~80 instructions per condition.
    @exclusivity(unchecked) var relevance: [Table]
    @exclusivity(unchecked) var constraint: [Table]
    @exclusivity(unchecked) var required: [Table]

    /// A table stops growing here: memory stays bounded whatever the data.
    static let limit = 4096

    init(relevanceCount: Int, questionCount: Int) {
        relevance = Array(repeating: Table(), count: relevanceCount)
        constraint = Array(repeating: Table(), count: questionCount)
        required = Array(repeating: Table(), count: questionCount)
    }

    /// The remembered value of a condition, or `evaluate()` (remembered when it may be).
    static func value(_ plan: ConditionPlan?, _ table: inout Table, _ record: ResponseRecord,
                      _ evaluate: () -> Bool) -> Bool {
        guard let key = plan?.key(record) else { return evaluate() }
        if let known = table[key] { return known }
        let value = evaluate()
        if table.count < limit { table.insert(key, value) }
        return value
    }
}
