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
    /// `--coder NAME` (remembered): code the open answers in the browser.
    @OptionGroup var coding: CoderOption
    @OptionGroup var common: CommonOptions

    func run() throws {
        let lang = common.lang
        // A mistyped filter is a usage error, said before anything else.
        let questionnaires = try common.questionnaires()
        let filter = try filters.filter(for: questionnaires, lang: lang)
        let targets = try common.targets(paths)
        // Before reading thousands of files: is there a screen to show them on?
        if let problem = MainActor.assumeIsolated({ NcursesTerminal.checkUsable() }) {
            throw UserFacingError(description: problem.message(lang))
        }
        // Counting reads every file (seconds at 100,000): say so at once, while
        // Ctrl-C still stops the command, instead of leaving the terminal blank.
        Console.error(lang.t("Interviews worden geteld…", "Counting interviews…"))
        let runner = try codingRunner(lang)
        let setup = ResultsSetup(paths: targets, questionnaires: questionnaires, lang: lang, filter: filter, coding: runner)
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

    /// The coder's project (`--coder`, else the remembered coder) in the data folder's coding/,
    /// or nil when nobody is coding.
    private func codingRunner(_ lang: Lang) throws -> CodingRunner? {
        guard let coder = try coding.resolve(lang, required: false) else { return nil }
        let data = try CoderOption.dataFolder(paths, common: common)
        return try codingCommand(lang) { CodingRunner(project: try CodingProject.open(data: data, coder: coder), lang: lang) }
    }
}
