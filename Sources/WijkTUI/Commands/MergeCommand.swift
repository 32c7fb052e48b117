import ArgumentParser
import Foundation
import WijkModel

/// `wijk merge SRC... --into DIR [--dry-run]`: newest revision per id wins,
/// nothing is deleted, conflicts are kept and reported. Exit 0, or 1 when
/// conflicts or invalid files were found.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Bring interviewers' folders together: newest revision per interview, conflicts kept.")

    @Argument(help: "Source files or folders.") var sources: [String]
    @Option(name: .long, help: "Target folder (created if needed).") var into: String
    @Flag(name: .long, help: "Only report what would happen.") var dryRun = false
    @OptionGroup var common: CommonOptions

    func run() throws {
        let lang = common.lang
        let target = URL(fileURLWithPath: into)
        let validator = ResponseValidator(questionnaires: try common.questionnaires(), lang: lang,
                                          today: Today.string())
        let report: MergeReport
        do {
            if !dryRun { try DataDirectory.prepare(target) }
            report = try ResponseMerger(target: target, validator: validator).run(sources: sources, dryRun: dryRun)
        } catch {
            throw UserFacingError(description: "\(error)\n" + lang.t(
                "Wat al gekopieerd is, is compleet; voer de opdracht opnieuw uit om af te maken.",
                "What was copied is complete; run the command again to finish."))
        }
        var out = report.entries.map { $0.line(lang) }.joined(separator: "\n")
        if !out.isEmpty { out += "\n" }
        Console.out(out + report.summary(lang, dryRun: dryRun) + "\n")
        if report.hasProblems { throw ExitCode(1) }
    }
}
