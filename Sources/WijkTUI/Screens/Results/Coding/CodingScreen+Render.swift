import WijkModel

extension CodingScreen {
    /// The browser's third header row.
    func title(_ lang: Lang) -> String {
        let who = lang.t("coder ", "coder ") + project.coder + (other.map { lang.t(" · naast ", " · beside ") + $0.coder } ?? "")
        switch mode {
        case .codebook: return lang.t("Codeboek", "Codebook") + " — " + who
        case .tables: return lang.t("Codes per variant", "Codes per variant") + " — " + who
        default:
            if back == .codebook { return lang.t("Codeboek", "Codebook") + " — " + who }
            if back == .tables { return lang.t("Codes per variant", "Codes per variant") + " — " + who }
            return lang.t("Coderen", "Coding") + " — " + who
        }
    }

    /// Draws the current mode into the content area; returns the cursor for typing.
    func render(into grid: inout Grid, area: Rect, context: ResultsContext) -> (x: Int, y: Int)? {
        let lang = context.lang
        switch mode {
        case .codebook: renderCodebook(into: &grid, area: area, lang: lang)
        case .tables: renderTables(into: &grid, area: area, context: context)
        case .help: renderHelp(into: &grid, area: area, lang: lang)
        case .pager, .picker, .prompt, .confirm:
            if back == .codebook, mode != .pager { renderCodebook(into: &grid, area: area, lang: lang) }
            else { renderPager(into: &grid, area: area, context: context) }
        }
        switch mode {
        case .picker(let picker):
            let title: String
            switch picker.purpose {
            case .assign(let t): title = lang.t("Codes voor \(t.count) antwoord(en)", "Codes for \(t.count) answer(s)")
            case .filter: title = lang.t("Filter op code", "Filter by code")
            case .mergeInto: title = lang.t("Samenvoegen met…", "Merge into…")
            case .coder: title = lang.t("Vergelijk met coder", "Compare with coder")
            }
            return picker.render(into: &grid, area: area, rows: pickerRows(picker), title: title, lang: lang)
        case .prompt(let prompt): return prompt.render(into: &grid, area: area, lang: lang)
        case .confirm(let question): question.render(into: &grid, area: area, lang: lang); return nil
        default: return nil
        }
    }

    // MARK: The pager

    private func renderPager(into grid: inout Grid, area: Rect, context: ResultsContext) {
        let lang = context.lang
        grid.putTruncated(context.questionLabel(questionID), x: area.x, y: area.y, width: area.width, style: .title)
        let done = progress.total > 0 && progress.coded == progress.total && progress.stale == 0
        grid.putTruncated(progress.text(lang), x: area.x, y: area.y + 1, width: area.width,
                          style: progress.stale > 0 ? .warning : done ? .success : .accent)
        let position = shown.isEmpty ? "0/0" : "\(cursor + 1)/\(shown.count)"
        let filterText = TextWidth.truncate(describeFilter(context), to: max(1, area.width - TextWidth.of(position) - 2))
        grid.put(filterText, x: area.x, y: area.y + 2, style: filter == CodingFilter() && !disagreementsOnly ? .muted : .warning)
        grid.put(position, x: area.maxX - TextWidth.of(position), y: area.y + 2, style: .muted)
        let body = Self.body(area)
        guard !shown.isEmpty else {
            grid.put(lang.t("Geen antwoorden bij dit filter (0: filters uit).", "No answers with this filter (0: filters off)."),
                     x: body.x + 2, y: body.y, style: .muted)
            return
        }
        var y = body.y
        var p = firstShown(body: body)
        while p < shown.count, y < body.maxY {
            y = renderAnswer(shown[p], at: y, isCursor: p == cursor, into: &grid, body: body, context: context)
            p += 1
        }
    }

