import Foundation

/// `wijk export spss`: the data as CSV plus a syntax file that reads it as
/// labelled, coded variables, so SPSS (and GNU PSPP) users get data that
/// analyses right in one step: single choices, scales and yes/no as numeric
/// variables with value labels (choices numbered in list order, scale points
/// in scale order), the `ExportCode`s declared as MISSING VALUES, a level of
/// measurement per variable and dates as SPSS dates — in questionnaire order.
///
/// The CSV is the coded export (`CSVExport` with `numberedChoices`),
/// comma-separated, LF line ends and line breaks inside open answers replaced
/// by spaces (GET DATA reads one case per line). The syntax names the CSV by
/// its file name only: run it from the folder that holds both files, or edit `/FILE`.
public struct SPSSExport: Sendable {
    public let layout: ExportLayout
    public let lang: Lang
    public let today: String
    /// Text cells exactly as written (see `CSVExport.Options.rawCells`).
    public let rawCells: Bool

    public init(layout: ExportLayout, lang: Lang = .nl, today: String, rawCells: Bool = false) {
        self.layout = layout; self.lang = lang; self.today = today; self.rawCells = rawCells
    }

    /// 0/1 columns of one coder's codes after the layout's (`--with-codes`).
    public var codeColumns: CodeColumns?

    /// The CSV export this syntax reads: numbered choices, comma, LF, one case per line.
    var csvExport: CSVExport {
        CSVExport.coded(layout: layout, lang: lang, today: today, rawCells: rawCells, codeColumns: codeColumns,
                        flattenLineBreaks: true)
    }

