/// The report's outline: the questionnaires' sections in order, each question
/// once with its results in every variant that asked it, so wijkteams and
/// migrantenorganisaties sit side by side. Built from a summary group (the
/// same counts as `wijk summary`) and the questionnaires (section titles and
/// order).
public struct ReportSection: Sendable {
    public var id: String
    public var title: String
    public var questions: [ReportQuestion]
}

public struct ReportQuestion: Sendable {
    public struct Result: Sendable {
        public var variant: String
        public var summary: QuestionSummary
        /// The variant's place among the summary's variants: its colour, even where it is alone.
        public var slot: Int
    }

    public var id: String
    public var type: QuestionType
    /// The first variant's wording (the shared core words it for both).
    public var label: LocalizedText
    public var isCore: Bool
    /// One per variant that asked the question, in the summary's variant order.
    public var results: [Result]
    /// The shared-core comparison, when both variants asked it.
    public var comparison: CoreComparison?

    /// Answer codes over all variants, in questionnaire order.
    public var codes: [String] {
        var out: [String] = []
        for r in results { for c in r.summary.choices where !out.contains(c.code) { out.append(c.code) } }
        return out
    }

    /// The label of `code` from whichever variant has one.
    public func label(of code: String) -> LocalizedText? {
        for r in results { if let l = r.summary.choice(code)?.label { return l } }
        return nil
    }
}

public enum ReportLayout {
    public static func sections(_ group: SummaryGroup, questionnaires: [Questionnaire], lang: Lang) -> [ReportSection] {
        var order: [String] = []                       // section ids
        var titles: [String: [String]] = [:]
        var questionOrder: [String: [String]] = [:]    // section id → question ids
        for variant in group.variants {
            let questionnaire = questionnaires.first { $0.id == variant.questionnaireID }
            let sections: [(id: String, title: String, ids: [String])] = questionnaire.map { q in
                q.sections.map { s in (s.id, s.title.resolve(lang.rawValue), s.questions.filter { $0.type != .note && !$0.interviewerOnly }.map(\.id)) }
            } ?? Dictionary(grouping: variant.questions, by: \.sectionID).map { ($0.key, $0.key, $0.value.map(\.id)) }
            for s in sections {
                if !order.contains(s.id) { order.append(s.id) }
                if !(titles[s.id] ?? []).contains(s.title) { titles[s.id, default: []].append(s.title) }
                var ids = questionOrder[s.id] ?? []
                var last = -1
                for id in s.ids where variant.question(id) != nil {
                    if let i = ids.firstIndex(of: id) { last = i } else { last += 1; ids.insert(id, at: last) }
                }
                questionOrder[s.id] = ids
            }
        }
        return order.compactMap { sectionID in
            let questions = (questionOrder[sectionID] ?? []).compactMap { question($0, group) }
            guard !questions.isEmpty else { return nil }
            return ReportSection(id: sectionID, title: (titles[sectionID] ?? [sectionID]).joined(separator: " / "),
                                 questions: questions)
        }
    }

    private static func question(_ id: String, _ group: SummaryGroup) -> ReportQuestion? {
        let results = group.variants.enumerated().compactMap { slot, v in
            v.question(id).map { ReportQuestion.Result(variant: v.variant, summary: $0, slot: slot) }
        }
        guard let first = results.first else { return nil }
        return ReportQuestion(id: id, type: first.summary.type, label: first.summary.label,
                              isCore: results.count > 1 && first.summary.isCore, results: results,
                              comparison: group.core.first { $0.questionID == id })
    }
}
