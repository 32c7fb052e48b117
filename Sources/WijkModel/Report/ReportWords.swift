/// The report's own words and number formats, in the interface language.
struct ReportWords {
    let lang: Lang

    func t(_ nl: String, _ en: String) -> String { lang.t(nl, en) }

    /// "Wijkteams", "Migrantenorganisaties"; another variant by its name.
    func variant(_ name: String) -> String {
        switch name {
        case "wijkteam": return t("Wijkteams", "Neighbourhood teams")
        case "migrantenorganisatie": return t("Migrantenorganisaties", "Migrant organisations")
        default: return name
        }
    }

    /// "45,3%", or "–" without a base.
    func percent(_ p: Double?) -> String { p.map { lang.decimal($0, 1) + "%" } ?? "–" }

    /// "35,1–50,2" (percent or mean interval).
    func interval(_ i: ConfidenceInterval?, decimals: Int = 1) -> String {
        guard let i else { return "–" }
        return lang.decimal(i.lower, decimals) + "–" + lang.decimal(i.upper, decimals)
    }

    /// "+5,2" / "−2,9": an explicit sign.
    func signed(_ d: Double?, decimals: Int = 1) -> String {
        guard let d else { return "–" }
        let text = lang.decimal(abs(d), decimals)
        if text == lang.decimal(0, decimals) { return text }
        return (d > 0 ? "+" : "−") + text
    }

    /// A whole number, or one decimal when it has a fraction.
    func value(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : lang.decimal(v, 1)
    }

    /// The label of an answer code: the choice's label, yes/no, or the code.
    func label(_ code: String, _ label: LocalizedText?) -> String {
        if let label { return label.resolve(lang.rawValue) }
        switch code {
        case "true": return t("Ja", "Yes")
        case "false": return t("Nee", "No")
        default: return code
        }
    }

    /// "χ²(4) = 12,3; p = 0,015" and the like, with n.
    func test(_ test: SignificanceTest) -> String {
        let p = test.p < 0.001 ? "p < " + lang.decimal(0.001, 3) : "p = " + lang.decimal(test.p, 3)
        var out: String
        switch test.method {
        case .chiSquare:
            out = "χ²(\(test.degreesOfFreedom.map { value($0) } ?? "?")) = \(lang.decimal(test.statistic ?? 0, 1)); \(p)"
        case .fisherExact:
            out = t("Fisher (exact); ", "Fisher's exact test; ") + p
        case .welchT:
            out = "Welch t(\(lang.decimal(test.degreesOfFreedom ?? 0, 1))) = \(lang.decimal(test.statistic ?? 0, 2)); \(p)"
        }
        out += "; n = \(test.n)"
        // The verdict beside it already says "niet te beoordelen": here the reason.
        if !test.isReliable, let cells = test.smallCells {
            out += t("; \(cells.expectedBelow5) van \(cells.cells) cellen verwacht < 5",
                     "; \(cells.expectedBelow5) of \(cells.cells) cells expected < 5")
            // When the count of small cells is within Cochran's 20%, the reason is his other
            // half: an expected count below 1.
            if cells.minimumExpected < 1, Double(cells.expectedBelow5) <= 0.2 * Double(cells.cells) {
                out += t(", kleinste verwacht \(lang.decimal(cells.minimumExpected, 1))",
                         ", smallest expected \(lang.decimal(cells.minimumExpected, 1))")
            }
        }
        return out
    }

    /// Whether the test supports a difference, as a short verdict.
    func verdict(_ test: SignificanceTest?) -> String {
        guard let test else { return t("niet getoetst", "not tested") }
        if test.isSignificant() { return t("verschil", "difference") }
        return test.isReliable ? t("geen aantoonbaar verschil", "no demonstrable difference")
                               : t("niet te beoordelen", "cannot be judged")
    }

    /// "Weet niet 12 · Geweigerd 3 · …" (only the non-zero ones), or nil.
    func notAnAnswer(_ q: QuestionSummary) -> String? {
        let parts = [(q.dontKnow, t("weet niet", "don't know")), (q.refused, t("geweigerd", "refused")),
                     (q.unanswered, t("niet ingevuld", "unanswered")),
                     (q.notApplicable, t("niet van toepassing (overgeslagen)", "not applicable (skipped)"))]
            .filter { $0.0 > 0 }.map { "\($0.1) \($0.0)" }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}
