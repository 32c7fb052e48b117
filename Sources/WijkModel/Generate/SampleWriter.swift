import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes many response files into one directory, fast enough for 100,000.
///
/// The choice, measured (see the README): `AtomicFile.write` per file costs
/// two fsyncs (file and directory), ~2.5 ms, so 100,000 files take minutes.
/// Generated data can be made again from its seed, so `.bulk` keeps what
/// matters to readers and drops the per-file wait: each file is still written
/// to a hidden temporary and renamed into place (no reader or sync client ever
/// sees a half-written file), and durability is provided once at the end by
/// syncing once (`sync` on Linux, `fsync` of every file elsewhere)
/// and then the directory. A crash mid-run leaves whole files and hidden
/// temporaries (`AtomicFile.removeStaleTemporaries` clears those), never torn
/// files. `.durable` uses `AtomicFile.write` for every file.
public struct SampleWriter: Sendable {
    public enum Mode: Sendable { case bulk, durable }

    public let directory: URL
    public let mode: Mode

    public init(directory: URL, mode: Mode = .bulk) {
        self.directory = directory; self.mode = mode
    }

    /// Writes `response` as `<id>.json` (mode 0600).
    public func write(_ response: Response) throws {
        let target = directory.appendingPathComponent(response.id + ".json")
        let data = response.encoded()
        if mode == .durable { try AtomicFile.write(data, to: target); return }
        let temp = directory.appendingPathComponent(AtomicFile.temporaryName(for: target.lastPathComponent))
        let fd = POSIX.open(temp, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreError.io(.createTemporary, path: temp.path, code: errno) }
        let code = POSIX.writeAll(fd, data)
        _ = POSIX.close(fd)
        guard code == 0 else {
            _ = POSIX.withPath(temp) { unlink($0) }
            throw StoreError.io(.write, path: target.path, code: code)
        }
        let rc = POSIX.withPath(temp) { from in POSIX.withPath(target) { to in rename(from, to) } }
        if rc != 0 {
            let e = errno
            _ = POSIX.withPath(temp) { unlink($0) }
            throw StoreError.io(.rename, path: target.path, code: e)
        }
    }

    /// Makes everything written so far durable (bulk mode); a no-op for `.durable`.
    public func finish() throws {
        guard mode == .bulk else { return }
        let fd = POSIX.open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError.io(.syncDirectory, path: directory.path, code: errno) }
        defer { _ = POSIX.close(fd) }
        #if os(Linux)
        // One call flushes every written file (Glibc does not export `syncfs`,
        // so this is `sync`, which on Linux waits until the data is on disk).
        sync()
        #else
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let f = POSIX.open(directory.appendingPathComponent(name), O_RDONLY | O_CLOEXEC)
            if f >= 0 { _ = POSIX.sync(f); _ = POSIX.close(f) }
        }
        #endif
        try AtomicFile.syncDirectory(directory)
    }
}
