import WijkModel

/// Draws the home screen: "new interview", "browse results", the drafts to resume, the completed
/// interviews (read-only), unreadable files, and "quit".
extension HomeState {
    func render(into grid: inout Grid, lang: Lang, dataPath: String) {
        let body = Chrome.draw(into: &grid, title: lang.t("Wijk — interviews", "Wijk — interviews"),
                               right: dataPath, footer: Self.footer(lang))
        let lines = layoutLines(lang: lang)
        let selectedLine = lines.firstIndex { $0.item == selection } ?? 0
        let height = body.height - 1
        var offset = 0
        if lines.count > height {
            offset = min(max(0, selectedLine - height + 2), lines.count - height)
            if selectedLine < offset { offset = selectedLine }
        }
        let columns = Columns(width: body.width)
        for row in 0..<min(height, lines.count - offset) {
            let line = lines[offset + row]
            let y = body.y + 1 + row
            switch line.kind {
            case .blank: break
            case .heading(let text): grid.putTruncated(" " + text, x: 0, y: y, width: body.width, style: .title)
            case .columnTitles: columns.draw(titles: lang, into: &grid, y: y)
            case .item(let item):
                let selected = line.item == selection
                drawItem(item, selected: selected, columns: columns, lang: lang, into: &grid, y: y)
            }
        }
        if offset > 0 { grid.put("↑", x: body.width - 2, y: body.y + 1, style: .muted) }
        if offset + height < lines.count { grid.put("↓", x: body.width - 2, y: body.y + height, style: .muted) }
    }

    // MARK: Layout

    private enum LineKind { case blank, heading(String), columnTitles, item(HomeItem) }
    private struct Line { var kind: LineKind; var item: Int? }

    private func layoutLines(lang: Lang) -> [Line] {
        var lines: [Line] = []
        var lastGroup = -1
        for (index, item) in items.enumerated() {
            let group: Int
            switch item {
            case .newInterview, .browseResults: group = 0
            case .draft: group = 1
            case .completed: group = 2
            case .broken: group = 3
            case .quit: group = 4
            }
            if group != lastGroup {
                // "No drafts" is said out loud, so an empty list is not mistaken for a lost one.
                if lastGroup == 0, loaded, drafts.isEmpty {
                    lines.append(Line(kind: .blank, item: nil))
                    lines.append(Line(kind: .heading(lang.t("Geen concepten om te hervatten.",
                                                            "No drafts to resume.")), item: nil))
                }
                lines.append(Line(kind: .blank, item: nil))
                switch group {
                case 1:
                    lines.append(Line(kind: .heading(lang.t("Concepten — hervatten (\(drafts.count))",
                                                            "Drafts — resume (\(drafts.count))")), item: nil))
                    lines.append(Line(kind: .columnTitles, item: nil))
                case 2:
                    lines.append(Line(kind: .heading(lang.t("Afgeronde interviews — alleen lezen (\(completed.count))",
                                                            "Completed interviews — read-only (\(completed.count))")), item: nil))
                    lines.append(Line(kind: .columnTitles, item: nil))
                case 3:
                    lines.append(Line(kind: .heading(lang.t("Onleesbare bestanden (\(broken.count))",
                                                            "Unreadable files (\(broken.count))")), item: nil))
                default: break
                }
                lastGroup = group
            }
            lines.append(Line(kind: .item(item), item: index))
        }
        return lines
    }

    private func drawItem(_ item: HomeItem, selected: Bool, columns: Columns, lang: Lang,
                          into grid: inout Grid, y: Int) {
        let width = grid.width
        let marker = selected ? "▸" : " "
        grid.put(" " + marker, x: 0, y: y, style: .accent)
        switch item {
        case .newInterview:
            grid.putTruncated(lang.t("Nieuw interview starten", "Start a new interview"), x: 3, y: y, width: width - 4,
                              style: .title)
        case .browseResults:
            grid.putTruncated(lang.t("Resultaten bekijken", "Browse results"), x: 3, y: y, width: width - 4,
                              style: .title)
        case .quit:
            grid.putTruncated(lang.t("Stoppen", "Quit"), x: 3, y: y, width: width - 4)
        case .draft(let row), .completed(let row):
            columns.draw(row: row, lang: lang, into: &grid, y: y)
        case .broken(let row):
            grid.putTruncated("\(row.id).json — \(row.problem ?? "")", x: 3, y: y, width: width - 4, style: .error)
        }
        if selected { grid.setStyle(.selection, in: Rect(x: 2, y: y, width: width - 3, height: 1)) }
    }

    /// Column positions of the interview tables; the organisation takes what is left.
    private struct Columns {
        static let gemeente = 14, variant = 13, progress = 4, saved = 16
        var organisation: Int
        var x: [Int]

        init(width: Int) {
            let fixed = Self.gemeente + Self.variant + Self.progress + Self.saved + 4 * 2
            organisation = max(8, width - 3 - fixed - 1)
            var position = 3
            var starts: [Int] = []
            for w in [organisation, Self.gemeente, Self.variant, Self.progress, Self.saved] {
                starts.append(position)
                position += w + 2
            }
            x = starts
        }

        func draw(titles lang: Lang, into grid: inout Grid, y: Int) {
            let texts = [lang.t("Organisatie", "Organisation"), lang.t("Gemeente", "Municipality"),
                         "Variant", "   %", lang.t("Opgeslagen", "Saved")]
            for (i, text) in texts.enumerated() {
                grid.putTruncated(text, x: x[i], y: y, width: widths[i], style: .muted)
            }
        }

        func draw(row: HomeRow, lang: Lang, into grid: inout Grid, y: Int) {
            let percent = row.percent.map { p -> String in
                let text = "\(p)%"
                return String(repeating: " ", count: max(0, 4 - text.count)) + text
            } ?? "   ?"
            let organisation = row.organisation.isEmpty ? lang.t("(geen naam)", "(no name)") : row.organisation
            let texts = [organisation, row.gemeente, Self.variantLabel(row.variant), percent, row.saved]
            for (i, text) in texts.enumerated() {
                grid.putTruncated(text, x: x[i], y: y, width: widths[i])
            }
        }

        private var widths: [Int] { [organisation, Self.gemeente, Self.variant, Self.progress, Self.saved] }

        static func variantLabel(_ variant: String) -> String {
            variant == "migrantenorganisatie" ? "migrantenorg." : variant
        }
    }
}
