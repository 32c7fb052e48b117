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

    /// The word-wise time-of-day check agrees with the full reader: every
    /// time of day, every byte of the time replaced by every value, and
    /// random damage to several bytes at once (where carries could meet).
    @Test func timeOfDayCheckAgreesWithTheReader() {
        func agree(_ bytes: [UInt8]) -> Bool {
            bytes.withUnsafeBufferPointer { Timestamp.isWrittenTime($0) == Timestamp.isWrittenForm($0) }
        }
        var checked = 0, accepted = 0
        for hour in 0..<25 {
            for minute in stride(from: 0, to: 61, by: 1) {
                for second in [0, 9, 10, 59, 60] {
                    let text = String(format: "2026-04-16T%02d:%02d:%02d.907Z", hour, minute, second)
                    #expect(agree(Array(text.utf8)), "\(text)")
                    if text.utf8.withContiguousStorageIfAvailable(Timestamp.isWrittenTime) == true { accepted += 1 }
                    checked += 1
                }
            }
        }
        #expect(accepted == 24 * 60 * 4)   // hours below 24, minutes and seconds (four of five) below 60
        let base = Array("2026-04-16T23:59:59.999Z".utf8)
        for k in 10..<24 {
            for v in 0...255 {
                var b = base
                b[k] = UInt8(v)
                #expect(agree(b), "byte \(k) = \(v)")
                checked += 1
            }
        }
        var state: UInt64 = 7
        for _ in 0..<20_000 {
            var b = base
            for _ in 0..<3 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let k = 10 + Int(state >> 33) % 14
                // Mostly near the digits, where a wrong answer would hide.
                let values: [UInt8] = [0x2F, 0x30, 0x39, 0x3A, 0x7F, 0x80, 0x89, 0x8A, 0xC6, 0xFF, 0x00]
                b[k] = state >> 60 < 8 ? values[Int(state >> 40) % values.count] : UInt8(truncatingIfNeeded: state >> 48)
            }
            #expect(agree(b), "\(b)")
            checked += 1
        }
        #expect(checked > 25_000)
    }
}
