/// The report as one self-contained HTML file: inline CSS and SVG, no script,
/// nothing fetched. At the top the fieldwork summary, a method note and the
/// shared core at a glance; then per section and question the results of
/// wijkteams and migrantenorganisaties side by side (see
/// `HTMLReport+Question`). Every number comes from the summary, so the report
/// says what `wijk summary` says; every text from data goes through `HTMLText`.
public struct HTMLReport {
    public let summary: Summary
    public let questionnaires: [Questionnaire]
    public let options: ReportOptions
    /// One coder's codes, when the report includes coding.
    public let coding: ReportCoding?
    let words: ReportWords

    public init(summary: Summary, questionnaires: [Questionnaire], options: ReportOptions, coding: ReportCoding? = nil) {
        self.summary = summary; self.questionnaires = questionnaires; self.options = options; self.coding = coding
        words = ReportWords(lang: options.lang)
    }

    func t(_ nl: String, _ en: String) -> String { words.t(nl, en) }

    /// The study's name: what the questionnaires' titles share before " — ".
    var studyTitle: String {
        let titles = summary.all?.variants.compactMap { v in
            questionnaires.first { $0.id == v.questionnaireID }?.title.resolve(options.lang.rawValue)
        } ?? []
        let heads = Set(titles.map { $0.components(separatedBy: " — ").first ?? $0 })
        return heads.count == 1 ? heads.first! : "Wijk"
    }

    public func render() -> String {
        let group = summary.all
        let sections = group.map { ReportLayout.sections($0, questionnaires: questionnaires, lang: options.lang) } ?? []
        var out = "<!DOCTYPE html>\n<html lang=\"\(options.lang.rawValue)\"><head><meta charset=\"utf-8\">"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        out += "<title>" + HTMLText.line(studyTitle + " — " + t("rapport", "report")) + "</title>"
        out += "<style>" + ReportStyle.css + "</style></head>\n<body>\n<header><h1>"
        out += HTMLText.line(studyTitle) + "</h1><p class=\"meta\">" + t("Rapport van de resultaten, gemaakt op ", "Report of the results, made on ")
        out += HTMLText.line(options.date) + t(" met Wijk.", " with Wijk.") + "</p></header>\n<main>\n"
        out += fieldwork(group)
        out += method()
        if let group, !group.core.isEmpty { out += coreOverview(group) }
        out += contents(sections)
        var chartIndex = 0
        for section in sections {
            out += "<section class=\"part\" id=\"s-\(HTMLText.line(section.id))\" aria-labelledby=\"h-\(HTMLText.line(section.id))\">"
            out += "<h2 id=\"h-\(HTMLText.line(section.id))\">" + HTMLText.line(section.title) + "</h2>\n"
            for question in section.questions {
                out += render(question, chartIndex: &chartIndex)
            }
            out += "</section>\n"
        }
        return out + "</main>\n</body></html>\n"
    }

    // MARK: Top of the report

    private func fieldwork(_ group: SummaryGroup?) -> String {
        var out = "<section id=\"veldwerk\"><h2>" + t("Veldwerk", "Fieldwork") + "</h2>"
        if summary.counted == 0 {
            out += "<p><strong>" + t("Er zijn geen interviews geteld: controleer de map en de selectie. De vragen hieronder zijn leeg.",
                                     "No interviews were counted: check the folder and the selection. The questions below are empty.") + "</strong></p>"
        }
        let filter = filterText()
        if !filter.isEmpty { out += "<p><strong>" + t("Selectie: ", "Selection: ") + "</strong>" + HTMLText.line(filter) + "</p>" }
        if let period = period(group) { out += "<p>" + t("Periode van de gesprekken: ", "Interview period: ") + period + "</p>" }
        var rows: [(String, Int)] = [
            (t("Bestanden gevonden", "Files found"), summary.files),
            (t("Interviews (geldig, uniek)", "Interviews (valid, distinct)"), summary.interviews),
            (t("Meegeteld in dit rapport", "Counted in this report"), summary.counted),
        ]
        for v in group?.variants ?? [] {
            rows.append(("\u{2003}" + words.variant(v.variant), v.respondents))
            // Counted like any interview, n.v.t. on every question: said here so the n's add up.
            if v.withoutConsent > 0 { rows.append(("\u{2003}\u{2003}" + WithoutConsentText.label(options.lang), v.withoutConsent)) }
        }
        rows += [
            (t("Ongeldige bestanden (niet meegeteld)", "Invalid files (not counted)"), summary.invalid.count),
            (t("Dubbele interviews (laatste versie geteld)", "Duplicate interviews (latest revision counted)"),
             summary.duplicates.count - summary.conflicts.count),
            (t("Open conflicten", "Open conflicts"), summary.conflicts.count),
            (t("Waarschuwingen in geldige bestanden", "Warnings in valid files"), summary.warnings),
        ]
        out += "<div class=\"scroll\"><table><caption>" + t("Interviews in dit rapport", "Interviews in this report")
        out += "</caption><tbody>"
        for (label, n) in rows {
            out += "<tr><th scope=\"row\">\(HTMLText.line(label))</th><td class=\"n\">\(n)</td></tr>"
        }
        out += "</tbody></table></div>"
        out += gemeenten(group)
        return out + "</section>\n"
    }

