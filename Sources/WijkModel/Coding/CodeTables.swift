/// Code frequencies and tables of one coder's current codings over a set of
/// open answers (docs/summary-format.md, "coding"). Stale codings are not
/// counted, only reported per question.
///
/// Bases: a code's percentage is of the **coded respondents** — those whose
/// answer has at least one current coding — in that variant; `answered`
/// (everyone who gave the answer) is stated beside it, so how far coding
/// has got is never hidden in a percentage.
public struct CodeTables: Sendable, Hashable {
    public var coder: String
    /// The variants side by side, in questionnaire order.
    public var variants: [String]
    /// Codebook order (themes followed by their codes), then codes used but no longer in the codebook.
    public var codes: [CodeRow]
    public var questions: [QuestionCodes]
    /// Code × variant over all open questions: interviews with the code.
    public var byVariant: CodeByVariant
    /// Which codes occur together in one interview (any open questions).
    public var cooccurrence: CodeCooccurrence

    /// A code as the tables show it.
    public struct CodeRow: Sendable, Hashable {
        public var id: String
        /// Empty for a code no longer in the codebook (its id is shown).
        public var name: String
        public var parent: String?
        /// Whether other codes sit under it (its `net` counts them too).
        public var isTheme: Bool
    }

    /// One open question (or `<id>.other`).
    public struct QuestionCodes: Sendable, Hashable {
        public var question: String
        public var variants: [VariantCodes]
    }

    /// One question in one variant.
    public struct VariantCodes: Sendable, Hashable {
        public var variant: String
        /// Respondents with this answer.
        public var answered: Int
        /// Of them, with at least one current coding: the percentages' base.
        public var coded: Int
        /// Answers with stale codings (text changed since): to review, not counted.
        public var stale: Int
        /// Per code of `CodeTables.codes` (same order): respondents with it.
        public var counts: [Int]
        /// For a theme: respondents with the theme or any code under it; else equal to `counts`.
        public var nets: [Int]

        public func percent(_ i: Int) -> Double? { coded > 0 ? Double(counts[i]) * 100 / Double(coded) : nil }
        public func netPercent(_ i: Int) -> Double? { coded > 0 ? Double(nets[i]) * 100 / Double(coded) : nil }
    }

    public struct CodeByVariant: Sendable, Hashable {
        /// Per variant: interviews with at least one current coding (the base).
        public var coded: [Int]
        /// [code][variant]: interviews with the code.
        public var counts: [[Int]]

        public func percent(code: Int, variant: Int) -> Double? {
            coded[variant] > 0 ? Double(counts[code][variant]) * 100 / Double(coded[variant]) : nil
        }
    }

    public struct CodeCooccurrence: Sendable, Hashable {
        /// Indices into `CodeTables.codes` of the codes used at least once.
        public var codes: [Int]
        /// [i][j]: interviews with both `codes[i]` and `codes[j]`; the diagonal, interviews with the code.
        public var counts: [[Int]]
    }
}

