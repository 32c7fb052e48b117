/// What a report shows besides the counts, and in which language.
public struct ReportOptions: Sendable {
    public var lang: Lang
    /// The date the report is made, shown at the top (YYYY-MM-DD).
    public var date: String
    /// Quotes per open question and variant.
    public var quotesPerVariant: Int
    /// Most frequent "anders, namelijk" texts shown per question.
    public var otherTexts: Int

    public init(lang: Lang, date: String, quotesPerVariant: Int = 4, otherTexts: Int = 5) {
        self.lang = lang; self.date = date
        self.quotesPerVariant = quotesPerVariant; self.otherTexts = otherTexts
    }
}
