/// The codebook's account of what the data exports write: every column kind
/// and every code, so a cell never needs guessing (`-7`, a `0` in
/// `drempels.taal`, a `3` in the SPSS file's `rol`).
extension Codebook {
    /// (what, meaning) lines, in the order the codebook lists them.
    static func exportCodeLines(_ lang: Lang) -> [(String, String)] {
        var lines: [(String, String)] = [
            ("id, variant, status, interviewer, device, createdAt, updatedAt, completedAt",
             lang.t("gegevens van het interviewbestand (tijden in UTC, ISO 8601); completedAt leeg bij een concept",
                    "data of the interview file (times in UTC, ISO 8601); completedAt empty for a draft")),
            (lang.t("één kolom per vraag", "one column per question"),
             lang.t("in de volgorde van de vragenlijst; een vraag die beide varianten hebben één keer",
                    "in questionnaire order; a question both variants have appears once")),
            ("single", lang.t("csv: de code van de keuze (met --labels het label); spss en r: het nummer van de keuze in de lijst (kolom ‘nr’), met waardelabels",
                              "csv: the choice's code (with --labels its label); spss and r: the choice's number in its list (column ‘nr’), with value labels")),
            ("multiple → id.code", lang.t("één kolom per keuze: 1 = gekozen, 0 = niet gekozen", "one column per choice: 1 = selected, 0 = not selected")),
            ("id.other", lang.t("de tekst bij ‘anders, namelijk’; leeg als die er niet is", "the ‘other, namely’ text; empty when there is none")),
            ("yesNo", lang.t("1 = ja, 0 = nee", "1 = yes, 0 = no")),
            ("scale", lang.t("het gekozen punt van de schaal (spss: ordinaal; r: geordende factor)",
                             "the point chosen on the scale (spss: ordinal; r: ordered factor)")),
            ("integer, decimal", lang.t("het getal (met --delimiter ';' een decimale komma)", "the number (with --delimiter ';' a decimal comma)")),
            ("date", lang.t("JJJJ-MM-DD (spss: DATE11-datum; r: Date)", "YYYY-MM-DD (spss: a DATE11 date; r: Date)")),
            ("text, longText", lang.t("de tekst; in de spss-CSV regeleinden als spatie", "the text; line breaks as spaces in the spss CSV")),
        ]
        for code in ExportCode.allCases {
            lines.append((code.cell, code.label(lang) + ": " + code.explanation(lang)))
        }
        lines.append((lang.t("-6 … -9", "-6 … -9"),
                      lang.t("staan in elke kolom van de vraag (ook de 0/1-kolommen van een meerkeuzevraag); spss: MISSING VALUES; r: NA; met --labels hun label",
                             "appear in every column of the question (also a multiple choice's 0/1 columns); spss: MISSING VALUES; r: NA; with --labels their label")))
        return lines
    }

    static func exportCodesMarkdown(_ lang: Lang) -> String {
        var out = "\n## " + lang.t("Kolommen en codes in de exports", "Columns and codes in the exports") + "\n\n"
        out += "| " + lang.t("kolom of code", "column or code") + " | " + lang.t("betekenis", "meaning") + " |\n|---|---|\n"
        for (what, meaning) in exportCodeLines(lang) {
            out += "| \(MarkdownText.inline(what)) | \(MarkdownText.inline(meaning)) |\n"
        }
        return out
    }

    static func exportCodesText(_ lang: Lang) -> String {
        var out = "\n== " + lang.t("Kolommen en codes in de exports", "Columns and codes in the exports") + " ==\n"
        for (what, meaning) in exportCodeLines(lang) { out += "  \(what): \(meaning)\n" }
        return out
    }

    /// The codebook CSV's rows for the codes (variant, section, id and so on empty).
    static func exportCodesCSVRows(_ lang: Lang) -> [[String]] {
        ExportCode.allCases.map { ["", "", "", "", "", "", $0.cell, $0.label(lang), $0.explanation(lang), ""] }
    }

    /// The number SPSS and R give a choice (its place in the list), as a string.
    static func choiceNumber(of code: String, in q: Question, _ questionnaire: Questionnaire) -> String {
        guard q.type == .single, let list = questionnaire.choiceList(for: q),
              let i = list.choices.firstIndex(where: { $0.value == code }) else { return "" }
        return String(i + 1)
    }
}
