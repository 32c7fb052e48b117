import Foundation

/// Which open answers a report quotes: a capped set spread evenly over all
/// answers (sorted by gemeente and organisation, so the picks spread over
/// gemeenten in proportion), preferring answers of readable length and never
/// the same text twice; and the most frequent "anders, namelijk" texts.
public enum ReportQuotes {
    /// Shortest and longest answer preferred as a quote, in characters.
    static let readable = 40...600

    /// Up to `cap` answers (open texts only, not "other" texts).
    public static func representative(_ answers: [OpenAnswer], cap: Int) -> [OpenAnswer] {
        let open = answers.filter { !$0.isOther }
        guard cap > 0, !open.isEmpty else { return [] }
        let stride = Double(open.count) / Double(min(cap, open.count))
        var picked: [OpenAnswer] = []
        var seen: Set<String> = []
        for k in 0..<min(cap, open.count) {
            let start = Int(Double(k) * stride)
            let end = min(open.count, max(start + 1, Int(Double(k + 1) * stride)))
            // Look at a few answers of this stretch only: texts are read from disk.
            var fallback: OpenAnswer?
            for i in start..<min(end, start + 8) {
                let text = open[i].text
                guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, !seen.contains(text) else { continue }
                if readable.contains(text.count) { fallback = open[i]; break }
                if fallback == nil { fallback = open[i] }
            }
            if let f = fallback { picked.append(f); seen.insert(f.text) }
        }
        return picked
    }

    /// The `limit` most frequent "other, namely" texts (compared without case
    /// and surrounding spaces), with counts, and how many there are in all.
    public static func frequentOthers(_ answers: [OpenAnswer], limit: Int) -> (top: [(text: String, count: Int)], total: Int) {
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
