import Foundation

/// Scale, yes/no and number answers for the bundled questionnaires, drawn
/// from the interview's profile: ratings centre on a per-variant mean and
/// move with `engagement`; counts are right-skewed (log-normal), as team
/// sizes, volunteers and referrals are; percentages follow the wijk.
struct SampleNumbers {
    let profile: SampleProfile

    /// Mean rating for wijkteams and migrantenorganisaties, and how strongly
    /// engagement moves it (points per sd). Teams rate their own reach and
    /// accessibility higher than the organisations do: the study's gap.
    static let scales: [String: (team: Double, organisation: Double, load: Double)] = [
        "kent_leefwereld": (3.5, 2.6, 0.3),
        "laat_in_beeld": (3.5, 4.0, -0.2),
        "achterban_vertrouwen": (2.9, 2.9, 0.5),
        "bereik": (3.2, 2.5, 0.4),
        "bekendheid_wijkteam": (2.6, 2.6, 0.4),
        "toegankelijkheid": (3.5, 2.7, 0.35),
        "aanbod_sluit_aan": (3.1, 2.5, 0.3),
        "kwaliteit_samenwerking": (3.6, 3.2, 0.6),
        "wederzijds_vertrouwen": (3.7, 3.3, 0.6),
        "gelijkwaardige_partner": (3.6, 2.8, 0.5),
        "begeleiding_verloop": (3.4, 3.4, 0.4),
    ]

    func scale(_ q: Question, rng: inout SplitMix64) -> AnswerValue? {
        guard let s = Self.scales[q.id], let spec = q.scale else { return nil }
        let mean = profile.isOrganisation ? s.organisation : s.team
        let x = mean + s.load * profile.engagement + 0.85 * rng.normal()
        return .number(Double(Swift.min(spec.max, Swift.max(spec.min, Int(x.rounded())))))
    }

    func yesNo(_ q: Question, rng: inout SplitMix64) -> AnswerValue? {
        let e = profile.engagement, org = profile.isOrganisation
        let p: Double
        switch q.id {
        case MetadataID.consent: p = 0.97
        case "contact": p = (org ? 0.55 : 0.68) + 0.2 * e
        case "vaste_afspraken": p = 0.3 + 0.2 * e
        case "training_diversiteit": p = 0.42 + 0.25 * profile.place.collaboration
        case "meertalig_materiaal": p = 0.15 + 0.7 * profile.wijkDiversity
        case "begeleid": p = 0.55 + 0.15 * e
        case "ondersteuningsbehoefte": p = org ? 0.72 : 0.5
        default: return nil
        }
        return .bool(rng.chance(Swift.min(0.98, Swift.max(0.03, p))))
    }

    func integer(_ q: Question, answers: [String: AnswerValue], rng: inout SplitMix64) -> AnswerValue? {
        let e = profile.engagement
        let value: Int
        switch q.id {
        case "teamgrootte":
            value = logNormal(median: 14, sigma: 0.4, rng: &rng, in: 4...58)
        case "medewerkers_migratie":
            let team = number(answers["teamgrootte"]).map { Int($0) } ?? 14
            let share = Swift.min(0.9, Swift.max(0, 0.55 * profile.wijkDiversity + 0.08 * rng.normal()))
            value = Swift.min(team, Int((Double(team) * share).rounded()))
        case "aandeel_bewoners_migratie":
            value = percent(profile.wijkDiversity * 100 + 7 * rng.normal())
        case "aandeel_clienten_migratie":
            // Clients over-represent the wijk's residents with a migration background a little.
            let residents = number(answers["aandeel_bewoners_migratie"]) ?? profile.wijkDiversity * 100
            value = percent(residents + 6 + 8 * rng.normal())
        case "aantal_organisaties":
            value = logNormal(median: 3.5 * (1 + 0.3 * e), sigma: 0.7, rng: &rng, in: 1...60)
        case "doorverwijzingen":
            value = rng.chance(0.2 - 0.1 * e) ? 0 : logNormal(median: 4 * (1 + 0.4 * e), sigma: 0.9, rng: &rng, in: 1...400)
        case "vrijwilligers":
            let median = profile.organisation?.form == "informeel" ? 6.0 : 18
            value = logNormal(median: median, sigma: 0.9, rng: &rng, in: 0...2_000)
        default: return nil
        }
        return .number(Double(value))
    }

    private func number(_ v: AnswerValue?) -> Double? {
        if case .number(let d)? = v { return d } else { return nil }
    }

    private func percent(_ x: Double) -> Int { Swift.min(100, Swift.max(0, Int(x.rounded()))) }

    /// `median × e^(sigma × z)`, rounded and clamped: right-skewed, mean above median.
    private func logNormal(median: Double, sigma: Double, rng: inout SplitMix64, in range: ClosedRange<Int>) -> Int {
        let x = Swift.max(0.5, median) * exp(sigma * rng.normal())
        return Swift.min(range.upperBound, Swift.max(range.lowerBound, Int(x.rounded())))
    }
}
