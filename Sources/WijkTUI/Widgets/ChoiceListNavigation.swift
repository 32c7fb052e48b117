import WijkModel

/// What single and multiple choice share before their own keys: the "other, namely …"
/// field while it is entered, a word typed on the list (`TypeAhead`), and moving the
/// highlight. Choosing stays each widget's own.
protocol ChoiceListNavigation {
    var items: [ChoiceItem] { get }
    var cursor: Int? { get set }
    var other: LineField { get set }
    var otherFocused: Bool { get set }
    var typeAhead: TypeAhead { get set }
}

extension ChoiceListNavigation {
    /// What `key` did when it is one of these shared keys; nil for the widget's own.
    mutating func handleListKey(_ key: Key, lang: Lang) -> WidgetEvent? {
        if otherFocused {
            switch key {
            case .character, .left, .right, .home, .end, .backspace, .delete:
                return other.handle(key)
            case .up, .down:
                otherFocused = false
            default:
                return .ignored
            }
        }
        if case .character(let c) = key, c.isLetter || typeAhead.isTypingWord {
            guard let i = typeAhead.add(c, items: items, cursor: cursor) else {
                return .refused(typeAhead.notFound(items, lang))
            }
            cursor = i
            return .moved
        }
        typeAhead.reset()
        switch key {
        case .up, .down, .home, .end:
            cursor = ChoiceListView.movedCursor(cursor, by: key, count: items.count) ?? cursor
            return .moved
        default:
            return nil
        }
    }
}
