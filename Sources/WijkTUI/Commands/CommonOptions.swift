import ArgumentParser
import Foundation
import WijkModel

extension Lang: ExpressibleByArgument {}

/// Options that work with every command: where data lives, which questionnaire, which language.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Data directory (default: $WIJK_DATA, $XDG_DATA_HOME/wijk/responses or ~/.local/share/wijk/responses).")
    var data: String?

    @Option(name: .long, help: "A questionnaire definition file to use besides the bundled ones.")
    var questionnaire: String?

    @Option(name: .long, help: "Interface language: nl (default) or en.")
    var lang: Lang = .nl

    var dataDirectory: URL { DataDirectory.resolve(explicit: data) }

    /// The folders and files a command reads: those named, or the data directory.
    /// A named one that is not there is a typo, not an empty study: exit 1
    /// before anything is counted or written.
    func targets(_ paths: [String]) throws -> [String] {
        if paths.isEmpty { return [dataDirectory.path] }
        for path in paths where !FileManager.default.fileExists(atPath: path) {
            throw UserFacingError(description: lang.t("‘\(path)’ bestaat niet", "‘\(path)’ does not exist"))
        }
        return paths
    }

    /// The bundled questionnaires, plus the user's own file if given (which
    /// replaces a bundled one with the same id).
    func questionnaires() throws -> [Questionnaire] {
        var all = BundledQuestionnaires.all
        if let path = questionnaire {
            do {
                let loaded = try QuestionnaireLoader.load(contentsOf: URL(fileURLWithPath: path), lang: lang)
                all.removeAll { $0.id == loaded.questionnaire.id }
                all.insert(loaded.questionnaire, at: 0)
            } catch {
                throw UserFacingError(description: lang.t("Vragenlijst kan niet worden gebruikt:\n",
                                                          "Questionnaire cannot be used:\n") + error.message(lang))
            }
        }
        return all
    }
}
