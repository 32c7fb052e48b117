import Foundation
import Testing
import WijkModel
@testable import WijkTUI

@Suite("Interview screen: answering each type")
struct InterviewScreenAnsweringTests {
    @Test func shortTextIsStoredSavedAndMovesOn() {
        var s = InterviewFixtures.screen()
        s.type("Stichting Şölen İzmir")
        let effects = s.press(.enter)
        #expect(s.engine.answer("naam") == .text("Stichting Şölen İzmir"))
        #expect(InterviewScreen.saved(effects).last?.answers["naam"] == .text("Stichting Şölen İzmir"))
        #expect(s.currentID == "soort")
    }

    @Test func emptyRequiredWarnsOnceThenGoesOn() {
        var s = InterviewFixtures.screen()
        #expect(s.press(.enter).isEmpty)
        #expect(s.currentID == "naam")
        #expect(s.message?.kind == .warning)
        s.press(.tab)
        #expect(s.currentID == "soort")
    }

    @Test func singleChoiceByDigitLetterAndArrows() {
        var s = InterviewFixtures.screen(at: "soort")
        #expect(s.type("2").count == 1)  // a digit chooses and stores at once
        #expect(s.engine.answer("soort") == .text("moskee"))
        // Goes on; nothing changed, so no answer save (the session saves the resume point,
        // see AutosaveTests.aChoiceByItsKeyThenEnterSavesTheNextResumePointAtOnce).
        #expect(InterviewScreen.saved(s.press(.enter)).isEmpty)
        #expect(s.currentID == "talen")
        s.press(.backTab)
        #expect(s.currentID == "soort")
        s.type("s")  // first-letter jump
        s.press(.enter)
        #expect(s.engine.answer("soort") == .text("stichting"))
        s.press(.pageUp)
        s.press(.up, .up)
        s.press(.enter)
        #expect(s.engine.answer("soort") == .text("buurthuis"))
    }

    @Test func otherNamelyOpensAFieldStoredUnderOtherKey() {
        var s = InterviewFixtures.screen(at: "soort")
        s.type("4")
        s.press(.tab)  // "other" chosen without its text: Tab goes into the field
        #expect(s.currentID == "soort")
        s.type("Gebedshuis çarşı 2")  // in the field digits are typed
        s.press(.enter)
        #expect(s.engine.answer("soort") == .text("anders"))
        #expect(s.engine.otherText(for: "soort") == "Gebedshuis çarşı 2")
        #expect(s.currentID == "talen")
    }

    @Test func otherNamelyEmptyWarnsOnce() {
        var s = InterviewFixtures.screen(at: "soort")
        s.press(.end, .enter)
        #expect(s.currentID == "soort")
        #expect(s.message?.text.contains("anders") == true)
        s.press(.enter)
        #expect(s.currentID == "talen")
    }

    @Test func multipleShowsAndEnforcesTheMaximum() {
        var s = InterviewFixtures.screen(at: "talen")
        s.type("123")
        s.type("4")
        #expect(s.message?.kind == .error)
        #expect(s.message?.text.contains("Hoogstens 3") == true)
        s.press(.down, .character(" "))  // still refused
        s.press(.enter)
        #expect(s.engine.answer("talen") == .choices(["nl", "tr", "ar"]))
        s.press(.backTab)
        s.type("2")  // untick Turks
        s.press(.down, .down, .character(" "))
        #expect(s.rendered().description.contains("max 3 · 3 gekozen"))
        s.press(.enter)
        #expect(s.engine.answer("talen") == .choices(["nl", "ar", "en"]))
    }

    @Test func scaleByArrowsAndDigits() {
        var s = InterviewFixtures.screen(at: "tevreden")
        s.press(.right, .right, .right, .left)
        s.press(.enter)
        #expect(s.engine.answer("tevreden") == .number(2))
        s.press(.backTab)
        s.type("5")
        s.press(.enter)
        #expect(s.engine.answer("tevreden") == .number(5))
    }

    @Test func dontKnowAndRefusedByOneKeyWhereAllowed() {
        var s = InterviewFixtures.screen(at: "tevreden")
        #expect(s.press(.function(5)).count == 1)
        #expect(s.engine.answer("tevreden") == .dontKnow)
        #expect(s.currentID == "leden")
        s.press(.function(6))  // not allowed for "leden"
        #expect(s.message?.kind == .error)
        #expect(s.currentID == "leden")
        s.press(.backTab)
        #expect(s.rendered().description.contains("Antwoord: Weet niet"))
        s.press(.enter)  // confirming untouched keeps "weet niet"
        #expect(s.engine.answer("tevreden") == .dontKnow)
        s.press(.backTab, .ctrl("r"))  // replacing an answer asks first
        #expect(s.dialog == .replaceWithSpecial(.refused))
        #expect(s.engine.answer("tevreden") == .dontKnow)
        s.press(.character("j"))
        #expect(s.engine.answer("tevreden") == .refused)
    }

