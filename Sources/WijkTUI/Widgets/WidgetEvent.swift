/// What a widget did with a key, so the screen knows whether to act on it itself.
public enum WidgetEvent: Sendable, Equatable {
    /// The key changed what is typed (text edits): kept in the widget until confirmed.
    case handled
    /// Only the cursor or the focus moved; the answer is unchanged (arrows, a first letter).
    case moved
    /// A deliberate choice changed the answer (Space, a digit, j/n): store it now.
    case chosen
    /// The widget has no use for the key; the screen's own bindings may take it.
    case ignored
    /// The widget wants its answer confirmed now (Enter on a choice list).
    case submit
    /// The key was refused; the message says why (e.g. a fourth choice of at most three).
    case refused(String)
}
