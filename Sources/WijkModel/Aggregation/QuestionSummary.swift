/// One answer category with its count and the percentage of a stated base.
public struct ChoiceCount: Sendable, Hashable {
    /// The choice code, "true"/"false" for yes/no, the point of a scale, or the
    /// value of a counted text (gemeente) or date.
    public var code: String
    public var label: LocalizedText?
    public var count: Int
    /// count / base × 100; nil when the base is 0.
    public var percent: Double?
    /// The number the percentage is of (see `QuestionSummary`).
    public var base: Int

    public init(code: String, label: LocalizedText?, count: Int, base: Int) {
        self.code = code; self.label = label; self.count = count; self.base = base
        self.percent = base > 0 ? Double(count) * 100 / Double(base) : nil
    }
}

/// The result for one question within one variant.
///
/// Bases: choice percentages are of `answered` — the respondents who gave a
/// real answer — so don't know, refused, unanswered and not applicable never
/// sit silently in a denominator. For multiple choice that is the share of
/// respondents choosing each option. Don't know and refused are reported
/// against `relevantBase` (everyone the question applied to).
public struct QuestionSummary: Sendable, Hashable {
    public var id: String
    public var type: QuestionType
    public var label: LocalizedText
    public var sectionID: String
    public var isCore: Bool
    public var answered: Int
    public var dontKnow: Int
    public var refused: Int
    public var unanswered: Int
    /// Skipped by the questionnaire's logic.
    public var notApplicable: Int
    /// Choices in questionnaire order (zero counts included), then any other codes.
    public var choices: [ChoiceCount]
    /// Multiple choice: mean number chosen by those who answered.
    public var meanSelected: Double?
    /// Scale, integer and decimal.
    public var statistics: Statistics?
    /// Text and long text, plus "other, namely …" texts; in a stable order.
    public var openAnswers: OpenAnswers
    /// Number questions given `AggregationOptions.bands`: the answered values
    /// per band (base `answered`), then `NumericBands.outside` if any fell in no band.
    public var bands: [ChoiceCount] = []

    /// Everyone the question applied to: answered + don't know + refused + unanswered.
    public var relevantBase: Int { answered + dontKnow + refused + unanswered }

    /// The choice with `code`, if counted.
    public func choice(_ code: String) -> ChoiceCount? { choices.first { $0.code == code } }
}

/// One variant's results.
public struct VariantSummary: Sendable, Hashable {
    public var variant: String
    public var questionnaireID: String
    public var title: LocalizedText
    /// Interviews counted for this variant.
    public var respondents: Int
    /// Of `respondents`, completed interviews that ended without consent (the
    /// respondent said no to `toestemming`): counted, but n.v.t. on every question.
    public var withoutConsent = 0
    public var questions: [QuestionSummary]

    public func question(_ id: String) -> QuestionSummary? { questions.first { $0.id == id } }
}
