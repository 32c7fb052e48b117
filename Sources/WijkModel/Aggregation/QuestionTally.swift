/// What one question's answers add up to within one variant (and group),
/// while files are being read. Plain counters and histograms, so two workers'
/// tallies merge by adding and a superseded revision is taken out by
/// folding it in again with sign -1.
struct QuestionTally: Sendable {
    /// Relevant and given a real answer (not don't know / refused).
    var answered = 0
    var dontKnow = 0
    var refused = 0
    /// Relevant but no answer (or an empty one).
    var unanswered = 0
    /// Skipped by the questionnaire's logic (not relevant).
    var notApplicable = 0
    /// Per code: choice codes, "true"/"false" for yes/no, the point for a
    /// scale, the value for a counted text (gemeente, organisation) or a date.
    var counts: [String: Int] = [:]
    /// Numeric answers as a histogram: exact statistics, memory bounded by
    /// the number of distinct values rather than the number of files.
    var values: [Double: Int] = [:]
    /// Counts by bit of the question's `AnswerRule.countCodes` (answers the
    /// scanner coded); moved into `counts` by `settled(_:)`.
    var coded: [Int] = []
    /// Multiple choice: the total number of choices made.
    var selections = 0
    /// Open answers (in the pass's `OpenAnswerPool`, whose rows know the file
    /// each came from, so the answers of a superseded revision can be dropped).
    var open: [OpenAnswerEntry] = []

    // One hash lookup per answer; a count taken back to 0 (a superseded
    // revision) stays as a 0 entry, which `SummaryBuilder` leaves out.
    mutating func add(_ key: String, _ sign: Int) { counts[key, default: 0] += sign }

    mutating func add(value: Double, _ sign: Int) { values[value, default: 0] += sign }

    mutating func add(coded bits: UInt64, _ sign: Int) {
        let width = 64 - bits.leadingZeroBitCount
        if coded.count < width { coded.append(contentsOf: repeatElement(0, count: width - coded.count)) }
        var rest = bits
        while rest != 0 {
            coded[rest.trailingZeroBitCount] += sign
            rest &= rest - 1
        }
    }

    /// This tally with its coded counts added to `counts` under their codes.
    func settled(_ countCodes: [String]) -> QuestionTally {
        var t = self
        for (bit, n) in coded.enumerated() where n != 0 { t.counts[countCodes[bit], default: 0] += n }
        t.coded = []
        return t
    }

    /// Adds `other`'s counts and moves its open answers here (emptying them
    /// there, so two workers' lists never exist twice).
    mutating func merge(_ other: inout QuestionTally) {
        answered += other.answered; dontKnow += other.dontKnow; refused += other.refused
        unanswered += other.unanswered; notApplicable += other.notApplicable
        selections += other.selections
        if coded.count < other.coded.count { coded.append(contentsOf: repeatElement(0, count: other.coded.count - coded.count)) }
        for (bit, n) in other.coded.enumerated() { coded[bit] += n }
        for (k, v) in other.counts { add(k, v) }
        for (k, v) in other.values { add(value: k, v) }
        if open.isEmpty {
            swap(&open, &other.open)
        } else if !other.open.isEmpty {
            open.reserveCapacity(open.count + other.open.count)   // exactly: a million answers at 200,000 files
            open.append(contentsOf: other.open)
            other.open = []
        }
    }
}

/// The tallies of one variant (one questionnaire), indexed like its questions.
struct VariantTally: Sendable {
    var respondents = 0
    /// Of `respondents`, completed interviews that ended without consent.
    var withoutConsent = 0
    var tallies: [QuestionTally]
    /// Cross-tab cells per requested pair (same order as the requests): "row\u{1F}column" → count.
    var crossCells: [[String: Int]]
    /// Respondents per row (column) code of each cross-tab: a multiple-choice
    /// dimension's bases, which its cells' sums (mentions) are not.
    var crossRowBases: [[String: Int]]
    var crossColumnBases: [[String: Int]]

    init(questionCount: Int, crossTabCount: Int) {
        tallies = Array(repeating: QuestionTally(), count: questionCount)
        crossCells = Array(repeating: [:], count: crossTabCount)
        crossRowBases = crossCells
        crossColumnBases = crossCells
    }

    mutating func merge(_ other: inout VariantTally) {
        respondents += other.respondents
        withoutConsent += other.withoutConsent
        for i in tallies.indices { tallies[i].merge(&other.tallies[i]) }
        for i in crossCells.indices {
            Self.add(other.crossCells[i], to: &crossCells[i])
            Self.add(other.crossRowBases[i], to: &crossRowBases[i])
            Self.add(other.crossColumnBases[i], to: &crossColumnBases[i])
        }
    }

    /// Adds `n` (±1 when folding, a count when merging) to a code's count, dropping it at 0.
    static func add(_ n: Int, at key: String, to counts: inout [String: Int]) {
        let total = counts[key, default: 0] + n
        counts[key] = total == 0 ? nil : total
    }

    static func add(_ other: [String: Int], to counts: inout [String: Int]) {
        for (k, v) in other { add(v, at: k, to: &counts) }
    }
}
