/// Which answers a list shows: by coding status or code, and by variant.
public struct CodingFilter: Sendable, Hashable {
    public enum Status: Sendable, Hashable {
        case all
        /// No current coding (answers with only stale codings included: they need work).
        case uncoded
        /// At least one current coding.
        case coded
        /// At least one coding applied to an earlier text of the answer.
        case stale
        /// The code is on the answer (currently).
        case code(String)
    }

    public var status: Status
    public var variant: String?

    public init(status: Status = .all, variant: String? = nil) { self.status = status; self.variant = variant }

    public func matches(_ answer: CodableAnswer, codings: CoderCodings) -> Bool {
        if let variant, answer.variant != variant { return false }
        let list = codings.codings(answer.key)
        switch status {
        case .all: return true
        case .uncoded: return !list.contains { $0.fingerprint == answer.fingerprint }
        case .coded: return list.contains { $0.fingerprint == answer.fingerprint }
        case .stale: return list.contains { $0.fingerprint != answer.fingerprint }
        case .code(let id): return list.contains { $0.code == id && $0.fingerprint == answer.fingerprint }
        }
    }

    /// `matches` for answer `i` of `answers`, reading its text only when its interview has codings.
    public func matches(_ answers: CodableAnswers, at i: Int, codings: CoderCodings) -> Bool {
        if let variant, answers.variant(at: i) != variant { return false }
        if case .all = status { return true }
        let (current, stale) = answers.coding(at: i, in: codings)
        switch status {
        case .all: return true
        case .uncoded: return current.isEmpty
        case .coded: return !current.isEmpty
        case .stale: return stale
        case .code(let id): return current.contains(id)
        }
    }

    public func apply(_ answers: [CodableAnswer], codings: CoderCodings) -> [CodableAnswer] {
        answers.filter { matches($0, codings: codings) }
    }
}

/// "112 van 180 antwoorden gecodeerd": answers with a current coding, of all, and those to review.
public struct CodingProgress: Sendable, Hashable {
    public var total: Int
    public var coded: Int
    public var stale: Int

    public init(total: Int, coded: Int, stale: Int) { self.total = total; self.coded = coded; self.stale = stale }

    public init(_ answers: [CodableAnswer], codings: CoderCodings) {
        var coded = 0, stale = 0
        for a in answers {
            let list = codings.codings(a.key)
            if list.contains(where: { $0.fingerprint == a.fingerprint }) { coded += 1 }
            if list.contains(where: { $0.fingerprint != a.fingerprint }) { stale += 1 }
        }
        self.init(total: answers.count, coded: coded, stale: stale)
    }

    /// The progress over `answers`, reading only the texts of interviews with codings.
    public init(_ answers: CodableAnswers, codings: CoderCodings) {
        var coded = 0, stale = 0
        for i in answers.answers.indices {
            let found = answers.coding(at: i, in: codings)
            if !found.current.isEmpty { coded += 1 }
            if found.stale { stale += 1 }
        }
        self.init(total: answers.answers.count, coded: coded, stale: stale)
    }

    public func text(_ lang: Lang) -> String {
        var s = lang.t("\(coded) van \(total) antwoorden gecodeerd", "\(coded) of \(total) answers coded")
        if stale > 0 { s += lang.t(", \(stale) te herzien (tekst gewijzigd)", ", \(stale) to review (text changed)") }
        return s
    }
}
