/// Answers as the scanner reads them: checked against their question's
/// `AnswerRule` on the way (a doubt when they may not fit), choice codes
/// shared with the questionnaire instead of new `String`s.
extension ResponseScanner {
    /// Stands in for an open text nobody will read (see `answer(_:keepText:)`).
    static let unreadText = "…"

    /// One answer to a question with `rule`, as `AnswerValue(json:)` reads it
    /// and only if `AnswerValidation` would accept it. With `keepText` false
    /// a non-empty text is checked but not decoded: it becomes `unreadText`.
    /// `coded` gets the answer as bits of `rule.countCodes` when it has them;
    /// a multiple choice is listed in one of `spareLists` if there is one.
    mutating func answer(_ rule: AnswerRule, keepText: Bool, coded: inout UInt64,
                         spareLists: inout [[String]]) throws -> AnswerValue {
        guard p.pos < p.end else { throw Doubt() }
        switch p.bytes[p.pos] {
        case JSONByte.quote:
            switch rule.shape {
            case .text where keepText:
                p.pos += 1
                let text = try p.parseString()
                if text.utf8.count > rule.maxBytes { throw Doubt() }
                return .text(text)
            case .text:
                // Escapes only ever make the raw bytes more than the text's.
                p.pos += 1
                let start = p.pos
                _ = try p.skipString()
                let count = p.pos - 1 - start
                if count > rule.maxBytes { throw Doubt() }
                return .text(count == 0 ? "" : Self.unreadText)
            case .single:
                let s = try tableString(plain: rule.codeTable.plain)
                if s.count == 0 { return .text("") }
                guard let i = rule.codeTable[p.utf8(s.start, s.count)] else { throw Doubt() }
                if i < rule.countCodes.count { coded = 1 << i }
                return .text(rule.codes[i])
            case .date:
                let s = try rawString()
                if s.count == 0 { return .text("") }
                let bytes = p.utf8(s.start, s.count)
                guard AnswerValidation.isCalendarDate(utf8: bytes) else { throw Doubt() }
                return .text(String(decoding: bytes, as: UTF8.self))
            default:
                // Only an empty text, which is no answer, fits any question.
                guard try rawString().count == 0 else { throw Doubt() }
                return .text("")
            }
        case JSONByte.minus, JSONByte.zero...JSONByte.nine:
            guard rule.shape == .number else { throw Doubt() }
            let d = try p.parseNumber()
            guard d.isFinite, !rule.integral || d.rounded() == d, d >= rule.low, d <= rule.high else { throw Doubt() }
            if !rule.countCodes.isEmpty { coded = 1 << (Int(d) - Int(rule.low)) }
            return .number(d)
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            guard rule.shape == .yesNo else { throw Doubt() }
            let yes = p.bytes[p.pos] == UInt8(ascii: "t")
            try p.expectLiteral(yes ? "true" : "false")
            coded = yes ? 1 : 2   // countCodes: ["true", "false"]
            return .bool(yes)
        case JSONByte.openBracket:
            return .choices(try choices(rule, coded: &coded, into: spareLists.popLast() ?? []))
        case JSONByte.openBrace:
            let special = try special()
            guard special == .dontKnow ? rule.allowDontKnow : rule.allowRefused else { throw Doubt() }
            return special
        default:
            throw Doubt()
        }
    }

    /// A multiple choice: known codes, none twice, not too many. Any other
    /// question only takes an empty list (no answer).
    private mutating func choices(_ rule: AnswerRule, coded: inout UInt64, into spare: consuming [String]) throws -> [String] {
        p.pos += 1
        p.skipWhitespace()
        if p.pos < p.end && p.bytes[p.pos] == JSONByte.closeBracket { p.pos += 1; return [] }
        guard rule.shape == .multiple else { throw Doubt() }
        var codes = spare   // empty, perhaps with room
        codes.reserveCapacity(min(rule.maxSelections, 8))   // one allocation at most, not one per doubling
        var seen: UInt64 = 0
        let plain = rule.codeTable.plain
        repeat {
            let s = try tableString(plain: plain)
            guard let i = rule.codeTable[p.utf8(s.start, s.count)] else { throw Doubt() }
            if i < 64 {
                if seen & (1 << i) != 0 { throw Doubt() }
                seen |= 1 << i
            } else if codes.contains(rule.codes[i]) {
                throw Doubt()
            }
            codes.append(rule.codes[i])
        } while try !endOfMember(JSONByte.closeBracket, written: ",\n      \"")
        guard codes.count <= rule.maxSelections else { throw Doubt() }
        if !rule.countCodes.isEmpty { coded = seen }   // all codes then have a bit
        return codes
    }

    /// `{"special": "dontKnow" | "refused", …}`; other keys are ignored.
    private mutating func special() throws -> AnswerValue {
        try expect(JSONByte.openBrace)
        p.skipWhitespace()
        var special: AnswerValue?
        var unknown: [(start: Int, count: Int)] = []
        repeat {
            let key = try p.keyRange()
            if key.escaped { throw Doubt() }
            guard p.bytesEqual(key.start, key.count, "special") else {
                try p.note(key: key, in: &unknown)
                try p.skipValue()
                continue
            }
            if special != nil { throw Doubt() }
            let s = try rawString()
            if p.bytesEqual(s.start, s.count, "dontKnow") { special = .dontKnow }
            else if p.bytesEqual(s.start, s.count, "refused") { special = .refused }
            else { throw Doubt() }
        } while try !p.endOfMember(JSONByte.closeBrace)
        guard let special else { throw Doubt() }
        return special
    }

    /// Walks over anything `AnswerValue(json:)` reads, building nothing (the audit trail's values).
    mutating func skipAnswer() throws {
        guard p.pos < p.end else { throw Doubt() }
        switch p.bytes[p.pos] {
        case JSONByte.quote, JSONByte.minus, JSONByte.zero...JSONByte.nine, UInt8(ascii: "t"), UInt8(ascii: "f"):
            try p.skipValue()
        case JSONByte.openBracket:
            p.pos += 1
            p.skipWhitespace()
            if p.pos < p.end && p.bytes[p.pos] == JSONByte.closeBracket { p.pos += 1; return }
            repeat {
                try expect(JSONByte.quote)
                _ = try p.skipString()
            } while try !p.endOfMember(JSONByte.closeBracket)
        case JSONByte.openBrace:
            _ = try special()
        default:
            throw Doubt()
        }
    }
}
