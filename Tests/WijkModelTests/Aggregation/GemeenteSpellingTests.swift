import Foundation
import Testing
@testable import WijkModel

/// Gemeente (and the other counted names) spelled in several ways count as
/// one value, as the filter already compares them: case-folded and trimmed,
/// shown in the most frequent spelling — in the counts, the groups and the
/// drill-down alike.
@Suite struct GemeenteSpellingTests {
    static let spellings = ["Utrecht", "utrecht", " Utrecht", "UTRECHT ", "Utrecht", "Zwolle"]

    func summary(_ filter: ResponseFilter = ResponseFilter(), groupByGemeente: Bool = false) throws -> (Summary, URL) {
        let root = try AggregationFixtures.temporaryRoot()
        for (i, g) in Self.spellings.enumerated() {
            let r = AggregationFixtures.wijkteam("G\(i)", g, [:])
            try r.encoded().write(to: root.appendingPathComponent("g\(i).json"))
        }
        let options = AggregationOptions(filter: filter, groupByGemeente: groupByGemeente, workers: 2,
                                         lang: .en, today: AggregationFixtures.today)
        return (Aggregator(questionnaires: BundledQuestionnaires.all, options: options).summarize(paths: [root.path]), root)
    }

    @Test func countsFoldCaseAndShowTheMostFrequentSpelling() throws {
        let (s, root) = try summary()
        defer { try? FileManager.default.removeItem(at: root) }
        let gemeente = try #require(s.all?.variant("wijkteam")?.question(MetadataID.gemeente))
        #expect(gemeente.choices.map(\.code) == ["Utrecht", "Zwolle"])
        #expect(gemeente.choice("Utrecht")?.count == 5)
        #expect(gemeente.choice("Utrecht")?.percent.map { ($0 * 10).rounded() / 10 } == 83.3)
    }

    @Test func filterCountsTheSame() throws {
        let (s, root) = try summary(ResponseFilter(gemeente: "utrecht"))
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(s.counted == 5)
        #expect(s.all?.variant("wijkteam")?.question(MetadataID.gemeente)?.choices.map(\.code) == ["Utrecht"])
    }

    @Test func groupsUseTheSameSpelling() throws {
        let (s, root) = try summary(groupByGemeente: true)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(s.groups.map(\.name) == ["Utrecht", "Zwolle"])
        #expect(s.groups.map(\.respondents) == [5, 1])
    }

    @Test func drillDownFindsEverySpelling() throws {
        let (_, root) = try summary()
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = Corpus(paths: [root.path], questionnaires: BundledQuestionnaires.all, lang: .en,
                            today: AggregationFixtures.today, filter: ResponseFilter())
        #expect(corpus.responses(answering: MetadataID.gemeente, in: "Utrecht").count == 5)
    }
}
