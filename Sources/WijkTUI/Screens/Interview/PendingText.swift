import WijkModel

/// Text typed into a field but not yet confirmed, as the autosave keeps it (see
/// `ResumePoint`): the line fields (text, number, date) and the long-text editor.
extension AnswerWidget {
    /// The field's text, or nil for widgets that are not typed into.
    var typedText: String? {
        switch self {
        case .text(let f), .number(let f, _), .date(let f): return f.text
        case .longText(let t): return t.text
        case .single, .multiple, .scale, .yesNo, .note: return nil
        }
    }

    /// Types `text` into an empty field as if it came from the keyboard, so the field's
    /// own rules (accepted characters, line breaks) apply; the cursor ends after it.
    /// False for widgets that are not typed into.
    mutating func type(_ text: String) -> Bool {
        guard typedText != nil else { return false }
        for character in text {
            let key: Key = character == "\n" ? .enter : .character(character == "\t" ? " " : character)
            _ = handle(key, lang: .nl, width: Int.max / 2)
        }
        return true
    }
}
