import WijkModel

/// The statistics a question chart shows beside its counts, all computed by
/// the model: 95% intervals where there is room, and the test of the
/// difference between the two variants — marked (*) only when it supports
/// one, always with both n.
extension QuestionChart {
    /// "12–40" (percent, whole numbers) or "3,10–4,40" (a mean); "" without an interval.
    static func interval(_ i: ConfidenceInterval?, decimals: Int = 0, lang: Lang, percent: Bool = true) -> String {
        guard let i else { return "" }
        let text = NumberFormat.decimal(i.lower, decimals, lang: lang) + "–" + NumberFormat.decimal(i.upper, decimals, lang: lang)
        return percent ? "(" + text + ")" : text
    }

    /// What the intervals in brackets are.
    var intervalNote: ChartLine {
        let text = lang.t("(…) = 95%-betrouwbaarheidsinterval van het percentage (Wilson)",
                          "(…) = 95% confidence interval of the percentage (Wilson)")
        let x = labelWidth
        return ChartLine(code: nil) { grid, y, left, _ in grid.putTruncated(text, x: left + x, y: y, width: grid.width - left - x, style: .muted) }
    }

    /// "*" where a test supports a difference: `code` nil for the whole
    /// distribution (single choice, yes/no, scale), else that option's own test.
    func marker(_ code: String?) -> String {
        guard let d = core?.difference else { return "" }
        guard let code else { return d.test?.isSignificant() == true ? "*" : "" }
        return d.optionTests.first { $0.code == code }?.test?.isSignificant() == true ? "*" : ""
    }

    /// "*" after the difference of the means when Welch's test supports it
    /// and there is no distribution test deciding instead (integer, decimal).
    var meanMarker: String {
        guard let d = core?.difference, d.test == nil, d.meanTest?.isSignificant() == true else { return "" }
        return "*"
    }

    /// The tests of the difference, in the summary's words, wrapped to the chart's width.
    func differenceLines() -> [ChartLine] {
        guard let core else { return [] }
        let d = core.difference
        let words = SummaryReport(summary: context.summary, lang: lang, style: .text)
        let names = "\(context.labels.variantShort(core.firstVariant)) ↔ \(context.labels.variantShort(core.secondVariant))"
        let n = "n = \(d.n[0]) / \(d.n[1])"
        var texts: [(String, Style)] = []
        if let test = d.test {
            texts.append((lang.t("Toets ", "Test ") + "\(names) (\(n)): " + words.verdict(test) + (test.isSignificant() ? " *" : ""),
                          test.isSignificant() ? .accent : .muted))
        } else if !d.optionTests.isEmpty {
            let marked = d.optionTests.filter { $0.test?.isSignificant() == true }.map(\.code)
            let labels = marked.map { context.labels.label(code: $0, in: core.first, questionID: questionID) }
            texts.append((lang.t("Toets per optie ", "Test per option ") + "\(names) (\(n)): "
                          + (labels.isEmpty ? lang.t("bij geen optie een significant verschil", "no option differs significantly")
                                            : lang.t("significant verschil (*) bij ", "significant difference (*) for ") + labels.joined(separator: ", ")),
                          labels.isEmpty ? .muted : .accent))
        }
        if let mean = d.meanTest {
            texts.append((lang.t("Gemiddelden ", "Means ") + "\(names) (\(n)): " + words.verdict(mean) + (meanMarker.isEmpty ? "" : " *"),
                          mean.isSignificant() ? .accent : .muted))
        }
        if texts.isEmpty {
            texts.append((lang.t("Toets ", "Test ") + "\(names) (\(n)): " + lang.t("geen toets mogelijk", "no test possible"), .muted))
        }
        let width = self.width
        return texts.flatMap { text, style in
            TextWidth.wrap(text, width: width).map { line in
                ChartLine(code: nil) { grid, y, x, _ in grid.putTruncated(line, x: x, y: y, width: width, style: style) }
            }
        }
    }
}
