import Foundation
import WijkModel

/// Reads the interviews behind one answer category for the drill-down.
///
/// The files are chosen by `ExportSource.plan`, the summary's own rules, so
/// the list matches the count it was opened from: files the validator rejects
/// (hard problems, unknown questionnaire, too large) are left out, per id
/// only the newest valid `updatedAt` counts (ties by path), the filter
/// applies to that newest revision; relevance decides "not applicable".
/// Keeps only the matching responses in memory, oldest interview first.
struct ResponseLoader {
    var paths: [String]
    var questionnaires: [Questionnaire]
    var lang: Lang
    /// Today as YYYY-MM-DD, for relevance expressions (the aggregator's `today`).
    var today: String

    func load(_ selection: ResponseSelection) -> [Response] {
        let source = ExportSource(questionnaires: questionnaires, filter: selection.filter, lang: lang, today: today)
        let validator = ResponseValidator(questionnaires: questionnaires, lang: lang, today: today)
        var matching: [Response] = []
        for file in source.plan(paths: paths).files {
            // Valid a moment ago; a file that changed since is left out rather than guessed at.
            guard let data = FileManager.default.contents(atPath: file),
                  let response = try? ResponseDecoder.decode(data, lang: lang),
                  let questionnaire = validator.questionnaire(for: response.questionnaire) else { continue }
            let engine = InterviewEngine(questionnaire: questionnaire, response: response, today: today)
            if selection.matches(response, relevant: engine.isRelevant(selection.questionID)) {
                matching.append(response)
            }
        }
        return matching
    }
}
