import Foundation

/// The fast path: one pass over a file's bytes into a `ResponseRecord`,
/// without a `JSONValue` tree or a `Response`. The audit trail and unknown
/// keys are walked over (syntax checked, nothing built); the answers are
/// decoded straight into `AnswerValue`s at their question's slot, checked
/// against the question's `AnswerRule` on the way.
///
/// It only accepts what it is sure `ResponseDecoder` accepts in the same way.
/// Anything doubtful — a syntax error, a missing or null field, a duplicate
/// key, an escaped key, an unknown answer key, a newer format — makes it
/// answer nil, and the caller takes the full path, which finds and words
/// the problems exactly as `wijk validate` does.
struct ResponseScanner {
    /// Not sure: take the full path.
    struct Doubt: Error {}

    private enum Field: Int, CaseIterable {
        case format, formatVersion, id, questionnaire, variant, status, interviewer, device
        case createdAt, updatedAt, completedAt, answers, remarks, audit, revision
        var bit: UInt16 { 1 << UInt16(rawValue) }
    }
    private static let required: UInt16 = Field.allCases
        .filter { $0 != .completedAt && $0 != .remarks && $0 != .audit && $0 != .revision }
        .reduce(0) { $0 | $1.bit }

    var p: JSONByteParser
    /// The first ten bytes of an audit timestamp already found valid (see `writtenTimestamp`); 0: none yet.
    var knownDay: UInt64 = 0
    var knownDayEnd: UInt16 = 0

    init(_ bytes: UnsafeRawBufferPointer) { p = JSONByteParser(bytes, maxDepth: JSONByteParser.skipDepth) }

    /// Fills `record` and returns the layout index; nil when the full path must decide.
    static func scan(_ bytes: UnsafeRawBufferPointer, into record: inout ResponseRecord,
                     judge: FileJudge) -> Int? {
        var scanner = ResponseScanner(bytes)
        return try? scanner.scan(into: &record, judge: judge)
    }

    private mutating func scan(into record: inout ResponseRecord, judge: FileJudge) throws -> Int {
        p.skipWhitespace()
        try expect(JSONByte.openBrace)
        p.skipWhitespace()
        var seen: UInt16 = 0
        record.revision = 0
        record.completedAt = nil
        record.device = nil
        // Answers and remarks are read when met if the questionnaire came first
        // (as Wijk writes files); otherwise walked over and read at the end.
        var layout: Int?
        var answersAt = -1, remarksAt = -1
        var unknown: [(start: Int, count: Int)] = []   // keys walked over: each once, as for the full parser
        repeat {
            let key = try p.keyRange()
            if key.escaped { throw Doubt() }
            guard let field = Self.field(p, key.start, key.count) else {
                try p.note(key: key, in: &unknown)
                try p.skipValue()
                continue
            }
            if seen & field.bit != 0 { throw Doubt() }
            seen |= field.bit
            switch field {
            case .format:
                let s = try rawString()
                guard p.bytesEqual(s.start, s.count, "wijk-response") else { throw Doubt() }
            case .formatVersion:
                guard p.pos < p.end, p.bytes[p.pos] &- JSONByte.zero < 10 else { throw Doubt() }
                guard try p.parseNumber() == Double(Response.formatVersion) else { throw Doubt() }
            case .id:
                record.id = try string()
                if !ResponseID.isValid(record.id) { throw Doubt() }   // the validator words it
            case .questionnaire:
                record.questionnaire = try questionnaireRef()
                guard let l = judge.layoutIndex(record.questionnaire) else { throw Doubt() }
                layout = l
                record.reset(count: judge.layouts[l].questions.count)
            case .variant: record.variant = try string()
            case .status:
                let s = try rawString()
                if p.bytesEqual(s.start, s.count, "complete") { record.status = .complete }
                else if p.bytesEqual(s.start, s.count, "draft") { record.status = .draft }
                else { throw Doubt() }
            case .interviewer: record.interviewer = try string()
            case .device:
                let s = try rawString()
                record.deviceBytes = s.start..<(s.start + s.count)
            case .createdAt: record.createdAt = try timestamp()
            case .updatedAt: record.updatedAt = try timestamp()
            case .completedAt:
                if !(try null()) { record.completedAt = try timestamp() }
            case .revision:
                // A plain whole number in range; anything else (null included) the decoder words.
                guard p.pos < p.end, p.bytes[p.pos] &- JSONByte.zero < 10 else { throw Doubt() }
                let n = try p.parseNumber()
                guard n == n.rounded(), n <= Double(Response.maxRevision) else { throw Doubt() }
                record.revision = Int(n)
            case .answers:
                guard p.pos < p.end, p.bytes[p.pos] == JSONByte.openBrace else { throw Doubt() }
                if let l = layout { try answers(judge.layouts[l], keepText: judge.keepsText[l], into: &record) }
                else { answersAt = p.pos; try p.skipValue() }
            case .remarks:
                if try null() { break }
                guard p.pos < p.end, p.bytes[p.pos] == JSONByte.openBrace else { throw Doubt() }
                if let l = layout { try remarks(judge.layouts[l]) } else { remarksAt = p.pos; try p.skipValue() }
            case .audit:
                if try null() { break }
                try audit()
            }
        } while try !endOfMember(JSONByte.closeBrace, written: ",\n  \"")
        p.skipWhitespace()
        guard p.pos == p.end, seen & Self.required == Self.required, let l = layout else { throw Doubt() }
        if answersAt >= 0 {
            p.pos = answersAt
            try answers(judge.layouts[l], keepText: judge.keepsText[l], into: &record)
        }
        if remarksAt >= 0 {
            p.pos = remarksAt
            try remarks(judge.layouts[l])
        }
        record.answersChecked = true
        return l
    }

