/// ISO 8601 weeks (Monday first; week 1 holds the year's first Thursday) by
/// integer arithmetic on day numbers: no Calendar per interview, and no time
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
        let (y, _, _) = Self.civil(thursday)
        let ordinal = thursday - Self.days(y, 1, 1)   // 0-based day of the year
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
        guard m >= 1, m <= 12, d >= 1, d <= daysIn(y, m) else { return nil }
        return days(y, m, d)
    }

    static func daysIn(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil).
    static func days(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y - 1 : y
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date of a day number (civil_from_days).
    static func civil(_ z: Int) -> (Int, Int, Int) {
        let z = z + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp + (mp < 10 ? 3 : -9)
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
