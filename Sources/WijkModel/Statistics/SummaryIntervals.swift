/// 95% intervals for what a summary reports, computed from its counts on demand.
extension ChoiceCount {
    /// Wilson's 95% interval for `percent`, in percent (0…100); nil when the base is 0.
    public var percentInterval: ConfidenceInterval? {
        ConfidenceInterval.wilson(successes: count, n: base)?.scaled(by: 100)
    }
}

extension Statistics {
    /// The 95% t interval for the mean; nil below two values. Cut to `bounds`:
    /// the mean cannot leave them, so the cut interval covers it as often, and a
    /// small n no longer shows "-4,85–7,85" on a 1–5 scale.
    public var meanInterval: ConfidenceInterval? {
        guard var i = sd.flatMap({ ConfidenceInterval.mean(mean, sd: $0, n: n) }) else { return nil }
        if let bounds {
            i.lower = Swift.min(Swift.max(i.lower, bounds.lowerBound), bounds.upperBound)
            i.upper = Swift.max(Swift.min(i.upper, bounds.upperBound), bounds.lowerBound)
        }
        return i
    }
}

extension Question {
    /// What a numeric answer can be: the scale's points, or the number's
    /// minimum and maximum (open-ended where one is not set); nil otherwise.
    var answerRange: ClosedRange<Double>? {
        if type == .scale, let scale { return Double(scale.min)...Double(scale.max) }
        guard type == .integer || type == .decimal, min != nil || max != nil else { return nil }
        let low = min ?? -.infinity, high = max ?? .infinity
        return low <= high ? low...high : nil
    }
}
