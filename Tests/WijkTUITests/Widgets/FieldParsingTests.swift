import Testing
import WijkModel
@testable import WijkTUI

@Suite("Widgets: number and date parsing")
struct FieldParsingTests {
    @Test(arguments: [("2,5", 2.5), ("2.5", 2.5), (" -3 ", -3.0), ("0", 0.0), ("+7", 7.0)])
    func numbers(text: String, value: Double) {
        #expect(FieldParsing.number(text) == value)
    }

    @Test(arguments: ["", "2,5,1", "1.000,5", "abc", "1e3", "--1"])
    func notNumbers(text: String) {
        #expect(FieldParsing.number(text) == nil)
    }

    @Test func formatting() {
        #expect(FieldParsing.format(2.5, lang: .nl) == "2,5")
        #expect(FieldParsing.format(2.5, lang: .en) == "2.5")
        #expect(FieldParsing.format(600, lang: .nl) == "600")
    }

    @Test(arguments: [("2026-11-30", "2026-11-30"), ("30-11-2026", "2026-11-30"), ("30-11-26", "2026-11-30"),
                      ("1-2-2026", "2026-02-01"), ("30.11.2026", "2026-11-30"), ("2026/1/5", "2026-01-05")])
    func dates(text: String, iso: String) {
        #expect(FieldParsing.date(text) == iso)
    }

    @Test(arguments: ["", "30-11", "30-11-202", "2026-111-1", "a-b-c", "30--2026"])
    func notDates(text: String) {
        #expect(FieldParsing.date(text) == nil)
    }
}
