import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// Key-to-frame latency of the coding pager with 5,000 open answers, and the time a
/// coding change takes to save, measured in-process (run by `bench/coding-pager.sh` with
/// WIJK_BENCH=1 in release mode; skipped otherwise, it is not a timed test).
@Suite struct CodingBenchmark {
    static let sentences = [
        "Bewoners zoeken hulp via de moskee of de buurtmoeder.", "Taal is vaak een drempel voor hulp.",
        "We kennen de sleutelfiguren in de wijk nog te weinig.", "Kadınlar wijkteam'i tanımıyor; hulp komt te laat.",
        "العائلات لا تعرف أين تطلب المساعدة", "Het wijkteam komt pas bij grote problemen; hulp is laat.",
        "Formulieren, toeslagen en brieven van het CAK zijn ingewikkeld.", "Vertrouwen groeit door samen op huisbezoek te gaan.",
    ]

    @Test(.enabled(if: TUIBenchmark.enabled)) func keyToFrameWith5000OpenAnswers() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-coding-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        // 5,000 interviews, each with an answer of one to six sentences to `beeld`.
        var rng = SplitMix64(seed: 14)
        for n in 0..<5000 {
            var i = ResultsFixture.interviews[n % ResultsFixture.interviews.count]
            i.id = "bench-\(n)"
            i.gemeente = ["Utrecht", "Amersfoort", "Almere", "Zaanstad", "Gouda"][Int(rng.next() % 5)]
            i.beeld = (0..<(1 + Int(rng.next() % 6))).map { _ in Self.sentences[Int(rng.next() % UInt64(Self.sentences.count))] }
                .joined(separator: " ")
            try ResultsFixture.response(i).encoded().write(to: dir.appendingPathComponent("\(i.id).json"))
        }
        // A codebook of 12 codes; every other answer coded with one or two of them (a rule gave some).
        var project = try CodingProject.open(data: dir, coder: "bench")
        let codes = try (1...12).map { try project.createCode(name: "Thema \($0)") }
        var browser = ResultsBrowser(summary: try ResultsFixture.summary(directory: dir.path), questionnaires: BundledQuestionnaires.all,
                                     lang: .nl, query: ResultsFixture.query)
        let answers = Array(browser.codableAnswers("beeld").answers)
        for (k, code) in codes.enumerated() {
            let chosen = answers.enumerated().filter { $0.offset % 2 == 0 && ($0.offset / 2) % 12 == k }.map(\.element)
            try project.assign(code.id, to: chosen, origin: k % 3 == 0 ? .rule("bench") : .manual)
        }
        var runner = CodingRunner(project: project, lang: .nl)
        browser.attach(coding: runner.project, coders: runner.coders)
        let size = Size(width: 120, height: 40)
        browser.resize(size)
        browser.open(questionID: "beeld")
        _ = browser.handle(.character("c"))
        #expect(browser.coding?.answers.count == 5000)

        // 1,000 keys a coder presses: moving (most), paging, jumping, marking, filters, quick codes.
        let pattern: [Key] = [.down, .down, .character("j"), .down, .up, .pageDown, .down, .character(" "), .down, .character("1"),
                              .down, .down, .pageDown, .character("u"), .down, .down, .character("u"), .end, .up, .home,
                              .character("v"), .down, .character("v"), .character("v"), .pageUp]
        let keys = (0..<1000).map { pattern[$0 % pattern.count] }
        var timings: [Double] = [], saveTimings: [Double] = []
        var byKey: [String: [Double]] = [:]
        let clock = ContinuousClock()
        var previous = ResultsFixture.render(browser)
        for key in keys {
            let start = clock.now
            let effects = browser.handle(key)
            var grid = Grid(size: size)
            _ = browser.render(into: &grid)
            _ = TUIBenchmark.changedRows(grid, previous)  // what the terminal layer diffs
            timings.append(Self.micros(start.duration(to: clock.now)))
            byKey[key.name, default: []].append(timings.last!)
            previous = grid
            // The change is saved by the runner after the frame for the key (durable, atomic); timed apart.
            for effect in effects {
                let saveStart = clock.now
                _ = runner.perform(effect, on: &browser)
                saveTimings.append(Self.micros(saveStart.duration(to: clock.now)))
            }
        }
        let codings = runner.project.codings.count
        print("""
            BENCH coding pager: 5000 open answers, 12 codes, \(codings) codings, \(timings.count) keys, 120x40
            BENCH key-to-frame (update+render+diff): median \(TUIBenchmark.fmt(TUIBenchmark.percentile(timings, 0.5))) µs, p99 \(TUIBenchmark.fmt(TUIBenchmark.percentile(timings, 0.99))) µs, worst \(TUIBenchmark.fmt(timings.max() ?? 0)) µs
            BENCH coding change saved (\(saveTimings.count) changes, lock + durable atomic write + frame after): median \(TUIBenchmark.fmt(TUIBenchmark.percentile(saveTimings, 0.5) / 1000)) ms, p99 \(TUIBenchmark.fmt(TUIBenchmark.percentile(saveTimings, 0.99) / 1000)) ms
            """)
        let perKey = byKey.keys.sorted().map { "\($0) \(TUIBenchmark.fmt(TUIBenchmark.percentile(byKey[$0]!, 0.5)))" }
        print("BENCH median µs per key: " + perKey.joined(separator: ", "))
        #expect(!saveTimings.isEmpty)
    }

    static func micros(_ d: Duration) -> Double {
        Double(d.components.attoseconds) / 1e12 + Double(d.components.seconds) * 1e6
    }
}
