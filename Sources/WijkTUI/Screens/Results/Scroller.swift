/// A selection in a list of `count` rows shown `visible` at a time: moves the
/// cursor and keeps it on screen. Shared by every scrolling results screen.
struct Scroller: Sendable, Hashable {
    var selected = 0
    var top = 0

    /// Applies a movement; `selectable` can skip rows (e.g. section headings).
    mutating func move(_ action: ResultsAction, count: Int, visible: Int,
                       selectable: (Int) -> Bool = { _ in true }) {
        guard count > 0 else { selected = 0; top = 0; return }
        let page = max(1, visible - 1)
        var target = selected
        var step = 1
        switch action {
        case .up: target -= 1; step = -1
        case .down: target += 1
        case .pageUp: target -= page; step = -1
        case .pageDown: target += page
        case .home: target = 0
        case .end: target = count - 1; step = -1
        default: return
        }
        target = min(max(0, target), count - 1)
        // Find a selectable row in the direction of travel, else the other way.
        var probe = target
        while probe >= 0, probe < count, !selectable(probe) { probe += step }
        if probe < 0 || probe >= count {
            probe = target
            while probe >= 0, probe < count, !selectable(probe) { probe -= step }
        }
        if probe >= 0, probe < count { selected = probe }
        reveal(count: count, visible: visible)
    }

    /// Scrolls without a cursor (pagers): `top` moves, `selected` follows.
    mutating func scroll(_ action: ResultsAction, count: Int, visible: Int) {
        let page = max(1, visible - 1)
        let last = max(0, count - visible)
        switch action {
        case .up: top -= 1
        case .down: top += 1
        case .pageUp: top -= page
        case .pageDown: top += page
        case .home: top = 0
        case .end: top = last
        default: return
        }
        top = min(max(0, top), last)
    }

    /// Keeps `selected` inside the window of `visible` rows.
    mutating func reveal(count: Int, visible: Int) {
        guard visible > 0 else { return }
        if selected < top { top = selected }
        if selected >= top + visible { top = selected - visible + 1 }
        top = max(0, min(top, max(0, count - visible)))
    }

    /// The first visible row for `visible` rows, clamped (render cannot mutate).
    func firstRow(count: Int, visible: Int) -> Int {
        var t = top
        if selected < t { t = selected }
        if selected >= t + visible { t = selected - visible + 1 }
        return max(0, min(t, max(0, count - visible)))
    }
}
