import Foundation
import Testing
import WijkModel

/// The coding commands through the binary: scripted coding, the summary's
/// code tables, agreement, the codings export and codebook exchange.
@Suite("coding commands")
struct CodingCommandTests {
    /// Generated interviews; the first one's `beeld` starts with a formula.
    struct Fixture {
        let root: URL
        var data: URL { root.appendingPathComponent("data") }
        var env: [String: String] { ["XDG_CONFIG_HOME": root.appendingPathComponent("config").path] }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-coding-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("data"), withIntermediateDirectories: true)
            var responses = SampleData.generate(count: 40, seed: 14)
            if let i = responses.firstIndex(where: { $0.status == .complete && $0.answers["beeld"] != nil }) {
                responses[i].answers["beeld"] = .text("=HYPERLINK(\"http://x\") taal is een drempel")
            }
            for r in responses { try r.encoded().write(to: data.appendingPathComponent(r.id + ".json")) }
        }

        func run(_ arguments: [String]) throws -> WijkBinary.Result {
            try WijkBinary.run(arguments, environment: env)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test func scriptedCodingThenSummaryAndExports() throws {
        let f = try Fixture()
        defer { f.remove() }
        #expect(try f.run(["codes", "add", "Taal", "--data", f.data.path]).status == 0)
        let dry = try f.run(["code", "auto", f.data.path, "--coder", "anna", "--question", "beeld", "--code", "taal",
                             "--match", "TAAL", "--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("(proefdraai, niets gewijzigd)"))
        #expect(!FileManager.default.fileExists(atPath: f.data.appendingPathComponent("coding/anna.codings").path))
        let auto = try f.run(["code", "auto", f.data.path, "--coder", "anna", "--question", "beeld", "--code", "Taal",
                              "--match", "TAAL", "--lang", "en"])
        #expect(auto.status == 0)
        let coded = Int(auto.stdout.components(separatedBy: "; ").last?.split(separator: " ").first ?? "") ?? -1
        #expect(coded > 0)

        // The summary's tables: as many respondents with "taal" as were coded.
        let json = try f.run(["summary", f.data.path, "--format", "json", "--no-open-answers"])
        #expect(json.status == 0)
        guard case .object(let top) = try JSONParser.parse(json.stdout), case .object(let coding)? = top["coding"],
              case .object(let questions)? = coding["questions"], case .object(let beeld)? = questions["beeld"] else {
            Issue.record("no coding section (the remembered coder)"); return
        }
        #expect(coding["coder"] == .string("anna"))
        let total = beeld.entries.reduce(0) { sum, entry in
            guard case .object(let v) = entry.value, case .object(let counts)? = v["counts"], case .number(let n)? = counts["taal"] else { return sum }
            return sum + Int(n)
        }
        #expect(total == coded)
        let text = try f.run(["summary", f.data.path, "--no-open-answers"])
        #expect(text.stdout.contains("=== Codes van codeur anna ==="))

        // One row per coding, formula neutralised, private file.
        let out = f.root.appendingPathComponent("codings.csv")
        let export = try f.run(["export", "codings", f.data.path, "-o", out.path])
        #expect(export.status == 0)
        let csv = try String(contentsOf: out, encoding: .utf8)
        #expect(csv.hasPrefix("interview,question,variant,gemeente,coder,code,code_name,origin,rule,stale,text\r\n"))
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == coded + 1)
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\") taal is een drempel\""))
        #expect(csv.contains(",anna,taal,Taal,rule,TAAL,0,"))
        var st = stat()
        #expect(stat(out.path, &st) == 0 && st.st_mode & 0o777 == 0o600)

        // 0/1 columns in the data export.
        let data = f.root.appendingPathComponent("data.csv")
        #expect(try f.run(["export", "csv", f.data.path, "-o", data.path, "--with-codes", "anna"]).status == 0)
        let rows = try String(contentsOf: data, encoding: .utf8).components(separatedBy: "\r\n")
        #expect(rows[0].hasSuffix(",beeld.code.taal"))
        #expect(rows.dropFirst().filter { $0.hasSuffix(",1") }.count == coded)
    }

    @Test func agreementBetweenTwoCoders() throws {
        let f = try Fixture()
        defer { f.remove() }
        _ = try f.run(["codes", "add", "Taal", "--data", f.data.path])
        _ = try f.run(["codes", "add", "Vertrouwen", "--data", f.data.path])
        for coder in ["anna", "bert"] {
            #expect(try f.run(["code", "auto", f.data.path, "--coder", coder, "--question", "beeld", "--code", "taal", "--match", "."]).status == 0)
        }
        _ = try f.run(["code", "auto", f.data.path, "--coder", "bert", "--question", "beeld", "--code", "vertrouwen", "--match", "vertrouw"])
        let result = try f.run(["agreement", f.data.path, "--coders", "anna,bert", "--format", "json"])
        #expect(result.status == 0)
        guard case .object(let o) = try JSONParser.parse(result.stdout), case .array(let codes)? = o["codes"],
              case .object(let taal) = codes.first, case .number(let answers)? = o["answers"] else {
            Issue.record("shape"); return
        }
        #expect(answers > 0)
        #expect(taal["kappa"] == .null)          // both on every answer: no variation, kappa undefined
        #expect(taal["percent"] == .number(100))
        let text = try f.run(["agreement", f.data.path, "--coders", "anna,bert", "--lang", "en"])
        #expect(text.stdout.contains("kappa undefined"))
    }

    @Test func codebookTravelsAsQDC() throws {
        let f = try Fixture()
        defer { f.remove() }
        _ = try f.run(["codes", "add", "Drempels", "--data", f.data.path])
        _ = try f.run(["codes", "add", "Taal", "--parent", "drempels", "--color", "#ff0000", "--data", f.data.path])
        let qdc = f.root.appendingPathComponent("codes.qdc")
        #expect(try f.run(["codes", "export", "--format", "qdc", "-o", qdc.path, "--data", f.data.path]).status == 0)
        let other = f.root.appendingPathComponent("other")
        let imported = try f.run(["codes", "import", qdc.path, "--data", other.path])
        #expect(imported.status == 0)
        #expect(imported.stdout.contains("2 codes toegevoegd"))
        #expect(try f.run(["codes", "list", "--data", other.path]).stdout == "drempels  Drempels\n  taal  Taal\n")
    }

    @Test func usageErrorsExitTwo() throws {
        let f = try Fixture()
        defer { f.remove() }
        _ = try f.run(["codes", "add", "Taal", "--data", f.data.path])
        // No coder given and none remembered.
        #expect(try f.run(["code", "auto", f.data.path, "--question", "beeld", "--code", "taal", "--match", "x"]).status == 2)
        #expect(try f.run(["code", "auto", f.data.path, "--coder", "../x", "--question", "beeld", "--code", "taal", "--match", "x"]).status == 2)
        #expect(try f.run(["code", "auto", f.data.path, "--coder", "a", "--question", "rol", "--code", "taal", "--match", "x"]).status == 2)
        #expect(try f.run(["code", "auto", f.data.path, "--coder", "a", "--question", "beeld", "--code", "nope", "--match", "x"]).status == 2)
        #expect(try f.run(["code", "auto", f.data.path, "--coder", "a", "--question", "beeld", "--code", "taal", "--match", "("]).status == 2)
        #expect(try f.run(["agreement", f.data.path, "--coders", "a"]).status == 2)
        #expect(try f.run(["codes", "add", "taal", "--data", f.data.path]).status == 2)   // a duplicate name
        #expect(try f.run(["agreement", f.data.path, "--coders", "a,b"]).status == 1)     // nothing coded
    }
}
