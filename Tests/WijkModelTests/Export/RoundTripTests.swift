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
            let (loaded, warnings) = ResponseLoading.load(paths: [dir.path])
            #expect(warnings.isEmpty)
            #expect(Set(loaded) == Set(SampleData.generate(count: 80, seed: seed)))
            let complete = loaded.filter(ExportFilter().includes)
            let table = CSVExport(layout: ExportLayout(questionnaires: BundledQuestionnaires.all)).table(complete)
            #expect(table.count == complete.count + 1)
            #expect(Set(table.dropFirst().map { $0[0] }) == Set(complete.map(\.id)))
        }
    }
}
