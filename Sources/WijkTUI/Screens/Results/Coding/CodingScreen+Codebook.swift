import WijkModel

/// The codebook panel: every code (themes with their codes indented), its quick
/// key, and how many answers to this question carry it.
extension CodingScreen {
    /// Answers to this question carrying each code now (this coder).
    func countsInQuestion() -> [String: Int] {
        var counts: [String: Int] = [:]
        for i in answers.indices {
            for code in currentCodes(i, in: project.codings) { counts[code, default: 0] += 1 }
        }
        return counts
    }

    func renderCodebook(into grid: inout Grid, area: Rect, lang: Lang) {
        let list = codes
        grid.putTruncated(lang.t("Codeboek — \(list.count) code(s); n: antwoorden op deze vraag met de code",
                                 "Codebook — \(list.count) code(s); n: answers to this question with the code"),
                          x: area.x, y: area.y, width: area.width, style: .title)
        guard !list.isEmpty else {
            grid.put(lang.t("Nog geen codes. n maakt er een; in het coderen maakt Enter er een terwijl u typt.",
                            "No codes yet. n makes one; while coding, Enter makes one as you type."),
                     x: area.x + 2, y: area.y + 2, style: .muted)
            return
        }
        let counts = countsInQuestion()
        let body = Rect(x: area.x, y: area.y + 2, width: area.width, height: max(1, area.height - 2))
        let first = max(0, min(codebookCursor - body.height / 2, list.count - body.height))
        for (offset, code) in list.dropFirst(first).prefix(body.height).enumerated() {
            let index = first + offset
            let y = body.y + offset
            let number = index < 9 ? "\(index + 1)" : " "
            let indent = code.parent == nil ? "" : "  "
            let n = counts[code.id] ?? 0
            let text = "\(number)  \(indent)\(code.name)"
            let style: Style = index == codebookCursor ? Style(.selection, .reverse) : code.parent == nil ? .normal : .normal
            if index == codebookCursor { grid.fill(Rect(x: body.x, y: y, width: body.width, height: 1), style: style) }
            let countText = "n=\(n)"
            grid.putTruncated(text, x: body.x + 1, y: y, width: body.width - TextWidth.of(countText) - 3, style: style)
            grid.put(countText, x: body.maxX - TextWidth.of(countText) - 1, y: y, style: index == codebookCursor ? style : .muted)
        }
    }
}
