import WijkModel

/// Drawing the cross-tab screen: headings, the table in the chosen view with
/// totals, where the columns are, and the test of independence.
extension CrossTabScreen {
    func render(into grid: inout Grid, area: Rect, context: ResultsContext, isBusy: Bool) {
        let lang = context.lang
        var y = area.y
        grid.putTruncated(lang.t("Rijen: ", "Rows: ") + context.questionLabel(request.row), x: area.x, y: y, width: area.width, style: .title)
        y += 1
        grid.putTruncated(lang.t("Kolommen: ", "Columns: ") + context.questionLabel(request.column), x: area.x, y: y, width: area.width, style: .title)
        y += 2
        let tables = table(context)
        guard let tab = current(context) else {
            grid.put(isBusy ? lang.t("Bezig met tellen…", "Counting…") : lang.t("Geen kruistabel beschikbaar.", "No cross-tab available."),
                     x: area.x, y: y, style: .muted)
            return
        }
        let tabs = tables.enumerated().map { i, t in
            let name = context.labels.variantName(t.variant) + " (n=\(t.respondents))"
            return i == variantIndex ? "[\(name)]" : " \(name) "
        }.joined(separator: " ") + "  · " + Self.viewName(view, lang: lang)
        grid.putTruncated(tabs, x: area.x, y: y, width: area.width, style: .accent)
        y += 2
        let testLines = self.testLines(tab, context: context, width: area.width)
        let layout = CrossTabLayout(tab: tab, width: area.width)
        let first = max(0, min(firstColumn, tab.columnCodes.count - layout.fitting))
        let shown = Array(first..<min(tab.columnCodes.count, first + layout.fitting))
        let table = tab.table
        let cellX = { (i: Int) in area.x + layout.labelWidth + i * layout.cellWidth }
        let totalX = cellX(shown.count)
        // Column headings: labels cut to the cell, told apart by their code when cutting makes them alike.
        for (i, label) in headings(tab, context: context, width: layout.cellWidth - 1, columns: shown).enumerated() {
            grid.put(BarChart.right(label, layout.cellWidth), x: cellX(i), y: y, style: .accent)
        }
        grid.put(BarChart.right(lang.t("Totaal", "Total"), layout.cellWidth), x: totalX, y: y, style: .accent)
        y += 1
        let bodyHeight = max(0, area.maxY - y - 2 - testLines.count)
        let top = scroller.firstRow(count: tab.rowCodes.count, visible: bodyHeight)
        let rowSummary = context.anySummary(request.row)
        for (offset, r) in (top..<min(tab.rowCodes.count, top + bodyHeight)).enumerated() {
            let ry = y + offset
            let label = context.labels.label(code: tab.rowCodes[r], in: rowSummary, questionID: request.row)
            grid.putTruncated(label, x: area.x, y: ry, width: layout.labelWidth - 1)
            for (i, c) in shown.enumerated() {
                let n = table.counts[r][c]
                grid.put(BarChart.right(cell(table, r, c), layout.cellWidth), x: cellX(i), y: ry, style: n == 0 ? .muted : .normal)
            }
            grid.put(BarChart.right(rowTotal(table, r), layout.cellWidth), x: totalX, y: ry, style: .title)
        }
        let totalY = y + min(bodyHeight, tab.rowCodes.count - top)
        grid.put(lang.t("Totaal", "Total"), x: area.x, y: totalY, style: .title)
        for (i, c) in shown.enumerated() {
            grid.put(BarChart.right(columnTotal(table, c), layout.cellWidth), x: cellX(i), y: totalY, style: .title)
        }
        grid.put(BarChart.right(grandTotal(table), layout.cellWidth), x: totalX, y: totalY, style: .title)
        var infoY = totalY + 1
        var where_: [String] = []
        if shown.count < tab.columnCodes.count {
            where_.append(lang.t("kolommen \(first + 1)–\(first + shown.count) van \(tab.columnCodes.count) (←/→)",
                                 "columns \(first + 1)–\(first + shown.count) of \(tab.columnCodes.count) (←/→)"))
        }
        if bodyHeight < tab.rowCodes.count {
            where_.append(lang.t("rijen \(top + 1)–\(top + bodyHeight) van \(tab.rowCodes.count) (↑/↓)",
                                 "rows \(top + 1)–\(top + bodyHeight) of \(tab.rowCodes.count) (↑/↓)"))
        }
        if !where_.isEmpty { grid.putTruncated(where_.joined(separator: " · "), x: area.x, y: infoY, width: area.width, style: .muted) }
        infoY += 1
        for line in testLines where infoY < area.maxY {
            grid.putTruncated(line.text, x: area.x, y: infoY, width: area.width, style: line.style)
            infoY += 1
        }
    }

