/// XLSForm comparison rules across value types (see `ExpressionValue`).
enum Comparison {
    /// `=`: empty equals only empty and `''`; a number against text compares
    /// numerically when the text is a number; a bool against text reads the
    /// text as yes/no; a list compares as its space-joined text.
    static func equal(_ a: ExpressionValue, _ b: ExpressionValue) -> Bool {
        switch (a, b) {
        case (.empty, .empty):
            return true
        case (.empty, let other), (let other, .empty):
            return other.isBlank
        case (.number(let x), .number(let y)):
            return x == y
        case (.bool(let x), .bool(let y)):
            return x == y
        case (.string(let x), .string(let y)):
            return x == y
        case (.number(let x), .string(let s)), (.string(let s), .number(let x)):
            if let y = ExpressionValue.parseNumber(s) { return x == y }
            return ExpressionValue.format(x) == s
        case (.bool(let x), .number(let y)), (.number(let y), .bool(let x)):
            return (x ? 1 : 0) == y
        case (.bool(let x), let other), (let other, .bool(let x)):
            // Remaining: string or list.
            return ExpressionValue.parseBool(other.stringValue) == x
        case (.list, _), (_, .list):
            return a.stringValue == b.stringValue
        }
    }

    /// Sign of the ordering of `a` and `b` for `< <= > >=`, or nil when
    /// either is empty (so every ordering comparison with empty is false) or
    /// a number meets non-numeric text. Numbers and numeric text compare
    /// numerically; other text by Unicode scalars, so YYYY-MM-DD dates order.
    static func order(_ a: ExpressionValue, _ b: ExpressionValue) -> Int? {
        if a.isBlank || b.isBlank { return nil }
        switch (a, b) {
        case (.string(let x), .string(let y)):
            // Two texts: numeric if both are numbers ('10' > '9'), else by text.
            if let p = ExpressionValue.parseNumber(x), let q = ExpressionValue.parseNumber(y) {
                return sign(p, q)
            }
            return textOrder(x, y)
        case (.number, _), (_, .number), (.bool, _), (_, .bool):
            // A number against text that is no number (e.g. "dontKnow") has no
            // order: XPath's NaN. Comparing as text would make `${age} > 18`
            // true for a don't-know answer.
            guard let p = numeric(a), let q = numeric(b) else { return nil }
            return sign(p, q)
        default:
            return textOrder(a.stringValue, b.stringValue)
        }
    }

    /// Numeric reading for ordering: numbers, bools as 1/0, numeric text; lists never.
    private static func numeric(_ v: ExpressionValue) -> Double? {
        v.numberValue
    }

    private static func sign(_ p: Double, _ q: Double) -> Int {
        p < q ? -1 : (p > q ? 1 : 0)
    }

    private static func textOrder(_ x: String, _ y: String) -> Int {
        // Compare scalars, not Characters: cheaper, and exact for ASCII dates.
        if x.unicodeScalars.elementsEqual(y.unicodeScalars) { return 0 }
        return x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars) ? -1 : 1
    }
}
