import ArgumentParser
import WijkModel

/// Reads the command line before the argument parser does, for what the parser
/// words badly: `wijk reprot` was taken as an argument of the default `home`
/// ("Unexpected argument", with home's usage). A word in a subcommand's place
/// that names no subcommand is reported as such — Dutch by default, English with
/// `--lang en` — with the nearest names from the actual list (exit 2).
/// Also answers `--version`, in the interface language.
enum SubcommandCheck {
    /// The interface language the arguments ask for (`--lang en` anywhere), else Dutch.
    static func lang(_ arguments: [String]) -> Lang {
        for (i, a) in arguments.enumerated() {
            if a == "--lang", i + 1 < arguments.count, let lang = Lang(rawValue: arguments[i + 1]) { return lang }
            if a.hasPrefix("--lang="), let lang = Lang(rawValue: String(a.dropFirst(7))) { return lang }
        }
        return .nl
    }

    /// The version text when `--version` comes before any subcommand.
    static func version(_ arguments: [String]) -> String? {
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if GlobalOptions.names.contains(a) { i += 2; continue }
            if a == "--version" { return VersionInfo.text(lang(arguments)) }
            if !a.hasPrefix("-") || a == "--" { return nil }
            i += 1
        }
        return nil
    }

    /// The message for a word that stands where a subcommand goes but names
    /// none; nil when the command line is the parser's to judge.
    static func unknownSubcommand(_ arguments: [String], root: any ParsableCommand.Type = WijkCommand.self) -> String? {
        var command = root
        var path = [root.configuration.commandName ?? root._commandName]
        var i = 0
        while true {
            // Global options (and their values) may come first; any other option ends the check.
            while i < arguments.count {
                let a = arguments[i]
                if GlobalOptions.names.contains(a) { i += 2 }
                else if let eq = a.firstIndex(of: "="), GlobalOptions.names.contains(String(a[..<eq])) { i += 1 }
                else { break }
            }
            guard i < arguments.count, !arguments[i].hasPrefix("-") else { return nil }
            let subcommands = command.configuration.subcommands
            guard !subcommands.isEmpty else { return nil }
            let word = arguments[i]
            let named = subcommands.map { ($0.configuration.commandName ?? $0._commandName, $0) }
            if let next = named.first(where: { $0.0 == word || $0.1.configuration.aliases.contains(word) }) {
                command = next.1
                path.append(word)
                i += 1
                continue
            }
            if word == "help" { return nil }
            return message(word, names: named.map(\.0), path: path.joined(separator: " "), lang: lang(arguments))
        }
    }

    static func message(_ word: String, names: [String], path: String, lang: Lang) -> String {
        let shown = DisplayText.line(word)
        var text = path.contains(" ")
            ? lang.t("onbekende opdracht ‘\(shown)’ voor ‘\(path)’.", "unknown command ‘\(shown)’ for ‘\(path)’.")
            : lang.t("onbekende opdracht ‘\(shown)’.", "unknown command ‘\(shown)’.")
        let near = nearest(word, among: names)
        if !near.isEmpty {
            let list = near.map { "‘\($0)’" }.joined(separator: lang.t(" of ", " or "))
            text += lang.t(" Bedoelde u \(list)?", " Did you mean \(list)?")
        }
        text += "\n" + lang.t("Opdrachten: ", "Commands: ") + names.joined(separator: ", ")
        text += "\n" + lang.t("Meer: \(path) --help", "More: \(path) --help")
        return text
    }

    /// The names closest to `word`: those it begins (two letters or more),
    /// else those within a small edit distance (a typo, a swapped pair).
    static func nearest(_ word: String, among names: [String]) -> [String] {
        let w = word.lowercased()
        if w.count >= 2 {
            let prefixed = names.filter { $0.hasPrefix(w) }
            if !prefixed.isEmpty { return prefixed }
        }
        let limit = w.count <= 4 ? 1 : 2
        let scored = names.map { ($0, distance(w, $0)) }.filter { $0.1 <= limit }
        guard let best = scored.map(\.1).min() else { return [] }
        return scored.filter { $0.1 == best }.map(\.0)
    }

    /// Edit distance counting an insertion, deletion, substitution or swap of
    /// two neighbours as one (optimal string alignment).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
}
