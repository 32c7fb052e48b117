import Foundation
import WijkModel

/// A message under the question: why an answer was refused, a soft warning, or a note.
public struct ScreenMessage: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case error, warning, info }
    public var text: String
    public var kind: Kind

    public init(_ text: String, _ kind: Kind) { self.text = text; self.kind = kind }

    var style: Style {
        switch kind {
        case .error: return .error
        case .warning: return .warning
        case .info: return .success
        }
    }
}

/// Which part of the interview screen has the keys.
public enum InterviewMode: Sendable, Equatable {
    case answering
    /// F2: all sections and questions; `selection` indexes `OverviewList.rows`.
    case overview(selection: Int)
    /// F3: editing the remark on the current question.
    case remark(TextArea)
    /// F8: all answers by section; `selection` indexes `ReviewList.rows`.
    case review(selection: Int)
}

/// A yes/no question laid over the screen.
public enum InterviewDialog: Sendable, Equatable {
    /// Finishing with soft warnings left and/or answers that will be cleared
    /// because their question no longer applies.
    case finish(warnings: [String], clearing: Int)
    /// Reopening a completed interview for editing.
    case reopen
    /// F5/F6 on a question that already has an answer (or typed text).
    case replaceWithSpecial(AnswerValue)
    /// Esc on typed text of more than a few words (in the remark editor or not).
    case discardEdit(words: Int, remark: Bool)
    /// Consent "nee" confirmed: the interview ends here.
    case consentRefused(clearing: Int)
}

/// The interview screen: state + key → new state + effects, and a pure render.
///
/// The shell owns I/O: it runs the returned effects (atomic saves, leaving) and sets
/// `viewport` to the terminal size on start and on every resize (the long-text editor
/// needs the width for ↑/↓, and keys are ignored while the window is too small).
public struct InterviewScreen: Sendable {
    public var engine: InterviewEngine
    public let lang: Lang
    /// A completed interview is shown read-only until deliberately reopened.
    public internal(set) var readOnly: Bool
    public internal(set) var mode: InterviewMode = .answering
    /// The widget of the current question, holding what is typed but not yet confirmed.
    public internal(set) var widget: AnswerWidget
    /// Whether the widget was changed since it was loaded from the stored answer.
    public internal(set) var widgetEdited = false
    public internal(set) var message: ScreenMessage?
    /// F1 help shown over the screen, with its scroll position.
    public internal(set) var helpScroll: Int?
    public internal(set) var dialog: InterviewDialog?
    /// The terminal size, set by the shell.
    public var viewport: Size = .minimum
    /// A one-key answer (choice, scale point, yes/no) also moves on, as Enter would.
    public var autoAdvance = false
    /// The time of the last key (or of opening), for the interview's running time in
    /// the header; nil shows none.
    public var clock: Date?
    /// The question and answer whose warning was shown: confirming the same again goes on.
    var acknowledged: String?
    /// What is typed in the overview to go to a question: its number or words of it.
    public internal(set) var overviewQuery = ""

    public init(engine: InterviewEngine, lang: Lang, readOnly: Bool) {
        self.engine = engine
        self.lang = lang
        self.readOnly = readOnly || engine.response.status == .complete
        self.widget = .note
        loadWidget()
    }

    var isTooSmall: Bool { viewport.isBelowMinimum }

    /// Handles one key and returns what the shell must do.
    public mutating func handle(_ key: Key, now: Date) -> [InterviewEffect] {
        clock = now
        if isTooSmall {
            return InterviewKeys.global.action(for: key) == .leave ? leave(now: now) : []
        }
        if let dialog { return handleDialog(dialog, key, now: now) }
        if helpScroll != nil { handleHelp(key); return [] }
        switch mode {
        case .answering: return handleAnswering(key, now: now)
        case .overview(let selection): return handleOverview(key, selection: selection, now: now)
        case .remark(let area): return handleRemark(key, area: area, now: now)
        case .review(let selection): return handleReview(key, selection: selection, now: now)
        }
    }

