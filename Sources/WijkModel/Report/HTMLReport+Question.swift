/// One question of the HTML report: heading and bases, then by type — a chart
/// and its table for closed questions, a statistics table for numbers, a
/// capped set of quotes for open texts — with the shared-core test and the
/// not-an-answer counts apart.
extension HTMLReport {
    func render(_ q: ReportQuestion, chartIndex: inout Int) -> String {
        let lang = options.lang.rawValue
        let anchor = "q-" + HTMLText.line(q.id)
        var out = "<article class=\"question\" id=\"\(anchor)\" aria-labelledby=\"\(anchor)-h\"><h3 id=\"\(anchor)-h\">"
        out += HTMLText.line(q.label.resolve(lang))
        if q.isCore { out += "<span class=\"core\">" + t("gedeelde kern", "shared core") + "</span>" }
        out += "</h3><p class=\"meta\"><span class=\"qid\">" + HTMLText.line(q.id) + "</span> · "
        out += q.results.map { HTMLText.line(words.variant($0.variant)) + ": n = \($0.summary.answered)" }.joined(separator: " · ")
        out += "</p>"
        switch q.type {
        case .single, .multiple, .yesNo, .scale:
            chartIndex += 1
            out += closed(q, index: chartIndex)
        case .integer, .decimal:
            out += numeric(q)
        case .text where !(q.results.first?.summary.choices.isEmpty ?? true):
            out += frequencies(q)
        case .date:
            out += dates(q)
        case .text, .longText:
            out += quotes(q)
        case .note:
            break
        }
        out += codes(q.id) + codes(q.id + ".other")
        if let comparison = q.comparison {
            out += "<p class=\"test\"><strong>" + t("Toets wijkteams – migrantenorganisaties: ", "Test teams – organisations: ")
            out += "</strong>" + verdicts(comparison.difference).map(HTMLText.line).joined(separator: "<br>") + "</p>"
        }
        for r in q.results {
            if let apart = words.notAnAnswer(r.summary) {
                out += "<p class=\"apart\">" + HTMLText.line(words.variant(r.variant)) + t(", geen antwoord: ", ", no answer: ")
                out += HTMLText.line(apart) + "</p>"
            }
        }
        return out + "</article>\n"
    }

    // MARK: Closed questions

    private func closed(_ q: ReportQuestion, index: Int) -> String {
        let chart = ReportChart(question: q, words: words, index: index)
        let tableID = "t-\(index)"
        var out = "<figure class=\"bars\" data-question=\"\(HTMLText.line(q.id))\">"
        out += chart.svg(titleID: "c-\(index)", tableID: tableID)
        out += "<figcaption>" + chart.legend() + "</figcaption></figure>"
        let tests = Dictionary(uniqueKeysWithValues: (q.comparison?.difference.optionTests ?? []).map { ($0.code, $0.test) })
        out += "<div class=\"scroll\"><table id=\"\(tableID)\"><caption>" + HTMLText.line(q.label.resolve(options.lang.rawValue))
        out += t(" — aantallen, percentages van n en 95%-intervallen", " — counts, percentages of n and 95% intervals") + "</caption>"
        out += "<thead><tr><th scope=\"col\">" + t("Antwoord", "Answer") + "</th>"
        for r in q.results {
            out += "<th scope=\"col\" class=\"n\">" + HTMLText.line(words.variant(r.variant)) + " (n = \(r.summary.answered))</th>"
        }
        if q.comparison != nil { out += "<th scope=\"col\" class=\"n\">" + t("Verschil (%-punt)", "Difference (points)") + "</th>" }
        out += "</tr></thead><tbody>"
        for code in q.codes {
            out += "<tr><th scope=\"row\">" + HTMLText.line(words.label(code, q.label(of: code))) + "</th>"
            for r in q.results {
                let c = r.summary.choice(code)
                let percent = c?.percent ?? (r.summary.answered > 0 ? 0 : nil)
                out += "<td class=\"n\">\(c?.count ?? 0) · \(words.percent(percent))"
                if let ci = c?.percentInterval { out += " <span class=\"interval\">[" + words.interval(ci) + "]</span>" }
                out += "</td>"
            }
            if let comparison = q.comparison {
                let row = comparison.rows.first { $0.code == code }
                var diff = words.signed(row?.differencePoints)
                if tests[code]??.isSignificant() == true { diff += " *" }
                out += "<td class=\"n\">" + diff + "</td>"
            }
            out += "</tr>"
        }
        out += "</tbody></table></div>"
        if !tests.isEmpty {
            out += "<p class=\"note\">" + t("* Verschil bij deze optie ondersteund door een toets (p &lt; 0,05).",
                                            "* Difference for this option supported by a test (p &lt; 0.05).") + "</p>"
        }
        if q.type == .multiple || q.type == .single { out += others(q) }
        for r in q.results where r.summary.type == .multiple {
            if let mean = r.summary.meanSelected {
                out += "<p class=\"meta\">" + HTMLText.line(words.variant(r.variant)) + t(": gemiddeld ", ": on average ")
                out += options.lang.decimal(mean, 1) + t(" opties gekozen", " options chosen") + "</p>"
            }
        }
        return out
    }

