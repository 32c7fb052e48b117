import Foundation
import WijkModel

/// Reads the interviews behind one answer category for the drill-down.
///
/// Same rules as the aggregator, so the list matches the count it was opened
/// from: files the validator rejects (hard problems, unknown questionnaire) are
/// left out, as the summary leaves them out; per id only the newest valid
/// `updatedAt` counts; relevance decides "not applicable". Keeps only the
/// matching responses in memory.
struct ResponseLoader {
    var paths: [String]
    var questionnaires: [Questionnaire]
    var lang: Lang
    /// Today as YYYY-MM-DD, for relevance expressions (the aggregator's `today`).
    var today: String

    func load(_ selection: ResponseSelection) -> [Response] {
        let validator = ResponseValidator(questionnaires: questionnaires, lang: lang, today: today)
        var newest: [String: (updatedAt: Date, response: Response?)] = [:]
        for file in Self.files(under: paths) {
            guard let data = FileManager.default.contents(atPath: file),
                  let response = try? ResponseDecoder.decode(data, lang: lang),
                  let questionnaire = validator.questionnaire(for: response.questionnaire),
                  !validator.validate(response).contains(where: { $0.severity == .hard }) else { continue }
            if let seen = newest[response.id], seen.updatedAt >= response.updatedAt { continue }
            var keep = selection.filter.matches(response)
            if keep {
                let engine = InterviewEngine(questionnaire: questionnaire, response: response, today: today)
                keep = selection.matches(response, relevant: engine.isRelevant(selection.questionID))
            }
            newest[response.id] = (response.updatedAt, keep ? response : nil)
        }
        return newest.values.compactMap(\.response)
    }

    /// `*.json` files under the paths (directories recursively, hidden entries skipped).
    static func files(under paths: [String]) -> [String] {
        var out: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            guard isDirectory.boolValue else { out.append(path); continue }
            guard let walker = manager.enumerator(atPath: path) else { continue }
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") { walker.skipDescendants(); continue }
                if name.hasSuffix(".json") { out.append((path as NSString).appendingPathComponent(relative)) }
            }
        }
        return out.sorted()
    }
}
