import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `-o` writes only to a new or existing regular file, and `export spss` replaces both of its files or neither.
@Suite("Output targets")
struct OutputTargetTests {
    let dir: URL
    let data: String

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-targets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        data = dir.appendingPathComponent("data").path
        _ = try WijkBinary.run(["generate", "--count", "3", "--seed", "2", "--out", data])
    }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    @Test func specialFilesFoldersAndLinksAreRefusedWithExit2() throws {
        #expect(mkfifo(path("fifo"), 0o600) == 0)
        try FileManager.default.createDirectory(atPath: path("folder"), withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: URL(fileURLWithPath: path("real.csv")))
        try FileManager.default.createSymbolicLink(atPath: path("link.csv"), withDestinationPath: path("real.csv"))
        let cases: [(String, [String])] = [
            ("/dev/null", ["export", "csv", data, "-o", "/dev/null"]),
            ("fifo", ["export", "csv", data, "-o", path("fifo")]),
            ("folder", ["export", "jsonl", data, "-o", path("folder")]),
            ("link", ["export", "csv", data, "-o", path("link.csv")]),
            ("codebook", ["export", "codebook", "-o", path("fifo")]),
            ("spss fifo", ["export", "spss", data, "-o", path("fifo")]),
        ]
        for (what, arguments) in cases {
            let r = try WijkBinary.run(arguments + ["--lang", "en"])
            #expect(r.status == 2, "\(what): \(r.stderr)")
            #expect(r.stderr.contains("not a regular file") || r.stderr.contains("symbolic link"), "\(what): \(r.stderr)")
        }
        var st = stat()
        #expect(lstat(path("fifo"), &st) == 0 && (st.st_mode & S_IFMT) == S_IFIFO)
        #expect(lstat(path("link.csv"), &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK)
        #expect(try String(contentsOfFile: path("real.csv"), encoding: .utf8) == "keep")
        #expect(try WijkBinary.run(["export", "csv", data, "-o", path("real.csv")]).status == 0)
        #expect(try String(contentsOfFile: path("real.csv"), encoding: .utf8).hasPrefix("id,variant"))
    }

    @Test func spssNeverWritesTheCSVOverItsSyntaxAndReplacesBothOrNeither() throws {
        let same = try WijkBinary.run(["export", "spss", data, "-o", path("data.sps")])
        #expect(same.status == 2 && same.stderr.contains("zowel de CSV als de syntax"), "\(same.stderr)")
        #expect(!FileManager.default.fileExists(atPath: path("data.sps")))

        try Data("old csv".utf8).write(to: URL(fileURLWithPath: path("s.csv")))
        try FileManager.default.createDirectory(atPath: path("s.sps"), withIntermediateDirectories: true)
        let blocked = try WijkBinary.run(["export", "spss", data, "-o", path("s.csv")])
        #expect(blocked.status == 2)
        #expect(try String(contentsOfFile: path("s.csv"), encoding: .utf8) == "old csv")

        try FileManager.default.removeItem(atPath: path("s.sps"))
        #expect(try WijkBinary.run(["export", "spss", data, "-o", path("s.csv")]).status == 0)
        #expect(try String(contentsOfFile: path("s.sps"), encoding: .utf8).contains("GET DATA"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}
