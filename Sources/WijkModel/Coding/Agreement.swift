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
    /// Made one at a time when read (there may be tens of thousands, each with its text).
    public var disagreements: Disagreements

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
        // One pass over the answers; only those whose interview both coders
        // coded have their text read (for the fingerprint). Per code (numbered
        // as met) its counts; "neither" follows from the number of answers.
        var names: [String] = [], numbers: [String: Int] = [:]
        var both: [Int] = [], firstOnly: [Int] = [], secondOnly: [Int] = []
        var shared = 0, identical = 0
        var differing: [(answer: Int32, first: [Int32], second: [Int32])] = []
        func number(_ code: String) -> Int {
            if let n = numbers[code] { return n }
            names.append(code); numbers[code] = names.count - 1
            both.append(0); firstOnly.append(0); secondOnly.append(0)
            return names.count - 1
        }
        func visit(_ i: Int, _ key: AnswerKey) {
            guard let x = first.number(interview: key.interview), let y = second.number(interview: key.interview) else { return }
            let fingerprint = answers.fingerprint(i)
            let a = first.current(x, question: key.question, fingerprint: fingerprint).codes
            guard !a.isEmpty else { return }
            let b = second.current(y, question: key.question, fingerprint: fingerprint).codes
            guard !b.isEmpty else { return }
            shared += 1
            let mine = Set(a.map(number)), theirs = Set(b.map(number))
            for c in mine.union(theirs) {
                switch (mine.contains(c), theirs.contains(c)) {
                case (true, true): both[c] += 1
                case (true, false): firstOnly[c] += 1
                default: secondOnly[c] += 1
                }
            }
            if mine == theirs { identical += 1 } else {
                differing.append((Int32(i), mine.subtracting(theirs).map(Int32.init), theirs.subtracting(mine).map(Int32.init)))
            }
        }
        if let question {
            for i in answers.indices(question: question) { visit(i, AnswerKey(interview: answers.interview(i), question: question)) }
        } else {
            for i in answers.answers.indices { visit(i, answers.key(i)) }
        }
        let used = Set(names)
        let order = codebook.outline.map(\.id).filter(used.contains) + used.subtracting(codebook.codes.map(\.id)).sorted()
        let codes = order.map { id in
            let n = numbers[id]!
            return CodeAgreement(id: id, name: codebook.code(id)?.name ?? "", both: both[n], firstOnly: firstOnly[n],
                                 secondOnly: secondOnly[n], neither: shared - both[n] - firstOnly[n] - secondOnly[n])
        }
        // Code number → place in `order`, so each difference lists its codes in codebook order.
        var place = [Int](repeating: 0, count: names.count)
        for (k, id) in order.enumerated() { place[numbers[id]!] = k }
        let disagreements = Disagreements(answers: answers, order: order, rows: differing.map { row in
            (row.answer, row.first.map { Int32(place[Int($0)]) }.sorted(), row.second.map { Int32(place[Int($0)]) }.sorted())
        })
        var percent: Double?, pooled: Double?
        if !codes.isEmpty {
            let k = Double(codes.count)
            let po = codes.reduce(0) { $0 + $1.percent / 100 } / k
            let pe = codes.reduce(0) { $0 + $1.expected } / k
            percent = po * 100
            // Every code without variation: as for one code, no kappa.
            pooled = codes.allSatisfy({ $0.kappa == nil }) ? nil : (po - pe) / (1 - pe)
        }
        self.init(first: first.coder, second: second.coder, answers: shared, codes: codes, identical: identical,
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
            ("disagreements", .array(disagreements.map(Self.json))),
        ]))
    }

    private static func json(_ d: Disagreement) -> JSONValue {
        .object(JSONObject([
            ("interview", .string(d.answer.key.interview)), ("question", .string(d.answer.key.question)),
            ("variant", .string(d.answer.variant)), ("gemeente", .string(d.answer.gemeente)),
            ("firstOnly", .array(d.firstOnly.map(JSONValue.string))),
            ("secondOnly", .array(d.secondOnly.map(JSONValue.string))),
            ("text", .string(d.answer.text)),
        ]))
    }

    /// `json` as text (`JSONWriter`, pretty, with a final line break), handed
    /// to `write` in pieces of about 64 KB: the differences one at a time, as
    /// a whole tree they may be tens of megabytes.
    public func writeJSON(_ write: ([UInt8]) -> Void) {
        var head = self
        head.disagreements = Disagreements([])
        var out: [UInt8] = []
        JSONWriter.append(head.json, to: &out, pretty: true, indent: 0)
        guard !disagreements.isEmpty else { out.append(0x0A); write(out); return }
        out.removeLast(Array("[]\n}".utf8).count)   // the empty list and the object's end
        out.append(0x5B)
        for (n, d) in disagreements.enumerated() {
            out.append(contentsOf: n == 0 ? Array("\n    ".utf8) : Array(",\n    ".utf8))
            JSONWriter.append(Self.json(d), to: &out, pretty: true, indent: 2)
            if out.count >= 1 << 16 { write(out); out.removeAll(keepingCapacity: true) }
        }
        out.append(contentsOf: "\n  ]\n}\n".utf8)
        write(out)
    }
}

/// The answers two coders coded differently, each made a `Disagreement`
/// (with its answer's text) only when read: per difference, the answer's
/// index and the codes only one of them gave, as places in the code order.
public struct Disagreements: RandomAccessCollection, Sendable, Hashable {
    private let answers: CodableAnswers?
    private let order: [String]
    private let rows: [(answer: Int32, first: [Int32], second: [Int32])]
    private let made: [Agreement.Disagreement]

    init(answers: CodableAnswers, order: [String], rows: [(answer: Int32, first: [Int32], second: [Int32])]) {
        self.answers = answers; self.order = order; self.rows = rows; made = []
    }

    /// Differences made by hand (tests, and an agreement built from its parts).
    public init(_ list: [Agreement.Disagreement]) { answers = nil; order = []; rows = []; made = list }

    public var startIndex: Int { 0 }
    public var endIndex: Int { answers == nil ? made.count : rows.count }

    public subscript(i: Int) -> Agreement.Disagreement {
        guard let answers else { return made[i] }
        let row = rows[i]
        return Agreement.Disagreement(answer: answers.answers[Int(row.answer)], firstOnly: row.first.map { order[Int($0)] },
                                      secondOnly: row.second.map { order[Int($0)] })
    }

    public static func == (a: Disagreements, b: Disagreements) -> Bool { a.elementsEqual(b) }

    public func hash(into hasher: inout Hasher) { hasher.combine(count) }
}
