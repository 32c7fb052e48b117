import Foundation
import Testing

/// The non-interactive commands, run through the real binary.
@Suite("Command line")
struct CommandLineTests {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    @Test func unknownOptionIsAUsageError() throws {
        let r = try WijkBinary.run(["validate", "--bogus"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("Unknown option '--bogus'"))
        #expect(r.stdout.isEmpty)
    }

    @Test func validateExitCodes() throws {
        let empty = dir.appendingPathComponent("leeg")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let ok = try WijkBinary.run(["validate", empty.path])
        #expect(ok.status == 0)
        #expect(ok.stdout.contains("0 bestand(en) gecontroleerd"))

        let bad = dir.appendingPathComponent("kapot.json")
        try Data("{\"format\": ".utf8).write(to: bad)
        let r = try WijkBinary.run(["validate", "--lang", "en", bad.path])
        #expect(r.status == 1)
        #expect(r.stdout.hasPrefix("\(bad.path): $: line 1, column 12:"))
        #expect(r.stdout.contains("1 file(s) checked: 0 valid, 1 with problems"))
    }

    @Test func validateDefaultsToTheDataDirectory() throws {
        let r = try WijkBinary.run(["validate"], environment: ["WIJK_DATA": dir.path])
        #expect(r.status == 0)
    }

    @Test func questionnaireShowJSONLintsCleanAndTextIsACodebook() throws {
        let json = try WijkBinary.run(["questionnaire", "show", "--variant", "migrantenorganisatie", "--format", "json"])
        #expect(json.status == 0)
        let file = dir.appendingPathComponent("mo.json")
        try Data(json.stdout.utf8).write(to: file)
        let lint = try WijkBinary.run(["questionnaire", "lint", file.path, "--lang", "en"])
        #expect(lint.status == 0, "\(lint.stdout)")
        #expect(lint.stdout.contains("OK — 44 questions"))

        let text = try WijkBinary.run(["questionnaire", "show", "--variant", "wijkteam"])
        #expect(text.stdout.contains("toestemming"))
        #expect(text.stdout.contains("alleen als: ${toestemming} = true()"))

        let unknown = try WijkBinary.run(["questionnaire", "show", "--variant", "bestaat-niet"])
        #expect(unknown.status == 2)
    }

    @Test func lintReportsProblemsAndFails() throws {
        let file = dir.appendingPathComponent("fout.json")
        try Data(#"{"settings": {"id": "x", "version": "1", "variant": "v"}, "sections": [{"id": "s", "title": "S", "questions": [{"id": "a", "type": "single", "choices": "nergens", "label": "A"}]}]}"#.utf8).write(to: file)
        let r = try WijkBinary.run(["questionnaire", "lint", file.path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("$.sections[0].questions[0].choices: onbekende keuzelijst 'nergens'"))
    }

    @Test func brokenQuestionnaireOptionGivesAClearMessage() throws {
        let file = dir.appendingPathComponent("kapot.json")
        try Data("nee".utf8).write(to: file)
        let r = try WijkBinary.run(["validate", "--questionnaire", file.path, dir.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("Vragenlijst kan niet worden gebruikt"))
    }
}
