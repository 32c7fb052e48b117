import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A codings file read through a window of a few megabytes that moves along
/// as the codings are read (`CodingFiles.decodeCodings(file:)`): a file of
/// 160 MB is never in memory whole. The reader asks for more before each
/// coding (`ensure`); whatever does not fit (a coding longer than the
/// look-ahead, keys after the codings) fails in the window, and the caller
/// then reads the file whole, so results and error messages (line and
/// column) are always those of the whole file.
///
/// Read with `pread` into memory of its own, not mapped: a file truncated by
/// another program while mapped would crash the process (SIGBUS).
final class CodingsWindow {
    static let lookAhead = 1 << 20
    private let fd: Int32
    private var buffer: UnsafeMutableRawBufferPointer
    /// Bytes of the file in `buffer`, and where they start in the file.
    private var filled = 0
    private var fileOffset = 0
    private(set) var atEnd = false

    init(fd: Int32, capacity: Int = 4 << 20) {
        self.fd = fd
        buffer = .allocate(byteCount: max(capacity, 2 * Self.lookAhead), alignment: 16)
    }

    deinit { buffer.deallocate() }

    /// The bytes in the window.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: buffer[0..<filled]) }

    /// A `read` that failed (its errno); the caller then reads the file whole, which reports it.
    struct ReadFailed: Error { var code: Int32 }

    /// Reads the first bytes.
    func start() throws(ReadFailed) { try fill() }

    /// Makes sure `lookAhead` bytes (or the rest of the file) follow the
    /// parser's position: moves what is left to the front and reads more,
    /// giving the parser the new window. Nothing happens while enough is there.
    func ensure(_ parser: inout JSONByteParser) throws(ReadFailed) {
        guard !atEnd, parser.end - parser.pos < Self.lookAhead else { return }
        let keep = parser.end - parser.pos
        if keep > 0 { buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + parser.pos, byteCount: keep) }
        fileOffset += parser.pos
        filled = keep
        try fill()
        // The parser skips a byte order mark at its start: one here (mid-file) would be
        // accepted that the whole file refuses, so it is left to the whole file.
        if filled >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF { throw ReadFailed(code: 0) }
        parser = JSONByteParser(bytes, maxDepth: parser.maxDepth)
    }

    /// Whether the file ends where the window does.
    func isAtEnd() -> Bool {
        if atEnd { return true }
        var byte: UInt8 = 0
        var n: Int
        repeat { n = pread(fd, &byte, 1, off_t(fileOffset + filled)) } while n < 0 && errno == EINTR
        return n == 0
    }

    private func fill() throws(ReadFailed) {
        while filled < buffer.count {
            let n = pread(fd, buffer.baseAddress! + filled, buffer.count - filled, off_t(fileOffset + filled))
            if n < 0 {
                if errno == EINTR { continue }
                throw ReadFailed(code: errno)
            }
            if n == 0 { atEnd = true; return }
            filled += n
        }
    }
}
