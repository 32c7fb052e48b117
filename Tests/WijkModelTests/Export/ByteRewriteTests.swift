import Foundation
import Testing
@testable import WijkModel

/// The exports' byte-level rewrites give exactly what their plain definitions give:
/// `CSVExport.flatten` as splitting `Character`s at line breaks, `JSONLExport.compact`
/// as dropping whitespace outside strings and escaping DEL, C1 and bidi controls.
@Suite struct ByteRewriteTests {
    /// The definition `flatten` replaced (split on Characters, empty pieces dropped).
    static func flattenByCharacters(_ s: String) -> String {
        s.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }.joined(separator: " ")
    }

    @Test(arguments: ["", "plain", "\n", "\r\n\r\n", "a\nb", "a\r\nb", "a\r\rb\n\n", "\n\u{301}x\r\u{301}",
                      "é\n\n🇳🇱\r\n=SUM(1)", "  spaces\n kept  ", "\r\n\t-5\n"])
    func flattenMatchesCharacterSplit(_ s: String) {
        #expect(CSVExport.flatten(s) == Self.flattenByCharacters(s))
    }

    /// The byte-by-byte compaction `compact` replaced.
    static func compactByBytes(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [], i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var inString = false, escaped = false
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            if !inString {
                if b != 0x20 && b != 0x0A && b != 0x0D && b != 0x09 { out.append(b) }
                inString = b == 0x22
            } else if escaped {
                escaped = false; out.append(b)
            } else if b == 0x5C || b == 0x22 {
                escaped = b == 0x5C; inString = b == 0x5C; out.append(b)
            } else if let scalar = String(decoding: bytes[(i - 1)...].prefix(3), as: UTF8.self).unicodeScalars.first,
                      b >= 0x7F, DisplayText.isUnsafe(scalar.value) {
                out += Array(String(format: "\\u%04x", scalar.value).utf8)
                i += scalar.utf8.count - 1
            } else {
                out.append(b)
            }
        }
        return out + [0x0A]
    }

    @Test func compactMatchesByteByByte() {
        // Controls at every offset of a machine word, next to quotes, escapes and indentation.
        let odd = ["\u{7F}", "\u{85}", "\u{9F}", "\u{202E}", "\u{2066}", "\u{2069}", "é", "\u{A0}", "\u{200F}",
                   "\\\"", "\\\\", "\\u0041", "\u{2028}", "€", "🇳🇱"]
        var cases: [String] = ["{}", "\u{FEFF}{ \"a\" : [ 1 , 2 ] }", "{\"k\":\"\"}"]
        for (n, piece) in odd.enumerated() {
            for pad in 0..<10 {
                let text = String(repeating: "x", count: pad) + piece + String(repeating: "y", count: n % 9)
                cases.append("{\n        \"a\": \"\(text)\",\r\n\t\"\(text)\": [ \"\(piece)\" , 1.5e3, true ]\n}\n")
            }
        }
        for json in cases {
            var out: [UInt8] = [0x41]   // appended after what is there
            Array(json.utf8).withUnsafeBytes { JSONLExport.compact($0, to: &out) }
            #expect(out == [0x41] + Self.compactByBytes(Array(json.utf8)), "\(json.debugDescription)")
        }
    }
}
