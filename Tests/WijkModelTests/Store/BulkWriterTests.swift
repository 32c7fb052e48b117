import Foundation
import Testing
@testable import WijkModel

@Suite struct BulkWriterTests {
    @Test func stagedFilesAppearWholeAndPrivateOnlyOnCommit() throws {
        try withTempDir { dir in
            let writer = BulkWriter(directory: dir, batchSize: 100)
            try writer.stage(Data("one".utf8), as: "a.json")
            try writer.stage(Data("two".utf8), as: "b.json")
            #expect(try entries(dir).allSatisfy { AtomicFile.isTemporaryName($0) })   // nothing visible yet
            #expect(try Data(contentsOf: writer.currentURL(of: "a.json")) == Data("one".utf8))
            try writer.stage(Data("three".utf8), as: "a.json")                        // replaces the staged one
            #expect(try entries(dir).count == 2)
            try writer.commit()
            #expect(try entries(dir) == ["a.json", "b.json"])
            #expect(try Data(contentsOf: dir.appendingPathComponent("a.json")) == Data("three".utf8))
            #expect(permissions(dir.appendingPathComponent("b.json")) == 0o600)
            #expect(writer.currentURL(of: "a.json") == dir.appendingPathComponent("a.json"))
        }
    }

    @Test func fullBatchesAreCommittedAsTheyFill() throws {
        try withTempDir { dir in
            let writer = BulkWriter(directory: dir, batchSize: 3)
            for i in 0..<7 { try writer.stage(Data("\(i)".utf8), as: "f\(i).json") }
            #expect(try entries(dir).filter { !$0.hasPrefix(".") }.count == 6)
            try writer.commit()
            #expect(try entries(dir).count == 7)
        }
    }

    /// An interruption between renames leaves whole files and, once the writer
    /// is gone, no temporaries; an uncommitted writer leaves nothing at all.
    @Test func interruptionLeavesWholeFilesOnly() throws {
        try withTempDir { dir in
            do {
                let writer = BulkWriter(directory: dir)
                var renames = 0
                writer.beforeRename = { renames += 1; if renames == 3 { throw SimulatedCrash() } }
                for i in 0..<5 { try writer.stage(Data("\(i)".utf8), as: "f\(i).json") }
                #expect(throws: SimulatedCrash.self) { try writer.commit() }
            }
            #expect(try entries(dir) == ["f0.json", "f1.json"])
            do {
                let writer = BulkWriter(directory: dir)
                try writer.stage(Data("x".utf8), as: "g.json")
            }
            #expect(try entries(dir) == ["f0.json", "f1.json"])
        }
    }
}
