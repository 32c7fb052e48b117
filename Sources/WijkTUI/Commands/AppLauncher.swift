import ArgumentParser
import Foundation
import WijkModel

/// What `wijk`, `wijk interview` and `wijk resume` share: check the terminal first,
/// build the app state from the common options, run the shell.
@MainActor
enum AppLauncher {
    /// Fails with the terminal layer's message (exit 1) before anything else happens,
    /// so a pipe or `TERM=dumb` never sees ncurses' own error or escape codes.
    static func requireTerminal(_ lang: Lang) throws {
        if let problem = NcursesTerminal.checkUsable() {
            throw UserFacingError(description: problem.message(lang))
        }
    }

    /// Also clears the data directory's stale temporaries (a save killed half-way)
    /// and, when others can read it, opens with a one-time warning.
    static func state(_ common: CommonOptions, screen: AppScreen = .home, exitOnLeave: Bool = false,
                      interviewer: String) throws -> AppState {
        let data = common.dataDirectory
        ResponseStore(directory: data).removeStaleTemporaries()
        var state = AppState(lang: common.lang, today: Today.string(), questionnaires: try common.questionnaires(),
                             interviewer: interviewer, dataPath: data.path, screen: screen,
                             exitOnLeave: exitOnLeave)
        if let warning = DataDirectory.exposureWarning(folder: data, exposedFiles: DataDirectory.exposedFiles(in: data),
                                                       lang: common.lang) {
            state.dialog = Dialog(title: common.lang.t("Let op: privacy", "Warning: privacy"), message: warning, isError: false)
        }
        return state
    }

    static func run(_ shell: AppShell, events: [AppEvent] = [], effects: [AppEffect] = [.loadListings]) throws {
        let status = shell.run(initialEvents: events, initialEffects: effects)
        if status != 0 { throw ExitCode(status) }
    }
}

/// `wijk` (the default): the home screen.
struct HomeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "home",
        abstract: "Open the home screen: start, resume or view interviews (the default).")

    @OptionGroup var common: CommonOptions

    func run() throws {
        try MainActor.assumeIsolated {
            try AppLauncher.requireTerminal(common.lang)
            let configURL = InterviewerConfig.url()
            let state = try AppLauncher.state(common, interviewer: InterviewerConfig.load(from: configURL).interviewer)
            let store = ResponseStore(directory: common.dataDirectory)
            try AppLauncher.run(AppShell(app: App(state: state), store: store, configURL: configURL))
        }
    }
}
