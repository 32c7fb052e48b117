import Foundation
import Testing

/// Exports of hostile data through the real binary: no live formula in a CSV.
@Suite("Hostile exports")
struct HostileExportTests {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-hostile-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    /// RFC 4180 cells of `text` (quoted fields unquoted), every row.
    static func cells(_ text: String, delimiter: Character) -> [String] {
        var cells: [String] = [], cell = "", quoted = false, wasQuoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { cell.append("\""); chars.removeFirst() } else { quoted = false }
                } else { cell.append(c) }
            } else if c == "\"" && cell.isEmpty && !wasQuoted {
                quoted = true; wasQuoted = true
            } else if c == delimiter || c == "\r\n" || c == "\n" {
                cells.append(cell); cell = ""; wasQuoted = false
            } else { cell.append(c) }
        }
        return cells
    }

    @Test(arguments: [[], ["--labels"], ["--delimiter", ";"], ["--labels", "--delimiter", ";", "--bom"]])
    func csvCellsNeverStartAFormula(_ flags: [String]) throws {
        let data = try HostileOutputTests.hostileData(in: dir)
        let csv = dir.appendingPathComponent("out.csv").path
        let r = try WijkBinary.run(["export", "csv", data, "-o", csv, "--include-drafts"] + flags)
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: csv, encoding: .utf8)
        let cells = Self.cells(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text,
                               delimiter: flags.contains(";") ? ";" : ",")
        let live = cells.filter { c in c.first.map { "=+-@\t\r".contains($0) } == true && Double(c.replacingOccurrences(of: ",", with: ".")) == nil }
        #expect(live.isEmpty, "\(live.prefix(3))")
        #expect(cells.contains { $0.hasPrefix("'=HYPERLINK") })
        // The missing-value codes stay numbers.
        if !flags.contains("--labels") { #expect(cells.contains("-8") || cells.contains("-9")) }

        let raw = try WijkBinary.run(["export", "csv", data, "-o", csv, "--include-drafts", "--raw-cells"] + flags)
        #expect(raw.status == 0)
        let rawCells = Self.cells(try String(contentsOfFile: csv, encoding: .utf8), delimiter: flags.contains(";") ? ";" : ",")
        #expect(rawCells.contains { $0.hasPrefix("=HYPERLINK") })
    }

    @Test func spssCSVIsNeutralisedToo() throws {
        let data = try HostileOutputTests.hostileData(in: dir)
        let csv = dir.appendingPathComponent("s.csv").path
        #expect(try WijkBinary.run(["export", "spss", data, "-o", csv, "--include-drafts"]).status == 0)
        let cells = Self.cells(try String(contentsOfFile: csv, encoding: .utf8), delimiter: ",")
        #expect(cells.contains { $0.hasPrefix("'=HYPERLINK") } && !cells.contains { $0.hasPrefix("=HYPERLINK") })
    }
}