    private static func field(_ p: JSONByteParser, _ s: Int, _ n: Int) -> Field? {
        switch n {
        case 2: return p.bytesEqual(s, n, "id") ? .id : nil
        case 5: return p.bytesEqual(s, n, "audit") ? .audit : nil
        case 6:
            if p.bytesEqual(s, n, "format") { return .format }
            if p.bytesEqual(s, n, "status") { return .status }
            if p.bytesEqual(s, n, "device") { return .device }
            return nil
        case 8: return p.bytesEqual(s, n, "revision") ? .revision : nil
        case 7:
            if p.bytesEqual(s, n, "variant") { return .variant }
            if p.bytesEqual(s, n, "answers") { return .answers }
            if p.bytesEqual(s, n, "remarks") { return .remarks }
            return nil
        case 9: return p.bytesEqual(s, n, "createdAt") ? .createdAt : p.bytesEqual(s, n, "updatedAt") ? .updatedAt : nil
        case 11: return p.bytesEqual(s, n, "interviewer") ? .interviewer : p.bytesEqual(s, n, "completedAt") ? .completedAt : nil
        case 13: return p.bytesEqual(s, n, "formatVersion") ? .formatVersion : p.bytesEqual(s, n, "questionnaire") ? .questionnaire : nil
        default: return nil
        }
    }

    // MARK: - Values

    /// Consumes `word` if the bytes at `pos` are exactly it.
    @inline(__always)
    mutating func literal(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard p.end - p.pos >= n, p.bytesEqual(p.pos, n, word) else { return false }
        p.pos += n
        return true
    }

    /// After a member or element: false after a comma, true at `close`, as
    /// `JSONByteParser.endOfMember` decides; Wijk's own spelling of the comma,
    /// new line, indentation and next member's first byte (`separator`) is
    /// matched as literal bytes first, and that first byte left to read.
    @inline(__always)
    mutating func endOfMember(_ close: UInt8, written separator: StaticString) throws -> Bool {
        if literal(separator) {
            p.pos -= 1
            return false
        }
        return try p.endOfMember(close)
    }

    mutating func expect(_ byte: UInt8) throws {
        guard p.pos < p.end, p.bytes[p.pos] == byte else { throw Doubt() }
        p.pos += 1
    }

    /// Consumes `null` if that is what follows.
    mutating func null() throws -> Bool {
        guard p.pos < p.end, p.bytes[p.pos] == UInt8(ascii: "n") else { return false }
        try p.expectLiteral("null")
        return true
    }

    mutating func string() throws -> String {
        try expect(JSONByte.quote)
        return try p.parseString()
    }

