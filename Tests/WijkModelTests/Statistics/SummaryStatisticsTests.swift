import Foundation
import Testing
@testable import WijkModel

/// The statistics of a real summary (AggregationFixtures: wijkteams W1–W5, a
/// draft D1, migrantenorganisaties M1–M3, a conflict on W3), all from its counts.
@Suite struct SummaryStatisticsTests {
    typealias F = AggregationFixtures

    func summarize(_ configure: (inout AggregationOptions) -> Void) throws -> Summary {
        let root = try F.temporaryRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let dirs = try F.write(to: root)
        var options = AggregationOptions(workers: 2, lang: .en, today: F.today)
        configure(&options)
        return Aggregator(questionnaires: BundledQuestionnaires.all, options: options).summarize(paths: dirs)
    }

    /// A mean cannot leave the range its answers can take (a 1–5 scale, a count ≥ 0), so neither does
    /// its interval: at n = 2 the t interval of a 1–5 scale was "-4,85–7,85".
    @Test func meanIntervalsStayWithinWhatTheAnswersCanBe() throws {
        var stats = try #require(Statistics(histogram: [1: 1, 2: 1]))
        let wide = try #require(stats.meanInterval)
        #expect(wide.lower < 0 && wide.upper > 5)                         // the plain t interval
        stats.bounds = 1...5
        #expect(stats.meanInterval == ConfidenceInterval(lower: 1, upper: 5))
        stats.bounds = 0...Double.infinity
        #expect(stats.meanInterval?.lower == 0 && stats.meanInterval?.upper == wide.upper)
        // The summary knows each numeric question's range: the scale's points, a number's minimum and maximum.
        let summary = try summarize { $0.filter = ResponseFilter(variant: "wijkteam") }
        let scale = try #require(summary.groups.first?.variants.first?.questions.first { $0.id == "kent_leefwereld" })
        #expect(scale.statistics?.bounds == 1...5)
    }

    @Test func progressCountsDistinctInterviewsWithDrafts() throws {
        let s = try summarize { _ in }
        let p = s.progress
        // W1–W5 and M1–M3 complete (W1 once, W2's copy once), D1 a draft; all dated 2026-03-01 (a Sunday, week 9).
        #expect(p.complete == 8)
        #expect(p.draftsOutstanding == 1)
        #expect(p.weeks == [FieldworkProgress.Row(key: "2026-W09", complete: 8, drafts: 1)])
        #expect(p.interviewers == [FieldworkProgress.Row(key: "Sanne", complete: 8, drafts: 1)])
        #expect(p.openConflicts == ["W3"])
        // The counts themselves are unchanged by the progress: drafts stay out of them.
        #expect(s.counted == 8)
    }

    @Test func progressKeepsTheOtherFilters() throws {
        let s = try summarize { $0.filter = ResponseFilter(gemeente: "amsterdam") }
        #expect(s.progress.complete == 4)   // W4, W5, M2, M3
        #expect(s.progress.draftsOutstanding == 0)
        let drafts = try summarize { $0.filter = ResponseFilter(status: .draft) }
        #expect(drafts.counted == 1)
        #expect(drafts.progress.complete == 8 && drafts.progress.draftsOutstanding == 1)
    }

    @Test func conflictCopiesAreOpenConflicts() throws {
        let root = try F.temporaryRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let dirs = try F.write(to: root)
        try F.m1.encoded().write(to: URL(fileURLWithPath: dirs[1]).appendingPathComponent("M1.conflict-abc123.json"))
        let s = Aggregator(questionnaires: BundledQuestionnaires.all,
                           options: AggregationOptions(lang: .en, today: F.today)).summarize(paths: dirs)
        #expect(s.progress.openConflicts == ["M1", "W3"])
    }

    @Test func groupingByInterviewerAndWijk() throws {
        let s = try summarize { $0.grouping = .interviewer }
        #expect(s.grouping == .interviewer)
        #expect(s.groups.map(\.name) == ["Sanne"])
        #expect(s.groups.map(\.respondents) == [8])
        let wijk = try summarize { $0.grouping = .wijk }
        #expect(wijk.groups.map(\.respondents).reduce(0, +) == 8)
    }

