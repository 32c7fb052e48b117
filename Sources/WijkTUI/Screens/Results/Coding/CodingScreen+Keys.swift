import WijkModel

/// What a key in the coding screens asks of the browser.
enum CodingOutcome: Sendable, Hashable {
    /// Back to the screen coding was opened from.
    case leave
    case quit
    case change(CodingChange)
    /// Load this coder's codings to compare with (`ResultsEffect.loadCodings`).
    case loadCoder(String)
    /// A line for the footer.
    case message(String)
}

extension CodingScreen {
    /// The key map of the current mode.
    var keyMap: KeyMap<CodingAction> {
        switch mode {
        case .pager: return CodingKeys.pager
        case .picker: return CodingKeys.picker
        case .codebook: return CodingKeys.codebook
        case .tables: return CodingKeys.tables
        case .prompt: return CodingKeys.prompt
        case .confirm: return CodingKeys.confirm
        case .help: return CodingKeys.help
        }
    }

    /// Handles one key; `area` is the browser's content area.
    mutating func handle(_ key: Key, area: Rect, lang: Lang) -> [CodingOutcome] {
        // Text first: the picker's filter and the name prompt take every printable key.
        switch mode {
        case .picker(var picker):
            if case .character(let c) = key { picker.type(c); mode = .picker(picker); return [] }
            if key == .backspace { picker.backspace(); mode = .picker(picker); return [] }
        case .prompt(var prompt):
            if key != .enter, key != .escape, key != .ctrl("c"), prompt.field.handle(key) != .ignored {
                mode = .prompt(prompt)
                return []
            }
        default: break
        }
        guard let action = keyMap.action(for: key) else { return [] }
        if action == .quit { return [.quit] }
        switch mode {
        case .pager: return pagerAction(action, key: key, area: area, lang: lang)
        case .picker(let picker): return pickerAction(action, picker: picker, area: area, lang: lang)
        case .codebook: return codebookAction(action, area: area, lang: lang)
        case .tables: return tablesAction(action, area: area)
        case .prompt(let prompt): return promptAction(action, prompt: prompt, lang: lang)
        case .confirm(let question):
            mode = back
            return action == .yes ? [.change(question.change)] : []
        case .help:
            if action == .back || action == .help { mode = back }
            else { helpTop = max(0, helpTop + (action == .down || action == .pageDown ? 1 : action == .up || action == .pageUp ? -1 : 0)) }
            return []
        }
    }

    // MARK: The pager

    private mutating func pagerAction(_ action: CodingAction, key: Key, area: Rect, lang: Lang) -> [CodingOutcome] {
        let body = Self.body(area)
        switch action {
        case .up, .down, .pageUp, .pageDown, .home, .end:
            move(action, body: body)
        case .mark:
            guard let i = current else { return [] }
            if marked.remove(i) == nil { marked.insert(i) }
            move(.down, body: body)
        case .back:
            if !marked.isEmpty { marked = []; return [] }
            return [.leave]
        case .pick:
            guard !targets.isEmpty else { return [.message(lang.t("Geen antwoord om te coderen.", "No answer to code."))] }
            open(.picker(CodePicker(purpose: .assign(targets))))
        case .quickCode:
            guard case .character(let c) = key, let n = c.wholeNumberValue, n >= 1 else { return [] }
            guard n <= codes.count else {
                return [.message(lang.t("Er is geen code \(n); maak er een met Enter.", "There is no code \(n); make one with Enter."))]
            }
            guard let change = toggle(codes[n - 1].id, on: targets) else { return [] }
            return [.change(change)]
        case .filterUncoded:
            setFilter(status: filter.status == .uncoded ? .all : .uncoded)
            cursor = 0; top = 0
        case .filterStale:
            setFilter(status: filter.status == .stale ? .all : .stale)
            cursor = 0; top = 0
        case .filterCode:
            guard !codes.isEmpty else { return [.message(lang.t("Het codeboek is nog leeg.", "The codebook is still empty."))] }
            open(.picker(CodePicker(purpose: .filter)))
        case .filterVariant:
            let next: String?
            if let v = filter.variant, let i = variants.firstIndex(of: v) { next = i + 1 < variants.count ? variants[i + 1] : nil }
            else { next = variants.first }
            setFilter(variant: .some(next))
            cursor = 0; top = 0
        case .clearFilter:
            setFilter(status: .all, variant: .some(nil))
            if disagreementsOnly { toggleDisagreements() }
        case .confirmStale, .discardStale:
            let stale = targets.filter { i in project.codes(of: answers[i]).contains { $0.isStale } }.map { answers[$0] }
            guard !stale.isEmpty else { return [.message(lang.t("Niets te herzien hier.", "Nothing to review here."))] }
            if action == .confirmStale { return [.change(.confirm(stale))] }
            open(.confirm(CodeQuestion(
                text: lang.t("De codes van de oude tekst laten vervallen (\(stale.count) antwoord(en))?",
                             "Drop the codes given to the old text (\(stale.count) answer(s))?"),
                change: .discardStale(stale))))
        case .tables:
            tables.data = makeTables()
            tables.cursor = min(tables.cursor, max(0, (tables.data?.codes.count ?? 1) - 1))
            open(.tables)
        case .codebook: open(.codebook)
        case .compare:
            if other != nil { compare(with: nil); return [] }
            guard coders.contains(where: { $0 != project.coder }) else {
                return [.message(lang.t("Er is nog geen andere coder.", "There is no other coder yet."))]
            }
            open(.picker(CodePicker(purpose: .coder)))
        case .disagreements:
            guard other != nil else {
                return [.message(lang.t("Vergelijk eerst met een andere coder (w).", "Compare with another coder first (w)."))]
            }
            toggleDisagreements()
            cursor = 0; top = 0
        case .help: open(.help)
        default: break
        }
        return []
    }

