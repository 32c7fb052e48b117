import Foundation
import Testing
@testable import WijkModel

/// generate → files → validate → load → export, for several seeds.
@Suite struct RoundTripTests {
    @Test(arguments: [UInt64(1), 17, 99])
    func generateValidateExport(seed: UInt64) throws {
        try withTempDir { dir in
            try SampleGeneration.write(count: 80, seed: seed, questionnaire: nil, to: dir)
            let validator = ResponseValidator(questionnaires: BundledQuestionnaires.all, today: SampleData.today)
            let allValid = FileValidation(validator: validator).run(paths: [dir.path]).allSatisfy { $0.isValid }
            #expect(allValid)
            let source = ExportSource(questionnaires: BundledQuestionnaires.all, today: SampleData.today)
            let plan = source.plan(paths: [dir.path])
            #expect(plan.warnings.isEmpty)
            let generated = SampleData.generate(count: 80, seed: seed)
            let complete = generated.filter { $0.status == .complete }
            #expect(plan.files.count == complete.count)
            let url = dir.appendingPathComponent(".export.csv")
            let output = try ExportOutput.file(url)
            let written = try CSVExport(layout: ExportLayout(questionnaires: BundledQuestionnaires.all), options: .init(today: SampleData.today))
                .write(paths: [dir.path], from: source, to: output)
            try output.commit()
            #expect(written.count == complete.count)
            let inOrder = complete.sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
            #expect(try Data(contentsOf: url) == CSVExport(layout: ExportLayout(questionnaires: BundledQuestionnaires.all), options: .init(today: SampleData.today)).data(inOrder))
        }
    }
}
