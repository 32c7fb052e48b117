/// One coder's codings (`<coder>.codings` in the coding folder), indexed by answer.
///
/// Held compactly, because a coder may have coded every interview of a large
/// corpus: interview ids once each in a `ByteInterner`, questions, codes and
/// rule patterns as small numbers, fingerprints as 64-bit values, and per
/// interview its 24-byte entries. A `Coding` (with its strings) is made only
/// when one is asked for. 100,000 codings take ~6 MB, against ~50 MB as
/// `Coding` values in a dictionary.
public struct CoderCodings: Sendable, Hashable {
    public let coder: String
    private var interviews = ByteInterner()
    /// Per interview (its number in `interviews`), its codings: as read, in
    /// one flat array (an array per interview costs ~60 bytes more each), and
    /// for interviews changed since, a list of their own.
    private var flat: [Entry] = []
    /// Where each of the first `flatStarts.count - 1` interviews' codings start in `flat`.
    private var flatStarts: [UInt32] = [0]
    private var changed: [Int: [Entry]] = [:]
    /// Questions, codes and rule patterns.
    private var names: [String] = []
    private var nameIndex: [String: UInt32] = [:]
    public private(set) var count = 0
    /// Goes up with every change, so a caller can tell "changed" without comparing everything.
    private(set) var generation = 0

    /// One coding of one interview's answer.
    struct Entry: Sendable, Hashable {
        var question: UInt32
        var code: UInt32
        /// 0: manual; else the rule's pattern is `names[rule - 1]`.
        var rule: UInt32
        var fingerprint: UInt64
    }

    public init(coder: String, codings: [Coding] = []) {
        self.coder = coder
        for c in codings { add(c) }
    }

    /// Every coding, in file order (a `Coding` each: for small sets and tests; the file is written from `forEach`).
    public var all: [Coding] {
        var out: [Coding] = []
        out.reserveCapacity(count)
        forEach { out.append($0) }
        return out
    }

    /// Every coding in file order (by answer, then code, then fingerprint), one at a time.
    public func forEach(_ body: (Coding) -> Void) {
        let order = (0..<interviews.count).sorted { interviews.precedes($0, $1) }
        for i in order where !list(i).isEmpty {
            let interview = interviews[i]
            for e in list(i).sorted(by: entryOrder) { body(coding(interview, e)) }
        }
    }

    /// The codings of one answer.
    public func codings(_ answer: AnswerKey) -> [Coding] {
        guard let i = interviews.index(of: answer.interview), let q = nameIndex[answer.question] else { return [] }
        return list(i).filter { $0.question == q }.map { coding(answer.interview, $0) }
    }

    /// The codes on an answer whose text has `fingerprint` (current codings only), and whether it has stale ones.
    func current(_ answer: AnswerKey, fingerprint: UInt64) -> (codes: [String], stale: Bool) {
        guard let i = number(interview: answer.interview) else { return ([], false) }
        return current(i, question: answer.question, fingerprint: fingerprint)
    }

    /// `current` for an interview known by its number (`number(interview:)`).
    func current(_ interview: Int, question: String, fingerprint: UInt64) -> (codes: [String], stale: Bool) {
        guard let q = nameIndex[question] else { return ([], false) }
        var codes: [String] = [], stale = false
        for e in list(interview) where e.question == q {
            if e.fingerprint == fingerprint { codes.append(names[Int(e.code)]) } else { stale = true }
        }
        return (codes, stale)
    }

    /// The number of an interview with at least one coding; nil for any other (no strings made).
    func number(interview: String) -> Int? {
        guard let i = interviews.index(of: interview), !list(i).isEmpty else { return nil }
        return i
    }

    /// Per answer key (question), the codes used on it.
    func codesByQuestion() -> [String: Set<String>] {
        var used: [UInt32: Set<UInt32>] = [:]
        for i in 0..<interviews.count { for e in list(i) { used[e.question, default: []].insert(e.code) } }
        var out: [String: Set<String>] = [:]
        for (q, codes) in used { out[names[Int(q)]] = Set(codes.map { names[Int($0)] }) }
        return out
    }

