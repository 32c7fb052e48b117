/// `required` is either a constant or an expression evaluated on the response.
public enum Requirement: Sendable, Hashable {
    case always(Bool)
    case when(Expression)
}

/// A 1..5-style scale with labelled endpoints and optional labels per point.
public struct ScaleSpec: Sendable, Hashable {
    public var min: Int
    public var max: Int
    public var minLabel: LocalizedText
    public var maxLabel: LocalizedText
    public var pointLabels: [Int: LocalizedText]

    public init(min: Int, max: Int, minLabel: LocalizedText, maxLabel: LocalizedText,
                pointLabels: [Int: LocalizedText] = [:]) {
        self.min = min; self.max = max
        self.minLabel = minLabel; self.maxLabel = maxLabel
        self.pointLabels = pointLabels
    }

    /// The label of one point: its own, an endpoint's, or nil.
    public func label(for point: Int) -> LocalizedText? {
        if let own = pointLabels[point] { return own }
        if point == min { return minLabel }
        if point == max { return maxLabel }
        return nil
    }
}

/// The "other, namely …" choice: choosing `value` opens a free-text field whose
/// answer is stored under the key `<questionId>.other`.
public struct OtherSpec: Sendable, Hashable {
    public var value: String
    public var label: LocalizedText

    public init(value: String, label: LocalizedText) {
        self.value = value; self.label = label
    }
}

/// One question of a questionnaire. See docs/questionnaire-format.md.
public struct Question: Sendable, Hashable, Identifiable {
    public var id: String
    public var type: QuestionType
    public var label: LocalizedText
    public var hint: LocalizedText?
    /// Name of the choice list (single and multiple).
    public var choices: String?
    public var maxSelections: Int?
    public var scale: ScaleSpec?
    /// Range for integer and decimal questions.
    public var min: Double?
    public var max: Double?
    /// Maximum length in characters for text and longText.
    public var maxLength: Int?
    public var required: Requirement
    public var requiredMessage: LocalizedText?
    public var relevant: Expression?
    public var constraint: Expression?
    public var constraintMessage: LocalizedText?
    public var constraintSeverity: Severity
    public var allowDontKnow: Bool
    public var allowRefused: Bool
    public var other: OtherSpec?
    /// Part of the shared core: same id, choices and scale in both variants.
    public var core: Bool
    /// The interviewer's own (notes, impressions): exported for the team, never
    /// quoted or charted in a report handed to others (`wijk report`).
    public var interviewerOnly: Bool = false

    public init(id: String, type: QuestionType, label: LocalizedText, hint: LocalizedText? = nil,
                choices: String? = nil, maxSelections: Int? = nil, scale: ScaleSpec? = nil,
                min: Double? = nil, max: Double? = nil, maxLength: Int? = nil,
                required: Requirement = .always(false), requiredMessage: LocalizedText? = nil,
                relevant: Expression? = nil, constraint: Expression? = nil,
                constraintMessage: LocalizedText? = nil, constraintSeverity: Severity = .hard,
                allowDontKnow: Bool = false, allowRefused: Bool = false,
                other: OtherSpec? = nil, core: Bool = false) {
        self.id = id; self.type = type; self.label = label; self.hint = hint
        self.choices = choices; self.maxSelections = maxSelections; self.scale = scale
        self.min = min; self.max = max; self.maxLength = maxLength
        self.required = required; self.requiredMessage = requiredMessage
        self.relevant = relevant; self.constraint = constraint
        self.constraintMessage = constraintMessage; self.constraintSeverity = constraintSeverity
        self.allowDontKnow = allowDontKnow; self.allowRefused = allowRefused
        self.other = other; self.core = core
    }

    /// The key under which the "other, namely …" text is stored.
    public var otherKey: String { id + Self.otherSuffix }

    static let otherSuffix = ".other"

    /// The question an answer key belongs to: `q3` → (`q3`, false), the
    /// "other" text's `q3.other` → (`q3`, true).
    public static func owner(ofAnswerKey key: String) -> (id: String, isOther: Bool) {
        key.hasSuffix(otherSuffix) ? (String(key.dropLast(otherSuffix.count)), true) : (key, false)
    }
}
