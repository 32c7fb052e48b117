import ArgumentParser
import Foundation
import WijkModel

/// `wijk results [DIR...]`: the interactive results browser.
struct ResultsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "results",
        abstract: "Browse the aggregated results interactively, wijkteams and migrantenorganisaties side by side.")

    @Argument(help: "Data folders or files (default: the data directory).") var paths: [String] = []
    @Flag(name: .long, help: "Count draft interviews too.") var includeDrafts = false
    @Option(help: "Only this variant (wijkteam, migrantenorganisatie).") var variant: String?
    @Option(help: "Only this gemeente.") var gemeente: String?
    @Option(help: "Only this wijk.") var wijk: String?
    @Option(help: "Only this interviewer.") var interviewer: String?
    @Option(help: "Interviews on or after this date (YYYY-MM-DD).") var from: String?
    @Option(help: "Interviews on or before this date (YYYY-MM-DD).") var to: String?
    @Option(help: "Only this status: draft or complete.") var status: String?
    @Flag(name: .long, help: "Draw without colours (also with NO_COLOR).") var noColor = false
    @OptionGroup var common: CommonOptions

    func validate() throws {
        for date in [from, to].compactMap({ $0 }) where Timestamp.parse(date + "T00:00:00Z") == nil {
            throw ValidationError("--from/--to: expected YYYY-MM-DD, got '\(date)'")
        }
        if let status, ResponseStatus(rawValue: status) == nil {
            throw ValidationError("--status: expected draft or complete, got '\(status)'")
        }
    }

    func run() throws {
        let lang = common.lang
        // Before reading thousands of files: is there a screen to show them on?
        if let problem = MainActor.assumeIsolated({ NcursesTerminal.checkUsable() }) {
            throw UserFacingError(description: problem.message(lang))
        }
        let questionnaires = try common.questionnaires()
        let filter = ResponseFilter(variant: variant, gemeente: gemeente, wijk: wijk, interviewer: interviewer,
                                    from: from, to: to, status: status.flatMap(ResponseStatus.init(rawValue:)),
                                    includeDrafts: includeDrafts)
        let targets = paths.isEmpty ? [common.dataDirectory.path] : paths
        let setup = ResultsSetup(paths: targets, questionnaires: questionnaires, lang: lang, filter: filter)
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
}
