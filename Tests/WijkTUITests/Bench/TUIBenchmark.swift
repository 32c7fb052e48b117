import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// Key-to-frame latency and autosave time, measured in-process (run by `bench/tui.sh`
/// with WIJK_BENCH=1 in release mode; skipped otherwise, it is not a timed test).
@Suite struct TUIBenchmark {
    static var enabled: Bool { ProcessInfo.processInfo.environment["WIJK_BENCH"] == "1" }

    @Test(.enabled(if: TUIBenchmark.enabled)) func keyToFrameAndAutosave() throws {
        let questionnaire = BundledQuestionnaires.all.max { $0.questions.count < $1.questions.count }!
        let size = Size(width: 120, height: 40)
        var app = App(state: AppState(today: "2026-05-03", size: size, questionnaires: BundledQuestionnaires.all,
                                      interviewer: "Bench"))
        let response = Response(id: "bench", questionnaire: QuestionnaireRef(id: questionnaire.id, version: questionnaire.version),
                                variant: questionnaire.variant, interviewer: "Bench")
        _ = app.handle(.interviewOpened(OpenedInterview(questionnaire: questionnaire, response: response,
                                                        readOnly: false, resumed: false)), now: Date())
        // Keys: answer questions in order (typing, arrows, confirms) until 1,000 keys.
        var keys: [Key] = []
        var mirror = InterviewEngine(questionnaire: questionnaire, response: response, today: "2026-05-03")
        while keys.count < 1000, let question = mirror.currentQuestion {
            let (steps, value) = AnswerScript.answer(question, in: questionnaire, today: "2026-05-03")
            keys += steps.flatMap(\.keys)
            if let value { mirror.setAnswer(value, for: question.id, at: Date(), lang: .nl) }
            if !mirror.next() { break }
        }
        while keys.count < 1000 { keys += [.pageUp, .tab] }  // back and forth over answered questions
        keys = Array(keys.prefix(1000))

        var previous = App.frame(app.state, size: size).grid
        var timings: [Double] = []
        var saves: [Response] = []
        let clock = ContinuousClock()
        for key in keys {
            let start = clock.now
            let effects = app.handle(.key(key), now: Date())
            let frame = App.frame(app.state, size: size)
            let changed = Self.changedRows(frame.grid, previous)  // what the terminal layer diffs
            let elapsed = start.duration(to: clock.now)
            previous = frame.grid
            _ = changed
            timings.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
            for case .save(let r) in effects { saves.append(r) }
        }

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = ResponseStore(directory: directory)
        try store.prepare()
        var saveTimings: [Double] = []
        let last = saves.last ?? response
        for _ in 0..<200 {
            let start = clock.now
            try store.save(last)
            let elapsed = start.duration(to: clock.now)
            saveTimings.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
        }
        let bytes = last.encoded().count
        print("""
            BENCH questionnaire=\(questionnaire.id) questions=\(questionnaire.questions.count) keys=\(timings.count) saves=\(saves.count)
            BENCH key-to-frame (update+render+diff, 120x40): median \(Self.fmt(Self.percentile(timings, 0.5))) µs, p99 \(Self.fmt(Self.percentile(timings, 0.99))) µs, worst \(Self.fmt(timings.max() ?? 0)) µs
            BENCH autosave (durable, \(bytes) bytes): median \(Self.fmt(Self.percentile(saveTimings, 0.5) / 1000)) ms, p99 \(Self.fmt(Self.percentile(saveTimings, 0.99) / 1000)) ms
            """)
        #expect(saves.count > 10)
    }

    static func changedRows(_ a: Grid, _ b: Grid) -> Int {
        var count = 0
        for y in 0..<min(a.height, b.height) {
            for x in 0..<min(a.width, b.width) where a[x, y] != b[x, y] { count += 1; break }
        }
        return count
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * p))]
    }

    static func fmt(_ v: Double) -> String { String(format: "%.2f", v) }
}
