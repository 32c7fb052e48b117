import Foundation

/// Moving through the visible questions. `position` always indexes
/// `visibleQuestions` (or is 0 when nothing is visible).
extension InterviewEngine {
    /// Moves to the next visible question; false at the last one.
    @discardableResult
    public mutating func next() -> Bool {
        guard position + 1 < visibleQuestions.count else { return false }
        position += 1
        return true
    }

    /// Moves to the previous visible question; false at the first one.
    @discardableResult
    public mutating func previous() -> Bool {
        guard position > 0 else { return false }
        position -= 1
        return true
    }

    /// Jumps to visible question `id`, audited as "jump". False (and nothing
    /// recorded) when it is not visible; jumping to the current question is
    /// not recorded either.
    @discardableResult
    public mutating func jump(to id: String, at now: Date) -> Bool {
        guard let target = visibleQuestions.firstIndex(where: { $0.id == id }) else { return false }
        guard target != position else { return true }
        position = target
        response.audit.append(AuditEntry(at: now, event: "jump", question: id))
        response.touch(now)
        return true
    }

    /// Moves to visible question `id` without recording anything: for viewing a
    /// completed interview read-only, which must leave the response untouched.
    /// False when `id` is not visible.
    @discardableResult
    public mutating func show(_ id: String) -> Bool {
        guard let target = visibleQuestions.firstIndex(where: { $0.id == id }) else { return false }
        position = target
        return true
    }

    /// Moves to the first visible question that takes an answer and has none;
    /// false (position unchanged) when every one is answered.
    @discardableResult
    public mutating func moveToFirstUnanswered() -> Bool {
        guard let target = visibleQuestions.firstIndex(where: { question in
            guard question.type != .note else { return false }
            guard let value = response.answers[question.id] else { return true }
            return value.isEmpty
        }) else { return false }
        position = target
        return true
    }
}
