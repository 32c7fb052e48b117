import Foundation
import WijkModel

/// The F2 overview: every section and question with its state, to jump from.
struct OverviewList {
    enum Row: Equatable {
        case section(String)
        /// `number`: in the whole questionnaire, as the header counts.
        case question(id: String, number: Int, label: String, state: QuestionState)
    }

    let rows: [Row]

    init(_ screen: InterviewScreen) {
        let lang = screen.lang
        var rows: [Row] = []
        for section in screen.engine.questionnaire.sections {
            rows.append(.section(section.title.resolve(lang.rawValue)))
            for question in section.questions {
                rows.append(.question(id: question.id, number: screen.engine.number(of: question.id) ?? 0,
                                      label: question.label.resolve(lang.rawValue),
                                      state: QuestionState.of(question, in: screen.engine, lang: lang)))
            }
        }
        self.rows = rows
    }

    func row(of id: String?) -> Int? {
        rows.firstIndex { if case .question(let q, _, _, _) = $0 { return q == id }; return false }
    }

    /// The row `query` finds: a number is that question; words, the first question
    /// (from the top) whose text or id contains them, ignoring case and accents.
    func row(matching query: String) -> Int? {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        if let number = Int(trimmed) {
            return rows.firstIndex { if case .question(_, let n, _, _) = $0 { return n == number }; return false }
        }
        let wanted = SearchFold.fold(trimmed)
        return rows.firstIndex {
            guard case .question(let id, _, let label, _) = $0 else { return false }
            return SearchFold.fold(label).contains(wanted) || SearchFold.fold(id).contains(wanted)
        }
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

    func render(into grid: inout Grid, rect: Rect, selection: Int, query: String, lang: Lang) {
        if query.isEmpty {
            let legend = [QuestionState.answered, .open, .problem, .skipped]
                .map { "\($0.marker) \($0.name(lang))" }.joined(separator: "  ")
                + lang.t("   · typ een nummer of woorden om een vraag te zoeken", "   · type a number or words to find a question")
            grid.putTruncated(legend, x: rect.x, y: rect.y, width: rect.width, style: .muted)
        } else {
            let found = row(matching: query) != nil
            let text = lang.t("Zoeken: ", "Find: ") + query + "▏"
                + (found ? lang.t("   Enter: naar deze vraag", "   Enter: go to this question")
                         : lang.t("   niet gevonden", "   not found"))
            grid.putTruncated(text, x: rect.x, y: rect.y, width: rect.width, style: found ? .accent : .warning)
        }
        let list = rect.removing(top: 2)
        let top = TextArea.scrollTop(cursorRow: selection, rows: rows.count, height: list.height)
        for offset in 0..<list.height where top + offset < rows.count {
            let y = list.y + offset
            switch rows[top + offset] {
            case .section(let title):
                grid.putTruncated(title, x: list.x, y: y, width: list.width, style: .title)
            case .question(let id, let number, let label, let state):
                let selected = top + offset == selection
                let base: Style = selected ? .selection.adding(.bold) : state.style
                if selected { grid.fill(Rect(x: list.x, y: y, width: list.width, height: 1), style: base) }
                let numberText = String(number)
                let x = list.x + grid.put("  \(state.marker) " + String(repeating: " ", count: max(0, 2 - numberText.count))
                                          + numberText + " ", x: list.x, y: y, style: base)
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
        // Typing finds a question: its number, or words of it.
        switch key {
        case .character(let c) where !c.isNewline:
            overviewQuery.append(c)
            message = nil
            if let row = list.row(matching: overviewQuery) { mode = .overview(selection: row) }
            return []
        case .backspace where !overviewQuery.isEmpty:
            overviewQuery.removeLast()
            if let row = list.row(matching: overviewQuery) { mode = .overview(selection: row) }
            return []
        case .escape where !overviewQuery.isEmpty:
            overviewQuery = ""
            return []
        default:
            break
        }
        switch InterviewKeys.listAction(key) ?? InterviewKeys.overview.action(for: key) {
        case .up?: mode = .overview(selection: list.move(from: selection, by: -1)); message = nil
        case .down?: mode = .overview(selection: list.move(from: selection, by: 1)); message = nil
        case .pageUp?: mode = .overview(selection: list.move(from: selection, by: -10)); message = nil
        case .pageDown?: mode = .overview(selection: list.move(from: selection, by: 10)); message = nil
        case .close?: mode = .answering; overviewQuery = ""
        case .select?:
            guard list.rows.indices.contains(selection), case .question(let id, _, _, let state) = list.rows[selection] else { return [] }
            if state == .skipped {
                message = ScreenMessage(lang.t("Deze vraag wordt overgeslagen door eerdere antwoorden.",
                                               "This question is skipped because of earlier answers."), .warning)
                return []
            }
            overviewQuery = ""
            return jump(to: id, now: now)
        default:
            if InterviewKeys.global.action(for: key) == .leave { return leave(now: now) }
            if InterviewKeys.global.action(for: key) == .help { helpScroll = 0 }
        }
        return []
    }
}