    /// The most frequent "anders, namelijk" texts per variant.
    private func others(_ q: ReportQuestion) -> String {
        var out = ""
        for r in q.results {
            let (top, total) = ReportQuotes.frequentOthers(r.summary.openAnswers, limit: options.otherTexts)
            guard total > 0 else { continue }
            out += "<p class=\"meta\">" + HTMLText.line(words.variant(r.variant)) + t(", ‘anders, namelijk’ (", ", ‘other, namely’ (")
            out += "\(total)" + t(" keer; meest genoemd): ", " times; most frequent): ")
            out += top.map { HTMLText.line($0.text) + " (\($0.count))" }.joined(separator: "; ") + "</p>"
        }
        return out
    }

    // MARK: Numbers, texts, dates

    private func numeric(_ q: ReportQuestion) -> String {
        var out = "<div class=\"scroll\"><table><caption>" + HTMLText.line(q.label.resolve(options.lang.rawValue))
        out += t(" — kengetallen", " — statistics") + "</caption><thead><tr><th scope=\"col\"></th>"
        for r in q.results { out += "<th scope=\"col\" class=\"n\">" + HTMLText.line(words.variant(r.variant)) + "</th>" }
        out += "</tr></thead><tbody>"
        let rows: [(String, (Statistics) -> String)] = [
            ("n", { "\($0.n)" }),
            (t("Gemiddelde [95%-interval]", "Mean [95% interval]"),
             { words.lang.decimal($0.mean, 1) + " [" + words.interval($0.meanInterval) + "]" }),
            (t("Mediaan", "Median"), { words.value($0.median) }),
            (t("Kwartielen (25%–75%)", "Quartiles (25%–75%)"), { words.value($0.q1) + "–" + words.value($0.q3) }),
            (t("Standaardafwijking", "Standard deviation"), { $0.sd.map { words.lang.decimal($0, 1) } ?? "–" }),
            (t("Kleinste – grootste", "Minimum – maximum"), { words.value($0.min) + " – " + words.value($0.max) }),
        ]
        for (label, cell) in rows {
            out += "<tr><th scope=\"row\">" + HTMLText.line(label) + "</th>"
            for r in q.results { out += "<td class=\"n\">" + (r.summary.statistics.map(cell) ?? "–") + "</td>" }
            out += "</tr>"
        }
        return out + "</tbody></table></div>"
    }

    /// Counted texts (gemeente, wijk, organisation): the ten most frequent per variant.
    private func frequencies(_ q: ReportQuestion) -> String {
        var out = ""
        for r in q.results {
            // Organisation names are counted, not listed (see the method note).
            let top = q.id == MetadataID.organisation ? [] : r.summary.choices.sorted { $0.count > $1.count }.prefix(10)
            out += "<div class=\"scroll\"><table><caption>" + HTMLText.line(words.variant(r.variant))
            out += t(": meest genoemd (\(r.summary.choices.count) verschillende)", ": most frequent (\(r.summary.choices.count) different)")
            out += "</caption><tbody>"
            for c in top { out += "<tr><th scope=\"row\">" + HTMLText.line(c.code.isEmpty ? "–" : c.code) + "</th><td class=\"n\">\(c.count)</td></tr>" }
            out += "</tbody></table></div>"
        }
        return out
    }

    private func dates(_ q: ReportQuestion) -> String {
        var out = ""
        for r in q.results {
            let days = r.summary.choices.filter { $0.count > 0 }.map(\.code)
            guard let first = days.min(), let last = days.max() else { continue }
            out += "<p>" + HTMLText.line(words.variant(r.variant)) + ": " + HTMLText.line(first) + " – " + HTMLText.line(last) + "</p>"
        }
        return out
    }

    /// A capped, spread set of quotes per variant, with variant and gemeente.
    private func quotes(_ q: ReportQuestion) -> String {
        var out = ""
        for r in q.results {
            let answers = r.summary.openAnswers
            let open = answers.reduce(0) { $1.isOther ? $0 : $0 + 1 }
            out += "<h4>" + HTMLText.line(words.variant(r.variant)) + t(": \(open) antwoorden", ": \(open) answers")
            let picked = ReportQuotes.representative(answers, cap: options.quotesPerVariant)
            if picked.isEmpty { out += "</h4>"; continue }
            out += t(", een greep", ", a selection") + "</h4>"
            for a in picked {
                out += "<blockquote>" + HTMLText.paragraphs(ReportQuotes.shortened(a.text))
                out += "<footer>— " + HTMLText.line(words.variant(a.variant)) + (a.gemeente.isEmpty ? "" : ", " + HTMLText.line(a.gemeente))
                out += "</footer></blockquote>"
            }
        }
        return out
    }
}