    @Test func groupTablesPutTheGroupsSideBySide() throws {
        let s = try summarize { $0.grouping = .gemeente }
        let tables = GroupTable.tables(s)
        let contact = try #require(tables.first { $0.questionID == "contact" && $0.variant == "wijkteam" })
        #expect(contact.columns.map(\.name) == ["Amsterdam", "Utrecht"])
        #expect(contact.columns.map(\.question.answered) == [2, 3])
        #expect(contact.codes == ["true", "false"])
        // Amsterdam W4, W5: no contact; Utrecht W1, W2 contact, W3 not.
        #expect(contact.count("true", column: 0).count == 0)
        #expect(contact.count("false", column: 0).count == 2)
        #expect(contact.count("true", column: 1).count == 2)
        #expect(contact.count("true", column: 1).percentInterval != nil)
        // 2×2 with tiny counts: Fisher's exact test, p = 1 − P(table 0/3) … here 0.4 by hand.
        #expect(contact.test?.method == .fisherExact)
        #expect(abs((contact.test?.p ?? 0) - 0.4) < 1e-12)
        #expect(!tables.contains { $0.type.isOpenText || $0.questionID == MetadataID.gemeente || $0.type == .date })
        #expect(GroupTable.tables(try summarize { _ in }).isEmpty)
    }

    @Test func bandsCountNumbersAndCrossTabs() throws {
        let bands = try NumericBands.parse("teamgrootte=0-15,16-35,36-")
        let s = try summarize {
            $0.bands = [bands]
            $0.crossTabs = [CrossTabRequest(row: "teamgrootte", column: "contact")]
        }
        let q = try #require(s.all?.variant("wijkteam")?.question("teamgrootte"))
        // W1 10, W2 20, W3 30, W4 40; W5 did not answer.
        #expect(q.bands.map(\.code) == ["0-15", "16-35", "36+"])
        #expect(q.bands.map(\.count) == [1, 2, 1])
        #expect(q.bands.allSatisfy { $0.base == q.answered })
        let tab = try #require(s.all?.crossTabs.first { $0.variant == "wijkteam" })
        #expect(tab.rowCodes == ["0-15", "16-35", "36+", SpecialCode.unanswered])
        #expect(tab.count("0-15", "true") == 1)    // W1 (10, contact)
        #expect(tab.count(SpecialCode.unanswered, "false") == 1)   // W5
        #expect(tab.count("16-35", "true") == 1)   // W2
        #expect(tab.count("16-35", "false") == 1)  // W3
        #expect(tab.count("36+", "false") == 1)    // W4
        #expect(tab.table.total == tab.respondents)
    }

    @Test func crossTabPercentagesAndTest() throws {
        let s = try summarize { $0.crossTabs = [CrossTabRequest(row: "contact", column: "kent_leefwereld")] }
        let tab = try #require(s.all?.crossTabs.first { $0.variant == "wijkteam" })
        let table = tab.table
        #expect(table.total == 5)
        #expect(table.rowTotals == [2, 3])
        // Row "false": 2 (W3), don't know (W4), unanswered (W5): one third each.
        let r = try #require(tab.rowCodes.firstIndex(of: "false")), c = try #require(tab.columnCodes.firstIndex(of: "2"))
        #expect(abs((table.rowPercent(r, c) ?? 0) - 100.0 / 3) < 1e-12)
        #expect(table.columnPercent(r, c) == 100)
        // Specials are left out of the test: 3 real answers, each its own column.
        #expect(tab.answerTable.total == 3)
        #expect(tab.test?.n == 3)
        let multiple = try summarize { $0.crossTabs = [CrossTabRequest(row: "contact", column: "drempels")] }
        let m = try #require(multiple.all?.crossTabs.first { $0.variant == "wijkteam" })
        #expect(!m.countsRespondentsOnce)
        #expect(m.test == nil)
    }

    /// A multiple-choice dimension is a set of yes/no questions: its percentages are of the
    /// respondents in the row (column), not of the mentions, and its totals count respondents.
    /// By hand: contact yes W1 {taal, schaamte}, W2 {taal}; no W3 {taal, schaamte, wantrouwen},
    /// W4 (a default answer), W5 don't know.
    @Test func multipleChoicePercentagesAreOfRespondents() throws {
        let s = try summarize { $0.crossTabs = [CrossTabRequest(row: "contact", column: "drempels"),
                                                CrossTabRequest(row: "drempels", column: "contact")] }
        let byRow = try #require(s.all?.crossTabs.first { $0.variant == "wijkteam" && $0.request.row == "contact" })
        #expect(byRow.columnsMultiple && !byRow.rowsMultiple)
        let t = byRow.table
        let yes = try #require(byRow.rowCodes.firstIndex(of: "true")), no = try #require(byRow.rowCodes.firstIndex(of: "false"))
        let taal = try #require(byRow.columnCodes.firstIndex(of: "taal"))
        let schaamte = try #require(byRow.columnCodes.firstIndex(of: "schaamte"))
        #expect(t.rowTotals[yes] == 2 && t.rowTotals[no] == 3)        // respondents, not 3 and 5+ mentions
        #expect(t.columnTotals[taal] == 3 && t.total == 5)
        #expect(t.rowPercent(yes, taal) == 100)                        // both teams in contact name taal
        #expect(t.rowPercent(yes, schaamte) == 50)
        #expect(abs((t.rowPercent(no, taal) ?? 0) - 100.0 / 3) < 1e-12)
        #expect(t.columnPercent(yes, taal).map { abs($0 - 200.0 / 3) < 1e-12 } == true)
        #expect(!t.rowsAddUp && t.columnsAddUp)
        #expect(byRow.test == nil)
        // Crossed the other way: the columns' bases are respondents, the rows add up by respondent.
        let byColumn = try #require(s.all?.crossTabs.first { $0.variant == "wijkteam" && $0.request.row == "drempels" })
        let u = byColumn.table
        let uYes = try #require(byColumn.columnCodes.firstIndex(of: "true"))
        let uTaal = try #require(byColumn.rowCodes.firstIndex(of: "taal"))
        #expect(u.columnTotals[uYes] == 2 && u.rowTotals[uTaal] == 3 && u.total == 5)
        #expect(u.columnPercent(uTaal, uYes) == 100)
        #expect(u.rowsAddUp && !u.columnsAddUp)
        // Cells are unchanged: one per respondent per choice.
        #expect(byRow.count("true", "taal") == 2 && byRow.count("false", "taal") == 1)
    }

