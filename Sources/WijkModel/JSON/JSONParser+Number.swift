extension JSONByteParser {
    /// Powers of ten that are exact in a Double (for the fast path).
    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    @inline(__always)
    private func isDigit(_ i: Int) -> Bool {
        i < end && bytes[i] >= JSONByte.zero && bytes[i] <= JSONByte.nine
    }

    /// Parses an RFC 8259 number at `pos` (a `-` or a digit).
    ///
    /// Rejects leading zeros, `+1`, `.5`, `1.`, `1e` and values that overflow a
    /// Double. Up to 15 significant digits with a small exponent are converted
    /// exactly without strtod (Clinger's fast path); the rest go through
    /// `Double(String)`, which rounds correctly.
    mutating func parseNumber() throws(JSONParseError) -> Double {
        let first = pos
        let negative = bytes[pos] == JSONByte.minus
        if negative { pos += 1 }
        guard pos < end else { throw fail(pos, .unexpectedEnd) }
        var mantissa: UInt64 = 0
        var digits = 0          // digits accumulated into mantissa (may include leading zeros)
        if bytes[pos] == JSONByte.zero {
            pos += 1
            if isDigit(pos) { throw fail(first, .invalidNumber) }
        } else if isDigit(pos) {
            while isDigit(pos) {
                if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(bytes[pos] - JSONByte.zero) }
                digits += 1
                pos += 1
            }
        } else {
            throw fail(first, .invalidNumber)
        }
        var fractionDigits = 0
        if pos < end && bytes[pos] == JSONByte.dot {
            pos += 1
            guard pos < end else { throw fail(pos, .unexpectedEnd) }
            guard isDigit(pos) else { throw fail(first, .invalidNumber) }
            while isDigit(pos) {
                if digits < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(bytes[pos] - JSONByte.zero)
                    fractionDigits += 1
                }
                digits += 1
                pos += 1
            }
        }
        var exponent = 0
        if pos < end && (bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E")) {
            pos += 1
            var negativeExponent = false
            if pos < end && (bytes[pos] == JSONByte.plus || bytes[pos] == JSONByte.minus) {
                negativeExponent = bytes[pos] == JSONByte.minus
                pos += 1
            }
            guard pos < end else { throw fail(pos, .unexpectedEnd) }
            guard isDigit(pos) else { throw fail(first, .invalidNumber) }
            while isDigit(pos) {
                if exponent < 100_000 { exponent = exponent * 10 + Int(bytes[pos] - JSONByte.zero) }
                pos += 1
            }
            if negativeExponent { exponent = -exponent }
        }
        let scale = exponent - fractionDigits
        if digits <= 15 && scale >= -22 && scale <= 22 {
            let m = Double(mantissa)
            let value = scale < 0 ? m / Self.exactPowersOfTen[-scale] : m * Self.exactPowersOfTen[scale]
            return negative ? -value : value
        }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[first..<pos]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw fail(first, .invalidNumber) }
        return value
    }
}
