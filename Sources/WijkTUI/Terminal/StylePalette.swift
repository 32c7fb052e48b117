import CNcurses

/// How a `Style` becomes ncurses attributes, with or without colours.
///
/// Each `ColorRole` gets colour pair `rawValue + 1` when colours are on; in monochrome
/// the role is expressed with attributes so errors and selections still stand out.
struct StylePalette {
    let colors: Bool

    /// Foreground/background of each role's colour pair (-1 = terminal default).
    static func colorPair(for role: ColorRole) -> (foreground: Int16, background: Int16) {
        switch role {
        case .normal: return (-1, -1)
        case .title: return (Int16(COLOR_CYAN), -1)
        case .accent: return (Int16(COLOR_YELLOW), -1)
        case .muted: return (Int16(COLOR_BLUE), -1)
        case .error: return (Int16(COLOR_RED), -1)
        case .warning: return (Int16(COLOR_YELLOW), -1)
        case .success: return (Int16(COLOR_GREEN), -1)
        case .selection: return (Int16(COLOR_BLACK), Int16(COLOR_CYAN))
        }
    }

    /// The attributes that stand in for a role's colour in monochrome.
    static func monochromeAttributes(for role: ColorRole) -> TextAttributes {
        switch role {
        case .normal, .success: return []
        case .title, .accent, .warning: return .bold
        case .muted: return .dim
        case .error: return [.bold, .underline]
        case .selection: return .reverse
        }
    }

    /// (attributes, colour pair) for ncurses.
    func curses(_ style: Style) -> (attrs: attr_t, pair: Int32) {
        var wanted = style.attributes
        var pair: Int32 = 0
        if colors {
            pair = style.role == .normal ? 0 : Int32(style.role.rawValue) + 1
        } else {
            wanted.formUnion(Self.monochromeAttributes(for: style.role))
        }
        var attrs = wijk_a_normal()
        if wanted.contains(.bold) { attrs |= wijk_a_bold() }
        if wanted.contains(.reverse) { attrs |= wijk_a_reverse() }
        if wanted.contains(.underline) { attrs |= wijk_a_underline() }
        if wanted.contains(.dim) { attrs |= wijk_a_dim() }
        return (attrs, pair)
    }
}
