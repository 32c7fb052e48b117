import Testing
@testable import WijkModel

@Test func localizedTextFallsBackToDutch() {
    let t = LocalizedText(["nl": "Ja"])
    #expect(t.resolve("en") == "Ja")
}
