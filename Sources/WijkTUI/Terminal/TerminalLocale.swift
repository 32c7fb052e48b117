import Foundation

/// Makes sure characters are read and written as UTF-8: the environment's locale when it
/// is a UTF-8 one, else a UTF-8 locale that exists (C.UTF-8 first) for the character type
/// only. Under `LANG=C` or `POSIX` ncurses would otherwise cut "Ayşe" to "Ay" and drop
/// every dash, arrow and line.
enum TerminalLocale {
    /// Tried in order when the environment's locale is not UTF-8.
    static let candidates = ["C.UTF-8", "C.utf8", "en_US.UTF-8", "nl_NL.UTF-8"]

    /// Sets the locale; nil when it is UTF-8 now, else why it cannot be.
    static func ensureUTF8() -> TerminalProblem? {
        setlocale(LC_ALL, "")
        let environment = codeset()
        return choose(environmentCodeset: environment, candidates: candidates) { name in
            setlocale(LC_CTYPE, name) != nil && isUTF8(codeset())
        }
    }

    /// The decision, pure for tests: `trySwitch` switches to a candidate and says whether
    /// that gave UTF-8.
    static func choose(environmentCodeset: String, candidates: [String],
                       trySwitch: (String) -> Bool) -> TerminalProblem? {
        if isUTF8(environmentCodeset) { return nil }
        for candidate in candidates where trySwitch(candidate) { return nil }
        return .noUTF8Locale(codeset: environmentCodeset)
    }

    static func isUTF8(_ codeset: String) -> Bool {
        let plain = codeset.uppercased().replacingOccurrences(of: "-", with: "")
        return plain == "UTF8"
    }

    private static func codeset() -> String {
        guard let name = nl_langinfo(nl_item(CODESET)) else { return "" }
        return String(cString: name)
    }
}
