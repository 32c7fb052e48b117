/// What a piece of text *means*, not which colour it has.
///
/// Screens pick a role; the terminal layer maps it to a colour pair, or to plain
/// attributes (bold, reverse, underline) when colours are off (`NO_COLOR`, monochrome
/// terminals). That keeps the screens readable in both modes without extra code.
public enum ColorRole: UInt8, Sendable, Hashable, CaseIterable {
    case normal
    case title
    case accent
    case muted
    case error
    case warning
    case success
    case selection
}
