import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// The open-answer search counts answers and occurrences, not the wrapped
/// lines they happen to fill; n/N go from answer to answer.
@Suite struct OpenAnswerSearchCountTests {
    static let long = Array(repeating: "Hulp komt laat, de hulp is nodig.", count: 8).joined(separator: " ")

    func browser(lang: Lang) throws -> (ResultsBrowser, [String]) {
        let dir = try ResultsFixture.writeDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var extra = ResultsFixture.interviews[0]
        extra.id = "wt-long"
        extra.beeld = Self.long
        try ResultsFixture.response(extra).encoded().write(to: URL(fileURLWithPath: dir).appendingPathComponent("wt-long.json"))
        var b = ResultsBrowser(summary: try ResultsFixture.summary(directory: dir), questionnaires: BundledQuestionnaires.all,
                               lang: lang, query: ResultsFixture.query)
        b.resize(Size(width: 80, height: 24))
        let texts = ResultsFixture.interviews.compactMap(\.beeld) + [Self.long]
        return (b, texts)
    }

    @Test(arguments: [Lang.nl, .en])
    func statusCountsAnswersAndOccurrences(lang: Lang) throws {
        var (b, texts) = try browser(lang: lang)
        b.open(questionID: "beeld")
        for key in [Key.character("/")] + "hulp".map(Key.character) + [.enter] { _ = b.handle(key) }
        // Independently: answers containing "hulp" and all its occurrences.
        let answers = texts.filter { $0.lowercased().contains("hulp") }.count
        let occurrences = texts.map { $0.lowercased().components(separatedBy: "hulp").count - 1 }.reduce(0, +)
        #expect(answers == 5 && occurrences == 20)
        let lines = b.openAnswers!.lines(b.context, width: 78)
        #expect(lines.filter { $0.searchable && $0.text.lowercased().contains("hulp") }.count > answers)  // it does wrap
        let status = ResultsFixture.render(b).lines[22]
        #expect(status.contains(lang == .nl ? "20 treffers in 5 antwoorden" : "20 matches in 5 answers"), "\(status)")
        #expect(status.contains(lang == .nl ? "antwoord 1/5" : "answer 1/5"), "\(status)")
        for _ in 0..<4 { _ = b.handle(.character("n")) }
        #expect(ResultsFixture.render(b).lines[22].contains(lang == .nl ? "antwoord 5/5" : "answer 5/5"))
        _ = b.handle(.character("n"))
        #expect(ResultsFixture.render(b).lines[22].contains(lang == .nl ? "antwoord 1/5" : "answer 1/5"))
    }
}
