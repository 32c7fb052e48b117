import Foundation
import Testing
@testable import WijkModel

@Suite struct TimestampTests {
    @Test func formatsUTCWithMilliseconds() {
        #expect(Timestamp.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(Timestamp.format(Date(timeIntervalSince1970: 1_796_058_691.123)) == "2026-11-30T17:11:31.123Z")
        #expect(Timestamp.format(Date(timeIntervalSince1970: 1_709_251_199.999)) == "2024-02-29T23:59:59.999Z")
        #expect(Timestamp.format(Date(timeIntervalSince1970: -2_203_891_200)) == "1900-03-01T00:00:00.000Z")
        #expect(Timestamp.format(Date(timeIntervalSince1970: -0.001)) == "1969-12-31T23:59:59.999Z")
        #expect(Timestamp.format(Date(timeIntervalSince1970: 951_825_600)) == "2000-02-29T12:00:00.000Z")
    }

    @Test func parsesVariants() {
        let base = Date(timeIntervalSince1970: 1_796_058_691)
        #expect(Timestamp.parse("2026-11-30T17:11:31Z") == base)
        #expect(Timestamp.parse("2026-11-30T17:11:31.000Z") == base)
        #expect(Timestamp.parse("2026-11-30T17:11:31.123Z") == Date(timeIntervalSince1970: 1_796_058_691.123))
        #expect(Timestamp.parse("2026-11-30T17:11:31.5Z") == Date(timeIntervalSince1970: 1_796_058_691.5))
        #expect(Timestamp.parse("2026-11-30T18:11:31+01:00") == base)
        #expect(Timestamp.parse("2026-11-30T12:41:31-04:30") == base)
        #expect(Timestamp.parse("2026-12-01T01:11:31.000+08:00") == base)
        #expect(Timestamp.parse("2026-11-30t17:11:31z") == base)
        let micro = Timestamp.parse("2026-11-30T17:11:31.123456Z")!
        #expect(abs(micro.timeIntervalSince1970 - 1_796_058_691.123456) < 1e-6)
    }

    @Test func leapDays() {
        #expect(Timestamp.parse("2024-02-29T00:00:00Z") != nil)
        #expect(Timestamp.parse("2000-02-29T00:00:00Z") != nil)
        #expect(Timestamp.parse("2023-02-29T00:00:00Z") == nil)
        #expect(Timestamp.parse("1900-02-29T00:00:00Z") == nil)
        #expect(Timestamp.parse("2100-02-29T00:00:00Z") == nil)
        #expect(Timestamp.parse("2024-02-29T23:59:59.999Z") == Date(timeIntervalSince1970: 1_709_251_199.999))
        #expect(Timestamp.parse("2024-03-01T00:00:00Z") == Date(timeIntervalSince1970: 1_709_251_200))
    }

    @Test func rejectsGarbage() {
        let bad = [
            "", "2026-11-30", "2026-11-30T17:11:31", "2026-13-01T00:00:00Z", "2026-00-01T00:00:00Z",
            "2026-11-31T00:00:00Z", "2026-11-30T24:00:00Z", "2026-11-30T17:60:00Z", "2026-11-30T17:11:60Z",
            "2026-11-30T17:11:31.Z", "2026-11-30T17:11:31Zx", " 2026-11-30T17:11:31Z", "2026-11-30 17:11:31Z",
            "2026-11-30T17:11:31+0100", "2026-11-30T17:11:31+25:00", "26-11-30T17:11:31Z", "２026-11-30T17:11:31Z",
            "2026-11-30T17:11:3aZ", "gisteren",
            // The written form (24 bytes) has its own quick reader: the same checks.
            "2023-02-29T00:00:00.000Z", "2026-11-30T24:00:00.000Z", "2026-13-01T00:00:00.000Z",
            "2026-11-30T17:11:3a.000Z", "2026-11-30T17:11:31.00aZ", "2026-11-30T17:11:31.000z0",
            "-026-11-30T17:11:31.000Z", "2026-11-30T17:11:31,000Z",
        ]
        for s in bad { #expect(Timestamp.parse(s) == nil, "\(s)") }
    }

    @Test func roundTripsMillisecondTimes() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<5000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Milliseconds between 1900 and 2100.
            let ms = Int64(state >> 20 % 6_311_433_600_000) - 2_208_988_800_000
            let date = Date(timeIntervalSince1970: Double(ms) / 1000)
            let text = Timestamp.format(date)
            #expect(Timestamp.parse(text) == date, "\(text)")
            // The general reader (an offset instead of Z) agrees with the quick one.
            #expect(Timestamp.parse(text.replacingOccurrences(of: "Z", with: "+00:00")) == date, "\(text)")
        }
    }

    @Test func civilDaysRoundTrip() {
        for days in stride(from: -800_000, through: 800_000, by: 37) {
            let (y, m, d) = Timestamp.civil(fromDays: days)
            #expect(Timestamp.daysFromCivil(year: y, month: m, day: d) == days)
            #expect(d >= 1 && d <= Timestamp.daysIn(month: m, year: y))
        }
    }
}
