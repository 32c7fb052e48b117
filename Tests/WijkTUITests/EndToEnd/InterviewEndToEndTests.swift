import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// Whole interviews through the real binary in tmux, checked on screen and in the JSON file.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, Tmux.missing)) struct InterviewEndToEndTests {
    @Test(arguments: ["wijkteam", "migrantenorganisatie"])
    func completeInterviewTypedThrough(variant: String) throws {
        let fixture = try EndToEndFixture()
        try fixture.rememberInterviewer("Fatma")
        let questionnaire = BundledQuestionnaires.variant(variant)!
        let tmux = try fixture.start(["interview", "--variant", variant], width: 100, height: 30)
        defer { tmux.kill() }
        let driver = InterviewDriver(tmux: tmux, questionnaire: questionnaire)
        try driver.waitForCurrent()
        while try driver.answerCurrent() {}
        // Review & finish; soft problems ask for a confirmation.
        try tmux.sendKeys(named: "F8")
        try tmux.waitFor(text: "Afronden")
        try tmux.sendKeys(named: "F8")
        let id = try #require(fixture.store.list().first?.id)
        let done: Response
        do {
            done = try fixture.waitForResponse(id, timeout: .seconds(2), what: "complete") { $0.status == .complete }
        } catch {
            try tmux.sendKeys(named: "j")
            done = try fixture.waitForResponse(id, what: "complete") { $0.status == .complete }
        }
        try tmux.waitFor(text: "alleen lezen · vraag")  // the screen turned read-only
        #expect(done.interviewer == "Fatma")
        #expect(done.completedAt != nil)
        for (question, value) in driver.given where driver.mirror.isRelevant(question) {
            #expect(done.answers[question] == value, "answer to \(question)")
        }
        #expect(done.audit.contains { $0.event == "complete" })
        try tmux.sendKeys(named: "F10")
        #expect(try fixture.waitForExit() == 0)
        #expect(!FileManager.default.fileExists(atPath: try fixture.store.lockURL(for: id).path))
    }

    @Test func killNineThenResumeLosesNothingConfirmed() throws {
        let fixture = try EndToEndFixture()
        try fixture.rememberInterviewer("Fatma")
        let questionnaire = BundledQuestionnaires.wijkteam
        let tmux = try fixture.start(["interview", "--variant", "wijkteam"])
        defer { tmux.kill() }
        let driver = InterviewDriver(tmux: tmux, questionnaire: questionnaire)
        try driver.waitForCurrent()
        for _ in 0..<6 { try driver.answerCurrent() }
        let id = try #require(fixture.store.list().first?.id)
        let confirmed = driver.given
        try fixture.waitForResponse(id, what: "6 answers saved") { $0.answers == confirmed }
        // Half an answer typed but not confirmed, then the process is killed outright.
        try tmux.sendKeys(literal: "onbevestigd")
        let pid = try fixture.lockHolderPID(id)
        kill(pid, SIGKILL)
        #expect(try fixture.waitForExit() == 137)
        tmux.kill()

        let again = try fixture.start(["resume"])
        defer { again.kill() }
        let resumed = InterviewDriver(tmux: again, questionnaire: questionnaire, response: try fixture.store.load(id: id))
        _ = resumed.mirror  // positioned on the first unanswered question, like the app
        var mirror = resumed.mirror
        _ = mirror.moveToFirstUnanswered()
        try again.waitFor(text: InterviewDriver.counter(mirror, atVisible: mirror.position))
        let file = try fixture.store.load(id: id)
        #expect(file.answers == confirmed)  // every confirmed answer survived the kill
        try again.sendKeys(named: "F10")
        #expect(try fixture.waitForExit() == 0)
        let left = try fixture.store.load(id: id)
        #expect(left.audit.map(\.event).suffix(2) == ["resume", "leave"])
    }

    @Test func resizeDuringALongTextAnswerKeepsTheText() throws {
        let fixture = try EndToEndFixture()
        try fixture.rememberInterviewer("Fatma")
        let questionnaire = BundledQuestionnaires.wijkteam
        let tmux = try fixture.start(["interview", "--variant", "wijkteam"], width: 120, height: 40)
        defer { tmux.kill() }
        let driver = InterviewDriver(tmux: tmux, questionnaire: questionnaire)
        try driver.waitForCurrent()
        try driver.answer(until: .longText)
        let question = try #require(driver.mirror.currentQuestion)
        #expect(question.type == .longText)
        try tmux.sendKeys(literal: "Eerste deel van het verhaal ğüş")
        try tmux.waitFor(text: "Eerste deel van het verhaal ğüş")
        try tmux.resize(width: 80, height: 24)
        try tmux.waitUntil(what: "re-render at 80x24") { screen in
            screen.split(separator: "\n").allSatisfy { $0.count <= 80 } && screen.contains("Eerste deel")
                && screen.contains(driver.counter)
        }
        try tmux.resize(width: 60, height: 20)
        try tmux.waitFor(text: "Venster te klein")
        try tmux.resize(width: 110, height: 32)
        try tmux.waitFor(text: "Eerste deel van het verhaal ğüş")
        try tmux.sendKeys(literal: " en het tweede deel.")
        try tmux.sendKeys(named: "Tab")
        let id = try #require(fixture.store.list().first?.id)
        try fixture.waitForResponse(id, what: "long text saved") {
            $0.answers[question.id] == .text("Eerste deel van het verhaal ğüş en het tweede deel.")
        }
        try tmux.sendKeys(named: "C-c")
        #expect(try fixture.waitForExit() == 130)
    }
}
