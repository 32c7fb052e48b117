import Foundation

/// Which open answers a report quotes: a capped set spread evenly over all
/// answers (sorted by gemeente and organisation, so the picks spread over
/// gemeenten in proportion), preferring answers of readable length and never
/// the same text twice; and the most frequent "anders, namelijk" texts.
public enum ReportQuotes {
    /// Shortest and longest answer preferred as a quote, in characters.
    static let readable = 40...600

    /// Up to `cap` answers (open texts only, not "other" texts).
    /// Only the picked answers are made values: the list may hold 200,000.
    public static func representative<C: RandomAccessCollection<OpenAnswer>>(_ answers: C, cap: Int) -> [OpenAnswer] {
        spread(answers.indices.filter { !answers[$0].isOther }, cap: cap) { answers[$0].text }.map { answers[$0] }
    }

    /// Up to `cap` of `items` (in their order), one from each of `cap` equal
    /// stretches: the first of readable length among a few, else the first
    /// non-empty one, never a text already picked.
    public static func spread<T>(_ items: [T], cap: Int, text: (T) -> String) -> [T] {
        guard cap > 0, !items.isEmpty else { return [] }
        let stride = Double(items.count) / Double(min(cap, items.count))
        var picked: [T] = []
        var seen: Set<String> = []
        for k in 0..<min(cap, items.count) {
            let start = Int(Double(k) * stride)
            let end = min(items.count, max(start + 1, Int(Double(k + 1) * stride)))
            // Look at a few items of this stretch only: texts are read from disk.
            var fallback: (item: T, text: String)?
            for i in start..<min(end, start + 8) {
                let t = text(items[i])
                guard !t.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, !seen.contains(t) else { continue }
                if readable.contains(t.count) { fallback = (items[i], t); break }
                if fallback == nil { fallback = (items[i], t) }
            }
            if let f = fallback { picked.append(f.item); seen.insert(f.text) }
        }
        return picked
    }

    /// The `limit` most frequent "other, namely" texts (compared without case
    /// and surrounding spaces), with counts, and how many there are in all.
    public static func frequentOthers(_ answers: some Collection<OpenAnswer>, limit: Int) -> (top: [(text: String, count: Int)], total: Int) {
        var counts: [String: (text: String, count: Int)] = [:]
        var total = 0
        for a in answers where a.isOther {
            let text = a.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { continue }
            total += 1
            counts[text.lowercased(), default: (text, 0)].count += 1
        }
        let top = counts.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.text < $1.text }.prefix(limit)
        return (Array(top), total)
    }

    /// `text` cut at a word boundary near `limit` characters, with "…".
    public static func shortened(_ text: String, limit: Int = 600) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + " …"
    }
}
