import Testing
import WijkModel
@testable import WijkTUI

@Suite struct KeyMapTests {
    enum Action: Equatable { case save, quit, next, previous, help }

    let map = KeyMap<Action>([
        KeyBinding([.tab, .down], .next, nl: "Volgende", en: "Next"),
        KeyBinding([.backTab, .up], .previous, nl: "Vorige", en: "Previous", showInFooter: false),
        KeyBinding(.function(2), .save, nl: "Opslaan", en: "Save"),
        KeyBinding(.function(1), .help, nl: "Hulp", en: "Help"),
        KeyBinding([.control("q")], .quit, nl: "Stoppen", en: "Quit"),
    ])

    @Test func lookup() {
        #expect(map.action(for: .down) == .next)
        #expect(map.action(for: .tab) == .next)
        #expect(map.action(for: .function(2)) == .save)
        #expect(map.action(for: .control("q")) == .quit)
        #expect(map.action(for: .character("q")) == nil)
    }

    @Test func earlierBindingsWin() {
        let screen = KeyMap<Action>([KeyBinding(.function(2), .next, nl: "Verder", en: "On")])
        #expect(screen.appending(map).action(for: .function(2)) == .next)
        #expect(screen.appending(map).action(for: .control("q")) == .quit)
    }

    @Test func footerInBothLanguages() {
        #expect(map.footer(.nl, width: 80) == "Tab Volgende  F2 Opslaan  F1 Hulp  Ctrl-Q Stoppen")
        #expect(map.footer(.en, width: 80) == "Tab Next  F2 Save  F1 Help  Ctrl-Q Quit")
    }

    @Test func footerKeepsEssentialEntriesWhenNarrow() {
        var essential = map
        essential.bindings[4].isEssential = true  // Ctrl-Q Stoppen: the way out
        #expect(essential.footer(.nl, width: 80) == "Tab Volgende  F2 Opslaan  F1 Hulp  Ctrl-Q Stoppen")
        // Others make room, in order; the essential one keeps its place at the end.
        #expect(essential.footer(.nl, width: 40) == "Tab Volgende  F2 Opslaan  Ctrl-Q Stoppen")
        #expect(essential.footer(.nl, width: 20) == "Ctrl-Q Stoppen")
    }

    @Test func footerDropsWholeEntriesThatDoNotFit() {
        #expect(map.footer(.nl, width: 24) == "Tab Volgende  F2 Opslaan")
        #expect(map.footer(.nl, width: 23) == "Tab Volgende")
        #expect(map.footer(.nl, width: 3) == "")
    }

    @Test func helpListsEveryBindingWithAllKeys() {
        let lines = map.helpLines(.nl)
        #expect(lines.map(\.keys) == ["Tab/↓", "Shift-Tab/↑", "F2", "F1", "Ctrl-Q"])
        #expect(lines.map(\.text) == ["Volgende", "Vorige", "Opslaan", "Hulp", "Stoppen"])
        #expect(map.helpLines(.en).map(\.text).last == "Quit")
    }
}
