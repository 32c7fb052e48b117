import Foundation

/// Completing, reopening, and the leave/resume paradata.
extension InterviewEngine {
    /// The response as it should be kept once complete: answers of questions
    /// that are not relevant (now) are left out, as are notes' and empty
    /// answers, and `<id>.other` texts whose "other" choice is not selected.
    /// Answers under keys the questionnaire does not know are kept: they are
    /// not the engine's to drop. Remarks are kept (paradata). Status and dates
    /// are unchanged; `complete(at:lang:)` sets them.
    public func completedRecord() -> Response {
        var record = response
        record.answers = response.answers.filter { key, value in
            if let index = indexByID[key] {
                return relevant[index] && questions[index].type != .note && !value.isEmpty
            }
            if key.hasSuffix(".other"), let index = indexByID[String(key.dropLast(".other".count))] {
                let question = questions[index]
                guard relevant[index], let other = question.other, !value.isEmpty else { return false }
                return response.answers[question.id]?.selects(other.value) ?? false
            }
            return true
        }
        return record
    }

    /// Completes the interview: throws `EngineError` with the hard problems if
    /// any; otherwise `response` becomes `completedRecord()` with status
    /// complete, `completedAt` and `updatedAt` set to `now`, and a "complete"
    /// audit entry. Soft problems do not block. Completing a complete
    /// response does nothing.
    public mutating func complete(at now: Date, lang: Lang) throws(EngineError) {
        guard response.status == .draft else { return }
        let hard = problems(lang: lang).filter { $0.severity == .hard }
        if !hard.isEmpty { throw EngineError(problems: hard) }
        response = completedRecord()
        response.status = .complete
        response.completedAt = now
        record(AuditEntry(at: now, event: "complete"), now)
    }

    /// Reopens a complete interview for editing (status draft, `completedAt`
    /// nil, audit "reopen"). False, and nothing changes, on a draft.
    @discardableResult
    public mutating func reopen(at now: Date) -> Bool {
        guard response.status == .complete else { return false }
        response.status = .draft
        response.completedAt = nil
        record(AuditEntry(at: now, event: "reopen"), now)
        return true
    }

    /// Records that the interviewer left the interview (audit "leave").
    public mutating func recordLeave(at now: Date) {
        response.audit.append(AuditEntry(at: now, event: "leave"))
        response.touch(now)
    }

    /// Records that the interviewer came back to the interview (audit "resume").
    public mutating func recordResume(at now: Date) {
        response.audit.append(AuditEntry(at: now, event: "resume"))
        response.touch(now)
    }
}
