import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file read through `mmap`, for a reader that goes through it once from
/// start to end: it can let go of the pages it has passed (`release`), so a
/// file of 160 MB is never all in memory (read whole into `Data`, it was;
/// the pages come back from the file if read again, e.g. to place an error).
struct MappedFile: ~Copyable {
    let bytes: UnsafeRawBufferPointer
    private var released = 0

    /// Maps `url` (following a symbolic link, as reading it would); throws `StoreError.io`.
    init(_ url: URL) throws {
        let fd = POSIX.open(url, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError.io(.read, path: url.path, code: errno) }
        defer { _ = POSIX.close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw StoreError.io(.read, path: url.path, code: errno) }
        let size = Int(st.st_size)
        guard size > 0 else { bytes = UnsafeRawBufferPointer(start: nil, count: 0); return }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
            throw StoreError.io(.read, path: url.path, code: errno)
        }
        _ = madvise(base, size, MADV_SEQUENTIAL)
        bytes = UnsafeRawBufferPointer(start: base, count: size)
    }

    /// Lets go of the whole pages before `offset` (they are read again from the file if touched).
    mutating func release(upTo offset: Int) {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let end = offset / page * page
        guard end - released >= 1 << 22, let base = bytes.baseAddress else { return }   // in steps of 4 MB
        _ = madvise(UnsafeMutableRawPointer(mutating: base) + released, end - released, MADV_DONTNEED)
        released = end
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }
}
