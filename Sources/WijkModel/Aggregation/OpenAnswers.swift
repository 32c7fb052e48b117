/// The open answers of one question (in one variant and group), in their
/// stable order: 12-byte entries of a shared `OpenAnswerPool`, each made an
/// `OpenAnswer` only when read, so no list of a million answers ever exists
/// as values. Answers made by hand (tests) are kept as they are.
public struct OpenAnswers: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable, Hashable {
    private enum Storage: Sendable {
        case pooled(OpenAnswerPool, questionID: String, [OpenAnswerEntry])
        case values([OpenAnswer])
    }
    private var storage: Storage

    init(pool: OpenAnswerPool, questionID: String, entries: [OpenAnswerEntry]) {
        storage = .pooled(pool, questionID: questionID, entries)
    }

    public init(_ answers: [OpenAnswer]) { storage = .values(answers) }
    public init(arrayLiteral answers: OpenAnswer...) { storage = .values(answers) }

    public var startIndex: Int { 0 }
    public var endIndex: Int {
        switch storage {
        case .pooled(_, _, let entries): return entries.count
        case .values(let answers): return answers.count
        }
    }

    public subscript(i: Int) -> OpenAnswer {
        switch storage {
        case .pooled(let pool, let id, let entries): return OpenAnswer(pool: pool, entry: entries[i], questionID: id)
        case .values(let answers): return answers[i]
        }
    }

    /// Which summary's answers these are, cheaply: the same for two lists of
    /// one summary's pool, nil for answers made by hand. A screen's memo keys on it.
    public var poolIdentity: ObjectIdentifier? {
        if case .pooled(let pool, _, _) = storage { return ObjectIdentifier(pool) }
        return nil
    }

    public static func == (a: OpenAnswers, b: OpenAnswers) -> Bool { a.elementsEqual(b) }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for a in self { hasher.combine(a) }
    }
}