    /// Interviews per gemeente (most first): the variants, and per gemeente its count in each and the total.
    func gemeenteCounts(_ group: SummaryGroup?) -> (variants: [String], rows: [(name: String, counts: [Int], total: Int)]) {
        let results = (group?.variants ?? []).compactMap { v in v.question(MetadataID.gemeente).map { (v.variant, $0) } }
        var totals: [String: Int] = [:]
        for (_, q) in results { for c in q.choices { totals[c.code, default: 0] += c.count } }
        let names = totals.keys.sorted { totals[$0]! != totals[$1]! ? totals[$0]! > totals[$1]! : $0 < $1 }
        return (results.map(\.0), names.map { name in (name, results.map { $0.1.choice(name)?.count ?? 0 }, totals[name] ?? 0) })
    }

    /// Interviews per gemeente and variant (from the `gemeente` answers).
    private func gemeenten(_ group: SummaryGroup?) -> String {
        let (variants, rows) = gemeenteCounts(group)
        guard !variants.isEmpty else { return "" }
        var out = "<div class=\"scroll\"><table><caption>" + t("Interviews per gemeente", "Interviews per municipality")
        out += "</caption><thead><tr><th scope=\"col\">" + t("Gemeente", "Municipality") + "</th>"
        for variant in variants { out += "<th scope=\"col\" class=\"n\">" + HTMLText.line(words.variant(variant)) + "</th>" }
        out += "<th scope=\"col\" class=\"n\">" + t("Totaal", "Total") + "</th></tr></thead><tbody>"
        for row in rows {
            out += "<tr><th scope=\"row\">" + HTMLText.line(row.name.isEmpty ? "–" : row.name) + "</th>"
            for n in row.counts { out += "<td class=\"n\">\(n)</td>" }
            out += "<td class=\"n\">\(row.total)</td></tr>"
        }
        return out + "</tbody></table></div>"
    }

    /// First and last interview date (from the `datum` answers).
    func periodRange(_ group: SummaryGroup?) -> (first: String, last: String)? {
        let dates = (group?.variants ?? []).flatMap { $0.question(MetadataID.date)?.choices.filter { $0.count > 0 }.map(\.code) ?? [] }
        guard let first = dates.min(), let last = dates.max() else { return nil }
        return (first, last)
    }

    private func period(_ group: SummaryGroup?) -> String? {
        periodRange(group).map { HTMLText.line($0.first) + " – " + HTMLText.line($0.last) }
    }

    func filterText() -> String {
        let f = summary.filter
        var parts: [String] = []
        if let v = f.variant { parts.append(t("variant ", "variant ") + words.variant(v)) }
        if let g = f.gemeente { parts.append(t("gemeente ", "municipality ") + g) }
        if let w = f.wijk { parts.append(t("wijk ", "neighbourhood ") + w) }
        if let i = f.interviewer { parts.append(t("interviewer ", "interviewer ") + i) }
        if let from = f.from { parts.append(t("vanaf ", "from ") + from) }
        if let to = f.to { parts.append(t("tot en met ", "up to ") + to) }
        if let s = f.status { parts.append(t("status ", "status ") + s.rawValue) }
        if f.includeDrafts { parts.append(t("concepten meegeteld", "drafts included")) }
        return parts.joined(separator: ", ")
    }

