/// The key bindings of the interview screen, as data: handling, the footer and the
/// help screen all read these tables.
///
/// Every function key has a Ctrl alternative because desktop terminals often take
/// F1 and F10 for themselves. Ctrl-C leaves with saving, like F10; Ctrl-Z undoes (raw
/// mode: it suspends nothing); Ctrl-S is left alone (flow control on some terminals);
/// Ctrl-H/I/J/M are Backspace/Tab/Enter on terminals and unusable.
public enum InterviewKeys {
    /// Keys that work on the answering screen whatever the widget, in footer order.
    /// Footer priority (the essential Help and leave come first): remark, don't know and
    /// refused are core — at 80 columns they stay, with short labels.
    public static let global = KeyMap<InterviewAction>([
        KeyBinding([.function(1), .ctrl("g")], .help, nl: "Help", en: "Help", essential: true),
        KeyBinding([.function(2), .ctrl("o")], .overview, nl: "Overzicht", en: "Overview", rank: 6),
        KeyBinding([.function(3), .ctrl("n")], .remark, nl: "Opmerking", en: "Remark", rank: 1),
        KeyBinding([.function(4), .ctrl("p")], .firstProblem, nl: "Eerste probleem", en: "First problem",
                   short: ("Probleem", "Problem"), rank: 8),
        KeyBinding([.function(5), .ctrl("k")], .dontKnow, nl: "Weet niet", en: "Don't know", rank: 2),
        KeyBinding([.function(6), .ctrl("r")], .refused, nl: "Wil niet zeggen", en: "Refused",
                   short: ("Weigert", "Refused"), rank: 3),
        KeyBinding([.function(7), .ctrl("e")], .reopen, nl: "Heropenen",
                   en: "Reopen", showInFooter: false),
        KeyBinding([.function(8), .ctrl("f")], .review, nl: "Afronden", en: "Finish", rank: 4),
        KeyBinding([.function(10), .ctrl("q"), .ctrl("c")], .leave, nl: "Opslaan en stoppen", en: "Save and quit",
                   essential: true, short: ("Stop", "Quit")),
        KeyBinding(.ctrl("z"), .undo, nl: "Laatste antwoordwijziging ongedaan maken",
                   en: "Undo the last answer change", showInFooter: false),
    ])

    /// Moving through the questions. In the long-text editor Enter makes a new line,
    /// so there only Tab confirms (see `navigation(enterConfirms:)`).
    public static let navigation = KeyMap<InterviewAction>([
        KeyBinding([.enter, .tab], .confirm, nl: "Verder", en: "Next", rank: 5),
        KeyBinding([.backTab, .pageUp], .back, nl: "Terug", en: "Back", rank: 7),
        KeyBinding(.escape, .undoEdit, nl: "Getypte tekst weggooien (lang: vraagt eerst)",
                   en: "Discard typed text (long: asks first)", showInFooter: false),
    ])

    static func navigation(enterConfirms: Bool) -> KeyMap<InterviewAction> {
        guard !enterConfirms else { return navigation }
        var map = navigation
        map.bindings[0].keys = [.tab]
        return map
    }

    /// The overview of all questions (F2).
    public static let overview = KeyMap<InterviewAction>([
        KeyBinding(.enter, .select, nl: "Naar deze vraag", en: "Go to question"),
        KeyBinding([.up, .down], .up, nl: "Kiezen", en: "Move", showInFooter: false),
        KeyBinding([.escape, .function(2), .ctrl("o")], .close, nl: "Terug", en: "Back", essential: true),
        KeyBinding([.pageUp, .pageDown], .pageUp, nl: "Bladzijde op/neer", en: "Page up/down", showInFooter: false),
        KeyBinding([.character("1"), .character("a")], .search, nl: "nummer of woorden typen: naar die vraag (Backspace, Esc wist)",
                   en: "type a number or words: to that question (Backspace, Esc clears)", showInFooter: false),
    ])

    /// Review & finish (F8).
    public static let review = KeyMap<InterviewAction>([
        KeyBinding([.function(8), .ctrl("f")], .finish, nl: "Afronden", en: "Finish"),
        KeyBinding(.enter, .select, nl: "Naar deze vraag", en: "Go to question"),
        KeyBinding([.up, .down], .up, nl: "Kiezen", en: "Move", showInFooter: false),
        KeyBinding([.escape], .close, nl: "Terug", en: "Back", essential: true),
        KeyBinding([.function(10), .ctrl("q"), .ctrl("c")], .leave, nl: "Opslaan en stoppen", en: "Save and quit",
                   essential: true),
        KeyBinding([.function(7), .ctrl("e")], .reopen, nl: "Heropenen", en: "Reopen", showInFooter: false),
        KeyBinding([.pageUp, .pageDown], .pageUp, nl: "Bladzijde op/neer", en: "Page up/down", showInFooter: false),
    ])

    /// The remark editor (F3).
    public static let remark = KeyMap<InterviewAction>([
        KeyBinding([.tab, .function(3), .ctrl("n")], .saveRemark, nl: "Opmerking bewaren", en: "Save remark"),
        KeyBinding(.escape, .close, nl: "Annuleren", en: "Cancel", essential: true),
    ])

    /// Yes/no confirmation dialogs.
    public static let dialog = KeyMap<InterviewAction>([
        KeyBinding([.enter, .character("j"), .character("y")], .yes, nl: "Ja", en: "Yes"),
        KeyBinding([.escape, .character("n")], .no, nl: "Nee", en: "No", essential: true),
    ])

    /// The help screen (F1).
    public static let help = KeyMap<InterviewAction>([
        KeyBinding([.up, .down, .pageUp, .pageDown], .up, nl: "Scrollen", en: "Scroll", showInFooter: false),
        KeyBinding([.escape, .function(1), .ctrl("g"), .enter], .close, nl: "Sluiten", en: "Close", essential: true),
    ])

    /// Up/Down/PgUp/PgDn mapped for the lists (bindings above describe them per pair).
    static func listAction(_ key: Key) -> InterviewAction? {
        switch key {
        case .up: return .up
        case .down: return .down
        case .pageUp: return .pageUp
        case .pageDown: return .pageDown
        default: return nil
        }
    }
}
