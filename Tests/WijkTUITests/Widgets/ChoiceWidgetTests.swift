import Testing
import WijkModel
@testable import WijkTUI

@Suite("Widgets: choices, scale, yes/no")
struct ChoiceWidgetTests {
    let items = [ChoiceItem(value: "a", label: "Ankara"), ChoiceItem(value: "i", label: "İzmir"),
                 ChoiceItem(value: "b", label: "Bursa"), ChoiceItem(value: "a2", label: "Antalya"),
                 ChoiceItem(value: "x", label: "Anders, namelijk:", isOther: true)]

    @Test func singleLettersMoveTheCursorAndCycleDigitsAndSpaceChoose() {
        var w = SingleChoiceWidget(items: items, value: nil, otherText: nil)
        #expect(w.value == nil)
        do { let e = w.handle(.character("a"), lang: .nl); #expect(e == .moved) }
        #expect(w.cursor == 0 && w.value == nil)
        _ = w.handle(.character("a"), lang: .nl)  // the same letter again: the next one starting with it
        #expect(w.cursor == 3)
        _ = w.handle(.down, lang: .nl)
        _ = w.handle(.character("i"), lang: .nl)  // İzmir: case and the dot are ignored
        #expect(w.cursor == 1 && w.value == nil)
        do { let e = w.handle(.character(" "), lang: .nl); #expect(e == .chosen) }
        #expect(w.value == "i")
        do { let e = w.handle(.character("3"), lang: .nl); #expect(e == .chosen) }
        #expect(w.value == "b")
        do { let e = w.handle(.character("9"), lang: .nl); #expect(e == .ignored) }
    }

    @Test func singleArrowsNeverChangeTheChoice() {
        var w = SingleChoiceWidget(items: items, value: "i", otherText: nil)
        do { let e = w.handle(.down, lang: .nl); #expect(e == .moved) }
        do { let e = w.handle(.end, lang: .nl); #expect(e == .moved) }
        #expect(w.value == "i" && w.cursorOffChoice)
        do { let changed = w.selectCursor(); #expect(changed) }  // Enter takes the highlighted row
        #expect(w.value == "x")
    }

    @Test func singleWordSearchAndNoMatchSaysHowToTypeOther() {
        var w = SingleChoiceWidget(items: items, value: "x", otherText: "Van")
        _ = w.handle(.character("a"), lang: .nl)
        _ = w.handle(.character("n"), lang: .nl)
        _ = w.handle(.character("t"), lang: .nl)
        #expect(w.cursor == 3)  // "ant" finds Antalya
        guard case .refused(let text) = w.handle(.character("z"), lang: .nl) else { Issue.record("not refused"); return }
        #expect(text.contains("‘antz’") && text.contains("Tab"))
        do { let e = w.handle(.character("2"), lang: .nl); #expect(e == .refused("Geen keuze begint met ‘antz2’. Tekst bij ‘anders’: kies die regel en druk Tab.")) }
        #expect(w.value == "x")  // a digit inside a typed word chooses nothing
    }

    @Test func singleOtherFieldOnlyWhenEnteredDeliberately() {
        var w = SingleChoiceWidget(items: items, value: "x", otherText: "Van")
        #expect(w.isOnOther && !w.otherFocused)
        do { let e = w.handle(.character("1"), lang: .nl); #expect(e == .chosen) }  // a digit chooses, never types
        #expect(w.value == "a" && w.other.text == "Van")
        _ = w.handle(.character("5"), lang: .nl)
        do { let e = w.handle(.right, lang: .nl); #expect(e == .moved) }
        #expect(w.otherFocused)
        _ = w.handle(.character("1"), lang: .nl)
        #expect(w.other.text == "Van1")
        _ = w.handle(.up, lang: .nl)
        #expect(!w.otherFocused && w.value == "x" && w.cursor == 3)
    }

    @Test func multipleRefusesBeyondMaximum() {
        var w = MultipleChoiceWidget(items: items, values: ["a"], otherText: nil, maxSelections: 2)
        do { let e = w.handle(.character("2"), lang: .nl); #expect(e == .chosen) }
        guard case .refused(let message) = w.handle(.character("3"), lang: .en) else { Issue.record("not refused"); return }
        #expect(message == "At most 2 choices: untick one first.")
        _ = w.handle(.character("1"), lang: .nl)
        _ = w.handle(.character("3"), lang: .nl)
        #expect(w.values == ["i", "b"])
    }

    @Test func multipleWordsTypedOnTheListTickNothing() {
        var w = MultipleChoiceWidget(items: items, values: [], otherText: nil, maxSelections: nil)
        for c in "Bij de moskee 2" { _ = w.handle(.character(c), lang: .nl) }
        #expect(w.values.isEmpty)
        _ = w.handle(.down, lang: .nl)  // any other key ends the word
        _ = w.handle(.character("b"), lang: .nl)
        do { let e = w.handle(.character(" "), lang: .nl); #expect(e == .chosen) }
        #expect(w.values == ["b"])
    }

    @Test func multipleOtherFieldOnlyWhenTickedAndEntered() {
        var w = MultipleChoiceWidget(items: items, values: [], otherText: nil, maxSelections: nil)
        _ = w.handle(.end, lang: .nl)
        do { let e = w.handle(.right, lang: .nl); #expect(e == .ignored) }  // not ticked yet
        _ = w.handle(.character(" "), lang: .nl)
        do { let focused = w.focusOther(); #expect(focused) }
        for c in "Somaliërs 2" { _ = w.handle(.character(c), lang: .nl) }
        #expect(w.other.text == "Somaliërs 2")
        #expect(w.values == ["x"])
    }

    @Test func scaleArrowsMoveDigitsAndSpaceChoose() {
        let spec = ScaleSpec(min: 1, max: 5, minLabel: LocalizedText(nl: "laag", en: "low"), maxLabel: LocalizedText(nl: "hoog", en: "high"))
        var w = ScaleWidget(spec: spec, value: 3)
        do { let e = w.handle(.left); #expect(e == .moved) }
        #expect(w.point == 3 && w.cursor == 2)
        do { let e = w.handle(.character(" ")); #expect(e == .chosen) }
        #expect(w.point == 2)
        _ = w.handle(.end)
        #expect(w.point == 2 && w.cursorOffChoice)
        do { let e = w.handle(.character("7")); #expect(e == .ignored) }
        do { let e = w.handle(.character("4")); #expect(e == .chosen) }
        #expect(w.point == 4)
        _ = w.handle(.end)
        do { let changed = w.selectCursor(); #expect(changed && w.point == 5) }
    }

    @Test func yesNoLettersChooseArrowsOnlyMove() {
        var w = YesNoWidget(value: true)
        do { let e = w.handle(.right); #expect(e == .moved) }
        #expect(w.value == true && w.cursorOffChoice)
        do { let e = w.handle(.character("n")); #expect(e == .chosen); #expect(w.value == false) }
        do { let e = w.handle(.character("n")); #expect(e == .moved) }  // no change
        do { let e = w.handle(.character("y")); #expect(e == .chosen); #expect(w.value == true) }
        _ = w.handle(.right)
        do { let e = w.handle(.character(" ")); #expect(e == .chosen); #expect(w.value == false) }
        _ = w.handle(.character("J")); #expect(w.value == true)
        do { let e = w.handle(.character("x")); #expect(e == .ignored) }
    }
}
