/// A one-line text field: grapheme editing, horizontal scrolling by display width.
///
/// Used for short text, numbers, dates, "other, namely …" and remarks' titles.
public struct LineField: Sendable, Hashable {
    public var buffer: TextBuffer
    /// Characters accepted when typed; nil accepts every printable grapheme.
    public var accepts: (@Sendable (Character) -> Bool)?

    public init(_ text: String = "", accepts: (@Sendable (Character) -> Bool)? = nil) {
        buffer = TextBuffer(text)
        self.accepts = accepts
    }

    public var text: String { buffer.text }

    public static func == (lhs: LineField, rhs: LineField) -> Bool { lhs.buffer == rhs.buffer }
    public func hash(into hasher: inout Hasher) { hasher.combine(buffer) }

    /// Editing keys and typed text; Enter, Tab and the rest are left to the screen.
    public mutating func handle(_ key: Key) -> WidgetEvent {
        if case .character(let c) = key {
            guard c != "\n", accepts?(c) ?? true else { return .ignored }
            buffer.insert(String(c))
            return .handled
        }
        switch WidgetKeys.editAction(key) {
        case .left?: buffer.moveLeft()
        case .right?: buffer.moveRight()
        case .home?: buffer.moveToStart()
        case .end?: buffer.moveToEnd()
        case .backspace?: buffer.backspace()
        case .delete?: buffer.delete()
        case .clearLine?: buffer.deleteBack(to: 0)
        default: return .ignored
        }
        return .handled
    }

    /// Draws the visible part in `rect` (first row only) and returns the cursor cell.
    ///
    /// Scrolls so the cursor stays visible: the text starts at column 0 while the
    /// cursor fits, otherwise the cursor sits at the right edge.
    @discardableResult
    public func render(into grid: inout Grid, rect: Rect, style: Style = Style(.normal, .underline))
        -> (x: Int, y: Int) {
        guard rect.width > 0, rect.height > 0 else { return (rect.x, rect.y) }
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: style)
        let chars = buffer.characters
        var cursorColumn = 0
        for c in chars[..<buffer.cursor] { cursorColumn += TextWidth.of(c) }
        let offset = max(0, cursorColumn - (rect.width - 1))
        // Skip whole graphemes left of the window.
        var skipped = 0
        var start = 0
        while start < chars.count, skipped + TextWidth.of(chars[start]) <= offset {
            skipped += TextWidth.of(chars[start])
            start += 1
        }
        if start < chars.count, skipped < offset { skipped += TextWidth.of(chars[start]); start += 1 }
        let visible = String(chars[start...])
        let lead = skipped - offset
        grid.put(visible, x: rect.x + lead, y: rect.y, style: style, maxWidth: rect.width - lead)
        return (rect.x + min(rect.width - 1, cursorColumn - offset), rect.y)
    }
}
