import Foundation
import Testing
import WijkModel
@testable import WijkTUI

@Suite("Interview screen: navigation, overview, remarks, finishing, read-only")
struct InterviewScreenNavigationTests {
    @Test func backWithShiftTabAndPageUp() {
        var s = InterviewFixtures.screen(at: "tevreden")
        s.press(.backTab)
        #expect(s.currentID == "talen")
        s.press(.pageUp)
        #expect(s.currentID == "soort")
    }

    @Test func goingBackKeepsValidUnconfirmedEdits() {
        var s = InterviewFixtures.screen(at: "uren")
        s.type("3,5")
        let effects = s.press(.backTab)
        #expect(s.currentID == "leden")
        #expect(s.engine.answer("uren") == .number(3.5))
        #expect(InterviewScreen.saved(effects).count == 1)
    }

    @Test func overviewShowsStatesAndJumps() {
        var s = InterviewFixtures.screen(answers: ["naam": .text("X"), "subsidie": .bool(false), "leden": .number(600)])
        s.press(.function(2))
        #expect(s.mode == .overview(selection: 1))
        let text = s.rendered().description
        #expect(text.contains("✓  1 Naam van de organisatie [naam]"))
        #expect(text.contains("○  2 Wat voor organisatie is het? [soort]"))
        #expect(text.contains("!  5 Hoeveel leden heeft de organisatie? [leden]"))
        #expect(text.contains("–  9 Hoeveel subsidie per jaar (euro)? [bedrag]"))
        s.press(.down, .down, .down, .down)  // skips the section row
        let effects = s.press(.enter)
        #expect(s.currentID == "leden")
        #expect(s.mode == .answering)
        #expect(InterviewScreen.saved(effects).last?.audit.last?.event == "jump")
    }

    @Test func overviewFindsAQuestionByNumberOrWords() {
        var s = InterviewFixtures.screen()
        s.press(.function(2))
        s.type("7")
        #expect(s.rendered().description.contains("Zoeken: 7▏   Enter: naar deze vraag"))
        s.press(.enter)
        #expect(s.currentID == "datum")
        s.press(.function(2))
        s.type("TALEN")  // words of the question or its id; case and accents ignored
        s.press(.enter)
        #expect(s.currentID == "talen")
        s.press(.function(2))
        s.type("xyz")
        #expect(s.rendered().description.contains("niet gevonden"))
        s.press(.escape)  // clears the search first
        #expect(s.overviewQuery.isEmpty && s.mode != .answering)
        s.press(.escape)
        #expect(s.mode == .answering)
    }

    @Test func headerCountsTheWholeQuestionnaire() {
        var s = InterviewFixtures.screen(answers: ["subsidie": .bool(false)], at: "info")
        #expect(s.rendered().lines[0].hasSuffix("vraag 10 van 11"))  // "bedrag" (9) is skipped, still counted
        s.press(.backTab)
        #expect(s.rendered().lines[0].hasSuffix("vraag 8 van 11"))
    }

    @Test func overviewRefusesSkippedQuestions() {
        var s = InterviewFixtures.screen(answers: ["subsidie": .bool(false)])
        s.press(.ctrl("o"))
        for _ in 0..<8 { s.press(.down) }  // to "bedrag"
        s.press(.enter)
        #expect(s.mode != .answering)
        #expect(s.message?.kind == .warning)
        #expect(s.rendered().lines[21].contains("overgeslagen door eerdere antwoorden"))
        s.press(.up)  // moving on clears the line: nothing is left behind
        #expect(s.message == nil)
        #expect(!s.rendered().description.contains("overgeslagen door eerdere antwoorden"))
        s.press(.escape)
        #expect(s.mode == .answering)
        #expect(s.currentID == "naam")
    }

    @Test func remarkIsSavedWithTabAndCancelledWithEscape() {
        var s = InterviewFixtures.screen(at: "soort")
        s.press(.function(3))
        s.type("Respondent twijfelde; zie ook ğ/ş")
        #expect(s.press(.escape).isEmpty)  // five words: asks first
        #expect(s.dialog == .discardEdit(words: 5, remark: true))
        s.press(.character("j"))
        #expect(s.mode == .answering)
        #expect(s.engine.remark(for: "soort") == nil)
        s.press(.ctrl("n"))
        s.type("Twijfel")
        s.press(.enter)
        s.type("tweede regel")
        let effects = s.press(.tab)
        #expect(s.engine.remark(for: "soort") == "Twijfel\ntweede regel")
        #expect(InterviewScreen.saved(effects).last?.audit.last?.event == "remark")
        #expect(s.rendered().description.contains("Opmerking: Twijfel ⏎ tweede regel"))
    }

    @Test func firstProblemJumpsAndShowsIt() {
        var s = InterviewFixtures.screen(answers: ["leden": .number(600)], at: "datum")
        s.press(.function(4))
        #expect(s.currentID == "naam")
        #expect(s.message?.kind == .error)
        s.type("Wijkteam Noord")
        s.press(.enter, .ctrl("p"))
        #expect(s.currentID == "leden")
        #expect(s.message?.kind == .warning)
    }

    @Test func finishIsBlockedByHardProblems() {
        var s = InterviewFixtures.screen(at: "datum")
        s.press(.function(8))
        #expect(s.mode == .review(selection: 0))
        #expect(s.press(.function(8)).isEmpty)
        #expect(s.message?.kind == .error)
        #expect(s.engine.response.status == .draft)
        #expect(s.rendered().description.contains("! Naam van de organisatie"))
        s.press(.enter)
        #expect(s.mode == .answering)
        #expect(s.currentID == "naam")
    }

