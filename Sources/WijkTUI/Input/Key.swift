/// A key press, independent of ncurses.
public enum Key: Sendable, Hashable {
    /// A printable grapheme (letters, digits, space, ë, ğ, ش, 日 …).
    case character(Character)
    case enter
    case tab
    case backTab
    case up, down, left, right
    case home, end, pageUp, pageDown
    case backspace, delete, insert
    case escape
    /// F1…F63.
    case function(Int)
    /// Ctrl plus a letter, stored lower-case: `.control("q")` is Ctrl-Q. In raw mode
    /// Ctrl-C arrives as `.control("c")`.
    case control(Character)
    /// Alt (Meta) plus a character: terminals send Esc followed by it. Bound to
    /// nothing, so Alt-b neither types a "b" nor acts as Esc.
    case alt(Character)
    /// The terminal changed size (the terminal layer reports the new size separately).
    case resize
    /// A code we do not map; kept for logging.
    case unknown(UInt32)

    /// Ctrl plus a letter; normalises the letter to lower case.
    public static func ctrl(_ letter: Character) -> Key {
        .control(Character(letter.lowercased()))
    }

    /// How the key is written in footers and help: "F2", "Ctrl-Q", "Enter", "↑".
    public var name: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .escape: return "Esc"
        case .function(let n): return "F\(n)"
        case .control(let c): return "Ctrl-\(c.uppercased())"
        case .alt(let c): return "Alt-\(c)"
        case .resize: return "Resize"
        case .unknown(let code): return "Key \(code)"
        }
    }
}
