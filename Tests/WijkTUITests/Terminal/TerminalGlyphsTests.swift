import Foundation
import Testing
@testable import WijkTUI

/// Locale and glyph choices for terminals that are not UTF-8 or cannot show Unicode lines
/// (issue 13, item 10). The end-to-end side is `LocaleEndToEndTests`.
@Suite struct TerminalGlyphsTests {
    @Test func limitedTerminals() {
        for term in ["linux", "vt100", "vt102", "vt220", "VT100", "linux-16color", "ansi"] {
            #expect(TerminalGlyphs.isLimited(term: term), "\(term)")
        }
        for term in ["xterm-256color", "tmux-256color", "screen", "rxvt-unicode", "alacritty", "vt100ish"] {
            #expect(!TerminalGlyphs.isLimited(term: term), "\(term)")
        }
    }

    @Test func linesUseTheTerminalsOwnCharactersSymbolsAnASCIILookAlike() {
        #expect(TerminalGlyphs.substitute("─") == .acs(UInt8(ascii: "q")))
        #expect(TerminalGlyphs.substitute("│") == .acs(UInt8(ascii: "x")))
        #expect(TerminalGlyphs.substitute("╭") == .acs(UInt8(ascii: "l")))
        #expect(TerminalGlyphs.substitute("↓") == .acs(UInt8(ascii: ".")))
        #expect(TerminalGlyphs.substitute("█") == .acs(UInt8(ascii: "0")))
        #expect(TerminalGlyphs.substitute("—") == .ascii("-"))
        #expect(TerminalGlyphs.substitute("▸") == .ascii(">"))
        #expect(TerminalGlyphs.substitute("…") == .ascii("."))
        // Letters are never replaced: what was typed is shown as typed.
        for letter: Character in ["a", "ş", "é", "Ç", "ğ", "ش", "日"] { #expect(TerminalGlyphs.substitute(letter) == nil) }
    }

    @Test func aUTF8LocaleIsChosenOrStartIsRefused() {
        var tried: [String] = []
        #expect(TerminalLocale.choose(environmentCodeset: "UTF-8", candidates: ["C.UTF-8"]) { tried.append($0); return true } == nil)
        #expect(tried.isEmpty)
        #expect(TerminalLocale.choose(environmentCodeset: "ANSI_X3.4-1968", candidates: ["C.UTF-8", "en_US.UTF-8"]) {
            tried.append($0); return $0 == "en_US.UTF-8"
        } == nil)
        #expect(tried == ["C.UTF-8", "en_US.UTF-8"])
        let refused = TerminalLocale.choose(environmentCodeset: "ANSI_X3.4-1968", candidates: ["C.UTF-8"]) { _ in false }
        #expect(refused == .noUTF8Locale(codeset: "ANSI_X3.4-1968"))
        #expect(refused?.message(.nl).contains("UTF-8") == true)
        #expect(refused?.message(.nl).contains("ş") == true)
        #expect(TerminalLocale.isUTF8("utf8") && TerminalLocale.isUTF8("UTF-8") && !TerminalLocale.isUTF8("ISO-8859-1"))
    }
}
