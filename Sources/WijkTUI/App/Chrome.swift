import WijkModel

/// The frame every non-interview screen shares: a title bar, a rule, the body, and a
/// footer line listing the keys that work here.
enum Chrome {
    /// Draws title and footer and returns the body area between them.
    static func draw(into grid: inout Grid, title: String, right: String = "",
                     footer: [(keys: String, text: String)]) -> Rect {
        let width = grid.width
        grid.fill(Rect(x: 0, y: 0, width: width, height: 1), style: .selection)
        grid.putTruncated(" " + title, x: 0, y: 0, width: width, style: Style(.selection, .bold))
        if !right.isEmpty {
            let text = TextWidth.truncate(right, to: max(0, width / 2 - 2)) + " "
            grid.put(text, x: width - text.displayWidth, y: 0, style: .selection)
        }
        grid.horizontalLine(x: 0, y: grid.height - 2, length: width, style: .muted)
        var x = 1
        for (keys, text) in footer {
            let needed = keys.displayWidth + 1 + text.displayWidth
            if x + needed > width - 1 { break }
            x += grid.put(keys, x: x, y: grid.height - 1, style: .accent)
            x += grid.put(" " + text, x: x, y: grid.height - 1)
            x += 2
        }
        return Rect(x: 0, y: 1, width: width, height: grid.height - 3)
    }

    /// A centred box of `width`×`height` inside `area`.
    static func centered(width: Int, height: Int, in area: Rect) -> Rect {
        let w = min(width, area.width), h = min(height, area.height)
        return Rect(x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h)
    }
}
