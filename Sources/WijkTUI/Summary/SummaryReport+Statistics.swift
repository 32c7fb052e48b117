import Foundation
import WijkModel

/// The statistics of a summary report: intervals, the variant-difference
/// tests, cross-tabs with percentages, tables across groups (`--by`) and the
/// fieldwork progress. All computed from the summary's counts by the model.
extension SummaryReport {
    var groupingLabel: String {
        switch summary.grouping {
        case .wijk?: return t("Wijk", "Neighbourhood")
        case .interviewer?: return t("Interviewer", "Interviewer")
        case .gemeente?, nil: return t("Gemeente", "Municipality")
        }
    }

    /// " [25,1–45,2]": a 95% interval after its estimate; "" without one.
    func interval(_ i: ConfidenceInterval?, decimals: Int = 1) -> String {
        guard let i else { return "" }
        return " [\(NumberFormat.decimal(i.lower, decimals, lang: lang))–\(NumberFormat.decimal(i.upper, decimals, lang: lang))]"
    }

    /// "p = 0,015", "p < 0,001".
    func pValue(_ p: Double) -> String {
        p < 0.001 ? "p < \(NumberFormat.decimal(0.001, 3, lang: lang))" : "p = \(NumberFormat.decimal(p, 3, lang: lang))"
    }

    /// "χ²(4) = 12,30, p = 0,015", "Fisher exact, p = 0,486", "Welch t(58,4) = 2,40, p = 0,020".
    func describe(_ test: SignificanceTest) -> String {
        // Welch's df are fractional: one decimal; whole ones as they are.
        let df = test.degreesOfFreedom.map { $0.rounded() == $0 ? NumberFormat.value($0, lang: lang) : NumberFormat.decimal($0, 1, lang: lang) } ?? ""
        let statistic = test.statistic.map { NumberFormat.decimal($0, 2, lang: lang) } ?? ""
        switch test.method {
        case .chiSquare: return "χ²(\(df)) = \(statistic), \(pValue(test.p))"
        case .fisherExact: return t("Fisher exact", "Fisher's exact") + ", \(pValue(test.p))"
        case .welchT: return "Welch t(\(df)) = \(statistic), \(pValue(test.p))"
        }
    }

    /// What a test says, in words, with the small-cell warning when the p-value cannot be trusted.
    func verdict(_ test: SignificanceTest) -> String {
        var text = describe(test) + ": "
        if test.isSignificant() {
            text += t("verschil significant (α = 0,05)", "difference significant (α = 0.05)")
        } else if !test.isReliable, let cells = test.smallCells {
            text += t("niet te beoordelen: \(cells.expectedBelow5) van \(cells.cells) cellen verwacht < 5",
                      "cannot be judged: \(cells.expectedBelow5) of \(cells.cells) cells expected < 5")
            // When the count of small cells is within Cochran's 20%, the reason is his other
            // half: an expected count below 1.
            if cells.minimumExpected < 1, Double(cells.expectedBelow5) <= 0.2 * Double(cells.cells) {
                text += t(", kleinste verwacht ", ", smallest expected ") + NumberFormat.decimal(cells.minimumExpected, 2, lang: lang)
            }
        } else {
            text += t("geen significant verschil", "no significant difference")
        }
        if test.isReliable, let cells = test.smallCells, cells.any {
            text += t(" (let op: \(cells.expectedBelow5) van \(cells.cells) cellen verwacht < 5)",
                      " (note: \(cells.expectedBelow5) of \(cells.cells) cells expected < 5)")
        }
        return text
    }

    private var bullet: String { style == .markdown ? "- " : "  " }

    /// The test lines under a shared-core question: its distribution test (or
    /// one per option), the means' test, always with both n.
    func differenceLine(_ core: CoreComparison) -> String {
        let d = core.difference
        let n = "n = \(d.n[0]) / \(d.n[1])"
        var out = ""
        let heading = t("toets \(self.d(core.firstVariant)) ↔ \(self.d(core.secondVariant))",
                        "test \(self.d(core.firstVariant)) ↔ \(self.d(core.secondVariant))")
        if let test = d.test {
            out += bullet + heading + " (\(n)): " + verdict(test) + "\n"
        } else if !d.optionTests.isEmpty {
            let marked = d.optionTests.filter { $0.test?.isSignificant() == true }
            out += bullet + heading + t(" per optie", " per option") + " (\(n)): "
            out += marked.isEmpty ? t("bij geen optie een significant verschil", "no option differs significantly")
                : t("significant verschil bij ", "significant difference for ")
                    + marked.map { "\(self.d($0.code)) (\(describe($0.test!)))" }.joined(separator: "; ")
            out += "\n"
        } else if d.meanTest == nil {
            out += bullet + heading + " (\(n)): " + t("geen toets mogelijk", "no test possible") + "\n"
        }
        if let mean = d.meanTest {
            out += bullet + t("gemiddelden", "means") + " (\(n)): " + verdict(mean) + "\n"
        }
        return out
    }

