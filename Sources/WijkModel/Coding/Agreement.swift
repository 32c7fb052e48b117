/// Agreement between two coders on the answers both coded (each has at least
/// one current coding of both): per code, presence or absence of the code per
/// answer as a 2×2 table, percentage agreement and Cohen's kappa; overall, the
/// mean percentage agreement and the pooled kappa of De Vries et al. (2008);
/// and the answers on which they differ. See docs/coding-format.md.
public struct Agreement: Sendable, Hashable {
    public var first: String
    public var second: String
    /// Answers both coded: every table's n.
    public var answers: Int
    /// Codes either coder used on those answers, in codebook order.
    public var codes: [CodeAgreement]
    /// Answers on which both gave exactly the same codes.
    public var identical: Int
    /// Mean of the codes' percentage agreement; nil without codes.
    public var percent: Double?
    /// (mean p_o − mean p_e) / (1 − mean p_e) over the codes; nil without codes or variation.
    public var pooledKappa: Double?
    public var disagreements: [Disagreement]

    public struct CodeAgreement: Sendable, Hashable {
        public var id: String
        public var name: String
        /// Both gave it / only the first / only the second / neither.
        public var both: Int, firstOnly: Int, secondOnly: Int, neither: Int
        public var n: Int { both + firstOnly + secondOnly + neither }
        /// p_o × 100.
        public var percent: Double { Double(both + neither) * 100 / Double(n) }
        /// Chance agreement from the two coders' margins.
        public var expected: Double {
            Double(expectedNumerator) / (Double(n) * Double(n))
        }
        private var expectedNumerator: Int { (both + firstOnly) * (both + secondOnly) + (secondOnly + neither) * (firstOnly + neither) }
        /// Cohen's kappa (p_o − p_e) / (1 − p_e). Nil when p_e = 1: both coders
        /// gave the code to every answer (or to none), so there is no variation
        /// to agree on beyond chance; `percent` (100) says they agree.
        public var kappa: Double? {
            guard expectedNumerator != n * n else { return nil }
            let po = Double(both + neither) / Double(n)
            return (po - expected) / (1 - expected)
        }
    }

    public struct Disagreement: Sendable, Hashable {
        public var answer: CodableAnswer
        public var firstOnly: [String]
        public var secondOnly: [String]
    }
}

extension Agreement {
    /// - Parameter question: only this question's answers (nil: all).
    public init(answers: CodableAnswers, first: CoderCodings, second: CoderCodings, codebook: CodeBook,
                question: String? = nil) {
        // Only answers whose interview both coders coded have their text read
        // (for the fingerprint); per shared answer, its index and both coders'
        // codes as numbers in one flat buffer (no set or answer kept per answer).
        var shared = SharedAnswers()
        func visit(_ i: Int, _ key: AnswerKey) {
            guard let x = first.number(interview: key.interview), let y = second.number(interview: key.interview) else { return }
            let fingerprint = answers.fingerprint(i)
            let a = first.current(x, question: key.question, fingerprint: fingerprint).codes
            guard !a.isEmpty else { return }
            let b = second.current(y, question: key.question, fingerprint: fingerprint).codes
            guard !b.isEmpty else { return }
            shared.append(i, a, b)
        }
        if let question {
            for i in answers.indices(question: question) { visit(i, AnswerKey(interview: answers.interview(i), question: question)) }
        } else {
            for i in answers.answers.indices { visit(i, answers.key(i)) }
        }
        let used = Set(shared.codes)
        let order = codebook.outline.map(\.id).filter(used.contains) + used.subtracting(codebook.codes.map(\.id)).sorted()
        var codes = order.map { id in
            CodeAgreement(id: id, name: codebook.code(id)?.name ?? "", both: 0, firstOnly: 0, secondOnly: 0, neither: 0)
        }
        // Shared code number → place in `codes`.
        let place = shared.codes.map { id in order.firstIndex(of: id)! }
        var disagreements: [Disagreement] = []
        var identical = 0
        for k in 0..<shared.count {
            let x = Set(shared.first(k).map { place[$0] }), y = Set(shared.second(k).map { place[$0] })
            for i in codes.indices {
                switch (x.contains(i), y.contains(i)) {
                case (true, true): codes[i].both += 1
                case (true, false): codes[i].firstOnly += 1
                case (false, true): codes[i].secondOnly += 1
                case (false, false): codes[i].neither += 1
                }
            }
            if x == y { identical += 1 } else {
                disagreements.append(Disagreement(answer: answers.answers[shared.answer(k)],
                                                  firstOnly: codes.indices.filter { x.contains($0) && !y.contains($0) }.map { order[$0] },
                                                  secondOnly: codes.indices.filter { y.contains($0) && !x.contains($0) }.map { order[$0] }))
            }
        }
        var percent: Double?, pooled: Double?
        if !codes.isEmpty {
            let k = Double(codes.count)
            let po = codes.reduce(0) { $0 + $1.percent / 100 } / k
            let pe = codes.reduce(0) { $0 + $1.expected } / k
            percent = po * 100
            // Every code without variation: as for one code, no kappa.
            pooled = codes.allSatisfy({ $0.kappa == nil }) ? nil : (po - pe) / (1 - pe)
        }
        self.init(first: first.coder, second: second.coder, answers: shared.count, codes: codes, identical: identical,
                  percent: percent, pooledKappa: pooled, disagreements: disagreements)
    }

