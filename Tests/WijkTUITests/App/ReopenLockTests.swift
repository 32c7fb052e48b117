import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// Reopening takes the lock first (issue 13, item 7): refused means read-only.
@Suite struct ReopenLockTests {
    let now = AppFixtures.now

    func viewing() -> (App, Response) {
        var app = AppFixtures.homeApp()
        let done = AppFixtures.response(id: "c1", status: .complete, organisation: "Wijkteam Noord")
        _ = app.handle(.interviewOpened(OpenedInterview(questionnaire: BundledQuestionnaires.wijkteam,
                                                        response: done, readOnly: true, resumed: false)), now: now)
        #expect(app.send(.function(7)) == [])
        #expect(app.send(.enter) == [.lockForReopen(id: "c1")])
        return (app, done)
    }

    var session: (App) -> InterviewSession? {
        { app in if case .interview(let s) = app.state.screen { return s }; return nil }
    }

    @Test func refusedStaysReadOnly() {
        var (app, _) = viewing()
        #expect(app.handle(.reopenRefused(message: "Dit interview is al geopend door Fatma op vm"), now: now) == [])
        #expect(session(app)?.screen.readOnly == true)
        #expect(App.render(app.state, size: app.state.size).lines.joined().contains("Fatma"))
        _ = app.type("x")
        #expect(app.send(.enter, .function(10)) == [.close(nil)])  // nothing to save
    }

    @Test func lockedAndUnchangedReopensAndSaves() {
        var (app, done) = viewing()
        let effects = app.handle(.reopenLocked(done), now: now)
        guard case .save(let saved)? = effects.first else { Issue.record("no save: \(effects)"); return }
        #expect(saved.status == .draft)
        #expect(saved.audit.last?.event == "reopen")
        #expect(session(app)?.screen.readOnly == false)
    }

    @Test func reopenedElsewhereMeanwhileTakesUpThatDraft() {
        var (app, done) = viewing()
        var fresh = done
        fresh.status = .draft
        fresh.answers[MetadataID.organisation] = .text("Wijkteam Noord A")
        fresh.audit.append(AuditEntry(at: now, event: "reopen"))
        #expect(app.handle(.reopenLocked(fresh), now: now) == [])
        #expect(session(app)?.screen.readOnly == false)
        #expect(session(app)?.screen.engine.answer(MetadataID.organisation) == .text("Wijkteam Noord A"))
        #expect(session(app)?.screen.engine.response.audit.last?.event == "resume")
    }
}
