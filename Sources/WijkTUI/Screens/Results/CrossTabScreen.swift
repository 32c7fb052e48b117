import WijkModel

/// A cross-tab of two closed questions, one variant at a time (Tab switches):
/// counts, row or column percentages (p cycles), with row and column totals
/// and the independence test under the table. Answers that are not a choice
/// appear as their own categories, so every interview is in the table;
/// columns that do not fit scroll sideways (←/→).
struct CrossTabScreen: Sendable, Hashable {
    /// What the cells show.
    enum View: CaseIterable, Sendable, Hashable {
        case counts, rowPercent, columnPercent
    }

    var request: CrossTabRequest
    var variantIndex = 0
    var scroller = Scroller()
    /// The first answer column shown (the others scroll in with ←/→).
    var firstColumn = 0
    var view = View.counts

    init(request: CrossTabRequest) { self.request = request }

    func table(_ context: ResultsContext) -> [CrossTab] {
        (context.summary.all?.crossTabs ?? []).filter { $0.request == request }
    }

    func current(_ context: ResultsContext) -> CrossTab? {
        let tables = table(context)
        return tables.isEmpty ? nil : tables[min(variantIndex, tables.count - 1)]
    }

    mutating func switchVariant(_ context: ResultsContext) {
        let count = table(context).count
        variantIndex = count > 0 ? (variantIndex + 1) % count : 0
        firstColumn = 0
    }

    mutating func cycleView() {
        let all = View.allCases
        view = all[(all.firstIndex(of: view)! + 1) % all.count]
    }

    /// Moves the columns shown by `step`, keeping the last ones on screen.
    mutating func scrollColumns(_ step: Int, context: ResultsContext, width: Int) {
        guard let tab = current(context) else { return }
        let fitting = CrossTabLayout(tab: tab, width: width).fitting
        firstColumn = max(0, min(firstColumn + step, tab.columnCodes.count - fitting))
    }

    static func viewName(_ view: View, lang: Lang) -> String {
        switch view {
        case .counts: return lang.t("aantallen", "counts")
        case .rowPercent: return lang.t("rijpercentages", "row percentages")
        case .columnPercent: return lang.t("kolompercentages", "column percentages")
        }
    }
}

/// Column widths of a cross-tab at a width: the row labels, as many answer
/// columns as fit, and the total column, which always shows.
struct CrossTabLayout {
    var labelWidth: Int
    var cellWidth: Int
    var fitting: Int

    init(tab: CrossTab, width: Int) {
        labelWidth = min(24, width / 4)
        cellWidth = max(8, min(14, (width - labelWidth) / max(1, tab.columnCodes.count + 1)))
        fitting = max(1, min(tab.columnCodes.count, (width - labelWidth - cellWidth) / cellWidth))
    }
}
