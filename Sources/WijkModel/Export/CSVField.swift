/// One CSV field: RFC 4180 quoting, and OWASP's defence against formula injection.
public enum CSVField {
    /// RFC 4180 quoting, after `neutralise` (unless `raw`).
    public static func quote(_ field: String, delimiter: Character = ",", raw: Bool = false) -> String {
        let field = raw ? field : neutralise(field)
        // isNewline: "\r\n" is one Character, equal to neither "\r" nor "\n".
        let needs = field.contains { $0 == delimiter || $0 == "\"" || $0.isNewline }
        guard needs else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A cell that Excel or LibreOffice would evaluate — it starts with `=`,
    /// `+`, `-`, `@`, tab or CR — gets a leading `'`, so `=HYPERLINK(…)` or
    /// `@SUM(…)` from an open answer stays text. A number (`-8`, `-3`,
    /// `-2,5`, `+31`, `-1e-05`) is left alone: it cannot be a formula, and
    /// the missing-value codes must stay numbers.
    public static func neutralise(_ field: String) -> String {
        guard let first = field.utf8.first, triggers(first), !isNumber(field) else { return field }
        return "'" + field
    }

    @inline(__always)
    static func triggers(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "=") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: "@")
            || b == 0x09 || b == 0x0D
    }

    /// Widens `widths[c]` to the UTF-8 bytes of field `c` of one CSV row (as
    /// `CSVExport` writes it: fields quoted when needed, quotes doubled),
    /// unquoted, for the first `widths.count` fields.
    static func measure(_ row: UnsafeRawBufferPointer, delimiter: UInt8, into widths: inout [Int]) {
        var i = 0, column = 0
        let count = row.count
        while column < widths.count && i < count {
            var width = 0
            if row[i] == 0x22 {
                i += 1
                while i < count {
                    if row[i] == 0x22 {
                        if i + 1 < count && row[i + 1] == 0x22 { width += 1; i += 2; continue }
                        i += 1
                        break
                    }
                    width += 1
                    i += 1
                }
            }
            while i < count && row[i] != delimiter && row[i] != 0x0A && row[i] != 0x0D { width += 1; i += 1 }
            widths[column] = max(widths[column], width)
            column += 1
            guard i < count && row[i] == delimiter else { break }
            i += 1
        }
    }

    /// `[+-]digits[(.|,)digits][(e|E)[+-]digits]`: what the exports write for numbers.
    static func isNumber(_ s: String) -> Bool {
        var s = s   // withUTF8 needs a var; no copy of the bytes (an Array was one allocation per cell)
        return s.withUTF8(isNumber)
    }

    private static func isNumber(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        func digits() -> Bool {
            let start = i
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            return i > start
        }
        if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
        guard digits() else { return false }
        if i < b.count, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ",") {
            i += 1
            guard digits() else { return false }
        }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() else { return false }
        }
        return i == b.count
    }
}
