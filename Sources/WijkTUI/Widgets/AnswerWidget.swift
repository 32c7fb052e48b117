import WijkModel

/// What a widget holds as an answer: a value for the engine (nil = no answer) and the
/// "other, namely …" text, or a message when the typed text cannot be read.
public enum WidgetAnswer: Sendable, Equatable {
    case value(AnswerValue?, otherText: String?)
    case unreadable(String)
}

/// The answer widget of the current question: one case per question type.
public enum AnswerWidget: Sendable, Hashable {
    case single(SingleChoiceWidget)
    case multiple(MultipleChoiceWidget)
    case scale(ScaleWidget)
    case number(LineField, decimal: Bool)
    case date(LineField)
    case yesNo(YesNoWidget)
    case text(LineField)
    case longText(TextArea)
    case note

    /// A widget for `question` showing the stored `value` (special answers show empty).
    public init(question: Question, questionnaire: Questionnaire, value: AnswerValue?,
                otherText: String?, lang: Lang) {
        switch question.type {
        case .single:
            var code: String?
            if case .text(let c)? = value { code = c }
            self = .single(SingleChoiceWidget(items: ChoiceItem.items(for: question, in: questionnaire, lang: lang),
                                              value: code, otherText: otherText))
        case .multiple:
            var codes: [String] = []
            if case .choices(let c)? = value { codes = c }
            self = .multiple(MultipleChoiceWidget(items: ChoiceItem.items(for: question, in: questionnaire, lang: lang),
                                                  values: codes, otherText: otherText,
                                                  maxSelections: question.maxSelections))
        case .scale:
            var point: Int?
            if case .number(let n)? = value, n.rounded() == n, abs(n) < 1e9 { point = Int(n) }
            self = .scale(ScaleWidget(spec: question.scale ?? ScaleSpec(min: 1, max: 5, minLabel: LocalizedText([:]),
                                                                        maxLabel: LocalizedText([:])), value: point))
        case .integer, .decimal:
            var text = ""
            if case .number(let n)? = value { text = FieldParsing.format(n, lang: lang) }
            self = .number(LineField(text, accepts: { $0.isASCII && ($0.isNumber || ",.-+".contains($0)) }),
                           decimal: question.type == .decimal)
        case .date:
            var text = ""
            if case .text(let t)? = value { text = t }
            self = .date(LineField(text, accepts: { $0.isASCII && ($0.isNumber || "-/.".contains($0)) }))
        case .yesNo:
            var flag: Bool?
            if case .bool(let b)? = value { flag = b }
            self = .yesNo(YesNoWidget(value: flag))
        case .text, .longText:
            var text = ""
            if case .text(let t)? = value { text = t }
            self = question.type == .text ? .text(LineField(text)) : .longText(TextArea(text))
        case .note:
            self = .note
        }
    }

    /// Passes a key to the widget. `width` is the widget's width on screen (for ↑/↓ in
    /// the long-text editor).
    public mutating func handle(_ key: Key, lang: Lang, width: Int) -> WidgetEvent {
        switch self {
        case .single(var w): defer { self = .single(w) }; return w.handle(key, lang: lang)
        case .multiple(var w): defer { self = .multiple(w) }; return w.handle(key, lang: lang)
        case .scale(var w): defer { self = .scale(w) }; return w.handle(key)
        case .number(var f, let decimal): defer { self = .number(f, decimal: decimal) }; return f.handle(key)
        case .date(var f): defer { self = .date(f) }; return f.handle(key)
        case .yesNo(var w): defer { self = .yesNo(w) }; return w.handle(key)
        case .text(var f): defer { self = .text(f) }; return f.handle(key)
        case .longText(var t): defer { self = .longText(t) }; return t.handle(key, width: width)
        case .note: return .ignored
        }
    }

    /// `v`/`t` in a date field: today, in one key. True when it filled it in.
    mutating func fillToday(_ key: Key, today: String) -> Bool {
        guard case .date(var field) = self, case .character(let c) = key, "vVtT".contains(c) else { return false }
        field.buffer.setText(today)
        self = .date(field)
        return true
    }

    /// Enter on a list, scale or yes/no: the highlighted option becomes the answer.
    /// True when that changed the answer.
    mutating func selectCursor() -> Bool {
        switch self {
        case .single(var w): defer { self = .single(w) }; return w.selectCursor()
        case .scale(var w): defer { self = .scale(w) }; return w.selectCursor()
        case .yesNo(var w): defer { self = .yesNo(w) }; return w.selectCursor()
        default: return false
        }
    }

    /// Moves the keys into the "other, namely …" field when "other" is chosen but its
    /// text is still empty (Enter/Tab there asks for the text first). True when it did.
    mutating func focusEmptyOther() -> Bool {
        switch self {
        case .single(var w) where w.other.text.isEmpty: defer { self = .single(w) }; return w.focusOther()
        case .multiple(var w) where w.other.text.isEmpty: defer { self = .multiple(w) }; return w.focusOther()
        default: return false
        }
    }

