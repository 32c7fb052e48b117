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
}

