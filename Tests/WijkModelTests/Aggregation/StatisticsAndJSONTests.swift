import Foundation
import Testing
@testable import WijkModel

@Suite("Aggregation statistics and JSON")
struct StatisticsAndJSONTests {
    @Test func statisticsOnKnownData() throws {
        // R: quantile(c(1,2,3,4,5,6,7,8,9,10), type = 7) → 3.25, 5.5, 7.75; sd 3.02765
        let s = try #require(Statistics(values: (1...10).map(Double.init)))
        #expect(s.n == 10)
        #expect(s.mean == 5.5)
        #expect(s.median == 5.5)
        #expect(s.q1 == 3.25)
        #expect(s.q3 == 7.75)
        #expect(abs(s.sd! - 3.0276503540974917) < 1e-12)
        let single = try #require(Statistics(values: [7]))
        #expect(single.sd == nil)
        #expect(single.median == 7 && single.q1 == 7 && single.q3 == 7)
        #expect(Statistics(values: []) == nil)
        let repeated = try #require(Statistics(histogram: [2: 3, 9: 1]))   // 2 2 2 9
        #expect(repeated.median == 2)
        #expect(repeated.q3 == 3.75)
    }

    @Test func percentagesStateTheirBase() {
        let c = ChoiceCount(code: "a", label: nil, count: 1, base: 3)
        #expect(c.base == 3)
        #expect(abs(c.percent! - 33.333333333333336) < 1e-9)
        #expect(ChoiceCount(code: "a", label: nil, count: 0, base: 0).percent == nil)
    }

    @Test func jsonShape() throws {
        let s = try AggregationFixtures.summarize(crossTabs: [CrossTabRequest(row: "contact", column: "kent_leefwereld")])
        guard case .object(let top) = SummaryJSON.encode(s, lang: .en) else { Issue.record("not an object"); return }
        #expect(top["format"] == .string("wijk-summary"))
        #expect(top["files"] == .number(14))
        #expect(top["counted"] == .number(8))
        guard case .array(let invalid)? = top["invalid"], case .array(let conflicts)? = top["conflicts"],
              case .array(let duplicates)? = top["duplicates"], case .array(let groups)? = top["groups"],
              case .object(let group)? = groups.first,
              case .object(let questions)? = group["questions"],
              case .object(let q)? = questions["kent_leefwereld"],
              case .object(let variants)? = q["variants"],
              case .object(let wt)? = variants["wijkteam"],
              case .object(let counts)? = wt["counts"],
              case .object(let special)? = wt["special"],
              case .object(let stats)? = wt["statistics"]
        else { Issue.record("unexpected shape"); return }
        #expect(invalid.count == 2)
        #expect(conflicts.count == 1)
        #expect(duplicates.count == 2)
        #expect(q["core"] == .bool(true))
        #expect(wt["n"] == .number(3))
        #expect(wt["percentBase"] == .number(3))
        #expect(counts["4"] == .number(1))
        #expect(counts["1"] == .number(0))
        #expect(special["dontKnow"] == .number(1))
        #expect(special["unanswered"] == .number(1))
        #expect(stats["median"] == .number(4))
        guard case .array(let core)? = group["core"], case .array(let tabs)? = group["crossTabs"] else {
            Issue.record("no core/crossTabs"); return
        }
        #expect(!core.isEmpty)
        #expect(tabs.count == 2)
        // Streaming writes exactly the same text.
        var streamed = ""
        SummaryJSON.write(s, lang: .en) { streamed += $0 }
        #expect(streamed == JSONWriter.write(SummaryJSON.encode(s, lang: .en)))
        var grouped = ""
        let g = try AggregationFixtures.summarize(groupByGemeente: true)
        SummaryJSON.write(g) { grouped += $0 }
        #expect(grouped == JSONWriter.write(SummaryJSON.encode(g)))
        // The output parses back: other tools can read it.
        let text = JSONWriter.write(SummaryJSON.encode(s))
        #expect((try? JSONParser.parse(text)) != nil)
    }

    @Test func missingFolderIsReportedNotFatal() {
        let options = AggregationOptions(lang: .en, today: "2026-11-30")
        let s = Aggregator(questionnaires: BundledQuestionnaires.all, options: options)
            .summarize(paths: ["/nonexistent-wijk-folder"])
        #expect(s.files == 1)
        #expect(s.invalid.count == 1)
        #expect(s.counted == 0)
        #expect(s.all?.variants.count == 2)
    }
}
