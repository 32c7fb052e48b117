import Foundation
import WijkModel

/// An export written as the coded CSV plus a companion file that reads it
/// (SPSS syntax, R script): both commands check, read, write the pair
/// all-or-nothing and report the same way, here once.
protocol PairedExport {
    /// The companion's extension beside `NAME.csv`.
    static var companionExtension: String { get }
    init(layout: ExportLayout, lang: Lang, today: String, rawCells: Bool)
    var layout: ExportLayout { get }
    var codeColumns: CodeColumns? { get set }
    /// Streams the CSV to `output` and returns the companion's text.
    func writePair(paths: [String], from source: ExportSource, to output: ExportOutput,
                   csvName: String) throws -> (ExportSource.Streamed, String)
}

extension SPSSExport: PairedExport {
    static var companionExtension: String { "sps" }

    func writePair(paths: [String], from source: ExportSource, to output: ExportOutput,
                   csvName: String) throws -> (ExportSource.Streamed, String) {
        try write(paths: paths, from: source, to: output, csvName: csvName)
    }
}

extension RExport: PairedExport {
    static var companionExtension: String { "R" }

    func writePair(paths: [String], from source: ExportSource, to output: ExportOutput,
                   csvName: String) throws -> (ExportSource.Streamed, String) {
        try write(paths: paths, from: source, to: output, csvName: csvName)
    }
}

extension ExportSelection {
    /// `wijk export spss|r`: `output` (NAME.csv) and NAME.<companion> beside it.
    func export<E: PairedExport>(_: E.Type, to output: String, rawCells: Bool, withCodes: WithCodesOption) throws {
        let csvURL = URL(fileURLWithPath: output)
        let companionURL = csvURL.deletingPathExtension().appendingPathExtension(E.companionExtension)
        try checkTargets([csvURL.path, companionURL.path])
        let (source, paths) = try source()
        var export = E(layout: ExportLayout(questionnaires: source.questionnaires),
                       lang: common.lang, today: source.today, rawCells: rawCells)
        export.codeColumns = try withCodes.columns(self, export.layout)
        let streamed = try writePair(csv: csvURL, companion: companionURL) { [export] in
            try export.writePair(paths: paths, from: source, to: $0, csvName: csvURL.lastPathComponent)
        }
        report(streamed, csvURL.path + " + " + companionURL.lastPathComponent)
    }
}
