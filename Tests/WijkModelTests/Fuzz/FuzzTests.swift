import Foundation
import Testing
@testable import WijkModel

/// A deterministic, seeded fuzz run in every test run (thousands of cases,
/// seconds): mutated response files, questionnaire files and expressions never
/// crash (a trap would end the test process) or hang (the time limit), and
/// the fast path reaches the full path's verdict on every response file.
/// The longer, coverage-guided run is `fuzz/run.sh` (libFuzzer); what it
/// finds is kept in `fuzz/regressions/` and replayed below.
@Suite(.timeLimit(.minutes(1))) struct FuzzTests {
    static let responses = 2_400, questionnaires = 1_200, expressions = 4_000

    @Test func responseFilesSameVerdictOnBothPaths() {
        let originals = VerdictMutationTests.originals()
        let judges = VerdictMutationTests.judges()
        var mutator = FuzzMutator(seed: 0x5EED_0012)
        var valid = 0, mismatches = 0
        for i in 0..<Self.responses {
            let bytes = mutator.mutate(originals[i % originals.count], others: originals)
            let fast = VerdictMutationTests.verdict(judges.fast, bytes)
            let full = VerdictMutationTests.verdict(judges.full, bytes)
            if fast != full {
                mismatches += 1
                if mismatches <= 3 { Issue.record("case \(i)\nfast: \(fast.prefix(300))\nfull: \(full.prefix(300))") }
            }
            if full.hasPrefix("valid") { valid += 1 }
        }
        #expect(mismatches == 0)
        // Both kinds were met. How many mutants stay valid depends on the generated
        // originals (66 of 2,400 since answers correlate and fill more questions).
        #expect(valid > 30 && valid < Self.responses, "valid: \(valid)")
    }

    /// The bundled questionnaires as definition files, the seeds of the questionnaire mutations.
    static func questionnaireSeeds() -> [[UInt8]] {
        BundledQuestionnaires.all.map { Array(JSONWriter.data(QuestionnaireEncoder.encode($0))) }
    }

    /// Loads a questionnaire file as `wijk questionnaire lint` does and, when it
    /// is usable, renders everything a command prints or writes from it.
    static func exercise(questionnaire bytes: [UInt8]) -> Bool {
        guard let json = try? JSONParser.parse(Data(bytes)) else { return false }
        let (questionnaire, problems) = QuestionnaireDecoder.decode(json, lang: .en)
        guard let questionnaire, !problems.contains(where: { $0.severity == .hard }) else { return false }
        for format in Codebook.Format.allCases { _ = Codebook.render([questionnaire], format: format, lang: .nl) }
        let layout = ExportLayout(questionnaires: [questionnaire])
        _ = SPSSExport(layout: layout, today: SampleData.today).syntax(widths: layout.columns.map { _ in 8 }, csvName: "x.csv")
        _ = JSONWriter.write(QuestionnaireEncoder.encode(questionnaire))
        return true
    }

    @Test func questionnaireFilesNeverCrash() {
        let seeds = Self.questionnaireSeeds()
        var mutator = FuzzMutator(seed: 0x5EED_0013)
        var usable = 0
        for i in 0..<Self.questionnaires {
            if Self.exercise(questionnaire: mutator.mutate(seeds[i % seeds.count], others: seeds)) { usable += 1 }
        }
        #expect(usable > 50, "usable: \(usable)")   // mutations that still load were exercised too
    }

    struct Answers: ExpressionContext {
        let answers: [String: AnswerValue] = ["a": .number(3), "b": .text("x"), "c": .choices(["x", "y"])]
        func answer(_ id: String) -> AnswerValue? { answers[id] }
        var current: AnswerValue? { .number(-1e308) }
        var today: String { "2026-01-01" }
    }

    @Test func expressionsNeverCrash() {
        var mutator = FuzzMutator(seed: 0x5EED_0014)
        let seeds = ["${a} > 2 and selected(${c}, 'x')", "if(${a} mod 2 = 0, 'even', 'odd')", "not(. < 0) or ${b} = 'x'",
                     "count-selected(${c}) * -${a} div 0", "coalesce(${d}, number('1e308') * 10)"].map { Array($0.utf8) }
        var parsed = 0
        for i in 0..<Self.expressions {
            let bytes = mutator.mutate(seeds[i % seeds.count], others: seeds, tokens: FuzzMutator.expressionTokens)
            guard let expression = try? Expression.parse(String(decoding: bytes, as: UTF8.self)) else { continue }
            parsed += 1
            _ = expression.evaluate(in: Answers())
            _ = expression.isTrue(in: Answers())
        }
        #expect(parsed > 200, "parsed: \(parsed)")
    }

    /// Inputs found by earlier runs (ours and `fuzz/run.sh`), replayed on every run.
    @Test func regressionInputsStayFixed() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("fuzz/regressions")
        let judges = VerdictMutationTests.judges()
        var replayed = 0
        for kind in ["response", "questionnaire", "expression"] {
            let dir = root.appendingPathComponent(kind)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where !name.hasPrefix(".") {
                let bytes = Array(try Data(contentsOf: dir.appendingPathComponent(name)))
                switch kind {
                case "response":
                    #expect(VerdictMutationTests.verdict(judges.fast, bytes) == VerdictMutationTests.verdict(judges.full, bytes),
                            "\(name)")
                case "questionnaire":
                    _ = Self.exercise(questionnaire: bytes)
                default:
                    if let e = try? Expression.parse(String(decoding: bytes, as: UTF8.self)) { _ = e.evaluate(in: Answers()) }
                }
                replayed += 1
            }
        }
        #expect(replayed >= 6)
    }
}
