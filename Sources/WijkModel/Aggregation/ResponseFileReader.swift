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
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .failure(.cannotOpen(String(cString: strerror(errno)))) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0, Int(info.st_size) > maxSize { return .failure(.tooLarge(Int(info.st_size))) }
        var count = 0
        while true {
            if count == buffer.count {
                guard count <= maxSize else { return .failure(.tooLarge(count)) }
                let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: buffer.count * 2, alignment: 16)
                bigger.copyMemory(from: UnsafeRawBufferPointer(buffer))
                buffer.deallocate()
                buffer = bigger
            }
            let n = read(fd, buffer.baseAddress! + count, buffer.count - count)
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.cannotRead(String(cString: strerror(errno))))
            }
            if n == 0 { break }
            count += n
        }
        if count > maxSize { return .failure(.tooLarge(count)) }
        return .success(body(UnsafeRawBufferPointer(rebasing: buffer[0..<count])))
    }

    /// FNV-1a over the bytes: tells identical copies from changed content.
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }
}