    /// A single choice (not on "other"), a scale or yes/no: answered by one key.
    var isOneKeyAnswer: Bool {
        switch self {
        case .single(let w): return !w.isOnOther
        case .scale, .yesNo: return true
        default: return false
        }
    }

    /// The highlight was moved off the answer and not chosen (arrows only move it).
    var cursorOffChoice: Bool {
        switch self {
        case .single(let w): return w.cursorOffChoice
        case .scale(let w): return w.cursorOffChoice
        case .yesNo(let w): return w.cursorOffChoice
        default: return false
        }
    }

    /// The text entered in the widget: text fields, the long-text editor, and (unlike
    /// `typedText`, which the autosave keeps) the "other, namely" field of a choice list.
    var enteredText: String {
        switch self {
        case .single(let w): return w.other.text
        case .multiple(let w): return w.other.text
        case .number(let f, _), .date(let f), .text(let f): return f.text
        case .longText(let t): return t.text
        case .scale, .yesNo, .note: return ""
        }
    }

    /// Whether Enter confirms; in the long-text editor it inserts a newline instead.
    public var enterConfirms: Bool {
        if case .longText = self { return false }
        return true
    }

    /// The answer as the engine should get it.
    public func answer(lang: Lang) -> WidgetAnswer {
        switch self {
        case .single(let w):
            return .value(w.value.map(AnswerValue.text), otherText: w.isOnOther ? w.other.text : nil)
        case .multiple(let w):
            let otherChecked = w.items.indices.contains { w.items[$0].isOther && w.checked[$0] }
            return .value(w.values.isEmpty ? nil : .choices(w.values), otherText: otherChecked ? w.other.text : nil)
        case .scale(let w):
            return .value(w.point.map { .number(Double($0)) }, otherText: nil)
        case .number(let f, _):
            guard !f.text.isEmpty else { return .value(nil, otherText: nil) }
            guard let n = FieldParsing.number(f.text) else {
                return .unreadable(lang.t("'\(f.text)' is geen getal.", "'\(f.text)' is not a number."))
            }
            return .value(.number(n), otherText: nil)
        case .date(let f):
            guard !f.text.isEmpty else { return .value(nil, otherText: nil) }
            guard let iso = FieldParsing.date(f.text) else {
                return .unreadable(lang.t("'\(f.text)' is geen datum: typ JJJJ-MM-DD of DD-MM-JJJJ.",
                                          "'\(f.text)' is not a date: type YYYY-MM-DD or DD-MM-YYYY."))
            }
            return .value(.text(iso), otherText: nil)
        case .yesNo(let w):
            return .value(w.value.map(AnswerValue.bool), otherText: nil)
        case .text(let f):
            return .value(f.text.isEmpty ? nil : .text(f.text), otherText: nil)
        case .longText(let t):
            return .value(t.text.isEmpty ? nil : .text(t.text), otherText: nil)
        case .note:
            return .value(nil, otherText: nil)
        }
    }

    /// Draws the widget in `rect`; returns the text cursor when a text field has focus.
    public func render(into grid: inout Grid, rect: Rect, lang: Lang) -> (x: Int, y: Int)? {
        switch self {
        case .single(let w): return w.render(into: &grid, rect: rect)
        case .multiple(let w): return w.render(into: &grid, rect: rect, lang: lang)
        case .scale(let w): w.render(into: &grid, rect: rect.inset(horizontal: 1, vertical: 0), lang: lang); return nil
        case .number(let f, let decimal):
            let hint = decimal ? lang.t("(komma of punt)", "(comma or point)") : ""
            return field(f, hint: hint, width: 16, grid: &grid, rect: rect)
        case .date(let f):
            return field(f, hint: lang.t("JJJJ-MM-DD of DD-MM-JJJJ · v: vandaag", "YYYY-MM-DD or DD-MM-YYYY · t: today"),
                         width: 12, grid: &grid, rect: rect)
        case .yesNo(let w): w.render(into: &grid, rect: rect, lang: lang); return nil
        case .text(let f): return field(f, hint: "", width: rect.width - 2, grid: &grid, rect: rect)
        case .longText(let t):
            let box = grid.box(Rect(x: rect.x, y: rect.y, width: rect.width, height: rect.height), style: .muted)
            return t.render(into: &grid, rect: box)
        case .note:
            grid.put(lang.t("Toelichting — Enter gaat verder.", "Note — Enter goes on."),
                     x: rect.x + 1, y: rect.y, style: .muted)
            return nil
        }
    }

    private func field(_ f: LineField, hint: String, width: Int, grid: inout Grid, rect: Rect) -> (x: Int, y: Int)? {
        guard rect.height > 0, rect.width > 4 else { return nil }
        let w = max(1, min(width, rect.width - 2))
        let cursor = f.render(into: &grid, rect: Rect(x: rect.x + 1, y: rect.y, width: w, height: 1))
        if !hint.isEmpty { grid.put(hint, x: rect.x + w + 3, y: rect.y, style: .muted, maxWidth: rect.maxX - rect.x - w - 3) }
        return cursor
    }
}
