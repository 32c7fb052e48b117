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
    /// The model's tables of this question for this coder: made when the tables open
    /// and after every change, never per frame.
    var data: CodeTables?
}

extension CodingScreen {
    /// The code tables of this question's answers (WijkModel's `CodeTables`).
    func makeTables() -> CodeTables {
        CodeTables(answers: all, codings: project.codings, codebook: project.codebook,
                   variants: variants, allQuestions: true)
    }

    func renderTables(into grid: inout Grid, area: Rect, context: ResultsContext) {
        let lang = context.lang
        grid.putTruncated(context.questionLabel(questionID), x: area.x, y: area.y, width: area.width, style: .title)
        let tabs = CodeTablesState.View.allCases.map { $0 == tables.view ? "[\($0.name(lang))]" : " \($0.name(lang)) " }
        grid.putTruncated(tabs.joined(separator: " "), x: area.x, y: area.y + 1, width: area.width, style: .accent)
        let body = Rect(x: area.x, y: area.y + 3, width: area.width, height: max(1, area.height - 3))
        guard let data = tables.data, !data.codes.isEmpty else {
            grid.put(lang.t("Nog geen codes (b: codeboek).", "No codes yet (b: codebook)."), x: body.x + 2, y: body.y, style: .muted)
            return
        }
        switch tables.view {
        case .frequencies: renderFrequencies(data, into: &grid, body: body, context: context)
        case .byVariant: renderByVariant(data, into: &grid, body: body, context: context)
        case .cooccurrence: renderCooccurrence(data, into: &grid, body: body, context: context)
        }
    }

    /// The first code row drawn so the cursor shows in `rows` rows.
    private func firstRow(count: Int, rows: Int) -> Int {
        max(0, min(tables.cursor - rows / 2, count - rows))
    }

    /// "1 Taal", "   Tolken" under its theme, "? oud_id" for a code no longer in the codebook.
    private func label(_ row: CodeTables.CodeRow, number: Int) -> String {
        (number < 9 ? "\(number + 1) " : "  ") + (row.parent == nil ? "" : "  ") + (row.name.isEmpty ? row.id + "?" : row.name)
    }

    private func drawRowCursor(_ index: Int, y: Int, into grid: inout Grid, body: Rect) {
        if index == tables.cursor { grid.setStyle(Style(.selection, .reverse), in: Rect(x: body.x, y: y, width: body.width, height: 1)) }
    }

    private func renderFrequencies(_ data: CodeTables, into grid: inout Grid, body: Rect, context: ResultsContext) {
        let lang = context.lang
        let perVariant = data.questions.first?.variants ?? []
        let labelWidth = min(26, max(12, body.width / 4))
        let columnWidth = (body.width - labelWidth) / max(1, perVariant.count)
        let barWidth = max(3, columnWidth - 13)
        for (c, v) in perVariant.enumerated() {
            let heading = "\(context.labels.variantName(v.variant)) (n=\(v.coded))"
            grid.putTruncated(heading, x: body.x + labelWidth + c * columnWidth, y: body.y, width: columnWidth - 1, style: .accent)
        }
        let rows = max(1, body.height - 3)
        let first = firstRow(count: data.codes.count, rows: rows)
        for (offset, row) in data.codes.dropFirst(first).prefix(rows).enumerated() {
            let index = first + offset
            let y = body.y + 1 + offset
            grid.putTruncated(label(row, number: index), x: body.x, y: y, width: labelWidth - 1, style: row.isTheme ? .title : .normal)
            for (c, v) in perVariant.enumerated() {
                // A theme counts the respondents with it or any of its codes (its net).
                let n = row.isTheme ? v.nets[index] : v.counts[index]
                let x = body.x + labelWidth + c * columnWidth
                grid.put(BarChart.bar(Double(n), maximum: Double(max(1, v.coded)), width: barWidth), x: x, y: y, style: .accent)
                grid.put(BarChart.right("\(n)", 5) + BarChart.right(Self.percent(n, v.coded), 6), x: x + barWidth + 1, y: y)
            }
            drawRowCursor(index, y: y, into: &grid, body: body)
        }
        var note = lang.t("% van de gecodeerde respondenten (n) per variant", "% of coded respondents (n) per variant")
        let answered = perVariant.map { "\(context.labels.variantShort($0.variant)) \($0.coded)/\($0.answered)" }.joined(separator: ", ")
        note += lang.t("; gecodeerd: \(answered)", "; coded: \(answered)")
        if data.codes.contains(where: \.isTheme) { note += lang.t("; thema's tellen hun codes mee", "; themes include their codes") }
        grid.putTruncated(note, x: body.x, y: body.maxY - 1, width: body.width, style: .muted)
    }

