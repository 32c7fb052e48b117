/// Percentages, totals and the independence test of a cross-tab.
///
/// Percentages are of the table as shown: every counted interview, special
/// categories (don't know, not applicable, …) included, so rows and columns
/// add up to their totals — except across a multiple-choice dimension, whose
/// percentages are of the respondents in the row (column), as the question
/// list's are: a respondent may tick several, so they need not add to 100%. The test is over real answers only — the special
/// categories are left out, as they are no answer to the question — and
/// states its own n. A multiple-choice question puts one respondent in
/// several cells, which breaks the test's independence assumption: no test.
extension CrossTab {
    /// The cells as shown, in `rowCodes` × `columnCodes` order.
    public var table: ContingencyTable {
        let counts = rowCodes.map { r in columnCodes.map { count(r, $0) } }
        guard !countsRespondentsOnce else { return ContingencyTable(counts) }
        return ContingencyTable(counts, rowBases: columnsMultiple ? rowCodes.map(rowTotal) : nil,
                                columnBases: rowsMultiple ? columnCodes.map(columnTotal) : nil, respondents: respondents)
    }

    /// The codes that are real answers (not one of `SpecialCode.all`).
    public var answerRowCodes: [String] { rowCodes.filter { !SpecialCode.all.contains($0) } }
    public var answerColumnCodes: [String] { columnCodes.filter { !SpecialCode.all.contains($0) } }

    /// Real answers only: what `test` is computed on.
    public var answerTable: ContingencyTable {
        ContingencyTable(answerRowCodes.map { r in answerColumnCodes.map { count(r, $0) } })
    }

    /// Fisher's exact test (2×2 with an expected count below 5) or Pearson's
    /// chi-square on `answerTable`; nil with a multiple-choice question or
    /// when there is nothing to test.
    public var test: SignificanceTest? {
        countsRespondentsOnce ? SignificanceTest.independence(answerTable) : nil
    }
}

extension NumericBands {
    /// A cross-tab code of this question as its band: a number's code becomes
    /// the band it falls in; special categories stay as they are.
    func recode(_ code: String) -> String {
        if SpecialCode.all.contains(code) { return code }
        guard let value = Double(code) else { return Self.outside }
        return self.code(for: value)
    }
}
