/// A horizontal bar chart of one closed question as inline SVG: per answer
/// its label, then one bar per variant (percent of that variant's base) with
/// the 95% interval as a whisker and the percentage as text. The variants
/// differ in fill and in pattern (solid, hatched), so the chart reads in
/// greyscale and for colour-blind readers (Okabe–Ito blue and orange). Every
/// bar carries its numbers as `data-*` attributes and a `<title>`; the table
/// that follows the chart is its text equivalent.
struct ReportChart {
    let question: ReportQuestion
    let words: ReportWords
    /// Unique within the document (pattern and title ids).
    let index: Int

    static let width = 400.0
    static let plot = 260.0          // bar length at 100%
    static let barHeight = 13.0
    static let labelHeight = 16.0
    static let gap = 9.0

    func svg(titleID: String, tableID: String) -> String {
        let codes = question.codes
        let variants = question.results
        let rowHeight = Self.labelHeight + Double(variants.count) * (Self.barHeight + 2) + Self.gap
        let height = Double(codes.count) * rowHeight + 22
        var out = "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 \(Int(Self.width)) \(Int(height))\" "
        out += "aria-labelledby=\"\(titleID)\" aria-describedby=\"\(tableID)\" xmlns=\"http://www.w3.org/2000/svg\">"
        out += "<title id=\"\(titleID)\">" + HTMLText.line(question.label.resolve(words.lang.rawValue)) + "</title>"
        out += "<defs><pattern id=\"hatch-\(index)\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
        out += "<rect width=\"5\" height=\"5\" fill=\"#E69F00\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"#6b4a00\" stroke-width=\"2\"/></pattern></defs>"
        // Grid lines at 0, 25, 50, 75 and 100%.
        for tick in stride(from: 0, through: 100, by: 25) {
            let x = Double(tick) / 100 * Self.plot
            out += "<line class=\"grid\" x1=\"\(f(x))\" y1=\"0\" x2=\"\(f(x))\" y2=\"\(f(height - 18))\"/>"
            out += "<text class=\"axis\" x=\"\(f(x))\" y=\"\(f(height - 4))\" text-anchor=\"\(tick == 0 ? "start" : tick == 100 ? "end" : "middle")\">\(tick)%</text>"
        }
        var y = 0.0
        for code in codes {
            let label = words.label(code, question.label(of: code))
            out += "<text class=\"label\" x=\"0\" y=\"\(f(y + 12))\">" + HTMLText.line(ReportQuotes.shortened(label, limit: 56)) + "</text>"
            y += Self.labelHeight
            for result in variants {
                let v = result.slot
                let choice = result.summary.choice(code)
                let count = choice?.count ?? 0
                let base = result.summary.answered
                let percent = choice?.percent ?? (base > 0 ? 0 : nil)
                let w = (percent ?? 0) / 100 * Self.plot
                let fill = v == 0 ? "#0072B2" : v == 1 ? "url(#hatch-\(index))" : "#CC79A7"
                let tip = "\(words.variant(result.variant)): \(count) / \(base) (\(words.percent(percent)); 95%: \(words.interval(choice?.percentInterval)))"
                out += "<rect class=\"bar v\(v)\" x=\"0\" y=\"\(f(y))\" width=\"\(f(w))\" height=\"\(f(Self.barHeight))\" fill=\"\(fill)\" "
                out += "data-variant=\"\(HTMLText.line(result.variant))\" data-code=\"\(HTMLText.line(code))\" "
                out += "data-count=\"\(count)\" data-base=\"\(base)\"><title>" + HTMLText.line(tip) + "</title></rect>"
                if let ci = choice?.percentInterval {
                    let lo = ci.lower / 100 * Self.plot, hi = ci.upper / 100 * Self.plot, mid = y + Self.barHeight / 2
                    let whisker = "M\(f(lo)) \(f(mid))H\(f(hi))M\(f(lo)) \(f(mid - 4))v8M\(f(hi)) \(f(mid - 4))v8"
                    out += "<path class=\"halo\" d=\"\(whisker)\"/><path class=\"ci\" d=\"\(whisker)\"/>"
                    out += "<text class=\"value\" x=\"\(f(max(w, hi) + 5))\" y=\"\(f(y + 11))\">\(words.percent(percent))</text>"
                } else {
                    out += "<text class=\"value\" x=\"\(f(w + 5))\" y=\"\(f(y + 11))\">\(words.percent(percent))</text>"
                }
                y += Self.barHeight + 2
            }
            y += Self.gap
        }
        return out + "</svg>"
    }

    /// The legend: which fill is which variant, with base n.
    func legend() -> String {
        var out = "<ul class=\"legend\">"
        for r in question.results {
            out += "<li><span class=\"swatch v\(r.slot)\" aria-hidden=\"true\"></span>\(HTMLText.line(words.variant(r.variant))) (n = \(r.summary.answered))</li>"
        }
        out += "<li><span class=\"whisker\" aria-hidden=\"true\"></span>" + words.t("95%-betrouwbaarheidsinterval", "95% confidence interval") + "</li>"
        return out + "</ul>"
    }

    private func f(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
