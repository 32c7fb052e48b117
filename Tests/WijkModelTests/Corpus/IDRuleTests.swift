import Foundation
import Testing
@testable import WijkModel

/// The documented id rule holds the same in validate, summary and export
/// (and in the fast scanner, which must doubt rather than accept).
@Suite struct IDRuleTests {
    @Test(arguments: ["../x", "/etc/passwd", "a b", "r\u{0}1", "é", String(repeating: "a", count: 201), "a.b"])
    func badIDsAreInvalidEverywhere(id: String) throws {
        try withTempDir { dir in
            var response = SampleData.response(index: 0, seed: 3)
            response.id = id
            try response.encoded().write(to: dir.appendingPathComponent("bad.json"))
            let validator = ResponseValidator(questionnaires: BundledQuestionnaires.all, lang: .en, today: SampleData.today)
            let reports = FileValidation(validator: validator).run(paths: [dir.path])
            #expect(reports.count == 1)
            #expect(reports.first?.problems.contains { $0.path == "$.id" && $0.message.hasPrefix("invalid id") } == true)
            // The id itself is not repeated in the message.
            #expect(reports.first?.problems.allSatisfy { !$0.message.contains(id) } == true)
            let summary = Aggregator(questionnaires: BundledQuestionnaires.all,
                                     options: AggregationOptions(lang: .en, today: SampleData.today)).summarize(paths: [dir.path])
            #expect(summary.invalid.count == 1 && summary.interviews == 0)
            let plan = ExportSource(questionnaires: BundledQuestionnaires.all, lang: .en, today: SampleData.today)
                .plan(paths: [dir.path])
            #expect(plan.files.isEmpty && plan.warnings.count == 1)
        }
    }

    @Test func theRuleItself() {
        for good in ["a", "A-1_b", String(repeating: "z", count: 200), "3F2504E0-4F89-11D3-9A0C-0305E82C3301"] {
            #expect(ResponseID.isValid(good))
        }
        for bad in ["", "a.json", "x/y", "-\n", "ü", String(repeating: "z", count: 201)] {
            #expect(!ResponseID.isValid(bad))
        }
    }
}
