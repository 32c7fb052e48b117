import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// Issue 13, item 10: every character typed arrives, whatever the locale, and lines are
/// drawn whole on terminals that cannot show Unicode ones.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, Tmux.missing)) struct LocaleEndToEndTests {
    static let terminals: [(lang: String, term: String)] = [
        ("C", "tmux-256color"), ("POSIX", "tmux-256color"), ("C", "linux"), ("C.UTF-8", "linux"),
        ("C", "vt100"), ("C.UTF-8", "vt100"),
    ]

    @Test(arguments: terminals)
    func typedLettersArriveAndLinesAreWhole(lang: String, term: String) throws {
        let fixture = try EndToEndFixture()
        try fixture.rememberInterviewer("Fatma")
        let tmux = try fixture.start(["interview", "--variant", "wijkteam"],
                                     environment: ["LANG": lang, "LC_ALL": lang, "TERM": term])
        defer { tmux.kill() }
        try tmux.waitFor(text: "vraag 1 van")
        try tmux.sendKeys(literal: "Ayşe en Çiğdem — ‘Noord’")
        try tmux.waitFor(text: "Çiğdem")
        try tmux.sendKeys(named: "Enter")
        let screen = try tmux.waitFor(text: "vraag 2 van")
        let id = try #require(fixture.store.list().first?.id)
        try fixture.waitForResponse(id, what: "the name with ş, Ç and ğ") {
            $0.answers[MetadataID.organisation] == .text("Ayşe en Çiğdem — ‘Noord’")
        }
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(!screen.contains("\u{FFFD}"), "no replacement characters:\n\(screen)")
        // The rules under the header and above the footer run the full width.
        for row in [2, 28] {
            let rule = lines[row]
            #expect(rule.count == 100 && rule.allSatisfy { $0 == "─" || $0 == "-" }, "row \(row): \(rule)")
        }
        try tmux.sendKeys(named: "C-q")  // vt100 has no F10
        #expect(try fixture.waitForExit() == 0)
    }
}