    /// As JSON (`wijk agreement --format json`).
    public var json: JSONValue {
        func num(_ d: Double?) -> JSONValue { d.map(JSONValue.number) ?? .null }
        func int(_ n: Int) -> JSONValue { .number(Double(n)) }
        return .object(JSONObject([
            ("coders", .array([.string(first), .string(second)])),
            ("answers", int(answers)), ("identical", int(identical)),
            ("percent", num(percent)), ("pooledKappa", num(pooledKappa)),
            ("codes", .array(codes.map { c in
                .object(JSONObject([
                    ("id", .string(c.id)), ("name", c.name.isEmpty ? .null : .string(c.name)),
                    ("both", int(c.both)), ("firstOnly", int(c.firstOnly)), ("secondOnly", int(c.secondOnly)),
                    ("neither", int(c.neither)), ("percent", .number(c.percent)), ("kappa", num(c.kappa)),
                ]))
            })),
            ("disagreements", .array(disagreements.map { d in
                .object(JSONObject([
                    ("interview", .string(d.answer.key.interview)), ("question", .string(d.answer.key.question)),
                    ("variant", .string(d.answer.variant)), ("gemeente", .string(d.answer.gemeente)),
                    ("firstOnly", .array(d.firstOnly.map(JSONValue.string))),
                    ("secondOnly", .array(d.secondOnly.map(JSONValue.string))),
                    ("text", .string(d.answer.text)),
                ]))
            })),
        ]))
    }
}

/// The answers two coders both coded: per answer its index and each coder's
/// current codes, as numbers into `codes`, in one flat buffer.
private struct SharedAnswers {
    private(set) var codes: [String] = []
    private var numbers: [String: UInt32] = [:]
    /// Per answer: its index, then where its first and second coder's codes start in `flat`.
    private var rows: [(answer: Int, first: Int, second: Int)] = []
    private var flat: [UInt32] = []

    var count: Int { rows.count }

    mutating func append(_ answer: Int, _ first: [String], _ second: [String]) {
        let a = flat.count
        for c in first { flat.append(number(c)) }
        let b = flat.count
        for c in second { flat.append(number(c)) }
        rows.append((answer, a, b))
    }

    func answer(_ k: Int) -> Int { rows[k].answer }
    func first(_ k: Int) -> [Int] { flat[rows[k].first..<rows[k].second].map { Int($0) } }
    func second(_ k: Int) -> [Int] { flat[rows[k].second..<end(k)].map { Int($0) } }

    private func end(_ k: Int) -> Int { k + 1 < rows.count ? rows[k + 1].first : flat.count }

    private mutating func number(_ code: String) -> UInt32 {
        if let n = numbers[code] { return n }
        let n = UInt32(codes.count)
        codes.append(code); numbers[code] = n
        return n
    }
}
