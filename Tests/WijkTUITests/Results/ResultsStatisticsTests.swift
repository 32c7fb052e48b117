import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// The statistics on the question screen (computed by the model): 95%
/// intervals where there is room, and a difference marked only when its test
/// supports it, with both n always shown.
@Suite struct ResultsStatisticsTests {
    /// `wijkteams` wijkteams answering contact = yes, `migranten` organisations answering no.
    static func directory(wijkteams: Int, migranten: Int) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-stats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let template = ResultsFixture.interviews
        for i in 0..<(wijkteams + migranten) {
            var interview = i < wijkteams ? template[0] : template[4]
            interview.id = "s-\(i)"
            interview.contact = i < wijkteams
            try ResultsFixture.response(interview).encoded().write(to: dir.appendingPathComponent("s-\(i).json"))
        }
        return dir.path
    }

    static func question(_ id: String, directory: String? = nil, width: Int, height: Int, lang: Lang = .nl) throws -> [String] {
        var b = ResultsBrowser(summary: try ResultsFixture.summary(directory: directory), questionnaires: BundledQuestionnaires.all,
                               lang: lang, query: ResultsFixture.query)
        b.resize(Size(width: width, height: height))
        b.open(questionID: id)
        return ResultsFixture.render(b).lines
    }

    @Test func intervalsWhereThereIsRoom() throws {
        let wide = try Self.question("contact", width: 120, height: 40)
        let ja = try #require(wide.first { $0.hasPrefix(" Ja ") })
        // 3 of 4 wijkteams: Wilson 95% 30–95%; 2 of 3 organisations: 21–94%.
        #expect(ja.contains("3  75%   (30–95)") && ja.contains("2  67%   (21–94)"), "\(ja)")
        #expect(wide.contains { $0.contains("95%-betrouwbaarheidsinterval") })
        let narrow = try Self.question("contact", width: 80, height: 24)
        #expect(!narrow.contains { $0.contains("(30–95)") })
    }

    @Test(arguments: [Lang.nl, .en])
    func differenceMarkedOnlyWhenTheTestSupportsIt(lang: Lang) throws {
        let small = try Self.question("contact", width: 120, height: 40, lang: lang)
        let test = try #require(small.first { $0.contains(lang == .nl ? "Toets WT ↔ MO" : "Test WT ↔ MO") })
        #expect(test.contains("n = 4 / 3") && test.contains("Fisher"), "\(test)")
        #expect(!small.joined().contains("*"))

        let dir = try Self.directory(wijkteams: 12, migranten: 12)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let clear = try Self.question("contact", directory: dir, width: 120, height: 40, lang: lang)
        let marked = try #require(clear.first { $0.contains(lang == .nl ? "Toets WT ↔ MO" : "Test WT ↔ MO") })
        #expect(marked.contains("n = 12 / 12") && marked.hasSuffix("*"), "\(marked)")
        #expect(clear.contains { $0.contains(lang == .nl ? "Verschil*" : "Diff.*") })
    }

    @Test func meanInterval() throws {
        let lines = try Self.question("kent_leefwereld", width: 120, height: 40)
        let row = try #require(lines.first { $0.contains("95%-BI gemiddelde") })
        #expect(row.contains("1,75–5,00"), "\(row)")   // the t interval's 5,75 cut at the scale's top
    }
}
