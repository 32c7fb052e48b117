/// Completing an interview was refused because hard problems remain.
public struct EngineError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The hard problems, in questionnaire order.
    public var problems: [EngineProblem]

    public init(problems: [EngineProblem]) { self.problems = problems }

    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
