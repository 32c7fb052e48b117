import WijkModel

/// Text typed into a field but not yet confirmed, as the autosave keeps it (see
/// `ResumePoint`): the line fields (text, number, date), the long-text editor, and the
/// "anders, namelijk" field of a choice list whose "other" is chosen.
extension AnswerWidget {
    /// The field's text, or nil for widgets that are not typed into.
    var typedText: String? {
        switch self {
        case .text(let f), .number(let f, _), .date(let f): return f.text
        case .longText(let t): return t.text
        case .single, .multiple, .scale, .yesNo, .note: return nil
        }
    }

    /// What the autosave keeps as unconfirmed: `typedText`, or the "other" text of a
    /// choice list while "other" is chosen (the choice itself is stored when it is made;
    /// its text only on confirming).
    var pendingText: String? {
        switch self {
        case .single(let w): return w.isOnOther ? w.other.text : nil
        case .multiple(let w): return w.otherChecked ? w.other.text : nil
        default: return typedText
        }
    }

    /// Puts text kept by the autosave back: typed into a field, or as the "other" text
    /// of a choice list (choosing "other", keys in its field). False when it has no place.
    mutating func restorePending(_ text: String) -> Bool {
        switch self {
        case .single(var w):
            guard let other = w.items.firstIndex(where: \.isOther) else { return false }
            w.selected = other
            w.other = LineField(text)
            w.otherFocused = false
            _ = w.focusOther()
            self = .single(w)
            return true
        case .multiple(var w):
            guard let other = w.otherIndex else { return false }
            w.checked[other] = true
            w.other = LineField(text)
            w.otherFocused = false
            _ = w.focusOther()
            self = .multiple(w)
            return true
        default:
            return type(text)
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
