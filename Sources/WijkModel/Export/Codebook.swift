/// A readable codebook of a questionnaire: every question with its id, type,
/// label, choices with codes, skip logic and checks. Used by
/// `wijk questionnaire show` (text) and `wijk export codebook` (markdown, csv).
public enum Codebook {
    public enum Format: String, CaseIterable, Sendable {
        case text, markdown, csv
    }

    /// The codebook of one or more questionnaires; with several, the shared core is marked.
    public static func render(_ questionnaires: [Questionnaire], format: Format, lang: Lang) -> String {
        switch format {
        case .text: return questionnaires.map { text($0, lang: lang) }.joined(separator: "\n") + exportCodesText(lang)
        case .markdown: return markdown(questionnaires, lang: lang)
        case .csv: return csv(questionnaires, lang: lang)
        }
    }

    static func typeDescription(_ q: Question, lang: Lang) -> String {
        var parts = [q.type.rawValue]
        if let max = q.maxSelections { parts.append(lang.t("max \(max) keuzes", "max \(max) choices")) }
        if let s = q.scale { parts.append("\(s.min)–\(s.max)") }
        if q.min != nil || q.max != nil {
            parts.append("\(q.min?.shortDescription ?? "…")–\(q.max?.shortDescription ?? "…")")
        }
        if let l = q.maxLength { parts.append(lang.t("max \(l) tekens", "max \(l) characters")) }
        return parts.joined(separator: ", ")
    }

    /// Skip logic and checks as one line each: relevant, required, constraint, special answers.
    static func logic(_ q: Question, section: Section, lang: Lang) -> [String] {
        var lines: [String] = []
        // Both conditions hold: joined with the brackets an `or` needs to keep its meaning.
        let relevant = [section.relevant, q.relevant].compactMap { $0 }
        if !relevant.isEmpty {
            lines.append(lang.t("alleen als: ", "only if: ") + Expression.conjunction(relevant))
        }
        switch q.required {
        case .always(true): lines.append(lang.t("verplicht", "required"))
        case .when(let e): lines.append(lang.t("verplicht als: ", "required if: ") + e.source)
        case .always(false): break
        }
        if let c = q.constraint {
            let kind = q.constraintSeverity == .hard ? lang.t("harde controle", "hard check")
                                                     : lang.t("zachte controle", "soft check")
            var line = "\(kind): \(c.source)"
            if let m = q.constraintMessage { line += " — \(m.resolve(lang.rawValue))" }
            lines.append(line)
        }
        var special: [String] = []
        if q.allowDontKnow { special.append(lang.t("weet niet", "don't know")) }
        if q.allowRefused { special.append(lang.t("wil niet zeggen", "refused")) }
        if !special.isEmpty { lines.append(lang.t("ook: ", "also: ") + special.joined(separator: ", ")) }
        return lines
    }

    /// Codes and labels of a question's answers (choices or scale points).
    static func codes(_ q: Question, in questionnaire: Questionnaire, lang: Lang) -> [(code: String, label: String)] {
        let l = lang.rawValue
        if let list = questionnaire.choiceList(for: q) {
            return list.choices.map { ($0.value, $0.label.resolve(l)) }
        }
        if let s = q.scale {
            return (s.min...s.max).map { (String($0), s.label(for: $0)?.resolve(l) ?? "") }
        }
        if q.type == .yesNo {
            return [("true", lang.t("ja", "yes")), ("false", lang.t("nee", "no"))]
        }
        return []
    }

    static func text(_ qn: Questionnaire, lang: Lang) -> String {
        let l = lang.rawValue
        let d = DisplayText.line   // one field, one line: a label cannot start a fake entry
        var out = "\(d(qn.title.resolve(l)))\n"
        out += "id \(d(qn.id)), versie/version \(d(qn.version)), variant \(d(qn.variant))\n"
        var number = 0
        for section in qn.sections {
            out += "\n== \(d(section.title.resolve(l))) [\(d(section.id))] ==\n"
            for q in section.questions {
                number += 1
                out += "\n\(number). \(d(q.id))  (\(typeDescription(q, lang: lang)))\(q.core ? "  [core]" : "")\n"
                out += "   \(d(q.label.resolve(l)))\n"
                if let hint = q.hint { out += "   (\(d(hint.resolve(l))))\n" }
                for (code, label) in codes(q, in: qn, lang: lang) {
                    let nr = choiceNumber(of: code, in: q, qn)
                    out += "     \(d(code))\(nr.isEmpty ? "" : " (nr \(nr))") = \(d(label))\n"
                }
                if let other = q.other {
                    out += "     \(d(other.value)) → \(d(q.otherKey)): \(d(other.label.resolve(l)))\n"
                }
                for line in logic(q, section: section, lang: lang) { out += "   · \(d(line))\n" }
            }
        }
        return out
    }

