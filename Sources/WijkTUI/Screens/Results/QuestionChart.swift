import WijkModel

/// One line of a question chart: what to draw, and the answer code when the
/// line is a category the cursor can drill into.
struct ChartLine {
    var code: String?
    /// Draws the line at row `y` from column `x`; `selected` switches to the selection style.
    var draw: (inout Grid, _ y: Int, _ x: Int, _ selected: Bool) -> Void
}

/// Lays out the chart of one question across the variants: column widths,
/// bars on one common scale, special answers, statistics and differences.
struct QuestionChart {
    var questionID: String
    var context: ResultsContext
    var width: Int

    var lang: Lang { context.lang }
    var entries: [(variant: VariantSummary, question: QuestionSummary?)] { context.questionSummaries(questionID) }
    var core: CoreComparison? { entries.count == 2 ? context.core(questionID) : nil }

    // Columns: label | per variant: marker(2) bar count(5) pct(5) [interval(10)] | difference.
    var diffWidth: Int { core == nil ? 0 : 9 }
    var labelWidth: Int { max(14, min(30, width / 4)) }
    var variantWidth: Int { max(16, (width - labelWidth - diffWidth) / max(1, entries.count)) }
    /// Room for a 95% interval after each percentage (wide screens only).
    var intervalWidth: Int { variantWidth >= 34 ? 10 : 0 }
    var barWidth: Int { max(1, variantWidth - 13 - intervalWidth) }

    func lines() -> [ChartLine] {
        guard let any = context.anySummary(questionID) else { return [] }
        var out: [ChartLine] = [headingLine(any)]
        if any.type.isClosed || !any.choices.isEmpty {
            out += choiceLines(any)
            if intervalWidth > 0 && any.type.isClosed { out.append(intervalNote) }
            out += differenceLines()
            out.append(blank)
            out += specialLines()
        } else if any.type.isOpenText {
            out += openLines()
        } else {
            out += specialLines()
        }
        if any.type == .multiple {
            out.append(blank)
            out.append(valueLine(lang.t("Gem. aantal gekozen", "Mean number chosen"), values: entries.map { e in
                e.question?.meanSelected.map { NumberFormat.decimal($0, 1, lang: lang) } ?? "–"
            }, difference: nil))
        }
        if any.type.isNumeric {
            out.append(blank)
            out += statisticsLines()
            if !(any.type.isClosed || !any.choices.isEmpty) { out += differenceLines() }
        }
        return out
    }

    var blank: ChartLine { ChartLine(code: nil) { _, _, _, _ in } }

    private func column(_ index: Int) -> Int { labelWidth + index * variantWidth }

    private func headingLine(_ any: QuestionSummary) -> ChartLine {
        let entries = self.entries, lang = self.lang, context = self.context
        let labelWidth = self.labelWidth, variantWidth = self.variantWidth, diff = diffWidth
        let columns = entries.indices.map(column)
        let marker = self.marker(nil).isEmpty ? "" : "*"
        return ChartLine(code: nil) { grid, y, x, _ in
            for (i, entry) in entries.enumerated() {
                // Those who answered, for every type: a counted text (gemeente) keeps no open answers.
                let n = entry.question?.answered ?? 0
                let text = "\(context.labels.variantName(entry.variant.variant)) (n=\(n))"
                grid.putTruncated(text, x: x + columns[i] + 2, y: y, width: variantWidth - 3, style: .accent.adding(.bold))
            }
            if diff > 0 {
                grid.put(BarChart.right(lang.t("Verschil", "Diff.") + marker, diff), x: x + labelWidth + entries.count * variantWidth, y: y,
                         style: .accent.adding(.bold))
            }
        }
    }

    private func choiceLines(_ any: QuestionSummary) -> [ChartLine] {
        let codes = QuestionViewScreen.codes(questionID, context)
        let maximum = entries.compactMap(\.question).flatMap(\.choices).compactMap(\.percent).max() ?? 0
        let meanRows: [String?] = entries.map { entry in
            guard any.type == .scale, let mean = entry.question?.statistics?.mean else { return nil }
            return entry.question?.choices.min { abs((Double($0.code) ?? 0) - mean) < abs((Double($1.code) ?? 0) - mean) }?.code
        }
        return codes.map { code in
            let label = entries.compactMap { $0.question?.choice(code) }.first
                .map { context.labels.rowLabel($0, type: any.type, questionID: questionID) }
                ?? context.labels.label(code: code, in: nil, questionID: questionID)
            let cells: [ChoiceCount?] = entries.map { $0.question?.choice(code) }
            let markers = meanRows.map { $0 == code }
            let difference = core?.rows.first { $0.code == code }.map { NumberFormat.points($0.differencePoints) + marker(code) }
            return barLine(code: code, label: label, cells: cells, maximum: maximum, markers: markers, difference: difference)
        }
    }