    /// The CSV contents and the syntax text for a CSV called `csvName`, in
    /// memory: for tests and small sets. The command streams with `write`.
    public func render(_ responses: [Response], csvName: String) -> (csv: Data, syntax: String) {
        let export = csvExport
        let table = export.table(responses)
        var widths = Array(repeating: 0, count: export.header.count)
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
    public func write(paths: [String], from source: ExportSource, to output: ExportOutput,
                      csvName: String) throws -> (streamed: ExportSource.Streamed, syntax: String) {
        let streamed = try csvExport.write(paths: paths, from: source, to: output, measureWidths: true)
        return (streamed, syntax(widths: streamed.widths, csvName: csvName))
    }

    /// The variables, labelled in the export's language.
    var variables: [ExportVariable] { ExportVariable.make(layout, codeColumns: codeColumns, lang: lang) }

    /// The syntax; `widths` holds each column's widest cell in UTF-8 bytes.
    func syntax(widths: [Int], csvName: String) -> String {
        let variables = self.variables
        // The stream measures the layout's columns only; the code columns are numbers.
        let widths = widths + Array(repeating: 0, count: max(0, variables.count - widths.count))
        let dates = variables.indices.filter { variables[$0].storage == .date }
        // Dates are read as text under a name of their own, then made dates.
        let allNames = SPSSNames.make(variables.map(\.name) + dates.map { variables[$0].name + "_tekst" })
        let names = Array(allNames.prefix(variables.count))
        var readAs = names
        for (k, i) in dates.enumerated() { readAs[i] = allNames[variables.count + k] }

        var out = "* Wijk: " + lang.t("gegevens inlezen met labels", "read data with labels") + ".\n"
        out += "* " + lang.t("Voer uit vanuit de map met ", "Run from the folder holding ") + Self.oneLine(csvName) + ".\n"
        out += "* " + lang.t("Codes (ontbrekende waarden): ", "Codes (missing values): ")
            + ExportCode.allCases.map { "\($0.rawValue) = \($0.label(lang))" }.joined(separator: ", ") + ".\n\n"
        out += "GET DATA\n  /TYPE=TXT\n  /FILE=\(quote(csvName))\n  /ENCODING='UTF-8'\n"
        out += "  /ARRANGEMENT=DELIMITED\n  /DELCASE=LINE\n  /FIRSTCASE=2\n  /DELIMITERS=\",\"\n  /QUALIFIER='\"'\n  /VARIABLES=\n"
        for (i, variable) in variables.enumerated() {
            out += "    \(readAs[i]) \(inputFormat(variable, width: widths[i]))\n"
        }
        out += ".\n\n"
        if !dates.isEmpty {
            for i in dates {
                out += "DO IF (SUBSTR(\(readAs[i]), 1, 1) = '-').\n  COMPUTE \(names[i]) = NUMBER(\(readAs[i]), F8.0).\n"
                out += "ELSE IF (\(readAs[i]) <> '').\n  COMPUTE \(names[i]) = NUMBER(\(readAs[i]), SDATE10).\nEND IF.\n"
            }
            out += "FORMATS" + Self.list(dates.map { names[$0] }) + " (DATE11).\n"
            out += "* " + lang.t("Terug in de volgorde van de vragenlijst, zonder de tekstkolommen van de datums.",
                                 "Back in questionnaire order, without the dates' text columns.") + "\n"
            out += "MATCH FILES /FILE=*\n  /KEEP=" + Self.list(names) + ".\n\n"
        }
        out += "VARIABLE LABELS\n"
        out += zip(names, variables).map { "  \($0) \(quote(truncate($1.label)))" }.joined(separator: "\n")
        out += ".\n\n"
        var valueLabels: [String] = []
        for (i, variable) in variables.enumerated() {
            let isString = variable.storage == .string
            let pairs = variable.valueLabels + variable.codes.map { ($0.cell, $0.label(lang)) }
            guard !pairs.isEmpty else { continue }
            let items = pairs.map { "    \(isString ? quote($0.0) : $0.0) \(quote(truncate($0.1)))" }
            valueLabels.append((valueLabels.isEmpty ? "  " : "  /") + names[i] + "\n" + items.joined(separator: "\n"))
        }
        if !valueLabels.isEmpty {
            out += "VALUE LABELS\n" + valueLabels.joined(separator: "\n") + ".\n\n"
        }
        out += missingValues(variables, names)
        var levels: [String] = []
        for level in [ExportVariable.Level.nominal, .ordinal, .scale] {
            let these = variables.indices.filter { variables[$0].level == level }.map { names[$0] }
            if !these.isEmpty { levels.append(Self.list(these) + " (" + level.rawValue.uppercased() + ")") }
        }
        out += "VARIABLE LEVEL" + levels.joined(separator: "\n  /") + ".\n"
        return out + "EXECUTE.\n"
    }

    /// MISSING VALUES: every number and date with codes as the range -9 THRU -6;
    /// a string takes at most three values, so the ones its question can have
    /// (don't know and refused first: unanswered and not applicable are rarer there).
    private func missingValues(_ variables: [ExportVariable], _ names: [String]) -> String {
        var out = ""
        let numeric = variables.indices.filter { variables[$0].storage != .string && !variables[$0].codes.isEmpty }
        if !numeric.isEmpty {
            let low = ExportCode.allCases.map(\.rawValue).min()!, high = ExportCode.allCases.map(\.rawValue).max()!
            out += "MISSING VALUES" + Self.list(numeric.map { names[$0] }) + " (\(low) THRU \(high)).\n"
        }
        var byCodes: [[ExportCode]: [String]] = [:], order: [[ExportCode]] = []
        for i in variables.indices where variables[i].storage == .string && !variables[i].codes.isEmpty {
            let preferred: [ExportCode] = [.dontKnow, .refused, .notApplicable, .unanswered]
            let codes = Array(preferred.filter(variables[i].codes.contains).prefix(3))
            if byCodes[codes] == nil { order.append(codes) }
            byCodes[codes, default: []].append(names[i])
        }
        for codes in order {
            out += "MISSING VALUES" + Self.list(byCodes[codes]!) + " (" + codes.map { "'\($0.rawValue)'" }.joined(separator: ", ") + ").\n"
        }
        return out.isEmpty ? "" : out + "\n"
    }

    /// Names one per line (syntax lines stay short, however many there are).
    static func list(_ names: [String]) -> String {
        names.map { "\n    " + $0 }.joined()
    }

    /// How GET DATA reads a column: a number, or text as wide as its widest cell
    /// (and every code it may hold); a date as its `YYYY-MM-DD` text.
    private func inputFormat(_ variable: ExportVariable, width widest: Int) -> String {
        switch variable.storage {
        case .numeric(let decimals): return decimals == 0 ? "F8.0" : "F10.\(decimals)"
        case .date: return "A\(max(10, widest))"
        case .string:
            var width = max(2, widest)
            for (value, _) in variable.valueLabels { width = max(width, value.utf8.count) }
            return "A\(min(width, 32_767))"
        }
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
