import Testing
import WijkModel
@testable import WijkTUI

/// The header line of `wijk summary` text and markdown: the counts per
/// variant are of everything counted, also when grouped by gemeente.
@Suite struct SummaryReportHeaderTests {
    func grouped() throws -> Summary {
        let dir = try ResultsFixture.writeDirectory()
        let options = AggregationOptions(filter: ResultsFixture.query.filter, groupByGemeente: true, workers: 1, today: "2025-06-01")
        return Aggregator(questionnaires: BundledQuestionnaires.all, options: options).summarize(paths: [dir])
    }

    @Test(arguments: [SummaryReport.Style.text, .markdown])
    func groupedHeaderShowsTotals(style: SummaryReport.Style) throws {
        let summary = try grouped()
        #expect(summary.groups.count == 2)   // Amersfoort (WT 2, MO 1) and Utrecht (WT 2, MO 2)
        let nl = SummaryReport(summary: summary, lang: .nl, style: style).render()
        #expect(nl.contains("geteld: 7 (wijkteam 4, migrantenorganisatie 3)"))
        let en = SummaryReport(summary: summary, lang: .en, style: style).render()
        #expect(en.contains("counted: 7 (wijkteam 4, migrantenorganisatie 3)"))
    }
}
