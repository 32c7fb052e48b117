import Foundation
import Testing
@testable import WijkModel

/// docs/summary-format.md: a value that cannot be computed is `null`, not a
/// missing key — readers can rely on the documented shape with no answers too.
@Suite struct SummaryJSONNullTests {
    func emptySummary() throws -> JSONValue {
        let root = try AggregationFixtures.temporaryRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let options = AggregationOptions(workers: 1, lang: .en, today: AggregationFixtures.today)
        let summary = Aggregator(questionnaires: BundledQuestionnaires.all, options: options).summarize(paths: [root.path])
        var text = ""
        SummaryJSON.write(summary, lang: .en) { text += $0 }
        #expect(try JSONParser.parse(text) == SummaryJSON.encode(summary, lang: .en))
        return SummaryJSON.encode(summary, lang: .en)
    }

    func variant(_ json: JSONValue, _ question: String, _ variant: String) -> JSONObject? {
        guard case .object(let top) = json, case .array(let groups)? = top["groups"], case .object(let g)? = groups.first,
              case .object(let qs)? = g["questions"], case .object(let q)? = qs[question],
              case .object(let vs)? = q["variants"], case .object(let v)? = vs[variant] else { return nil }
        return v
    }

    @Test func noAnswersGiveNullsNotMissingKeys() throws {
        let json = try emptySummary()
        let multiple = try #require(variant(json, "buiten_beeld", "wijkteam"))
        #expect(multiple["meanSelected"] == .null)
        let scale = try #require(variant(json, "kent_leefwereld", "wijkteam"))
        #expect(scale["statistics"] == .null)
        let integer = try #require(variant(json, "teamgrootte", "wijkteam"))
        #expect(integer["statistics"] == .null)
        // Text questions have no statistics or mean at all (not null: they do not apply).
        let text = try #require(variant(json, "beeld", "wijkteam"))
        #expect(text["statistics"] == nil && text["meanSelected"] == nil)
    }

    @Test func comparisonOfMeansIsNullWithoutAnswers() throws {
        guard case .object(let top) = try emptySummary(), case .array(let groups)? = top["groups"],
              case .object(let g)? = groups.first, case .array(let core)? = g["core"] else { Issue.record("no core"); return }
        let kent = core.first { if case .object(let o) = $0 { return o["question"] == .string("kent_leefwereld") }; return false }
        guard case .object(let c)? = kent else { Issue.record("no kent_leefwereld"); return }
        #expect(c["means"] == .array([.null, .null]))
        #expect(c["meanDifference"] == .null)
    }
}
