/// One question of one variant across the groups of a grouped summary
/// (`AggregationOptions.grouping`): the groups as columns, each with its own
/// n, the answer codes as rows. Built from the groups' summaries, so every
/// count is the one the grouped summary shows.
public struct GroupTable: Sendable, Hashable {
    public struct Column: Sendable, Hashable {
        /// The group's value (gemeente, wijk or interviewer; "" when not recorded).
        public var name: String
        /// Interviews of this variant in the group.
        public var respondents: Int
        public var question: QuestionSummary
    }

    public var questionID: String
    public var variant: String
    public var type: QuestionType
    public var label: LocalizedText
    /// Groups with at least one interview of this variant, in the summary's order.
    public var columns: [Column]
    /// Every code any column counts, in the first column's order, then others as they come.
    public var codes: [String]

    /// The count of `code` in column `c` (0 when that group never gave it).
    public func count(_ code: String, column c: Int) -> ChoiceCount {
        let q = columns[c].question
        return Self.categories(q).first { $0.code == code } ?? ChoiceCount(code: code, label: nil, count: 0, base: q.answered)
    }

    /// The label of `code` as the questionnaire has it, if any column knows one.
    public func label(_ code: String) -> LocalizedText? {
        for column in columns { if let l = column.question.choice(code)?.label { return l } }
        return nil
    }

    /// What a column counts: its choices, or for a number question given bands, its bands.
    static func categories(_ q: QuestionSummary) -> [ChoiceCount] { q.bands.isEmpty ? q.choices : q.bands }

    /// Whether the groups answer differently: groups × answers (single choice,
    /// yes/no, scale, banded numbers; `SignificanceTest.independence`). nil for other types, for
    /// multiple choice (a respondent counts once per choice) and when there is nothing to test.
    public var test: SignificanceTest? {
        guard type == .single || type == .yesNo || type == .scale || (type.isNumeric && !codes.isEmpty) else { return nil }
        return SignificanceTest.independence(ContingencyTable(columns.indices.map { c in
            codes.map { max(0, count($0, column: c).count) }
        }))
    }

    /// One table per closed or number question and variant, in questionnaire
    /// order; empty for an ungrouped summary. Texts (open answers, and the
    /// organisatie, gemeente and wijk counted per value) and dates are left out:
    /// across groups they would be one column of their own values each.
    public static func tables(_ summary: Summary) -> [GroupTable] {
        guard summary.grouping != nil else { return [] }
        var variants: [String] = []
        for g in summary.groups { for v in g.variants where !variants.contains(v.variant) { variants.append(v.variant) } }
        var tables: [GroupTable] = []
        for variant in variants {
            let present = summary.groups.compactMap { g in
                g.variant(variant).flatMap { $0.respondents > 0 ? (g.name ?? "", $0) : nil }
            }
            guard let template = present.first?.1 else { continue }
            for question in template.questions where question.type.isClosed || question.type.isNumeric {
                var columns: [Column] = []
                var codes: [String] = [], seen: Set<String> = []
                for (name, v) in present {
                    guard let q = v.question(question.id) else { continue }
                    columns.append(Column(name: name, respondents: v.respondents, question: q))
                    for c in Self.categories(q) where seen.insert(c.code).inserted { codes.append(c.code) }
                }
                tables.append(GroupTable(questionID: question.id, variant: variant, type: question.type,
                                         label: question.label, columns: columns, codes: codes))
            }
        }
        return tables
    }
}
