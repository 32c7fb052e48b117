/// What an expression can see while it is evaluated: the answers so far, the
/// value of the question being checked (`.`), and today's date.
public protocol ExpressionContext {
    /// The answer to question `id`, or nil when it has none (or is not relevant).
    func answer(_ id: String) -> AnswerValue?
    /// The value `.` stands for (the answer being checked), if any.
    var current: AnswerValue? { get }
    /// Today as YYYY-MM-DD, injected so evaluation stays deterministic in tests.
    var today: String { get }
}
