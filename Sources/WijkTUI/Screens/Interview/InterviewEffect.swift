import WijkModel

/// What the interview screen asks its shell to do; the screen itself does no I/O.
public enum InterviewEffect: Sendable, Equatable {
    /// Autosave: after every confirmed answer, remark, jump and reopen. Write atomically.
    case save(Response)
    /// Save and go back to the home screen (F10 / Ctrl-Q / Ctrl-C).
    case leave(Response)
    /// The interview was just completed: save it (it is now read-only).
    case completed(Response)
    /// The interviewer confirmed reopening a completed interview: take its lock first,
    /// then call `reopened(now:)` — or `reopenRefused(_:)`, which keeps it read-only.
    case reopen
}
