import Foundation
import WijkModel

extension CoderOption {
    /// The coding to show with results: `--coder` given, or the remembered
    /// coder if they have codings in the data folder of `paths`; nil otherwise.
    func project(paths: [String], common: CommonOptions) throws -> CodingProject? {
        try deferredProject(paths: paths, common: common)?.open()
    }

    /// `project`, decided now and opened later: which coder, and whether
    /// there is coding to show, are settled before a long read of the
    /// interviews; the codings (100 MB and more for a large corpus) are read
    /// after it, when the read's own working memory has been given back.
    func deferredProject(paths: [String], common: CommonOptions) throws -> DeferredProject? {
        let explicit = coder != nil
        guard let coder = try resolve(common.lang, required: false) else { return nil }
        let data = try CoderOption.dataFolder(paths, common: common)
        if !explicit && !FileManager.default.fileExists(atPath: CodingFolder(data: data).codingsURL(coder).path) { return nil }
        return DeferredProject(data: data, coder: coder, lang: common.lang)
    }
}

/// A coder's project to open when it is needed (`CoderOption.deferredProject`).
struct DeferredProject {
    let data: URL
    let coder: String
    let lang: Lang

    func open() throws -> CodingProject {
        try codingCommand(lang) { try CodingProject.open(data: data, coder: coder) }
    }
}
