import WijkModel

/// A box centred in an area: a title, wrapped text and, after a blank line,
/// the keys that answer it. The home screen's notices and the interview's
/// questions (finish with warnings, reopen) look and read alike.
enum DialogBox {
    static func render(into grid: inout Grid, area: Rect, title: String, paragraphs: [String],
                       keys: String, style: Style) {
        let width = min(area.width - 4, 70)
        var text: [String] = []
        for paragraph in paragraphs { text += TextWidth.wrap(paragraph, width: width - 4) }
        // The keys always show: a text too long for the area is cut, marked with "…".
        let room = max(1, area.height - 2 - 4)   // a row free above and below, border, blank, keys
        if text.count > room {
            text = Array(text.prefix(room))
            text[room - 1] = TextWidth.truncate(text[room - 1] + " …", to: width - 4)
        }
        let lines = text.map { ($0, Style.normal) } + [("", .normal), (keys, .accent)]
        let height = min(area.height, lines.count + 2)
        let rect = Chrome.centered(width: width, height: height, in: area)
        grid.fill(rect)
        let inner = grid.box(rect, style: style, title: title, titleStyle: style.adding(.bold))
        for (i, line) in lines.enumerated() where i < inner.height {
            grid.put(line.0, x: inner.x + 1, y: inner.y + i, style: line.1, maxWidth: inner.width - 2)
        }
    }
}
