import Foundation
import Testing
@testable import WijkModel

/// Duplicate keys anywhere in a response file: the file is invalid, with the
/// second key's line and column, on the full path and on the fast path alike.
@Suite struct DuplicateKeyTests {
    @Test func theParserRefusesDuplicatesWithLineAndColumn() {
        #expect(throws: JSONParseError(kind: .duplicateKey("a"), line: 2, column: 2, offset: 10)) {
            try JSONParser.parse("{\"a\": 1,\n \"a\": 2}")
        }
        #expect(throws: JSONParseError.self) { try JSONParser.parse("[{\"x\": {\"k\": 1, \"k\": 1}}]") }
        var dups: [String] = []
        let lenient = try? JSONParser.parse(Data("{\"a\": 1, \"a\": 2}".utf8), duplicateKeys: &dups)
        #expect(lenient == .object(JSONObject([("a", .number(2))])) && dups == ["a"])
        #expect((try? JSONParser.parse("{\"a\": 1, \"b\": {\"a\": 2}}")) != nil)
    }

    /// One valid file and its variants, each with a key twice somewhere.
    static func variants() -> [(String, String)] {
        let r = SampleData.generate(count: 30, seed: 4).first { $0.status == .complete && !$0.remarks.isEmpty }
            ?? SampleData.generate(count: 30, seed: 4)[0]
        let text = String(decoding: r.encoded(), as: UTF8.self)
        func swap(_ a: String, _ b: String) -> String { text.replacingOccurrences(of: a, with: b) }
        let remarkKey = r.remarks.keys.sorted().first ?? "gemeente"
        return [
            ("top-known", swap("\"status\": ", "\"status\": \"draft\", \"status\": ")),
            ("top-unknown", swap("\"variant\": ", "\"x\": 1, \"x\": 2, \"variant\": ")),
            ("questionnaire-ref", swap("\"version\": ", "\"extra\": 1, \"extra\": 1, \"version\": ")),
            ("skipped-object", swap("\"variant\": ", "\"x\": {\"k\": 1, \"k\": 2}, \"variant\": ")),
            ("answer", swap("\"answers\": {", "\"answers\": {\"\(r.answers.keys.sorted()[0])\": \"x\",")),
            ("audit-entry", swap("\"event\": ", "\"note\": 1, \"note\": 2, \"event\": ")),
            ("remark", swap("\"remarks\": {", "\"remarks\": {\"\(remarkKey)\": \"a\",")),
            ("escaped-duplicate", swap("\"variant\": ", "\"v\\u0061riant\": \"x\", \"variant\": ")),
        ]
    }

    @Test func fastAndFullPathBothCallTheFileInvalid() throws {
        try withTempDir { dir in
            for (name, text) in Self.variants() { try Data(text.utf8).write(to: dir.appendingPathComponent(name + ".json")) }
            var options = AggregationOptions(filter: ResponseFilter(includeDrafts: true), workers: 1, lang: .en,
                                             today: SampleData.today)
            let fast = Aggregator(questionnaires: BundledQuestionnaires.all, options: options).summarize(paths: [dir.path])
            options.fastPath = false
            let full = Aggregator(questionnaires: BundledQuestionnaires.all, options: options).summarize(paths: [dir.path])
            let names = Set(Self.variants().map { $0.0 + ".json" })
            #expect(Set(fast.invalid.map { URL(fileURLWithPath: $0.file).lastPathComponent }) == names)
            #expect(Set(full.invalid.map { URL(fileURLWithPath: $0.file).lastPathComponent }) == names)
            #expect(fast.invalid.allSatisfy { $0.problems.first?.message.contains("occurs twice") == true },
                    "\(fast.invalid.map(\.problems))")
            let validated = FileValidation(validator: ResponseValidator(questionnaires: BundledQuestionnaires.all, lang: .en,
                                                                        today: SampleData.today)).run(paths: [dir.path])
            #expect(validated.allSatisfy { !$0.isValid && $0.problems.first?.message.contains("line ") == true })
        }
    }
}
