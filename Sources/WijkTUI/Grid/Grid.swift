/// An in-memory screen: `width × height` cells that `render` functions draw into and
/// the terminal layer paints. Value type, so a frame can be kept and compared.
///
/// All drawing clips at the grid's edges; a wide grapheme is never split (if only
/// half of it would fit, it is left out).
public struct Grid: Sendable, Hashable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: fill, count: self.width * self.height)
    }

    public init(size: Size) { self.init(width: size.width, height: size.height) }

    public var size: Size { Size(width: width, height: height) }
    public var bounds: Rect { Rect(size) }

    /// The cell at a position; reading outside the grid gives a blank cell.
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, x < width, y >= 0, y < height else { return .blank }
        return cells[y * width + x]
    }

    // MARK: Text

    /// Writes `text` from column `x` on row `y` and returns the columns it used.
    ///
    /// Stops at the right edge or after `maxWidth` columns, whichever comes first, and
    /// never writes half of a wide grapheme. Graphemes of width 0 (stray combining marks,
    /// controls, newlines) are skipped. Columns left of 0 are clipped but still counted.
    /// Returns 0 when the row is outside the grid.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int,
                             style: Style = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        var column = x
        for character in text {
            let w = TextWidth.of(character)
            if w == 0 { continue }
            if column + w > limit { break }
            if column >= 0 {
                setCell(Cell(character, style: style), x: column, y: y)
                if w == 2 { setCell(.continuation(style), x: column + 1, y: y) }
            } else if column + w > 0 {
                setCell(Cell(" ", style: style), x: 0, y: y)  // right half of a clipped wide glyph
            }
            column += w
        }
        return column - x
    }

    /// Writes `text` cut to `width` columns with "…" (see `TextWidth.truncate`).
    @discardableResult
    public mutating func putTruncated(_ text: String, x: Int, y: Int, width: Int,
                                      style: Style = .normal) -> Int {
        put(TextWidth.truncate(text, to: width), x: x, y: y, style: style, maxWidth: width)
    }

    /// Word-wraps `text` into `rect` (see `TextWidth.wrap`); returns the rows used,
    /// which may be more than `rect.height` (the rest is clipped).
    @discardableResult
    public mutating func putWrapped(_ text: String, in rect: Rect, style: Style = .normal) -> Int {
        let lines = TextWidth.wrap(text, width: rect.width)
        for (index, line) in lines.enumerated() where index < rect.height {
            put(line, x: rect.x, y: rect.y + index, style: style, maxWidth: rect.width)
        }
        return lines.count
    }

    // MARK: Areas and lines

    /// Fills `rect` (clipped to the grid) with `character`.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .normal) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let w = TextWidth.of(character)
        for y in area.y..<area.maxY {
            if w == 2 {
                var x = area.x
                while x + 2 <= area.maxX { put(String(character), x: x, y: y, style: style); x += 2 }
                if x < area.maxX { setCell(Cell(" ", style: style), x: x, y: y) }
            } else {
                for x in area.x..<area.maxX { setCell(Cell(w == 0 ? " " : character, style: style), x: x, y: y) }
            }
        }
    }

    /// Changes the style of every cell in `rect` but keeps the text (e.g. a selection bar).
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { cells[y * width + x].style = style }
        }
    }

    /// A horizontal line of `length` columns starting at `x`.
    public mutating func horizontalLine(x: Int, y: Int, length: Int,
                                        character: Character = "─", style: Style = .normal) {
        fill(Rect(x: x, y: y, width: length, height: 1), with: character, style: style)
    }

    /// A vertical line of `length` rows starting at `y`.
    public mutating func verticalLine(x: Int, y: Int, length: Int,
                                      character: Character = "│", style: Style = .normal) {
        fill(Rect(x: x, y: y, width: 1, height: length), with: character, style: style)
    }

    /// Draws a frame on the border of `rect`, with an optional title in the top edge,
    /// and returns the inside (`rect.inset(by: 1)`).
    @discardableResult
    public mutating func box(_ rect: Rect, style: Style = .normal, box chars: BoxStyle = .light,
                             title: String? = nil, titleStyle: Style = .title) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        horizontalLine(x: rect.x + 1, y: rect.y, length: rect.width - 2, character: chars.horizontal, style: style)
        horizontalLine(x: rect.x + 1, y: rect.maxY - 1, length: rect.width - 2, character: chars.horizontal, style: style)
        verticalLine(x: rect.x, y: rect.y + 1, length: rect.height - 2, character: chars.vertical, style: style)
        verticalLine(x: rect.maxX - 1, y: rect.y + 1, length: rect.height - 2, character: chars.vertical, style: style)
        put(String(chars.topLeft), x: rect.x, y: rect.y, style: style)
        put(String(chars.topRight), x: rect.maxX - 1, y: rect.y, style: style)
        put(String(chars.bottomLeft), x: rect.x, y: rect.maxY - 1, style: style)
        put(String(chars.bottomRight), x: rect.maxX - 1, y: rect.maxY - 1, style: style)
        if let title, rect.width >= 5 {
            let room = rect.width - 4
            put(" " + TextWidth.truncate(title, to: room) + " ", x: rect.x + 1, y: rect.y,
                style: titleStyle, maxWidth: rect.width - 2)
        }
        return rect.inset(by: 1)
    }

    // MARK: Reading back

    /// The text of every row, continuation cells skipped and trailing spaces trimmed.
    public var lines: [String] {
        (0..<height).map { line($0) }
    }

    /// The text of one row, trailing spaces trimmed.
    public func line(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var text = ""
        for x in 0..<width {
            let cell = cells[y * width + x]
            if !cell.isContinuation { text.append(cell.character) }
        }
        while text.last == " " { text.removeLast() }
        return text
    }

    // MARK: Private

    /// Stores a cell, first blanking the other half of any wide glyph it overwrites so
    /// the grid never holds half a glyph.
    private mutating func setCell(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let index = y * width + x
        let old = cells[index]
        if old.isContinuation, x > 0, !cell.isContinuation {
            cells[index - 1] = Cell(" ", style: cells[index - 1].style)
        }
        if !old.isContinuation, TextWidth.of(old.character) == 2, x + 1 < width,
           cells[index + 1].isContinuation {
            cells[index + 1] = Cell(" ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }
}

extension Grid: CustomStringConvertible {
    /// `lines` joined with newlines — what snapshot tests compare.
    public var description: String { lines.joined(separator: "\n") }
}
