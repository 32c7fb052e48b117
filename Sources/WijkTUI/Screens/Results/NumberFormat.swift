import Foundation
import WijkModel

/// Numbers as the results screens print them: Dutch decimal comma by default,
/// percentages rounded to whole numbers, differences with an explicit sign.
/// Plain arithmetic instead of NumberFormatter: these run for every visible row.
enum NumberFormat {
    /// A number as an answer code: "3" rather than "3.0" (as the aggregator codes scale points).
    static func code(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return JSONWriter.format(number: d)
    }

    /// `value` with `decimals` decimals, trailing ",0" kept off for whole numbers
    /// only when `decimals` is 0.
    static func decimal(_ value: Double, _ decimals: Int = 1, lang: Lang) -> String {
        lang.decimal(value, decimals)
    }

    /// A number that may be whole: "12", "3,5".
    static func value(_ value: Double, lang: Lang) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return decimal(value, 2, lang: lang)
    }

    /// "58%", or "–" when there is no base.
    static func percent(_ value: Double?) -> String {
        guard let value else { return "–" }
        return "\(Int(value.rounded()))%"
    }

    /// "+12 pp", "−3 pp", "0 pp".
    static func points(_ value: Double?) -> String {
        guard let value else { return "" }
        let rounded = Int(value.rounded())
        return signed(rounded == 0 ? "0" : String(abs(rounded)), negative: rounded < 0, zero: rounded == 0) + " pp"
    }

    /// A signed difference of means: "+0,4", "−1,2".
    static func difference(_ value: Double?, lang: Lang) -> String {
        guard let value else { return "" }
        let text = decimal(abs(value), 1, lang: lang)
        let zero = decimal(0, 1, lang: lang)
        return signed(text, negative: value < 0 && text != zero, zero: text == zero)
    }

    private static func signed(_ magnitude: String, negative: Bool, zero: Bool) -> String {
        zero ? magnitude : (negative ? "−" : "+") + magnitude
    }
}
