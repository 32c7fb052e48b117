import Foundation

/// A strict RFC 8259 parser over raw UTF-8 bytes, producing `JSONValue`.
///
/// Built for the aggregation hot path (100,000 response files): no Foundation
/// parser, no intermediate `Any` tree, strings without escapes are decoded
/// straight from the input slice. Nesting is handled with an explicit stack, so
/// depth is limited only by `maxDepth`, never by the thread's stack size.
///
/// - A UTF-8 byte order mark at the start is accepted and skipped.
/// - Invalid UTF-8 anywhere is an error with its position, never a crash.
/// - Duplicate object keys: the last value wins, kept at the position of the
///   first occurrence (as in JavaScript). Use the `duplicateKeys:` overload to
///   find out which keys were duplicated.
public enum JSONParser {
    /// The default limit on nested arrays/objects.
    public static let defaultMaxDepth = 512

    /// Parses a complete JSON document.
    public static func parse(_ data: Data, maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONValue {
        var ignored: [String] = []
        return try parse(data, maxDepth: maxDepth, duplicateKeys: &ignored)
    }

    /// Parses a complete JSON document and appends every duplicated object key
    /// (once per extra occurrence) to `duplicateKeys`.
    public static func parse(_ data: Data, maxDepth: Int = defaultMaxDepth,
                             duplicateKeys: inout [String]) throws(JSONParseError) -> JSONValue {
        var dups = duplicateKeys
        let result: Result<JSONValue, JSONParseError> = data.withUnsafeBytes { buffer in
            var parser = JSONByteParser(buffer, maxDepth: maxDepth)
            let result = parser.parseResult()
            dups.append(contentsOf: parser.duplicateKeys)
            return result
        }
        duplicateKeys = dups
        return try result.get()
    }

    /// Parses a complete JSON document from raw UTF-8 bytes.
    public static func parse(bytes: UnsafeRawBufferPointer,
                             maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONValue {
        var parser = JSONByteParser(bytes, maxDepth: maxDepth)
        return try parser.parseDocument()
    }

    /// Parses JSON text (convenient for tests and small inputs).
    public static func parse(_ text: String, maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONValue {
        try parse(Data(text.utf8), maxDepth: maxDepth)
    }
}

// ASCII bytes the parser looks at.
enum JSONByte {
    static let quote: UInt8 = 0x22, backslash: UInt8 = 0x5C, slash: UInt8 = 0x2F
    static let comma: UInt8 = 0x2C, colon: UInt8 = 0x3A, minus: UInt8 = 0x2D, plus: UInt8 = 0x2B
    static let dot: UInt8 = 0x2E, zero: UInt8 = 0x30, nine: UInt8 = 0x39
    static let openBracket: UInt8 = 0x5B, closeBracket: UInt8 = 0x5D
    static let openBrace: UInt8 = 0x7B, closeBrace: UInt8 = 0x7D
    static let space: UInt8 = 0x20, tab: UInt8 = 0x09, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
}

/// One open array or object on the explicit stack.
private struct Frame {
    var isObject: Bool
    var array: [JSONValue] = []
    var entries: [(key: String, value: JSONValue)] = []
    var key: String = ""
}

/// The parser state over one input buffer. Internal (not private) so strings and
/// numbers can live in their own files.
struct JSONByteParser {
    let bytes: UnsafeRawBufferPointer
    let end: Int
    let start: Int
    let maxDepth: Int
    var pos: Int
    var duplicateKeys: [String] = []
    /// Reused buffer for strings with escapes.
    var scratch: [UInt8] = []

    init(_ bytes: UnsafeRawBufferPointer, maxDepth: Int) {
        self.bytes = bytes
        self.end = bytes.count
        self.maxDepth = max(1, maxDepth)
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        self.start = hasBOM ? 3 : 0
        self.pos = start
    }

    func fail(_ offset: Int, _ kind: JSONParseError.Kind) -> JSONParseError {
        .at(offset, kind, in: bytes, start: start)
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while pos < end {
            let b = bytes[pos]
            if b == JSONByte.lf && pos + 9 <= end {
                // A new line's indentation: its spaces up to eight at a time.
                let w = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: pos + 1, as: UInt64.self)) ^ 0x2020_2020_2020_2020
                pos += 1 + (w == 0 ? 8 : w.trailingZeroBitCount >> 3)
                continue
            }
            guard b == JSONByte.space || b == JSONByte.lf || b == JSONByte.cr || b == JSONByte.tab else { return }
            pos += 1
        }
    }

    /// `parseDocument` as a `Result`, for closures that cannot throw typed errors.
    mutating func parseResult() -> Result<JSONValue, JSONParseError> {
        do { return .success(try parseDocument()) } catch { return .failure(error) }
    }

    mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        skipWhitespace()
        if pos == end { throw fail(pos, .emptyInput) }
        var stack: [Frame] = []
        var value: JSONValue
        parsing: while true {
            // Parse one value at `pos` (whitespace already skipped).
            guard pos < end else { throw fail(pos, .unexpectedEnd) }
            switch bytes[pos] {
            case JSONByte.openBrace:
                if stack.count >= maxDepth { throw fail(pos, .tooDeep(max: maxDepth)) }
                pos += 1
                skipWhitespace()
                if pos < end && bytes[pos] == JSONByte.closeBrace {
                    pos += 1
                    value = .object(JSONObject())
                } else {
                    let key = try parseKey()
                    stack.append(Frame(isObject: true, key: key))
                    continue parsing
                }
            case JSONByte.openBracket:
                if stack.count >= maxDepth { throw fail(pos, .tooDeep(max: maxDepth)) }
                pos += 1
                skipWhitespace()
                if pos < end && bytes[pos] == JSONByte.closeBracket {
                    pos += 1
                    value = .array([])
                } else {
                    stack.append(Frame(isObject: false))
                    continue parsing
                }
            case JSONByte.quote:
                pos += 1
                value = .string(try parseString())
            case UInt8(ascii: "t"):
                try expectLiteral("true"); value = .bool(true)
            case UInt8(ascii: "f"):
                try expectLiteral("false"); value = .bool(false)
            case UInt8(ascii: "n"):
                try expectLiteral("null"); value = .null
            case JSONByte.minus, JSONByte.zero...JSONByte.nine:
                value = .number(try parseNumber())
            default:
                throw unexpected(at: pos)
            }
            // Attach the finished value to its container; close containers as they end.
            while true {
                guard !stack.isEmpty else {
                    skipWhitespace()
                    if pos != end { throw fail(pos, .trailingCharacters) }
                    return value
                }
                let top = stack.count - 1
                skipWhitespace()
                if stack[top].isObject {
                    stack[top].entries.append((stack[top].key, value))
                    guard pos < end else { throw fail(pos, .unexpectedEnd) }
                    let b = bytes[pos]
                    if b == JSONByte.comma {
                        pos += 1
                        skipWhitespace()
                        stack[top].key = try parseKey()
                        continue parsing
                    }
                    guard b == JSONByte.closeBrace else { throw fail(pos, .expectedCommaOrBrace) }
                    pos += 1
                    let frame = stack.removeLast()
                    value = .object(finishObject(frame.entries))
                } else {
                    stack[top].array.append(value)
                    guard pos < end else { throw fail(pos, .unexpectedEnd) }
                    let b = bytes[pos]
                    if b == JSONByte.comma {
                        pos += 1
                        skipWhitespace()
                        continue parsing
                    }
                    guard b == JSONByte.closeBracket else { throw fail(pos, .expectedCommaOrBracket) }
                    pos += 1
                    value = .array(stack.removeLast().array)
                }
            }
        }
    }

