import WijkModel

/// Multiple choice: ↑/↓ and first letters move, Space or a digit toggles. The maximum
/// is shown and a choice beyond it is refused with a message. A checked "other" row
/// takes typing into its text field while the cursor is on it.
public struct MultipleChoiceWidget: Sendable, Hashable {
    public var items: [ChoiceItem]
    public var checked: [Bool]
    public var cursor: Int?
    public var other: LineField
    public var maxSelections: Int?

    public init(items: [ChoiceItem], values: [String], otherText: String?, maxSelections: Int?) {
        self.items = items
        self.checked = items.map { values.contains($0.value) }
        self.cursor = items.isEmpty ? nil : 0
        self.other = LineField(otherText ?? "")
        self.maxSelections = maxSelections
    }

    /// The checked codes in list order.
    public var values: [String] { items.indices.filter { checked[$0] }.map { items[$0].value } }
    public var checkedCount: Int { checked.filter { $0 }.count }
    var otherFocused: Bool { cursor.map { items[$0].isOther && checked[$0] } ?? false }

    public mutating func handle(_ key: Key, lang: Lang) -> WidgetEvent {
        if otherFocused {
            switch key {
            case .character(" ") where other.text.isEmpty: break  // Space on an empty field unchecks
            case .character, .left, .right, .home, .end, .backspace, .delete:
                return other.handle(key)
            default: break
            }
        }
        switch key {
        case .up, .down, .home, .end: cursor = ChoiceListView.movedCursor(cursor, by: key, count: items.count) ?? cursor
        case .character(" "):
            guard let cursor else { return .ignored }
            return toggle(cursor, lang: lang)
        case .character(let c):
            if let i = ChoiceListView.digitIndex(c, count: items.count) {
                cursor = i
                return toggle(i, lang: lang)
            }
            guard let i = ChoiceListView.letterIndex(c, items: items, from: cursor) else { return .ignored }
            cursor = i
        default: return .ignored
        }
        return .handled
    }

    private mutating func toggle(_ index: Int, lang: Lang) -> WidgetEvent {
        if !checked[index], let limit = maxSelections, checkedCount >= limit {
            return .refused(lang.t("Hoogstens \(limit) keuzes: zet er eerst een uit.",
                                   "At most \(limit) choices: untick one first."))
        }
        checked[index].toggle()
        return .handled
    }

    public func render(into grid: inout Grid, rect: Rect, lang: Lang) -> (x: Int, y: Int)? {
        guard rect.height > 1 else { return nil }
        let count = lang.t("\(checkedCount) gekozen", "\(checkedCount) chosen")
        let limit = maxSelections.map { lang.t("max \($0) · ", "max \($0) · ") } ?? ""
        grid.put(limit + count, x: rect.x + 1, y: rect.y, style: .muted)
        let list = rect.removing(top: 1)
        let otherIndex = items.firstIndex { $0.isOther }
        return ChoiceListView.render(into: &grid, rect: list, items: items, cursor: cursor,
                                     isMarked: { checked[$0] }, marks: ("[x]", "[ ]"),
                                     other: other, otherFocused: otherFocused,
                                     showOther: otherIndex.map { checked[$0] } ?? false)
    }
}