    @Test func softProblemsNeedConfirmation() {
        var s = InterviewFixtures.screen(answers: ["naam": .text("X"), "leden": .number(600)])
        s.press(.ctrl("f"))
        #expect(s.press(.ctrl("f")).isEmpty)
        #expect(s.dialog == .finish(warnings: ["Meer dan 500 leden? Controleer het aantal."], clearing: 0))
        s.press(.character("n"))
        #expect(s.dialog == nil)
        s.press(.function(8))
        let effects = s.press(.character("j"))
        guard case .completed(let response)? = effects.last else { Issue.record("no completion"); return }
        #expect(response.status == .complete)
        #expect(s.readOnly)
    }

    @Test func finishWithoutProblemsCompletes() {
        var s = InterviewFixtures.screen(answers: ["naam": .text("X")])
        s.press(.function(8))
        let effects = s.press(.function(8))
        #expect(effects.count == 1)
        #expect(s.engine.response.status == .complete)
        #expect(s.engine.response.audit.last?.event == "complete")
    }

    @Test func readOnlyRefusesEditsUntilReopened() {
        var s = InterviewFixtures.screen(answers: ["naam": .text("Oud")], status: .complete)
        #expect(s.readOnly)
        s.type("x")
        s.press(.function(5))
        #expect(s.engine.answer("naam") == .text("Oud"))
        #expect(s.message?.text.contains("F7/Ctrl-E") == true)
        s.press(.enter)  // navigating is fine
        #expect(s.currentID == "soort")
        s.press(.function(7))
        #expect(s.dialog == .reopen)
        s.press(.escape)
        #expect(s.readOnly)
        s.press(.ctrl("e"))
        // Yes asks the shell for the lock; refused, the screen stays read-only.
        #expect(s.press(.enter) == [.reopen])
        #expect(s.readOnly)
        s.reopenRefused("Dit interview is al geopend door Sanne")
        #expect(s.readOnly && s.message?.text.contains("Sanne") == true)
        s.type("2")
        #expect(s.engine.answer("soort") == nil)
        // With the lock it is reopened.
        let effects = s.reopened(now: Date())
        #expect(!s.readOnly)
        #expect(s.engine.response.status == .draft)
        #expect(InterviewScreen.saved(effects).last?.audit.last?.event == "reopen")
        s.type("2")
        s.press(.enter)
        #expect(s.engine.answer("soort") == .text("moskee"))
    }

    @Test func leaveSavesTypedTextAndRecordsLeave() {
        var s = InterviewFixtures.screen()
        s.type("Nog niet bevestigd")
        let effects = s.press(.function(10))
        guard case .leave(let response)? = effects.last else { Issue.record("no leave"); return }
        #expect(response.answers["naam"] == .text("Nog niet bevestigd"))
        #expect(response.audit.last?.event == "leave")
    }

    @Test func functionKeysAndCtrlAlternativesAreEqual() {
        let pairs: [(Key, Key)] = [(.function(1), .ctrl("g")), (.function(2), .ctrl("o")), (.function(3), .ctrl("n")),
                                   (.function(4), .ctrl("p")), (.function(5), .ctrl("k")), (.function(6), .ctrl("r")),
                                   (.function(7), .ctrl("e")), (.function(8), .ctrl("f")), (.function(10), .ctrl("q"))]
        for (fKey, ctrlKey) in pairs {
            var a = InterviewFixtures.screen(answers: ["naam": .text("X")], at: "tevreden")
            var b = a
            let ea = a.press(fKey), eb = b.press(ctrlKey)
            #expect(ea == eb, "\(fKey.name) vs \(ctrlKey.name)")
            #expect(a.mode == b.mode && a.engine.response == b.engine.response && a.helpScroll == b.helpScroll
                    && a.dialog == b.dialog && a.message == b.message, "\(fKey.name) vs \(ctrlKey.name)")
        }
        // Every function-key binding has a Ctrl alternative.
        for binding in InterviewKeys.global.bindings {
            #expect(binding.keys.contains { if case .control = $0 { return true }; return false })
        }
    }

    @Test func helpListsEveryBindingWithAllKeys() {
        var s = InterviewFixtures.screen()
        s.press(.function(1))
        #expect(s.helpScroll == 0)
        let lines = s.helpLines().map { "\($0.keys) \($0.text)" }
        #expect(lines.contains("F10/Ctrl-Q/Ctrl-C Opslaan en stoppen"))
        #expect(lines.contains("F5/Ctrl-K Weet niet"))
        #expect(lines.contains("Enter/Tab Verder"))
        s.press(.escape)
        #expect(s.helpScroll == nil)
    }

    @Test func helpScrollsNoFurtherThanItsLastLine() {
        var s = InterviewFixtures.screen()
        s.viewport = Size(width: 80, height: 24)
        s.press(.function(1))
        let visible = InterviewScreen.body(s.viewport).height - 2
        let last = s.helpLines().count - visible
        #expect(last > 0)
        for _ in 0..<(last + 20) { s.press(.down) }
        #expect(s.helpScroll == last)
        s.press(.up)
        #expect(s.helpScroll == last - 1)   // one press back moves at once
        s.press(.pageDown); s.press(.pageDown); s.press(.pageDown)
        #expect(s.helpScroll == last)
        var grid = Grid(width: 80, height: 24)
        _ = s.render(into: &grid)
        #expect(grid.lines.contains { $0.contains(s.helpLines().last!.text) })
    }

    @Test func tooSmallIgnoresKeysExceptQuit() {
        var s = InterviewFixtures.screen()
        s.viewport = Size(width: 60, height: 20)
        s.type("abc")
        s.press(.enter, .function(2))
        #expect(s.mode == .answering && s.engine.answer("naam") == nil && s.currentID == "naam")
        guard case .leave? = s.press(.ctrl("q")).last else { Issue.record("no leave"); return }
    }
}
