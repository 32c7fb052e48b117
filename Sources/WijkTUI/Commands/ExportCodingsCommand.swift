import ArgumentParser
import Foundation
import WijkModel

/// `wijk export codings`: every coding as a CSV row, with the safety rules of the other exports.
struct ExportCodingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codings",
        abstract: "One row per coding: interview, question, variant, gemeente, coder, code, code name, text.")

    @OptionGroup var selection: ExportSelection
    @Option(name: .shortAndLong, help: "Output file.") var output: String
    @Option(name: .long, help: "Only this coder (default: every coder).") var coder: String?
    @Option(name: .long, help: "Field separator; ';' for Dutch Excel.") var delimiter: String = ","
    @Flag(name: .long, help: "Start with a UTF-8 byte order mark (Excel).") var bom = false
    @Flag(name: .long, help: "Write text cells as they are: no leading ' before =, +, -, @ (formula protection off).")
    var rawCells = false

    func validate() throws {
        let lang = selection.common.lang
        if let coder, !CoderName.isValid(coder) { throw ValidationError(CodingError.invalidCoder(coder).message(lang)) }
        guard delimiter.count == 1, let c = delimiter.first, c != "\"", !c.isNewline else {
            throw ValidationError(lang.t("--delimiter: één teken, geen aanhalingsteken of regeleinde",
                                         "--delimiter: one character, not a quote or line break"))
        }
    }

    func run() throws {
        let lang = selection.common.lang
        try selection.checkTargets([output])
        let folder = CodingFolder(data: try CoderOption.dataFolder(selection.paths, common: selection.common))
        let names = (coder.map { [$0] } ?? folder.coders()).filter { FileManager.default.fileExists(atPath: folder.codingsURL($0).path) }
        let noCodings = UserFacingError(description: lang.t("Geen coderingen in \(folder.url.path)", "No codings in \(folder.url.path)"))
        guard !names.isEmpty else { throw noCodings }
        let book = try codingCommand(lang) { try folder.loadCodebook() }
        let questionnaires = try selection.common.questionnaires()
        let options = AggregationOptions(filter: try selection.filters.filter(for: questionnaires, lang: lang),
                                         keepOpenAnswers: true, lang: lang, today: Today.string())
        let targets = try selection.common.targets(selection.paths)
        let summary = Aggregator(questionnaires: questionnaires, options: options).summarize(paths: targets)
        for report in summary.invalid { Console.error(DisplayText.line(report.file) + ": " + lang.t("overgeslagen", "skipped")) }
        // Read after the interviews, when the read's working memory has been given back (large files).
        let coders = try codingCommand(lang) { try names.map(folder.loadCodings) }
        guard coders.contains(where: { $0.count > 0 }) else { throw noCodings }
        let export = CodingsExport(options: CSVExport.Options(delimiter: delimiter.first ?? ",", bom: bom, lang: lang,
                                                              today: Today.string(), rawCells: rawCells))
        let count = try selection.write(to: output) {
            try export.write(answers: CodableAnswers(summary: summary), coders: coders, codebook: book, to: $0)
        }
        Console.error(lang.t("\(count) coderingen geëxporteerd naar \(output)", "\(count) codings exported to \(output)"))
    }

    /// `--with-codes CODER` for the tabular exports.
    static func codeColumns(_ coder: String, _ selection: ExportSelection, _ layout: ExportLayout) throws -> CodeColumns {
        let lang = selection.common.lang
        let folder = CodingFolder(data: try CoderOption.dataFolder(selection.paths, common: selection.common))
        let (book, codings) = try codingCommand(lang) { (try folder.loadCodebook(), try folder.loadCodings(coder)) }
        if codings.count == 0 {
            throw UserFacingError(description: lang.t("codeur ‘\(coder)’ heeft hier niets gecodeerd (\(folder.url.path))",
                                                      "coder ‘\(coder)’ has coded nothing here (\(folder.url.path))"), exitCode: 2)
        }
        return CodeColumns(codings: codings, codebook: book, layout: layout)
    }
}
