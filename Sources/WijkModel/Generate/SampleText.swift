import Foundation

/// Composes plausible Dutch open answers from `PhraseBank`: one short line,
/// a few sentences, or (sometimes) several paragraphs with a quote.
enum SampleText {
    /// A sentence such as "Mijn ervaring is dat nieuwkomers … Daarom …".
    static func sentence(_ rng: inout SplitMix64) -> String {
        var s = rng.pick(PhraseBank.openers) + " " + rng.pick(PhraseBank.subjects) + " "
            + rng.pick(PhraseBank.predicates) + "."
        if rng.chance(0.6) {
            s += " " + rng.pick(PhraseBank.connectors) + " " + rng.pick(PhraseBank.followUps)
        }
        return s
    }

    /// An answer to a long-text question: 15 % one short line, 65 % one
    /// paragraph of 1–4 sentences, 20 % two or three paragraphs.
    static func longAnswer(_ rng: inout SplitMix64) -> String {
        let roll = rng.int(in: 0...99)
        if roll < 15 { return rng.pick(PhraseBank.shortTexts) }
        let paragraphs = roll < 80 ? 1 : rng.int(in: 2...3)
        var out: [String] = []
        for p in 0..<paragraphs {
            var sentences: [String] = []
            for _ in 0..<rng.int(in: 1...4) { sentences.append(sentence(&rng)) }
            if p > 0 && rng.chance(0.4) { sentences.append(rng.pick(PhraseBank.quotes)) }
            out.append(sentences.joined(separator: " "))
        }
        return out.joined(separator: "\n\n")
    }

    /// A short free text (text questions, "anders, namelijk").
    static func shortAnswer(_ rng: inout SplitMix64) -> String {
        rng.pick(PhraseBank.otherTexts)
    }
}

extension SampleText {
    /// An answer to one of the bundled long-text questions, from its own
    /// sentences: 1–3 of them, sometimes a second paragraph or a short reply;
    /// nil for a question without its own sentences.
    static func longAnswer(for id: String, profile: SampleProfile, _ rng: inout SplitMix64) -> String? {
        guard let bank = SampleOpenTexts.sentences(for: id, organisation: profile.isOrganisation) else { return nil }
        if id != "notities_interviewer" && rng.chance(0.08) { return rng.pick(PhraseBank.shortTexts) }
        let count = id == "notities_interviewer" || id == "aanbeveling" ? rng.int(in: 1...2) : rng.int(in: 1...3)
        var text = rng.sample(bank, count: count).map { fill($0, profile, &rng) }.joined(separator: " ")
        if id.hasPrefix("beeld") && rng.chance(0.2) {
            text += "\n\n" + fill(rng.pick(bank), profile, &rng)
            if rng.chance(0.5) { text += " " + rng.pick(PhraseBank.quotes) }
        }
        return text
    }

    /// An "anders, namelijk" text that fits the question's choice list.
    static func otherAnswer(list: String?, profile: SampleProfile, _ rng: inout SplitMix64) -> String {
        rng.pick(SampleOpenTexts.other(list: list ?? "", organisation: profile.isOrganisation))
    }

    private static func fill(_ s: String, _ profile: SampleProfile, _ rng: inout SplitMix64) -> String {
        guard s.contains("{") else { return s }
        var out = s.replacingOccurrences(of: "{wijk}", with: profile.wijk.isEmpty ? "de wijk" : profile.wijk)
        out = out.replacingOccurrences(of: "{gemeente}", with: profile.place.gemeente)
        if out.contains("{groep}") { out = out.replacingOccurrences(of: "{groep}", with: profile.groupAdjective(&rng)) }
        if out.contains("{naam}") { out = out.replacingOccurrences(of: "{naam}", with: rng.pick(SampleOpenTexts.names)) }
        return out
    }
}
