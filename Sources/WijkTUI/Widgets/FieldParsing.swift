import WijkModel

/// Reading and showing numbers and dates as interviewers type them. Hand-written
/// (no formatters): cheap per key and independent of the machine's locale.
public enum FieldParsing {
    /// "2,5", "2.5", " -3 " → the number; nil when it is not a number.
    /// A Dutch decimal comma is accepted in every language.
    public static func number(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: " ")
        guard !trimmed.isEmpty, trimmed.filter({ $0 == "," || $0 == "." }).count <= 1 else { return nil }
        let normalized = String(trimmed.map { $0 == "," ? "." : $0 })
        guard normalized.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
              let value = Double(normalized), value.isFinite else { return nil }
        return value
    }

    /// A number as the interviewer would type it: 3 rather than 3.0, decimal comma in Dutch.
    public static func format(_ number: Double, lang: Lang) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
        let text = String(number)
        return lang == .nl ? String(text.map { $0 == "." ? "," : $0 }) : text
    }

    /// YYYY-MM-DD, D-M-YYYY or D-M-YY (with -, / or . between) → "YYYY-MM-DD"; a two-digit
    /// year is 20YY. Only the shape is checked here; the engine rejects 2026-02-30.
    public static func date(_ text: String) -> String? {
        let parts = text.trimmingCharacters(in: " ")
            .split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
            .map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        let (year, month, day): (Int, Int, Int)
        if parts[0].count == 4 {
            guard parts[1].count <= 2, parts[2].count <= 2 else { return nil }
            (year, month, day) = (a, b, c)
        } else if parts[2].count == 4 || parts[2].count == 2, parts[0].count <= 2, parts[1].count <= 2 {
            (year, month, day) = (parts[2].count == 2 ? 2000 + c : c, b, a)
        } else {
            return nil
        }
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}

private extension String {
    func trimmingCharacters(in character: Character) -> String {
        guard let start = firstIndex(where: { $0 != character }),
              let end = lastIndex(where: { $0 != character }) else { return "" }
        return String(self[start...end])
    }
}
