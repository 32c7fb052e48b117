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

/// The real binary at 80×24 (issue 15): the list's counter on a row of its
/// own, the fieldwork progress screen, and a clean exit.
@Suite(.serialized) struct ResultsStatisticsEndToEndTests {
    @Test func counterAndProgressAt80x24() throws {
        let dir = try ResultsFixture.writeDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let tmux = try Tmux(command: "'\(WijkBinary.path)' results '\(dir)' --include-drafts", width: 80, height: 24)
        defer { tmux.kill() }
        try tmux.waitFor(text: "7 interviews (WT 4 · MO 3)", timeout: .seconds(15))
        for _ in 0..<20 { try tmux.sendKeys(named: "Down") }
        let list = try tmux.waitUntil(what: "the counter at 25/64 (headings are skipped)") { $0.contains("25/64") }
        let counter = list.split(separator: "\n", omittingEmptySubsequences: false).first { $0.contains("25/64") }.map(String.init) ?? ""
        #expect(counter.trimmingCharacters(in: .whitespaces) == "25/64", "row: \(counter)")
        try tmux.sendKeys(literal: "v")
        let progress = try tmux.waitUntil(what: "the progress screen") { $0.contains("Voortgang van het veldwerk") }
        #expect(progress.contains("Voltooid 0 · concepten open 7 · conflicten open 0"))
        #expect(progress.contains("2025-W09"))
        try tmux.sendKeys(named: "Escape")
        try tmux.waitFor(text: "Vragen")
        try tmux.sendKeys(literal: "q")
        try tmux.waitUntil(what: "exit") { _ in (try? tmux.paneIsDead()) == true }
        #expect(try tmux.paneExitStatus() == 0)
    }
}
