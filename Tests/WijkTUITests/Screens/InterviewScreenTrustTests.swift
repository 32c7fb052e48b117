import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// Issue 13 in the state machine: only deliberate keys change answers, F5/F6 ask before
/// replacing, Ctrl-Z undoes, Esc asks before discarding many words, finishing lists and
/// audits what it clears, consent "nee" ends the interview.
@Suite("Interview screen: every key can be trusted")
struct InterviewScreenTrustTests {
    @Test func arrowsOnAnAnsweredYesNoThenLeavingKeepTheAnswerAndSaySo() {
        var s = InterviewFixtures.screen(answers: ["subsidie": .bool(true), "bedrag": .number(5000)], at: "subsidie")
        #expect(s.press(.right).isEmpty)
        #expect(s.engine.answer("subsidie") == .bool(true))
        #expect(s.press(.backTab).isEmpty)  // nothing saved
        #expect(s.currentID == "datum")
        #expect(s.message?.text.hasPrefix("Antwoord ongewijzigd: Ja —") == true)
        #expect(s.engine.isRelevant("bedrag"))
    }

    @Test func arrowsOnASingleChoiceThenOverviewOrReviewKeepTheAnswer() {
        for leave in [Key.function(2), .function(8), .pageUp] {
            var s = InterviewFixtures.screen(answers: ["soort": .text("moskee")], at: "soort")
            s.press(.down)
            #expect(InterviewScreen.saved(s.press(leave)).isEmpty)
            #expect(s.engine.answer("soort") == .text("moskee"))
            #expect(s.message?.text.contains("Moskee") == true)
            #expect(!s.engine.response.audit.contains { $0.event == "answer" })
        }
    }

    @Test func spaceDigitAndLetterKeysStoreAtOnceEnterTakesTheCursor() {
        var s = InterviewFixtures.screen(answers: ["tevreden": .number(2)], at: "tevreden")
        #expect(InterviewScreen.saved(s.type("4")).last?.answers["tevreden"] == .number(4))
        s.press(.left, .left)
        #expect(s.engine.answer("tevreden") == .number(4))
        s.press(.enter)
        #expect(s.engine.answer("tevreden") == .number(2))
        #expect(s.currentID == "leden")
    }

    @Test func f5OnAnAnsweredQuestionAsksAndNoKeepsIt() {
        var s = InterviewFixtures.screen(answers: ["tevreden": .number(2)], at: "tevreden")
        #expect(s.press(.function(5)).isEmpty)
        #expect(s.dialog == .replaceWithSpecial(.dontKnow))
        #expect(s.rendered().description.contains("Vervangen door ‘Weet niet’?"))
        s.press(.escape)
        #expect(s.dialog == nil && s.engine.answer("tevreden") == .number(2) && s.currentID == "tevreden")
        s.press(.function(6), .enter)
        #expect(s.engine.answer("tevreden") == .refused)
        // Not allowed here: refused at once, no question asked.
        var leden = InterviewFixtures.screen(answers: ["leden": .number(3)], at: "leden")
        leden.press(.function(5))
        #expect(leden.dialog == nil && leden.message?.kind == .error)
    }

    @Test func ctrlZUndoesTheLastChangeAnywhereAndShowsIt() {
        var s = InterviewFixtures.screen(answers: ["tevreden": .number(2)], at: "tevreden")
        s.press(.function(5), .character("j"))  // replaced, moved on
        #expect(s.currentID == "leden")
        let effects = s.press(.ctrl("z"))
        #expect(InterviewScreen.saved(effects).last?.answers["tevreden"] == .number(2))
        #expect(s.currentID == "tevreden")
        #expect(s.message?.text.contains("Ongedaan gemaakt") == true)
        #expect(s.engine.response.audit.last?.event == "undo")
        s.press(.ctrl("z"))
        #expect(s.message?.text == "Niets om ongedaan te maken.")
    }

    @Test func escAsksBeforeDiscardingMoreThanAFewWords() {
        var s = InterviewFixtures.screen(at: "verhaal")
        s.type("kort")
        s.press(.escape)  // one word: discarded without asking
        #expect(s.dialog == nil && s.widget.enteredText.isEmpty)
        s.type("Een verhaal van vijf woorden")
        s.press(.escape)
        #expect(s.dialog == .discardEdit(words: 5, remark: false))
        s.press(.character("n"))
        #expect(s.widget.enteredText == "Een verhaal van vijf woorden")
        s.press(.escape, .enter)
        #expect(s.widget.enteredText.isEmpty)
    }

    @Test func altKeysDoNothing() {
        var s = InterviewFixtures.screen(at: "naam")
        s.type("Oost")
        #expect(s.press(.alt("b")).isEmpty)
        #expect(s.widget.enteredText == "Oost" && s.dialog == nil)
        #expect(KeyDecoder.alt(escapeFollowedBy: .character("b")) == .alt("b"))
        #expect(KeyDecoder.alt(escapeFollowedBy: .up) == nil)
    }

    @Test func otherTextOnlyWhenEnteredAndDigitsChooseOtherwise() {
        var s = InterviewFixtures.screen(answers: ["soort": .text("anders"), "soort.other": .text("Wijkagent")], at: "soort")
        s.type("2")
        #expect(s.engine.answer("soort") == .text("moskee"))
        #expect(s.engine.otherText(for: "soort") == "Wijkagent")  // kept, in case "anders" is chosen again
        s.type("4")
        s.press(.right)  // → enters the text
        s.type(" 2")
        s.press(.enter)
        #expect(s.engine.answer("soort") == .text("anders"))
        #expect(s.engine.otherText(for: "soort") == "Wijkagent 2")
    }

