import WijkModel

/// The filter panel: variant, gemeente, wijk, interviewer and status. Edits a
/// copy of the filter; Enter applies it (the browser then asks for a new
/// aggregation), Esc leaves the filter as it was.
struct FilterPanelScreen: Sendable, Hashable {
    enum Field: Int, CaseIterable, Sendable, Hashable {
        case variant, gemeente, wijk, interviewer, status
    }

    /// The three status choices the panel cycles through.
    enum StatusChoice: CaseIterable, Sendable, Hashable {
        case completed, withDrafts, draftsOnly
    }

    var draft: ResponseFilter
    var field: Field = .variant
    var variants: [String]
    var gemeenten: [String]
    var wijken: [String]

    init(filter: ResponseFilter, variants: [String], gemeenten: [String], wijken: [String]) {
        draft = filter
        self.variants = variants
        self.gemeenten = gemeenten
        self.wijken = wijken
    }

    /// Whether typed characters go into the field (the interviewer's name).
    var acceptsText: Bool { field == .interviewer }

    mutating func moveField(_ step: Int) {
        let all = Field.allCases
        field = all[(field.rawValue + step + all.count) % all.count]
    }

    mutating func type(_ character: Character) {
        guard acceptsText else { return }
        draft.interviewer = (draft.interviewer ?? "") + String(character)
    }

    mutating func backspace() {
        guard acceptsText, var name = draft.interviewer, !name.isEmpty else { return }
        name.removeLast()
        draft.interviewer = name.isEmpty ? nil : name
    }

    mutating func clear() { draft = ResponseFilter() }

    /// Steps the focused field through "all" and its known values.
    mutating func cycle(_ step: Int) {
        func next(_ current: String?, _ options: [String]) -> String? {
            let all: [String?] = [nil] + options.map(Optional.some)
            let index = all.firstIndex { $0?.lowercased() == current?.lowercased() } ?? 0
            return all[(index + step + all.count) % all.count]
        }
        switch field {
        case .variant: draft.variant = next(draft.variant, variants)
        case .gemeente: draft.gemeente = next(draft.gemeente, gemeenten)
        case .wijk: draft.wijk = next(draft.wijk, wijken)
        case .interviewer: break
        case .status:
            let all = StatusChoice.allCases
            let index = all.firstIndex(of: Self.statusChoice(draft)) ?? 0
            switch all[(index + step + all.count) % all.count] {
            case .completed: draft.status = nil; draft.includeDrafts = false
            case .withDrafts: draft.status = nil; draft.includeDrafts = true
            case .draftsOnly: draft.status = .draft; draft.includeDrafts = true
            }
        }
    }

    static func statusChoice(_ filter: ResponseFilter) -> StatusChoice {
        if filter.status == .draft { return .draftsOnly }
        return filter.includeDrafts ? .withDrafts : .completed
    }

    static func statusName(_ choice: StatusChoice, lang: Lang) -> String {
        switch choice {
        case .completed: return lang.t("alleen voltooide interviews", "completed interviews only")
        case .withDrafts: return lang.t("voltooid en concepten", "completed and drafts")
        case .draftsOnly: return lang.t("alleen concepten", "drafts only")
        }
    }

    func render(into grid: inout Grid, area: Rect, context: ResultsContext) {
        let lang = context.lang
        let width = min(area.width, 70), height = min(area.height, 12)
        let frame = Rect(x: area.x + (area.width - width) / 2, y: area.y + 1, width: width, height: height)
        grid.fill(frame)
        let inside = grid.box(frame, style: .accent, title: lang.t("Filters", "Filters"))
        let all = lang.t("(alle)", "(all)")
        let rows: [(Field, String, String)] = [
            (.variant, lang.t("Variant", "Variant"), draft.variant.map(context.labels.variantName) ?? all),
            (.gemeente, lang.t("Gemeente", "Municipality"), draft.gemeente ?? all),
            (.wijk, lang.t("Wijk", "Neighbourhood"), draft.wijk ?? all),
            (.interviewer, lang.t("Interviewer", "Interviewer"), draft.interviewer ?? ""),
            (.status, lang.t("Status", "Status"), Self.statusName(Self.statusChoice(draft), lang: lang)),
        ]
        for (i, (f, name, value)) in rows.enumerated() {
            let y = inside.y + 1 + i
            let focused = f == field
            grid.put(focused ? "›" : " ", x: inside.x + 1, y: y, style: .accent)
            grid.putTruncated(name, x: inside.x + 3, y: y, width: 14, style: focused ? .title : .normal)
            let shown = f == .interviewer ? "[" + value + (focused ? "_" : "") + "]" : "◂ " + value + " ▸"
            grid.putTruncated(shown, x: inside.x + 18, y: y, width: inside.width - 19, style: focused ? .selection : .normal)
        }
        let hint = field == .interviewer
            ? lang.t("Typ een naam; leeg = alle interviewers.", "Type a name; empty = all interviewers.")
            : lang.t("←/→ kiest een waarde; Enter past toe.", "←/→ picks a value; Enter applies.")
        grid.putTruncated(hint, x: inside.x + 1, y: inside.y + 2 + rows.count, width: inside.width - 2, style: .muted)
    }
}
