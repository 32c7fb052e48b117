import WijkModel

/// The keys of the screen help was opened from, generated from its key map.
struct HelpScreen: Sendable, Hashable {
    var screen: ResultsScreen
    var scroller = Scroller()

    func render(into grid: inout Grid, area: Rect, context: ResultsContext) {
        let lang = context.lang
        var lines: [(String, String)] = ResultsBrowser.keyMap(for: screen, typing: false).helpLines(lang)
            .map { ($0.keys, $0.text) }
        let keyWidth = min(24, (lines.map { TextWidth.of($0.0) }.max() ?? 0) + 2)
        // The note is prose: wrapped (at most 66 columns, a readable measure), never cut off.
        let note = [lang.t("Percentages zijn van wie de vraag echt beantwoordde (n); weet niet, wil niet zeggen, niet beantwoord en n.v.t. staan apart.",
                           "Percentages are of those who actually answered (n); don't know, refused, unanswered and n/a are listed apart."),
                    lang.t("(…) is het 95%-interval (Wilson); * markeert alleen een verschil dat een toets steunt (p < 0,05, met n erbij).",
                           "(…) is the 95% interval (Wilson); * marks only a difference a test supports (p < 0.05, n shown).")]
        lines.append(("", ""))
        for paragraph in note {
            lines += TextWidth.wrap(paragraph, width: min(66, area.width - keyWidth - 2)).map { ("", $0) }
        }
        let top = max(0, min(scroller.top, max(0, lines.count - area.height)))
        for (offset, line) in lines.dropFirst(top).prefix(area.height).enumerated() {
            grid.putTruncated(line.0, x: area.x + 2, y: area.y + offset, width: keyWidth, style: .accent)
            grid.putTruncated(line.1, x: area.x + 2 + keyWidth, y: area.y + offset, width: area.width - keyWidth - 2)
        }
    }
}
