/// The editing actions of text fields, bound to keys as data (shown in the help).
public enum EditAction: Sendable, Hashable {
    case left, right, up, down, home, end, backspace, delete
    /// Ctrl-U: delete from the start of the line to the cursor (the whole field when
    /// the cursor is at its end, as after typing).
    case clearLine
}

/// Key maps of the widgets. The screen's help lists these next to its own bindings.
public enum WidgetKeys {
    /// Editing keys of one-line fields and the long-text editor.
    public static let editing = KeyMap<EditAction>([
        KeyBinding([.left, .right], .left, nl: "cursor links/rechts", en: "cursor left/right"),
        KeyBinding(.home, .home, nl: "begin van de regel", en: "start of line"),
        KeyBinding(.end, .end, nl: "eind van de regel", en: "end of line"),
        KeyBinding(.backspace, .backspace, nl: "teken voor de cursor wissen", en: "delete before cursor"),
        KeyBinding(.delete, .delete, nl: "teken na de cursor wissen", en: "delete after cursor"),
        KeyBinding([.up, .down], .up, nl: "regel omhoog/omlaag (lang antwoord)",
                   en: "line up/down (long answer)"),
        KeyBinding(.ctrl("u"), .clearLine, nl: "wissen tot het begin van de regel (het hele veld)",
                   en: "delete to the start of the line (the whole field)"),
    ])

    /// Resolves an editing key; `editing` documents the same keys for the help.
    static func editAction(_ key: Key) -> EditAction? {
        switch key {
        case .left: return .left
        case .right: return .right
        case .up: return .up
        case .down: return .down
        case .home: return .home
        case .end: return .end
        case .backspace: return .backspace
        case .delete: return .delete
        case .control("u"): return .clearLine
        default: return nil
        }
    }

    /// What the answer widgets do with keys (for the help screen only; each widget
    /// dispatches its own keys).
    public static let answering = KeyMap<Void>([
        KeyBinding([.up, .down], (), nl: "cursor in een lijst, schaal of ja/nee (kiest niet)",
                   en: "cursor in a list, scale or yes/no (does not choose)"),
        KeyBinding(.character(" "), (), nl: "kiezen (meer antwoorden: aan/uit)", en: "choose (multiple answers: toggle)"),
        KeyBinding((1...9).map { Key.character(Character(String($0))) }, (), nl: "cijfer: keuze 1–9 of schaalpunt kiezen",
                   en: "digit: choose choice 1–9 or scale point"),
        KeyBinding(.character("a"), (), nl: "letter: naar de keuze met die beginletter (nogmaals: de volgende)",
                   en: "letter: to the choice starting with it (again: the next)"),
        KeyBinding([.left, .right], (), nl: "cursor op schaal of ja/nee; → op ‘Anders’: tekst typen",
                   en: "cursor on a scale or yes/no; → on ‘Other’: type its text"),
        KeyBinding([.character("j"), .character("y"), .character("n")], (), nl: "ja / nee kiezen",
                   en: "choose yes / no"),
        KeyBinding([.character("v"), .character("t")], (), nl: "datum: vandaag", en: "date: today"),
        KeyBinding(.enter, (), nl: "keuze onder de cursor nemen en verder (lang antwoord: nieuwe regel)",
                   en: "take the choice under the cursor, go on (long answer: new line)"),
    ])
}
