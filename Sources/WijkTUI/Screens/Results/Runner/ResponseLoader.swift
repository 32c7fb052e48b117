import Foundation
import WijkModel

/// Reads the interviews behind one answer category for the drill-down:
/// `Corpus.responses(answering:in:)`, the summary's own files, revisions,
/// filter and answer coding, so the list matches the count it was opened from.
struct ResponseLoader {
    var paths: [String]
    var questionnaires: [Questionnaire]
    var lang: Lang
    /// Today as YYYY-MM-DD, for relevance expressions (the aggregator's `today`).
    var today: String

    func load(_ selection: ResponseSelection) -> [Response] {
        Corpus(paths: paths, questionnaires: questionnaires, lang: lang, today: today, filter: selection.filter)
            .responses(answering: selection.questionID, in: selection.code)
    }
}
