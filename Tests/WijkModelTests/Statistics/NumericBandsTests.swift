import Testing
@testable import WijkModel

@Suite struct NumericBandsTests {
    @Test func parsesTheDocumentedForms() throws {
        let b = try NumericBands.parse("aantal_medewerkers=0-5,6-20,21-")
        #expect(b.questionID == "aantal_medewerkers")
        #expect(b.codes == ["0-5", "6-20", "21+"])
        #expect(b.code(for: 0) == "0-5")
        #expect(b.code(for: 5) == "0-5")
        #expect(b.code(for: 6) == "6-20")
        #expect(b.code(for: 1_000) == "21+")
        // In a gap (a decimal between two integer bands): counted apart, never dropped.
        #expect(b.code(for: 5.5) == NumericBands.outside)
        let open = try NumericBands.parse(" x = -2.5 , 3 , 4-4.5 ")
        #expect(open.codes == ["≤2.5", "3", "4-4.5"])
        #expect(open.code(for: -7) == "≤2.5")
        #expect(open.code(for: 3) == "3")
        #expect(open.code(for: 10) == NumericBands.outside)
    }

    @Test(arguments: [
        ("x", BandsError.syntax("x")), ("=0-5", .syntax("=0-5")), ("x=", .band("")),
        ("x=0-5,,6-", .band("")), ("x=a-5", .band("a-5")), ("x=5-1", .band("5-1")), ("x=-", .band("-")),
        ("x=0-5,5-9", .overlap("0-5", "5-9")), ("x=6-9,0-5", .overlap("6-9", "0-5")),
        ("x=0-,6-9", .overlap("0+", "6-9")), ("x=0-5,-9", .overlap("0-5", "≤9")), ("x=1e3", .band("1e3")),
    ])
    func rejects(text: String, error: BandsError) {
        #expect(throws: error) { try NumericBands.parse(text) }
        #expect(!error.message(.en).isEmpty && !error.message(.nl).isEmpty)
    }

    @Test func recodesCrossTabCodes() throws {
        let b = try NumericBands.parse("x=0-5,6-")
        #expect(b.recode("3") == "0-5")
        #expect(b.recode("2.5") == "0-5")
        #expect(b.recode("12") == "6+")
        #expect(b.recode(SpecialCode.dontKnow) == SpecialCode.dontKnow)
        #expect(b.recode("-1") == NumericBands.outside)
    }
}
