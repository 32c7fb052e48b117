/// The open answers of the interviews a summary counted: what there is to
/// code, per question, each with its variant and gemeente.
///
/// Made from a summary, it copies nothing: it refers to the summary's
/// `OpenAnswers` (12 bytes an answer, texts on disk) and makes a
/// `CodableAnswer` only when one is read. A summary of 200,000 interviews
/// has about a million open answers; as `CodableAnswer` values they were
/// ~500 MB.
public struct CodableAnswers: Sendable {
    /// Every answer, in the summary's order (group, variant, question).
    public let answers: CodableAnswerList
    /// Per answer key, the runs of answers (indices into `answers`) to it.
    private let byQuestion: [String: [Range<Int>]]
    /// Answer keys in the order they first appear (questionnaire order per variant).
    public let questions: [String]

    public init(_ answers: [CodableAnswer]) {
        self.init(source: .values(answers))
    }

    /// Every open answer of the summary (all groups).
    /// Needs a summary made with `keepOpenAnswers`.
    public init(summary: Summary) {
        var parts: [OpenAnswers] = []
        for group in summary.groups {
            for variant in group.variants {
                for question in variant.questions where !question.openAnswers.isEmpty { parts.append(question.openAnswers) }
            }
        }
        self.init(source: CodableAnswerSource(parts: parts))
    }

    /// The answers in these lists of a summary's open answers (one question
    /// in each variant, say), in order; nothing is copied.
    public init(openAnswers parts: [OpenAnswers]) {
        self.init(source: CodableAnswerSource(parts: parts.filter { !$0.isEmpty }))
    }

    private init(source: CodableAnswerSource) {
        var byQuestion: [String: [Range<Int>]] = [:], questions: [String] = []
        // Runs of answers to one key; the key's string is made once per run.
        var run: (id: String, isOther: Bool)?, runStart = 0
        func close(_ end: Int) {
            guard let run, end > runStart else { return }
            let key = run.isOther ? run.id + ".other" : run.id
            if byQuestion[key] == nil { questions.append(key) }
            byQuestion[key, default: []].append(runStart..<end)
        }
        for i in 0..<source.count {
            let key = source.questionKeyParts(i)
            guard run == nil || key != run! else { continue }
            close(i)
            run = key; runStart = i
        }
        close(source.count)
        answers = CodableAnswerList(source: source, ranges: [0..<source.count])
        self.byQuestion = byQuestion; self.questions = questions
    }

    /// The answer with this key (a walk through its question's answers).
    public func answer(_ key: AnswerKey) -> CodableAnswer? {
        for i in indices(question: key.question) where answers.source.interview(i) == key.interview {
            return answers.source.answer(i)
        }
        return nil
    }

    /// The answers to one question (or `<id>.other`), variant by variant.
    public func answers(question: String) -> CodableAnswerList {
        CodableAnswerList(source: answers.source, ranges: byQuestion[question] ?? [])
    }

    /// Every run of answers to one key, in the order of `answers`.
    func runs() -> [(key: String, range: Range<Int>)] {
        byQuestion.flatMap { key, ranges in ranges.map { (key, $0) } }.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Indices into `answers` of one question's answers.
    func indices(question: String) -> FlattenSequence<[Range<Int>]> { (byQuestion[question] ?? []).joined() }

    public var isEmpty: Bool { answers.isEmpty }

    /// The variant of answer `i` (no text read).
    public func variant(at i: Int) -> String { variant(i) }

    /// The codes `codings` has on answer `i` for its current text, and whether
    /// it also has codings of an earlier text. The text is read only when the
    /// interview has any codings (to compare fingerprints).
    public func coding(at i: Int, in codings: CoderCodings) -> (current: Set<String>, stale: Bool) {
        guard let number = codings.number(interview: interview(i)) else { return ([], false) }
        let found = codings.current(number, question: answers.source.questionKey(i), fingerprint: fingerprint(i))
        return (Set(found.codes), found.stale)
    }

    // What the tables need of an answer, without making a `CodableAnswer` (indices into `answers`).
    func interview(_ i: Int) -> String { answers.source.interview(i) }
    func variant(_ i: Int) -> String { answers.source.variant(i) }
    func key(_ i: Int) -> AnswerKey { AnswerKey(interview: interview(i), question: answers.source.questionKey(i)) }
    /// The fingerprint of the answer's text as a number (reads the text).
    func fingerprint(_ i: Int) -> UInt64 { answers.source.fingerprint(i) }
}

/// Some of a `CodableAnswers`' answers (all, or one question's), each made a
/// `CodableAnswer` when read.
public struct CodableAnswerList: RandomAccessCollection, Sendable {
    let source: CodableAnswerSource
    /// Runs of indices into the source, and where each starts in this list.
    private let ranges: [Range<Int>]
    private let starts: [Int]
    public let endIndex: Int

    init(source: CodableAnswerSource, ranges: [Range<Int>]) {
        self.source = source; self.ranges = ranges
        var starts: [Int] = [], n = 0
        for r in ranges { starts.append(n); n += r.count }
        self.starts = starts; endIndex = n
    }

    public var startIndex: Int { 0 }

    public subscript(i: Int) -> CodableAnswer { source.answer(sourceIndex(i)) }

    /// Where answer `i` of this list is in the source.
    func sourceIndex(_ i: Int) -> Int {
        precondition(i >= 0 && i < endIndex, "index out of range")
        let k = CodableAnswerSource.run(containing: i, starts: starts)
        return ranges[k].lowerBound + i - starts[k]
    }
}

/// Where codable answers come from: a summary's open answers, or a list made by hand.
enum CodableAnswerSource: Sendable {
    case values([CodableAnswer])
    /// The summary's lists, and where each starts in the whole.
    case open(parts: [OpenAnswers], starts: [Int], count: Int)

    init(parts: [OpenAnswers]) {
        var starts: [Int] = [], n = 0
        for p in parts { starts.append(n); n += p.count }
        self = .open(parts: parts, starts: starts, count: n)
    }

    var count: Int {
        switch self {
        case .values(let list): return list.count
        case .open(_, _, let count): return count
        }
    }

    func answer(_ i: Int) -> CodableAnswer {
        switch self {
        case .values(let list): return list[i]
        case .open: return CodableAnswer(open(i))
        }
    }

    func interview(_ i: Int) -> String {
        if case .values(let list) = self { return list[i].key.interview }
        return open(i).responseID
    }

    func variant(_ i: Int) -> String {
        if case .values(let list) = self { return list[i].variant }
        return open(i).variant
    }

    func questionKey(_ i: Int) -> String {
        if case .values(let list) = self { return list[i].key.question }
        return CodableAnswer.question(of: open(i))
    }

    /// The answer key as the question's id and whether it is the "other" text (no string made).
    func questionKeyParts(_ i: Int) -> (id: String, isOther: Bool) {
        if case .values(let list) = self { return (list[i].key.question, false) }
        let a = open(i)
        return (a.questionID, a.isOther)
    }

    func fingerprint(_ i: Int) -> UInt64 {
        if case .values(let list) = self { return AnswerFingerprint.value(parsing: list[i].fingerprint) ?? 0 }
        return AnswerFingerprint.value(of: open(i).text)
    }

    private func open(_ i: Int) -> OpenAnswer {
        guard case .open(let parts, let starts, _) = self else { preconditionFailure("not a summary's answers") }
        let k = Self.run(containing: i, starts: starts)
        return parts[k][i - starts[k]]
    }

    /// The last run whose start is at or before `i` (`starts` ascending, first 0).
    static func run(containing i: Int, starts: [Int]) -> Int {
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= i { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}
