import WijkModel

/// What every results screen reads while rendering: the current summary and how
/// to name things. Built by `ResultsBrowser` on demand; screens never keep it.
struct ResultsContext {
    var summary: Summary
    var labels: ResultsLabels
    var lang: Lang { labels.lang }

    /// The variants shown side by side (all of the ungrouped result).
    var variants: [VariantSummary] { summary.all?.variants ?? [] }

    /// The summaries of one question, one per variant (nil where a variant lacks it).
    func questionSummaries(_ id: String) -> [(variant: VariantSummary, question: QuestionSummary?)] {
        variants.map { ($0, $0.question(id)) }
    }

    /// Any variant's summary of the question (for its type and label).
    func anySummary(_ id: String) -> QuestionSummary? {
        for v in variants { if let q = v.question(id) { return q } }
        return nil
    }

    /// The shared-core comparison of the question, if it is one.
    func core(_ id: String) -> CoreComparison? {
        summary.all?.core.first { $0.questionID == id }
    }

    /// The question label in the interface language.
    func questionLabel(_ id: String) -> String {
        if let q = anySummary(id) { return q.label.resolve(lang.rawValue) }
        return labels.question(id)?.label.resolve(lang.rawValue) ?? id
    }
}
