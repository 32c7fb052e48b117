import Foundation
import Testing
import WijkModel
@testable import WijkTUI

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
        #expect(ok.stdout.contains("0 bestanden gecontroleerd"))

        let bad = dir.appendingPathComponent("kapot.json")
        try Data("{\"format\": ".utf8).write(to: bad)
        let r = try WijkBinary.run(["validate", "--lang", "en", bad.path])
        #expect(r.status == 1)
        #expect(r.stdout.hasPrefix("\(bad.path): line 1, column 12:"))
        #expect(r.stdout.contains("1 file checked: 0 valid, 1 with problems"))
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
        #expect(lint.stdout.contains("OK — 45 questions"))  // 44 + beeld_wijkteam (issue 13)

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

/// Heads-down clarity (issue 13): global options on either side of the subcommand, Dutch
/// messages without the parser's English "Error:", counts with the right plural.
@Suite("Command line: global options, messages, plurals")
struct GlobalOptionsTests {
    @Test func globalOptionsMoveBehindTheSubcommand() {
        let names: Set = ["resume", "validate", "export"]
        #expect(GlobalOptions.normalized(["--data", "D", "resume"], subcommands: names) == ["resume", "--data", "D"])
        #expect(GlobalOptions.normalized(["--lang=en", "--data", "D", "export", "csv", "-o", "x"], subcommands: names)
            == ["export", "csv", "-o", "x", "--lang=en", "--data", "D"])
        #expect(GlobalOptions.normalized(["--data", "D", "validate", "--", "-odd.json"], subcommands: names)
            == ["validate", "--data", "D", "--", "-odd.json"])
        // No subcommand: the home screen takes them as they are.
        #expect(GlobalOptions.normalized(["--data", "D"], subcommands: names) == ["--data", "D"])
        #expect(GlobalOptions.normalized(["resume", "--data", "D"], subcommands: names) == ["resume", "--data", "D"])
        // help needs none of them.
        #expect(GlobalOptions.normalized(["--data", "D", "help", "export"], subcommands: names) == ["help", "export"])
    }

    @Test func helpAfterGlobalOptionsShowsHelp() throws {
        let r = try WijkBinary.run(["--data", "/nonexistent-wijk", "help", "validate"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("USAGE: wijk validate"), "\(r.stdout)\(r.stderr)")
    }

    @Test func dataBeforeTheSubcommandWorks() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-global-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // Without a terminal resume fails for that reason — not for the option's place.
        let resume = try WijkBinary.run(["--data", dir.path, "resume"])
        #expect(resume.status == 1)
        #expect(resume.stderr == "De uitvoer is geen terminal; wijk heeft een interactieve terminal nodig.\n")
        let validate = try WijkBinary.run(["--lang", "en", "--data", dir.path, "validate"])
        #expect(validate.status == 0)
        #expect(validate.stdout.contains("0 files checked"))
    }

    @Test func noEnglishErrorPrefix() throws {
        let r = try WijkBinary.run(["resume", "--data", "/nonexistent-wijk"])
        #expect(r.status == 1)
        #expect(!r.stderr.contains("Error:"))
        let usage = try WijkBinary.run(["validate", "--bogus"])
        #expect(usage.status == 2)
        #expect(!usage.stderr.hasPrefix("Error:"))
    }

    @Test func plurals() {
        #expect(Lang.nl.count(1, Noun.problem) == "1 probleem")
        #expect(Lang.nl.count(2, Noun.problem) == "2 problemen")
        #expect(Lang.nl.count(0, Noun.warning) == "0 waarschuwingen")
        #expect(Lang.en.count(1, Noun.file) == "1 file")
        #expect(Lang.en.count(3, Noun.match) == "3 matches")
    }
}
