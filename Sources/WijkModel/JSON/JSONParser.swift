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
/// - Duplicate object keys are an error (`duplicateKey`, at the second one's
///   line and column): RFC 8259 leaves their meaning open, and a coordinator
///   must not get an arbitrary one of two `"status"` values. The
///   `duplicateKeys:` overload instead lets the last value win, kept at the
///   position of the first occurrence (as in JavaScript), and lists them.
public enum JSONParser {
    /// The default limit on nested arrays/objects.
    public static let defaultMaxDepth = 512

    /// Parses a complete JSON document.
    public static func parse(_ data: Data, maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONValue {
        let result: Result<JSONValue, JSONParseError> = data.withUnsafeBytes { buffer in
            var parser = JSONByteParser(buffer, maxDepth: maxDepth)
            return parser.parseResult()
        }
        return try result.get()
    }

    /// Parses a complete JSON document and appends every duplicated object key
    /// (once per extra occurrence) to `duplicateKeys`.
    public static func parse(_ data: Data, maxDepth: Int = defaultMaxDepth,
                             duplicateKeys: inout [String]) throws(JSONParseError) -> JSONValue {
        var dups = duplicateKeys
        let result: Result<JSONValue, JSONParseError> = data.withUnsafeBytes { buffer in
            var parser = JSONByteParser(buffer, maxDepth: maxDepth)
            parser.allowsDuplicateKeys = true
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
    /// Where each key starts, for the position of a duplicate.
    var keyOffsets: [Int] = []
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
    /// Off: a duplicate key is an error. On: the last value wins (and is listed in `duplicateKeys`).
    var allowsDuplicateKeys = false
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
        let value = try parseValue()
        skipWhitespace()
        if pos != end { throw fail(pos, .trailingCharacters) }
        return value
    }

    /// Parses the one value at `pos` (whitespace skipped) and leaves `pos` just after it:
    /// a document whole, or a piece of one read by a caller that walks the rest itself.
    /// - Parameter depth: how deep the value sits in the document (its containers count
    ///   towards `maxDepth` as when the document is parsed whole).
    mutating func parseValue(depth: Int = 0) throws(JSONParseError) -> JSONValue {
        var stack: [Frame] = []
        var value: JSONValue
        parsing: while true {
            // Parse one value at `pos` (whitespace already skipped).
            guard pos < end else { throw fail(pos, .unexpectedEnd) }
            switch bytes[pos] {
            case JSONByte.openBrace:
                if stack.count + depth >= maxDepth { throw fail(pos, .tooDeep(max: maxDepth)) }
                pos += 1
                skipWhitespace()
                if pos < end && bytes[pos] == JSONByte.closeBrace {
                    pos += 1
                    value = .object(JSONObject())
                } else {
                    let offset = pos
                    let key = try parseKey()
                    stack.append(Frame(isObject: true, key: key, keyOffsets: [offset]))
                    continue parsing
                }
            case JSONByte.openBracket:
                if stack.count + depth >= maxDepth { throw fail(pos, .tooDeep(max: maxDepth)) }
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
                guard !stack.isEmpty else { return value }
                let top = stack.count - 1
                skipWhitespace()
                if stack[top].isObject {
                    stack[top].entries.append((stack[top].key, value))
                    guard pos < end else { throw fail(pos, .unexpectedEnd) }
                    let b = bytes[pos]
                    if b == JSONByte.comma {
                        pos += 1
                        skipWhitespace()
                        stack[top].keyOffsets.append(pos)
                        stack[top].key = try parseKey()
                        continue parsing
                    }
                    guard b == JSONByte.closeBrace else { throw fail(pos, .expectedCommaOrBrace) }
                    pos += 1
                    let frame = stack.removeLast()
                    value = .object(try finishObject(frame.entries, keyOffsets: frame.keyOffsets))
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

    /// Refuses duplicate keys (at the second one's offset), or with
    /// `allowsDuplicateKeys` resolves them: last value wins, at the first key's position.
    mutating func finishObject(_ entries: [(key: String, value: JSONValue)],
                               keyOffsets: [Int]) throws(JSONParseError) -> JSONObject {
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
        if !allowsDuplicateKeys {
            var seen = Set<String>(minimumCapacity: n)
            for (i, e) in entries.enumerated() where !seen.insert(e.key).inserted {
                throw fail(i < keyOffsets.count ? keyOffsets[i] : pos, .duplicateKey(e.key))
            }
        }
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
