import ArgumentParser
import Foundation
import WijkModel

/// `wijk resume [ID]`: take up a draft again — the one named, or the most recently saved.
struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Resume a draft interview (without ID: the most recently saved draft).")

    @Argument(help: "The interview id (the file name without .json).")
    var id: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        try MainActor.assumeIsolated {
            let lang = common.lang
            try AppLauncher.requireTerminal(lang)
            let store = ResponseStore(directory: common.dataDirectory)
            let target: String
            if let id {
                target = id
            } else {
                // Listed compactly, valid files through the corpus's verdict (the meter's
                // questionnaires): only the newest draft's id is needed.
                let meter = ProgressMeter(questionnaires: try common.questionnaires(), today: Today.string())
                let listed = store.interviews(lang: lang, progress: meter)
                guard let newest = listed.indices.first(where: { listed.status(at: $0) == .draft }).map({ listed[$0] }) else {
                    throw UserFacingError(description: lang.t(
                        "Geen concepten om te hervatten in \(store.directory.path).",
                        "No drafts to resume in \(store.directory.path)."))
                }
                target = newest.id
            }
            let configURL = InterviewerConfig.url()
            let state = try AppLauncher.state(common, exitOnLeave: true, config: InterviewerConfig.load(from: configURL))
            var lock: DraftLock?
            let opened = AppShell.openDraft(id: target, interviewer: state.interviewer, state: state, store: store,
                                            lock: &lock)
            if case .failed(_, let message) = opened { throw UserFacingError(description: message) }
            try AppLauncher.run(AppShell(app: App(state: state), store: store, configURL: configURL, lock: lock),
                                events: [opened], effects: [])
        }
    }
}
