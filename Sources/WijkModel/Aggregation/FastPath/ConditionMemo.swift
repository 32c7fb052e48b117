/// Remembering what a condition (a relevance, required or constraint
/// expression) came to, per combination of the answers it reads, so a
/// worker evaluates `${contact} = true()` a handful of times rather than
/// once per file. Only conditions whose every input is a coded answer (a
/// choice, yes/no or scale point, see `ResponseRecord.coded`) or no answer
/// are remembered: for those the key decides the value exactly.
struct ConditionPlan: Sendable {
    /// Slots of the questions the condition reads (`${id}`, and `.`), at
    /// most two, so a key is two words.
    let slots: [Int]

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
        self.slots = slots
    }

    /// The key of a record's inputs; nil when one of them is not coded.
    func key(_ record: ResponseRecord) -> ConditionMemo.Key? {
        var parts: (UInt64, UInt64) = (0, 0)
        for (n, s) in slots.enumerated() {
            let part: UInt64
            if record.hidden[s] || (record.values[s]?.isEmpty ?? true) {
                part = 0   // no answer: what expressions see as empty (codes are never 0)
            } else if record.coded[s] != 0 {
                part = record.coded[s]
            } else {
                return nil
            }
            if n == 0 { parts.0 = part } else { parts.1 = part }
        }
        return ConditionMemo.Key(a: parts.0, b: parts.1)
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

/// One worker's remembered condition values for one layout.
struct ConditionMemo {
    struct Key: Hashable { var a: UInt64; var b: UInt64 }

    /// By relevance key, and by question for constraints and requirements.
    var relevance: [Table]
    var constraint: [Table]
    var required: [Table]

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

    /// Key → value by open addressing with a multiplicative hash: a
    /// `Dictionary` hashes its keys with SipHash, which cost more than most
    /// of the conditions it remembers.
    struct Table {
        private var keys: [Key] = []
        /// 0: empty slot, 1: false, 2: true.
        private var values: [UInt8] = []
        private(set) var count = 0

        private func slot(_ key: Key, _ mask: Int) -> Int {
            let h = (key.a &* 0x9E37_79B9_7F4A_7C15) ^ (key.b &+ 0x632B_E59B_D9B4_E019) &* 0xC2B2_AE3D_27D4_EB4F
            return Int(truncatingIfNeeded: h >> 32) & mask
        }

        subscript(key: Key) -> Bool? {
            guard !values.isEmpty else { return nil }
            let mask = values.count - 1
            var i = slot(key, mask)
            while values[i] != 0 {
                if keys[i] == key { return values[i] == 2 }
                i = (i + 1) & mask
            }
            return nil
        }

        /// Adds a key that is not in the table.
        mutating func insert(_ key: Key, _ value: Bool) {
            if (count + 1) * 2 > values.count {
                let old = zip(keys, values).filter { $0.1 != 0 }
                keys = Array(repeating: Key(a: 0, b: 0), count: max(16, values.count * 2))
                values = Array(repeating: 0, count: keys.count)
                count = 0
                for (k, v) in old { insert(k, v == 2) }
            }
            let mask = values.count - 1
            var i = slot(key, mask)
            while values[i] != 0 { i = (i + 1) & mask }
            keys[i] = key
            values[i] = value ? 2 : 1
            count += 1
        }
    }
}
