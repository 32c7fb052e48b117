import Foundation
import WijkModel

/// Leaving an interview: the response to write (nil: nothing worth a file, or discarded)
/// and where to go once the shell has written it and released the lock.
struct Closing: Equatable {
    enum Then: Equatable {
        /// Back home (or out of the app when it was started for this interview).
        case leave
        case quit(Int32)
    }
    var response: Response?
    var then: Then
}

/// The last save of an interview being left failed: it stays open until the answers are
/// written (retry, another folder such as a USB stick) or deliberately discarded after a
/// second confirmation. Esc goes back to the interview.
struct SaveFailure: Equatable {
    enum Step: Equatable {
        case choose
        /// Typing the folder to save in.
        case folder(LineField)
        /// "Really discard?" — the second confirmation.
        case confirmDiscard
        /// Saved in another folder (the path of the file); Enter goes on.
        case savedElsewhere(String)
    }

    var message: String
    var attempts: Int
    var step: Step = .choose

    enum Outcome: Equatable {
        case retry
        case saveElsewhere(folder: String)
        case discard
        /// Saved elsewhere and acknowledged: carry on leaving.
        case done
        case backToInterview
    }

    mutating func handle(_ key: Key) -> Outcome? {
        switch step {
        case .choose:
            switch key {
            case .enter, .character("o"), .character("O"): return .retry
            case .character("a"), .character("A"): step = .folder(LineField("") { !$0.isNewline })
            case .character("w"), .character("W"): step = .confirmDiscard
            case .escape: return .backToInterview
            default: break
            }
        case .folder(var field):
            switch key {
            case .enter:
                let folder = field.text.trimmingCharacters(in: .whitespaces)
                if !folder.isEmpty { return .saveElsewhere(folder: folder) }
            case .escape: step = .choose
            default:
                _ = field.handle(key)
                step = .folder(field)
            }
        case .confirmDiscard:
            switch key {
            case .character("j"), .character("J"), .character("y"), .character("Y"): return .discard
            default: step = .choose
            }
        case .savedElsewhere:
            if key == .enter || key == .escape || key == .character(" ") { return .done }
        }
        return nil
    }

    func render(into grid: inout Grid, lang: Lang) {
        let title = lang.t("Opslaan mislukt", "Saving failed")
        var paragraphs = [message, lang.t("Mislukte pogingen: \(attempts)", "Failed attempts: \(attempts)")]
        let keys: String
        switch step {
        case .choose:
            paragraphs.append(lang.t("Het interview blijft open tot de antwoorden zijn opgeslagen.",
                                     "The interview stays open until the answers are saved."))
            paragraphs.append(lang.t("o / Enter  Opnieuw proberen\na          Andere map (bijv. een USB-stick)\nw          Weggooien (met nog een bevestiging)",
                                     "o / Enter  Try again\na          Another folder (e.g. a USB stick)\nw          Discard (asks once more)"))
            keys = lang.t("Esc: terug naar het interview", "Esc: back to the interview")
        case .folder(let field):
            paragraphs.append(lang.t("In welke map? Het bestand komt daar als <id>.json; zet het later terug in de gegevensmap.",
                                     "Which folder? The file goes there as <id>.json; put it back in the data folder later."))
            paragraphs.append(lang.t("Map: ", "Folder: ") + field.text + "▏")
            keys = lang.t("Enter: opslaan · Esc: terug", "Enter: save · Esc: back")
        case .confirmDiscard:
            paragraphs.append(lang.t("Echt weggooien? Wat sinds de laatste gelukte opslag is ingevuld, gaat verloren.",
                                     "Really discard? What was entered since the last successful save is lost."))
            keys = lang.t("j: ja, weggooien · n/Esc: nee", "y: yes, discard · n/Esc: no")
        case .savedElsewhere(let path):
            paragraphs = [lang.t("Opgeslagen in \(path). Zet het bestand terug in de gegevensmap zodra daar weer ruimte is.",
                                 "Saved in \(path). Put the file back in the data folder once there is room again.")]
            keys = lang.t("Enter: verder", "Enter: continue")
        }
        let isDone: Bool
        if case .savedElsewhere = step { isDone = true } else { isDone = false }
        DialogBox.render(into: &grid, area: grid.bounds, title: isDone ? lang.t("Opgeslagen", "Saved") : title,
                         paragraphs: paragraphs, keys: keys, style: isDone ? .title : .error)
    }
}

extension App {
    /// Starts leaving the interview: the shell writes `response` and releases the lock,
    /// answering `.closed` (then we go on) or `.saveFailed` (then we stay).
    mutating func close(_ response: Response?, then: Closing.Then) -> [AppEffect] {
        state.closing = Closing(response: response, then: then)
        return [.close(response)]
    }

    /// The shell has written and unlocked the interview being left.
    mutating func closed() -> [AppEffect] {
        guard let closing = state.closing else { return [] }
        state.closing = nil
        state.saveFailure = nil
        switch closing.then {
        case .quit(let status): return [.quit(status)]
        case .leave:
            if state.exitOnLeave { return [.quit(0)] }
            state.screen = .home
            return [.loadListings]
        }
    }

    /// A save failed: while leaving, the interview stays open with the choices above;
    /// otherwise the interviewer is told and goes on (the next save writes everything).
    mutating func saveFailed(_ message: String) -> [AppEffect] {
        if state.closing != nil {  // leaving: what is being left stays in `state.closing`
            state.saveFailure = SaveFailure(message: message, attempts: (state.saveFailure?.attempts ?? 0) + 1)
            return []
        }
        state.dialog = Dialog(title: state.lang.t("Opslaan mislukt", "Saving failed"),
                              message: message + state.lang.t(
                                  "\nDe antwoorden staan nog in het geheugen; probeer het opnieuw.",
                                  "\nThe answers are still in memory; try again."), isError: true)
        return []
    }

    mutating func handleSaveFailure(_ key: Key) -> [AppEffect] {
        guard var failure = state.saveFailure else { return [] }
        let outcome = failure.handle(key)
        state.saveFailure = failure
        switch outcome {
        case .retry?: return [.close(state.closing?.response)]
        case .saveElsewhere(let folder)?:
            guard let response = state.closing?.response else { return [.close(nil)] }
            return [.saveElsewhere(response, folder: folder)]
        case .discard?:
            state.closing?.response = nil
            return [.close(nil)]
        case .done?: return closed()
        case .backToInterview?:
            state.saveFailure = nil
            state.closing = nil
            return []
        case nil: return []
        }
    }
}
