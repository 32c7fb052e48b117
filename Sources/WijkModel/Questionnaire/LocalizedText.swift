/// Text in several languages, keyed by language code ("nl", "en").
public struct LocalizedText: Sendable, Hashable {
    public var values: [String: String]

    public init(_ values: [String: String]) { self.values = values }

    public init(nl: String, en: String) { self.values = ["nl": nl, "en": en] }

    /// The text in `language`, falling back to Dutch, then to any language,
    /// so a missing translation shows something rather than nothing.
    public func resolve(_ language: String) -> String {
        if let text = values[language] { return text }
        if let text = values["nl"] { return text }
        return values.values.sorted().first ?? ""
    }

    public subscript(language: String) -> String? { values[language] }
}
