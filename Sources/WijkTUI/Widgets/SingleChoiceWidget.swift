import WijkModel

/// Single choice. ↑/↓/Home/End and first letters move a cursor only; Space, a digit
/// 1–9 or Enter (the screen's confirm, see `selectCursor`) choose. The "other, namely …"
/// field gets the keys only when entered deliberately (→ or Tab on the chosen "other"
/// row), so a digit always chooses and never types into it.
public struct SingleChoiceWidget: Sendable, Hashable, ChoiceListNavigation, CursorChoice {
    public var items: [ChoiceItem]
    /// The highlighted row (moved by arrows and letters).
    public var cursor: Int?
    /// The chosen row; nil until the interviewer picks one.
    public var selected: Int?
    var chosen: Int? {
        get { selected }
        set { selected = newValue }
    }
    public var other: LineField
    /// Typing goes into the "other" field.
    public internal(set) var otherFocused = false
    var typeAhead = TypeAhead()

    public init(items: [ChoiceItem], value: String?, otherText: String?) {
        self.items = items
        self.selected = value.flatMap { v in items.firstIndex { $0.value == v } }
        self.cursor = selected
        self.other = LineField(otherText ?? "")
    }

    /// The chosen code, if any.
    public var value: String? { selected.map { items[$0].value } }
    /// Whether the chosen row is "other", which then has a text.
    public var isOnOther: Bool { selected.map { items[$0].isOther } ?? false }
    public mutating func handle(_ key: Key, lang: Lang) -> WidgetEvent {
        if let shared = handleListKey(key, lang: lang) { return shared }
        switch key {
        case .right:
            return focusOther() ? .moved : .ignored
        case .character(" "):
            if cursor == nil, !items.isEmpty { cursor = 0 }
            return cursor.map { choose($0) } ?? .moved
        case .character(let c):
            guard let i = ChoiceListView.digitIndex(c, count: items.count) else { return .ignored }
            return choose(i)
        default:
            return .ignored
        }
    }

    /// Enter: the highlighted row becomes the choice. True when that changed it.
    mutating func selectCursor() -> Bool {
        typeAhead.reset()
        return takeCursor()
    }

    /// Puts the keys into the "other" field when "other" is chosen (and the cursor is on it).
    mutating func focusOther() -> Bool {
        guard isOnOther, !otherFocused else { return false }
        cursor = selected
        otherFocused = true
        return true
    }

    public func render(into grid: inout Grid, rect: Rect) -> (x: Int, y: Int)? {
        ChoiceListView.render(into: &grid, rect: rect, items: items, cursor: cursor,
                              isMarked: { $0 == selected }, marks: ("(•)", "( )"),
                              other: other, otherFocused: otherFocused, showOther: isOnOther)
    }
}
