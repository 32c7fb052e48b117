import Foundation
import Testing
@testable import WijkModel

@Suite("Open text store")
struct OpenTextStoreTests {
    /// Texts come back byte for byte, spilled to disk or not, including
    /// texts longer than a reference's length field (stored after their length).
    @Test(arguments: [false, true]) func textsComeBackExactly(inMemory: Bool) {
        let store = OpenTextStore(inMemory: inMemory)
        var rng = SplitMix64(seed: 7)
        var texts = ["", "kort", "e\u{301}én – ‘quote’ \u{1F600}", String(repeating: "x", count: 0xFFFF),
                     String(repeating: "lang ", count: 40_000)]
        // Enough to pass the 1 MB chunk several times (the file, then the pending bytes).
        for i in 0..<3_000 { texts.append("antwoord \(i) " + String(repeating: "ab", count: Int(rng.next() % 700))) }
        let refs = texts.map(store.append)
        for (text, ref) in zip(texts, refs) {
            #expect(store.read(ref) == text)
            let bytes = store.withBytes(ref) { Array($0) }
            #expect(bytes == Array(text.utf8))
        }
    }

    /// A pool's answers show their interview's row; superseded files' rows are found.
    @Test func poolRowsAndDroppedFiles() {
        let pool = OpenAnswerPool(inMemory: true)
        let a = pool.addOrigin(variant: "wijkteam", organisation: "Team A", gemeente: "Utrecht", responseID: "R1", file: 4)
        let b = pool.addOrigin(variant: "migrantenorganisatie", organisation: "Team A", gemeente: "Zwolle", responseID: "R2", file: 9)
        let answer = OpenAnswer(pool: pool, entry: OpenAnswerEntry(text: pool.store.append("hallo"), origin: b, isOther: true),
                                questionID: "q")
        #expect(answer.text == "hallo" && answer.isOther && answer.questionID == "q")
        #expect(answer.variant == "migrantenorganisatie" && answer.organisation == "Team A")
        #expect(answer.gemeente == "Zwolle" && answer.responseID == "R2")
        #expect(pool.origins(fromFiles: [9]) == [b])
        #expect(pool.origins(fromFiles: [4, 5]) == [a])
        var json: [UInt8] = []
        pool.appendJSONOrigin(Int(a), to: &json, separator: ", ")
        #expect(String(decoding: json, as: UTF8.self) == #", "organisation": "Team A", "gemeente": "Utrecht", "responseId": "R1""#)
    }
}
