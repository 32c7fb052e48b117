import Foundation
import WijkModel

/// The interview screen inside the app, plus what the app needs to know to leave it
/// safely: whether it is read-only and whether the draft is on disk yet.
struct InterviewSession {
    var screen: InterviewScreen
    let readOnly: Bool
    /// The response as opened, to tell whether a read-only view changed anything.
    let original: Response
    /// The draft file exists (resumed, or saved at least once).
    var onDisk: Bool
    /// The resume point in the last save handed to the shell (what the file has).
    var savedResumePoint: ResumePoint?
    /// When the autosave of a changed resume point (text typed but not confirmed, another
    /// question) is due; nil while the file is up to date.
    var autosaveDue: Date?

    /// How long after the first unsaved keystroke the autosave runs: typing on for
    /// minutes still saves every 1.5 s, and a pause is saved within 1.5 s.
    static let autosaveDelay: TimeInterval = 1.5

    /// What to save when the interview is left at `now` — with a "leave" entry in the
    /// audit trail — or nil when there is nothing worth a file (a new interview left
    /// before any answer, or a read-only view that changed nothing).
    func responseToKeep(_ current: Response, leavingAt now: Date) -> Response? {
        if readOnly, current == original { return nil }
        if !onDisk, current.answers.isEmpty, current.remarks.isEmpty { return nil }
        return Self.withLeave(current, at: now)
    }

    /// `response` as its file should be: a draft carries where the interviewer is and what
    /// is typed there unconfirmed; a completed one carries none of that. Marks it saved.
    mutating func stamped(_ response: Response) -> Response {
        var kept = response
        if response.status == .complete {
            kept.resumeAt = nil
        } else if let point = screen.resumePoint {
            kept.resumeAt = point
        }
        savedResumePoint = kept.resumeAt
        autosaveDue = nil
        return kept
    }

    /// After a key: when the resume point changed since the last save, the autosave is
    /// due `autosaveDelay` after this first change (not moved by further keys) — at once
    /// when the interviewer is on another question, as where to resume is worth a write
    /// like an answer (a kill right after moving on must not resume a question back).
    /// A new interview gets its file only for typed text, not for moving about.
    mutating func scheduleAutosave(now: Date) {
        guard let point = screen.resumePoint, point != savedResumePoint,
              onDisk || point.pending != nil || point.remark != nil else { return }
        if let saved = savedResumePoint, saved.question != point.question {
            autosaveDue = now
        } else if autosaveDue == nil {
            autosaveDue = now.addingTimeInterval(Self.autosaveDelay)
        }
    }

    /// The response to save when the autosave is due at `now`, else nil.
    mutating func autosave(now: Date) -> Response? {
        guard let due = autosaveDue, now >= due else { return nil }
        onDisk = true
        return stamped(screen.engine.response)
    }

    /// `response` with a "leave" audit entry, unless the screen already recorded one.
    static func withLeave(_ response: Response, at now: Date) -> Response {
        guard response.status == .draft, response.audit.last?.event != "leave" else { return response }
        var kept = response
        kept.audit.append(AuditEntry(at: now, event: "leave"))
        kept.touch(now)
        return kept
    }
}

extension App {
    /// Shows an interview the shell has loaded (and locked, when editable).
    mutating func openInterview(_ opened: OpenedInterview, now: Date) {
        var engine = InterviewEngine(questionnaire: opened.questionnaire, response: opened.response,
                                     today: state.today)
        if opened.resumed, !opened.readOnly {
            engine.recordResume(at: now)
        } else if !opened.readOnly, opened.response.audit.isEmpty {
            engine.recordStart(at: now)
        }
        var screen = InterviewScreen(engine: engine, lang: state.lang, readOnly: opened.readOnly)
        screen.clock = now
        screen.autoAdvance = state.autoAdvance
        if opened.resumed, !opened.readOnly { screen.resume(at: opened.response.resumeAt) }
        // The long-text and remark editors move ↑/↓ by the width they are drawn at.
        screen.viewport = state.size
        state.screen = .interview(InterviewSession(screen: screen, readOnly: opened.readOnly,
                                                   original: opened.response, onDisk: opened.resumed || opened.readOnly,
                                                   savedResumePoint: opened.response.resumeAt))
    }

    /// The lock for reopening is ours and `fresh` is the file as it is now. Unchanged
    /// since it was opened, or still complete: reopen it where the viewer is. Reopened
    /// (and maybe edited) elsewhere meanwhile: take up that draft, not the stale view.
    mutating func reopenLocked(_ fresh: Response, now: Date) -> [AppEffect] {
        guard case .interview(let viewing) = state.screen else { return [] }
        let questionnaire = viewing.screen.engine.questionnaire
        if fresh.status == .draft {
            openInterview(OpenedInterview(questionnaire: questionnaire, response: fresh, readOnly: false, resumed: true),
                          now: now)
            return []
        }
        openInterview(OpenedInterview(questionnaire: questionnaire, response: fresh, readOnly: true, resumed: false),
                      now: now)
        guard case .interview(var session) = state.screen else { return [] }
        if let id = viewing.screen.engine.currentQuestion?.id, session.screen.engine.show(id) {
            session.screen.mode = viewing.screen.mode
            session.screen.loadWidget()
        }
        let effects = session.screen.reopened(now: now)
        state.screen = .interview(session)
        return interviewEffects(effects, now: now)
    }

    /// The autosave of a changed resume point, when due (see `InterviewSession.autosave`).
    mutating func autosave(now: Date) -> [AppEffect] {
        guard case .interview(var session) = state.screen, let response = session.autosave(now: now) else { return [] }
        state.screen = .interview(session)
        return [.save(response)]
    }

    /// Turns what the interview screen asked for into shell effects.
    mutating func interviewEffects(_ effects: [InterviewEffect], now: Date) -> [AppEffect] {
        guard case .interview(var session) = state.screen else { return [] }
        var result: [AppEffect] = []
        for effect in effects {
            switch effect {
            case .save(let response):
                session.onDisk = true
                result.append(.save(session.stamped(response)))
            case .leave(let response):
                let kept = session.responseToKeep(session.stamped(response), leavingAt: now)
                state.screen = .interview(session)
                return result + close(kept, then: .leave)
            case .reopen:
                result.append(.lockForReopen(id: session.screen.engine.response.id))
            case .completed(let response):
                // The screen stays on its review, now read-only; leaving it goes home.
                session.onDisk = true
                result.append(.save(session.stamped(response)))
            }
        }
        session.scheduleAutosave(now: now)
        if let moved = session.autosave(now: now) { result.append(.save(moved)) }
        state.screen = .interview(session)
        return result
    }
}

extension AppState {
    /// When the app wants a `.tick` without a key (the autosave of typed text), if ever.
    var nextDeadline: Date? {
        if case .interview(let session) = screen { return session.autosaveDue }
        return nil
    }
}
