/// One coder's codings (`<coder>.codings` in the coding folder), indexed by answer.
public struct CoderCodings: Sendable, Hashable {
    public let coder: String
    /// Per answer, its codings (several codes; a stale one may sit beside a current one).
    public private(set) var byAnswer: [AnswerKey: [Coding]] = [:]

    public init(coder: String, codings: [Coding] = []) {
        self.coder = coder
        for c in codings { add(c) }
    }

    /// Every coding, in file order.
    public var all: [Coding] { byAnswer.values.flatMap { $0 }.sorted(by: Coding.fileOrder) }
    public var count: Int { byAnswer.values.reduce(0) { $0 + $1.count } }

    public func codings(_ answer: AnswerKey) -> [Coding] { byAnswer[answer] ?? [] }

    /// Adds `code` to the answer whose current text has `fingerprint`; an
    /// earlier coding with the same code (stale or not) is replaced, so
    /// re-applying a code to an edited answer settles its review.
    /// - Returns: whether anything changed.
    @discardableResult
    public mutating func assign(_ code: String, to answer: AnswerKey, fingerprint: String,
                                origin: CodingOrigin = .manual) -> Bool {
        var list = byAnswer[answer] ?? []
        if let i = list.firstIndex(where: { $0.code == code && $0.fingerprint == fingerprint }) {
            // Already there; a person assigning it makes a rule's coding manual (it has been seen).
            guard origin == .manual, list[i].origin != .manual else { return false }
            list[i].origin = .manual
            byAnswer[answer] = list
            return true
        }
        list.removeAll { $0.code == code }
        list.append(Coding(answer: answer, fingerprint: fingerprint, code: code, origin: origin))
        byAnswer[answer] = list
        return true
    }

    /// Removes `code` from the answer (stale or not). Returns whether it was there.
    @discardableResult
    public mutating func remove(_ code: String, from answer: AnswerKey) -> Bool {
        guard var list = byAnswer[answer], list.contains(where: { $0.code == code }) else { return false }
        list.removeAll { $0.code == code }
        byAnswer[answer] = list.isEmpty ? nil : list
        return true
    }

    /// Review of an edited answer: its codings still apply to the new text.
    @discardableResult
    public mutating func confirm(_ answer: AnswerKey, fingerprint: String) -> Bool {
        guard var list = byAnswer[answer], list.contains(where: { $0.fingerprint != fingerprint }) else { return false }
        for i in list.indices { list[i].fingerprint = fingerprint }
        byAnswer[answer] = Self.deduplicated(list)
        return true
    }

    /// Review of an edited answer: its stale codings no longer apply.
    @discardableResult
    public mutating func discardStale(_ answer: AnswerKey, fingerprint: String) -> Bool {
        guard var list = byAnswer[answer], list.contains(where: { $0.fingerprint != fingerprint }) else { return false }
        list.removeAll { $0.fingerprint != fingerprint }
        byAnswer[answer] = list.isEmpty ? nil : list
        return true
    }

    /// Codings of `from` become `into`; one of them per answer and text remains (a manual one if any).
    mutating func merge(_ from: String, into: String) -> Bool {
        var changed = false
        for (key, list) in byAnswer where list.contains(where: { $0.code == from }) {
            byAnswer[key] = Self.deduplicated(list.map { c in
                var c = c
                if c.code == from { c.code = into }
                return c
            })
            changed = true
        }
        return changed
    }

    /// Removes every coding with `code`.
    mutating func delete(_ code: String) -> Bool {
        var changed = false
        for (key, list) in byAnswer where list.contains(where: { $0.code == code }) {
            let kept = list.filter { $0.code != code }
            byAnswer[key] = kept.isEmpty ? nil : kept
            changed = true
        }
        return changed
    }

    mutating func add(_ coding: Coding) {
        byAnswer[coding.answer, default: []].append(coding)
    }

    /// One coding per code and fingerprint, manual before rule.
    static func deduplicated(_ list: [Coding]) -> [Coding] {
        var out: [Coding] = []
        for c in list {
            if let i = out.firstIndex(where: { $0.code == c.code && $0.fingerprint == c.fingerprint }) {
                if c.origin == .manual { out[i].origin = .manual }
            } else {
                out.append(c)
            }
        }
        return out
    }
}