    /// Opens an overlay or panel, remembering where Esc goes back to.
    mutating func open(_ next: Mode) {
        if case .help = next { helpTop = 0 }
        if case .picker = next, case .codebook = mode { back = .codebook }
        else if case .confirm = next, case .codebook = mode { back = .codebook }
        else if case .prompt = next { back = .codebook }
        else if case .help = next { back = mode }
        else { back = .pager }
        mode = next
    }

    // MARK: The code picker

    /// The picker's list: codes, or coders when choosing whom to compare with.
    func pickerItems(_ picker: CodePicker) -> [(id: String, name: String)] {
        if picker.purpose == .coder { return coders.filter { $0 != project.coder }.map { ($0, $0) } }
        return codes.map { ($0.id, $0.name) }
    }

    func pickerRows(_ picker: CodePicker) -> [CodePicker.Row] {
        let targets: [Int]
        if case .assign(let t) = picker.purpose { targets = t } else { targets = [] }
        return picker.rows(codes: pickerItems(picker)) { targets.isEmpty ? .none : mark(of: $0, on: targets) }
    }

    private mutating func pickerAction(_ action: CodingAction, picker: CodePicker, area: Rect, lang: Lang) -> [CodingOutcome] {
        var picker = picker
        let rows = pickerRows(picker)
        let visible = max(1, min(area.height, max(6, min(rows.count + 4, area.height * 2 / 3))) - 3)
        switch action {
        case .up: picker.move(-1, count: rows.count, visible: visible)
        case .down: picker.move(1, count: rows.count, visible: visible)
        case .back: mode = back; return []
        case .choose, .toggleStay:
            guard rows.indices.contains(picker.selected) else { return [] }
            let row = rows[picker.selected]
            let stay = action == .toggleStay
            switch picker.purpose {
            case .assign(let targets):
                let list = targets.map { answers[$0] }
                let change: CodingChange?
                if let id = row.codeID { change = toggle(id, on: targets) } else { change = .create(name: row.name, assignTo: list) }
                if stay && row.codeID != nil { picker.typed = ""; mode = .picker(picker) } else { mode = back }
                return change.map { [.change($0)] } ?? []
            case .filter:
                guard let id = row.codeID else { return [] }
                mode = .pager
                setFilter(status: .code(id))
                cursor = 0; top = 0
            case .mergeInto(let source):
                guard let into = row.codeID else { return [] }
                let from = project.codebook.code(source)?.name ?? source
                let question = CodeQuestion(
                    text: lang.t("‘\(from)’ samenvoegen met ‘\(row.name)’? De coderingen van ‘\(from)’ gaan naar ‘\(row.name)’ (bij alle coders) en ‘\(from)’ verdwijnt uit het codeboek.",
                                 "Merge ‘\(from)’ into ‘\(row.name)’? The codings of ‘\(from)’ move to ‘\(row.name)’ (for every coder) and ‘\(from)’ leaves the codebook."),
                    change: .merge(code: source, into: into))
                mode = .confirm(question)
                back = .codebook
            case .coder:
                guard let name = row.codeID else { return [] }
                mode = .pager
                return [.loadCoder(name)]
            }
            return []
        default: break
        }
        if case .picker = mode { mode = .picker(picker) }
        return []
    }

