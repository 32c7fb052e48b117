import Foundation
import Testing
@testable import WijkModel

@Suite("Aggregator")
struct AggregatorTests {
    typealias F = AggregationFixtures

    @Test func fixturesAreValid() {
        let validator = ResponseValidator(questionnaires: BundledQuestionnaires.all, lang: .en, today: F.today)
        for r in [F.w1Old, F.w1, F.w2, F.w3, F.w3Conflict, F.w4, F.w5, F.draft, F.m1, F.m2, F.m3] {
            let hard = validator.validate(r).filter { $0.severity == .hard }
            #expect(hard.isEmpty, "\(r.id): \(hard)")
        }
    }

    @Test func filesInvalidDuplicatesAndConflicts() throws {
        let s = try F.summarize()
        #expect(s.files == 14)
        #expect(s.invalid.map { ($0.file as NSString).lastPathComponent } == ["broken.json", "bad-choice.json"]
                || s.invalid.map { ($0.file as NSString).lastPathComponent } == ["bad-choice.json", "broken.json"])
        #expect(s.invalid.allSatisfy { !$0.problems.isEmpty })
        #expect(s.interviews == 9)   // W1–W5, D1, M1–M3
        #expect(s.counted == 8)      // draft left out
        #expect(s.duplicates.count == 3)
        let conflict = try #require(s.conflicts.first)
        #expect(s.conflicts.count == 1)
        #expect(conflict.id == "W3")
        #expect(conflict.kept.hasSuffix("/a/w3.json"))
        let w1 = try #require(s.duplicates.first { $0.id == "W1" })
        #expect(w1.kept.hasSuffix("/b/w1.json"))
        #expect(!w1.isConflict)
    }

    @Test func scaleCountsSpecialsAndStatistics() throws {
        let s = try F.summarize()
        let wt = try #require(s.all?.variant("wijkteam"))
        #expect(wt.respondents == 5)
        let q = try #require(wt.question("kent_leefwereld"))
        #expect(q.answered == 3)
        #expect(q.dontKnow == 1)
        #expect(q.refused == 0)
        #expect(q.unanswered == 1)
        #expect(q.notApplicable == 0)
        #expect(q.choice("1")?.count == 0)   // the older W1 revision (1) was taken out
        #expect(q.choice("2")?.count == 1)
        #expect(q.choice("4")?.count == 1)
        #expect(q.choice("5")?.count == 1)  // the conflicting W3 (5) is not counted
        #expect(q.choice("4")?.base == 3)
        #expect(abs((q.choice("4")?.percent ?? 0) - 100.0 / 3) < 1e-9)
        let st = try #require(q.statistics)
        #expect(st.n == 3)
        #expect(abs(st.mean - 11.0 / 3) < 1e-9)
        #expect(st.median == 4)
        #expect(abs(st.sd! - (7.0 / 3).squareRoot()) < 1e-9)
    }

    @Test func skippedByLogicIsNotApplicable() throws {
        let s = try F.summarize()
        let wt = try #require(s.all?.variant("wijkteam"))
        let quality = try #require(wt.question("kwaliteit_samenwerking"))
        #expect(quality.answered == 1)
        #expect(quality.refused == 1)
        #expect(quality.notApplicable == 3)
        #expect(quality.choice("3")?.percent == 100)
        let why = try #require(wt.question("geen_contact_reden"))
        #expect(why.openAnswers.map(\.text) == ["Onbekend", "Geen tijd"])   // Amsterdam before Utrecht
        #expect(why.openAnswers.first?.gemeente == "Amsterdam")
        #expect(why.openAnswers.first?.responseID == "W4")
        #expect(why.unanswered == 1)
        #expect(why.notApplicable == 2)
        let contact = try #require(wt.question("contact"))
        #expect(contact.choice("true")?.count == 2)
        #expect(contact.choice("false")?.count == 3)
        #expect(contact.choice("false")?.percent == 60)
    }

    @Test func multipleChoicePercentOfRespondentsAndMeanChosen() throws {
        let wt = try #require(try F.summarize().all?.variant("wijkteam"))
        let q = try #require(wt.question("drempels"))
        #expect(q.answered == 3)
        #expect(q.dontKnow == 1)
        #expect(q.unanswered == 1)
        #expect(q.choice("taal")?.count == 3)
        #expect(q.choice("taal")?.percent == 100)
        #expect(q.choice("schaamte")?.count == 2)
        #expect(q.choice("wantrouwen")?.count == 1)
        #expect(q.meanSelected == 2)
    }

    @Test func integerQuartiles() throws {
        let wt = try #require(try F.summarize().all?.variant("wijkteam"))
        let st = try #require(wt.question("teamgrootte")?.statistics)
        #expect(st.n == 4)
        #expect(st.mean == 25)
        #expect(st.median == 25)
        #expect(st.q1 == 17.5)
        #expect(st.q3 == 32.5)
        #expect(st.min == 10)
        #expect(st.max == 40)
        #expect(abs(st.sd! - (500.0 / 3).squareRoot()) < 1e-9)
    }

    @Test func coreComparisonSideBySide() throws {
        let g = try #require(try F.summarize().all)
        let c = try #require(g.core.first { $0.questionID == "kent_leefwereld" })
        #expect(c.firstVariant == "wijkteam")
        #expect(c.secondVariant == "migrantenorganisatie")
        #expect(c.second.answered == 3)
        #expect(abs(c.meanDifference! - (2 - 11.0 / 3)) < 1e-9)
        let four = try #require(c.rows.first { $0.code == "4" })
        #expect(abs(four.differencePoints! - (-100.0 / 3)) < 1e-9)
        let two = try #require(c.rows.first { $0.code == "2" })
        #expect(abs(two.differencePoints!) < 1e-9)
        #expect(!g.core.contains { $0.questionID == "teamgrootte" })   // wijkteam only
    }

    @Test func draftsWhenAsked() throws {
        let s = try F.summarize(ResponseFilter(includeDrafts: true))
        #expect(s.counted == 9)
        #expect(s.all?.variant("wijkteam")?.question("kent_leefwereld")?.choice("1")?.count == 1)
        let onlyDrafts = try F.summarize(ResponseFilter(status: .draft))
        #expect(onlyDrafts.counted == 1)
    }

    @Test func filtersAndGrouping() throws {
        let utrecht = try F.summarize(ResponseFilter(gemeente: "UTRECHT"))
        #expect(utrecht.all?.variant("wijkteam")?.respondents == 3)
        #expect(utrecht.all?.variant("migrantenorganisatie")?.respondents == 1)
        let variant = try F.summarize(ResponseFilter(variant: "migrantenorganisatie"))
        #expect(variant.all?.variants.map(\.variant) == ["migrantenorganisatie"])
        #expect(variant.counted == 3)
        let none = try F.summarize(ResponseFilter(from: "2026-04-01"))
        #expect(none.counted == 0)
        let interviewer = try F.summarize(ResponseFilter(interviewer: "nobody"))
        #expect(interviewer.counted == 0)
        let grouped = try F.summarize(groupByGemeente: true)
        #expect(grouped.groups.map(\.name) == ["Amsterdam", "Utrecht"])   // " utrecht" groups with Utrecht
        #expect(grouped.groups.map(\.respondents) == [4, 4])
    }

    @Test func crossTabPerVariant() throws {
        let s = try F.summarize(crossTabs: [CrossTabRequest(row: "contact", column: "kent_leefwereld")])
        let tab = try #require(s.all?.crossTabs.first { $0.variant == "wijkteam" })
        #expect(tab.respondents == 5)
        #expect(tab.count("true", "4") == 1)
        #expect(tab.count("true", "5") == 1)
        #expect(tab.count("false", "2") == 1)
        #expect(tab.count("false", SpecialCode.dontKnow) == 1)
        #expect(tab.count("false", SpecialCode.unanswered) == 1)
        #expect(tab.rowCodes == ["true", "false"])
        #expect(tab.columnCodes == ["1", "2", "3", "4", "5", SpecialCode.dontKnow, SpecialCode.unanswered])   // every scale point, then specials seen
        #expect(tab.rowTotal("false") == 3)
        #expect(s.all?.crossTabs.count == 2)
    }

    /// Who reads which file must not matter: the fixture split between
    /// workers in several ways (alternating, halves, one file each), the
    /// shares merged in either order, summarises as reading it whole.
    @Test func sharesMergeToTheWholeInAnyOrder() throws {
        let root = try F.temporaryRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let dirs = try F.write(to: root)
        let options = AggregationOptions(groupByGemeente: true, crossTabs: [CrossTabRequest(row: "contact", column: "drempels")],
                                         workers: 1, lang: .en, today: F.today)
        let listing = CorpusWalker.walk(dirs, lang: .en)
        let files = listing.files, unusable = listing.unusable(.en)
        let pass = AggregationPass(questionnaires: BundledQuestionnaires.all, options: options)
        func summary(_ shares: [[Int]]) -> String {
            var result = PassResult()
            for share in shares { var part = pass.run(files, indices: share); result.merge(&part) }
            result.invalid.append(contentsOf: unusable)
            let duplicates = Aggregator.resolveRevisions(&result, files: files, pass: pass)
            let summary = SummaryBuilder(pass: pass, options: options)
                .build(&result, files: files.count + unusable.count, duplicates: duplicates)
            return JSONWriter.write(SummaryJSON.encode(summary))
        }
        let all = Array(files.indices)
        let whole = summary([all])
        let splits = [[all.filter { $0 % 2 == 0 }, all.filter { $0 % 2 == 1 }],
                      [Array(all.prefix(all.count / 2)), Array(all.dropFirst(all.count / 2))],
                      all.map { [$0] }]
        for shares in splits {
            #expect(summary(shares) == whole)
            #expect(summary(shares.reversed()) == whole)
        }
    }

    /// Workers take chunks as they are free, so which worker reads which file
    /// varies; with one file per chunk and three workers the shares are as
    /// mixed as they get, duplicates, conflicts, invalid files and open
    /// answers split between workers. The summary must not change.
    @Test(arguments: [(2, 256), (2, 1), (3, 1), (3, 2)])
    func deterministicWhoeverReadsWhichFile(workers: Int, chunk: Int) throws {
        let crossTabs = [CrossTabRequest(row: "contact", column: "drempels")]
        let one = try F.summarize(workers: 1, groupByGemeente: true, crossTabs: crossTabs)
        let more = try F.summarize(workers: workers, chunk: chunk, groupByGemeente: true, crossTabs: crossTabs)
        let a = JSONWriter.write(SummaryJSON.encode(one)), b = JSONWriter.write(SummaryJSON.encode(more))
        // Paths differ per temporary root: compare with the roots taken out.
        func strip(_ s: String) -> String { s.replacingOccurrences(of: #"wijk-agg-[0-9A-F-]+"#, with: "", options: .regularExpression) }
        #expect(strip(a) == strip(b))
        #expect(one.groups == more.groups)
        let open = one.groups.flatMap(\.variants).flatMap(\.questions).map(\.openAnswers.count).reduce(0, +)
        #expect(open > 0 && !one.conflicts.isEmpty && !one.invalid.isEmpty && one.groups.count > 1)
    }
}
