import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// The home screen's "Resultaten bekijken" in the real binary (tmux): the
/// browser opens on the data directory with the counts computed here
/// independently, `q` goes back to the home screen, and home quits cleanly;
/// with a remembered coder, the browser codes as that coder.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, Tmux.missing)) struct HomeResultsEndToEndTests {
    @Test func homeToResultsAndBack() throws {
        let fixture = try EndToEndFixture()
        try DataDirectory.prepare(fixture.data)
        try SampleGeneration.write(count: 24, seed: 7, questionnaire: nil, to: fixture.data)
        // Expected: the completed interviews per variant, as `wijk results` counts them.
        let options = AggregationOptions(filter: ResponseFilter(), today: Today.string())
        let summary = Aggregator(questionnaires: BundledQuestionnaires.all, options: options).summarize(paths: [fixture.data.path])
        #expect(summary.counted > 0)
        let labels = ResultsLabels(questionnaires: BundledQuestionnaires.all, lang: .nl)
        let counts = (summary.all?.variants ?? []).map { "\(labels.variantShort($0.variant)) \($0.respondents)" }
            .joined(separator: " · ")
        let header = "\(summary.counted) interviews (\(counts))"

        let tmux = try fixture.start()
        defer { tmux.kill() }
        try tmux.waitFor(text: "Resultaten bekijken")
        try tmux.sendKeys(named: "Down")
        try tmux.sendKeys(named: "Enter")
        // The browser paints row by row: wait for the whole frame, not just its first row.
        let results = try tmux.waitUntil(timeout: .seconds(10), what: header) {
            $0.contains(header) && $0.contains("Filter:")
        }
        #expect(results.contains("Filter: geen (alleen voltooide interviews)"))
        #expect(!results.contains("Nieuw interview starten"))

        try tmux.sendKeys(literal: "q")
        let home = try tmux.waitFor(text: "Nieuw interview starten")
        #expect(home.contains("Resultaten bekijken"))
        #expect(!home.contains(header))   // the browser is gone, home is drawn again

        try tmux.sendKeys(literal: "q")
        #expect(try fixture.waitForExit() == 0)
    }

    /// With a coder remembered (an earlier `--coder anna`), the browser opened
    /// from home codes as anna, as `wijk results` without `--coder` would.
    @Test func homeResultsCodeAsTheRememberedCoder() throws {
        let fixture = try EndToEndFixture()
        try DataDirectory.prepare(fixture.data)
        try SampleGeneration.write(count: 24, seed: 7, questionnaire: nil, to: fixture.data)
        try InterviewerConfig(interviewer: "Sanne", coder: "anna").save(to: fixture.config.appendingPathComponent("wijk/config.json"))
        let tmux = try fixture.start()
        defer { tmux.kill() }
        try tmux.waitFor(text: "Resultaten bekijken")
        try tmux.sendKeys(named: "Down")
        try tmux.sendKeys(named: "Enter")
        try tmux.waitFor(text: "Filter:", timeout: .seconds(10))
        let questionIDs = QuestionListScreen(questionnaires: BundledQuestionnaires.all, lang: .nl).rows.compactMap { row -> String? in
            if case .question(let id) = row { return id } else { return nil }
        }
        for _ in 0..<(try #require(questionIDs.firstIndex(of: "beeld"))) { try tmux.sendKeys(named: "Down") }
        try tmux.sendKeys(named: "Enter")
        try tmux.waitFor(text: "Open antwoorden")
        try tmux.sendKeys(literal: "c")
        let coding = try tmux.waitFor(text: "antwoorden gecodeerd")
        #expect(coding.contains("coder anna"), "\(coding)")
        #expect(!coding.contains("--coder"))
    }
}
