import ArgumentParser
import Foundation
import WijkModel

/// `wijk interview --variant wijkteam|migrantenorganisatie`: a new interview straight away.
struct InterviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview",
        abstract: "Start a new interview directly.")

    @Option(help: "wijkteam or migrantenorganisatie (or the id of a --questionnaire file).")
    var variant: String

    @OptionGroup var common: CommonOptions

    func run() throws {
        try MainActor.assumeIsolated {
            let lang = common.lang
            try AppLauncher.requireTerminal(lang)
            let questionnaires = try common.questionnaires()
            let key = variant.lowercased()
            guard let questionnaire = questionnaires.first(where: { $0.variant == key || $0.id == variant }) else {
                let known = questionnaires.map(\.variant).joined(separator: ", ")
                throw ValidationError(lang.t("onbekende variant ‘\(variant)’ (kies uit: \(known))",
                                             "unknown variant ‘\(variant)’ (choose from: \(known))"))
            }
            let configURL = InterviewerConfig.url()
            let config = InterviewerConfig.load(from: configURL)
            let name = config.interviewer
            let store = ResponseStore(directory: common.dataDirectory)
            if name.isEmpty {
                // No remembered name yet: ask for it first.
                let state = try AppLauncher.state(common, screen: .interviewerName(
                    NamePrompt(questionnaireID: questionnaire.id, text: "")), exitOnLeave: true, config: config)
                try AppLauncher.run(AppShell(app: App(state: state), store: store, configURL: configURL), effects: [])
                return
            }
            var lock: DraftLock?
            let opened = AppShell.startInterview(questionnaire, interviewer: name, store: store, lock: &lock, lang: lang)
            if case .failed(_, let message) = opened { throw UserFacingError(description: message) }
            let state = try AppLauncher.state(common, exitOnLeave: true, config: config)
            try AppLauncher.run(AppShell(app: App(state: state), store: store, configURL: configURL, lock: lock),
                                events: [opened], effects: [])
        }
    }
}
