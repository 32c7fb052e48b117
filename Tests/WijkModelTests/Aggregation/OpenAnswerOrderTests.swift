import Foundation
import Testing
@testable import WijkModel

@Suite("Open answer order")
struct OpenAnswerOrderTests {
    /// Ranking interviews once gives exactly `OpenAnswer.stableOrder`,
    /// including interviews with equal keys and both texts of one interview.
    @Test func sameOrderAsComparingAnswers() {
        var rng = SplitMix64(seed: 4)
        let gemeenten = ["Utrecht", "Zwolle", "’s-Hertogenbosch", "Den Haag"]
        let origins = (0..<60).map { i in
            OpenAnswerOrigin(variant: "wijkteam", organisation: ["Team A", "Team B", "Ümit"][Int(rng.next() % 3)],
                             gemeente: gemeenten[Int(rng.next() % 4)], responseID: "R\(i % 25)")
        }
        var answers: [OpenAnswer] = []
        for (n, origin) in origins.enumerated() {
            for other in [false, true] where rng.next() % 3 != 0 {
                answers.append(OpenAnswer(storage: .text("tekst \(rng.next() % 5)"), origin: origin,
                                          questionID: "q", isOther: other, file: n))
            }
        }
        answers.shuffle(using: &rng)
        var tally = VariantTally(questionCount: 1, crossTabCount: 0)
        tally.tallies[0].open = answers
        let sorted = OpenAnswerOrder([[tally]]).sorted(answers)
        let expected = answers.sorted(by: OpenAnswer.stableOrder)
        #expect(sorted.map(\.text) == expected.map(\.text))
        #expect(sorted.map(\.responseID) == expected.map(\.responseID))
        #expect(sorted.map(\.isOther) == expected.map(\.isOther))
    }
}
