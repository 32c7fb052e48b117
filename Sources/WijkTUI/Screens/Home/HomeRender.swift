import WijkModel

/// Draws the home screen: "new interview", "browse results", the drafts to resume, the completed
/// interviews (read-only), unreadable files, and "quit".
extension HomeState {
    func render(into grid: inout Grid, lang: Lang, dataPath: String) {
        let body = Chrome.draw(into: &grid, title: lang.t("Wijk — interviews", "Wijk — interviews"),
                               right: dataPath, footer: Self.footer(lang))
        let layout = Layout(self, lang: lang)
        let selectedLine = layout.line(ofItem: selection)
        let height = body.height - 1
        var offset = 0
        if layout.count > height {
            offset = min(max(0, selectedLine - height + 2), layout.count - height)
            if selectedLine < offset { offset = selectedLine }
        }
        let columns = Columns(width: body.width)
        for row in 0..<max(0, min(height, layout.count - offset)) {
            let y = body.y + 1 + row
            switch layout.line(offset + row) {
            case .blank: break
            case .heading(let text): grid.putTruncated(" " + text, x: 0, y: y, width: body.width, style: .title)
            case .columnTitles: columns.draw(titles: lang, into: &grid, y: y)
            case .item(let index):
                drawItem(item(index), selected: index == selection, columns: columns, lang: lang, into: &grid, y: y)
            }
        }
        if offset > 0 { grid.put("↑", x: body.width - 2, y: body.y + 1, style: .muted) }
        if offset + height < layout.count { grid.put("↓", x: body.width - 2, y: body.y + height, style: .muted) }
    }

    // MARK: Layout

    private enum Line { case blank, heading(String), columnTitles, item(Int) }

    /// The screen's lines without making one per interview: a few runs of fixed lines and of
    /// items (by item index), so a line is found by counting runs, whatever the list's length.
    private struct Layout {
        private enum Run { case fixed(Line), items(first: Int, count: Int) }
        private var runs: [Run] = []
        private(set) var count = 0

        init(_ home: HomeState, lang: Lang) {
            add(.fixed(.blank)); add(.items(first: 0, count: 2))
            // "No drafts" is said out loud, so an empty list is not mistaken for a lost one.
            if home.loaded, home.draftCount == 0 {
                add(.fixed(.blank))
                add(.fixed(.heading(lang.t("Geen concepten om te hervatten.", "No drafts to resume."))))
            }
            var first = 2
            let groups: [(count: Int, heading: String, titles: Bool)] = [
                (home.draftCount, lang.t("Concepten — hervatten (\(home.draftCount))",
                                         "Drafts — resume (\(home.draftCount))"), true),
                (home.completedCount, lang.t("Afgeronde interviews — alleen lezen (\(home.completedCount))",
                                             "Completed interviews — read-only (\(home.completedCount))"), true),
                (home.brokenCount, lang.t("Onleesbare bestanden (\(home.brokenCount))",
                                          "Unreadable files (\(home.brokenCount))"), false)]
            for group in groups where group.count > 0 {
                add(.fixed(.blank)); add(.fixed(.heading(group.heading)))
                if group.titles { add(.fixed(.columnTitles)) }
                add(.items(first: first, count: group.count))
                first += group.count
            }
            add(.fixed(.blank)); add(.items(first: first, count: 1))   // quit
        }

        private mutating func add(_ run: Run) {
            runs.append(run)
            if case .items(_, let n) = run { count += n } else { count += 1 }
        }

        /// Line `index` (`0..<count`).
        func line(_ index: Int) -> Line {
            var start = 0
            for run in runs {
                switch run {
                case .fixed(let line):
                    if index == start { return line }
                    start += 1
                case .items(let first, let n):
                    if index < start + n { return .item(first + index - start) }
                    start += n
                }
            }
            return .blank
        }

        /// The line showing item `item` (0 if none does).
        func line(ofItem item: Int) -> Int {
            var start = 0
            for run in runs {
                switch run {
                case .fixed: start += 1
                case .items(let first, let n):
                    if (first..<first + n).contains(item) { return start + item - first }
                    start += n
                }
            }
            return 0
        }
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
            // One column kept free at the right for the scroll markers (↑ ↓), which overwrote the time.
            organisation = max(8, width - 3 - fixed - 2)
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