    private func barLine(code: String, label: String, cells: [ChoiceCount?], maximum: Double,
                         markers: [Bool], difference: String?) -> ChartLine {
        let labelWidth = self.labelWidth, barWidth = self.barWidth, diffWidth = self.diffWidth
        let intervalWidth = self.intervalWidth, lang = self.lang
        let columns = cells.indices.map(column)
        let diffX = labelWidth + cells.count * variantWidth
        return ChartLine(code: code) { grid, y, x, selected in
            let base: Style = selected ? .selection : .normal
            grid.putTruncated(label, x: x, y: y, width: labelWidth - 1, style: base)
            for (i, cell) in cells.enumerated() {
                let cx = x + columns[i]
                if markers[i] { grid.put("◆", x: cx, y: y, style: selected ? base : .warning) }
                guard let cell else { grid.put("–", x: cx + 2, y: y, style: base); continue }
                let bar = BarChart.bar(cell.percent ?? 0, maximum: maximum, width: barWidth)
                grid.put(bar, x: cx + 2, y: y, style: selected ? base : .accent)
                let numbers = BarChart.right("\(cell.count)", 5) + BarChart.right(NumberFormat.percent(cell.percent), 5)
                grid.put(numbers, x: cx + 2 + barWidth, y: y, style: base)
                if intervalWidth > 0 {
                    grid.put(BarChart.right(Self.interval(cell.percentInterval, lang: lang), intervalWidth),
                             x: cx + 12 + barWidth, y: y, style: selected ? base : .muted)
                }
            }
            if let difference, diffWidth > 0 {
                grid.put(BarChart.right(difference, diffWidth), x: x + diffX, y: y, style: base)
            }
        }
    }

    /// Don't know, refused and unanswered under a line stating their base
    /// (`relevantBase`); not applicable under its own base line (every
    /// interview of the variant), so each percentage sits below the number it
    /// is of. Never inside the choice percentages.
    private func specialLines() -> [ChartLine] {
        let entries = self.entries, lang = self.lang
        let closed = context.anySummary(questionID)?.type.isClosed == true
        func block(_ heading: String, _ base: @escaping (QuestionSummary) -> Int,
                   _ rows: [(String, (QuestionSummary) -> Int)]) -> [ChartLine] {
            let bases = entries.map { e in e.question.map { "\(lang.t("van", "of")) \(base($0))" } ?? "–" }
            var out = [valueLine(heading, values: bases, difference: nil, style: .muted)]
            for (code, count) in rows {
                let values = entries.map { e -> String in
                    guard let q = e.question else { return "–" }
                    let n = count(q), b = base(q)
                    return BarChart.right("\(n)", 5) + BarChart.right(NumberFormat.percent(b > 0 ? Double(n) * 100 / Double(b) : nil), 5)
                }
                out.append(valueLine(context.labels.specialName(code) ?? code, values: values, difference: nil,
                                     code: closed ? code : nil))
            }
            return out
        }
        return block(lang.t("Niet als antwoord:", "Not an answer:"), { $0.relevantBase }, [
            (SpecialCode.dontKnow, { $0.dontKnow }), (SpecialCode.refused, { $0.refused }),
            (SpecialCode.unanswered, { $0.unanswered }),
        ]) + block(lang.t("Alle interviews:", "All interviews:"), { $0.relevantBase + $0.notApplicable }, [
            (SpecialCode.notApplicable, { $0.notApplicable }),
        ])
    }

    func statisticsLines() -> [ChartLine] {
        let stats = entries.map { $0.question?.statistics }
        func row(_ nl: String, _ en: String, _ pick: (Statistics) -> Double?, diff: String? = nil) -> ChartLine {
            valueLine(lang.t(nl, en), values: stats.map { s in
                s.flatMap(pick).map { NumberFormat.decimal($0, 2, lang: lang) } ?? "–"
            }, difference: diff)
        }
        return [
            valueLine("n", values: stats.map { $0.map { "\($0.n)" } ?? "0" }, difference: nil),
            row("Gemiddelde", "Mean", { $0.mean }, diff: core.map { NumberFormat.difference($0.meanDifference, lang: lang) + meanMarker }),
            valueLine(lang.t("95%-BI gemiddelde", "95% CI of mean"), values: stats.map { s in
                Self.interval(s?.meanInterval, decimals: 2, lang: lang, percent: false)
            }, difference: nil, style: .muted),
            row("Mediaan", "Median", { $0.median }),
            row("Standaardafwijking", "Std. deviation", { $0.sd }),
            row("Minimum", "Minimum", { $0.min }),
            row("Maximum", "Maximum", { $0.max }),
            row("Kwartielen Q1", "Quartile Q1", { $0.q1 }),
            row("Kwartielen Q3", "Quartile Q3", { $0.q3 }),
        ]
    }

    private func openLines() -> [ChartLine] {
        let count = entries.reduce(0) { $0 + ($1.question?.openAnswers.count ?? 0) }
        let text = lang.t("\(count) open antwoorden — o: lezen", "\(count) open answers — o: read")
        return [blank, ChartLine(code: nil) { grid, y, x, _ in grid.put(text, x: x, y: y, style: .muted) }, blank] + specialLines()
    }

    /// A label and one right-aligned value per variant (plus an optional difference).
    func valueLine(_ label: String, values: [String], difference: String?, code: String? = nil,
                           style: Style = .normal) -> ChartLine {
        let labelWidth = self.labelWidth, barWidth = self.barWidth, diffWidth = self.diffWidth
        let columns = values.indices.map(column)
        let variantWidth = self.variantWidth
        return ChartLine(code: code) { grid, y, x, selected in
            let s: Style = selected ? .selection : style
            grid.putTruncated(label, x: x, y: y, width: labelWidth - 1, style: s)
            for (i, value) in values.enumerated() {
                grid.put(BarChart.right(value, barWidth + 10), x: x + columns[i] + 2, y: y, style: s, maxWidth: variantWidth - 2)
            }
            if let difference, diffWidth > 0 {
                grid.put(BarChart.right(difference, diffWidth), x: x + labelWidth + values.count * variantWidth, y: y, style: s)
            }
        }
    }
}
