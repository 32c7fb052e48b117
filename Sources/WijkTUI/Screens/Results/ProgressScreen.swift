import WijkModel

/// How far the fieldwork is (the model's `FieldworkProgress`): completed
/// interviews and drafts per ISO week and per interviewer with bars, the
/// drafts outstanding and the conflicts still open. Scrolls like a pager.
struct ProgressScreen: Sendable, Hashable {
    var scroller = Scroller()

    func lines(_ context: ResultsContext, width: Int) -> [(String, Style)] {
        let lang = context.lang
        let p = context.summary.progress
        var out: [(String, Style)] = []
        out.append((lang.t("Voltooid \(p.complete) · concepten open \(p.draftsOutstanding) · conflicten open \(p.openConflicts.count)",
                           "Completed \(p.complete) · drafts outstanding \(p.draftsOutstanding) · conflicts open \(p.openConflicts.count)"),
                    .title))
        if let line = WithoutConsentText.line(p.withoutConsentCounts, lang: lang) {
            out += TextWidth.wrap(lang.t("Voltooid, ", "Completed, ") + line, width: width).map { ($0, .normal) }
        }
        let note = lang.t("Elk filter telt mee behalve de status: concepten staan naast voltooide interviews.",
                          "Every filter applies except the status: drafts are shown beside completed interviews.")
        // Wrapped: at 80 columns the sentence would otherwise lose its end.
        out += TextWidth.wrap(note, width: width).map { ($0, .muted) }
        let maximum = max(1, (p.weeks + p.interviewers).map(\.total).max() ?? 1)
        let keyWidth = min(24, max(10, ((p.weeks + p.interviewers).map { TextWidth.of($0.key) }.max() ?? 0) + 2))
        let barWidth = max(4, min(40, width - keyWidth - 27))
        func table(_ title: String, _ rows: [FieldworkProgress.Row]) {
            out.append(("", .normal))
            out.append((title, .title))
            out.append((pad("", keyWidth) + pad("", barWidth) + BarChart.right(lang.t("Voltooid", "Completed"), 9)
                        + BarChart.right(lang.t("Concept", "Draft"), 9) + BarChart.right(lang.t("Totaal", "Total"), 8), .accent))
            if rows.isEmpty { out.append((lang.t("  (geen interviews)", "  (no interviews)"), .muted)) }
            for row in rows {
                let key = row.key.isEmpty ? "–" : DisplayText.line(row.key)
                out.append((pad(TextWidth.truncate(key, to: keyWidth - 1), keyWidth)
                            + pad(BarChart.bar(Double(row.total), maximum: Double(maximum), width: barWidth), barWidth)
                            + BarChart.right("\(row.complete)", 9) + BarChart.right("\(row.drafts)", 9)
                            + BarChart.right("\(row.total)", 8), .normal))
            }
        }
        table(lang.t("Per week (ISO, datum van het gesprek)", "Per week (ISO, interview date)"), p.weeks)
        table(lang.t("Per interviewer", "Per interviewer"), p.interviewers)
        if !p.openConflicts.isEmpty {
            out.append(("", .normal))
            out.append((lang.t("Open conflicten (wijk merge lost ze op)", "Open conflicts (resolved with wijk merge)"), .warning))
            for id in p.openConflicts { out.append(("  " + DisplayText.line(id), .normal)) }
        }
        return out
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - TextWidth.of(text)))
    }

    func render(into grid: inout Grid, area: Rect, context: ResultsContext) {
        let all = lines(context, width: area.width)
        let top = max(0, min(scroller.top, max(0, all.count - area.height)))
        for (offset, line) in all.dropFirst(top).prefix(area.height).enumerated() {
            grid.putTruncated(line.0, x: area.x, y: area.y + offset, width: area.width, style: line.1)
        }
    }
}
