import WijkModel

/// Drawing the comparison across groups: the groups shown, n per group, count
/// and percentage (of that group's n) per answer, where the columns are, and the test.
extension ComparisonScreen {
    func render(into grid: inout Grid, area: Rect, context: ResultsContext) {
        let lang = context.lang
        var y = area.y
        let by = Self.groupingName(grouping, lang: lang)
        grid.putTruncated(lang.t("Per \(by): ", "By \(by): ") + context.questionLabel(questionID), x: area.x, y: y, width: area.width, style: .title)
        y += 1
        guard let tables else {
            grid.put(lang.t("Bezig met tellen per \(by)…", "Counting by \(by)…"), x: area.x, y: y + 1, style: .muted)
            return
        }
        guard let table = current else {
            grid.put(lang.t("Geen gegevens per \(by) voor deze vraag.", "No data by \(by) for this question."), x: area.x, y: y + 1, style: .muted)
            return
        }
        let tabs = tables.enumerated().map { i, t in
            let name = context.labels.variantName(t.variant)
            return i == variantIndex ? "[\(name)]" : " \(name) "
        }.joined(separator: " ")
        grid.putTruncated(tabs, x: area.x, y: y, width: area.width, style: .accent)
        y += 2
        let layout = Self.layout(width: area.width, columns: table.columns.count)
        let first = max(0, min(firstColumn, table.columns.count - layout.fitting))
        let shown = Array(first..<min(table.columns.count, first + layout.fitting))
        let cellX = { (i: Int) in area.x + layout.labelWidth + i * layout.cellWidth }
        for (i, c) in shown.enumerated() {
            let name = table.columns[c].name.isEmpty ? "–" : DisplayText.line(table.columns[c].name)
            grid.put(BarChart.right(CrossTabScreen.middleTruncated(name, to: layout.cellWidth - 1), layout.cellWidth), x: cellX(i), y: y, style: .accent)
            grid.put(BarChart.right("n=\(table.columns[c].question.answered)", layout.cellWidth), x: cellX(i), y: y + 1, style: .muted)
        }
        grid.put("n", x: area.x, y: y + 1, style: .muted)
        y += 2
        let testLines = self.testLines(table, context: context, width: area.width)
        let bodyHeight = max(0, area.maxY - y - 1 - testLines.count)
        let top = scroller.firstRow(count: table.codes.count, visible: bodyHeight)
        let summary = table.columns.first?.question
        for (offset, r) in (top..<min(table.codes.count, top + bodyHeight)).enumerated() {
            let code = table.codes[r]
            let label = table.label(code)?.resolve(lang.rawValue) ?? context.labels.label(code: code, in: summary, questionID: questionID)
            grid.putTruncated(label, x: area.x, y: y + offset, width: layout.labelWidth - 1)
            for (i, c) in shown.enumerated() {
                let cell = table.count(code, column: c)
                grid.put(BarChart.right("\(cell.count) ", 5) + BarChart.right(NumberFormat.percent(cell.percent), layout.cellWidth - 5),
                         x: cellX(i), y: y + offset, style: cell.count == 0 ? .muted : .normal)
            }
        }
        if table.codes.isEmpty {   // numbers without bands: their mean and median per group
            let rows: [(String, (Statistics) -> Double)] = [(lang.t("Gemiddelde", "Mean"), { $0.mean }), (lang.t("Mediaan", "Median"), { $0.median })]
            for (offset, (name, value)) in rows.enumerated() where offset < bodyHeight {
                grid.putTruncated(name, x: area.x, y: y + offset, width: layout.labelWidth - 1)
                for (i, c) in shown.enumerated() {
                    let text = table.columns[c].question.statistics.map { NumberFormat.decimal(value($0), 1, lang: lang) } ?? "–"
                    grid.put(BarChart.right(text, layout.cellWidth), x: cellX(i), y: y + offset)
                }
            }
        }
        var infoY = y + (table.codes.isEmpty ? min(2, bodyHeight) : min(bodyHeight, table.codes.count - top))
        var where_: [String] = []
        if shown.count < table.columns.count {
            where_.append(lang.t("groepen \(first + 1)–\(first + shown.count) van \(table.columns.count) (←/→)",
                                 "groups \(first + 1)–\(first + shown.count) of \(table.columns.count) (←/→)"))
        }
        if bodyHeight < table.codes.count {
            where_.append(lang.t("rijen \(top + 1)–\(top + bodyHeight) van \(table.codes.count)", "rows \(top + 1)–\(top + bodyHeight) of \(table.codes.count)"))
        }
        where_.append(lang.t("% van de n van elke groep", "% of each group's n"))
        grid.putTruncated(where_.joined(separator: " · "), x: area.x, y: infoY, width: area.width, style: .muted)
        infoY += 1
        for line in testLines where infoY < area.maxY {
            grid.putTruncated(line.text, x: area.x, y: infoY, width: area.width, style: line.style)
            infoY += 1
        }
    }

    /// The test of the groups answering differently, in the summary's words, with its n.
    func testLines(_ table: GroupTable, context: ResultsContext, width: Int) -> [(text: String, style: Style)] {
        let lang = context.lang
        guard let test = table.test else {
            return [(lang.t("Geen toets voor dit soort vraag of te weinig antwoorden.", "No test for this kind of question or too few answers."), .muted)]
        }
        let words = SummaryReport(summary: context.summary, lang: lang, style: .text)
        let text = "n = \(test.n) · " + words.verdict(test)
        let style: Style = test.isReliable ? (test.isSignificant() ? .accent : .normal) : .warning
        return TextWidth.wrap(text, width: width).prefix(2).map { ($0, style) }
    }
}