    static func markdown(_ qns: [Questionnaire], lang: Lang) -> String {
        let l = lang.rawValue
        let shared = sharedIDs(qns)
        let md = MarkdownText.inline
        var out = "# " + lang.t("Codeboek", "Codebook") + "\n"
        if qns.count > 1 {
            out += "\n" + lang.t("Vragen gemarkeerd met **[kern]** staan met dezelfde id, keuzes en schaal in alle varianten.",
                                 "Questions marked **[core]** have the same id, choices and scale in every variant.") + "\n"
        }
        out += exportCodesMarkdown(lang)
        for qn in qns {
            out += "\n## \(md(qn.title.resolve(l)))\n\n\(code(qn.id)) \(md(qn.version)), variant \(code(qn.variant))\n"
            for section in qn.sections {
                out += "\n### \(md(section.title.resolve(l)))\n"
                for q in section.questions {
                    let core = shared.contains(q.id) ? lang.t(" **[kern]**", " **[core]**") : ""
                    out += "\n#### \(code(q.id))\(core) — \(md(q.label.resolve(l)))\n\n"
                    out += "- type: \(md(typeDescription(q, lang: lang)))\n"
                    if let hint = q.hint { out += "- " + lang.t("toelichting", "hint") + ": \(md(hint.resolve(l)))\n" }
                    for line in logic(q, section: section, lang: lang) { out += "- \(md(line))\n" }
                    let codes = codes(q, in: qn, lang: lang)
                    if !codes.isEmpty {
                        let numbered = q.type == .single   // spss and r write the choice's number
                        out += numbered ? "\n| code | nr | label |\n|---|---|---|\n" : "\n| code | label |\n|---|---|\n"
                        for (value, label) in codes {
                            out += "| \(code(value)) |" + (numbered ? " \(choiceNumber(of: value, in: q, qn)) |" : "") + " \(md(label)) |\n"
                        }
                        if let other = q.other {
                            out += "| \(code(q.otherKey)) |" + (numbered ? " |" : "")
                                + " \(md(other.label.resolve(l))) (" + lang.t("tekst", "text") + ") |\n"
                        }
                    }
                }
            }
        }
        return out
    }

    /// An id or code as a code span; as escaped text when a backtick or a pipe
    /// (a table cell's end, even inside a code span) would break out of it.
    static func code(_ s: String) -> String {
        s.contains(where: { $0 == "`" || $0 == "|" }) || s.isEmpty ? MarkdownText.inline(s) : "`" + DisplayText.line(s) + "`"
    }

    static func csv(_ qns: [Questionnaire], lang: Lang) -> String {
        let l = lang.rawValue
        let shared = sharedIDs(qns)
        var rows: [[String]] = [["variant", "section", "id", "core", "type", "label", "code", "code_label", "logic", "number"]]
        for qn in qns {
            for section in qn.sections {
                for q in section.questions {
                    let base = [qn.variant, section.id, q.id, shared.contains(q.id) ? "1" : "0",
                                typeDescription(q, lang: lang), q.label.resolve(l)]
                    let logic = logic(q, section: section, lang: lang).joined(separator: "; ")
                    let codes = codes(q, in: qn, lang: lang)
                    if codes.isEmpty { rows.append(base + ["", "", logic, ""]) }
                    for (code, label) in codes { rows.append(base + [code, label, logic, choiceNumber(of: code, in: q, qn)]) }
                }
            }
        }
        rows += exportCodesCSVRows(lang)
        return rows.map { $0.map { CSVField.quote($0) }.joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// Ids in every given questionnaire and marked core; with one questionnaire, its core ids.
    static func sharedIDs(_ qns: [Questionnaire]) -> Set<String> {
        guard let first = qns.first else { return [] }
        var ids = Set(first.questions.filter(\.core).map(\.id))
        for qn in qns.dropFirst() { ids.formIntersection(qn.questions.map(\.id)) }
        return ids
    }
}
