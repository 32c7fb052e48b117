import Testing
import WijkModel

@Suite("Search folding")
struct SearchFoldTests {
    @Test func caseAndAccentsDoNotCount() {
        #expect(SearchFold.contains("Eénoudergezinnen", "eenouder"))
        #expect(SearchFold.contains("Türk Kadınlar Derneği", "turk"))
        #expect(SearchFold.contains("CAFÉ", "cafe"))
        #expect(!SearchFold.contains("Wijkteam Noord", "zuid"))
        #expect(SearchFold.fold("Ünal") == SearchFold.fold("unal"))
    }

    @Test func arabicIsMatchedAsWritten() {
        #expect(SearchFold.contains("جمعية النساء المغربيات", "النساء"))
        #expect(!SearchFold.contains("جمعية", "النساء"))
    }
}
