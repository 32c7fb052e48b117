import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// Screens that must not mislead (issue 15): every number with the base it is
/// of, nothing drawn over other text, and a label never beside counts it is
/// not the label of.
@Suite struct ResultsHonestyTests {
    static func browser(width: Int, height: Int, lang: Lang = .nl, filter: ResponseFilter = ResultsFixture.query.filter) throws -> ResultsBrowser {
        let query = ResultsQuery(filter: filter)
        var b = ResultsBrowser(summary: try ResultsFixture.summary(query), questionnaires: BundledQuestionnaires.all,
                               lang: lang, query: query)
        b.resize(Size(width: width, height: height))
        return b
    }

    /// Counted text questions (organisatie, gemeente): the heading's n is the
    /// number who answered, as the rows below it add up to.
    @Test(arguments: [MetadataID.organisation, MetadataID.gemeente])
    func countedTextHeadingShowsN(id: String) throws {
        var b = try Self.browser(width: 80, height: 24)
        b.open(questionID: id)
        let text = ResultsFixture.render(b).lines.joined(separator: "\n")
        #expect(text.contains("Wijkteams (n=4)"))
        #expect(text.contains("Migrantenorg. (n=3)"))
    }

    /// "Niet als antwoord: van N" is the base of the rows under it; N.v.t. is
    /// of all interviews and has its own base line.
    @Test(arguments: [Lang.nl, .en])
    func notApplicableHasItsOwnBase(lang: Lang) throws {
        var b = try Self.browser(width: 120, height: 40, lang: lang)
        b.open(questionID: "aandeel_clienten_migratie")   // only if registratie …: skipped for all 4 wijkteams
        let lines = ResultsFixture.render(b).lines
        let nvt = try #require(lines.firstIndex { $0.hasPrefix(lang == .nl ? " N.v.t." : " N/A") })
        let baseLine = try #require(lines[..<nvt].lastIndex { $0.contains(lang == .nl ? "van " : "of ") })
        #expect(lines[baseLine].contains(lang == .nl ? "van 4" : "of 4"))
        #expect(lines[nvt].contains("4 100%"))
        let notAnAnswer = try #require(lines.firstIndex { $0.contains(lang == .nl ? "Niet als antwoord" : "Not an answer") })
        #expect(lines[notAnAnswer].contains(lang == .nl ? "van 0" : "of 0"))
        #expect(baseLine > notAnAnswer)
    }

    /// The list's position counter has a row of its own at every scroll position.
    @Test(arguments: [(80, 24), (120, 40)])
    func scrollCounterNeverCoversText(size: (Int, Int)) throws {
        var b = try Self.browser(width: size.0, height: size.1)
        for _ in 0..<70 {
            let lines = ResultsFixture.render(b).lines
            let row = lines[lines.count - 2]
            let trimmed = row.trimmingCharacters(in: .whitespaces)
            #expect(trimmed.range(of: #"^\d+/\d+$"#, options: .regularExpression) != nil, "row: \(row)")
            _ = b.handle(.down)
        }
    }

    /// Every one-line preview keeps each variant's n and percentage whole; the
    /// answer's label is what gets shortened.
    @Test(arguments: [(80, 24), (120, 40)], [ResponseFilter(includeDrafts: true), ResponseFilter(gemeente: "Utrecht", includeDrafts: true)])
    func previewsKeepEveryPercentage(size: (Int, Int), filter: ResponseFilter) throws {
        let b = try Self.browser(width: size.0, height: size.1, filter: filter)
        let lines = ResultsFixture.render(b).lines
        for label in ["Naam van het wijkteam", "Gemeente", "Datum van het gesprek", "Heeft de respondent"] {
            let row = try #require(lines.first { $0.contains(label) })
            let trimmed = row.trimmingCharacters(in: .whitespaces)
            #expect(trimmed.range(of: #"WT \d+: .* \d+% · MO \d+: .* \d+%$"#, options: .regularExpression) != nil, "row: \(row)")
        }
    }

    /// After a new filter is applied the header keeps the filter the counts are
    /// of, with a "counting" state, until the new counts are there.
    @Test(arguments: [Lang.nl, .en])
    func filterLabelChangesWithTheCounts(lang: Lang) throws {
        let dir = try ResultsFixture.writeDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var b = try Self.browser(width: 80, height: 24, lang: lang)
        _ = b.handle(.character("f"))
        _ = b.handle(.right)   // variant: wijkteam
        let effects = b.handle(.enter)
        guard case .reaggregate(let query)? = effects.first else { Issue.record("no reaggregate"); return }
        let waiting = ResultsFixture.render(b).lines
        #expect(waiting[0].contains("(WT 4 · MO 3)"))
        #expect(!waiting[1].contains("Wijkteams") && !waiting[1].contains("Area teams"))
        #expect(waiting[1].contains(lang == .nl ? "bezig" : "counting"))
        b.update(summary: try ResultsFixture.summary(query, directory: dir))
        let done = ResultsFixture.render(b).lines
        #expect(done[0].contains("(WT 4)"))
        #expect(done[1].contains(lang == .nl ? "variant Wijkteams" : "variant Area teams"))
        #expect(!done[1].contains(lang == .nl ? "bezig" : "counting"))
    }
}

