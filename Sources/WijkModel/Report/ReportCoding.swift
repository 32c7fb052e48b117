/// One coder's coding in a report: the code frequencies of `CodeTables` (per
/// open question and variant, % of the coded answers) and, per question and
/// code, a few spread quotes of answers currently coded with it (stale
/// codings, whose text changed since, are left out as the tables leave them).
public struct ReportCoding: Sendable {
    public var tables: CodeTables
    /// Question key (`id` or `id.other`) → code id → quotes.
    public var quotes: [String: [String: [CodableAnswer]]]

    public init(summary: Summary, project: CodingProject, quotesPerCode: Int = 2) {
        tables = CodeTables(summary: summary, project: project)
        let answers = CodableAnswers(summary: summary)
        var quotes: [String: [String: [CodableAnswer]]] = [:]
        for question in tables.questions {
            var byCode: [String: [CodableAnswer]] = [:]
            for a in answers.answers(question: question.question) {
                for c in project.codes(of: a) where !c.isStale { byCode[c.id, default: []].append(a) }
            }
            quotes[question.question] = byCode.mapValues { ReportQuotes.spread($0, cap: quotesPerCode) { $0.text } }
        }
        self.quotes = quotes
    }

    /// The tables of one question key, if it was coded.
    public func question(_ key: String) -> CodeTables.QuestionCodes? {
        tables.questions.first { $0.question == key }
    }
}
