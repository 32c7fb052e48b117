import ArgumentParser
import Foundation
import WijkModel

/// `wijk export csv|spss|jsonl|codebook`: data for SPSS, R, Excel and the report.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export interviews (csv, spss, jsonl) or the codebook.",
        subcommands: [ExportCSVCommand.self, ExportSPSSCommand.self, ExportJSONLCommand.self,
                      ExportCodebookCommand.self])
}

/// Which files and which interviews: shared by the data exports.
struct ExportSelection: ParsableArguments {
    @Argument(help: "Files or folders (default: the data directory).") var paths: [String] = []
    @Option(name: .long, help: "Only this variant (wijkteam, migrantenorganisatie); repeatable.")
    var variant: [String] = []
    @Option(name: .long, help: "Only this status (draft, complete); repeatable. Default: complete.")
    var status: [String] = []
    @Flag(name: .long, help: "Include drafts (same as --status complete --status draft).")
    var includeDrafts = false
    @Option(name: .long, help: "Only this gemeente; repeatable.") var gemeente: [String] = []
    @OptionGroup var common: CommonOptions

    func validate() throws {
        for s in status where ResponseStatus(rawValue: s) == nil {
            throw ValidationError(common.lang.t("Onbekende status '\(s)' (draft, complete).",
                                                "Unknown status '\(s)' (draft, complete)."))
        }
    }

    var filter: ExportFilter {
        var statuses = Set(status.compactMap(ResponseStatus.init(rawValue:)))
        if statuses.isEmpty { statuses = [.complete] }
        if includeDrafts { statuses.insert(.draft) }
        return ExportFilter(variants: Set(variant.map { $0.lowercased() }), statuses: statuses,
                            gemeenten: Set(gemeente))
    }

    /// The selected responses; skipped files are reported on stderr.
    func responses() -> [Response] {
        let targets = paths.isEmpty ? [common.dataDirectory.path] : paths
        let (all, warnings) = ResponseLoading.load(paths: targets, lang: common.lang)
        for w in warnings { Console.error(w) }
        let filter = self.filter
        return all.filter(filter.includes)
    }

    /// Writes `data` atomically (0600: interview data is personal data).
    func write(_ data: Data, to path: String) throws {
        do { try AtomicFile.write(data, to: URL(fileURLWithPath: path)) } catch {
            throw UserFacingError(description: "\(error)")
        }
    }

    func report(_ count: Int, _ path: String) {
        Console.error(common.lang.t("\(count) interview(s) geëxporteerd naar \(path)",
                                    "\(count) interview(s) exported to \(path)"))
    }
}

struct ExportCSVCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv", abstract: "One row per interview, one column per question (codes: -8 don't know, -9 refused).")

    @OptionGroup var selection: ExportSelection
    @Option(name: .shortAndLong, help: "Output file.") var output: String
    @Flag(name: .long, help: "Labels instead of codes.") var labels = false
    @Option(name: .long, help: "Field separator, e.g. ';' for Dutch Excel.") var delimiter: String = ","
    @Flag(name: .long, help: "Start with a UTF-8 byte order mark (Excel).") var bom = false

    func validate() throws {
        guard delimiter.count == 1, let c = delimiter.first, c != "\"", !c.isNewline else {
            throw ValidationError("--delimiter: one character, not a quote or line break")
        }
    }

    func run() throws {
        let responses = selection.responses()
        let options = CSVExport.Options(labels: labels, delimiter: delimiter.first ?? ",", bom: bom,
                                        lang: selection.common.lang)
        let export = CSVExport(layout: ExportLayout(questionnaires: try selection.common.questionnaires()),
                               options: options)
        try selection.write(export.data(responses), to: output)
        selection.report(responses.count, output)
    }
}

struct ExportSPSSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spss", abstract: "CSV plus an SPSS syntax file (NAME.sps) with labels and missing values.")

    @OptionGroup var selection: ExportSelection
    @Option(name: .shortAndLong, help: "Output CSV (NAME.csv); NAME.sps is written beside it.") var output: String

    func run() throws {
        let responses = selection.responses()
        let csvURL = URL(fileURLWithPath: output)
        let spsURL = csvURL.deletingPathExtension().appendingPathExtension("sps")
        let export = SPSSExport(layout: ExportLayout(questionnaires: try selection.common.questionnaires()),
                                lang: selection.common.lang, today: Today.string())
        let (csv, syntax) = export.render(responses, csvName: csvURL.lastPathComponent)
        try selection.write(csv, to: csvURL.path)
        try selection.write(Data(syntax.utf8), to: spsURL.path)
        selection.report(responses.count, csvURL.path + " + " + spsURL.lastPathComponent)
    }
}

struct ExportJSONLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jsonl", abstract: "One response JSON object per line (for R, pandas, jq).")

    @OptionGroup var selection: ExportSelection
    @Option(name: .shortAndLong, help: "Output file (default: standard output).") var output: String?

    func run() throws {
        let responses = selection.responses()
        let data = JSONLExport.data(responses)
        if let output {
            try selection.write(data, to: output)
            selection.report(responses.count, output)
        } else {
            FileHandle.standardOutput.write(data)
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
            do { try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: output), mode: 0o644) } catch {
                throw UserFacingError(description: "\(error)")
            }
        } else {
            Console.out(text)
        }
    }
}
