/// What `Aggregator` counts and how.
public struct AggregationOptions: Sendable {
    public var filter: ResponseFilter
    /// One group per gemeente (besides nothing else: the groups partition the selection).
    public var groupByGemeente: Bool
    public var crossTabs: [CrossTabRequest]
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
        self.filter = filter; self.groupByGemeente = groupByGemeente; self.crossTabs = crossTabs
        self.workers = workers; self.keepOpenAnswers = keepOpenAnswers
        self.lang = lang; self.today = today
    }
}
