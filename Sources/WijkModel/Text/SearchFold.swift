import Foundation

/// How typed text is matched against labels and answers everywhere (type-ahead,
/// the question overview, searches): case and accents do not count, so
/// "eenoud" finds "Eénouder" and "turk" finds "Türk".
public enum SearchFold {
    public static func fold(_ text: some StringProtocol) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Whether `text` contains `query`, both folded.
    public static func contains(_ text: some StringProtocol, _ query: some StringProtocol) -> Bool {
        fold(text).contains(fold(query))
    }
}
