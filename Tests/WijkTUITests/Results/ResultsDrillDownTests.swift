import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// Drill-down from the special rows (unanswered, not applicable) and the
/// loader's agreement with the summary: relevance decides "not applicable",
/// and files the validator rejects are left out of the lists as of the counts.
@Suite struct ResultsDrillDownTests {
    /// contactfrequentie only applies with contact: wt-3 and mo-2 have none
    /// (not applicable); the others have contact but no answer (unanswered).
    @Test func unansweredAndNotApplicableRowsDrillDown() throws {
        let dir = try ResultsFixture.writeDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var b = ResultsBrowser(summary: try ResultsFixture.summary(directory: dir), questionnaires: BundledQuestionnaires.all,
                               lang: .nl, query: ResultsFixture.query)
        b.resize(Size(width: 120, height: 40))
        b.open(questionID: "contactfrequentie")
        let codes = try #require(b.questionView?.selectableCodes(b.context))
        #expect(Array(codes.suffix(4)) == SpecialCode.all)
        for (code, expected) in [(SpecialCode.unanswered, ["mo-1", "mo-3", "wt-1", "wt-2", "wt-4"]),
                                 (SpecialCode.notApplicable, ["mo-2", "wt-3"])] {
            while b.questionView?.selectedCode(b.context) != code { _ = b.handle(.down) }
            let effects = b.handle(.enter)
            let selection = ResponseSelection(filter: ResultsFixture.query.filter, questionID: "contactfrequentie", code: code)
            #expect(effects == [.loadResponses(selection)])
            let loaded = ResultsFixture.loader(dir).load(selection)
            #expect(loaded.map(\.id).sorted() == expected)
            // The list holds as many as the row counted.
            let counted = b.context.questionSummaries("contactfrequentie").compactMap(\.question).reduce(0) {
                $0 + (code == SpecialCode.unanswered ? $1.unanswered : $1.notApplicable)
            }
            #expect(loaded.count == counted)
            b.receive(responses: loaded)
            _ = b.handle(.escape)
            #expect(b.screen == .question)
        }
    }

    /// An answer stored for a question that does not apply counts as not
    /// applicable, not as its choice — in the summary and in the drill-down.
    @Test func irrelevantStoredAnswerIsNotApplicable() throws {
        let dir = try ResultsFixture.writeDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var response = ResultsFixture.response(ResultsFixture.interviews[2])  // wt-3: no contact
        response.status = .draft   // a draft may keep an answer that no longer applies
        response.answers["contactfrequentie"] = .text("wekelijks")
        try response.encoded().write(to: URL(fileURLWithPath: dir).appendingPathComponent("wt-3.json"))
        let choice = ResponseSelection(filter: ResultsFixture.query.filter, questionID: "contactfrequentie", code: "wekelijks")
        let notApplicable = ResponseSelection(filter: ResultsFixture.query.filter, questionID: "contactfrequentie",
                                              code: SpecialCode.notApplicable)
        #expect(!ResultsFixture.loader(dir).load(choice).map(\.id).contains("wt-3"))
        #expect(ResultsFixture.loader(dir).load(notApplicable).map(\.id).contains("wt-3"))
    }

    /// A file with a hard problem is listed as invalid and left out of the
    /// summary; the drill-down leaves it out too.
    @Test func invalidFilesAreLeftOutOfDrillDown() throws {
        let dir = try ResultsFixture.writeDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var bad = ResultsFixture.response(ResultsFixture.interviews[0])
        bad.id = "bad-1"
        bad.answers["buiten_beeld"] = .choices(["turks", "bestaat-niet"])
        try bad.encoded().write(to: URL(fileURLWithPath: dir).appendingPathComponent("bad-1.json"))
        let summary = try ResultsFixture.summary(directory: dir)
        #expect(summary.invalid.map(\.responseID) == ["bad-1"])
        let selection = ResponseSelection(filter: ResultsFixture.query.filter, questionID: "buiten_beeld", code: "turks")
        let loaded = ResultsFixture.loader(dir).load(selection).map(\.id).sorted()
        #expect(loaded == ["mo-1", "mo-2", "wt-1"])
        let counted = summary.all?.variants.compactMap { $0.question("buiten_beeld")?.choice("turks")?.count }.reduce(0, +)
        #expect(loaded.count == counted)
    }

    /// The same interview twice with the same `updatedAt` but different
    /// answers (a conflict): the summary counts the first path, and so does
    /// the drill-down — never the other copy, never both.
    @Test func conflictingCopiesDrillDownToTheCountedOne() throws {
        let dir = try ResultsFixture.writeDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var copy = ResultsFixture.response(ResultsFixture.interviews[0])   // wt-1
        copy.answers["buiten_beeld"] = .choices(["eritrees"])
        let sub = URL(fileURLWithPath: dir).appendingPathComponent("zz-laptop2")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try copy.encoded().write(to: sub.appendingPathComponent("wt-1.json"))
        let summary = try ResultsFixture.summary(directory: dir)
        #expect(summary.duplicates.map(\.id) == ["wt-1"])
        #expect(summary.duplicates.first?.conflicting.count == 1)
        for code in ["turks", "eritrees"] {
            let selection = ResponseSelection(filter: ResultsFixture.query.filter, questionID: "buiten_beeld", code: code)
            let loaded = ResultsFixture.loader(dir).load(selection)
            let counted = summary.all?.variants.compactMap { $0.question("buiten_beeld")?.choice(code)?.count }.reduce(0, +) ?? 0
            #expect(loaded.count == counted, "\(code)")
            #expect(!loaded.contains { $0.id == "wt-1" && $0.answers["buiten_beeld"] == .choices(["eritrees"]) })
        }
    }
}
