import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a streaming export writes: a file, replaced all-or-nothing as with
/// `AtomicFile.write` (hidden temporary in the same folder, fsync, rename,
/// directory fsync), or standard output. Bytes are buffered and written in
/// pieces of `bufferSize`, so memory stays flat however many rows there are.
///
/// Until `commit()` (or `publish()`) the target file is untouched; an output
/// dropped before that (an error half-way) removes its temporary file.
/// Several outputs that belong together (the SPSS CSV and syntax) are each
/// `seal()`ed first and only then `publish()`ed, so a failure while writing
/// any of them leaves all the old files.
public final class ExportOutput {
    private enum Target { case file(url: URL, temp: URL), standardOutput }

    private let target: Target
    private var fd: Int32
    private var buffer: [UInt8] = []
    private let bufferSize: Int
    private var sealed = false
    private var published = false

    /// Where an export keeps its rows between reading and writing
    /// (`ExportSpill`): the output's folder, or the temporary folder for standard output.
    public var spillDirectory: URL {
        switch target {
        case .file(let url, _): return url.deletingLastPathComponent()
        case .standardOutput:
            // $TMPDIR when it is a folder (a stale setting must not stop a pipe), else /tmp.
            let temporary = FileManager.default.temporaryDirectory
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: temporary.path, isDirectory: &isFolder) && isFolder.boolValue
                ? temporary : URL(fileURLWithPath: "/tmp", isDirectory: true)
        }
    }

    /// Bytes passed to `write` so far.
    public private(set) var byteCount = 0

    private init(target: Target, fd: Int32, bufferSize: Int) {
        self.target = target; self.fd = fd; self.bufferSize = bufferSize
        buffer.reserveCapacity(bufferSize)
    }

    /// An output that replaces `url` on `commit()` (mode 0600 by default: interview data is personal data).
    /// First removes this file's own stale temporaries (an earlier export killed half-way).
    /// - Throws: `StoreError.io` when the temporary file cannot be created.
    /// - Throws: `OutputTarget.Refusal` when `url` is a special file, folder or symbolic link.
    public static func file(_ url: URL, mode: mode_t = 0o600, bufferSize: Int = 1 << 20) throws -> ExportOutput {
        try OutputTarget.check(url)
        AtomicFile.removeStaleTemporaries(in: url.deletingLastPathComponent(), for: url.lastPathComponent)
        let temp = url.deletingLastPathComponent().appendingPathComponent(
            AtomicFile.temporaryName(for: url.lastPathComponent))
        let fd = POSIX.open(temp, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreError.io(.createTemporary, path: temp.path, code: errno) }
        AtomicFile.lockTemporary(fd)   // an export may take a while: never removed as stale meanwhile
        let output = ExportOutput(target: .file(url: url, temp: temp), fd: fd, bufferSize: bufferSize)
        if mode != 0o600, fchmod(fd, mode) != 0 {
            throw StoreError.io(.permissions, path: temp.path, code: errno)   // deinit removes the temporary
        }
        return output
    }

    /// Standard output (not atomic: a pipe cannot be).
    public static func standardOutput(bufferSize: Int = 1 << 16) -> ExportOutput {
        ExportOutput(target: .standardOutput, fd: STDOUT_FILENO, bufferSize: bufferSize)
    }

    /// Appends bytes; written out whenever the buffer is full.
    public func write(_ bytes: [UInt8]) throws {
        byteCount += bytes.count
        buffer.append(contentsOf: bytes)
        if buffer.count >= bufferSize { try flush() }
    }

    /// Writes what is buffered; for a file also fsyncs, renames it over the
    /// target and fsyncs the folder. The output cannot be used afterwards.
    public func commit() throws {
        try seal()
        try publish()
    }

    /// Writes what is buffered; for a file also fsyncs and closes the
    /// temporary. The target is still untouched.
    public func seal() throws {
        try flush()
        sealed = true
        guard case .file(let url, let temp) = target else { return }
        var code = POSIX.sync(fd)
        if code != 0 { throw fail(.sync, url.path, code, temp) }
        code = POSIX.close(fd)
        fd = -1
        if code != 0 { throw fail(.close, url.path, code, temp) }
    }

    /// Renames the sealed temporary over the target (checked again: it may
    /// have become a special file since) and fsyncs the folder.
    public func publish() throws {
        if !sealed { try seal() }
        published = true
        guard case .file(let url, let temp) = target else { return }
        do { try OutputTarget.check(url) } catch {
            _ = POSIX.withPath(temp) { unlink($0) }
            throw error
        }
        let rc = POSIX.withPath(temp) { from in POSIX.withPath(url) { to in rename(from, to) } }
        if rc != 0 { throw fail(.rename, url.path, errno, temp) }
        try AtomicFile.syncDirectory(url.deletingLastPathComponent())
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        let code = POSIX.writeAll(fd, buffer)
        buffer.removeAll(keepingCapacity: true)
        if code != 0 {
            let path: String
            switch target {
            case .file(let url, _): path = url.path
            case .standardOutput: path = "-"
            }
            throw StoreError.io(.write, path: path, code: code)
        }
    }

    private func fail(_ operation: StoreOperation, _ path: String, _ code: Int32, _ temp: URL) -> StoreError {
        _ = POSIX.withPath(temp) { unlink($0) }
        return StoreError.io(operation, path: path, code: code)
    }

    deinit {
        guard case .file(_, let temp) = target else { return }
        if fd >= 0 { _ = POSIX.close(fd) }
        if !published { _ = POSIX.withPath(temp) { unlink($0) } }
    }
}
