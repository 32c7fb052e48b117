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

    /// The stored answers completing now would clear (question no longer relevant,
    /// note, empty, or an "other" text whose choice is not selected), in
    /// questionnaire order (an "other" text after its question).
    public func answersToClear() -> [(key: String, value: AnswerValue)] {
        let kept = completedRecord().answers
        return response.answers.filter { kept[$0.key] == nil }
            .sorted { order(of: $0.key) < order(of: $1.key) }
            .map { (key: $0.key, value: $0.value) }
    }

    /// Sort key of an answer key: question position, then the "other" text after it.
    private func order(of key: String) -> (Int, Int, String) {
        if let index = indexByID[key] { return (index, 0, key) }
        if key.hasSuffix(".other"), let index = indexByID[String(key.dropLast(".other".count))] { return (index, 1, key) }
        return (Int.max, 0, key)
    }

    /// Why an interview ends early: the respondent gave no consent.
    public static let noConsentReason = "noConsent"

    /// Completes the interview: throws `EngineError` with the hard problems if
    /// any; otherwise every answer `answersToClear()` lists is recorded in the audit
    /// as "cleared" with its old value (so nothing is deleted silently, and
    /// `reopen` can bring it back), `response` becomes `completedRecord()` with
    /// status complete, `completedAt` and `updatedAt` set to `now`, and a
    /// "complete" audit entry — with `question` = the consent question and
    /// `new` = "noConsent" when consent was refused. Soft problems do not block.
    /// Completing a complete response does nothing.
    public mutating func complete(at now: Date, lang: Lang) throws(EngineError) {
        guard response.status == .draft else { return }
        let hard = problems(lang: lang).filter { $0.severity == .hard }
        if !hard.isEmpty { throw EngineError(problems: hard) }
        for (key, value) in answersToClear() {
            response.audit.append(AuditEntry(at: now, event: "cleared", question: key, old: value))
        }
        let noConsent = isRelevant(MetadataID.consent) && response.answers[MetadataID.consent] == .bool(false)
        response = completedRecord()
        response.status = .complete
        response.completedAt = now
        record(noConsent ? AuditEntry(at: now, event: "complete", question: MetadataID.consent,
                                      new: .text(Self.noConsentReason))
                         : AuditEntry(at: now, event: "complete"), now)
    }

    /// Whether the interview was completed because consent was refused.
    public var endedWithoutConsent: Bool {
        guard response.status == .complete,
              let entry = response.audit.last(where: { $0.event == "complete" }) else { return false }
        return entry.new == .text(Self.noConsentReason)
    }

    /// Reopens a complete interview for editing (status draft, `completedAt`
    /// nil, audit "reopen"), and puts back every answer the last completion
    /// cleared (audit "cleared" since the previous reopen) that has no value now,
    /// each audited as "restore". A restored answer to a question that still
    /// does not apply stays hidden in the draft, as any such answer does, and
    /// shows again as soon as its question applies. False, and nothing
    /// changes, on a draft.
    @discardableResult
    public mutating func reopen(at now: Date) -> Bool {
        guard response.status == .complete else { return false }
        var cleared: [AuditEntry] = []
        for entry in response.audit.reversed() {
            if entry.event == "reopen" { break }
            if entry.event == "cleared" { cleared.append(entry) }
        }
        response.status = .draft
        response.completedAt = nil
        response.audit.append(AuditEntry(at: now, event: "reopen"))
        for entry in cleared.reversed() {
            guard let key = entry.question, let old = entry.old, response.answers[key] == nil else { continue }
            response.answers[key] = old
            response.audit.append(AuditEntry(at: now, event: "restore", question: key, new: old))
        }
        response.touch(now)  // an edit like any other: the revision counter goes up
        refresh()
        return true
    }

    /// Records that a new interview begins (audit "start"): with "resume" and "leave"
    /// it gives the time spent interviewing (`interviewingTime(until:)`).
    public mutating func recordStart(at now: Date) {
        response.audit.append(AuditEntry(at: now, event: "start"))
        response.touch(now)
    }

    /// Time spent in the interview up to `now`: the spans from "start" or "resume" to
    /// the next "leave" or "complete", the open one until `now` (a draft only). Without a
    /// "start" entry (older files) the first span begins at `createdAt`.
    public func interviewingTime(until now: Date) -> TimeInterval {
        var total: TimeInterval = 0
        var since: Date? = response.audit.contains { $0.event == "start" } ? nil : response.createdAt
        for entry in response.audit {
            switch entry.event {
            case "start", "resume": since = since ?? entry.at
            case "leave", "complete":
                if let start = since { total += max(0, entry.at.timeIntervalSince(start)) }
                since = nil
            default: break
            }
        }
        if let since, response.status == .draft { total += max(0, now.timeIntervalSince(since)) }
        return total
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
