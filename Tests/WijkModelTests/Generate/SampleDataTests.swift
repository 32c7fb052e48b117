import Foundation
import Testing
@testable import WijkModel

@Suite struct SampleDataTests {
    let validator = ResponseValidator(questionnaires: BundledQuestionnaires.all, today: SampleData.today)

    @Test func sameSeedGivesIdenticalBytes() {
        let a = SampleData.generate(count: 40, seed: 11).map { $0.encoded() }
        let b = SampleData.generate(count: 40, seed: 11).map { $0.encoded() }
        #expect(a == b)
        let c = SampleData.generate(count: 40, seed: 12).map { $0.encoded() }
        #expect(a != c)
        #expect(Set(a.map { $0 }).count == 40)
    }

    @Test func interviewDependsOnlyOnSeedAndIndex() {
        let run = SampleData.generate(count: 10, seed: 5)
        #expect(SampleData.response(index: 7, seed: 5) == run[7])
    }

    @Test(arguments: [nil, "wijkteam", "migrantenorganisatie"] as [String?])
    func everyGeneratedInterviewValidates(variant: String?) throws {
        for seed: UInt64 in [1, 2, 3, 42, 2026] {
            for response in SampleData.generate(count: 40, seed: seed, variant: variant) {
                let json = try JSONParser.parse(response.encoded())
                let (decoded, problems) = validator.validate(json)
                #expect(decoded == response)
                let hard = problems.filter { $0.severity == .hard }
                #expect(hard.isEmpty, "seed \(seed) \(response.id): \(hard)")
                if let variant { #expect(response.variant == variant) }
            }
        }
    }

    @Test func dataIsVariedLikeFieldwork() {
        let run = SampleData.generate(count: 400, seed: 9)
        let drafts = run.filter { $0.status == .draft }.count
        #expect(drafts > 10 && drafts < 80)
        #expect(Set(run.map(\.variant)) == ["wijkteam", "migrantenorganisatie"])
        let gemeenten = Set(run.compactMap { r -> String? in
            if case .text(let g)? = r.answers[MetadataID.gemeente] { return g } else { return nil } })
        #expect(gemeenten.count >= 8)
        #expect(Set(run.map(\.interviewer)).count >= 8)
        #expect(run.contains { $0.interviewer.contains("ş") || $0.interviewer.contains("ğ") || $0.interviewer.contains("ı") })
        let values = run.flatMap { $0.answers.values }
        #expect(values.contains(.dontKnow))
        #expect(values.contains(.refused))
        let texts = values.compactMap { v -> String? in if case .text(let s) = v { return s } else { return nil } }
        #expect(texts.contains { $0.contains("\n\n") })            // multi-paragraph answers
        #expect(texts.contains { $0.contains("ë") || $0.contains("é") || $0.contains("’") })
        #expect(run.allSatisfy { Timestamp.format($0.createdAt).hasPrefix("2026-") })
        #expect(run.allSatisfy { $0.id.count == 36 && ResponseID.isValid($0.id) })
    }

    @Test func writtenFilesAreIdenticalAndValidate() throws {
        try withTempDir { dir in
            let a = dir.appendingPathComponent("a"), b = dir.appendingPathComponent("b")
            try FileManager.default.createDirectory(at: a, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: b, withIntermediateDirectories: true)
            try SampleGeneration.write(count: 120, seed: 3, questionnaire: nil, to: a)
            try SampleGeneration.write(count: 120, seed: 3, questionnaire: nil, to: b, mode: .durable)
            let names = try entries(a)
            #expect(names.count == 120)
            #expect(names == (try entries(b)))                   // no temporaries left behind
            for name in names {
                #expect(FileManager.default.contents(atPath: a.appendingPathComponent(name).path)
                        == FileManager.default.contents(atPath: b.appendingPathComponent(name).path))
            }
            let reports = FileValidation(validator: validator).run(paths: [a.path])
            #expect(reports.count == 120)
            let allValid = reports.allSatisfy { $0.isValid }
            #expect(allValid)
        }
    }

    @Test func splitMixIsStable() {
        var rng = SplitMix64(seed: 0)
        // Reference values of SplitMix64 for seed 0 (Vigna's splitmix64.c).
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
        var r = SplitMix64(seed: 1)
        for _ in 0..<1000 { #expect((3...9).contains(r.int(in: 3...9))) }
        #expect(r.uuidString().count == 36)
    }
}
