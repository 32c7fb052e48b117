import Foundation

/// The report as markdown: the same outline, counts, intervals, tests and
/// capped quotes as `HTMLReport`, without charts — and without the dump of
/// every open answer that `wijk summary --format markdown` prints. Text from
/// data goes through `MarkdownText`, so it cannot change the document.
public struct MarkdownReport {
    let html: HTMLReport
    var words: ReportWords { html.words }

    public init(summary: Summary, questionnaires: [Questionnaire], options: ReportOptions, coding: ReportCoding? = nil) {
        html = HTMLReport(summary: summary, questionnaires: questionnaires, options: options, coding: coding)
    }

    private func t(_ nl: String, _ en: String) -> String { words.t(nl, en) }
    private func d(_ s: String) -> String { MarkdownText.inline(s) }
    private var lang: String { html.options.lang.rawValue }

    public func render() -> String {
        let summary = html.summary
        let group = summary.all
        var out = "# " + d(html.studyTitle) + "\n\n"
        out += t("Rapport van de resultaten, gemaakt op ", "Report of the results, made on ") + d(html.options.date) + ".\n\n"
        out += "## " + t("Veldwerk", "Fieldwork") + "\n\n"
        let filter = html.filterText()
        if !filter.isEmpty { out += t("Selectie: ", "Selection: ") + d(filter) + "\n\n" }
        out += "| " + t("Interviews", "Interviews") + " | n |\n|---|---:|\n"
        out += "| \(t("Bestanden gevonden", "Files found")) | \(summary.files) |\n"
        out += "| \(t("Meegeteld in dit rapport", "Counted in this report")) | \(summary.counted) |\n"
        for v in group?.variants ?? [] {
            out += "| \(d(words.variant(v.variant))) | \(v.respondents) |\n"
            if v.withoutConsent > 0 { out += "| – \(WithoutConsentText.label(html.options.lang)) | \(v.withoutConsent) |\n" }
        }
        out += "| \(t("Ongeldige bestanden", "Invalid files")) | \(summary.invalid.count) |\n"
        out += "| \(t("Open conflicten", "Open conflicts")) | \(summary.conflicts.count) |\n\n"
        if let period = html.periodRange(group) {
            out += t("Periode van de gesprekken: ", "Interview period: ") + d(period.first) + " – " + d(period.last) + "\n\n"
        }
        let (variants, rows) = html.gemeenteCounts(group)
        if !variants.isEmpty {
            out += "| " + t("Gemeente", "Municipality") + " |" + variants.map { " " + d(words.variant($0)) + " |" }.joined()
            out += " " + t("Totaal", "Total") + " |\n|---|" + String(repeating: "---:|", count: variants.count + 1) + "\n"
            for row in rows {
                out += "| " + d(row.name.isEmpty ? "–" : row.name) + " |" + row.counts.map { " \($0) |" }.joined() + " \(row.total) |\n"
            }
            out += "\n"
        }
        out += "## " + t("Methode", "Method") + "\n\n"
        out += t("Percentages zijn van n (wie de vraag echt beantwoordde); weet niet, geweigerd, niet ingevuld en niet van toepassing staan apart. 95%-intervallen: Wilson (percentages), t (gemiddelden). Verschillen in de gedeelde kern alleen als een toets ze ondersteunt (chi-kwadraat of Fisher, p < 0,05; bij getallen en schalen ook de gemiddelden, Welch). Citaten zijn een beperkte, gespreide keuze.",
                 "Percentages are of n (who really answered); don't know, refused, unanswered and not applicable are apart. 95% intervals: Wilson (percentages), t (means). Differences in the shared core only when a test supports them (chi-square or Fisher, p < 0.05; for numbers and scales also the means, Welch). Quotes are a limited, spread selection.")
            .replacingOccurrences(of: "<", with: "\\<") + "\n"
        let sections = group.map { ReportLayout.sections($0, questionnaires: html.questionnaires, lang: html.options.lang) } ?? []
        for section in sections {
            out += "\n## " + d(section.title) + "\n"
            for q in section.questions { out += question(q) }
        }
        return out
    }

