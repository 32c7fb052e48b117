import WijkModel

/// A widget with a chosen answer and a highlight the arrows move apart from
/// it (single choice, scale, yes/no): a deliberate key chooses, an arrow
/// never does. The shared rules of choosing live here once.
protocol CursorChoice {
    associatedtype Choice: Equatable
    /// The highlighted option.
    var cursor: Choice? { get set }
    /// The chosen option, the answer.
    var chosen: Choice? { get set }
}

extension CursorChoice {
    /// The highlight rests on another option than the chosen one (arrows moved it).
    var cursorOffChoice: Bool { cursor != nil && cursor != chosen }

    /// Chooses `option` and puts the highlight on it; `.chosen` only when the answer changed.
    mutating func choose(_ option: Choice) -> WidgetEvent {
        cursor = option
        guard chosen != option else { return .moved }
        chosen = option
        return .chosen
    }

    /// Enter: the highlighted option becomes the answer. True when that changed it.
    mutating func takeCursor() -> Bool {
        guard let cursor else { return false }
        return choose(cursor) == .chosen
    }
}
