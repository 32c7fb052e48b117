import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// The autosave of what is typed but not confirmed, and resuming where the interviewer
/// left off (issue 13, items 5 and 8), through the app state machine.
@Suite struct AutosaveTests {
    let now = AppFixtures.now

    /// An app on a new wijkteam interview, on its first question (a text field).
    func interviewApp(_ response: Response = AppFixtures.response(id: "d1"), resumed: Bool = false,
                      readOnly: Bool = false) -> App {
        var app = AppFixtures.homeApp()
        _ = app.handle(.interviewOpened(OpenedInterview(questionnaire: BundledQuestionnaires.wijkteam,
                                                        response: response, readOnly: readOnly, resumed: resumed)),
                       now: now)
        return app
    }

    var screen: (App) -> InterviewScreen? {
        { app in if case .interview(let session) = app.state.screen { return session.screen }; return nil }
    }

    @Test func typedTextIsSavedAsPendingOnTheTickNotBefore() throws {
        var app = interviewApp()
        let question = try #require(screen(app)?.engine.currentQuestion)
        #expect(app.state.nextDeadline == nil)
        #expect(app.type("Buurtteam") == [])  // no save per key
        let due = try #require(app.state.nextDeadline)
        #expect(due == now.addingTimeInterval(InterviewSession.autosaveDelay))
        // Further keys do not push the deadline back: typing on still saves.
        _ = app.handle(.key(.character(" ")), now: now.addingTimeInterval(1))
        #expect(app.state.nextDeadline == due)
        #expect(app.handle(.tick, now: due.addingTimeInterval(-0.01)) == [])
        let effects = app.handle(.tick, now: due)
        guard case .save(let saved)? = effects.first, effects.count == 1 else {
            Issue.record("expected one save, got \(effects)"); return
        }
        #expect(saved.resumeAt == ResumePoint(question: question.id, pending: "Buurtteam "))
        #expect(saved.answers[question.id] == nil)
        #expect(app.state.nextDeadline == nil)
        #expect(app.handle(.tick, now: due.addingTimeInterval(5)) == [])
    }

    @Test func confirmingClearsThePendingText() throws {
        var app = interviewApp()
        let question = try #require(screen(app)?.engine.currentQuestion)
        _ = app.type("Buurtteam")
        let effects = app.send(.enter)
        guard case .save(let saved)? = effects.first else { Issue.record("no save: \(effects)"); return }
        #expect(saved.answers[question.id] == .text("Buurtteam"))
        let next = try #require(screen(app)?.engine.currentQuestion)
        #expect(saved.resumeAt == ResumePoint(question: next.id))
        #expect(app.state.nextDeadline == nil)
    }

    @Test func movingOnIsSavedByTheAutosaveToo() throws {
        var app = interviewApp(AppFixtures.response(id: "d1", organisation: "Buurtteam", gemeente: "Utrecht"),
                               resumed: true)
        let first = try #require(screen(app)?.engine.currentQuestion?.id)
        _ = app.send(.backTab)
        let back = try #require(screen(app)?.engine.currentQuestion?.id)
        #expect(back != first)
        let due = try #require(app.state.nextDeadline)
        guard case .save(let saved)? = app.handle(.tick, now: due).first else { Issue.record("no save"); return }
        #expect(saved.resumeAt == ResumePoint(question: back))
    }

    /// With a resume point in the file, moving to another question writes the new one at
    /// once: a kill right after moving on resumes there, not a question back.
    @Test func movingAwayFromASavedResumePointIsSavedAtOnce() throws {
        var response = AppFixtures.response(id: "d1", organisation: "Buurtteam", gemeente: "Utrecht")
        response.resumeAt = ResumePoint(question: "gemeente")
        var app = interviewApp(response, resumed: true)
        #expect(screen(app)?.engine.currentQuestion?.id == "gemeente")
        let effects = app.send(.backTab)
        let back = try #require(screen(app)?.engine.currentQuestion?.id)
        #expect(back != "gemeente")
        guard case .save(let saved)? = effects.last else { Issue.record("no save: \(effects)"); return }
        #expect(saved.resumeAt == ResumePoint(question: back))
        #expect(app.state.nextDeadline == nil)
    }

    /// A choice stored by its key, then Enter: the file's resume point moves on with the
    /// interviewer at once (a kill right after resumes on the next question).
    @Test func aChoiceByItsKeyThenEnterSavesTheNextResumePointAtOnce() throws {
        var response = AppFixtures.response(id: "d1", organisation: "Buurtteam", gemeente: "Utrecht")
        response.answers["wijk"] = .text("Noord")
        response.resumeAt = ResumePoint(question: MetadataID.role)
        var app = interviewApp(response, resumed: true)
        #expect(screen(app)?.engine.currentQuestion?.id == MetadataID.role)
        guard case .save(let chosen)? = app.type("2").last else { Issue.record("the choice was not saved"); return }
        #expect(chosen.resumeAt == ResumePoint(question: MetadataID.role))
        let effects = app.send(.enter)
        let next = try #require(screen(app)?.engine.currentQuestion?.id)
        #expect(next != MetadataID.role)
        guard case .save(let moved)? = effects.last else { Issue.record("no save: \(effects)"); return }
        #expect(moved.resumeAt == ResumePoint(question: next))
    }

    @Test func readOnlyNeverAutosaves() {
        var app = interviewApp(AppFixtures.response(id: "c1", status: .complete, organisation: "Wijkteam"),
                               readOnly: true)
        _ = app.type("abc")
        _ = app.send(.tab, .tab, .backTab)
        #expect(app.state.nextDeadline == nil)
        #expect(app.handle(.tick, now: now.addingTimeInterval(60)) == [])
    }

