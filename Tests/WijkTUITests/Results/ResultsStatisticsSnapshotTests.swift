import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// Render snapshots of the comparison across gemeenten and the fieldwork
/// progress, at 80×24 and 120×40, Dutch and English, driven by keys.
@Suite struct ResultsStatisticsSnapshotTests {
    static func screen(_ keys: [Key], open id: String? = nil, width: Int, height: Int, lang: Lang) throws -> ResultsBrowser {
        let dir = try ResultsFixture.writeDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var b = ResultsBrowser(summary: try ResultsFixture.summary(directory: dir), questionnaires: BundledQuestionnaires.all,
                               lang: lang, query: ResultsFixture.query)
        b.resize(Size(width: width, height: height))
        if let id { b.open(questionID: id) }
        try ResultsScreens.press(keys, &b, directory: dir)
        return b
    }

    @Test func comparisonAsksForAGroupedCountAndShowsIt() throws {
        var b = try Self.screen([], open: "contact", width: 80, height: 24, lang: .nl)
        let effects = b.handle(.character("g"))
        #expect(effects == [.compare(ResultsQuery(filter: ResultsFixture.query.filter, grouping: .gemeente))])
        #expect(b.screen == .comparison && b.isBusy)
        #expect(ResultsFixture.render(b).lines.contains { $0.contains("Bezig met tellen per gemeente") })
        // b: by wijk next, counted again.
        b = try Self.screen([.character("g"), .character("b")], open: "contact", width: 80, height: 24, lang: .nl)
        #expect(b.comparison?.grouping == .wijk)
        #expect(b.comparison?.tables?.first?.columns.map(\.name) == [""])   // no wijk recorded in the fixture
        // Texts are not compared.
        var text = try Self.screen([], open: "beeld", width: 80, height: 24, lang: .nl)
        #expect(text.handle(.character("g")).isEmpty)
    }

    /// A filter applied on the comparison counts it again; the old numbers go meanwhile.
    @Test func newFilterRecountsTheComparison() throws {
        var b = try Self.screen([.character("g")], open: "contact", width: 80, height: 24, lang: .nl)
        #expect(b.comparison?.tables != nil)
        _ = b.handle(.character("f"))
        _ = b.handle(.right)   // variant: wijkteam
        let effects = b.handle(.enter)
        let filter = ResponseFilter(variant: "wijkteam", includeDrafts: true)
        #expect(effects == [.reaggregate(ResultsQuery(filter: filter)), .compare(ResultsQuery(filter: filter, grouping: .gemeente))])
        #expect(b.screen == .comparison && b.comparison?.tables == nil)
    }

    @Test func comparison80x24() throws {
        let b = try Self.screen([.character("g")], open: "contact", width: 80, height: 24, lang: .nl)
        assertSnapshot(ResultsFixture.render(b), """
             Wijk — Resultaten                                   7 interviews (WT 4 · MO 3)
             Filter: voltooid en concepten
             Vergelijking tussen groepen
            ────────────────────────────────────────────────────────────────────────────────
             Per gemeente: Is er contact tussen het wijkteam en migrantenorganisaties in d…
             [Wijkteams]  Migrantenorg.

                                  Amersfoort     Utrecht
             n                           n=2         n=2
             Ja                    1     50%   2    100%
             Nee                   1     50%   0      0%
             % van de n van elke groep
             n = 4 · Fisher exact, p = 1,000: geen significant verschil










             Tab Andere variant  b Gemeente/wijk/interviewer  Esc Terug  F1 Help  q Stoppen
            """)
    }

    @Test func comparison120x40English() throws {
        let b = try Self.screen([.character("g"), .tab], open: "kent_leefwereld", width: 120, height: 40, lang: .en)
        let lines = ResultsFixture.render(b).lines
        #expect(lines[4].contains("By municipality: The team knows"))
        #expect(lines[5].contains("[Migrant orgs]"))
        #expect(lines.contains { $0.contains("% of each group's n") })
        #expect(lines.contains { $0.hasPrefix(" n = 2 ·") || $0.contains("No test") })
    }

    @Test(arguments: [Lang.nl, .en])
    func progress80x24(lang: Lang) throws {
        let b = try Self.screen([.character("v")], width: 80, height: 24, lang: lang)
        let lines = ResultsFixture.render(b).lines
        let p = b.summary.progress
        #expect(p.draftsOutstanding == 7 && p.complete == 0)   // the fixture's interviews are drafts
        #expect(lines[4].contains(lang == .nl ? "Voltooid 0 · concepten open 7 · conflicten open 0"
                                                : "Completed 0 · drafts outstanding 7 · conflicts open 0"))
        #expect(lines.contains { $0.hasPrefix(" 2025-W09") && $0.hasSuffix("0        7       7") })
        #expect(lines.contains { $0.hasPrefix(" anna") && $0.hasSuffix("0        7       7") })
        #expect(lines[23].contains(lang == .nl ? "Esc Terug" : "Esc Back"))
    }

    /// The note under the totals wraps at 80 columns instead of ending in "…" (it is 82 columns long).
    @Test(arguments: [Lang.nl, .en])
    func progressNoteWrapsAt80(lang: Lang) throws {
        let b = try Self.screen([.character("v")], width: 80, height: 24, lang: lang)
        let lines = ResultsFixture.render(b).lines
        #expect(!lines.contains { $0.trimmingCharacters(in: .whitespaces).hasSuffix("…") }, "\(lines)")
        let text = lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(text.contains(lang == .nl ? "concepten staan naast voltooide interviews."
                                          : "drafts are shown beside completed interviews."))
    }

    @Test func progress120x40() throws {
        let b = try Self.screen([.character("v")], width: 120, height: 40, lang: .nl)
        assertSnapshot(ResultsFixture.render(b), """
             Wijk — Resultaten                                                                           7 interviews (WT 4 · MO 3)
             Filter: voltooid en concepten
             Voortgang van het veldwerk
            ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
             Voltooid 0 · concepten open 7 · conflicten open 0
             Elk filter telt mee behalve de status: concepten staan naast voltooide interviews.

             Per week (ISO, datum van het gesprek)
                                                                Voltooid  Concept  Totaal
             2025-W09  ████████████████████████████████████████        0        7       7

             Per interviewer
                                                                Voltooid  Concept  Totaal
             anna      ████████████████████████████████████████        0        7       7

























             Esc Terug  F1 Help  f Filters  q Stoppen
            """)
    }
}
