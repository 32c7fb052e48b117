/// A plain `ExpressionContext` over a dictionary of answers.
public struct AnswerContext: ExpressionContext, Sendable {
    public var answers: [String: AnswerValue]
    public var current: AnswerValue?
    public var today: String

    /// - Parameters:
    ///   - answers: answers by question id; a missing id is unanswered.
    ///   - current: what `.` stands for.
    ///   - today: today as YYYY-MM-DD.
    public init(answers: [String: AnswerValue], current: AnswerValue? = nil, today: String) {
        self.answers = answers
        self.current = current
        self.today = today
    }

    public func answer(_ id: String) -> AnswerValue? { answers[id] }
}
