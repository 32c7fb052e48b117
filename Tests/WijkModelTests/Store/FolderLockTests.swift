import Foundation
import Testing
@testable import WijkModel

@Suite struct FolderLockTests {
    let fatma = LockHolder(interviewer: "Fatma", host: "laptop-3", pid: 1234, since: Date())

    @Test func secondWriterWaitsBoundedThenRefusesNamingTheHolder() throws {
        try withTempDir { dir in
            let lock = try FolderLock.acquire(dir, holder: fatma, timeout: 0)
            #expect(try entries(dir) == [FolderLock.fileName])
            #expect(FolderLock.holder(of: dir)?.interviewer == "Fatma")
            var told: [LockHolder] = []
            let started = Date()
            do {
                _ = try FolderLock.acquire(dir, holder: .current(interviewer: "Ali"), timeout: 0.3, interval: 0.05) {
                    told.append($0)
                }
                Issue.record("the second lock should be refused")
            } catch let StoreError.folderLocked(path, holder) {
                #expect(path == dir.path)
                #expect(holder.interviewer == "Fatma" && holder.pid == 1234)
                let text = StoreError.folderLocked(path: path, holder: holder).message(.nl)
                #expect(text.hasPrefix("In map ‘\(dir.path)’ wordt al samengevoegd door Fatma op laptop-3 (pid 1234) sinds "))
            }
            #expect(Date().timeIntervalSince(started) >= 0.3)
            #expect(told.map(\.interviewer) == ["Fatma"])   // said once, not on every try
            lock.release()
            #expect(FolderLock.holder(of: dir) == nil)
            let names = try entries(dir)
            #expect(names.isEmpty)
        }
    }

    @Test func aWaitingWriterGetsTheLockWhenItIsReleased() throws {
        try withTempDir { dir in
            let lock = try FolderLock.acquire(dir, holder: fatma, timeout: 0)
            DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { lock.release() }
            let second = try FolderLock.acquire(dir, holder: .current(interviewer: "Ali"), timeout: 10)
            #expect(second.isHeld)
            #expect(FolderLock.holder(of: dir)?.interviewer == "Ali")
            second.release()
        }
    }

    /// Asking who holds the lock writes nothing: a dry run leaves the folder as it was.
    @Test func askingForTheHolderWritesNothing() throws {
        try withTempDir { dir in
            #expect(FolderLock.holder(of: dir) == nil)
            let names = try entries(dir)
            #expect(names.isEmpty)
        }
    }
}
