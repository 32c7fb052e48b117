import WijkModel

/// Why the full-screen interface cannot start. Checked before any ncurses call,
/// because `initscr` would print its own error and exit.
public enum TerminalProblem: Error, Sendable, Hashable {
    case inputNotATerminal
    case outputNotATerminal
    case termUnset
    case termDumb
    /// ncurses could not set up the terminal (e.g. unknown TERM).
    case setupFailed(term: String)
    /// The locale is not UTF-8 and no UTF-8 locale is installed: typed letters such as
    /// ş or é would be lost.
    case noUTF8Locale(codeset: String)

    /// Decides from the given facts; pure so it can be tested.
    public static func detect(environment: [String: String], stdinIsTTY: Bool,
                              stdoutIsTTY: Bool) -> TerminalProblem? {
        if !stdoutIsTTY { return .outputNotATerminal }
        if !stdinIsTTY { return .inputNotATerminal }
        let term = environment["TERM"] ?? ""
        if term.isEmpty { return .termUnset }
        if term == "dumb" { return .termDumb }
        return nil
    }

    /// A message for the user, in `lang`.
    public func message(_ lang: Lang) -> String {
        switch self {
        case .inputNotATerminal:
            return lang.t("De invoer is geen terminal; wijk heeft een interactieve terminal nodig.",
                          "Input is not a terminal; wijk needs an interactive terminal.")
        case .outputNotATerminal:
            return lang.t("De uitvoer is geen terminal; wijk heeft een interactieve terminal nodig.",
                          "Output is not a terminal; wijk needs an interactive terminal.")
        case .termUnset:
            return lang.t("TERM is niet ingesteld; probeer bijvoorbeeld TERM=xterm-256color.",
                          "TERM is not set; try for example TERM=xterm-256color.")
        case .termDumb:
            return lang.t("Deze terminal (TERM=dumb) kan geen schermen tekenen.",
                          "This terminal (TERM=dumb) cannot draw screens.")
        case .noUTF8Locale(let codeset):
            let name = codeset.isEmpty ? "?" : codeset
            return lang.t("De taalinstelling gebruikt geen UTF-8 (\(name)) en er is geen UTF-8-taalinstelling geïnstalleerd; letters als ş en é zouden verloren gaan. Stel bijvoorbeeld LANG=nl_NL.UTF-8 in of installeer C.UTF-8.",
                          "The locale does not use UTF-8 (\(name)) and no UTF-8 locale is installed; letters such as ş and é would be lost. Set for example LANG=en_US.UTF-8 or install C.UTF-8.")
        case .setupFailed(let term):
            return lang.t("De terminal '\(term)' kon niet worden gestart (onbekend terminaltype?).",
                          "Could not start terminal '\(term)' (unknown terminal type?).")
        }
    }
}
