/// How far an interview is: answered questions out of the visible questions
/// that take an answer (notes don't count). Named to avoid clashing with
/// Foundation's `Progress`.
public struct InterviewProgress: Sendable, Hashable {
    public var answered: Int
    public var total: Int

    public init(answered: Int, total: Int) { self.answered = answered; self.total = total }

    /// 0...1; an interview with nothing to answer counts as done.
    public var fraction: Double { total == 0 ? 1 : Double(answered) / Double(total) }
}
