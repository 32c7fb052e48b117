import Foundation
import WijkModel

/// The whole state of the terminal app: a value, so tests can build one, send events
/// and compare.
struct AppState {
    var lang: Lang
    /// Today as YYYY-MM-DD, for the engine's `today()`.
    var today: String
    /// For "last saved" times on the home screen; injected so snapshots are stable.
    var timeZone: TimeZone
    var size: Size
    /// Bundled questionnaires plus a `--questionnaire` file.
    var questionnaires: [Questionnaire]
    /// The remembered interviewer name ("" when none yet).
    var interviewer: String
    /// A one-key answer also moves on (the config's `autoAdvance`; off by default).
    var autoAdvance = false
    /// Where the response files are, shown on the home screen.
    var dataPath: String
    var home: HomeState
    var screen: AppScreen
    /// A message shown over the screen until Enter/Esc.
    var dialog: Dialog?
    /// Started by `wijk interview`/`wijk resume`: leaving the interview leaves the app.
    var exitOnLeave: Bool
    /// The interview being left, until the shell reports it written (`.closed`).
    var closing: Closing?
    /// Leaving failed to save: shown over the interview until resolved.
    var saveFailure: SaveFailure?

    init(lang: Lang = .nl, today: String, timeZone: TimeZone = .current, size: Size = .minimum,
         questionnaires: [Questionnaire], interviewer: String = "", dataPath: String = "",
         screen: AppScreen = .home, exitOnLeave: Bool = false) {
        self.lang = lang
        self.today = today
        self.timeZone = timeZone
        self.size = size
        self.questionnaires = questionnaires
        self.interviewer = interviewer
        self.dataPath = dataPath
        self.home = HomeState()
        self.screen = screen
        self.dialog = nil
        self.exitOnLeave = exitOnLeave
    }

    var isTooSmall: Bool { size.isBelowMinimum }

    func questionnaire(id: String) -> Questionnaire? {
        questionnaires.first { $0.id == id }
    }

    /// The questionnaire a response was taken with: by id, else by variant.
    func questionnaire(for response: Response) -> Questionnaire? {
        questionnaire(id: response.questionnaire.id) ?? questionnaires.first { $0.variant == response.variant }
    }
}

/// Which screen is showing.
enum AppScreen {
    case home
    case chooseVariant(VariantChooser)
    case interviewerName(NamePrompt)
    case interview(InterviewSession)
}

/// A message box over the current screen.
struct Dialog: Equatable {
    var title: String
    var message: String
    var isError: Bool
}
