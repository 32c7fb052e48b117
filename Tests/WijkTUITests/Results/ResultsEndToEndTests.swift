import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// `wijk results DIR` in a real terminal (tmux): opens on the fixture, shows the
/// numbers computed here independently, survives a resize and quits cleanly.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, Tmux.missing)) struct ResultsEndToEndTests {
    @Test func browsesTheFixtureInATerminal() throws {
        let dir = try ResultsFixture.writeDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let tmux = try Tmux(command: "'\(WijkBinary.path)' results '\(dir)' --include-drafts",
                            width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.waitFor(text: "\(ResultsFixture.interviews.count) interviews (WT 4 · MO 3)", timeout: .seconds(15))
        try tmux.waitFor(text: "Filter: voltooid en concepten")

        // Expected, from the fixture itself: share of wijkteams answering 4 (Eens) on kent_leefwereld.
        let wijkteams = ResultsFixture.interviews.filter { $0.variant == "wijkteam" }
        let answered = wijkteams.filter { if case .number? = $0.kent { return true } else { return false } }
        let eens = answered.filter { $0.kent == .number(4) }.count
        let percent = Int((Double(eens) * 100 / Double(answered.count)).rounded())

        // Walk down the list to the question (headings are skipped by the cursor).
        let questionIDs = QuestionListScreen(questionnaires: BundledQuestionnaires.all, lang: .nl).rows.compactMap { row -> String? in
            if case .question(let id) = row { return id } else { return nil }
        }
        let steps = try #require(questionIDs.firstIndex(of: "kent_leefwereld"))
        for _ in 0..<steps { try tmux.sendKeys(named: "Down") }
        try tmux.sendKeys(named: "Enter")
        let screen = try tmux.waitUntil(what: "the question with its bars") {
            $0.contains("kent_leefwereld · schaal") && $0.contains("4 Eens")
        }
        #expect(screen.contains("Wijkteams (n=\(answered.count))"))
        let row = screen.split(separator: "\n").first { $0.contains("4 Eens") }.map(String.init) ?? ""
        #expect(row.contains(" \(eens)  \(percent)%"), "row: \(row)")

        // Too small, then back.
        try tmux.resize(width: 70, height: 20)
        try tmux.waitFor(text: "Venster te klein")
        try tmux.resize(width: 100, height: 30)
        try tmux.waitFor(text: "kent_leefwereld · schaal")

        try tmux.sendKeys(literal: "q")
        try tmux.waitUntil(what: "exit") { _ in (try? tmux.paneIsDead()) == true }
        let status = try tmux.paneExitStatus()
        #expect(status == 0, "exit status \(String(describing: status)); screen: \((try? tmux.capture()) ?? "")")
    }

    @Test func withoutATerminalItSaysSoAndExitsOne() throws {
        let dir = try ResultsFixture.writeDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = try WijkBinary.run(["results", dir], environment: ["TERM": "xterm"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("terminal"))
        #expect(result.stdout.isEmpty)
    }
}
