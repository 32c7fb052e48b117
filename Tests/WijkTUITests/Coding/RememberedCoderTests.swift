import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// The home screen's "Resultaten bekijken" codes as the remembered coder (the
/// config's `"coder"`), as `wijk results` without `--coder` does.
@Suite struct RememberedCoderTests {
    struct Fixture {
        let directory: String
        var data: URL { URL(fileURLWithPath: directory) }
        var config: URL { data.appendingPathComponent("config/wijk/config.json") }

        init(coder: String?) throws {
            directory = try ResultsFixture.writeDirectory()
            if let coder { try InterviewerConfig(interviewer: "Sanne", coder: coder).save(to: config) }
        }

        func remove() { try? FileManager.default.removeItem(atPath: directory) }

        func setup() throws -> ResultsSetup {
            let coding = try CodingRunner.remembered(config: config, data: data, lang: .nl).get()
            return ResultsSetup(paths: [directory], questionnaires: BundledQuestionnaires.all, lang: .nl,
                                filter: ResultsFixture.query.filter, coding: coding)
        }
    }

    @Test func theRememberedCoderCodesInTheBrowser() throws {
        let f = try Fixture(coder: "anna")
        defer { f.remove() }
        var browser = try f.setup().browser
        #expect(try f.setup().coding?.project.coder == "anna")
        browser.open(questionID: "beeld")
        _ = browser.handle(.character("c"))
        #expect(browser.screen == .coding)
        #expect(ResultsFixture.render(browser).description.contains("coder anna"))
    }

    @Test func withoutARememberedCoderTheBrowserOnlyShows() throws {
        for coder in [nil, "", "not a name"] {
            let f = try Fixture(coder: coder)
            defer { f.remove() }
            var browser = try f.setup().browser
            browser.open(questionID: "beeld")
            _ = browser.handle(.character("c"))
            #expect(browser.screen == .openAnswers, "\(coder ?? "no config")")
        }
    }

    @Test func anUnreadableCodingsFileIsSaidNotIgnored() throws {
        let f = try Fixture(coder: "anna")
        defer { f.remove() }
        let folder = CodingFolder(data: f.data)
        try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
        try Data("{ not json".utf8).write(to: folder.codingsURL("anna"))
        guard case .failure(let problem) = CodingRunner.remembered(config: f.config, data: f.data, lang: .nl) else {
            Issue.record("a broken codings file opened"); return
        }
        #expect(problem.message.contains("anna"), "\(problem.message)")
    }
}
