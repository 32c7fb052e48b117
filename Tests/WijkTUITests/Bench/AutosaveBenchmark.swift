import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// Key-to-frame while the pending-text autosave runs (issue 13, item 5): 1,000 keys typed
/// into a long answer at 20 keys/s on a simulated clock; whenever the app's deadline has
/// passed the tick is handled and its save written durably, as the shell's loop does.
/// Run by `bench/tui.sh` (WIJK_BENCH=1, release); skipped otherwise.
@Suite struct AutosaveBenchmark {
    @Test(.enabled(if: TUIBenchmark.enabled)) func keyToFrameWhileTypingALongAnswer() throws {
        let questionnaire = BundledQuestionnaires.all.max { $0.questions.count < $1.questions.count }!
        let size = Size(width: 120, height: 40)
        var mirror = InterviewEngine(questionnaire: questionnaire, response: Response(
            id: "bench", questionnaire: QuestionnaireRef(id: questionnaire.id, version: questionnaire.version),
            variant: questionnaire.variant, interviewer: "Bench"), today: "2026-05-03")
        while let question = mirror.currentQuestion, question.type != .longText {
            if let value = AnswerScript.answer(question, in: questionnaire, today: "2026-05-03").value {
                mirror.setAnswer(value, for: question.id, at: Date(), lang: .nl)
            }
            if !mirror.next() { break }
        }
        let target = try #require(mirror.currentQuestion)
        var draft = mirror.response
        draft.resumeAt = ResumePoint(question: target.id)
        var app = App(state: AppState(today: "2026-05-03", size: size, questionnaires: BundledQuestionnaires.all,
                                      interviewer: "Bench"))
        _ = app.handle(.interviewOpened(OpenedInterview(questionnaire: questionnaire, response: draft,
                                                        readOnly: false, resumed: true)), now: Date())

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = ResponseStore(directory: directory)
        try store.prepare()

        let words = "De ouders komen vaak via school of de moskee binnen en vragen pas hulp als het echt niet meer gaat. "
        let keys: [Key] = Array(String(repeating: words, count: 12)).prefix(1000).map { Key.character($0) }
        let clock = ContinuousClock()
        var previous = App.frame(app.state, size: size).grid
        var keyTimes: [Double] = [], saveTimes: [Double] = [], waited: [Double] = []
        let start = Date()
        for (i, key) in keys.enumerated() {
            let now = start.addingTimeInterval(Double(i) * 0.05)
            var saveCost = 0.0
            if let due = app.state.nextDeadline, now >= due {
                let began = clock.now
                for case .save(let response) in app.handle(.tick, now: now) { try store.save(response) }
                saveCost = Self.micros(began.duration(to: clock.now))
                saveTimes.append(saveCost)
            }
            let began = clock.now
            _ = app.handle(.key(key), now: now)
            let frame = App.frame(app.state, size: size)
            _ = TUIBenchmark.changedRows(frame.grid, previous)
            let cost = Self.micros(began.duration(to: clock.now))
            previous = frame.grid
            keyTimes.append(cost)
            waited.append(cost + saveCost)  // a key typed while that save ran waits for it
        }
        let saved = try store.load(id: "bench")
        #expect(saved.resumeAt?.question == target.id)
        #expect((saved.resumeAt?.pending?.count ?? 0) > 900)
        #expect(saved.answers[target.id] == nil)
        let p = TUIBenchmark.percentile, f = TUIBenchmark.fmt
        print("""
            BENCH while typing a long answer (\(keys.count) keys at 20/s, 120x40, text up to \(keys.count) chars): \(saveTimes.count) autosaves
            BENCH   key-to-frame: median \(f(p(keyTimes, 0.5))) µs, p99 \(f(p(keyTimes, 0.99))) µs, worst \(f(keyTimes.max() ?? 0)) µs
            BENCH   autosave (tick + durable save): median \(f(p(saveTimes, 0.5) / 1000)) ms, p99 \(f(p(saveTimes, 0.99) / 1000)) ms
            BENCH   key-to-frame incl. a save just before it: median \(f(p(waited, 0.5))) µs, p99 \(f(p(waited, 0.99))) µs, worst \(f((waited.max() ?? 0) / 1000)) ms
            """)
    }

    static func micros(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1e6 + Double(d.components.attoseconds) / 1e12
    }
}
