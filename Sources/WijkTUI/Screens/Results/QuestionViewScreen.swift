import WijkModel

/// One question for all variants side by side: bars per choice on one common
/// scale with counts and %, the base n in the heading, the special answers
/// apart, statistics, and the difference for shared-core questions.
struct QuestionViewScreen: Sendable, Hashable {
    var questionID: String
    /// Index into `selectableCodes` (choices and the special answers, for drill-down).
    var selection = 0
    /// First chart line shown: the chart scrolls (statistics run below 80×24).
    var top = 0

    init(questionID: String) { self.questionID = questionID }

    /// The codes a cursor can stop on, in display order.
    func selectableCodes(_ context: ResultsContext) -> [String] {
        guard let any = context.anySummary(questionID), any.type.isClosed else { return [] }
        return Self.codes(questionID, context) + SpecialCode.all
    }

    var selectedCodeIndex: Int { selection }

    func selectedCode(_ context: ResultsContext) -> String? {
        let codes = selectableCodes(context)
        return codes.indices.contains(selection) ? codes[selection] : nil
    }

    /// Moves through the chart in `area` (the browser's content area). ↑/↓ step
    /// from category to category while the selected one is on screen and scroll
    /// line by line past the last (to the statistics); PgUp/PgDn scroll a page,
    /// Home/End go to the top/bottom; the selection follows onto the screen.
    mutating func move(_ action: ResultsAction, context: ResultsContext, area: Rect) {
        let layout = Layout(self, context: context, area: area)
        let codeLines = selectableCodes(context).map { code in layout.lines.firstIndex { $0.code == code } }
        let visible = layout.visible
        let last = max(0, layout.lines.count - visible)
        func shows(_ line: Int?) -> Bool { line.map { $0 >= top && $0 < top + visible } ?? false }
        func reveal(_ line: Int) {
            if line < top { top = line }
            if line >= top + visible { top = line - visible + 1 }
        }
        let selected = codeLines.indices.contains(selection) ? codeLines[selection] : nil
        switch action {
        case .down:
            if shows(selected), selection + 1 < codeLines.count, let next = codeLines[selection + 1] {
                selection += 1
                reveal(next)
            } else {
                top += 1
            }
        case .up:
            if shows(selected), selection > 0, let previous = codeLines[selection - 1] {
                selection -= 1
                reveal(previous)
            } else {
                top -= 1
            }
        case .pageDown: top += max(1, visible - 1)
        case .pageUp: top -= max(1, visible - 1)
        case .home: top = 0; selection = 0
        case .end: top = last
        default: return
        }
        top = min(max(0, top), last)
        // After a page: the cursor follows onto the screen when a category is there.
        let current = codeLines.indices.contains(selection) ? codeLines[selection] : nil
        if !shows(current), [.pageUp, .pageDown, .end].contains(action) {
            let order = action == .pageDown ? Array(codeLines.indices) : codeLines.indices.reversed()
            if let pick = order.first(where: { shows(codeLines[$0]) }) { selection = pick }
        }
    }

    /// Whether the selected category is on screen (Enter drills into it only then).
    func selectionShows(context: ResultsContext, area: Rect) -> Bool {
        let layout = Layout(self, context: context, area: area)
        guard let code = selectedCode(context), let line = layout.lines.firstIndex(where: { $0.code == code }) else { return false }
        let first = min(top, max(0, layout.lines.count - layout.visible))
        return line >= first && line < first + layout.visible
    }

    /// Where the chart goes in an area: below the heading and the wrapped label,
    /// with the last row for the scroll indicator when the chart does not fit.
    struct Layout {
        var lines: [ChartLine]
        var labelLines: [String]
        var body: Rect
        var visible: Int
        var scrolls: Bool

        init(_ view: QuestionViewScreen, context: ResultsContext, area: Rect) {
            let label = context.anySummary(view.questionID)?.label.resolve(context.lang.rawValue) ?? ""
            labelLines = Array(TextWidth.wrap(label, width: area.width).prefix(3))
            let y = area.y + 1 + labelLines.count + 1
            lines = QuestionChart(questionID: view.questionID, context: context, width: area.width).lines()
            let height = max(1, area.maxY - y)
            scrolls = lines.count > height
            visible = scrolls ? max(1, height - 1) : height
            body = Rect(x: area.x, y: y, width: area.width, height: visible)
        }
    }

    /// Choice codes of all variants in order (first variant's order, then others').
    static func codes(_ id: String, _ context: ResultsContext) -> [String] {
        var codes: [String] = []
        for (_, q) in context.questionSummaries(id) {
            for c in q?.choices ?? [] where !codes.contains(c.code) { codes.append(c.code) }
        }
        return codes
    }

    func render(into grid: inout Grid, area: Rect, context: ResultsContext) {
        let lang = context.lang
        guard let any = context.anySummary(questionID) else {
            grid.put(lang.t("Geen gegevens voor deze vraag.", "No data for this question."), x: area.x, y: area.y, style: .muted)
            return
        }
        let layout = Layout(self, context: context, area: area)
        var y = area.y
        let heading = "\(questionID) · \(context.labels.typeName(any.type))" + (any.isCore ? lang.t(" · gedeelde kern", " · shared core") : "")
        grid.putTruncated(heading, x: area.x, y: y, width: area.width, style: .muted)
        y += 1
        for line in layout.labelLines {
            grid.put(line, x: area.x, y: y, style: .title, maxWidth: area.width)
            y += 1
        }
        let body = layout.body, lines = layout.lines
        let selectedCode = selectedCode(context)
        let first = min(top, max(0, lines.count - body.height))
        for (offset, index) in (first..<min(lines.count, first + body.height)).enumerated() {
            let line = lines[index]
            let selected = line.code != nil && line.code == selectedCode
            if selected { grid.fill(Rect(x: body.x, y: body.y + offset, width: body.width, height: 1), style: .selection) }
            line.draw(&grid, body.y + offset, body.x, selected)
        }
        guard layout.scrolls else { return }
        let end = min(lines.count, first + body.height)
        var indicator = lang.t("regel \(first + 1)–\(end) van \(lines.count)", "lines \(first + 1)–\(end) of \(lines.count)")
        if first > 0 { indicator += lang.t(" · ↑ meer", " · ↑ more") }
        if end < lines.count { indicator += lang.t(" · ↓ meer (PgDn, End)", " · ↓ more (PgDn, End)") }
        grid.putTruncated(indicator, x: area.x, y: body.maxY, width: area.width, style: .muted)
    }
}