    @Test func integerRangeRejectedSoftConstraintWarnsOnce() {
        var s = InterviewFixtures.screen(at: "leden")
        s.type("abc")  // letters are not typed into a number field
        s.type("20000")
        #expect(s.press(.enter).isEmpty)
        #expect(s.message == ScreenMessage("Vul een getal van 0 tot en met 10000 in.", .error))
        for _ in 0..<5 { s.press(.backspace) }
        s.type("600")
        let effects = s.press(.enter)
        #expect(InterviewScreen.saved(effects).count == 1)  // stored with a warning
        #expect(s.message?.kind == .warning)
        #expect(s.currentID == "leden")
        s.press(.enter)
        #expect(s.currentID == "uren")
        #expect(s.engine.answer("leden") == .number(600))
    }

    @Test func decimalAcceptsDutchComma() {
        var s = InterviewFixtures.screen(at: "uren")
        s.type("2,5")
        s.press(.enter)
        #expect(s.engine.answer("uren") == .number(2.5))
        s.press(.backTab)
        #expect(s.widget == .number(LineField("2,5"), decimal: true))
        s.press(.backspace, .backspace, .backspace)
        s.type("12.75")
        s.press(.enter)
        #expect(s.engine.answer("uren") == .number(12.75))
    }

    @Test(arguments: [("2026-11-30", "2026-11-30"), ("30-11-2026", "2026-11-30"), ("30-11-26", "2026-11-30"),
                      ("1-2-2026", "2026-02-01"), ("30/11/2026", "2026-11-30")])
    func dateFormats(typed: String, stored: String) {
        var s = InterviewFixtures.screen(at: "datum")
        s.type(typed)
        s.press(.enter)
        #expect(s.engine.answer("datum") == .text(stored))
        #expect(s.currentID == "subsidie")
    }

    @Test func impossibleDateIsRejected() {
        var s = InterviewFixtures.screen(at: "datum")
        s.type("30-02-2026")
        s.press(.enter)
        #expect(s.engine.answer("datum") == nil)
        #expect(s.message?.kind == .error)
        s.press(.home, .delete, .delete)  // "-02-2026" is not a date shape
        s.press(.enter)
        #expect(s.message?.text.contains("geen datum") == true)
    }

    @Test func yesNoDrivesRelevance() {
        var s = InterviewFixtures.screen(at: "subsidie")
        s.type("j")
        s.press(.enter)
        #expect(s.engine.answer("subsidie") == .bool(true))
        #expect(s.currentID == "bedrag")
        s.press(.backTab, .right, .enter)
        #expect(s.engine.answer("subsidie") == .bool(false))
        #expect(s.currentID == "info")  // "bedrag" skipped by logic
        s.press(.backTab, .character("y"), .enter)
        #expect(s.currentID == "bedrag")
    }

    @Test func noteIsConfirmedWithEnter() {
        var s = InterviewFixtures.screen(at: "info")
        #expect(s.press(.enter).isEmpty)
        #expect(s.currentID == "verhaal")
    }

    @Test func longTextEditorTurkishAndArabic() {
        var s = InterviewFixtures.screen(at: "verhaal")
        s.type("Güzel şehir İstanbul")
        s.press(.enter)  // a newline, not a confirm
        #expect(s.currentID == "verhaal")
        // Arabic with vowel marks typed as separate keys: each mark joins its letter.
        s.type("مُنَظَّمَة")
        s.press(.backspace)  // removes "ة" only
        s.press(.up, .end)
        for _ in 0..<8 { s.press(.backspace) }
        s.type("Ankara")
        let effects = s.press(.tab)
        #expect(s.engine.answer("verhaal") == .text("Güzel şehir Ankara\nمُنَظَّمَ"))
        #expect(InterviewScreen.saved(effects).count == 1)
        #expect(s.mode == .review(selection: 0))  // last question → review
    }

    @Test func longPastedTextWrapsAndStaysEditable() {
        var s = InterviewFixtures.screen(at: "verhaal")
        let long = String(repeating: "De samenwerking met het wijkteam verloopt goed. ", count: 60)
        s.type(long)
        let grid = s.rendered()
        #expect(grid.description.contains("↑"))
        var probe = Grid(width: 80, height: 24)
        let cursor = s.render(into: &probe)
        #expect(cursor != nil)
        s.press(.tab)
        #expect(s.engine.answer("verhaal") == .text(long))
    }
}
