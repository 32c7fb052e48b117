/// One coder's coding in a report: the code frequencies of `CodeTables` (per
/// open question and variant, % of the coded answers) and, per question and
/// code, a few spread quotes of answers currently coded with it (stale
/// codings, whose text changed since, are left out as the tables leave them).
public struct ReportCoding: Sendable {
    public var tables: CodeTables
    /// Question key (`id` or `id.other`) → code id → quotes.
    public var quotes: [String: [String: [CodableAnswer]]]

    public init(summary: Summary, project: CodingProject, quotesPerCode: Int = 2) {
        let answers = CodableAnswers(summary: summary)
        tables = CodeTables(answers: answers, codings: project.codings, codebook: project.codebook,
                            variants: CodeTables.variants(of: summary))
        var quotes: [String: [String: [CodableAnswer]]] = [:]
        for question in tables.questions {
            // Indices, not answers: a code may be on a hundred thousand of them; only the quotes picked are made.
            var byCode: [String: [Int]] = [:]
            for i in answers.indices(question: question.question) {
                guard let n = project.codings.number(interview: answers.interview(i)) else { continue }
                for code in project.codings.current(n, question: question.question, fingerprint: answers.fingerprint(i)).codes {
                    byCode[code, default: []].append(i)
                }
            }
            quotes[question.question] = byCode.mapValues { list in
                ReportQuotes.spread(list, cap: quotesPerCode) { answers.answers[$0].text }.map { answers.answers[$0] }
            }
        }
        self.quotes = quotes
    }

    /// The tables of one question key, if it was coded.
    public func question(_ key: String) -> CodeTables.QuestionCodes? {
        tables.questions.first { $0.question == key }
    }
}
