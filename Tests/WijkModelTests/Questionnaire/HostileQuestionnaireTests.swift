import Foundation
import Testing
@testable import WijkModel

/// Questionnaire files that once trapped or overflowed the stack now give problems with a JSON path.
@Suite struct HostileQuestionnaireTests {
    /// A minimal questionnaire with one choice value and one relevance expression.
    static func json(value: String, relevant: String = "1 = 1") -> String {
        let escaped = relevant.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return """
        {"settings": {"id": "t", "version": "1", "variant": "t", "title": "T", "languages": ["nl"]},
         "choiceLists": {"l": [{"value": \(value), "label": "a"}, {"value": "b", "label": "b"}]},
         "sections": [{"id": "s", "title": "S", "questions": [
           {"id": "q1", "type": "single", "label": "Q", "choices": "l"},
           {"id": "q2", "type": "text", "label": "Q2", "relevant": "\(escaped)"}]}]}
        """
    }

    static func decode(_ text: String) throws -> (Questionnaire?, [Problem]) {
        let (q, problems) = QuestionnaireDecoder.decode(try JSONParser.parse(text), lang: .en)
        return (q, problems)
    }

    @Test(arguments: ["1e19", "9.3e18", "1e300", "-1e19", "1e15", "-9223372036854775808"])
    func hugeChoiceValuesAreReportedWithTheirPath(_ value: String) throws {
        let (q, problems) = try Self.decode(Self.json(value: value))
        #expect(q == nil || problems.contains { $0.severity == .hard })
        #expect(problems.contains { $0.path == "$.choiceLists.l[0].value" && $0.message.contains("out of range") },
                "\(problems)")
    }

    @Test func ordinaryNumberCodesStillWork() throws {
        let (q, problems) = try Self.decode(Self.json(value: "3"))
        #expect(problems.filter { $0.severity == .hard }.isEmpty, "\(problems)")
        #expect(q?.choiceLists["l"]?.choices[0].value == "3")
    }

    @Test(arguments: [
        (String(repeating: "not(", count: 5_000) + "1" + String(repeating: ")", count: 5_000), "too long"),
        (String(repeating: "-", count: 100_000) + "1", "too long"),
        (String(repeating: "1+", count: 100_000) + "1", "too long"),
        (String(repeating: "(", count: 60) + "1" + String(repeating: ")", count: 60), "nested too deeply"),
        (String(repeating: "not(", count: 60) + "1" + String(repeating: ")", count: 60), "nested too deeply"),
        (String(repeating: "-", count: 60) + "1", "nested too deeply"),
        (String(repeating: "1+", count: 300) + "1", "nested too deeply"),
    ])
    func deepExpressionsAreRefusedWithAClearMessage(_ source: String, _ message: String) throws {
        #expect(throws: ExpressionError.self) { try Expression.parse(source) }
        let (_, problems) = try Self.decode(Self.json(value: "\"a\"", relevant: source))
        let problem = problems.first { $0.path.hasSuffix("questions[1].relevant") }
        #expect(problem?.message.contains(message) == true, "\(problems.map(\.message))")
    }

    @Test func reasonableExpressionsStillParseAndEvaluate() throws {
        let chain = try Expression.parse(String(repeating: "1+", count: 150) + "1")
        #expect(chain.evaluate(in: EmptyContext()) == .number(151))
        let nested = try Expression.parse(String(repeating: "(", count: 40) + "2" + String(repeating: ")", count: 40))
        #expect(nested.evaluate(in: EmptyContext()) == .number(2))
    }

    struct EmptyContext: ExpressionContext {
        func answer(_ id: String) -> AnswerValue? { nil }
        var current: AnswerValue? { nil }
        var today: String { "2026-01-01" }
    }
}
