import Foundation
@testable import WijkModel

/// What the merge suites share: response files written as interviewers' folders, and a merge run.
protocol MergeTesting {}

extension MergeTesting {
    var validator: ResponseValidator { ResponseValidator(questionnaires: BundledQuestionnaires.all, today: SampleData.today) }

    func write(_ responses: [Response], to dir: URL) throws {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for r in responses { try r.encoded().write(to: dir.appendingPathComponent(r.id + ".json")) }
    }

    func merge(_ sources: [URL], into target: URL, dryRun: Bool = false) throws -> MergeReport {
        try ResponseMerger(target: target, validator: validator).run(sources: sources.map(\.path), dryRun: dryRun)
    }
}
