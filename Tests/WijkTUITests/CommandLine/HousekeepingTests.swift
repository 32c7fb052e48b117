import Foundation
import Testing
@testable import WijkModel
@testable import WijkTUI

/// Every writing command first removes its own stale temporaries (older than an
/// hour, not locked); the app warns once when its data folder is open to others.
@Suite("Stale temporaries and privacy warnings")
final class HousekeepingTests {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-housekeeping-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: dir) }

    /// A temporary as a killed save leaves it, `hoursOld` hours old.
    @discardableResult
    func leftover(for name: String, in folder: URL, hoursOld: Double) throws -> URL {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(AtomicFile.temporaryName(for: name))
        try Data("half an interview".utf8).write(to: url)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-hoursOld * 3600)],
                                              ofItemAtPath: url.path)
        return url
    }

    func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }

    @Test func generateMergeAndExportClearTheirStaleTemporaries() throws {
        let out = dir.appendingPathComponent("gen")
        let oldGen = try leftover(for: "a.json", in: out, hoursOld: 2)
        let youngGen = try leftover(for: "b.json", in: out, hoursOld: 0.1)
        #expect(try WijkBinary.run(["generate", "--count", "3", "--out", out.path]).status == 0)
        #expect(!exists(oldGen) && exists(youngGen))

        let target = dir.appendingPathComponent("t")
        let oldMerge = try leftover(for: "c.json", in: target, hoursOld: 5)
        #expect(try WijkBinary.run(["merge", out.path, "--into", target.path]).status == 0)
        #expect(!exists(oldMerge))

        let csv = dir.appendingPathComponent("uit.csv")
        let oldCSV = try leftover(for: "uit.csv", in: dir, hoursOld: 3)
        let notOurs = try leftover(for: "ander.csv", in: dir, hoursOld: 3)   // another file's: left alone
        #expect(try WijkBinary.run(["export", "csv", out.path, "-o", csv.path, "--include-drafts"]).status == 0)
        #expect(!exists(oldCSV) && exists(notOurs))
    }

    @MainActor @Test func appStartClearsStaleTemporariesAndWarnsAboutAnOpenFolder() throws {
        let data = dir.appendingPathComponent("data")
        let old = try leftover(for: "r1.json", in: data, hoursOld: 2)
        chmod(data.path, 0o755)
        let common = try CommonOptions.parse(["--data", data.path, "--lang", "en"])
        let state = try AppLauncher.state(common, interviewer: "Fatma")
        #expect(!exists(old))
        let dialog = try #require(state.dialog)
        #expect(!dialog.isError && dialog.message.contains("chmod 700 '\(data.path)'"))
        var st = stat()
        #expect(stat(data.path, &st) == 0 && st.st_mode & 0o777 == 0o755)   // warned, not changed

        chmod(data.path, 0o700)
        let quiet = try AppLauncher.state(common, interviewer: "Fatma")
        #expect(quiet.dialog == nil)
    }
}
