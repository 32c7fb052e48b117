import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An advisory lock on a draft that is open for editing, so two interviewers
/// (or two terminals) cannot overwrite each other's answers.
///
/// The lock is `flock(LOCK_EX|LOCK_NB)` on a hidden `.<id>.lock` file beside
/// the response, held on a descriptor kept open for the lock's lifetime. The
/// kernel drops it when the process dies, so a lock file left by a crash is
/// not locked and is simply taken over. flock belongs to the open file
/// description, so a second open in the same process is refused too.
/// `FolderLock` uses the same lock for a whole folder (one merge at a time).
///
/// `@unchecked Sendable`: the only mutable state, the descriptor, is guarded by `mutex`.
public final class DraftLock: @unchecked Sendable {
    /// The lock file.
    public let url: URL
    /// Who holds it (this process).
    public let holder: LockHolder

    private let mutex = NSLock()
    /// -1 once released. Guarded by `mutex`.
    private var fd: Int32

    private init(url: URL, holder: LockHolder, fd: Int32) {
        self.url = url; self.holder = holder; self.fd = fd
    }

    deinit { release() }

    /// Takes the lock at `url` for `holder`.
    /// - Throws: `StoreError.locked(holder:)` with whoever has it, or `StoreError.io`.
    public static func acquire(at url: URL, holder: LockHolder) throws -> DraftLock {
        // Retries cover a holder releasing (unlinking) between our open and flock.
        for _ in 0..<16 {
            let fd = POSIX.open(url, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw StoreError.io(.lock, path: url.path, code: errno) }

            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                let code = errno
                if code == EWOULDBLOCK || code == EAGAIN {
                    let other = readHolder(fd)
                    _ = POSIX.close(fd)
                    throw StoreError.locked(holder: other)
                }
                _ = POSIX.close(fd)
                if code == EINTR { continue }
                throw StoreError.io(.lock, path: url.path, code: code)
            }

            // The previous holder unlinks the file on release; if we locked that
            // orphaned inode, the lock guards nothing. Start over with the new file.
            guard isStillAtPath(fd, url) else {
                _ = POSIX.close(fd)
                continue
            }

            let code = writeHolder(holder, to: fd)
            if code != 0 {
                _ = POSIX.close(fd)
                throw StoreError.io(.lock, path: url.path, code: code)
            }
            return DraftLock(url: url, holder: holder, fd: fd)
        }
        throw StoreError.io(.lock, path: url.path, code: EAGAIN)
    }

    /// Who holds the lock at `url` now, if anyone, checked without taking it or creating
    /// the file: a shared, non-blocking flock on the existing file fails only while a
    /// holder has its exclusive one (and is dropped on close). No file: nobody.
    public static func holder(at url: URL) -> LockHolder? {
        let fd = POSIX.open(url, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { _ = POSIX.close(fd) }
        if flock(fd, LOCK_SH | LOCK_NB) == 0 { return nil }
        return readHolder(fd)
    }

    /// Whether someone holds the lock at `url` now (see `holder(at:)`).
    public static func isTaken(at url: URL) -> Bool { holder(at: url) != nil }

    /// Whether this lock is still held (not yet released).
    public var isHeld: Bool {
        mutex.lock(); defer { mutex.unlock() }
        return fd >= 0
    }

    /// Releases the lock and removes the lock file. Safe to call more than once.
    public func release() {
        mutex.lock(); defer { mutex.unlock() }
        guard fd >= 0 else { return }
        // Unlink while still holding the lock, so nobody can lock the file
        // in between and then lose it; and only if it is still our file.
        if Self.isStillAtPath(fd, url) {
            _ = POSIX.withPath(url) { unlink($0) }
        }
        _ = POSIX.close(fd)
        fd = -1
    }

    // MARK: - Helpers

    private static func isStillAtPath(_ fd: Int32, _ url: URL) -> Bool {
        var mine = stat()
        guard fstat(fd, &mine) == 0, let current = POSIX.lstat(url) else { return false }
        return mine.st_ino == current.st_ino && mine.st_dev == current.st_dev
    }

    private static func writeHolder(_ holder: LockHolder, to fd: Int32) -> Int32 {
        guard ftruncate(fd, 0) == 0, lseek(fd, 0, SEEK_SET) == 0 else { return errno }
        return POSIX.writeAll(fd, Data(holder.fileText.utf8))
    }

    /// Reads what the holder wrote; a holder caught mid-write yields empty fields.
    static func readHolder(_ fd: Int32) -> LockHolder {
        var buf = [UInt8](repeating: 0, count: 4096)
        var count = 0
        while count < buf.count {
            let n = buf.withUnsafeMutableBytes { raw in
                pread(fd, raw.baseAddress! + count, raw.count - count, off_t(count))
            }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            count += n
        }
        return LockHolder(fileText: String(decoding: buf[..<count], as: UTF8.self))
    }
}