    @Test func leavingCarriesThePendingTextOfAnUnreadableDate() throws {
        var draft = AppFixtures.response(id: "d1", organisation: "Buurtteam", gemeente: "Utrecht")
        let engine = InterviewEngine(questionnaire: BundledQuestionnaires.wijkteam, response: draft, today: "2026-05-03")
        let number = try #require(engine.visibleQuestions.first { $0.type == .date })
        draft.resumeAt = ResumePoint(question: number.id, pending: "12")
        var app = interviewApp(draft, resumed: true)
        #expect(screen(app)?.engine.currentQuestion?.id == number.id)
        #expect(screen(app)?.widget.typedText == "12")
        #expect(screen(app)?.widgetEdited == true)
        _ = app.type("x")  // not accepted by a number field
        _ = app.send(.backspace, .character("-"), .character("-"))
        let effects = app.send(.function(10))
        guard case .close(let kept?)? = effects.first else { Issue.record("no close: \(effects)"); return }
        #expect(kept.resumeAt == ResumePoint(question: number.id, pending: "1--"))
        #expect(kept.answers[number.id] == nil)
    }

    /// "Anders, namelijk": the choice is stored when it is made, its text only on
    /// confirming; what is typed there meanwhile is kept like a text field's.
    @Test func otherTextIsKeptAsPendingAndComesBack() throws {
        var draft = AppFixtures.response(id: "d1", organisation: "Buurtteam", gemeente: "Utrecht")
        let engine = InterviewEngine(questionnaire: BundledQuestionnaires.wijkteam, response: draft, today: "2026-05-03")
        let question = try #require(engine.visibleQuestions.first { $0.type == .single && $0.other != nil })
        draft.resumeAt = ResumePoint(question: question.id)
        var app = interviewApp(draft, resumed: true)
        #expect(screen(app)?.engine.currentQuestion?.id == question.id)
        // The last row is "other": choose it, step into its field, type.
        _ = app.send(.end, .character(" "), .right)
        _ = app.type("Moskee")
        let due = try #require(app.state.nextDeadline)
        guard case .save(let saved)? = app.handle(.tick, now: due).first else { Issue.record("no save"); return }
        #expect(saved.resumeAt == ResumePoint(question: question.id, pending: "Moskee"))
        #expect(saved.answers[question.otherKey] == nil || saved.answers[question.otherKey] == .text(""))

        // After a kill: resumed on "other" with the text in its field, ready to confirm.
        var again = interviewApp(saved, resumed: true)
        let widget = try #require(screen(again)?.widget)
        guard case .single(let w) = widget else { Issue.record("not a single choice: \(widget)"); return }
        #expect(w.isOnOther && w.other.text == "Moskee" && w.otherFocused)
        #expect(screen(again)?.widgetEdited == true)
        let effects = again.send(.enter)
        guard case .save(let kept)? = effects.first else { Issue.record("no save: \(effects)"); return }
        #expect(kept.answers[question.otherKey] == .text("Moskee"))
    }

    /// A remark being written (F3) is kept like typed text and opens again in its editor.
    @Test func remarkBeingWrittenIsKeptAndComesBack() throws {
        var app = interviewApp()
        let question = try #require(screen(app)?.engine.currentQuestion)
        _ = app.send(.function(3))
        _ = app.type("Tolk nodig")
        let due = try #require(app.state.nextDeadline)
        guard case .save(let saved)? = app.handle(.tick, now: due).first else { Issue.record("no save"); return }
        #expect(saved.resumeAt == ResumePoint(question: question.id, remark: "Tolk nodig"))
        #expect(saved.remarks[question.id] == nil, "not saved as a remark until Tab")

        var again = interviewApp(saved, resumed: true)
        guard case .remark(let area)? = screen(again)?.mode else { Issue.record("not in the remark editor"); return }
        #expect(area.text == "Tolk nodig")
        let effects = again.send(.tab)
        guard case .save(let kept)? = effects.first else { Issue.record("no save: \(effects)"); return }
        #expect(kept.remarks[question.id] == "Tolk nodig")
        #expect(kept.resumeAt?.remark == nil)
    }

    @Test func resumeRestoresTheQuestionLeftAt() throws {
        var draft = AppFixtures.response(id: "d1", organisation: "Buurtteam", gemeente: "Utrecht")
        draft.resumeAt = ResumePoint(question: MetadataID.organisation)
        let app = interviewApp(draft, resumed: true)
        #expect(screen(app)?.engine.currentQuestion?.id == MetadataID.organisation)
        #expect(screen(app)?.mode == .answering)
        // Without a resume point (older files): the first unanswered question.
        draft.resumeAt = nil
        let old = interviewApp(draft, resumed: true)
        #expect(old.state.screen.interviewQuestion != MetadataID.organisation)
    }

    @Test func aFullyAnsweredDraftResumesAtTheReview() {
        let questionnaire = BundledQuestionnaires.wijkteam
        var mirror = InterviewEngine(questionnaire: questionnaire, response: AppFixtures.response(id: "d1"),
                                     today: "2026-05-03")
        while let question = mirror.currentQuestion {
            if let value = AnswerScript.answer(question, in: questionnaire, today: "2026-05-03").value {
                mirror.setAnswer(value, for: question.id, at: now, lang: .nl)
            }
            if !mirror.next() { break }
        }
        var draft = mirror.response
        draft.resumeAt = ResumePoint(question: MetadataID.organisation)
        let app = interviewApp(draft, resumed: true)
        #expect(screen(app)?.mode == .review(selection: 0))
    }
}

private extension AppScreen {
    var interviewQuestion: String? {
        if case .interview(let session) = self { return session.screen.engine.currentQuestion?.id }
        return nil
    }
}
