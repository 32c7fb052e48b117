import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// Issue 13, items 5 and 8: what is typed survives a dead battery, and resuming puts the
/// interviewer back where they were. Real binary in tmux, checked on screen and in the file.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, Tmux.missing)) struct SessionEndToEndTests {
    /// 127 characters, no confirmation, ~3 s, kill -9: the text is in the file as pending
    /// (not as an answer) and back in the editor on resume.
    /// "Anders, namelijk" chosen and its text typed, not confirmed, kill -9: the text is in
    /// the file as pending and back in the "other" field on resume, ready to confirm.
    @Test func unconfirmedOtherTextSurvivesKillNine() throws {
        let fixture = try EndToEndFixture()
        try fixture.rememberInterviewer("Fatma")
        let tmux = try fixture.start(["interview", "--variant", "wijkteam"])
        defer { tmux.kill() }
        let driver = InterviewDriver(tmux: tmux, questionnaire: BundledQuestionnaires.wijkteam)
        try driver.waitForCurrent()
        while let q = driver.mirror.currentQuestion, !(q.type == .single && q.other != nil) {
            guard try driver.answerCurrent() else { break }
        }
        let question = try #require(driver.mirror.currentQuestion)
        try #require(question.type == .single && question.other != nil)
        let typed = "Moskee Al-Fath, Ülkü"
        try tmux.sendKeys(named: "End")
        try tmux.sendKeys(literal: " ")
        try tmux.sendKeys(named: "Right")
        try tmux.sendKeys(literal: typed)
        try tmux.waitFor(text: "Ülkü")
        // Within ~2 s of the last key (3 s allowed for a busy machine), without any confirm.
        let id = try killWhenSaved(fixture, tmux, containing: "Al-Fath", "the typed text reached the draft within 3 s")

        let killed = try fixture.store.load(id: id)
        #expect(killed.resumeAt == ResumePoint(question: question.id, pending: typed))
        #expect(killed.answers[question.otherKey] != .text(typed), "pending text is not an answer")

        let again = try fixture.start(["resume"])
        defer { again.kill() }
        try again.waitFor(text: "Ülkü")
        try again.sendKeys(named: "Enter")
        let confirmed = try fixture.waitForResponse(id, what: "the restored other text confirmed") {
            $0.answers[question.otherKey] == .text(typed)
        }
        #expect(confirmed.resumeAt?.pending == nil)
        try again.sendKeys(named: "F10")
        #expect(try fixture.waitForExit() == 0)
    }

    /// A remark being written (F3), not saved, kill -9: back in the remark editor on resume.
    @Test func unsavedRemarkSurvivesKillNine() throws {
        let fixture = try EndToEndFixture()
        try fixture.rememberInterviewer("Fatma")
        let tmux = try fixture.start(["interview", "--variant", "wijkteam"])
        defer { tmux.kill() }
        let driver = InterviewDriver(tmux: tmux, questionnaire: BundledQuestionnaires.wijkteam)
        try driver.waitForCurrent()
        try driver.answerCurrent()
        let question = try #require(driver.mirror.currentQuestion)
        let typed = "Tolk Arabisch nodig; respondent wil terugbellen"
        try tmux.sendKeys(named: "F3")
        try tmux.sendKeys(literal: typed)
        try tmux.waitFor(text: "terugbellen")
        // Within ~2 s of the last key (3 s allowed for a busy machine), without any confirm.
        let id = try killWhenSaved(fixture, tmux, containing: "terugbellen", "the remark reached the draft within 3 s")

        let killed = try fixture.store.load(id: id)
        #expect(killed.resumeAt?.remark == typed)
        #expect(killed.remarks[question.id] == nil, "not a remark until it is saved")

        let again = try fixture.start(["resume"])
        defer { again.kill() }
        try again.waitFor(text: "terugbellen")
        try again.sendKeys(named: "Tab")
        let saved = try fixture.waitForResponse(id, what: "the restored remark saved") { $0.remarks[question.id] == typed }
        #expect(saved.resumeAt?.remark == nil)
        try again.sendKeys(named: "F10")
        #expect(try fixture.waitForExit() == 0)
    }

    @Test func unconfirmedLongTextSurvivesKillNine() throws {
        let fixture = try EndToEndFixture()
        try fixture.rememberInterviewer("Fatma")
        let questionnaire = BundledQuestionnaires.wijkteam
        let tmux = try fixture.start(["interview", "--variant", "wijkteam"])
        defer { tmux.kill() }
        let driver = InterviewDriver(tmux: tmux, questionnaire: questionnaire)
        try driver.waitForCurrent()
        try driver.answer(until: .longText)
        let question = try #require(driver.mirror.currentQuestion)
        let typed = "Ouders komen via de school; de wijkagent verwijst door. Taal blijft lastig bij de eerste "
            + "afspraak met nieuwkomers uit Eritrea!."
        #expect(typed.count == 127)
        try tmux.sendKeys(literal: typed)
        try tmux.waitFor(text: "Eritrea!.")
        // Within ~2 s of the last key (3 s allowed for a busy machine), without any confirm.
        let id = try killWhenSaved(fixture, tmux, containing: "Eritrea!.", "the typed text reached the draft within 3 s")

        let killed = try fixture.store.load(id: id)
        #expect(killed.answers[question.id] == nil, "pending text is not an answer")
        #expect(killed.resumeAt == ResumePoint(question: question.id, pending: typed))
        // Validation sees a valid draft; pending text is not an answer anywhere.
        let validate = try WijkBinary.run(["validate", fixture.data.path])
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")

        let again = try fixture.start(["resume"])
        defer { again.kill() }
        try again.waitFor(text: "Eritrea!.")
        try again.waitFor(text: driver.counter)
        try again.sendKeys(literal: " Einde.")
        try again.sendKeys(named: "Tab")
        let confirmed = try fixture.waitForResponse(id, what: "the restored text confirmed") {
            $0.answers[question.id] == .text(typed + " Einde.")
        }
        #expect(confirmed.resumeAt?.pending == nil)
        try again.sendKeys(named: "F10")
        #expect(try fixture.waitForExit() == 0)
    }

    /// A draft left at question 5 (answers up to 6) opens at question 5 again.
    @Test func resumeOpensWhereTheInterviewerLeftOff() throws {
        let fixture = try EndToEndFixture()
        try fixture.rememberInterviewer("Fatma")
        let questionnaire = BundledQuestionnaires.wijkteam
        let tmux = try fixture.start(["interview", "--variant", "wijkteam"])
        defer { tmux.kill() }
        let driver = InterviewDriver(tmux: tmux, questionnaire: questionnaire)
        try driver.waitForCurrent()
        for _ in 0..<6 { try driver.answerCurrent() }
        try tmux.sendKeys(named: "BTab")
        try tmux.sendKeys(named: "BTab")
        let target = driver.counter(atVisible: driver.mirror.position - 2)
        try tmux.waitFor(text: target)
        try tmux.sendKeys(named: "F10")
        #expect(try fixture.waitForExit() == 0)
        tmux.kill()

        let again = try fixture.start(["resume"])
        defer { again.kill() }
        try again.waitFor(text: target)
        try again.sendKeys(named: "F10")
        #expect(try fixture.waitForExit() == 0)
    }

    /// Every question answered, not finished: resume opens at the review, not question 1.
    @Test func fullyAnsweredDraftResumesAtTheReview() throws {
        let fixture = try EndToEndFixture()
        try fixture.rememberInterviewer("Fatma")
        let questionnaire = BundledQuestionnaires.wijkteam
        var mirror = InterviewEngine(questionnaire: questionnaire, response: Response(
            id: "mirror", questionnaire: QuestionnaireRef(id: questionnaire.id, version: questionnaire.version),
            variant: "wijkteam"), today: Today.string())
        while let question = mirror.currentQuestion {
            if let value = AnswerScript.answer(question, in: questionnaire, today: Today.string()).value {
                mirror.setAnswer(value, for: question.id, at: Date(), lang: .nl)
            }
            if !mirror.next() { break }
        }
        let allAnswered = !mirror.moveToFirstUnanswered()
        #expect(allAnswered)
        try fixture.seed(id: "vol", answers: mirror.response.answers)
        let tmux = try fixture.start(["resume", "vol"])
        defer { tmux.kill() }
        try tmux.waitFor(text: "Controleren en afronden")
        // Typing there must not land in an answer.
        try tmux.sendKeys(literal: "xyz")
        try tmux.sendKeys(named: "F10")
        #expect(try fixture.waitForExit() == 0)
        #expect(try fixture.store.load(id: "vol").answers == mirror.response.answers)
    }

    /// Waits (3 s at most) until the draft's file holds `marker`, then kills the program
    /// with SIGKILL (checked) and closes its terminal. Returns the draft's id.
    func killWhenSaved(_ fixture: EndToEndFixture, _ tmux: Tmux, containing marker: String, _ what: String) throws -> String {
        let id = try #require(fixture.store.list().first?.id)
        let file = try fixture.store.url(for: id)
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(3)
        var text = ""
        while clock.now < deadline {
            text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            if text.contains(marker) { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(text.contains(marker), Comment(rawValue: what))
        kill(try fixture.lockHolderPID(id), SIGKILL)
        #expect(try fixture.waitForExit() == 137)
        tmux.kill()
        return id
    }
}
