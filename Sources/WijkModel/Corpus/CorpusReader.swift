import Foundation

/// The one reader of response files: whole files into one reusable buffer
/// with plain `open`/`read` (no `Data` allocation per file on the hot path),
/// never more than `maxFileSize` bytes, whatever the file claims or turns out
/// to hold. Every command reads response files through it: summary,
/// validate, results, exports, merge, the home screen's lists and resume.
public struct CorpusReader {
    /// A response file is a few KB; anything larger than this is refused unread.
    public static let maxFileSize = 32 << 20

    private var buffer: UnsafeMutableRawBufferPointer

    public init(capacity: Int = 64 << 10) {
        buffer = .allocate(byteCount: capacity, alignment: 16)
    }

    /// Frees the buffer; the reader must not be used afterwards.
    public func release() { buffer.deallocate() }

    public enum Failure: Error, Sendable, Hashable {
        /// `open` or `read` failed with this errno.
        case cannotOpen(Int32)
        case tooLarge(Int)
        case cannotRead(Int32)

        /// One line for the user.
        public func message(_ lang: Lang) -> String {
            switch self {
            case .cannotOpen(let code), .cannotRead(let code):
                let reason = String(cString: strerror(code))
                return lang.t("kan niet lezen: \(reason)", "cannot read: \(reason)")
            case .tooLarge(let size):
                let mb = size >> 20
                return lang.t("bestand is te groot (\(mb) MB); een interviewbestand is hooguit enkele honderden KB",
                              "file is too large (\(mb) MB); a response file is a few hundred KB at most")
            }
        }
    }

    /// The file's bytes as `Data` (at most `maxFileSize`): for the few readers
    /// that keep them (merge, the home screen, resume).
    public static func data(_ path: String) -> Result<Data, Failure> {
        var reader = CorpusReader(capacity: 16 << 10)
        defer { reader.release() }
        return reader.read(path).map { Data($0) }
    }

    /// Calls `body` with the file's bytes; they are valid only inside `body`.
    public mutating func withContents<T>(of path: String, _ body: (UnsafeRawBufferPointer) -> T) -> Result<T, Failure> {
        read(path).map(body)
    }

    /// The file's bytes, valid until the next `read` or `release`. (The
    /// summary's hot path: a closure there captured its caller's state, and
    /// copying it cost a dozen reference counts per file.)
    public mutating func read(_ path: String) -> Result<UnsafeRawBufferPointer, Failure> {
        let maxSize = Self.maxFileSize
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.cannotOpen(errno)) }
        defer { close(fd) }
        var info = stat()
        let known = fstat(fd, &info) == 0 && info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : 0
        if known > maxSize { return .failure(.tooLarge(known)) }
        var count = 0
        // A regular file is read up to its size (no extra read to see the end); others to the end.
        while known == 0 || count < known {
            if count == buffer.count {
                guard count <= maxSize else { return .failure(.tooLarge(count)) }
                let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: buffer.count * 2, alignment: 16)
                bigger.copyMemory(from: UnsafeRawBufferPointer(buffer))
                buffer.deallocate()
                buffer = bigger
            }
            let n = Foundation.read(fd, buffer.baseAddress! + count, buffer.count - count)
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.cannotRead(errno))
            }
            if n == 0 { break }
            count += n
        }
        if count > maxSize { return .failure(.tooLarge(count)) }
        return .success(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
    }

    /// A 64-bit hash of the bytes, eight at a time (FNV-style multiply and
    /// xor-shift): tells identical copies from changed content. Not
    /// cryptographic; a collision would only hide a conflict.
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = FNV1a.offsetBasis ^ UInt64(bytes.count)
        var i = 0
        while i + 8 <= bytes.count {
            h = (h ^ bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* FNV1a.prime
            h ^= h >> 29
            i += 8
        }
        while i < bytes.count { h = (h ^ UInt64(bytes[i])) &* FNV1a.prime; i += 1 }
        return h
    }
}
