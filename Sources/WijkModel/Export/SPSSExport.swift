import Foundation

/// `wijk export spss`: the data as CSV plus a syntax file that reads it with
/// variable names, variable labels, value labels and missing values, so SPSS
/// (and GNU PSPP) users get labelled data in one step.
///
/// The CSV is the plain export with codes, comma-separated, LF line ends and
/// line breaks inside open answers replaced by spaces (GET DATA reads one
/// case per line). The syntax names the CSV by its file name only: run it from
/// the folder that holds both files, or edit `/FILE`.
public struct SPSSExport: Sendable {
    public let layout: ExportLayout
    public let lang: Lang
    public let today: String
    /// Text cells exactly as written (see `CSVExport.Options.rawCells`).
    public let rawCells: Bool

    public init(layout: ExportLayout, lang: Lang = .nl, today: String, rawCells: Bool = false) {
        self.layout = layout; self.lang = lang; self.today = today; self.rawCells = rawCells
    }

    /// The CSV export this syntax reads: codes, comma, LF, one case per line.
    var csvExport: CSVExport {
        var options = CSVExport.Options(lang: lang, today: today)
        options.flattenLineBreaks = true
        options.lineEnding = "\n"
        options.rawCells = rawCells
        return CSVExport(layout: layout, options: options)
    }

    /// The CSV contents and the syntax text for a CSV called `csvName`, in
    /// memory: for tests and small sets. The command streams with `write`.
    public func render(_ responses: [Response], csvName: String) -> (csv: Data, syntax: String) {
        let export = csvExport
        let table = export.table(responses)
        var widths = Array(repeating: 0, count: layout.columns.count)
        for row in table.dropFirst() {
            for (c, cell) in row.enumerated() {
                let flat = CSVExport.flatten(cell)
                widths[c] = max(widths[c], (rawCells ? flat : CSVField.neutralise(flat)).utf8.count)
            }
        }
        return (Data(export.bytes(table)), syntax(widths: widths, csvName: csvName))
    }

    /// Streams the CSV to `output` (not committed here) and returns the syntax
    /// for it, whose string widths come from the rows just written.
    public func write(_ plan: ExportPlan, from source: ExportSource, to output: ExportOutput,
                      csvName: String) throws -> (streamed: ExportSource.Streamed, syntax: String) {
        let streamed = try csvExport.write(plan, from: source, to: output, measureWidths: true)
        return (streamed, syntax(widths: streamed.widths, csvName: csvName))
    }

    enum VariableType: Equatable { case string(width: Int), numeric(String) }

    /// The syntax; `widths` holds each column's widest cell in UTF-8 bytes.
    func syntax(widths: [Int], csvName: String) -> String {
        let columns = layout.columns
        let names = SPSSNames.make(columns.map(\.name))
        let types = columns.indices.map { type(of: columns[$0].kind, width: widths[$0]) }
        var out = "* Wijk: gegevens inlezen met labels / read data with labels.\n"
        out += "* " + lang.t("Voer uit vanuit de map met ", "Run from the folder holding ") + Self.oneLine(csvName) + ".\n"
        out += "* -8 = " + lang.t("weet niet", "don't know") + ", -9 = " + lang.t("wil niet zeggen", "refused") + ".\n\n"
        out += "GET DATA\n  /TYPE=TXT\n  /FILE=\(quote(csvName))\n  /ENCODING='UTF-8'\n"
        out += "  /ARRANGEMENT=DELIMITED\n  /DELCASE=LINE\n  /FIRSTCASE=2\n  /DELIMITERS=\",\"\n  /QUALIFIER='\"'\n  /VARIABLES=\n"
        for (name, type) in zip(names, types) {
            switch type {
            case .string(let width): out += "    \(name) A\(width)\n"
            case .numeric(let format): out += "    \(name) \(format)\n"
            }
        }
        out += ".\n\nVARIABLE LABELS\n"
        out += zip(names, columns).map { "  \($0) \(quote(truncate(label(for: $1.kind))))" }.joined(separator: "\n")
        out += ".\n\n"
        var valueLabels: [String] = []
        for (i, column) in columns.enumerated() {
            let pairs = self.valueLabels(for: column.kind)
            guard !pairs.isEmpty else { continue }
            let isString = !isNumeric(types[i])
            let items = pairs.map { "    \(isString ? quote($0.0) : $0.0) \(quote(truncate($0.1)))" }
            valueLabels.append((valueLabels.isEmpty ? "  " : "  /") + names[i] + "\n" + items.joined(separator: "\n"))
        }
        if !valueLabels.isEmpty {
            out += "VALUE LABELS\n" + valueLabels.joined(separator: "\n") + ".\n\n"
        }
        let numericNames = columns.indices.filter { hasSpecial(columns[$0].kind) && isNumeric(types[$0]) }.map { names[$0] }
        let stringNames = columns.indices.filter { hasSpecial(columns[$0].kind) && !isNumeric(types[$0]) }.map { names[$0] }
        if !numericNames.isEmpty { out += "MISSING VALUES " + numericNames.joined(separator: " ") + " (-8, -9).\n" }
        if !stringNames.isEmpty { out += "MISSING VALUES " + stringNames.joined(separator: " ") + " ('-8', '-9').\n" }
        return out + "EXECUTE.\n"
    }

