import Foundation
import Testing
@testable import WijkModel

/// The coding work of `wijk summary --coder` and `wijk agreement` on a real
/// data folder, step by step, in process (no process start, no output).
/// Run by `bench/agreement.sh` (WIJK_BENCH_DATA=<folder with coding/anna and bert>);
/// skipped otherwise. Prints a markdown table; asserts nothing about time.
@Suite struct CodeTablesBenchmark {
    static let data = ProcessInfo.processInfo.environment["WIJK_BENCH_DATA"]

    @Test(.enabled(if: data != nil)) func tablesAndAgreement() throws {
        let data = URL(fileURLWithPath: Self.data!)
        func seconds(_ body: () throws -> Void) rethrows -> Double {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
        func median(_ runs: Int = 5, _ body: () throws -> Void) rethrows -> Double {
            var all: [Double] = []
            for _ in 0..<runs { all.append(try seconds(body)) }
            return all.sorted()[runs / 2]
        }
        var summary: Summary?
        let read = seconds {
            summary = Aggregator(questionnaires: BundledQuestionnaires.all, options: AggregationOptions(today: "2026-12-06"))
                .summarize(paths: [data.path])
        }
        var answers = CodableAnswers([])
        let collect = median { answers = CodableAnswers(summary: summary!) }
        let folder = CodingFolder(data: data)
        var book = CodeBook(), anna = CoderCodings(coder: "anna"), bert = CoderCodings(coder: "bert")
        let load = try median {
            book = try folder.loadCodebook(); anna = try folder.loadCodings("anna"); bert = try folder.loadCodings("bert")
        }
        var tables: CodeTables?
        let tabulate = median { tables = CodeTables(answers: answers, codings: anna, codebook: book, variants: ["wijkteam", "migrantenorganisatie"]) }
        let encode = median { _ = JSONWriter.data(CodeTablesJSON.encode(tables!)) }
        var agreement: Agreement?
        let agree = median { agreement = Agreement(answers: answers, first: anna, second: bert, codebook: book) }
        print("""
        \(summary!.counted) interviews, \(answers.answers.count) open answers, \(anna.count + bert.count) codings (two coders)

        | step | seconds |
        |---|---|
        | read and summarise the interviews (the summary's own pass) | \(String(format: "%.3f", read)) |
        | collect the open answers and fingerprint them (`CodableAnswers`) | \(String(format: "%.3f", collect)) |
        | load the codebook and both codings files | \(String(format: "%.3f", load)) |
        | code tables: frequencies, code × variant, co-occurrence (`CodeTables`) | \(String(format: "%.3f", tabulate)) |
        | code tables as JSON | \(String(format: "%.3f", encode)) |
        | agreement: \(agreement!.answers) answers, \(agreement!.codes.count) codes, \(agreement!.disagreements.count) disagreements | \(String(format: "%.3f", agree)) |
        """)
    }
}
