import Foundation
import WijkModel
@testable import WijkTUI

/// The results browser on the fixture with coder "anna" attached, driven by keys
/// the way `ResultsSession` does: coding changes go through a real `CodingRunner`
/// and land in the fixture folder's `coding/` files.
struct CodingDriver {
    let directory: String
    var browser: ResultsBrowser
    var runner: CodingRunner

    /// A fresh fixture folder (optionally with files written into `coding/` first).
    init(width: Int = 80, height: Int = 24, lang: Lang = .nl, coder: String = "anna",
         prepare: (CodingFolder) throws -> Void = { _ in }) throws {
        directory = try ResultsFixture.writeDirectory()
        let folder = CodingFolder(data: URL(fileURLWithPath: directory))
        try prepare(folder)
        runner = CodingRunner(project: try CodingProject.open(data: URL(fileURLWithPath: directory), coder: coder), lang: lang)
        browser = ResultsBrowser(summary: try ResultsFixture.summary(directory: directory), questionnaires: BundledQuestionnaires.all,
                                 lang: lang, query: ResultsFixture.query)
        browser.attach(coding: runner.project, coders: runner.coders)
        browser.resize(Size(width: width, height: height))
    }

    func remove() { try? FileManager.default.removeItem(atPath: directory) }

    var folder: CodingFolder { runner.project.folder }
    var coding: CodingScreen? { browser.coding }

    /// Opens the coding screen on `beeld` (list → open answers → c).
    mutating func openBeeld() throws {
        browser.open(questionID: "beeld")
        try press(.character("c"))
    }

    mutating func press(_ keys: Key...) throws { try press(keys) }

    mutating func press(_ keys: [Key]) throws {
        for key in keys {
            for effect in browser.handle(key) where !runner.perform(effect, on: &browser) {
                try ResultsScreens.perform([effect], on: &browser, directory: directory)
            }
        }
    }

    mutating func type(_ text: String) throws { try press(text.map(Key.character)) }

    var grid: Grid { ResultsFixture.render(browser) }
    var screen: String { grid.description }

    /// The codings on disk for one interview's `beeld`, as code ids.
    func savedCodes(_ interview: String, coder: String = "anna") throws -> Set<String> {
        let codings = try folder.loadCodings(coder)
        return Set(codings.codings(AnswerKey(interview: interview, question: "beeld")).map(\.code))
    }

    /// The fixture's answer to `beeld` of an interview.
    static func beeld(_ interview: String) -> CodableAnswer {
        let i = ResultsFixture.interviews.first { $0.id == interview }!
        return CodableAnswer(interview: i.id, question: "beeld", text: i.beeld!, variant: i.variant,
                             gemeente: i.gemeente, organisation: i.organisation)
    }
}
