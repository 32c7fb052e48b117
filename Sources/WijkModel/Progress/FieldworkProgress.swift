/// How far the fieldwork is: interviews per ISO week and per interviewer,
/// drafts outstanding and conflicts open, over the distinct interviews (the
/// revision that counts of each id).
///
/// Every filter applies except the status: progress always counts completed
/// interviews and drafts side by side, since a draft outstanding is exactly
/// what a coordinator chases. The week is that of the interview date (the
/// `datum` answer, else the day `createdAt` falls on in UTC), as `--from/--to` use.
public struct FieldworkProgress: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        /// The week ("2026-W09") or the interviewer's name ("" when none was recorded).
        public var key: String
        public var complete: Int
        public var drafts: Int
        public var total: Int { complete + drafts }

        public init(key: String, complete: Int, drafts: Int) {
            self.key = key; self.complete = complete; self.drafts = drafts
        }
    }

    /// Completed interviews of one variant that ended without consent.
    public struct VariantCount: Sendable, Hashable {
        public var variant: String
        public var count: Int

        public init(variant: String, count: Int) { self.variant = variant; self.count = count }
    }

    /// Per ISO week of the interview date, oldest first (weeks without interviews left out).
    public var weeks: [Row]
    /// Per interviewer, compared case-insensitively (shown as the first spelling in sort order), by name.
    public var interviewers: [Row]
    public var complete: Int
    /// Interviews whose counting revision is still a draft.
    public var draftsOutstanding: Int
    /// Interview ids with an unresolved conflict (a `*.conflict-*.json` copy, or
    /// two revisions tied with different content), sorted. All interviews, whatever the filter.
    public var openConflicts: [String]
    /// Of `complete`, per variant (those with interviews, in questionnaire order):
    /// interviews that ended without consent, counted like any other.
    public var withoutConsent: [VariantCount]
    public var withoutConsentTotal: Int { withoutConsent.reduce(0) { $0 + $1.count } }

    public init(weeks: [Row] = [], interviewers: [Row] = [], complete: Int = 0, draftsOutstanding: Int = 0,
                openConflicts: [String] = [], withoutConsent: [VariantCount] = []) {
        self.weeks = weeks; self.interviewers = interviewers; self.complete = complete
        self.draftsOutstanding = draftsOutstanding; self.openConflicts = openConflicts
        self.withoutConsent = withoutConsent
    }
}

/// What the progress needs of one valid file, noted while it is read.
struct ProgressEntry: Sendable {
    var file: Int32
    var isDraft: Bool
    /// Days since 1970-01-01 of the interview date.
    var day: Int32
    var interviewer: String
    /// The layout (variant) of the response, and whether it ended without consent.
    var layout: Int16
    var withoutConsent: Bool
}

extension FieldworkProgress {
    /// Counts the entries of the files that count (`winners`, by file index).
    static func count(_ entries: [ProgressEntry], winners: [Int], files: Int, openConflicts: [String],
                      variants: [String]) -> FieldworkProgress {
        var slot = [Int32](repeating: -1, count: files)
        for (i, e) in entries.enumerated() { slot[Int(e.file)] = Int32(i) }
        var weeks: [ISOWeek: (Int, Int)] = [:]
        var people: [String: (name: String, complete: Int, drafts: Int)] = [:]
        var complete = 0, drafts = 0
        var seen = [Bool](repeating: false, count: variants.count), noConsent = [Int](repeating: 0, count: variants.count)
        // Weeks are computed once per day, not once per interview.
        var weekOfDay: [Int32: ISOWeek] = [:]
        var folded: [String: String] = [:]
        for file in winners {
            let s = slot[file]
            guard s >= 0 else { continue }
            let e = entries[Int(s)]
            let week = weekOfDay[e.day] ?? {
                let w = ISOWeek(day: Int(e.day))
                weekOfDay[e.day] = w
                return w
            }()
            var w = weeks[week] ?? (0, 0)
            let name = ResponseFilter.trimmed(e.interviewer)
            // Folded once per spelling, not once per interview.
            let key = folded[name] ?? {
                let k = ResponseFilter.normalized(name)
                folded[name] = k
                return k
            }()
            var p = people[key] ?? (name, 0, 0)
            if name < p.name { p.name = name }
            if e.isDraft { drafts += 1; w.1 += 1; p.drafts += 1 } else { complete += 1; w.0 += 1; p.complete += 1 }
            if variants.indices.contains(Int(e.layout)) {
                seen[Int(e.layout)] = true
                if e.withoutConsent { noConsent[Int(e.layout)] += 1 }
            }
            weeks[week] = w
            people[key] = p
        }
        return FieldworkProgress(
            weeks: weeks.keys.sorted().map { Row(key: $0.code, complete: weeks[$0]!.0, drafts: weeks[$0]!.1) },
            interviewers: people.values.sorted { ($0.name.lowercased(), $0.name) < ($1.name.lowercased(), $1.name) }
                .map { Row(key: $0.name, complete: $0.complete, drafts: $0.drafts) },
            complete: complete, draftsOutstanding: drafts, openConflicts: openConflicts,
            withoutConsent: variantCounts(variants, seen: seen, counts: noConsent))
    }

    /// Per variant name (several questionnaire versions may share one), in the layouts' order.
    private static func variantCounts(_ variants: [String], seen: [Bool], counts: [Int]) -> [VariantCount] {
        var out: [VariantCount] = []
        for i in variants.indices where seen[i] {
            if let j = out.firstIndex(where: { $0.variant == variants[i] }) { out[j].count += counts[i] }
            else { out.append(VariantCount(variant: variants[i], count: counts[i])) }
        }
        return out
    }
}