    @Test func reviewListsWhatFinishingClearsAndFinishingAuditsIt() {
        var s = InterviewFixtures.screen(answers: ["naam": .text("X"), "subsidie": .bool(false), "bedrag": .number(5000)],
                                         at: "naam")
        s.press(.function(8))
        let screen = s.rendered(100, 30).description
        #expect(screen.contains("Wordt gewist bij afronden"))
        #expect(screen.contains("Hoeveel subsidie per jaar (euro)?"))
        #expect(screen.contains("1 antwoord wordt gewist."))
        s.press(.function(8))
        #expect(s.dialog == .finish(warnings: [], clearing: 1))
        let effects = s.press(.character("j"))
        guard case .completed(let done)? = effects.last else { Issue.record("not completed"); return }
        #expect(done.answers["bedrag"] == nil)
        #expect(done.audit.contains { $0.event == "cleared" && $0.question == "bedrag" && $0.old == .number(5000) })
    }

    @Test func consentNoEndsTheInterviewWithThatReason() {
        let questionnaire = BundledQuestionnaires.wijkteam
        var answers: [String: AnswerValue] = [MetadataID.organisation: .text("Wijkteam Oost"), MetadataID.gemeente: .text("Utrecht"),
                                              MetadataID.role: .text("teamlid"), MetadataID.date: .text("2026-11-30")]
        answers["beeld"] = .text("Een eerder antwoord")
        var engine = InterviewEngine(questionnaire: questionnaire,
                                     response: Response(id: "c", questionnaire: QuestionnaireRef(id: questionnaire.id, version: questionnaire.version),
                                                        variant: questionnaire.variant, answers: answers),
                                     today: "2026-11-30")
        engine.jump(to: MetadataID.consent, at: InterviewFixtures.now)
        var s = InterviewScreen(engine: engine, lang: .nl, readOnly: false)
        s.type("n")
        s.press(.enter)
        #expect(s.dialog == .consentRefused(clearing: 1))
        #expect(s.rendered(100, 30).description.contains("het gesprek eindigt hier"))
        let effects = s.press(.enter)
        guard case .completed(let done)? = effects.last else { Issue.record("not completed"); return }
        #expect(done.audit.last == AuditEntry(at: InterviewFixtures.now, event: "complete", question: MetadataID.consent,
                                              new: .text("noConsent")))
        #expect(s.readOnly)
        #expect(s.rendered(100, 30).description.contains("Afgerond zonder toestemming"))
    }
}

/// The heads-down extras: Ctrl-U, `v` for today, the running time, the start event.
@Suite("Interview screen: speed keys")
struct InterviewSpeedKeyTests {
    @Test func ctrlUClearsTheFieldAndTheLongTextLine() {
        var s = InterviewFixtures.screen(at: "naam")
        s.type("Stichting Oost")
        s.press(.ctrl("u"))
        #expect(s.widget.enteredText.isEmpty)
        var long = InterviewFixtures.screen(at: "verhaal")
        long.type("Eerste regel")
        long.press(.enter)
        long.type("tweede regel")
        long.press(.ctrl("u"))
        #expect(long.widget.enteredText == "Eerste regel\n")
    }

    @Test func vOrTIsTodayInADateField() {
        var s = InterviewFixtures.screen(at: "datum")
        s.type("v")
        s.press(.enter)
        #expect(s.engine.answer("datum") == .text("2026-11-30"))
        s.press(.backTab, .ctrl("u"))
        s.type("t")
        #expect(s.widget.enteredText == "2026-11-30")
    }

    @Test func runningTimeCountsStartAndResumeSpans() {
        var engine = InterviewFixtures.engine()
        let t0 = InterviewFixtures.now
        engine.recordStart(at: t0)
        engine.recordLeave(at: t0.addingTimeInterval(600))
        engine.recordResume(at: t0.addingTimeInterval(3600))
        #expect(engine.interviewingTime(until: t0.addingTimeInterval(3600 + 65 * 60)) == 75 * 60)
        #expect(engine.response.audit.first?.event == "start")
        #expect(InterviewScreen.duration(75 * 60, .nl) == "1 u 15")
        #expect(InterviewScreen.duration(9 * 60 + 59, .en) == "9 min")
        var s = InterviewScreen(engine: engine, lang: .nl, readOnly: false)
        s.clock = t0.addingTimeInterval(3600 + 20 * 60)
        #expect(s.rendered().lines[1].contains("30 min"))
    }
}

@Suite("Interview review: full text")
struct InterviewReviewTextTests {
    @Test func reviewWrapsQuestionAndAnswerAndShowsRemarks() {
        let story = "De samenwerking met het wijkteam verloopt sinds vorig jaar veel beter dan daarvoor, vooral door vaste contactpersonen."
        var engine = InterviewFixtures.engine(answers: ["naam": .text("X"), "verhaal": .text(story)])
        engine.setRemark("Respondent twijfelde", for: "verhaal", at: InterviewFixtures.now, lang: .nl)
        var s = InterviewScreen(engine: engine, lang: .nl, readOnly: false)
        s.press(.function(8))
        let text = s.rendered(80, 40).description
        #expect(text.contains("vaste contactpersonen."))  // the whole answer, wrapped
        #expect(text.contains("Opmerking: Respondent twijfelde"))
        #expect(text.contains("samenwerking?"))  // the question's end, wrapped
    }
}

@Suite("Home keys do not clash with the interview's")
struct HomeKeyClashTests {
    @Test func f5AndCtrlRDoNothingOnTheHomeScreenRRefreshes() {
        var home = HomeState()
        #expect(home.handle(.function(5)) == nil)
        #expect(home.handle(.ctrl("r")) == nil)
        #expect(home.handle(.character("r")) == .refresh)
    }
}
