import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// Issue 13, the keys part: no answer changes without a deliberate key, one-key special
/// answers ask first, Ctrl-Z undoes, Esc asks before throwing text away, finishing never
/// deletes silently. The real binary in tmux, checked on screen and in the written JSON.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, Tmux.missing)) struct TrustEveryKeyEndToEndTests {
    /// A draft answered (with `AnswerScript`'s values) through question `last`, then
    /// `overrides`; resumed in tmux, which opens at the question after `last`.
    /// Returns the tmux session and the visible questions (position → header counter).
    private func resumeDraft(_ fixture: EndToEndFixture, through last: String,
                             overrides: [String: AnswerValue] = [:]) throws -> (Tmux, Visible) {
        let questionnaire = BundledQuestionnaires.wijkteam
        let today = Today.string()
        var mirror = InterviewEngine(questionnaire: questionnaire,
                                     response: Response(id: "m", questionnaire: QuestionnaireRef(id: questionnaire.id, version: questionnaire.version),
                                                        variant: questionnaire.variant),
                                     today: today)
        while let question = mirror.currentQuestion {
            if let value = AnswerScript.answer(question, in: questionnaire, today: today).value {
                mirror.setAnswer(value, for: question.id, at: Date(), lang: .nl)
            }
            if question.id == last || !mirror.next() { break }
        }
        var answers = mirror.response.answers
        answers.merge(overrides) { $1 }
        try fixture.seed(id: "trust", answers: answers)
        let visible = Visible(engine: mirror)
        let tmux = try fixture.start(["resume", "trust"], width: 100, height: 30)
        try tmux.waitFor(text: visible.counter(visible[last] + 1))
        return (tmux, visible)
    }

    /// The visible questions of a mirror engine: their positions and header counters.
    struct Visible {
        let engine: InterviewEngine
        subscript(id: String) -> Int { engine.visibleQuestions.firstIndex { $0.id == id }! }
        func counter(_ position: Int) -> String { InterviewDriver.counter(engine, atVisible: position) }
    }

    /// PgUp until the question at visible `position` shows.
    private func back(_ tmux: Tmux, _ visible: Visible, to position: Int, from current: Int) throws {
        for n in stride(from: current - 1, through: position, by: -1) {
            try tmux.sendKeys(named: "PPage")
            try tmux.waitFor(text: visible.counter(n))
        }
    }

    /// Problem 1: a stray arrow on an answered yes/no or single choice, then leaving with
    /// PgUp or F2, keeps the stored answer, and the status line says so.
    @Test func strayArrowsThenLeavingKeepTheStoredAnswer() throws {
        let fixture = try EndToEndFixture()
        let (tmux, visible) = try resumeDraft(fixture, through: "teamtype")
        defer { tmux.kill() }
        let consent = visible[MetadataID.consent], role = visible[MetadataID.role]
        try back(tmux, visible, to: consent, from: visible["teamtype"] + 1)
        try tmux.sendKeys(named: "Right")
        try tmux.sendKeys(named: "PPage")
        try tmux.waitFor(text: visible.counter(consent - 1))
        try tmux.waitFor(text: "ongewijzigd")
        try back(tmux, visible, to: role, from: consent - 1)
        try tmux.sendKeys(named: "Down")
        try tmux.sendKeys(named: "Down")
        try tmux.sendKeys(named: "F2")
        try tmux.waitFor(text: "Overzicht")
        try tmux.waitFor(text: "ongewijzigd")
        try tmux.sendKeys(named: "F10")
        #expect(try fixture.waitForExit() == 0)
        let file = try fixture.store.load(id: "trust")
        #expect(file.answers[MetadataID.consent] == .bool(true))
        #expect(file.answers[MetadataID.role] == .text("teamlid"))
        #expect(!file.audit.contains { $0.event == "answer" || $0.event == "clear" })
    }

    /// Problem 3 and Ctrl-Z: F5 on an answered question asks first; "no" keeps the answer,
    /// "yes" replaces it; Ctrl-Z brings the old answer back, recorded as "undo".
    @Test func dontKnowOnAnAnsweredQuestionAsksAndCtrlZUndoes() throws {
        let fixture = try EndToEndFixture()
        let chosen = AnswerValue.choices(["turks", "marokkaans"])
        let (tmux, visible) = try resumeDraft(fixture, through: "buiten_beeld", overrides: ["buiten_beeld": chosen])
        defer { tmux.kill() }
        let question = visible["buiten_beeld"]
        try back(tmux, visible, to: question, from: question + 1)
        try tmux.sendKeys(named: "F5")
        try tmux.waitFor(text: "Vervangen door")
        try tmux.sendKeys(named: "n")
        try tmux.waitUntil(what: "dialog closed") { !$0.contains("Vervangen door") }
        #expect(try fixture.store.load(id: "trust").answers["buiten_beeld"] == chosen)
        try tmux.sendKeys(named: "F5")
        try tmux.waitFor(text: "Vervangen door")
        try tmux.sendKeys(named: "j")
        try fixture.waitForResponse("trust", what: "don't know stored") { $0.answers["buiten_beeld"] == .dontKnow }
        try tmux.sendKeys(named: "C-z")
        let undone = try fixture.waitForResponse("trust", what: "undone") { $0.answers["buiten_beeld"] == chosen }
        let last = try #require(undone.audit.last)
        #expect(last.event == "undo" && last.question == "buiten_beeld" && last.old == .dontKnow && last.new == chosen)
        try tmux.waitFor(text: visible.counter(question))
        try tmux.sendKeys(named: "F10")
        #expect(try fixture.waitForExit() == 0)
    }

    /// Problem 4: Alt-b leaves no "b"; Esc on a long unconfirmed text asks before discarding.
    @Test func altKeysTypeNothingAndEscAsksBeforeDiscardingLongText() throws {
        let fixture = try EndToEndFixture()
        let (tmux, visible) = try resumeDraft(fixture, through: "aandeel_bewoners_migratie")
        defer { tmux.kill() }
        let beeld = visible["beeld"]
        let text = "Het team kent de bewoners nog niet goed genoeg"
        try tmux.sendKeys(literal: text)
        try tmux.waitFor(text: "goed genoeg")
        try tmux.sendKeys(named: "M-b")
        try tmux.sendKeys(literal: "!")
        try tmux.waitFor(text: "genoeg")
        try tmux.sendKeys(named: "Tab")
        try fixture.waitForResponse("trust", what: "text without b") { $0.answers["beeld"] == .text(text + "!") }
        try back(tmux, visible, to: beeld, from: beeld + 1)
        try tmux.sendKeys(named: "End")
        try tmux.sendKeys(literal: " en dat merken de bewoners elke week opnieuw")
        try tmux.waitFor(text: "elke week")
        try tmux.sendKeys(named: "Escape")
        try tmux.waitFor(text: "weggooien")
        try tmux.sendKeys(named: "n")
        try tmux.waitUntil(what: "still there") { $0.contains("elke week") && !$0.contains("weggooien") }
        try tmux.sendKeys(named: "Escape")
        try tmux.waitFor(text: "weggooien")
        try tmux.sendKeys(named: "j")
        try tmux.waitUntil(what: "discarded") { !$0.contains("elke week") }
        try tmux.sendKeys(named: "F10")
        #expect(try fixture.waitForExit() == 0)
        #expect(try fixture.store.load(id: "trust").answers["beeld"] == .text(text + "!"))
    }

    /// Problem 9: with "Anders" chosen on a single choice a digit chooses an option (it
    /// does not type into the text); on a multiple choice, typing words on the list ticks nothing.
    @Test func digitsChooseAndTypedWordsTickNothing() throws {
        let fixture = try EndToEndFixture()
        let (tmux, visible) = try resumeDraft(fixture, through: "bereik",
                                              overrides: [MetadataID.role: .text("anders"), "rol.other": .text("Wijkagent")])
        defer { tmux.kill() }
        // Multiple choice, nothing ticked: words typed on the list tick nothing.
        let buiten = visible["buiten_beeld"]
        try tmux.sendKeys(literal: "Somaliërs en ook Eritreeërs 2")
        try tmux.sendKeys(named: "F10")
        #expect(try fixture.waitForExit() == 0)
        #expect(try fixture.store.load(id: "trust").answers["buiten_beeld"] == nil)
        tmux.kill()

        let again = try fixture.start(["resume", "trust"], width: 100, height: 30)
        defer { again.kill() }
        try again.waitFor(text: visible.counter(buiten))
        let role = visible[MetadataID.role]
        try back(again, visible, to: role, from: buiten)
        try again.waitFor(text: "Wijkagent")
        try again.sendKeys(literal: "2")
        try again.sendKeys(named: "Enter")
        try again.waitFor(text: visible.counter(role + 1))
        #expect(!(try again.capture()).contains("Wijkagent2"))
        try again.sendKeys(named: "F10")
        #expect(try fixture.waitForExit() == 0)
        let file = try fixture.store.load(id: "trust")
        #expect(file.answers[MetadataID.role] == .text("coordinator"))
    }

    /// Problem 2: answers to questions that no longer apply are listed in the review,
    /// cleared only after confirming, audited with their old values, and come back after
    /// reopening when the question applies again.
    @Test func finishingListsClearedAnswersAndReopeningBringsThemBack() throws {
        let fixture = try EndToEndFixture()
        try fixture.rememberInterviewer("Fatma")
        let tmux = try fixture.start(["interview", "--variant", "wijkteam"], width: 100, height: 30)
        defer { tmux.kill() }
        let driver = InterviewDriver(tmux: tmux, questionnaire: BundledQuestionnaires.wijkteam)
        try driver.waitForCurrent()
        while try driver.answerCurrent() {}
        try tmux.waitFor(text: "Controleren en afronden")
        let id = try #require(fixture.store.list().first?.id)
        let visible = Visible(engine: driver.mirror)
        let contact = visible["contact"]
        let last = driver.mirror.visibleQuestions.count - 1
        try tmux.sendKeys(named: "Escape")
        try tmux.waitFor(text: visible.counter(last))
        try back(tmux, visible, to: contact, from: last)
        try tmux.sendKeys(literal: "n")
        try tmux.sendKeys(named: "Enter")
        try fixture.waitForResponse(id, what: "contact no") { $0.answers["contact"] == .bool(false) }
        let before = try fixture.store.load(id: id)
        #expect(before.answers["aantal_organisaties"] != nil)  // kept in the draft
        try tmux.sendKeys(named: "F8")
        try tmux.waitFor(text: "Wordt gewist")
        try tmux.sendKeys(named: "F8")
        try tmux.waitFor(text: "antwoorden wissen")
        try tmux.sendKeys(named: "j")
        let done = try fixture.waitForResponse(id, what: "complete") { $0.status == .complete }
        #expect(done.answers["aantal_organisaties"] == nil)
        let cleared = done.audit.filter { $0.event == "cleared" }
        #expect(cleared.contains { $0.question == "aantal_organisaties" && $0.old == before.answers["aantal_organisaties"] })
        // Reopen, answer "ja" again: the cleared answers are back.
        try tmux.sendKeys(named: "F7")
        try tmux.waitFor(text: "heropenen")
        try tmux.sendKeys(named: "j")
        try fixture.waitForResponse(id, what: "reopened") { $0.status == .draft }
        try tmux.sendKeys(named: "Escape")
        try tmux.sendKeys(named: "F2")
        try tmux.waitFor(text: "Overzicht")
        try tmux.sendKeys(named: "Escape")
        try tmux.sendKeys(named: "F10")
        #expect(try fixture.waitForExit() == 0)
        let reopened = try fixture.store.load(id: id)
        #expect(reopened.answers["aantal_organisaties"] == before.answers["aantal_organisaties"])
        #expect(reopened.audit.contains { $0.event == "restore" && $0.question == "aantal_organisaties" })
    }

    /// Consent "nee" ends the interview visibly: a closing screen, completion with that
    /// reason, nothing left to answer.
    @Test func consentNoEndsTheInterviewVisibly() throws {
        let fixture = try EndToEndFixture()
        try fixture.rememberInterviewer("Fatma")
        let tmux = try fixture.start(["interview", "--variant", "wijkteam"], width: 100, height: 30)
        defer { tmux.kill() }
        let driver = InterviewDriver(tmux: tmux, questionnaire: BundledQuestionnaires.wijkteam)
        try driver.waitForCurrent()
        while driver.mirror.currentQuestion?.id != MetadataID.consent { try driver.answerCurrent() }
        try tmux.sendKeys(literal: "n")
        try tmux.sendKeys(named: "Enter")
        try tmux.waitFor(text: "Geen toestemming")
        try tmux.waitFor(text: "eindigt")
        try tmux.sendKeys(named: "Enter")
        let id = try #require(fixture.store.list().first?.id)
        let done = try fixture.waitForResponse(id, what: "complete") { $0.status == .complete }
        let complete = try #require(done.audit.last { $0.event == "complete" })
        #expect(complete.question == MetadataID.consent && complete.new == .text("noConsent"))
        #expect(done.audit.first?.event == "start")  // a new interview records its start
        try tmux.waitFor(text: "afgerond")
        try tmux.sendKeys(named: "F10")
        #expect(try fixture.waitForExit() == 0)
    }
}
