import ArgumentParser
import Foundation
import WijkModel

/// `--coder NAME` and where coding lives, for the coding commands and the
/// summary. A name given is remembered in the config (`"coder"`), so the
/// next command (and the results browser) codes as the same person.
struct CoderOption: ParsableArguments {
    @Option(name: .long, help: "Coder name (remembered for the next time): letters, digits, - and _.")
    var coder: String?

    func validate() throws {
        if let coder, !CoderName.isValid(coder) {
            throw ValidationError(CodingError.invalidCoder(coder).message(.nl))
        }
    }

    /// The name given, else the remembered one; a name given is remembered.
    func resolve(_ lang: Lang, required: Bool = true) throws -> String? {
        let url = InterviewerConfig.url()
        var config = InterviewerConfig.load(from: url)
        if let coder {
            if config.coder != coder {
                config.coder = coder
                do { try config.save(to: url) } catch let error as StoreError {
                    // Remembering is a convenience: the command itself can still run.
                    Console.error(lang.t("Let op: codeurnaam niet onthouden: ", "Note: coder name not remembered: ") + error.message(lang))
                }
            }
            return coder
        }
        if CoderName.isValid(config.coder) { return config.coder }
        guard !required else {
            throw UserFacingError(description: lang.t("Geef aan wie codeert: --coder NAAM (wordt onthouden)",
                                                      "Say who is coding: --coder NAME (remembered)"), exitCode: 2)
        }
        return nil
    }

    /// The data folder coding belongs to: the first folder among `paths`, else the data directory.
    /// A named path that is not there is refused (`CommonOptions.targets`), not
    /// silently replaced by the default data directory.
    static func dataFolder(_ paths: [String], common: CommonOptions) throws -> URL {
        for path in try common.targets(paths) where !paths.isEmpty {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
                return URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
            }
        }
        return common.dataDirectory
    }
}

/// Coding, store and output errors as messages in the interface language;
/// a code, coder or pattern that cannot be used, or a refused target, is a usage error (2).
func codingCommand<T>(_ lang: Lang, _ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as CodingError {
        switch error {
        case .invalidFile, .noSuchAnswer, .unreadableImport:
            throw UserFacingError(description: error.message(lang))
        default:
            throw UserFacingError(description: error.message(lang), exitCode: 2)
        }
    } catch let error as StoreError {
        throw UserFacingError(description: error.message(lang))
    } catch let error as OutputTarget.Refusal {
        throw UserFacingError(description: error.message(lang), exitCode: 2)
    }
}
