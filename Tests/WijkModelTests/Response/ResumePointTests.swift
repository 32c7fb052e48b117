import Foundation
import Testing
@testable import WijkModel

/// `resumeAt` (issue 13, items 5 and 8): written and read back, checked like the other
/// fields, and never an answer — validation, summaries and exports ignore it.
@Suite struct ResumePointTests {
    static func withPending(_ response: Response) -> Response {
        var r = response
        let question = BundledQuestionnaires.variant(r.variant)!.questions.last { $0.type == .longText }!.id
        r.resumeAt = ResumePoint(question: question, pending: "Getypt maar niet bevestigd: \"ç\"\nregel 2",
                                 remark: "Opmerking in wording:\ntolk nodig")
        return r
    }

    @Test func roundTrip() throws {
        let response = Self.withPending(SampleData.generate(count: 1, seed: 3)[0])
        let decoded = try ResponseDecoder.decode(response.encoded())
        #expect(decoded == response)
        var bare = response
        bare.resumeAt = ResumePoint(question: "gemeente")
        let text = String(decoding: bare.encoded(), as: UTF8.self)
        #expect(text.contains("\"resumeAt\": {\n    \"question\": \"gemeente\"\n  }"))
        #expect(try ResponseDecoder.decode(bare.encoded()) == bare)
        bare.resumeAt = nil
        #expect(!String(decoding: bare.encoded(), as: UTF8.self).contains("resumeAt"))
    }

    @Test func malformedIsReportedWithItsPath() throws {
        let response = SampleData.generate(count: 1, seed: 3)[0]
        guard case .object(var top) = response.toJSON() else { Issue.record("not an object"); return }
        top.entries.append(("resumeAt", .object(JSONObject([("pending", .number(3))]))))
        let (decoded, problems) = ResponseDecoder.decode(.object(top))
        #expect(decoded == nil)
        #expect(problems.map(\.path) == ["$.resumeAt.question", "$.resumeAt.pending"])
    }

    /// The same files with and without pending text: identical validation, summaries (fast
    /// and full path) and CSV.
    @Test func validationSummaryAndExportIgnoreIt() throws {
        let responses = SampleData.generate(count: 60, seed: 21)
        let today = SampleData.today
        func write(_ rs: [Response]) throws -> URL {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-resume-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            for r in rs { try r.encoded().write(to: dir.appendingPathComponent(r.id + ".json")) }
            return dir
        }
        let plain = try write(responses)
        let pending = try write(responses.map(Self.withPending))
        defer { try? FileManager.default.removeItem(at: plain); try? FileManager.default.removeItem(at: pending) }

        let validation = FileValidation(validator: ResponseValidator(questionnaires: BundledQuestionnaires.all, today: today))
        let reports = validation.run(paths: [pending.path])
        #expect(reports.count == 60)
        #expect(reports.allSatisfy { $0.isValid })
        // The same problems (generated data has a few soft warnings) with and without it.
        func problems(_ dir: URL) -> [String: [String]] {
            Dictionary(uniqueKeysWithValues: validation.run(paths: [dir.path]).map {
                (($0.file as NSString).lastPathComponent, $0.problems.map { "\($0.path) \($0.message)" })
            })
        }
        #expect(problems(plain) == problems(pending))

        for fastPath in [true, false] {
            var options = AggregationOptions(filter: ResponseFilter(includeDrafts: true), lang: .en, today: today)
            options.fastPath = fastPath
            let aggregator = Aggregator(questionnaires: BundledQuestionnaires.all, options: options)
            let a = JSONWriter.write(SummaryJSON.encode(aggregator.summarize(paths: [plain.path]), lang: .en))
            let b = JSONWriter.write(SummaryJSON.encode(aggregator.summarize(paths: [pending.path]), lang: .en))
            #expect(a == b)
            #expect(!b.contains("niet bevestigd") && !b.contains("Opmerking in wording"))
        }

        let csv = CSVExport(layout: ExportLayout(questionnaires: BundledQuestionnaires.all),
                            options: CSVExport.Options(today: today))
        #expect(csv.render(csv.table(responses)) == csv.render(csv.table(responses.map(Self.withPending))))
    }
}
