// libFuzzer entry point for the model (not part of the Swift package: built by
// fuzz/run.sh together with Sources/WijkModel as one module, so it sees the
// internals the suite's tests see). WIJK_FUZZ picks the input kind:
// response (default), questionnaire or expression. A crash, a hang (libFuzzer's
// -timeout) or a fast/full verdict mismatch (a trap below) is a finding.
import Foundation

private let mode = ProcessInfo.processInfo.environment["WIJK_FUZZ"] ?? "response"
private let questionnaires = BundledQuestionnaires.all
private let fastJudge = FileJudge(questionnaires: questionnaires, lang: .en, today: "2026-01-01", fastPath: true,
                                  keepOpenAnswers: true)
private let fullJudge = FileJudge(questionnaires: questionnaires, lang: .en, today: "2026-01-01", fastPath: false,
                                  keepOpenAnswers: true)

/// The verdict and, for a valid file, the record's essentials (as the suite's VerdictMutationTests).
private func verdict(_ judge: FileJudge, _ bytes: UnsafeRawBufferPointer) -> String {
    var record = ResponseRecord()
    switch judge.judge("f.json", bytes, record: &record) {
    case .invalid(let report): return "invalid \(report.problems.map(\.description))"
    case .valid(let layout, let warnings):
        return "valid \(layout) \(warnings) \(record.id) \(record.revision) \(record.updatedAt) \(record.status) "
            + "\(record.relevance) \(record.values.map { $0.map { "\($0)" } ?? "-" }) \(record.others.map { $0.map { "\($0)" } ?? "-" })"
    }
}

private struct Answers: ExpressionContext {
    func answer(_ id: String) -> AnswerValue? { ["a": .number(3), "b": .text("x"), "c": .choices(["x"])][id] }
    var current: AnswerValue? { .number(1) }
    var today: String { "2026-01-01" }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func wijkFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: data, count: size)
    switch mode {
    case "questionnaire":
        guard let json = try? JSONParser.parse(bytes: bytes) else { return 0 }
        let (q, problems) = QuestionnaireDecoder.decode(json, lang: .en)
        guard let q, !problems.contains(where: { $0.severity == .hard }) else { return 0 }
        for format in Codebook.Format.allCases { _ = Codebook.render([q], format: format, lang: .nl) }
        let layout = ExportLayout(questionnaires: [q])
        _ = SPSSExport(layout: layout, today: "2026-01-01").syntax(widths: layout.columns.map { _ in 8 }, csvName: "x.csv")
    case "expression":
        guard let e = try? Expression.parse(String(decoding: bytes, as: UTF8.self)) else { return 0 }
        _ = e.evaluate(in: Answers())
    default:
        let fast = verdict(fastJudge, bytes), full = verdict(fullJudge, bytes)
        if fast != full { fatalError("fast and full path disagree\nfast: \(fast)\nfull: \(full)") }
    }
    return 0
}
