/// The characters of a frame. `.light` for UTF-8 terminals, `.ascii` as a fallback.
public struct BoxStyle: Sendable, Hashable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character

    public init(horizontal: Character, vertical: Character, topLeft: Character,
                topRight: Character, bottomLeft: Character, bottomRight: Character) {
        self.horizontal = horizontal
        self.vertical = vertical
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
    }

    public static let light = BoxStyle(horizontal: "─", vertical: "│", topLeft: "┌",
                                       topRight: "┐", bottomLeft: "└", bottomRight: "┘")
    public static let rounded = BoxStyle(horizontal: "─", vertical: "│", topLeft: "╭",
                                         topRight: "╮", bottomLeft: "╰", bottomRight: "╯")
    public static let heavy = BoxStyle(horizontal: "━", vertical: "┃", topLeft: "┏",
                                       topRight: "┓", bottomLeft: "┗", bottomRight: "┛")
    public static let ascii = BoxStyle(horizontal: "-", vertical: "|", topLeft: "+",
                                       topRight: "+", bottomLeft: "+", bottomRight: "+")
}
