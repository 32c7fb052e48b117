import WijkModel

/// Which table the coding results show, and the code under the cursor.
struct CodeTablesState: Sendable, Hashable {
    enum View: Sendable, Hashable, CaseIterable {
        /// Bars per variant side by side: respondents, % of coded respondents, base n.
        case frequencies
        /// Code × variant: counts and percentages with a total column.
        case byVariant
        /// Code × code: interviews whose answers carry both.
        case cooccurrence

        var next: View {
            let all = View.allCases
            return all[(all.firstIndex(of: self)! + 1) % all.count]
        }

        func name(_ lang: Lang) -> String {
            switch self {
            case .frequencies: return lang.t("Frequenties per variant", "Frequencies per variant")
            case .byVariant: return lang.t("Code × variant", "Code × variant")
            case .cooccurrence: return lang.t("Samen voorkomen", "Co-occurrence")
            }
        }
    }

    var view: View = .frequencies
    var cursor = 0
}

extension CodingScreen {
    func renderTables(into grid: inout Grid, area: Rect, context: ResultsContext) {
        let lang = context.lang
        let counts = CodeCounts(answers: answers, codings: project.codings, codebook: project.codebook, variants: variants)
        grid.putTruncated(context.questionLabel(questionID), x: area.x, y: area.y, width: area.width, style: .title)
        let tabs = CodeTablesState.View.allCases.map { $0 == tables.view ? "[\($0.name(lang))]" : " \($0.name(lang)) " }
        grid.putTruncated(tabs.joined(separator: " "), x: area.x, y: area.y + 1, width: area.width, style: .accent)
        let body = Rect(x: area.x, y: area.y + 3, width: area.width, height: max(1, area.height - 3))
        guard !counts.codes.isEmpty else {
            grid.put(lang.t("Nog geen codes (b: codeboek).", "No codes yet (b: codebook)."), x: body.x + 2, y: body.y, style: .muted)
            return
        }
        switch tables.view {
        case .frequencies: renderFrequencies(counts, into: &grid, body: body, context: context)
        case .byVariant: renderByVariant(counts, into: &grid, body: body, context: context)
        case .cooccurrence: renderCooccurrence(counts, into: &grid, body: body, context: context)
        }
    }

    /// The first code row drawn so the cursor shows in `rows` rows.
    private func firstRow(count: Int, rows: Int) -> Int {
        max(0, min(tables.cursor - rows / 2, count - rows))
    }

    private func label(_ code: Code, number: Int) -> String {
        (number < 9 ? "\(number + 1) " : "  ") + (code.parent == nil ? "" : "  ") + code.name
    }

    private func drawRowCursor(_ index: Int, y: Int, into grid: inout Grid, body: Rect) {
        if index == tables.cursor { grid.setStyle(Style(.selection, .reverse), in: Rect(x: body.x, y: y, width: body.width, height: 1)) }
    }

    private func renderFrequencies(_ counts: CodeCounts, into grid: inout Grid, body: Rect, context: ResultsContext) {
        let lang = context.lang
        let labelWidth = min(26, max(12, body.width / 4))
        let columns = max(1, counts.variants.count)
        let columnWidth = (body.width - labelWidth) / columns
        let barWidth = max(3, columnWidth - 13)
        for (c, v) in counts.variants.enumerated() {
            let heading = "\(context.labels.variantName(v)) (n=\(counts.base[v] ?? 0))"
            grid.putTruncated(heading, x: body.x + labelWidth + c * columnWidth, y: body.y, width: columnWidth - 1, style: .accent)
        }
        let rows = max(1, body.height - 3)
        let first = firstRow(count: counts.codes.count, rows: rows)
        for (offset, code) in counts.codes.dropFirst(first).prefix(rows).enumerated() {
            let index = first + offset
            let y = body.y + 1 + offset
            grid.putTruncated(label(code, number: index), x: body.x, y: y, width: labelWidth - 1)
            for (c, v) in counts.variants.enumerated() {
                let n = counts.respondents(code.id, v), base = counts.base[v] ?? 0
                let x = body.x + labelWidth + c * columnWidth
                grid.put(BarChart.bar(Double(n), maximum: Double(max(1, base)), width: barWidth), x: x, y: y, style: .accent)
                grid.put(BarChart.right("\(n)", 5) + BarChart.right(Self.percent(n, base), 6), x: x + barWidth + 1, y: y)
            }
            drawRowCursor(index, y: y, into: &grid, body: body)
        }
        let footY = body.maxY - 1
        grid.putTruncated(lang.t("% van de gecodeerde respondenten (n) per variant; een respondent telt één keer per code.",
                                 "% of coded respondents (n) per variant; a respondent counts once per code."),
                          x: body.x, y: footY, width: body.width, style: .muted)
    }

