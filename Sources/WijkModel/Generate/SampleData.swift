/// Realistic synthetic interviews for demos ("probeer het zonder veldwerk"),
/// tests and benchmarks. Deterministic: the same seed and variant give the
/// same responses, byte for byte, on every run and platform. Interview `i`
/// depends only on (seed, i), so a prefix of a larger run is a smaller run.
public enum SampleData {
    /// The "today" the generator answers against: all interview dates lie
    /// before it, so `today()` checks hold whenever the data is read later.
    public static let today = "2026-11-30"

    /// Share of migrantenorganisatie interviews when no variant is given.
    static let migrantenShare = 0.4

    /// `count` interviews; `variant` nil mixes both bundled questionnaires.
    public static func generate(count: Int, seed: UInt64, variant: String? = nil) -> [Response] {
        let fixed = variant.flatMap(BundledQuestionnaires.variant)
        return (0..<max(0, count)).map { response(index: $0, seed: seed, questionnaire: fixed) }
    }

    /// Interview number `index` of the run with `seed`, with `questionnaire`
    /// (nil: one of the two bundled ones, chosen from the seed).
    public static func response(index: Int, seed: UInt64, questionnaire: Questionnaire? = nil) -> Response {
        var rng = SplitMix64(seed: seed, index: index)
        let q = questionnaire ?? (rng.chance(migrantenShare)
                                  ? BundledQuestionnaires.migrantenorganisatie : BundledQuestionnaires.wijkteam)
        var interview = SampleInterview(questionnaire: q, rng: rng, today: today)
        return interview.run()
    }
}
