import Foundation
import WijkModel

/// The open answers of one question in a pager, grouped by variant, each with
/// organisation and gemeente; `/` searches, matches are highlighted, n/N jump.
struct OpenAnswersScreen: Sendable, Hashable {
    struct Line: Sendable, Hashable {
        var text: String
        var style: Style
        /// Searchable lines are answer text, not headings.
        var searchable: Bool
        /// The answer a text line belongs to (its index in the pager), for counting by answer.
        var answer: Int? = nil
    }

    var questionID: String
    var scroller = Scroller()
    /// The layout and search, made once (not part of the state's value: see `OpenAnswersMemo`).
    let memo = OpenAnswersMemo()
    /// The search in effect (empty: none).
    var query = ""
    /// Text being typed after `/`; nil when not typing.
    var input: String?
    /// Index into the matching line numbers of the last jump.
    var matchIndex: Int?

    init(questionID: String) { self.questionID = questionID }

    static func == (a: OpenAnswersScreen, b: OpenAnswersScreen) -> Bool {
        a.questionID == b.questionID && a.scroller == b.scroller && a.query == b.query && a.input == b.input
            && a.matchIndex == b.matchIndex
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(questionID); hasher.combine(query); hasher.combine(input); hasher.combine(matchIndex)
    }

    var isTyping: Bool { input != nil }

    /// The layout of the pager's lines at `width` columns (made once per question, data and width).
    func layout(_ context: ResultsContext, width: Int) -> OpenAnswersLayout {
        memo.layout(context, questionID: questionID, width: width)
    }

    /// The first line of each answer containing the query (n/N go from answer to answer), and
    /// the answers containing it and its occurrences there, counted in the answers' texts (not
    /// in the wrapped lines they fill).
    func search(_ layout: OpenAnswersLayout) -> (matches: [Int], answers: Int, occurrences: Int) {
        guard !query.isEmpty else { return ([], 0, 0) }
        return memo.search(layout, query: query)
    }

    mutating func scroll(_ action: ResultsAction, count: Int, visible: Int) {
        scroller.scroll(action, count: count, visible: visible)
    }

    /// Jumps to the next (or previous) match after the top line; wraps around.
    mutating func jump(forward: Bool, layout: OpenAnswersLayout, visible: Int) {
        let found = search(layout).matches
        guard !found.isEmpty else { matchIndex = nil; return }
        let next: Int
        if let current = matchIndex, found.indices.contains(current) {
            next = forward ? (current + 1) % found.count : (current - 1 + found.count) % found.count
        } else {
            next = forward ? (found.firstIndex { $0 >= scroller.top } ?? 0)
                           : (found.lastIndex { $0 < scroller.top + visible } ?? found.count - 1)
        }
        matchIndex = next
        let line = found[next]
        if line < scroller.top || line >= scroller.top + visible {
            scroller.top = max(0, min(line - visible / 3, max(0, layout.count - visible)))
        }
    }

    func render(into grid: inout Grid, area: Rect, context: ResultsContext) {
        let lang = context.lang
        grid.putTruncated(context.questionLabel(questionID), x: area.x, y: area.y, width: area.width, style: .title)
        let body = Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 3)
        let all = layout(context, width: area.width)
        let searched = search(all)
        let found = searched.matches
        let current = matchIndex.flatMap { found.indices.contains($0) ? found[$0] : nil }
        let top = max(0, min(scroller.top, max(0, all.count - body.height)))
        let shown = top..<min(all.count, top + body.height)
        for (offset, line) in all.lines(shown).enumerated() {
            let index = shown.lowerBound + offset
            let y = body.y + offset
            grid.putTruncated(line.text, x: body.x, y: y, width: body.width, style: line.style)
            if line.searchable, !query.isEmpty {
                highlight(line.text, in: &grid, x: body.x, y: y, width: body.width, current: index == current)
            }
        }
        // Status row: the search being typed, or where we are and how many matches.
        let status: String
        if let input {
            status = "/" + input
        } else if !query.isEmpty {
            let (answers, occurrences) = (searched.answers, searched.occurrences)
            let position = current.map { _ in "\((matchIndex ?? 0) + 1)/\(answers)" }
            let tally = lang.count(occurrences, Noun.match) + " in " + (answers == 1 ? lang.t("1 antwoord", "1 answer")
                                                                                    : lang.t("\(answers) antwoorden", "\(answers) answers"))
            status = lang.t("Zoeken: “\(query)” — ", "Search: “\(query)” — ") + tally
                + (position.map { lang.t(" · antwoord ", " · answer ") + $0 } ?? "")
        } else {
            status = lang.t("regel \(min(all.count, top + 1))–\(min(all.count, top + body.height)) van \(all.count)",
                            "lines \(min(all.count, top + 1))–\(min(all.count, top + body.height)) of \(all.count)")
        }
        grid.putTruncated(status, x: area.x, y: area.maxY - 1, width: area.width, style: input == nil ? .muted : .accent)
    }

    /// Marks every occurrence of the query (reverse; the current match also bold).
    private func highlight(_ text: String, in grid: inout Grid, x: Int, y: Int, width: Int, current: Bool) {
        var searchStart = text.startIndex
        while let range = text.range(of: query, options: .caseInsensitive, range: searchStart..<text.endIndex) {
            let column = TextWidth.of(text[text.startIndex..<range.lowerBound])
            let length = TextWidth.of(text[range])
            let style = current ? Style(.warning, [.reverse, .bold]) : Style(.warning, .reverse)
            grid.setStyle(style, in: Rect(x: x + column, y: y, width: min(length, max(0, width - column)), height: 1))
            searchStart = range.upperBound
            if range.isEmpty { break }
        }
    }
}