    /// How many codings carry `code` (stale or not).
    public func count(code: String) -> Int {
        guard let c = nameIndex[code] else { return 0 }
        return (0..<interviews.count).reduce(0) { n, i in n + list(i).reduce(0) { $0 + ($1.code == c ? 1 : 0) } }
    }

    /// Adds `code` to the answer whose current text has `fingerprint`; an
    /// earlier coding with the same code (stale or not) is replaced, so
    /// re-applying a code to an edited answer settles its review.
    /// - Returns: whether anything changed.
    @discardableResult
    public mutating func assign(_ code: String, to answer: AnswerKey, fingerprint: String,
                                origin: CodingOrigin = .manual) -> Bool {
        guard let value = AnswerFingerprint.value(parsing: fingerprint) else { return false }
        let i = interviews.intern(answer.interview)
        let q = intern(answer.question), c = intern(code), rule = ruleNumber(origin)
        var list = Array(self.list(i))
        if let k = list.firstIndex(where: { $0.question == q && $0.code == c && $0.fingerprint == value }) {
            // Already there; a person assigning it makes a rule's coding manual (it has been seen).
            guard origin == .manual, list[k].rule != 0 else { return false }
            list[k].rule = 0
            return update(i, list)
        }
        list.removeAll { $0.question == q && $0.code == c }
        list.append(Entry(question: q, code: c, rule: rule, fingerprint: value))
        return update(i, list)
    }

    /// Removes `code` from the answer (stale or not). Returns whether it was there.
    @discardableResult
    public mutating func remove(_ code: String, from answer: AnswerKey) -> Bool {
        guard let (i, q) = place(answer), let c = nameIndex[code] else { return false }
        var list = Array(self.list(i))
        guard list.contains(where: { $0.question == q && $0.code == c }) else { return false }
        list.removeAll { $0.question == q && $0.code == c }
        return update(i, list)
    }

    /// Review of an edited answer: its codings still apply to the new text.
    @discardableResult
    public mutating func confirm(_ answer: AnswerKey, fingerprint: String) -> Bool {
        guard let (i, q) = place(answer), let value = AnswerFingerprint.value(parsing: fingerprint) else { return false }
        var list = Array(self.list(i))
        guard list.contains(where: { $0.question == q && $0.fingerprint != value }) else { return false }
        for k in list.indices where list[k].question == q { list[k].fingerprint = value }
        return update(i, Self.deduplicated(list))
    }

    /// Review of an edited answer: its stale codings no longer apply.
    @discardableResult
    public mutating func discardStale(_ answer: AnswerKey, fingerprint: String) -> Bool {
        guard let (i, q) = place(answer), let value = AnswerFingerprint.value(parsing: fingerprint) else { return false }
        var list = Array(self.list(i))
        guard list.contains(where: { $0.question == q && $0.fingerprint != value }) else { return false }
        list.removeAll { $0.question == q && $0.fingerprint != value }
        return update(i, list)
    }

    /// Codings of `from` become `into`; one of them per answer and text remains (a manual one if any).
    mutating func merge(_ from: String, into: String) -> Bool {
        guard let f = nameIndex[from] else { return false }
        let t = intern(into)
        var changed = false
        for i in 0..<interviews.count where list(i).contains(where: { $0.code == f }) {
            changed = update(i, Self.deduplicated(list(i).map { e in
                var e = e
                if e.code == f { e.code = t }
                return e
            })) || changed
        }
        return changed
    }

    /// Removes every coding with `code`.
    mutating func delete(_ code: String) -> Bool {
        guard let c = nameIndex[code] else { return false }
        var changed = false
        for i in 0..<interviews.count where list(i).contains(where: { $0.code == c }) {
            changed = update(i, list(i).filter { $0.code != c }) || changed
        }
        return changed
    }

