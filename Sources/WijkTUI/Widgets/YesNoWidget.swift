import WijkModel

/// Yes/no: j or y for yes, n for no, ←/→ to switch.
public struct YesNoWidget: Sendable, Hashable {
    public var value: Bool?

    public init(value: Bool?) { self.value = value }

    public mutating func handle(_ key: Key) -> WidgetEvent {
        switch key {
        case .character(let c) where "jJyY".contains(c): value = true
        case .character(let c) where "nN".contains(c): value = false
        case .left: value = true
        case .right: value = false
        case .character(" "): value = value.map { !$0 } ?? true
        default: return .ignored
        }
        return .handled
    }

    public func render(into grid: inout Grid, rect: Rect, lang: Lang) {
        let options: [(Bool, String)] = [(true, lang.t("Ja (j)", "Yes (y)")), (false, lang.t("Nee (n)", "No (n)"))]
        var x = rect.x + 1
        for (option, label) in options {
            let on = value == option
            let text = (on ? "(•) " : "( ) ") + label
            x += grid.put(text, x: x, y: rect.y, style: on ? .selection.adding(.bold) : .normal, maxWidth: rect.maxX - x)
            x += 4
        }
    }
}
