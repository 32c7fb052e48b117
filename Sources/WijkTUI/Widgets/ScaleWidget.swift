import WijkModel

/// A scale (e.g. 1–5): ←/→ (↑/↓, Home/End) move a cursor over the points; a digit or
/// Space chooses (Enter chooses the cursor's point and goes on, see `selectCursor`). The
/// endpoints are labelled and every labelled point is listed below the scale.
public struct ScaleWidget: Sendable, Hashable, CursorChoice {
    public var spec: ScaleSpec
    /// The chosen point.
    public var point: Int?
    /// The point the arrows are on.
    public var cursor: Int?

    public init(spec: ScaleSpec, value: Int?) {
        self.spec = spec
        self.point = value.flatMap { (spec.min...spec.max).contains($0) ? $0 : nil }
        self.cursor = point
    }

    var chosen: Int? {
        get { point }
        set { point = newValue }
    }

    public mutating func handle(_ key: Key) -> WidgetEvent {
        switch key {
        case .left, .up: cursor = max(spec.min, (cursor ?? spec.min + 1) - 1)
        case .right, .down: cursor = cursor.map { min(spec.max, $0 + 1) } ?? spec.min
        case .home: cursor = spec.min
        case .end: cursor = spec.max
        case .character(" "):
            return choose(cursor ?? spec.min)
        case .character(let c):
            guard c.isASCII, let d = c.wholeNumberValue, (spec.min...spec.max).contains(d) else { return .ignored }
            return choose(d)
        default: return .ignored
        }
        return .moved
    }

    /// Enter: the cursor's point becomes the answer. True when that changed it.
    mutating func selectCursor() -> Bool { takeCursor() }

    public func render(into grid: inout Grid, rect: Rect, lang: Lang) {
        guard rect.height > 0, spec.max >= spec.min else { return }
        let points = Array(spec.min...spec.max)
        let cells = points.map { $0 == point ? "[\($0)]" : " \($0) " }
        let cursor = self.cursor ?? point
        let scaleWidth = cells.reduce(0) { $0 + TextWidth.of($1) } + 2 * (points.count - 1)
        let side = max(0, (rect.width - scaleWidth - 4) / 2)
        let minLabel = TextWidth.truncate(spec.minLabel.resolve(lang.rawValue), to: side)
        let maxLabel = TextWidth.truncate(spec.maxLabel.resolve(lang.rawValue), to: side)
        var x = rect.x + grid.put(minLabel, x: rect.x, y: rect.y, style: .muted)
        x += grid.put("  ", x: x, y: rect.y)
        for (i, cell) in cells.enumerated() {
            let style: Style = points[i] == cursor ? .selection.adding(.bold) : points[i] == point ? Style(.accent, .bold) : .accent
            x += grid.put(cell, x: x, y: rect.y, style: style)
            if i < cells.count - 1 { x += grid.put("──", x: x, y: rect.y, style: .muted) }
        }
        grid.put("  " + maxLabel, x: x, y: rect.y, style: .muted)
        // The labelled points, one per row.
        var y = rect.y + 2
        for p in points {
            guard y < rect.maxY else { break }
            guard let label = spec.label(for: p) else { continue }
            let style: Style = p == point ? .selection.adding(.bold) : .normal
            grid.putTruncated("\(p)  \(label.resolve(lang.rawValue))", x: rect.x, y: y, width: rect.width, style: style)
            y += 1
        }
    }
}