    /// Adds a coding as read from a file (no replacing).
    mutating func add(_ coding: Coding) {
        guard let value = AnswerFingerprint.value(parsing: coding.fingerprint) else { return }
        add(interview: coding.answer.interview, question: coding.answer.question, code: coding.code,
            origin: coding.origin, fingerprint: value)
    }

    mutating func add(interview: String, question: String, code: String, origin: CodingOrigin, fingerprint: UInt64) {
        let i = interviews.intern(interview)
        let entry = Entry(question: intern(question), code: intern(code), rule: ruleNumber(origin), fingerprint: fingerprint)
        let last = flatStarts.count - 2
        if changed.isEmpty && (i == last || i == last + 1) {
            // A file lists an interview's codings together: they go into the flat array.
            if i == last + 1 { flatStarts.append(flatStarts[flatStarts.count - 1]) }
            flat.append(entry)
            flatStarts[flatStarts.count - 1] += 1
        } else {
            changed[i] = Array(list(i)) + [entry]
        }
        count += 1
        generation &+= 1
    }

    public static func == (a: CoderCodings, b: CoderCodings) -> Bool {
        guard a.coder == b.coder, a.count == b.count else { return false }
        if a.interviews == b.interviews && a.names == b.names {
            return (0..<a.interviews.count).allSatisfy { a.list($0).elementsEqual(b.list($0)) }
        }
        return a.all == b.all
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(coder); hasher.combine(count) }

    // MARK: - Inside

    /// One coding per code and fingerprint of each question, manual before rule.
    private static func deduplicated(_ list: [Entry]) -> [Entry] {
        var out: [Entry] = []
        for e in list {
            if let k = out.firstIndex(where: { $0.question == e.question && $0.code == e.code && $0.fingerprint == e.fingerprint }) {
                if e.rule == 0 { out[k].rule = 0 }
            } else {
                out.append(e)
            }
        }
        return out
    }

    /// The codings of interview `i`.
    private func list(_ i: Int) -> ArraySlice<Entry> {
        if let own = changed[i] { return own[...] }
        guard i < flatStarts.count - 1 else { return [] }
        return flat[Int(flatStarts[i])..<Int(flatStarts[i + 1])]
    }

    private mutating func update(_ i: Int, _ list: [Entry]) -> Bool {
        let old = self.list(i)
        guard !list.elementsEqual(old) else { return false }
        count += list.count - old.count
        changed[i] = list
        generation &+= 1
        return true
    }

    private func place(_ answer: AnswerKey) -> (Int, UInt32)? {
        guard let i = interviews.index(of: answer.interview), let q = nameIndex[answer.question] else { return nil }
        return (i, q)
    }

    private mutating func intern(_ name: String) -> UInt32 {
        if let known = nameIndex[name] { return known }
        let n = UInt32(names.count)
        names.append(name); nameIndex[name] = n
        return n
    }

    private mutating func ruleNumber(_ origin: CodingOrigin) -> UInt32 {
        if case .rule(let pattern) = origin { return intern(pattern) + 1 }
        return 0
    }

    private func coding(_ interview: String, _ e: Entry) -> Coding {
        Coding(answer: AnswerKey(interview: interview, question: names[Int(e.question)]),
               fingerprint: AnswerFingerprint.string(e.fingerprint), code: names[Int(e.code)],
               origin: e.rule == 0 ? .manual : .rule(names[Int(e.rule - 1)]))
    }

    /// File order within one interview: question, code, fingerprint (as strings compare).
    private func entryOrder(_ a: Entry, _ b: Entry) -> Bool {
        if a.question != b.question { return names[Int(a.question)] < names[Int(b.question)] }
        if a.code != b.code { return names[Int(a.code)] < names[Int(b.code)] }
        return a.fingerprint < b.fingerprint
    }
}