    /// `*` marks a difference a test supports: the column's heading (`code` nil)
    /// when the whole distribution differs, an option's row for multiple choice.
    func marker(_ core: CoreComparison?, _ code: String?) -> String {
        guard let d = core?.difference else { return "" }
        guard let code else { return d.test?.isSignificant() == true ? " *" : "" }
        return d.optionTests.first { $0.code == code }?.test?.isSignificant() == true ? " *" : ""
    }

    /// `--bands`: the number question's answers per band, one row each.
    func bandRows(_ present: [(VariantSummary, QuestionSummary)], core: CoreComparison?) -> [[String]] {
        var codes: [String] = []
        for (_, q) in present { for b in q.bands where !codes.contains(b.code) { codes.append(b.code) } }
        return codes.map { code in
            let label = code == NumericBands.outside ? t("buiten de banden", "outside the bands") : d(code)
            return [label] + present.map { _, q in
                let c = q.bands.first { $0.code == code }
                return "\(c?.count ?? 0)  \(pct(c?.percent))" + interval(c?.percentInterval)
            } + (core != nil ? [""] : [])
        }
    }

    /// A cross-tab's row or column: an answer code as it is, a not-an-answer
    /// category in words (the model's codes, like `(dontKnow)`, are for JSON).
    func crossTabCode(_ code: String) -> String {
        switch code {
        case SpecialCode.dontKnow: return t("(weet niet)", "(don't know)")
        case SpecialCode.refused: return t("(wil niet zeggen)", "(refused)")
        case SpecialCode.unanswered: return t("(geen antwoord)", "(unanswered)")
        case SpecialCode.notApplicable: return t("(n.v.t.)", "(not applicable)")
        default: return d(code)
        }
    }

    /// Beside a cross-tab with a multiple-choice dimension (the summary and the browser say the same).
    static let multipleNote = (nl: "meerdere antwoorden mogelijk: percentages van respondenten, tellen niet op tot 100%",
                               en: "multiple answers possible: percentages of respondents, they do not add up to 100%")

    /// A cross-tab: counts with totals, row and column percentages, and the test of the real answers.
    func crossTab(_ tab: CrossTab) -> String {
        var out = "\n" + (style == .markdown ? "### " : "")
        out += t("Kruistabel", "Cross-tab") + " \(d(tab.request.row)) × \(d(tab.request.column)) — \(d(tab.variant)) (n=\(tab.respondents))\n"
        if style == .markdown { out += "\n" }
        let table = tab.table
        let corner = "\(d(tab.request.row)) \\ \(d(tab.request.column))"
        let total = t("totaal", "total")
        let header = [corner] + tab.columnCodes.map(crossTabCode) + [total]
        var counts = tab.rowCodes.enumerated().map { r, code in
            [crossTabCode(code)] + table.counts[r].map(String.init) + [String(table.rowTotals[r])]
        }
        counts.append([total] + table.columnTotals.map(String.init) + [String(table.total)])
        out += grid(header, counts)
        // Row percentages end in a total row of column shares, column percentages in a total column of row shares.
        let share = { (n: Int) in pct(table.total > 0 ? Double(n) * 100 / Double(table.total) : nil) }
        let hundred = pct(table.total > 0 ? 100 : nil)
        func percentages(_ title: String, _ p: (Int, Int) -> Double?, lastColumn: (Int) -> String, lastRow: [String]) -> String {
            var rows = tab.rowCodes.enumerated().map { r, code in
                [crossTabCode(code)] + tab.columnCodes.indices.map { pct(p(r, $0)) } + [lastColumn(r)]
            }
            rows.append([total] + lastRow + [hundred])
            return (style == .markdown ? "\n" : "") + bullet + title + "\n" + (style == .markdown ? "\n" : "") + grid(header, rows)
        }
        // Across a multiple-choice dimension a line's percentages need not add to 100%: show its base instead.
        let base = { (n: Int) in "n=\(n)" }
        out += percentages(t("rijpercentages (% van de rij)", "row percentages (% of the row)"), table.rowPercent,
                           lastColumn: { !table.rowsAddUp ? base(table.rowTotals[$0]) : table.rowTotals[$0] > 0 ? hundred : pct(nil) },
                           lastRow: table.columnTotals.map(share))
        out += percentages(t("kolompercentages (% van de kolom)", "column percentages (% of the column)"), table.columnPercent,
                           lastColumn: { share(table.rowTotals[$0]) },
                           lastRow: table.columnTotals.map { !table.columnsAddUp ? base($0) : $0 > 0 ? hundred : pct(nil) })
        out += style == .markdown ? "\n" : ""
        if !tab.countsRespondentsOnce {
            out += bullet + t(Self.multipleNote.nl, Self.multipleNote.en) + "\n"
        }
        if let test = tab.test {
            out += bullet + t("toets (alleen echte antwoorden, n = \(test.n)): ", "test (real answers only, n = \(test.n)): ") + verdict(test) + "\n"
        } else if !tab.countsRespondentsOnce {
            out += bullet + t("geen toets: bij meerkeuze telt iemand in meer cellen", "no test: with multiple choice a respondent counts in several cells") + "\n"
        } else {
            out += bullet + t("geen toets mogelijk (n = \(tab.answerTable.total))", "no test possible (n = \(tab.answerTable.total))") + "\n"
        }
        return out
    }

