/// The kinds of question a questionnaire can hold; the raw value is the
/// spelling used in questionnaire files.
public enum QuestionType: String, Sendable, CaseIterable, Hashable {
    case single
    case multiple
    case scale
    case integer
    case decimal
    case text
    case longText
    case date
    case yesNo
    case note

    /// Whether the question has a fixed set of answers that can be counted.
    public var isClosed: Bool {
        switch self {
        case .single, .multiple, .scale, .yesNo: return true
        default: return false
        }
    }

    public var usesChoices: Bool { self == .single || self == .multiple }
    public var isNumeric: Bool { self == .integer || self == .decimal || self == .scale }
    public var isOpenText: Bool { self == .text || self == .longText }
}
