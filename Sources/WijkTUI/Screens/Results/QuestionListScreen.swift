import WijkModel

/// The list of sections and questions, each question with a one-line preview
/// per variant (n and the top answer or the mean).
struct QuestionListScreen: Sendable, Hashable {
    enum Row: Sendable, Hashable {
        case section(String)
        case question(String)
    }

    var rows: [Row]
    var scroller = Scroller()

    /// Sections in questionnaire order, merged across the variants by id and
    /// title; every question once (notes left out). A section with the same id
    /// but another title in the other variant ("Het wijkteam", "De organisatie")
    /// follows it, so each question keeps its own heading.
    init(questionnaires: [Questionnaire], lang: Lang) {
        struct Key: Hashable { var id: String; var title: String }
        var order: [Key] = []
        var questions: [Key: [String]] = [:]
        var seen: Set<String> = []
        for questionnaire in questionnaires {
            for section in questionnaire.sections {
                let key = Key(id: section.id, title: section.title.resolve(lang.rawValue))
                if questions[key] == nil {
                    questions[key] = []
                    let after = order.lastIndex { $0.id == key.id }.map { $0 + 1 } ?? order.count
                    order.insert(key, at: after)
                }
                for q in section.questions where q.type != .note && seen.insert(q.id).inserted {
                    questions[key, default: []].append(q.id)
                }
            }
        }
        rows = []
        for key in order {
            guard let ids = questions[key], !ids.isEmpty else { continue }
            rows.append(.section(key.title))
            rows += ids.map(Row.question)
        }
        scroller.selected = rows.firstIndex { if case .question = $0 { return true } else { return false } } ?? 0
    }

    var selectedQuestionID: String? {
        guard rows.indices.contains(scroller.selected), case .question(let id) = rows[scroller.selected] else { return nil }
        return id
    }

    /// Puts the cursor on a question (after coming back from it).
    mutating func select(_ id: String, visible: Int) {
        if let index = rows.firstIndex(of: .question(id)) {
            scroller.selected = index
            scroller.reveal(count: rows.count, visible: visible)
        }
    }

    mutating func move(_ action: ResultsAction, visible: Int) {
        let rows = self.rows
        scroller.move(action, count: rows.count, visible: visible) { index in
            if case .question = rows[index] { return true }
            return false
        }
    }

    /// Rows of the list shown in `height` rows: one fewer when it scrolls, so
    /// the position counter has a row of its own.
    func bodyHeight(_ height: Int) -> Int { rows.count > height ? max(1, height - 1) : height }

    func render(into grid: inout Grid, area: Rect, context: ResultsContext) {
        let body = bodyHeight(area.height)
        let top = scroller.firstRow(count: rows.count, visible: body)
        let previewWidth = min(area.width / 2, 60)
        let labelWidth = area.width - previewWidth - 3
        for (offset, index) in (top..<min(rows.count, top + body)).enumerated() {
            let y = area.y + offset
            switch rows[index] {
            case .section(let title):
                grid.putTruncated(title, x: area.x, y: y, width: area.width, style: .title)
            case .question(let id):
                let selected = index == scroller.selected
                let style: Style = selected ? .selection : .normal
                if selected { grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style) }
                grid.putTruncated(context.questionLabel(id), x: area.x + 2, y: y, width: labelWidth, style: style)
                grid.putTruncated(Self.preview(id, context: context, width: previewWidth), x: area.maxX - previewWidth, y: y,
                                  width: previewWidth, style: selected ? style : .muted)
            }
        }
        if body < area.height {
            let indicator = "\(scroller.selected + 1)/\(rows.count)"
            grid.put(indicator, x: area.maxX - TextWidth.of(indicator), y: area.maxY - 1, style: .muted)
        }
    }

    /// "WT 12: Eens 42% · MO 9: gem. 3,4" in `width` columns: each variant an
    /// equal share; a top answer's label is shortened, never its n or percentage.
    static func preview(_ id: String, context: ResultsContext, width: Int) -> String {
        let entries = context.questionSummaries(id)
        let separator = " · "
        let share = (width - TextWidth.of(separator) * max(0, entries.count - 1)) / max(1, entries.count)
        return entries.map { variant, question -> String in
            let short = context.labels.variantShort(variant.variant)
            guard let q = question else { return "\(short) –" }
            let head = "\(short) \(isPager(q) ? q.openAnswers.count : q.answered): "
            return head + top(q, context: context, width: share - TextWidth.of(head))
        }.joined(separator: separator)
    }

    /// Open questions whose answers are read, not counted (gemeente and the like are counted).
    static func isPager(_ q: QuestionSummary) -> Bool { q.type.isOpenText && q.choices.isEmpty }

    private static func top(_ q: QuestionSummary, context: ResultsContext, width: Int) -> String {
        let lang = context.lang
        if isPager(q) { return lang.t("open", "open") }
        if q.type == .scale || q.type.isNumeric, let stats = q.statistics {
            return lang.t("gem. ", "mean ") + NumberFormat.decimal(stats.mean, 1, lang: lang)
        }
        guard let best = q.choices.filter({ $0.count > 0 }).max(by: { $0.count < $1.count }) else { return "–" }
        let label = context.labels.rowLabel(best, type: q.type, questionID: q.id)
        let percent = " " + NumberFormat.percent(best.percent)
        return TextWidth.truncate(label, to: max(1, min(24, width - TextWidth.of(percent)))) + percent
    }
}