    /// A string without escapes, as the range of its bytes.
    mutating func rawString() throws -> (start: Int, count: Int) {
        try expect(JSONByte.quote)
        let start = p.pos
        if try p.skipString() { throw Doubt() }
        return (start, p.pos - 1 - start)
    }

    /// A string that counts only if the caller's table lookup finds it (the
    /// caller doubts otherwise): its raw bytes, unchecked, when that table is
    /// plain (see `JSONByteParser.bytesToQuote`), else walked and checked.
    mutating func tableString(plain: Bool) throws -> (start: Int, count: Int) {
        guard plain else { return try rawString() }
        try expect(JSONByte.quote)
        guard let s = p.bytesToQuote() else { throw Doubt() }
        return s
    }

    /// A key, `:` and the whitespace around it, as `tableString` reads strings.
    mutating func tableKey(plain: Bool) throws -> (start: Int, count: Int) {
        guard plain else {
            let key = try p.keyRange()
            if key.escaped { throw Doubt() }
            return (key.start, key.count)
        }
        let key = try tableString(plain: true)
        if !literal(": ") {   // Wijk's spelling, else any
            p.skipWhitespace()
            try expect(JSONByte.colon)
        }
        p.skipWhitespace()
        return key
    }

    mutating func timestamp() throws -> Date {
        let s = try rawString()
        guard let date = Timestamp.parse(utf8: p.utf8(s.start, s.count)) else { throw Doubt() }
        return date
    }

    private mutating func questionnaireRef() throws -> QuestionnaireRef {
        try expect(JSONByte.openBrace)
        p.skipWhitespace()
        var id: String?, version: String?
        var unknown: [(start: Int, count: Int)] = []
        repeat {
            let key = try p.keyRange()
            if key.escaped { throw Doubt() }
            if p.bytesEqual(key.start, key.count, "id") {
                if id != nil { throw Doubt() }
                id = try string()
            } else if p.bytesEqual(key.start, key.count, "version") {
                if version != nil { throw Doubt() }
                version = try string()
            } else {
                try p.note(key: key, in: &unknown)
                try p.skipValue()
            }
        } while try !p.endOfMember(JSONByte.closeBrace)
        guard let id, let version else { throw Doubt() }
        return QuestionnaireRef(id: id, version: version)
    }

    private mutating func answers(_ layout: QuestionLayout, keepText: [Bool],
                                  into record: inout ResponseRecord) throws {
        try expect(JSONByte.openBrace)
        p.skipWhitespace()
        if p.pos < p.end && p.bytes[p.pos] == JSONByte.closeBrace { p.pos += 1; return }
        let rules = layout.unretainedRules   // (the layout, which the caller holds, keeps them alive)
        let plain = layout.keyTable.plain
        repeat {
            let key = try tableKey(plain: plain)
            guard let (slot, isOther) = layout.keyTable.lookup(p.utf8(key.start, key.count)) else { throw Doubt() }
            if isOther {
                if record.others[slot] != nil { throw Doubt() }
                record.others[slot] = .text(try string())
            } else {
                if record.values[slot] != nil { throw Doubt() }
                var coded: UInt64 = 0
                record.values[slot] = try rules[slot]._withUnsafeGuaranteedRef { rule in
                    try answer(rule, keepText: keepText[slot], coded: &coded, spareLists: &record.spareLists)
                }
                record.coded[slot] = coded
            }
        } while try !endOfMember(JSONByte.closeBrace, written: ",\n    \"")
    }

    /// Remarks must be texts on questions of the layout.
    private mutating func remarks(_ layout: QuestionLayout) throws {
        try expect(JSONByte.openBrace)
        p.skipWhitespace()
        if p.pos < p.end && p.bytes[p.pos] == JSONByte.closeBrace { p.pos += 1; return }
        var slots: [Int] = []   // remarks are few: a question twice is a duplicate key
        repeat {
            let key = try tableKey(plain: layout.keyTable.plain)
            guard let (slot, isOther) = layout.keyTable.lookup(p.utf8(key.start, key.count)), !isOther,
                  !slots.contains(slot) else { throw Doubt() }
            slots.append(slot)
            try expect(JSONByte.quote)
            _ = try p.skipString()
        } while try !endOfMember(JSONByte.closeBrace, written: ",\n    \"")
    }
}
