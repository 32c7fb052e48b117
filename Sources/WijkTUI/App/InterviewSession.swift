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

    /// What to save when the interview is left at `now` — with a "leave" entry in the
    /// audit trail — or nil when there is nothing worth a file (a new interview left
    /// before any answer, or a read-only view that changed nothing).
    func responseToKeep(_ current: Response, leavingAt now: Date) -> Response? {
        if readOnly, current == original { return nil }
        if !onDisk, current.answers.isEmpty, current.remarks.isEmpty { return nil }
        return Self.withLeave(current, at: now)
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
            _ = engine.moveToFirstUnanswered()
        }
        var screen = InterviewScreen(engine: engine, lang: state.lang, readOnly: opened.readOnly)
        // The long-text and remark editors move ↑/↓ by the width they are drawn at.
        screen.viewport = state.size
        state.screen = .interview(InterviewSession(screen: screen, readOnly: opened.readOnly,
                                                   original: opened.response, onDisk: opened.resumed || opened.readOnly))
    }

    /// Turns what the interview screen asked for into shell effects.
    mutating func interviewEffects(_ effects: [InterviewEffect], now: Date) -> [AppEffect] {
        guard case .interview(var session) = state.screen else { return [] }
        var result: [AppEffect] = []
        for effect in effects {
            switch effect {
            case .save(let response):
                session.onDisk = true
                result.append(.save(response))
            case .leave(let response):
                result.append(.close(session.responseToKeep(response, leavingAt: now)))
                return result + leaveInterview()
            case .completed(let response):
                // The screen stays on its review, now read-only; leaving it goes home.
                session.onDisk = true
                result.append(.save(response))
            }
        }
        state.screen = .interview(session)
        return result
    }

    /// Back to the home screen (or out of the app when started for this one interview).
    private mutating func leaveInterview() -> [AppEffect] {
        if state.exitOnLeave { return [.quit(0)] }
        state.screen = .home
        return [.loadListings]
    }
}
