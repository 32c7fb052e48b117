import Foundation
import Testing

/// generate → validate → export → merge through the real binary.
@Suite("Data commands")
struct DataCommandsTests {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-data-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    @Test func generateValidateExportMerge() throws {
        let a = dir.appendingPathComponent("a").path, b = dir.appendingPathComponent("b").path
        #expect(try WijkBinary.run(["generate", "--count", "40", "--seed", "4", "--out", a]).status == 0)
        #expect(try WijkBinary.run(["generate", "--count", "40", "--seed", "4", "--out", b]).status == 0)
        for name in try FileManager.default.contentsOfDirectory(atPath: a) {
            #expect(FileManager.default.contents(atPath: a + "/" + name) == FileManager.default.contents(atPath: b + "/" + name))
        }
        let validate = try WijkBinary.run(["validate", a])
        #expect(validate.status == 0)
        #expect(validate.stdout.contains("40 bestanden gecontroleerd: 40 geldig"))

        let csv = dir.appendingPathComponent("out.csv").path
        let export = try WijkBinary.run(["export", "csv", a, "-o", csv, "--include-drafts", "--delimiter", ";", "--bom"])
        #expect(export.status == 0)
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: csv)), as: UTF8.self)
        #expect(text.hasPrefix("\u{FEFF}id;variant;status"))

        let spss = try WijkBinary.run(["export", "spss", a, "-o", dir.appendingPathComponent("s.csv").path])
        #expect(spss.status == 0)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("s.sps").path))

        let jsonl = try WijkBinary.run(["export", "jsonl", a, "--variant", "wijkteam", "--include-drafts"])
        #expect(jsonl.status == 0)
        let lines = jsonl.stdout.split(separator: "\n")
        #expect(!lines.isEmpty && lines.allSatisfy { $0.contains("\"variant\":\"wijkteam\"") })

        let codebook = try WijkBinary.run(["export", "codebook", "--format", "csv"])
        #expect(codebook.status == 0 && codebook.stdout.hasPrefix("variant,"))

        let target = dir.appendingPathComponent("t").path
        let merge = try WijkBinary.run(["merge", a, b, "--into", target])
        #expect(merge.status == 0)
        #expect(merge.stdout.contains("40 nieuw") && merge.stdout.contains("40 al aanwezig"))
        try Data("{}".utf8).write(to: URL(fileURLWithPath: a + "/kapot.json"))
        let again = try WijkBinary.run(["merge", a, "--into", target, "--lang", "en"])
        #expect(again.status == 1)
        #expect(again.stdout.contains("0 new, 0 updated, 0 older skipped, 40 already present, 0 conflicts, 1 invalid"))
    }

    @Test func exportsTakeTheSummaryFiltersAndLeaveInvalidFilesOut() throws {
        let a = dir.appendingPathComponent("a").path
        #expect(try WijkBinary.run(["generate", "--count", "60", "--seed", "9", "--out", a]).status == 0)
        try Data("{\"format\": \"wijk-response\"}".utf8).write(to: URL(fileURLWithPath: a + "/kapot.json"))
        let filters = ["--include-drafts", "--variant", "wijkteam", "--from", "2000-01-01", "--to", "2100-12-31"]
        let summary = try WijkBinary.run(["summary", a, "--format", "json"] + filters)
        let json = try JSONSerialization.jsonObject(with: Data(summary.stdout.utf8)) as? [String: Any]
        let counted = try #require(json?["counted"] as? Int)
        #expect(counted > 0 && counted < 60)

        let csv = dir.appendingPathComponent("f.csv").path
        let export = try WijkBinary.run(["export", "csv", a, "-o", csv] + filters)
        #expect(export.status == 0)
        #expect(export.stderr.components(separatedBy: "kapot.json").count == 2, "\(export.stderr)")
        #expect(export.stderr.contains("\(counted) interviews geëxporteerd"))
        let rows = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\r\n", omittingEmptySubsequences: true)
        #expect(rows.dropFirst().allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false)[1] == "wijkteam" })

        let jsonl = try WijkBinary.run(["export", "jsonl", a] + filters)
        #expect(jsonl.stdout.split(separator: "\n").count == counted)
        #expect(try WijkBinary.run(["export", "jsonl", a, "--status", "nee"]).status == 2)
    }

    @Test func usageErrors() throws {
        #expect(try WijkBinary.run(["generate", "--count", "1", "--variant", "nee", "--out", dir.path]).status == 2)
        #expect(try WijkBinary.run(["export", "csv", "-o", "x.csv", "--delimiter", ";;"]).status == 2)
        #expect(try WijkBinary.run(["export", "codebook", "--format", "pdf"]).status == 2)
    }
}