    /// An error for a byte that cannot start a value: invalid UTF-8 is named as such.
    func unexpected(at offset: Int) -> JSONParseError {
        let b = bytes[offset]
        if b >= 0x80 {
            var probe = self
            probe.pos = offset
            if (try? probe.validateUTF8Sequence()) == nil { return fail(offset, .invalidUTF8) }
            return fail(offset, .unexpectedCharacter(nil))
        }
        return fail(offset, .unexpectedCharacter(Unicode.Scalar(b)))
    }

    /// Parses `"key"` followed by `:`; leaves `pos` at the value.
    mutating func parseKey() throws(JSONParseError) -> String {
        guard pos < end else { throw fail(pos, .unexpectedEnd) }
        guard bytes[pos] == JSONByte.quote else { throw fail(pos, .expectedKey) }
        pos += 1
        let key = try parseString()
        skipWhitespace()
        guard pos < end else { throw fail(pos, .unexpectedEnd) }
        guard bytes[pos] == JSONByte.colon else { throw fail(pos, .expectedColon) }
        pos += 1
        skipWhitespace()
        return key
    }

    /// Resolves duplicate keys: last value wins, at the first key's position.
    mutating func finishObject(_ entries: [(key: String, value: JSONValue)]) -> JSONObject {
        let n = entries.count
        guard n > 1 else { return JSONObject(entries) }
        var hasDuplicate = false
        if n <= 12 {
            // Pairwise is cheaper than hashing for small objects.
            check: for i in 1..<n {
                for j in 0..<i where entries[i].key == entries[j].key { hasDuplicate = true; break check }
            }
        } else {
            var seen = Set<String>(minimumCapacity: n)
            for e in entries where !seen.insert(e.key).inserted { hasDuplicate = true; break }
        }
        guard hasDuplicate else { return JSONObject(entries) }
        var index: [String: Int] = [:]
        var result: [(key: String, value: JSONValue)] = []
        for (k, v) in entries {
            if let i = index[k] {
                result[i].value = v
                duplicateKeys.append(k)
            } else {
                index[k] = result.count
                result.append((k, v))
            }
        }
        return JSONObject(result)
    }

    mutating func expectLiteral(_ word: StaticString) throws(JSONParseError) {
        let p = word.utf8Start
        for i in 0..<word.utf8CodeUnitCount {
            guard pos < end else { throw fail(pos, .unexpectedEnd) }
            guard bytes[pos] == p[i] else { throw unexpected(at: pos) }
            pos += 1
        }
    }
}

// MARK: - Strings

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
