/// Horizontal bars drawn with eighth blocks, so small differences stay visible
/// in a narrow column. Characters only: works the same without colour.
enum BarChart {
    private static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// A bar for `value` on a scale where `maximum` fills `width` columns.
    static func bar(_ value: Double, maximum: Double, width: Int) -> String {
        guard width > 0, maximum > 0, value > 0 else { return "" }
        let units = Int((min(value, maximum) / maximum * Double(width * 8)).rounded())
        var text = String(repeating: "█", count: units / 8)
        if units % 8 > 0 { text.append(eighths[units % 8 - 1]) }
        if text.isEmpty { text = "▏" }  // a non-zero value never looks like zero
        return text
    }

    /// Right-aligns `text` in `width` columns.
    static func right(_ text: String, _ width: Int) -> String {
        let w = TextWidth.of(text)
        return w >= width ? text : String(repeating: " ", count: width - w) + text
    }
}
