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
    @Option(name: .customLong("group-by"), help: "Group the results, one section per group: gemeente, wijk or interviewer.") var groupBy: String?
    @Option(help: "One table per question with the groups as columns: gemeente, wijk or interviewer.") var by: String?
    @Option(help: "Cross-tab of two closed (or banded number) questions: Q1,Q2 (repeatable).") var crosstab: [String] = []
    @Option(help: "Count a number question in bands: ID=LOW-HIGH,…, e.g. aantal_medewerkers=0-5,6-20,21- (repeatable).")
    var bands: [String] = []
    @Flag(name: .long, help: "Leave the open answers out (counts only).") var noOpenAnswers = false
    @Option(help: "Worker threads (default 2).") var workers: Int = 2
    @OptionGroup var coding: CoderOption
    @OptionGroup var common: CommonOptions

    func validate() throws {
        for (option, value) in [("--group-by", groupBy), ("--by", by)] {
            if let value, SummaryGrouping(rawValue: value) == nil {
                throw ValidationError(common.lang.t("\(option): verwacht gemeente, wijk of interviewer, niet '\(value)'",
                                                    "\(option): expected gemeente, wijk or interviewer, got '\(value)'"))
            }
        }
        if groupBy != nil && by != nil {
            throw ValidationError(common.lang.t("--group-by en --by gaan niet samen", "--group-by and --by cannot be combined"))
        }
        for pair in crosstab where pair.split(separator: ",").count != 2 {
            throw ValidationError(common.lang.t("--crosstab: verwacht VRAAG1,VRAAG2, niet '\(pair)'",
                                                "--crosstab: expected Q1,Q2, got '\(pair)'"))
        }
        if workers < 1 { throw ValidationError(common.lang.t("--workers: minstens 1", "--workers must be at least 1")) }
    }

    func run() throws {
        let lang = common.lang
        let questionnaires = try common.questionnaires()
        let requests = crosstab.map { pair -> CrossTabRequest in
            let parts = pair.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            return CrossTabRequest(row: parts[0], column: parts[1])
        }
        let numberBands = try parsedBands(questionnaires, lang)
        for r in requests {
            for id in [r.row, r.column] {
                let known = questionnaires.contains { $0.question(id) != nil }
                if !known {
                    let ids = questionnaires.flatMap { $0.questions.filter { $0.type.isClosed }.map(\.id) }
                    let hint = SubcommandCheck.nearest(id, among: ids).first.map { lang.t(" — bedoelde u '\($0)'?", " — did you mean '\($0)'?") } ?? ""
                    throw ValidationError(lang.t("--crosstab: onbekende vraag '\(id)'", "--crosstab: unknown question '\(id)'") + hint)
                }
                let closed = questionnaires.contains { $0.question(id)?.type.isClosed == true }
                    || numberBands.contains { $0.questionID == id }
                if !closed {
                    throw ValidationError(lang.t(
                        "--crosstab: '\(id)' is geen gesloten vraag (enkele/meerkeuze, schaal of ja/nee)",
                        "--crosstab: '\(id)' is not a closed question (single/multiple choice, scale or yes/no)"))
                }
            }
        }
        let filter = try filters.filter(for: questionnaires, lang: lang)
        // Code tables with --coder, or for the remembered coder when the data has their codings.
        let coding = try coding.deferredProject(paths: paths, common: common)
        var options = AggregationOptions(filter: filter, crossTabs: requests,
                                         workers: workers, keepOpenAnswers: !noOpenAnswers || coding != nil, lang: lang,
                                         today: Today.string())
        options.grouping = (by ?? groupBy).flatMap(SummaryGrouping.init(rawValue:))
        options.bands = numberBands
        let targets = try common.targets(paths)
        var summary = Aggregator(questionnaires: questionnaires, options: options).summarize(paths: targets)
        let project = try coding?.open()
        let tables = project.map { CodeTables(summary: summary, project: $0) }
        if noOpenAnswers && project != nil { summary.dropOpenAnswers() }
        switch format {
        case .json:
            // Streamed in 64 KB pieces of bytes: the whole text would double peak memory.
            let extra = JSONObject(tables.map { [("coding", CodeTablesJSON.encode($0))] } ?? [])
            SummaryJSON.writeUTF8(summary, lang: lang, extra: extra) { Console.out(bytes: $0) }
            Console.out("\n")
        case .text, .markdown:
            let report = SummaryReport(summary: summary, lang: lang, style: format == .text ? .text : .markdown,
                                       columnsByGroup: by != nil)
            // In pieces: markdown holds every open answer.
            report.render { Console.out($0) }
            if let tables { Console.out(CodingReport(tables: tables, base: report).render()) }
        }
    }


    /// `--bands` values, each naming a number question (integer or decimal) of some questionnaire.
    private func parsedBands(_ questionnaires: [Questionnaire], _ lang: Lang) throws -> [NumericBands] {
        var parsed: [NumericBands] = []
        for text in bands {
            let b: NumericBands
            do { b = try NumericBands.parse(text) } catch { throw ValidationError(error.message(lang)) }
            let number = questionnaires.contains { q in
                q.question(b.questionID).map { $0.type == .integer || $0.type == .decimal } ?? false
            }
            guard number else {
                throw ValidationError(lang.t("--bands: '\(b.questionID)' is geen getalvraag (geheel of decimaal getal)",
                                             "--bands: '\(b.questionID)' is not a number question (integer or decimal)"))
            }
            guard !parsed.contains(where: { $0.questionID == b.questionID }) else {
                throw ValidationError(lang.t("--bands: '\(b.questionID)' staat er twee keer", "--bands: '\(b.questionID)' given twice"))
            }
            parsed.append(b)
        }
        return parsed
    }
}
