import Testing
@testable import WijkTUI

@Suite struct StylePaletteTests {
    @Test func monochromeStillDistinguishesRoles() {
        #expect(StylePalette.monochromeAttributes(for: .selection) == .reverse)
        #expect(StylePalette.monochromeAttributes(for: .error).contains(.bold))
        #expect(StylePalette.monochromeAttributes(for: .normal).isEmpty)
    }

    @Test func rolesGetTheirOwnPairOnlyWithColours() {
        let colour = StylePalette(colors: true), mono = StylePalette(colors: false)
        #expect(colour.curses(.error).pair == Int32(ColorRole.error.rawValue) + 1)
        #expect(colour.curses(.normal).pair == 0)
        #expect(mono.curses(.error).pair == 0)
        #expect(mono.curses(.selection).attrs != mono.curses(.normal).attrs)
    }
}
