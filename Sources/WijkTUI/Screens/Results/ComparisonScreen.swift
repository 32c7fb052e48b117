import WijkModel

/// One question compared across gemeenten (or wijken, interviewers): the
/// groups as columns, each with its own n, count and percentage per answer,
/// and the model's test of whether the groups answer differently. The
/// grouped counts come from a separate aggregation the runner makes
/// (`ResultsEffect.compare`); Tab switches variant, ←/→ scroll the groups,
/// b changes what is compared.
struct ComparisonScreen: Sendable, Hashable {
    var questionID: String
    var grouping: SummaryGrouping
    /// One table per variant; nil while the runner is counting.
    var tables: [GroupTable]?
    var variantIndex = 0
    var firstColumn = 0
    var scroller = Scroller()

    init(questionID: String, grouping: SummaryGrouping) {
        self.questionID = questionID
        self.grouping = grouping
    }

    var current: GroupTable? {
        guard let tables, !tables.isEmpty else { return nil }
        return tables[min(variantIndex, tables.count - 1)]
    }

    /// The grouped summary arrived: keep this question's tables.
    mutating func receive(_ summary: Summary) {
        tables = GroupTable.tables(summary).filter { $0.questionID == questionID }
        variantIndex = 0
        firstColumn = 0
    }

    mutating func switchVariant() {
        let count = tables?.count ?? 0
        variantIndex = count > 0 ? (variantIndex + 1) % count : 0
        firstColumn = 0
    }

    /// The next grouping (gemeente → wijk → interviewer); the tables are counted again.
    mutating func nextGrouping() {
        let all = SummaryGrouping.allCases
        grouping = all[(all.firstIndex(of: grouping)! + 1) % all.count]
        tables = nil
        firstColumn = 0
    }

    mutating func scrollColumns(_ step: Int, width: Int) {
        guard let table = current else { return }
        let fitting = Self.layout(width: width, columns: table.columns.count).fitting
        firstColumn = max(0, min(firstColumn + step, table.columns.count - fitting))
    }

    /// Label column and group columns at a width.
    static func layout(width: Int, columns: Int) -> (labelWidth: Int, cellWidth: Int, fitting: Int) {
        let labelWidth = min(26, max(14, width / 4))
        let cellWidth = 12
        return (labelWidth, cellWidth, max(1, min(columns, (width - labelWidth) / cellWidth)))
    }

    static func groupingName(_ grouping: SummaryGrouping, lang: Lang) -> String {
        switch grouping {
        case .gemeente: return lang.t("gemeente", "municipality")
        case .wijk: return lang.t("wijk", "neighbourhood")
        case .interviewer: return lang.t("interviewer", "interviewer")
        }
    }
}
