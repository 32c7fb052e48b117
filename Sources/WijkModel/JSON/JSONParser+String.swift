/// Strings: the plain-run skip, escapes and UTF-8 validation, shared by the
/// full parser and the summary's fast path.
extension JSONByteParser {
    /// Parses a string body; `pos` is just after the opening quote.
    mutating func parseString() throws(JSONParseError) -> String {
        let first = pos
        while pos < end {
            skipPlainRun()
            guard pos < end else { break }
            let b = bytes[pos]
            if b == JSONByte.quote {
                let s = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[first..<pos]), as: UTF8.self)
                pos += 1
                return s
            }
            if b == JSONByte.backslash { return try parseEscapedString(from: first) }
            if b < 0x20 { throw fail(pos, .controlCharacterInString) }
            if b < 0x80 { pos += 1 } else { try validateUTF8Sequence() }
        }
        throw fail(pos, .unexpectedEnd)
    }

    /// Moves `pos` over printable ASCII without `"` or `\` — most of a
    /// string — eight bytes at a time, up to the first byte the byte loop
    /// must look at. The bit tricks may flag bytes after a real match (a
    /// borrow runs upwards), never before one, so the lowest flag is exact.
    ///
    /// Sixteen bytes at a time first, as two words in one vector register
    /// (`SIMD2<UInt64>` compiles to SSE2; byte-lane compares do not, here).
    @inline(__always)
    mutating func skipPlainRun() {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        while pos + 16 <= end {
            let raw = bytes.loadUnaligned(fromByteOffset: pos, as: SIMD2<UInt64>.self)
            let w = SIMD2(UInt64(littleEndian: raw[0]), UInt64(littleEndian: raw[1]))
            let quote = w ^ SIMD2(repeating: ones &* 0x22), backslash = w ^ SIMD2(repeating: ones &* 0x5C)
            let special = (w &- SIMD2(repeating: ones &* 0x20))
                | (quote &- SIMD2(repeating: ones)) & ~quote
                | (backslash &- SIMD2(repeating: ones)) & ~backslash
            let flags = (special & ~w | w) & SIMD2(repeating: highs)
            if flags[0] | flags[1] != 0 {
                // Each word's lowest flag is exact.
                pos += flags[0] != 0 ? flags[0].trailingZeroBitCount >> 3 : 8 + flags[1].trailingZeroBitCount >> 3
                return
            }
            pos += 16
        }
        while pos + 8 <= end {
            let w = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: pos, as: UInt64.self))
            let quote = w ^ (ones &* 0x22), backslash = w ^ (ones &* 0x5C)
            let special = (w &- ones &* 0x20)          // bytes below 0x20
                | (quote &- ones) & ~quote               // a `"`
                | (backslash &- ones) & ~backslash       // a `\`
            let flags = (special & ~w | w) & highs      // or non-ASCII
            if flags != 0 {
                pos += flags.trailingZeroBitCount >> 3
                return
            }
            pos += 8
        }
    }

    /// Slow path for strings with escapes; `pos` is at the first backslash.
    mutating func parseEscapedString(from first: Int) throws(JSONParseError) -> String {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[first..<pos]))
        while pos < end {
            let b = bytes[pos]
            if b == JSONByte.quote {
                pos += 1
                return String(decoding: scratch, as: UTF8.self)
            } else if b == JSONByte.backslash {
                try parseEscape()
            } else if b < 0x20 {
                throw fail(pos, .controlCharacterInString)
            } else if b < 0x80 {
                scratch.append(b)
                pos += 1
            } else {
                let s = pos
                try validateUTF8Sequence()
                scratch.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[s..<pos]))
            }
        }
        throw fail(pos, .unexpectedEnd)
    }

    /// Decodes one escape at `pos` (the backslash) into `scratch`.
    mutating func parseEscape() throws(JSONParseError) {
        let escape = pos
        pos += 1
        guard pos < end else { throw fail(pos, .unexpectedEnd) }
        let e = bytes[pos]
        pos += 1
        switch e {
        case JSONByte.quote, JSONByte.backslash, JSONByte.slash: scratch.append(e)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            var code = try readHex4(escape: escape)
            if code >= 0xDC00 && code <= 0xDFFF { throw fail(escape, .loneSurrogate) }
            if code >= 0xD800 && code <= 0xDBFF {
                // Input that simply ends here is truncated, not a lone surrogate.
                if pos == end || (pos + 1 == end && bytes[pos] == JSONByte.backslash) {
                    throw fail(end, .unexpectedEnd)
                }
                guard pos + 1 < end, bytes[pos] == JSONByte.backslash, bytes[pos + 1] == UInt8(ascii: "u") else {
                    throw fail(escape, .loneSurrogate)
                }
                pos += 2
                let low = try readHex4(escape: pos - 2)
                guard low >= 0xDC00 && low <= 0xDFFF else { throw fail(escape, .loneSurrogate) }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            }
            // Surrogates were excluded above, so this scalar always exists.
            let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
            for unit in UTF8.encode(scalar)! { scratch.append(unit) }
        default:
            throw fail(escape, .invalidEscape)
        }
    }

    mutating func readHex4(escape: Int) throws(JSONParseError) -> UInt32 {
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard pos < end else { throw fail(pos, .unexpectedEnd) }
            let h = bytes[pos]
            let digit: UInt8
            switch h {
            case JSONByte.zero...JSONByte.nine: digit = h - JSONByte.zero
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = h - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = h - UInt8(ascii: "A") + 10
            default: throw fail(escape, .invalidUnicodeEscape)
            }
            code = code << 4 | UInt32(digit)
            pos += 1
        }
        return code
    }

    /// Checks one multi-byte UTF-8 sequence at `pos` and moves past it.
    /// Rejects overlong forms, surrogates and code points above U+10FFFF.
    mutating func validateUTF8Sequence() throws(JSONParseError) {
        let lead = bytes[pos]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF   // allowed range of the second byte
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: throw fail(pos, .invalidUTF8)
        }
        guard pos + length <= end else { throw fail(pos, .invalidUTF8) }
        let second = bytes[pos + 1]
        guard second >= low && second <= high else { throw fail(pos, .invalidUTF8) }
        var i = 2
        while i < length {
            guard bytes[pos + i] & 0xC0 == 0x80 else { throw fail(pos, .invalidUTF8) }
            i += 1
        }
        pos += length
    }
}
