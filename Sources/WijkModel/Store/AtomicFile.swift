import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Durable, all-or-nothing file replacement: after a crash or power cut the
/// target holds either the old or the new content, never a torn mix or nothing.
///
/// `Data.write(options: .atomic)` is not enough: it does not fsync the
/// directory, so the rename itself can be lost after a power cut.
public enum AtomicFile {
    /// Temporary files end with this, after a dot and 16 hex digits.
    static let temporarySuffix = ".tmp"

    /// Writes `data` to `url`: a hidden temporary file in the same directory
    /// (`.<name>.<random>.tmp`, so sync tools such as Nextcloud and Syncthing
    /// never pick up a half-written file), write, fsync, close, rename over the
    /// target, fsync the directory.
    ///
    /// On any failure before the rename the temporary file is removed and the
    /// old target is untouched. `beforeRename` runs after the temporary file is
    /// complete and closed; tests use it to simulate a crash at that moment.
    /// - Throws: `StoreError.io` naming the file and the system's reason.
    public static func write(_ data: Data, to url: URL, mode: mode_t = 0o600,
                             beforeRename: (() throws -> Void)? = nil) throws {
        let directory = url.deletingLastPathComponent()
        let temp = directory.appendingPathComponent(temporaryName(for: url.lastPathComponent))

        let fd = POSIX.open(temp, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreError.io(.createTemporary, path: temp.path, code: errno) }

        var open = true
        do {
            // Held while the temporary is written: `removeStaleTemporaries` never takes a locked one.
            lockTemporary(fd)
            // The umask can only narrow 0600; a wider mode was asked for explicitly.
            if mode != 0o600, fchmod(fd, mode) != 0 {
                throw StoreError.io(.permissions, path: temp.path, code: errno)
            }
            var code = POSIX.writeAll(fd, data)
            if code != 0 { throw StoreError.io(.write, path: url.path, code: code) }
            code = POSIX.sync(fd)
            if code != 0 { throw StoreError.io(.sync, path: url.path, code: code) }
            open = false
            code = POSIX.close(fd)
            if code != 0 { throw StoreError.io(.close, path: url.path, code: code) }

            try beforeRename?()

            let rc = POSIX.withPath(temp) { from in POSIX.withPath(url) { to in rename(from, to) } }
            if rc != 0 { throw StoreError.io(.rename, path: url.path, code: errno) }
        } catch {
            if open { _ = POSIX.close(fd) }
            _ = POSIX.withPath(temp) { unlink($0) }
            throw error
        }
        try syncDirectory(directory)
    }

    /// Makes a rename in `directory` durable.
    ///
    /// Some file systems (certain FUSE and network mounts) cannot fsync a
    /// directory and say EINVAL; the rename has happened, so that is accepted.
    static func syncDirectory(_ directory: URL) throws {
        let fd = POSIX.open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError.io(.syncDirectory, path: directory.path, code: errno) }
        let code = POSIX.sync(fd)
        _ = POSIX.close(fd)
        if code != 0, code != EINVAL, code != ENOTSUP {
            throw StoreError.io(.syncDirectory, path: directory.path, code: code)
        }
    }

    /// Removes temporary files left by a crash or kill in `dir` that are older
    /// than `age` seconds and not locked by a writer (see `lockTemporary`):
    /// younger or locked ones may belong to a save in progress. With `name`,
    /// only the temporaries of that file (`.<name>.<16 hex>.tmp`).
    ///
    /// Only hidden regular files named exactly like ours (`.<name>.<16 hex>.tmp`)
    /// are touched, never response files or anything else.
    /// - Returns: how many were removed.
    @discardableResult
    public static func removeStaleTemporaries(in dir: URL, for name: String? = nil, olderThan age: TimeInterval = 3600,
                                              now: Date = Date()) -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return 0 }
        var removed = 0
        // "." + name + "." + 16 hex + ".tmp": 22 bytes besides the name.
        func isFor(_ entry: String) -> Bool {
            name.map { entry.utf8.count == $0.utf8.count + 22 && entry.hasPrefix("." + $0 + ".") } ?? true
        }
        for entry in names where isTemporaryName(entry) && isFor(entry) {
            let file = dir.appendingPathComponent(entry)
            guard let st = POSIX.lstat(file), POSIX.isRegular(st),
                  now.timeIntervalSince(POSIX.modified(st)) > age else { continue }
            let fd = POSIX.open(file, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { continue }
            // Unlinked while we hold the lock, so no writer can take it in between.
            if flock(fd, LOCK_EX | LOCK_NB) == 0, POSIX.withPath(file, { unlink($0) }) == 0 { removed += 1 }
            _ = POSIX.close(fd)
        }
        return removed
    }

    /// Marks a temporary as in use for as long as `fd` is open (an exclusive
    /// flock on a file just created: it cannot fail with contention).
    static func lockTemporary(_ fd: Int32) {
        _ = flock(fd, LOCK_EX | LOCK_NB)
    }

    /// `.<name>.<16 hex digits>.tmp`
    static func temporaryName(for name: String, random: UInt64 = .random(in: .min ... .max)) -> String {
        let hex = String(random, radix: 16)
        let random = String(repeating: "0", count: 16 - hex.count) + hex
        return "." + name + "." + random + temporarySuffix
    }

    /// Whether `name` has exactly the shape `temporaryName` produces.
    static func isTemporaryName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        // "." + at least one character + "." + 16 hex + ".tmp"
        guard bytes.count >= 1 + 1 + 1 + 16 + 4, bytes[0] == UInt8(ascii: "."),
              name.hasSuffix(temporarySuffix) else { return false }
        let hexEnd = bytes.count - 4
        let hexStart = hexEnd - 16
        guard bytes[hexStart - 1] == UInt8(ascii: ".") else { return false }
        return bytes[hexStart..<hexEnd].allSatisfy { b in
            (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "f"))
        }
    }
}
