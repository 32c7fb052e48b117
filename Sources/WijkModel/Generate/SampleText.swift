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
