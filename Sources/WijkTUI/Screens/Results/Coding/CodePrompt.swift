import WijkModel

/// A one-line question for a code's name (a new code, a new name).
struct CodePrompt: Sendable, Hashable {
    enum Purpose: Sendable, Hashable {
        case create
        case rename(code: String)
    }

    var purpose: Purpose
    var field: LineField

    init(purpose: Purpose, text: String = "") {
        self.purpose = purpose
        field = LineField(text)
    }

    func title(_ lang: Lang) -> String {
        switch purpose {
        case .create: return lang.t("Nieuwe code", "New code")
        case .rename: return lang.t("Code hernoemen", "Rename code")
        }
    }

    /// A box at the foot of `area`; returns the cursor.
    func render(into grid: inout Grid, area: Rect, lang: Lang) -> (x: Int, y: Int) {
        let width = min(area.width, max(40, area.width * 2 / 3))
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.maxY - 3, width: width, height: 3)
        grid.fill(rect)
        let inner = grid.box(rect, style: .accent, title: title(lang), titleStyle: Style(.accent, .bold))
        let label = lang.t("Naam: ", "Name: ")
        let used = grid.put(label, x: inner.x, y: inner.y, style: .muted)
        return field.render(into: &grid, rect: Rect(x: inner.x + used, y: inner.y, width: max(1, inner.width - used), height: 1))
    }
}

/// A yes/no question before a change that cannot be undone (merging, deleting).
struct CodeQuestion: Sendable, Hashable {
    var text: String
    var change: CodingChange

    func render(into grid: inout Grid, area: Rect, lang: Lang) {
        DialogBox.render(into: &grid, area: area, title: lang.t("Zeker weten?", "Are you sure?"), paragraphs: [text],
                         keys: lang.t("j Ja   n Nee", "y Yes   n No"), style: Style(.warning))
    }
}
