import WijkModel

/// Yes/no: j or y for yes, n for no, Space for the highlighted one; ←/→ only move the
/// highlight (Enter takes it and goes on, see `selectCursor`).
public struct YesNoWidget: Sendable, Hashable, CursorChoice {
    public var value: Bool?
    /// The highlighted option.
    public var cursor: Bool?

    public init(value: Bool?) { self.value = value; self.cursor = value }

    var chosen: Bool? {
        get { value }
        set { value = newValue }
    }

    public mutating func handle(_ key: Key) -> WidgetEvent {
        switch key {
        case .character(let c) where "jJyY".contains(c): return choose(true)
        case .character(let c) where "nN".contains(c): return choose(false)
        case .left: cursor = true
        case .right: cursor = false
        case .character(" "): return choose(cursor ?? true)
        default: return .ignored
        }
        return .moved
    }

    /// Enter: the highlighted option becomes the answer. True when that changed it.
    mutating func selectCursor() -> Bool { takeCursor() }

    public func render(into grid: inout Grid, rect: Rect, lang: Lang) {
        let options: [(Bool, String)] = [(true, lang.t("Ja (j)", "Yes (y)")), (false, lang.t("Nee (n)", "No (n)"))]
        var x = rect.x + 1
        for (option, label) in options {
            let on = value == option
            let text = (on ? "(•) " : "( ) ") + label
            let style: Style = (cursor ?? value) == option ? .selection.adding(.bold) : on ? Style(.normal, .bold) : .normal
            x += grid.put(text, x: x, y: rect.y, style: style, maxWidth: rect.maxX - x)
            x += 4
        }
    }
}
