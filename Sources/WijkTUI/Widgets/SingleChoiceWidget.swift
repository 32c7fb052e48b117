/// Single choice: ↑/↓, digits 1–9 and first letters move the choice; the highlighted
/// row is the answer. On "other, namely …" typing goes into its text field.
public struct SingleChoiceWidget: Sendable, Hashable {
    public var items: [ChoiceItem]
    /// The chosen row; nil until the interviewer picks one.
    public var cursor: Int?
    public var other: LineField

    public init(items: [ChoiceItem], value: String?, otherText: String?) {
        self.items = items
        self.cursor = value.flatMap { v in items.firstIndex { $0.value == v } }
        self.other = LineField(otherText ?? "")
    }

    /// The chosen code, if any.
    public var value: String? { cursor.map { items[$0].value } }
    /// Whether the cursor is on the "other" row, whose field then takes typing.
    public var isOnOther: Bool { cursor.map { items[$0].isOther } ?? false }

    public mutating func handle(_ key: Key) -> WidgetEvent {
        if isOnOther {
            switch key {
            case .character, .left, .right, .home, .end, .backspace, .delete:
                return other.handle(key)
            default: break
            }
        }
        switch key {
        case .up, .down, .home, .end: cursor = ChoiceListView.movedCursor(cursor, by: key, count: items.count) ?? cursor
        case .character(" "): if cursor == nil, !items.isEmpty { cursor = 0 }
        case .character(let c):
            if let i = ChoiceListView.digitIndex(c, count: items.count) ?? ChoiceListView.letterIndex(c, items: items, from: cursor) {
                cursor = i
            } else {
                return .ignored
            }
        default: return .ignored
        }
        return .handled
    }

    public func render(into grid: inout Grid, rect: Rect) -> (x: Int, y: Int)? {
        ChoiceListView.render(into: &grid, rect: rect, items: items, cursor: cursor,
                              isMarked: { $0 == cursor }, marks: ("(•)", "( )"),
                              other: other, otherFocused: isOnOther, showOther: isOnOther)
    }
}
