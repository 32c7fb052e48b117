import ArgumentParser
import Foundation
import WijkModel

/// `wijk report [DIR...] -o report.html`: the results as one file to hand
/// over — HTML with charts (inline CSS and SVG, no script, nothing fetched)
/// or markdown — from the same count as `wijk summary`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "One self-contained HTML report (or markdown): charts, intervals, tests and quotes.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case html, markdown }

    @OptionGroup var selection: ExportSelection
    @OptionGroup var coding: CoderOption
    @Option(name: .shortAndLong, help: "Output file (default: standard output).") var output: String?
    @Option(help: "Output: html (default) or markdown.") var format: Format = .html
    @Option(help: "Quotes per open question and variant (default 4).") var quotes: Int = 4
    @Option(help: "Worker threads (default 2).") var workers: Int = 2

    func validate() throws {
        let lang = selection.common.lang
        if workers < 1 { throw ValidationError(lang.t("--workers: minstens 1", "--workers must be at least 1")) }
        if !(0...50).contains(quotes) { throw ValidationError(lang.t("--quotes: 0 tot en met 50", "--quotes: 0 to 50")) }
    }

    func run() throws {
        let common = selection.common
        if let output { try selection.checkTargets([output]) }
        let questionnaires = try common.questionnaires()
        let filter = try selection.filters.filter(for: questionnaires, lang: common.lang)
        let aggregation = AggregationOptions(filter: filter, workers: workers, keepOpenAnswers: true,
                                             lang: common.lang, today: Today.string())
        let targets = try common.targets(selection.paths)
        let summary = Aggregator(questionnaires: questionnaires, options: aggregation).summarize(paths: targets)
        // Codes with --coder, or for the remembered coder when the data has their codings.
        let codes = try coding.project(paths: selection.paths, common: common).map { ReportCoding(summary: summary, project: $0) }
        let options = ReportOptions(lang: common.lang, date: Today.string(), quotesPerVariant: quotes)
        let text = format == .html
            ? HTMLReport(summary: summary, questionnaires: questionnaires, options: options, coding: codes).render()
            : MarkdownReport(summary: summary, questionnaires: questionnaires, options: options, coding: codes).render()
        guard let output else { Console.out(text); return }
        try selection.write(to: output) { try $0.write(Array(text.utf8)) }
        Console.error(common.lang.t(
            "Rapport over \(common.lang.count(summary.counted, Noun.interview)) geschreven naar \(output)",
            "Report on \(common.lang.count(summary.counted, Noun.interview)) written to \(output)"))
    }
}
