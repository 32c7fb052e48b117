import Foundation

extension Lang {
    /// `value` with `decimals` places in this language's notation ("3,5" in
    /// Dutch, "3.5" in English), never "-0,0".
    public func decimal(_ value: Double, _ decimals: Int = 1) -> String {
        let text = String(format: "%.\(decimals)f", value)
        let cleaned = text == "-0" || text.hasPrefix("-0.") && Double(text) == 0 ? String(text.dropFirst()) : text
        return self == .nl ? cleaned.replacingOccurrences(of: ".", with: ",") : cleaned
    }
}
