import Foundation
import WijkModel

extension CoderOption {
    /// The coding to show with results: `--coder` given, or the remembered
    /// coder if they have codings in the data folder of `paths`; nil otherwise.
    func project(paths: [String], common: CommonOptions) throws -> CodingProject? {
        let lang = common.lang
        let explicit = coder != nil
        guard let coder = try resolve(lang, required: false) else { return nil }
        let data = try CoderOption.dataFolder(paths, common: common)
        if !explicit && !FileManager.default.fileExists(atPath: CodingFolder(data: data).codingsURL(coder).path) { return nil }
        return try codingCommand(lang) { try CodingProject.open(data: data, coder: coder) }
    }
}
