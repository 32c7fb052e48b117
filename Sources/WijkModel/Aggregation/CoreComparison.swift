/// A shared-core question side by side for two variants: both distributions
/// on their own bases and the difference (second minus first).
public struct CoreComparison: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        public var code: String
        public var label: LocalizedText?
        public var first: ChoiceCount?
        public var second: ChoiceCount?
        /// second % − first % in percentage points; nil when either base is 0.
        public var differencePoints: Double? {
            guard let a = first?.percent ?? (first == nil ? nil : 0),
                  let b = second?.percent ?? (second == nil ? nil : 0) else { return nil }
            guard (first?.base ?? 0) > 0, (second?.base ?? 0) > 0 else { return nil }
            return b - a
        }
    }

    public var questionID: String
    public var type: QuestionType
    public var label: LocalizedText
    public var firstVariant: String
    public var secondVariant: String
    public var first: QuestionSummary
    public var second: QuestionSummary
    public var rows: [Row]

    /// second mean − first mean (scale, integer, decimal).
    public var meanDifference: Double? {
        guard let a = first.statistics?.mean, let b = second.statistics?.mean else { return nil }
        return b - a
    }

    /// Every question asked in both variants with the same id and type.
    public static func compare(_ a: VariantSummary, _ b: VariantSummary) -> [CoreComparison] {
        a.questions.compactMap { qa in
            guard qa.type != .note, !qa.type.isOpenText, qa.type != .date,
                  let qb = b.question(qa.id), qb.type == qa.type else { return nil }
            var codes = qa.choices.map(\.code)
            for c in qb.choices where !codes.contains(c.code) { codes.append(c.code) }
            let rows = codes.map { code in
                let ca = qa.choice(code), cb = qb.choice(code)
                return Row(code: code, label: ca?.label ?? cb?.label,
                           first: ca ?? ChoiceCount(code: code, label: nil, count: 0, base: qa.answered),
                           second: cb ?? ChoiceCount(code: code, label: nil, count: 0, base: qb.answered))
            }
            return CoreComparison(questionID: qa.id, type: qa.type, label: qa.label,
                                  firstVariant: a.variant, secondVariant: b.variant,
                                  first: qa, second: qb, rows: rows)
        }
    }
}
