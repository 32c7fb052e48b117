import WijkModel

/// The frame around every results screen: a header with the counts and the
/// active filters (always visible), the screen's title, and the key footer.
enum ResultsChrome {
    /// The active filters in words, or the default in words.
    static func filterText(_ filter: ResponseFilter, labels: ResultsLabels) -> String {
        let lang = labels.lang
        var parts: [String] = []
        if let v = filter.variant { parts.append(lang.t("variant ", "variant ") + labels.variantName(v)) }
        if let g = filter.gemeente { parts.append(lang.t("gemeente ", "municipality ") + g) }
        if let w = filter.wijk { parts.append(lang.t("wijk ", "neighbourhood ") + w) }
        if let i = filter.interviewer { parts.append("interviewer " + i) }
        if let f = filter.from { parts.append(lang.t("vanaf ", "from ") + f) }
        if let t = filter.to { parts.append(lang.t("t/m ", "to ") + t) }
        let status = FilterPanelScreen.statusChoice(filter)
        if status != .completed { parts.append(FilterPanelScreen.statusName(status, lang: lang)) }
        if parts.isEmpty { return lang.t("Filter: geen (alleen voltooide interviews)", "Filter: none (completed interviews only)") }
        return lang.t("Filter: ", "Filter: ") + parts.joined(separator: " · ")
    }

    /// Draws header, title and footer; returns the content area between them.
    /// `filter` is the one the counts are of; `pending`: a new one is being counted.
    static func render(into grid: inout Grid, title: String, footer: String, context: ResultsContext,
                       filter: ResponseFilter, pending: Bool = false, status: String?) -> Rect {
        let lang = context.lang
        let width = grid.width
        grid.fill(Rect(x: 0, y: 0, width: width, height: 1), style: Style(.title, .reverse))
        let counts = context.variants.map { "\(context.labels.variantShort($0.variant)) \($0.respondents)" }.joined(separator: " · ")
        let left = lang.t("Wijk — Resultaten", "Wijk — Results")
        let right = lang.t("\(context.summary.counted) interviews", "\(context.summary.counted) interviews")
            + (counts.isEmpty ? "" : " (\(counts))")
        grid.put(" " + left, x: 0, y: 0, style: Style(.title, [.reverse, .bold]))
        let rightWidth = TextWidth.of(right) + 1
        grid.put(right, x: max(TextWidth.of(left) + 3, width - rightWidth), y: 0, style: Style(.title, .reverse))
        let filterLine = filterText(filter, labels: context.labels)
            + (pending ? lang.t(" — nieuw filter: bezig met tellen…", " — new filter: counting…") : "")
        grid.putTruncated(" " + filterLine, x: 0, y: 1, width: width, style: filter.isActive ? .warning : .muted)
        var problems: [String] = []
        if !context.summary.invalid.isEmpty {
            problems.append(lang.t("\(context.summary.invalid.count) ongeldig", "\(context.summary.invalid.count) invalid"))
        }
        if !context.summary.conflicts.isEmpty {
            problems.append(lang.count(context.summary.conflicts.count, Noun.conflict))
        }
        if !problems.isEmpty {
            let text = problems.joined(separator: " · ") + " "
            grid.put(text, x: width - TextWidth.of(text), y: 1, style: .error)
        }
        grid.putTruncated(" " + title, x: 0, y: 2, width: width, style: .title)
        grid.horizontalLine(x: 0, y: 3, length: width, style: .muted)
        let footerY = grid.height - 1
        grid.fill(Rect(x: 0, y: footerY, width: width, height: 1), style: Style(.normal, .reverse))
        grid.putTruncated(" " + (status ?? footer), x: 0, y: footerY, width: width, style: Style(status == nil ? .normal : .warning, .reverse))
        return contentArea(grid.size)
    }

    /// The content area `render` leaves at `size`.
    static func contentArea(_ size: Size) -> Rect {
        Rect(x: 1, y: 4, width: size.width - 2, height: size.height - 5)
    }
}
