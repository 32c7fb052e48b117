import Foundation

/// ISO-8601 / RFC 3339 timestamps in UTC, by hand.
///
/// `DateFormatter` and `ISO8601DateFormatter` cost ~100 µs per parse on Linux
/// (see performance.md); this is a few hundred nanoseconds. Calendar maths
/// uses Howard Hinnant's days-from-civil algorithm (proleptic Gregorian).
public enum Timestamp {
    /// Formats as UTC with milliseconds, e.g. `2026-11-30T17:11:31.123Z`.
    /// The time is rounded to the nearest millisecond.
    public static func format(_ date: Date) -> String {
        let totalMillis = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let (days, dayMillis) = floorDivide(totalMillis, 86_400_000)
        let (y, m, d) = civil(fromDays: Int(days))
        let ms = Int(dayMillis)
        var out: [UInt8] = []
        out.reserveCapacity(24)
        if y < 0 { out.append(UInt8(ascii: "-")) }
        pad(abs(y), 4, &out); out.append(UInt8(ascii: "-"))
        pad(m, 2, &out); out.append(UInt8(ascii: "-"))
        pad(d, 2, &out); out.append(UInt8(ascii: "T"))
        pad(ms / 3_600_000, 2, &out); out.append(UInt8(ascii: ":"))
        pad(ms / 60_000 % 60, 2, &out); out.append(UInt8(ascii: ":"))
        pad(ms / 1000 % 60, 2, &out); out.append(UInt8(ascii: "."))
        pad(ms % 1000, 3, &out); out.append(UInt8(ascii: "Z"))
        return String(decoding: out, as: UTF8.self)
    }

    /// Parses `YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm)`; nil for anything else,
    /// including impossible dates such as 2025-02-29 or hour 24.
    public static func parse(_ s: String) -> Date? {
        var s = s
        return s.withUTF8 { parse(utf8: $0) }
    }

