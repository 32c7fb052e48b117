import Foundation
import Testing
@testable import WijkModel

@Suite struct ExportOutputSealTests {
    @Test func sealedButUnpublishedOutputsLeaveTheOldFilesAndNoTemporaries() throws {
        try withTempDir { dir in
            let a = dir.appendingPathComponent("a.csv"), b = dir.appendingPathComponent("a.sps")
            try Data("old a".utf8).write(to: a)
            try Data("old b".utf8).write(to: b)
            do {
                let first = try ExportOutput.file(a)
                try first.write(Array("new a".utf8))
                try first.seal()
                let second = try ExportOutput.file(b)
                try second.write(Array("new b".utf8))
                // A failure here (before any publish) drops both.
            }
            #expect(try String(contentsOf: a, encoding: .utf8) == "old a")
            #expect(try String(contentsOf: b, encoding: .utf8) == "old b")
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["a.csv", "a.sps"])

            let first = try ExportOutput.file(a), second = try ExportOutput.file(b)
            try first.write(Array("new a".utf8)); try second.write(Array("new b".utf8))
            try first.seal(); try second.seal()
            try first.publish(); try second.publish()
            #expect(try String(contentsOf: a, encoding: .utf8) == "new a")
            #expect(try String(contentsOf: b, encoding: .utf8) == "new b")
        }
    }

    @Test func targetsAreChecked() throws {
        #expect(throws: OutputTarget.Refusal.self) { try OutputTarget.check(URL(fileURLWithPath: "/dev/null")) }
        #expect(throws: OutputTarget.Refusal.self) { try OutputTarget.check(URL(fileURLWithPath: "/tmp")) }
        #expect(throws: OutputTarget.Refusal.sameAsCompanion(path: "/tmp/x/./a.sps")) {
            try OutputTarget.check([URL(fileURLWithPath: "/tmp/x/a.sps"), URL(fileURLWithPath: "/tmp/x/./a.sps")])
        }
        try OutputTarget.check(URL(fileURLWithPath: "/tmp/wijk-does-not-exist-\(UUID().uuidString)"))
    }
}