    // MARK: The codebook

    private mutating func codebookAction(_ action: CodingAction, area: Rect, lang: Lang) -> [CodingOutcome] {
        let list = codes
        let selected = list.indices.contains(codebookCursor) ? list[codebookCursor] : nil
        switch action {
        case .up: codebookCursor = max(0, codebookCursor - 1)
        case .down: codebookCursor = min(max(0, list.count - 1), codebookCursor + 1)
        case .pageUp: codebookCursor = max(0, codebookCursor - max(1, area.height - 4))
        case .pageDown: codebookCursor = min(max(0, list.count - 1), codebookCursor + max(1, area.height - 4))
        case .home: codebookCursor = 0
        case .end: codebookCursor = max(0, list.count - 1)
        case .back: mode = .pager
        case .help: open(.help)
        case .newCode: open(.prompt(CodePrompt(purpose: .create)))
        case .choose:
            guard let code = selected else { return [] }
            mode = .pager
            setFilter(status: .code(code.id))
            cursor = 0; top = 0
        case .rename:
            guard let code = selected else { return [] }
            open(.prompt(CodePrompt(purpose: .rename(code: code.id), text: code.name)))
        case .merge:
            guard let code = selected else { return [] }
            guard list.count > 1 else { return [.message(lang.t("Er is geen tweede code om mee samen te voegen.", "There is no second code to merge with."))] }
            open(.picker(CodePicker(purpose: .mergeInto(source: code.id))))
        case .delete:
            guard let code = selected else { return [] }
            let n = project.codings.count(code: code.id)
            open(.confirm(CodeQuestion(
                text: lang.t("Code ‘\(code.name)’ verwijderen, met \(n) codering(en) van \(project.coder) en die van andere coders?",
                             "Delete code ‘\(code.name)’ with \(n) coding(s) by \(project.coder) and those of other coders?"),
                change: .delete(code: code.id))))
        default: break
        }
        return []
    }

    private mutating func promptAction(_ action: CodingAction, prompt: CodePrompt, lang: Lang) -> [CodingOutcome] {
        switch action {
        case .back:
            mode = back
            return []
        case .choose:
            let name = prompt.field.text.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { return [.message(lang.t("Een code heeft een naam nodig.", "A code needs a name."))] }
            mode = back
            switch prompt.purpose {
            case .create: return [.change(.create(name: name, assignTo: []))]
            case .rename(let id): return [.change(.rename(code: id, name: name))]
            }
        default: return []
        }
    }

    private mutating func tablesAction(_ action: CodingAction, area: Rect) -> [CodingOutcome] {
        let rows = tables.data?.codes ?? []
        let count = rows.count
        switch action {
        case .back:
            mode = .pager
            tables.data = nil
        case .help: open(.help)
        case .switchView: tables.view = tables.view.next
        case .up: tables.cursor = max(0, tables.cursor - 1)
        case .down: tables.cursor = min(max(0, count - 1), tables.cursor + 1)
        case .pageUp: tables.cursor = max(0, tables.cursor - max(1, area.height - 8))
        case .pageDown: tables.cursor = min(max(0, count - 1), tables.cursor + max(1, area.height - 8))
        case .home: tables.cursor = 0
        case .end: tables.cursor = max(0, count - 1)
        case .choose:
            guard rows.indices.contains(tables.cursor) else { return [] }
            mode = .pager
            tables.data = nil
            setFilter(status: .code(rows[tables.cursor].id))
            cursor = 0; top = 0
        default: break
        }
        return []
    }
}
