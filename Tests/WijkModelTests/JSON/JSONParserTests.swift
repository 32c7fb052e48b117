import Foundation
import Testing
@testable import WijkModel

@Suite struct JSONParserTests {
    private func parse(_ bytes: [UInt8], maxDepth: Int = 512) throws(JSONParseError) -> JSONValue {
        try JSONParser.parse(Data(bytes), maxDepth: maxDepth)
    }

    private func error(_ text: String) -> JSONParseError? { error(Array(text.utf8)) }

    private func error(_ bytes: [UInt8]) -> JSONParseError? {
        do { _ = try parse(bytes); return nil } catch { return error }
    }

    @Test func parsesValidDocuments() throws {
        #expect(try JSONParser.parse("null") == .null)
        #expect(try JSONParser.parse(" true ") == .bool(true))
        #expect(try JSONParser.parse("false") == .bool(false))
        #expect(try JSONParser.parse("\"\"") == .string(""))
        #expect(try JSONParser.parse("[]") == .array([]))
        #expect(try JSONParser.parse("{ }") == .object(JSONObject()))
        #expect(try JSONParser.parse("[1, \"a\", [true], {\"k\": null}]") == .array([
            .number(1), .string("a"), .array([.bool(true)]), .object(JSONObject([("k", .null)])),
        ]))
        let object = try JSONParser.parse("{\"b\": 1,\n\t\"a\": {\"c\": [ ]}}\r\n")
        guard case .object(let o) = object else { Issue.record("not an object"); return }
        #expect(o.keys == ["b", "a"])
        #expect(o["a"] == .object(JSONObject([("c", .array([]))])))
    }

    /// Indentation after a new line is skipped by words: runs shorter and
    /// longer than a word, other whitespace inside a run, a run at the end.
    @Test func skipsIndentationOfAnyLength() throws {
        let expected = JSONValue.array([.number(1), .number(2), .number(3), .number(4), .number(5)])
        for text in ["[\n1,\n 2,\n   \t  3,\n             4,\n        \r\n 5\n]",
                     "[1,2,3,4,5]\n", "[1,2,3,4,5]\n          ", "[1,2,3,4,5]\n \t \n\n       x"] {
            if text.hasSuffix("x") {
                #expect(error(text)?.line == 4, "text after the document: \(text.debugDescription)")
            } else {
                #expect(try JSONParser.parse(text) == expected, "\(text.debugDescription)")
            }
        }
    }

    @Test func decodesStringsAndEscapes() throws {
        #expect(try JSONParser.parse("\"Één café\"") == .string("Één café"))
        #expect(try JSONParser.parse(#""\"\\\/\b\f\n\r\t""#) == .string("\"\\/\u{8}\u{C}\n\r\t"))
        #expect(try JSONParser.parse(#""a\u00e9b\u20AC""#) == .string("aéb€"))
        #expect(try JSONParser.parse(#""\uD83D\uDE00!""#) == .string("😀!"))
        #expect(try JSONParser.parse(#""ü\n😀""#) == .string("ü\n😀"))
        #expect(try JSONParser.parse(#""\u0000""#) == .string("\u{0}"))
    }

    @Test func parsesNumbers() throws {
        let cases: [(String, Double)] = [
            ("0", 0), ("-0", -0.0), ("1.5", 1.5), ("1e3", 1000), ("1E-3", 0.001), ("-12.5e+2", -1250),
            ("0.1", 0.1), ("123456789012345678901234567890", 1.2345678901234568e29),
            ("9007199254740993", 9007199254740992), ("2.2250738585072014e-308", 2.2250738585072014e-308),
            ("0.30000000000000004", 0.30000000000000004), ("1e-400", 0), ("100e-2", 1),
        ]
        for (text, expected) in cases {
            #expect(try JSONParser.parse(text) == .number(expected), "\(text)")
        }
        guard case .number(let negativeZero) = try JSONParser.parse("-0") else { return }
        #expect(negativeZero.sign == .minus)
    }

    /// (input, kind, line, column, offset)
    @Test func reportsErrorsWithPositions() {
        let cases: [(String, JSONParseError.Kind, Int, Int, Int)] = [
            ("", .emptyInput, 1, 1, 0),
            ("  \n ", .emptyInput, 2, 2, 4),
            ("{\"a\": 1", .unexpectedEnd, 1, 8, 7),
            ("[1, 2] x", .trailingCharacters, 1, 8, 7),
            ("{} {}", .trailingCharacters, 1, 4, 3),
            ("[01]", .invalidNumber, 1, 2, 1),
            ("+1", .unexpectedCharacter("+"), 1, 1, 0),
            (".5", .unexpectedCharacter("."), 1, 1, 0),
            ("[1.]", .invalidNumber, 1, 2, 1),
            ("1.", .unexpectedEnd, 1, 3, 2),
            ("[1e]", .invalidNumber, 1, 2, 1),
            ("[-]", .invalidNumber, 1, 2, 1),
            ("-", .unexpectedEnd, 1, 2, 1),
            ("NaN", .unexpectedCharacter("N"), 1, 1, 0),
            ("[1e400]", .invalidNumber, 1, 2, 1),
            ("\"a\tb\"", .controlCharacterInString, 1, 3, 2),
            ("\"a\nb\"", .controlCharacterInString, 1, 3, 2),
            ("\"\\x\"", .invalidEscape, 1, 2, 1),
            ("\"\\u12G4\"", .invalidUnicodeEscape, 1, 2, 1),
            ("\"\\uD800\"", .loneSurrogate, 1, 2, 1),
            ("\"\\uDC00\"", .loneSurrogate, 1, 2, 1),
            ("\"ab\\uD800\\u0041\"", .loneSurrogate, 1, 4, 3),
            ("{\"a\" 1}", .expectedColon, 1, 6, 5),
            ("{1: 2}", .expectedKey, 1, 2, 1),
            ("{\"a\": 1,}", .expectedKey, 1, 9, 8),
            ("[1 2]", .expectedCommaOrBracket, 1, 4, 3),
            ("{\"a\": 1 \"b\": 2}", .expectedCommaOrBrace, 1, 9, 8),
            ("[1,]", .unexpectedCharacter("]"), 1, 4, 3),
            ("tru", .unexpectedEnd, 1, 4, 3),
            ("[trux]", .unexpectedCharacter("x"), 1, 5, 4),
            ("{\n  \"naam\": \"x\",\n  \"leeftijd\": 01\n}", .invalidNumber, 3, 15, 31),
            // Columns count characters: ä and ë are two bytes each.
            ("{\"ä\": \"ëë\" x}", .expectedCommaOrBrace, 1, 12, 14),
            ("[é]", .unexpectedCharacter(nil), 1, 2, 1),
            ("\r\n\r\n  ]", .unexpectedCharacter("]"), 3, 3, 6),
        ]
        for (text, kind, line, column, offset) in cases {
            let e = error(text)
            #expect(e == JSONParseError(kind: kind, line: line, column: column, offset: offset), "\(text.debugDescription)")
        }
    }

    @Test func rejectsInvalidUTF8WithPosition() {
        let cases: [([UInt8], Int)] = [
            ([0x22, 0x61, 0x62, 0xFF, 0x22], 3),           // invalid byte
            ([0x22, 0xC0, 0x80, 0x22], 1),                 // overlong NUL
            ([0x22, 0xE0, 0x80, 0xAF, 0x22], 1),           // overlong slash
            ([0x22, 0xED, 0xA0, 0x80, 0x22], 1),           // encoded surrogate
            ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], 1),     // above U+10FFFF
            ([0x22, 0xC3, 0x22], 1),                       // missing continuation
            ([0x22, 0xE2, 0x82], 1),                       // truncated at end of input
            ([0x22, 0x5C, 0x6E, 0x80, 0x22], 3),           // lone continuation after an escape
            ([0x5B, 0xFF, 0x5D], 1),                       // outside a string
            ([0x22, 0xC3, 0xA9, 0x22, 0x20, 0xFE], 5),     // in trailing garbage: reported as trailing
        ]
        for (bytes, offset) in cases {
            let e = error(bytes)
            #expect(e?.offset == offset, "\(bytes)")
            if offset != 5 { #expect(e?.kind == .invalidUTF8, "\(bytes)") }
        }
        #expect(error([0x22, 0x61, 0xC3, 0xA9, 0xFF, 0x22])?.column == 4)
    }

    @Test func acceptsByteOrderMark() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        #expect(try parse(bom + Array("{\"a\":1}".utf8)) == .object(JSONObject([("a", .number(1))])))
        #expect(error(bom)?.kind == .emptyInput)
        // The BOM is not a character: the column of x is 2, its byte offset 4.
        #expect(error(bom + Array("[x]".utf8)) == JSONParseError(kind: .unexpectedCharacter("x"), line: 1, column: 2, offset: 4))
    }

    @Test func everyTruncationIsAnError() {
        let text = "{\"naam\": \"Brückner \\u00e9\\uD83D\\uDE00\", \"n\": [-1.5e3, true, false, null, {}], \"z\": \"ë\"}"
        let bytes = Array(text.utf8)
        for n in 0..<bytes.count {
            let e = error(Array(bytes[0..<n]))
            #expect(e != nil, "prefix \(n)")
            if let e { #expect([.unexpectedEnd, .invalidUTF8, .emptyInput].contains(e.kind), "prefix \(n): \(e)") }
        }
        #expect(error(bytes) == nil)
    }

    @Test func limitsNestingDepth() throws {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(error(deep) == JSONParseError(kind: .tooDeep(max: 512), line: 1, column: 513, offset: 512))
        let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(throws: Never.self) { try JSONParser.parse(ok) }
        #expect(error(String(repeating: "{\"a\":", count: 513) + "1" + String(repeating: "}", count: 513))?.kind == .tooDeep(max: 512))
        #expect(throws: JSONParseError.self) { try JSONParser.parse("[[1]]", maxDepth: 1) }
    }

    @Test func deepNestingOnABackgroundThread() async throws {
        let ok = String(repeating: "[{\"k\":", count: 256) + "0" + String(repeating: "}]", count: 256)
        let deep = String(repeating: "[", count: 100_000)
        let results = await Task.detached {
            ((try? JSONParser.parse(ok)) != nil, (try? JSONParser.parse(deep)) == nil)
        }.value
        #expect(results.0)
        #expect(results.1)
    }

    @Test func parsesHugeStrings() throws {
        let body = String(repeating: "abcdé", count: 1_000_000)   // 6 MB
        #expect(try JSONParser.parse("\"" + body + "\"") == .string(body))
        let escaped = String(repeating: "ab\\n", count: 1_300_000)  // 5.2 MB with escapes
        guard case .string(let s) = try JSONParser.parse("[\"" + escaped + "\"]").arrayFirst else {
            Issue.record("not a string"); return
        }
        #expect(s.utf8.count == 3 * 1_300_000)
    }

    @Test func duplicateKeysKeepLastValueAtFirstPosition() throws {
        var dups: [String] = []
        let v = try JSONParser.parse(Data("{\"a\":1,\"b\":2,\"a\":3}".utf8), duplicateKeys: &dups)
        #expect(v == .object(JSONObject([("a", .number(3)), ("b", .number(2))])))
        #expect(dups == ["a"])
        // Large objects take the hashing path.
        let keys = (0..<20).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
        var dups2: [String] = []
        let big = try JSONParser.parse(Data("{\(keys),\"k5\":\"x\"}".utf8), duplicateKeys: &dups2)
        guard case .object(let o) = big else { Issue.record("not an object"); return }
        #expect(o.entries.count == 20)
        #expect(o["k5"] == .string("x"))
        #expect(o.keys[5] == "k5")
        #expect(dups2 == ["k5"])
    }

    @Test func messagesInBothLanguages() {
        let e = JSONParseError(kind: .invalidNumber, line: 3, column: 7, offset: 20)
        #expect(e.message(.nl) == "regel 3, kolom 7: ongeldig getal")
        #expect(e.message(.en) == "line 3, column 7: invalid number")
        #expect(JSONParseError(kind: .emptyInput, line: 1, column: 1, offset: 0).message(.nl) == "leeg bestand")
        #expect(JSONParseError(kind: .emptyInput, line: 1, column: 1, offset: 0).message(.en) == "empty file")
        #expect(JSONParseError(kind: .unexpectedCharacter("x"), line: 1, column: 1, offset: 0).reason(.en) == "unexpected character 'x'")
    }
}

private extension JSONValue {
    var arrayFirst: JSONValue? {
        if case .array(let a) = self { return a.first }
        return nil
    }
}
