import WijkModel

/// A cross-tab of two closed questions, one variant at a time (Tab switches):
/// counts per cell with row and column totals; answers that are not a choice
/// appear as their own categories, so every interview is in the table.
struct CrossTabScreen: Sendable, Hashable {
    var request: CrossTabRequest
    var variantIndex = 0
    var scroller = Scroller()

    init(request: CrossTabRequest) { self.request = request }

    func table(_ context: ResultsContext) -> [CrossTab] {
        (context.summary.all?.crossTabs ?? []).filter { $0.request == request }
    }

    mutating func switchVariant(_ context: ResultsContext) {
        let count = table(context).count
        variantIndex = count > 0 ? (variantIndex + 1) % count : 0
    }

    func render(into grid: inout Grid, area: Rect, context: ResultsContext, isBusy: Bool) {
        let lang = context.lang
        var y = area.y
        grid.putTruncated(lang.t("Rijen: ", "Rows: ") + context.questionLabel(request.row), x: area.x, y: y, width: area.width, style: .title)
        y += 1
        grid.putTruncated(lang.t("Kolommen: ", "Columns: ") + context.questionLabel(request.column), x: area.x, y: y, width: area.width, style: .title)
        y += 2
        let tables = table(context)
        guard !tables.isEmpty else {
            grid.put(isBusy ? lang.t("Bezig met tellen…", "Counting…") : lang.t("Geen kruistabel beschikbaar.", "No cross-tab available."),
                     x: area.x, y: y, style: .muted)
            return
        }
        let tab = tables[min(variantIndex, tables.count - 1)]
        let tabs = tables.enumerated().map { i, t in
            let name = context.labels.variantName(t.variant) + " (n=\(t.respondents))"
            return i == variantIndex ? "[\(name)]" : " \(name) "
        }.joined(separator: " ")
        grid.putTruncated(tabs, x: area.x, y: y, width: area.width, style: .accent)
        y += 2
        let labelWidth = min(24, area.width / 4)
        let columns = tab.columnCodes
        let cellWidth = max(6, min(12, (area.width - labelWidth - 7) / max(1, columns.count + 1)))
        let fitting = max(0, min(columns.count, (area.width - labelWidth - cellWidth) / cellWidth))
        let rowSummary = context.anySummary(request.row), columnSummary = context.anySummary(request.column)
        // Column headings, cut to the cell width.
        for (i, code) in columns.prefix(fitting).enumerated() {
            let label = context.labels.label(code: code, in: columnSummary, questionID: request.column)
            grid.put(BarChart.right(TextWidth.truncate(label, to: cellWidth - 1), cellWidth), x: area.x + labelWidth + i * cellWidth, y: y, style: .accent)
        }
        grid.put(BarChart.right(lang.t("Totaal", "Total"), cellWidth), x: area.x + labelWidth + fitting * cellWidth, y: y, style: .accent)
        y += 1
        let bodyHeight = area.maxY - y - 1
        let top = scroller.firstRow(count: tab.rowCodes.count, visible: bodyHeight)
        for (offset, row) in tab.rowCodes.dropFirst(top).prefix(max(0, bodyHeight)).enumerated() {
            let ry = y + offset
            let label = context.labels.label(code: row, in: rowSummary, questionID: request.row)
            grid.putTruncated(label, x: area.x, y: ry, width: labelWidth - 1)
            for (i, column) in columns.prefix(fitting).enumerated() {
                let n = tab.count(row, column)
                grid.put(BarChart.right(n == 0 ? "·" : "\(n)", cellWidth), x: area.x + labelWidth + i * cellWidth, y: ry,
                         style: n == 0 ? .muted : .normal)
            }
            grid.put(BarChart.right("\(tab.rowTotal(row))", cellWidth), x: area.x + labelWidth + fitting * cellWidth, y: ry, style: .title)
        }
        let totalY = y + min(max(0, bodyHeight), tab.rowCodes.count - top)
        grid.put(lang.t("Totaal", "Total"), x: area.x, y: totalY, style: .title)
        for (i, column) in columns.prefix(fitting).enumerated() {
            grid.put(BarChart.right("\(tab.columnTotal(column))", cellWidth), x: area.x + labelWidth + i * cellWidth, y: totalY, style: .title)
        }
        if fitting < columns.count {
            grid.putTruncated(lang.t("(\(columns.count - fitting) kolommen passen niet)", "(\(columns.count - fitting) columns do not fit)"),
                              x: area.x, y: area.maxY - 1, width: area.width, style: .muted)
        }
    }
}
