import Foundation
import Testing
import WijkModel

/// `export spss|r --with-codes CODER` analysed by the real programs: a code's
/// 0/1 column counts, as 1, exactly the answers `wijk code auto` gave that code;
/// 0 the answers coded without it; answers not coded are missing.
@Suite("SPSS and R exports with codes", .serialized)
struct CodeColumnsAnalysisTests {
    let f: CodingCommandTests.Fixture
    /// Code id → answers `code auto` gave it.
    var coded: [String: Int] = [:]

    init() throws {
        f = try CodingCommandTests.Fixture()
        for (name, id, match) in [("Taal", "taal", "taal"), ("Vertrouwen", "vertrouwen", "vertrouw")] {
            try #require(try f.run(["codes", "add", name, "--data", f.data.path]).status == 0)
            let auto = try f.run(["code", "auto", f.data.path, "--coder", "anna", "--question", "beeld", "--code", id,
                                  "--match", "(?i)" + match, "--lang", "en"])
            try #require(auto.status == 0, "\(auto.stderr)")
            coded[id] = Int(auto.stdout.components(separatedBy: "; ").last?.split(separator: " ").first ?? "") ?? -1
        }
        try #require(coded.values.allSatisfy { $0 > 0 }, "\(coded)")
    }

    /// `wijk export FORMAT … --with-codes anna -o NAME` in the fixture's folder.
    func export(_ format: String, to name: String) throws -> URL {
        let csv = f.root.appendingPathComponent(name)
        let run = try f.run(["export", format, f.data.path, "--include-drafts", "--with-codes", "anna", "-o", csv.path])
        try #require(run.status == 0, "\(run.stderr)")
        return csv
    }

    /// Per code column: how many rows of the SPSS export's CSV (one case per
    /// line) hold 1, and how many hold 0 or 1.
    func csvCounts(_ csv: URL) throws -> [String: (ones: Int, coded: Int)] {
        let lines = try String(contentsOf: csv, encoding: .utf8).split(separator: "\n").map(String.init)
        let header = lines[0].split(separator: ",").map(String.init)
        var out: [String: (ones: Int, coded: Int)] = [:]
        for id in coded.keys {
            let column = try #require(header.firstIndex(of: "beeld.code." + id), "\(header)")
            // The code columns come last and are never quoted: count fields from the end.
            let back = header.count - column
            for line in lines.dropFirst() {
                let fields = line.split(separator: ",", omittingEmptySubsequences: false)
                let cell = fields[fields.count - back]
                out[id, default: (0, 0)].ones += cell == "1" ? 1 : 0
                out[id, default: (0, 0)].coded += cell.isEmpty ? 0 : 1
            }
        }
        return out
    }

    @Test(.enabled(if: InstalledTool.available("pspp"), "needs GNU PSPP (apt-get install pspp)"))
    func psppCountsTheCodedAnswers() throws {
        defer { f.remove() }
        let csv = try export("spss", to: "codes.csv")
        let sps = f.root.appendingPathComponent("codes.sps")
        var syntax = try String(contentsOf: sps, encoding: .utf8)
        #expect(syntax.contains("  beeld_code_taal 'Taal — "))
        #expect(syntax.contains("  /beeld_code_taal\n    1 'code toegekend'\n    0 'gecodeerd zonder deze code'"))
        let missing = syntax.components(separatedBy: "MISSING VALUES").dropFirst().map { $0.components(separatedBy: ").\n")[0] }
        #expect(!missing.isEmpty && !missing.contains { $0.contains("beeld_code_") },
                "empty cells are system-missing; no code is declared")
        let counts = try csvCounts(csv)
        syntax += "DISPLAY DICTIONARY /VARIABLES=beeld_code_taal.\n"
        for id in coded.keys.sorted() { syntax += "FREQUENCIES /VARIABLES=beeld_code_\(id) /STATISTICS=NONE.\n" }
        try Data(syntax.utf8).write(to: sps)
        let run = try InstalledTool.run(["pspp", "-O", "format=csv", "-o", "out.csv", "codes.sps"], in: f.root)
        #expect(run.status == 0 && !run.output.lowercased().contains("warning") && !run.output.lowercased().contains("error"),
                "\(run.output)")
        let output = try String(contentsOf: f.root.appendingPathComponent("out.csv"), encoding: .utf8)
        #expect(output.contains("Nominal"), "\(output)")
        let tables = output.components(separatedBy: "\nTable: ").filter { $0.contains("Valid Percent") }
        try #require(tables.count == coded.count, "\(output)")
        for (id, table) in zip(coded.keys.sorted(), tables) {
            var valid: [String: Int] = [:], inValid = false, total = 0
            for line in table.split(separator: "\n") {
                let fields = AnalysisExportTests.fields(line)
                guard fields.count >= 5 else { continue }
                if fields[0] == "Valid" { inValid = true } else if !fields[0].isEmpty { inValid = false }
                if fields[0] == "Total" { total = Int(fields[2]) ?? -1 }
                if inValid { valid[fields[1]] = Int(fields[2]) ?? -1 }
            }
            #expect(valid["code toegekend"] == coded[id], "\(id): \(table)")
            let zeros = (counts[id]?.coded ?? 0) - (coded[id] ?? 0)
            #expect(valid["gecodeerd zonder deze code"] == (zeros > 0 ? zeros : nil), "\(id): \(table)")
            #expect(total == 40, "every interview is a case; the uncoded ones missing")
        }
    }

    @Test(.enabled(if: InstalledTool.available("Rscript"), "needs R (apt-get install r-base-core)"))
    func rCountsTheCodedAnswers() throws {
        defer { f.remove() }
        _ = try export("r", to: "codes.csv")
        let counts = try csvCounts(try export("spss", to: "spss.csv"))
        var probe = "source(\"codes.R\")\n"
        for id in coded.keys.sorted() {
            let column = "wijk[[\"beeld.code.\(id)\"]]"
            probe += "cat(\"\(id)\", is.numeric(\(column)), sum(\(column) == 1, na.rm = TRUE), sum(\(column) == 0, na.rm = TRUE), "
            probe += "sum(is.na(\(column))), attr(\(column), \"label\"), \"\\n\", sep = \"\\t\")\n"
        }
        try Data(probe.utf8).write(to: f.root.appendingPathComponent("probe.R"))
        let run = try InstalledTool.run(["Rscript", "--vanilla", "probe.R"], in: f.root)
        try #require(run.status == 0, "\(run.output)")
        for id in coded.keys.sorted() {
            let line = try #require(run.output.split(separator: "\n").first { $0.hasPrefix(id + "\t") }, "\(run.output)")
            let fields = line.split(separator: "\t").map(String.init)
            let ones = coded[id] ?? -1, zeros = (counts[id]?.coded ?? 0) - ones
            #expect(Array(fields.prefix(5)) == [id, "TRUE", String(ones), String(zeros), String(40 - ones - zeros)], "\(line)")
            #expect(fields.count > 5 && fields[5].hasPrefix(id == "taal" ? "Taal — " : "Vertrouwen — "), "\(line)")
        }
    }
}
