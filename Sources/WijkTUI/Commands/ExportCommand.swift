import ArgumentParser
import Foundation
import WijkModel

/// `wijk export csv|spss|r|jsonl|codebook`: data for SPSS, R, Excel and the report.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export interviews (csv, spss, r, jsonl) or the codebook.",
        subcommands: [ExportCSVCommand.self, ExportSPSSCommand.self, ExportRCommand.self, ExportJSONLCommand.self,
                      ExportCodebookCommand.self, ExportCodingsCommand.self])
}

/// Which files and which interviews: shared by the data exports. The filters
/// are the summary's, so an export holds exactly the interviews it counts.
struct ExportSelection: ParsableArguments {
    @Argument(help: "Files or folders (default: the data directory).") var paths: [String] = []
    @OptionGroup var filters: FilterOptions
    @OptionGroup var common: CommonOptions

    /// The source (questionnaires, the checked filter) and the paths to read.
    func source() throws -> (source: ExportSource, paths: [String]) {
        let questionnaires = try common.questionnaires()
        // A mistyped filter is a usage error (exit 2), as in `wijk summary`, not an export of 0 interviews.
        var source = ExportSource(questionnaires: questionnaires, filter: try filters.filter(for: questionnaires, lang: common.lang),
                                  lang: common.lang, today: Today.string())
        source.warn = { Console.error($0) }   // as they come: held until the end, 200,000 lines were 30 MB
        return (source, try common.targets(paths))
    }

    /// Refuses (exit 2) targets that are special files, folders, symbolic
    /// links or the same path twice — before the long first pass.
    func checkTargets(_ paths: [String]) throws {
        try userFacing { try OutputTarget.check(paths.map { URL(fileURLWithPath: $0) }) }
    }

    /// Streams into `path`, replaced all-or-nothing once `body` has written everything.
    func write<T>(to path: String, _ body: (ExportOutput) throws -> T) throws -> T {
        try userFacing {
            let output = try ExportOutput.file(URL(fileURLWithPath: path))
            let result = try body(output)
            try output.commit()
            return result
        }
    }

    /// Store and target errors as messages in the interface language: a refused target is a usage error (2).
    func userFacing<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as StoreError {
            throw UserFacingError(description: error.message(common.lang))
        } catch let error as OutputTarget.Refusal {
            throw UserFacingError(description: error.message(common.lang), exitCode: 2)
        }
    }

    /// Streams the data into `csvURL` and writes the companion text (syntax,
    /// script) `body` returns into `companionURL`: both files or neither —
    /// each is written and fsynced as a temporary, then both are renamed.
    func writePair(csv csvURL: URL, companion companionURL: URL,
                   _ body: (ExportOutput) throws -> (ExportSource.Streamed, String)) throws -> ExportSource.Streamed {
        try userFacing {
            let csv = try ExportOutput.file(csvURL)
            // The companion may depend on the rows (SPSS string widths): known once the CSV is written.
            let (streamed, text) = try body(csv)
            let companion = try ExportOutput.file(companionURL)
            try companion.write(Array(text.utf8))
            try csv.seal()
            try companion.seal()
            try csv.publish()
            try companion.publish()
            return streamed
        }
    }

    func report(_ streamed: ExportSource.Streamed, _ path: String) {
        for w in streamed.warnings { Console.error(w) }
        Console.error(common.lang.t("\(common.lang.count(streamed.count, Noun.interview)) geëxporteerd naar \(path)",
                                    "\(common.lang.count(streamed.count, Noun.interview)) exported to \(path)"))
    }
}

