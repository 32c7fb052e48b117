import Foundation

/// The audit trail: usually most of a file's structure (an entry per answer
/// given), all of it checked, nothing kept.
extension ResponseScanner {
    /// The audit trail, checked as `ResponseDecoder` checks it.
    mutating func audit() throws {
        try expect(JSONByte.openBracket)
        p.skipWhitespace()
        if p.pos < p.end && p.bytes[p.pos] == JSONByte.closeBracket { p.pos += 1; return }
        repeat {
            if try !writtenEntry() { try entry() }
        } while try !endOfMember(JSONByte.closeBracket, written: ",\n    {")
    }

    /// One entry, any spelling: `at` and `event` required, each key once.
    private mutating func entry() throws {
        try expect(JSONByte.openBrace)
        p.skipWhitespace()
        var seen: UInt8 = 0   // at, event, question, old, new
        var unknown: [(start: Int, count: Int)] = []
        repeat {
            let key = try p.keyRange()
            if key.escaped { throw Doubt() }
            let bit: UInt8
            switch key.count {
            case 2 where p.bytesEqual(key.start, 2, "at"): bit = 1
            case 5 where p.bytesEqual(key.start, 5, "event"): bit = 2
            case 8 where p.bytesEqual(key.start, 8, "question"): bit = 4
            case 3 where p.bytesEqual(key.start, 3, "old"): bit = 8
            case 3 where p.bytesEqual(key.start, 3, "new"): bit = 16
            default: try p.note(key: key, in: &unknown); try p.skipValue(); continue
            }
            if seen & bit != 0 { throw Doubt() }
            seen |= bit
            switch bit {
            case 1: _ = try timestamp()
            case 2: _ = try rawString()
            case 4: if !(try null()) { try expect(JSONByte.quote); _ = try p.skipString() }
            default: if !(try null()) { try skipAnswer() }
            }
        } while try !p.endOfMember(JSONByte.closeBrace)
        guard seen & 3 == 3 else { throw Doubt() }
    }

    /// An entry exactly as Wijk writes it (keys in order, its indentation),
    /// matched against literal bytes rather than walked key by key. False,
    /// with nothing consumed, for any other spelling: `entry()` reads it then.
    private mutating func writtenEntry() throws -> Bool {
        let start = p.pos
        guard literal("{\n      \"at\": \""), p.end - p.pos >= 24, writtenTimestamp() else { p.pos = start; return false }
        p.pos += 24
        guard literal("\",\n      \"event\": \"") else { p.pos = start; return false }
        // Most entries record an answer; any other event is walked over (an escaped one: as `entry()` would).
        if !literal("answer\""), try p.skipString() { throw Doubt() }
        if literal(",\n      \"question\": ") {
            if !(try null()) { try expect(JSONByte.quote); _ = try p.skipString() }
        }
        if literal(",\n      \"old\": ") { if !(try null()) { try skipAnswer() } }
        if literal(",\n      \"new\": ") { if !(try null()) { try skipAnswer() } }
        guard literal("\n    }") else { p.pos = start; return false }
        return true
    }

    /// Whether the 24 bytes at `pos` are a valid timestamp in the written
    /// form. The day of the first one is remembered, so that the entries of
    /// the same day (most of a trail) only have their time of day checked.
    private mutating func writtenTimestamp() -> Bool {
        let b = p.utf8(p.pos, 24)
        let raw = UnsafeRawPointer(b.baseAddress!)
        let day = raw.loadUnaligned(as: UInt64.self), dayEnd = raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        if knownDay != 0 && day == knownDay && dayEnd == knownDayEnd { return Timestamp.isWrittenTime(b) }
        if Timestamp.isWrittenForm(b) {
            (knownDay, knownDayEnd) = (day, dayEnd)
            return true
        }
        return Timestamp.parse(utf8: b) != nil
    }
}
