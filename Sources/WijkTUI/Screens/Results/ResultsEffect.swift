import WijkModel

/// What the results browser asks its runner to do. The browser never does I/O
/// itself: the runner performs the effect and feeds the outcome back
/// (`update(summary:)`, `receive(responses:)`).
public enum ResultsEffect: Sendable, Hashable {
    /// Leave the browser.
    case quit
    /// Run the aggregator again with this filter and these cross-tabs, then call
    /// `ResultsBrowser.update(summary:)`.
    case reaggregate(ResultsQuery)
    /// Read the interviews (passing `query.filter`) whose answer to `questionID`
    /// is `code`, then call `ResultsBrowser.receive(responses:)`.
    case loadResponses(ResponseSelection)
    /// Aggregate with this query (its `grouping` set) for a comparison across
    /// groups, then call `ResultsBrowser.receive(comparison:)`; the browser's
    /// own summary stays as it is.
    case compare(ResultsQuery)
    /// Apply a change to the coder's `CodingProject` (saved at once), then call
    /// `ResultsBrowser.update(coding:)`, or `fail(_:)` with why it could not.
    case coding(CodingChange)
    /// Read another coder's codings, then call `ResultsBrowser.compare(with:)`.
    case loadCodings(coder: String)
}

/// What the runner aggregates: the filter plus the cross-tabs asked for.
public struct ResultsQuery: Sendable, Hashable {
    public var filter: ResponseFilter
    public var crossTabs: [CrossTabRequest]
    /// One group per gemeente, wijk or interviewer (comparisons only); nil: one group.
    public var grouping: SummaryGrouping?

    public init(filter: ResponseFilter, crossTabs: [CrossTabRequest] = [], grouping: SummaryGrouping? = nil) {
        self.filter = filter
        self.crossTabs = crossTabs
        self.grouping = grouping
    }
}

/// The interviews behind one answer category, for the drill-down.
public struct ResponseSelection: Sendable, Hashable {
    public var filter: ResponseFilter
    public var questionID: String
    /// A choice code, "true"/"false", a scale point, or one of `SpecialCode`.
    public var code: String

    public init(filter: ResponseFilter, questionID: String, code: String) {
        self.filter = filter
        self.questionID = questionID
        self.code = code
    }

}
