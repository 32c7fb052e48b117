import Foundation
import WijkModel
@testable import WijkTUI

/// Drives the browser to each screen the way a user would, performing the
/// effects like the runner does (aggregating and loading from the fixture folder).
enum ResultsScreens {
    static func perform(_ effects: [ResultsEffect], on browser: inout ResultsBrowser, directory: String) throws {
        for effect in effects {
            switch effect {
            case .quit: break
            case .reaggregate(let query): browser.update(summary: try ResultsFixture.summary(query, directory: directory))
            case .compare(let query): browser.receive(comparison: try ResultsFixture.summary(query, directory: directory))
            case .loadResponses(let selection):
                browser.receive(responses: ResultsFixture.loader(directory).load(selection))
            case .coding, .loadCodings: break  // CodingDriver performs these with a CodingRunner
            }
        }
    }

    static func press(_ keys: [Key], _ browser: inout ResultsBrowser, directory: String) throws {
        for key in keys { try perform(browser.handle(key), on: &browser, directory: directory) }
    }

    /// Every screen by name at one size.
    static func all(width: Int, height: Int) throws -> [(String, Grid)] {
        let dir = try ResultsFixture.writeDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        func fresh() throws -> ResultsBrowser {
            var b = ResultsBrowser(summary: try ResultsFixture.summary(directory: dir), questionnaires: BundledQuestionnaires.all,
                                   lang: .nl, query: ResultsFixture.query)
            b.resize(Size(width: width, height: height))
            return b
        }
        var out: [(String, Grid)] = []
        var b = try fresh()
        out.append(("list", ResultsFixture.render(b)))
        b.open(questionID: "kent_leefwereld")
        out.append(("question", ResultsFixture.render(b)))
        try press([.down, .down, .down, .enter], &b, directory: dir)
        out.append(("interviews", ResultsFixture.render(b)))
        try press([.enter], &b, directory: dir)
        out.append(("interview", ResultsFixture.render(b)))

        b = try fresh()
        b.open(questionID: "kent_leefwereld")
        try press([.end], &b, directory: dir)
        out.append(("questionEnd", ResultsFixture.render(b)))

        b = try fresh()
        b.open(questionID: "beeld")
        try press([.character("/")] + "hulp".map(Key.character) + [.enter], &b, directory: dir)
        out.append(("open", ResultsFixture.render(b)))

        b = try fresh()
        try press([.character("f"), .right, .down, .right], &b, directory: dir)
        out.append(("filters", ResultsFixture.render(b)))

        b = try fresh()
        b.open(questionID: "contact")
        try press([.character("x"), .escape], &b, directory: dir)
        b.open(questionID: "kent_leefwereld")
        try press([.character("x")], &b, directory: dir)
        out.append(("crosstab", ResultsFixture.render(b)))

        b = try fresh()
        try press([.function(1)], &b, directory: dir)
        out.append(("help", ResultsFixture.render(b)))
        return out
    }
}
