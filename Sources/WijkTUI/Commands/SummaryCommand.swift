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
    @Flag(name: .long, help: "Count draft interviews too.") var includeDrafts = false
    @Option(help: "Only this variant (wijkteam, migrantenorganisatie).") var variant: String?
    @Option(help: "Only this gemeente.") var gemeente: String?
    @Option(help: "Only this wijk.") var wijk: String?
    @Option(help: "Only this interviewer.") var interviewer: String?
    @Option(help: "Interviews on or after this date (YYYY-MM-DD).") var from: String?
    @Option(help: "Interviews on or before this date (YYYY-MM-DD).") var to: String?
    @Option(help: "Only this status: draft or complete.") var status: String?
    @Option(name: .customLong("group-by"), help: "Group the results: gemeente.") var groupBy: String?
    @Option(help: "Cross-tab of two closed questions: Q1,Q2 (repeatable).") var crosstab: [String] = []
    @Flag(name: .long, help: "Leave the open answers out (counts only).") var noOpenAnswers = false
    @Option(help: "Worker threads (default 2).") var workers: Int = 2
    @OptionGroup var common: CommonOptions

    func validate() throws {
        for date in [from, to].compactMap({ $0 }) where Timestamp.parse(date + "T00:00:00Z") == nil {
            throw ValidationError("--from/--to: expected YYYY-MM-DD, got '\(date)'")
        }
        if let status, ResponseStatus(rawValue: status) == nil {
            throw ValidationError("--status: expected draft or complete, got '\(status)'")
        }
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
                    throw UserFacingError(description: lang.t(
                        "--crosstab: '\(id)' is geen gesloten vraag (enkele/meerkeuze, schaal of ja/nee)",
                        "--crosstab: '\(id)' is not a closed question (single/multiple choice, scale or yes/no)"), exitCode: 2)
                }
            }
        }
        let filter = ResponseFilter(variant: variant, gemeente: gemeente, wijk: wijk, interviewer: interviewer,
                                    from: from, to: to, status: status.flatMap(ResponseStatus.init(rawValue:)),
                                    includeDrafts: includeDrafts)
        let options = AggregationOptions(filter: filter, groupByGemeente: groupBy == "gemeente", crossTabs: requests,
                                         workers: workers, keepOpenAnswers: !noOpenAnswers, lang: lang,
                                         today: Today.string())
        let targets = paths.isEmpty ? [common.dataDirectory.path] : paths
        let summary = Aggregator(questionnaires: questionnaires, options: options).summarize(paths: targets)
        switch format {
        case .json:
            FileHandle.standardOutput.write(JSONWriter.data(SummaryJSON.encode(summary, lang: lang)))
            Console.out("\n")
        case .text:
            Console.out(SummaryReport(summary: summary, lang: lang, style: .text).render())
        case .markdown:
            Console.out(SummaryReport(summary: summary, lang: lang, style: .markdown).render())
        }
    }
}
