import Foundation
import Testing
import WijkModel
@testable import WijkTUI

/// `--version`, mistyped subcommands, shell completions: the command line as people expect it.
@Suite("Command-line conventions")
struct CommandLineConventionsTests {
    @Test func versionNamesTheProgramAndTheBundledQuestionnaires() throws {
        for (arguments, word) in [(["--version"], "vragenlijsten"), (["--version", "--lang", "en"], "questionnaires"),
                                  (["--lang", "en", "--version"], "questionnaires")] {
            let r = try WijkBinary.run(arguments)
            #expect(r.status == 0 && r.stderr.isEmpty, "\(r.stderr)")
            #expect(r.stdout.hasPrefix("wijk \(VersionInfo.number)\n"))
            for q in BundledQuestionnaires.all { #expect(r.stdout.contains("\(q.id) \(q.version)"), "\(arguments)") }
            #expect(r.stdout.contains(word))
        }
    }

    /// A data folder that is not there (a typo) stops summary, report and export with exit 1
    /// and its name, instead of an empty summary or an empty file and exit 0.
    @Test func aDataFolderThatDoesNotExistStopsWithExit1() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-missing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: out) }
        let missing = out.appendingPathComponent("interviewr-02").path
        let runs: [[String]] = [["summary", missing], ["summary", missing, "--format", "json"],
                                ["report", missing, "-o", out.appendingPathComponent("r.html").path],
                                ["export", "csv", missing, "-o", out.appendingPathComponent("x.csv").path],
                                ["export", "spss", missing, "-o", out.appendingPathComponent("s.csv").path]]
        for arguments in runs {
            let r = try WijkBinary.run(arguments)
            #expect(r.status == 1 && r.stdout.isEmpty, "\(arguments): \(r.status) \(r.stdout.prefix(200))")
            #expect(r.stderr.contains("‘\(missing)’ bestaat niet"), "\(arguments): \(r.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)   // nothing written
        let en = try WijkBinary.run(["--lang", "en", "summary", missing])
        #expect(en.status == 1 && en.stderr.contains("‘\(missing)’ does not exist"), "\(en.stderr)")
    }

    /// `wijk generate` says how long it took in the interface language's decimals ("1,5 s" in Dutch).
    @Test func generateTimesInTheLanguagesDecimals() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-gen-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let nl = try WijkBinary.run(["generate", "--count", "2", "--seed", "3", "--out", dir.appendingPathComponent("nl").path])
        #expect(nl.status == 0)
        #expect(nl.stderr.range(of: #" in \d+,\d s\n$"#, options: .regularExpression) != nil, "\(nl.stderr)")
        let en = try WijkBinary.run(["generate", "--count", "2", "--seed", "3", "--lang", "en", "--out", dir.appendingPathComponent("en").path])
        #expect(en.stderr.range(of: #" in \d+\.\d s\n$"#, options: .regularExpression) != nil, "\(en.stderr)")
    }

    @Test func aMistypedSubcommandSaysSoAndSuggestsTheNearest() throws {
        let nl = try WijkBinary.run(["sumary", "x"])
        #expect(nl.status == 2 && nl.stdout.isEmpty)
        #expect(nl.stderr.hasPrefix("onbekende opdracht ‘sumary’. Bedoelde u ‘summary’?"), "\(nl.stderr)")
        #expect(nl.stderr.contains("Opdrachten: home, interview,"))
        let en = try WijkBinary.run(["--lang", "en", "export", "cvs", "-o", "x.csv"])
        #expect(en.status == 2)
        #expect(en.stderr.hasPrefix("unknown command ‘cvs’ for ‘wijk export’. Did you mean ‘csv’?"), "\(en.stderr)")
        let nothingNear = try WijkBinary.run(["zzzz"])
        #expect(nothingNear.status == 2 && !nothingNear.stderr.contains("Bedoelde"), "\(nothingNear.stderr)")
        // Options, option values and real subcommands are left to the parser.
        #expect(try WijkBinary.run(["--data", "/nonexistent", "validate", "/nonexistent"]).stderr.contains("onbekende") == false)
    }

    @Test func suggestionsComeFromTheNamesGiven() {
        #expect(SubcommandCheck.nearest("reprot", among: ["results", "report", "resume"]) == ["report"])
        #expect(SubcommandCheck.nearest("reprot", among: ["results", "resume"]) == [])
        #expect(SubcommandCheck.nearest("RESULST", among: ["results", "resume"]) == ["results"])
        #expect(SubcommandCheck.nearest("re", among: ["results", "resume", "merge"]) == ["results", "resume"])
        #expect(SubcommandCheck.distance("reprot", "report") == 1)
        #expect(SubcommandCheck.distance("", "abc") == 3)
        // The check walks the real command tree: every subcommand name passes.
        for command in WijkCommand.configuration.subcommands {
            let name = command.configuration.commandName ?? command._commandName
            #expect(SubcommandCheck.unknownSubcommand([name]) == nil, "\(name)")
            for sub in command.configuration.subcommands {
                #expect(SubcommandCheck.unknownSubcommand([name, sub.configuration.commandName ?? sub._commandName]) == nil)
            }
        }
        #expect(SubcommandCheck.unknownSubcommand(["--generate-completion-script", "bash"]) == nil)
        #expect(SubcommandCheck.unknownSubcommand(["reprot"])?.contains("Bedoelde u ‘report’?") == true)
        #expect(SubcommandCheck.unknownSubcommand(["--lang=en", "reprot"])?.hasPrefix("unknown command ‘reprot’") == true)
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func shellCompletionsAreGenerated(shell: String) throws {
        let r = try WijkBinary.run(["--generate-completion-script", shell])
        #expect(r.status == 0, "\(r.stderr)")
        for word in ["summary", "export", "spss", "include-drafts"] { #expect(r.stdout.contains(word), "\(shell): \(word)") }
    }
}