    /// The key map whose bindings apply right now (for the footer).
    public var activeKeyMap: KeyMap<InterviewAction> {
        if dialog != nil { return InterviewKeys.dialog }
        if helpScroll != nil { return InterviewKeys.help }
        switch mode {
        case .answering:
            var global = InterviewKeys.global
            if readOnly, let index = global.bindings.firstIndex(where: { $0.action == .reopen }) {
                // Read-only: reopening is what the interviewer most likely looks for.
                var reopen = global.bindings.remove(at: index)
                reopen.showInFooter = true
                reopen.footerRank = 0
                global.bindings.insert(reopen, at: 0)
            }
            return readOnlyLabels(InterviewKeys.navigation(enterConfirms: widget.enterConfirms).appending(global))
        case .overview: return InterviewKeys.overview
        case .remark: return InterviewKeys.remark
        case .review: return readOnlyLabels(InterviewKeys.review)
        }
    }

    /// Read-only, leaving saves nothing: say "Stoppen", which is also short enough
    /// to leave room for the other keys at 80 columns.
    private func readOnlyLabels(_ map: KeyMap<InterviewAction>) -> KeyMap<InterviewAction> {
        guard readOnly else { return map }
        var map = map
        for i in map.bindings.indices where map.bindings[i].action == .leave {
            map.bindings[i].helpNL = "Stoppen"
            map.bindings[i].helpEN = "Quit"
            map.bindings[i].shortNL = "Stoppen"
            map.bindings[i].shortEN = "Quit"
        }
        return map
    }

    // MARK: Shared steps

    /// Rebuilds the widget from the stored answer of the current question.
    mutating func loadWidget() {
        widgetEdited = false
        acknowledged = nil
        guard let question = engine.currentQuestion else { widget = .note; return }
        widget = AnswerWidget(question: question, questionnaire: engine.questionnaire,
                              value: engine.answer(question.id), otherText: engine.otherText(for: question.id),
                              lang: lang)
    }

    /// Stores unconfirmed edits when they are valid (before leaving, going back or
    /// jumping), so typed work is not lost. Returns save effects.
    mutating func commitEdits(now: Date) -> [InterviewEffect] {
        guard widgetEdited, !readOnly, let question = engine.currentQuestion,
              case .value(let value, let other) = widget.answer(lang: lang) else { return [] }
        let before = engine.response
        guard engine.setAnswer(value, for: question.id, at: now, lang: lang).isAccepted else { return [] }
        if question.other != nil, let other { engine.setOtherText(other, for: question.id, at: now, lang: lang) }
        widgetEdited = false
        return engine.response != before ? [.save(engine.response)] : []
    }

    mutating func leave(now: Date) -> [InterviewEffect] {
        _ = commitEdits(now: now)  // the leave effect carries the save
        if !readOnly { engine.recordLeave(at: now) }
        return [.leave(engine.response)]
    }

    /// The hint shown when an edit is tried on a completed interview.
    var readOnlyHint: ScreenMessage {
        ScreenMessage(lang.t("Afgerond interview: alleen lezen. F7/Ctrl-E heropent het.",
                             "Completed interview: read-only. F7/Ctrl-E reopens it."), .warning)
    }

    // MARK: Dialogs and help

    private mutating func handleDialog(_ dialog: InterviewDialog, _ key: Key, now: Date) -> [InterviewEffect] {
        switch InterviewKeys.dialog.action(for: key) {
        case .yes?:
            self.dialog = nil
            switch dialog {
            case .finish, .consentRefused: return complete(now: now)
            case .replaceWithSpecial(let value): return answerSpecial(value, now: now, confirmed: true)
            case .discardEdit(_, let remark):
                if remark { mode = .answering } else { loadWidget() }
                message = nil
                return []
            case .reopen:
                return [.reopen]  // editable only once the lock is ours (`reopened`)
            }
        case .no?:
            self.dialog = nil
        default:
            if InterviewKeys.global.action(for: key) == .leave { self.dialog = nil; return leave(now: now) }
        }
        return []
    }

    private mutating func handleHelp(_ key: Key) {
        // The last line may reach the bottom of the help box (the body less its border), no further:
        // scrolling past it would take as many presses back before anything moved.
        let last = max(0, helpLines().count - (Self.body(viewport).height - 2))
        let scroll = helpScroll ?? 0
        switch InterviewKeys.listAction(key) ?? InterviewKeys.help.action(for: key) {
        case .close?: helpScroll = nil
        case .up?: helpScroll = max(0, min(scroll, last) - 1)
        case .down?: helpScroll = min(last, scroll + 1)
        case .pageUp?: helpScroll = max(0, min(scroll, last) - 10)
        case .pageDown?: helpScroll = min(last, scroll + 10)
        default: break
        }
    }
}
