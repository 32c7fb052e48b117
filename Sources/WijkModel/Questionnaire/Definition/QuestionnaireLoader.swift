import Foundation

/// Why a questionnaire file could not be used: unreadable, not JSON, or with
/// hard problems (every one of them listed).
public struct QuestionnaireLoadError: Error, Sendable {
    public var file: String
    public var problems: [Problem]

    public func message(_ lang: Lang) -> String {
        problems.map { $0.line(file: file) }.joined(separator: "\n")
    }
}

/// Loads questionnaire files and knows the bundled ones.
public enum QuestionnaireLoader {
    /// A questionnaire file is a few hundred KB at most; refuse absurd sizes early.
    static let maxFileSize = 16 << 20

    /// Reads, decodes and lints a file. Returns the questionnaire and any soft
    /// problems (warnings); throws when anything hard is wrong.
    public static func load(contentsOf url: URL, lang: Lang = .nl) throws(QuestionnaireLoadError)
        -> (questionnaire: Questionnaire, warnings: [Problem]) {
        let (questionnaire, problems) = lint(contentsOf: url, lang: lang)
        let hard = problems.filter { $0.severity == .hard }
        guard let questionnaire, hard.isEmpty else {
            throw QuestionnaireLoadError(file: url.path, problems: hard.isEmpty ? problems : hard)
        }
        return (questionnaire, problems)
    }

    /// Every problem of a file, soft and hard, for `wijk questionnaire lint`.
    public static func lint(contentsOf url: URL, lang: Lang = .nl) -> (questionnaire: Questionnaire?, problems: [Problem]) {
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            if let size = attributes[.size] as? Int, size > maxFileSize {
                return (nil, [Problem(path: "$", message: lang.t("bestand is te groot voor een vragenlijst",
                                                                  "file is too large for a questionnaire"))])
            }
            data = try Data(contentsOf: url)
        } catch {
            return (nil, [Problem(path: "$", message: lang.t("kan niet lezen: ", "cannot read: ")
                                  + error.localizedDescription)])
        }
        let json: JSONValue
        do {
            json = try JSONParser.parse(data)
        } catch {
            return (nil, [Problem(path: "$", message: error.message(lang))])
        }
        return QuestionnaireDecoder.decode(json, lang: lang)
    }
}
