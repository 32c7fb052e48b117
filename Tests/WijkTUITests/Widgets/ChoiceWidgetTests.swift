import Testing
import WijkModel
@testable import WijkTUI

@Suite("Widgets: choices, scale, yes/no")
struct ChoiceWidgetTests {
    let items = [ChoiceItem(value: "a", label: "Ankara"), ChoiceItem(value: "i", label: "İzmir"),
                 ChoiceItem(value: "b", label: "Bursa"), ChoiceItem(value: "a2", label: "Antalya"),
                 ChoiceItem(value: "x", label: "Anders, namelijk:", isOther: true)]

    @Test func singleStartsUnchosenAndLetterJumpCycles() {
        var w = SingleChoiceWidget(items: items, value: nil, otherText: nil)
        #expect(w.value == nil)
        _ = w.handle(.character("a"))
        #expect(w.value == "a")
        _ = w.handle(.character("a"))
        #expect(w.value == "a2")
        _ = w.handle(.character("i"))  // İzmir: case and the dot are ignored
        #expect(w.value == "i")
        _ = w.handle(.character("3"))
        #expect(w.value == "b")
        #expect(w.handle(.character("9")) == .ignored)
    }

    @Test func singleOtherTakesTyping() {
        var w = SingleChoiceWidget(items: items, value: "x", otherText: "Van")
        #expect(w.isOnOther)
        _ = w.handle(.character("1"))  // typed into the field, not a jump
        #expect(w.other.text == "Van1")
        _ = w.handle(.up)
        #expect(w.value == "a2")
    }

    @Test func multipleRefusesBeyondMaximum() {
        var w = MultipleChoiceWidget(items: items, values: ["a"], otherText: nil, maxSelections: 2)
        #expect(w.handle(.character("2"), lang: .nl) == .handled)
        guard case .refused(let message) = w.handle(.character("3"), lang: .en) else { Issue.record("not refused"); return }
        #expect(message == "At most 2 choices: untick one first.")
        _ = w.handle(.character("1"), lang: .nl)
        _ = w.handle(.character("3"), lang: .nl)
        #expect(w.values == ["i", "b"])
    }

    @Test func scaleKeys() {
        let spec = ScaleSpec(min: 1, max: 5, minLabel: LocalizedText(nl: "laag", en: "low"), maxLabel: LocalizedText(nl: "hoog", en: "high"))
        var w = ScaleWidget(spec: spec, value: nil)
        _ = w.handle(.left)
        #expect(w.point == 1)
        _ = w.handle(.end)
        #expect(w.point == 5)
        #expect(w.handle(.character("7")) == .ignored)
        _ = w.handle(.character("2"))
        #expect(w.point == 2)
    }

    @Test func yesNoKeys() {
        var w = YesNoWidget(value: nil)
        _ = w.handle(.character("y")); #expect(w.value == true)
        _ = w.handle(.character("n")); #expect(w.value == false)
        _ = w.handle(.left); #expect(w.value == true)
        _ = w.handle(.character("J")); #expect(w.value == true)
        #expect(w.handle(.character("x")) == .ignored)
    }
}
