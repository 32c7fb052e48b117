/// What to draw instead of a Unicode line or symbol on a terminal that cannot show it
/// (the Linux console, DEC VT terminals): the terminal's own line-drawing characters
/// (ncurses' alternate character set, which falls back to ASCII by itself where the
/// terminal has none) or a plain ASCII look-alike of the same width. Letters are never
/// replaced: what was typed is shown (and stored) as typed.
enum TerminalGlyphs {
    enum Glyph: Equatable {
        /// An alternate-character-set code (`q` horizontal line, `x` vertical, …).
        case acs(UInt8)
        case ascii(Character)
    }

    /// Whether `term` names a terminal that cannot show Unicode lines and symbols.
    static func isLimited(term: String) -> Bool {
        let name = term.lowercased()
        let limited = ["linux", "vt52", "vt100", "vt102", "vt220", "vt320", "vt420", "ansi", "cons25", "pcansi", "sun"]
        return limited.contains { name == $0 || name.hasPrefix($0 + "-") }
    }

    /// The replacement for `character` on a limited terminal, or nil to draw it as it is.
    static func substitute(_ character: Character) -> Glyph? {
        if let code = acs[character] { return .acs(code) }
        if let plain = ascii[character] { return .ascii(plain) }
        return nil
    }

    private static let acs: [Character: UInt8] = {
        var table: [Character: UInt8] = [:]
        for (characters, code) in [("─━═", "q"), ("│┃║", "x"), ("┌╭┏╔", "l"), ("┐╮┓╗", "k"), ("└╰┗╚", "m"),
                                   ("┘╯┛╝", "j"), ("├┣", "t"), ("┤┫", "u"), ("┬┳", "w"), ("┴┻", "v"), ("┼╋", "n"),
                                   ("█▉▊▋", "0"), ("░", "h"), ("▒▓", "a"), ("·•", "~"), ("↑", "-"), ("↓", "."),
                                   ("←", ","), ("→", "+"), ("≤", "y"), ("≥", "z"), ("≠", "|"), ("°", "f"),
                                   ("±", "g"), ("◆", "`")] as [(String, String)] {
            for character in characters { table[character] = code.utf8.first! }
        }
        return table
    }()

    private static let ascii: [Character: Character] = [
        "—": "-", "–": "-", "−": "-", "▸": ">", "▶": ">", "►": ">", "›": ">", "»": ">", "◂": "<", "◀": "<",
        "‹": "<", "«": "<", "…": ".", "⏎": "|", "▏": "|", "▎": "|", "▍": "|", "▌": "|", "✓": "*", "✔": "*",
        "✗": "x", "✘": "x", "×": "x", "○": "o", "‘": "'", "’": "'", "“": "\"", "”": "\"", "„": "\"",
        "▲": "^", "▼": "v",
    ]
}