    /// `--by`: per question and variant, the groups side by side.
    func groupTables() -> String {
        var out = ""
        for table in GroupTable.tables(summary) {
            out += "\n" + (style == .markdown ? "### " : "") + "[\(d(table.questionID))] \(d(table.label.resolve(lang.rawValue))) — \(d(table.variant))\n"
            if style == .markdown { out += "\n" }
            let header = [""] + table.columns.map { "\($0.name.isEmpty ? "–" : d($0.name)) (n=\($0.question.answered))" }
            var rows: [[String]] = table.codes.map { code in
                let label = table.label(code).map { "\(d(code)) \(d($0.resolve(lang.rawValue)))" } ?? d(code)
                return [label] + table.columns.indices.map { c in
                    let cell = table.count(code, column: c)
                    return "\(cell.count)  \(pct(cell.percent))"
                }
            }
            if table.type.isNumeric {
                rows.append([t("gemiddelde", "mean")] + table.columns.map { c in
                    num(c.question.statistics?.mean) + interval(c.question.statistics?.meanInterval, decimals: 2)
                })
            }
            if !rows.isEmpty { out += grid(header, rows) }
            if let test = table.test {
                out += (style == .markdown ? "\n" : "") + bullet + t("toets tussen de groepen: ", "test across the groups: ") + verdict(test) + "\n"
            }
        }
        return out
    }

    /// Fieldwork progress: per week, per interviewer, drafts and conflicts open.
    func progress() -> String {
        let p = summary.progress
        var out = "\n" + (style == .markdown ? "## " : "=== ") + t("Veldwerk", "Fieldwork") + (style == .markdown ? "\n\n" : " ===\n")
        out += t("\(p.complete) afgerond, \(p.draftsOutstanding) concept(en) open, \(p.openConflicts.count) conflict(en) open",
                 "\(p.complete) complete, \(p.draftsOutstanding) draft(s) outstanding, \(p.openConflicts.count) conflict(s) open")
        if !p.openConflicts.isEmpty { out += ": " + p.openConflicts.map(d).joined(separator: ", ") }
        out += t(" (alle filters behalve de status)\n", " (every filter but the status)\n")
        if let line = WithoutConsentText.line(p.withoutConsentCounts, lang: lang, name: d) {
            out += (style == .markdown ? "\n" : "") + t("Afgerond, ", "Complete, ") + line + "\n"
        }
        let columns = [t("afgerond", "complete"), t("concept", "draft"), t("totaal", "total")]
        func rows(_ rows: [FieldworkProgress.Row]) -> [[String]] {
            rows.map { [$0.key.isEmpty ? "–" : d($0.key), String($0.complete), String($0.drafts), String($0.total)] }
        }
        if !p.weeks.isEmpty {
            out += (style == .markdown ? "\n" : "") + grid([t("week (ISO)", "week (ISO)")] + columns, rows(p.weeks))
        }
        if !p.interviewers.isEmpty {
            out += (style == .markdown ? "\n" : "") + grid([t("interviewer", "interviewer")] + columns, rows(p.interviewers))
        }
        return out
    }
}
