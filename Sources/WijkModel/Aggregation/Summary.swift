/// One group's results (all interviews, or one gemeente, wijk or interviewer
/// with `AggregationOptions.grouping`).
public struct SummaryGroup: Sendable, Hashable {
    /// The gemeente (wijk, interviewer: see `Summary.grouping`), or nil for the whole selection.
    public var name: String?
    public var variants: [VariantSummary]
    /// The shared core side by side (first two variants in questionnaire order).
    public var core: [CoreComparison]
    public var crossTabs: [CrossTab]

    public func variant(_ name: String) -> VariantSummary? { variants.first { $0.variant == name } }
    public var respondents: Int { variants.reduce(0) { $0 + $1.respondents } }
    public var withoutConsent: Int { variants.reduce(0) { $0 + $1.withoutConsent } }
}

/// The result of `Aggregator.summarize`.
public struct Summary: Sendable {
    public var filter: ResponseFilter
    /// Response files found.
    public var files: Int
    /// Files left out with their problems (hard problems only make a file invalid).
    public var invalid: [FileReport]
    /// Ids found in more than one valid file, conflicts included.
    public var duplicates: [DuplicateSet]
    /// Distinct interviews among the valid files.
    public var interviews: Int
    /// Distinct interviews counted (after the filter).
    public var counted: Int
    /// Soft problems (warnings) in valid files.
    public var warnings: Int
    /// One group without grouping; one per gemeente (sorted) with it.
    public var groups: [SummaryGroup]
    /// What the groups are groups of; nil: one group, the whole selection.
    public var grouping: SummaryGrouping?
    /// Interviews per week and interviewer, drafts outstanding, conflicts open.
    public var progress = FieldworkProgress()

    public var conflicts: [DuplicateSet] { duplicates.filter(\.isConflict) }
    /// The ungrouped result (or the first group).
    public var all: SummaryGroup? { groups.first }
}
