import WijkModel

/// The browser's statistics screens: the cross-tab, the comparison across
/// groups (its own aggregation, asked of the runner) and the fieldwork progress.
extension ResultsBrowser {
    /// A grouped summary for the comparison arrived (after `.compare`).
    public mutating func receive(comparison summary: Summary) {
        isBusy = false
        comparison?.receive(summary)
    }

    mutating func crossTabAction(_ action: ResultsAction) -> [ResultsEffect] {
        let ctx = context, visible = visibleRows - 10, width = contentArea.width
        switch action {
        case .switchVariant: crossTab?.switchVariant(ctx)
        case .percentages: crossTab?.cycleView()
        case .columnsLeft: crossTab?.scrollColumns(-1, context: ctx, width: width)
        case .columnsRight: crossTab?.scrollColumns(1, context: ctx, width: width)
        default:
            if let tab = crossTab?.current(ctx) { crossTab?.scroller.scroll(action, count: tab.rowCodes.count, visible: visible) }
        }
        return []
    }

    /// Opens the comparison of a closed or number question by gemeente.
    mutating func openComparison(_ questionID: String) -> [ResultsEffect] {
        guard let type = context.anySummary(questionID)?.type, type.isClosed || type.isNumeric else {
            message = lang.t("Alleen gesloten vragen en getallen zijn te vergelijken.", "Only closed and number questions can be compared.")
            return []
        }
        comparison = ComparisonScreen(questionID: questionID, grouping: .gemeente)
        push(.comparison)
        return askComparison()
    }

    private mutating func askComparison() -> [ResultsEffect] {
        guard let grouping = comparison?.grouping else { return [] }
        isBusy = true
        return [.compare(ResultsQuery(filter: query.filter, grouping: grouping))]
    }

    /// A new filter: an open comparison is counted again with it (never shown
    /// with the old filter's numbers meanwhile).
    mutating func recountComparison() -> [ResultsEffect] {
        guard comparison != nil, screen == .comparison || history.contains(.comparison) else { return [] }
        comparison?.tables = nil
        return askComparison()
    }

    mutating func comparisonAction(_ action: ResultsAction) -> [ResultsEffect] {
        let width = contentArea.width
        switch action {
        case .switchVariant: comparison?.switchVariant()
        case .nextGrouping:
            comparison?.nextGrouping()
            return askComparison()
        case .columnsLeft: comparison?.scrollColumns(-1, width: width)
        case .columnsRight: comparison?.scrollColumns(1, width: width)
        default:
            let visible = visibleRows - 8
            if let table = comparison?.current { comparison?.scroller.scroll(action, count: table.codes.count, visible: visible) }
        }
        return []
    }

    mutating func openProgress() -> [ResultsEffect] {
        progress = ProgressScreen()
        push(.progress)
        return []
    }

    mutating func progressAction(_ action: ResultsAction) -> [ResultsEffect] {
        if let screen = progress {
            let count = screen.lines(context, width: contentArea.width).count, visible = contentArea.height
            progress?.scroller.scroll(action, count: count, visible: visible)
        }
        return []
    }
}
