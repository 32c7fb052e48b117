import Foundation

/// `wijk export r`: the coded data as CSV (as `export spss` writes it, single
/// choices numbered) plus an R script, base R only, that reads it with
/// `read.csv` and makes single choices and yes/no labelled factors, scales
/// ordered factors in scale order, the `ExportCode`s `NA`, and dates `Date`s;
/// every column gets its question as a `label` attribute.
///
/// The script names the CSV by its file name only (`wijk_csv` at its top):
/// run it from the folder holding both files, or change that line.
public struct RExport: Sendable {
    public let layout: ExportLayout
    public let lang: Lang
    public let today: String
    public let rawCells: Bool

    public init(layout: ExportLayout, lang: Lang = .nl, today: String, rawCells: Bool = false) {
        self.layout = layout; self.lang = lang; self.today = today; self.rawCells = rawCells
    }

    /// 0/1 columns of one coder's codes after the layout's (`--with-codes`).
    public var codeColumns: CodeColumns?

    /// The data: the coded CSV, comma-separated, LF line ends (`read.csv`
    /// reads quoted line breaks in open answers as they are).
    var csvExport: CSVExport {
        CSVExport.coded(layout: layout, lang: lang, today: today, rawCells: rawCells, codeColumns: codeColumns)
    }

    /// The CSV and the script in memory, for tests and small sets.
    public func render(_ responses: [Response], csvName: String) -> (csv: Data, script: String) {
        (csvExport.data(responses), script(csvName: csvName))
    }

    /// Streams the CSV to `output` (not committed here) and returns the script for it.
    public func write(paths: [String], from source: ExportSource, to output: ExportOutput,
                      csvName: String) throws -> (streamed: ExportSource.Streamed, script: String) {
        (try csvExport.write(paths: paths, from: source, to: output), script(csvName: csvName))
    }

    /// The R script for a CSV called `csvName`.
    public func script(csvName: String) -> String {
        let variables = ExportVariable.make(layout, codeColumns: codeColumns, lang: lang)
        let codes = ExportCode.allCases
        var out = "# Wijk: " + lang.t("gegevens inlezen met labels (alleen base R)", "read data with labels (base R only)") + ".\n"
        out += "# " + lang.t("Voer uit vanuit de map met het CSV-bestand, bijvoorbeeld: source(\"script.R\")",
                             "Run from the folder holding the CSV file, for example: source(\"script.R\")") + "\n"
        out += "# " + lang.t("Codes, in R NA: ", "Codes, NA in R: ")
            + codes.map { "\($0.rawValue) = \(Self.comment($0.label(lang)))" }.joined(separator: ", ") + "\n"
        out += "# " + lang.t("De reden van elk ontbrekend antwoord blijft in het CSV-bestand staan.",
                             "The reason for each missing answer stays in the CSV file.") + "\n\n"
        out += "wijk_csv <- \(Self.string(csvName))\n"
        out += "wijk_codes <- c(" + codes.map { String($0.rawValue) }.joined(separator: ", ") + ")\n"
        out += "wijk <- read.csv(wijk_csv, encoding = \"UTF-8\", check.names = FALSE, na.strings = character(0),\n"
        let classes = variables.map { $0.storage == .string || $0.storage == .date ? "\"character\"" : "\"numeric\"" }
        out += "                 colClasses = c(" + stride(from: 0, to: classes.count, by: 8).map {
            classes[$0..<min($0 + 8, classes.count)].joined(separator: ", ")
        }.joined(separator: ",\n                                ") + "))\n"
        out += "wijk_na <- function(x) replace(x, x %in% wijk_codes | x %in% as.character(wijk_codes), NA)\n"
        out += "wijk_factor <- function(x, levels, labels, ordered = FALSE)\n"
        out += "    factor(wijk_na(x), levels = levels, labels = labels, ordered = ordered)\n\n"
        for variable in variables {
            let column = "wijk[[\(Self.string(variable.name))]]"
            if variable.isFactor {
                let values = variable.valueLabels.map(\.value).joined(separator: ", ")
                let labels = variable.valueLabels.map { Self.string($0.label) }.joined(separator: ", ")
                out += "\(column) <- wijk_factor(\(column), c(\(values)),\n    c(\(labels))"
                out += variable.level == .ordinal ? ", ordered = TRUE)\n" : ")\n"
            } else if variable.storage == .date {
                out += "\(column) <- as.Date(wijk_na(\(column)), format = \"%Y-%m-%d\")\n"
            } else if !variable.codes.isEmpty {
                out += "\(column) <- wijk_na(\(column))\n"
            }
            out += "attr(\(column), \"label\") <- \(Self.string(variable.label))\n"
        }
        return out
    }

    /// An R string literal that no label can end early or spread over lines:
    /// backslashes and quotes escaped, control characters (line breaks too),
    /// DEL, C1 and bidi controls as spaces, and every other non-ASCII
    /// character as a `\u{…}` escape, so the script reads the same in any locale.
    static func string(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case _ where DisplayText.isUnsafe(scalar.value, keepLayout: false): out += " "
            case _ where scalar.isASCII: out.unicodeScalars.append(scalar)
            default: out += (scalar.value > 0xFFFF ? "\\U{" : "\\u{") + String(scalar.value, radix: 16) + "}"
            }
        }
        return out + "\""
    }

    /// Text for a `#` comment: on one line, ASCII only (as `string` writes it, without quotes).
    static func comment(_ s: String) -> String {
        String(string(s).dropFirst().dropLast())
    }
}
