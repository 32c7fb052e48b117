import Testing
@testable import WijkModel

/// The word-at-a-time string scan must stop at every byte that matters,
/// wherever it falls in an 8-byte word.
@Suite("JSON string scan and escaping")
struct StringScanTests {
    static let plain = "abcdefghijklmnopqrstuvw"   // 23 bytes: words at every offset

    @Test(arguments: 0..<23)
    func specialBytesAreSeenAtEveryOffset(_ i: Int) throws {
        func with(_ insert: String) -> String {
            var chars = Array(Self.plain)
            chars.insert(contentsOf: insert, at: i)
            return String(chars)
        }
        // Escapes, quotes and non-ASCII parse to their text.
        for (source, text) in [("\\n", "\n"), ("\\\"", "\""), ("\\\\", "\\"), ("é", "é"), ("\u{7F}", "\u{7F}")] {
            let value = try JSONParser.parse("[\"" + with(source) + "\"]")
            #expect(value == .array([.string(with(text))]))
        }
        // A raw control character is an error.
        #expect(throws: JSONParseError.self) { try JSONParser.parse("[\"" + with("\u{01}") + "\"]") }
        // The string ends at the first unescaped quote.
        #expect(throws: JSONParseError.self) { try JSONParser.parse("[\"" + with("\"") + "\"]") }
    }

    @Test func writerEscapesOnlyWhatItMustAndCopiesTheRest() throws {
        let text = "Buurthuis \"De Schakel\"\ttwee\\drie\r\n\u{01}\u{7F} één " + String(repeating: "x", count: 100)
        let expected = "\"Buurthuis \\\"De Schakel\\\"\\ttwee\\\\drie\\r\\n\\u0001\\u007f één "
            + String(repeating: "x", count: 100) + "\""
        #expect(JSONWriter.write(.string(text), pretty: false) == expected)
        #expect((try? JSONParser.parse(expected)) == .string(text))
    }
}
