/// "Did you mean …?" for a mistyped name (a variant, a question id): the
/// known name closest by edit distance, compared case-folded, when it is close
/// enough to be a plausible typo.
public enum NearestName {
    /// The closest of `candidates` to `typed`, or nil when none is within a
    /// third of the longer name's length (at least 2 edits).
    public static func suggest(_ typed: String, among candidates: [String]) -> String? {
        let t = Array(typed.lowercased())
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let c = Array(candidate.lowercased())
            let d = distance(t, c)
            if d <= max(2, max(t.count, c.count) / 3), d < (best?.distance ?? .max) { best = (candidate, d) }
        }
        return best?.name
    }

    /// Levenshtein distance (insert, delete, substitute; one row of memory).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
