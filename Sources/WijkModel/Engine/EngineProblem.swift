/// A problem with one visible question, found when checking the interview
/// before completing it ("check for errors").
public struct EngineProblem: Sendable, Hashable, CustomStringConvertible {
    /// Why the question is flagged.
    public enum Kind: String, Sendable, Hashable {
        /// A required question has no answer.
        case missingRequired
        /// The stored answer no longer fits the question (type, range, choices …).
        case invalidAnswer
        /// The question's constraint is false for its answer.
        case constraint
    }

    public var questionId: String
    public var message: String
    public var severity: Severity
    public var kind: Kind

    public init(questionId: String, message: String, severity: Severity, kind: Kind) {
        self.questionId = questionId; self.message = message
        self.severity = severity; self.kind = kind
    }

    public var description: String { "\(questionId): \(message)" }
}
