import Testing
@testable import WijkModel

@Suite struct ISOWeekTests {
    @Test(arguments: [
        ("2026-03-01", "2026-W09"), ("2026-01-01", "2026-W01"), ("2021-01-03", "2020-W53"),
        ("2024-12-30", "2025-W01"), ("2027-01-01", "2026-W53"), ("2026-12-28", "2026-W53"),
        ("1970-01-01", "1970-W01"), ("2000-02-29", "2000-W09"), ("1969-12-28", "1969-W52"),
    ])
    func weeksOfDates(date: String, week: String) {
        #expect(ISOWeek(date: date)?.code == week)
    }

    @Test func dayNumbers() {
        #expect(ISOWeek.day("1970-01-01") == 0)
        #expect(ISOWeek.day("2000-03-01") == 11_017)
        #expect(ISOWeek.day("1969-12-31") == -1)
    }

    @Test(arguments: ["", "2026-3-01", "2026-02-30", "2026-13-01", "2026/03/01", "2026-03-01T10", "２０２６-03-01"])
    func notADate(text: String) {
        #expect(ISOWeek.day(text) == nil)
        #expect(ISOWeek(date: text) == nil)
    }

    @Test func order() {
        #expect(ISOWeek(year: 2025, week: 52) < ISOWeek(year: 2026, week: 1))
        #expect(ISOWeek(year: 2026, week: 2) < ISOWeek(year: 2026, week: 10))
    }
}
