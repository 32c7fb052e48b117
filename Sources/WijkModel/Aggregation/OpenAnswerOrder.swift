/// The order open answers are listed in (`OpenAnswer.stableOrder`: gemeente,
/// organisation, interview, the "other" text last), with the interviews
/// ranked once instead of comparing their strings for every pair of answers:
/// a summary of 200,000 interviews sorts a million answers.
struct OpenAnswerOrder {
    let pool: OpenAnswerPool
    /// Per interview row of the pool, its rank; equal keys share a rank.
    private let ranks: [Int32]

    init(_ pool: OpenAnswerPool) {
        self.pool = pool
        ranks = pool.ranks()
    }

    /// Sorts `entries` in place (no copy of a question's answers).
    func sort(_ entries: inout [OpenAnswerEntry]) {
        entries.sort { a, b in
            let ra = ranks[a.origin], rb = ranks[b.origin]
            if ra != rb { return ra < rb }
            if a.isOther != b.isOther { return !a.isOther }
            return pool.store.read(a.text) < pool.store.read(b.text)
        }
    }
}
