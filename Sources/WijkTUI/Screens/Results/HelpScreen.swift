import WijkModel

/// The keys of the screen help was opened from, generated from its key map.
struct HelpScreen: Sendable, Hashable {
    var screen: ResultsScreen
    var scroller = Scroller()

    func render(into grid: inout Grid, area: Rect, context: ResultsContext) {
        let lang = context.lang
        var lines: [(String, String)] = ResultsBrowser.keyMap(for: screen, typing: false).helpLines(lang)
            .map { ($0.keys, $0.text) }
        lines.append(("", ""))
        lines.append(("", lang.t("Percentages zijn van wie de vraag echt beantwoordde (n);",
                                 "Percentages are of those who actually answered (n);")))
        lines.append(("", lang.t("weet niet, wil niet zeggen, niet beantwoord en n.v.t. staan apart.",
                                 "don't know, refused, unanswered and n/a are listed apart.")))
        lines.append(("", lang.t("(…) is het 95%-interval (Wilson); * markeert alleen een verschil",
                                 "(…) is the 95% interval (Wilson); * marks only a difference")))
        lines.append(("", lang.t("dat een toets steunt (p < 0,05, met n erbij).", "a test supports (p < 0.05, n shown).")))
        let keyWidth = min(24, (lines.map { TextWidth.of($0.0) }.max() ?? 0) + 2)
        let top = max(0, min(scroller.top, max(0, lines.count - area.height)))
        for (offset, line) in lines.dropFirst(top).prefix(area.height).enumerated() {
            grid.putTruncated(line.0, x: area.x + 2, y: area.y + offset, width: keyWidth, style: .accent)
            grid.putTruncated(line.1, x: area.x + 2 + keyWidth, y: area.y + offset, width: area.width - keyWidth - 2)
        }
    }
}
