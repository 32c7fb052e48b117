/// Draws choice answers for the bundled questionnaires from
/// `SampleChoiceWeights`, adjusted by the interview's profile (who the
/// organisation serves, how engaged the respondent is).
struct SampleChoices {
    let profile: SampleProfile

    /// Chance of ticking "anders" in a multiple-choice question that has it.
    static let otherShare = 0.06

    func single(_ q: Question, codes: [String], rng: inout SplitMix64) -> AnswerValue? {
        let e = profile.engagement
        var table: SampleChoiceWeights.Table
        switch q.id {
        case "contactfrequentie":
            table = ["wekelijks": 12 + 10 * e, "maandelijks": 30 + 10 * e, "paar_keer_per_jaar": 28,
                     "jaarlijks": 12 - 6 * e, "per_casus": 18 - 6 * e]
        case "vergoeding":
            table = ["structureel": 10 + 6 * e, "incidenteel": 30 + 6 * e, "nee": 60 - 10 * e]
        case "organisatievorm" where profile.organisation != nil:
            // The name says what it is, mostly ("Moskee…" is religious); a few answer otherwise.
            table = ["anders": 3, "informeel": 7]
            table[profile.organisation!.form, default: 0] += 90
        default:
            guard let pair = SampleChoiceWeights.single[q.id] else { return nil }
            table = profile.isOrganisation ? pair.organisation : pair.team
            if table.isEmpty { table = pair.team.isEmpty ? pair.organisation : pair.team }
        }
        let weights = codes.map { table[$0].map { Swift.max(0.5, $0) } ?? 0 }
        guard weights.contains(where: { $0 > 0 }) else { return nil }
        return .text(codes[rng.weightedIndex(weights)])
    }

    func multiple(_ q: Question, codes: [String], rng: inout SplitMix64) -> AnswerValue? {
        guard let base = table(for: q.id) else { return nil }
        if codes.contains("geen"), let p = SampleChoiceWeights.none[q.id], rng.chance(p) { return .choices(["geen"]) }
        let other = q.other?.value
        var picked = codes.filter { code in
            if code == "geen" { return false }
            if code == other { return rng.chance(Self.otherShare) }
            let p = base[code] ?? 0.1
            return p >= 1 || rng.chance(Swift.min(0.95, p))
        }
        if picked.isEmpty {
            // Someone who answers names at least the most common option.
            let ranked = codes.filter { $0 != "geen" && $0 != other }
            guard let top = ranked.max(by: { (base[$0] ?? 0) < (base[$1] ?? 0) }) else { return nil }
            picked = [top]
        }
        if let max = q.maxSelections, picked.count > max { picked = rng.sample(picked, count: max) }
        return .choices(picked)
    }

    /// The chances for this interview: the variant's table, shifted by the profile.
    private func table(for id: String) -> SampleChoiceWeights.Table? {
        if id == "achterban" { return origins(own: 1, local: 0.2) }
        guard var t = SampleChoiceWeights.multiple[id] else { return nil }
        if profile.isOrganisation, let o = SampleChoiceWeights.organisationMultiple[id] { t.merge(o) { $1 } }
        let e = profile.engagement
        switch id {
        case "buiten_beeld":
            // Organisations name their own constituency; newer groups are out of view more often.
            for g in profile.groups { t[g] = Swift.max(t[g] ?? 0, profile.isOrganisation ? 0.6 : 0.2) }
        case "samenwerkingsvormen", "outreach":
            for (k, v) in t { t[k] = v * (1 + 0.35 * e) }
        case "doelgroepen":
            for f in profile.organisation?.focus ?? [] { t[f] = 0.9 }
        case "verwijsroutes":
            t["migrantenorganisatie"] = 0.25 + 0.2 * e
        case "tolken":
            t["professioneel"] = 0.35 + 0.3 * profile.wijkDiversity
        default: break
        }
        return t
    }

    /// `achterban`: the organisation's own groups, now and then another local one.
    private func origins(own: Double, local: Double) -> SampleChoiceWeights.Table {
        var t: SampleChoiceWeights.Table = [:]
        for g in profile.place.groups { t[g] = local }
        for g in profile.groups { t[g] = own }
        return t
    }
}
