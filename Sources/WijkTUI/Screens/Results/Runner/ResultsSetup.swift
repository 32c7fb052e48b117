import Foundation
import WijkModel

/// Everything a results browser needs on some data folders: the first summary,
/// the browser, the aggregation closure and the drill-down loader. Shared by
/// `wijk results` and the home screen's "Resultaten bekijken".
struct ResultsSetup {
    let browser: ResultsBrowser
    /// Makes a summary for a query over the folders (the runner's `.reaggregate`).
    let aggregate: @Sendable (ResultsQuery) -> Summary
    let loader: ResponseLoader
    /// The coder's project, when coding (`--coder`).
    let coding: CodingRunner?

    /// Aggregates once with `filter` (reads every file: can take a while).
    init(paths: [String], questionnaires: [Questionnaire], lang: Lang, filter: ResponseFilter,
         today: String = Today.string(), coding: CodingRunner? = nil) {
        let aggregate: @Sendable (ResultsQuery) -> Summary = { query in
            var options = AggregationOptions(filter: query.filter, crossTabs: query.crossTabs, lang: lang, today: today)
            options.grouping = query.grouping
            return Aggregator(questionnaires: questionnaires, options: options).summarize(paths: paths)
        }
        let query = ResultsQuery(filter: filter)
        self.aggregate = aggregate
        var browser = ResultsBrowser(summary: aggregate(query), questionnaires: questionnaires, lang: lang, query: query)
        if let coding { browser.attach(coding: coding.project, coders: coding.coders) }
        self.browser = browser
        self.coding = coding
        self.loader = ResponseLoader(paths: paths, questionnaires: questionnaires, lang: lang, today: today)
    }

    /// The session that runs this browser on a started terminal.
    @MainActor
    func session(on terminal: NcursesTerminal) -> ResultsSession {
        ResultsSession(browser: browser, terminal: terminal, aggregate: aggregate, loadResponses: loader.load,
                       coding: coding)
    }
}
