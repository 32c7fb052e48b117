import Foundation
import Testing
import WijkModel

/// `wijk summary` through the binary, on interviews that ended at "no consent"
/// (valid with only the metadata answered) and one broken file.
@Suite("wijk summary")
struct SummaryCommandTests {
    func dataSet() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-summary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (i, (variant, gemeente)) in [("wijkteam", "Utrecht"), ("wijkteam", "Zwolle"),
                                          ("migrantenorganisatie", "Utrecht")].enumerated() {
            let q = BundledQuestionnaires.variant(variant)!
            let r = Response(id: "R\(i)", questionnaire: QuestionnaireRef(id: q.id, version: q.version),
                             variant: variant, status: .complete, interviewer: "Sanne", device: "t",
                             createdAt: Date(timeIntervalSince1970: 1_700_000_000),
                             answers: ["organisatie": .text("Org \(i)"), "gemeente": .text(gemeente),
                                       "rol": .text(q.choiceList(for: q.question("rol")!)!.choices[0].value),
                                       "datum": .text("2026-03-0\(i + 1)"), "toestemming": .bool(false)])
            try r.encoded().write(to: dir.appendingPathComponent("r\(i).json"))
        }
        try Data("[1,".utf8).write(to: dir.appendingPathComponent("broken.json"))
        return dir
    }

    @Test func jsonCountsAndInvalidFiles() throws {
        let dir = try dataSet()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try WijkBinary.run(["summary", dir.path, "--format", "json"])
        #expect(result.status == 0)
        guard case .object(let top) = try JSONParser.parse(result.stdout) else { Issue.record("no object"); return }
        #expect(top["counted"] == .number(3))
        guard case .array(let invalid)? = top["invalid"] else { Issue.record("no invalid"); return }
        #expect(invalid.count == 1)
    }

    @Test func textWithFilterAndGrouping() throws {
        let dir = try dataSet()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try WijkBinary.run(["summary", dir.path, "--gemeente", "utrecht", "--group-by", "gemeente",
                                         "--lang", "en", "--crosstab", "toestemming,rol"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("counted: 2 (wijkteam 1, migrantenorganisatie 1)"))
        #expect(result.stdout.contains("Municipality Utrecht"))
        #expect(result.stdout.contains("Cross-tab toestemming × rol"))
        #expect(result.stdout.contains("Invalid files (left out): 1"))
    }

    @Test func markdownAndUsageErrors() throws {
        let dir = try dataSet()
        defer { try? FileManager.default.removeItem(at: dir) }
        let md = try WijkBinary.run(["summary", dir.path, "--format", "markdown"])
        #expect(md.status == 0)
        #expect(md.stdout.hasPrefix("# Samenvatting"))
        #expect(md.stdout.contains("| --- |") || md.stdout.contains("|---|"))
        #expect(try WijkBinary.run(["summary", dir.path, "--from", "yesterday"]).status == 2)
        #expect(try WijkBinary.run(["summary", dir.path, "--crosstab", "beeld,rol"]).status == 2)
    }
}