    /// One answer from row `y`; returns the row after it.
    private func renderAnswer(_ i: Int, at start: Int, isCursor: Bool, into grid: inout Grid, body: Rect,
                              context: ResultsContext) -> Int {
        let lang = context.lang
        let a = answers[i]
        var y = start
        let source = [a.organisation, a.gemeente].filter { !$0.isEmpty }.joined(separator: ", ")
        var head = (isCursor ? "▸ " : "  ") + (marked.contains(i) ? "✓ " : "  ") + (other == nil ? "" : disagrees(i) ? "≠ " : "  ")
        head += "\(i + 1) \(context.labels.variantShort(a.variant)) · " + (source.isEmpty ? "–" : source)
        if a.isOther { head += lang.t(" · anders, namelijk", " · other, namely") }
        let headStyle: Style = isCursor ? Style(.selection, [.reverse, .bold]) : .muted
        if isCursor { grid.fill(Rect(x: body.x, y: y, width: body.width, height: 1), style: headStyle) }
        grid.putTruncated(head, x: body.x, y: y, width: body.width, style: headStyle)
        y += 1
        for line in wrappedText(i, body: body) where y < body.maxY {
            grid.put(line, x: body.x + 4, y: y, maxWidth: body.width - 4)
            y += 1
        }
        guard y < body.maxY else { return y }
        let applied = project.codes(of: a).map { ShownCode(name: $0.code?.name ?? $0.id + "?", rule: $0.origin.isRule, stale: $0.isStale) }
        let mine = ShownCode.text(applied, lang: lang)
        let staleStyle: Style = applied.contains { $0.stale } ? .warning : .accent
        if let other {
            let theirs = ShownCode.text(ShownCode.list(other.codings(a.key), of: a, codebook: project.codebook), lang: lang)
            grid.putTruncated("A \(project.coder): " + (mine ?? "–"), x: body.x + 4, y: y, width: body.width - 4, style: staleStyle)
            y += 1
            if y < body.maxY {
                grid.putTruncated("B \(other.coder): " + (theirs ?? "–"), x: body.x + 4, y: y, width: body.width - 4,
                                  style: disagrees(i) ? .warning : .accent)
                y += 1
            }
        } else {
            grid.putTruncated(mine ?? lang.t("nog niet gecodeerd", "not coded yet"), x: body.x + 4, y: y, width: body.width - 4,
                              style: mine == nil ? .muted : staleStyle)
            y += 1
        }
        return y
    }

    /// The filter in words, with the marks.
    func describeFilter(_ context: ResultsContext) -> String {
        let lang = context.lang
        var parts: [String] = []
        switch filter.status {
        case .all: parts.append(lang.t("Alle antwoorden", "All answers"))
        case .uncoded: parts.append(lang.t("Nog niet gecodeerd", "Not coded yet"))
        case .coded: parts.append(lang.t("Gecodeerd", "Coded"))
        case .stale: parts.append(lang.t("Te herzien", "To review"))
        case .code(let id): parts.append(lang.t("Code ‘", "Code ‘") + (project.codebook.code(id)?.name ?? id) + "’")
        }
        if let v = filter.variant { parts.append(context.labels.variantName(v)) }
        if disagreementsOnly { parts.append(lang.t("alleen verschillen", "differences only")) }
        if !marked.isEmpty { parts.append(lang.t("\(marked.count) gemarkeerd", "\(marked.count) marked")) }
        return parts.joined(separator: " · ")
    }

    // MARK: Help

    private func renderHelp(into grid: inout Grid, area: Rect, lang: Lang) {
        let map: KeyMap<CodingAction>
        switch back {
        case .codebook: map = CodingKeys.codebook
        case .tables: map = CodingKeys.tables
        default: map = CodingKeys.pager
        }
        var lines = map.helpLines(lang).map { ($0.keys, $0.text) }
        lines += [("", ""),
                  ("", lang.t("Codes gaan naar de gemarkeerde antwoorden, anders naar dat onder de cursor;",
                              "Codes go to the marked answers, else to the one under the cursor;")),
                  ("", lang.t("Esc wist eerst de markeringen.", "Esc clears the marks first.")),
                  ("", lang.t("(regel): gegeven door wijk code auto. (te herzien): de tekst is na het coderen gewijzigd.",
                              "(rule): given by wijk code auto. (to review): the text changed after coding.")),
                  ("", lang.t("Elke wijziging wordt meteen opgeslagen.", "Every change is saved at once."))]
        let keyWidth = min(24, (lines.map { TextWidth.of($0.0) }.max() ?? 0) + 2)
        let first = min(helpTop, max(0, lines.count - area.height))
        for (offset, line) in lines.dropFirst(first).prefix(area.height).enumerated() {
            grid.putTruncated(line.0, x: area.x + 1, y: area.y + offset, width: keyWidth, style: .accent)
            grid.putTruncated(line.1, x: area.x + 1 + keyWidth, y: area.y + offset, width: area.width - keyWidth - 1)
        }
    }
}
