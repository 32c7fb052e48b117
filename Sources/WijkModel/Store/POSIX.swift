import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Small wrappers around the POSIX calls the store uses, so the callers read
/// as steps rather than pointer juggling.
enum POSIX {
    /// Runs `body` with the file-system representation of `url`.
    static func withPath<T>(_ url: URL, _ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        try url.withUnsafeFileSystemRepresentation { ptr in
            // A file URL always has a representation; the empty path just fails with ENOENT.
            if let ptr { return try body(ptr) }
            return try "".withCString(body)
        }
    }

    /// `open(2)`, retried on EINTR. Returns the fd or -1 with errno set.
    static func open(_ url: URL, _ flags: Int32, _ mode: mode_t = 0) -> Int32 {
        withPath(url) { path in
            var fd: Int32
            repeat { fd = Glibc_open(path, flags, mode) } while fd < 0 && errno == EINTR
            return fd
        }
    }

    /// Writes all of `data`, continuing after short writes and EINTR.
    /// Returns 0 or the errno of the failing write.
    static func writeAll(_ fd: Int32, _ data: Data) -> Int32 {
        data.withUnsafeBytes { writeAll(fd, $0) }
    }

    /// As `writeAll(_:_:)` for bytes (no copy into a `Data`).
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32 {
        bytes.withUnsafeBytes { writeAll(fd, $0) }
    }

    static func writeAll(_ fd: Int32, _ raw: UnsafeRawBufferPointer) -> Int32 {
        guard var p = raw.baseAddress else { return 0 }
        var remaining = raw.count
        while remaining > 0 {
            let n = Glibc_write(fd, p, remaining)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            // A zero-byte write for a non-zero request would loop forever.
            if n == 0 { return EIO }
            p += n
            remaining -= n
        }
        return 0
    }

    /// Fills `buffer` from `fd` at `offset` with `pread`, continuing after short reads
    /// and EINTR. Returns 0, the errno of the failing read, or EIO at the end of the file.
    static func readAll(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int32 {
        var done = 0
        while done < buffer.count {
            let n = pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if n == 0 { return EIO }
            done += n
        }
        return 0
    }

    /// `fsync(2)`, retried on EINTR. Returns 0 or errno.
    static func sync(_ fd: Int32) -> Int32 {
        while fsync(fd) != 0 {
            if errno != EINTR { return errno }
        }
        return 0
    }

    /// `syncfs(2)`: writes out every dirty page and inode of the file system
    /// holding `fd` and waits until they are on disk. Returns 0 or errno, or
    /// nil where the call does not exist (not Linux). Looked up at run time:
    /// Glibc's module map does not export it (it is a `_GNU_SOURCE` call).
    static func syncFileSystem(_ fd: Int32) -> Int32? {
        #if os(Linux)
        guard let call = syncfsCall else { return nil }
        while call(fd) != 0 {
            if errno != EINTR { return errno }
        }
        return 0
        #else
        return nil
        #endif
    }

    #if os(Linux)
    private static let syncfsCall: (@convention(c) (Int32) -> Int32)? = {
        guard let symbol = dlsym(nil, "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()
    #endif

    /// `close(2)`. EINTR is not retried: on Linux the fd is already gone then.
    static func close(_ fd: Int32) -> Int32 {
        if Glibc_close(fd) != 0, errno != EINTR { return errno }
        return 0
    }

    /// `lstat(2)`; nil when it fails.
    static func lstat(_ url: URL) -> stat? {
        withPath(url) { path in
            var st = stat()
            return Glibc_lstat(path, &st) == 0 ? st : nil
        }
    }

    /// Whether the mode bits describe a directory / regular file.
    static func isDirectory(_ st: stat) -> Bool { (st.st_mode & S_IFMT) == S_IFDIR }
    static func isRegular(_ st: stat) -> Bool { (st.st_mode & S_IFMT) == S_IFREG }

    /// Modification time of a stat result.
    static func modified(_ st: stat) -> Date {
        #if canImport(Darwin)
        let ts = st.st_mtimespec
        #else
        let ts = st.st_mtim
        #endif
        return Date(timeIntervalSince1970: Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9)
    }
}

// The wrappers above shadow the C names; these aliases reach the C functions.
@inline(__always) private func Glibc_open(_ p: UnsafePointer<CChar>, _ f: Int32, _ m: mode_t) -> Int32 {
    open(p, f, m)
}
@inline(__always) private func Glibc_write(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
    write(fd, p, n)
}
@inline(__always) private func Glibc_read(_ fd: Int32, _ p: UnsafeMutableRawPointer, _ n: Int) -> Int {
    read(fd, p, n)
}
@inline(__always) private func Glibc_close(_ fd: Int32) -> Int32 { close(fd) }
@inline(__always) private func Glibc_lstat(_ p: UnsafePointer<CChar>, _ st: UnsafeMutablePointer<stat>) -> Int32 {
    lstat(p, st)
}
