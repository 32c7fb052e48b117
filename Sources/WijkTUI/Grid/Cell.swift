/// One terminal cell: a grapheme and its style.
///
/// A wide grapheme (CJK, emoji) lives in its leading cell; the cell to its right is a
/// *continuation* cell that holds nothing and is skipped when painting or printing.
public struct Cell: Sendable, Hashable {
    public var character: Character
    public var style: Style
    public var isContinuation: Bool

    public init(_ character: Character, style: Style = .normal, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }

    /// An empty cell with the normal style.
    public static let blank = Cell(" ")

    /// The right half of a wide grapheme.
    public static func continuation(_ style: Style) -> Cell {
        Cell(" ", style: style, isContinuation: true)
    }

    /// Display width of the grapheme in this cell (0 for a continuation cell).
    public var width: Int { isContinuation ? 0 : TextWidth.of(character) }
}
