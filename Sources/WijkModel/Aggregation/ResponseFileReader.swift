import Foundation

/// Reads whole files into one reusable buffer with plain `open`/`read`:
/// no `Data` allocation per file on the hot path.
struct ResponseFileReader {
    private var buffer: UnsafeMutableRawBufferPointer

    init(capacity: Int = 64 << 10) {
        buffer = .allocate(byteCount: capacity, alignment: 16)
    }

    /// Frees the buffer; the reader must not be used afterwards.
    func release() { buffer.deallocate() }

    enum Failure: Error {
        case cannotOpen(String)
        case tooLarge(Int)
        case cannotRead(String)
    }

    /// Calls `body` with the file's bytes; they are valid only inside `body`.
    mutating func withContents<T>(of path: String, maxSize: Int,
                                  _ body: (UnsafeRawBufferPointer) -> T) -> Result<T, Failure> {
        read(path, maxSize: maxSize).map(body)
    }

    /// The file's bytes, valid until the next `read` or `release`. (The
    /// summary's hot path: a closure there captured its caller's state, and
    /// copying it cost a dozen reference counts per file.)
    mutating func read(_ path: String, maxSize: Int) -> Result<UnsafeRawBufferPointer, Failure> {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .failure(.cannotOpen(String(cString: strerror(errno)))) }
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
                return .failure(.cannotRead(String(cString: strerror(errno))))
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
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        var i = 0
        while i + 8 <= bytes.count {
            h = (h ^ bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x100_0000_01b3
            h ^= h >> 29
            i += 8
        }
        while i < bytes.count { h = (h ^ UInt64(bytes[i])) &* 0x100_0000_01b3; i += 1 }
        return h
    }
}
