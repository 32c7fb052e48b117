import WijkModel

/// Multiple choice: ↑/↓ and first letters move the cursor, Space or a digit toggles.
/// The maximum is shown and a choice beyond it is refused with a message. The text of
/// a ticked "other" row gets the keys only when entered deliberately (→ or Tab on it);
/// a word typed on the list searches and ticks nothing (see `TypeAhead`).
public struct MultipleChoiceWidget: Sendable, Hashable, ChoiceListNavigation {
    public var items: [ChoiceItem]
    public var checked: [Bool]
    public var cursor: Int?
    public var other: LineField
    public var maxSelections: Int?
    public internal(set) var otherFocused = false
    var typeAhead = TypeAhead()

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
    var otherIndex: Int? { items.firstIndex { $0.isOther } }
    var otherChecked: Bool { otherIndex.map { checked[$0] } ?? false }

    public mutating func handle(_ key: Key, lang: Lang) -> WidgetEvent {
        if let shared = handleListKey(key, lang: lang) { return shared }
        switch key {
        case .right:
            guard cursor == otherIndex else { return .ignored }
            return focusOther() ? .moved : .ignored
        case .character(" "):
            guard let cursor else { return .ignored }
            return toggle(cursor, lang: lang)
        case .character(let c):
            guard let i = ChoiceListView.digitIndex(c, count: items.count) else { return .ignored }
            cursor = i
            return toggle(i, lang: lang)
        default:
            return .ignored
        }
    }

    private mutating func toggle(_ index: Int, lang: Lang) -> WidgetEvent {
        if !checked[index], let limit = maxSelections, checkedCount >= limit {
            return .refused(lang.t("Hoogstens \(limit) keuzes: zet er eerst een uit.",
                                   "At most \(limit) choices: untick one first."))
        }
        checked[index].toggle()
        return .chosen
    }

    /// Puts the keys into the "other" field when "other" is ticked (the cursor goes there).
    mutating func focusOther() -> Bool {
        guard otherChecked, !otherFocused else { return false }
        cursor = otherIndex
        otherFocused = true
        typeAhead.reset()
        return true
    }

    public func render(into grid: inout Grid, rect: Rect, lang: Lang) -> (x: Int, y: Int)? {
        guard rect.height > 1 else { return nil }
        let count = lang.t("\(checkedCount) gekozen", "\(checkedCount) chosen")
        let limit = maxSelections.map { lang.t("max \($0) · ", "max \($0) · ") } ?? ""
        grid.put(limit + count, x: rect.x + 1, y: rect.y, style: .muted)
        let list = rect.removing(top: 1)
        return ChoiceListView.render(into: &grid, rect: list, items: items, cursor: cursor,
                                     isMarked: { checked[$0] }, marks: ("[x]", "[ ]"),
                                     other: other, otherFocused: otherFocused, showOther: otherChecked)
    }
}
