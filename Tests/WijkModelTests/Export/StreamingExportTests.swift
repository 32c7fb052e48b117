import Foundation
import Testing
@testable import WijkModel

/// The two-pass streaming exports: the same bytes as the in-memory exports,
/// the summary's selection, invalid files left out with a warning.
@Suite struct StreamingExportTests {
    let questionnaires = BundledQuestionnaires.all

    /// The exports before streaming: every file decoded at once, newest
    /// `updatedAt` per id, oldest interview first (ties by id).
    static func inMemory(_ dirs: [String]) throws -> [Response] {
        var newest: [String: Response] = [:]
        for dir in dirs {
            for name in try FileManager.default.contentsOfDirectory(atPath: dir).sorted() where name.hasSuffix(".json") {
                let r = try ResponseDecoder.decode(try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name)))
                if let seen = newest[r.id], seen.updatedAt >= r.updatedAt { continue }
                newest[r.id] = r
            }
        }
        return newest.values.sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
    }

    /// 240 generated interviews in `a`, and in `b` newer revisions of some and older of others.
    static func generated(in root: URL) throws -> [String] {
        let a = root.appendingPathComponent("a"), b = root.appendingPathComponent("b")
        for dir in [a, b] { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) }
        try SampleGeneration.write(count: 240, seed: 11, questionnaire: nil, to: a)
        for (i, var r) in SampleData.generate(count: 240, seed: 11).enumerated() where i % 7 == 0 {
            r.updatedAt = r.updatedAt.addingTimeInterval(i % 2 == 0 ? 60 : -60)
            r.device = "laptop-\(i)"
            try r.encoded().write(to: b.appendingPathComponent(r.id + ".json"))
        }
        return [a.path, b.path]
    }

    func streamed(_ dirs: [String], in root: URL, _ body: ([String], ExportSource, ExportOutput) throws -> Void)
        throws -> (data: Data, plan: ExportPlan) {
        var source = ExportSource(questionnaires: questionnaires, filter: ResponseFilter(includeDrafts: true),
                                  today: SampleData.today, workers: 2)
        source.spillBufferSize = 997   // many spill writes and output pieces, rows split across none of them
        let plan = source.plan(paths: dirs)
        let url = root.appendingPathComponent("out-\(UUID().uuidString)")
        let output = try ExportOutput.file(url)
        try body(dirs, source, output)
        try output.commit()
        return (try Data(contentsOf: url), plan)
    }

    @Test func streamingGivesTheInMemoryBytes() throws {
        try withTempDir { root in
            let dirs = try Self.generated(in: root)
            let all = try Self.inMemory(dirs)
            #expect(all.count == 240)
            #expect(all.contains { $0.status == .draft })

            let layout = ExportLayout(questionnaires: questionnaires)
            for options in [CSVExport.Options(today: SampleData.today), CSVExport.Options(labels: true, delimiter: ";", bom: true, today: SampleData.today)] {
                let csv = CSVExport(layout: layout, options: options)
                let (data, plan) = try streamed(dirs, in: root) { dirs, source, out in
                    let result = try csv.write(paths: dirs, from: source, to: out)
                    #expect(result.count == 240 && result.warnings.isEmpty)
                }
                #expect(plan.warnings.isEmpty)
                #expect(data == csv.data(all))
            }

            let spss = SPSSExport(layout: layout, today: SampleData.today)
            var syntax = ""
            let (spssData, _) = try streamed(dirs, in: root) { dirs, source, out in
                syntax = try spss.write(paths: dirs, from: source, to: out, csvName: "x.csv").syntax
            }
            let reference = spss.render(all, csvName: "x.csv")
            #expect(spssData == reference.csv)
            #expect(syntax == reference.syntax)

            let (jsonl, _) = try streamed(dirs, in: root) { dirs, source, out in
                _ = try JSONLExport.write(paths: dirs, from: source, to: out)
            }
            #expect(jsonl == JSONLExport.data(all))
        }
    }

    @Test func outputLeftUnfinishedTouchesNothing() throws {
        try withTempDir { root in
            let url = root.appendingPathComponent("keep.csv")
            try Data("oud".utf8).write(to: url)
            do {
                let output = try ExportOutput.file(url, bufferSize: 4)
                try output.write(Array("nieuw, maar onaf".utf8))
            }
            #expect(try Data(contentsOf: url) == Data("oud".utf8))
            #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["keep.csv"])
        }
    }

    @Test(arguments: [
        ResponseFilter(),
        ResponseFilter(includeDrafts: true),
        ResponseFilter(variant: "wijkteam"),
        ResponseFilter(gemeente: "utrecht", includeDrafts: true),
        ResponseFilter(status: .draft),
        ResponseFilter(interviewer: "Niemand"),
        ResponseFilter(from: "2026-03-01", to: "2026-03-01"),
    ])
    func filtersSelectWhatTheSummaryCounts(filter: ResponseFilter) throws {
        try withTempDir { root in
            let dirs = try AggregationFixtures.write(to: root)
            let options = AggregationOptions(filter: filter, lang: .en, today: AggregationFixtures.today)
            let summary = Aggregator(questionnaires: questionnaires, options: options).summarize(paths: dirs)
            let plan = ExportSource(questionnaires: questionnaires, filter: filter, lang: .en,
                                    today: AggregationFixtures.today).plan(paths: dirs)
            #expect(plan.files.count == summary.counted)
            let ids = try plan.files.map { try ResponseDecoder.decode(Data(contentsOf: URL(fileURLWithPath: $0))).id }
            #expect(Set(ids).count == ids.count)
            for set in summary.duplicates where ids.contains(set.id) {
                #expect(plan.files.contains(set.kept), "\(set.id): the summary's revision")
            }
            // Every file the summary left out, and each conflict's counted file (exports warn of conflicts).
            #expect(Set(plan.warnings.map { String($0.prefix { $0 != ":" }) })
                    == Set(summary.invalid.map(\.file)).union(summary.conflicts.map(\.kept)))
        }
    }

    @Test func fixtureSelectionByHand() throws {
        try withTempDir { root in
            let dirs = try AggregationFixtures.write(to: root)
            func ids(_ filter: ResponseFilter) throws -> [String] {
                let plan = ExportSource(questionnaires: questionnaires, filter: filter, lang: .en,
                                        today: AggregationFixtures.today).plan(paths: dirs)
                return try plan.files.map { try ResponseDecoder.decode(Data(contentsOf: URL(fileURLWithPath: $0))).id }.sorted()
            }
            #expect(try ids(ResponseFilter()) == ["M1", "M2", "M3", "W1", "W2", "W3", "W4", "W5"])
            #expect(try ids(ResponseFilter(gemeente: "UTRECHT", includeDrafts: true)) == ["D1", "M1", "W1", "W2", "W3"])
            #expect(try ids(ResponseFilter(variant: "migrantenorganisatie", gemeente: "amsterdam")) == ["M2", "M3"])
        }
    }

    @Test func invalidFilesAreLeftOutWithOneWarningEach() throws {
        try withTempDir { root in
            var good = AggregationFixtures.w2
            try good.encoded().write(to: root.appendingPathComponent("good.json"))
            // Decodes, but the validator rejects it: a choice that does not exist.
            var bad = AggregationFixtures.w4
            bad.answers[MetadataID.role] = .text("astronaut")
            try bad.encoded().write(to: root.appendingPathComponent("bad.json"))
            // A newer revision of `good` that is invalid: the older valid one is exported.
            good.updatedAt = good.updatedAt.addingTimeInterval(60)
            good.answers["kent_leefwereld"] = .number(99)
            try good.encoded().write(to: root.appendingPathComponent("good-newer.json"))
            try Data("{kapot".utf8).write(to: root.appendingPathComponent("broken.json"))

            let source = ExportSource(questionnaires: questionnaires, lang: .en, today: AggregationFixtures.today)
            let plan = source.plan(paths: [root.path])
            #expect(plan.files == [root.appendingPathComponent("good.json").path])
            #expect(plan.warnings.count == 3)
            for name in ["bad.json", "good-newer.json", "broken.json"] {
                #expect(plan.warnings.filter { $0.hasPrefix(root.appendingPathComponent(name).path + ": skipped: ") }.count == 1,
                        "\(name): \(plan.warnings)")
            }
            #expect(plan.warnings.allSatisfy { !$0.contains("\n") })
            // A whole-file problem has no place in the file to name: no "$: " (the JSON root), as in the summary.
            #expect(!plan.warnings.contains { $0.contains("skipped: $: ") }, "\(plan.warnings)")
            #expect(plan.warnings.contains { $0.contains("skipped: $.answers.rol: ") }, "\(plan.warnings)")   // a place inside the file stays
        }
    }

    @Test func decimalsWithACommaForDutchExcel() {
        let q = EngineFixture.questionnaire
        let layout = ExportLayout(questionnaires: [q])
        let r = Response(id: "X1", questionnaire: QuestionnaireRef(id: q.id, version: q.version), variant: q.variant,
                         status: .complete, interviewer: "Sanne", device: "test",
                         createdAt: Date(timeIntervalSince1970: 0), updatedAt: Date(timeIntervalSince1970: 0),
                         answers: ["uren": .number(2.5), "leeftijd": .number(40)])
        func cells(_ options: CSVExport.Options) -> (String, String) {
            let table = CSVExport(layout: layout, options: options).table([r])
            return (table[1][table[0].firstIndex(of: "uren")!], table[1][table[0].firstIndex(of: "leeftijd")!])
        }
        #expect(cells(CSVExport.Options(today: SampleData.today)) == ("2.5", "40"))
        #expect(cells(CSVExport.Options(delimiter: ";", today: SampleData.today)) == ("2,5", "40"))
        #expect(cells(CSVExport.Options(delimiter: "\t", today: SampleData.today)) == ("2.5", "40"))
        #expect(cells(CSVExport.Options(delimiter: ";", today: SampleData.today, decimalComma: false)) == ("2.5", "40"))
        // With ';' the comma needs no quotes.
        let line = String(decoding: CSVExport(layout: layout, options: .init(delimiter: ";", today: SampleData.today)).data([r]), as: UTF8.self)
        #expect(line.contains(";2,5;"))
    }
}
