/// ISO 8601 weeks (Monday first; week 1 holds the year's first Thursday) by
/// integer arithmetic on day numbers (`Timestamp`'s civil calendar): no Calendar per interview, and no time
/// zone, since an interview date is a calendar date.
public struct ISOWeek: Sendable, Hashable, Comparable {
    public var year: Int
    public var week: Int

    public init(year: Int, week: Int) { self.year = year; self.week = week }

    /// "2026-W09".
    public var code: String { "\(year)-W\(week < 10 ? "0" : "")\(week)" }

    public static func < (a: ISOWeek, b: ISOWeek) -> Bool { (a.year, a.week) < (b.year, b.week) }

    /// The week of a day counted from 1970-01-01 (day 0, a Thursday).
    public init(day: Int) {
        // Weekday 1 (Monday) … 7 (Sunday); the Thursday of the same week decides the year.
        let weekday = ((day + 3) % 7 + 7) % 7 + 1
        let thursday = day + 4 - weekday
        let y = Timestamp.civil(fromDays: thursday).year
        let ordinal = thursday - Timestamp.daysFromCivil(year: y, month: 1, day: 1)   // 0-based day of the year
        self.init(year: y, week: ordinal / 7 + 1)
    }

    /// The week of a date "YYYY-MM-DD"; nil when it is not one.
    public init?(date: String) {
        guard let day = Self.day(date) else { return nil }
        self.init(day: day)
    }

    /// Days since 1970-01-01 of "YYYY-MM-DD" (exactly ten ASCII bytes, a real date); nil otherwise.
    public static func day(_ date: String) -> Int? {
        guard date.utf8.count == 10 else { return nil }
        var y = 0, m = 0, d = 0
        for (i, c) in date.utf8.enumerated() {
            if i == 4 || i == 7 {
                guard c == 0x2D else { return nil }
                continue
            }
            guard c >= 0x30 && c <= 0x39 else { return nil }
            let v = Int(c - 0x30)
            if i < 4 { y = y * 10 + v } else if i < 7 { m = m * 10 + v } else { d = d * 10 + v }
        }
        guard m >= 1, m <= 12, d >= 1, d <= Timestamp.daysIn(month: m, year: y) else { return nil }
        return Timestamp.daysFromCivil(year: y, month: m, day: d)
    }
}
