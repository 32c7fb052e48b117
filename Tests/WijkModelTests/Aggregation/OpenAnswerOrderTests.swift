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
        let pool = OpenAnswerPool(inMemory: true)
        let origins = (0..<60).map { i in
            pool.addOrigin(variant: "wijkteam", organisation: ["Team A", "Team B", "Ümit"][Int(rng.next() % 3)],
                           gemeente: gemeenten[Int(rng.next() % 4)], responseID: ["R\(i % 25)", "é\(i % 3)", "e\u{301}\(i % 3)"][i % 3],
                           file: i)
        }
        var entries: [OpenAnswerEntry] = []
        for origin in origins {
            for other in [false, true] where rng.next() % 3 != 0 {
                entries.append(OpenAnswerEntry(text: pool.store.append("tekst \(rng.next() % 5)"), origin: origin, isOther: other))
            }
        }
        entries.shuffle(using: &rng)
        let answers = entries.map { OpenAnswer(pool: pool, entry: $0, questionID: "q") }
        OpenAnswerOrder(pool).sort(&entries)
        let sorted = OpenAnswers(pool: pool, questionID: "q", entries: entries)
        let expected = answers.sorted(by: OpenAnswer.stableOrder)
        #expect(sorted.map(\.text) == expected.map(\.text))
        #expect(sorted.map(\.responseID) == expected.map(\.responseID))
        #expect(sorted.map(\.isOther) == expected.map(\.isOther))
    }
}
