/// What `Aggregator` counts and how.
public struct AggregationOptions: Sendable {
    public var filter: ResponseFilter
    /// One group per value of a field (the groups partition the selection); nil: one group.
    public var grouping: SummaryGrouping?
    /// One group per gemeente (`grouping == .gemeente`).
    public var groupByGemeente: Bool {
        get { grouping == .gemeente }
        set { grouping = newValue ? .gemeente : nil }
    }
    public var crossTabs: [CrossTabRequest]
    /// Number questions cut into bands, for cross-tabs and their distribution (`NumericBands`).
    public var bands: [NumericBands] = []
    /// Threads reading files; the result does not depend on it.
    public var workers: Int
    /// Keep text answers (memory grows with them); off for counts only.
    public var keepOpenAnswers: Bool
    public var lang: Lang
    /// Today as YYYY-MM-DD, for `today()` in expressions.
    public var today: String
    /// Off: every file takes the full parser and decoder (tests compare the two paths).
    var fastPath = true

    public init(filter: ResponseFilter = ResponseFilter(), groupByGemeente: Bool = false,
                crossTabs: [CrossTabRequest] = [], workers: Int = 2, keepOpenAnswers: Bool = true,
                lang: Lang = .nl, today: String) {
        self.filter = filter; self.grouping = groupByGemeente ? .gemeente : nil; self.crossTabs = crossTabs
        self.workers = workers; self.keepOpenAnswers = keepOpenAnswers
        self.lang = lang; self.today = today
    }
}

/// What a summary can be grouped by. Values compare case-insensitively,
/// ignoring surrounding spaces; a group shows the first spelling in sort order.
public enum SummaryGrouping: String, Sendable, Hashable, CaseIterable {
    case gemeente, wijk, interviewer
}
