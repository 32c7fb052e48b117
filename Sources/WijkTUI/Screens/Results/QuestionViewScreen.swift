import WijkModel

/// One question for all variants side by side: bars per choice on one common
/// scale with counts and %, the base n in the heading, the special answers
/// apart, statistics, and the difference for shared-core questions.
struct QuestionViewScreen: Sendable, Hashable {
    var questionID: String
    /// Index into `selectableCodes` (choices and the special answers, for drill-down).
    var selection = 0
    var scrollTop = 0

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

    mutating func move(_ action: ResultsAction, context: ResultsContext) {
        let count = selectableCodes(context).count
        guard count > 0 else { return }
        switch action {
        case .up: selection -= 1
        case .down: selection += 1
        case .pageUp, .home: selection = 0
        case .pageDown, .end: selection = count - 1
        default: break
        }
        selection = min(max(0, selection), count - 1)
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
        var y = area.y
        let heading = "\(questionID) · \(context.labels.typeName(any.type))" + (any.isCore ? lang.t(" · gedeelde kern", " · shared core") : "")
        grid.putTruncated(heading, x: area.x, y: y, width: area.width, style: .muted)
        y += 1
        let labelLines = TextWidth.wrap(any.label.resolve(lang.rawValue), width: area.width)
        for line in labelLines.prefix(3) {
            grid.put(line, x: area.x, y: y, style: .title, maxWidth: area.width)
            y += 1
        }
        y += 1
        let body = Rect(x: area.x, y: y, width: area.width, height: area.maxY - y)
        let lines = QuestionChart(questionID: questionID, context: context, width: area.width).lines()
        let selectedCode = selectedCode(context)
        let selectedLine = lines.firstIndex { $0.code != nil && $0.code == selectedCode } ?? 0
        var scroller = Scroller(selected: selectedLine, top: scrollTop)
        let first = scroller.firstRow(count: lines.count, visible: body.height)
        scroller.top = first
        for (offset, index) in (first..<min(lines.count, first + body.height)).enumerated() {
            let line = lines[index]
            let selected = line.code != nil && line.code == selectedCode
            if selected { grid.fill(Rect(x: body.x, y: body.y + offset, width: body.width, height: 1), style: .selection) }
            line.draw(&grid, body.y + offset, body.x, selected)
        }
    }
}
