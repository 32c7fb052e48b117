import Foundation
import Testing
import WijkModel

/// `wijk summary`'s statistics through the binary: intervals, tests, bands,
/// cross-tab percentages, tables across groups and fieldwork progress.
@Suite("wijk summary statistics")
struct SummaryStatisticsCommandTests {
    /// 80 generated interviews (both variants, several gemeenten and interviewers).
    func generated() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-stats-\(UUID().uuidString)")
        let result = try WijkBinary.run(["generate", "--count", "80", "--seed", "11", "--out", dir.path])
        #expect(result.status == 0)
        return dir
    }

    @Test func textShowsIntervalsTestsBandsAndProgress() throws {
        let dir = try generated()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try WijkBinary.run(["summary", dir.path, "--lang", "en", "--no-open-answers",
                                         "--bands", "teamgrootte=0-5,6-20,21-", "--crosstab", "teamgrootte,contact"])
        #expect(result.status == 0)
        let out = result.stdout
        #expect(out.contains("test wijkteam ↔ migrantenorganisatie (n = "))
        #expect(out.contains("Cross-tab teamgrootte × contact — wijkteam"))
        #expect(out.contains("row percentages (% of the row)"))
        #expect(out.contains("column percentages (% of the column)"))
        #expect(out.contains("test (real answers only, n = "))
        #expect(out.contains("  0-5 ") && out.contains("  21+ "))
        #expect(out.range(of: #"\d+\.\d%  ?\[\d+\.\d–\d+\.\d\]"#, options: .regularExpression) != nil)   // "34.5% [25.1–45.2]"
        #expect(out.contains("=== Fieldwork ==="))
        #expect(out.contains("week (ISO)"))
    }

    @Test func byGemeenteInJSONAndMarkdown() throws {
        let dir = try generated()
        defer { try? FileManager.default.removeItem(at: dir) }
        let json = try WijkBinary.run(["summary", dir.path, "--by", "gemeente", "--format", "json", "--no-open-answers"])
        #expect(json.status == 0)
        guard case .object(let top) = try JSONParser.parse(json.stdout), case .array(let tables)? = top["groupTables"],
              case .object(let first)? = tables.first, case .array(let columns)? = first["columns"],
              case .array(let groups)? = top["groups"] else {
            Issue.record("unexpected JSON"); return
        }
        #expect(top["groupBy"] == .string("gemeente"))
        #expect(columns.count > 1)
        #expect(groups.count >= columns.count)
        let md = try WijkBinary.run(["summary", dir.path, "--by", "interviewer", "--format", "markdown", "--lang", "en"])
        #expect(md.status == 0)
        #expect(md.stdout.contains("— wijkteam\n\n|  | "))
        #expect(md.stdout.contains("test across the groups: "))
    }

    @Test func progressByHand() throws {
        // Three complete interviews dated 2026-03-01 (a Sunday, ISO week 9), 03-02 and 03-03 (week 10), and a draft.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-progress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let q = BundledQuestionnaires.variant("wijkteam")!
        for (i, (status, who)) in [(ResponseStatus.complete, "Sanne"), (.complete, "Ali"), (.complete, "sanne "),
                                   (.draft, "Ali")].enumerated() {
            let r = Response(id: "R\(i)", questionnaire: QuestionnaireRef(id: q.id, version: q.version),
                             variant: "wijkteam", status: status, interviewer: who, device: "t",
                             createdAt: Date(timeIntervalSince1970: 1_700_000_000),
                             answers: ["organisatie": .text("Org"), "gemeente": .text("Utrecht"),
                                       "rol": .text(q.choiceList(for: q.question("rol")!)!.choices[0].value),
                                       "datum": .text("2026-03-0\(min(i, 2) + 1)"), "toestemming": .bool(false)])
            try r.encoded().write(to: dir.appendingPathComponent("r\(i).json"))
        }
        let result = try WijkBinary.run(["summary", dir.path, "--format", "json"])
        #expect(result.status == 0)
        guard case .object(let top) = try JSONParser.parse(result.stdout), case .object(let p)? = top["progress"] else {
            Issue.record("no progress"); return
        }
        #expect(top["counted"] == .number(3))
        #expect(p["complete"] == .number(3))
        #expect(p["draftsOutstanding"] == .number(1))
        func row(_ key: String, _ name: String, _ complete: Double, _ drafts: Double) -> JSONValue {
            .object(JSONObject([(key, .string(name)), ("complete", .number(complete)), ("drafts", .number(drafts))]))
        }
        #expect(p["weeks"] == .array([row("week", "2026-W09", 1, 0), row("week", "2026-W10", 2, 1)]))
        #expect(p["interviewers"] == .array([row("interviewer", "Ali", 1, 1), row("interviewer", "Sanne", 2, 0)]))
        let text = try WijkBinary.run(["summary", dir.path, "--lang", "en"])
        #expect(text.stdout.contains("3 complete, 1 draft(s) outstanding, 0 conflict(s) open"))
    }

    @Test(arguments: [
        ["--bands", "teamgrootte=5-1"], ["--bands", "rol=0-5"], ["--bands", "teamgrootte"],
        ["--bands", "teamgrootte=0-5", "--bands", "teamgrootte=6-"], ["--by", "street"],
        ["--by", "gemeente", "--group-by", "wijk"], ["--crosstab", "teamgrootte,contact"],
    ])
    func usageErrors(arguments: [String]) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try WijkBinary.run(["summary", dir.path, "--lang", "en"] + arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--bands") || result.stderr.contains("--by") || result.stderr.contains("--crosstab"))
    }
}
