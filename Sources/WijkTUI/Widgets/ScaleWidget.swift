import WijkModel

/// A scale (e.g. 1–5): ←/→ or a digit chooses a point; the endpoints are labelled
/// and every labelled point is listed below the scale.
public struct ScaleWidget: Sendable, Hashable {
    public var spec: ScaleSpec
    public var point: Int?

    public init(spec: ScaleSpec, value: Int?) {
        self.spec = spec
        self.point = value.flatMap { (spec.min...spec.max).contains($0) ? $0 : nil }
    }

    public mutating func handle(_ key: Key) -> WidgetEvent {
        switch key {
        case .left, .up: point = max(spec.min, (point ?? spec.min + 1) - 1)
        case .right, .down: point = point.map { min(spec.max, $0 + 1) } ?? spec.min
        case .home: point = spec.min
        case .end: point = spec.max
        case .character(let c):
            guard c.isASCII, let d = c.wholeNumberValue, (spec.min...spec.max).contains(d) else { return .ignored }
            point = d
        default: return .ignored
        }
        return .handled
    }

    public func render(into grid: inout Grid, rect: Rect, lang: Lang) {
        guard rect.height > 0, spec.max >= spec.min else { return }
        let points = Array(spec.min...spec.max)
        let cells = points.map { $0 == point ? "[\($0)]" : " \($0) " }
        let scaleWidth = cells.reduce(0) { $0 + TextWidth.of($1) } + 2 * (points.count - 1)
        let side = max(0, (rect.width - scaleWidth - 4) / 2)
        let minLabel = TextWidth.truncate(spec.minLabel.resolve(lang.rawValue), to: side)
        let maxLabel = TextWidth.truncate(spec.maxLabel.resolve(lang.rawValue), to: side)
        var x = rect.x + grid.put(minLabel, x: rect.x, y: rect.y, style: .muted)
        x += grid.put("  ", x: x, y: rect.y)
        for (i, cell) in cells.enumerated() {
            x += grid.put(cell, x: x, y: rect.y, style: points[i] == point ? .selection.adding(.bold) : .accent)
            if i < cells.count - 1 { x += grid.put("──", x: x, y: rect.y, style: .muted) }
        }
        grid.put("  " + maxLabel, x: x, y: rect.y, style: .muted)
        // The labelled points, one per row.
        var y = rect.y + 2
        for p in points {
            guard y < rect.maxY else { break }
            guard let label = spec.label(for: p) else { continue }
            let style: Style = p == point ? .selection.adding(.bold) : .normal
            grid.putTruncated(" \(p)  \(label.resolve(lang.rawValue))", x: rect.x, y: y, width: rect.width, style: style)
            y += 1
        }
    }
}