    private func method() -> String {
        var out = "<section id=\"methode\"><h2>" + t("Methode", "Method") + "</h2>"
        let paragraphs = [
            t("Alle cijfers komen uit dezelfde telling als <code>wijk summary</code>: elk bestand wordt gecontroleerd, ongeldige bestanden tellen niet mee, en van een interview in meerdere bestanden telt de laatste versie. Alleen afgeronde interviews tellen, tenzij de selectie anders zegt.",
              "All figures come from the same count as <code>wijk summary</code>: every file is checked, invalid files are not counted, and of an interview in several files the latest revision counts. Only completed interviews count unless the selection says otherwise."),
            t("Percentages zijn van <em>n</em>: de respondenten die de vraag echt beantwoordden. ‘Weet niet’, ‘geweigerd’, niet ingevuld en niet van toepassing (door de vragenlijst overgeslagen) staan apart vermeld en tellen nooit mee in de noemer. Bij meerkeuzevragen is het percentage het aandeel respondenten dat de optie koos; samen kan dat meer dan 100% zijn.",
              "Percentages are of <em>n</em>: the respondents who really answered the question. ‘Don't know’, ‘refused’, unanswered and not applicable (skipped by the questionnaire) are reported apart and never count in the denominator. For multiple-choice questions the percentage is the share of respondents choosing the option; together they can exceed 100%."),
            t("De 95%-betrouwbaarheidsintervallen van percentages zijn Wilson-intervallen; die van gemiddelden t-intervallen. Bij kleine <em>n</em> zijn ze breed: lees dan vooral de aantallen.",
              "The 95% confidence intervals of percentages are Wilson intervals; those of means are t intervals. With small <em>n</em> they are wide: read the counts above all."),
            t("Vragen uit de gedeelde kern zijn aan wijkteams en migrantenorganisaties gelijk gesteld en worden vergeleken. Een verschil heet alleen een verschil als een toets het ondersteunt (p &lt; 0,05): chi-kwadraat, of Fisher’s exacte toets als de aantallen klein zijn; bij meerkeuzevragen per optie; bij getallen en schalen ook de gemiddelden (Welch). Niet gecorrigeerd voor het aantal toetsen: een enkel verschil kan toeval zijn.",
              "Questions from the shared core were put to neighbourhood teams and migrant organisations alike and are compared. A difference is only called one when a test supports it (p &lt; 0.05): chi-square, or Fisher's exact test when counts are small; per option for multiple choice; for numbers and scales also the means (Welch). Not corrected for the number of tests: a single difference may be chance."),
            t("Citaten uit open antwoorden zijn een beperkte, gespreide keuze: gelijk verdeeld over alle antwoorden (op gemeente gesorteerd), met voorkeur voor antwoorden van leesbare lengte. Ze geven een indruk, geen telling. Namen van organisaties staan er niet bij.",
              "Quotes from open answers are a limited, spread selection: evenly over all answers (sorted by municipality), preferring answers of readable length. They give an impression, not a count. Organisation names are left out."),
        ]
        for p in paragraphs + [codingNote] { out += "<p>" + p + "</p>" }
        return out + "</section>\n"
    }

    /// The shared core at a glance: per question n on both sides and whether a test supports a difference.
    private func coreOverview(_ group: SummaryGroup) -> String {
        let first = group.core.first!
        var out = "<section id=\"kern\"><h2>" + t("Gedeelde kern in één oogopslag", "Shared core at a glance") + "</h2>"
        out += "<div class=\"scroll\"><table><caption>" + t("Wijkteams en migrantenorganisaties vergeleken, per vraag", "Neighbourhood teams and migrant organisations compared, per question")
        out += "</caption><thead><tr><th scope=\"col\">" + t("Vraag", "Question") + "</th>"
        out += "<th scope=\"col\" class=\"n\">n " + HTMLText.line(words.variant(first.firstVariant)) + "</th>"
        out += "<th scope=\"col\" class=\"n\">n " + HTMLText.line(words.variant(first.secondVariant)) + "</th>"
        out += "<th scope=\"col\">" + t("Uitkomst", "Result") + "</th></tr></thead><tbody>"
        for c in group.core {
            let d = c.difference
            out += "<tr><th scope=\"row\"><a href=\"#q-\(HTMLText.line(c.questionID))\">" + HTMLText.line(c.label.resolve(options.lang.rawValue)) + "</a></th>"
            out += "<td class=\"n\">\(d.n[0])</td><td class=\"n\">\(d.n[1])</td><td>" + verdicts(d).map(HTMLText.line).joined(separator: "<br>") + "</td></tr>"
        }
        return out + "</tbody></table></div></section>\n"
    }

    /// The tests of a shared-core question as `wijk summary` gives them: the
    /// distribution's (or per option), then for numbers and scales the means'
    /// (Welch), each "verdict (test; n = …)". A scale's chi-square can be
    /// unreliable while its means clearly differ; one test alone hid that.
    func verdicts(_ d: VariantDifference) -> [String] {
        var out: [String] = []
        if let test = d.test {
            out.append(t("verdeling: ", "distribution: ") + words.verdict(test) + " (" + words.test(test) + ")")
        } else if !d.optionTests.isEmpty {
            let marked = d.optionTests.filter { $0.test?.isSignificant() == true }.count
            out.append(marked == 0 ? t("geen aantoonbaar verschil per optie", "no demonstrable difference per option")
                                   : t("verschil bij \(marked) van \(d.optionTests.count) opties", "difference in \(marked) of \(d.optionTests.count) options"))
        }
        if let mean = d.meanTest {
            out.append(t("gemiddelden: ", "means: ") + words.verdict(mean) + " (" + words.test(mean) + ")")
        }
        return out.isEmpty ? [words.verdict(nil)] : out
    }

    private func contents(_ sections: [ReportSection]) -> String {
        var out = "<nav aria-labelledby=\"toc\"><h2 id=\"toc\">" + t("Inhoud", "Contents") + "</h2><ol>"
        for s in sections { out += "<li><a href=\"#s-\(HTMLText.line(s.id))\">" + HTMLText.line(s.title) + "</a></li>" }
        return out + "</ol></nav>\n"
    }
}
