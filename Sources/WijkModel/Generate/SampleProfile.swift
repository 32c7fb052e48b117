/// What makes one synthetic interview's answers hang together: where it took
/// place, who answered and one latent score, `engagement` — how well this
/// respondent's team or organisation works with the other side. It moves
/// contact, frequency, arrangements, ratings and counts in the same
/// direction, so related answers correlate as they do in fieldwork, and its
/// mean follows the gemeente, so gemeenten differ.
struct SampleProfile {
    let place: SamplePlace
    let wijk: String
    /// Share of residents with a migration background in the wijk (0…1).
    let wijkDiversity: Double
    let isOrganisation: Bool
    /// The organisation (migrantenorganisatie interviews only).
    let organisation: SampleOrganisation?
    /// The origin groups this respondent talks about (codes of `herkomst`).
    let groups: [String]
    /// Standardised: mean = the gemeente's collaboration, sd ≈ 0.8.
    let engagement: Double

    init(variant: String, rng: inout SplitMix64) {
        let place = SamplePlace.all[rng.weightedIndex(SamplePlace.all.map(\.weight))]
        self.place = place
        let index = rng.chance(0.1) ? nil : rng.weightedIndex(place.wijken.indices.map { 1.0 / Double($0 + 2) })
        wijk = index.map { place.wijken[$0] } ?? ""
        let spread = 0.2 - 0.08 * Double(index ?? 2) + 0.05 * rng.normal()
        wijkDiversity = Swift.min(0.9, Swift.max(0.05, place.diversity + spread))
        isOrganisation = variant == "migrantenorganisatie"
        if variant == "migrantenorganisatie" {
            let local = SampleOrganisation.all.filter { !Set($0.origins).isDisjoint(with: place.groups) }
            let org = rng.chance(0.85) && !local.isEmpty ? rng.pick(local) : rng.pick(SampleOrganisation.all)
            organisation = org
            groups = org.origins
        } else {
            organisation = nil
            groups = place.groups
        }
        // Organisations see the collaboration less rosily than the teams do.
        engagement = place.collaboration - (variant == "migrantenorganisatie" ? 0.2 : 0) + 0.8 * rng.normal()
    }

    /// An adjective for one of the respondent's groups ("Turkse"), for open texts.
    func groupAdjective(_ rng: inout SplitMix64) -> String {
        switch groups.isEmpty ? "turks" : rng.pick(groups) {
        case "turks": return "Turkse"
        case "marokkaans": return "Marokkaanse"
        case "surinaams": return "Surinaamse"
        case "antilliaans": return "Antilliaanse"
        case "syrisch": return "Syrische"
        case "eritrees": return "Eritrese"
        case "somalisch": return "Somalische"
        case "afghaans_iraaks": return "Afghaanse"
        case "midden_oost_europees": return rng.pick(["Poolse", "Bulgaarse", "Roemeense"])
        case "overig_afrikaans": return rng.pick(["Ghanese", "Kaapverdische", "Nigeriaanse"])
        case "overig_aziatisch": return rng.pick(["Chinese", "Pakistaanse"])
        default: return "nieuwe"
        }
    }
}