/// Cross-tabs (issue 15 #6): column headings never read alike, every column
/// can be scrolled to, percentages and totals, and the test under the table.
@Suite struct CrossTabScreenTests {
    static func crossTab(_ row: String, _ column: String, width: Int, height: Int, lang: Lang = .nl) throws -> ResultsBrowser {
        let dir = try ResultsFixture.writeDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var b = ResultsBrowser(summary: try ResultsFixture.summary(directory: dir), questionnaires: BundledQuestionnaires.all,
                               lang: lang, query: ResultsFixture.query)
        b.resize(Size(width: width, height: height))
        b.open(questionID: row)
        try ResultsScreens.press([.character("x"), .escape], &b, directory: dir)
        b.open(questionID: column)
        try ResultsScreens.press([.character("x")], &b, directory: dir)
        return b
    }

    static func headingRow(_ lines: [String]) -> String? { lines.first { $0.contains("Totaal") || $0.contains("Total ") } }

    @Test(arguments: [(80, 24), (120, 40)])
    func scaleHeadingsAreDistinct(size: (Int, Int)) throws {
        let b = try Self.crossTab("contact", "kent_leefwereld", width: size.0, height: size.1)
        let heading = try #require(Self.headingRow(ResultsFixture.render(b).lines))
        #expect(heading.contains("1 Helem") && heading.contains("5 Helem"), "\(heading)")
    }

    @Test func hiddenColumnsScrollIntoView() throws {
        var b = try Self.crossTab("contact", "buiten_beeld", width: 80, height: 24)
        let tab = try #require(b.crossTab?.current(b.context))
        var seen: [String] = []
        for _ in 0..<tab.columnCodes.count {
            let lines = ResultsFixture.render(b).lines
            let heading = try #require(Self.headingRow(lines))
            seen.append(heading)
            #expect(lines.contains { $0.contains("kolommen ") && $0.contains("van \(tab.columnCodes.count) (←/→)") })
            _ = b.handle(.right)
        }
        // The last column (unanswered, from wt-4) comes into view; the first is gone.
        #expect(seen.last?.contains("Niet b") == true, "\(seen)")
        #expect(seen.last?.contains("Turks") == false)
        #expect(seen.first?.contains("Turks") == true)
        // Overig Afrikaans / Overig Aziatisch stay apart in a narrow cell.
        #expect(!seen.contains { $0.components(separatedBy: "Overig…").count > 2 })
        _ = b.handle(.left)
        #expect(b.crossTab?.firstColumn ?? 0 > 0)
        #expect(b.screen == .crossTab)   // ← scrolls, Esc goes back
        _ = b.handle(.escape)
        #expect(b.screen == .question)
    }

    @Test(arguments: [Lang.nl, .en])
    func percentagesTotalsAndTest(lang: Lang) throws {
        var b = try Self.crossTab("contact", "kent_leefwereld", width: 120, height: 40, lang: lang)
        var lines = ResultsFixture.render(b).lines
        let total = lang == .nl ? "Totaal" : "Total"
        // Counts: Ja 3 of 4 wijkteams, Nee 1; the grand total 4.
        #expect(lines.contains { $0.hasPrefix(" \(total)") && $0.hasSuffix(" 4") })
        #expect(lines.contains { $0.contains("χ²(2) = 1,33") || $0.contains("χ²(2) = 1.33") })
        #expect(lines.contains { $0.contains("n = 4") })
        _ = b.handle(.character("p"))
        lines = ResultsFixture.render(b).lines
        #expect(lines.contains { $0.contains(lang == .nl ? "rijpercentages" : "row percentages") })
        let ja = try #require(lines.first { $0.hasPrefix(lang == .nl ? " Ja " : " Yes ") })
        #expect(ja.hasSuffix("100%") && ja.contains("33%"), "\(ja)")
        _ = b.handle(.character("p"))
        lines = ResultsFixture.render(b).lines
        let totals = try #require(lines.first { $0.hasPrefix(" \(total)") })
        #expect(totals.contains("100%") && totals.hasSuffix("100%"), "\(totals)")
        _ = b.handle(.character("p"))
        #expect(b.crossTab?.view == .counts)
    }

    /// Multiple-choice columns: a row's percentages are of its respondents (Ja: wt-1 turks+syrisch,
    /// wt-2 syrisch, wt-4 none → syrisch 2 of 3 = 67%, not 2 of 4 mentions), its total is n=3, and a note says so.
    @Test(arguments: [Lang.nl, .en])
    func multipleChoicePercentagesAreOfRespondents(lang: Lang) throws {
        var b = try Self.crossTab("contact", "buiten_beeld", width: 120, height: 40, lang: lang)
        var lines = ResultsFixture.render(b).lines
        let total = lang == .nl ? "Totaal" : "Total"
        #expect(lines.contains { $0.hasPrefix(" \(total)") && $0.hasSuffix(" 4") }, "\(lines)")   // 4 wijkteams, 5 mentions
        let note = lang == .nl ? "meerdere antwoorden mogelijk" : "multiple answers possible"
        #expect(lines.contains { $0.contains(note) })
        _ = b.handle(.character("p"))
        lines = ResultsFixture.render(b).lines
        let ja = try #require(lines.first { $0.hasPrefix(lang == .nl ? " Ja " : " Yes ") })
        #expect(ja.contains("67%") && !ja.contains("50%") && ja.hasSuffix("n=3"), "\(ja)")
        let nee = try #require(lines.first { $0.hasPrefix(lang == .nl ? " Nee " : " No ") })
        #expect(nee.hasSuffix("n=1"), "\(nee)")
    }
}