    /// Parses the same format from UTF-8 bytes.
    public static func parse(utf8 b: UnsafeBufferPointer<UInt8>) -> Date? {
        if let fixed = parseWritten(b) { return fixed }
        // A cursor rather than nested functions capturing `i`: those made every
        // digit a dynamically checked access (the summary parses millions of these).
        var c = Cursor(b)
        guard let year = c.number(4), c.expect(UInt8(ascii: "-")),
              let month = c.number(2), c.expect(UInt8(ascii: "-")),
              let day = c.number(2), c.expect(UInt8(ascii: "T")) || c.expect(UInt8(ascii: "t")),
              let hour = c.number(2), c.expect(UInt8(ascii: ":")),
              let minute = c.number(2), c.expect(UInt8(ascii: ":")),
              let second = c.number(2)
        else { return nil }
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year),
              hour < 24, minute < 60, second < 60 else { return nil }
        var nanos = 0   // the fraction in nanoseconds; digits beyond 9 are dropped
        if c.expect(UInt8(ascii: ".")) {
            let first = c.i
            var scale = 100_000_000
            while c.i < b.count, b[c.i] &- 0x30 < 10 {
                nanos += Int(b[c.i] - 0x30) * scale
                scale /= 10
                c.i += 1
            }
            guard c.i > first else { return nil }
        }
        var offsetSeconds = 0
        if c.expect(UInt8(ascii: "Z")) || c.expect(UInt8(ascii: "z")) {
            // UTC
        } else if c.i < b.count, b[c.i] == UInt8(ascii: "+") || b[c.i] == UInt8(ascii: "-") {
            let sign = b[c.i] == UInt8(ascii: "-") ? -1 : 1
            c.i += 1
            guard let oh = c.number(2), c.expect(UInt8(ascii: ":")), let om = c.number(2),
                  oh < 24, om < 60 else { return nil }
            offsetSeconds = sign * (oh * 3600 + om * 60)
        } else {
            return nil
        }
        guard c.i == b.count else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        // Whole milliseconds are divided exactly so format → parse round-trips bit for bit.
        if nanos % 1_000_000 == 0 {
            return Date(timeIntervalSince1970: Double(Int64(seconds) * 1000 + Int64(nanos / 1_000_000)) / 1000)
        }
        return Date(timeIntervalSince1970: Double(seconds) + Double(nanos) / 1e9)
    }

    /// The one form `format` writes, `2026-04-16T11:23:58.000Z`, read without
    /// the general walk; nil for anything else (then the general parse decides).
    private static func parseWritten(_ b: UnsafeBufferPointer<UInt8>) -> Date? {
        guard b.count == 24, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
              b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"), b[19] == UInt8(ascii: "."),
              b[23] == UInt8(ascii: "Z") else { return nil }
        func two(_ k: Int) -> Int? {
            let x = b[k] &- 0x30, y = b[k + 1] &- 0x30
            return x < 10 && y < 10 ? Int(x) * 10 + Int(y) : nil
        }
        guard let century = two(0), let yy = two(2), let month = two(5), let day = two(8),
              let hour = two(11), let minute = two(14), let second = two(17),
              let ms = two(20), b[22] &- 0x30 < 10 else { return nil }
        let year = century * 100 + yy
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year),
              hour < 24, minute < 60, second < 60 else { return nil }
        let seconds = daysFromCivil(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
        let millis = ms * 10 + Int(b[22] - 0x30)
        return Date(timeIntervalSince1970: Double(Int64(seconds) * 1000 + Int64(millis)) / 1000)
    }

    /// Whether `b` is Wijk's written form (`parseWritten`'s) with its first
    /// ten bytes — the day — already known to be a valid date: only the time
    /// of day is checked. The summary's audit trails mostly share one day.
    ///
    /// Two overlapping 8-byte words, `THH:MM:S` and `:SS.mmmZ`, checked with
    /// masks: punctuation compared whole, digits by an add that carries into
    /// a byte's top bit when it is above 9 (a carry into the next byte can
    /// only flag that byte too, never hide a flag), then the tens of the hour,
    /// minute and second.
    static func isWrittenTime(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b.count == 24 else { return false }
        let raw = UnsafeRawPointer(b.baseAddress!)
        let w1 = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 10, as: UInt64.self))   // THH:MM:S
        let w2 = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self))   // :SS.mmmZ
        // Written from byte 7 down to byte 0 (byte k is bits 8k…8k+7).
        let punct1: UInt64 = 0x00FF_0000_FF00_00FF, want1: UInt64 = 0x003A_0000_3A00_0054   // :  :  T
        let punct2: UInt64 = 0xFF00_0000_FF00_00FF, want2: UInt64 = 0x5A00_0000_2E00_003A   // Z  .  :
        let digits1: UInt64 = 0xFF00_FFFF_00FF_FF00, digits2: UInt64 = 0x00FF_FFFF_00FF_FF00
        guard w1 & punct1 == want1, w2 & punct2 == want2 else { return false }
        // The bytes under `mask` as digit values, nil if any is not a digit.
        func digits(_ w: UInt64, _ mask: UInt64) -> UInt64? {
            let d = (w ^ 0x3030_3030_3030_3030) & mask
            return ((d &+ 0x7676_7676_7676_7676) | d) & mask & 0x8080_8080_8080_8080 == 0 ? d : nil
        }
        guard let d1 = digits(w1, digits1), digits(w2, digits2) != nil else { return false }
        let hourTens = (d1 >> 8) & 0xFF, hourUnits = (d1 >> 16) & 0xFF
        let minuteTens = (d1 >> 32) & 0xFF, secondTens = (d1 >> 56) & 0xFF
        return hourTens * 10 + hourUnits < 24 && minuteTens < 6 && secondTens < 6
    }

    /// Whether `b` is exactly in the written form (`format`'s) and valid.
    static func isWrittenForm(_ b: UnsafeBufferPointer<UInt8>) -> Bool { parseWritten(b) != nil }

    private struct Cursor {
        let b: UnsafeBufferPointer<UInt8>
        var i = 0
        init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b }

        mutating func number(_ count: Int) -> Int? {
            guard i + count <= b.count else { return nil }
            var v = 0
            for k in i..<(i + count) {
                let d = b[k] &- 0x30
                guard d < 10 else { return nil }
                v = v * 10 + Int(d)
            }
            i += count
            return v
        }

        mutating func expect(_ byte: UInt8) -> Bool {
            guard i < b.count, b[i] == byte else { return false }
            i += 1
            return true
        }
    }

    // MARK: - Calendar maths

    static func isLeap(_ y: Int) -> Bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }

    static func daysIn(month m: Int, year y: Int) -> Int {
        switch m {
        case 2: return isLeap(y) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date for a number of days since 1970-01-01.
    public static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
        let q = a / b, r = a % b
        return r < 0 ? (q - 1, r + b) : (q, r)
    }

    private static func pad(_ v: Int, _ width: Int, _ out: inout [UInt8]) {
        var divisor = 1
        var n = 1
        while n < width || divisor * 10 <= v { divisor *= 10; n += 1 }
        while divisor > 0 { out.append(UInt8(v / divisor % 10) + 0x30); divisor /= 10 }
    }
}
