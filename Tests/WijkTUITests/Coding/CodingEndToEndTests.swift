import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// `wijk results DIR --coder anna` in a real terminal (tmux): codes a few
/// answers with the keys a coder would use, then finds them in the codings
/// file and codebook on disk.
@Suite(.serialized, .enabled(if: TmuxOnPath.found, "needs tmux (apt install tmux)"))
struct CodingEndToEndTests {
    @Test func codesAnswersAndSavesThemForTheCoder() throws {
        let dir = try ResultsFixture.writeDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-cfg-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: config) }
        let tmux = try Tmux(command: "'\(WijkBinary.path)' results '\(dir)' --include-drafts --coder anna",
                            width: 100, height: 30, environment: ["XDG_CONFIG_HOME": config.path])
        defer { tmux.kill() }
        try tmux.waitFor(text: "7 interviews (WT 4 · MO 3)", timeout: .seconds(15))

        // To the open question `beeld` (headings are skipped by the cursor), then its answers.
        let questionIDs = QuestionListScreen(questionnaires: BundledQuestionnaires.all, lang: .nl).rows.compactMap { row -> String? in
            if case .question(let id) = row { return id } else { return nil }
        }
        let steps = try #require(questionIDs.firstIndex(of: "beeld"))
        for _ in 0..<steps { try tmux.sendKeys(named: "Down") }
        try tmux.sendKeys(named: "Enter")
        try tmux.waitFor(text: "Open antwoorden")
        try tmux.sendKeys(literal: "c")
        try tmux.waitFor(text: "0 van 6 antwoorden gecodeerd")

        // First answer: a new code typed in the picker. Second: the same code by its digit.
        try tmux.sendKeys(named: "Enter")
        try tmux.waitFor(text: "Zoek of typ een nieuwe code")
        try tmux.sendKeys(literal: "Taal en tolken")
        try tmux.waitFor(text: "+ Nieuwe code: “Taal en tolken”")
        try tmux.sendKeys(named: "Enter")
        try tmux.waitFor(text: "1 van 6 antwoorden gecodeerd")
        try tmux.sendKeys(literal: "j")
        try tmux.sendKeys(literal: "1")
        try tmux.waitFor(text: "2 van 6 antwoorden gecodeerd")
        // Mark the next two and give them a second new code at once.
        try tmux.sendKeys(literal: "j")
        try tmux.sendKeys(named: "Space")
        try tmux.sendKeys(named: "Space")
        try tmux.waitFor(text: "2 gemarkeerd")
        try tmux.sendKeys(named: "Enter")
        try tmux.sendKeys(literal: "Vertrouwen")
        try tmux.waitFor(text: "+ Nieuwe code: “Vertrouwen”")
        try tmux.sendKeys(named: "Enter")
        // The whole frame, not a capture taken while it is being painted (seen once on a busy machine).
        let screen = try tmux.waitUntil(what: "the two codes and the progress") {
            $0.contains("4 van 6 antwoorden gecodeerd") && $0.contains("# Vertrouwen")
        }
        #expect(screen.contains("# Taal en tolken"))
        #expect(screen.contains("# Vertrouwen"))

        try tmux.sendKeys(literal: "q")
        try tmux.waitUntil(what: "exit") { _ in (try? tmux.paneIsDead()) == true }
        #expect(try tmux.paneExitStatus() == 0)

        // On disk: the codebook and anna's codings, 0600, as the browser showed them.
        let folder = CodingFolder(data: URL(fileURLWithPath: dir))
        let book = try folder.loadCodebook()
        #expect(book.codes.map(\.name) == ["Taal en tolken", "Vertrouwen"])
        let codings = try folder.loadCodings("anna")
        #expect(codings.count == 4)
        let byCode = Dictionary(grouping: codings.all, by: \.code).mapValues { Set($0.map(\.answer.interview)) }
        #expect(byCode[book.codes[0].id]?.count == 2)
        #expect(byCode[book.codes[1].id]?.count == 2)
        #expect(byCode[book.codes[0].id]?.isDisjoint(with: byCode[book.codes[1].id] ?? []) == true)
        // Each coding names the answer's current text by its fingerprint.
        for c in codings.all {
            let i = try #require(ResultsFixture.interviews.first { $0.id == c.answer.interview })
            #expect(c.fingerprint == AnswerFingerprint.of(i.beeld ?? ""))
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.codingsURL("anna").path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)

        // The same codings in `wijk export codings` (one row each) and in `wijk summary`'s code tables.
        let csv = config.appendingPathComponent("codings.csv").path
        let env = ["XDG_CONFIG_HOME": config.path]
        let export = try WijkBinary.run(["export", "codings", dir, "--include-drafts", "-o", csv], environment: env)
        #expect(export.status == 0, "stderr: \(export.stderr)")
        let rows = try String(contentsOfFile: csv, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
        #expect(rows.count == 4)
        #expect(rows.filter { $0.contains("Taal en tolken") }.count == 2 && rows.filter { $0.contains("Vertrouwen") }.count == 2)
        #expect(rows.allSatisfy { $0.contains(",anna,") })
        let summary = try WijkBinary.run(["summary", dir, "--include-drafts", "--coder", "anna", "--format", "text"], environment: env)
        #expect(summary.status == 0, "stderr: \(summary.stderr)")
        #expect(summary.stdout.contains("Taal en tolken") && summary.stdout.contains("Vertrouwen"))
    }

    @Test func aBadCoderNameIsAUsageError() throws {
        let dir = try ResultsFixture.writeDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = try WijkBinary.run(["results", dir, "--coder", "a b"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("‘a b’"), "stderr: \(result.stderr)")
    }
}

/// Whether tmux is installed, so the end-to-end tests skip cleanly without it.
enum TmuxOnPath {
    static var found: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/tmux") }
    }
}