    private func question(_ q: ReportQuestion) -> String {
        var out = "\n### " + d(q.label.resolve(lang)) + (q.isCore ? t(" (gedeelde kern)", " (shared core)") : "") + "\n\n"
        out += q.results.map { d(words.variant($0.variant)) + ": n = \($0.summary.answered)" }.joined(separator: " · ") + "\n\n"
        switch q.type {
        case .single, .multiple, .yesNo, .scale:
            out += "| " + t("Antwoord", "Answer") + " |" + q.results.map { " " + d(words.variant($0.variant)) + " |" }.joined()
            out += q.comparison == nil ? "\n" : " " + t("Verschil (%-punt)", "Difference (points)") + " |\n"
            out += "|---|" + String(repeating: "---:|", count: q.results.count + (q.comparison == nil ? 0 : 1)) + "\n"
            for code in q.codes {
                out += "| " + d(words.label(code, q.label(of: code))) + " |"
                for r in q.results {
                    let c = r.summary.choice(code)
                    out += " \(c?.count ?? 0) · \(words.percent(c?.percent ?? (r.summary.answered > 0 ? 0 : nil)))"
                    if let ci = c?.percentInterval { out += " [" + words.interval(ci) + "]" }
                    out += " |"
                }
                if let comparison = q.comparison {
                    out += " " + words.signed(comparison.rows.first { $0.code == code }?.differencePoints) + " |"
                }
                out += "\n"
            }
            for r in q.results {
                let (top, total) = ReportQuotes.frequentOthers(r.summary.openAnswers, limit: html.options.otherTexts)
                if total > 0 {
                    out += "\n" + d(words.variant(r.variant)) + t(", ‘anders, namelijk’: ", ", ‘other, namely’: ")
                    out += top.map { d($0.text) + " (\($0.count))" }.joined(separator: "; ") + "\n"
                }
            }
        case .integer, .decimal:
            for r in q.results {
                guard let s = r.summary.statistics else { continue }
                out += "- " + d(words.variant(r.variant)) + ": " + t("gemiddelde ", "mean ") + html.options.lang.decimal(s.mean, 1)
                out += " [" + words.interval(s.meanInterval) + "], " + t("mediaan ", "median ") + words.value(s.median)
                out += ", " + t("kwartielen ", "quartiles ") + words.value(s.q1) + "–" + words.value(s.q3) + "\n"
            }
        case .text, .longText:
            guard q.results.first?.summary.choices.isEmpty ?? true else { break }
            for r in q.results {
                for a in ReportQuotes.representative(r.summary.openAnswers, cap: html.options.quotesPerVariant) {
                    out += "\n> " + d(ReportQuotes.shortened(a.text)) + "\n> — " + d(words.variant(a.variant))
                    out += (a.gemeente.isEmpty ? "" : ", " + d(a.gemeente)) + "\n"
                }
            }
        case .date, .note:
            break
        }
        out += codes(q.id) + codes(q.id + ".other")
        if let comparison = q.comparison {
            out += "\n" + t("Toets: ", "Test: ") + html.verdicts(comparison.difference).map(d).joined(separator: "; ") + "\n"
        }
        for r in q.results {
            if let apart = words.notAnAnswer(r.summary) { out += "\n" + d(words.variant(r.variant)) + t(", geen antwoord: ", ", no answer: ") + d(apart) + "\n" }
        }
        return out
    }

    /// An open question's code frequencies per variant (% of the coded answers).
    private func codes(_ key: String) -> String {
        guard let coding = html.coding, var question = coding.question(key) else { return "" }
        question.variants.removeAll { $0.answered == 0 }      // a variant that was not asked
        let rows = coding.tables.codes.indices.filter { i in question.variants.contains { $0.nets[i] > 0 } }
        guard !rows.isEmpty else { return "" }
        var out = "\n" + t("Codes (codeur ", "Codes (coder ") + d(coding.tables.coder) + "):\n\n| Code |"
        out += question.variants.map { " " + d(words.variant($0.variant)) + " (\($0.coded)/\($0.answered)) |" }.joined()
        out += "\n|---|" + String(repeating: "---:|", count: question.variants.count) + "\n"
        for i in rows {
            let row = coding.tables.codes[i]
            out += "| " + d(row.name.isEmpty ? row.id : row.name) + " |"
            out += question.variants.map { v in
                " \(row.isTheme ? v.nets[i] : v.counts[i]) · " + words.percent(row.isTheme ? v.netPercent(i) : v.percent(i)) + " |"
            }.joined() + "\n"
        }
        return out
    }
}
