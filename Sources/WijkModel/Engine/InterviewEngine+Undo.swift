import Foundation

/// Undoing answer changes (Ctrl-Z in the interview screen), from the audit trail.
extension InterviewEngine {
    /// Undoes the last answer change not undone yet (any question, also an "other"
    /// text), recorded as audit "undo" with the value before (`old`) and after (`new`).
    /// Each "undo" entry cancels the latest change before it that is not cancelled yet,
    /// so repeated calls go further back. Changes before the last complete/reopen are
    /// not undone. Returns the answer key undone, nil when there is nothing to undo
    /// (or the response is complete).
    @discardableResult
    public mutating func undoLastChange(at now: Date) -> String? {
        guard response.status == .draft, let change = lastUndoableChange(), let key = change.question else { return nil }
        let current = response.answers[key]
        response.answers[key] = change.old
        record(AuditEntry(at: now, event: "undo", question: key, old: current, new: change.old), now)
        return key
    }

    /// The change `undoLastChange` would undo, if any.
    public func lastUndoableChange() -> AuditEntry? {
        var cancelled = 0
        for entry in response.audit.reversed() {
            switch entry.event {
            case "undo": cancelled += 1
            case "answer", "clear":
                if cancelled > 0 { cancelled -= 1 } else if entry.question != nil { return entry }
            case "complete", "reopen": return nil
            default: break
            }
        }
        return nil
    }
}
