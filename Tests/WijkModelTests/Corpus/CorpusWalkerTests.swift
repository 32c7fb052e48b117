import Foundation
import Testing
@testable import WijkModel

@Suite("Corpus walk")
struct CorpusWalkerTests {
    /// Nested folders, hidden entries, other files, a symlink loop, a folder
    /// given twice, a file given by name and a path that does not exist.
    @Test func collectsResponseFilesOnceInOrder() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("wijk-collect-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: root) }
        for dir in ["a", "a/sub", "a/.hidden", "b"] {
            try fm.createDirectory(at: root.appendingPathComponent(dir), withIntermediateDirectories: true)
        }
        for file in ["a/2.json", "a/1.json", "a/notes.txt", "a/.tmp.json", "a/sub/3.json", "a/.hidden/4.json",
                     "b/5.json", "b/ü.json"] {
            try Data("{}".utf8).write(to: root.appendingPathComponent(file))
        }
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("a/sub/loop").path,
                                  withDestinationPath: root.appendingPathComponent("a").path)
        let a = root.appendingPathComponent("a").path
        let walked = CorpusWalker.walk(
            [a, a + "/", root.appendingPathComponent("b/5.json").path, root.appendingPathComponent("nope").path],
            lang: .en)
        let (files, problems) = (walked.files, walked.problems)
        let names = files.map { String($0.dropFirst(root.path.count + 1)) }
        #expect(names == ["a/1.json", "a/2.json", "a/sub/3.json", "b/5.json"])
        #expect(problems.map(\.file) == [root.appendingPathComponent("nope").path])
        let b = CorpusWalker.walk([root.appendingPathComponent("b").path], lang: .en).files
        #expect(b.map { ($0 as NSString).lastPathComponent } == ["5.json", "ü.json"])
        #expect(problems.first?.problems.first?.message == "does not exist")
    }

    /// Names are sorted as `String`s sort them, also where the quick sort key
    /// (the first eight bytes) cannot decide: shared prefixes, short names,
    /// capitals, non-ASCII and a combining mark right after the eighth byte.
    @Test func listsInStringOrder() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("wijk-order-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: root) }
        try fm.createDirectory(at: root, withIntermediateDirectories: true)
        let names = ["interview-b.json", "interview-a.json", "interview.json", "a.json", "ab.json", "Zz.json",
                     "z.json", "é.json", "ü2.json", "abcdefghi.json", "abcdefge\u{301}.json", "abcdefgf.json",
                     "0001.json", "10.json", "2.json"]
        for name in names { try Data("{}".utf8).write(to: root.appendingPathComponent(name)) }
        let listed = CorpusWalker.walk([root.path], lang: .en).files.map { ($0 as NSString).lastPathComponent }
        let onDisk = try fm.contentsOfDirectory(atPath: root.path)
        #expect(listed == onDisk.sorted())
        #expect(listed.count == names.count)
    }

    /// A folder named like a response file is walked into; a pipe in a folder is
    /// passed over (reading it could wait forever) but taken when named; a link
    /// to nothing is reported.
    @Test func foldersPipesAndBrokenLinks() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("wijk-collect-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: root) }
        try fm.createDirectory(at: root.appendingPathComponent("backup.json"), withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: root.appendingPathComponent("backup.json/1.json"))
        let pipe = root.appendingPathComponent("pipe.json").path
        #expect(mkfifo(pipe, 0o600) == 0)
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("gone.json").path,
                                  withDestinationPath: root.appendingPathComponent("nowhere.json").path)
        let walked = CorpusWalker.walk([root.path], lang: .nl)
        let (files, problems) = (walked.files, walked.problems)
        #expect(files.map { String($0.dropFirst(root.path.count + 1)) } == ["backup.json/1.json"])
        #expect(problems.map { ($0.file as NSString).lastPathComponent } == ["gone.json"])
        #expect(problems.first?.problems.first?.message == "verwijst naar een bestand dat niet bestaat")
        #expect(CorpusWalker.walk([pipe], lang: .nl).files == [pipe])
    }

    /// Links are followed only inside the folders named: a link to `/` and a
    /// link to a file elsewhere are reported and skipped, their targets not
    /// shown; links inside (and into another named folder) are followed.
    @Test func linksStayInsideTheNamedFolders() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("wijk-links-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: root) }
        for dir in ["data/sub", "other", "outside"] {
            try fm.createDirectory(at: root.appendingPathComponent(dir), withIntermediateDirectories: true)
        }
        for file in ["data/sub/1.json", "other/2.json", "outside/secret.json"] {
            try Data("{}".utf8).write(to: root.appendingPathComponent(file))
        }
        func link(_ name: String, _ target: String) throws {
            try fm.createSymbolicLink(atPath: root.appendingPathComponent(name).path, withDestinationPath: target)
        }
        try link("data/root", "/")
        try link("data/shadow.json", root.appendingPathComponent("outside/secret.json").path)
        try link("data/outdir", root.appendingPathComponent("outside").path)
        try link("data/inside.json", "sub/1.json")
        try link("data/toother", root.appendingPathComponent("other").path)
        try link("data/notes.txt", "/etc/hostname")   // not a response file's name: passed over
        let data = root.appendingPathComponent("data").path, other = root.appendingPathComponent("other").path
        let walked = CorpusWalker.walk([data, other], lang: .en)
        let names = walked.files.map { String($0.dropFirst(root.path.count + 1)) }
        // `other` is read once, the first time it is reached (through the link).
        #expect(names == ["data/inside.json", "data/sub/1.json", "data/toother/2.json"])
        #expect(walked.problems.map { ($0.file as NSString).lastPathComponent } == ["outdir", "root", "shadow.json"])
        for report in walked.problems {
            #expect(report.problems.map(\.message) == ["symbolic link leading outside the folders given; skipped"])
            #expect(!report.problems.contains { $0.message.contains("outside/") || $0.message.contains("secret") })
        }
        // Named alone, `other` is outside `data`: the link into it is refused too.
        #expect(CorpusWalker.walk([data], lang: .en).problems.count == 4)
    }

    /// Conflict copies are listed apart, never as files to read; temporaries never.
    @Test func conflictCopiesAreListedNotRead() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("wijk-conflict-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: root) }
        try fm.createDirectory(at: root, withIntermediateDirectories: true)
        for file in ["A1.json", "A1.conflict-0badc0de.json", ".A1.json.1234.tmp", ".A1.lock"] {
            try Data("{}".utf8).write(to: root.appendingPathComponent(file))
        }
        let walked = CorpusWalker.walk([root.path], lang: .nl)
        #expect(walked.files.map { ($0 as NSString).lastPathComponent } == ["A1.json"])
        #expect(walked.conflicts.map { ($0 as NSString).lastPathComponent } == ["A1.conflict-0badc0de.json"])
        let reports = walked.conflictReports(.en)
        #expect(reports.map(\.responseID) == ["A1"])
        #expect(reports.first?.problems.first?.message.hasPrefix("unresolved conflict") == true)
    }
}
