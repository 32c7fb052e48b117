import ArgumentParser
import Foundation
import WijkModel

/// `wijk summary [DIR...]`: the aggregated results, non-interactively.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Summarise interviews per question, wijkteams and migrantenorganisaties side by side.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }

    @Argument(help: "Data folders or files (default: the data directory).") var paths: [String] = []
    @Option(help: "Output: text (default), json or markdown.") var format: Format = .text
    @OptionGroup var filters: FilterOptions
    @Option(name: .customLong("group-by"), help: "Group the results: gemeente.") var groupBy: String?
    @Option(help: "Cross-tab of two closed questions: Q1,Q2 (repeatable).") var crosstab: [String] = []
    @Flag(name: .long, help: "Leave the open answers out (counts only).") var noOpenAnswers = false
    @Option(help: "Worker threads (default 2).") var workers: Int = 2
    @OptionGroup var coding: CoderOption
    @OptionGroup var common: CommonOptions

    func validate() throws {
        if let groupBy, groupBy != "gemeente" { throw ValidationError("--group-by: only 'gemeente' is supported") }
        for pair in crosstab where pair.split(separator: ",").count != 2 {
            throw ValidationError("--crosstab: expected Q1,Q2, got '\(pair)'")
        }
        if workers < 1 { throw ValidationError("--workers must be at least 1") }
    }

    func run() throws {
        let lang = common.lang
        let questionnaires = try common.questionnaires()
        let requests = crosstab.map { pair -> CrossTabRequest in
            let parts = pair.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            return CrossTabRequest(row: parts[0], column: parts[1])
        }
        for r in requests {
            for id in [r.row, r.column] {
                let closed = questionnaires.contains { $0.question(id)?.type.isClosed == true }
                if !closed {
                    throw ValidationError(lang.t(
                        "--crosstab: '\(id)' is geen gesloten vraag (enkele/meerkeuze, schaal of ja/nee)",
                        "--crosstab: '\(id)' is not a closed question (single/multiple choice, scale or yes/no)"))
                }
            }
        }
        let filter = filters.filter
        // Code tables with --coder, or for the remembered coder when the data has their codings.
        let project = try codingProject(lang)
        let options = AggregationOptions(filter: filter, groupByGemeente: groupBy == "gemeente", crossTabs: requests,
                                         workers: workers, keepOpenAnswers: !noOpenAnswers || project != nil, lang: lang,
                                         today: Today.string())
        let targets = paths.isEmpty ? [common.dataDirectory.path] : paths
        var summary = Aggregator(questionnaires: questionnaires, options: options).summarize(paths: targets)
        let tables = project.map { CodeTables(summary: summary, project: $0) }
        if noOpenAnswers && project != nil { summary.dropOpenAnswers() }
        switch format {
        case .json:
            // Streamed in 64 KB pieces of bytes: the whole text would double peak memory.
            let extra = JSONObject(tables.map { [("coding", CodeTablesJSON.encode($0))] } ?? [])
            SummaryJSON.writeUTF8(summary, lang: lang, extra: extra) { Console.out(bytes: $0) }
            Console.out("\n")
        case .text, .markdown:
            let report = SummaryReport(summary: summary, lang: lang, style: format == .text ? .text : .markdown)
            Console.out(report.render() + (tables.map { CodingReport(tables: $0, base: report).render() } ?? ""))
        }
    }

    /// The coding to tabulate: `--coder` given, or the remembered coder if they have codings here.
    private func codingProject(_ lang: Lang) throws -> CodingProject? {
        try coding.project(paths: paths, common: common)
    }
}
