import Foundation
import WijkModel

/// A list of codes with type-to-filter: the way to assign or remove codes, pick
/// a code to filter on, or pick the code another one merges into. Typing a name
/// no code has offers a last row that creates it.
struct CodePicker: Sendable, Hashable {
    /// What choosing a code does.
    enum Purpose: Sendable, Hashable {
        /// Toggle codes on these answers (indices into the pager's entries).
        case assign([Int])
        /// Show only answers with the chosen code.
        case filter
        /// Merge `source` into the chosen code.
        case mergeInto(source: String)
        /// Compare with the chosen coder's codings.
        case coder
    }

    /// One row: a code (or the offer to create one), with how many targets have it.
    struct Row: Sendable, Hashable {
        var codeID: String?
        var name: String
        /// For `.assign`: none, some or all targets carry the code.
        var state: Mark
        /// Its place in the codebook, for the quick keys 1–9.
        var number: Int?
    }

    enum Mark: Sendable, Hashable { case none, some, all }

    var purpose: Purpose
    var typed = ""
    var selected = 0
    var top = 0

    init(purpose: Purpose) { self.purpose = purpose }

    var allowsCreate: Bool {
        if case .assign = purpose { return true }
        return false
    }

    /// The rows for the typed filter: codes whose name contains it (case and
    /// accents ignored), then "new code" when allowed and no name matches exactly.
    func rows(codes: [(id: String, name: String)], mark: (String) -> Mark) -> [Row] {
        let needle = SearchFold.fold(typed.trimmingCharacters(in: .whitespaces))
        var out: [Row] = []
        var exact = false
        for (i, code) in codes.enumerated() {
            if case .mergeInto(let source) = purpose, source == code.id { continue }
            let folded = SearchFold.fold(code.name)
            if !needle.isEmpty, !folded.contains(needle) { continue }
            if folded == needle { exact = true }
            out.append(Row(codeID: code.id, name: code.name, state: mark(code.id), number: purpose != .coder && i < 9 ? i + 1 : nil))
        }
        if allowsCreate, !needle.isEmpty, !exact {
            out.append(Row(codeID: nil, name: typed.trimmingCharacters(in: .whitespaces), state: .none, number: nil))
        }
        return out
    }

    mutating func type(_ c: Character) { typed.append(c); selected = 0; top = 0 }

    mutating func backspace() {
        if !typed.isEmpty { typed.removeLast() }
        selected = 0; top = 0
    }

    mutating func move(_ delta: Int, count: Int, visible: Int) {
        guard count > 0 else { selected = 0; return }
        selected = min(max(0, selected + delta), count - 1)
        if selected < top { top = selected }
        if selected >= top + visible { top = selected - visible + 1 }
    }

    /// Draws the picker as a box over the lower part of `area`.
    func render(into grid: inout Grid, area: Rect, rows: [Row], title: String, lang: Lang) -> (x: Int, y: Int) {
        let height = min(area.height, max(6, min(rows.count + 4, area.height * 2 / 3)))
        let width = min(area.width, max(40, area.width * 2 / 3))
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.maxY - height, width: width, height: height)
        grid.fill(rect)
        let inner = grid.box(rect, style: .accent, title: title, titleStyle: Style(.accent, .bold))
        let prompt = allowsCreate ? lang.t("Zoek of typ een nieuwe code: ", "Filter or type a new code: ")
                                  : lang.t("Zoek: ", "Filter: ")
        let used = grid.put(prompt, x: inner.x, y: inner.y, style: .muted, maxWidth: inner.width)
        let field = Rect(x: inner.x + used, y: inner.y, width: max(1, inner.width - used), height: 1)
        let cursor = LineField(typed).render(into: &grid, rect: field)
        let list = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        if rows.isEmpty {
            grid.put(lang.t("(geen code past)", "(no code matches)"), x: list.x + 1, y: list.y, style: .muted)
        }
        let first = min(top, max(0, rows.count - list.height))
        for (offset, row) in rows.dropFirst(first).prefix(list.height).enumerated() {
            let index = first + offset
            let y = list.y + offset
            let text: String
            if row.codeID == nil {
                text = lang.t("+ Nieuwe code: “\(row.name)”", "+ New code: “\(row.name)”")
            } else {
                let box: String
                switch purpose {
                case .assign: box = row.state == .all ? "[x] " : row.state == .some ? "[-] " : "[ ] "
                default: box = ""
                }
                text = (row.number.map { "\($0) " } ?? "  ") + box + row.name
            }
            let style: Style = index == selected ? Style(.selection, .reverse) : (row.codeID == nil ? .accent : .normal)
            if index == selected { grid.fill(Rect(x: list.x, y: y, width: list.width, height: 1), style: style) }
            grid.putTruncated(text, x: list.x + 1, y: y, width: list.width - 2, style: style)
        }
        return cursor
    }
}