    private func renderByVariant(_ counts: CodeCounts, into grid: inout Grid, body: Rect, context: ResultsContext) {
        let lang = context.lang
        let labelWidth = min(26, max(12, body.width / 3))
        let cell = 12
        let heads = counts.variants.map { context.labels.variantShort($0) } + [lang.t("Totaal", "Total")]
        for (c, h) in heads.enumerated() {
            grid.put(BarChart.right(h, cell), x: body.x + labelWidth + c * cell, y: body.y, style: .accent)
        }
        let rows = max(1, body.height - 3)
        let first = firstRow(count: counts.codes.count, rows: rows)
        for (offset, code) in counts.codes.dropFirst(first).prefix(rows).enumerated() {
            let index = first + offset
            let y = body.y + 1 + offset
            grid.putTruncated(label(code, number: index), x: body.x, y: y, width: labelWidth - 1)
            var values = counts.variants.map { (counts.respondents(code.id, $0), counts.base[$0] ?? 0) }
            values.append((counts.respondents(code.id, nil), counts.totalBase))
            for (c, value) in values.enumerated() {
                grid.put(BarChart.right("\(value.0) " + Self.percent(value.0, value.1), cell), x: body.x + labelWidth + c * cell, y: y,
                         style: value.0 == 0 ? .muted : .normal)
            }
            drawRowCursor(index, y: y, into: &grid, body: body)
        }
        let nRow = body.y + 1 + min(rows, counts.codes.count - first)
        grid.put("n", x: body.x, y: nRow, style: .title)
        for (c, base) in (counts.variants.map { counts.base[$0] ?? 0 } + [counts.totalBase]).enumerated() {
            grid.put(BarChart.right("\(base)", cell), x: body.x + labelWidth + c * cell, y: nRow, style: .title)
        }
    }

    private func renderCooccurrence(_ counts: CodeCounts, into grid: inout Grid, body: Rect, context: ResultsContext) {
        let lang = context.lang
        let labelWidth = min(24, max(12, body.width / 4))
        let cell = 5
        let fitting = max(0, min(counts.codes.count, (body.width - labelWidth) / cell))
        for c in 0..<fitting {
            grid.put(BarChart.right("\(c + 1)", cell), x: body.x + labelWidth + c * cell, y: body.y, style: .accent)
        }
        let rows = max(1, body.height - 3)
        let first = firstRow(count: counts.codes.count, rows: rows)
        for (offset, code) in counts.codes.dropFirst(first).prefix(rows).enumerated() {
            let index = first + offset
            let y = body.y + 1 + offset
            grid.putTruncated("\(index + 1) " + (code.parent == nil ? "" : "  ") + code.name, x: body.x, y: y, width: labelWidth - 1)
            for c in 0..<fitting {
                let n = counts.together(code.id, counts.codes[c].id)
                grid.put(BarChart.right(c == index ? "(\(n))" : n == 0 ? "·" : "\(n)", cell), x: body.x + labelWidth + c * cell, y: y,
                         style: c == index ? .muted : n == 0 ? .muted : .normal)
            }
            drawRowCursor(index, y: y, into: &grid, body: body)
        }
        var note = lang.t("Interviews met beide codes bij deze vraag; (n): met de code.",
                          "Interviews with both codes on this question; (n): with the code.")
        if fitting < counts.codes.count {
            note += lang.t(" \(counts.codes.count - fitting) kolommen passen niet.", " \(counts.codes.count - fitting) columns do not fit.")
        }
        grid.putTruncated(note, x: body.x, y: body.maxY - 1, width: body.width, style: .muted)
    }

    static func percent(_ n: Int, _ base: Int) -> String {
        base > 0 ? "\(Int((Double(n) * 100 / Double(base)).rounded()))%" : "–"
    }
}