    @Test func coreComparisonCarriesItsTest() throws {
        let s = try summarize { _ in }
        let kent = try #require(s.all?.core.first { $0.questionID == "kent_leefwereld" })
        let d = kent.difference
        #expect(d.n == [kent.first.answered, kent.second.answered])
        #expect(d.test != nil)
        #expect(!d.isSignificant)
    }

    @Test func jsonCarriesTheStatisticsAndStreamsTheSame() throws {
        let s = try summarize {
            $0.grouping = .gemeente
            $0.bands = [try! NumericBands.parse("teamgrootte=0-15,16-")]
            $0.crossTabs = [CrossTabRequest(row: "contact", column: "kent_leefwereld")]
        }
        let value = SummaryJSON.encode(s, lang: .en)
        var streamed = ""
        SummaryJSON.write(s, lang: .en) { streamed += $0 }
        #expect(streamed == JSONWriter.write(value))
        guard case .object(let top) = value, case .object(let progress)? = top["progress"],
              case .array(let groupTables)? = top["groupTables"], case .array(let groups)? = top["groups"],
              case .object(let group)? = groups.last, case .object(let questions)? = group["questions"],
              case .object(let kent)? = questions["kent_leefwereld"], case .object(let variants)? = kent["variants"],
              case .object(let wt)? = variants["wijkteam"], case .array(let core)? = group["core"],
              case .array(let tabs)? = group["crossTabs"], case .object(let tab)? = tabs.first
        else { Issue.record("unexpected JSON shape"); return }
        #expect(top["groupBy"] == .string("gemeente"))
        #expect(group["group"] == .string("Utrecht") && group["gemeente"] == .string("Utrecht"))
        #expect(progress["draftsOutstanding"] == .number(1))
        #expect(progress["openConflicts"] == .array([.string("W3")]))
        #expect(!groupTables.isEmpty)
        #expect(wt["percentInterval"] != nil)
        guard case .object(let stats)? = wt["statistics"] else { Issue.record("no statistics"); return }
        // Utrecht's wijkteams answered 4, 5 and 2: mean 11/3, sd √(7/3), t(0.975; 2) = 4.302653.
        guard case .array(let interval)? = stats["meanInterval"], case .number(let lower)? = interval.first else {
            Issue.record("no mean interval"); return
        }
        // The t interval's lower end, 11/3 − 4.302653 · √(7/3) / √3 = −0.13, is cut at the scale's 1.
        let uncut: Double = 11.0 / 3 - 4.302652729749462 * (7.0 / 3).squareRoot() / 3.0.squareRoot()
        #expect(uncut < 1)
        #expect(lower == 1)
        #expect(core.allSatisfy { if case .object(let c) = $0 { c["significant"] != nil && c["test"] != nil } else { false } })
        #expect(tab["rowPercent"] != nil && tab["columnPercent"] != nil && tab["test"] != nil && tab["total"] != nil)
        let byWijk = SummaryJSON.encode(try summarize { $0.grouping = .wijk })
        guard case .object(let u) = byWijk, case .array(let ug)? = u["groups"], case .object(let g0)? = ug.first else {
            Issue.record("unexpected JSON shape: \(JSONWriter.write(byWijk).prefix(2000))"); return
        }
        #expect(g0["gemeente"] == .null)   // grouped by wijk: the name is under "group" only
        #expect(g0["group"] != .null)
    }
}