struct ExportCSVCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv", abstract: "One row per interview, one column per question (codes: -6 unanswered, -7 not applicable, -8 don't know, -9 refused).")

    @OptionGroup var selection: ExportSelection
    @Option(name: .shortAndLong, help: "Output file.") var output: String
    @Flag(name: .long, help: "Labels instead of codes.") var labels = false
    @Option(name: .long, help: "Field separator; ';' for Dutch Excel also writes decimals with a comma (2,5).")
    var delimiter: String = ","
    @Flag(name: .long, help: "Start with a UTF-8 byte order mark (Excel).") var bom = false
    @Flag(name: .long, help: "Write text cells as they are: no leading ' before =, +, -, @ (formula protection off).")
    var rawCells = false
    @OptionGroup var withCodes: WithCodesOption

    func validate() throws {
        guard delimiter.count == 1, let c = delimiter.first, c != "\"", !c.isNewline else {
            throw ValidationError("--delimiter: one character, not a quote or line break")
        }
    }

    func run() throws {
        try selection.checkTargets([output])
        let (source, paths) = try selection.source()
        let options = CSVExport.Options(labels: labels, delimiter: delimiter.first ?? ",", bom: bom,
                                        lang: selection.common.lang, today: source.today, rawCells: rawCells)
        var export = CSVExport(layout: ExportLayout(questionnaires: source.questionnaires), options: options)
        export.codeColumns = try withCodes.columns(selection, export.layout)
        let streamed = try selection.write(to: output) { try export.write(paths: paths, from: source, to: $0) }
        selection.report(streamed, output)
    }
}

struct ExportSPSSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spss", abstract: "CSV plus an SPSS syntax file (NAME.sps) with labels and missing values.")

    @OptionGroup var selection: ExportSelection
    @Option(name: .shortAndLong, help: "Output CSV (NAME.csv); NAME.sps is written beside it.") var output: String
    @Flag(name: .long, help: "Write text cells as they are: no leading ' before =, +, -, @ (formula protection off).")
    var rawCells = false
    @OptionGroup var withCodes: WithCodesOption

    func run() throws {
        try selection.export(SPSSExport.self, to: output, rawCells: rawCells, withCodes: withCodes)
    }
}

struct ExportRCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "r", abstract: "CSV plus an R script (NAME.R, base R) with labelled factors, NA and dates.")

    @OptionGroup var selection: ExportSelection
    @Option(name: .shortAndLong, help: "Output CSV (NAME.csv); NAME.R is written beside it.") var output: String
    @Flag(name: .long, help: "Write text cells as they are: no leading ' before =, +, -, @ (formula protection off).")
    var rawCells = false
    @OptionGroup var withCodes: WithCodesOption

    func run() throws {
        try selection.export(RExport.self, to: output, rawCells: rawCells, withCodes: withCodes)
    }
}

struct ExportJSONLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jsonl", abstract: "One response JSON object per line (for R, pandas, jq).")

    @OptionGroup var selection: ExportSelection
    @Option(name: .shortAndLong, help: "Output file (default: standard output).") var output: String?

    func run() throws {
        if let output { try selection.checkTargets([output]) }
        let (source, paths) = try selection.source()
        if let output {
            let streamed = try selection.write(to: output) { try JSONLExport.write(paths: paths, from: source, to: $0) }
            selection.report(streamed, output)
        } else {
            let out = ExportOutput.standardOutput()
            let streamed = try selection.userFacing { try JSONLExport.write(paths: paths, from: source, to: out) }
            try out.commit()
            for w in streamed.warnings { Console.error(w) }
        }
    }
}

struct ExportCodebookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codebook", abstract: "Every question with codes, skip logic and checks; shared core marked.")

    @Option(name: .long, help: "markdown (default) or csv.") var format: String = "markdown"
    @Option(name: .shortAndLong, help: "Output file (default: standard output).") var output: String?
    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard format == "markdown" || format == "csv" else {
            throw ValidationError("--format: markdown or csv")
        }
    }

    func run() throws {
        let text = Codebook.render(try common.questionnaires(), format: format == "csv" ? .csv : .markdown,
                                   lang: common.lang)
        if let output {
            let url = URL(fileURLWithPath: output)
            do {
                try OutputTarget.check(url)
                AtomicFile.removeStaleTemporaries(in: url.deletingLastPathComponent(), for: url.lastPathComponent)
                try AtomicFile.write(Data(text.utf8), to: url, mode: 0o644)
            } catch let error as OutputTarget.Refusal {
                throw UserFacingError(description: error.message(common.lang), exitCode: 2)
            } catch let error as StoreError {
                throw UserFacingError(description: error.message(common.lang))
            }
        } else if format == "csv" {
            Console.data(text)
        } else {
            Console.out(text)
        }
    }
}
