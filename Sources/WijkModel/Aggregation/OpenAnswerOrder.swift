/// The order open answers are listed in (`OpenAnswer.stableOrder`: gemeente,
/// organisation, interview, the "other" text last), with the interviews
/// ranked once instead of comparing their strings for every pair of answers:
/// a summary of 100,000 interviews sorts half a million answers.
struct OpenAnswerOrder {
    /// Interviews (`OpenAnswerOrigin`s) by rank; equal keys share a rank.
    private var ranks: [ObjectIdentifier: Int] = [:]

    /// Ranks the interviews of every open answer in these tallies.
    init(_ tallies: [[VariantTally?]]) {
        var origins: [OpenAnswerOrigin] = []
        for group in tallies {
            for variant in group {
                for tally in variant?.tallies ?? [] {
                    for answer in tally.open where ranks[ObjectIdentifier(answer.origin)] == nil {
                        ranks[ObjectIdentifier(answer.origin)] = 0
                        origins.append(answer.origin)
                    }
                }
            }
        }
        func key(_ o: OpenAnswerOrigin) -> (String, String, String) { (o.gemeente, o.organisation, o.responseID) }
        origins.sort { key($0) < key($1) }
        var rank = 0
        for (i, origin) in origins.enumerated() {
            if i > 0 && key(origins[i - 1]) != key(origin) { rank += 1 }
            ranks[ObjectIdentifier(origin)] = rank
        }
    }

    /// `answers` in `OpenAnswer.stableOrder`; indices are sorted, so the
    /// answers themselves are copied once.
    func sorted(_ answers: [OpenAnswer]) -> [OpenAnswer] {
        let keys = answers.map { (rank: ranks[ObjectIdentifier($0.origin)] ?? 0, other: $0.isOther) }
        let order = answers.indices.sorted { a, b in
            if keys[a].rank != keys[b].rank { return keys[a].rank < keys[b].rank }
            if keys[a].other != keys[b].other { return !keys[a].other }
            return OpenAnswer.stableOrder(answers[a], answers[b])
        }
        return order.map { answers[$0] }
    }
}
