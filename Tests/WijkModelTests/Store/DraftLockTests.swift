import Foundation
import Testing
@testable import WijkModel

@Suite struct DraftLockTests {
    let fatma = LockHolder(interviewer: "Fatma", host: "laptop-3", pid: 1234, since: Date())

    @Test func secondAcquireReportsTheHolder() throws {
        try withTempDir { dir in
            let url = dir.appendingPathComponent(".r1.lock")
            let lock = try DraftLock.acquire(at: url, holder: fatma)
            #expect(lock.isHeld)
            // A second open in the same process is a separate open file description,
            // so flock refuses it just like it would refuse another process.
            do {
                _ = try DraftLock.acquire(at: url, holder: .current(interviewer: "Ali"))
                Issue.record("second acquire should fail")
            } catch let StoreError.locked(holder) {
                #expect(holder.interviewer == "Fatma")
                #expect(holder.host == "laptop-3")
                #expect(holder.pid == 1234)
                #expect(abs(holder.since.timeIntervalSince(fatma.since)) < 0.001)
                let text = StoreError.locked(holder: holder).message(.nl)
                #expect(text.hasPrefix("Dit interview is al geopend door Fatma op laptop-3 (pid 1234) sinds "))
            }
            withExtendedLifetime(lock) {}
        }
    }

    @Test func releaseAllowsRelockAndRemovesTheFile() throws {
        try withTempDir { dir in
            let url = dir.appendingPathComponent(".r1.lock")
            let lock = try DraftLock.acquire(at: url, holder: fatma)
            lock.release()
            lock.release() // harmless twice
            #expect(!lock.isHeld)
            #expect(try entries(dir).isEmpty)
            let again = try DraftLock.acquire(at: url, holder: .current(interviewer: "Ali"))
            #expect(again.isHeld)
            #expect(try String(contentsOf: url, encoding: .utf8).contains("interviewer=Ali"))
        }
    }

    @Test func deinitReleases() throws {
        try withTempDir { dir in
            let url = dir.appendingPathComponent(".r1.lock")
            do { _ = try DraftLock.acquire(at: url, holder: fatma) }
            let lock = try DraftLock.acquire(at: url, holder: fatma)
            #expect(lock.isHeld)
        }
    }

    @Test func staleLockFileIsTakenOver() throws {
        try withTempDir { dir in
            let url = dir.appendingPathComponent(".r1.lock")
            // What a crashed process leaves: the file with its holder, but no flock.
            let crashed = LockHolder(interviewer: "Fatma", host: "laptop-3", pid: 999_999, since: Date())
            try Data(crashed.fileText.utf8).write(to: url)
            let lock = try DraftLock.acquire(at: url, holder: .current(interviewer: "Ali"))
            #expect(lock.isHeld)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains("interviewer=Ali"))
            #expect(!text.contains("Fatma"))
        }
    }

    @Test func holderFileTextRoundTripsAndToleratesGarbage() {
        let h = LockHolder(interviewer: "Fatma\nEvil", host: "laptop-3", pid: 42,
                           since: Date(timeIntervalSince1970: 1_715_000_000.25))
        let back = LockHolder(fileText: h.fileText)
        #expect(back.interviewer == "Fatma Evil")
        #expect(back.host == "laptop-3" && back.pid == 42)
        #expect(back.since == h.since)
        let empty = LockHolder(fileText: "garbage")
        #expect(empty.interviewer.isEmpty && empty.pid == 0)
        #expect(StoreError.locked(holder: empty).message(.en).contains("someone else"))
    }

    @Test func sinceShowsClockTodayAndDateOtherwise() throws {
        let cal = Calendar.current
        let now = Date()
        var parts = cal.dateComponents([.year, .month, .day], from: now)
        parts.hour = 14; parts.minute = 2
        let today = try #require(cal.date(from: parts))
        #expect(LockHolder.clockText(today, now: now) == "14:02")
        parts.year = 2020; parts.month = 5; parts.day = 3
        let earlier = try #require(cal.date(from: parts))
        #expect(LockHolder.clockText(earlier, now: now) == "2020-05-03 14:02")
        let h = LockHolder(interviewer: "Fatma", host: "laptop-3", pid: 1234, since: today)
        #expect(h.lockedMessage(.nl, now: now)
                == "Dit interview is al geopend door Fatma op laptop-3 (pid 1234) sinds 14:02")
    }
}

@Suite struct DraftLockProcessTests {
    /// Another process (util-linux `flock -n`) is refused while we hold the lock.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/flock")))
    func anotherProcessIsRefused() throws {
        try withTempDir { dir in
            let url = dir.appendingPathComponent(".r1.lock")
            func otherProcessCanLock() throws -> Bool {
                let p = Process()
                p.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
                p.arguments = ["-n", url.path, "true"]
                try p.run()
                p.waitUntilExit()
                return p.terminationStatus == 0
            }
            let lock = try DraftLock.acquire(at: url, holder: .current(interviewer: "Fatma"))
            #expect(try !otherProcessCanLock())
            lock.release()
            #expect(try otherProcessCanLock())
        }
    }
}