    /// Headings of the columns shown, each cut to `width` and never alike:
    /// scale points lead with their number; labels that cutting makes alike
    /// keep their end instead ("Ove…ikaans", "Ove…iatisch"), else their column number.
    func headings(_ tab: CrossTab, context: ResultsContext, width: Int, columns: [Int]) -> [String] {
        let isScale = context.anySummary(request.column)?.type == .scale
        let summary = isScale ? nil : context.anySummary(request.column)
        let labels = tab.columnCodes.map { context.labels.label(code: $0, in: summary, questionID: request.column) }
        var cut = labels.map { TextWidth.truncate($0, to: width) }
        func clashing() -> Set<Int> {
            Set(cut.indices.filter { i in cut.indices.contains { $0 != i && cut[$0] == cut[i] } })
        }
        for i in clashing() { cut[i] = Self.middleTruncated(labels[i], to: width) }
        for i in clashing() { cut[i] = TextWidth.truncate("\(i + 1) " + labels[i], to: width) }
        return columns.map { cut[$0] }
    }

    /// "Ove…ikaans": the start and the end of `text` in `width` columns.
    static func middleTruncated(_ text: String, to width: Int) -> String {
        guard TextWidth.of(text) > width, width > 4 else { return TextWidth.truncate(text, to: width) }
        let head = 3
        var tail = ""
        for c in text.reversed() {
            if TextWidth.of(String(c) + tail) > width - head - 1 { break }
            tail = String(c) + tail
        }
        return TextWidth.truncate(text, to: head + 1).dropLast() + "…" + tail
    }

    private func cell(_ t: ContingencyTable, _ r: Int, _ c: Int) -> String {
        switch view {
        case .counts: return t.counts[r][c] == 0 ? "·" : "\(t.counts[r][c])"
        case .rowPercent: return NumberFormat.percent(t.rowPercent(r, c))
        case .columnPercent: return NumberFormat.percent(t.columnPercent(r, c))
        }
    }

    private func rowTotal(_ t: ContingencyTable, _ r: Int) -> String {
        switch view {
        case .counts: return "\(t.rowTotals[r])"
        case .rowPercent: return !t.rowsAddUp ? "n=\(t.rowTotals[r])" : t.rowTotals[r] > 0 ? "100%" : "–"
        case .columnPercent: return NumberFormat.percent(t.total > 0 ? Double(t.rowTotals[r]) * 100 / Double(t.total) : nil)
        }
    }

    private func columnTotal(_ t: ContingencyTable, _ c: Int) -> String {
        switch view {
        case .counts: return "\(t.columnTotals[c])"
        case .rowPercent: return NumberFormat.percent(t.total > 0 ? Double(t.columnTotals[c]) * 100 / Double(t.total) : nil)
        case .columnPercent: return !t.columnsAddUp ? "n=\(t.columnTotals[c])" : t.columnTotals[c] > 0 ? "100%" : "–"
        }
    }

    private func grandTotal(_ t: ContingencyTable) -> String {
        view == .counts ? "\(t.total)" : (t.total > 0 ? "100%" : "–")
    }

    /// The independence test in words (the summary's wording), on real
    /// answers only with its n; or why there is none.
    func testLines(_ tab: CrossTab, context: ResultsContext, width: Int) -> [(text: String, style: Style)] {
        let lang = context.lang
        let words = SummaryReport(summary: context.summary, lang: lang, style: .text)
        guard let test = tab.test else {
            let why = tab.countsRespondentsOnce
                ? lang.t("Geen toets: te weinig verschillende antwoorden.", "No test: too few different answers.")
                : lang.t("Geen toets: bij meerkeuze telt een respondent in meer cellen.",
                         "No test: with multiple choice a respondent is in several cells.")
            guard !tab.countsRespondentsOnce else { return [(why, .muted)] }
            let note = SummaryReport.multipleNote
            return [(why, .muted)] + TextWidth.wrap(lang.t(note.nl, note.en) + ".", width: width).prefix(2).map { ($0, .muted) }
        }
        let text = lang.t("n = \(test.n) (echte antwoorden) · ", "n = \(test.n) (real answers) · ") + words.verdict(test)
        let style: Style = test.isReliable ? (test.isSignificant() ? .accent : .normal) : .warning
        return TextWidth.wrap(text, width: width).prefix(2).map { ($0, style) }
    }
}
