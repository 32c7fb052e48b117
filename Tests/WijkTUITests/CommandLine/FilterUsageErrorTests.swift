import Foundation
import Testing
import WijkModel

/// Filters that cannot select anything as meant are usage errors (exit 2)
/// with a message saying why, and the nearest valid value where there is one
/// — not a silent 0.
@Suite struct FilterUsageErrorTests {
    func emptyDir() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-filter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func mistypedVariantSuggestsTheRealOne() throws {
        let dir = try emptyDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try WijkBinary.run(["summary", dir.path, "--variant", "wijkteams"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--variant"))
        #expect(r.stderr.contains("'wijkteam'"))
        #expect(!r.stderr.contains("Usage"))   // the root command's usage is not this command's
        let en = try WijkBinary.run(["summary", dir.path, "--variant", "Migranten-organisatie", "--lang", "en"])
        #expect(en.status == 2)
        #expect(en.stderr.contains("did you mean 'migrantenorganisatie'"))
        #expect(try WijkBinary.run(["summary", dir.path, "--variant", "WIJKTEAM"]).status == 0)
    }

    /// Usage errors speak the interface language: Dutch by default, English with `--lang en`.
    @Test func usageErrorsSpeakTheInterfaceLanguage() throws {
        let dir = try emptyDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("x.csv").path
        let cases: [([String], String, String)] = [
            (["summary", dir.path, "--status", "klaar"], "verwacht draft of complete", "expected draft or complete"),
            (["export", "csv", dir.path, "-o", out, "--from", "2026-13-01"], "verwacht JJJJ-MM-DD", "expected YYYY-MM-DD"),
            (["summary", dir.path, "--workers", "0"], "--workers: minstens 1", "--workers must be at least 1"),
            (["summary", dir.path, "--by", "stad"], "verwacht gemeente, wijk of interviewer", "expected gemeente, wijk or interviewer"),
            (["report", dir.path, "-o", out, "--quotes", "99"], "0 tot en met 50", "0 to 50"),
            (["export", "csv", dir.path, "-o", out, "--delimiter", "ab"], "één teken", "one character"),
            (["export", "codebook", "--format", "pdf"], "markdown of csv", "markdown or csv"),
        ]
        for (args, dutch, english) in cases {
            let nl = try WijkBinary.run(args)
            #expect(nl.status == 2, "\(args)")
            #expect(nl.stderr.contains(dutch), "\(args): \(nl.stderr)")
            let en = try WijkBinary.run(args + ["--lang", "en"])
            #expect(en.status == 2, "\(args)")
            #expect(en.stderr.contains(english), "\(args): \(en.stderr)")
        }
    }

    /// Exports and the report select with the same filters, so they refuse the same mistakes.
    @Test func exportsAndReportRefuseTheSameFilters() throws {
        let dir = try emptyDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out").path
        for args in [["export", "csv", dir.path, "-o", out + ".csv"], ["export", "spss", dir.path, "-o", out + ".csv"],
                     ["export", "jsonl", dir.path, "-o", out + ".jsonl"], ["report", dir.path, "-o", out + ".html"]] {
            let r = try WijkBinary.run(args + ["--variant", "wijkteams"])
            #expect(r.status == 2, "\(args)")
            #expect(r.stderr.contains("'wijkteam'"), "\(args)")
            #expect(try WijkBinary.run(args + ["--from", "2026-03-05", "--to", "2026-03-01"]).status == 2, "\(args)")
        }
        #expect(!FileManager.default.fileExists(atPath: out + ".csv"))
    }

    /// The coding commands select interviews as the summary does: the same checked
    /// filters, and a named folder that is not there is an error, not the default data folder.
    @Test func codingCommandsCheckFiltersAndFolders() throws {
        let dir = try emptyDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try WijkBinary.run(["codes", "add", "Taal", "--data", dir.path]).status == 0)
        let auto = try WijkBinary.run(["code", "auto", dir.path, "--coder", "anna", "--question", "beeld",
                                       "--code", "taal", "--match", "taal", "--variant", "wijkteams"])
        #expect(auto.status == 2, "\(auto.stderr)")
        #expect(auto.stderr.contains("'wijkteam'"))
        let missing = dir.appendingPathComponent("nergens").path
        for args in [["agreement", missing, "--coders", "a,b"], ["export", "codings", missing, "-o", dir.appendingPathComponent("c.csv").path],
                     ["code", "auto", missing, "--coder", "anna", "--question", "beeld", "--code", "taal", "--match", "x"]] {
            let r = try WijkBinary.run(args)
            #expect(r.status == 1, "\(args) \(r.stderr)")
            #expect(r.stderr.contains("bestaat niet"), "\(args) \(r.stderr)")
            #expect(!r.stderr.contains(".local/share"), "\(args)")
        }
    }

    @Test func fromAfterToIsAnError() throws {
        let dir = try emptyDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try WijkBinary.run(["summary", dir.path, "--from", "2026-03-05", "--to", "2026-03-01"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--from") && r.stderr.contains("--to"))
        #expect(try WijkBinary.run(["summary", dir.path, "--from", "2026-03-01", "--to", "2026-03-01"]).status == 0)
    }

    @Test func unknownCrossTabQuestionIsNamedAsUnknown() throws {
        let dir = try emptyDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try WijkBinary.run(["summary", dir.path, "--crosstab", "contakt,rol"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("onbekende vraag 'contakt'"))
        #expect(r.stderr.contains("'contact'"))
        #expect(!r.stderr.contains("geen gesloten vraag"))
        let open = try WijkBinary.run(["summary", dir.path, "--crosstab", "beeld,rol", "--lang", "en"])
        #expect(open.status == 2)
        #expect(open.stderr.contains("not a closed question"))
    }

    /// `wijk report` and the exports check the same: a mistyped filter is not a file of 0 interviews.
    @Test func reportAndExportsCheckFiltersToo() throws {
        let dir = try emptyDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        for command in [["report", "-o", out.appendingPathComponent("r.html").path],
                        ["export", "csv", "-o", out.appendingPathComponent("x.csv").path],
                        ["export", "r", "-o", out.appendingPathComponent("y.csv").path]] {
            let variant = try WijkBinary.run(command + [dir.path, "--variant", "wijkteams"])
            #expect(variant.status == 2 && variant.stderr.contains("'wijkteam'"), "\(command): \(variant.stderr)")
            let dates = try WijkBinary.run(command + [dir.path, "--from", "2026-03-05", "--to", "2026-03-01"])
            #expect(dates.status == 2 && dates.stderr.contains("--from"), "\(command): \(dates.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)   // nothing written
        #expect(try WijkBinary.run(["report", dir.path, "--variant", "WIJKTEAM", "-o", out.appendingPathComponent("ok.html").path]).status == 0)
    }

    /// `wijk results` checks the same before it needs a terminal.
    @Test func resultsChecksFiltersFirst() throws {
        let dir = try emptyDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try WijkBinary.run(["results", dir.path, "--variant", "wijkteams"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("'wijkteam'"))
    }
}
