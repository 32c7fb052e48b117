import Foundation
import Testing
import WijkModel

/// `export spss` and `export r` analysed by the real programs agree with
/// `wijk summary --format json`: PSPP's FREQUENCIES gives the summary's valid
/// percentages, R's table() its counts — for a single choice, a scale and a
/// multiple choice, per variant, drafts included (so every missing code occurs).
@Suite("SPSS and R exports analysed", .serialized)
struct AnalysisExportTests {
    let dir: URL
    /// question id → export column, PSPP variable.
    static let checked = [("rol", "rol", "rol"), ("kent_leefwereld", "kent_leefwereld", "kent_leefwereld"),
                          ("drempels", "drempels.taal", "drempels_taal")]
    static let variants = ["wijkteam", "migrantenorganisatie"]

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-analysis-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let generate = try WijkBinary.run(["generate", "--count", "160", "--seed", "15", "--out", dir.appendingPathComponent("data").path])
        try #require(generate.status == 0, "\(generate.stderr)")
    }

    /// One variant's block of a question in the summary JSON.
    struct Block { var n: Int; var counts: [String: Int]; var percent: [String: Double]; var missing: Int }

    func summary() throws -> [String: [String: Block]] {
        let run = try WijkBinary.run(["summary", dir.appendingPathComponent("data").path, "--format", "json",
                                      "--include-drafts", "--no-open-answers"])
        try #require(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let group = try #require((json["groups"] as? [[String: Any]])?.first)
        let questions = try #require(group["questions"] as? [String: [String: Any]])
        var out: [String: [String: Block]] = [:]
        for (id, _, _) in Self.checked {
            let variants = try #require(questions[id]?["variants"] as? [String: [String: Any]])
            for (variant, v) in variants {
                let special = v["special"] as? [String: Int] ?? [:]
                out[id, default: [:]][variant] = Block(n: v["n"] as? Int ?? 0, counts: v["counts"] as? [String: Int] ?? [:],
                                                       percent: v["percent"] as? [String: Double] ?? [:],
                                                       missing: special.values.reduce(0, +))
            }
        }
        return out
    }

    /// The value label PSPP and R show for a summary count key (Dutch, as exported).
    static func label(_ question: String, _ code: String) -> String? {
        for q in BundledQuestionnaires.all {
            guard let question = q.question(question) else { continue }
            if question.type == .multiple { return "gekozen" }
            if let list = q.choiceList(for: question) { return list.choice(code)?.label.resolve("nl") }
            if let scale = question.scale, let p = Int(code) { return scale.label(for: p)?.resolve("nl") ?? code }
        }
        return nil
    }

    /// A summary key's count for one PSPP/R row: for a multiple choice, the
    /// choice of the column (`drempels.taal` → `taal`).
    static func key(_ id: String, _ column: String, _ code: String) -> String {
        column.hasPrefix(id + ".") ? String(column.dropFirst(id.count + 1)) : code
    }

    /// Fields of one CSV line (PSPP's `format=csv` output: quotes doubled).
    static func fields(_ line: Substring) -> [String] {
        var fields: [String] = [], current = "", quoted = false
        var chars = line.makeIterator()
        while let c = chars.next() {
            if c == "\"" { quoted.toggle(); continue }
            if c == "," && !quoted { fields.append(current); current = ""; continue }
            current.append(c)
        }
        fields.append(current)
        return fields
    }

    @Test(.enabled(if: InstalledTool.available("pspp"), "needs GNU PSPP (apt-get install pspp)"))
    func psppValidPercentagesAreTheSummarys() throws {
        let summary = try summary()
        for variant in Self.variants {
            let csv = dir.appendingPathComponent("\(variant).csv")
            let export = try WijkBinary.run(["export", "spss", dir.appendingPathComponent("data").path, "--include-drafts",
                                             "--variant", variant, "-o", csv.path])
            try #require(export.status == 0, "\(export.stderr)")
            let sps = dir.appendingPathComponent("\(variant).sps")
            var syntax = try String(contentsOf: sps, encoding: .utf8)
            syntax += "DISPLAY DICTIONARY /VARIABLES=datum.\n"
            for (_, _, name) in Self.checked { syntax += "FREQUENCIES /VARIABLES=\(name) /STATISTICS=NONE.\n" }
            try Data(syntax.utf8).write(to: sps)
            let run = try InstalledTool.run(["pspp", "-O", "format=csv", "-o", "\(variant)-out.csv", "\(variant).sps"], in: dir)
            #expect(run.status == 0 && !run.output.lowercased().contains("warning") && !run.output.lowercased().contains("error"),
                    "\(run.output)")
            let output = try String(contentsOf: dir.appendingPathComponent("\(variant)-out.csv"), encoding: .utf8)
            #expect(output.contains("DATE11"), "datum is a date")
            // Each FREQUENCIES table in order: rows from "Valid" up to "Missing"/"Total".
            let tables = output.components(separatedBy: "\nTable: ").filter { $0.contains("Valid Percent") }
            try #require(tables.count >= Self.checked.count, "\(output)")
            for ((id, column, _), table) in zip(Self.checked, tables) {
                let block = try #require(summary[id]?[variant])
                var valid: [String: (count: Int, percent: Double)] = [:]
                var inValid = false
                var total = 0
                for line in table.split(separator: "\n") {
                    let f = Self.fields(line)
                    guard f.count >= 5 else { continue }
                    if f[0] == "Valid" { inValid = true } else if !f[0].isEmpty { inValid = false }
                    if f[0] == "Total" { total = Int(f[2]) ?? -1 }
                    if inValid { valid[f[1]] = (Int(f[2]) ?? -1, Double(f[4].dropLast()) ?? -1) }
                }
                let codes = column == id ? Array(block.counts.keys) : [Self.key(id, column, "")]
                for code in codes where (block.counts[code] ?? 0) > 0 {
                    let label = try #require(Self.label(id, code))
                    let row = try #require(valid[label], "\(variant) \(id) \(label): \(table)")
                    #expect(row.count == block.counts[code], "\(variant) \(id) \(code)")
                    #expect(abs(row.percent - (block.percent[code] ?? -100)) <= 0.05 + 1e-9,
                            "\(variant) \(id) \(code): PSPP \(row.percent)%, summary \(block.percent[code] ?? -1)%")
                }
                // Valid cases are the summary's n; everything else is declared missing.
                #expect(valid.values.map(\.count).reduce(0, +) == block.n, "\(variant) \(id)")
                #expect(total == block.n + block.missing, "\(variant) \(id)")
            }
        }
    }

    @Test(.enabled(if: InstalledTool.available("Rscript"), "needs R (apt-get install r-base-core)"))
    func rTablesAreTheSummarysCounts() throws {
        let summary = try summary()
        for variant in Self.variants {
            let csv = dir.appendingPathComponent("\(variant).csv")
            let export = try WijkBinary.run(["export", "r", dir.appendingPathComponent("data").path, "--include-drafts",
                                             "--variant", variant, "-o", csv.path])
            try #require(export.status == 0, "\(export.stderr)")
            var probe = "source(\"\(variant).R\")\n"
            for (_, column, _) in Self.checked {
                probe += "t <- table(wijk[[\"\(column)\"]])\n"
                probe += "cat(sprintf(\"%s\\t%s\\t%d\\n\", \"\(column)\", names(t), as.vector(t)), sep = \"\")\n"
                probe += "cat(sprintf(\"%s\\tNA\\t%d\\n\", \"\(column)\", sum(is.na(wijk[[\"\(column)\"]]))))\n"
            }
            probe += "cat(\"ordered\\t\", is.ordered(wijk$kent_leefwereld), \"\\n\", sep = \"\")\n"
            probe += "cat(\"datum\\t\", class(wijk$datum), \"\\n\", sep = \"\")\n"
            try Data(probe.utf8).write(to: dir.appendingPathComponent("probe.R"))
            let run = try InstalledTool.run(["Rscript", "--vanilla", "probe.R"], in: dir)
            try #require(run.status == 0, "\(run.output)")
            var rows: [String: [String: Int]] = [:]
            for line in run.output.split(separator: "\n") {
                let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                if f.count == 3, let n = Int(f[2]) { rows[f[0], default: [:]][f[1]] = n }
            }
            #expect(run.output.contains("ordered\tTRUE"), "\(run.output)")
            #expect(run.output.contains("datum\tDate"), "\(run.output)")
            for (id, column, _) in Self.checked {
                let block = try #require(summary[id]?[variant])
                let table = try #require(rows[column], "\(run.output)")
                if column == id {
                    for (code, count) in block.counts {
                        #expect(table[try #require(Self.label(id, code))] == count, "\(variant) \(id) \(code)")
                    }
                } else {
                    #expect(table["1"] == block.counts[Self.key(id, column, "")], "\(variant) \(column)")
                    #expect((table["0"] ?? 0) + (table["1"] ?? 0) == block.n, "\(variant) \(column)")
                }
                #expect(table["NA"] == block.missing, "\(variant) \(column): every code is NA")
            }
        }
    }
}
