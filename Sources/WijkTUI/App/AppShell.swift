import Foundation
import WijkModel

/// Runs the app on a real terminal: reads events, feeds them to `App.handle`, runs the
/// effects (the only place that saves, loads, locks and writes the config), and paints
/// `App.frame`. It owns the `NcursesTerminal` and the lock of the open draft.
@MainActor
final class AppShell {
    private var app: App
    private let store: ResponseStore
    private let configURL: URL
    private let terminal = NcursesTerminal()
    /// The lock of the interview being edited, released when it is left.
    private var lock: DraftLock?
    private var exitStatus: Int32?

    /// `lock` is a draft already locked by the command (`wijk resume`), kept until it is left.
    init(app: App, store: ResponseStore, configURL: URL, lock: DraftLock? = nil) {
        self.app = app
        self.store = store
        self.configURL = configURL
        self.lock = lock
    }

    /// Starts the terminal, runs until the app quits, restores the terminal and returns the
    /// exit status. Without a usable terminal prints the reason and returns 1.
    func run(initialEvents: [AppEvent] = [], initialEffects: [AppEffect] = [.loadListings]) -> Int32 {
        do {
            try terminal.start()
        } catch {
            Console.error(error.message(app.state.lang))
            return 1
        }
        app.state.size = terminal.size
        var queue = initialEvents
        for effect in initialEffects { if let event = perform(effect) { queue.append(event) } }
        dispatch(queue)
        while exitStatus == nil {
            let frame = App.frame(app.state, size: app.state.size)
            terminal.draw(frame.grid, cursor: frame.cursor)
            // Wake up for the autosave of typed text when no key comes first.
            let wait = app.state.nextDeadline.map { max(0, Int(($0.timeIntervalSinceNow * 1000).rounded(.up))) }
            guard let event = terminal.readEvent(timeoutMilliseconds: wait) else {
                dispatch([.tick])
                continue
            }
            switch event {
            case .key(.control("l")): terminal.invalidate()
            case .key(let key): dispatch([.key(key)])
            case .resize(let size): dispatch([.resize(size)])
            case .signal(let signal): dispatch([.signal(signal)])
            }
        }
        terminal.stop()
        lock?.release()
        lock = nil
        return exitStatus ?? 0
    }

    /// Handles events and the events their effects produce, until none are left.
    private func dispatch(_ events: [AppEvent]) {
        var queue = events
        while !queue.isEmpty {
            let event = queue.removeFirst()
            for effect in app.handle(event, now: Date()) {
                if let next = perform(effect) { queue.append(next) }
            }
        }
    }

    // MARK: Effects

    private func perform(_ effect: AppEffect) -> AppEvent? {
        let lang = app.state.lang
        switch effect {
        case .loadListings:
            // Each row's progress as the file is read; the responses themselves are not kept.
            let meter = ProgressMeter(questionnaires: app.state.questionnaires, today: app.state.today)
            return .listingsLoaded(store.interviews(lang: lang, progress: meter))
        case .startInterview(let questionnaireID, let interviewer):
            guard let questionnaire = app.state.questionnaire(id: questionnaireID) else {
                return failure(lang.t("Onbekende vragenlijst ‘\(questionnaireID)’", "Unknown questionnaire ‘\(questionnaireID)’"))
            }
            return Self.startInterview(questionnaire, interviewer: interviewer, store: store, lock: &lock, lang: lang)
        case .openDraft(let id):
            return Self.openDraft(id: id, interviewer: app.state.interviewer, state: app.state, store: store,
                                  lock: &lock)
        case .openCompleted(let id):
            do {
                let response = try store.load(id: id, lang: lang)
                guard let questionnaire = app.state.questionnaire(for: response) else {
                    return failure(Self.unknownQuestionnaire(response, lang))
                }
                return .interviewOpened(OpenedInterview(questionnaire: questionnaire, response: response,
                                                        readOnly: response.status == .complete, resumed: false))
            } catch {
                return failure(Self.message(error, lang))
            }
        case .save(let response):
            return save(response)
        case .close(let response):
            if let response, let failure = save(response) { return failure }  // keep the lock: still open
            lock?.release()
            lock = nil
            return .closed
        case .saveElsewhere(let response, let folder):
            return saveElsewhere(response, folder: folder)
        case .lockForReopen(let id):
            do {
                // Reopening the interview just finished here: its lock is still ours (a second
                // flock in this process would be refused by our own).
                if let held = lock, held.url == (try? store.lockURL(for: id)) {
                    return .reopenLocked(try store.load(id: id, lang: lang))
                }
                let taken = try store.lock(id: id, holder: LockHolder.current(interviewer: app.state.interviewer))
                lock?.release()
                lock = taken
                return .reopenLocked(try store.load(id: id, lang: lang))
            } catch {
                return .reopenRefused(message: Self.message(error, lang))
            }
        case .rememberInterviewer(let name):
            do {
                var config = InterviewerConfig.load(from: configURL)  // keep the preferences
                config.interviewer = name
                try config.save(to: configURL)
            } catch {
                // Only a convenience: the interview itself does not depend on it.
                return .failed(title: lang.t("Naam niet onthouden", "Name not remembered"), message: Self.message(error, lang))
            }
            return nil
        case .browseResults:
            return browseResults()
        case .quit(let status):
            exitStatus = status
            return nil
        }
    }