extension CodeTables {
    /// The tables of `codings` over `answers`.
    /// - Parameter variants: the order to show; variants found only in the answers follow.
    /// - Parameter allQuestions: also questions this coder has not coded at all (default: left out).
    public init(answers: CodableAnswers, codings: CoderCodings, codebook: CodeBook, variants: [String],
                allQuestions: Bool = false) {
        var variantOrder = variants
        for i in answers.answers.indices {
            let v = answers.variant(i)
            if !variantOrder.contains(v) { variantOrder.append(v) }
        }
        let variantIndex = Dictionary(uniqueKeysWithValues: variantOrder.enumerated().map { ($1, $0) })

        var rows = codebook.outline.map { c in
            CodeRow(id: c.id, name: c.name, parent: c.parent, isTheme: !codebook.children(of: c.id).isEmpty)
        }
        var codeIndex = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1.id, $0) })
        // Per row, the rows whose presence counts for its net: itself and, for a theme, its codes.
        var netMembers: [[Int]] = rows.map { row in
            [codeIndex[row.id]!] + rows.indices.filter { rows[$0].parent == row.id }
        }

        // Answer by answer in the summary's order; only an answer whose
        // interview has codings has its text read (for its fingerprint), and
        // nothing is kept per answer.
        var tallies: [String: [VariantCodes]] = [:]
        // Per coded interview (its number in the codings): its variant and the codes over all its answers.
        var interviews: [Int: (variant: Int, codes: Set<Int>)] = [:]
        for (q, run) in answers.runs() {
            var perVariant = tallies[q] ?? variantOrder.map {
                VariantCodes(variant: $0, answered: 0, coded: 0, stale: 0, counts: [], nets: [])
            }
            for i in run {
                let v = variantIndex[answers.variant(i)]!
                perVariant[v].answered += 1
                guard let number = codings.number(interview: answers.interview(i)) else { continue }
                let found = codings.current(number, question: q, fingerprint: answers.fingerprint(i))
                if found.stale { perVariant[v].stale += 1 }
                guard !found.codes.isEmpty else { continue }
                var current: [Int] = []
                for code in found.codes {
                    let index: Int
                    if let known = codeIndex[code] { index = known } else {
                        // A code no longer in the codebook: a row of its own (never a theme).
                        index = rows.count
                        rows.append(CodeRow(id: code, name: "", parent: nil, isTheme: false))
                        codeIndex[code] = index
                        netMembers.append([index])
                    }
                    if !current.contains(index) { current.append(index) }
                }
                perVariant[v].coded += 1
                grow(&perVariant[v], to: rows.count)
                for c in current { perVariant[v].counts[c] += 1 }
                for (r, members) in netMembers.enumerated() where members.contains(where: current.contains) {
                    perVariant[v].nets[r] += 1
                }
                interviews[number, default: (v, [])].codes.formUnion(current)
            }
            tallies[q] = perVariant
        }
        var questions: [QuestionCodes] = []
        for q in answers.questions {
            guard var perVariant = tallies[q] else { continue }
            for v in perVariant.indices { grow(&perVariant[v], to: rows.count) }
            if allQuestions || perVariant.contains(where: { $0.coded > 0 || $0.stale > 0 }) {
                questions.append(QuestionCodes(question: q, variants: perVariant))
            }
        }

        var byVariant = CodeByVariant(coded: Array(repeating: 0, count: variantOrder.count),
                                      counts: Array(repeating: Array(repeating: 0, count: variantOrder.count), count: rows.count))
        var pairs = Array(repeating: Array(repeating: 0, count: rows.count), count: rows.count)
        for (_, entry) in interviews {
            byVariant.coded[entry.variant] += 1
            let list = entry.codes.sorted()
            for (n, c) in list.enumerated() {
                byVariant.counts[c][entry.variant] += 1
                for d in list[n...] { pairs[c][d] += 1 }
            }
        }
        let used = rows.indices.filter { pairs[$0][$0] > 0 }
        let matrix = used.map { i in used.map { j in i <= j ? pairs[i][j] : pairs[j][i] } }

        self.init(coder: codings.coder, variants: variantOrder, codes: rows, questions: questions, byVariant: byVariant,
                  cooccurrence: CodeCooccurrence(codes: used, counts: matrix))
    }
}

/// Counts for rows added after a tally started (codes found only in the codings) start at 0.
private func grow(_ tally: inout CodeTables.VariantCodes, to rows: Int) {
    if tally.counts.count < rows { tally.counts += Array(repeating: 0, count: rows - tally.counts.count) }
    if tally.nets.count < rows { tally.nets += Array(repeating: 0, count: rows - tally.nets.count) }
}

extension CodeTables {
    /// The tables of a project's coder over a summary's open answers (its variants in order).
    public init(summary: Summary, project: CodingProject) {
        self.init(answers: CodableAnswers(summary: summary), codings: project.codings, codebook: project.codebook,
                  variants: Self.variants(of: summary))
    }

    /// The summary's variants in order: the tables' columns.
    static func variants(of summary: Summary) -> [String] {
        var variants: [String] = []
        for g in summary.groups { for v in g.variants where !variants.contains(v.variant) { variants.append(v.variant) } }
        return variants
    }
}

extension Summary {
    /// Leaves the open answers out (`--no-open-answers` when they were kept for coding).
    public mutating func dropOpenAnswers() {
        for g in groups.indices {
            for v in groups[g].variants.indices {
                for q in groups[g].variants[v].questions.indices { groups[g].variants[v].questions[q].openAnswers = [] }
            }
        }
    }
}
