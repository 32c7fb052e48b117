/// 95% intervals for what a summary reports, computed from its counts on demand.
extension ChoiceCount {
    /// Wilson's 95% interval for `percent`, in percent (0…100); nil when the base is 0.
    public var percentInterval: ConfidenceInterval? {
        ConfidenceInterval.wilson(successes: count, n: base)?.scaled(by: 100)
    }
}

extension Statistics {
    /// The 95% t interval for the mean; nil below two values.
    public var meanInterval: ConfidenceInterval? {
        sd.flatMap { ConfidenceInterval.mean(mean, sd: $0, n: n) }
    }
}