    private func renderByVariant(_ data: CodeTables, into grid: inout Grid, body: Rect, context: ResultsContext) {
        let lang = context.lang
        let labelWidth = min(26, max(12, body.width / 3))
        let cell = 12
        let heads = data.variants.map { context.labels.variantShort($0) } + [lang.t("Totaal", "Total")]
        for (c, h) in heads.enumerated() {
            grid.put(BarChart.right(h, cell), x: body.x + labelWidth + c * cell, y: body.y, style: .accent)
        }
        let table = data.byVariant
        let totalBase = table.coded.reduce(0, +)
        let rows = max(1, body.height - 3)
        let first = firstRow(count: data.codes.count, rows: rows)
        for (offset, row) in data.codes.dropFirst(first).prefix(rows).enumerated() {
            let index = first + offset
            let y = body.y + 1 + offset
            grid.putTruncated(label(row, number: index), x: body.x, y: y, width: labelWidth - 1)
            var values = data.variants.indices.map { (table.counts[index][$0], table.coded[$0]) }
            values.append((table.counts[index].reduce(0, +), totalBase))
            for (c, value) in values.enumerated() {
                grid.put(BarChart.right("\(value.0) " + Self.percent(value.0, value.1), cell), x: body.x + labelWidth + c * cell, y: y,
                         style: value.0 == 0 ? .muted : .normal)
            }
            drawRowCursor(index, y: y, into: &grid, body: body)
        }
        let nRow = body.y + 1 + min(rows, data.codes.count - first)
        grid.put("n", x: body.x, y: nRow, style: .title)
        for (c, base) in (table.coded + [totalBase]).enumerated() {
            grid.put(BarChart.right("\(base)", cell), x: body.x + labelWidth + c * cell, y: nRow, style: .title)
        }
    }

    private func renderCooccurrence(_ data: CodeTables, into grid: inout Grid, body: Rect, context: ResultsContext) {
        let lang = context.lang
        let matrix = data.cooccurrence
        guard !matrix.codes.isEmpty else {
            grid.put(lang.t("Nog niets gecodeerd.", "Nothing coded yet."), x: body.x + 2, y: body.y, style: .muted)
            return
        }
        let labelWidth = min(24, max(12, body.width / 4))
        let cell = 5
        let fitting = max(0, min(matrix.codes.count, (body.width - labelWidth) / cell))
        for c in 0..<fitting {
            grid.put(BarChart.right("\(matrix.codes[c] + 1)", cell), x: body.x + labelWidth + c * cell, y: body.y, style: .accent)
        }
        let rows = max(1, body.height - 3)
        let cursorRow = matrix.codes.firstIndex(of: tables.cursor)
        let first = max(0, min((cursorRow ?? 0) - rows / 2, matrix.codes.count - rows))
        for (offset, code) in matrix.codes.dropFirst(first).prefix(rows).enumerated() {
            let r = first + offset
            let y = body.y + 1 + offset
            let row = data.codes[code]
            grid.putTruncated("\(code + 1) " + (row.parent == nil ? "" : "  ") + (row.name.isEmpty ? row.id + "?" : row.name),
                              x: body.x, y: y, width: labelWidth - 1)
            for c in 0..<fitting {
                let n = matrix.counts[r][c]
                grid.put(BarChart.right(c == r ? "(\(n))" : n == 0 ? "·" : "\(n)", cell), x: body.x + labelWidth + c * cell, y: y,
                         style: c == r || n == 0 ? .muted : .normal)
            }
            drawRowCursor(code, y: y, into: &grid, body: body)
        }
        var note = lang.t("Interviews met beide codes bij deze vraag; (n): met de code.",
                          "Interviews with both codes on this question; (n): with the code.")
        if fitting < matrix.codes.count {
            note += lang.t(" \(matrix.codes.count - fitting) kolommen passen niet.", " \(matrix.codes.count - fitting) columns do not fit.")
        }
        grid.putTruncated(note, x: body.x, y: body.maxY - 1, width: body.width, style: .muted)
    }

    static func percent(_ n: Int, _ base: Int) -> String {
        base > 0 ? "\(Int((Double(n) * 100 / Double(base)).rounded()))%" : "–"
    }
}
