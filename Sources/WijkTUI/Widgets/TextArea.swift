/// A multi-line editor for long answers and remarks.
///
/// Word-wraps by display width; Enter inserts a newline (the screen confirms with Tab).
/// ↑/↓ follow the wrapped rows, so they need the width the text is shown in.
public struct TextArea: Sendable, Hashable {
    public var buffer: TextBuffer

    public init(_ text: String = "") { buffer = TextBuffer(text) }

    public var text: String { buffer.text }

    /// Handles editing keys; `width` is the width of the text rectangle (for ↑/↓).
    public mutating func handle(_ key: Key, width: Int) -> WidgetEvent {
        switch key {
        case .character(let c):
            buffer.insert(String(c))
            return .handled
        case .enter:
            buffer.insert("\n")
            return .handled
        default:
            break
        }
        guard let action = WidgetKeys.editAction(key) else { return .ignored }
        let layout = TextArea.rows(buffer.characters, width: width)
        let (row, column) = TextArea.position(of: buffer.cursor, in: layout, buffer.characters)
        switch action {
        case .left: buffer.moveLeft()
        case .right: buffer.moveRight()
        case .backspace: buffer.backspace()
        case .delete: buffer.delete()
        case .clearLine:
            // Back to the start of the typed line (after the last newline), not of the whole text.
            let start = buffer.characters[..<buffer.cursor].lastIndex(of: "\n").map { $0 + 1 } ?? 0
            buffer.deleteBack(to: start)
        case .home: buffer.moveTo(layout[row].lowerBound)
        case .end: buffer.moveTo(TextArea.rowEnd(layout, row, buffer.characters))
        case .up, .down:
            let target = row + (action == .up ? -1 : 1)
            guard layout.indices.contains(target) else {
                buffer.moveTo(action == .up ? 0 : buffer.count)
                return .handled
            }
            buffer.moveTo(TextArea.index(atColumn: column, row: target, layout, buffer.characters))
        }
        return .handled
    }

    /// Draws the wrapped text in `rect`, scrolled so the cursor row shows, and
    /// returns the cursor cell. Marks hidden rows above/below with ↑/↓ at the right edge.
    @discardableResult
    public func render(into grid: inout Grid, rect: Rect, style: Style = .normal) -> (x: Int, y: Int) {
        guard rect.width > 1, rect.height > 0 else { return (rect.x, rect.y) }
        let textWidth = rect.width - 1  // last column for the scroll marks
        let chars = buffer.characters
        let layout = TextArea.rows(chars, width: textWidth)
        let (row, column) = TextArea.position(of: buffer.cursor, in: layout, chars)
        let top = TextArea.scrollTop(cursorRow: row, rows: layout.count, height: rect.height)
        grid.fill(rect, style: style)
        for offset in 0..<rect.height where top + offset < layout.count {
            let range = layout[top + offset]
            let line = String(chars[range].filter { $0 != "\n" })
            grid.put(line, x: rect.x, y: rect.y + offset, style: style, maxWidth: textWidth)
        }
        if top > 0 { grid.put("↑", x: rect.maxX - 1, y: rect.y, style: .muted) }
        if top + rect.height < layout.count {
            grid.put("↓", x: rect.maxX - 1, y: rect.maxY - 1, style: .muted)
        }
        return (rect.x + min(column, textWidth - 1), rect.y + row - top)
    }

    // MARK: Layout (pure, static for tests)

    /// The wrapped rows as index ranges into `chars` (newlines excluded). Breaks after
    /// the last space that fits, hard-breaks a word longer than the row; a space at the
    /// break hangs at the end of its row. Always at least one row.
    static func rows(_ chars: [Character], width: Int) -> [Range<Int>] {
        let width = max(1, width)
        var rows: [Range<Int>] = []
        var rowStart = 0, column = 0, lastSpace: Int? = nil
        var j = 0
        while j < chars.count {
            let c = chars[j]
            if c == "\n" {
                rows.append(rowStart..<j)
                rowStart = j + 1; column = 0; lastSpace = nil; j += 1
                continue
            }
            let w = TextWidth.of(c)
            if column + w > width, j > rowStart {
                if c == " " {  // hang the space
                    rows.append(rowStart..<(j + 1))
                    rowStart = j + 1; column = 0; lastSpace = nil; j += 1
                    continue
                }
                let breakAt = lastSpace.map { $0 + 1 } ?? j
                rows.append(rowStart..<breakAt)
                rowStart = breakAt; lastSpace = nil
                column = TextWidth.of(String(chars[breakAt..<j]))
            }
            if c == " " { lastSpace = j }
            column += w
            j += 1
        }
        rows.append(rowStart..<chars.count)
        return rows
    }

    /// Row and display column of a cursor index. At a soft break the cursor belongs to
    /// the next row; before a newline it stays on its row.
    static func position(of cursor: Int, in rows: [Range<Int>], _ chars: [Character]) -> (row: Int, column: Int) {
        for (r, range) in rows.enumerated() {
            let isLast = r == rows.count - 1
            let continues = !isLast && rows[r + 1].lowerBound == range.upperBound
            if cursor >= range.lowerBound && (cursor < range.upperBound || (cursor == range.upperBound && !continues)) {
                return (r, TextWidth.of(String(chars[range.lowerBound..<cursor])))
            }
        }
        let last = rows.count - 1
        return (last, TextWidth.of(String(chars[rows[last]])))
    }

    /// The last cursor index on a row (before a hanging space on a soft-wrapped row).
    static func rowEnd(_ rows: [Range<Int>], _ row: Int, _ chars: [Character]) -> Int {
        let range = rows[row]
        let continues = row + 1 < rows.count && rows[row + 1].lowerBound == range.upperBound
        return continues && range.upperBound > range.lowerBound ? range.upperBound - 1 : range.upperBound
    }

    /// The index on `row` closest to display column `column`.
    static func index(atColumn column: Int, row: Int, _ rows: [Range<Int>], _ chars: [Character]) -> Int {
        var used = 0
        let end = rowEnd(rows, row, chars)
        var i = rows[row].lowerBound
        while i < end {
            let w = TextWidth.of(chars[i])
            if used + w > column { break }
            used += w
            i += 1
        }
        return i
    }

    /// First visible row: the cursor row kept near the middle, no empty space past the end.
    static func scrollTop(cursorRow: Int, rows: Int, height: Int) -> Int {
        max(0, min(cursorRow - height / 2, rows - height))
    }
}
