import Foundation
import Testing
@testable import WijkModel

@Suite struct JSONWriterTests {
    @Test func escapesStrings() throws {
        let s = "q\"b\\s/\n\t\r\u{1}\u{1F}\u{7F} é😀"
        let text = JSONWriter.write(.string(s))
        #expect(text == #""q\"b\\s/\n\t\r\u0001\u001f\u007f é😀""#)
        #expect(try JSONParser.parse(text) == .string(s))
    }

    @Test func formatsNumbers() {
        let cases: [(Double, String)] = [
            (1, "1"), (-0.0, "0"), (-42, "-42"), (1e15, "1000000000000000"),
            (9_007_199_254_740_992, "9007199254740992"), (-9_007_199_254_740_992, "-9007199254740992"),
            (18_014_398_509_481_984, "1.8014398509481984e+16"), (0.1, "0.1"), (1.5, "1.5"),
            (1e-5, "1e-05"), (.nan, "null"), (.infinity, "null"), (-.infinity, "null"),
        ]
        for (d, text) in cases {
            #expect(JSONWriter.format(number: d) == text, "\(d)")
        }
    }

    @Test func numbersRoundTrip() throws {
        for d in [0.1, 1.0 / 3, 123_456.789, -2.5e-300, 1.7976931348623157e308, .leastNonzeroMagnitude, 4.35, 2e22] {
            #expect(try JSONParser.parse(JSONWriter.write(.number(d))) == .number(d), "\(d)")
        }
    }

    @Test func writesPrettyAndCompact() {
        let value = JSONValue.object(JSONObject([
            ("b", .array([.number(1), .bool(true), .null])),
            ("a", .object(JSONObject([("x", .string("y"))]))),
            ("e", .array([])), ("o", .object(JSONObject())),
        ]))
        #expect(JSONWriter.write(value) == """
            {
              "b": [
                1,
                true,
                null
              ],
              "a": {
                "x": "y"
              },
              "e": [],
              "o": {}
            }
            """)
        #expect(JSONWriter.write(value, pretty: false) == #"{"b":[1,true,null],"a":{"x":"y"},"e":[],"o":{}}"#)
        let data = JSONWriter.data(value, pretty: false)
        #expect(data.last == 0x0A)
        #expect(String(decoding: data, as: UTF8.self) == JSONWriter.write(value, pretty: false) + "\n")
    }

    @Test func roundTripsAComplexDocument() throws {
        let value = JSONValue.object(JSONObject([
            ("tekst", .string("Hij zei: \"nee\"\nEn toen…")),
            ("lijst", .array([.string("a"), .number(-3.25), .object(JSONObject([("z", .bool(false))]))])),
            ("leeg", .string("")),
        ]))
        #expect(try JSONParser.parse(JSONWriter.write(value)) == value)
        #expect(try JSONParser.parse(JSONWriter.data(value, pretty: false)) == value)
    }
}
