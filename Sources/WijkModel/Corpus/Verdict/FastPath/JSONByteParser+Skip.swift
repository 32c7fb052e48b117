/// Walking over JSON without building values, for the summary's fast path.
///
/// Every method checks syntax as `parseDocument` does — it reuses that
/// parser's string, escape, UTF-8 and number checks — and throws where it
/// would, so a file the fast path accepts is one the full parser accepts.
extension JSONByteParser {
    /// Deeper nesting than this is left to the full parser.
    static let skipDepth = 64

    /// Skips one value at `pos` (whitespace already skipped).
    mutating func skipValue(depth: Int = 0) throws(JSONParseError) {
        guard pos < end else { throw fail(pos, .unexpectedEnd) }
        switch bytes[pos] {
        case JSONByte.openBrace:
            guard depth < Self.skipDepth else { throw fail(pos, .tooDeep(max: Self.skipDepth)) }
            pos += 1
            skipWhitespace()
            if pos < end && bytes[pos] == JSONByte.closeBrace { pos += 1; return }
            var keys: [(start: Int, count: Int)] = []
            repeat {
                try note(key: try keyRange(), in: &keys)
                try skipValue(depth: depth + 1)
            } while try !endOfMember(JSONByte.closeBrace)
        case JSONByte.openBracket:
            guard depth < Self.skipDepth else { throw fail(pos, .tooDeep(max: Self.skipDepth)) }
            pos += 1
            skipWhitespace()
            if pos < end && bytes[pos] == JSONByte.closeBracket { pos += 1; return }
            repeat {
                try skipValue(depth: depth + 1)
            } while try !endOfMember(JSONByte.closeBracket)
        case JSONByte.quote:
            pos += 1
            _ = try skipString()
        case UInt8(ascii: "t"): try expectLiteral("true")
        case UInt8(ascii: "f"): try expectLiteral("false")
        case UInt8(ascii: "n"): try expectLiteral("null")
        case JSONByte.minus, JSONByte.zero...JSONByte.nine: _ = try parseNumber()
        default: throw unexpected(at: pos)
        }
    }

    /// After a member or element: true at the closing `close` (consumed), false
    /// after a comma (consumed, whitespace skipped).
    mutating func endOfMember(_ close: UInt8) throws(JSONParseError) -> Bool {
        skipWhitespace()
        guard pos < end else { throw fail(pos, .unexpectedEnd) }
        let b = bytes[pos]
        pos += 1
        if b == JSONByte.comma { skipWhitespace(); return false }
        if b == close { return true }
        pos -= 1
        throw fail(pos, close == JSONByte.closeBrace ? .expectedCommaOrBrace : .expectedCommaOrBracket)
    }

    /// Skips a string body (`pos` just after the opening quote); true when it
    /// had escapes, so its raw bytes are not its text.
    mutating func skipString() throws(JSONParseError) -> Bool {
        var escaped = false
        while pos < end {
            skipPlainRun()
            guard pos < end else { break }
            let b = bytes[pos]
            if b == JSONByte.quote { pos += 1; return escaped }
            if b == JSONByte.backslash {
                escaped = true
                try parseEscape()
                scratch.removeAll(keepingCapacity: true)
            } else if b < 0x20 {
                throw fail(pos, .controlCharacterInString)
            } else if b < 0x80 {
                pos += 1
            } else {
                try validateUTF8Sequence()
            }
        }
        throw fail(pos, .unexpectedEnd)
    }

    /// The raw bytes of a key at `pos` (between the quotes), `:` and the
    /// whitespace after it consumed. `escaped` keys' bytes are not their text.
    mutating func keyRange() throws(JSONParseError) -> (start: Int, count: Int, escaped: Bool) {
        guard pos < end else { throw fail(pos, .unexpectedEnd) }
        guard bytes[pos] == JSONByte.quote else { throw fail(pos, .expectedKey) }
        pos += 1
        let start = pos
        let escaped = try skipString()
        let count = pos - 1 - start
        skipWhitespace()
        guard pos < end else { throw fail(pos, .unexpectedEnd) }
        guard bytes[pos] == JSONByte.colon else { throw fail(pos, .expectedColon) }
        pos += 1
        skipWhitespace()
        return (start, count, escaped)
    }

    /// The bytes from `pos` (just after an opening quote) to the next `"`,
    /// which is consumed; nil when there is none. Nothing in between is
    /// checked, so this is only for strings that count solely when a table
    /// of plain strings (`ByteTable.plain`) holds exactly these bytes: an
    /// escape, a control character or a broken byte then fails the lookup.
    /// Eight bytes at a time, looking for the quote alone.
    mutating func bytesToQuote() -> (start: Int, count: Int)? {
        let start = pos
        let ones: UInt64 = 0x0101_0101_0101_0101
        while pos + 8 <= end {
            let q = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: pos, as: UInt64.self)) ^ (ones &* 0x22)
            let quotes = (q &- ones) & ~q & (ones &* 0x80)   // the lowest flag is exact
            if quotes != 0 {
                let count = pos + quotes.trailingZeroBitCount >> 3 - start
                pos = start + count + 1
                return (start, count)
            }
            pos += 8
        }
        while pos < end {
            if bytes[pos] == JSONByte.quote {
                pos += 1
                return (start, pos - 1 - start)
            }
            pos += 1
        }
        return nil
    }

    /// Throws `duplicateKey` when `key` repeats one of `keys` (the full
    /// parser refuses such a file, so the fast path must not accept it), and
    /// for an escaped key, which could spell an earlier one differently.
    /// Used where keys are walked over rather than matched one by one.
    func note(key: (start: Int, count: Int, escaped: Bool), in keys: inout [(start: Int, count: Int)])
        throws(JSONParseError) {
        let text = { String(decoding: self.utf8(key.start, key.count), as: UTF8.self) }
        if key.escaped { throw fail(key.start, .duplicateKey(text())) }
        for k in keys where k.count == key.count
            && ByteWords.equal(bytes.baseAddress! + k.start, bytes.baseAddress! + key.start, count: k.count) {
            throw fail(key.start, .duplicateKey(text()))
        }
        keys.append((key.start, key.count))
    }

    /// Whether the `count` bytes at `start` (inside the input) are exactly `word`.
    @inline(__always)
    func bytesEqual(_ start: Int, _ count: Int, _ word: StaticString) -> Bool {
        count == word.utf8CodeUnitCount
            && ByteWords.equal(bytes.baseAddress! + start, UnsafeRawPointer(word.utf8Start), count: count)
    }

    /// The bytes at `start` as a typed buffer (for `Timestamp.parse(utf8:)`).
    func utf8(_ start: Int, _ count: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: bytes.baseAddress!.assumingMemoryBound(to: UInt8.self) + start, count: count)
    }
}
