import ArgumentParser
import Foundation
import WijkModel

/// `wijk results [DIR...]`: the interactive results browser.
struct ResultsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "results",
        abstract: "Browse the aggregated results interactively, wijkteams and migrantenorganisaties side by side.")

    @Argument(help: "Data folders or files (default: the data directory).") var paths: [String] = []
    @OptionGroup var filters: FilterOptions
    @Flag(name: .long, help: "Draw without colours (also with NO_COLOR).") var noColor = false
    @Option(name: .long, help: "Code the open answers as this coder (letters, digits, - and _); codings go to the first folder's coding/ folder.")
    var coder: String?
    @OptionGroup var common: CommonOptions

    func run() throws {
        let lang = common.lang
        // Before reading thousands of files: is there a screen to show them on?
        if let problem = MainActor.assumeIsolated({ NcursesTerminal.checkUsable() }) {
            throw UserFacingError(description: problem.message(lang))
        }
        let questionnaires = try common.questionnaires()
        let filter = filters.filter
        let targets = paths.isEmpty ? [common.dataDirectory.path] : paths
        // Counting reads every file (seconds at 100,000): say so at once, while
        // Ctrl-C still stops the command, instead of leaving the terminal blank.
        Console.error(lang.t("Interviews worden geteld…", "Counting interviews…"))
        let coding = try codingRunner(folder: targets[0], lang: lang)
        let setup = ResultsSetup(paths: targets, questionnaires: questionnaires, lang: lang, filter: filter, coding: coding)
        let colors = !noColor
        let outcome: ResultsSession.Outcome = try MainActor.assumeIsolated {
            let terminal = NcursesTerminal()
            do {
                try terminal.start(colorEnabled: colors)
            } catch let problem as TerminalProblem {
                throw UserFacingError(description: problem.message(lang))
            }
            defer { terminal.stop() }
            return setup.session(on: terminal).run()
        }
        if case .signal(let signal) = outcome { throw ExitCode(128 + signal) }
    }

    /// The coder's project in `folder` (a file's own folder), or nil without `--coder`.
    private func codingRunner(folder: String, lang: Lang) throws -> CodingRunner? {
        guard let coder else { return nil }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory)
        let data = URL(fileURLWithPath: folder, isDirectory: true)
        let root = exists && !isDirectory.boolValue ? data.deletingLastPathComponent() : data
        do {
            return CodingRunner(project: try CodingProject.open(data: root, coder: coder), lang: lang)
        } catch let error as CodingError {
            let usage: Bool
            if case .invalidCoder = error { usage = true } else { usage = false }
            throw UserFacingError(description: error.message(lang), exitCode: usage ? 2 : 1)
        } catch {
            throw UserFacingError(description: CodingRunner.message(error, lang: lang))
        }
    }
}