    /// The results browser on the data directory (completed interviews, as `wijk
    /// results` starts, coding as the remembered coder), run on this terminal;
    /// home is drawn again when it is left.
    private func browseResults() -> AppEvent {
        let state = app.state
        let coding: CodingRunner?
        switch CodingRunner.remembered(config: configURL, data: URL(fileURLWithPath: state.dataPath), lang: state.lang) {
        case .success(let runner): coding = runner
        case .failure(let problem): return .failed(title: state.lang.t("Coderen", "Coding"), message: problem.message)
        }
        // Counting reads every file: say so while it runs.
        var busy = state
        busy.dialog = Dialog(title: state.lang.t("Resultaten", "Results"),
                             message: state.lang.t("Interviews worden geteld…", "Counting interviews…"), isError: false)
        let frame = App.frame(busy, size: terminal.size)
        terminal.draw(frame.grid, cursor: nil)
        let setup = ResultsSetup(paths: [state.dataPath], questionnaires: state.questionnaires, lang: state.lang,
                                 filter: ResponseFilter(), today: state.today, coding: coding)
        let outcome = setup.session(on: terminal).run()
        terminal.invalidate()
        switch outcome {
        case .quit: return .resize(terminal.size)
        case .signal(let signal): return .signal(signal)
        }
    }

    private func save(_ response: Response) -> AppEvent? {
        let lang = app.state.lang
        do {
            // Never without the lock: someone else may be editing this interview.
            guard let lock, lock.isHeld, lock.url == (try store.lockURL(for: response.id)) else {
                return .saveFailed(message: lang.t("Niet opgeslagen: dit interview is niet voor deze sessie vergrendeld.",
                                                   "Not saved: this interview is not locked for this session."))
            }
            try store.prepare()
            try store.save(response)
            return nil
        } catch {
            return .saveFailed(message: Self.message(error, lang))
        }
    }

    /// Writes `response` into `folder` (created 0700 if missing; an existing one, such as
    /// a USB stick, is used as it is) and releases the lock.
    private func saveElsewhere(_ response: Response, folder: String) -> AppEvent {
        let url = URL(fileURLWithPath: (folder as NSString).expandingTildeInPath, isDirectory: true)
        let other = ResponseStore(directory: url)
        do {
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) || !isDirectory.boolValue {
                try other.prepare()
            }
            try other.save(response)
            lock?.release()
            lock = nil
            return .savedElsewhere(path: try other.url(for: response.id).path)
        } catch {
            return .saveFailed(message: Self.message(error, app.state.lang))
        }
    }

    private func failure(_ message: String) -> AppEvent {
        .failed(title: app.state.lang.t("Kan niet openen", "Cannot open"), message: message)
    }

    // MARK: Shared with the commands

    /// A new draft for `questionnaire`, locked for this process.
    static func startInterview(_ questionnaire: Questionnaire, interviewer: String, store: ResponseStore,
                               lock: inout DraftLock?, lang: Lang, now: Date = Date()) -> AppEvent {
        let holder = LockHolder.current(interviewer: interviewer, now: now)
        let response = Response(id: newID(now: now), questionnaire: QuestionnaireRef(id: questionnaire.id, version: questionnaire.version),
                                variant: questionnaire.variant, interviewer: interviewer, device: holder.host,
                                createdAt: now)
        do {
            try store.prepare()
            lock?.release()
            lock = try store.lock(id: response.id, holder: holder)
        } catch {
            return .failed(title: lang.t("Kan niet beginnen", "Cannot start"), message: message(error, lang))
        }
        return .interviewOpened(OpenedInterview(questionnaire: questionnaire, response: response, readOnly: false,
                                                resumed: false))
    }

    /// Loads and locks draft `id`; a completed one opens read-only.
    static func openDraft(id: String, interviewer: String, state: AppState, store: ResponseStore,
                          lock: inout DraftLock?) -> AppEvent {
        let lang = state.lang
        let title = lang.t("Kan niet openen", "Cannot open")
        do {
            let response = try store.load(id: id, lang: lang)
            guard let questionnaire = state.questionnaire(for: response) else {
                return .failed(title: title, message: unknownQuestionnaire(response, lang))
            }
            if response.status == .complete {
                return .interviewOpened(OpenedInterview(questionnaire: questionnaire, response: response,
                                                        readOnly: true, resumed: false))
            }
            lock?.release()
            lock = try store.lock(id: id, holder: LockHolder.current(interviewer: interviewer))
            // Read again under the lock: another process may have saved in between.
            let fresh = try store.load(id: id, lang: lang)
            return .interviewOpened(OpenedInterview(questionnaire: questionnaire, response: fresh,
                                                    readOnly: false, resumed: true))
        } catch {
            return .failed(title: title, message: message(error, lang))
        }
    }

    /// A random UUID, as the response format asks: ids must stay unique across
    /// every interviewer's laptop, because merging and summaries dedupe by id.
    static func newID(now: Date) -> String {
        UUID().uuidString
    }

    static func message(_ error: any Error, _ lang: Lang) -> String {
        if let error = error as? StoreError { return error.message(lang) }
        return String(describing: error)
    }

    static func unknownQuestionnaire(_ response: Response, _ lang: Lang) -> String {
        lang.t("Vragenlijst ‘\(response.questionnaire.id)’ (\(response.variant)) is niet beschikbaar; geef het bestand op met --questionnaire.",
               "Questionnaire ‘\(response.questionnaire.id)’ (\(response.variant)) is not available; pass its file with --questionnaire.")
    }
}
