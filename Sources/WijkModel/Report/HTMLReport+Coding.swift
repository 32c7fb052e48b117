/// An open question's codes in the HTML report: per variant how many answers
/// are coded, each code's count and % of the coded answers (themes with their
/// net), and a few quotes per code.
extension HTMLReport {
    func codes(_ key: String) -> String {
        guard let coding, var question = coding.question(key) else { return "" }
        question.variants.removeAll { $0.answered == 0 }      // a variant that was not asked
        let tables = coding.tables
        let used = tables.codes.indices.filter { i in question.variants.contains { $0.nets[i] > 0 } }
        var out = "<div class=\"scroll\"><table class=\"codes\" data-question=\"\(HTMLText.line(key))\"><caption>"
        out += t("Codes", "Codes") + (key.hasSuffix(".other") ? t(" (‘anders, namelijk’)", " (‘other, namely’)") : "")
        out += t(" — codeur ", " — coder ") + HTMLText.line(tables.coder) + t(", % van de gecodeerde antwoorden", ", % of the coded answers")
        out += "</caption><thead><tr><th scope=\"col\">" + t("Code", "Code") + "</th>"
        for v in question.variants {
            out += "<th scope=\"col\" class=\"n\">" + HTMLText.line(words.variant(v.variant)) + " (" + t("gecodeerd", "coded")
            out += " \(v.coded) " + t("van", "of") + " \(v.answered))</th>"
        }
        out += "</tr></thead><tbody>"
        for i in used {
            let row = tables.codes[i]
            let name = row.name.isEmpty ? row.id : row.name
            out += "<tr data-code=\"\(HTMLText.line(row.id))\"><th scope=\"row\"" + (row.parent == nil ? "" : " class=\"sub\"") + ">"
            out += (row.isTheme ? "<strong>" + HTMLText.line(name) + "</strong>" : HTMLText.line(name)) + "</th>"
            for v in question.variants {
                let n = row.isTheme ? v.nets[i] : v.counts[i]
                out += "<td class=\"n\" data-variant=\"\(HTMLText.line(v.variant))\" data-count=\"\(n)\">\(n) · "
                out += words.percent(row.isTheme ? v.netPercent(i) : v.percent(i)) + "</td>"
            }
            out += "</tr>"
        }
        out += "</tbody></table></div>"
        let stale = question.variants.reduce(0) { $0 + $1.stale }
        if stale > 0 {
            out += "<p class=\"note\">" + t("\(stale) antwoorden met verouderde codering (tekst gewijzigd) tellen niet mee.",
                                            "\(stale) answers with a stale coding (text changed) are not counted.") + "</p>"
        }
        for i in used {
            let row = tables.codes[i]
            guard let quotes = coding.quotes[key]?[row.id], !quotes.isEmpty else { continue }
            out += "<p class=\"code-quotes\"><strong>" + HTMLText.line(row.name.isEmpty ? row.id : row.name) + ":</strong> "
            out += quotes.map { a in
                "“" + HTMLText.line(ReportQuotes.shortened(a.text, limit: 240)) + "” <span class=\"meta\">— "
                    + HTMLText.line(words.variant(a.variant)) + (a.gemeente.isEmpty ? "" : ", " + HTMLText.line(a.gemeente)) + "</span>"
            }.joined(separator: " ") + "</p>"
        }
        return out
    }

    /// The method note's sentence on coding: whose, and how counted — or that there is none.
    var codingNote: String {
        guard let coding else {
            return t("Dit rapport bevat geen codering van open antwoorden; met <code>--coder NAAM</code> komen de codes van die codeur erbij (frequenties en citaten per code).",
                     "This report has no coding of open answers; with <code>--coder NAME</code> that coder's codes are included (frequencies and quotes per code).")
        }
        return t("Open antwoorden zijn gecodeerd door ", "Open answers were coded by ") + HTMLText.line(coding.tables.coder)
            + t(". Het percentage van een code is van de gecodeerde antwoorden in die variant (hoeveel dat er zijn, staat erbij); een thema telt ook de codes eronder. Verouderde coderingen (de tekst is sindsdien gewijzigd) tellen niet mee.",
                ". A code's percentage is of the coded answers in that variant (their number is shown); a theme also counts the codes under it. Stale codings (the text changed since) are not counted.")
    }
}
