/// Names typed by hand (gemeente, wijk, organisation) in several spellings:
/// counted as one value the way the filter compares them (trimmed, case
/// folded), shown in the spelling used most (the first in code-point order
/// when tied), so counts, filter and groups agree.
enum CountedTextSpelling {
    /// Counts per written form folded into counts per shown spelling.
    static func fold(_ counts: [String: Int]) -> [String: Int] {
        var byKey: [String: (total: Int, best: String, bestCount: Int)] = [:]
        for (text, n) in counts where n != 0 {
            let key = ResponseFilter.normalized(text)
            var entry = byKey[key] ?? (0, text, n)
            entry.total += n
            if n > entry.bestCount || (n == entry.bestCount && text < entry.best) { entry.best = text; entry.bestCount = n }
            byKey[key] = entry
        }
        var out: [String: Int] = [:]
        for entry in byKey.values { out[entry.best] = entry.total }
        return out
    }

    /// The shown spelling of the most frequent value in `counts` (a group's gemeente).
    static func shown(_ counts: [String: Int]) -> String? {
        fold(counts).max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }
}
