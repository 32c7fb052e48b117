import Foundation
import Testing
@testable import WijkModel

@Suite struct AtomicFileTests {
    @Test func createsA0600FileInA0700Directory() throws {
        try withTempDir { root in
            let dir = root.appendingPathComponent("responses")
            try DataDirectory.prepare(dir)
            let target = dir.appendingPathComponent("r1.json")
            try AtomicFile.write(Data("{\"a\":1}".utf8), to: target)
            #expect(try Data(contentsOf: target) == Data("{\"a\":1}".utf8))
            #expect(permissions(target) == 0o600)
            #expect(permissions(dir) == 0o700)
            #expect(try entries(dir) == ["r1.json"]) // no temporary left behind
        }
    }

    @Test func explicitModeIsApplied() throws {
        try withTempDir { dir in
            let target = dir.appendingPathComponent("export.csv")
            try AtomicFile.write(Data("x".utf8), to: target, mode: 0o644)
            #expect(permissions(target) == 0o644)
        }
    }

    @Test func overwriteReplacesContentAndLeavesNoTemporaries() throws {
        try withTempDir { dir in
            let target = dir.appendingPathComponent("r1.json")
            try AtomicFile.write(Data(repeating: 65, count: 100_000), to: target)
            try AtomicFile.write(Data("new".utf8), to: target)
            #expect(try Data(contentsOf: target) == Data("new".utf8))
            #expect(try entries(dir) == ["r1.json"])
        }
    }

    @Test func failureBeforeRenameKeepsOldContentAndRemovesTemporary() throws {
        try withTempDir { dir in
            let target = dir.appendingPathComponent("r1.json")
            try AtomicFile.write(Data("old".utf8), to: target)
            #expect(throws: SimulatedCrash.self) {
                try AtomicFile.write(Data("new".utf8), to: target) { throw SimulatedCrash() }
            }
            #expect(try Data(contentsOf: target) == Data("old".utf8))
            #expect(try entries(dir) == ["r1.json"])
        }
    }

    /// A crash between writing the temporary and the rename: at that moment the
    /// temporary is complete and hidden, and the target still has the old content.
    @Test func crashBeforeRenameNeverTearsTheTarget() throws {
        try withTempDir { dir in
            let target = dir.appendingPathComponent("r1.json")
            let old = Data(repeating: UInt8(ascii: "o"), count: 50_000)
            let new = Data(repeating: UInt8(ascii: "n"), count: 70_000)
            try AtomicFile.write(old, to: target)

            var seenTemporaries: [String] = []
            #expect(throws: SimulatedCrash.self) {
                try AtomicFile.write(new, to: target) {
                    let names = try entries(dir).filter { $0 != "r1.json" }
                    seenTemporaries = names
                    // What a crash right now would leave on disk:
                    #expect(try Data(contentsOf: target) == old)
                    for name in names {
                        #expect(name.hasPrefix(".r1.json."))
                        #expect(name.hasSuffix(".tmp"))
                        #expect(AtomicFile.isTemporaryName(name))
                        #expect(try Data(contentsOf: dir.appendingPathComponent(name)) == new)
                        #expect(permissions(dir.appendingPathComponent(name)) == 0o600)
                        // Keep a copy, as a killed process would have left it.
                        let leftover = dir.appendingPathComponent(AtomicFile.temporaryName(for: "r1.json"))
                        #expect(link(dir.appendingPathComponent(name).path, leftover.path) == 0)
                    }
                    throw SimulatedCrash()
                }
            }
            #expect(seenTemporaries.count == 1)
            #expect(try Data(contentsOf: target) == old)

            // The leftover is hidden, young ones are kept, old ones are cleaned up,
            // and the real file is never touched.
            let leftovers = try entries(dir).filter { $0 != "r1.json" }
            #expect(leftovers.count == 1)
            #expect(leftovers.allSatisfy { $0.hasPrefix(".") })
            #expect(AtomicFile.removeStaleTemporaries(in: dir) == 0)
            #expect(AtomicFile.removeStaleTemporaries(in: dir, now: Date().addingTimeInterval(7200)) == 1)
            #expect(try entries(dir) == ["r1.json"])
            #expect(try Data(contentsOf: target) == old)
        }
    }

    @Test func staleCleanupTouchesOnlyOurTemporaries() throws {
        try withTempDir { dir in
            let keep = ["r1.json", ".r1.lock", "notes.tmp", ".r1.json.tmp", ".r1.json.0123456789ABCDEF.tmp",
                        ".r1.json.0123.tmp"]
            for name in keep { try Data("x".utf8).write(to: dir.appendingPathComponent(name)) }
            let ours = ".r1.json.0123456789abcdef.tmp"
            try Data("x".utf8).write(to: dir.appendingPathComponent(ours))
            try FileManager.default.createDirectory(at: dir.appendingPathComponent(".d.0123456789abcdef.tmp"),
                                                    withIntermediateDirectories: false)
            let removed = AtomicFile.removeStaleTemporaries(in: dir, now: Date().addingTimeInterval(86_400))
            #expect(removed == 1)
            #expect(try entries(dir) == (keep + [".d.0123456789abcdef.tmp"]).sorted())
        }
    }

    /// A temporary still being written (locked) is never removed, however old;
    /// with a name, only that file's temporaries are considered.
    @Test func staleCleanupSkipsLockedTemporariesAndCanBeLimitedToOneFile() throws {
        try withTempDir { dir in
            let output = try ExportOutput.file(dir.appendingPathComponent("out.csv"))
            try output.write(Array("a,b\r\n".utf8))
            let other = dir.appendingPathComponent(AtomicFile.temporaryName(for: "out.csv.bak"))
            try Data("x".utf8).write(to: other)
            let later = Date().addingTimeInterval(86_400)
            #expect(AtomicFile.removeStaleTemporaries(in: dir, for: "out.csv", now: later) == 0)   // the live one is locked
            #expect(try entries(dir).count == 2)
            try output.commit()
            let stale = dir.appendingPathComponent(AtomicFile.temporaryName(for: "out.csv"))
            try Data("half".utf8).write(to: stale)
            #expect(AtomicFile.removeStaleTemporaries(in: dir, for: "out.csv", now: later) == 1)
            #expect(try entries(dir) == [other.lastPathComponent, "out.csv"].sorted())
        }
    }

    @Test func temporaryNamesAreHiddenAndRecognised() {
        let a = AtomicFile.temporaryName(for: "r1.json")
        let b = AtomicFile.temporaryName(for: "r1.json")
        #expect(a != b)
        #expect(a.hasPrefix(".r1.json."))
        #expect(AtomicFile.isTemporaryName(a))
        #expect(!AtomicFile.isTemporaryName("r1.json"))
        #expect(!AtomicFile.isTemporaryName(".r1.json.tmp"))
        #expect(!AtomicFile.isTemporaryName("r1.json.0123456789abcdef.tmp")) // not hidden
    }

    @Test func missingDirectoryGivesAClearError() throws {
        try withTempDir { dir in
            let target = dir.appendingPathComponent("nope/r1.json")
            do {
                try AtomicFile.write(Data("x".utf8), to: target)
                Issue.record("expected an error")
            } catch let error as StoreError {
                guard case .io(.createTemporary, let path, let code) = error else {
                    Issue.record("unexpected \(error)"); return
                }
                #expect(code == ENOENT)
                #expect(path.contains("/nope/.r1.json."))
                #expect(error.message(.nl).contains("Kan tijdelijk bestand"))
                #expect(error.message(.nl).contains("bestaat niet"))
                #expect(error.message(.en).contains("No such file or directory"))
            }
        }
    }
}
