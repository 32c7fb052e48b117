import Foundation
import Testing
@testable import WijkModel

/// Ctrl-Z's model side (undo from the audit trail) and the answers completion clears
/// (audited, listed beforehand, put back on reopening).
@Suite struct EngineUndoAndRestoreTests {
    typealias F = EngineFixture

    @Test func undoGoesBackOneChangeAtATimeAndIsAudited() {
        var engine = F.engine()
        engine.setAnswer(.text("medewerker"), for: "rol", at: F.t(1), lang: .nl)
        engine.setAnswer(.number(4), for: "tevreden", at: F.t(2), lang: .nl)
        engine.setAnswer(.number(5), for: "tevreden", at: F.t(3), lang: .nl)
        do { let key = engine.undoLastChange(at: F.t(4)); #expect(key == "tevreden") }
        #expect(engine.answer("tevreden") == .number(4))
        #expect(engine.response.audit.last == AuditEntry(at: F.t(4), event: "undo", question: "tevreden",
                                                          old: .number(5), new: .number(4)))
        do { let key = engine.undoLastChange(at: F.t(5)); #expect(key == "tevreden") }
        #expect(engine.answer("tevreden") == nil)
        do { let key = engine.undoLastChange(at: F.t(6)); #expect(key == "rol") }
        #expect(engine.answer("rol") == nil)
        do { let key = engine.undoLastChange(at: F.t(7)); #expect(key == nil) }
    }

    @Test func undoStopsAtCompletionAndNeverTouchesACompleteResponse() throws {
        var engine = F.engine(answers: EngineCompletionTests.complete)
        engine.setAnswer(.number(3), for: "tevreden", at: F.t(1), lang: .nl)
        try engine.complete(at: F.t(2), lang: .nl)
        do { let key = engine.undoLastChange(at: F.t(3)); #expect(key == nil) }
        engine.reopen(at: F.t(4))
        #expect(engine.lastUndoableChange() == nil)
    }

    /// Reopening is an edit like any other: the revision counter goes up, so the reopened
    /// draft outranks the completed copy on another laptop whatever its clock says.
    @Test func reopeningRaisesTheRevision() throws {
        var engine = F.engine(answers: EngineCompletionTests.complete)
        try engine.complete(at: F.t(2), lang: .nl)
        let completed = engine.response.revision
        let reopened = engine.reopen(at: F.t(3))
        #expect(reopened)
        #expect(engine.response.revision == completed + 1)
        #expect(engine.response.updatedAt == F.t(3))
    }

    @Test func clearedAnswersAreListedAuditedAndPutBackOnReopen() throws {
        var answers = EngineCompletionTests.complete
        answers["teamgrootte"] = .number(99)   // hidden: rol is medewerker
        var engine = F.engine(answers: answers)
        #expect(engine.answersToClear().map(\.key) == ["teamgrootte"])
        try engine.complete(at: F.t(1), lang: .nl)
        #expect(engine.answer("teamgrootte") == nil)
        #expect(engine.response.audit.contains(AuditEntry(at: F.t(1), event: "cleared", question: "teamgrootte",
                                                          old: .number(99))))
        do { let reopened = engine.reopen(at: F.t(2)); #expect(reopened) }
        #expect(engine.answer("teamgrootte") == .number(99))
        #expect(engine.response.audit.suffix(2).map(\.event) == ["reopen", "restore"])
        #expect(!engine.isRelevant("teamgrootte"))  // back in the draft, hidden until it applies
        // A second completion clears (and audits) it again; the restore is not repeated twice.
        try engine.complete(at: F.t(3), lang: .nl)
        engine.reopen(at: F.t(4))
        #expect(engine.response.audit.filter { $0.event == "restore" }.count == 2)
    }
}
