import WijkModel

/// Drawing the review's rows: every question and answer in full, wrapped in two columns,
/// with its problem and the interviewer's remark below; scrolled so the selected row shows.
extension ReviewList {
    /// One screen line of the review, belonging to row `row`.
    struct Line {
        var row: Int
        var left: String
        var right = ""
        var leftStyle: Style = .normal
        var rightStyle: Style = .normal
        /// The whole line is filled with `leftStyle` (the selection).
        var filled = false
    }

    func renderRows(into grid: inout Grid, list: Rect, selection: Int, lang: Lang) {
        guard list.height > 0, list.width > 10 else { return }
        let lines = layout(width: list.width, selection: selection, lang: lang)
        let first = lines.firstIndex { $0.row == selection } ?? 0
        let count = lines.filter { $0.row == selection }.count
        // Scrolled only as far as the selected answer (and two lines after it) needs, so
        // the top of the list, with what finishing would clear, shows as long as it can.
        let top = max(0, min(first, first + count + 2 - list.height, lines.count - list.height))
        let labelWidth = list.width * 11 / 20
        for (offset, line) in lines.dropFirst(top).prefix(list.height).enumerated() {
            let y = list.y + offset
            if line.filled { grid.fill(Rect(x: list.x, y: y, width: list.width, height: 1), style: line.leftStyle) }
            let leftWidth = line.right.isEmpty ? list.width : labelWidth - 1
            grid.putTruncated(line.left, x: list.x, y: y, width: leftWidth, style: line.leftStyle)
            if !line.right.isEmpty {
                grid.putTruncated(line.right, x: list.x + labelWidth, y: y, width: list.width - labelWidth,
                                  style: line.rightStyle)
            }
        }
        if top > 0 { grid.put("↑", x: list.maxX - 1, y: list.y, style: .muted) }
        if top + list.height < lines.count { grid.put("↓", x: list.maxX - 1, y: list.maxY - 1, style: .muted) }
    }

    /// Every row as wrapped lines: label left (after a 2-column marker), answer right.
    func layout(width: Int, selection: Int, lang: Lang) -> [Line] {
        let labelWidth = width * 11 / 20
        let leftText = max(1, labelWidth - 3)
        let rightText = max(1, width - labelWidth - 1)
        var lines: [Line] = []
        func pair(_ row: Int, marker: String, _ label: String, _ answer: String, _ left: Style, _ right: Style,
                  filled: Bool) {
            let labels = TextWidth.wrap(label, width: leftText)
            let answers = TextWidth.wrap(answer, width: rightText)
            for i in 0..<max(labels.count, answers.count, 1) {
                let text = i < labels.count ? labels[i] : ""
                lines.append(Line(row: row, left: (i == 0 ? marker : "  ") + text,
                                  right: i < answers.count ? answers[i] : " ",
                                  leftStyle: left, rightStyle: right, filled: filled))
            }
        }
        for (i, row) in rows.enumerated() {
            switch row {
            case .section(let title):
                lines.append(Line(row: i, left: title, leftStyle: .title))
            case .answer(_, let label, let answer, let problem, let hard, let remark):
                let selected = i == selection
                let problemStyle: Style = hard ? .error : .warning
                let base: Style = selected ? .selection.adding(.bold) : (problem != nil ? problemStyle : .normal)
                pair(i, marker: problem == nil ? "  " : "! ", label, answer, base, selected ? base : .accent,
                     filled: selected)
                if let problem {
                    for text in TextWidth.wrap(problem, width: max(1, width - 4)) {
                        lines.append(Line(row: i, left: "    " + text, leftStyle: problemStyle))
                    }
                }
                if let remark {
                    let text = lang.t("Opmerking: ", "Remark: ") + remark.split(separator: "\n").joined(separator: " ⏎ ")
                    for part in TextWidth.wrap(text, width: max(1, width - 4)) {
                        lines.append(Line(row: i, left: "    " + part, leftStyle: .muted))
                    }
                }
            case .cleared(let label, let answer):
                pair(i, marker: "✗ ", label, answer, .muted, .warning, filled: false)
            }
        }
        return lines
    }
}
