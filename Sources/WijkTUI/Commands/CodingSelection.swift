import ArgumentParser
import Foundation
import WijkModel

/// Which interviews' open answers a coding command works on: the summary's
/// paths and filters (so it codes and counts exactly what `wijk summary`
/// counts), and the data folder whose `coding/` it uses.
struct CodingSelection: ParsableArguments {
    @Argument(help: "Data folder (default: the data directory); coding lives in its coding/ folder.")
    var paths: [String] = []
    @OptionGroup var filters: FilterOptions
    @OptionGroup var common: CommonOptions

    var dataFolder: URL { get throws { try CoderOption.dataFolder(paths, common: common) } }

    /// The open answers of the selected interviews, with the summary they came from.
    func answers() throws -> (summary: Summary, answers: CodableAnswers) {
        let questionnaires = try common.questionnaires()
        let options = AggregationOptions(filter: try filters.filter(for: questionnaires, lang: common.lang),
                                         keepOpenAnswers: true, lang: common.lang, today: Today.string())
        let targets = try common.targets(paths)
        let summary = Aggregator(questionnaires: questionnaires, options: options).summarize(paths: targets)
        if !summary.invalid.isEmpty {
            Console.error(common.lang.t("\(common.lang.count(summary.invalid.count, Noun.file)) overgeslagen (zie wijk validate)",
                                        "\(common.lang.count(summary.invalid.count, Noun.file)) skipped (see wijk validate)"))
        }
        return (summary, CodableAnswers(summary: summary))
    }

    /// An answer key (`id` or `id.other`) of an open question in the questionnaires, else a usage error.
    func checkQuestion(_ key: String) throws {
        let questionnaires = try common.questionnaires()
        let other = key.hasSuffix(".other")
        let id = other ? String(key.dropLast(".other".count)) : key
        let ok = questionnaires.contains { q in
            guard let question = q.question(id) else { return false }
            return other ? question.other != nil : question.type.isOpenText
        }
        guard ok else {
            throw UserFacingError(description: common.lang.t(
                "‘\(key)’ is geen open vraag (tekst of lange tekst, of ‘<vraag>.other’ voor ‘anders, namelijk’)",
                "‘\(key)’ is not an open question (text or long text, or ‘<question>.other’ for ‘other, namely’)"), exitCode: 2)
        }
    }
}
