import Foundation
import WijkModel

/// The app as a state machine: `handle` turns an event into a new state plus effects for
/// the shell to run; `render` draws a state. Both are pure, so every screen and every
/// key sequence is tested without a terminal.
struct App {
    var state: AppState

    init(state: AppState) { self.state = state }

    /// Applies `event` and returns the effects to run, in order.
    mutating func handle(_ event: AppEvent, now: Date) -> [AppEffect] {
        switch event {
        case .resize(let size):
            state.size = size
            if case .interview(var session) = state.screen {
                session.screen.viewport = size
                state.screen = .interview(session)
            }
            return []
        case .signal(let signal):
            return saveAndQuit(status: 128 + signal, now: now)
        case .tick:
            return autosave(now: now)
        case .key(.control("c")) where state.saveFailure == nil:
            // Raw mode delivers Ctrl-C as a key: save what there is, then leave — unless
            // that save fails: the interviewer is here to choose what happens.
            return saveAndQuit(status: 130, now: now, waitForSave: true)
        case .key(let key):
            // Keys typed blind into a too-small window could change answers unseen.
            if state.isTooSmall { return [] }
            if state.saveFailure != nil { return handleSaveFailure(key) }
            if state.dialog != nil {
                if key == .enter || key == .escape || key == .character(" ") { state.dialog = nil }
                return []
            }
            return handleKey(key, now: now)
        case .listingsLoaded(let listings):
            state.home.load(listings, timeZone: state.timeZone)
            return []
        case .interviewOpened(let opened):
            openInterview(opened, now: now)
            return []
        case .reopenLocked(let fresh):
            return reopenLocked(fresh, now: now)
        case .reopenRefused(let message):
            guard case .interview(var session) = state.screen else { return [] }
            session.screen.reopenRefused(message)
            state.screen = .interview(session)
            return []
        case .saveFailed(let message):
            return saveFailed(message)
        case .closed:
            return closed()
        case .savedElsewhere(let path):
            state.saveFailure?.step = .savedElsewhere(path)
            return []
        case .failed(let title, let message):
            state.dialog = Dialog(title: title, message: message, isError: true)
            if case .interview = state.screen { return [] }
            // A failed open leaves us where we were; with nowhere to go back to, go home.
            if state.exitOnLeave, case .home = state.screen { state.exitOnLeave = false; return [.loadListings] }
            return []
        }
    }

    // MARK: Keys per screen

    private mutating func handleKey(_ key: Key, now: Date) -> [AppEffect] {
        switch state.screen {
        case .home:
            guard let action = state.home.handle(key) else { return [] }
            return perform(action)
        case .chooseVariant(var chooser):
            let outcome = chooser.handle(key)
            state.screen = .chooseVariant(chooser)
            switch outcome {
            case .chosen(let id)?:
                state.screen = .interviewerName(NamePrompt(questionnaireID: id, text: state.interviewer))
            case .cancelled?: state.screen = .home
            case nil: break
            }
            return []
        case .interviewerName(var prompt):
            let outcome = prompt.handle(key, lang: state.lang)
            state.screen = .interviewerName(prompt)
            switch outcome {
            case .confirmed(let name)?:
                var effects: [AppEffect] = []
                if name != state.interviewer {
                    state.interviewer = name
                    effects.append(.rememberInterviewer(name))
                }
                return effects + [.startInterview(questionnaireID: prompt.questionnaireID, interviewer: name)]
            case .cancelled?:
                state.screen = .home
                return state.home.loaded ? [] : [.loadListings]
            case nil:
                return []
            }
        case .interview(var session):
            let effects = session.screen.handle(key, now: now)
            state.screen = .interview(session)
            return interviewEffects(effects, now: now)
        }
    }

    private mutating func perform(_ action: HomeAction) -> [AppEffect] {
        switch action {
        case .newInterview:
            let ids = state.questionnaires.map(\.id)
            state.screen = .chooseVariant(VariantChooser(ids: ids))
            return []
        case .browseResults: return [.browseResults]
        case .resume(let id): return [.openDraft(id: id)]
        case .view(let id): return [.openCompleted(id: id)]
        case .showProblem(let row):
            state.dialog = Dialog(title: state.lang.t("Onleesbaar bestand", "Unreadable file"),
                                  message: (row.problem ?? "") + "\n\n" + state.lang.t(
                                      "Het bestand is niet gewijzigd. Controleer het met ‘wijk validate’.",
                                      "The file was not changed. Check it with ‘wijk validate’."),
                                  isError: true)
            return []
        case .refresh: return [.loadListings]
        case .quit: return [.quit(0)]
        }
    }

    /// Before quitting from anywhere: an open interview is saved and its lock released.
    /// With `waitForSave` quitting waits for the save (a failed one keeps the interview
    /// open); a signal quits regardless, since it may not wait.
    private mutating func saveAndQuit(status: Int32, now: Date, waitForSave: Bool = false) -> [AppEffect] {
        guard case .interview(var session) = state.screen else { return [.quit(status)] }
        // Through the screen, so an answer still being typed is kept as well.
        var response = session.screen.engine.response
        for case .leave(let left) in session.screen.leave(now: now) { response = left }
        let kept = session.responseToKeep(session.stamped(response), leavingAt: now)
        state.screen = .interview(session)
        if waitForSave { return close(kept, then: .quit(status)) }
        return [.close(kept), .quit(status)]
    }
}