    private func isNumeric(_ t: VariableType) -> Bool { if case .numeric = t { return true } else { return false } }

    private func type(of kind: ExportLayout.Kind, width widest: Int) -> VariableType {
        switch kind {
        case .choice: return .numeric("F8.0")
        case .answer(let q) where q.type == .decimal: return .numeric("F10.2")
        case .answer(let q) where q.type == .scale || q.type == .integer || q.type == .yesNo: return .numeric("F8.0")
        default:
            // Widest value in bytes, and wide enough for every code and "-8".
            var width = max(2, widest)
            for (code, _) in valueLabels(for: kind) { width = max(width, code.utf8.count) }
            return .string(width: min(width, 32_767))
        }
    }

    private func hasSpecial(_ kind: ExportLayout.Kind) -> Bool {
        switch kind {
        case .answer(let q), .choice(let q, _): return q.allowDontKnow || q.allowRefused
        default: return false
        }
    }

    func label(for kind: ExportLayout.Kind) -> String {
        let l = lang.rawValue
        switch kind {
        case .metadata(let m): return m.rawValue
        case .answer(let q): return q.label.resolve(l)
        case .choice(let q, let c): return c.label.resolve(l) + " — " + q.label.resolve(l)
        case .other(let q): return lang.t("Anders, namelijk — ", "Other, namely — ") + q.label.resolve(l)
        }
    }

    /// (value, label) pairs; values unquoted.
    func valueLabels(for kind: ExportLayout.Kind) -> [(String, String)] {
        var pairs: [(String, String)] = []
        let l = lang.rawValue
        switch kind {
        case .metadata, .other: return []
        case .choice:
            pairs = [("1", lang.t("gekozen", "selected")), ("0", lang.t("niet gekozen", "not selected"))]
        case .answer(let q):
            switch q.type {
            case .single:
                pairs = layout.choiceList(for: q)?.choices.map { ($0.value, $0.label.resolve(l)) } ?? []
            case .scale:
                if let s = q.scale {
                    pairs = (s.min...s.max).compactMap { p in s.label(for: p).map { (String(p), $0.resolve(l)) } }
                }
            case .yesNo: pairs = [("1", lang.t("ja", "yes")), ("0", lang.t("nee", "no"))]
            default: break
            }
        }
        if hasSpecial(kind) {
            pairs.append((ExportLayout.dontKnowCode, lang.t("weet niet", "don't know")))
            pairs.append((ExportLayout.refusedCode, lang.t("wil niet zeggen", "refused")))
        }
        return pairs
    }

    /// SPSS labels hold at most 255 bytes (cut at a character boundary).
    func truncate(_ s: String) -> String {
        guard s.utf8.count > 255 else { return s }
        var out = ""
        for c in s {
            if out.utf8.count + String(c).utf8.count > 252 { break }
            out.append(c)
        }
        return out + "…"
    }

    /// A string literal that no input can end early or extend over a line:
    /// control characters (line breaks too), DEL, C1 and bidi controls become
    /// spaces, quotes are doubled, and text longer than `chunkBytes` is split
    /// into several literals joined with `+` on continuation lines, so no
    /// syntax line gets longer than PSPP and SPSS read (SPSS: 256 bytes).
    func quote(_ s: String) -> String {
        var chunks: [String] = []
        var current = ""
        for c in Self.oneLine(s) {
            if current.utf8.count + c.utf8.count > Self.chunkBytes {
                chunks.append(current)
                current = ""
            }
            current.append(c)
        }
        chunks.append(current)
        return chunks.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" }.joined(separator: "\n      + ")
    }

    /// Literal pieces of at most this many bytes (before quotes are doubled:
    /// at most 2 × 60 + 2 on a line, well within 256).
    static let chunkBytes = 60

    /// `s` on one harmless line: every character `DisplayText` would escape
    /// (all C0 controls here, line breaks included) becomes a space.
    static func oneLine(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { DisplayText.isUnsafe($0.value, keepLayout: false) }) else { return s }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            out.append(DisplayText.isUnsafe(scalar.value, keepLayout: false) ? " " : scalar)
        }
        return String(out)
    }
}
