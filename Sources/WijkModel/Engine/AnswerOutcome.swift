/// What happened to an answer the interviewer gave, with messages a UI can show.
public enum AnswerOutcome: Sendable, Hashable {
    /// Stored (or unchanged, when it equals the stored value). `warnings` are
    /// soft-check messages: the interviewer may go on.
    case accepted(warnings: [String])
    /// Not stored; the messages say why.
    case rejected([String])

    /// Whether the answer was stored (or already was).
    public var isAccepted: Bool {
        if case .accepted = self { return true }
        return false
    }

    /// The messages to show: warnings or reasons for rejection.
    public var messages: [String] {
        switch self {
        case .accepted(let warnings): return warnings
        case .rejected(let reasons): return reasons
        }
    }
}
