import WijkModel

extension ResultsBrowser {
    /// Draws the current screen into `grid` (any size; below 80×24 only a
    /// message). Returns where the cursor should be, or nil to hide it.
    public func render(into grid: inout Grid) -> (x: Int, y: Int)? {
        grid.fill(grid.bounds)
        if grid.size.isBelowMinimum {
            TooSmallView.render(into: &grid, lang: lang, hint: lang.t("q: stoppen", "q: quit"))
            return nil
        }
        let context = self.context
        let status = message ?? (isBusy ? lang.t("Bezig…", "Working…") : nil)
        let footer = screen == .coding ? coding?.keyMap.footer(lang, width: grid.width - 2) ?? ""
                                       : currentKeyMap.footer(lang, width: grid.width - 2)
        // The filter the counts on screen are of; a new one shows once its counts are there.
        let area = ResultsChrome.render(into: &grid, title: title(context), footer: footer, context: context,
                                        filter: summary.filter, pending: isBusy && query.filter != summary.filter,
                                        status: status)
        switch screen {
        case .list: list.render(into: &grid, area: area, context: context)
        case .question: questionView?.render(into: &grid, area: area, context: context)
        case .openAnswers:
            openAnswers?.render(into: &grid, area: area, context: context)
            if let input = openAnswers?.input {
                return (x: area.x + 1 + TextWidth.of(input), y: area.maxY - 1)
            }
        case .filters:
            list.render(into: &grid, area: area, context: context)
            filterPanel?.render(into: &grid, area: area, context: context)
        case .crossTab: crossTab?.render(into: &grid, area: area, context: context, isBusy: isBusy)
        case .interviews: interviews?.render(into: &grid, area: area, context: context)
        case .interview: interview?.render(into: &grid, area: area, context: context)
        case .help: help?.render(into: &grid, area: area, context: context)
        case .comparison: comparison?.render(into: &grid, area: area, context: context)
        case .progress: progress?.render(into: &grid, area: area, context: context)
        case .coding: return coding?.render(into: &grid, area: area, context: context)
        }
        return nil
    }

    /// The third header row: where the user is.
    func title(_ context: ResultsContext) -> String {
        switch screen {
        case .list:
            return lang.t("Vragen", "Questions")
                + (crossTabRow.map { lang.t(" — kruistabel: rijen ", " — cross-tab: rows ") + $0 } ?? "")
        case .question: return lang.t("Vraag", "Question") + (crossTabRow.map { lang.t(" — kruistabel: rijen ", " — cross-tab: rows ") + $0 } ?? "")
        case .openAnswers: return lang.t("Open antwoorden", "Open answers")
        case .filters: return lang.t("Filters", "Filters")
        case .crossTab: return lang.t("Kruistabel", "Cross-tab")
        case .interviews: return lang.t("Interviews met dit antwoord", "Interviews with this answer")
        case .interview: return lang.t("Interview", "Interview")
        case .help: return lang.t("Help — toetsen", "Help — keys")
        case .comparison: return lang.t("Vergelijking tussen groepen", "Comparison across groups")
        case .progress: return lang.t("Voortgang van het veldwerk", "Fieldwork progress")
        case .coding: return coding?.title(lang) ?? ""
        }
    }
}
