/// The engine's view of a response for expression evaluation: only answers of
/// relevant questions (an irrelevant answer acts as empty), `.` and today.
///
/// Kept internal and tiny on purpose: the engine builds one per evaluation over
/// a dictionary it already holds, so no copying happens.
struct ResponseContext: ExpressionContext {
    var answers: [String: AnswerValue]
    var current: AnswerValue?
    var today: String

    func answer(_ id: String) -> AnswerValue? { answers[id] }
}
