import Foundation
import WijkModel

/// The F2 overview: every section and question with its state, to jump from.
struct OverviewList {
    enum Row: Equatable {
        case section(String)
        case question(id: String, label: String, state: QuestionState)
    }

    let rows: [Row]

    init(_ screen: InterviewScreen) {
        let lang = screen.lang
        var rows: [Row] = []
        for section in screen.engine.questionnaire.sections {
            rows.append(.section(section.title.resolve(lang.rawValue)))
            for question in section.questions {
                rows.append(.question(id: question.id, label: question.label.resolve(lang.rawValue),
                                      state: QuestionState.of(question, in: screen.engine, lang: lang)))
            }
        }
        self.rows = rows
    }

    func row(of id: String?) -> Int? {
        rows.firstIndex { if case .question(let q, _, _) = $0 { return q == id }; return false }
    }

    /// The next question row from `index` in `step` direction (section rows are skipped).
    func move(from index: Int, by step: Int) -> Int {
        var i = index
        var moved = 0
        let target = abs(step)
        while moved < target {
            var j = i + (step > 0 ? 1 : -1)
            while rows.indices.contains(j), case .section = rows[j] { j += step > 0 ? 1 : -1 }
            guard rows.indices.contains(j) else { break }
            i = j
            moved += 1
        }
        return i
    }

    func render(into grid: inout Grid, rect: Rect, selection: Int, lang: Lang) {
        let legend = [QuestionState.answered, .open, .problem, .skipped]
            .map { "\($0.marker) \($0.name(lang))" }.joined(separator: "  ")
        grid.putTruncated(legend, x: rect.x, y: rect.y, width: rect.width, style: .muted)
        let list = rect.removing(top: 2)
        let top = TextArea.scrollTop(cursorRow: selection, rows: rows.count, height: list.height)
        for offset in 0..<list.height where top + offset < rows.count {
            let y = list.y + offset
            switch rows[top + offset] {
            case .section(let title):
                grid.putTruncated(title, x: list.x, y: y, width: list.width, style: .title)
            case .question(let id, let label, let state):
                let selected = top + offset == selection
                let base: Style = selected ? .selection.adding(.bold) : state.style
                if selected { grid.fill(Rect(x: list.x, y: y, width: list.width, height: 1), style: base) }
                let x = list.x + grid.put("  \(state.marker) ", x: list.x, y: y, style: base)
                let tag = " [\(id)]"
                let used = grid.putTruncated(label, x: x, y: y, width: list.maxX - x - TextWidth.of(tag), style: base)
                grid.put(tag, x: x + used, y: y, style: selected ? base : .muted, maxWidth: list.maxX - x - used)
            }
        }
    }
}

extension InterviewScreen {
    mutating func handleOverview(_ key: Key, selection: Int, now: Date) -> [InterviewEffect] {
        let list = OverviewList(self)
        switch InterviewKeys.listAction(key) ?? InterviewKeys.overview.action(for: key) {
        case .up?: mode = .overview(selection: list.move(from: selection, by: -1))
        case .down?: mode = .overview(selection: list.move(from: selection, by: 1))
        case .pageUp?: mode = .overview(selection: list.move(from: selection, by: -10))
        case .pageDown?: mode = .overview(selection: list.move(from: selection, by: 10))
        case .close?: mode = .answering
        case .select?:
            guard list.rows.indices.contains(selection), case .question(let id, _, let state) = list.rows[selection] else { return [] }
            if state == .skipped {
                message = ScreenMessage(lang.t("Deze vraag wordt overgeslagen door eerdere antwoorden.",
                                               "This question is skipped because of earlier answers."), .warning)
                return []
            }
            return jump(to: id, now: now)
        default:
            if InterviewKeys.global.action(for: key) == .leave { return leave(now: now) }
            if InterviewKeys.global.action(for: key) == .help { helpScroll = 0 }
        }
        return []
    }
}
