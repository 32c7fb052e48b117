import Foundation
import Testing
import WijkModel

/// `wijk merge` through the real binary: concurrent runs, conflicts, dry run, modes.
@Suite("Merge command")
final class MergeCommandTests {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijk-merge-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: dir) }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    /// `old` holds `count` generated interviews; `new` the same ids, each edited a minute later.
    func oldAndNew(count: Int) throws -> (old: String, new: String) {
        let old = path("old"), new = path("new")
        #expect(try WijkBinary.run(["generate", "--count", "\(count)", "--seed", "7", "--out", old]).status == 0)
        try FileManager.default.createDirectory(atPath: new, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: old) {
            var response = try ResponseDecoder.decode(try Data(contentsOf: URL(fileURLWithPath: old + "/" + name)))
            response.updatedAt += 60
            response.remarks["beeld"] = "later bijgewerkt"
            try response.encoded().write(to: URL(fileURLWithPath: new + "/" + name))
        }
        return (old, new)
    }

    func contents(_ folder: String) throws -> [String: Data] {
        var all: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            all[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
        }
        return all
    }

    /// Two merges started together give the folder one after the other gives, in
    /// either order: the newer revision of every interview, no conflict copies.
    @Test func concurrentMergesNeverInterleave() throws {
        let (old, new) = try oldAndNew(count: 200)
        for (name, order) in [("ab", [old, new]), ("ba", [new, old])] {
            for source in order { #expect(try WijkBinary.run(["merge", source, "--into", path(name)]).status == 0) }
        }
        let sequential = try contents(path("ab"))
        #expect(try contents(path("ba")) == sequential)
        #expect(sequential.count == 200)
        #expect(try contents(new) == sequential)                       // newer always wins

        for round in 0..<2 {
            let target = path("together-\(round)")
            let results = Results()
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                let source = (i + round) % 2 == 0 ? old : new
                results.set(i, try? WijkBinary.run(["merge", source, "--into", target]))
            }
            for i in 0..<2 {
                let result = try #require(results.get(i))
                #expect(result.status == 0, "\(result.stderr)")
            }
            #expect(try contents(target) == sequential, "round \(round)")
        }
    }

    /// While another writer holds the folder, `--wait 0` refuses at once, naming it.
    @Test func aHeldFolderIsRefusedNamingTheHolder() throws {
        let (old, _) = try oldAndNew(count: 3)
        let target = URL(fileURLWithPath: path("t"))
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let lock = try FolderLock.acquire(target, holder: LockHolder(interviewer: "Fatma", host: "laptop-3", pid: 4321,
                                                                     since: Date()), timeout: 0)
        let refused = try WijkBinary.run(["merge", old, "--into", target.path, "--wait", "0.2"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("wordt al samengevoegd door Fatma op laptop-3 (pid 4321)"), "\(refused.stderr)")
        #expect(refused.stderr.contains("wachten (hooguit 0.2 s)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.path) == [FolderLock.fileName])
        lock.release()
        #expect(try WijkBinary.run(["merge", old, "--into", target.path, "--wait", "0"]).status == 0)
    }

    /// A conflict fails every rerun until one revision is kept; the dry run says what would happen.
    @Test func conflictsAreListedUntilResolved() throws {
        let (old, _) = try oldAndNew(count: 2)
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: old).sorted().first)
        let id = String(name.dropLast(5))
        let other = path("other")
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        var clash = try ResponseDecoder.decode(try Data(contentsOf: URL(fileURLWithPath: old + "/" + name)))
        clash.remarks["beeld"] = "tweede laptop"
        try clash.encoded().write(to: URL(fileURLWithPath: other + "/" + name))
        let target = path("t")

        let plan = try WijkBinary.run(["merge", old, other, "--into", target, "--dry-run", "--lang", "en"])
        #expect(plan.status == 1)
        #expect(plan.stdout.contains("new, would be copied → \(target)/\(name)"))
        #expect(plan.stdout.contains("would be kept separately → \(target)/\(id).conflict-"))
        #expect(plan.stdout.contains("Dry run (nothing written): 2 new"))
        #expect(!FileManager.default.fileExists(atPath: target))         // nothing written

        #expect(try WijkBinary.run(["merge", old, other, "--into", target]).status == 1)
        let rerun = try WijkBinary.run(["merge", old, other, "--into", target])
        #expect(rerun.status == 1)
        #expect(rerun.stdout.contains("0 conflicten"))
        #expect(rerun.stdout.contains("Onopgeloste conflicten in \(target) (1):"))
        #expect(rerun.stdout.contains("--resolve \(id) --keep \(id).json"))

        let resolved = try WijkBinary.run(["merge", "--into", target, "--resolve", id, "--keep", name])
        #expect(resolved.status == 0, "\(resolved.stderr)")
        #expect(resolved.stdout.hasPrefix("Opgelost: \(name) bewaard als \(id).json"))
        let after = try WijkBinary.run(["merge", old, other, "--into", target])
        #expect(after.status == 0, "\(after.stdout)")
        #expect(!after.stdout.contains("Onopgeloste"))
        #expect(try WijkBinary.run(["validate", target]).status == 0)
        #expect(try WijkBinary.run(["merge", "--into", target, "--resolve", id]).status == 2)
    }

    /// An existing target keeps its mode (here 0755, with a warning); a new one is created 0700.
    @Test func existingFolderKeepsItsModeNewOneIsPrivate() throws {
        let (old, _) = try oldAndNew(count: 2)
        let open = path("open")
        try FileManager.default.createDirectory(atPath: open, withIntermediateDirectories: true)
        chmod(open, 0o755)
        let merged = try WijkBinary.run(["merge", old, "--into", open])
        #expect(merged.status == 0)
        #expect(mode(open) == 0o755)
        #expect(merged.stderr.components(separatedBy: "Let op:").count == 2, "\(merged.stderr)")   // once
        #expect(merged.stderr.contains("chmod 700 '\(open)'"))
        let fresh = path("nieuw/map")
        let created = try WijkBinary.run(["merge", old, "--into", fresh])
        #expect(created.status == 0 && !created.stderr.contains("Let op"))
        #expect(mode(fresh) == 0o700)
    }

    func mode(_ path: String) -> mode_t {
        var st = stat()
        return stat(path, &st) == 0 ? st.st_mode & 0o7777 : 0
    }
}

/// Results of the concurrent runs, one slot each.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Int: WijkBinary.Result] = [:]
    func set(_ i: Int, _ r: WijkBinary.Result?) { lock.lock(); slots[i] = r; lock.unlock() }
    func get(_ i: Int) -> WijkBinary.Result? { lock.lock(); defer { lock.unlock() }; return slots[i] }
}
