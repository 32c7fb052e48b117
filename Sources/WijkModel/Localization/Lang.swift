/// The interface language. Dutch is the default; English with `--lang en`.
public enum Lang: String, Sendable, CaseIterable, Hashable {
    case nl
    case en

    /// Picks the text for this language; messages are written inline in both
    /// languages so a translation can never go missing.
    @inlinable
    public func t(_ nl: String, _ en: String) -> String {
        self == .nl ? nl : en
    }
}
